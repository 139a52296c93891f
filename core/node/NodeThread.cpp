#include "core/node/NodeThread.h"

#include "core/crypto/Identity.h"
#include "core/node/Node.h"
#include "core/node/NodeStatusFile.h"

namespace cp::node {

NodeThread::NodeThread(std::shared_ptr<const Identity> identity, NodeOptions options, QObject* parent)
    : QObject(parent), m_self(identity->publicKey())
{
    qRegisterMetaType<cp::PublicKey>();
    qRegisterMetaType<cp::Error>();
    qRegisterMetaType<cp::node::CommonsStatus>();
    qRegisterMetaType<cp::node::NodeDiagnostics>();
    m_thread.setObjectName(QStringLiteral("commonplace-node"));
    m_node = new Node(std::move(identity), std::move(options));
    m_node->moveToThread(&m_thread);
    // Signal to signal: emitted on the node's thread, delivered queued on ours.
    connect(m_node, &Node::peerConnected, this, &NodeThread::peerConnected);
    connect(m_node, &Node::peerDisconnected, this, &NodeThread::peerDisconnected);
    connect(m_node, &Node::recordReceived, this, &NodeThread::recordReceived);
    connect(m_node, &Node::ownRecordChanged, this, &NodeThread::ownRecordChanged);
    connect(m_node, &Node::exchangeFinished, this, &NodeThread::exchangeFinished);
    connect(m_node, &Node::transferProgress, this, &NodeThread::transferProgress);
    connect(m_node, &Node::peerMisbehaved, this, &NodeThread::peerMisbehaved);
    connect(m_node, &Node::problem, this, &NodeThread::problem);
    // Computed on the node's thread (it reads the node's repository), delivered here.
    connect(m_node, &Node::statusChanged, m_node, [this](const QString& id) { postStatus(id); });
}

void NodeThread::postStatus(const QString& commonsId)
{
    Node* node = m_node;
    if (!node)
        return;
    auto status = node->status(commonsId);
    if (!status)
        return;
    QMetaObject::invokeMethod(this, [this, s = std::move(*status), d = node->diagnostics()] { emit statusChanged(s, d); });
}

void NodeThread::publishStatusFiles()
{
    Node* node = m_node;
    QMetaObject::invokeMethod(node, [this, node] {
        if (m_publisher)
            return;
        auto* publisher = new NodeStatusPublisher(node, node); // removes the files with the node
        m_publisher = publisher;
        publisher->publishAll();
    });
}

void NodeThread::requestStatus(const QString& commonsId)
{
    Node* node = m_node;
    QMetaObject::invokeMethod(node, [this, commonsId] { postStatus(commonsId); });
}

NodeThread::~NodeThread()
{
    stop();
}

void NodeThread::start()
{
    m_thread.start();
    Node* node = m_node;
    QMetaObject::invokeMethod(node, [this, node] {
        if (auto ok = node->start(); !ok) {
            QMetaObject::invokeMethod(this, [this, e = ok.error()] { emit failed(tr("Listening"), e); });
            return;
        }
        const quint16 port = node->port();
        const QStringList addresses = node->advertisedAddresses();
        QMetaObject::invokeMethod(this, [this, port, addresses] { emit started(port, addresses); });
    });
}

void NodeThread::addCommons(const QString& path)
{
    Node* node = m_node;
    QMetaObject::invokeMethod(node, [this, node, path] {
        auto id = node->addCommons(path);
        if (id && m_publisher)
            static_cast<NodeStatusPublisher*>(m_publisher.data())->publishAll();
        QMetaObject::invokeMethod(this, [this, path, id] {
            if (id) {
                emit commonsAdded(path, *id);
                requestStatus(*id);
            }
            else
                emit failed(path, id.error());
        });
    });
}

void NodeThread::removeCommons(const QString& id)
{
    Node* node = m_node;
    QMetaObject::invokeMethod(node, [node, id] { node->removeCommons(id); });
}

void NodeThread::connectTo(const QString& commonsId, const PeerAddress& address)
{
    Node* node = m_node;
    QMetaObject::invokeMethod(node, [this, node, commonsId, address] {
        if (auto ok = node->connectTo(commonsId, address); !ok)
            QMetaObject::invokeMethod(this, [this, address, e = ok.error()] { emit failed(address.toString(), e); });
    });
}

void NodeThread::checkLocalNow()
{
    Node* node = m_node;
    QMetaObject::invokeMethod(node, [node] { node->checkLocalNow(); });
}

void NodeThread::stop()
{
    if (!m_node)
        return;
    Node* node = m_node;
    m_node = nullptr;
    if (m_thread.isRunning()) {
        // The node's handles are closed on their own thread; then the thread ends.
        QMetaObject::invokeMethod(
            node, [node] { delete node; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete node;
    }
}

} // namespace cp::node
