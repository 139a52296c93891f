// The sync commands that run a node: serve, join, sync.
#include "app/cli/CommandRegistry.h"
#include "app/cli/Invocation.h"
#include "app/cli/StopSignals.h"
#include "app/cli/SyncSettings.h"
#include "core/node/Invite.h"
#include "core/node/Joiner.h"
#include "core/node/Node.h"
#include "core/node/NodeStatusFile.h"
#include "core/node/PeerAddress.h"
#include "core/sync/GossipHub.h"
#include "core/wiki/Commons.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>

namespace cp::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::cli", text);
}

// Stops the node, lets the goodbyes go out (at most two seconds), then exits with `code`.
void stopThenFinish(node::Node* node, Invocation& inv, int code)
{
    node->stop();
    auto done = [node] {
        for (const QString& id : node->commonsIds())
            if (!node->hub(id)->sessions().isEmpty())
                return false;
        return true;
    };
    if (done())
        return inv.finish(code);
    auto* poll = new QTimer(node);
    poll->setInterval(20);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(poll, &QTimer::timeout, node, [&inv, code, done, clock, poll] {
        if (done() || clock.elapsed() > 2000) {
            poll->stop();
            inv.finish(code);
        }
    });
    poll->start();
}

// Logs what a node does on standard error.
void logTo(node::Node* node, Invocation& inv)
{
    QObject::connect(node, &node::Node::peerConnected, node, [&inv](const QString&, const PublicKey& peer) {
        inv.printError(tr("connected to %1").arg(peer.pid()));
    });
    QObject::connect(node, &node::Node::peerDisconnected, node,
                     [&inv](const QString&, const PublicKey& peer, const QString& why) {
                         inv.printError(why.isEmpty() ? tr("disconnected from %1").arg(peer.pid())
                                                      : tr("disconnected from %1: %2").arg(peer.pid(), why));
                     });
    QObject::connect(node, &node::Node::recordReceived, node,
                     [&inv](const QString&, const PublicKey& peer, quint64 seq) {
                         inv.printError(tr("received the signed refs of %1, seq %2").arg(peer.pid()).arg(seq));
                     });
    QObject::connect(node, &node::Node::ownRecordChanged, node, [&inv](const QString& id, quint64 seq) {
        inv.printError(tr("announced my signed refs, seq %1, in %2").arg(seq).arg(id.left(10)));
    });
    QObject::connect(node, &node::Node::peerMisbehaved, node,
                     [&inv](const QString&, const PublicKey& peer, const Error& e) {
                         inv.printError(tr("refused %1: %2").arg(peer.pid(), e.message));
                     });
    QObject::connect(node, &node::Node::problem, node,
                     [&inv](const QString&, const Error& e) { inv.printError(e.message); });
    QObject::connect(node, &node::Node::lanPeerFound, node,
                     [&inv](const QString&, const PublicKey& peer, const QString& address) {
                         inv.printError(tr("found %1 on this network at %2").arg(peer.pid(), address));
                     });
}

// Logs port-mapping changes, and keeps the addresses `invite` hands out current (a mapped
// external address joins them).
void followDiagnostics(node::Node* node, Invocation& inv)
{
    auto last = std::make_shared<QString>(node->diagnostics().portMapping);
    QObject::connect(node, &node::Node::diagnosticsChanged, node, [node, &inv, last] {
        const node::NodeDiagnostics d = node->diagnostics();
        if (d.portMapping == *last)
            return;
        *last = d.portMapping;
        inv.printError(tr("port mapping: %1").arg(d.portMapping));
        if (auto profile = inv.profile(); profile && d.listening)
            saveAddresses(**profile, d.advertised);
    });
}

// "HOST:PORT" to listen on; port 0 picks a free one.
Result<std::pair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (colon <= 0 || !ok || port > 65535)
        return fail(Error::user(tr("“%1” is not HOST:PORT to listen on (port 0 picks a free one).").arg(text)));
    const QHostAddress address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        return fail(Error::user(tr("Listen on an IP address (such as 0.0.0.0 or 127.0.0.1), not “%1”.").arg(host)));
    return std::pair{address, quint16(port)};
}

