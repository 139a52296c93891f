#include "core/wiki/HeadWatcher.h"

#include "core/git/Repository.h"
#include "core/wiki/Commons.h"

#include <QDir>
#include <QFileSystemWatcher>

namespace cp {

namespace {
constexpr int kSettleMs = 30; // a ref update is a lock file, then a rename
} // namespace

HeadWatcher::HeadWatcher(Commons& commons, QObject* parent)
    : QObject(parent), m_commons(commons), m_known(commons.head())
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(kSettleMs);
    connect(&m_soon, &QTimer::timeout, this, &HeadWatcher::checkNow);
    connect(&m_poll, &QTimer::timeout, this, &HeadWatcher::checkNow);
    // Our own commits (and every announcement, ours included) set what we know.
    connect(&m_commons, &Commons::headChanged, this, [this](const QString& hex) { m_known = hex; });
}

HeadWatcher::~HeadWatcher() = default;

void HeadWatcher::setInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    if (m_running) {
        if (m_interval > 0)
            m_poll.start(m_interval);
        else
            m_poll.stop();
    }
}

void HeadWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_watcher = new QFileSystemWatcher(this);
    const QString gitDir = QDir(m_commons.repository().gitDir()).absolutePath();
    // Loose refs are rewritten by rename inside refs/heads; packed-refs is replaced in .git.
    m_watcher->addPaths({gitDir, gitDir + QStringLiteral("/refs/heads")});
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_soon.start(); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_soon.start(); });
    if (m_interval > 0)
        m_poll.start(m_interval);
    checkNow(); // moved while nobody watched
}

void HeadWatcher::stop()
{
    m_running = false;
    m_poll.stop();
    m_soon.stop();
    delete m_watcher;
    m_watcher = nullptr;
}

bool HeadWatcher::checkNow()
{
    m_soon.stop();
    const QString head = m_commons.head();
    if (head.isEmpty() || head == m_known)
        return false;
    m_known = head;
    emit m_commons.headChanged(head);
    return true;
}

} // namespace cp
