#include "core/review/MergeResolution.h"

#include "core/git/Repository.h"

namespace cp {

MergeResolution::MergeResolution(git::Repository& repo, std::optional<git::Oid> baseTree, git::Oid ourTree,
                                 git::Oid theirTree, QList<git::MergeConflict> conflicts, Finisher finish)
    : m_repo(repo), m_baseTree(baseTree), m_ourTree(ourTree), m_theirTree(theirTree), m_conflicts(std::move(conflicts)),
      m_finish(std::move(finish))
{
}

QStringList MergeResolution::paths() const
{
    QStringList paths;
    for (const git::MergeConflict& c : m_conflicts)
        paths.append(c.path);
    return paths;
}

const git::MergeConflict* MergeResolution::find(const QString& path) const
{
    for (const git::MergeConflict& c : m_conflicts)
        if (c.path == path)
            return &c;
    return nullptr;
}

Result<QString> MergeResolution::blobText(const std::optional<git::Oid>& blob) const
{
    if (!blob)
        return QString();
    auto bytes = m_repo.readBlob(*blob);
    if (!bytes)
        return fail(bytes.error());
    return QString::fromUtf8(*bytes);
}

Result<QString> MergeResolution::mine(const QString& path) const
{
    const git::MergeConflict* c = find(path);
    if (!c)
        return fail(Error::notFound(tr("%1 has no conflict in this merge.").arg(path)));
    return blobText(c->ours);
}

Result<QString> MergeResolution::theirs(const QString& path) const
{
    const git::MergeConflict* c = find(path);
    if (!c)
        return fail(Error::notFound(tr("%1 has no conflict in this merge.").arg(path)));
    return blobText(c->theirs);
}

Result<QString> MergeResolution::base(const QString& path) const
{
    const git::MergeConflict* c = find(path);
    if (!c)
        return fail(Error::notFound(tr("%1 has no conflict in this merge.").arg(path)));
    return blobText(c->base);
}

QString MergeResolution::merged(const QString& path) const
{
    const git::MergeConflict* c = find(path);
    return c ? QString::fromUtf8(c->merged) : QString();
}

Status MergeResolution::resolve(const QString& path, const QString& text)
{
    if (!find(path))
        return fail(Error::user(tr("%1 has no conflict in this merge.").arg(path)));
    m_resolutions.insert(path, text.toUtf8());
    return {};
}

bool MergeResolution::isComplete() const
{
    for (const git::MergeConflict& c : m_conflicts)
        if (!m_resolutions.contains(c.path))
            return false;
    return true;
}

Result<git::Oid> MergeResolution::commit()
{
    for (const git::MergeConflict& c : m_conflicts)
        if (!m_resolutions.contains(c.path))
            return fail(Error::user(tr("Resolve %1 before committing the merge.").arg(c.path)));
    auto tree = git::Merge::resolve(m_repo, m_baseTree, m_ourTree, m_theirTree, m_resolutions);
    if (!tree)
        return fail(tree.error());
    return m_finish(*tree);
}

} // namespace cp