void runServe(Invocation& inv)
{
    auto listen = parseListen(inv.isSet(QStringLiteral("listen")) ? inv.value(QStringLiteral("listen"))
                                                                  : QStringLiteral("0.0.0.0:47474"));
    if (!listen)
        return inv.fail(listen.error());
    node::NodeOptions options;
    options.authorName = inv.authorName();
    options.listenAddress = listen->first;
    options.listenPort = listen->second;
    options.lanDiscovery = !inv.isSet(QStringLiteral("no-lan"));
    options.portMapping = !inv.isSet(QStringLiteral("no-port-mapping"));
    for (const QString& text : repeatedOption(QStringLiteral("advertise"))) {
        auto address = node::PeerAddress::parse(text);
        if (!address)
            return inv.fail(address.error());
        options.advertised.append(address->hostPort());
    }
    QStringList dirs;
    for (const QString& dir : inv.arguments())
        dirs.append(QDir(dir).absolutePath());
    inv.withIdentity([&inv, options, dirs](ProfileIdentity& me) {
        auto* node = new node::Node(me.identity(), options, qApp);
        for (const QString& dir : dirs)
            if (auto id = node->addCommons(dir); !id)
                return inv.fail(id.error().context(tr("Serving %1").arg(dir)));
        if (auto ok = node->start(); !ok)
            return inv.fail(ok.error().context(tr("Listening on %1").arg(options.listenAddress.toString())));
        const QStringList addresses = node->advertisedAddresses();
        if (auto profile = inv.profile()) // for `invite`, before anyone reads the address
            saveAddresses(**profile, addresses);
        for (const QString& address : addresses)
            inv.print(me.publicKey().pid() + u'@' + address);
        std::fflush(stdout); // a script reads the address now, not when we exit
        logTo(node, inv);
        followDiagnostics(node, inv);
        // For `status` in another process: what this node knows, while it runs.
        auto* publisher = new node::NodeStatusPublisher(node, node);
        publisher->publishAll();
        auto* stop = new StopSignals(node);
        QObject::connect(stop, &StopSignals::stopRequested, node, [node, publisher, &inv](int) {
            inv.printError(tr("stopping"));
            publisher->withdraw();
            stopThenFinish(node, inv, 0);
        });
    });
}

void runJoin(Invocation& inv)
{
    auto invite = node::Invite::parse(inv.argument(0));
    if (!invite)
        return inv.fail(invite.error());
    bool ok = true;
    const int timeout = inv.isSet(QStringLiteral("timeout")) ? inv.value(QStringLiteral("timeout")).toInt(&ok) : 300;
    if (!ok || timeout <= 0)
        return inv.usageError(tr("--timeout takes a number of seconds."));
    const QString dir = QDir(inv.argument(1)).absolutePath();
    auto shared = std::make_shared<node::Invite>(std::move(*invite));
    inv.withIdentity([&inv, shared, dir, timeout](ProfileIdentity& me) {
        node::NodeOptions options;
        options.lanDiscovery = !inv.isSet(QStringLiteral("no-lan"));
        auto* joiner = new node::Joiner(me.identity(), options, qApp);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QObject::connect(joiner, &node::Joiner::connected, joiner,
                         [&inv](const PublicKey& peer) { inv.printError(tr("connected to %1").arg(peer.pid())); });
        QObject::connect(joiner, &node::Joiner::progress, joiner, [&inv, clock](qint64 bytes, qint64 objects) {
            if (clock->elapsed() < 250)
                return;
            clock->restart();
            inv.printError(tr("received %1 KiB, %2 objects").arg(bytes / 1024).arg(objects));
        });
        QObject::connect(joiner, &node::Joiner::finished, joiner,
                         [&inv, shared](const QString& path, const QString& id) {
                             if (inv.json())
                                 inv.printJson(QJsonObject{{QStringLiteral("path"), path},
                                                           {QStringLiteral("commons"), id},
                                                           {QStringLiteral("name"), shared->name},
                                                           {QStringLiteral("inviter"), shared->inviter.did()}});
                             else
                                 inv.print(tr("Joined “%1” in %2.").arg(shared->name, path));
                             inv.succeed();
                         });
        QObject::connect(joiner, &node::Joiner::failed, joiner, [&inv](const Error& e) { inv.fail(e); });
        QTimer::singleShot(timeout * 1000, joiner, [joiner, timeout] {
            joiner->cancel(Error::network(tr("Joining took longer than %1 s; check that the inviter's node is "
                                             "running and reachable, then try again.")
                                              .arg(timeout)));
        });
        auto* stop = new StopSignals(joiner);
        QObject::connect(stop, &StopSignals::stopRequested, joiner,
                         [joiner](int) { joiner->cancel(Error::user(tr("Joining was interrupted."))); });
        joiner->start(*shared, dir);
    });
}

