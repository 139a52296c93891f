#include "core/git/RevParse.h"

#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

namespace {
using ObjectPtr = Owned<git_object, git_object_free>;
}

Result<Oid> RevParse::commit(const Repository& repo, const QString& spec)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return fail(
            Error::user(QCoreApplication::translate("cp::git::RevParse", "No commit named: the name is empty.")));
    const QByteArray name = trimmed.toUtf8();
    git_object* found = nullptr;
    if (const int rc = git_revparse_single(&found, Internal::raw(repo), name.constData()); rc < 0) {
        Error error =
            lastError(rc, QCoreApplication::translate("cp::git::RevParse", "Cannot find the commit “%1” in %2")
                              .arg(trimmed, repo.workdir().isEmpty() ? repo.gitDir() : repo.workdir()));
        if (rc == GIT_EUNBORNBRANCH)
            error.kind = Error::Kind::NotFound; // nothing committed yet
        return fail(error);
    }
    ObjectPtr object(found);
    git_object* peeled = nullptr;
    if (const int rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT); rc < 0) {
        Error error =
            lastError(rc, QCoreApplication::translate("cp::git::RevParse", "“%1” does not name a commit").arg(trimmed));
        error.kind = Error::Kind::User;
        return fail(error);
    }
    ObjectPtr commit(peeled);
    return fromGit(git_object_id(commit.get()));
}

} // namespace cp::git
