<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AddressBook</name>
    <message>
        <source>Cannot read the address book %1: %2</source>
        <translation>Не удаётся прочитать адресную книгу %1: %2</translation>
    </message>
    <message>
        <source>The address book %1 is damaged (%2); delete it and add the peers again.</source>
        <translation>Адресная книга %1 повреждена (%2); удалите её и добавьте участников заново.</translation>
    </message>
    <message>
        <source>Cannot write the address book %1: %2</source>
        <translation>Не удаётся записать адресную книгу %1: %2</translation>
    </message>
</context>
<context>
    <name>Approver</name>
    <message>
        <source>No commit %1 here.</source>
        <translation>Здесь нет коммита %1.</translation>
    </message>
    <message>
        <source>%1 is already in your view; it can no longer be rejected.</source>
        <translation>%1 уже в вашей версии; отклонить его больше нельзя.</translation>
    </message>
    <message>
        <source>Approving needs your identity to sign with.</source>
        <translation>Для одобрения нужна ваша цифровая личность: ею ставится подпись.</translation>
    </message>
    <message>
        <source>This commons has no main branch yet.</source>
        <translation>В этой вики ещё нет ветки main.</translation>
    </message>
    <message>
        <source>Merge “%1” from %2</source>
        <translation>Слияние «%1» от %2</translation>
    </message>
    <message>
        <source>review: approve</source>
        <translation>проверка: одобрено</translation>
    </message>
    <message>
        <source>Your view moved while approving; look at the change again</source>
        <translation>Пока шло одобрение, ваша версия изменилась; посмотрите изменение ещё раз</translation>
    </message>
    <message>
        <source>Approved, but the working folder could not follow</source>
        <translation>Одобрено, но рабочая папка не смогла обновиться</translation>
    </message>
    <message>
        <source>No changes from %1 are here.</source>
        <translation>Изменений от %1 здесь нет.</translation>
    </message>
    <message>
        <source>Auto-accept needs this installation&apos;s identity.</source>
        <translation>Для автоматического принятия нужна цифровая личность этой установки.</translation>
    </message>
    <message>
        <source>This change touches %1, which has edits not committed yet. Commit or discard those edits first, then approve again.</source>
        <translation>Это изменение затрагивает %1, где есть ещё не записанные в коммит правки. Сначала запишите или отбросьте их, затем одобрите снова.</translation>
    </message>
</context>
<context>
    <name>Armor</name>
    <message>
        <source>%1 does not start with “%2”.</source>
        <translation>%1 не начинается с «%2».</translation>
    </message>
    <message>
        <source>%1 is cut short: it does not end with “%2”.</source>
        <translation>%1 обрезан: он не заканчивается на «%2».</translation>
    </message>
    <message>
        <source>%1 is empty between its BEGIN and END lines.</source>
        <translation>В %1 между строками BEGIN и END ничего нет.</translation>
    </message>
    <message>
        <source>%1 is damaged: its text is not valid base64.</source>
        <translation>%1 повреждён: его текст — не корректный base64.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>“%1” cannot be used as an attachment&apos;s name: give the file a name with letters or digits.</source>
        <translation>«%1» не годится как имя вложения: дайте файлу имя с буквами или цифрами.</translation>
    </message>
    <message>
        <source>“%1” is a markdown file, which would become a page: create a page and paste its text instead.</source>
        <translation>«%1» — файл markdown, он стал бы страницей: лучше создайте страницу и вставьте в неё его текст.</translation>
    </message>
    <message>
        <source>“%1” is %2; attachments can be at most %3. Share large files another way, or raise the limit in the settings.</source>
        <translation>Размер «%1» — %2, а вложения могут быть не больше %3. Передайте большой файл другим способом или поднимите предел в настройках.</translation>
    </message>
    <message>
        <source>There is no file %1 to attach.</source>
        <translation>Файла %1, который нужно приложить, нет.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Вложение %1</translation>
    </message>
    <message>
        <source>Attaching “%1”</source>
        <translation>Вложение «%1»</translation>
    </message>
    <message>
        <source>There are already %1 attachments called like “%2”; rename the file first.</source>
        <translation>Уже есть %1 вложений с именем вроде «%2»; сначала переименуйте файл.</translation>
    </message>
</context>
<context>
    <name>Base58</name>
    <message>
        <source>“%1” is not a base58 character (position %2).</source>
        <translation>«%1» — не символ base58 (позиция %2).</translation>
    </message>
</context>
<context>
    <name>BoxStreamKeys</name>
    <message>
        <source>Box-stream keys must be 32 bytes and their nonces 24 bytes long.</source>
        <translation>Ключи box-stream должны быть длиной 32 байта, а их nonce — 24 байта.</translation>
    </message>
</context>
<context>
    <name>CommitVerification</name>
    <message>
        <source>Signed by %1</source>
        <translation>Подписано: %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Без подписи</translation>
    </message>
    <message>
        <source>Bad signature: %1</source>
        <translation>Неверная подпись: %1</translation>
    </message>
    <message>
        <source>signed %1</source>
        <extracomment>a verified signature, followed by the signer&apos;s short id</extracomment>
        <translation>подписано %1</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>BAD SIGNATURE</source>
        <translation>НЕВЕРНАЯ ПОДПИСЬ</translation>
    </message>
</context>
<context>
    <name>CommitVerifier</name>
    <message>
        <source>the commit carries an %1 signature; Commonplace checks SSH signatures only</source>
        <translation>у коммита подпись %1, а Commonplace проверяет только подписи SSH</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>A draft needs the name of its page.</source>
        <translation>У черновика должно быть название его страницы.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Не удаётся создать папку черновиков %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft of “%1” in %2: %3.</source>
        <translation>Не удаётся сохранить черновик «%1» в %2: %3.</translation>
    </message>
    <message>
        <source>Cannot read the draft %1: %2.</source>
        <translation>Не удаётся прочитать черновик %1: %2.</translation>
    </message>
    <message>
        <source>The draft %1 is damaged and cannot be recovered.</source>
        <translation>Черновик %1 повреждён, восстановить его нельзя.</translation>
    </message>
    <message>
        <source>The draft %1 names no valid page</source>
        <translation>Черновик %1 не указывает на допустимую страницу</translation>
    </message>
    <message>
        <source>The draft %1 belongs to “%2”.</source>
        <translation>Черновик %1 относится к «%2».</translation>
    </message>
    <message>
        <source>Cannot delete the draft of “%1”: %2.</source>
        <translation>Не удаётся удалить черновик «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>EntrySafety</name>
    <message>
        <source>“%1” is a symbolic link; links are refused.</source>
        <translation>«%1» — символическая ссылка; ссылки не принимаются.</translation>
    </message>
    <message>
        <source>“%1” is a submodule (gitlink); submodules are refused.</source>
        <translation>«%1» — подмодуль (gitlink); подмодули не принимаются.</translation>
    </message>
    <message>
        <source>“%1” has the unusual mode %2; it is refused.</source>
        <translation>У «%1» необычный режим %2; запись не принимается.</translation>
    </message>
    <message>
        <source>A tree holds an entry named “%1”; it is refused.</source>
        <translation>В дереве есть запись с именем «%1»; она не принимается.</translation>
    </message>
    <message>
        <source>A tree holds an entry named “%1”, which would reach into .git; it is refused.</source>
        <translation>В дереве есть запись с именем «%1», которая ведёт внутрь .git; она не принимается.</translation>
    </message>
    <message>
        <source>A tree entry name “%1” contains a path separator; it is refused.</source>
        <translation>Имя записи дерева «%1» содержит разделитель пути; оно не принимается.</translation>
    </message>
</context>
<context>
    <name>ExternalEdits</name>
    <message>
        <source>Looking for pages changed outside Commonplace</source>
        <translation>Поиск страниц, изменённых вне Commonplace</translation>
    </message>
    <message>
        <source>%1 is in the middle of a merge; resolve it before committing changes made outside Commonplace.</source>
        <translation>%1 в середине слияния; завершите его, прежде чем записывать изменения, сделанные вне Commonplace.</translation>
    </message>
    <message>
        <source>The commons is in the middle of a merge; finish it before committing changes made outside Commonplace.</source>
        <translation>Вики в середине слияния; завершите его, прежде чем записывать изменения, сделанные вне Commonplace.</translation>
    </message>
    <message>
        <source>Commit external changes to %1 files</source>
        <translation>Внешние изменения в файлах: %1</translation>
    </message>
    <message>
        <source>Edit %1 outside Commonplace</source>
        <translation>Правка %1 вне Commonplace</translation>
    </message>
    <message>
        <source>Commit %1, changed outside Commonplace</source>
        <translation>Изменение %1, сделанное вне Commonplace</translation>
    </message>
    <message>
        <source>Committing changes made outside Commonplace</source>
        <translation>Запись изменений, сделанных вне Commonplace</translation>
    </message>
    <message>
        <source>The changes are committed, but the index could not be written</source>
        <translation>Изменения записаны в коммит, но индекс git записать не удалось</translation>
    </message>
    <message>
        <source>%1 is in the middle of a merge; resolve it instead.</source>
        <translation>%1 в середине слияния; лучше завершите слияние.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Не удаётся удалить %1.</translation>
    </message>
    <message>
        <source>A page needs a name.</source>
        <translation>У страницы должно быть название.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Commonplace since it was last saved. Commit that change first (it stays in the history), or discard it, then save again.</source>
        <translation>Страницу «%1» изменили вне Commonplace после последнего сохранения. Сначала запишите это изменение в коммит (оно останется в истории) или отбросьте его, затем сохраните снова.</translation>
    </message>
    <message>
        <source>A file for “%1” was created outside Commonplace and is not committed. Commit it first (it stays in the history), or discard it, then save again.</source>
        <translation>Файл для «%1» создан вне Commonplace и не записан в коммит. Сначала запишите его (он останется в истории) или отбросьте, затем сохраните снова.</translation>
    </message>
</context>
<context>
    <name>FrameSplitter</name>
    <message>
        <source>The message stream already failed.</source>
        <translation>Поток сообщений уже завершился ошибкой.</translation>
    </message>
    <message>
        <source>The peer announced a message of %1 bytes; the limit is %2.</source>
        <translation>Участник объявил сообщение размером %1 байт; предел — %2.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Signed by %1, who is not the author named.</source>
        <translation>Подписано %1 — это не тот, кто указан автором.</translation>
    </message>
    <message>
        <source>A page needs a name.</source>
        <translation>У страницы должно быть название.</translation>
    </message>
    <message>
        <source>There was no page “%1” in commit %2.</source>
        <translation>В коммите %2 не было страницы «%1».</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: commit %2 has no %3.</source>
        <translation>Не удаётся восстановить «%1»: в коммите %2 нет %3.</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <translation>Восстановить %1 из %2</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>An Ed25519 private key has 32 bytes, not %1.</source>
        <translation>Закрытый ключ Ed25519 состоит из 32 байт, а не из %1.</translation>
    </message>
    <message>
        <source>An Ed25519 secret key has 64 bytes, not %1.</source>
        <translation>Секретный ключ Ed25519 состоит из 64 байт, а не из %1.</translation>
    </message>
    <message>
        <source>The secret key is damaged: its public half does not belong to it.</source>
        <translation>Секретный ключ повреждён: его открытая половина ему не принадлежит.</translation>
    </message>
    <message>
        <source>No identity to sign the commit with.</source>
        <translation>Нет цифровой личности, чтобы подписать коммит.</translation>
    </message>
</context>
<context>
    <name>IncomingPack</name>
    <message>
        <source>The peer sent a pack that is refused: %1</source>
        <translation>Собеседник прислал пакет, который не принят: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for an incoming pack; check the permissions.</source>
        <translation>Не удаётся создать папку %1 для входящего пакета; проверьте права доступа.</translation>
    </message>
    <message>
        <source>Cannot start receiving a pack</source>
        <translation>Не удаётся начать приём пакета</translation>
    </message>
    <message>
        <source>This pack is complete or failed; no more data is taken.</source>
        <translation>Этот пакет уже получен или его приём завершился ошибкой; данные больше не принимаются.</translation>
    </message>
    <message>
        <source>it is over the limit of %1 bytes</source>
        <translation>он превышает предел в %1 байт</translation>
    </message>
    <message>
        <source>it does not start like a git pack</source>
        <translation>его начало не похоже на пакет git</translation>
    </message>
    <message>
        <source>it holds %1 objects, over the limit of %2</source>
        <translation>в нём %1 объектов, больше предела в %2</translation>
    </message>
    <message>
        <source>it is not a valid pack</source>
        <translation>это недопустимый пакет</translation>
    </message>
    <message>
        <source>This pack is complete or failed already.</source>
        <translation>Этот пакет уже получен или его приём завершился ошибкой.</translation>
    </message>
    <message>
        <source>it is incomplete or damaged</source>
        <translation>он неполон или повреждён</translation>
    </message>
    <message>
        <source>object %1 that was asked for is not in it</source>
        <translation>в нём нет запрошенного объекта %1</translation>
    </message>
    <message>
        <source>object %1 names %2, which is neither in the pack nor here (or of the wrong type)</source>
        <translation>объект %1 ссылается на %2, которого нет ни в пакете, ни здесь (или он не того типа)</translation>
    </message>
    <message>
        <source>commit %1 is malformed</source>
        <translation>коммит %1 повреждён</translation>
    </message>
    <message>
        <source>tree %1 is malformed</source>
        <translation>дерево %1 повреждено</translation>
    </message>
    <message>
        <source>tree %1 is not sorted or repeats “%2”</source>
        <translation>дерево %1 не отсортировано или повторяет «%2»</translation>
    </message>
    <message>
        <source>tag %1 is malformed</source>
        <translation>метка %1 повреждена</translation>
    </message>
    <message>
        <source>Only a complete pack can be checked.</source>
        <translation>Проверить можно только полностью полученный пакет.</translation>
    </message>
    <message>
        <source>Cannot open the object database</source>
        <translation>Не удаётся открыть базу объектов</translation>
    </message>
    <message>
        <source>it is empty, but object %1 is missing</source>
        <translation>он пуст, но объекта %1 нет</translation>
    </message>
    <message>
        <source>Cannot open the received pack</source>
        <translation>Не удаётся открыть полученный пакет</translation>
    </message>
    <message>
        <source>Only a checked pack can be kept, once.</source>
        <translation>Сохранить можно только проверенный пакет, и только один раз.</translation>
    </message>
    <message>
        <source>Cannot find the object database</source>
        <translation>Не удаётся найти базу объектов</translation>
    </message>
    <message>
        <source>Cannot make %1; check the permissions.</source>
        <translation>Не удаётся создать %1; проверьте права доступа.</translation>
    </message>
    <message>
        <source>Cannot move the received pack into %1; check the permissions and free space.</source>
        <translation>Не удаётся переместить полученный пакет в %1; проверьте права доступа и свободное место.</translation>
    </message>
    <message>
        <source>Cannot read the object database again</source>
        <translation>Не удаётся повторно прочитать базу объектов</translation>
    </message>
    <message>
        <source>its index cannot be read back</source>
        <translation>его индекс не удаётся прочитать обратно</translation>
    </message>
</context>
<context>
    <name>Invite</name>
    <message>
        <source>This is not a valid invite (%1); ask for a new one and paste all of it.</source>
        <translation>Это недействительное приглашение (%1); попросите новое и вставьте его целиком.</translation>
    </message>
    <message>
        <source>it holds the character “%1”</source>
        <translation>в нём есть символ «%1»</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>оно обрезано</translation>
    </message>
    <message>
        <source>it does not start with %1</source>
        <translation>оно не начинается с %1</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>оно слишком длинное</translation>
    </message>
    <message>
        <source>its content is not readable</source>
        <translation>его содержимое не читается</translation>
    </message>
    <message>
        <source>it is of another version; update Commonplace</source>
        <translation>оно другой версии; обновите Commonplace</translation>
    </message>
    <message>
        <source>the commons id is wrong</source>
        <translation>идентификатор вики неверен</translation>
    </message>
    <message>
        <source>the network key is wrong</source>
        <translation>сетевой ключ неверен</translation>
    </message>
    <message>
        <source>the inviter&apos;s id is wrong</source>
        <translation>идентификатор пригласившего неверен</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>There is no identity file at %1.</source>
        <translation>Файла цифровой личности %1 нет.</translation>
    </message>
    <message>
        <source>Cannot read the identity file %1: %2.</source>
        <translation>Не удаётся прочитать файл цифровой личности %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an identity file (it is far too large).</source>
        <translation>%1 — не файл цифровой личности (он слишком большой).</translation>
    </message>
    <message>
        <source>Reading the identity file %1</source>
        <translation>Чтение файла цифровой личности %1</translation>
    </message>
    <message>
        <source>Cannot create the identity file %1: %2.</source>
        <translation>Не удаётся создать файл цифровой личности %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write the identity file %1; check the free space.</source>
        <translation>Не удаётся записать файл цифровой личности %1; проверьте, хватает ли места на диске.</translation>
    </message>
    <message>
        <source>Cannot put the identity file in place at %1; check the folder&apos;s permissions.</source>
        <translation>Не удаётся поставить файл цифровой личности на место в %1; проверьте права доступа к папке.</translation>
    </message>
</context>
<context>
    <name>KeychainCall</name>
    <message>
        <source>error %1</source>
        <translation>ошибка %1</translation>
    </message>
</context>
<context>
    <name>LanTagMatcher</name>
    <message>
        <source>The network key of commons %1 must be 32 bytes, not %2.</source>
        <translation>Сетевой ключ вики %1 должен быть длиной 32 байта, а не %2.</translation>
    </message>
    <message>
        <source>LAN discovery announces at most %1 commons; %2 is not announced.</source>
        <translation>Поиск в локальной сети объявляет не больше %1 вики; %2 не объявляется.</translation>
    </message>
</context>
<context>
    <name>MergeResolution</name>
    <message>
        <source>%1 has no conflict in this merge.</source>
        <translation>В %1 нет конфликта в этом слиянии.</translation>
    </message>
    <message>
        <source>Resolve %1 before committing the merge.</source>
        <translation>Разрешите %1, прежде чем фиксировать слияние.</translation>
    </message>
</context>
<context>
    <name>NetworkKeyFile</name>
    <message>
        <source>%1 has no network key yet.</source>
        <translation>У %1 ещё нет сетевого ключа.</translation>
    </message>
    <message>
        <source>Cannot read the network key %1: %2</source>
        <translation>Не удаётся прочитать сетевой ключ %1: %2</translation>
    </message>
    <message>
        <source>The network key %1 is damaged (it must be %2 bytes); ask a member for a new invite and join again.</source>
        <translation>Сетевой ключ %1 повреждён (его длина должна быть %2 байт); попросите у участника новое приглашение и присоединитесь заново.</translation>
    </message>
    <message>
        <source>A network key is %1 bytes, not %2.</source>
        <translation>Сетевой ключ имеет длину %1 байт, а не %2.</translation>
    </message>
    <message>
        <source>%1 already has another network key; it is kept.</source>
        <translation>У %1 уже есть другой сетевой ключ; он сохранён.</translation>
    </message>
    <message>
        <source>Cannot write the network key %1: %2</source>
        <translation>Не удаётся записать сетевой ключ %1: %2</translation>
    </message>
</context>
<context>
    <name>NodeStatusFile</name>
    <message>
        <source>%1: “%2” has the wrong type or value</source>
        <translation>%1: у «%2» неверный тип или значение</translation>
    </message>
    <message>
        <source>The node status is larger than %1 bytes.</source>
        <translation>Состояние узла больше %1 байт.</translation>
    </message>
    <message>
        <source>The node status is not a JSON object: %1</source>
        <translation>Состояние узла — не объект JSON: %1</translation>
    </message>
    <message>
        <source>The node status is of an unknown version.</source>
        <translation>Состояние узла неизвестной версии.</translation>
    </message>
    <message>
        <source>node status</source>
        <translation>состояние узла</translation>
    </message>
    <message>
        <source>The node status names no commons or process.</source>
        <translation>В состоянии узла не указаны ни вики, ни процесс.</translation>
    </message>
    <message>
        <source>The node status has no peers or diagnostics.</source>
        <translation>В состоянии узла нет ни участников, ни диагностики.</translation>
    </message>
    <message>
        <source>node diagnostics</source>
        <translation>диагностика узла</translation>
    </message>
    <message>
        <source>Peer %1 of the node status is not an object.</source>
        <translation>Участник %1 в состоянии узла — не объект.</translation>
    </message>
    <message>
        <source>peer %1 of the node status</source>
        <translation>участник %1 в состоянии узла</translation>
    </message>
    <message>
        <source>Peer %1 of the node status has no valid peer id: %2</source>
        <translation>У участника %1 в состоянии узла нет допустимого идентификатора участника: %2</translation>
    </message>
    <message>
        <source>Cannot write the node status %1: %2</source>
        <translation>Не удаётся записать состояние узла %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the node status %1: %2</source>
        <translation>Не удаётся прочитать состояние узла %1: %2</translation>
    </message>