// Follows one `sync` run: which known peers are done, which cannot be reached.
struct SyncRun
{
    QString id;
    QHash<PublicKey, QString> waiting; // peer → why not yet (empty: no answer yet)
    QList<PublicKey> synced;
    QHash<PublicKey, QString> unreachable; // peer → why
};

void runSync(Invocation& inv)
{
    bool ok = true;
    const int timeout = inv.isSet(QStringLiteral("timeout")) ? inv.value(QStringLiteral("timeout")).toInt(&ok) : 60;
    if (!ok || timeout <= 0)
        return inv.usageError(tr("--timeout takes a number of seconds."));
    const QString dir = QDir(inv.argument(0)).absolutePath();
    inv.withIdentity([&inv, dir, timeout](ProfileIdentity& me) {
        node::NodeOptions options;
        options.authorName = inv.authorName();
        options.listen = false;
        options.lanDiscovery = false;
        options.portMapping = false;
        options.peerExchange = false;
        options.reconnectMinMs = 2000;
        auto* node = new node::Node(me.identity(), options, qApp);
        auto id = node->addCommons(dir);
        if (!id)
            return inv.fail(id.error());
        auto run = std::make_shared<SyncRun>();
        run->id = *id;
        for (const node::AddressBookEntry& e : node->addressBook(*id)->entries())
            if (!e.addresses.isEmpty() && e.pid != me.publicKey())
                run->waiting.insert(e.pid, QString());
        if (run->waiting.isEmpty())
            return inv.fail(Error::user(tr("%1 knows no peer to sync with; add one with `commonplace-cli connect` "
                                           "or join with an invite.")
                                            .arg(dir)));
        auto check = [node, run, &inv] {
            if (!run->waiting.isEmpty() || inv.isFinished())
                return;
            if (run->synced.isEmpty()) {
                QStringList why;
                for (auto it = run->unreachable.cbegin(); it != run->unreachable.cend(); ++it)
                    why.append(it.key().shortId() + QStringLiteral(": ") + it.value());
                node->stop();
                return inv.fail(Error::network(tr("No peer could be reached (%1).").arg(why.join(u"; "))));
            }
            if (!node->isConverged(run->id))
                return;
            for (auto it = run->unreachable.cbegin(); it != run->unreachable.cend(); ++it)
                inv.printError(tr("could not reach %1: %2").arg(it.key().pid(), it.value()));
            if (inv.json())
                inv.printJson(QJsonObject{{QStringLiteral("synced"), qint64(run->synced.size())},
                                          {QStringLiteral("unreachable"), qint64(run->unreachable.size())}});
            else
                inv.print(QCoreApplication::translate("cp::cli", "Synced with %n peer(s).", nullptr,
                                                      int(run->synced.size())));
            stopThenFinish(node, inv, 0);
        };
        QObject::connect(node, &node::Node::exchangeFinished, node, [run, check](const QString&, const PublicKey& p) {
            if (run->waiting.remove(p) && !run->synced.contains(p))
                run->synced.append(p);
            check();
        });
        auto giveUp = [run, check](const PublicKey& p, const QString& why) {
            if (run->waiting.remove(p))
                run->unreachable.insert(p, why);
            check();
        };
        QObject::connect(node, &node::Node::dialFailed, node,
                         [giveUp](const QString&, const PublicKey& p, const Error& e) { giveUp(p, e.message); });
        QObject::connect(node, &node::Node::peerMisbehaved, node,
                         [giveUp](const QString&, const PublicKey& p, const Error& e) { giveUp(p, e.message); });
        QObject::connect(node, &node::Node::peerDisconnected, node,
                         [giveUp](const QString&, const PublicKey& p, const QString& why) {
                             giveUp(p, why.isEmpty() ? tr("it closed the connection") : why);
                         });
        QObject::connect(node, &node::Node::recordReceived, node, [check] { check(); });
        QObject::connect(node, &node::Node::problem, node,
                         [&inv](const QString&, const Error& e) { inv.printError(e.message); });
        QTimer::singleShot(timeout * 1000, node, [node, run, &inv, timeout] {
            if (inv.isFinished())
                return;
            QStringList names;
            for (auto it = run->waiting.cbegin(); it != run->waiting.cend(); ++it)
                names.append(it.key().shortId());
            node->stop();
            inv.fail(Error::network(tr("Not converged after %1 s; still waiting for %2.")
                                        .arg(timeout)
                                        .arg(names.isEmpty() ? tr("objects") : names.join(u", "))));
        });
        auto* stop = new StopSignals(node);
        QObject::connect(stop, &StopSignals::stopRequested, node, [node, &inv](int) {
            node->stop();
            inv.fail(Error::user(tr("Sync was interrupted.")));
        });
        if (auto started = node->start(); !started)
            return inv.fail(started.error());
    });
}

