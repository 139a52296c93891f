#include "core/git/RefTransaction.h"

#include "core/git/LibGit2_p.h"

#include <QCoreApplication>
#include <QSet>

namespace cp::git {

namespace {
using TransactionPtr = Owned<git_transaction, git_transaction_free>;

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::git::RefTransaction", text);
}
} // namespace

struct RefTransaction::Private
{
    std::shared_ptr<RepositoryState> state;
    TransactionPtr handle;
    QSet<QString> locked;
    bool committed = false;
};

RefTransaction::RefTransaction(std::unique_ptr<Private> d) : d(std::move(d)) {}
RefTransaction::RefTransaction(RefTransaction&&) noexcept = default;
RefTransaction& RefTransaction::operator=(RefTransaction&&) noexcept = default;
RefTransaction::~RefTransaction() = default;

Result<RefTransaction> RefTransaction::begin(Repository& repo)
{
    git_transaction* tx = nullptr;
    if (const int rc = git_transaction_new(&tx, Internal::raw(repo)); rc < 0)
        return fail(lastError(rc, tr("Cannot start updating references")));
    auto d = std::make_unique<Private>();
    d->state = Internal::state(repo);
    d->handle.reset(tx);
    return RefTransaction(std::move(d));
}

Status RefTransaction::lock(const QString& refName)
{
    if (d->committed)
        return fail(Error::internal(tr("This reference update was committed already.")));
    if (d->locked.contains(refName))
        return {};
    if (const int rc = git_transaction_lock_ref(d->handle.get(), refName.toUtf8().constData()); rc < 0)
        return fail(lastError(rc, tr("Cannot lock %1; another program may be changing it, try again").arg(refName)));
    d->locked.insert(refName);
    return {};
}

Status RefTransaction::set(const QString& refName, const Oid& target, const QString& logMessage)
{
    if (auto ok = lock(refName); !ok)
        return ok;
    const git_oid id = toGit(target);
    if (const int rc = git_transaction_set_target(d->handle.get(), refName.toUtf8().constData(), &id, nullptr,
                                                  logMessage.toUtf8().constData());
        rc < 0)
        return fail(lastError(rc, tr("Cannot move %1 to %2").arg(refName, target.toHex())));
    return {};
}

Status RefTransaction::remove(const QString& refName)
{
    if (auto ok = lock(refName); !ok)
        return ok;
    if (const int rc = git_transaction_remove(d->handle.get(), refName.toUtf8().constData()); rc < 0)
        return fail(lastError(rc, tr("Cannot delete %1").arg(refName)));
    return {};
}

Status RefTransaction::commit()
{
    if (d->committed)
        return fail(Error::internal(tr("This reference update was committed already.")));
    d->committed = true;
    if (const int rc = git_transaction_commit(d->handle.get()); rc < 0)
        return fail(lastError(rc, tr("Cannot write the updated references")));
    return {};
}

} // namespace cp::git
