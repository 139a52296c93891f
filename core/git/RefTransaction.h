#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"

#include <QString>
#include <memory>

namespace cp::git {

class Repository;

// Several reference updates that happen together or not at all (as far as the
// reference store allows): every reference named is locked first, and commit()
// writes them all. Dropping the transaction without commit() changes nothing.
// Owned by the thread that owns the repository.
class RefTransaction
{
public:
    [[nodiscard]] static Result<RefTransaction> begin(Repository& repo);

    RefTransaction(RefTransaction&&) noexcept;
    RefTransaction& operator=(RefTransaction&&) noexcept;
    ~RefTransaction();

    // Points `refName` at `target` (made if missing).
    [[nodiscard]] Status set(const QString& refName, const Oid& target, const QString& logMessage);
    // Deletes `refName`, which must exist.
    [[nodiscard]] Status remove(const QString& refName);
    // Writes every update. A failure leaves the references as they were where the
    // reference store allows it (a loose-ref store may have written some).
    [[nodiscard]] Status commit();

private:
    struct Private;
    explicit RefTransaction(std::unique_ptr<Private> d);
    [[nodiscard]] Status lock(const QString& refName);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
