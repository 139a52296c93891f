#include "core/node/Node.h"

#include "core/crypto/Identity.h"
#include "core/crypto/SecretHandshakeKeys.h"
#include "core/crypto/SecureBuffer.h"
#include "core/git/Repository.h"
#include "core/net/Connection.h"
#include "core/net/Dialer.h"
#include "core/net/LanDiscovery.h"
#include "core/net/Listener.h"
#include "core/net/PortMapper.h"
#include "core/node/NetworkKeyFile.h"
#include "core/review/Approver.h"
#include "core/review/TrustPolicy.h"
#include "core/sync/GossipHub.h"
#include "core/sync/GossipSession.h"
#include "core/sync/Replica.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QNetworkInterface>
#include <QtDebug>
#include <algorithm>

namespace cp::node {

struct Node::Dial
{
    QPointer<net::Dialer> dialer;
    int backoffMs = 0;
    qint64 nextAttemptMs = 0;
    int addressIndex = 0;
};

struct Node::Served
{
    QString id;
    std::unique_ptr<sync::Replica> replica; // before the hub: the hub works on it
    std::unique_ptr<sync::GossipHub> hub;
    AddressBook book;
    std::optional<SecretHandshakeKeys> keys;
    QHash<PublicKey, Dial> dials;
    QHash<PublicKey, std::pair<int, qint64>> bans; // back-off ms, refused until (ms)
    std::unique_ptr<QFileSystemWatcher> watcher;
    std::unique_ptr<QTimer> localTimer;
    std::unique_ptr<QTimer> changed; // a watched file moved: check soon
    QDateTime bookModified;          // of the address book file when we last read or wrote it
    QHash<PublicKey, QString> lastErrors; // per peer, for status()
    std::unique_ptr<QTimer> statusTimer;  // coalesces statusChanged
    QHash<PublicKey, TrustPolicy::Level> trust;  // trust.json as last read
    std::optional<QDateTime> trustModified;      // of trust.json when last read (invalid: none)
    std::unique_ptr<QTimer> autoAcceptTimer;     // coalesces auto-accept runs
};

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

void Node::noteError(Served& served, const PublicKey& peer, const QString& error)
{
    served.lastErrors.insert(peer, error);
    statusSoon(served);
}

void Node::statusSoon(Served& served)
{
    if (served.statusTimer && !served.statusTimer->isActive())
        served.statusTimer->start();
}

// Trust (DESIGN §8) ------------------------------------------------------------------------

void Node::setUpTrust(Served& served)
{
    Served* s = &served;
    served.hub->setRecordFilter([this, s](const sync::SignedRefs& record) { return !isBlocked(*s, record.peer()); });
    served.autoAcceptTimer = std::make_unique<QTimer>();
    served.autoAcceptTimer->setSingleShot(true);
    served.autoAcceptTimer->setInterval(0);
    connect(served.autoAcceptTimer.get(), &QTimer::timeout, this, [this, s] { autoAccept(*s); });
    connect(served.hub.get(), &sync::GossipHub::recordStored, this,
            [this, s](const sync::SignedRefs& record, const PublicKey&) {
                if (s->trust.value(record.peer()) == TrustPolicy::Level::Auto)
                    autoAcceptSoon(*s);
            });
    // Main moved here (say a commit of the edits that held an auto-accept back): try again.
    connect(served.hub.get(), &sync::GossipHub::ownRecordChanged, this, [this, s] { autoAcceptSoon(*s); });
    reloadTrust(served);
    autoAcceptSoon(served); // what trusted peers offered before this commons was served
}

void Node::reloadTrust(Served& served)
{
    // `commonplace-cli trust` may change the file while the node runs.
    const QString gitDir = served.replica->repository().gitDir();
    const QFileInfo file(gitDir + QStringLiteral("/commonplace/trust.json"));
    const QDateTime modified = file.exists() ? file.lastModified() : QDateTime();
    if (served.trustModified == modified)
        return;
    served.trustModified = modified;
    auto policy = TrustPolicy::load(gitDir);
    if (!policy) {
        emit problem(served.id, policy.error()); // the levels read before stay
        return;
    }
    const QHash<PublicKey, TrustPolicy::Level> before = std::exchange(served.trust, policy->levels());
    if (before == served.trust)
        return;
    applyTrust(served);
    statusSoon(served);
    maintainSoon(); // an unblocked peer may be dialed again
    autoAcceptSoon(served);
}

void Node::applyTrust(Served& served)
{
    for (auto it = served.trust.cbegin(); it != served.trust.cend(); ++it) {
        if (it.value() != TrustPolicy::Level::Block)
            continue;
        for (sync::GossipSession* session : served.hub->sessions())
            if (session->peer() == it.key())
                session->closeWith(QString(), QString());
        if (auto dial = served.dials.find(it.key()); dial != served.dials.end() && dial->dialer) {
            dial->dialer->deleteLater();
            dial->dialer = nullptr;
        }
    }
}

bool Node::isBlocked(const Served& served, const PublicKey& peer) const
{
    return served.trust.value(peer, TrustPolicy::Level::Review) == TrustPolicy::Level::Block;
}

void Node::autoAcceptSoon(Served& served)
{
    if (served.autoAcceptTimer && !served.autoAcceptTimer->isActive() &&
        std::ranges::any_of(served.trust, [](TrustPolicy::Level l) { return l == TrustPolicy::Level::Auto; }))
        served.autoAcceptTimer->start();
}

void Node::autoAccept(Served& served)
{
    auto main = served.replica->repository().resolve(QStringLiteral("refs/heads/main"));
    if (!main || !*main)
        return; // a commons being joined: nothing to approve onto yet
    auto approved = Approver::autoAcceptAt(served.replica->path(), m_identity, m_options.authorName);
    if (!approved) {
        emit problem(served.id, approved.error().context(tr("Accepting a trusted peer's changes")));
        return;
    }
    if (*approved > 0)
        (void)served.hub->checkLocal(); // my new main and accept notes: a new record, announced
}

namespace {

bool isLocalNetwork(const QString& hostPort)
{
    auto address = PeerAddress::parse(hostPort);
    if (!address)
        return false;
    const QHostAddress host(address->host);
    if (host.isNull())
        return address->host.endsWith(QLatin1String(".local"));
    static const QList<QPair<QHostAddress, int>> privateRanges{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
    };
    return host.isLoopback() || host.isLinkLocal() || host.isUniqueLocalUnicast() ||
           std::ranges::any_of(privateRanges, [&](const auto& range) { return host.isInSubnet(range); });
}

} // namespace

QString PeerStatus::reachKey(Reach reach)
{
    switch (reach) {
    case Reach::Lan:
        return QStringLiteral("lan");
    case Reach::Internet:
        return QStringLiteral("internet");
    case Reach::Relayed:
        return QStringLiteral("relayed");
    case Reach::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<CommonsStatus> Node::status(const QString& id) const
{
    Served* served = find(id);
    if (!served)
        return std::nullopt;
    CommonsStatus out;
    out.commonsId = id;
    out.path = served->replica->path();
    if (auto own = served->replica->held(self()))
        out.ownSeq = own->seq();
    const auto trust = TrustPolicy::load(served->replica->repository().gitDir());

    QHash<PublicKey, PeerStatus> peers;
    for (const AddressBookEntry& e : served->book.entries()) {
        PeerStatus& p = peers[e.pid];
        p.pid = e.pid;
        p.addresses = e.addresses;
        p.address = e.addresses.value(0);
        p.source = e.source;
        p.lastSeen = e.lastSeen;
        p.lastExchange = e.lastExchange;
        p.failures = e.failures;
    }
    for (const sync::SignedRefs& record : served->replica->records())
        if (record.peer() != self()) {
            PeerStatus& p = peers[record.peer()];
            p.pid = record.peer();
            p.seq = record.seq();
        }
    for (sync::GossipSession* session : served->hub->sessions()) {
        if (!session->isOpen() || !peers.contains(session->peer()))
            continue;
        PeerStatus& p = peers[session->peer()];
        p.online = true;
        p.inbound = session->isInbound();
        if (net::Connection* c = session->connection()) {
            const QHostAddress host = c->peerAddress();
            const QString text = host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']'
                                                                                     : host.toString();
            // An inbound session comes from the peer's ephemeral port: show where it listens.
            p.address = p.inbound ? p.addresses.value(0, text) : text + u':' + QString::number(c->peerPort());
        }
    }
    for (auto it = peers.begin(); it != peers.end(); ++it) {
        PeerStatus& p = *it;
        p.lastError = served->lastErrors.value(p.pid);
        p.trust = TrustPolicy::key(trust ? trust->level(p.pid) : TrustPolicy::Level::Review);
        if (p.source == QLatin1String("lan") || m_lanPeers.contains(p.pid.bytes()) ||
            (!p.address.isEmpty() && isLocalNetwork(p.address)))
            p.reach = PeerStatus::Reach::Lan;
        else if (!p.address.isEmpty())
            p.reach = PeerStatus::Reach::Internet;
        else if (p.seq > 0)
            p.reach = PeerStatus::Reach::Relayed;
        const QString head = sync::SignedRefs::peerRefName(p.pid, u"refs/heads/main");
        if (auto tip = served->replica->repository().resolve(head); tip && *tip)
            if (auto commit = served->replica->repository().lookupCommit(**tip))
                p.name = commit->author().name;
        if (p.online)
            ++out.online;
        out.lastExchange = std::max(out.lastExchange, p.lastExchange);
    }
    out.peers = peers.values();
    std::ranges::sort(out.peers, [](const PeerStatus& a, const PeerStatus& b) {
        if (a.online != b.online)
            return a.online;
        const QString an = a.name.isEmpty() ? a.pid.pid() : a.name;
        const QString bn = b.name.isEmpty() ? b.pid.pid() : b.name;
        return an.localeAwareCompare(bn) < 0;
    });
    return out;
}

NodeDiagnostics Node::diagnostics() const
{
    NodeDiagnostics out;
    out.listening = m_listener != nullptr;
    out.port = port();
    if (m_options.listen && !m_listener)
        out.listenError = m_listenError;
    out.advertised = advertisedAddresses();
    out.portMapping = m_portMapper ? m_portMapper->describe() : tr("off");
    out.lan = lanDescription();
    return out;
}

// LAN discovery and port mapping (DESIGN §7) ---------------------------------------------

void Node::startDiscovery()
{
    if (!m_listener)
        return; // both need a port to announce or map
    if (m_options.lanDiscovery && !m_lan) {
        auto* lan = new net::LanDiscovery(self().bytes(), m_listener->port(), m_options.lan, this);
        connect(lan, &net::LanDiscovery::peerFound, this, &Node::onLanPeerFound);
        connect(lan, &net::LanDiscovery::peerExpired, this, &Node::onLanPeerExpired);
        m_lan = lan;
        for (const auto& s : m_served) // before start(): the first announcement names them all
            lanAddCommons(*s);
        if (auto ok = lan->start(); !ok) {
            m_lanError = ok.error().message;
            qWarning().noquote() << m_lanError;
            delete lan;
        } else {
            m_lanError.clear();
        }
        discoveryChanged();
    }
    if (m_options.portMapping && !m_portMapper) {
        auto* mapper = new net::PortMapper(m_listener->port(), m_options.portMap, this);
        connect(mapper, &net::PortMapper::stateChanged, this, &Node::onMappingChanged);
        m_portMapper = mapper;
        mapper->start();
    }
}

void Node::stopDiscovery()
{
    if (m_lan) {
        m_lan->stop();
        delete m_lan;
    }
    m_lanPeers.clear();
    if (m_portMapper) {
        disconnect(m_portMapper, nullptr, this, nullptr);
        m_portMapper->stop(); // undoes the mapping on a worker of its own
        m_portMapper->deleteLater();
        m_portMapper = nullptr;
    }
}

void Node::lanAddCommons(const Served& served)
{
    auto key = NetworkKeyFile::load(served.replica->repository().gitDir());
    if (!key) {
        emit problem(served.id, key.error());
        return;
    }
    if (auto ok = m_lan->addCommons(served.id, key->view()); !ok)
        emit problem(served.id, ok.error());
}

void Node::onLanPeerFound(const QByteArray& pidBytes, const QHostAddress& address, quint16 port,
                          const QStringList& commons)
{
    auto pid = PublicKey::fromBytes(pidBytes);
    if (!pid || *pid == self() || port == 0 || address.isNull())
        return;
    const QString hostPort = PeerAddress{PublicKey(), address.toString(), port}.hostPort();
    m_lanPeers.insert(pidBytes, hostPort);
    for (const QString& id : commons) {
        Served* served = find(id);
        if (!served)
            continue;
        served->book.add(*pid, {hostPort}, QStringLiteral("lan")); // the LAN address first
        saveBook(*served);
        if (!served->hub->session(*pid)) {
            // Dial it now, at the LAN address: a dial under way (to a stale address) gives way.
            Dial& dial = served->dials[*pid];
            if (dial.dialer) {
                dial.dialer->cancel();
                dial.dialer->deleteLater();
                dial.dialer = nullptr;
            }
            dial.nextAttemptMs = 0;
            dial.addressIndex = 0;
        }
        statusSoon(*served);
        emit lanPeerFound(id, *pid, hostPort);
    }
    emit diagnosticsChanged();
    maintainSoon();
}

void Node::onLanPeerExpired(const QByteArray& pid)
{
    if (m_lanPeers.remove(pid))
        discoveryChanged();
}

void Node::onMappingChanged()
{
    // Mapped: the external address is advertised from now on (hello, invites, peer exchange).
    discoveryChanged();
}

void Node::discoveryChanged()
{
    for (const auto& s : m_served)
        statusSoon(*s);
    emit diagnosticsChanged();
}

QString Node::mappedAddress() const
{
    if (!m_portMapper || m_portMapper->state() != net::PortMapper::State::Mapped ||
        m_portMapper->externalAddress().isNull() || m_portMapper->externalPort() == 0)
        return {};
    return PeerAddress{PublicKey(), m_portMapper->externalAddress().toString(), m_portMapper->externalPort()}
        .hostPort();
}

QString Node::lanDescription() const
{
    // Worded like PortMapper::describe(): what follows "LAN discovery:" in `status` and the Peers panel.
    if (!m_options.lanDiscovery)
        return tr("off");
    if (!m_lan)
        return m_lanError.isEmpty() ? tr("starts when the node listens") : tr("not running: %1").arg(m_lanError);
    QString text = tr("announcing on %n interface(s) to UDP port %1", nullptr, m_lan->lastInterfaceCount())
                       .arg(m_options.lan.port);
    text += QStringLiteral("; ") + tr("%n peer(s) found on this network", nullptr, int(m_lanPeers.size()));
    if (!m_lan->lastSendError().isEmpty())
        text += QStringLiteral("; ") + tr("last send error: %1").arg(m_lan->lastSendError());
    return text;
}

} // namespace cp::node