</context>
<context>
    <name>OpenSshKey</name>
    <message>
        <source>The SSH public key is damaged.</source>
        <translation>Открытый ключ SSH повреждён.</translation>
    </message>
    <message>
        <source>The key is of type “%1”; only ssh-ed25519 keys are supported.</source>
        <translation>Ключ имеет тип «%1»; поддерживаются только ключи ssh-ed25519.</translation>
    </message>
    <message>
        <source>“%1” is not an SSH public key line (expected “ssh-ed25519 AAAA…”).</source>
        <translation>«%1» — не строка открытого ключа SSH (ожидается «ssh-ed25519 AAAA…»).</translation>
    </message>
    <message>
        <source>The SSH public key is damaged: its text is not valid base64.</source>
        <translation>Открытый ключ SSH повреждён: его текст — не корректный base64.</translation>
    </message>
    <message>
        <source>The OpenSSH private key</source>
        <translation>Закрытый ключ OpenSSH</translation>
    </message>
    <message>
        <source>The OpenSSH private key is damaged: %1.</source>
        <translation>Закрытый ключ OpenSSH повреждён: %1.</translation>
    </message>
    <message>
        <source>it is not in the openssh-key-v1 format</source>
        <translation>он не в формате openssh-key-v1</translation>
    </message>
    <message>
        <source>it ends in the middle of a field or has extra data</source>
        <translation>он обрывается посреди поля или содержит лишние данные</translation>
    </message>
    <message>
        <source>The OpenSSH private key is protected with a passphrase; remove it first (ssh-keygen -p -N &apos;&apos; -f FILE) or export a key without one.</source>
        <translation>Закрытый ключ OpenSSH защищён парольной фразой; сначала снимите её (ssh-keygen -p -N &apos;&apos; -f FILE) или экспортируйте ключ без неё.</translation>
    </message>
    <message>
        <source>it holds %1 keys instead of one</source>
        <translation>в нём %1 ключей вместо одного</translation>
    </message>
    <message>
        <source>its private part ends too early</source>
        <translation>его закрытая часть обрывается слишком рано</translation>
    </message>
    <message>
        <source>its check numbers differ</source>
        <translation>его контрольные числа не совпадают</translation>
    </message>
    <message>
        <source>its padding is wrong</source>
        <translation>его выравнивание неверно</translation>
    </message>
    <message>
        <source>its public key does not belong to its private key</source>
        <translation>его открытый ключ не соответствует закрытому</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>Cannot open the object database</source>
        <translation>Не удаётся открыть базу объектов</translation>
    </message>
    <message>
        <source>Cannot walk the history</source>
        <translation>Не удаётся пройти по истории</translation>
    </message>
    <message>
        <source>Cannot start a pack</source>
        <translation>Не удаётся начать пакет</translation>
    </message>
    <message>
        <source>Cannot leave out commit %1</source>
        <translation>Не удаётся исключить коммит %1</translation>
    </message>
    <message>
        <source>Object %1 was asked for but is not here</source>
        <translation>Объект %1 запрошен, но его здесь нет</translation>
    </message>
    <message>
        <source>Cannot walk from commit %1</source>
        <translation>Не удаётся пройти по истории от коммита %1</translation>
    </message>
    <message>
        <source>Cannot add object %1 to the pack</source>
        <translation>Не удаётся добавить объект %1 в пакет</translation>
    </message>
    <message>
        <source>Cannot add the missing history to the pack</source>
        <translation>Не удаётся добавить недостающую историю в пакет</translation>
    </message>
    <message>
        <source>Cannot write the pack</source>
        <translation>Не удаётся записать пакет</translation>
    </message>
    <message>
        <source>The pack of %1 objects is %2 bytes, over the limit of %3 bytes.</source>
        <translation>Пакет из %1 объектов занимает %2 байт, больше предела в %3 байт.</translation>
    </message>
    <message>
        <source>Cannot read the repository configuration</source>
        <translation>Не удаётся прочитать настройки репозитория</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>Cannot read commit %1</source>
        <translation>Не удаётся прочитать коммит %1</translation>
    </message>
    <message>
        <source>Cannot read tree %1</source>
        <translation>Не удаётся прочитать дерево %1</translation>
    </message>
    <message>
        <source>Cannot find the object database</source>
        <translation>Не удаётся найти базу объектов</translation>
    </message>
    <message>
        <source>A pack of %1 objects is too many for one pack.</source>
        <translation>Пакет из %1 объектов слишком велик для одного пакета.</translation>
    </message>
    <message>
        <source>Cannot read %1; check the permissions.</source>
        <translation>Не удаётся прочитать %1; проверьте права доступа.</translation>
    </message>
</context>
<context>
    <name>PageDiff</name>
    <message>
        <source>%1 (working copy)</source>
        <translation>%1 (рабочая копия)</translation>
    </message>
    <message>
        <source>%1 (nothing before the first commit)</source>
        <translation>%1 (ничего до первого коммита)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>A page needs a name.</source>
        <translation>У страницы должно быть название.</translation>
    </message>
    <message>
        <source>There is no page “%1” in either version.</source>
        <translation>Страницы «%1» нет ни в одной из версий.</translation>
    </message>
    <message>
        <source>This history entry is not about one page.</source>
        <translation>Эта запись истории не относится к одной странице.</translation>
    </message>
</context>
<context>
    <name>PeerAddress</name>
    <message>
        <source>“%1” does not start with a peer id: %2</source>
        <translation>«%1» не начинается с идентификатора участника: %2</translation>
    </message>
    <message>
        <source>“%1” is not an address: write [IPv6]:PORT.</source>
        <translation>«%1» — не адрес: пишите [IPv6]:ПОРТ.</translation>
    </message>
    <message>
        <source>“%1” is not an address: write HOST:PORT (IPv6 as [ADDRESS]:PORT).</source>
        <translation>«%1» — не адрес: пишите ХОСТ:ПОРТ (IPv6 — как [АДРЕС]:ПОРТ).</translation>
    </message>
    <message>
        <source>“%1” has no valid port (1–65535).</source>
        <translation>В «%1» нет допустимого порта (1–65535).</translation>
    </message>
    <message>
        <source>“%1” has no valid host.</source>
        <translation>В «%1» нет допустимого хоста.</translation>
    </message>
    <message>
        <source>“%1” does not say which peer answers there; write PEER-ID@HOST:PORT (the peer id is what `commonplace-cli serve` prints).</source>
        <translation>В «%1» не сказано, какой участник там отвечает; пишите ИДЕНТИФИКАТОР@ХОСТ:ПОРТ (идентификатор участника печатает `commonplace-cli serve`).</translation>
    </message>
</context>
<context>
    <name>PortMapper</name>
    <message>
        <source>port mapping is switched off</source>
        <translation>проброс портов выключен</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>An Ed25519 public key has 32 bytes, not %1.</source>
        <translation>Открытый ключ Ed25519 состоит из 32 байт, а не из %1.</translation>
    </message>
    <message>
        <source>“%1” is not a peer id: it should start with “did:key:z6Mk”.</source>
        <translation>«%1» — не идентификатор участника: он должен начинаться с «did:key:z6Mk».</translation>
    </message>
    <message>
        <source>Peer id “%1”: %2</source>
        <translation>Идентификатор участника «%1»: %2</translation>
    </message>
    <message>
        <source>The peer id is empty.</source>
        <translation>Идентификатор участника пуст.</translation>
    </message>
    <message>
        <source>only base58btc keys (starting with “z”) are supported, this one starts with “%1”.</source>
        <translation>поддерживаются только ключи base58btc (начинающиеся с «z»), а этот начинается с «%1».</translation>
    </message>
    <message>
        <source>this is not an Ed25519 key (those start with z6Mk).</source>
        <translation>это не ключ Ed25519 (такие начинаются с z6Mk).</translation>
    </message>
    <message>
        <source>the id is cut short or has extra characters (an Ed25519 peer id has 48 characters after did:key:, this one has %1).</source>
        <translation>идентификатор обрезан или содержит лишние символы (у идентификатора Ed25519 после did:key: 48 символов, а у этого — %1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No application data folder is available; pass --profile DIR.</source>
        <translation>Нет папки для данных приложения; укажите её параметром --profile ПАПКА.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1; check its permissions.</source>
        <translation>Не удаётся создать папку профиля %1; проверьте права доступа к ней.</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>%1 has no main branch, so it is not a commons yet.</source>
        <translation>В %1 нет ветки main, поэтому это ещё не вики.</translation>
    </message>
    <message>
        <source>Ignoring the record of %1 kept in %2: it belongs elsewhere.</source>
        <translation>Запись %1, хранящаяся в %2, пропущена: она относится к другому месту.</translation>
    </message>
    <message>
        <source>The peer asked for %1, which no record held here publishes.</source>
        <translation>Участник запросил %1, но ни одна хранящаяся здесь запись этого не публикует.</translation>
    </message>
    <message>
        <source>My own record is made here, not received.</source>
        <translation>Свою запись этот узел создаёт сам, а не получает.</translation>
    </message>
    <message>
        <source>The record of %1 belongs to another commons.</source>
        <translation>Запись %1 относится к другой вики.</translation>
    </message>
</context>
<context>
    <name>ReviewChange</name>
    <message>
        <source>accepted by %1, rejected by %2</source>
        <translation>принято: %1, отклонено: %2</translation>
    </message>
</context>
<context>
    <name>ReviewDiffHtml</name>
    <message>
        <source> (new page)</source>
        <translation> (новая страница)</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (удалена)</translation>
    </message>
    <message>
        <source>This change touches no page text.</source>
        <translation>Это изменение не затрагивает текст страниц.</translation>
    </message>
</context>
<context>
    <name>ReviewNote</name>
    <message>
        <source>A review must be signed, but no identity is loaded.</source>
        <translation>Проверку нужно подписать, но цифровая личность не загружена.</translation>
    </message>
    <message>
        <source>Say why you reject the change: a comment is required.</source>
        <translation>Объясните, почему вы отклоняете изменение: комментарий обязателен.</translation>
    </message>
    <message>
        <source>Signing the review</source>
        <translation>Подпись проверки</translation>
    </message>
    <message>
        <source>The review was signed by another key than the reviewer&apos;s.</source>
        <translation>Проверка подписана не ключом проверявшего.</translation>
    </message>
    <message>
        <source>The review note on %1 is not signed.</source>
        <translation>Заметка о проверке %1 не подписана.</translation>
    </message>
    <message>
        <source>The review note on %1</source>
        <translation>Заметка о проверке %1</translation>
    </message>
    <message>
        <source>The review note on %1 names another reviewer than its signer.</source>
        <translation>В заметке о проверке %1 указан не тот проверяющий, кто её подписал.</translation>
    </message>
    <message>
        <source>The review note on %1 is about another commit.</source>
        <translation>Заметка о проверке %1 относится к другому коммиту.</translation>
    </message>
    <message>
        <source>The review note on %1 has no verdict.</source>
        <translation>В заметке о проверке %1 нет решения.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Give at least 4 hex digits of the change&apos;s commit id.</source>
        <translation>Укажите хотя бы 4 шестнадцатеричные цифры идентификатора коммита изменения.</translation>
    </message>
    <message>
        <source>%1 names more than one pending change; give more digits.</source>
        <translation>%1 подходит к нескольким ожидающим изменениям; укажите больше цифр.</translation>
    </message>
    <message>
        <source>No pending change %1. `review list` shows them.</source>
        <translation>Ожидающего изменения %1 нет. Их показывает `review list`.</translation>
    </message>
</context>
<context>
    <name>SealedIdentity</name>
    <message>
        <source>The exported identity is incomplete or damaged; copy all of it, from its BEGIN line to its END line.</source>
        <translation>Экспортированная цифровая личность неполна или повреждена; скопируйте её целиком, от строки BEGIN до строки END.</translation>
    </message>
    <message>
        <source>This identity was exported in format %1, which this version of Commonplace does not know; update Commonplace to import it.</source>
        <translation>Эта цифровая личность экспортирована в формате %1, которого эта версия Commonplace не знает; чтобы импортировать её, обновите Commonplace.</translation>
    </message>
    <message>
        <source>The exported identity asks for key-derivation settings Commonplace does not use; it is damaged or not from Commonplace.</source>
        <translation>Экспортированная цифровая личность требует параметров выработки ключа, которые Commonplace не использует; она повреждена или создана не в Commonplace.</translation>
    </message>
    <message>
        <source>Not enough memory to derive a key from the passphrase (it needs %1 MiB).</source>
        <translation>Не хватает памяти, чтобы выработать ключ из парольной фразы (нужно %1 МиБ).</translation>
    </message>
    <message>
        <source>The exported identity</source>
        <translation>Экспортированная цифровая личность</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the exported identity.</source>
        <translation>Выберите парольную фразу для защиты экспортированной цифровой личности.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this exported identity (or the text was altered). Check the passphrase and try again.</source>
        <translation>Неверная парольная фраза: она не открывает эту экспортированную цифровую личность (или текст был изменён). Проверьте фразу и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>SigRefsStore</name>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>%1 holds the record of another peer; delete that ref to fetch it again.</source>
        <translation>В %1 хранится запись другого участника; удалите эту ссылку, чтобы получить её заново.</translation>
    </message>
    <message>
        <source>commonplace: signed refs %1</source>
        <translation>commonplace: подписанные ссылки %1</translation>
    </message>
    <message>
        <source>The record of %1 with seq %2 is not newer than the one kept (seq %3).</source>
        <translation>Запись %1 с seq %2 не новее уже сохранённой (seq %3).</translation>
    </message>
    <message>
        <source>The record of %1 points %2 at %3, which is missing here or not a commit.</source>
        <translation>Запись %1 указывает %2 на %3, но такого коммита здесь нет или это не коммит.</translation>
    </message>
    <message>
        <source>commonplace: %1 seq %2</source>
        <translation>commonplace: %1 seq %2</translation>
    </message>
</context>
<context>
    <name>SignedRefs</name>
    <message>
        <source>A signed refs record is malformed: %1.</source>
        <translation>Запись подписанных ссылок искажена: %1.</translation>
    </message>
    <message>
        <source>A signed refs record holds at most %1 refs.</source>
        <translation>В записи подписанных ссылок не больше %1 ссылок.</translation>
    </message>
    <message>
        <source>%1 cannot be published in a signed refs record.</source>
        <translation>%1 нельзя опубликовать в записи подписанных ссылок.</translation>
    </message>
    <message>
        <source>A signed refs record needs a time after 1970.</source>
        <translation>Записи подписанных ссылок нужно время позже 1970 года.</translation>
    </message>
    <message>
        <source>The signed refs record is over %1 bytes.</source>
        <translation>Запись подписанных ссылок больше %1 байт.</translation>
    </message>
    <message>
        <source>it is empty or over %1 bytes</source>
        <translation>она пуста или больше %1 байт</translation>
    </message>
    <message>
        <source>it does not end with a line break</source>
        <translation>она не заканчивается переводом строки</translation>
    </message>
    <message>
        <source>it does not start with “%1”</source>
        <translation>она не начинается с «%1»</translation>
    </message>
    <message>
        <source>the commons line is wrong</source>
        <translation>строка вики неверна</translation>
    </message>
    <message>
        <source>the peer line does not name a peer id</source>
        <translation>в строке участника нет идентификатора участника</translation>
    </message>
    <message>
        <source>the seq line is wrong</source>
        <translation>строка seq неверна</translation>
    </message>
    <message>
        <source>the time line is wrong</source>
        <translation>строка времени неверна</translation>
    </message>
    <message>
        <source>it names more than %1 refs</source>
        <translation>в ней больше %1 ссылок</translation>
    </message>
    <message>
        <source>line %1 is not “&lt;oid&gt; refs/heads/…” or “&lt;oid&gt; refs/notes/…”</source>
        <translation>строка %1 — не «&lt;oid&gt; refs/heads/…» и не «&lt;oid&gt; refs/notes/…»</translation>
    </message>
    <message>
        <source>the refs are not sorted by name, or one repeats</source>
        <translation>ссылки не отсортированы по имени или одна повторяется</translation>
    </message>
    <message>
        <source>it is not in canonical form</source>
        <translation>она не в каноническом виде</translation>
    </message>
    <message>
        <source>The signed refs record of %1 (seq %2) does not carry that peer&apos;s valid signature; it was forged or damaged.</source>
        <translation>Запись подписанных ссылок %1 (seq %2) не несёт действительной подписи этого участника; она подделана или повреждена.</translation>
    </message>
    <message>
        <source>the stored record has no signature line</source>
        <translation>в сохранённой записи нет строки подписи</translation>
    </message>
    <message>
        <source>the stored signature is not base64</source>
        <translation>сохранённая подпись — не base64</translation>
    </message>
    <message>
        <source>The signed refs record of %1 belongs to another commons (%2).</source>
        <translation>Запись подписанных ссылок %1 относится к другой вики (%2).</translation>
    </message>
    <message>
        <source>The signed refs record of %1 is dated %2 s in the future; its clock or the record is wrong.</source>
        <translation>Запись подписанных ссылок %1 датирована будущим (на %2 с вперёд); неверны часы участника или сама запись.</translation>
    </message>
</context>
<context>
    <name>SshSignature</name>
    <message>
        <source>An SSH signature needs a namespace (such as “git”).</source>
        <translation>Подписи SSH нужно пространство имён (например, «git»).</translation>
    </message>
    <message>
        <source>The SSH signature</source>
        <translation>Подпись SSH</translation>
    </message>
    <message>
        <source>The SSH signature is malformed: %1.</source>
        <translation>Подпись SSH искажена: %1.</translation>
    </message>
    <message>
        <source>it does not start with “SSHSIG”</source>
        <translation>она не начинается с «SSHSIG»</translation>
    </message>
    <message>
        <source>it ends before its version</source>
        <translation>она обрывается до номера версии</translation>
    </message>
    <message>
        <source>SSH signature version %1 is not supported (only version 1).</source>
        <translation>Подпись SSH версии %1 не поддерживается (только версии 1).</translation>
    </message>
    <message>
        <source>it ends in the middle of a field</source>
        <translation>она обрывается посреди поля</translation>
    </message>
    <message>
        <source>it has %1 bytes of unexpected data at the end</source>
        <translation>в её конце %1 байт лишних данных</translation>
    </message>
    <message>
        <source>its public key field is damaged</source>
        <translation>её поле открытого ключа повреждено</translation>
    </message>
    <message>
        <source>The signature was made with a key of type “%1”; only ssh-ed25519 keys are accepted.</source>
        <translation>Подпись сделана ключом типа «%1»; принимаются только ключи ssh-ed25519.</translation>
    </message>
    <message>
        <source>its namespace is empty</source>
        <translation>её пространство имён пусто</translation>
    </message>
    <message>
        <source>its reserved field is not empty</source>
        <translation>её зарезервированное поле не пусто</translation>
    </message>
    <message>
        <source>The signature uses the hash “%1”; only sha256 and sha512 are accepted.</source>
        <translation>Подпись использует хеш «%1»; принимаются только sha256 и sha512.</translation>
    </message>
    <message>
        <source>its signature field is damaged</source>
        <translation>её поле подписи повреждено</translation>
    </message>
    <message>
        <source>The signature is of type “%1”, not ssh-ed25519 like its key.</source>
        <translation>Подпись имеет тип «%1», а не ssh-ed25519, как её ключ.</translation>
    </message>
    <message>
        <source>its Ed25519 signature has %1 bytes instead of 64</source>
        <translation>её подпись Ed25519 состоит из %1 байт вместо 64</translation>
    </message>
    <message>
        <source>The signature was made for “%1”, not for “%2”.</source>
        <translation>Подпись сделана для «%1», а не для «%2».</translation>
    </message>
    <message>
        <source>The signature by %1 does not match: the signed content or the signature was changed after signing.</source>
        <translation>Подпись %1 не сходится: подписанное содержимое или сама подпись изменены после подписания.</translation>
    </message>
</context>
<context>
    <name>TrustPolicy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged; delete it to trust every peer for review again.</source>
        <translation>%1 повреждён; удалите его, чтобы снова проверять изменения всех участников.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>cp</name>
    <message>
        <source>A network key must be 32 bytes long; this one has %1. Copy the invite again.</source>
        <translation>Сетевой ключ должен быть длиной 32 байта, а у этого %1. Скопируйте приглашение ещё раз.</translation>
    </message>
</context>
<context>
    <name>cp::AttachmentDrop</name>
    <message>
        <source>Pasted image %1.png</source>
        <translation>Вставленное изображение %1.png</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>вставленное изображение</translation>
    </message>
    <message>
        <source>The image could not be read; paste it again or save it as a file and drop the file.</source>
        <translation>Не удалось прочитать изображение: вставьте его ещё раз или сохраните в файл и перетащите файл.</translation>
    </message>
</context>
<context>
    <name>cp::BacklinksPanel</name>
    <message>
        <source>Open a page to see which pages link to it.</source>
        <translation>Откройте страницу, чтобы увидеть, какие страницы на неё ссылаются.</translation>
    </message>
    <message>
        <source>Links show once the search index is built.</source>
        <translation>Ссылки появятся, когда будет построен поисковый индекс.</translation>
    </message>
    <message>
        <source>No page links here yet. [[%1]] in another page makes a link.</source>
        <translation>Сюда пока не ссылается ни одна страница. [[%1]] на другой странице создаёт ссылку.</translation>
    </message>
    <message>
        <source>Linked from</source>
        <translation>Ссылаются сюда</translation>
    </message>
    <message>
        <source>Links to missing pages</source>
        <translation>Ссылки на несуществующие страницы</translation>
    </message>
    <message>
        <source>These pages do not exist yet; click one to start it.</source>
        <translation>Этих страниц ещё нет; щёлкните по одной, чтобы начать её.</translation>
    </message>
</context>
<context>
    <name>cp::BoxStreamBoxer</name>
    <message>
        <source>A box-stream needs a 32-byte key and a 24-byte nonce.</source>
        <translation>Для box-stream нужны 32-байтовый ключ и 24-байтовый nonce.</translation>
    </message>
    <message>
        <source>Nothing can be sent after the box-stream&apos;s goodbye.</source>
        <translation>После прощания box-stream ничего отправить нельзя.</translation>
    </message>
    <message>
        <source>The box-stream has already said goodbye.</source>
        <translation>Box-stream уже попрощался.</translation>
    </message>
</context>
<context>
    <name>cp::BoxStreamUnboxer</name>
    <message>
        <source>A box-stream needs a 32-byte key and a 24-byte nonce.</source>
        <translation>Для box-stream нужны 32-байтовый ключ и 24-байтовый nonce.</translation>
    </message>
    <message>
        <source>The encrypted stream already failed.</source>
        <translation>Зашифрованный поток уже завершился ошибкой.</translation>
    </message>
    <message>
        <source>The peer sent data after closing the encrypted stream.</source>
        <translation>Участник прислал данные после закрытия зашифрованного потока.</translation>
    </message>
    <message>
        <source>The encrypted stream was tampered with, reordered or sent with another key (bad header).</source>
        <translation>Зашифрованный поток был подделан, переупорядочен или отправлен с другим ключом (неверный заголовок).</translation>
    </message>
    <message>
        <source>The encrypted stream announced a frame larger than 4096 bytes.</source>
        <translation>Зашифрованный поток объявил кадр больше 4096 байт.</translation>
    </message>
    <message>
        <source>The encrypted stream was tampered with (a frame&apos;s body does not match its header).</source>
        <translation>Зашифрованный поток был подделан (тело кадра не соответствует его заголовку).</translation>
    </message>
    <message>
        <source>The connection ended without the peer&apos;s goodbye: the stream was cut short and its end may be missing.</source>
        <translation>Соединение закончилось без прощания участника: поток оборван, и его конец может быть потерян.</translation>
    </message>
</context>
<context>
    <name>cp::CommitSigning</name>
    <message>
        <source>Your identity is still loading, so this change cannot be signed yet. Try again in a moment.</source>
        <translation>Ваша цифровая личность ещё загружается, поэтому это изменение пока нельзя подписать. Попробуйте через минуту.</translation>
    </message>
    <message>
        <source>This change cannot be signed, because your identity could not be loaded: %1</source>
        <translation>Это изменение нельзя подписать: не удалось загрузить вашу цифровую личность: %1</translation>
    </message>
</context>
<context>
    <name>cp::Commons</name>
    <message>
        <source>%1 is damaged: %2. Fix the file or restore it from the history.</source>
        <translation>Файл %1 повреждён: %2. Исправьте его или восстановите из истории.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>это не объект JSON</translation>
    </message>
    <message>
        <source>%1 is a git repository but not a commons: it has no %2. Create a commons with “commonplace-cli init” or choose another folder.</source>
        <translation>%1 — репозиторий git, но не вики: в нём нет %2. Создайте вики командой «commonplace-cli init» или выберите другую папку.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; choose a new or empty folder.</source>
        <translation>%1 уже существует и не является папкой; выберите новую или пустую папку.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the commons.</source>
        <translation>Папка %1 не пуста; выберите для вики новую или пустую папку.</translation>
    </message>
    <message>
        <source>A commons needs a name.</source>
        <translation>У вики должно быть название.</translation>
    </message>
    <message>
        <source>Create the commons “%1”</source>
        <translation>Создать вики «%1»</translation>
    </message>
    <message>
        <source>Cannot create a commons in %1</source>
        <translation>Не удаётся создать вики в %1</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Папки %1 нет.</translation>
    </message>
    <message>
        <source>%1 is not a commons: it is not a git repository. Create one with “commonplace-cli init”.</source>
        <translation>%1 — не вики: это не репозиторий git. Создайте вики командой «commonplace-cli init».</translation>
    </message>
    <message>
        <source>%1 is a bare git repository; a commons needs a working folder.</source>
        <translation>%1 — «голый» репозиторий git; вики нужна рабочая папка.</translation>
    </message>
    <message>
        <source>%1 has %2 checked out; a commons works on main. Run “git switch main” there first.</source>
        <translation>В %1 выбрана ветка %2, а вики работает с веткой main. Сначала выполните там «git switch main».</translation>
    </message>
    <message>
        <source>%1 is a git repository but not a commons: it has no main branch.</source>
        <translation>%1 — репозиторий git, но не вики: в нём нет ветки main.</translation>
    </message>
    <message>
        <source>Could not bring the working folder of %1 up to date: %2</source>
        <translation>Не удалось обновить рабочую папку %1: %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Аноним</translation>
    </message>
</context>
<context>
    <name>cp::CommonsStatusBar</name>
    <message>
        <source>No commons open</source>
        <translation>Вики не открыта</translation>
    </message>
    <message>
        <source>Commons: %1</source>
        <translation>Вики: %1</translation>
    </message>
    <message>
        <source>New page, not saved yet</source>
        <translation>Новая страница, ещё не сохранена</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>cp::ConflictResolutionDialog</name>
    <message>
        <source>Use &amp;Mine</source>
        <translation>&amp;Моя версия</translation>
    </message>
    <message>
        <source>Use &amp;Theirs</source>
        <translation>&amp;Их версия</translation>
    </message>
    <message>
        <source>Use &amp;Edited Text</source>
        <translation>&amp;Правленый текст</translation>
    </message>
    <message>
        <source>&amp;Commit Merge</source>
        <translation>&amp;Зафиксировать слияние</translation>
    </message>
    <message>
        <source>Resolve Conflicts</source>
        <translation>Разрешение конфликтов</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моя версия</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <source>Merged text (edit it, then use it):</source>
        <translation>Объединённый текст (исправьте и примените):</translation>
    </message>
    <message>
        <source>Conflicting pages:</source>
        <translation>Страницы с конфликтами:</translation>
    </message>
    <message>
        <source>Could not use this text for %1.</source>
        <translation>Не удалось применить этот текст к %1.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>Ещё не разрешено</translation>
    </message>
    <message>
        <source>Every page is resolved: commit the merge.</source>
        <translation>Все страницы разрешены: зафиксируйте слияние.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) still to resolve.</source>
        <translation>
            <numerusform>Осталось разрешить %n страницу.</numerusform>
            <numerusform>Осталось разрешить %n страницы.</numerusform>
            <numerusform>Осталось разрешить %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not commit the merge.</source>
        <translation>Не удалось зафиксировать слияние.</translation>
    </message>
