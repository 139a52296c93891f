<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
        <source>Cannot list the objects of the pack</source>
        <translation>Не удаётся получить список объектов пакета</translation>
    </message>
    <message>
        <source>an object cannot be read</source>
        <translation>не удаётся прочитать объект</translation>
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
