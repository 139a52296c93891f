#pragma once

#include "core/Error.h"
#include "core/Profile.h"
#include "ui/firstrun/FirstRunDialog.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace cp {

class Commons;
class MainWindow;

// How the app was started (command-line options of `commonplace`).
struct LaunchOptions
{
    QString profileDir; // empty: the platform's default profile
    QString authorName; // non-empty: use this name and skip the first-run dialog
};

// Start-up: opens the profile, asks a new person their name and makes their first
// commons (FirstRunDialog, WelcomeCommons), then shows the main window on the
// commons opened last. The dialog and the window are owned here.
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

signals:
    void windowShown(cp::MainWindow* window);
    // The person closed the first-run dialog without starting.
    void cancelled();

private:
    void showFirstRun();
    void finishFirstRun();
    [[nodiscard]] Result<std::unique_ptr<Commons>> openLastCommons();
    void showWindow(std::unique_ptr<Commons> commons);

    LaunchOptions m_options;
    std::optional<Profile> m_profile;
    QPointer<FirstRunDialog> m_firstRun;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cp
