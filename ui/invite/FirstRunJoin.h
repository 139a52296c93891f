#pragma once

#include "core/Profile.h"

#include <QObject>
#include <QPointer>

class QPushButton;

namespace cp {

class FirstRunDialog;
class JoinDialog;
class ProfileIdentity;

// On the first-run dialog, for someone who was invited: a "Join a Commons…" button
// beside "Start Writing" (once their name is typed) that opens the JoinDialog instead
// of making a commons of their own. joined() when the commons is on disk.
class FirstRunJoin : public QObject
{
    Q_OBJECT

public:
    FirstRunJoin(FirstRunDialog* dialog, Profile profile, ProfileIdentity* identity);

    [[nodiscard]] QPushButton* button() const { return m_button; }
    [[nodiscard]] JoinDialog* joinDialog() const;

signals:
    void joined(const QString& path);

private:
    void openJoinDialog();

    FirstRunDialog* m_dialog;
    Profile m_profile;
    QPointer<ProfileIdentity> m_identity;
    QPushButton* m_button = nullptr;
    QPointer<JoinDialog> m_joinDialog;
};

} // namespace cp