</context>
<context>
    <name>cp::ConnectDialog</name>
    <message>
        <source>Connect to a Peer</source>
        <translation>Подключение к участнику</translation>
    </message>
    <message>
        <source>Type the address a member gave you, in the form &lt;b&gt;peer-id@host:port&lt;/b&gt;, for example &lt;tt&gt;z6Mk…@192.168.1.20:47474&lt;/tt&gt;.</source>
        <translation>Введите адрес, который вам дал участник, в виде &lt;b&gt;peer-id@host:port&lt;/b&gt;, например &lt;tt&gt;z6Mk…@192.168.1.20:47474&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>z6Mk…@host:47474</source>
        <translation>z6Mk…@host:47474</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>Type an address first.</source>
        <translation>Сначала введите адрес.</translation>
    </message>
    <message>
        <source>“%1” is not a peer address: %2</source>
        <translation>«%1» — не адрес участника: %2</translation>
    </message>
</context>
<context>
    <name>cp::DiffDocument</name>
    <message>
        <source>No change to the text.</source>
        <translation>Текст не изменился.</translation>
    </message>
    <message>
        <source>new page</source>
        <translation>новая страница</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <extracomment>lines added and removed, as in &quot;+3 −1&quot;</extracomment>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <source>⋯ one unchanged line</source>
        <translation>⋯ одна неизменённая строка</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged lines</source>
        <translation>
            <numerusform>⋯ %n неизменённая строка</numerusform>
            <numerusform>⋯ %n неизменённые строки</numerusform>
            <numerusform>⋯ %n неизменённых строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::DiffView</name>
    <message>
        <source>Side by Side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>The old version on the left, the new one on the right</source>
        <translation>Старая версия слева, новая справа</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Единым списком</translation>
    </message>
    <message>
        <source>Removed and added lines in one column</source>
        <translation>Удалённые и добавленные строки в одном столбце</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>Вся страница</translation>
    </message>
    <message>
        <source>Show every line, not only the changes and the lines around them</source>
        <translation>Показывать все строки, а не только изменения и строки рядом с ними</translation>
    </message>
</context>
<context>
    <name>cp::DraftRecoveryBar</name>
    <message>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Text of this page that was not saved (from %1) was kept.</source>
        <translation>Несохранённый текст этой страницы (от %1) уцелел.</translation>
    </message>
    <message>
        <source>The page has changed since then: read it over before you save.</source>
        <translation>С тех пор страница изменилась: перечитайте её, прежде чем сохранять.</translation>
    </message>
</context>
<context>
    <name>cp::ErrorMessage</name>
    <message>
        <source>Commonplace</source>
        <translation>Commonplace</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>cp::ExternalChangesBar</name>
    <message>
        <source>Could not commit the changes made outside Commonplace.</source>
        <translation>Не удалось записать в коммит изменения, сделанные вне Commonplace.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Просмотреть…</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Commit every change made outside Commonplace, as it is on disk now</source>
        <translation>Записать в коммит все изменения, сделанные вне Commonplace, в том виде, в каком они сейчас на диске</translation>
    </message>
    <message>
        <source>1 page changed outside Commonplace.</source>
        <translation>1 страница изменена вне Commonplace.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages changed outside Commonplace.</source>
        <translation>
            <numerusform>%n страница изменена вне Commonplace.</numerusform>
            <numerusform>%n страницы изменены вне Commonplace.</numerusform>
            <numerusform>%n страниц изменено вне Commonplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file changed outside Commonplace.</source>
        <translation>1 файл изменён вне Commonplace.</translation>
    </message>
    <message numerus="yes">
        <source>%n files changed outside Commonplace.</source>
        <translation>
            <numerusform>%n файл изменён вне Commonplace.</numerusform>
            <numerusform>%n файла изменены вне Commonplace.</numerusform>
            <numerusform>%n файлов изменено вне Commonplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is one of them and has unsaved edits here: they are kept, and saving asks how to keep both.</source>
        <translation>Среди них «%1», и здесь у неё есть несохранённые правки: они не пропадут, а при сохранении Commonplace спросит, как сохранить обе версии.</translation>
    </message>
</context>
<context>
    <name>cp::ExternalChangesDialog</name>
    <message>
        <source>Commit</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Отбросить…</translation>
    </message>
    <message>
        <source>Changes Made Outside Commonplace</source>
        <translation>Изменения, сделанные вне Commonplace</translation>
    </message>
    <message>
        <source>Optional: what changed, for the history</source>
        <translation>Необязательно: что изменилось, для истории</translation>
    </message>
    <message>
        <source>Another program changed these files in the commons&apos; folder. Commit the ticked ones to keep them in the history, or discard them to go back to the last commit.</source>
        <translation>Другая программа изменила эти файлы в папке вики. Запишите отмеченные в коммит, чтобы они остались в истории, или отбросьте их, чтобы вернуться к последнему коммиту.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлена: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Изменена: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Удалена: %1</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>В конфликте: %1</translation>
    </message>
    <message>
        <source>Could not commit the changes.</source>
        <translation>Не удалось записать изменения в коммит.</translation>
    </message>
    <message>
        <source>Discard Outside Changes</source>
        <translation>Отбросить внешние изменения</translation>
    </message>
    <message>
        <source>Throw away the outside changes to this file?</source>
        <translation>Отбросить внешние изменения этого файла?</translation>
    </message>
    <message numerus="yes">
        <source>Throw away the outside changes to %n files?</source>
        <translation>
            <numerusform>Отбросить внешние изменения %n файла?</numerusform>
            <numerusform>Отбросить внешние изменения %n файлов?</numerusform>
            <numerusform>Отбросить внешние изменения %n файлов?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed and removed files get their last committed version back; added files are deleted. This cannot be undone.</source>
        <translation>Изменённые и удалённые файлы вернутся к версии из последнего коммита, добавленные будут удалены. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Could not discard the changes.</source>
        <translation>Не удалось отбросить изменения.</translation>
    </message>
</context>
<context>
    <name>cp::FirstRunDialog</name>
    <message>
        <source>Welcome to Commonplace</source>
        <translation>Добро пожаловать в Commonplace</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Commonplace&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в Commonplace&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Commonplace keeps a wiki that you share with a circle of friends, without any server. Each of you keeps the whole wiki, a &lt;i&gt;commons&lt;/i&gt;, and decides which changes from the others to accept.</source>
        <translation>Commonplace — это вики, которую вы ведёте вместе с кругом друзей, без всякого сервера. Каждый из вас хранит у себя всю вики целиком и сам решает, какие правки других принять.</translation>
    </message>
    <message>
        <source>e.g. Anna Petrova</source>
        <translation>например, Анна Петрова</translation>
    </message>
    <message>
        <source>My commons</source>
        <translation>Моя вики</translation>
    </message>
    <message>
        <source>Start with a few pages that explain Commonplace</source>
        <translation>Начать с нескольких страниц о том, как устроен Commonplace</translation>
    </message>
    <message>
        <source>Everybody in your commons sees this name on the changes you make.</source>
        <translation>Это имя увидят все участники рядом с вашими правками.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;Commons:</source>
        <translation>&amp;Вики:</translation>
    </message>
    <message>
        <source>Start Writing</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>cp::FirstRunJoin</name>
    <message>
        <source>&amp;Join a Commons…</source>
        <translation>&amp;Присоединиться к вики…</translation>
    </message>
    <message>
        <source>Someone sent you an invite: join their commons instead of starting one</source>
        <translation>Вам прислали приглашение: присоединитесь к чужой вики вместо того, чтобы начинать свою</translation>
    </message>
</context>
<context>
    <name>cp::HistoryModel</name>
    <message>
        <source>%1 (renamed from %2)</source>
        <translation>%1 (переименована из %2)</translation>
    </message>
    <message>
        <source>%1 (page deleted)</source>
        <translation>%1 (страница удалена)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The author field names someone else: the signature shows who really made it.</source>
        <translation>В поле автора указан другой человек: подпись показывает, кто на самом деле сделал это изменение.</translation>
    </message>
    <message>
        <source>%1

Commit %2</source>
        <translation>%1

Коммит %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>a verified signature: a check mark and the signer&apos;s short id</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>accepted by %1, rejected by %2</source>
        <extracomment>who reviewed a change: how many peers accepted it and how many rejected it</extracomment>
        <translation>принято: %1, отклонено: %2</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Accepted by %1</source>
        <translation>Принято (%1)</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Отклонено (%1): %2</translation>
    </message>
    <message>
        <source>Nobody has reviewed this change yet.</source>
        <translation>Это изменение ещё никто не проверил.</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>column header: who accepted or rejected each change</extracomment>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>cp::HistoryPanel</name>
    <message>
        <source>This page is not saved yet, so it has no history.</source>
        <translation>Страница ещё не сохранена, поэтому у неё нет истории.</translation>
    </message>
    <message>
        <source>Open a page to see its history.</source>
        <translation>Откройте страницу, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <source>Select a version to see what changed; select two to compare them.</source>
        <translation>Выберите версию, чтобы увидеть, что изменилось; выберите две, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>Could not show the changes: %1</source>
        <translation>Не удалось показать изменения: %1</translation>
    </message>
    <message>
        <source>This change touched no page (only settings or attachments).</source>
        <translation>Это изменение не затронуло страниц (только настройки или вложения).</translation>
    </message>
    <message>
        <source>One more page changed, not shown here.</source>
        <translation>Изменена ещё одна страница, здесь она не показана.</translation>
    </message>
    <message numerus="yes">
        <source>%n more pages changed, not shown here.</source>
        <translation>
            <numerusform>Изменена ещё %n страница, здесь не показана.</numerusform>
            <numerusform>Изменены ещё %n страницы, здесь не показаны.</numerusform>
            <numerusform>Изменено ещё %n страниц, здесь не показаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <source>Looking through older changes…</source>
        <translation>Просматриваю более старые изменения…</translation>
    </message>
    <message>
        <source>No saved versions yet.</source>
        <translation>Сохранённых версий пока нет.</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Восстановить версию</translation>
    </message>
    <message>
        <source>Restore “%1” as it was %2?</source>
        <translation>Восстановить «%1» в том виде, какой она была %2?</translation>
    </message>
    <message>
        <source>The text of that version (by %1, “%2”) is saved as a new version, signed by you. Nothing in the history is lost.</source>
        <translation>Текст той версии (автор — %1, «%2») будет сохранён как новая версия с вашей подписью. Из истории ничего не пропадёт.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Could not restore “%1”.</source>
        <translation>Не удалось восстановить «%1».</translation>
    </message>
    <message>
        <source>The page has unsaved changes again. Save or discard them first.</source>
        <translation>На странице снова есть несохранённые изменения. Сначала сохраните или отбросьте их.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Не удалось открыть «%1».</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>История «%1»</translation>
    </message>
    <message>
        <source>Page history</source>
        <translation>История страницы</translation>
    </message>
    <message>
        <source>Every change in “%1”</source>
        <translation>Все изменения в «%1»</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Сравнить с:</translation>
    </message>
    <message>
        <source>the version before</source>
        <translation>предыдущей версией</translation>
    </message>
    <message>
        <source>the page as saved now</source>
        <translation>страницей в сохранённом виде</translation>
    </message>
    <message>
        <source>Restore This Version…</source>
        <translation>Восстановить эту версию…</translation>
    </message>
    <message>
        <source>Save the selected version&apos;s text as the page&apos;s newest version</source>
        <translation>Сохранить текст выбранной версии как новую версию страницы</translation>
    </message>
</context>
<context>
    <name>cp::HistoryViews</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Page &amp;History</source>
        <translation>&amp;История страницы</translation>
    </message>
    <message>
        <source>Show or hide the open page&apos;s versions</source>
        <translation>Показать или скрыть версии открытой страницы</translation>
    </message>
    <message>
        <source>&amp;Commons History</source>
        <translation>История &amp;вики</translation>
    </message>
    <message>
        <source>Every change made in this commons, by everyone</source>
        <translation>Все изменения в этой вики, сделанные всеми участниками</translation>
    </message>
    <message>
        <source>Commons History</source>
        <translation>История вики</translation>
    </message>
    <message>
        <source>&amp;Commons</source>
        <translation>&amp;Вики</translation>
    </message>
</context>
<context>
    <name>cp::HtmlWriter</name>
    <message>
        <source>Image: %1</source>
        <translation>Изображение: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Create the page “%1”</source>
        <translation>Создать страницу «%1»</translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation>Эту ссылку открыть нельзя: %1</translation>
    </message>
</context>
<context>
    <name>cp::IdentityDialog</name>
    <message>
        <source>Exported identities (*.cpid);;All files (*)</source>
        <translation>Экспортированные личности (*.cpid);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Export Identity…</source>
        <translation>&amp;Экспортировать личность…</translation>
    </message>
    <message>
        <source>&amp;Import Identity…</source>
        <translation>&amp;Импортировать личность…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Цифровая личность</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Peer id:</source>
        <translation>Идентификатор участника:</translation>
    </message>
    <message>
        <source>Others see your name and peer id on every change you save; the id is what your signature proves. To use this identity on another computer, export it here and import it there.</source>
        <translation>Другие видят ваше имя и идентификатор участника на каждом сохранённом вами изменении; подпись подтверждает именно идентификатор. Чтобы пользоваться этой личностью на другом компьютере, экспортируйте её здесь и импортируйте там.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation>(не загружена)</translation>
    </message>
    <message>
        <source>Your secret key is kept in the system keychain.</source>
        <translation>Ваш секретный ключ хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>Your secret key is kept in the file %1, readable only by you (no system keychain answered).</source>
        <translation>Ваш секретный ключ хранится в файле %1, который можете читать только вы (системная связка ключей не ответила).</translation>
    </message>
    <message>
        <source>Export Identity</source>
        <translation>Экспорт личности</translation>
    </message>
    <message>
        <source>Import Identity</source>
        <translation>Импорт личности</translation>
    </message>
    <message>
        <source>The file will hold your secret key, sealed with this passphrase. Whoever has both can sign as you: choose a passphrase you use nowhere else and keep the file safe.</source>
        <translation>В файле будет ваш секретный ключ, запечатанный этой парольной фразой. Тот, у кого есть и файл, и фраза, может подписывать от вашего имени: выберите фразу, которую больше нигде не используете, и храните файл надёжно.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>Exported your identity to %1.</source>
        <translation>Ваша личность экспортирована в %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Не удалось прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an exported identity. %2</source>
        <translation>%1 — не экспортированная личность. %2</translation>
    </message>
    <message>
        <source>This file holds the identity you already have (%1).</source>
        <translation>В этом файле та же личность, что у вас уже есть (%1).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>This file holds the identity %1.

Importing it replaces this profile&apos;s identity (%2): the changes you save from now on are signed as %3. Export your current identity first if you may need it again.</source>
        <translation>В этом файле личность %1.

Импорт заменит личность этого профиля (%2): изменения, которые вы сохраните дальше, будут подписаны как %3. Если текущая личность может ещё понадобиться, сначала экспортируйте её.</translation>
    </message>
    <message>
        <source>The identity opened, but could not be kept: %1</source>
        <translation>Личность открыта, но сохранить её не удалось: %1</translation>
    </message>
    <message>
        <source>Imported. Your changes are now signed as %1.</source>
        <translation>Импорт выполнен. Теперь ваши изменения подписываются как %1.</translation>
    </message>
</context>
<context>
    <name>cp::IdentityStatus</name>
    <message>
        <source>Copy your full peer id, to give to others</source>
        <translation>Скопировать полный идентификатор участника, чтобы передать его другим</translation>
    </message>
    <message>
        <source>You: %1 · %2</source>
        <extracomment>the person&apos;s display name and the short form of their peer id</extracomment>
        <translation>Вы: %1 · %2</translation>
    </message>
    <message>
        <source>Your peer id: %1
Every change you save is signed with it. Click for details.</source>
        <translation>Ваш идентификатор участника: %1
Им подписано каждое сохранённое вами изменение. Щёлкните, чтобы узнать подробнее.</translation>
    </message>
    <message>
        <source>No identity</source>
        <translation>Нет личности</translation>
    </message>
    <message>
        <source>Loading your identity…</source>
        <translation>Загрузка личности…</translation>
    </message>
