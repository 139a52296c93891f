#include "core/sync/GossipHub.h"

#include "core/net/Connection.h"
#include "core/sync/GossipSession.h"
#include "core/sync/Replica.h"

#include <QCoreApplication>
#include <QTimer>
#include <QtDebug>

namespace cp::sync {

GossipHub::GossipHub(Replica& replica, QObject* parent) : QObject(parent), m_replica(replica)
{
    m_clock.start();
}

GossipHub::~GossipHub()
{
    // Sessions are our children; they must not call back into a hub being destroyed.
    for (GossipSession* session : std::as_const(m_sessions))
        disconnect(session, nullptr, this, nullptr);
}

GossipSession* GossipHub::addConnection(net::Connection* connection, const QStringList& listen)
{
    auto remote = PublicKey::fromBytes(connection->remotePublicKey());
    if (!remote || *remote == m_replica.self()) {
        connection->abort();
        connection->deleteLater();
        return nullptr;
    }
    GossipSession* older = session(*remote);
    auto* s = new GossipSession(connection, m_replica, *this, listen, this);
    const PublicKey peer = *remote;
    connect(s, &GossipSession::opened, this, [this, s] { emit sessionOpened(s); });
    connect(s, &GossipSession::syncedChanged, this, [this, peer](bool synced) { emit sessionSynced(peer, synced); });
    connect(s, &GossipSession::peersReceived, this,
            [this, peer](const QList<PeerEntry>& entries) { emit peersReceived(peer, entries); });
    connect(s, &GossipSession::packProgress, this,
            [this, peer](qint64 bytes, qint64 objects) { emit transferProgress(peer, bytes, objects); });
    connect(s, &GossipSession::noticeReceived, this,
            [this, peer](const PublicKey& pid, quint64 seq) { emit noticeReceived(pid, seq, peer); });
    connect(s, &GossipSession::misbehaved, this, [this, peer](const Error& e) { emit peerMisbehaved(peer, e); });
    connect(s, &GossipSession::ended, this, [this, s](const std::optional<Error>& e) { onSessionEnded(s, e); });
    m_sessions.append(s);
    s->start();
    if (older) {
        // Both sides keep the connection dialed by the smaller peer id.
        auto dialer = [this](GossipSession* x) { return x->isInbound() ? x->peer() : m_replica.self(); };
        GossipSession* loser = dialer(s) < dialer(older) ? older : s;
        loser->closeWith(QStringLiteral("duplicate"), tr("Another connection between us is kept."));
    }
    return s;
}

QList<GossipSession*> GossipHub::sessions() const
{
    return m_sessions;
}

GossipSession* GossipHub::session(const PublicKey& peer) const
{
    for (GossipSession* s : m_sessions)
        if (s->peer() == peer && (s->state() == GossipSession::State::Hello || s->isOpen()))
            return s;
    return nullptr;
}

bool GossipHub::allSynced() const
{
    return std::ranges::all_of(m_sessions, [](GossipSession* s) {
        return s->state() == GossipSession::State::Open ? s->isSynced() : s->state() != GossipSession::State::Hello;
    });
}

bool GossipHub::isPending(const PublicKey& pid, quint64 seq) const
{
    auto it = m_pending.constFind(pid);
    return it != m_pending.cend() && it->record.seq() >= seq;
}

Status GossipHub::checkLocal()
{
    auto own = m_replica.refreshOwn();
    if (!own) {
        emit problem(own.error());
        return fail(own.error());
    }
    if (*own) {
        emit ownRecordChanged(**own);
        forward(**own);
    }
    return {};
}

void GossipHub::sendPeers(const QList<PeerEntry>& entries)
{
    for (GossipSession* s : std::as_const(m_sessions))
        s->sendPeers(entries);
}

void GossipHub::closeAll()
{
    for (GossipSession* s : QList<GossipSession*>(m_sessions))
        s->closeWith(QString(), QString());
}

void GossipHub::offer(GossipSession* from, const SignedRefs& record)
{
    emit recordOffered(record, from->peer());
    const PublicKey pid = record.peer();
    if (pid == m_replica.self()) {
        // A record of mine newer than mine (I lost my state, or run twice): move ahead of it.
        if (record.seq() >= m_replica.heldSeq(pid)) {
            auto own = m_replica.refreshOwn(record.seq());
            if (own && *own) {
                emit ownRecordChanged(**own);
                forward(**own);
            }
        }
        return;
    }
    if (!accepts(record) || !record.isNewerThan(m_replica.held(pid)))
        return;
    auto it = m_pending.find(pid);
    if (it == m_pending.end()) {
        m_pending.insert(pid, Pending{record, {from}, {}});
    } else if (record.seq() == it->record.seq()) {
        if (!it->sources.contains(from))
            it->sources.append(from);
        return;
    } else if (record.seq() > it->record.seq()) {
        it->record = record; // a fetch of the older one may go on; this one waits for it
        it->sources = {from};
    } else {
        return;
    }
    scheduleSoon();
}

void GossipHub::scheduleSoon()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &GossipHub::schedule);
}

