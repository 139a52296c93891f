#include "core/git/TreeDiff.h"

#include "core/git/LibGit2_p.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace cp::git {

namespace {

// Compares trees level by level and descends only into folders whose ids differ,
// so the cost follows the size of the change, not of the commons. (libgit2's
// tree-to-tree diff expands every folder of both trees.)
class Walker
{
public:
    explicit Walker(git_repository* repo) : m_repo(repo) {}

    QList<TreeChange> changes;

    Result<TreePtr> lookup(const git_oid& id)
    {
        git_tree* tree = nullptr;
        if (const int rc = git_tree_lookup(&tree, m_repo, &id); rc < 0)
            return fail(lastError(rc, QCoreApplication::translate("cp::git::TreeDiff", "Cannot find folder tree %1")
                                          .arg(fromGit(&id).toHex())));
        return TreePtr(tree);
    }

    // Every file below `tree` as Added (or Deleted).
    Status all(const git_tree* tree, const QString& prefix, TreeChange::Kind kind)
    {
        const size_t count = git_tree_entrycount(tree);
        for (size_t i = 0; i < count; ++i) {
            const git_tree_entry* e = git_tree_entry_byindex(tree, i);
            if (auto ok = one(e, prefix, kind); !ok)
                return ok;
        }
        return {};
    }

    Status one(const git_tree_entry* e, const QString& prefix, TreeChange::Kind kind)
    {
        const QString path = prefix + QString::fromUtf8(git_tree_entry_name(e));
        const auto mode = FileMode(int(git_tree_entry_filemode(e)));
        if (mode == FileMode::Tree) {
            auto sub = lookup(*git_tree_entry_id(e));
            if (!sub)
                return fail(sub.error());
            return all(sub->get(), path + u'/', kind);
        }
        TreeChange change;
        change.kind = kind;
        change.path = path;
        change.mode = mode;
        (kind == TreeChange::Kind::Added ? change.newId : change.oldId) = fromGit(git_tree_entry_id(e));
        changes.append(std::move(change));
        return {};
    }

    Status compare(const git_tree* before, const git_tree* after, const QString& prefix)
    {
        QHash<QByteArray, const git_tree_entry*> old;
        const size_t oldCount = git_tree_entrycount(before);
        old.reserve(qsizetype(oldCount));
        for (size_t i = 0; i < oldCount; ++i) {
            const git_tree_entry* e = git_tree_entry_byindex(before, i);
            old.insert(QByteArray(git_tree_entry_name(e)), e);
        }
        const size_t newCount = git_tree_entrycount(after);
        for (size_t i = 0; i < newCount; ++i) {
            const git_tree_entry* e = git_tree_entry_byindex(after, i);
            const QByteArray name(git_tree_entry_name(e));
            const git_tree_entry* o = old.take(name);
            if (!o) {
                if (auto ok = one(e, prefix, TreeChange::Kind::Added); !ok)
                    return ok;
                continue;
            }
            if (git_oid_equal(git_tree_entry_id(o), git_tree_entry_id(e)) &&
                git_tree_entry_filemode(o) == git_tree_entry_filemode(e))
                continue;
            const bool oldTree = git_tree_entry_type(o) == GIT_OBJECT_TREE;
            const bool newTree = git_tree_entry_type(e) == GIT_OBJECT_TREE;
            if (oldTree && newTree) {
                auto a = lookup(*git_tree_entry_id(o));
                if (!a)
                    return fail(a.error());
                auto b = lookup(*git_tree_entry_id(e));
                if (!b)
                    return fail(b.error());
                if (auto ok = compare(a->get(), b->get(), prefix + QString::fromUtf8(name) + u'/'); !ok)
                    return ok;
                continue;
            }
            const bool sameKind = !oldTree && !newTree &&
                                  (FileMode(int(git_tree_entry_filemode(o))) == FileMode::Link) ==
                                      (FileMode(int(git_tree_entry_filemode(e))) == FileMode::Link);
            if (sameKind) {
                TreeChange change;
                change.kind = TreeChange::Kind::Modified;
                change.path = prefix + QString::fromUtf8(name);
                change.mode = FileMode(int(git_tree_entry_filemode(e)));
                change.oldId = fromGit(git_tree_entry_id(o));
                change.newId = fromGit(git_tree_entry_id(e));
                changes.append(std::move(change));
                continue;
            }
            if (auto ok = one(o, prefix, TreeChange::Kind::Deleted); !ok)
                return ok;
            if (auto ok = one(e, prefix, TreeChange::Kind::Added); !ok)
                return ok;
        }
        for (const git_tree_entry* o : std::as_const(old)) {
            if (auto ok = one(o, prefix, TreeChange::Kind::Deleted); !ok)
                return ok;
        }
        return {};
    }

private:
    git_repository* m_repo;
};

} // namespace

Result<QList<TreeChange>> TreeDiff::between(const Repository& repo, const std::optional<Oid>& oldTree,
                                            const Oid& newTree)
{
    Walker walker(Internal::raw(repo));
    auto after = walker.lookup(toGit(newTree));
    if (!after)
        return fail(after.error());
    if (!oldTree) {
        if (auto ok = walker.all(after->get(), {}, TreeChange::Kind::Added); !ok)
            return fail(ok.error());
    } else if (*oldTree != newTree) {
        auto before = walker.lookup(toGit(*oldTree));
        if (!before)
            return fail(before.error());
        if (auto ok = walker.compare(before->get(), after->get(), {}); !ok)
            return fail(ok.error());
    }
    std::sort(walker.changes.begin(), walker.changes.end(), [](const TreeChange& a, const TreeChange& b) {
        return a.path == b.path ? a.kind == TreeChange::Kind::Deleted && b.kind != TreeChange::Kind::Deleted
                                : a.path < b.path;
    });
    return std::move(walker.changes);
}

} // namespace cp::git
