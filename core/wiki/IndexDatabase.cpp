#include "core/wiki/IndexDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace cp {

namespace {

// SQLite's primary result codes for a file that is not (or no longer) a database.
bool saysDamaged(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */);
}

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("commonplace-index-%1").arg(counter.fetch_add(1));
}

} // namespace

QString IndexDatabase::pathFor(const QString& gitDir)
{
    return gitDir + QStringLiteral("/commonplace/index.sqlite");
}

IndexDatabase::IndexDatabase(QString path) : m_path(std::move(path)), m_connection(connectionName()) {}

IndexDatabase::~IndexDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<IndexDatabase>> IndexDatabase::open(const QString& path, bool bulk)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Error::internal(QCoreApplication::translate(
            "cp::IndexDatabase", "The SQLite driver of Qt is not installed (package libqt6sql6-sqlite); "
                                 "search and backlinks need it.")));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Error::io(
            QCoreApplication::translate("cp::IndexDatabase", "Cannot create the folder %1 for the search index.")
                .arg(info.absolutePath())));
    const bool existed = info.exists();

    std::unique_ptr<IndexDatabase> index(new IndexDatabase(path));
    index->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), index->m_connection);
    index->m_db.setDatabaseName(path);
    index->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!index->m_db.open())
        return fail(
            Error::io(QCoreApplication::translate(
                          "cp::IndexDatabase", "Cannot open the search index %1: %2. Check the folder's permissions.")
                          .arg(path, index->m_db.lastError().text())));
    // A file that is not a database fails on its first read: do that read now.
    if (existed) {
        if (auto ok = index->checkSchema(); !ok)
            return fail(ok.error());
    }
    if (bulk) {
        if (auto ok = index->exec(QStringLiteral("PRAGMA journal_mode=OFF"),
                                  QCoreApplication::translate("cp::IndexDatabase", "Setting up the index"));
            !ok)
            return fail(ok.error());
        if (auto ok = index->exec(QStringLiteral("PRAGMA synchronous=OFF"),
                                  QCoreApplication::translate("cp::IndexDatabase", "Setting up the index"));
            !ok)
            return fail(ok.error());
    } else {
        // A save then costs one append to the log, and readers never wait for it.
        if (auto ok = index->exec(QStringLiteral("PRAGMA journal_mode=WAL"),
                                  QCoreApplication::translate("cp::IndexDatabase", "Setting up the index"));
            !ok)
            return fail(ok.error());
        if (auto ok = index->exec(QStringLiteral("PRAGMA synchronous=NORMAL"),
                                  QCoreApplication::translate("cp::IndexDatabase", "Setting up the index"));
            !ok)
            return fail(ok.error());
    }
    if (!existed) {
        if (auto ok = index->createSchema(); !ok)
            return fail(ok.error());
    }
    return index;
}

Status IndexDatabase::discard(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            return fail(
                Error::io(QCoreApplication::translate("cp::IndexDatabase", "Cannot remove the old search index %1: %2.")
                              .arg(file.fileName(), file.errorString())));
    }
    return {};
}

Status IndexDatabase::exec(const QString& sql, const QString& what)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(queryError(query, what));
    return {};
}

Status IndexDatabase::checkSchema()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")) || !query.next())
        return fail(Error::conflict(
            QCoreApplication::translate("cp::IndexDatabase", "The search index %1 is damaged or unfinished (%2).")
                .arg(m_path, query.lastError().isValid()
                                 ? query.lastError().text()
                                 : QCoreApplication::translate("cp::IndexDatabase", "no schema version"))));
    const int version = query.value(0).toInt();
    if (version != SchemaVersion)
        return fail(Error::conflict(
            QCoreApplication::translate("cp::IndexDatabase", "The search index %1 has format %2; this version uses %3.")
                .arg(m_path)
                .arg(version)
                .arg(SchemaVersion)));
    return {};
}

Status IndexDatabase::createSchema()
{
    const QString what = QCoreApplication::translate("cp::IndexDatabase", "Creating the search index");
    const QStringList statements = {
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE pages(id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, blob TEXT NOT NULL, "
                       "body TEXT NOT NULL)"),
        // External content: the index reads snippets from pages, while the terms come
        // from the folded text we insert ourselves.
        QStringLiteral("CREATE VIRTUAL TABLE pages_fts USING fts5(title, body, content='pages', content_rowid='id', "
                       "tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3')"),
        QStringLiteral("CREATE TABLE links(source INTEGER NOT NULL, position INTEGER NOT NULL, target TEXT NOT NULL, "
                       "PRIMARY KEY(source, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX links_target ON links(target)"),
    };
    if (auto ok = begin(); !ok)
        return ok;
    for (const QString& sql : statements) {
        if (auto ok = exec(sql, what); !ok) {
            rollback();
            if (sql.contains(QStringLiteral("fts5")))
                return fail(Error::internal(
                    QCoreApplication::translate("cp::IndexDatabase",
                                                "This SQLite has no FTS5 full-text search (%1); install a SQLite "
                                                "built with it.")
                        .arg(ok.error().message)));
            return ok;
        }
    }
    if (auto ok = setMeta(QStringLiteral("schema"), QString::number(SchemaVersion)); !ok) {
        rollback();
        return ok;
    }
    return commit();
}

