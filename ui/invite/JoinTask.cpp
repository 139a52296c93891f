#include "ui/invite/JoinTask.h"

#include "core/crypto/Identity.h"
#include "core/node/Invite.h"
#include "core/node/Joiner.h"

#include <QDir>
#include <QFileInfo>

namespace cp {

JoinTask::JoinTask(std::shared_ptr<const Identity> identity, node::NodeOptions options, QObject* parent)
    : QObject(parent), m_joiner(new node::Joiner(std::move(identity), std::move(options)))
{
    qRegisterMetaType<cp::PublicKey>();
    qRegisterMetaType<cp::Error>();
    m_thread.setObjectName(QStringLiteral("commonplace-join"));
    m_joiner->moveToThread(&m_thread);
    // Emitted on the join thread, delivered queued here.
    connect(m_joiner, &node::Joiner::connected, this, [this] { emit connected(); });
    connect(m_joiner, &node::Joiner::progress, this, &JoinTask::progress);
    connect(m_joiner, &node::Joiner::finished, this, [this](const QString& path, const QString& id) {
        endThread();
        emit finished(path, id);
    });
    connect(m_joiner, &node::Joiner::failed, this, [this](const Error& error) {
        endThread(); // the Joiner has cleaned up the folder by now
        emit failed(error);
    });
}

JoinTask::~JoinTask()
{
    if (!m_running) {
        endThread();
        return;
    }
    // The window goes while joining: give up at once. The Joiner would clean the folder
    // from its event loop, which ends here, so the folder is cleaned up here instead,
    // once the node (and its repository handle) is gone.
    node::Joiner* joiner = m_joiner;
    m_joiner = nullptr;
    QMetaObject::invokeMethod(
        joiner,
        [joiner] {
            joiner->cancel(Error::user(tr("Joining was cancelled.")));
            delete joiner;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    if (m_madeFolder)
        QDir(m_dir).removeRecursively();
    else
        QDir(m_dir + QStringLiteral("/.git")).removeRecursively();
}

void JoinTask::start(const node::Invite& invite, const QString& dir)
{
    if (m_running || !m_joiner)
        return;
    m_running = true;
    m_dir = QDir(dir).absolutePath();
    m_madeFolder = !QFileInfo::exists(m_dir);
    // The invite is move-only (its key is in secure memory): a copy for the other thread.
    auto copy = std::make_shared<node::Invite>();
    copy->commons = invite.commons;
    copy->name = invite.name;
    copy->networkKey = invite.networkKey.clone();
    copy->inviter = invite.inviter;
    copy->addresses = invite.addresses;
    m_thread.start();
    node::Joiner* joiner = m_joiner;
    QMetaObject::invokeMethod(joiner, [joiner, copy, dir = m_dir] { joiner->start(*copy, dir); });
}

void JoinTask::cancel()
{
    if (!m_running || m_cancelled || !m_joiner)
        return;
    m_cancelled = true;
    node::Joiner* joiner = m_joiner;
    QMetaObject::invokeMethod(joiner, [joiner] { joiner->cancel(Error::user(tr("Joining was cancelled."))); });
}

void JoinTask::endThread()
{
    m_running = false;
    if (!m_joiner)
        return;
    node::Joiner* joiner = m_joiner;
    m_joiner = nullptr;
    if (m_thread.isRunning()) {
        // The node's handles are closed on their own thread; then the thread ends.
        QMetaObject::invokeMethod(
            joiner, [joiner] { delete joiner; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete joiner;
    }
}

} // namespace cp
