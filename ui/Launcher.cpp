#include "ui/Launcher.h"

#include "core/wiki/Commons.h"
#include "core/wiki/ProfileIdentity.h"
#include "ui/ErrorMessage.h"
#include "ui/MainWindow.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/firstrun/WelcomeCommons.h"
#include "ui/invite/FirstRunJoin.h"

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

    // The identity loads while the dialog or the window is already on screen.
    m_identity = new ProfileIdentity(*m_profile, this);
    connect(m_identity, &ProfileIdentity::ready, this, [this] {
        m_identityLoading = false;
        if (auto step = std::exchange(m_afterIdentity, {}))
            step();
    });
    connect(m_identity, &ProfileIdentity::failed, this, &Launcher::onIdentityFailed);
    m_identityLoading = true;
    m_identity->load();

    if (m_profile->authorName().isEmpty()) {
        showFirstRun();
        return {};
    }
    const QString last = m_profile->lastCommons();
    if (!last.isEmpty() && QDir(last).exists()) {
        auto commons = Commons::open(last);
        if (!commons)
            return fail(commons.error());
        showWindow(std::move(*commons));
        return {};
    }
    // A profile with a name but no commons yet (e.g. started with --author): the
    // window shows at once, the commons follows when its first commit can be signed.
    showWindow(nullptr);
    whenIdentityReady([this] { createDefaultCommons(); });
    return {};
}

void Launcher::whenIdentityReady(std::function<void()> step)
{
    if (m_identity->isReady()) {
        step();
        return;
    }
    m_afterIdentity = std::move(step);
    if (!m_identityLoading) {
        m_identityLoading = true;
        m_identity->load();
    }
}

void Launcher::onIdentityFailed(const Error& error)
{
    m_identityLoading = false;
    // The window says so itself (IdentityViews); the first-run dialog needs telling.
    if (m_afterIdentity && m_firstRun && !m_window) {
        m_afterIdentity = {};
        m_firstRun->show();
        showError(m_firstRun, tr("Your identity could not be loaded, so the commons cannot be created yet."), error);
    }
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
    // Someone who was invited joins the inviter's commons instead of starting one.
    auto* join = new FirstRunJoin(m_firstRun, *m_profile, m_identity);
    connect(join, &FirstRunJoin::joined, this, [this](const QString& path) {
        auto commons = Commons::open(path);
        if (!commons) {
            showError(m_firstRun, tr("Could not open the commons you joined."), commons.error());
            return;
        }
        m_profile->setAuthorName(m_firstRun->authorName());
        showWindow(std::move(*commons));
        m_firstRun->deleteLater();
        QGuiApplication::setQuitOnLastWindowClosed(true);
    });
    m_firstRun->show();
}

void Launcher::finishFirstRun()
{
    m_profile->setAuthorName(m_firstRun->authorName());
    // Nearly always ready by now: it loaded while the person typed their name.
    whenIdentityReady([this] { createFirstCommons(); });
}

void Launcher::createFirstCommons()
{
    if (!m_firstRun)
        return;
    auto commons =
        WelcomeCommons::create(*m_profile, m_firstRun->commonsName(), m_firstRun->withWelcomePages(), m_identity);
    if (!commons) {
        m_firstRun->show();
        showError(m_firstRun, tr("Could not create the commons."), commons.error());
        return;
    }
    showWindow(std::move(*commons));
    m_firstRun->deleteLater();
    QGuiApplication::setQuitOnLastWindowClosed(true);
}

void Launcher::createDefaultCommons()
{
    if (!m_window || m_window->commons())
        return;
    auto commons = WelcomeCommons::create(*m_profile, tr("My commons"), true, m_identity);
    if (!commons) {
        showError(m_window.get(), tr("Could not create the commons."), commons.error());
        return;
    }
    m_window->setCommons(std::move(*commons));
}

void Launcher::showWindow(std::unique_ptr<Commons> commons)
{
    m_window = std::make_unique<MainWindow>(*m_profile);
    m_window->setIdentity(m_identity);
    m_window->setCommons(std::move(commons));
    m_window->show();
    emit windowShown(m_window.get());
}

} // namespace cp
