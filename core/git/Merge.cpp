#include "core/git/Merge.h"

#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

namespace {

using ConflictIteratorPtr = Owned<git_index_conflict_iterator, git_index_conflict_iterator_free>;

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::git::Merge", text);
}

Result<TreePtr> treeOf(git_repository* repo, const Oid& id)
{
    git_tree* tree = nullptr;
    const git_oid oid = toGit(id);
    if (const int rc = git_tree_lookup(&tree, repo, &oid); rc < 0)
        return fail(lastError(rc, tr("Cannot find folder tree %1").arg(id.toHex())));
    return TreePtr(tree);
}

// Runs git_merge_trees; the index it returns holds the conflicts at stages 1–3.
Result<IndexPtr> mergeIndex(git_repository* repo, const std::optional<Oid>& base, const Oid& ours, const Oid& theirs)
{
    TreePtr baseTree;
    if (base) {
        auto t = treeOf(repo, *base);
        if (!t)
            return fail(t.error());
        baseTree = std::move(*t);
    }
    auto ourTree = treeOf(repo, ours);
    if (!ourTree)
        return fail(ourTree.error());
    auto theirTree = treeOf(repo, theirs);
    if (!theirTree)
        return fail(theirTree.error());
    git_merge_options options = GIT_MERGE_OPTIONS_INIT;
    git_index* index = nullptr;
    if (const int rc = git_merge_trees(&index, repo, baseTree.get(), ourTree->get(), theirTree->get(), &options);
        rc < 0)
        return fail(lastError(rc, tr("Cannot merge the two versions")));
    return IndexPtr(index);
}

std::optional<Oid> idOf(const git_index_entry* e)
{
    return e ? std::optional<Oid>(fromGit(&e->id)) : std::nullopt;
}

Result<QByteArray> mergedText(git_repository* repo, const git_index_entry* base, const git_index_entry* ours,
                              const git_index_entry* theirs)
{
    if (!ours || !theirs) { // one side deleted the file: offer what the other kept
        const git_index_entry* kept = ours ? ours : theirs;
        git_blob* blob = nullptr;
        if (const int rc = git_blob_lookup(&blob, repo, &kept->id); rc < 0)
            return fail(lastError(rc, tr("Cannot read %1").arg(QString::fromUtf8(kept->path))));
        BlobPtr owned(blob);
        return QByteArray(static_cast<const char*>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
    }
    git_merge_file_options options = GIT_MERGE_FILE_OPTIONS_INIT;
    options.ancestor_label = "base";
    options.our_label = "mine";
    options.their_label = "theirs";
    git_merge_file_result result{};
    if (const int rc = git_merge_file_from_index(&result, repo, base, ours, theirs, &options); rc < 0)
        return fail(lastError(rc, tr("Cannot merge %1").arg(QString::fromUtf8(ours->path))));
    QByteArray text(result.ptr, qsizetype(result.len));
    git_merge_file_result_free(&result);
    return text;
}

} // namespace

Result<std::optional<Oid>> Merge::base(const Repository& repo, const Oid& a, const Oid& b)
{
    git_oid out;
    const git_oid ga = toGit(a);
    const git_oid gb = toGit(b);
    const int rc = git_merge_base(&out, Internal::raw(repo), &ga, &gb);
    if (rc == GIT_ENOTFOUND)
        return std::optional<Oid>();
    if (rc < 0)
        return fail(lastError(rc, tr("Cannot find where %1 and %2 diverged").arg(a.toShortHex(), b.toShortHex())));
    return std::optional<Oid>(fromGit(&out));
}

Result<bool> Merge::isAncestor(const Repository& repo, const Oid& ancestor, const Oid& commit)
{
    if (ancestor == commit)
        return true;
    const git_oid c = toGit(commit);
    const git_oid a = toGit(ancestor);
    const int rc = git_graph_descendant_of(Internal::raw(repo), &c, &a);
    if (rc < 0)
        return fail(lastError(rc, tr("Cannot walk the history of %1").arg(commit.toShortHex())));
    return rc == 1;
}