</context>
<context>
    <name>cp::IdentityViews</name>
    <message>
        <source>Copied your peer id %1.</source>
        <translation>Ваш идентификатор участника %1 скопирован.</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Цифровая личность…</translation>
    </message>
    <message>
        <source>Your name, your peer id, and moving your identity to another computer</source>
        <translation>Ваше имя, идентификатор участника и перенос личности на другой компьютер</translation>
    </message>
    <message>
        <source>Your identity could not be loaded, so changes cannot be signed or saved. %1</source>
        <translation>Не удалось загрузить вашу цифровую личность, поэтому изменения нельзя подписать и сохранить. %1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>cp::IndexBuilder</name>
    <message>
        <source>Rebuilding the search index was cancelled.</source>
        <translation>Перестройка поискового индекса отменена.</translation>
    </message>
    <message>
        <source>The commons has no main branch to index.</source>
        <translation>В вики нет ветки main, которую можно проиндексировать.</translation>
    </message>
    <message>
        <source>Cannot put the new search index in place at %1.</source>
        <translation>Не удаётся поставить новый поисковый индекс на место в %1.</translation>
    </message>
    <message>
        <source>The search index is unfinished.</source>
        <translation>Поисковый индекс не достроен.</translation>
    </message>
    <message>
        <source>The search index names no valid commit.</source>
        <translation>Поисковый индекс не указывает на допустимый коммит.</translation>
    </message>
    <message>
        <source>The commit the search index reflects is no longer in the repository.</source>
        <translation>Коммита, по которому построен поисковый индекс, больше нет в репозитории.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) changed at once; the search index is rebuilt instead.</source>
        <translation>
            <numerusform>Сразу изменилась %n страница; поисковый индекс строится заново.</numerusform>
            <numerusform>Сразу изменились %n страницы; поисковый индекс строится заново.</numerusform>
            <numerusform>Сразу изменились %n страниц; поисковый индекс строится заново.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::IndexDatabase</name>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite); search and backlinks need it.</source>
        <translation>Не установлен драйвер SQLite для Qt (пакет libqt6sql6-sqlite); он нужен поиску и обратным ссылкам.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the search index.</source>
        <translation>Не удаётся создать папку %1 для поискового индекса.</translation>
    </message>
    <message>
        <source>Cannot open the search index %1: %2. Check the folder&apos;s permissions.</source>
        <translation>Не удаётся открыть поисковый индекс %1: %2. Проверьте права доступа к папке.</translation>
    </message>
    <message>
        <source>Setting up the index</source>
        <translation>Подготовка индекса</translation>
    </message>
    <message>
        <source>Cannot remove the old search index %1: %2.</source>
        <translation>Не удаётся удалить старый поисковый индекс %1: %2.</translation>
    </message>
    <message>
        <source>The search index %1 is damaged or unfinished (%2).</source>
        <translation>Поисковый индекс %1 повреждён или не достроен (%2).</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>нет версии схемы</translation>
    </message>
    <message>
        <source>The search index %1 has format %2; this version uses %3.</source>
        <translation>У поискового индекса %1 формат %2, а эта версия использует %3.</translation>
    </message>
    <message>
        <source>Creating the search index</source>
        <translation>Создание поискового индекса</translation>
    </message>
    <message>
        <source>This SQLite has no FTS5 full-text search (%1); install a SQLite built with it.</source>
        <translation>В этой SQLite нет полнотекстового поиска FTS5 (%1); установите SQLite, собранную с ним.</translation>
    </message>
    <message>
        <source>Reading the search index</source>
        <translation>Чтение поискового индекса</translation>
    </message>
    <message>
        <source>Writing the search index</source>
        <translation>Запись поискового индекса</translation>
    </message>
    <message>
        <source>Removing “%1” from the search index</source>
        <translation>Удаление «%1» из поискового индекса</translation>
    </message>
    <message>
        <source>Adding “%1” to the search index</source>
        <translation>Добавление «%1» в поисковый индекс</translation>
    </message>
    <message>
        <source>%1: the search index is damaged (%2); it will be rebuilt.</source>
        <translation>%1: поисковый индекс повреждён (%2); он будет построен заново.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cp::InfoBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>cp::InviteDialog</name>
    <message>
        <source>Invite Someone</source>
        <translation>Пригласить участника</translation>
    </message>
    <message>
        <source>Invite someone to “%1”</source>
        <translation>Пригласить в «%1»</translation>
    </message>
    <message>
        <source>Send this invite to the person you want to join. With it, Commonplace on their computer connects to yours, copies the whole commons and keeps it in sync.</source>
        <translation>Отправьте это приглашение человеку, которого хотите позвать. С ним Commonplace на его компьютере подключится к вашему, скопирует всю вики и будет поддерживать её в синхронизации.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whoever holds this invite can join this commons and read everything in it.&lt;/b&gt; Give it only to the person you mean, in a private message, and do not post it where others can see it.</source>
        <translation>&lt;b&gt;Любой, у кого есть это приглашение, может присоединиться к этой вики и прочитать в ней всё.&lt;/b&gt; Передайте его только тому, кому оно предназначено, в личном сообщении, и не публикуйте там, где его увидят другие.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <source>&amp;Copy Invite</source>
        <translation>&amp;Копировать приглашение</translation>
    </message>
    <message>
        <source>No invite yet: this computer has no address where others can reach it.</source>
        <translation>Приглашения пока нет: у этого компьютера нет адреса, по которому до него могут добраться другие.</translation>
    </message>
    <message>
        <source>Commonplace is not listening for other members on this computer yet, so an invite would lead nowhere. It appears here as soon as this computer can be reached.</source>
        <translation>Commonplace на этом компьютере пока не принимает подключения других участников, поэтому приглашение никуда бы не вело. Оно появится здесь, как только до этого компьютера можно будет добраться.</translation>
    </message>
    <message>
        <source>This invite leads only to this computer (%1): it works for another profile here, not for someone on another computer.</source>
        <translation>Это приглашение ведёт только на этот компьютер (%1): оно подойдёт для другого профиля здесь, но не для человека за другим компьютером.</translation>
    </message>
    <message>
        <source>The invite leads to %1. The person can join while Commonplace runs here.</source>
        <translation>Приглашение ведёт на %1. Человек сможет присоединиться, пока здесь работает Commonplace.</translation>
    </message>
    <message>
        <source>Copied. Paste it into a private message to the person you invite.</source>
        <translation>Скопировано. Вставьте его в личное сообщение тому, кого приглашаете.</translation>
    </message>
</context>
<context>
    <name>cp::InviteViews</name>
    <message>
        <source>&amp;Invite Someone…</source>
        <translation>&amp;Пригласить участника…</translation>
    </message>
    <message>
        <source>Make an invite that lets someone join this commons</source>
        <translation>Создать приглашение, по которому кто-то сможет присоединиться к этой вики</translation>
    </message>
    <message>
        <source>&amp;Join a Commons…</source>
        <translation>&amp;Присоединиться к вики…</translation>
    </message>
    <message>
        <source>Join a commons with an invite someone sent you</source>
        <translation>Присоединиться к вики по приглашению, которое вам прислали</translation>
    </message>
    <message>
        <source>Could not make an invite to “%1”.</source>
        <translation>Не удалось создать приглашение в «%1».</translation>
    </message>
</context>
<context>
    <name>cp::JoinDialog</name>
    <message>
        <source>Join a Commons</source>
        <translation>Присоединение к вики</translation>
    </message>
    <message>
        <source>Paste the invite a member of the commons sent you. It starts with &lt;tt&gt;commonplace://invite/&lt;/tt&gt;.</source>
        <translation>Вставьте приглашение, которое вам прислал участник вики. Оно начинается с &lt;tt&gt;commonplace://invite/&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Хранить в:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Присоединиться</translation>
    </message>
    <message>
        <source>The commons&apos; name and who invited you appear here.</source>
        <translation>Здесь появятся название вики и имя пригласившего.</translation>
    </message>
    <message>
        <source>This invite is one you made yourself; it is for someone else to join your commons.</source>
        <translation>Это приглашение создали вы сами; оно нужно, чтобы кто-то другой присоединился к вашей вики.</translation>
    </message>
    <message>
        <source>You already keep “%1”, in %2.</source>
        <translation>У вас уже есть «%1», в %2.</translation>
    </message>
    <message>
        <source>an unnamed commons</source>
        <translation>вики без названия</translation>
    </message>
    <message>
        <source>“%1”, invited by %2</source>
        <translation>«%1», приглашение от %2</translation>
    </message>
    <message>
        <source>Choose a folder to keep the commons in.</source>
        <translation>Выберите папку, в которой будет храниться вики.</translation>
    </message>
    <message>
        <source>“%1” is a file; choose a new or empty folder.</source>
        <translation>«%1» — файл; выберите новую или пустую папку.</translation>
    </message>
    <message>
        <source>“%1” is not empty; choose a new or empty folder.</source>
        <translation>Папка «%1» не пуста; выберите новую или пустую папку.</translation>
    </message>
    <message>
        <source>Your identity is still loading; you can join in a moment.</source>
        <translation>Ваша цифровая личность ещё загружается; присоединиться можно будет через минуту.</translation>
    </message>
    <message>
        <source>Choose a New or Empty Folder</source>
        <translation>Выберите новую или пустую папку</translation>
    </message>
    <message>
        <source>Connected to the inviter; receiving the commons…</source>
        <translation>Соединение с пригласившим установлено; вики загружается…</translation>
    </message>
    <message>
        <source>Connecting to the inviter…</source>
        <translation>Подключение к пригласившему…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving the commons: %1, %n object(s)…</source>
        <translation>
            <numerusform>Загрузка вики: %1, %n объект…</numerusform>
            <numerusform>Загрузка вики: %1, %n объекта…</numerusform>
            <numerusform>Загрузка вики: %1, %n объектов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined.</source>
        <translation>Присоединение выполнено.</translation>
    </message>
    <message>
        <source>Joining was cancelled; nothing was kept.</source>
        <translation>Присоединение отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>Не удалось присоединиться: %1</translation>
    </message>
    <message>
        <source>Check that Commonplace runs on the inviter&apos;s computer and can be reached from here, then try again.</source>
        <translation>Проверьте, что на компьютере пригласившего работает Commonplace и до него можно добраться отсюда, затем попробуйте снова.</translation>
    </message>
    <message>
        <source>“%1”, invited by %2 (%3)</source>
        <translation>«%1», приглашение от %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cp::JoinTask</name>
    <message>
        <source>Joining was cancelled.</source>
        <translation>Присоединение отменено.</translation>
    </message>
</context>
<context>
    <name>cp::KeepBothPrompt</name>
    <message>
        <source>Changed outside Commonplace</source>
        <translation>Изменено вне Commonplace</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>Пока страница «%1» была открыта, её изменила другая программа.</translation>
    </message>
    <message>
        <source>Keep both versions? The other program&apos;s version is committed first, then yours on top of it; the history keeps both, and nothing is lost.</source>
        <translation>Сохранить обе версии? Сначала в коммит записывается версия другой программы, затем поверх неё ваша; в истории останутся обе, ничего не потеряется.</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Сохранить обе</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Could not commit the outside version of “%1”.</source>
        <translation>Не удалось записать в коммит внешнюю версию «%1».</translation>
    </message>
</context>
<context>
    <name>cp::KeyStore</name>
    <message>
        <source>The identity is being loaded; try again in a moment.</source>
        <translation>Цифровая личность загружается; попробуйте через минуту.</translation>
    </message>
    <message>
        <source>the keychain is turned off for this profile</source>
        <translation>системная связка ключей отключена для этого профиля</translation>
    </message>
    <message>
        <source>The identity kept in the system keychain (entry “%1” of %2) is damaged: %3</source>
        <translation>Цифровая личность в системной связке ключей (запись «%1» в %2) повреждена: %3</translation>
    </message>
    <message>
        <source>The system keychain no longer holds this profile&apos;s identity. Import your exported identity, or delete %1 to start over with a new one.</source>
        <translation>В системной связке ключей больше нет цифровой личности этого профиля. Импортируйте экспортированную личность или удалите %1, чтобы начать заново с новой.</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>она не ответила за %1 с</translation>
    </message>
    <message>
        <source>This profile&apos;s identity is kept in the system keychain, which could not be used (%1). Unlock the keychain or start its service, then try again.</source>
        <translation>Цифровая личность этого профиля хранится в системной связке ключей, которой не удалось воспользоваться (%1). Разблокируйте связку ключей или запустите её службу и попробуйте снова.</translation>
    </message>
    <message>
        <source>No system keychain answered, so this profile&apos;s identity key is kept in the file %1, readable only by you. Anyone who can read that file can sign as you: keep it private, and keep an exported copy somewhere safe.</source>
        <translation>Системная связка ключей не ответила, поэтому ключ цифровой личности этого профиля хранится в файле %1, который можете читать только вы. Любой, кто может прочитать этот файл, может подписывать от вашего имени: берегите его и храните экспортированную копию в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>cp::Launcher</name>
    <message>
        <source>Could not create the commons.</source>
        <translation>Не удалось создать вики.</translation>
    </message>
    <message>
        <source>My commons</source>
        <translation>Моя вики</translation>
    </message>
    <message>
        <source>Your identity could not be loaded, so the commons cannot be created yet.</source>
        <translation>Не удалось загрузить вашу цифровую личность, поэтому вики пока нельзя создать.</translation>
    </message>
    <message>
        <source>Could not open the commons you joined.</source>
        <translation>Не удалось открыть вики, к которой вы присоединились.</translation>
    </message>
</context>
<context>
    <name>cp::LinkGraph</name>
    <message>
        <source>Finding the pages that link to “%1”</source>
        <translation>Поиск страниц, ссылающихся на «%1»</translation>
    </message>
    <message>
        <source>Finding the links of “%1”</source>
        <translation>Поиск ссылок страницы «%1»</translation>
    </message>
    <message>
        <source>Finding the pages nothing links to</source>
        <translation>Поиск страниц, на которые никто не ссылается</translation>
    </message>
    <message>
        <source>Finding the links to missing pages</source>
        <translation>Поиск ссылок на несуществующие страницы</translation>
    </message>
</context>
<context>
    <name>cp::LinkMaintenanceDialog</name>
    <message>
        <source>The lists show once the search index is built.</source>
        <translation>Списки появятся, когда будет построен поисковый индекс.</translation>
    </message>
    <message>
        <source>No page is called “%1”. Activate to start it.</source>
        <translation>Страницы «%1» нет. Откройте пункт, чтобы начать её.</translation>
    </message>
    <message>
        <source>linked from %1</source>
        <translation>ссылка со страницы %1</translation>
    </message>
    <message>
        <source>Orphans and Missing Links</source>
        <translation>Сироты и ссылки в никуда</translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation>Сироты (%1)</translation>
    </message>
    <message>
        <source>Pages that no other page links to</source>
        <translation>Страницы, на которые не ссылается ни одна другая</translation>
    </message>
    <message>
        <source>Missing Pages (%1)</source>
        <translation>Несуществующие страницы (%1)</translation>
    </message>
    <message>
        <source>Titles that links lead to but no page has</source>
        <translation>Названия, на которые ведут ссылки, но таких страниц нет</translation>
    </message>
</context>
<context>
    <name>cp::MainActions</name>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Страница</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;New Page…</source>
        <translation>&amp;Новая страница…</translation>
    </message>
    <message>
        <source>New Page</source>
        <translation>Новая страница</translation>
    </message>
    <message>
        <source>Start a new page</source>
        <translation>Начать новую страницу</translation>
    </message>
    <message>
        <source>&amp;Open Page…</source>
        <translation>&amp;Открыть страницу…</translation>
    </message>
    <message>
        <source>Find a page by its title</source>
        <translation>Найти страницу по названию</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save this page, with the summary if you wrote one</source>
        <translation>Сохранить страницу вместе с описанием изменений, если вы его написали</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить в&amp;сё</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the page you read before</source>
        <translation>Вернуться к странице, которую вы читали перед этой</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Editor Only</source>
        <translation>Только &amp;редактор</translation>
    </message>
    <message>
        <source>Show only the editor</source>
        <translation>Показывать только редактор</translation>
    </message>
    <message>
        <source>Editor &amp;and Preview</source>
        <translation>Редактор &amp;и просмотр</translation>
    </message>
    <message>
        <source>Show the editor and the preview side by side</source>
        <translation>Показывать редактор и просмотр рядом</translation>
    </message>
    <message>
        <source>&amp;Preview Only</source>
        <translation>Только &amp;просмотр</translation>
    </message>
    <message>
        <source>Show only the preview</source>
        <translation>Показывать только просмотр</translation>
    </message>
    <message>
        <source>&amp;About Commonplace</source>
        <translation>&amp;О программе Commonplace</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>cp::MainWindow</name>
    <message>
        <source>Main Tool Bar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Не удалось открыть «%1».</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Страница «%1» сохранена.</translation>
    </message>
    <message>
        <source>This link does not lead to a page.</source>
        <translation>Эта ссылка не ведёт на страницу.</translation>
    </message>
    <message>
        <source>Commonplace does not follow links like %1.</source>
        <translation>Commonplace не открывает такие ссылки: %1.</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>About Commonplace</source>
        <translation>О программе Commonplace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;A wiki for a circle of equals. Every member keeps the whole commons, writes offline, and decides which changes from the others to accept.&lt;/p&gt;&lt;p&gt;Pages are markdown files in a git repository; there is no server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Commonplace %1&lt;/h3&gt;&lt;p&gt;Вики для круга равных. Каждый участник хранит всю вики целиком, пишет без сети и сам решает, какие правки других принять.&lt;/p&gt;&lt;p&gt;Страницы — это файлы markdown в репозитории git; сервера нет.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Could not open the commons you joined.</source>
        <translation>Не удалось открыть вики, к которой вы присоединились.</translation>
    </message>
</context>
<context>
    <name>cp::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>cp::PageCommands</name>
    <message>
        <source>New page</source>
        <translation>Новая страница</translation>
    </message>
    <message>
        <source>&amp;Title of the new page:</source>
        <translation>&amp;Название новой страницы:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>This link does not name a page that can exist.</source>
        <translation>Эта ссылка указывает на название, которое не может быть у страницы.</translation>
    </message>
    <message>
        <source>There is no page called “%1” yet.</source>
        <translation>Страницы «%1» пока нет.</translation>
    </message>
    <message>
        <source>Start writing it now? It is added to the commons when you save it.</source>
        <translation>Начать её сейчас? Она появится в вики, когда вы её сохраните.</translation>
    </message>
    <message>
        <source>Create Page</source>
        <translation>Создать страницу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Rename Page</source>
        <translation>Переименование страницы</translation>
    </message>
    <message>
        <source>&amp;New title for “%1”:</source>
        <translation>&amp;Новое название для «%1»:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Could not rename “%1”.</source>
        <translation>Не удалось переименовать «%1».</translation>
    </message>
    <message>
        <source>Delete Page</source>
        <translation>Удаление страницы</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>The page leaves the commons. Its earlier versions stay in the history.</source>
        <translation>Страница исчезнет из вики. Её прежние версии останутся в истории.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation>Не удалось удалить «%1».</translation>
    </message>
</context>
<context>
    <name>cp::PageEditor</name>
    <message>
        <source>No commons is open.</source>
        <translation>Вики не открыта.</translation>
    </message>
    <message>
        <source>There is no page to save.</source>
        <translation>Нет страницы, которую можно сохранить.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>Не удалось сохранить «%1».</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>В странице «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before you go on? Unsaved changes are lost otherwise.</source>
        <translation>Сохранить их, прежде чем продолжить? Иначе они пропадут.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>New page, not saved yet</source>
        <translation>Новая страница, ещё не сохранена</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Choose a page on the left, or start a new one with %1.</source>
        <translation>Выберите страницу слева или начните новую сочетанием %1.</translation>
    </message>
    <message>
        <source>Write in markdown. [[Page title]] links to another page.</source>
        <translation>Пишите в markdown. [[Название страницы]] — ссылка на другую страницу.</translation>
    </message>
    <message>
        <source>“%1” was changed outside Commonplace.</source>
        <translation>Страница «%1» изменена вне Commonplace.</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile in the same places you edited; nothing was saved.</source>
        <translation>Пока вы редактировали, «%1» изменили в тех же местах; ничего не сохранено.</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile in the same places you edited. Both versions are in the text now, between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines: keep what should stay, then Save.</source>
        <translation>Пока вы редактировали, «%1» изменили в тех же местах. Теперь в тексте обе версии, между строками &lt;&lt;&lt;&lt;&lt;&lt;&lt; и &gt;&gt;&gt;&gt;&gt;&gt;&gt;: оставьте нужное и сохраните.</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (by %2) in the same places you edited. Both versions are in the text now, between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines: keep what should stay, then Save.</source>
        <translation>Пока вы редактировали, «%1» изменил(а) %2 в тех же местах. Теперь в тексте обе версии, между строками &lt;&lt;&lt;&lt;&lt;&lt;&lt; и &gt;&gt;&gt;&gt;&gt;&gt;&gt;: оставьте нужное и сохраните.</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile; your unsaved edits are kept — Save will merge them.</source>
        <translation>Пока вы редактировали, «%1» изменили; ваши несохранённые правки остались — при сохранении они будут объединены.</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (by %2); your unsaved edits are kept — Save will merge them.</source>
        <translation>Пока вы редактировали, «%1» изменил(а) %2; ваши несохранённые правки остались — при сохранении они будут объединены.</translation>
    </message>
    <message>
        <source>“%1” still holds both versions between the &lt;&lt;&lt;&lt;&lt;&lt;&lt; mine and &gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs lines; keep what should stay, remove those lines, then save.</source>
        <translation>В «%1» всё ещё обе версии между строками &lt;&lt;&lt;&lt;&lt;&lt;&lt; mine и &gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs; оставьте нужное, удалите эти строки и сохраните.</translation>
    </message>
</context>
<context>
    <name>cp::PageName</name>
    <message>
        <source>A page needs a name.</source>
        <translation>У страницы должно быть название.</translation>
    </message>
    <message>
        <source>A page name cannot contain control characters such as tabs or line breaks: “%1”.</source>
        <translation>В названии страницы не может быть управляющих символов, например табуляции или переноса строки: «%1».</translation>
    </message>
    <message>
        <source>A page name cannot contain a backslash (\): “%1”. Use / to put a page in a folder.</source>
        <translation>В названии страницы не может быть обратной косой черты (\): «%1». Чтобы положить страницу в папку, используйте /.</translation>
    </message>
    <message>
        <source>“%1” is an absolute path. Page names are relative to the commons, such as “Folder/Page”.</source>
        <translation>«%1» — абсолютный путь. Названия страниц указываются относительно корня вики, например «Папка/Страница».</translation>
    </message>
    <message>
        <source>“%1” has an empty folder name: two slashes in a row or a slash at the end.</source>
        <translation>В «%1» пустое имя папки: две косые черты подряд или косая черта в конце.</translation>
    </message>
    <message>
        <source>“%1” uses “.” or “..” as a name, which is not allowed for pages or folders.</source>
        <translation>В «%1» в качестве имени используется «.» или «..», а так называть страницы и папки нельзя.</translation>
    </message>
    <message>
        <source>“%1” would be stored in .git, where git keeps its own data. Choose another name.</source>
        <translation>Страница «%1» оказалась бы в папке .git, где git хранит свои данные. Выберите другое название.</translation>
    </message>
    <message>
        <source>“%1” would be stored in .commonplace, which holds the settings of the commons. Choose another name.</source>
        <translation>Страница «%1» оказалась бы в папке .commonplace, где хранятся настройки вики. Выберите другое название.</translation>
    </message>
    <message>
        <source>“%1” is too long: a page or folder name may have at most %2 bytes (about %2 Latin or %3 Cyrillic letters).</source>
        <translation>Название «%1» слишком длинное: имя страницы или папки может занимать не больше %2 байт (около %2 латинских или %3 русских букв).</translation>
    </message>
    <message>
        <source>“%1” is too long: a page&apos;s full path may have at most %2 bytes.</source>
        <translation>Название «%1» слишком длинное: полный путь страницы может занимать не больше %2 байт.</translation>
    </message>
    <message>
        <source>“%1” is not a page: page files end in .md.</source>
        <translation>«%1» — не страница: файлы страниц оканчиваются на .md.</translation>
    </message>
