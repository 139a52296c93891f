#include "core/sync/GossipSession.h"

#include "core/net/Connection.h"
#include "core/sync/GossipHub.h"
#include "core/sync/Replica.h"
#include "core/sync/SyncLog.h"
#include "core/sync/WireCodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtDebug>
#include <algorithm>

namespace cp::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::sync::GossipSession", text);
}

Error breach(const QString& what)
{
    return Error::protocol(tr("The peer broke the sync protocol: %1").arg(what));
}

Result<QList<git::Oid>> toOids(const QList<QByteArray>& raw)
{
    QList<git::Oid> out;
    out.reserve(raw.size());
    for (const QByteArray& bytes : raw) {
        auto oid = git::Oid::fromRaw(bytes);
        if (!oid)
            return fail(breach(tr("only SHA-1 object ids are supported")));
        out.append(*oid);
    }
    return out;
}

QList<QByteArray> toRaw(const QList<git::Oid>& oids)
{
    QList<QByteArray> out;
    out.reserve(oids.size());
    for (const git::Oid& oid : oids)
        out.append(oid.toRaw());
    return out;
}

// Room for one record in a refs message: its bytes and the CBOR around them.
qsizetype recordCost(const SignedRefs& record)
{
    return record.body().size() + record.signature().size() + 24;
}

} // namespace

GossipSession::GossipSession(net::Connection* connection, Replica& replica, GossipHub& hub, QStringList listen,
                             QObject* parent)
    : QObject(parent), m_connection(connection), m_replica(replica), m_hub(hub), m_listen(std::move(listen))
{
    connection->setParent(this);
    if (auto key = PublicKey::fromBytes(connection->remotePublicKey()))
        m_peer = *key;
    const SyncOptions& o = replica.options();
    m_helloTimer.setSingleShot(true);
    m_helloTimer.setInterval(o.helloTimeoutMs);
    m_pingTimer.setSingleShot(true);
    m_pingTimer.setInterval(o.pingAfterMs);
    m_dropTimer.setSingleShot(true);
    m_dropTimer.setInterval(o.dropAfterMs);
    m_graftTimer.setSingleShot(true);
    m_graftTimer.setInterval(o.graftAfterMs);
    connect(&m_graftTimer, &QTimer::timeout, this, &GossipSession::graftMissing);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] { violation(breach(tr("it did not say hello in time"))); });
    connect(&m_pingTimer, &QTimer::timeout, this, [this] { queue(PingMessage{++m_pings}); });
    connect(&m_dropTimer, &QTimer::timeout, this, [this] {
        const Error silent = Error::network(tr("The peer %1 was silent for %2 s; the connection was dropped.")
                                                .arg(m_peer.shortId())
                                                .arg(m_replica.options().dropAfterMs / 1000.0));
        if (m_connection)
            m_connection->abort();
        onConnectionEnded(silent);
    });
    connect(connection, &net::Connection::messagesAvailable, this, &GossipSession::onMessages);
    connect(connection, &net::Connection::readyToSend, this, &GossipSession::flush);
    connect(connection, &net::Connection::closed, this, [this] { onConnectionEnded(std::nullopt); });
    connect(connection, &net::Connection::failed, this, [this](const Error& e) { onConnectionEnded(e); });
}

GossipSession::~GossipSession() = default;

bool GossipSession::isInbound() const
{
    return m_connection && m_connection->isInbound();
}

void GossipSession::start()
{
    HelloMessage hello;
    hello.version = 1;
    hello.agent = m_replica.options().agent;
    hello.commons = m_replica.commonsId().toRaw();
    hello.listen = m_listen.mid(0, WireCodec::kMaxAddresses);
    if (m_replica.options().lazyPush)
        hello.features = {QStringLiteral("lazy")};
    queue(hello);
    m_helloTimer.start();
    heard();
    if (m_connection && m_connection->hasMessage())
        QMetaObject::invokeMethod(this, &GossipSession::onMessages, Qt::QueuedConnection);
}

void GossipSession::heard()
{
    m_pingTimer.start();
    m_dropTimer.start();
}

void GossipSession::onMessages()
{
    while (m_connection && m_connection->hasMessage() && (m_state == State::Hello || m_state == State::Open)) {
        const QByteArray payload = m_connection->takeMessage();
        heard();
        auto message = WireCodec::decode(payload);
        if (!message)
            return violation(message.error());
        handle(*message);
    }
}

