#include "core/node/Node.h"

#include "core/crypto/Identity.h"
#include "core/git/Repository.h"
#include "core/net/Connection.h"
#include "core/net/LanDiscovery.h"
#include "core/net/Listener.h"
#include "core/node/NetworkKeyFile.h"
#include "core/node/NodeServed_p.h"
#include "core/sync/GossipSession.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QtDebug>
#include <algorithm>

namespace cp::node {

Node::Node(std::shared_ptr<const Identity> identity, NodeOptions options, QObject* parent)
    : QObject(parent), m_identity(std::move(identity)), m_options(std::move(options)), m_maintainTimer(this),
      m_exchangeTimer(this)
{
    m_clock.start();
    m_maintainTimer.setSingleShot(true);
    connect(&m_maintainTimer, &QTimer::timeout, this, &Node::maintain);
    m_exchangeTimer.setInterval(m_options.peerExchangeMs);
    connect(&m_exchangeTimer, &QTimer::timeout, this, &Node::exchangePeers);
}

Node::~Node()
{
    stop();
    m_served.clear();
}

const PublicKey& Node::self() const
{
    return m_identity->publicKey();
}

Status Node::start()
{
    m_stopped = false;
    if (m_options.listen && !m_listener) {
        auto* listener = new net::Listener(m_options.transport, this);
        listener->setAuthorizer([this](const QByteArray& key, qsizetype index) {
            const Served* served = find(m_candidateOrder.value(index));
            auto pid = PublicKey::fromBytes(key);
            return served && pid && !isBanned(*served, *pid) && !isBlocked(*served, *pid);
        });
        connect(listener, &net::Listener::connectionReady, this, &Node::onInbound);
        if (auto ok = listener->listen(m_options.listenAddress, m_options.listenPort); !ok) {
            delete listener;
            m_listenError = ok.error().message;
            return ok;
        }
        m_listenError.clear();
        m_listener = listener;
        updateCandidates();
        emit listening(listener->port());
    }
    startDiscovery();
    m_exchangeTimer.start();
    maintainSoon();
    return {};
}

void Node::stop()
{
    m_stopped = true;
    m_maintainTimer.stop();
    m_exchangeTimer.stop();
    stopDiscovery();
    if (m_listener) {
        m_listener->close();
        delete m_listener;
    }
    for (auto& served : m_served) {
        for (Dial& dial : served->dials)
            if (dial.dialer)
                dial.dialer->deleteLater();
        served->dials.clear();
        if (served->hub)
            served->hub->closeAll();
    }
}

quint16 Node::port() const
{
    return m_listener ? m_listener->port() : 0;
}

QStringList Node::advertisedAddresses() const
{
    if (!m_listener)
        return m_options.advertised;
    QStringList out = m_options.advertised;
    const QString port = QString::number(m_listener->port());
    const QHostAddress bound = m_listener->address();
    const bool wildcard = bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4 || bound == QHostAddress::AnyIPv6;
    if (out.isEmpty() && !wildcard) {
        out.append(
            (bound.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + bound.toString() + u']' : bound.toString()) +
            u':' + port);
    } else if (out.isEmpty()) {
        for (const QHostAddress& a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                out.append(a.toString() + u':' + port);
        if (out.isEmpty())
            out.append(QStringLiteral("127.0.0.1:") + port);
    }
    // The router's external address, when the port is mapped (kept within the limit).
    if (const QString mapped = mappedAddress(); !mapped.isEmpty() && !out.contains(mapped))
        out = out.mid(0, AddressBook::kMaxAddresses - 1) << mapped;
    return out.mid(0, AddressBook::kMaxAddresses);
}

Result<QString> Node::addCommons(const QString& path)
{
    auto replica = sync::Replica::open(path, m_identity, m_options.sync);
    if (!replica)
        return fail(replica.error());
    return serve(std::move(*replica));
}

Result<QString> Node::addCommons(const QString& path, const git::Oid& commonsId)
{
    auto replica = sync::Replica::open(path, m_identity, m_options.sync, commonsId);
    if (!replica)
        return fail(replica.error());
    return serve(std::move(*replica));
}

Result<QString> Node::serve(std::unique_ptr<sync::Replica> replica)
{
    const QString id = replica->commonsId().toHex();
    if (find(id))
        return fail(
            Error::conflict(tr("The commons %1 is served already (from %2).").arg(id, find(id)->replica->path())));
    const QString gitDir = replica->repository().gitDir();
    auto key = NetworkKeyFile::loadOrCreate(gitDir);
    if (!key)
        return fail(key.error());
    auto keys = SecretHandshakeKeys::fromIdentity(key->view(), *m_identity);
    if (!keys)
        return fail(keys.error());
    auto book = AddressBook::load(AddressBook::fileIn(gitDir));
    if (!book)
        return fail(book.error());
    auto served = std::make_unique<Served>();
    served->id = id;
    served->replica = std::move(replica);
    served->hub = std::make_unique<sync::GossipHub>(*served->replica);
    served->book = std::move(*book);
    served->bookModified = QFileInfo(served->book.path()).lastModified();
    served->keys = std::move(*keys);
    wire(*served);
    if (auto ok = served->hub->checkLocal(); !ok)
        qWarning().noquote() << ok.error().message;
    m_served.push_back(std::move(served));
    updateCandidates();
    if (m_lan)
        lanAddCommons(*m_served.back());
    maintainSoon();
    return id;
}

void Node::wire(Served& served)
{
    sync::GossipHub* hub = served.hub.get();
    Served* s = &served;
    const QString id = served.id;
    connect(hub, &sync::GossipHub::sessionOpened, this,
            [this, s](sync::GossipSession* session) { onSessionOpened(*s, session); });
    connect(hub, &sync::GossipHub::sessionEnded, this,
            [this, s](const PublicKey& peer, const std::optional<Error>& e) { onSessionEnded(*s, peer, e); });
    connect(hub, &sync::GossipHub::peerMisbehaved, this,
            [this, s](const PublicKey& peer, const Error& e) { onMisbehaved(*s, peer, e); });
    served.statusTimer = std::make_unique<QTimer>();
    served.statusTimer->setSingleShot(true);
    served.statusTimer->setInterval(200);
    connect(served.statusTimer.get(), &QTimer::timeout, this, [this, id] { emit statusChanged(id); });
    connect(hub, &sync::GossipHub::sessionSynced, this, [this, s, id](const PublicKey& peer, bool synced) {
        if (!synced)
            return;
        s->book.markExchange(peer, QDateTime::currentSecsSinceEpoch());
        saveBook(*s);
        statusSoon(*s);
        emit exchangeFinished(id, peer);
    });
    connect(hub, &sync::GossipHub::peersReceived, this,
            [this, s](const PublicKey& from, const QList<sync::PeerEntry>& entries) {
                if (!m_options.peerExchange)
                    return;
                bool changed = false;
                for (const sync::PeerEntry& e : entries) {
                    auto pid = PublicKey::fromBytes(e.pid);
                    if (pid && *pid != self() && *pid != from)
                        changed |= s->book.add(*pid, e.addresses, QStringLiteral("exchange"));
                }
                if (changed) {
                    saveBook(*s);
                    statusSoon(*s);
                    maintainSoon();
                }
            });
    connect(hub, &sync::GossipHub::transferProgress, this,
            [this, id](const PublicKey& peer, qint64 b, qint64 o) { emit transferProgress(id, peer, b, o); });
    connect(hub, &sync::GossipHub::recordStored, this,
            [this, s, id](const sync::SignedRefs& record, const PublicKey&) {
                statusSoon(*s);
                emit recordReceived(id, record.peer(), record.seq());
            });
    connect(hub, &sync::GossipHub::ownRecordChanged, this, [this, s, id](const sync::SignedRefs& record) {
        statusSoon(*s);
        emit ownRecordChanged(id, record.seq());
    });
    connect(hub, &sync::GossipHub::problem, this, [this, id](const Error& e) { emit problem(id, e); });

    // Commits made by any program: a watch on the refs and a cheap periodic check.
    const QString gitDir = served.replica->repository().gitDir();
    served.changed = std::make_unique<QTimer>();
    served.changed->setSingleShot(true);
    served.changed->setInterval(20);
    connect(served.changed.get(), &QTimer::timeout, hub, [hub] { (void)hub->checkLocal(); });
    served.watcher = std::make_unique<QFileSystemWatcher>();
    QStringList watched{gitDir, gitDir + QStringLiteral("/refs/heads")};
    if (QDir(gitDir + QStringLiteral("/refs/notes")).exists())
        watched.append(gitDir + QStringLiteral("/refs/notes"));
    served.watcher->addPaths(watched);
    QTimer* changed = served.changed.get();
    connect(served.watcher.get(), &QFileSystemWatcher::directoryChanged, changed, [changed] { changed->start(); });
    served.localTimer = std::make_unique<QTimer>();
    served.localTimer->setInterval(m_options.localCheckMs);
    connect(served.localTimer.get(), &QTimer::timeout, this, [this, s, hub] {
        (void)hub->checkLocal();
        reloadBook(*s);
        reloadTrust(*s);
    });
    served.localTimer->start();
    setUpTrust(served);
}

void Node::removeCommons(const QString& id)
{
    std::erase_if(m_served, [&](const std::unique_ptr<Served>& s) {
        if (s->id != id)
            return false;
        s->hub->closeAll();
        for (Dial& dial : s->dials)
            if (dial.dialer)
                dial.dialer->deleteLater();
        return true;
    });
    updateCandidates();
    if (m_lan)
        m_lan->removeCommons(id);
}

QStringList Node::commonsIds() const
{
    QStringList out;
    for (const auto& s : m_served)
        out.append(s->id);
    return out;
}

Node::Served* Node::find(const QString& id) const
{
    for (const auto& s : m_served)
        if (s->id == id)
            return s.get();
    return nullptr;
}

sync::GossipHub* Node::hub(const QString& id) const
{
    Served* s = find(id);
    return s ? s->hub.get() : nullptr;
}

sync::Replica* Node::replica(const QString& id) const
{
    Served* s = find(id);
    return s ? s->replica.get() : nullptr;
}

std::optional<AddressBook> Node::addressBook(const QString& id) const
{
    Served* s = find(id);
    return s ? std::optional(s->book) : std::nullopt;
}

bool Node::isConverged(const QString& id) const
{
    Served* s = find(id);
    return s && !s->hub->sessions().isEmpty() && s->hub->allSynced() && s->hub->isIdle();
}

int Node::sessionCount(const QString& id) const
{
    Served* s = find(id);
    if (!s)
        return 0;
    return int(std::ranges::count_if(s->hub->sessions(), [](sync::GossipSession* x) { return x->isOpen(); }));
}

void Node::checkLocalNow()
{
    for (const auto& s : m_served)
        (void)s->hub->checkLocal();
}

void Node::updateCandidates()
{
    if (!m_listener)
        return;
    QList<SecretHandshakeKeys> candidates;
    m_candidateOrder.clear();
    for (const auto& s : m_served) {
        candidates.append(*s->keys);
        m_candidateOrder.append(s->id);
    }
    m_listener->setCandidates(candidates);
}

void Node::saveBook(Served& served)
{
    if (auto ok = served.book.save(); !ok)
        emit problem(served.id, ok.error());
    served.bookModified = QFileInfo(served.book.path()).lastModified();
}

void Node::reloadBook(Served& served)
{
    // Another program (`commonplace-cli connect`) may have added peers.
    const QDateTime modified = QFileInfo(served.book.path()).lastModified();
    if (!modified.isValid() || modified == served.bookModified)
        return;
    served.bookModified = modified;
    auto onDisk = AddressBook::load(served.book.path());
    if (!onDisk)
        return;
    bool added = false;
    for (const AddressBookEntry& e : onDisk->entries()) {
        if (served.book.add(e.pid, e.addresses, e.source)) {
            added = true;
            served.dials[e.pid].nextAttemptMs = 0;
        }
    }
    if (added)
        maintainSoon();
}

void Node::onInbound(net::Connection* connection)
{
    Served* served = find(m_candidateOrder.value(connection->candidateIndex()));
    const auto inbound =
        served ? std::ranges::count_if(served->hub->sessions(), [](sync::GossipSession* s) { return s->isInbound(); })
               : 0;
    if (!served || m_stopped || inbound >= m_options.maxInbound) {
        connection->abort();
        connection->deleteLater();
        return;
    }
    served->hub->addConnection(connection, advertisedAddresses());
}

void Node::onSessionOpened(Served& served, sync::GossipSession* session)
{
    const PublicKey peer = session->peer();
    if (isBlocked(served, peer)) {
        session->closeWith(QString(), QString());
        return;
    }
    const bool newToBook = served.book.add(peer, session->peerListen(), QStringLiteral("exchange"));
    served.book.markSeen(peer, QDateTime::currentSecsSinceEpoch());
    saveBook(served);
    served.lastErrors.remove(peer);
    statusSoon(served);
    Dial& dial = served.dials[peer];
    dial.backoffMs = 0;
    dial.addressIndex = 0;
    if (m_options.peerExchange) {
        QList<sync::PeerEntry> entries;
        for (const AddressBookEntry& e : served.book.entries())
            if (e.pid != peer && !e.addresses.isEmpty() && !isBlocked(served, e.pid))
                entries.append({e.pid.bytes(), e.addresses, e.lastSeen});
        session->sendPeers(entries);
        // The peers already here hear of the newcomer now, not at the next periodic exchange.
        const auto entry = served.book.entry(peer);
        if (newToBook && entry && !entry->addresses.isEmpty())
            for (sync::GossipSession* other : served.hub->sessions())
                if (other != session && other->isOpen() && other->peer() != peer)
                    other->sendPeers({{peer.bytes(), entry->addresses, entry->lastSeen}});
    }
    emit peerConnected(served.id, peer);
}

void Node::onSessionEnded(Served& served, const PublicKey& peer, const std::optional<Error>& error)
{
    // Another session with the same peer may live on (a duplicate connection was closed).
    if (served.hub->session(peer) == nullptr) {
        Dial& dial = served.dials[peer];
        dial.nextAttemptMs = nowMs() + (dial.backoffMs > 0 ? dial.backoffMs : m_options.reconnectMinMs);
        if (error)
            noteError(served, peer, error->message);
        statusSoon(served);
        emit peerDisconnected(served.id, peer, error ? error->message : QString());
    }
    maintainSoon();
}

void Node::onMisbehaved(Served& served, const PublicKey& peer, const Error& error)
{
    auto& [backoff, until] = served.bans[peer];
    backoff = backoff == 0 ? m_options.misbehaviourBackoffMs : std::min(backoff * 2, m_options.reconnectMaxMs);
    until = nowMs() + backoff;
    served.book.markFailure(peer);
    saveBook(served);
    noteError(served, peer, error.message);
    emit peerMisbehaved(served.id, peer, error);
}

bool Node::isBanned(const Served& served, const PublicKey& peer) const
{
    auto it = served.bans.constFind(peer);
    return it != served.bans.cend() && it->second > nowMs();
}

Status Node::connectTo(const QString& id, const PeerAddress& address, const QString& source)
{
    Served* served = find(id);
    if (!served)
        return fail(Error::notFound(tr("The commons %1 is not served here.").arg(id)));
    if (address.pid.isNull())
        return fail(
            Error::user(tr("The address %1 does not name the peer that answers there.").arg(address.toString())));
    if (address.pid == self())
        return fail(Error::user(tr("%1 is this node itself.").arg(address.toString())));
    served->book.add(address.pid, {address.hostPort()}, source);
    saveBook(*served);
    Dial& dial = served->dials[address.pid];
    dial.nextAttemptMs = 0;
    dial.addressIndex = 0;
    served->bans.remove(address.pid); // asked for by a person: try again now
    statusSoon(*served);
    maintainSoon();
    return {};
}

void Node::maintainSoon()
{
    if (!m_stopped)
        m_maintainTimer.start(0);
}

void Node::maintain()
{
    if (m_stopped)
        return;
    qint64 nextDue = -1;
    for (const auto& owned : m_served) {
        Served& served = *owned;
        if (!m_options.dialKnownPeers)
            break;
        int outbound = int(std::ranges::count_if(served.hub->sessions(), [](sync::GossipSession* s) {
            return !s->isInbound() && (s->isOpen() || s->state() == sync::GossipSession::State::Hello);
        }));
        for (const Dial& d : std::as_const(served.dials))
            outbound += d.dialer ? 1 : 0;
        for (const AddressBookEntry& entry : served.book.entries()) {
            const PublicKey& peer = entry.pid;
            if (peer == self() || entry.addresses.isEmpty() || served.hub->session(peer) || isBlocked(served, peer))
                continue;
            Dial& dial = served.dials[peer];
            if (dial.dialer)
                continue;
            qint64 due = dial.nextAttemptMs;
            if (auto ban = served.bans.constFind(peer); ban != served.bans.cend())
                due = std::max(due, ban->second);
            if (due > nowMs()) {
                nextDue = nextDue < 0 ? due : std::min(nextDue, due);
                continue;
            }
            if (outbound >= m_options.maxOutbound)
                break;
            ++outbound;
            startDial(served, peer);
        }
    }
    if (nextDue >= 0)
        m_maintainTimer.start(int(std::max<qint64>(0, nextDue - nowMs())));
}

void Node::startDial(Served& served, const PublicKey& peer)
{
    const AddressBookEntry entry = *served.book.entry(peer);
    Dial& dial = served.dials[peer];
    const QString text = entry.addresses.value(dial.addressIndex % entry.addresses.size());
    auto address = PeerAddress::parse(text);
    if (!address) {
        dial.addressIndex++;
        dial.nextAttemptMs = nowMs() + m_options.reconnectMinMs;
        return;
    }
    auto* dialer = new net::Dialer(m_options.transport, this);
    dial.dialer = dialer;
    Served* s = &served;
    const QString id = served.id;
    connect(dialer, &net::Dialer::connected, this, [this, s, id, peer, dialer](net::Connection* connection) {
        dialer->deleteLater();
        if (!find(id) || m_stopped || isBlocked(*s, peer)) {
            connection->abort();
            return;
        }
        s->hub->addConnection(connection, advertisedAddresses());
        maintainSoon();
    });
    connect(dialer, &net::Dialer::failed, this, [this, s, id, peer, dialer](const Error& error) {
        dialer->deleteLater();
        if (!find(id))
            return;
        Dial& d = s->dials[peer];
        d.addressIndex++;
        d.backoffMs = d.backoffMs == 0 ? m_options.reconnectMinMs : std::min(d.backoffMs * 2, m_options.reconnectMaxMs);
        d.nextAttemptMs = nowMs() + d.backoffMs;
        s->book.markFailure(peer);
        saveBook(*s);
        noteError(*s, peer, error.message);
        emit dialFailed(id, peer, error);
        maintainSoon();
    });
    dialer->dial(address->host, address->port, peer.bytes(), *served.keys);
}

void Node::exchangePeers()
{
    if (!m_options.peerExchange)
        return;
    for (const auto& s : m_served) {
        QList<sync::PeerEntry> entries;
        for (const AddressBookEntry& e : s->book.entries())
            if (!e.addresses.isEmpty() && !isBlocked(*s, e.pid))
                entries.append({e.pid.bytes(), e.addresses, e.lastSeen});
        s->hub->sendPeers(entries);
    }
}

} // namespace cp::node
