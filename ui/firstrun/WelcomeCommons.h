#pragma once

#include "core/Error.h"

#include <QString>

#include <memory>

namespace cp {

class Commons;
class Profile;

// Makes a person's first commons under their profile, optionally with the pages
// that explain Commonplace (bundled as :/welcome/<lang>/<title>.md, English when
// the person's language has none).
class WelcomeCommons
{
public:
    [[nodiscard]] static Result<std::unique_ptr<Commons>> create(const Profile& profile, const QString& name,
                                                                 bool withWelcomePages);
    // The folder the welcome pages come from for the current locale.
    [[nodiscard]] static QString pagesFolder();
};

} // namespace cp