void GossipSession::handle(const WireMessage& message)
{
    if (m_state == State::Hello && !std::holds_alternative<HelloMessage>(message)) {
        if (const auto* error = std::get_if<ErrorMessage>(&message)) {
            m_endError = Error::network(tr("%1 ended the session: %2").arg(m_peer.shortId(), error->text));
            return closeWith(QString(), QString());
        }
        return violation(breach(tr("it sent “%1” before hello").arg(WireCodec::typeName(message))));
    }
    std::visit(
        [this](const auto& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, HelloMessage>)
                onHello(m);
            else if constexpr (std::is_same_v<T, RefsMessage>)
                onRefs(m);
            else if constexpr (std::is_same_v<T, WantMessage>)
                onWant(m);
            else if constexpr (std::is_same_v<T, PackMessage>)
                onPack(m);
            else if constexpr (std::is_same_v<T, SyncedMessage>)
                onSynced(m);
            else if constexpr (std::is_same_v<T, PeersMessage>)
                emit peersReceived(m.entries);
            else if constexpr (std::is_same_v<T, PingMessage>)
                queue(PongMessage{m.n});
            else if constexpr (std::is_same_v<T, IHaveMessage>)
                onIHave(m);
            else if constexpr (std::is_same_v<T, PruneMessage>)
                onPrune();
            else if constexpr (std::is_same_v<T, GraftMessage>)
                onGraft(m);
            else if constexpr (std::is_same_v<T, ErrorMessage>) {
                m_endError = Error::network(tr("%1 ended the session: %2").arg(m_peer.shortId(), m.text));
                closeWith(QString(), QString());
            }
        },
        message);
}

void GossipSession::onHello(const HelloMessage& hello)
{
    if (m_state != State::Hello)
        return violation(breach(tr("it said hello twice")));
    if (hello.version < 1)
        return violation(breach(tr("it speaks protocol version %1").arg(hello.version)));
    if (hello.commons != m_replica.commonsId().toRaw())
        return violation(breach(tr("it is in another commons")));
    m_peerListen = hello.listen;
    m_peerAgent = hello.agent;
    m_peerLazy = m_replica.options().lazyPush && hello.features.contains(QStringLiteral("lazy"));
    m_helloTimer.stop();
    m_state = State::Open;
    QList<SignedRefs> held = m_replica.records();                             // anti-entropy: everything held...
    held.removeIf([this](const SignedRefs& r) { return !m_hub.accepts(r); }); // ...that the hub takes
    sendRecords(held);
    emit opened();
}

void GossipSession::sendRecords(const QList<SignedRefs>& records)
{
    // Always at least one message, so that an empty set is acknowledged too.
    qsizetype at = 0;
    do {
        RefsMessage message;
        QList<std::pair<PublicKey, quint64>> log;
        qsizetype size = 64;
        while (at < records.size() && message.records.size() < WireCodec::kMaxRecords &&
               size + recordCost(records[at]) <= WireCodec::kMaxControlSize) {
            const SignedRefs& record = records[at++];
            size += recordCost(record);
            message.records.append(record.toWire());
            log.append({record.peer(), record.seq()});
            m_peerKnows[record.peer()] = std::max(m_peerKnows.value(record.peer()), record.seq());
            m_recordSent[record.peer()] = std::max(m_recordSent.value(record.peer()), record.seq());
        }
        m_sentLog.append(log);
        ++m_refsSent;
        queue(message);
    } while (at < records.size());
    checkSynced();
}

void GossipSession::announce(const SignedRefs& record)
{
    if (m_state != State::Open || peerKnows(record.peer()) >= record.seq())
        return;
    m_announce.removeIf([&](const SignedRefs& r) { return r.peer() == record.peer(); });
    m_announce.append(record);
    if (!m_announceScheduled) {
        m_announceScheduled = true;
        QTimer::singleShot(m_replica.options().announceBatchMs, this, &GossipSession::flushAnnouncements);
    }
    checkSynced();
}

void GossipSession::flushAnnouncements()
{
    m_announceScheduled = false;
    QList<SignedRefs> records;
    for (const SignedRefs& r : std::as_const(m_announce))
        if (peerKnows(r.peer()) < r.seq())
            records.append(r);
    m_announce.clear();
    if (m_state == State::Open && !records.isEmpty()) {
        if (!m_lazy) {
            sendRecords(records);
        } else {
            for (const SignedRefs& r : std::as_const(records)) {
                if (m_ihaveSent.value(r.peer(), 0) >= r.seq())
                    continue;
                m_ihaveSent[r.peer()] = r.seq();
                queue(IHaveMessage{r.peer().bytes(), r.seq()});
            }
        }
    }
    checkSynced();
}