Command serveCommand()
{
    return {QStringLiteral("serve"),
            QStringLiteral("DIR... [--listen HOST:PORT] [--advertise HOST:PORT]... [--no-lan] [--no-port-mapping]"),
            QT_TRANSLATE_NOOP("cp::cli", "Run a node for the commons in DIR... in the foreground"),
            QT_TRANSLATE_NOOP("cp::cli", "Listens on one port for all of them (default 0.0.0.0:47474; port 0 picks "
                                         "a free one), prints each address it can be reached at as "
                                         "PEER-ID@HOST:PORT, then logs to standard error. Connects to the peers in "
                                         "each address book, and announces commits made by any program. Finds "
                                         "members on this network by LAN discovery (UDP port 47474) and maps the "
                                         "port on the router (UPnP or NAT-PMP) unless told not to. Stops "
                                         "cleanly on SIGINT or SIGTERM."),
            {{{QStringLiteral("listen")},
              QT_TRANSLATE_NOOP("cp::cli", "The address and port to listen on"),
              QStringLiteral("HOST:PORT")},
             {{QStringLiteral("advertise")},
              QT_TRANSLATE_NOOP("cp::cli", "An address to tell peers instead of the listening ones (repeatable)"),
              QStringLiteral("HOST:PORT")},
             {{QStringLiteral("no-lan")},
              QT_TRANSLATE_NOOP("cp::cli", "Do not announce on or look for members on the local network"),
              {}},
             {{QStringLiteral("no-port-mapping")},
              QT_TRANSLATE_NOOP("cp::cli", "Do not ask the router to forward the listening port"),
              {}}},
            1,
            64,
            runServe};
}

Command joinCommand()
{
    return {QStringLiteral("join"),
            QStringLiteral("INVITE DIR [--timeout S] [--no-lan]"),
            QT_TRANSLATE_NOOP("cp::cli", "Join a commons from an invite into a new folder"),
            QT_TRANSLATE_NOOP("cp::cli", "Connects to the inviter, fetches everything with progress on standard "
                                         "error, checks it, and checks out the inviter's main as mine. Exits 0 "
                                         "when done; on failure nothing is left in DIR. When the invite's "
                                         "addresses do not answer, looks for the inviter on this network."),
            {{{QStringLiteral("timeout")},
              QT_TRANSLATE_NOOP("cp::cli", "Give up after S seconds (default 300)"),
              QStringLiteral("S")},
             {{QStringLiteral("no-lan")},
              QT_TRANSLATE_NOOP("cp::cli", "Do not look for the inviter on the local network"),
              {}}},
            2,
            2,
            runJoin};
}

Command syncCommand()
{
    return {
        QStringLiteral("sync"),
        QStringLiteral("DIR [--timeout S]"),
        QT_TRANSLATE_NOOP("cp::cli", "Exchange with the known peers until converged, then exit"),
        QT_TRANSLATE_NOOP("cp::cli", "Connects to every peer in the address book, sends my signed refs and "
                                     "fetches theirs. Exits 0 once every reachable peer is done (unreachable "
                                     "ones are named on standard error); non-zero with the reason when none "
                                     "can be reached or it takes longer than S seconds (default 60)."),
        {{{QStringLiteral("timeout")}, QT_TRANSLATE_NOOP("cp::cli", "Give up after S seconds"), QStringLiteral("S")}},
        1,
        1,
        runSync};
}

const CommandRegistration registration{serveCommand(), joinCommand(), syncCommand()};

} // namespace

} // namespace cp::cli
