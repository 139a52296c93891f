#pragma once

#include "core/Error.h"
#include "core/Profile.h"
#include "ui/firstrun/FirstRunDialog.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace cp {

class Commons;
class MainWindow;
class ProfileIdentity;

// How the app was started (command-line options of `commonplace`).
struct LaunchOptions
{
    QString profileDir; // empty: the platform's default profile
    QString authorName; // non-empty: use this name and skip the first-run dialog
};

// Start-up: opens the profile, starts loading its identity (ProfileIdentity, in the
// background: the window never waits for the keychain), asks a new person their
// name and makes their first commons (FirstRunDialog, WelcomeCommons; signed, so
// made once the identity is there), then shows the main window on the commons
// opened last. The dialog, the window and the identity are owned here.
class Launcher : public QObject
{
    Q_OBJECT
public:
    explicit Launcher(LaunchOptions options, QObject* parent = nullptr);
    ~Launcher() override;

    // Opens the profile and shows the first-run dialog or the main window.
    // An error means nothing could be shown; its message says why.
    [[nodiscard]] Status start();

    [[nodiscard]] MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] FirstRunDialog* firstRunDialog() const { return m_firstRun; }
    [[nodiscard]] ProfileIdentity* identity() const { return m_identity; }

signals:
    void windowShown(cp::MainWindow* window);
    // The person closed the first-run dialog without starting.
    void cancelled();

private:
    void showFirstRun();
    void finishFirstRun();
    void createFirstCommons();
    void createDefaultCommons();
    void showWindow(std::unique_ptr<Commons> commons);
    // Runs `step` once the identity is ready: at once, or when it has loaded
    // (loading it again if it failed before). Only the latest step waits.
    void whenIdentityReady(std::function<void()> step);
    void onIdentityFailed(const Error& error);

    LaunchOptions m_options;
    std::optional<Profile> m_profile;
    ProfileIdentity* m_identity = nullptr;
    bool m_identityLoading = false;
    std::function<void()> m_afterIdentity;
    QPointer<FirstRunDialog> m_firstRun;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cp