void GossipSession::onRefs(const RefsMessage& refs)
{
    QList<SignedRefs> records;
    QList<Received> entries;
    // A record that reached us already (held, or on its way from another peer), in an
    // announcement (not the exchange of everything held that opens a session).
    bool duplicate = false;
    for (const SignedRefsRecord& wire : refs.records) {
        auto record = SignedRefs::verify(wire, m_replica.commonsId(), m_replica.now());
        if (!record)
            return violation(record.error());
        const PublicKey& pid = record->peer();
        if (record->seq() <= m_peerSent.value(pid, 0) || record->seq() <= m_ackedFloor.value(pid, 0))
            return violation(breach(tr("it replayed the record of %1 with seq %2, older than one it has seen")
                                        .arg(pid.shortId())
                                        .arg(record->seq())));
        if (m_refsReceived > 0 && (record->seq() <= m_replica.heldSeq(pid) || m_hub.isPending(pid, record->seq())))
            duplicate = true;
        m_peerSent[pid] = record->seq();
        m_peerKnows[pid] = std::max(m_peerKnows.value(pid), record->seq());
        entries.append({pid, record->seq()});
        records.append(*record);
    }
    ++m_refsReceived;
    m_receivedLog.append(entries);
    if (duplicate && m_peerLazy && !m_lazy) {
        // Plumtree's prune: this peer's records come another way too; notices will do.
        m_lazy = true;
        queue(PruneMessage{});
    }
    for (const SignedRefs& record : std::as_const(records)) {
        if (m_state != State::Open)
            return;
        m_hub.offer(this, record);
    }
    updateAcknowledgement();
}

void GossipSession::updateAcknowledgement()
{
    if (m_state != State::Open)
        return;
    quint64 handled = m_ackSent;
    while (handled < m_refsReceived &&
           std::ranges::none_of(m_receivedLog[qsizetype(handled)],
                                [this](const Received& r) { return m_hub.isPending(r.pid, r.seq); }))
        ++handled;
    if (handled > m_ackSent) {
        m_ackSent = handled;
        queue(SyncedMessage{handled});
    }
    checkSynced();
}

void GossipSession::onSynced(const SyncedMessage& synced)
{
    if (synced.n < m_peerAcked || synced.n > m_refsSent)
        return violation(breach(tr("it acknowledged %1 refs messages of the %2 sent").arg(synced.n).arg(m_refsSent)));
    for (quint64 i = m_peerAcked; i < synced.n; ++i)
        for (const auto& [pid, seq] : std::as_const(m_sentLog[qsizetype(i)]))
            m_ackedFloor[pid] = std::max(m_ackedFloor.value(pid), seq);
    m_peerAcked = synced.n;
    checkSynced();
}

bool GossipSession::isSynced() const
{
    return m_state == State::Open && m_refsSent > 0 && m_refsReceived > 0 && m_peerAcked == m_refsSent &&
           m_ackSent == m_refsReceived && !m_fetch && !m_out && m_wants.isEmpty() && m_announce.isEmpty() &&
           std::ranges::all_of(m_lazyWants.asKeyValueRange(),
                               [this](const auto& want) { return m_replica.heldSeq(want.first) >= want.second; });
}

void GossipSession::onIHave(const IHaveMessage& notice)
{
    const auto pid = PublicKey::fromBytes(notice.pid);
    if (!pid)
        return violation(breach(tr("it sent an ihave with a malformed peer id")));
    m_peerKnows[*pid] = std::max(m_peerKnows.value(*pid), notice.seq);
    emit noticeReceived(*pid, notice.seq);
    if (m_replica.heldSeq(*pid) >= notice.seq || m_hub.isPending(*pid, notice.seq))
        return;
    m_lazyWants[*pid] = std::max(m_lazyWants.value(*pid), notice.seq);
    if (!m_graftTimer.isActive())
        m_graftTimer.start();
    checkSynced();
}

void GossipSession::graftMissing()
{
    if (m_state != State::Open)
        return;
    bool grafted = false;
    for (auto it = m_lazyWants.begin(); it != m_lazyWants.end();) {
        if (m_replica.heldSeq(it.key()) >= it.value() || m_hub.isPending(it.key(), it.value())) {
            it = m_lazyWants.erase(it); // it came by the tree meanwhile
        } else if (m_hub.claimGraft(it.key(), it.value(), this)) {
            queue(GraftMessage{it.key().bytes(), it.value()});
            grafted = true;
            it = m_lazyWants.erase(it);
        } else {
            ++it; // another session asks for it; look again later
        }
    }
    if (grafted)
        m_lazy = false; // the link carries records again (both ways: the peer hears the graft)
    if (!m_lazyWants.isEmpty())
        m_graftTimer.start();
    checkSynced();
}