</context>
<context>
    <name>cp::PageNameDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Use “/” to put the page in a folder, for example “Recipes/Soup”.</source>
        <translation>Чтобы положить страницу в папку, используйте «/», например «Рецепты/Суп».</translation>
    </message>
    <message>
        <source>A page called “%1” exists already.</source>
        <translation>Страница «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>cp::PageRenamer</name>
    <message>
        <source>A page needs a name.</source>
        <translation>У страницы должно быть название.</translation>
    </message>
    <message>
        <source>“%1” already has that name.</source>
        <translation>У «%1» уже такое название.</translation>
    </message>
    <message>
        <source>Renaming “%1”</source>
        <translation>Переименование «%1»</translation>
    </message>
    <message>
        <source>There is no page “%1” to rename.</source>
        <translation>Страницы «%1», которую нужно переименовать, нет.</translation>
    </message>
    <message>
        <source>A page called “%1” already exists.</source>
        <translation>Страница «%1» уже есть.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message numerus="yes">
        <source>Rename %1 to %2 and update %n link(s)</source>
        <translation>
            <numerusform>Переименовать %1 в %2 и обновить %n ссылку</numerusform>
            <numerusform>Переименовать %1 в %2 и обновить %n ссылки</numerusform>
            <numerusform>Переименовать %1 в %2 и обновить %n ссылок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::PageStore</name>
    <message>
        <source>A page needs a name.</source>
        <translation>У страницы должно быть название.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>There is no page “%1”.</source>
        <translation>Страницы «%1» нет.</translation>
    </message>
    <message>
        <source>Saving “%1”</source>
        <translation>Сохранение «%1»</translation>
    </message>
    <message>
        <source>A page called “%1” already exists.</source>
        <translation>Страница «%1» уже есть.</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Создать %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>“%1” already has that name.</source>
        <translation>У «%1» уже такое название.</translation>
    </message>
    <message>
        <source>There is no page “%1” to rename.</source>
        <translation>Страницы «%1», которую нужно переименовать, нет.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <source>Renaming “%1”</source>
        <translation>Переименование «%1»</translation>
    </message>
    <message>
        <source>There is no page “%1” to delete.</source>
        <translation>Страницы «%1», которую нужно удалить, нет.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Deleting “%1”</source>
        <translation>Удаление «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a version of a page.</source>
        <translation>«%1» — не версия страницы.</translation>
    </message>
    <message>
        <source>Reading the version of “%1” being edited</source>
        <translation>Чтение редактируемой версии «%1»</translation>
    </message>
    <message>
        <source>Merging “%1”</source>
        <translation>Объединение «%1»</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile in the same places you edited; nothing was saved. Combine both versions, then save again.</source>
        <translation>Пока вы редактировали, «%1» изменили в тех же местах; ничего не сохранено. Объедините обе версии и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>cp::PageTreePanel</name>
    <message>
        <source>Filter pages</source>
        <translation>Найти страницу</translation>
    </message>
    <message>
        <source>Show only the pages whose title contains this text</source>
        <translation>Показывать только страницы, в названии которых есть этот текст</translation>
    </message>
</context>
<context>
    <name>cp::PassphraseDialog</name>
    <message>
        <source>Export Identity</source>
        <translation>Экспорт личности</translation>
    </message>
    <message>
        <source>Import Identity</source>
        <translation>Импорт личности</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не меньше %n символа.</numerusform>
            <numerusform>Используйте не меньше %n символов.</numerusform>
            <numerusform>Используйте не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Работаю…</translation>
    </message>
</context>
<context>
    <name>cp::PeersPanel</name>
    <message>
        <source>LAN</source>
        <translation>Локальная сеть</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>Through other peers</source>
        <translation>Через других участников</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Связи ещё не было</translation>
    </message>
    <message>
        <source>Accept automatically</source>
        <translation>Принимать автоматически</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Review each change</source>
        <translation>Проверять каждое изменение</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(имени пока нет)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <source>Could not change how much you trust peer %1.</source>
        <translation>Не удалось изменить уровень доверия к участнику %1.</translation>
    </message>
    <message>
        <source>Peer %1: %2.</source>
        <translation>Участник %1: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Проблема:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The sync node is not running yet (it starts once your identity has loaded).</source>
        <translation>Узел синхронизации ещё не запущен (он запустится, когда загрузится ваша цифровая личность).</translation>
    </message>
    <message>
        <source>Listening for peers on port %1.</source>
        <translation>Ожидание участников на порту %1.</translation>
    </message>
    <message>
        <source>Not listening for peers: %1</source>
        <translation>Подключения участников не принимаются: %1</translation>
    </message>
    <message>
        <source>Not listening for peers: only outgoing connections are made.</source>
        <translation>Подключения участников не принимаются: устанавливаются только исходящие соединения.</translation>
    </message>
    <message>
        <source>No address to give others: they cannot dial this computer.</source>
        <translation>Нет адреса, который можно дать другим: они не могут подключиться к этому компьютеру.</translation>
    </message>
    <message>
        <source>Others are told to dial: %1</source>
        <translation>Другим сообщается адрес для подключения: %1</translation>
    </message>
    <message>
        <source>No peers known yet. Invite someone, or use “Connect to…” with an address a member gave you.</source>
        <translation>Участники пока неизвестны. Пригласите кого-нибудь или воспользуйтесь пунктом «Подключиться к…» с адресом, который вам дал участник.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз в сети</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокировать</translation>
    </message>
    <message>
        <source>Why am I not connected?</source>
        <translation>Почему нет подключения?</translation>
    </message>
    <message>
        <source>(failed attempts since the last connection: %1)</source>
        <translation>(неудачных попыток после последнего подключения: %1)</translation>
    </message>
    <message>
        <source>Tr&amp;ust:</source>
        <translation>До&amp;верие:</translation>
    </message>
    <message>
        <source>Co&amp;nnect to…</source>
        <translation>Подк&amp;лючиться к…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Ask the node again (F5)</source>
        <translation>Снова запросить состояние узла (F5)</translation>
    </message>
</context>
<context>
    <name>cp::RejectDialog</name>
    <message>
        <source>Reject Change</source>
        <translation>Отклонить изменение</translation>
    </message>
    <message>
        <source>Why do you reject “%1”? Your comment is signed and every peer sees it.</source>
        <translation>Почему вы отклоняете «%1»? Ваш комментарий подписывается, и его видят все участники.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
