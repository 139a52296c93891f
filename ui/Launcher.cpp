#include "ui/Launcher.h"

#include "core/wiki/Commons.h"
#include "ui/ErrorMessage.h"
#include "ui/MainWindow.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/firstrun/WelcomeCommons.h"

#include <QDir>
#include <QGuiApplication>

namespace cp {

Launcher::Launcher(LaunchOptions options, QObject* parent) : QObject(parent), m_options(std::move(options)) {}

Launcher::~Launcher()
{
    delete m_firstRun;
}

Status Launcher::start()
{
    auto profile = Profile::open(m_options.profileDir);
    if (!profile)
        return fail(profile.error());
    m_profile = std::move(*profile);
    if (!m_options.authorName.trimmed().isEmpty())
        m_profile->setAuthorName(m_options.authorName);

    if (m_profile->authorName().isEmpty()) {
        showFirstRun();
        return {};
    }
    auto commons = openLastCommons();
    if (!commons)
        return fail(commons.error());
    showWindow(std::move(*commons));
    return {};
}

void Launcher::showFirstRun()
{
    // The dialog closes before the window opens; that must not end the app.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_firstRun = new FirstRunDialog;
    connect(m_firstRun, &QDialog::accepted, this, &Launcher::finishFirstRun);
    connect(m_firstRun, &QDialog::rejected, this, [this] {
        QGuiApplication::setQuitOnLastWindowClosed(true);
        emit cancelled();
    });
    m_firstRun->show();
}

void Launcher::finishFirstRun()
{
    m_profile->setAuthorName(m_firstRun->authorName());
    auto commons = WelcomeCommons::create(*m_profile, m_firstRun->commonsName(), m_firstRun->withWelcomePages());
    if (!commons) {
        m_firstRun->show();
        showError(m_firstRun, tr("Could not create the commons."), commons.error());
        return;
    }
    showWindow(std::move(*commons));
    m_firstRun->deleteLater();
    QGuiApplication::setQuitOnLastWindowClosed(true);
}

Result<std::unique_ptr<Commons>> Launcher::openLastCommons()
{
    const QString last = m_profile->lastCommons();
    if (!last.isEmpty() && QDir(last).exists()) {
        auto commons = Commons::open(last);
        if (commons)
            (*commons)->setAuthor(Author{m_profile->authorName(), {}});
        return commons;
    }
    // A profile with a name but no commons yet (e.g. started with --author).
    return WelcomeCommons::create(*m_profile, tr("My commons"), true);
}

void Launcher::showWindow(std::unique_ptr<Commons> commons)
{
    m_window = std::make_unique<MainWindow>(*m_profile);
    m_window->setCommons(std::move(commons));
    m_window->show();
    emit windowShown(m_window.get());
}

} // namespace cp