Result<std::optional<QString>> IndexDatabase::meta(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return fail(queryError(query, QCoreApplication::translate("cp::IndexDatabase", "Reading the search index")));
    if (!query.next())
        return std::optional<QString>();
    return std::optional(query.value(0).toString());
}

Status IndexDatabase::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(queryError(query, QCoreApplication::translate("cp::IndexDatabase", "Writing the search index")));
    return {};
}

Status IndexDatabase::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"),
                QCoreApplication::translate("cp::IndexDatabase", "Writing the search index"));
}

Status IndexDatabase::commit()
{
    return exec(QStringLiteral("COMMIT"), QCoreApplication::translate("cp::IndexDatabase", "Writing the search index"));
}

void IndexDatabase::rollback()
{
    QSqlQuery query(m_db);
    (void)query.exec(QStringLiteral("ROLLBACK"));
}

Result<std::optional<IndexedPage>> IndexDatabase::stored(const QString& title, qint64* id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, body FROM pages WHERE title = ?"));
    query.addBindValue(title);
    if (!query.exec())
        return fail(queryError(query, QCoreApplication::translate("cp::IndexDatabase", "Reading the search index")));
    if (!query.next())
        return std::optional<IndexedPage>();
    *id = query.value(0).toLongLong();
    IndexedPage page;
    page.title = title;
    page.body = query.value(1).toString();
    return std::optional(std::move(page));
}

Status IndexDatabase::removePage(const QString& title)
{
    const QString what =
        QCoreApplication::translate("cp::IndexDatabase", "Removing “%1” from the search index").arg(title);
    qint64 id = 0;
    auto old = stored(title, &id);
    if (!old)
        return fail(old.error());
    if (!*old)
        return {};
    QSqlQuery query(m_db);
    // An external-content index forgets a row given the very values it was fed.
    query.prepare(QStringLiteral("INSERT INTO pages_fts(pages_fts, rowid, title, body) VALUES('delete', ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(foldForSearch((*old)->title));
    query.addBindValue(foldForSearch((*old)->body));
    if (!query.exec())
        return fail(queryError(query, what));
    for (const QString& sql :
         {QStringLiteral("DELETE FROM links WHERE source = ?"), QStringLiteral("DELETE FROM pages WHERE id = ?")}) {
        query.prepare(sql);
        query.addBindValue(id);
        if (!query.exec())
            return fail(queryError(query, what));
    }
    return {};
}

Status IndexDatabase::putPage(const IndexedPage& page)
{
    const QString what =
        QCoreApplication::translate("cp::IndexDatabase", "Adding “%1” to the search index").arg(page.title);
    if (auto removed = removePage(page.title); !removed)
        return removed;
    QString body = page.body;
    body.remove(MatchStart).remove(MatchEnd);

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO pages(title, blob, body) VALUES(?, ?, ?)"));
    query.addBindValue(page.title);
    query.addBindValue(page.blob);
    query.addBindValue(body);
    if (!query.exec())
        return fail(queryError(query, what));
    const qint64 id = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral("INSERT INTO pages_fts(rowid, title, body) VALUES(?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(foldForSearch(page.title));
    query.addBindValue(foldForSearch(body));
    if (!query.exec())
        return fail(queryError(query, what));

    if (page.links.isEmpty())
        return {};
    query.prepare(QStringLiteral("INSERT INTO links(source, position, target) VALUES(?, ?, ?)"));
    for (qsizetype i = 0; i < page.links.size(); ++i) {
        query.addBindValue(id);
        query.addBindValue(qint64(i));
        query.addBindValue(page.links.at(i));
        if (!query.exec())
            return fail(queryError(query, what));
    }
    return {};
}

Error IndexDatabase::queryError(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    if (saysDamaged(error))
        return Error::conflict(QCoreApplication::translate("cp::IndexDatabase",
                                                           "%1: the search index is damaged (%2); it will be rebuilt.")
                                   .arg(what, error.text()));
    return Error::internal(QCoreApplication::translate("cp::IndexDatabase", "%1: %2").arg(what, error.text()));
}

QString IndexDatabase::foldForSearch(QString text)
{
    for (QChar& c : text) {
        if (c == QChar(0x0451))      // ё
            c = QChar(0x0435);       // е
        else if (c == QChar(0x0401)) // Ё
            c = QChar(0x0415);       // Е
    }
    return text;
}

} // namespace cp