</context>
<context>
    <name>cp::RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>минуту назад</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>час назад</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in this year</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>cp::RenamePageCommand</name>
    <message>
        <source>Rename Page</source>
        <translation>Переименовать страницу</translation>
    </message>
    <message>
        <source>&amp;New title for “%1”:</source>
        <translation>&amp;Новое название для «%1»:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Links to “%1” were not updated: the search index is not ready.</source>
        <translation>Ссылки на «%1» не обновлены: поисковый индекс ещё не готов.</translation>
    </message>
    <message>
        <source>Other pages link to “%1”.</source>
        <translation>На «%1» ссылаются другие страницы.</translation>
    </message>
    <message>
        <source>one link</source>
        <translation>одну ссылку</translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n ссылку</numerusform>
            <numerusform>%n ссылки</numerusform>
            <numerusform>%n ссылок</numerusform>
        </translation>
    </message>
    <message>
        <source>in one page</source>
        <translation>на одной странице</translation>
    </message>
    <message numerus="yes">
        <source>in %n pages</source>
        <translation>
            <numerusform>на %n странице</numerusform>
            <numerusform>на %n страницах</numerusform>
            <numerusform>на %n страницах</numerusform>
        </translation>
    </message>
    <message>
        <source>Also update %1 %2?</source>
        <extracomment>%1 is &quot;one link&quot; or &quot;N links&quot;, %2 is &quot;in one page&quot; or &quot;in M pages&quot;</extracomment>
        <translation>Обновить также %1 %2?</translation>
    </message>
    <message>
        <source>The links and the page change together, in one commit.</source>
        <translation>Ссылки и страница изменятся вместе, одним коммитом.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Update Links</source>
        <translation>Обновить ссылки</translation>
    </message>
    <message>
        <source>Rename Only</source>
        <translation>Только переименовать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The search index is closed.</source>
        <translation>Поисковый индекс закрыт.</translation>
    </message>
    <message>
        <source>Could not rename “%1”.</source>
        <translation>Не удалось переименовать «%1».</translation>
    </message>
    <message>
        <source>Renamed “%1” and updated the links in one page.</source>
        <translation>Страница «%1» переименована, ссылки обновлены на одной странице.</translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” and updated the links in %n pages.</source>
        <translation>
            <numerusform>Страница «%1» переименована, ссылки обновлены на %n странице.</numerusform>
            <numerusform>Страница «%1» переименована, ссылки обновлены на %n страницах.</numerusform>
            <numerusform>Страница «%1» переименована, ссылки обновлены на %n страницах.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ReviewPanel</name>
    <message>
        <source>Reviewing needs your identity; it has not loaded yet.</source>
        <translation>Для проверки нужна ваша личность; она ещё не загружена.</translation>
    </message>
    <message>
        <source>Peer %1</source>
        <translation>Участник %1</translation>
    </message>
    <message>
        <source>Peer %1: blocked</source>
        <translation>Участник %1: заблокирован</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, accepted automatically</source>
        <translation>, принимается автоматически</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)%2</source>
        <translation>
            <numerusform>%1: %n изменение%2</numerusform>
            <numerusform>%1: %n изменения%2</numerusform>
            <numerusform>%1: %n изменений%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Ничто не ждёт вашей проверки.</translation>
    </message>
    <message>
        <source>Select a change to see what it does.</source>
        <translation>Выберите изменение, чтобы увидеть, что оно делает.</translation>
    </message>
    <message>
        <source>no verdicts yet</source>
        <translation>вердиктов пока нет</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;by %2, %3 · signature: %4 · commit %5&lt;br&gt;Pages: %6&lt;br&gt;Verdicts: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;автор: %2, %3 · подпись: %4 · коммит %5&lt;br&gt;Страницы: %6&lt;br&gt;Вердикты: %7</translation>
    </message>
    <message>
        <source>It builds on a change you rejected: approving applies this change alone.</source>
        <translation>Оно основано на отклонённом вами изменении: при одобрении будет применено только оно само.</translation>
    </message>
    <message>
        <source>Could not show the diff: %1</source>
        <translation>Не удалось показать различия: %1</translation>
    </message>
    <message>
        <source>Could not approve “%1”.</source>
        <translation>Не удалось одобрить «%1».</translation>
    </message>
    <message>
        <source>Could not approve the changes of peer %1.</source>
        <translation>Не удалось одобрить изменения участника %1.</translation>
    </message>
    <message>
        <source>Merged the change.</source>
        <translation>Изменение объединено.</translation>
    </message>
    <message>
        <source>Merge cancelled; your view is unchanged.</source>
        <translation>Слияние отменено; ваша версия не изменилась.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Одобрено.</translation>
    </message>
    <message>
        <source>Could not reject the change.</source>
        <translation>Не удалось отклонить изменение.</translation>
    </message>
    <message>
        <source>Rejected; every peer will see your comment.</source>
        <translation>Отклонено; все участники увидят ваш комментарий.</translation>
    </message>
    <message>
        <source>Could not change how much you trust peer %1.</source>
        <translation>Не удалось изменить уровень доверия к участнику %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Вердикты</translation>
    </message>
    <message>
        <source>Show &amp;source</source>
        <translation>Показать &amp;исходный текст</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <source>Take this change into your view (Ctrl+Return)</source>
        <translation>Принять это изменение в свою версию (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>О&amp;тклонить…</translation>
    </message>
    <message>
        <source>Refuse this change with a comment every peer sees (Ctrl+Shift+Delete)</source>
        <translation>Отклонить изменение с комментарием, который видят все участники (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Approve All from &amp;Peer</source>
        <translation>Одобрить всё от &amp;участника</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>&amp;Доверие:</translation>
    </message>
    <message>
        <source>Review each change</source>
        <translation>Проверять каждое изменение</translation>
    </message>
    <message>
        <source>Accept automatically</source>
        <translation>Принимать автоматически</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блокировать</translation>
    </message>
</context>
<context>
    <name>cp::ReviewViews</name>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Проверка (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from peers wait for your review</source>
        <translation>
            <numerusform>%n изменение от участников ждёт вашей проверки</numerusform>
            <numerusform>%n изменения от участников ждут вашей проверки</numerusform>
            <numerusform>%n изменений от участников ждут вашей проверки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::SaveBar</name>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>What did you change? (optional)</source>
        <translation>Что вы изменили? (необязательно)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save this page with the summary (%1)</source>
        <translation>Сохранить страницу с этим описанием (%1)</translation>
    </message>
</context>
<context>
    <name>cp::SearchIndex</name>
    <message>
        <source>Searching for “%1”</source>
        <translation>Поиск «%1»</translation>
    </message>
    <message>
        <source>Looking for titles like “%1”</source>
        <translation>Поиск названий, похожих на «%1»</translation>
    </message>
</context>
<context>
    <name>cp::SearchIndexStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Build Index</source>
        <translation>Построить индекс</translation>
    </message>
    <message>
        <source>Building the search index: %1 of %2 pages…</source>
        <translation>Строится поисковый индекс: %1 из %2 страниц…</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Строится поисковый индекс…</translation>
    </message>
    <message>
        <source>Search and links need the search index. %1</source>
        <translation>Поиску и ссылкам нужен поисковый индекс. %1</translation>
    </message>
</context>
<context>
    <name>cp::SearchPanel</name>
    <message>
        <source>No page contains “%1”.</source>
        <translation>Ни на одной странице нет «%1».</translation>
    </message>
    <message>
        <source>Search the text of every page</source>
        <translation>Искать в тексте всех страниц</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;two words&quot; finds a phrase, -word leaves pages out.</source>
        <translation>Должны встретиться все слова; &quot;два слова&quot; ищет фразу, -слово исключает страницы.</translation>
    </message>
</context>
<context>
    <name>cp::SecretHandshakeClient</name>
    <message>
        <source>A peer id must hold a 32-byte Ed25519 key; check the peer&apos;s address.</source>
        <translation>Идентификатор участника должен содержать 32-байтовый ключ Ed25519; проверьте адрес участника.</translation>
    </message>
    <message>
        <source>An ephemeral seed must be 32 bytes long.</source>
        <translation>Эфемерное начальное значение должно быть длиной 32 байта.</translation>
    </message>
    <message>
        <source>The handshake is not waiting for the server&apos;s hello.</source>
        <translation>Рукопожатие не ждёт приветствия сервера.</translation>
    </message>
    <message>
        <source>The peer answered with a handshake for another network: it is not a member of this commons.</source>
        <translation>Участник ответил рукопожатием для другой сети: он не участник этой вики.</translation>
    </message>
    <message>
        <source>The handshake is not waiting for the server&apos;s acceptance.</source>
        <translation>Рукопожатие не ждёт подтверждения сервера.</translation>
    </message>
    <message>
        <source>The peer could not prove it holds the expected peer id; the address may point to someone else.</source>
        <translation>Участник не смог доказать, что у него ожидаемый идентификатор; возможно, адрес указывает на кого-то другого.</translation>
    </message>
</context>
<context>
    <name>cp::SecretHandshakeKeys</name>
    <message>
        <source>An identity needs a 32-byte public key and a 64-byte secret key.</source>
        <translation>Цифровой личности нужны 32-байтовый открытый ключ и 64-байтовый секретный ключ.</translation>
    </message>
    <message>
        <source>The secret key does not belong to this public key; the identity is damaged.</source>
        <translation>Секретный ключ не соответствует этому открытому ключу; цифровая личность повреждена.</translation>
    </message>
    <message>
        <source>An identity seed must be 32 bytes long.</source>
        <translation>Начальное значение цифровой личности должно быть длиной 32 байта.</translation>
    </message>
</context>
<context>
    <name>cp::SecretHandshakeServer</name>
    <message>
        <source>A handshake server needs at least one network key to answer for.</source>
        <translation>Серверу рукопожатия нужен хотя бы один сетевой ключ, за который он отвечает.</translation>
    </message>
    <message>
        <source>An ephemeral seed must be 32 bytes long.</source>
        <translation>Эфемерное начальное значение должно быть длиной 32 байта.</translation>
    </message>
    <message>
        <source>The handshake is not waiting for a client hello.</source>
        <translation>Рукопожатие не ждёт приветствия клиента.</translation>
    </message>
    <message>
        <source>A peer knocked with a network key none of our commons uses.</source>
        <translation>Участник постучался с сетевым ключом, которого нет ни у одной нашей вики.</translation>
    </message>
    <message>
        <source>The peer&apos;s ephemeral key is unusable.</source>
        <translation>Эфемерный ключ участника непригоден.</translation>
    </message>
    <message>
        <source>The handshake is not waiting for the client&apos;s authentication.</source>
        <translation>Рукопожатие не ждёт аутентификации клиента.</translation>
    </message>
    <message>
        <source>The peer could not prove its identity, or it expected another peer id at this address.</source>
        <translation>Участник не смог подтвердить свою личность или ожидал по этому адресу другой идентификатор участника.</translation>
    </message>
    <message>
        <source>The handshake cannot accept a client that has not authenticated.</source>
        <translation>Рукопожатие не может принять клиента, который не прошёл аутентификацию.</translation>
    </message>
    <message>
        <source>The handshake is not complete yet.</source>
        <translation>Рукопожатие ещё не завершено.</translation>
    </message>
</context>
<context>
    <name>cp::SelectionDiff</name>
    <message>
        <source>nothing before</source>
        <translation>ничего до неё</translation>
    </message>
    <message>
        <source>as saved now</source>
        <translation>в сохранённом виде</translation>
    </message>
</context>
<context>
    <name>cp::SyncNode</name>
    <message>
        <source>This commons is not shared with peers: %1</source>
        <translation>Эта вики не синхронизируется с участниками: %1</translation>
    </message>
    <message>
        <source>Port %1 is taken (%2); listening on another port.</source>
        <translation>Порт %1 занят (%2); используется другой порт.</translation>
    </message>
    <message>
        <source>Not listening for peers: %1 You can still connect to others.</source>
        <translation>Подключения участников не принимаются: %1 Вы по-прежнему можете подключаться к другим.</translation>
    </message>
    <message>
        <source>The sync node could not start: %1</source>
        <translation>Не удалось запустить узел синхронизации: %1</translation>
    </message>
</context>
<context>
    <name>cp::SyncStatus</name>
    <message>
        <source>Sync starting…</source>
        <translation>Синхронизация запускается…</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Синхронизации нет</translation>
    </message>
    <message>
        <source>Not syncing this commons yet</source>
        <translation>Эта вики пока не синхронизируется</translation>
    </message>
    <message>
        <source>No peers online</source>
        <translation>Нет участников в сети</translation>
    </message>
    <message>
        <source>Peers of this commons and how they are reached: open the Peers panel.</source>
        <translation>Участники этой вики и как до них добраться: откройте панель «Участники».</translation>
    </message>
    <message>
        <source> · last exchange %1</source>
        <translation> · последний обмен %1</translation>
    </message>
    <message>
        <source>Last exchange: %1</source>
        <translation>Последний обмен: %1</translation>
    </message>
    <message numerus="yes">
        <source>Transferring changes: %1, %n object(s)</source>
        <translation>
            <numerusform>Передача изменений: %1, %n объект</numerusform>
            <numerusform>Передача изменений: %1, %n объекта</numerusform>
            <numerusform>Передача изменений: %1, %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>1 peer online</source>
        <translation>В сети 1 участник</translation>
    </message>
    <message numerus="yes">
        <source>%n peers online</source>
        <translation>
            <numerusform>%n участник в сети</numerusform>
            <numerusform>%n участника в сети</numerusform>
            <numerusform>%n участников в сети</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::SyncViews</name>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Не удалось подключиться к %1: %2</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Who this commons syncs with, and why a peer is not connected</source>
        <translation>С кем синхронизируется эта вики и почему участник не подключён</translation>
    </message>
    <message>
        <source>Connect to a peer by its address (peer-id@host:port)</source>
        <translation>Подключиться к участнику по его адресу (peer-id@host:port)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Not syncing: your identity could not be loaded (see the notice above).</source>
        <translation>Синхронизации нет: не удалось загрузить вашу цифровую личность (см. уведомление выше).</translation>
    </message>
    <message>
        <source>Co&amp;nnect to…</source>
        <translation>Подк&amp;лючиться к…</translation>
    </message>
</context>
<context>
    <name>cp::WelcomeCommons</name>
    <message>
        <source>Started with Commonplace</source>
        <translation>Начато в Commonplace</translation>
    </message>
    <message>
        <source>The welcome page %1 is missing from the program.</source>
        <translation>В программе нет приветственной страницы %1.</translation>
    </message>
    <message>
        <source>Add the welcome page “%1”</source>
        <translation>Добавить приветственную страницу «%1»</translation>
    </message>
</context>
<context>
    <name>cp::WikiIndex</name>
    <message>
        <source>There is no search index yet.</source>
        <translation>Поискового индекса ещё нет.</translation>
    </message>
    <message>
        <source>The search index is not open.</source>
        <translation>Поисковый индекс не открыт.</translation>
    </message>
    <message>
        <source>The search index is being rebuilt already.</source>
        <translation>Поисковый индекс уже перестраивается.</translation>
    </message>
    <message>
        <source>The search index is being rebuilt.</source>
        <translation>Поисковый индекс перестраивается.</translation>
    </message>
    <message>
        <source>The search index is being rebuilt; try again when it is done.</source>
        <translation>Поисковый индекс перестраивается; попробуйте снова, когда он будет готов.</translation>
    </message>
    <message>
        <source>The search index needs to be rebuilt: %1</source>
        <translation>Поисковый индекс нужно построить заново: %1</translation>
    </message>
</context>
<context>
    <name>cp::WikiTools</name>
    <message>
        <source>Could not attach “%1”.</source>
        <translation>Не удалось приложить «%1».</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>Приложен файл %1.</translation>
    </message>
    <message>
        <source>Could not keep a draft: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>“%1” was changed outside Commonplace and read again.</source>
        <translation>Страница «%1» изменена вне Commonplace и перечитана.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>&amp;Search Pages…</source>
        <translation>&amp;Искать по страницам…</translation>
    </message>
    <message>
        <source>Search the text of every page (%1)</source>
        <translation>Искать в тексте всех страниц (%1)</translation>
    </message>
    <message>
        <source>&amp;Orphans and Missing Links…</source>
        <translation>&amp;Сироты и ссылки в никуда…</translation>
    </message>
    <message>
        <source>Re&amp;build Search Index</source>
        <translation>&amp;Перестроить поисковый индекс</translation>
    </message>
    <message>
        <source>Could not look for outside changes: %1</source>
        <translation>Не удалось проверить внешние изменения: %1</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>Поиск недоступен: %1</translation>
    </message>
</context>
<context>
    <name>cp::WorkingCopy</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Не удаётся удалить %1.</translation>
    </message>
    <message>
        <source>The change is committed, but the working folder could not follow</source>
        <translation>Изменение записано в историю, но рабочую папку обновить не удалось</translation>
    </message>
</context>
<context>
    <name>cp::cli</name>
    <message>
        <source>Use the profile in DIR instead of the default one</source>
        <translation>Использовать профиль из DIR вместо профиля по умолчанию</translation>
    </message>
    <message>
        <source>Print structured output as JSON</source>
        <translation>Выводить структурированный результат в JSON</translation>
    </message>
    <message>
        <source>Show help</source>
        <translation>Показать справку</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Показать версию</translation>
    </message>
    <message>
        <source>Usage: commonplace-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]</source>
        <translation>Использование: commonplace-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Commonplace from the command line: create a commons, list, show and edit its pages.</source>
        <translation>Commonplace из командной строки: создание вики, просмотр списка страниц, вывод и правка страниц.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Show help for a command</source>
        <translation>Показать справку по команде</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <source>Run “commonplace-cli help COMMAND” for the options of a command.</source>
        <translation>Параметры команды покажет «commonplace-cli help COMMAND».</translation>
    </message>
    <message>
        <source>Usage: commonplace-cli %1 %2</source>
        <translation>Использование: commonplace-cli %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>commonplace-cli: there is no command “%1”.</source>
        <translation>commonplace-cli: команды «%1» нет.</translation>
    </message>
    <message>
        <source>commonplace-cli: there is no command “%1”. Run “commonplace-cli --help” for the list.</source>
        <translation>commonplace-cli: команды «%1» нет. Список команд покажет «commonplace-cli --help».</translation>
    </message>
    <message>
        <source>Run “commonplace-cli help %1” for its usage.</source>
        <translation>Как ею пользоваться, покажет «commonplace-cli help %1».</translation>
    </message>
    <message>
        <source>Missing arguments. Usage: commonplace-cli %1 %2</source>
        <translation>Не хватает аргументов. Использование: commonplace-cli %1 %2</translation>
    </message>
    <message>
        <source>%1 takes no argument “%2”.</source>
        <translation>%1 не принимает аргумент «%2».</translation>
    </message>
    <message>
        <source>  (renamed from %1)</source>
        <translation>  (прежнее имя: %1)</translation>
    </message>
    <message>
        <source>  (created)</source>
        <translation>  (создание)</translation>
    </message>
    <message>
        <source>  (deleted)</source>
        <translation>  (удаление)</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit требует положительного числа.</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes.</source>
        <translation>--max-size требует положительного числа мегабайт.</translation>
    </message>
    <message>
        <source>Nothing to commit: no page or attachment was changed outside Commonplace.</source>
        <translation>Записывать нечего: ни одна страница и ни одно вложение не изменены вне Commonplace.</translation>
    </message>
    <message>
        <source>The commit message</source>
        <translation>Сообщение коммита</translation>
    </message>
    <message>
        <source>Show the history of a commons or of one page, newest first</source>
        <translation>Показать историю вики или одной страницы, сначала новые изменения</translation>
    </message>
    <message>
        <source>One line per commit: short id, time, author, signature state (verified, unsigned, bad, unknown) and summary. With PAGE, only the commits that changed it, following renames. With --json, prints one array of objects.</source>
        <translation>По строке на коммит: короткий идентификатор, время, автор, состояние подписи (verified — проверена, unsigned — нет подписи, bad — неверна, unknown — неизвестна) и описание. С PAGE — только коммиты, которые её меняли, с учётом переименований. С --json выводит один массив объектов.</translation>
    </message>
    <message>
        <source>Show at most N commits</source>
        <translation>Показать не больше N коммитов</translation>
    </message>
    <message>
        <source>Start from REV instead of main</source>
        <translation>Начать с REV вместо main</translation>
    </message>
    <message>
        <source>Show how a page changed between two versions</source>
        <translation>Показать, как страница изменилась между двумя версиями</translation>
    </message>
    <message>
        <source>Unified diff of PAGE at REV1 against REV2, or against the file on disk when REV2 is left out. Revisions as git names them: an id (or its beginning), main, main~2. --words marks changed words [-old-]{+new+}.</source>
        <translation>Унифицированный diff страницы PAGE в версии REV1 относительно REV2 или, если REV2 не указана, относительно файла на диске. Версии называются так же, как в git: идентификатор (или его начало), main, main~2. --words отмечает изменённые слова [-old-]{+new+}.</translation>
    </message>
    <message>
        <source>Mark the changed words inside lines</source>
        <translation>Отмечать изменённые слова внутри строк</translation>
    </message>
    <message>
        <source>Bring back a page&apos;s text from an old version, as a new commit</source>
        <translation>Вернуть текст страницы из старой версии новым коммитом</translation>
    </message>
    <message>
        <source>Prints the new commit&apos;s id. Refuses when the page&apos;s file holds an edit made outside Commonplace: commit it first with commit-changes.</source>
        <translation>Печатает идентификатор нового коммита. Отказывается, если в файле страницы есть правка, сделанная вне Commonplace: сначала запишите её командой commit-changes.</translation>
    </message>
    <message>
        <source>Add a file under attachments/ and print the markdown that links it</source>
        <translation>Добавить файл в attachments/ и напечатать ссылку на него в markdown</translation>
    </message>
    <message>
        <source>Commits the file (a safe, unused name is chosen). The link is relative to PAGE&apos;s folder when given. Files over the limit (20 MB unless the settings say otherwise) are refused.</source>
        <translation>Записывает файл в коммит (выбирается безопасное свободное имя). Если указана PAGE, ссылка даётся относительно папки этой страницы. Файлы больше предела (20 МБ, если в настройках не указано иное) не принимаются.</translation>
    </message>
    <message>
        <source>The page the link is for</source>
        <translation>Страница, для которой нужна ссылка</translation>
    </message>
    <message>
        <source>The size limit in megabytes</source>
        <translation>Предел размера в мегабайтах</translation>
    </message>
    <message>
        <source>List pages and attachments changed on disk outside Commonplace</source>
        <translation>Перечислить страницы и вложения, изменённые на диске вне Commonplace</translation>
    </message>
    <message>
        <source>One line per file: added, modified, removed or conflicted, and its path. Commit them with commit-changes.</source>
        <translation>По строке на файл: added (добавлен), modified (изменён), removed (удалён) или conflicted (в конфликте) и его путь. Записать их в коммит можно командой commit-changes.</translation>
    </message>
    <message>
        <source>Commit the pages and attachments changed outside Commonplace</source>
        <translation>Записать в коммит страницы и вложения, изменённые вне Commonplace</translation>
    </message>
    <message>
        <source>All of them, or only the given paths, as they are on disk, in one commit. Prints the new commit&apos;s id.</source>
        <translation>Все или только указанные пути, в том виде, в каком они на диске, одним коммитом. Печатает идентификатор нового коммита.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the export.</source>
        <translation>%1 уже существует; выберите для экспорта новое имя файла.</translation>
    </message>
    <message>
        <source>Passphrase to protect the exported identity: </source>
        <translation>Парольная фраза для защиты экспортируемой цифровой личности: </translation>
    </message>
    <message>
        <source>Exported the identity %1 to %2. Keep the file and its passphrase in different places.</source>
        <translation>Цифровая личность %1 экспортирована в %2. Храните файл и парольную фразу в разных местах.</translation>
    </message>
    <message>
        <source>This profile now signs as %1.</source>
        <translation>Теперь этот профиль подписывает как %1.</translation>
    </message>
    <message>
        <source>This profile already is %1; nothing changed.</source>
        <translation>У этого профиля уже личность %1; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Passphrase of the exported identity %1: </source>
        <translation>Парольная фраза экспортированной цифровой личности %1: </translation>
    </message>
    <message>
        <source>This profile already has the identity %1. Importing %2 would replace it, and %1 would be lost unless you exported it. Export it first if you may need it, then run again with --replace.</source>
        <translation>У этого профиля уже есть цифровая личность %1. Импорт %2 заменит её, и %1 будет потеряна, если вы её не экспортировали. Если она может понадобиться, сначала экспортируйте её, затем запустите команду снова с --replace.</translation>
    </message>
    <message>
        <source>identity takes “export” or “import”, not “%1”.</source>
        <translation>identity принимает «export» или «import», а не «%1».</translation>
    </message>
    <message>
        <source>Print this profile&apos;s peer id, creating the identity on first use</source>
        <translation>Напечатать идентификатор участника этого профиля (при первом использовании создаётся цифровая личность)</translation>
    </message>
    <message>
        <source>The peer id is a did:key made from this profile&apos;s Ed25519 key; every commit the profile makes is signed with that key. With --json, prints {&quot;id&quot;, &quot;pid&quot;, &quot;shortId&quot;, &quot;name&quot;, &quot;publicKey&quot; (OpenSSH), &quot;storage&quot; (keychain or file), &quot;created&quot;, &quot;keyFile&quot;}.</source>
        <translation>Идентификатор участника — это did:key, полученный из ключа Ed25519 этого профиля; каждый коммит профиля подписывается этим ключом. С --json выводит {&quot;id&quot;, &quot;pid&quot;, &quot;shortId&quot;, &quot;name&quot;, &quot;publicKey&quot; (OpenSSH), &quot;storage&quot; (keychain или file), &quot;created&quot;, &quot;keyFile&quot;}.</translation>
    </message>
    <message>
        <source>Move this profile&apos;s identity to another machine, sealed with a passphrase</source>
        <translation>Перенести цифровую личность этого профиля на другой компьютер, защитив её парольной фразой</translation>
    </message>
    <message>
        <source>export writes the identity to a new FILE sealed with a passphrase (argon2id and XSalsa20-Poly1305); import makes FILE&apos;s identity this profile&apos;s. The passphrase is read from --passphrase-file, else from the environment variable COMMONPLACE_PASSPHRASE, else typed on the terminal without echo; never from the command line. A wrong passphrase changes nothing and exits with 1.</source>
        <translation>export записывает цифровую личность в новый файл FILE, защищённый парольной фразой (argon2id и XSalsa20-Poly1305); import делает личность из FILE личностью этого профиля. Парольная фраза читается из --passphrase-file, иначе из переменной окружения COMMONPLACE_PASSPHRASE, иначе вводится в терминале без отображения; из командной строки — никогда. Неверная парольная фраза ничего не меняет, код выхода 1.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of F</source>
        <translation>Прочитать парольную фразу из первой строки F</translation>
    </message>
    <message>
        <source>import: replace the identity this profile already has</source>
        <translation>import: заменить уже имеющуюся у этого профиля цифровую личность</translation>
    </message>
    <message>
        <source>Loading this profile&apos;s identity</source>
        <translation>Загрузка цифровой личности этого профиля</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>подключено к %1</translation>
    </message>
    <message>
        <source>disconnected from %1</source>
        <translation>отключено от %1</translation>
    </message>
    <message>
        <source>disconnected from %1: %2</source>
        <translation>отключено от %1: %2</translation>
    </message>
    <message>
        <source>received the signed refs of %1, seq %2</source>
        <translation>получены подписанные ссылки %1, seq %2</translation>
    </message>
    <message>
        <source>announced my signed refs, seq %1, in %2</source>
        <translation>мои подписанные ссылки объявлены, seq %1, в %2</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>отвергнут %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not HOST:PORT to listen on (port 0 picks a free one).</source>
        <translation>«%1» — не ХОСТ:ПОРТ, который можно слушать (порт 0 выбирает свободный).</translation>
    </message>
    <message>
        <source>Listen on an IP address (such as 0.0.0.0 or 127.0.0.1), not “%1”.</source>
        <translation>Слушать можно IP-адрес (например, 0.0.0.0 или 127.0.0.1), а не «%1».</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>Обслуживание %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Прослушивание %1</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>остановка</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout принимает число секунд.</translation>
    </message>
    <message>
        <source>received %1 KiB, %2 objects</source>
        <translation>получено %1 КиБ, объектов: %2</translation>
    </message>
    <message>
        <source>Joined “%1” in %2.</source>
        <translation>Вы присоединились к «%1» в %2.</translation>
    </message>
    <message>
        <source>Joining took longer than %1 s; check that the inviter&apos;s node is running and reachable, then try again.</source>
        <translation>Присоединение заняло больше %1 с; проверьте, что узел пригласившего запущен и доступен, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Joining was interrupted.</source>
        <translation>Присоединение прервано.</translation>
    </message>
    <message>
        <source>%1 knows no peer to sync with; add one with `commonplace-cli connect` or join with an invite.</source>
        <translation>%1 не знает ни одного участника для синхронизации; добавьте его командой `commonplace-cli connect` или присоединитесь по приглашению.</translation>
    </message>
    <message>
        <source>No peer could be reached (%1).</source>
        <translation>Ни с одним участником не удалось связаться (%1).</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>не удалось связаться с %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced with %n peer(s).</source>
        <translation>
            <numerusform>Синхронизировано с %n участником.</numerusform>
            <numerusform>Синхронизировано с %n участниками.</numerusform>
            <numerusform>Синхронизировано с %n участниками.</numerusform>
        </translation>
    </message>
    <message>
        <source>it closed the connection</source>
        <translation>он закрыл соединение</translation>
    </message>
    <message>
        <source>Not converged after %1 s; still waiting for %2.</source>
        <translation>Синхронизация не завершилась за %1 с; всё ещё ждём: %2.</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>объекты</translation>
    </message>
    <message>
        <source>Sync was interrupted.</source>
        <translation>Синхронизация прервана.</translation>
    </message>
    <message>
        <source>Run a node for the commons in DIR... in the foreground</source>
        <translation>Запустить узел для вики в DIR... на переднем плане</translation>
    </message>
    <message>
        <source>The address and port to listen on</source>
        <translation>Адрес и порт, которые нужно слушать</translation>
    </message>
    <message>
        <source>An address to tell peers instead of the listening ones (repeatable)</source>
        <translation>Адрес, который сообщать участникам вместо прослушиваемых (можно указать несколько раз)</translation>
    </message>
    <message>
        <source>Join a commons from an invite into a new folder</source>
        <translation>Присоединиться к вики по приглашению в новую папку</translation>
    </message>
    <message>
        <source>Give up after S seconds (default 300)</source>
        <translation>Прекратить попытки через S секунд (по умолчанию 300)</translation>
    </message>
    <message>
        <source>Exchange with the known peers until converged, then exit</source>
        <translation>Обмениваться с известными участниками до полной синхронизации, затем выйти</translation>
    </message>
    <message>
        <source>Connects to every peer in the address book, sends my signed refs and fetches theirs. Exits 0 once every reachable peer is done (unreachable ones are named on standard error); non-zero with the reason when none can be reached or it takes longer than S seconds (default 60).</source>
        <translation>Подключается к каждому участнику из адресной книги, отправляет мои подписанные ссылки и получает их ссылки. Выходит с кодом 0, как только закончен обмен с каждым доступным участником (недоступные перечисляются в стандартном потоке ошибок); с ненулевым кодом и причиной — если ни с кем не удалось связаться или обмен занял больше S секунд (по умолчанию 60).</translation>
    </message>
    <message>
        <source>Give up after S seconds</source>
        <translation>Прекратить попытки через S секунд</translation>
    </message>
    <message>
        <source>COMMONPLACE_PASSPHRASE is set but empty; put the passphrase in it, or unset it to be asked on the terminal.</source>
        <translation>Переменная COMMONPLACE_PASSPHRASE задана, но пуста; запишите в неё парольную фразу или удалите её, чтобы фраза запрашивалась в терминале.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Не удаётся прочитать файл парольной фразы %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty; its first line must be the passphrase.</source>
        <translation>Файл парольной фразы %1 пуст; его первой строкой должна быть парольная фраза.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase. Give it with --passphrase-file FILE or in the environment variable COMMONPLACE_PASSPHRASE.</source>
        <translation>Нет терминала, чтобы запросить парольную фразу. Передайте её через --passphrase-file FILE или в переменной окружения COMMONPLACE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No passphrase was typed; nothing was done.</source>
        <translation>Парольная фраза не введена; ничего не сделано.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Введите её ещё раз: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done. Try again.</source>
        <translation>Парольные фразы не совпадают; ничего не сделано. Попробуйте снова.</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>От %1:</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Ничто не ждёт проверки.</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>коммит %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>author %1 &lt;%2&gt;  %3</source>
        <translation>автор %1 &lt;%2&gt;  %3</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>подпись %1</translation>
    </message>
    <message>
        <source>sits on a change you rejected: approving applies it alone</source>
        <translation>основано на отклонённом вами изменении: при одобрении будет применено только оно само</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 от %2: %3</translation>
    </message>
    <message>
        <source>already in your view; accepted</source>
        <translation>уже в вашей версии; принято</translation>
    </message>
    <message>
        <source>fast-forwarded to %1</source>
        <translation>перемотано вперёд до %1</translation>
    </message>
    <message>
        <source>merged as %1</source>
        <translation>слито как %1</translation>
    </message>
    <message>
        <source>applied alone as %1</source>
        <translation>применено отдельно как %1</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>конфликты</translation>
    </message>
    <message>
        <source>Approving %1 conflicts with your view in %2; nothing was changed. Resolve it in the app&apos;s review panel.</source>
        <translation>Одобрение %1 конфликтует с вашей версией в %2; ничего не изменено. Разрешите конфликт в панели проверки приложения.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name the changes to approve or give --peer PID, not both.</source>
        <translation>Укажите либо изменения для одобрения, либо --peer PID, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>Say why with -m REASON: a rejection needs a comment.</source>
        <translation>Объясните причину с помощью -m REASON: для отклонения нужен комментарий.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>%1 отклонено.</translation>
    </message>
    <message>
        <source>Use review list DIR, review show DIR CHANGE, review approve DIR CHANGE… | --peer PID, or review reject DIR CHANGE -m REASON.</source>
        <translation>Используйте review list DIR, review show DIR CHANGE, review approve DIR CHANGE… | --peer PID или review reject DIR CHANGE -m REASON.</translation>
    </message>
    <message>
        <source>The trust level is review, auto or block.</source>
        <translation>Уровень доверия — review, auto или block.</translation>
    </message>
    <message>
        <source>List, show, approve or reject the changes peers offer</source>
        <translation>Перечислить, показать, одобрить или отклонить изменения, предложенные участниками</translation>
    </message>
    <message>
        <source>CHANGE is a commit id or a unique prefix of one. Approving fast-forwards, merges with a signed commit, or applies the change alone when it sits on one you rejected; a conflict changes nothing and is resolved in the app. Every verdict is a signed note on refs/notes/reviews.</source>
        <translation>CHANGE — идентификатор коммита или его однозначное начало. Одобрение выполняет перемотку вперёд, слияние с подписанным коммитом или применяет изменение отдельно, если оно основано на отклонённом вами; при конфликте ничего не меняется, и он разрешается в приложении. Каждое решение — подписанная заметка в refs/notes/reviews.</translation>
    </message>
    <message>
        <source>approve: everything pending from this peer</source>
        <translation>approve: всё ожидающее от этого участника</translation>
    </message>
    <message>
        <source>reject: why (required)</source>
        <translation>reject: причина (обязательно)</translation>
    </message>
    <message>
        <source>Show or set how a peer&apos;s changes are taken</source>
        <translation>Показать или задать, как принимаются изменения участника</translation>
    </message>
    <message>
        <source>review: each change waits for you (the default); auto: approved as they arrive; block: nothing from this peer is queued.</source>
        <translation>review: каждое изменение ждёт вашей проверки (по умолчанию); auto: одобряются по мере поступления; block: от этого участника ничего не ставится в очередь.</translation>
    </message>
    <message>
        <source>Building the search index: %1 of %2 pages</source>
        <translation>Построение поискового индекса: %1 из %2 страниц</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 10000.</source>
        <translation>--limit требует числа от 1 до 10000.</translation>
    </message>
    <message>
        <source>There is no page “%1”, and no page links to it.</source>
        <translation>Страницы «%1» нет, и на неё не ссылается ни одна страница.</translation>
    </message>
    <message>
        <source>Links from %1:</source>
        <translation>Ссылки со страницы %1:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (нет такой страницы)</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Ссылаются сюда:</translation>
    </message>
    <message>
        <source>%1 (linked from %2)</source>
        <translation>%1 (ссылается %2)</translation>
    </message>
    <message>
        <source>Rebuilt the search index %1.</source>
        <translation>Поисковый индекс %1 перестроен.</translation>
    </message>
    <message>
        <source>Search the pages of a commons, best matches first</source>
        <translation>Искать по страницам вики, сначала лучшие совпадения</translation>
    </message>
    <message>
        <source>All words must occur; &quot;a phrase&quot; in quotes; -word excludes; the last word also matches as a prefix. Accents and letter case are ignored. Prints each page&apos;s title and a snippet; with --json, an array of {&quot;title&quot;, &quot;snippet&quot; (HTML, matches in &lt;b&gt;), &quot;score&quot;}. Builds the index first when there is none.</source>
        <translation>Должны встретиться все слова; &quot;фраза&quot; — в кавычках; -слово исключает; последнее слово совпадает и как начало слова. Ударения, диакритика и регистр букв не учитываются. Печатает заголовок каждой страницы и фрагмент текста; с --json — массив {&quot;title&quot;, &quot;snippet&quot; (HTML, совпадения в &lt;b&gt;), &quot;score&quot;}. Если индекса нет, сначала строит его.</translation>
    </message>
    <message>
        <source>At most N results (default 20)</source>
        <translation>Не больше N результатов (по умолчанию 20)</translation>
    </message>
    <message>
        <source>Show the links of a page and the pages that link to it</source>
        <translation>Показать ссылки страницы и страницы, которые ссылаются на неё</translation>
    </message>
    <message>
        <source>With --json, prints {&quot;page&quot;, &quot;links&quot;: [{&quot;title&quot;, &quot;exists&quot;}], &quot;backlinks&quot;: [titles]}.</source>
        <translation>С --json выводит {&quot;page&quot;, &quot;links&quot;: [{&quot;title&quot;, &quot;exists&quot;}], &quot;backlinks&quot;: [titles]}.</translation>
    </message>
    <message>
        <source>List the pages no other page links to</source>
        <translation>Перечислить страницы, на которые не ссылается ни одна другая</translation>
    </message>
    <message>
        <source>With --json, prints one JSON array of titles.</source>
        <translation>С --json выводит один массив JSON с заголовками.</translation>
    </message>
    <message>
        <source>List links to pages that do not exist, with the pages that hold them</source>
        <translation>Перечислить ссылки на несуществующие страницы вместе со страницами, где они стоят</translation>
    </message>
    <message>
        <source>With --json, prints an array of {&quot;title&quot;, &quot;linkedFrom&quot;: [titles]}.</source>
        <translation>С --json выводит массив {&quot;title&quot;, &quot;linkedFrom&quot;: [titles]}.</translation>
    </message>
    <message>
        <source>Rebuild the search index and link graph of a commons from its history</source>
        <translation>Перестроить поисковый индекс и граф ссылок вики по её истории</translation>
    </message>
    <message>
        <source>The index lives in .git/commonplace/index.sqlite and is kept up to date by itself; this is for a damaged one.</source>
        <translation>Индекс хранится в .git/commonplace/index.sqlite и обновляется сам; эта команда — для повреждённого индекса.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Author: %1 &lt;%2&gt;</source>
        <translation>Автор: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Note: the author field does not name the signer; the commit was made and signed by %1.</source>
        <translation>Примечание: в поле автора указан не тот, кто подписал; коммит сделал и подписал %1.</translation>
    </message>
    <message>
        <source>Print an allowed-signers file with which stock git checks a commons</source>
        <translation>Напечатать файл allowed-signers, с которым обычный git проверяет вики</translation>
    </message>
    <message>
        <source>One line per key that signed a commit anywhere in the commons (my view, every peer&apos;s view, reviews), and this profile&apos;s own key; the principal is the peer id. Then: git -c gpg.format=ssh -c gpg.ssh.allowedSignersFile=FILE verify-commit HEAD</source>
        <translation>По строке на каждый ключ, которым подписан коммит где-либо в вики (моя версия, версии всех участников, проверки), и на собственный ключ этого профиля; principal — идентификатор участника. Затем: git -c gpg.format=ssh -c gpg.ssh.allowedSignersFile=FILE verify-commit HEAD</translation>
    </message>
    <message>
        <source>Check the signature of a commit (default: the latest on main)</source>
        <translation>Проверить подпись коммита (по умолчанию — последнего в main)</translation>
    </message>
    <message>
        <source>REV is anything git understands: a commit id or its start, a branch, HEAD~2. Prints verified (with the signer&apos;s peer id), unsigned, or bad (with the reason). Exits with 0 only when verified, 1 when unsigned or bad. With --json, prints {&quot;commit&quot;, &quot;state&quot;, &quot;signer&quot;, &quot;reason&quot;, &quot;author&quot;, &quot;signedByAuthor&quot;}.</source>
        <translation>REV — всё, что понимает git: идентификатор коммита или его начало, ветка, HEAD~2. Печатает verified (с идентификатором подписавшего участника), unsigned или bad (с причиной). Код выхода 0 — только если подпись проверена, 1 — если подписи нет или она неверна. С --json выводит {&quot;commit&quot;, &quot;state&quot;, &quot;signer&quot;, &quot;reason&quot;, &quot;author&quot;, &quot;signedByAuthor&quot;}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 at %2 is in the address book of %3; `serve` or `sync` will connect to it.</source>
        <translation>%1 по адресу %2 добавлен в адресную книгу %3; `serve` или `sync` подключатся к нему.</translation>
    </message>
    <message>
        <source>  %1  main %2  seq %3  pending %4  last exchange %5%6</source>
        <translation>  %1  main %2  seq %3  ожидает %4  последний обмен %5%6</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>  at %1</source>
        <translation>  по адресу %1</translation>
    </message>
    <message>
        <source>Commons “%1” (%2) at %3</source>
        <translation>Вики «%1» (%2) в %3</translation>
    </message>
    <message>
        <source>I am %1; my signed refs are at seq %2.</source>
        <translation>Я %1; мои подписанные ссылки на seq %2.</translation>
    </message>
    <message>
        <source>No signed refs of mine yet: `serve` or `sync` makes them.</source>
        <translation>Моих подписанных ссылок ещё нет: их создают `serve` или `sync`.</translation>
    </message>
    <message>
        <source>No peers yet: add one with `connect` or join with an invite.</source>
        <translation>Участников пока нет: добавьте участника командой `connect` или присоединитесь по приглашению.</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s):</source>
        <translation>
            <numerusform>%n участник:</numerusform>
            <numerusform>%n участника:</numerusform>
            <numerusform>%n участников:</numerusform>
        </translation>
    </message>
    <message>
        <source>Print an invite to the commons in DIR: whoever has it can join</source>
        <translation>Напечатать приглашение в вики из DIR: кто его получит, сможет присоединиться</translation>
    </message>
    <message>
        <source>The invite carries the commons&apos; network key, this peer&apos;s id and the addresses to reach it at: those given, else the ones `serve` last listened on, else this machine&apos;s addresses on port 47474. Keep it secret.</source>
        <translation>Приглашение содержит сетевой ключ вики, идентификатор этого участника и адреса, по которым до него можно добраться: указанные, иначе те, что последними слушал `serve`, иначе адреса этого компьютера на порту 47474. Держите его в секрете.</translation>
    </message>
    <message>
        <source>An address where this node can be reached (repeatable)</source>
        <translation>Адрес, по которому доступен этот узел (можно указать несколько раз)</translation>
    </message>
    <message>
        <source>Add a peer&apos;s address to the address book of the commons in DIR</source>
        <translation>Добавить адрес участника в адресную книгу вики в DIR</translation>
    </message>
    <message>
        <source>The address names the peer id that must answer there (the handshake checks it). A running `serve` picks the change up within a second.</source>
        <translation>В адресе указан идентификатор участника, который должен там ответить (рукопожатие это проверяет). Запущенный `serve` заметит изменение в течение секунды.</translation>
    </message>
    <message>
        <source>Created the commons “%1” in %2 (id %3).</source>
        <translation>Вики «%1» создана в %2 (идентификатор %3).</translation>
    </message>
    <message>
        <source>edit needs the new text either from a file (--from FILE) or from standard input (-).</source>
        <translation>edit нужен новый текст из файла (--from FILE) или со стандартного ввода (-).</translation>
    </message>
    <message>
        <source>edit takes no argument “%1”.</source>
        <translation>edit не принимает аргумент «%1».</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>The new text is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation>Новый текст — не корректный UTF-8; сохраните его в UTF-8 и попробуйте снова.</translation>
    </message>
    <message>
        <source>Create a new commons in a new or empty folder</source>
        <translation>Создать новую вики в новой или пустой папке</translation>
    </message>
    <message>
        <source>Makes DIR a git repository on branch main whose first commit holds .commonplace/commons.json. The commons id is that commit&apos;s id.</source>
        <translation>Делает DIR репозиторием git с веткой main, первый коммит которой содержит .commonplace/commons.json. Идентификатор вики — идентификатор этого коммита.</translation>
    </message>
    <message>
        <source>The commons&apos; name (default: the folder&apos;s name)</source>
        <translation>Название вики (по умолчанию — имя папки)</translation>
    </message>
    <message>
        <source>A sentence saying what it is for</source>
        <translation>Одна фраза о том, для чего она</translation>
    </message>
    <message>
        <source>List the pages of a commons, one title per line</source>
        <translation>Перечислить страницы вики, по заголовку на строку</translation>
    </message>
    <message>
        <source>Print the markdown of a page</source>
        <translation>Напечатать markdown страницы</translation>
    </message>
    <message>
        <source>PAGE is a title such as “Folder/Page”. With --json, prints {&quot;page&quot;, &quot;text&quot;}.</source>
        <translation>PAGE — заголовок вида «Папка/Страница». С --json выводит {&quot;page&quot;, &quot;text&quot;}.</translation>
    </message>
    <message>
        <source>Save a page from a file or from standard input, and print the commit id</source>
        <translation>Сохранить страницу из файла или со стандартного ввода и напечатать идентификатор коммита</translation>
    </message>
    <message>
        <source>Creates the page if it does not exist. Saving unchanged text makes no commit and prints the current one. With --json, prints {&quot;page&quot;, &quot;commit&quot;, &quot;changed&quot;}.</source>
        <translation>Создаёт страницу, если её нет. Сохранение неизменённого текста не создаёт коммит и печатает текущий. С --json выводит {&quot;page&quot;, &quot;commit&quot;, &quot;changed&quot;}.</translation>
    </message>
    <message>
        <source>Read the new text from FILE</source>
        <translation>Прочитать новый текст из FILE</translation>
    </message>
    <message>
        <source>The commit message (default: “Edit PAGE”)</source>
        <translation>Сообщение коммита (по умолчанию: «Изменить PAGE»)</translation>
    </message>
    <message>
        <source>found %1 on this network at %2</source>
        <translation>%1 найден в этой сети по адресу %2</translation>
    </message>
    <message>
        <source>port mapping: %1</source>
        <translation>проброс портов: %1</translation>
    </message>
    <message>
        <source>Listens on one port for all of them (default 0.0.0.0:47474; port 0 picks a free one), prints each address it can be reached at as PEER-ID@HOST:PORT, then logs to standard error. Connects to the peers in each address book, and announces commits made by any program. Finds members on this network by LAN discovery (UDP port 47474) and maps the port on the router (UPnP or NAT-PMP) unless told not to. Stops cleanly on SIGINT or SIGTERM.</source>
        <translation>Слушает один порт для всех них (по умолчанию 0.0.0.0:47474; порт 0 выбирает свободный), печатает каждый адрес, по которому до узла можно добраться, в виде PEER-ID@HOST:PORT, затем пишет журнал в стандартный поток ошибок. Подключается к участникам из адресной книги каждой вики и объявляет коммиты, сделанные любой программой. Находит участников в локальной сети (UDP-порт 47474) и пробрасывает порт на маршрутизаторе (UPnP или NAT-PMP), если это не отключено. Корректно останавливается по SIGINT или SIGTERM.</translation>
    </message>
    <message>
        <source>Do not announce on or look for members on the local network</source>
        <translation>Не объявлять себя и не искать участников в локальной сети</translation>
    </message>
    <message>
        <source>Do not ask the router to forward the listening port</source>
        <translation>Не просить маршрутизатор пробрасывать прослушиваемый порт</translation>
    </message>
    <message>
        <source>Connects to the inviter, fetches everything with progress on standard error, checks it, and checks out the inviter&apos;s main as mine. Exits 0 when done; on failure nothing is left in DIR. When the invite&apos;s addresses do not answer, looks for the inviter on this network.</source>
        <translation>Подключается к пригласившему, получает всё, показывая ход в стандартном потоке ошибок, проверяет полученное и делает ветку main пригласившего своей. По завершении выходит с кодом 0; при ошибке в DIR ничего не остаётся. Если адреса из приглашения не отвечают, ищет пригласившего в этой сети.</translation>
    </message>
    <message>
        <source>Do not look for the inviter on the local network</source>
        <translation>Не искать пригласившего в локальной сети</translation>
    </message>
    <message>
        <source>on this network</source>
        <translation>в этой сети</translation>
    </message>
    <message>
        <source>over the internet</source>
        <translation>через интернет</translation>
    </message>
    <message>
        <source>through other peers</source>
        <translation>через других участников</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>связи ещё не было</translation>
    </message>
    <message>
        <source>  %1 (%2)  %3, %4%5  last seen %6  trust: %7%8</source>
        <translation>  %1 (%2)  %3, %4%5  последний раз в сети %6  доверие: %7%8</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(имени пока нет)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> по адресу %1</translation>
    </message>
    <message>
        <source>  last error: %1</source>
        <translation>  последняя ошибка: %1</translation>
    </message>
    <message>
        <source>A node runs (process %1), listening on port %2; it tells peers %3.</source>
        <translation>Узел работает (процесс %1) и слушает порт %2; участникам он сообщает %3.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>нет адреса</translation>
    </message>
    <message>
        <source>A node runs (process %1) but does not listen%2.</source>
        <translation>Узел работает (процесс %1), но не принимает подключений%2.</translation>
    </message>
    <message>
        <source>Port mapping: %1</source>
        <translation>Проброс портов: %1</translation>
    </message>
    <message>
        <source>LAN discovery: %1</source>
        <translation>Поиск в локальной сети: %1</translation>
    </message>
    <message>
        <source>No node of this commons runs (start one with `serve`); below is what the address book and the records know.</source>
        <translation>Узел этой вики не запущен (запустите его командой `serve`); ниже — то, что известно адресной книге и записям.</translation>
    </message>
    <message>
        <source>Show the peers of a commons, how they are reached, and the node&apos;s state</source>
        <translation>Показать участников вики, как до них добраться и состояние узла</translation>
    </message>
    <message>
        <source>Per peer: name, short id, online or not, how it is reached (LAN, internet, through other peers), address, last seen, last error, trust, its head, last exchange and pending changes (commits on its view that are not in mine). When a node of this commons runs (`serve`), also its listening port, port mapping and LAN discovery; otherwise says so and shows what the address book knows. With --json, prints one object.</source>
        <translation>Для каждого участника: имя, короткий идентификатор, в сети ли он, как до него добраться (локальная сеть, интернет, через других участников), адрес, когда был в сети последний раз, последняя ошибка, доверие, его вершина, последний обмен и ожидающие изменения (коммиты в его версии, которых нет в моей). Если узел этой вики запущен (`serve`), также его порт, проброс портов и поиск в локальной сети; иначе сообщает об этом и показывает то, что известно адресной книге. С --json выводит один объект.</translation>
    </message>
</context>
<context>
    <name>cp::git</name>
    <message>
        <source>libgit2 error %1</source>
        <translation>ошибка libgit2 %1</translation>
    </message>
    <message>
        <source>object %1 is not in the repository</source>
        <translation>объекта %1 нет в репозитории</translation>
    </message>
    <message>
        <source>Invalid author or committer “%1 &lt;%2&gt;”</source>
        <translation>Недопустимый автор или коммиттер «%1 &lt;%2&gt;»</translation>
    </message>
    <message>
        <source>Cannot find folder tree %1</source>
        <translation>Не удаётся найти дерево папок %1</translation>
    </message>
    <message>
        <source>Cannot merge the two versions</source>
        <translation>Не удаётся объединить две версии</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>Cannot merge %1</source>
        <translation>Не удаётся объединить %1</translation>
    </message>
</context>
<context>
    <name>cp::git::Commit</name>
    <message>
        <source>Cannot read the tree of commit %1</source>
        <translation>Не удаётся прочитать дерево коммита %1</translation>
    </message>
    <message>
        <source>Cannot read the signature of commit %1</source>
        <translation>Не удаётся прочитать подпись коммита %1</translation>
    </message>
</context>
<context>
    <name>cp::git::Index</name>
    <message>
        <source>Cannot read the index</source>
        <translation>Не удаётся прочитать индекс</translation>
    </message>
    <message>
        <source>Cannot write the index</source>
        <translation>Не удаётся записать индекс</translation>
    </message>
    <message>
        <source>Cannot stage %1</source>
        <translation>Не удаётся добавить %1 в индекс</translation>
    </message>
    <message>
        <source>Cannot unstage %1</source>
        <translation>Не удаётся убрать %1 из индекса</translation>
    </message>
    <message>
        <source>Cannot load tree %1 into the index</source>
        <translation>Не удаётся загрузить дерево %1 в индекс</translation>
    </message>
    <message>
        <source>Cannot write the staged tree</source>
        <translation>Не удаётся записать дерево из индекса</translation>
    </message>
</context>
<context>
    <name>cp::git::Merge</name>
    <message>
        <source>Cannot find where %1 and %2 diverged</source>
        <translation>Не удаётся найти, где разошлись %1 и %2</translation>
    </message>
    <message>
        <source>Cannot walk the history of %1</source>
        <translation>Не удаётся пройти по истории %1</translation>
    </message>
    <message>
        <source>Cannot write the merged folder tree</source>
        <translation>Не удаётся записать объединённое дерево папок</translation>
    </message>
    <message>
        <source>Cannot list the merge conflicts</source>
        <translation>Не удаётся получить список конфликтов слияния</translation>
    </message>
    <message>
        <source>%1 is not resolved yet</source>
        <translation>%1 ещё не разрешён</translation>
    </message>
    <message>
        <source>Cannot resolve %1</source>
        <translation>Не удаётся разрешить %1</translation>
    </message>
    <message>
        <source>Cannot store the resolved %1</source>
        <translation>Не удаётся сохранить разрешённый %1</translation>
    </message>
    <message>
        <source>Cannot merge the two versions of the text</source>
        <translation>Не удаётся объединить две версии текста</translation>
    </message>
</context>
<context>
    <name>cp::git::Notes</name>
    <message>
        <source>Cannot read the note on %1 in %2</source>
        <translation>Не удаётся прочитать заметку к %1 в %2</translation>
    </message>
    <message>
        <source>Cannot write the note on %1 in %2</source>
        <translation>Не удаётся записать заметку к %1 в %2</translation>
    </message>
    <message>
        <source>Cannot list the notes in %1</source>
        <translation>Не удаётся получить список заметок в %1</translation>
    </message>
</context>
<context>
    <name>cp::git::Oid</name>
    <message>
        <source>“%1” is not a commit id: an id has %2 hexadecimal digits.</source>
        <translation>«%1» — не идентификатор коммита: в идентификаторе %2 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>“%1” is not a commit id: it has characters other than 0–9 and a–f.</source>
        <translation>«%1» — не идентификатор коммита: в нём есть символы, кроме 0–9 и a–f.</translation>
    </message>
    <message>
        <source>An object id has %1 bytes, not %2.</source>
        <translation>Идентификатор объекта занимает %1 байт, а не %2.</translation>
    </message>
</context>
<context>
    <name>cp::git::RefTransaction</name>
    <message>
        <source>Cannot start updating references</source>
        <translation>Не удаётся начать обновление ссылок</translation>
    </message>
    <message>
        <source>This reference update was committed already.</source>
        <translation>Это обновление ссылок уже зафиксировано.</translation>
    </message>
    <message>
        <source>Cannot lock %1; another program may be changing it, try again</source>
        <translation>Не удаётся заблокировать %1; возможно, его изменяет другая программа, попробуйте ещё раз</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2</source>
        <translation>Не удаётся переместить %1 на %2</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Не удаётся удалить %1</translation>
    </message>
    <message>
        <source>Cannot write the updated references</source>
        <translation>Не удаётся записать обновлённые ссылки</translation>
    </message>
</context>
<context>
    <name>cp::git::Repository</name>
    <message>
        <source>Cannot create a git repository in %1</source>
        <translation>Не удаётся создать репозиторий git в %1</translation>
    </message>
    <message>
        <source>There is no git repository at %1</source>
        <translation>В %1 нет репозитория git</translation>
    </message>
    <message>
        <source>Cannot store a file in the repository</source>
        <translation>Не удаётся сохранить файл в репозитории</translation>
    </message>
    <message>
        <source>Cannot hash a file</source>
        <translation>Не удаётся вычислить хеш файла</translation>
    </message>
    <message>
        <source>Cannot read file %1 from the repository</source>
        <translation>Не удаётся прочитать файл %1 из репозитория</translation>
    </message>
    <message>
        <source>Cannot find commit %1</source>
        <translation>Не удаётся найти коммит %1</translation>
    </message>
    <message>
        <source>Cannot find tree %1</source>
        <translation>Не удаётся найти дерево %1</translation>
    </message>
    <message>
        <source>Cannot read reference %1</source>
        <translation>Не удаётся прочитать ссылку %1</translation>
    </message>
    <message>
        <source>Cannot find reference %1</source>
        <translation>Не удаётся найти ссылку %1</translation>
    </message>
    <message>
        <source>%1 moved while this change was being made; nothing was changed, try again</source>
        <translation>%1 сдвинулась, пока вносилось это изменение; ничего не изменено, попробуйте ещё раз</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2</source>
        <translation>Не удаётся передвинуть %1 на %2</translation>
    </message>
    <message>
        <source>Cannot delete reference %1</source>
        <translation>Не удаётся удалить ссылку %1</translation>
    </message>
    <message>
        <source>Cannot list references</source>
        <translation>Не удаётся получить список ссылок</translation>
    </message>
    <message>
        <source>Cannot open the index of %1</source>
        <translation>Не удаётся открыть индекс %1</translation>
    </message>
    <message>
        <source>Cannot start a tree</source>
        <translation>Не удаётся начать дерево</translation>
    </message>
    <message>
        <source>Cannot walk the history</source>
        <translation>Не удаётся пройти по истории</translation>
    </message>
    <message>
        <source>Cannot read the repository configuration</source>
        <translation>Не удаётся прочитать настройки репозитория</translation>
    </message>
    <message>
        <source>Cannot read %1 from the repository configuration</source>
        <translation>Не удаётся прочитать %1 из настроек репозитория</translation>
    </message>
    <message>
        <source>Cannot open the repository configuration</source>
        <translation>Не удаётся открыть настройки репозитория</translation>
    </message>
    <message>
        <source>Cannot write %1 to the repository configuration</source>
        <translation>Не удаётся записать %1 в настройки репозитория</translation>
    </message>
    <message>
        <source>Cannot find parent commit %1</source>
        <translation>Не удаётся найти родительский коммит %1</translation>
    </message>
    <message>
        <source>Cannot create a commit</source>
        <translation>Не удаётся создать коммит</translation>
    </message>
    <message>
        <source>Cannot prepare a commit</source>
        <translation>Не удаётся подготовить коммит</translation>
    </message>
    <message>
        <source>Signing the commit failed; nothing was committed</source>
        <translation>Не удалось подписать коммит; ничего не записано</translation>
    </message>
    <message>
        <source>The commit signer returned no usable signature; nothing was committed</source>
        <translation>Подпись коммита не получена; ничего не записано</translation>
    </message>
    <message>
        <source>Cannot store a signed commit</source>
        <translation>Не удаётся сохранить подписанный коммит</translation>
    </message>
    <message>
        <source>Cannot update the working folder %1</source>
        <translation>Не удаётся обновить рабочую папку %1</translation>
    </message>
    <message>
        <source>Cannot read the tree of HEAD</source>
        <translation>Не удаётся прочитать дерево HEAD</translation>
    </message>
    <message>
        <source>Cannot open the index</source>
        <translation>Не удаётся открыть индекс</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>Не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>Cannot write %1; check the permissions and free space.</source>
        <translation>Не удаётся записать %1; проверьте права доступа и свободное место.</translation>
    </message>
    <message>
        <source>Cannot update the index</source>
        <translation>Не удаётся обновить индекс</translation>
    </message>
</context>
<context>
    <name>cp::git::RevParse</name>
    <message>
        <source>No commit named: the name is empty.</source>
        <translation>Коммит не указан: имя пустое.</translation>
    </message>
    <message>
        <source>Cannot find the commit “%1” in %2</source>
        <translation>Не удаётся найти коммит «%1» в %2</translation>
    </message>
    <message>
        <source>“%1” does not name a commit</source>
        <translation>«%1» не указывает на коммит</translation>
    </message>
</context>
<context>
    <name>cp::git::RevWalk</name>
    <message>
        <source>Cannot walk from commit %1</source>
        <translation>Не удаётся пройти историю от коммита %1</translation>
    </message>
    <message>
        <source>Cannot walk from %1</source>
        <translation>Не удаётся пройти историю от %1</translation>
    </message>
    <message>
        <source>Cannot stop the walk at commit %1</source>
        <translation>Не удаётся остановить обход истории на коммите %1</translation>
    </message>
    <message>
        <source>Cannot walk the history</source>
        <translation>Не удаётся пройти по истории</translation>
    </message>
</context>
<context>
    <name>cp::git::Tree</name>
    <message>
        <source>Cannot look up %1</source>
        <translation>Не удаётся найти %1</translation>
    </message>
</context>
<context>
    <name>cp::git::TreeBuilder</name>
    <message>
        <source>Cannot add “%1” to a tree</source>
        <translation>Не удаётся добавить «%1» в дерево</translation>
    </message>
    <message>
        <source>Cannot remove “%1” from a tree</source>
        <translation>Не удаётся убрать «%1» из дерева</translation>
    </message>
    <message>
        <source>Cannot write a tree</source>
        <translation>Не удаётся записать дерево</translation>
    </message>
</context>
<context>
    <name>cp::git::TreeDiff</name>
    <message>
        <source>Cannot find folder tree %1</source>
        <translation>Не удаётся найти дерево папок %1</translation>
    </message>
</context>
<context>
    <name>cp::git::WorkdirStatus</name>
    <message>
        <source>Cannot compare the working folder %1 with the last commit</source>
        <translation>Не удаётся сравнить рабочую папку %1 с последним коммитом</translation>
    </message>
</context>
<context>
    <name>cp::net::Connection</name>
    <message>
        <source>The connection to the peer broke: %1</source>
        <translation>Соединение с участником прервалось: %1</translation>
    </message>
    <message>
        <source>The connection to the peer is closed; the message was not sent.</source>
        <translation>Соединение с участником закрыто; сообщение не отправлено.</translation>
    </message>
    <message>
        <source>A message of %1 bytes is over the limit of %2 bytes.</source>
        <translation>Сообщение размером %1 байт превышает предел в %2 байт.</translation>
    </message>
    <message>
        <source>The peer is not keeping up; wait before sending more.</source>
        <translation>Участник не успевает принимать; подождите, прежде чем отправлять ещё.</translation>
    </message>
    <message>
        <source>The peer closed the connection in the middle of a message.</source>
        <translation>Участник закрыл соединение посреди сообщения.</translation>
    </message>
    <message>
        <source>The peer did not answer our goodbye within %1 ms.</source>
        <translation>Участник не ответил на наше прощание за %1 мс.</translation>
    </message>
</context>
<context>
    <name>cp::net::Dialer</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Подключение к %1</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Не удалось подключиться к %1: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 ms; the peer may be offline.</source>
        <translation>Не удалось подключиться к %1 за %2 мс; возможно, участник не в сети.</translation>
    </message>
</context>
<context>
    <name>cp::net::HandshakeDriver</name>
    <message>
        <source>A peer we do not accept connections from (blocked) tried to connect.</source>
        <translation>Попытался подключиться участник, от которого мы не принимаем соединений (заблокирован).</translation>
    </message>
    <message>
        <source>The peer closed the connection during the handshake: it is not a member of this commons, or it is not the peer we expected at this address.</source>
        <translation>Участник закрыл соединение во время рукопожатия: он не участник этой вики или не тот, кого мы ждали по этому адресу.</translation>
    </message>
    <message>
        <source>The peer closed the connection during the handshake.</source>
        <translation>Участник закрыл соединение во время рукопожатия.</translation>
    </message>
    <message>
        <source>The handshake took longer than %1 ms; giving up.</source>
        <translation>Рукопожатие заняло больше %1 мс; попытка прекращена.</translation>
    </message>
</context>
<context>
    <name>cp::net::LanAnnouncement</name>
    <message>
        <source>A commons network key must be 32 bytes, not %1.</source>
        <translation>Сетевой ключ вики должен быть длиной 32 байта, а не %1.</translation>
    </message>
    <message>
        <source>A peer id must be 32 bytes, not %1.</source>
        <translation>Идентификатор участника должен быть длиной 32 байта, а не %1.</translation>
    </message>
    <message>
        <source>A LAN announcement needs the TCP port we listen on.</source>
        <translation>Объявлению в локальной сети нужен TCP-порт, который мы слушаем.</translation>
    </message>
    <message>
        <source>At most %1 commons fit in one LAN announcement, not %2.</source>
        <translation>В одно объявление в локальной сети помещается не больше %1 вики, а не %2.</translation>
    </message>
    <message>
        <source>A commons tag must be %1 bytes, not %2.</source>
        <translation>Метка вики должна быть длиной %1 байт, а не %2.</translation>
    </message>
    <message>
        <source>LAN datagram of %1 bytes refused: announcements are at most %2.</source>
        <translation>Датаграмма из локальной сети размером %1 байт отвергнута: объявления бывают не больше %2.</translation>
    </message>
    <message>
        <source>LAN datagram refused: it is not a Commonplace announcement.</source>
        <translation>Датаграмма из локальной сети отвергнута: это не объявление Commonplace.</translation>
    </message>
    <message>
        <source>LAN announcement refused: truncated at %1 bytes.</source>
        <translation>Объявление из локальной сети отвергнуто: оно обрезано на %1 байтах.</translation>
    </message>
    <message>
        <source>LAN announcement of version %1 refused: this version understands %2; update Commonplace.</source>
        <translation>Объявление из локальной сети версии %1 отвергнуто: эта версия понимает %2; обновите Commonplace.</translation>
    </message>
    <message>
        <source>LAN announcement refused: it names port 0.</source>
        <translation>Объявление из локальной сети отвергнуто: в нём указан порт 0.</translation>
    </message>
    <message>
        <source>LAN announcement refused: %1 commons, at most %2 allowed.</source>
        <translation>Объявление из локальной сети отвергнуто: вики в нём %1, а допускается не больше %2.</translation>
    </message>
    <message>
        <source>LAN announcement refused: %1 bytes for %2 commons tags, expected %3.</source>
        <translation>Объявление из локальной сети отвергнуто: %1 байт на %2 меток вики, ожидалось %3.</translation>
    </message>
</context>
<context>
    <name>cp::net::LanDiscovery</name>
    <message>
        <source>LAN discovery cannot listen on UDP port %1: %2. Peers on this network will not be found automatically; invites still work.</source>
        <translation>Поиск в локальной сети не может слушать UDP-порт %1: %2. Участники в этой сети не будут найдены автоматически; приглашения по-прежнему работают.</translation>
    </message>
    <message>
        <source>Sending to %1: %2</source>
        <translation>Отправка на %1: %2</translation>
    </message>
</context>
<context>
    <name>cp::net::Listener</name>
    <message>
        <source>A peer connected while no commons is open for sync.</source>
        <translation>Участник подключился, когда ни одна вики не открыта для синхронизации.</translation>
    </message>
    <message>
        <source>Too many handshakes at once; a peer was turned away.</source>
        <translation>Слишком много рукопожатий одновременно; одному участнику отказано.</translation>
    </message>
    <message>
        <source>Could not listen on port %1: %2. Another program may be using it; another port can be chosen (commonplace-cli serve --listen HOST:PORT).</source>
        <translation>Не удалось слушать порт %1: %2. Возможно, его занимает другая программа; можно выбрать другой порт (commonplace-cli serve --listen HOST:PORT).</translation>
    </message>
</context>
<context>
    <name>cp::net::NatPmpMapper</name>
    <message>
        <source>NAT-PMP cannot start (no default gateway?): %1</source>
        <translation>NAT-PMP не запускается (нет шлюза по умолчанию?): %1</translation>
    </message>
    <message>
        <source>NAT-PMP request failed: %1</source>
        <translation>Запрос NAT-PMP не удался: %1</translation>
    </message>
    <message>
        <source>no NAT-PMP answer from the gateway within %1 ms</source>
        <translation>шлюз не дал ответа NAT-PMP за %1 мс</translation>
    </message>
    <message>
        <source>the NAT-PMP gateway did not tell its address: %1</source>
        <translation>шлюз NAT-PMP не сообщил свой адрес: %1</translation>
    </message>
    <message>
        <source>the NAT-PMP gateway refused to map TCP port %1: %2</source>
        <translation>шлюз NAT-PMP отказался пробросить TCP-порт %1: %2</translation>
    </message>
    <message>
        <source>NAT-PMP cannot start: %1</source>
        <translation>NAT-PMP не запускается: %1</translation>
    </message>
    <message>
        <source>the NAT-PMP gateway did not confirm removing port %1: %2</source>
        <translation>шлюз NAT-PMP не подтвердил удаление проброса порта %1: %2</translation>
    </message>
</context>
<context>
    <name>cp::net::PortMapper</name>
    <message>
        <source>port mapping off</source>
        <translation>проброс портов выключен</translation>
    </message>
    <message>
        <source>looking for a UPnP or NAT-PMP router</source>
        <translation>поиск маршрутизатора с UPnP или NAT-PMP</translation>
    </message>
    <message>
        <source>mapped %1:%2 via %3</source>
        <translation>проброшен %1:%2 через %3</translation>
    </message>
    <message>
        <source>port mapping failed: %1</source>
        <translation>проброс портов не удался: %1</translation>
    </message>
</context>
<context>
    <name>cp::net::UpnpMapper</name>
    <message>
        <source>no UPnP router answered (error %1)</source>
        <translation>ни один маршрутизатор UPnP не ответил (ошибка %1)</translation>
    </message>
    <message>
        <source>the UPnP router says it is not connected to the internet</source>
        <translation>маршрутизатор UPnP сообщает, что не подключён к интернету</translation>
    </message>
    <message>
        <source>a UPnP device answered but it is not an internet gateway</source>
        <translation>ответило устройство UPnP, но это не интернет-шлюз</translation>
    </message>
    <message>
        <source>no UPnP internet gateway found</source>
        <translation>интернет-шлюз UPnP не найден</translation>
    </message>
    <message>
        <source>the UPnP router did not tell its external address: %1</source>
        <translation>маршрутизатор UPnP не сообщил свой внешний адрес: %1</translation>
    </message>
    <message>
        <source>the UPnP router refused to map TCP port %1 to %2: %3</source>
        <translation>маршрутизатор UPnP отказался пробросить TCP-порт %1 на %2: %3</translation>
    </message>
    <message>
        <source>the UPnP router did not remove the mapping of port %1: %2</source>
        <translation>маршрутизатор UPnP не удалил проброс порта %1: %2</translation>
    </message>
</context>
<context>
    <name>cp::node::Joiner</name>
    <message>
        <source>The invite names no address to reach the inviter at; ask for a new one.</source>
        <translation>В приглашении нет адреса, по которому можно связаться с пригласившим; попросите новое.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder to join into.</source>
        <translation>Папка %1 не пуста; выберите для присоединения новую или пустую папку.</translation>
    </message>
    <message>
        <source>Cannot reach the inviter</source>
        <translation>Не удаётся связаться с пригласившим</translation>
    </message>
    <message>
        <source>The inviter sent something that is refused</source>
        <translation>Пригласивший прислал то, что не принято</translation>
    </message>
    <message>
        <source>The inviter closed the connection before the commons was complete%1</source>
        <translation>Пригласивший закрыл соединение, прежде чем вики была получена полностью%1</translation>
    </message>
    <message>
        <source>The inviter publishes no main branch yet; try again in a moment.</source>
        <translation>Пригласивший ещё не публикует ветку main; попробуйте через минуту.</translation>
    </message>
    <message>
        <source>The inviter&apos;s main does not start at the commons the invite names.</source>
        <translation>Ветка main пригласившего не начинается с той вики, которую называет приглашение.</translation>
    </message>
    <message>
        <source>commonplace: joined from %1</source>
        <translation>commonplace: присоединение от %1</translation>
    </message>
    <message>
        <source>Cannot reach the inviter at the invite&apos;s addresses, nor find it on this network</source>
        <translation>Не удаётся связаться с пригласившим ни по адресам из приглашения, ни найти его в этой сети</translation>
    </message>
    <message>
        <source>The invite names no address to reach the inviter at</source>
        <translation>В приглашении нет адреса, по которому можно связаться с пригласившим</translation>
    </message>
</context>
<context>
    <name>cp::node::Node</name>
    <message>
        <source>The commons %1 is served already (from %2).</source>
        <translation>Вики %1 уже обслуживается (из %2).</translation>
    </message>
    <message>
        <source>The commons %1 is not served here.</source>
        <translation>Вики %1 здесь не обслуживается.</translation>
    </message>
    <message>
        <source>The address %1 does not name the peer that answers there.</source>
        <translation>Адрес %1 не называет участника, который там отвечает.</translation>
    </message>
    <message>
        <source>%1 is this node itself.</source>
        <translation>%1 — это сам этот узел.</translation>
    </message>
    <message>
        <source>Accepting a trusted peer&apos;s changes</source>
        <translation>Принятие изменений доверенного участника</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выключен</translation>
    </message>
    <message>
        <source>starts when the node listens</source>
        <translation>начнётся, когда узел начнёт принимать подключения</translation>
    </message>
    <message>
        <source>not running: %1</source>
        <translation>не работает: %1</translation>
    </message>
    <message numerus="yes">
        <source>announcing on %n interface(s) to UDP port %1</source>
        <translation>
            <numerusform>объявления через %n сетевой интерфейс на UDP-порт %1</numerusform>
            <numerusform>объявления через %n сетевых интерфейса на UDP-порт %1</numerusform>
            <numerusform>объявления через %n сетевых интерфейсов на UDP-порт %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) found on this network</source>
        <translation>
            <numerusform>в этой сети найден %n участник</numerusform>
            <numerusform>в этой сети найдено %n участника</numerusform>
            <numerusform>в этой сети найдено %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>last send error: %1</source>
        <translation>последняя ошибка отправки: %1</translation>
    </message>
