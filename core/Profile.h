#pragma once

#include "core/Error.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace cp {

// One installation's home: settings, identity and the commons it keeps.
// The default lives under the platform's app-data location; `--profile DIR`
// (GUI and CLI alike) points elsewhere so that several peers run on one machine.
class Profile
{
public:
    // The profile at `dir`, or the platform default when `dir` is empty.
    [[nodiscard]] static Result<Profile> open(const QString& dir = {});

    [[nodiscard]] QString path() const { return m_path; }
    // Where this profile keeps its commons: <profile>/commons/<slug>.
    [[nodiscard]] QString commonsRoot() const;
    // A free directory under commonsRoot() for a commons called `name`.
    [[nodiscard]] QString newCommonsPath(const QString& name) const;

    [[nodiscard]] QSettings& settings() const { return *m_settings; }

    // Author name used in commits; empty until the person chose one.
    [[nodiscard]] QString authorName() const;
    void setAuthorName(const QString& name);

    // The commons opened last (GUI), empty if none.
    [[nodiscard]] QString lastCommons() const;
    void setLastCommons(const QString& path);

private:
    explicit Profile(QString path);

    QString m_path;
    std::shared_ptr<QSettings> m_settings;
};

} // namespace cp
