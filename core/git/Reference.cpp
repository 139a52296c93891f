#include "core/git/LibGit2_p.h"

namespace cp::git {

Reference::Reference(std::unique_ptr<Private> d) : d(std::move(d)) {}
Reference::Reference(Reference&&) noexcept = default;
Reference& Reference::operator=(Reference&&) noexcept = default;
Reference::~Reference() = default;

QString Reference::name() const
{
    return QString::fromUtf8(git_reference_name(d->handle.get()));
}

bool Reference::isSymbolic() const
{
    return git_reference_type(d->handle.get()) == GIT_REFERENCE_SYMBOLIC;
}

std::optional<Oid> Reference::target() const
{
    const git_oid* id = git_reference_target(d->handle.get());
    return id ? std::optional(fromGit(id)) : std::nullopt;
}

QString Reference::symbolicTarget() const
{
    const char* target = git_reference_symbolic_target(d->handle.get());
    return target ? QString::fromUtf8(target) : QString();
}

} // namespace cp::git