</context>
<context>
    <name>cp::node::NodeThread</name>
    <message>
        <source>Listening</source>
        <translation>Прослушивание порта</translation>
    </message>
</context>
<context>
    <name>cp::sync</name>
    <message>
        <source>The peer broke the sync protocol: %1</source>
        <translation>Участник нарушил протокол синхронизации: %1</translation>
    </message>
    <message>
        <source>only SHA-1 object ids are supported</source>
        <translation>поддерживаются только идентификаторы объектов SHA-1</translation>
    </message>
    <message>
        <source>a record must be a map</source>
        <translation>запись должна быть словарём (map)</translation>
    </message>
    <message>
        <source>a record needs &quot;body&quot; and &quot;sig&quot; as bytes</source>
        <translation>записи нужны &quot;body&quot; и &quot;sig&quot; в виде байтов</translation>
    </message>
    <message>
        <source>an entry must be a map</source>
        <translation>элемент должен быть словарём (map)</translation>
    </message>
    <message>
        <source>The peer sent a message of unknown type &quot;%1&quot;.</source>
        <translation>Участник прислал сообщение неизвестного типа &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cp::sync::GossipHub</name>
    <message>
        <source>Another connection between us is kept.</source>
        <translation>Между нами уже есть другое соединение; оставлено оно.</translation>
    </message>
