#include "core/git/PackBuilder.h"

#include "core/git/LibGit2_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>
#include <algorithm>

namespace cp::git {

namespace {
using PackBuilderPtr = Owned<git_packbuilder, git_packbuilder_free>;

// libgit2 (1.5) does not reuse the deltas already in our packs: it searches for new
// ones, against the 10 previous similar objects, which makes a pack of a whole commons
// several times slower to build than git's. A window memory limit of one byte keeps
// one candidate (objects are sorted by path and size, so it is usually the previous
// version of the same page): about three times faster, for a pack some 30% larger.
// The setting lives in an application-level config file of our own, which only this
// repository handle reads (stock git never sees it).
Status limitDeltaWindow(git_repository* repo)
{
    git_config* config = nullptr;
    if (const int rc = git_repository_config(&config, repo); rc < 0)
        return fail(lastError(rc, PackBuilder::tr("Cannot read the repository configuration")));
    ConfigPtr owned(config);
    git_config* level = nullptr;
    if (git_config_open_level(&level, config, GIT_CONFIG_LEVEL_APP) == 0) {
        git_config_free(level);
        return {}; // added before, to this handle
    }
    git_error_clear();
    const QByteArray path = QByteArray(git_repository_path(repo)) + "commonplace/pack.gitconfig";
    QDir().mkpath(QFileInfo(QString::fromUtf8(path)).absolutePath());
    QFile file(QString::fromUtf8(path));
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.write("# Written by Commonplace for its own pack building; git does not read this file.\n"
                   "[pack]\n\twindowMemory = 1\n");
    file.close();
    if (const int rc = git_config_add_file_ondisk(config, path.constData(), GIT_CONFIG_LEVEL_APP, repo, 0); rc < 0)
        return fail(lastError(rc, PackBuilder::tr("Cannot read %1").arg(QString::fromUtf8(path))));
    return {};
}

// One pack of ours (objects/pack/pack-*.pack and its version 2 .idx), as a candidate
// to be sent as it is.
struct ExistingPack
{
    QString packPath;
    qint64 packSize = 0;
    QList<Oid> objects;
};

// Reads the object ids of a version 2 pack index; nullopt for anything else (the pack
// is then simply not spliced).
std::optional<ExistingPack> readPackIndex(const QString& idxPath)
{
    QFile idx(idxPath);
    if (!idx.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = idx.read(8 + 256 * 4);
    if (head.size() != 8 + 256 * 4 || !head.startsWith("\377tOc") || qFromBigEndian<quint32>(head.constData() + 4) != 2)
        return std::nullopt;
    const quint32 count = qFromBigEndian<quint32>(head.constData() + 8 + 255 * 4);
    const QByteArray names = idx.read(qint64(count) * Oid::RawSize);
    if (names.size() != qsizetype(count) * Oid::RawSize)
        return std::nullopt;
    ExistingPack pack;
    pack.packPath = idxPath.chopped(4) + QStringLiteral(".pack");
    QFile file(pack.packPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray packHead = file.read(12);
    pack.packSize = file.size();
    if (packHead.size() != 12 || !packHead.startsWith("PACK") ||
        qFromBigEndian<quint32>(packHead.constData() + 8) != count || pack.packSize < 12 + 20)
        return std::nullopt;
    pack.objects.reserve(count);
    for (quint32 i = 0; i < count; ++i)
        pack.objects.append(*Oid::fromRaw(names.mid(qsizetype(i) * Oid::RawSize, Oid::RawSize)));
    return pack;
}

// Every object reachable from the wanted commits and not from the haves' trees (as git
// counts them: commits by the walk, trees and blobs unless a have's tree holds them),
// with the name each was found under (for the delta search of the packbuilder).
class ObjectCounter
{
public:
    explicit ObjectCounter(git_repository* repo) : m_repo(repo) {}

    Status hideTree(const git_oid& tree) { return walkTree(tree, nullptr); }
    Status addCommit(const git_oid& commitId)
    {
        git_commit* commit = nullptr;
        if (const int rc = git_commit_lookup(&commit, m_repo, &commitId); rc < 0)
            return fail(lastError(rc, PackBuilder::tr("Cannot read commit %1").arg(fromGit(&commitId).toHex())));
        CommitPtr owned(commit);
        m_wanted.insert(fromGit(&commitId), {});
        const git_oid* tree = git_commit_tree_id(commit);
        if (!m_seen.contains(fromGit(tree))) {
            m_seen.insert(fromGit(tree));
            m_wanted.insert(fromGit(tree), {});
            return walkTree(*tree, &m_wanted);
        }
        return {};
    }
    [[nodiscard]] const QHash<Oid, QByteArray>& wanted() const { return m_wanted; }

private:
    // Marks what `tree` holds as seen; adds the unseen objects to `into`, if given.
    Status walkTree(const git_oid& treeId, QHash<Oid, QByteArray>* into)
    {
        m_seen.insert(fromGit(&treeId));
        git_tree* tree = nullptr;
        if (const int rc = git_tree_lookup(&tree, m_repo, &treeId); rc < 0)
            return fail(lastError(rc, PackBuilder::tr("Cannot read tree %1").arg(fromGit(&treeId).toHex())));
        TreePtr owned(tree);
        const size_t count = git_tree_entrycount(tree);
        for (size_t i = 0; i < count; ++i) {
            const git_tree_entry* entry = git_tree_entry_byindex(tree, i);
            const git_object_t type = git_tree_entry_type(entry);
            if (type != GIT_OBJECT_TREE && type != GIT_OBJECT_BLOB)
                continue; // a gitlink names another repository's commit
            const Oid id = fromGit(git_tree_entry_id(entry));
            if (m_seen.contains(id))
                continue;
            m_seen.insert(id);
            if (into)
                into->insert(id, QByteArray(git_tree_entry_name(entry)));
            if (type == GIT_OBJECT_TREE)
                if (auto ok = walkTree(*git_tree_entry_id(entry), into); !ok)
                    return ok;
        }
        return {};
    }

    git_repository* m_repo;
    QSet<Oid> m_seen;
    QHash<Oid, QByteArray> m_wanted;
};

// Below this many commits to send, the packbuilder alone is quick enough.
constexpr qsizetype kSpliceMinCommits = 1000;

} // namespace

Result<QByteArray> PackBuilder::build(Repository& repo, const QList<Oid>& wants, const QList<Oid>& haves,
                                      qint64 maxBytes, Stats* stats)
{
    return build(repo, wants, haves, maxBytes, kSpliceMinCommits, stats);
}

Result<QByteArray> PackBuilder::build(Repository& repo, const QList<Oid>& wants, const QList<Oid>& haves,
                                      qint64 maxBytes, qsizetype spliceMinCommits, Stats* stats)
{
    git_repository* raw = Internal::raw(repo);
    if (auto ok = limitDeltaWindow(raw); !ok)
        return fail(ok.error());
    git_odb* odbRaw = nullptr;
    if (const int rc = git_repository_odb(&odbRaw, raw); rc < 0)
        return fail(lastError(rc, tr("Cannot open the object database")));
    OdbPtr odb(odbRaw);

    // Sort the haves and wants: commits go through the walk, other objects straight in.
    QList<git_oid> hiddenCommits, wantedCommits, wantedOthers;
    for (const Oid& have : haves) {
        const git_oid id = toGit(have);
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (git_odb_read_header(&size, &type, odb.get(), &id) < 0) {
            git_error_clear(); // not here: the peer knows more than we do
            continue;
        }
        if (type == GIT_OBJECT_COMMIT)
            hiddenCommits.append(id);
    }
    for (const Oid& want : wants) {
        const git_oid id = toGit(want);
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (const int rc = git_odb_read_header(&size, &type, odb.get(), &id); rc < 0)
            return fail(lastError(rc, tr("Object %1 was asked for but is not here").arg(want.toHex())));
        (type == GIT_OBJECT_COMMIT ? wantedCommits : wantedOthers).append(id);
    }
    auto makeWalk = [&]() -> Result<RevWalkPtr> {
        git_revwalk* walkRaw = nullptr;
        if (const int rc = git_revwalk_new(&walkRaw, raw); rc < 0)
            return fail(lastError(rc, tr("Cannot walk the history")));
        RevWalkPtr walk(walkRaw);
        for (const git_oid& id : std::as_const(hiddenCommits))
            if (const int rc = git_revwalk_hide(walk.get(), &id); rc < 0)
                return fail(lastError(rc, tr("Cannot leave out commit %1").arg(fromGit(&id).toHex())));
        for (const git_oid& id : std::as_const(wantedCommits))
            if (const int rc = git_revwalk_push(walk.get(), &id); rc < 0)
                return fail(lastError(rc, tr("Cannot walk from commit %1").arg(fromGit(&id).toHex())));
        return walk;
    };
    git_packbuilder* pbRaw = nullptr;
    if (const int rc = git_packbuilder_new(&pbRaw, raw); rc < 0)
        return fail(lastError(rc, tr("Cannot start a pack")));
    PackBuilderPtr pb(pbRaw);
    git_packbuilder_set_threads(pb.get(), 0); // as many as the machine has

    // A large history: count what is to be sent, and send as they are the packs we hold
    // whose every object is part of it (no delta search for those).
    QList<ExistingPack> spliced;
    if (wantedOthers.isEmpty() && !wantedCommits.isEmpty()) {
        auto walk = makeWalk();
        if (!walk)
            return fail(walk.error());
        QList<git_oid> commits;
        git_oid next;
        int rc = 0;
        while ((rc = git_revwalk_next(&next, walk->get())) == 0)
            commits.append(next);
        if (rc != GIT_ITEROVER)
            return fail(lastError(rc, tr("Cannot walk the history")));
        if (commits.size() >= spliceMinCommits) {
            ObjectCounter counter(raw);
            for (const git_oid& have : std::as_const(hiddenCommits)) {
                git_commit* commit = nullptr;
                if (const int rc2 = git_commit_lookup(&commit, raw, &have); rc2 < 0)
                    return fail(lastError(rc2, tr("Cannot read commit %1").arg(fromGit(&have).toHex())));
                CommitPtr owned(commit);
                if (auto ok = counter.hideTree(*git_commit_tree_id(commit)); !ok)
                    return fail(ok.error());
            }
            for (const git_oid& commit : std::as_const(commits))
                if (auto ok = counter.addCommit(commit); !ok)
                    return fail(ok.error());
            QHash<Oid, QByteArray> rest = counter.wanted();
            Buffer objectsDir;
            if (const int rc2 = git_repository_item_path(&objectsDir.buf, raw, GIT_REPOSITORY_ITEM_OBJECTS); rc2 < 0)
                return fail(lastError(rc2, tr("Cannot find the object database")));
            const QDir packDir(QString::fromUtf8(objectsDir.toByteArray()) + QStringLiteral("pack"));
            QList<ExistingPack> candidates;
            for (const QString& name : packDir.entryList({QStringLiteral("pack-*.idx")}, QDir::Files))
                if (auto pack = readPackIndex(packDir.filePath(name)))
                    candidates.append(std::move(*pack));
            std::ranges::sort(candidates, [](const ExistingPack& a, const ExistingPack& b) {
                return a.objects.size() > b.objects.size();
            });
            for (ExistingPack& pack : candidates) {
                // Only a pack of nothing but what is to be sent: never an object the peer
                // may not have (unpublished, or unreachable), never one twice.
                if (!std::ranges::all_of(pack.objects, [&](const Oid& id) { return rest.contains(id); }))
                    continue;
                for (const Oid& id : std::as_const(pack.objects))
                    rest.remove(id);
                spliced.append(std::move(pack));
            }
            if (!spliced.isEmpty())
                for (auto it = rest.cbegin(); it != rest.cend(); ++it) {
                    const git_oid id = toGit(it.key());
                    if (const int rc2 = git_packbuilder_insert(pb.get(), &id,
                                                               it.value().isEmpty() ? nullptr : it.value().constData());
                        rc2 < 0)
                        return fail(lastError(rc2, tr("Cannot add object %1 to the pack").arg(it.key().toHex())));
                }
        }
    }
    if (spliced.isEmpty()) {
        for (const git_oid& id : std::as_const(wantedOthers))
            if (const int rc = git_packbuilder_insert_recur(pb.get(), &id, nullptr); rc < 0)
                return fail(lastError(rc, tr("Cannot add object %1 to the pack").arg(fromGit(&id).toHex())));
        if (!wantedCommits.isEmpty()) {
            auto walk = makeWalk();
            if (!walk)
                return fail(walk.error());
            if (const int rc = git_packbuilder_insert_walk(pb.get(), walk->get()); rc < 0)
                return fail(lastError(rc, tr("Cannot add the missing history to the pack")));
        }
    }

    const size_t built = git_packbuilder_object_count(pb.get());
    qint64 count = qint64(built);
    for (const ExistingPack& pack : std::as_const(spliced))
        count += pack.objects.size();
    if (stats)
        *stats = {qsizetype(count), 0, qsizetype(spliced.size()), qsizetype(count - qint64(built))};
    if (count == 0)
        return QByteArray();
    Buffer buf;
    if (built > 0)
        if (const int rc = git_packbuilder_write_buf(&buf.buf, pb.get()); rc < 0)
            return fail(lastError(rc, tr("Cannot write the pack")));
    if (spliced.isEmpty()) {
        if (qint64(buf.buf.size) > maxBytes)
            return fail(Error::user(tr("The pack of %1 objects is %2 bytes, over the limit of %3 bytes.")
                                        .arg(count)
                                        .arg(buf.buf.size)
                                        .arg(maxBytes)));
        if (stats)
            stats->bytes = qsizetype(buf.buf.size);
        return buf.toByteArray();
    }

    // One pack of the spliced ones and the built rest: a pack's entries refer to their
    // delta bases by object id or by a distance back within the same pack, so each
    // pack's run of entries stays valid when copied whole into a longer pack.
    qint64 total = 12 + 20 + (built > 0 ? qint64(buf.buf.size) - 32 : 0);
    for (const ExistingPack& pack : std::as_const(spliced))
        total += pack.packSize - 32;
    if (total > maxBytes)
        return fail(Error::user(
            tr("The pack of %1 objects is %2 bytes, over the limit of %3 bytes.").arg(count).arg(total).arg(maxBytes)));
    if (count > 0xffffffffLL)
        return fail(Error::user(tr("A pack of %1 objects is too many for one pack.").arg(count)));
    QByteArray out;
    out.reserve(qsizetype(total));
    out += "PACK";
    char word[4];
    qToBigEndian<quint32>(2, word);
    out.append(word, 4);
    qToBigEndian<quint32>(quint32(count), word);
    out.append(word, 4);
    for (const ExistingPack& pack : std::as_const(spliced)) {
        QFile file(pack.packPath);
        if (!file.open(QIODevice::ReadOnly) || file.size() != pack.packSize || !file.seek(12))
            return fail(Error::io(tr("Cannot read %1; check the permissions.").arg(pack.packPath)));
        const qsizetype length = qsizetype(pack.packSize - 32);
        const qsizetype at = out.size();
        out.resize(at + length);
        if (file.read(out.data() + at, length) != length)
            return fail(Error::io(tr("Cannot read %1; check the permissions.").arg(pack.packPath)));
    }
    if (built > 0)
        out.append(buf.buf.ptr + 12, qsizetype(buf.buf.size) - 32);
    out += QCryptographicHash::hash(out, QCryptographicHash::Sha1);
    if (stats)
        stats->bytes = out.size();
    return out;
}

} // namespace cp::git
