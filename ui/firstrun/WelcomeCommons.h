#pragma once

#include "core/Error.h"

#include <QString>

#include <memory>

namespace cp {

class Commons;
class Profile;
class ProfileIdentity;

// Makes a person's first commons under their profile, optionally with the pages
// that explain Commonplace (bundled as :/welcome/<lang>/<title>.md, English when
// the person's language has none). With `identity` (ready), every commit is
// authored and signed as that identity, as the GUI's other commits are.
class WelcomeCommons
{
public:
    [[nodiscard]] static Result<std::unique_ptr<Commons>> create(const Profile& profile, const QString& name,
                                                                 bool withWelcomePages,
                                                                 const ProfileIdentity* identity = nullptr);
    // The folder the welcome pages come from for the current locale.
    [[nodiscard]] static QString pagesFolder();
};

} // namespace cp