void GossipSession::onPrune()
{
    m_lazy = true;
}

void GossipSession::onGraft(const GraftMessage& graft)
{
    const auto pid = PublicKey::fromBytes(graft.pid);
    if (!pid)
        return violation(breach(tr("it sent a graft with a malformed peer id")));
    m_lazy = false;
    const auto record = m_replica.held(*pid);
    // Never a record the peer has had from us or sent us (that would be a replay for it).
    if (record && record->seq() >= graft.seq && record->seq() > m_recordSent.value(*pid, 0) &&
        record->seq() > m_peerSent.value(*pid, 0) && m_hub.accepts(*record)) {
        m_announce.removeIf([&](const SignedRefs& r) { return r.peer() == *pid; });
        sendRecords({*record});
    }
}

void GossipSession::checkSynced()
{
    const bool synced = isSynced();
    if (synced != m_synced) {
        m_synced = synced;
        emit syncedChanged(synced);
    }
}

void GossipSession::sendPeers(const QList<PeerEntry>& entries)
{
    if (m_state == State::Open && !entries.isEmpty())
        queue(PeersMessage{entries.mid(0, WireCodec::kMaxPeerEntries)});
}

void GossipSession::onWant(const WantMessage& want)
{
    if (!PublicKey::fromBytes(want.pid))
        return violation(breach(tr("it sent a want with a malformed peer id")));
    auto wants = toOids(want.wants);
    auto haves = toOids(want.haves);
    if (!wants || !haves)
        return violation(wants ? haves.error() : wants.error());
    m_wants.enqueue(want);
    serveNextWant();
    checkSynced();
}

void GossipSession::serveNextWant()
{
    while (!m_out && !m_wants.isEmpty() && m_state == State::Open) {
        const WantMessage want = m_wants.dequeue();
        const quint64 id = m_wantsReceived++;
        QElapsedTimer clock;
        clock.start();
        auto pack = m_replica.buildPack(*toOids(want.wants), *toOids(want.haves));
        qCDebug(lcSync).noquote() << "pack for" << m_peer.shortId() << "built in" << clock.elapsed() << "ms,"
                                  << (pack ? pack->size() : -1) << "bytes";
        if (!pack) {
            if (pack.error().kind == Error::Kind::Protocol)
                return violation(breach(pack.error().message));
            qWarning().noquote() << tr("Cannot send a pack to %1: %2").arg(m_peer.shortId(), pack.error().message);
            return closeWith(QStringLiteral("limit"), pack.error().message);
        }
        if (pack->isEmpty())
            queue(PackMessage{id, 0, {}, true});
        else
            m_out = OutgoingPack{id, 0, std::move(*pack), 0};
    }
    flush();
}

void GossipSession::fetch(const SignedRefs& record)
{
    Q_ASSERT(!m_fetch);
    const QList<git::Oid> wants = m_replica.missingObjects(record);
    auto pack = m_replica.beginPack();
    if (!pack || wants.isEmpty()) {
        const Status result = pack ? Status() : Status(fail(pack.error()));
        QMetaObject::invokeMethod(
            this, [this, record, result] { m_hub.fetchFinished(this, record, result); }, Qt::QueuedConnection);
        return;
    }
    m_fetch = Fetch{record, wants, m_wantsSent++, 0, std::move(*pack)};
    m_fetchClock.start();
    queue(WantMessage{record.peer().bytes(), toRaw(wants), toRaw(m_replica.haves())});
    checkSynced();
}

void GossipSession::onPack(const PackMessage& message)
{
    if (!m_fetch)
        return violation(breach(tr("it sent a pack nobody asked for")));
    if (message.id != m_fetch->packId || message.seq != m_fetch->nextSeq)
        return violation(breach(tr("it sent pack %1 chunk %2 where pack %3 chunk %4 was due")
                                    .arg(message.id)
                                    .arg(message.seq)
                                    .arg(m_fetch->packId)
                                    .arg(m_fetch->nextSeq)));
    ++m_fetch->nextSeq;
    if (!message.data.isEmpty()) {
        if (auto ok = m_fetch->pack->append(message.data); !ok)
            return violation(ok.error());
        emit packProgress(m_fetch->pack->receivedBytes(), m_fetch->pack->objectCount());
    }
    if (message.last)
        finishFetch();
}