</context>
<context>
    <name>cp::sync::GossipSession</name>
    <message>
        <source>it did not say hello in time</source>
        <translation>он не поздоровался вовремя</translation>
    </message>
    <message>
        <source>The peer %1 was silent for %2 s; the connection was dropped.</source>
        <translation>Участник %1 молчал %2 с; соединение разорвано.</translation>
    </message>
    <message>
        <source>%1 ended the session: %2</source>
        <translation>%1 завершил сеанс: %2</translation>
    </message>
    <message>
        <source>it sent “%1” before hello</source>
        <translation>он прислал «%1» до приветствия</translation>
    </message>
    <message>
        <source>it said hello twice</source>
        <translation>он поздоровался дважды</translation>
    </message>
    <message>
        <source>it speaks protocol version %1</source>
        <translation>он говорит на протоколе версии %1</translation>
    </message>
    <message>
        <source>it is in another commons</source>
        <translation>он из другой вики</translation>
    </message>
    <message>
        <source>it replayed the record of %1 with seq %2, older than one it has seen</source>
        <translation>он повторно прислал запись %1 с seq %2 — старее той, что он уже видел</translation>
    </message>
    <message>
        <source>it acknowledged %1 refs messages of the %2 sent</source>
        <translation>он подтвердил %1 сообщений о ссылках из %2 отправленных</translation>
    </message>
    <message>
        <source>it sent a want with a malformed peer id</source>
        <translation>он прислал запрос want с искажённым идентификатором участника</translation>
    </message>
    <message>
        <source>Cannot send a pack to %1: %2</source>
        <translation>Не удаётся отправить пакет участнику %1: %2</translation>
    </message>
    <message>
        <source>it sent a pack nobody asked for</source>
        <translation>он прислал пакет, которого никто не просил</translation>
    </message>
    <message>
        <source>it sent pack %1 chunk %2 where pack %3 chunk %4 was due</source>
        <translation>он прислал пакет %1, часть %2, когда ожидался пакет %3, часть %4</translation>
    </message>
    <message>
        <source>Disconnecting %1: %2</source>
        <translation>Отключение %1: %2</translation>
    </message>
    <message>
        <source>The session with %1 ended.</source>
        <translation>Сеанс с %1 завершён.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut.</source>
        <translation>Соединение с %1 оборвано.</translation>
    </message>
    <message>
        <source>it sent an ihave with a malformed peer id</source>
        <translation>он прислал ihave с искажённым идентификатором участника</translation>
    </message>
    <message>
        <source>it sent a graft with a malformed peer id</source>
        <translation>он прислал graft с искажённым идентификатором участника</translation>
    </message>
</context>
<context>
    <name>cp::sync::WireCodec</name>
    <message>
        <source>A &quot;%1&quot; message of %2 bytes is over the limit of %3 bytes; send less at once.</source>
        <translation>Сообщение &quot;%1&quot; размером %2 байт превышает предел в %3 байт; отправляйте меньше за раз.</translation>
    </message>
    <message>
        <source>The peer sent a message of %1 bytes; the limit is %2.</source>
        <translation>Участник прислал сообщение размером %1 байт; предел — %2.</translation>
    </message>
    <message>
        <source>The peer sent a message that is not valid CBOR (%1).</source>
        <translation>Участник прислал сообщение, которое не является корректным CBOR (%1).</translation>
    </message>
    <message>
        <source>The peer sent bytes after the end of a message.</source>
        <translation>Участник прислал байты после конца сообщения.</translation>
    </message>
    <message>
        <source>The peer sent a message that is not a CBOR map.</source>
        <translation>Участник прислал сообщение, которое не является словарём CBOR (map).</translation>
    </message>
    <message>
        <source>The peer sent a message with a key that is not text.</source>
        <translation>Участник прислал сообщение с нетекстовым ключом.</translation>
    </message>
    <message>
        <source>The peer sent a message with a repeated key.</source>
        <translation>Участник прислал сообщение с повторяющимся ключом.</translation>
    </message>
    <message>
        <source>The peer sent a message without a type (&quot;t&quot;).</source>
        <translation>Участник прислал сообщение без типа (&quot;t&quot;).</translation>
    </message>
    <message>
        <source>The peer sent a &quot;%1&quot; message of %2 bytes; the limit is %3.</source>
        <translation>Участник прислал сообщение &quot;%1&quot; размером %2 байт; предел — %3.</translation>
    </message>
</context>
<context>
    <name>cp::sync::WireFields</name>
    <message>
        <source>The peer sent a malformed &quot;%1&quot; message: %2.</source>
        <translation>Участник прислал искажённое сообщение &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>нет поля &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>поле &quot;%1&quot; должно быть %2</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>байтами</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текстом</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массивом</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is negative</source>
        <translation>поле &quot;%1&quot; отрицательно</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation>поле &quot;%1&quot; должно быть true или false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only bytes</source>
        <translation>&quot;%1&quot; должно содержать только байты</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only text</source>
        <translation>&quot;%1&quot; должно содержать только текст</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commonplace</source>
        <translation>Commonplace</translation>
    </message>
    <message>
        <source>A wiki for a circle of equals, kept together without a server.</source>
        <translation>Вики для круга равных — без сервера.</translation>
    </message>
    <message>
        <source>Keep settings, identity and commons in &lt;dir&gt; instead of the default.</source>
        <translation>Хранить настройки, ключи и вики в &lt;папке&gt;, а не в папке по умолчанию.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Sign changes with &lt;name&gt; and skip the first-run questions.</source>
        <translation>Подписывать правки &lt;именем&gt; и пропустить вопросы первого запуска.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Commonplace could not start.</source>
        <translation>Не удалось запустить Commonplace.</translation>
    </message>
</context>
</TS>
