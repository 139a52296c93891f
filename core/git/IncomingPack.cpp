#include "core/git/IncomingPack.h"

#include "core/git/EntrySafety.h"
#include "core/git/LibGit2_p.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QtEndian>
#include <algorithm>
#include <git2/sys/odb_backend.h>
#include <span>
#include <thread>
#include <vector>

namespace cp::git {

namespace {
using IndexerPtr = Owned<git_indexer, git_indexer_free>;

Error refused(const QString& what)
{
    return Error::protocol(IncomingPack::tr("The peer sent a pack that is refused: %1").arg(what));
}
} // namespace

struct IncomingPack::Private
{
    std::shared_ptr<RepositoryState> state;
    QString folder;
    Limits limits;
    IndexerPtr indexer;
    git_indexer_progress progress{};
    QByteArray header;
    qint64 received = 0;
    qint64 objects = 0;
    QString packName;
    bool finished = false;
    bool verified = false;
    bool accepted = false;
    bool failed = false;

    ~Private()
    {
        indexer.reset(); // closes (and on failure deletes) its files first
        if (!folder.isEmpty())
            QDir(folder).removeRecursively();
    }
    [[nodiscard]] QString packPath(const QString& suffix) const
    {
        return folder + QStringLiteral("/pack-") + packName + suffix;
    }
};

IncomingPack::IncomingPack(std::unique_ptr<Private> d) : d(std::move(d)) {}
IncomingPack::IncomingPack(IncomingPack&&) noexcept = default;
IncomingPack& IncomingPack::operator=(IncomingPack&&) noexcept = default;
IncomingPack::~IncomingPack() = default;

Result<IncomingPack> IncomingPack::begin(Repository& repo, const QString& quarantineRoot, Limits limits)
{
    const QString folder =
        quarantineRoot + QStringLiteral("/incoming-") + QString::number(QRandomGenerator::system()->generate64(), 36);
    if (!QDir().mkpath(folder))
        return fail(
            Error::io(tr("Cannot make the folder %1 for an incoming pack; check the permissions.").arg(folder)));
    auto d = std::make_unique<Private>();
    d->state = Internal::state(repo);
    d->folder = folder;
    d->limits = limits;
    git_indexer_options opts;
    git_indexer_options_init(&opts, GIT_INDEXER_OPTIONS_VERSION);
    git_indexer* indexer = nullptr;
    // No object database: a thin pack (deltas against objects we hold) is refused.
    if (const int rc = git_indexer_new(&indexer, folder.toUtf8().constData(), 0, nullptr, &opts); rc < 0)
        return fail(lastError(rc, tr("Cannot start receiving a pack")));
    d->indexer.reset(indexer);
    return IncomingPack(std::move(d));
}

void IncomingPack::removeLeftovers(const QString& quarantineRoot, std::chrono::seconds olderThan)
{
    const QDir root(quarantineRoot);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-olderThan.count());
    for (const QFileInfo& info : root.entryInfoList({QStringLiteral("incoming-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        if (olderThan.count() == 0 || info.lastModified().toUTC() < cutoff)
            QDir(info.absoluteFilePath()).removeRecursively();
}

qint64 IncomingPack::receivedBytes() const
{
    return d->received;
}

qint64 IncomingPack::objectCount() const
{
    return d->objects;
}

QString IncomingPack::folder() const
{
    return d->folder;
}

Status IncomingPack::append(QByteArrayView data)
{
    if (d->failed || d->finished)
        return fail(Error::internal(tr("This pack is complete or failed; no more data is taken.")));
    auto failWith = [this](Error e) {
        d->failed = true;
        return fail(std::move(e));
    };
    if (d->received + data.size() > d->limits.maxBytes)
        return failWith(refused(tr("it is over the limit of %1 bytes").arg(d->limits.maxBytes)));
    if (d->header.size() < 12) {
        d->header += data.first(std::min<qsizetype>(12 - d->header.size(), data.size()));
        if (d->header.size() == 12) {
            const quint32 version = qFromBigEndian<quint32>(d->header.constData() + 4);
            const quint32 count = qFromBigEndian<quint32>(d->header.constData() + 8);
            if (!d->header.startsWith("PACK") || (version != 2 && version != 3))
                return failWith(refused(tr("it does not start like a git pack")));
            if (qint64(count) > d->limits.maxObjects)
                return failWith(
                    refused(tr("it holds %1 objects, over the limit of %2").arg(count).arg(d->limits.maxObjects)));
            d->objects = count;
        }
    }
    d->received += data.size();
    if (const int rc = git_indexer_append(d->indexer.get(), data.data(), size_t(data.size()), &d->progress); rc < 0)
        return failWith(refused(lastError(rc, tr("it is not a valid pack")).message));
    return {};
}

Status IncomingPack::finish()
{
    if (d->failed || d->finished)
        return fail(Error::internal(tr("This pack is complete or failed already.")));
    d->finished = true;
    if (d->received == 0)
        return {}; // nothing was missing
    if (const int rc = git_indexer_commit(d->indexer.get(), &d->progress); rc < 0) {
        d->failed = true;
        return fail(refused(lastError(rc, tr("it is incomplete or damaged")).message));
    }
    d->packName = QString::fromLatin1(git_indexer_name(d->indexer.get()));
    d->objects = d->progress.indexed_objects;
    d->indexer.reset(); // closes the pack and index files
    return {};
}

namespace {

// The objects of a pack our indexer wrote, with their types, in the order of the pack.
// Read from its version 2 index and the entry headers of the pack itself, so that no
// object is inflated to learn its type (libgit2 would walk each delta chain for that).
struct PackContents
{
    struct Entry
    {
        Oid id;
        quint64 offset = 0;
        git_object_t type = GIT_OBJECT_INVALID;
    };
    QList<Entry> entries; // by offset

    static Result<PackContents> read(const QString& idxPath, const QString& packPath)
    {
        auto damaged = [] { return fail(refused(IncomingPack::tr("its index cannot be read back"))); };
        QFile idx(idxPath);
        if (!idx.open(QIODevice::ReadOnly))
            return damaged();
        const QByteArray index = idx.readAll();
        if (index.size() < 8 + 256 * 4 || !index.startsWith("\377tOc") ||
            qFromBigEndian<quint32>(index.constData() + 4) != 2)
            return damaged();
        const qsizetype count = qFromBigEndian<quint32>(index.constData() + 8 + 255 * 4);
        const qsizetype names = 8 + 256 * 4, offsets = names + count * (Oid::RawSize + 4), large = offsets + count * 4;
        if (index.size() < large + 2 * 20)
            return damaged();
        QFile file(packPath);
        if (!file.open(QIODevice::ReadOnly))
            return damaged();
        const qint64 packSize = file.size();
        const uchar* pack = file.map(0, packSize);
        if (!pack)
            return damaged();
        PackContents out;
        out.entries.resize(count);
        QHash<Oid, qsizetype> byId;
        byId.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            Entry& e = out.entries[i];
            e.id = *Oid::fromRaw(index.mid(names + i * Oid::RawSize, Oid::RawSize));
            quint64 offset = qFromBigEndian<quint32>(index.constData() + offsets + i * 4);
            if (offset & 0x80000000u) {
                const qsizetype at = large + qsizetype(offset & 0x7fffffffu) * 8;
                if (at + 8 > index.size() - 40)
                    return damaged();
                offset = qFromBigEndian<quint64>(index.constData() + at);
            }
            if (offset < 12 || offset >= quint64(packSize) - 20)
                return damaged();
            e.offset = offset;
        }
        std::ranges::sort(out.entries, {}, &Entry::offset);
        QHash<quint64, qsizetype> byOffset;
        byOffset.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            byOffset.insert(out.entries[i].offset, i);
            byId.insert(out.entries[i].id, i);
        }
        // Each entry's stored type, and the entry a delta is against.
        QList<qsizetype> base(count, -1);
        for (qsizetype i = 0; i < count; ++i) {
            quint64 at = out.entries[i].offset;
            const quint64 end = quint64(packSize) - 20;
            uchar c = pack[at++];
            const int type = (c >> 4) & 7;
            while (c & 0x80) {
                if (at >= end)
                    return damaged();
                c = pack[at++];
            }
            if (type == GIT_OBJECT_OFS_DELTA) {
                if (at >= end)
                    return damaged();
                c = pack[at++];
                quint64 distance = c & 0x7f;
                while (c & 0x80) {
                    if (at >= end || distance > (quint64(1) << 56))
                        return damaged();
                    c = pack[at++];
                    distance = ((distance + 1) << 7) | (c & 0x7f);
                }
                const auto it = byOffset.constFind(out.entries[i].offset - distance);
                if (distance == 0 || distance > out.entries[i].offset || it == byOffset.cend())
                    return damaged();
                base[i] = *it;
            } else if (type == GIT_OBJECT_REF_DELTA) {
                if (at + Oid::RawSize > end)
                    return damaged();
                const auto it =
                    byId.constFind(*Oid::fromRaw(QByteArray(reinterpret_cast<const char*>(pack + at), Oid::RawSize)));
                if (it == byId.cend())
                    return damaged(); // the indexer refuses thin packs already
                base[i] = *it;
            } else if (type >= GIT_OBJECT_COMMIT && type <= GIT_OBJECT_TAG) {
                out.entries[i].type = git_object_t(type);
            } else {
                return damaged();
            }
        }
        // A delta has the type of the end of its chain (the indexer resolved every chain).
        for (qsizetype i = 0; i < count; ++i) {
            qsizetype at = i;
            qsizetype steps = 0;
            while (out.entries[at].type == GIT_OBJECT_INVALID && base[at] >= 0 && ++steps <= count)
                at = base[at];
            if (out.entries[at].type == GIT_OBJECT_INVALID)
                return damaged();
            const git_object_t type = out.entries[at].type;
            for (qsizetype j = i; out.entries[j].type == GIT_OBJECT_INVALID; j = base[j])
                out.entries[j].type = type;
        }
        return out;
    }
};

// A quick yes for the millions of ordinary entries of a large history: a file or folder
// whose name cannot be ".", "..", ".git" in any spelling or "git~1" (it starts with none
// of '.', 'g', 'G') and holds no path separator. Anything else goes to EntrySafety.
bool plainlySafe(QByteArrayView name, int mode)
{
    if (mode != int(GIT_FILEMODE_BLOB) && mode != int(GIT_FILEMODE_TREE) && mode != int(GIT_FILEMODE_BLOB_EXECUTABLE))
        return false;
    if (name.isEmpty() || name[0] == '.' || name[0] == 'g' || name[0] == 'G')
        return false;
    for (const char c : name)
        if (c == '/' || c == '\\' || c == '\0')
            return false;
    return true;
}

// Checks the objects of one pack against EntrySafety and for connectivity.
class PackChecker
{
public:
    PackChecker(git_odb* main, git_repository* packRepo) : m_main(main), m_repo(packRepo) {}

    // Checks the commits, trees and tags of `entries` (in the order of the pack: a
    // delta's base comes before it, and is likely still in libgit2's cache of delta
    // bases). `types` lists every object of the pack.
    Status run(const QHash<Oid, git_object_t>& types, std::span<const PackContents::Entry> entries)
    {
        m_types = &types;
        for (const PackContents::Entry& e : entries) {
            Status ok;
            if (e.type == GIT_OBJECT_COMMIT)
                ok = checkCommit(e.id);
            else if (e.type == GIT_OBJECT_TREE)
                ok = checkTree(e.id);
            else if (e.type == GIT_OBJECT_TAG)
                ok = checkTag(e.id);
            if (!ok)
                return ok;
        }
        return {};
    }

    // In the pack (with the right type) or in the repository already.
    static bool has(const QHash<Oid, git_object_t>& types, git_odb* main, const Oid& id, git_object_t type)
    {
        if (auto it = types.constFind(id); it != types.cend())
            return type == GIT_OBJECT_ANY || it.value() == type;
        const git_oid raw = toGit(id);
        return git_odb_exists_ext(main, &raw, GIT_ODB_LOOKUP_NO_REFRESH) == 1;
    }

private:
    bool has(const Oid& id, git_object_t type) const { return has(*m_types, m_main, id, type); }

    Status missing(const Oid& from, const Oid& to) const
    {
        return fail(refused(IncomingPack::tr("object %1 names %2, which is neither in the pack nor here (or of the "
                                             "wrong type)")
                                .arg(from.toShortHex(), to.toHex())));
    }

    Status checkCommit(const Oid& id)
    {
        const git_oid raw = toGit(id);
        git_commit* commit = nullptr;
        if (const int rc = git_commit_lookup(&commit, m_repo, &raw); rc < 0)
            return fail(refused(lastError(rc, IncomingPack::tr("commit %1 is malformed").arg(id.toHex())).message));
        CommitPtr owned(commit);
        const Oid tree = fromGit(git_commit_tree_id(commit));
        if (!has(tree, GIT_OBJECT_TREE))
            return missing(id, tree);
        for (unsigned i = 0; i < git_commit_parentcount(commit); ++i) {
            const Oid parent = fromGit(git_commit_parent_id(commit, i));
            if (!has(parent, GIT_OBJECT_COMMIT))
                return missing(id, parent);
        }
        return {};
    }

    Status checkTree(const Oid& id)
    {
        const git_oid raw = toGit(id);
        git_tree* tree = nullptr;
        if (const int rc = git_tree_lookup(&tree, m_repo, &raw); rc < 0)
            return fail(refused(lastError(rc, IncomingPack::tr("tree %1 is malformed").arg(id.toHex())).message));
        TreePtr owned(tree);
        QByteArrayView previous;
        bool previousIsTree = false;
        const size_t count = git_tree_entrycount(tree);
        for (size_t i = 0; i < count; ++i) {
            const git_tree_entry* entry = git_tree_entry_byindex(tree, i);
            const QByteArrayView name(git_tree_entry_name(entry)); // lives as long as the tree
            const int mode = int(git_tree_entry_filemode_raw(entry));
            if (!plainlySafe(name, mode))
                if (auto ok = EntrySafety::checkEntry(name, mode); !ok)
                    return fail(refused(ok.error().message));
            const bool isTree = mode == int(GIT_FILEMODE_TREE);
            if (i > 0 && !EntrySafety::inOrder(previous, previousIsTree, name, isTree))
                return fail(refused(IncomingPack::tr("tree %1 is not sorted or repeats “%2”")
                                        .arg(id.toShortHex(), QString::fromUtf8(name.toByteArray()))));
            const Oid target = fromGit(git_tree_entry_id(entry));
            if (!has(target, isTree ? GIT_OBJECT_TREE : GIT_OBJECT_BLOB))
                return missing(id, target);
            previous = name;
            previousIsTree = isTree;
        }
        return {};
    }

    Status checkTag(const Oid& id)
    {
        const git_oid raw = toGit(id);
        git_tag* tag = nullptr;
        if (const int rc = git_tag_lookup(&tag, m_repo, &raw); rc < 0)
            return fail(refused(lastError(rc, IncomingPack::tr("tag %1 is malformed").arg(id.toHex())).message));
        Owned<git_tag, git_tag_free> owned(tag);
        const Oid target = fromGit(git_tag_target_id(tag));
        if (!has(target, git_tag_target_type(tag)))
            return missing(id, target);
        return {};
    }

    git_odb* m_main;
    git_repository* m_repo;
    const QHash<Oid, git_object_t>* m_types = nullptr;
};

// A repository of one received pack alone (no other objects), for reading it back.
struct PackReader
{
    OdbPtr odb;
    RepositoryPtr repo;

    static Result<PackReader> open(const QString& idxPath)
    {
        git_odb* packRaw = nullptr;
        if (const int rc = git_odb_new(&packRaw); rc < 0)
            return fail(lastError(rc, IncomingPack::tr("Cannot open the received pack")));
        PackReader out;
        out.odb.reset(packRaw);
        git_odb_backend* backend = nullptr;
        if (const int rc = git_odb_backend_one_pack(&backend, idxPath.toUtf8().constData()); rc < 0)
            return fail(lastError(rc, IncomingPack::tr("Cannot open the received pack")));
        if (const int rc = git_odb_add_backend(out.odb.get(), backend, 1); rc < 0) {
            backend->free(backend);
            return fail(lastError(rc, IncomingPack::tr("Cannot open the received pack")));
        }
        git_repository* repoRaw = nullptr;
        if (const int rc = git_repository_wrap_odb(&repoRaw, out.odb.get()); rc < 0)
            return fail(lastError(rc, IncomingPack::tr("Cannot open the received pack")));
        out.repo.reset(repoRaw);
        return out;
    }
};

// Below this many commits, trees and tags, one thread checks them all.
constexpr qsizetype kParallelCheckMin = 1000;

} // namespace

Status IncomingPack::verify(const QList<Oid>& wanted)
{
    if (!d->finished || d->failed)
        return fail(Error::internal(tr("Only a complete pack can be checked.")));
    git_odb* mainRaw = nullptr;
    if (const int rc = git_repository_odb(&mainRaw, d->state->repo.get()); rc < 0)
        return fail(lastError(rc, tr("Cannot open the object database")));
    OdbPtr main(mainRaw);
    if (d->packName.isEmpty()) {
        for (const Oid& id : wanted) {
            const git_oid raw = toGit(id);
            if (git_odb_exists(main.get(), &raw) != 1)
                return fail(refused(tr("it is empty, but object %1 is missing").arg(id.toHex())));
        }
        d->verified = true;
        return {};
    }
    const QString idxPath = d->packPath(QStringLiteral(".idx"));
    auto contents = PackContents::read(idxPath, d->packPath(QStringLiteral(".pack")));
    if (!contents) {
        d->failed = true;
        return fail(contents.error());
    }
    QHash<Oid, git_object_t> types;
    types.reserve(contents->entries.size());
    QList<PackContents::Entry> checked; // commits, trees and tags, in pack order
    for (const PackContents::Entry& e : std::as_const(contents->entries)) {
        types.insert(e.id, e.type);
        if (e.type != GIT_OBJECT_BLOB)
            checked.append(e);
    }
    // A large pack is checked in contiguous runs of entries on as many threads as
    // there are cores (at most 4), each with a reader of its own; libgit2's object
    // database is safe to share between threads for reading.
    const bool threaded = (git_libgit2_features() & GIT_FEATURE_THREADS) != 0;
    const qsizetype parts = threaded && checked.size() >= kParallelCheckMin
                                ? std::clamp<qsizetype>(qsizetype(std::thread::hardware_concurrency()), 1, 4)
                                : 1;
    std::vector<PackReader> readers;
    for (qsizetype i = 0; i < parts; ++i) {
        auto reader = PackReader::open(idxPath);
        if (!reader)
            return fail(reader.error());
        readers.push_back(std::move(*reader));
    }
    std::vector<Status> results(static_cast<size_t>(parts));
    auto check = [&](qsizetype part) {
        const qsizetype from = checked.size() * part / parts, to = checked.size() * (part + 1) / parts;
        results[size_t(part)] = PackChecker(main.get(), readers[size_t(part)].repo.get())
                                    .run(types, std::span(checked.constData() + from, size_t(to - from)));
    };
    {
        std::vector<std::jthread> workers;
        for (qsizetype part = 1; part < parts; ++part)
            workers.emplace_back(check, part);
        check(0);
    } // joins the workers
    for (const Status& ok : std::as_const(results))
        if (!ok) {
            d->failed = true;
            return ok;
        }
    for (const Oid& id : wanted)
        if (!PackChecker::has(types, main.get(), id, GIT_OBJECT_ANY)) {
            d->failed = true;
            return fail(refused(tr("object %1 that was asked for is not in it").arg(id.toHex())));
        }
    d->verified = true;
    return {};
}

Status IncomingPack::accept()
{
    if (!d->verified || d->failed || d->accepted)
        return fail(Error::internal(tr("Only a checked pack can be kept, once.")));
    d->accepted = true;
    if (d->packName.isEmpty())
        return {};
    git_repository* repo = d->state->repo.get();
    Buffer objects;
    if (const int rc = git_repository_item_path(&objects.buf, repo, GIT_REPOSITORY_ITEM_OBJECTS); rc < 0)
        return fail(lastError(rc, tr("Cannot find the object database")));
    const QString packDir = QString::fromUtf8(objects.toByteArray()) + QStringLiteral("pack");
    if (!QDir().mkpath(packDir))
        return fail(Error::io(tr("Cannot make %1; check the permissions.").arg(packDir)));
    // The pack first, its index last: git and libgit2 see a pack once its index is there.
    for (const QString& suffix : {QStringLiteral(".pack"), QStringLiteral(".idx")}) {
        const QString target = packDir + QStringLiteral("/pack-") + d->packName + suffix;
        if (QFile::exists(target))
            continue; // the same pack came before
        if (!QFile::rename(d->packPath(suffix), target))
            return fail(Error::io(
                tr("Cannot move the received pack into %1; check the permissions and free space.").arg(packDir)));
    }
    git_odb* odb = nullptr;
    if (const int rc = git_repository_odb(&odb, repo); rc < 0)
        return fail(lastError(rc, tr("Cannot open the object database")));
    OdbPtr owned(odb);
    if (const int rc = git_odb_refresh(odb); rc < 0)
        return fail(lastError(rc, tr("Cannot read the object database again")));
    return {};
}

} // namespace cp::git