void GossipSession::finishFetch()
{
    git::IncomingPack& pack = *m_fetch->pack;
    const qint64 received = m_fetchClock.elapsed();
    Status result = pack.finish();
    const qint64 indexed = m_fetchClock.elapsed();
    if (result)
        result = pack.verify(m_fetch->wants);
    const qint64 verified = m_fetchClock.elapsed();
    if (result)
        result = pack.accept();
    qCDebug(lcSync).noquote() << "pack from" << m_peer.shortId() << pack.receivedBytes() << "bytes,"
                              << pack.objectCount() << "objects: received after" << received << "ms, indexed"
                              << indexed - received << "ms, checked" << verified - indexed << "ms, kept"
                              << m_fetchClock.elapsed() - verified << "ms";
    if (!result && result.error().kind == Error::Kind::Protocol)
        return violation(result.error()); // abandons the fetch and tells the hub
    const SignedRefs record = m_fetch->record;
    m_fetch.reset();
    m_hub.fetchFinished(this, record, result);
    checkSynced();
}

void GossipSession::queue(const WireMessage& message)
{
    if (m_state == State::Closing || m_state == State::Ended)
        return;
    auto encoded = WireCodec::encode(message);
    if (!encoded) {
        qWarning().noquote() << encoded.error().message;
        return;
    }
    m_control.enqueue(*encoded);
    flush();
}

void GossipSession::flush()
{
    auto trySend = [this](const QByteArray& bytes) {
        return m_connection && m_connection->state() == net::Connection::State::Open && m_connection->send(bytes);
    };
    while (m_state == State::Hello || m_state == State::Open) {
        if (!m_control.isEmpty()) {
            if (!trySend(m_control.head()))
                return;
            m_control.dequeue();
            continue;
        }
        if (!m_out)
            return;
        const qsizetype size = std::min<qsizetype>(WireCodec::kMaxPackData, m_out->data.size() - m_out->offset);
        const bool last = m_out->offset + size >= m_out->data.size();
        auto chunk = WireCodec::encode(PackMessage{m_out->id, m_out->seq, m_out->data.mid(m_out->offset, size), last});
        if (!chunk || !trySend(*chunk))
            return;
        m_out->offset += size;
        ++m_out->seq;
        if (last) {
            m_out.reset();
            serveNextWant();
            checkSynced();
            return;
        }
    }
}

void GossipSession::violation(const Error& error)
{
    if (m_state == State::Closing || m_state == State::Ended)
        return;
    qWarning().noquote() << tr("Disconnecting %1: %2").arg(m_peer.shortId(), error.message);
    closeWith(QStringLiteral("protocol"), error.message);
    emit misbehaved(error);
}

void GossipSession::closeWith(const QString& code, const QString& text)
{
    if (m_state == State::Closing || m_state == State::Ended)
        return;
    m_state = State::Closing;
    m_helloTimer.stop();
    m_pingTimer.stop();
    m_graftTimer.stop();
    m_control.clear();
    m_out.reset();
    m_wants.clear();
    if (m_connection) {
        if (!code.isEmpty())
            if (auto message = WireCodec::encode(ErrorMessage{code.left(64), text.left(WireCodec::kMaxText)}))
                (void)m_connection->send(*message); // best effort: the buffer may be full
        m_connection->close();
    }
    if (m_fetch) {
        const SignedRefs record = m_fetch->record;
        m_fetch.reset();
        m_hub.fetchFinished(this, record, fail(Error::network(tr("The session with %1 ended.").arg(m_peer.shortId()))));
    }
    checkSynced();
}

void GossipSession::abort()
{
    if (m_state == State::Ended)
        return;
    if (m_connection)
        m_connection->abort();
    onConnectionEnded(Error::network(tr("The connection to %1 was cut.").arg(m_peer.shortId())));
}

void GossipSession::onConnectionEnded(const std::optional<Error>& error)
{
    if (m_ended)
        return;
    if (m_state != State::Closing)
        closeWith(QString(), QString());
    m_ended = true;
    m_state = State::Ended;
    m_helloTimer.stop();
    m_pingTimer.stop();
    m_dropTimer.stop();
    checkSynced();
    emit ended(error ? error : m_endError);
}

} // namespace cp::sync