void GossipHub::schedule()
{
    m_scheduled = false;
    for (const PublicKey& pid : m_pending.keys()) {
        auto it = m_pending.find(pid);
        if (it == m_pending.end() || it->fetcher)
            continue;
        if (m_replica.missingObjects(it->record).isEmpty()) {
            // Everything is here already (another peer brought it): just keep the record.
            const SignedRefs record = it->record;
            const PublicKey from =
                it->sources.isEmpty() || !it->sources.first() ? PublicKey() : it->sources.first()->peer();
            m_pending.erase(it);
            storeRecord(record, from);
            continue;
        }
        it->sources.removeIf([](const QPointer<GossipSession>& s) { return !s || !s->isOpen(); });
        if (it->sources.isEmpty()) {
            m_pending.erase(it); // nobody left to fetch it from: the next connection offers it again
            continue;
        }
        for (const QPointer<GossipSession>& source : std::as_const(it->sources)) {
            if (!source->isFetching()) {
                it->fetcher = source;
                source->fetch(it->record);
                break;
            }
        }
    }
    acknowledgeAll();
}

void GossipHub::fetchFinished(GossipSession* session, const SignedRefs& record, const Status& result)
{
    auto it = m_pending.find(record.peer());
    if (it != m_pending.end() && it->fetcher == session)
        it->fetcher = nullptr;
    if (result) {
        if (it != m_pending.end() && it->record.seq() == record.seq())
            m_pending.erase(it);
        storeRecord(record, session->peer());
    } else {
        if (it != m_pending.end())
            it->sources.removeAll(session);
        if (result.error().kind != Error::Kind::Network && result.error().kind != Error::Kind::Protocol)
            emit problem(result.error());
    }
    scheduleSoon();
    acknowledgeAll();
}

bool GossipHub::claimGraft(const PublicKey& pid, quint64 seq, GossipSession* by)
{
    constexpr qint64 kClaimMs = 2000; // a graft unanswered this long may go to another peer
    auto it = m_grafts.constFind(pid);
    if (it != m_grafts.cend() && it->seq >= seq && it->by && it->by != by && it->by->isOpen() &&
        m_clock.elapsed() - it->sinceMs < kClaimMs)
        return false;
    m_grafts.insert(pid, GraftClaim{seq, by, m_clock.elapsed()});
    return true;
}

void GossipHub::storeRecord(const SignedRefs& record, const PublicKey& from)
{
    if (!accepts(record))
        return; // turned down while its objects came
    if (auto ok = m_replica.store(record); !ok) {
        if (ok.error().kind != Error::Kind::Conflict) {
            qWarning().noquote() << ok.error().message;
            emit problem(ok.error());
        }
        return;
    }
    emit recordStored(record, from);
    forward(record);
}

void GossipHub::forward(const SignedRefs& record)
{
    for (GossipSession* s : std::as_const(m_sessions))
        s->announce(record); // skips the peers that know it (those it came from)
}

void GossipHub::acknowledgeAll()
{
    for (GossipSession* s : QList<GossipSession*>(m_sessions))
        s->updateAcknowledgement();
}

void GossipHub::onSessionEnded(GossipSession* session, const std::optional<Error>& error)
{
    m_sessions.removeAll(session);
    for (Pending& p : m_pending) {
        p.sources.removeAll(session);
        if (p.fetcher == session)
            p.fetcher = nullptr;
    }
    emit sessionEnded(session->peer(), error);
    session->deleteLater();
    scheduleSoon();
}

} // namespace cp::sync
