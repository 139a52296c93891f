#include "core/node/Joiner.h"

#include "core/git/Repository.h"
#include "core/git/RootCommit.h"
#include "core/node/AddressBook.h"
#include "core/node/Invite.h"
#include "core/node/NetworkKeyFile.h"
#include "core/node/Node.h"
#include "core/sync/GossipHub.h"
#include "core/sync/Replica.h"
#include "core/sync/SyncLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

namespace cp::node {

namespace {
const QString kMain = QStringLiteral("refs/heads/main");
} // namespace

Joiner::Joiner(std::shared_ptr<const Identity> identity, NodeOptions options, QObject* parent)
    : QObject(parent), m_identity(std::move(identity)), m_options(std::move(options))
{
    // A joiner dials. It listens (any free port) only for LAN discovery, whose announcements
    // name a port: hearing a new member, the inviter's node answers at once.
    m_options.listen = m_options.lanDiscovery;
    m_options.listenPort = 0;
    m_options.portMapping = false;
    m_options.dialKnownPeers = true;
}

Joiner::~Joiner() = default;

void Joiner::start(const Invite& invite, const QString& dir)
{
    m_dir = QDir(dir).absolutePath();
    m_commons = invite.commons;
    m_inviter = invite.inviter;
    m_addresses = int(invite.addresses.size());
    m_clock.start();
    auto begin = [&]() -> Status {
        if (invite.addresses.isEmpty() && !m_options.lanDiscovery)
            return fail(Error::user(tr("The invite names no address to reach the inviter at; ask for a new one.")));
        const QFileInfo info(m_dir);
        if (info.exists() &&
            (!info.isDir() || !QDir(m_dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
            return fail(Error::conflict(tr("%1 is not empty; choose a new or empty folder to join into.").arg(m_dir)));
        m_madeFolder = !info.exists();
        QString gitDir;
        {
            auto repo = git::Repository::init(m_dir);
            if (!repo)
                return fail(repo.error());
            gitDir = repo->gitDir();
        }
        if (auto ok = NetworkKeyFile::store(gitDir, invite.networkKey.view()); !ok)
            return ok;
        auto book = AddressBook::load(AddressBook::fileIn(gitDir));
        if (!book)
            return fail(book.error());
        book->add(m_inviter, invite.addresses, QStringLiteral("invite"));
        if (auto ok = book->save(); !ok)
            return ok;
        m_node = new Node(m_identity, m_options, this);
        connect(m_node, &Node::exchangeFinished, this, &Joiner::onExchangeFinished);
        connect(m_node, &Node::peerConnected, this, [this](const QString&, const PublicKey& peer) {
            if (peer == m_inviter)
                emit connected(peer);
        });
        connect(m_node, &Node::transferProgress, this,
                [this](const QString&, const PublicKey&, qint64 b, qint64 o) { emit progress(b, o); });
        connect(m_node, &Node::dialFailed, this, [this](const QString&, const PublicKey& peer, const Error& e) {
            if (peer == m_inviter && ++m_dialFailures >= m_addresses)
                onInviterUnreachable(e);
        });
        connect(m_node, &Node::lanPeerFound, this, &Joiner::onLanPeerFound);
        connect(m_node, &Node::peerMisbehaved, this, [this](const QString&, const PublicKey& peer, const Error& e) {
            if (peer == m_inviter)
                failWith(e.context(tr("The inviter sent something that is refused")));
        });
        connect(m_node, &Node::peerDisconnected, this,
                [this](const QString&, const PublicKey& peer, const QString& why) {
                    if (peer == m_inviter && !m_done)
                        onInviterDisconnected(why);
                });
        auto id = m_node->addCommons(m_dir, m_commons);
        if (!id)
            return fail(id.error());
        m_id = *id;
        if (auto ok = m_node->start(); !ok)
            return ok;
        if (invite.addresses.isEmpty()) // only LAN discovery can find the inviter
            onInviterUnreachable(Error::user(tr("The invite names no address to reach the inviter at")));
        return {};
    }();
    if (!begin)
        QTimer::singleShot(0, this, [this, e = begin.error()] { failWith(e); });
}

void Joiner::cancel(const Error& reason)
{
    failWith(reason);
}

void Joiner::onExchangeFinished(const QString& id, const PublicKey& peer)
{
    if (m_done || id != m_id || peer != m_inviter)
        return;
    if (!m_adopted)
        return adoptInvitersView();
    succeed();
}

void Joiner::adoptInvitersView()
{
    sync::Replica* replica = m_node->replica(m_id);
    const auto record = replica->held(m_inviter);
    if (!record || !record->refs().contains(kMain))
        return failWith(Error::user(tr("The inviter publishes no main branch yet; try again in a moment.")));
    const git::Oid main = record->refs().value(kMain);
    git::Repository& repo = replica->repository();
    auto root = git::RootCommit::walk(repo, main);
    if (!root)
        return failWith(root.error());
    if (*root != m_commons)
        return failWith(Error::protocol(tr("The inviter's main does not start at the commons the invite names.")));
    if (auto ok =
            repo.updateReference(kMain, main, std::nullopt, tr("commonplace: joined from %1").arg(m_inviter.shortId()));
        !ok)
        return failWith(ok.error());
    git::RootCommit::remember(repo, m_commons);
    QElapsedTimer clock;
    clock.start();
    if (auto ok = repo.checkoutHead(git::Repository::Checkout::Fresh); !ok)
        return failWith(ok.error());
    qCDebug(sync::lcSync) << "checked out the inviter's main in" << clock.elapsed() << "ms";
    m_adopted = true;
    // My first record, so that the inviter (and through it everyone) knows me.
    if (auto ok = m_node->hub(m_id)->checkLocal(); !ok)
        return failWith(ok.error());
    if (m_node->isConverged(m_id))
        succeed();
}

void Joiner::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_node->stop();
    // Let the goodbyes go out (at most two seconds) before saying we are done.
    sync::GossipHub* hub = m_node->hub(m_id);
    auto finish = [this] {
        if (m_finishing)
            return;
        m_finishing = true;
        emit finished(m_dir, m_id);
    };
    if (hub->sessions().isEmpty())
        return finish();
    connect(hub, &sync::GossipHub::sessionEnded, this, [hub, finish] {
        if (hub->sessions().isEmpty())
            finish();
    });
    QTimer::singleShot(2000, this, finish);
}

void Joiner::failWith(const Error& error)
{
    if (m_done)
        return;
    m_done = true;
    // The folder goes once the node (and its repository handle) is gone; we may be inside
    // one of the node's signals, so it is deleted from the event loop.
    auto cleanUp = [this, error] {
        if (!m_dir.isEmpty()) {
            if (m_madeFolder)
                QDir(m_dir).removeRecursively();
            else
                QDir(m_dir + QStringLiteral("/.git")).removeRecursively();
        }
        emit failed(error);
    };
    if (m_node) {
        m_node->stop();
        connect(m_node, &QObject::destroyed, this, cleanUp);
        m_node->deleteLater();
    } else {
        cleanUp();
    }
}

namespace {
constexpr int kLanWaitMs = 5000;        // how long LAN discovery gets to find an inviter not reached otherwise
constexpr int kReconnectGraceMs = 1500; // for the connection kept when both sides dialed
} // namespace

void Joiner::onLanPeerFound(const QString& id, const PublicKey& peer, const QString& address)
{
    if (m_done || id != m_id || peer != m_inviter)
        return;
    // The node dials the LAN address now; every address known counts again.
    m_foundOnLan = true;
    m_dialFailures = 0;
    if (auto entry = m_node->addressBook(m_id) ? m_node->addressBook(m_id)->entry(peer) : std::nullopt)
        m_addresses = int(entry->addresses.size());
    qCDebug(sync::lcSync) << "found the inviter on this network at" << address;
}

void Joiner::onInviterDisconnected(const QString& why)
{
    // When both sides dial (the inviter finds me by LAN discovery too), one of the two
    // connections is closed as a duplicate, and the kept one may still be in its handshake
    // here: only a disconnect that no connection follows soon ends the join.
    const Error error = Error::network(tr("The inviter closed the connection before the commons was complete%1")
                                           .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
    QTimer::singleShot(kReconnectGraceMs, this, [this, error] {
        if (!m_done && m_node && !m_node->hub(m_id)->session(m_inviter))
            failWith(error);
    });
}

void Joiner::onInviterUnreachable(const Error& error)
{
    if (!m_options.lanDiscovery || m_foundOnLan || m_clock.elapsed() >= kLanWaitMs)
        return failWith(error.context(tr("Cannot reach the inviter")));
    if (m_waitingForLan)
        return;
    // The invite's addresses may be stale while the inviter is on this network: LAN
    // discovery gets a moment (the node keeps redialing meanwhile).
    m_waitingForLan = true;
    QTimer::singleShot(int(kLanWaitMs - m_clock.elapsed()), this, [this, error] {
        if (!m_foundOnLan)
            failWith(
                error.context(tr("Cannot reach the inviter at the invite's addresses, nor find it on this network")));
    });
}

} // namespace cp::node
