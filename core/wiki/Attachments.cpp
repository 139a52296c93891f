#include "core/wiki/Attachments.h"

#include "core/git/Repository.h"
#include "core/wiki/Commons.h"
#include "core/wiki/WorkingCopy.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace cp {

const QString Attachments::Folder = QStringLiteral("attachments");
const QString Attachments::MaxSizeSetting = QStringLiteral("attachments/maxSizeMB");

namespace {

constexpr qsizetype kMaxStemLength = 100;
constexpr int kMaxNumbered = 1000;

QString shownSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'_' || c == u'.';
}

// Every character that is not safe in a file name or a markdown link becomes '-';
// runs of '-' shrink to one, and the ends lose '-', '.' and '_'.
QString clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar mapped = isNameChar(c) ? c : u'-';
        if (mapped == u'-' && out.endsWith(u'-'))
            continue;
        out += mapped;
    }
    auto trimmable = [](QChar c) { return c == u'-' || c == u'.' || c == u'_'; };
    qsizetype begin = 0;
    qsizetype end = out.size();
    while (begin < end && trimmable(out[begin]))
        ++begin;
    while (end > begin && trimmable(out[end - 1]))
        --end;
    return out.mid(begin, end - begin);
}

QString escapeLabel(QString label)
{
    label.replace(u'\\', QStringLiteral("\\\\"));
    label.replace(u'[', QStringLiteral("\\["));
    label.replace(u']', QStringLiteral("\\]"));
    label.replace(u'\n', u' ');
    label.replace(u'\r', u' ');
    return label.trimmed();
}

} // namespace

Attachments::Attachments(Commons& commons, qint64 maxBytes) : m_commons(commons), m_maxBytes(maxBytes) {}

qint64 Attachments::maxBytesFrom(const QSettings& settings)
{
    bool ok = false;
    const double value = settings.value(MaxSizeSetting).toDouble(&ok);
    if (!ok || value <= 0)
        return DefaultMaxBytes;
    return qint64(value * 1024 * 1024);
}

Result<QString> Attachments::sanitiseName(const QString& fileName)
{
    QString name = fileName.normalized(QString::NormalizationForm_C);
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    name = name.mid(slash + 1).trimmed();
    const qsizetype dot = name.lastIndexOf(u'.');
    QString stem = dot > 0 ? name.left(dot) : name;
    QString extension = dot > 0 ? clean(name.mid(dot + 1)).toLower() : QString();
    if (dot == 0)
        stem.clear(); // ".bashrc": a hidden file, nothing to call it by
    stem = clean(stem).left(kMaxStemLength);
    stem = clean(stem); // cutting may leave a '-' at the end
    extension.remove(u'.');
    if (stem.isEmpty())
        return fail(
            Error::user(tr("“%1” cannot be used as an attachment's name: give the file a name with letters or digits.")
                            .arg(fileName)));
    if (extension == QStringLiteral("md"))
        return fail(Error::user(tr("“%1” is a markdown file, which would become a page: create a page and paste "
                                   "its text instead.")
                                    .arg(fileName)));
    return extension.isEmpty() ? stem : stem + u'.' + extension.left(16);
}

bool Attachments::isImage(const QString& fileName)
{
    static const QStringList extensions{QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                        QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("svg"),
                                        QStringLiteral("bmp")};
    return extensions.contains(QFileInfo(fileName).suffix().toLower());
}

QString Attachments::markdownFor(const QString& path, const QString& label, const PageName& forPage)
{
    QString target = path;
    if (forPage.isValid() && !forPage.folder().isEmpty())
        target = QStringLiteral("../").repeated(forPage.folder().count(u'/') + 1) + path;
    const QString text = escapeLabel(label);
    return (isImage(path) ? QStringLiteral("![") : QStringLiteral("[")) + text + QStringLiteral("](") + target + u')';
}

Status Attachments::checkSize(qint64 size, const QString& fileName) const
{
    if (size <= m_maxBytes)
        return {};
    return fail(Error::user(tr("“%1” is %2; attachments can be at most %3. Share large files another way, or "
                               "raise the limit in the settings.")
                                .arg(fileName, shownSize(size), shownSize(m_maxBytes))));
}

Result<AttachmentResult> Attachments::addFile(const QString& filePath, const PageName& forPage)
{
    const QFileInfo info(filePath);
    if (!info.exists() || !info.isFile())
        return fail(Error::notFound(tr("There is no file %1 to attach.").arg(filePath)));
    if (auto ok = checkSize(info.size(), info.fileName()); !ok)
        return fail(ok.error());
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(tr("Cannot read %1: %2.").arg(filePath, file.errorString())));
    return addBytes(file.readAll(), info.fileName(), forPage);
}

Result<AttachmentResult> Attachments::addBytes(const QByteArray& bytes, const QString& fileName,
                                               const PageName& forPage)
{
    if (auto ok = checkSize(bytes.size(), fileName); !ok)
        return fail(ok.error());
    auto safe = sanitiseName(fileName);
    if (!safe)
        return fail(safe.error());
    git::Repository& repo = m_commons.repository();
    auto id = git::Repository::hashBlob(bytes);
    if (!id)
        return fail(id.error());

    const qsizetype dot = safe->lastIndexOf(u'.');
    const QString stem = dot > 0 ? safe->left(dot) : *safe;
    const QString extension = dot > 0 ? safe->mid(dot) : QString();
    const QString label =
        QFileInfo(fileName).completeBaseName().isEmpty() ? stem : QFileInfo(fileName).completeBaseName();
    WorkingCopy workingCopy(repo);
    for (int n = 1; n <= kMaxNumbered; ++n) {
        const QString name = n == 1 ? *safe : stem + u'-' + QString::number(n) + extension;
        const QString path = Folder + u'/' + name;
        auto committed = workingCopy.committedBlob(path);
        if (!committed)
            return fail(committed.error());
        const bool onDisk = QFileInfo::exists(repo.workdir() + u'/' + path);
        if (*committed && **committed == *id) {
            // Already attached: point at it (and put the file back if it went missing).
            if (!onDisk) {
                if (auto restored = workingCopy.updateFolder({FileChange{path, bytes}}); !restored)
                    return fail(restored.error());
            }
            return AttachmentResult{path, markdownFor(path, label, forPage), m_commons.head(), isImage(path), true};
        }
        if (*committed || onDisk)
            continue; // taken by other content, committed or not: never overwrite it
        auto outcome = workingCopy.commit({FileChange{path, bytes}}, tr("Attach %1").arg(name),
                                          Commons::signatureFor(m_commons.author()), m_commons.signer());
        if (!outcome)
            return fail(outcome.error().context(tr("Attaching “%1”").arg(fileName)));
        if (outcome->committed)
            emit m_commons.headChanged(outcome->head.toHex());
        if (outcome->workingTreeError)
            return fail(*outcome->workingTreeError);
        return AttachmentResult{path, markdownFor(path, label, forPage), outcome->head.toHex(), isImage(path), false};
    }
    return fail(Error::conflict(
        tr("There are already %1 attachments called like “%2”; rename the file first.").arg(kMaxNumbered).arg(*safe)));
}

} // namespace cp
