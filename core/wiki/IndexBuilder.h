#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace cp {

namespace git {
class Repository;
}
class IndexDatabase;

// Fills the index from the repository: all of it at once (rebuild) or the pages
// that changed between the commit the index reflects and main (catchUp). Pages are
// read from main's tree, never from the working folder.
class IndexBuilder
{
public:
    // Called now and then with how many pages are done out of how many.
    using Progress = std::function<void(int done, int total)>;

    // Indexes every page of main into a new file beside `indexPath` in one transaction,
    // then puts it in place of whatever was there. Opens its own repository handle and
    // database connection, so it may run on any thread. Stops with a User error when
    // `cancel` becomes true, leaving the old file as it was. Returns the commit indexed.
    [[nodiscard]] static Result<QString> rebuild(const QString& repositoryPath, const QString& indexPath,
                                                 const Progress& progress = {},
                                                 const std::atomic<bool>* cancel = nullptr);

    // Brings `db` from the commit its "head" says to main, page by page, in one
    // transaction. Returns the titles of the pages added, changed or removed.
    // Fails with NotFound when the index has no head or its commit is unknown, or when
    // more than `limit` pages changed (if limit >= 0): then a rebuild does better.
    [[nodiscard]] static Result<QStringList> catchUp(git::Repository& repo, IndexDatabase& db, int limit = -1);

    // True for the error rebuild() returns when cancelled.
    [[nodiscard]] static bool isCancelled(const Error& error);
};

} // namespace cp
