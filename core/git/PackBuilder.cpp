#include "core/git/PackBuilder.h"

#include "core/git/LibGit2_p.h"

namespace cp::git {

namespace {
using PackBuilderPtr = Owned<git_packbuilder, git_packbuilder_free>;
} // namespace

Result<QByteArray> PackBuilder::build(Repository& repo, const QList<Oid>& wants, const QList<Oid>& haves,
                                      qint64 maxBytes, Stats* stats)
{
    git_repository* raw = Internal::raw(repo);
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
