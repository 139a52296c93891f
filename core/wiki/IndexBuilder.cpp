#include "core/wiki/IndexBuilder.h"

#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/TreeDiff.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/wiki/IndexDatabase.h"
#include "core/wiki/PageName.h"
#include "core/wiki/WorkingCopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <algorithm>

namespace cp {

namespace {

QString cancelledMessage()
{
    return QCoreApplication::translate("cp::IndexBuilder", "Rebuilding the search index was cancelled.");
}

// The page a tree path holds, if it is one (the rules of PageStore::list).
std::optional<PageName> pageAt(const git::TreeChange& change)
{
    if (!change.path.endsWith(QStringLiteral(".md")))
        return std::nullopt;
    if (change.kind != git::TreeChange::Kind::Deleted && change.mode != git::FileMode::Blob &&
        change.mode != git::FileMode::Executable)
        return std::nullopt;
    auto name = PageName::fromPath(change.path);
    if (!name)
        return std::nullopt;
    return *name;
}

Result<IndexedPage> readPage(const git::Repository& repo, const PageName& name, const git::Oid& blob,
                             const MarkdownRenderer& renderer)
{
    auto bytes = repo.readBlob(blob);
    if (!bytes)
        return fail(bytes.error());
    IndexedPage page;
    page.title = name.title();
    page.blob = blob.toHex();
    page.body = QString::fromUtf8(*bytes);
    page.links = renderer.pageLinks(page.body, page.title);
    return page;
}

Result<git::Oid> mainTree(const git::Repository& repo, QString* headHex)
{
    auto head = repo.resolve(WorkingCopy::MainRef);
    if (!head)
        return fail(head.error());
    if (!*head)
        return fail(Error::notFound(
            QCoreApplication::translate("cp::IndexBuilder", "The commons has no main branch to index.")));
    auto commit = repo.lookupCommit(**head);
    if (!commit)
        return fail(commit.error());
    *headHex = (*head)->toHex();
    return commit->treeId();
}

} // namespace

bool IndexBuilder::isCancelled(const Error& error)
{
    return error.kind == Error::Kind::User && error.message == cancelledMessage();
}

Result<QString> IndexBuilder::rebuild(const QString& repositoryPath, const QString& indexPath, const Progress& progress,
                                      const std::atomic<bool>* cancel)
{
    auto repo = git::Repository::open(repositoryPath);
    if (!repo)
        return fail(repo.error());
    QString headHex;
    auto tree = mainTree(*repo, &headHex);
    if (!tree)
        return fail(tree.error());
    auto files = git::TreeDiff::between(*repo, std::nullopt, *tree);
    if (!files)
        return fail(files.error());
    QList<std::pair<PageName, git::Oid>> pages;
    for (const git::TreeChange& file : *files) {
        if (auto name = pageAt(file))
            pages.append({*name, file.newId});
    }

    const QString building = indexPath + QStringLiteral(".new");
    if (auto ok = IndexDatabase::discard(building); !ok)
        return fail(ok.error());
    {
        auto db = IndexDatabase::open(building, true);
        if (!db)
            return fail(db.error());
        if (auto ok = (*db)->begin(); !ok)
            return fail(ok.error());
        const MarkdownRenderer renderer;
        const int total = int(pages.size());
        if (progress)
            progress(0, total);
        for (int i = 0; i < total; ++i) {
            if (cancel && cancel->load()) {
                (*db)->rollback();
                db->reset();
                (void)IndexDatabase::discard(building);
                return fail(Error::user(cancelledMessage()));
            }
            auto page = readPage(*repo, pages.at(i).first, pages.at(i).second, renderer);
            auto put = page ? (*db)->putPage(*page) : Status(fail(page.error()));
            if (!put) {
                (*db)->rollback();
                return fail(put.error());
            }
            if (progress && ((i + 1) % 100 == 0 || i + 1 == total))
                progress(i + 1, total);
        }
        if (auto ok = (*db)->setMeta(QStringLiteral("head"), headHex); !ok)
            return fail(ok.error());
        if (auto ok = (*db)->commit(); !ok)
            return fail(ok.error());
        // Readers of the real file log their writes ahead, like every other connection to it.
        QSqlQuery wal((*db)->database());
        (void)wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    // Journal files of the old file must not be applied to the new one.
    if (auto ok = IndexDatabase::discard(indexPath); !ok)
        return fail(ok.error());
    if (!QFile::rename(building, indexPath))
        return fail(
            Error::io(QCoreApplication::translate("cp::IndexBuilder", "Cannot put the new search index in place at %1.")
                          .arg(indexPath)));
    return headHex;
}

Result<QStringList> IndexBuilder::catchUp(git::Repository& repo, IndexDatabase& db, int limit)
{
    auto indexed = db.meta(QStringLiteral("head"));
    if (!indexed)
        return fail(indexed.error());
    if (!*indexed)
        return fail(
            Error::notFound(QCoreApplication::translate("cp::IndexBuilder", "The search index is unfinished.")));
    QString headHex;
    auto tree = mainTree(repo, &headHex);
    if (!tree)
        return fail(tree.error());
    if (**indexed == headHex)
        return QStringList();
    auto oldId = git::Oid::fromHex(**indexed);
    if (!oldId)
        return fail(Error::notFound(
            QCoreApplication::translate("cp::IndexBuilder", "The search index names no valid commit.")));
    auto oldCommit = repo.lookupCommit(*oldId);
    if (!oldCommit)
        return fail(Error::notFound(QCoreApplication::translate(
            "cp::IndexBuilder", "The commit the search index reflects is no longer in the repository.")));
    auto changes = git::TreeDiff::between(repo, oldCommit->treeId(), *tree);
    if (!changes)
        return fail(changes.error());

    if (limit >= 0) {
        const auto pages = std::count_if(changes->begin(), changes->end(),
                                         [](const git::TreeChange& change) { return pageAt(change).has_value(); });
        if (pages > limit)
            return fail(Error::notFound(QCoreApplication::translate("cp::IndexBuilder",
                                                                    "%n page(s) changed at once; the search index "
                                                                    "is rebuilt instead.",
                                                                    nullptr, int(pages))));
    }
    const MarkdownRenderer renderer;
    QStringList touched;
    if (auto ok = db.begin(); !ok)
        return fail(ok.error());
    auto applied = [&]() -> Status {
        for (const git::TreeChange& change : *changes) {
            const auto name = pageAt(change);
            if (!name)
                continue;
            touched.append(name->title());
            if (change.kind == git::TreeChange::Kind::Deleted) {
                if (auto ok = db.removePage(name->title()); !ok)
                    return ok;
                continue;
            }
            auto page = readPage(repo, *name, change.newId, renderer);
            if (!page)
                return fail(page.error());
            if (auto ok = db.putPage(*page); !ok)
                return ok;
        }
        return db.setMeta(QStringLiteral("head"), headHex);
    }();
    if (!applied) {
        db.rollback();
        return fail(applied.error());
    }
    if (auto ok = db.commit(); !ok)
        return fail(ok.error());
    touched.removeDuplicates();
    return touched;
}

} // namespace cp
