#include "core/wiki/DraftStore.h"

#include "core/git/Repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace cp {

namespace {
const auto kSuffix = QStringLiteral(".draft");
constexpr int kFormat = 1;
// Temporary files QSaveFile leaves behind when its process is killed mid-write are
// removed once they are this old (a live writer finishes long before).
constexpr qint64 kStaleTemporarySeconds = 600;
} // namespace

DraftStore::DraftStore(QString folder) : m_folder(std::move(folder)) {}

DraftStore DraftStore::forRepository(const git::Repository& repo)
{
    return DraftStore(repo.gitDir() + QStringLiteral("/commonplace/drafts"));
}

QString DraftStore::fileFor(const PageName& page) const
{
    // Named by a hash of the page path: any title fits, whatever its length or characters.
    const QByteArray hash = QCryptographicHash::hash(page.path().toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + u'/' + QString::fromLatin1(hash) + kSuffix;
}

Status DraftStore::save(const Draft& draft)
{
    if (!draft.page.isValid())
        return fail(Error::user(tr("A draft needs the name of its page.")));
    if (!QDir().mkpath(m_folder))
        return fail(Error::io(tr("Cannot create the drafts folder %1.").arg(m_folder)));
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("page"), draft.page.title());
    o.insert(QStringLiteral("base"), draft.baseCommit);
    o.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("text"), draft.text);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QSaveFile file(fileFor(draft.page));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::io(
            tr("Cannot save the draft of “%1” in %2: %3.").arg(draft.page.title(), m_folder, file.errorString())));
    return {};
}

Result<Draft> DraftStore::read(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(tr("Cannot read the draft %1: %2.").arg(path, file.errorString())));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject o = doc.object();
    if (doc.isNull() || !doc.isObject() || o.value(QStringLiteral("format")).toInt() != kFormat ||
        !o.value(QStringLiteral("text")).isString())
        return fail(Error::user(tr("The draft %1 is damaged and cannot be recovered.").arg(path)));
    auto page = PageName::fromTitle(o.value(QStringLiteral("page")).toString());
    if (!page)
        return fail(page.error().context(tr("The draft %1 names no valid page").arg(path)));
    Draft draft;
    draft.page = *page;
    draft.text = o.value(QStringLiteral("text")).toString();
    draft.baseCommit = o.value(QStringLiteral("base")).toString();
    draft.savedAt = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    return draft;
}

Result<std::optional<Draft>> DraftStore::load(const PageName& page) const
{
    if (!page.isValid())
        return fail(Error::user(tr("A draft needs the name of its page.")));
    const QString path = fileFor(page);
    if (!QFileInfo::exists(path))
        return std::optional<Draft>();
    auto draft = read(path);
    if (!draft)
        return fail(draft.error());
    if (draft->page != page) // a hash collision would be news; refuse rather than mix pages up
        return fail(Error::conflict(tr("The draft %1 belongs to “%2”.").arg(path, draft->page.title())));
    return std::optional(std::move(*draft));
}

bool DraftStore::contains(const PageName& page) const
{
    return page.isValid() && QFileInfo::exists(fileFor(page));
}

Result<QList<Draft>> DraftStore::list() const
{
    QList<Draft> drafts;
    QDir dir(m_folder);
    if (!dir.exists())
        return drafts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& info : files) {
        const QString name = info.fileName();
        if (!name.endsWith(kSuffix)) {
            // QSaveFile's temporary "<name>.draft.XXXXXX" from a writer that was killed.
            if (name.contains(kSuffix + u'.') && !name.endsWith(QStringLiteral(".damaged")) &&
                info.lastModified().secsTo(now) > kStaleTemporarySeconds)
                QFile::remove(info.absoluteFilePath());
            continue;
        }
        auto draft = read(info.absoluteFilePath());
        if (!draft) {
            QFile::rename(info.absoluteFilePath(), info.absoluteFilePath() + QStringLiteral(".damaged"));
            continue;
        }
        drafts.append(std::move(*draft));
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft& a, const Draft& b) { return a.savedAt < b.savedAt; });
    return drafts;
}

Status DraftStore::discard(const PageName& page)
{
    if (!page.isValid())
        return fail(Error::user(tr("A draft needs the name of its page.")));
    QFile file(fileFor(page));
    if (file.exists() && !file.remove())
        return fail(Error::io(tr("Cannot delete the draft of “%1”: %2.").arg(page.title(), file.errorString())));
    return {};
}

} // namespace cp
