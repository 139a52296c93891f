#include "ui/sync/SyncNode.h"

#include "core/crypto/Identity.h"
#include "core/node/NodeThread.h"

#include <QDebug>

namespace cp {

SyncNode::SyncNode(QObject* parent) : QObject(parent) {}

SyncNode::~SyncNode()
{
    stop();
}

node::NodeOptions SyncNode::defaultOptions(const QString& authorName)
{
    // Listens on 47474 on every interface, finds members on the LAN, maps the port on the router.
    node::NodeOptions options;
    options.authorName = authorName;
    const QString listen = qEnvironmentVariable("COMMONPLACE_LISTEN").trimmed();
    if (listen.isEmpty())
        return options;
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        qWarning().noquote() << "COMMONPLACE_LISTEN must be HOST:PORT, not" << listen << "- ignored";
        return options;
    }
    options.listenAddress = address;
    options.listenPort = quint16(port);
    if (address.isLoopback()) { // nothing on the LAN or the router could reach it
        options.lanDiscovery = false;
        options.portMapping = false;
    }
    return options;
}

void SyncNode::start(std::shared_ptr<const Identity> identity, node::NodeOptions options)
{
    if (m_thread || !identity)
        return;
    m_identity = std::move(identity);
    launch(std::move(options));
}

void SyncNode::launch(node::NodeOptions options)
{
    m_options = options;
    m_thread = std::make_unique<node::NodeThread>(m_identity, std::move(options));
    node::NodeThread* t = m_thread.get();
    connect(t, &node::NodeThread::started, this, &SyncNode::onStarted);
    connect(t, &node::NodeThread::failed, this, &SyncNode::onFailed);
    connect(t, &node::NodeThread::commonsAdded, this, [this](const QString& path, const QString& id) {
        if (path != m_path)
            return;
        m_commonsId = id;
        requestStatus();
    });
    connect(t, &node::NodeThread::statusChanged, this,
            [this](const node::CommonsStatus& status, const node::NodeDiagnostics& diagnostics) {
                m_diagnostics = diagnostics;
                setAdvertised(diagnostics.advertised);
                if (status.commonsId != m_commonsId)
                    return;
                m_status = status;
                emit statusChanged();
            });
    connect(t, &node::NodeThread::recordReceived, this, [this](const QString& commons) {
        if (commons == m_commonsId)
            emit recordReceived();
    });
    connect(t, &node::NodeThread::transferProgress, this,
            [this](const QString& commons, const PublicKey&, qint64 bytes, qint64 objects) {
                if (commons == m_commonsId)
                    emit transferProgress(bytes, objects);
            });
    connect(t, &node::NodeThread::exchangeFinished, this, [this](const QString& commons) {
        if (commons != m_commonsId)
            return;
        setPassingProblem({});
        emit exchangeFinished();
    });
    connect(t, &node::NodeThread::problem, this, [this](const QString& commons, const Error& error) {
        if (commons.isEmpty() || commons == m_commonsId)
            setPassingProblem(error.message);
    });
    t->start();
    t->publishStatusFiles(); // `commonplace-cli status` shows what the window's node sees
}

void SyncNode::onStarted(quint16 port, const QStringList& addresses)
{
    m_running = true;
    m_port = port;
    if (!m_fellBack)
        setProblem({});
    setAdvertised(addresses);
    emit started();
    addCurrent();
}

void SyncNode::onFailed(const QString& what, const Error& error)
{
    if (m_running) {
        if (what == m_path)
            setProblem(tr("This commons is not shared with peers: %1").arg(error.message));
        else
            emit requestFailed(what, error);
        return;
    }
    // The listener could not start. The thread is idle: let it go (later, not inside
    // its own signal) and try again on any free port, then without listening at all.
    node::NodeThread* old = m_thread.release();
    old->disconnect(this);
    old->deleteLater();
    node::NodeOptions retry = m_options;
    m_fellBack = true;
    if (retry.listen && retry.listenPort != 0) {
        setProblem({});
        m_listenNote = tr("Port %1 is taken (%2); listening on another port.").arg(retry.listenPort).arg(error.message);
        retry.listenPort = 0;
    } else if (retry.listen) {
        retry.listen = false;
        setProblem(tr("Not listening for peers: %1 You can still connect to others.").arg(error.message));
    } else {
        m_fellBack = false;
        setProblem(tr("The sync node could not start: %1").arg(error.message));
        return;
    }
    launch(retry);
}

void SyncNode::setCommons(const QString& path)
{
    if (path == m_path)
        return;
    if (m_thread && m_running && !m_commonsId.isEmpty())
        m_thread->removeCommons(m_commonsId);
    m_path = path;
    m_commonsId.clear();
    setPassingProblem({});
    m_status = {};
    emit statusChanged();
    addCurrent();
}

void SyncNode::addCurrent()
{
    if (m_thread && m_running && !m_path.isEmpty())
        m_thread->addCommons(m_path);
}

void SyncNode::connectTo(const node::PeerAddress& address)
{
    if (m_thread && m_running && !m_commonsId.isEmpty())
        m_thread->connectTo(m_commonsId, address);
}

void SyncNode::requestStatus()
{
    if (m_thread && m_running && !m_commonsId.isEmpty())
        m_thread->requestStatus(m_commonsId);
}

void SyncNode::stop()
{
    m_running = false;
    m_thread.reset(); // closes the node's sockets on its thread, then joins it
}

QString SyncNode::problem() const
{
    if (m_problem.isEmpty() || m_passingProblem.isEmpty())
        return m_problem + m_passingProblem;
    return m_problem + u' ' + m_passingProblem;
}

void SyncNode::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(this->problem());
}

void SyncNode::setPassingProblem(const QString& problem)
{
    if (problem == m_passingProblem)
        return;
    m_passingProblem = problem;
    emit problemChanged(this->problem());
}

void SyncNode::setAdvertised(const QStringList& addresses)
{
    if (addresses == m_advertised)
        return;
    m_advertised = addresses;
    emit addressesChanged();
}

} // namespace cp
