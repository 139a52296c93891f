#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSqlQuery;

namespace cp {

// One page as the index keeps it.
struct IndexedPage
{
    QString title;     // "Folder/Page"
    QString blob;      // hex id of the blob it was read from
    QString body;      // the markdown
    QStringList links; // titles it links to, in order of first appearance
};

// The SQLite file behind the search index and the link graph of one commons
// (.git/commonplace/index.sqlite): one QtSql connection of its own, opened and
// closed with this object, used by the thread that opened it. It holds
//   meta(key, value)        "schema" (the version below) and "head" (the commit indexed)
//   pages(id, title, blob, body)
//   pages_fts               FTS5 over pages (title, body), unicode61 without diacritics,
//                           with prefix indexes for 2 and 3 letters (typing)
//   links(source, position, target)
// Everything in it can be rebuilt from the repository, so a file that cannot be read
// is thrown away and built again, never trusted.
class IndexDatabase
{
public:
    static constexpr int SchemaVersion = 2;
    // Marks that snippet() puts around matched terms; never stored in page text.
    static constexpr QChar MatchStart = QChar(0x02);
    static constexpr QChar MatchEnd = QChar(0x03);

    // Where the index of the repository whose .git folder is `gitDir` lives.
    [[nodiscard]] static QString pathFor(const QString& gitDir);

    // Opens the index at `path`, creating the folder, the file and the schema when
    // missing. A file that is not an index of this schema (damaged, garbage, another
    // version) gives an error whose kind is Conflict; discard() it and open again.
    // `bulk` is for a new file written once: no journal, no syncs until close.
    [[nodiscard]] static Result<std::unique_ptr<IndexDatabase>> open(const QString& path, bool bulk = false);
    // Removes the file and its journal files.
    [[nodiscard]] static Status discard(const QString& path);

    IndexDatabase(const IndexDatabase&) = delete;
    IndexDatabase& operator=(const IndexDatabase&) = delete;
    ~IndexDatabase();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase& database() { return m_db; }

    [[nodiscard]] Result<std::optional<QString>> meta(const QString& key);
    [[nodiscard]] Status setMeta(const QString& key, const QString& value);

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();
    void rollback();

    // Adds or replaces a page with its text and links.
    [[nodiscard]] Status putPage(const IndexedPage& page);
    // Forgets a page (nothing happens when it is not there).
    [[nodiscard]] Status removePage(const QString& title);

    // The error for a failed query, phrased for a person; Conflict when the file is damaged.
    [[nodiscard]] static Error queryError(const QSqlQuery& query, const QString& what);
    // True when `error` says the file is damaged and must be rebuilt.
    [[nodiscard]] static bool isDamage(const Error& error) { return error.kind == Error::Kind::Conflict; }

    // What the full-text index is fed: the text with the letters that unicode61 does not
    // fold by itself folded (ё to е), so that "ежик" finds "Ёжик". Same length and
    // token boundaries as the input, so snippet positions stay right.
    [[nodiscard]] static QString foldForSearch(QString text);

private:
    explicit IndexDatabase(QString path);
    [[nodiscard]] Status exec(const QString& sql, const QString& what);
    [[nodiscard]] Status createSchema();
    [[nodiscard]] Status checkSchema();
    [[nodiscard]] Result<std::optional<IndexedPage>> stored(const QString& title, qint64* id);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace cp
