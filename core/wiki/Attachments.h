#pragma once

#include "core/Error.h"
#include "core/wiki/PageName.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSettings;

namespace cp {

class Commons;

// What adding an attachment did.
struct AttachmentResult
{
    QString path;     // in the commons: "attachments/photo.png"
    QString markdown; // to insert into the page: "![photo](attachments/photo.png)" or "[report](…)"
    QString commit;   // hex id of main afterwards
    bool isImage = false;
    // True when the same bytes were already attached under `path`: nothing was
    // written or committed, and the markdown points at the existing file.
    bool reused = false;
};

// Files dropped or pasted into a page: stored under attachments/ in the commons,
// one commit each ("Attach photo.png"), never overwriting another file: a name in
// use by different content gets a number ("photo-2.png"). Names are made safe
// (letters, digits, '-', '_' and '.', no leading dot, at most 100 characters
// before the extension); names with nothing usable left, and markdown files
// (which would become pages), are refused. Files over the size limit are refused
// with the limit in the message.
class Attachments
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)

public:
    static constexpr qint64 DefaultMaxBytes = 20LL * 1024 * 1024;
    static const QString Folder;         // "attachments"
    static const QString MaxSizeSetting; // QSettings key, in megabytes: "attachments/maxSizeMB"

    explicit Attachments(Commons& commons, qint64 maxBytes = DefaultMaxBytes);

    // The limit from a settings store (MaxSizeSetting), DefaultMaxBytes when unset or invalid.
    [[nodiscard]] static qint64 maxBytesFrom(const QSettings& settings);
    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }

    // Attaches the file at `filePath`; the markdown's link is relative to `forPage`'s
    // folder (the root when no page is given).
    [[nodiscard]] Result<AttachmentResult> addFile(const QString& filePath, const PageName& forPage = {});
    // Attaches `bytes` (pasted data) under `fileName`.
    [[nodiscard]] Result<AttachmentResult> addBytes(const QByteArray& bytes, const QString& fileName,
                                                    const PageName& forPage = {});

    // "My photo (1).PNG" → "My-photo-1.png"; a user error for names with nothing usable.
    [[nodiscard]] static Result<QString> sanitiseName(const QString& fileName);
    [[nodiscard]] static bool isImage(const QString& fileName);
    // The markdown linking `path` (relative to the commons root) from `forPage`.
    [[nodiscard]] static QString markdownFor(const QString& path, const QString& label, const PageName& forPage);

private:
    [[nodiscard]] Status checkSize(qint64 size, const QString& fileName) const;

    Commons& m_commons;
    qint64 m_maxBytes;
};

} // namespace cp
