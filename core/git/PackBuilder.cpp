#include "core/git/PackBuilder.h"

#include "core/git/LibGit2_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
} // namespace

Result<QByteArray> PackBuilder::build(Repository& repo, const QList<Oid>& wants, const QList<Oid>& haves,
                                      qint64 maxBytes, Stats* stats)
{
    git_repository* raw = Internal::raw(repo);
    if (auto ok = limitDeltaWindow(raw); !ok)
        return fail(ok.error());
    git_odb* odbRaw = nullptr;
    if (const int rc = git_repository_odb(&odbRaw, raw); rc < 0)
        return fail(lastError(rc, tr("Cannot open the object database")));
    OdbPtr odb(odbRaw);

    git_revwalk* walkRaw = nullptr;
    if (const int rc = git_revwalk_new(&walkRaw, raw); rc < 0)
        return fail(lastError(rc, tr("Cannot walk the history")));
    RevWalkPtr walk(walkRaw);
    git_packbuilder* pbRaw = nullptr;
    if (const int rc = git_packbuilder_new(&pbRaw, raw); rc < 0)
        return fail(lastError(rc, tr("Cannot start a pack")));
    PackBuilderPtr pb(pbRaw);
    git_packbuilder_set_threads(pb.get(), 0); // as many as the machine has

    for (const Oid& have : haves) {
        const git_oid id = toGit(have);
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (git_odb_read_header(&size, &type, odb.get(), &id) < 0) {
            git_error_clear(); // not here: the peer knows more than we do
            continue;
        }
        if (type == GIT_OBJECT_COMMIT)
            if (const int rc = git_revwalk_hide(walk.get(), &id); rc < 0)
                return fail(lastError(rc, tr("Cannot leave out commit %1").arg(have.toHex())));
    }
    bool pushed = false;
    for (const Oid& want : wants) {
        const git_oid id = toGit(want);
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (const int rc = git_odb_read_header(&size, &type, odb.get(), &id); rc < 0)
            return fail(lastError(rc, tr("Object %1 was asked for but is not here").arg(want.toHex())));
        if (type == GIT_OBJECT_COMMIT) {
            if (const int rc = git_revwalk_push(walk.get(), &id); rc < 0)
                return fail(lastError(rc, tr("Cannot walk from commit %1").arg(want.toHex())));
            pushed = true;
        } else if (const int rc = git_packbuilder_insert_recur(pb.get(), &id, nullptr); rc < 0) {
            return fail(lastError(rc, tr("Cannot add object %1 to the pack").arg(want.toHex())));
        }
    }
    if (pushed)
        if (const int rc = git_packbuilder_insert_walk(pb.get(), walk.get()); rc < 0)
            return fail(lastError(rc, tr("Cannot add the missing history to the pack")));

    const size_t count = git_packbuilder_object_count(pb.get());
    if (stats)
        *stats = {qsizetype(count), 0};
    if (count == 0)
        return QByteArray();
    Buffer buf;
    if (const int rc = git_packbuilder_write_buf(&buf.buf, pb.get()); rc < 0)
        return fail(lastError(rc, tr("Cannot write the pack")));
    if (qint64(buf.buf.size) > maxBytes)
        return fail(Error::user(tr("The pack of %1 objects is %2 bytes, over the limit of %3 bytes.")
                                    .arg(count)
                                    .arg(buf.buf.size)
                                    .arg(maxBytes)));
    if (stats)
        stats->bytes = qsizetype(buf.buf.size);
    return buf.toByteArray();
}

} // namespace cp::git
