#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/git/Signature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace cp::git {

class Repository;

// Git notes (libgit2's notes API): text attached to an object under a notes reference such
// as refs/notes/reviews, so `git log --notes=reviews` shows it.
class Notes
{
public:
    // The note on `object` under `notesRef`; std::nullopt when there is none.
    [[nodiscard]] static Result<std::optional<QByteArray>> read(const Repository& repo, const QString& notesRef,
                                                                const Oid& object);
    // Attaches `text` to `object` (replacing a note already there) with one notes commit.
    [[nodiscard]] static Result<Oid> write(Repository& repo, const QString& notesRef, const Oid& object,
                                           const QByteArray& text, const Signature& author);
    // Every (annotated object, note text) under `notesRef`; empty when the ref is absent.
    [[nodiscard]] static Result<QList<std::pair<Oid, QByteArray>>> all(const Repository& repo, const QString& notesRef);
};

} // namespace cp::git