Result<MergeResult> Merge::trees(Repository& repo, const std::optional<Oid>& base, const Oid& ours, const Oid& theirs)
{
    git_repository* raw = Internal::raw(repo);
    auto index = mergeIndex(raw, base, ours, theirs);
    if (!index)
        return fail(index.error());
    MergeResult result;
    if (!git_index_has_conflicts(index->get())) {
        git_oid tree;
        if (const int rc = git_index_write_tree_to(&tree, index->get(), raw); rc < 0)
            return fail(lastError(rc, tr("Cannot write the merged folder tree")));
        result.tree = fromGit(&tree);
        return result;
    }
    git_index_conflict_iterator* it = nullptr;
    if (const int rc = git_index_conflict_iterator_new(&it, index->get()); rc < 0)
        return fail(lastError(rc, tr("Cannot list the merge conflicts")));
    ConflictIteratorPtr iterator(it);
    const git_index_entry* b = nullptr;
    const git_index_entry* o = nullptr;
    const git_index_entry* t = nullptr;
    int rc = 0;
    while ((rc = git_index_conflict_next(&b, &o, &t, it)) == 0) {
        MergeConflict conflict;
        const git_index_entry* any = o ? o : (t ? t : b);
        conflict.path = QString::fromUtf8(any->path);
        conflict.base = idOf(b);
        conflict.ours = idOf(o);
        conflict.theirs = idOf(t);
        auto text = mergedText(raw, b, o, t);
        if (!text)
            return fail(text.error());
        conflict.merged = std::move(*text);
        result.conflicts.append(std::move(conflict));
    }
    if (rc != GIT_ITEROVER)
        return fail(lastError(rc, tr("Cannot list the merge conflicts")));
    return result;
}

Result<Oid> Merge::resolve(Repository& repo, const std::optional<Oid>& base, const Oid& ours, const Oid& theirs,
                           const QHash<QString, QByteArray>& resolutions)
{
    auto merged = trees(repo, base, ours, theirs);
    if (!merged)
        return fail(merged.error());
    if (merged->isClean())
        return *merged->tree;
    git_repository* raw = Internal::raw(repo);
    auto index = mergeIndex(raw, base, ours, theirs);
    if (!index)
        return fail(index.error());
    for (const MergeConflict& conflict : merged->conflicts) {
        const auto it = resolutions.constFind(conflict.path);
        if (it == resolutions.cend())
            return fail(Error::user(tr("%1 is not resolved yet").arg(conflict.path)));
        const QByteArray path = conflict.path.toUtf8();
        if (const int rc = git_index_conflict_remove(index->get(), path.constData()); rc < 0)
            return fail(lastError(rc, tr("Cannot resolve %1").arg(conflict.path)));
        git_oid blob;
        if (const int rc = git_blob_create_from_buffer(&blob, raw, it->constData(), size_t(it->size())); rc < 0)
            return fail(lastError(rc, tr("Cannot store the resolved %1").arg(conflict.path)));
        git_index_entry entry{};
        entry.path = path.constData();
        entry.mode = GIT_FILEMODE_BLOB;
        entry.id = blob;
        if (const int rc = git_index_add(index->get(), &entry); rc < 0)
            return fail(lastError(rc, tr("Cannot resolve %1").arg(conflict.path)));
    }
    git_oid tree;
    if (const int rc = git_index_write_tree_to(&tree, index->get(), raw); rc < 0)
        return fail(lastError(rc, tr("Cannot write the merged folder tree")));
    return fromGit(&tree);
}

Result<TextMergeResult> Merge::texts(const QByteArray& base, const QByteArray& ours, const QByteArray& theirs)
{
    ensureLibGit2();
    auto input = [](const QByteArray& text, const char* label) {
        git_merge_file_input in = GIT_MERGE_FILE_INPUT_INIT;
        in.ptr = text.constData();
        in.size = size_t(text.size());
        in.path = label;
        in.mode = GIT_FILEMODE_BLOB;
        return in;
    };
    const git_merge_file_input b = input(base, "base");
    const git_merge_file_input o = input(ours, "mine");
    const git_merge_file_input t = input(theirs, "theirs");
    git_merge_file_options options = GIT_MERGE_FILE_OPTIONS_INIT;
    options.ancestor_label = "base";
    options.our_label = "mine";
    options.their_label = "theirs";
    git_merge_file_result result{};
    if (const int rc = git_merge_file(&result, &b, &o, &t, &options); rc < 0)
        return fail(lastError(rc, tr("Cannot merge the two versions of the text")));
    TextMergeResult merged{QByteArray(result.ptr, qsizetype(result.len)), result.automergeable != 0};
    git_merge_file_result_free(&result);
    return merged;
}

} // namespace cp::git
