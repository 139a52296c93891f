#pragma once

#include "core/git/Oid.h"

#include <QString>
#include <memory>
#include <optional>

namespace cp::git {

struct Internal;

// A reference as it was when looked up (it does not follow later moves).
class Reference
{
public:
    Reference(Reference&&) noexcept;
    Reference& operator=(Reference&&) noexcept;
    ~Reference();

    [[nodiscard]] QString name() const;
    [[nodiscard]] bool isSymbolic() const;
    // The object a direct reference points at; std::nullopt for a symbolic one.
    [[nodiscard]] std::optional<Oid> target() const;
    // The reference a symbolic one points at ("refs/heads/main"); empty for a direct one.
    [[nodiscard]] QString symbolicTarget() const;

private:
    friend struct Internal;
    struct Private;
    explicit Reference(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
