// The sync commands that need no network: invite, connect, status.
#include "app/cli/CommandRegistry.h"
#include "app/cli/Invocation.h"
#include "app/cli/SyncSettings.h"
#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/RevWalk.h"
#include "core/node/AddressBook.h"
#include "core/node/Invite.h"
#include "core/node/NetworkKeyFile.h"
#include "core/node/NodeStatusFile.h"
#include "core/node/PeerAddress.h"
#include "core/review/TrustPolicy.h"
#include "core/sync/SigRefsStore.h"
#include "core/wiki/Commons.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace cp::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::cli", text);
}

QString when(qint64 secs)
{
    return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs).toString(Qt::ISODate) : tr("never");
}

void runInvite(Invocation& inv)
{
    auto commons = Commons::open(inv.argument(0));
    if (!commons)
        return inv.fail(commons.error());
    QStringList addresses;
    for (const QString& text : repeatedOption(QStringLiteral("address"))) {
        auto address = node::PeerAddress::parse(text);
        if (!address)
            return inv.fail(address.error());
        addresses.append(address->hostPort());
    }
    auto key = node::NetworkKeyFile::loadOrCreate((*commons)->repository().gitDir());
    if (!key)
        return inv.fail(key.error());
    inv.withIdentity([&inv, commons = std::shared_ptr<Commons>(std::move(*commons)), addresses,
                      key = std::make_shared<SecureBuffer>(std::move(*key))](ProfileIdentity& me) {
        node::Invite invite;
        invite.commons = *git::Oid::fromHex(commons->id());
        invite.name = commons->info().name;
        invite.networkKey = key->clone();
        invite.inviter = me.publicKey();
        auto profile = inv.profile();
        if (profile)
            invite.inviterName = (*profile)->authorName();
        invite.addresses = !addresses.isEmpty() ? addresses : (profile ? savedAddresses(**profile) : QStringList());
        const QString text = invite.toText();
        if (inv.json())
            inv.printJson(QJsonObject{{QStringLiteral("invite"), text},
                                      {QStringLiteral("commons"), commons->id()},
                                      {QStringLiteral("name"), invite.name},
                                      {QStringLiteral("inviter"), me.publicKey().did()},
                                      {QStringLiteral("addresses"), QJsonArray::fromStringList(invite.addresses)}});
        else
            inv.print(text);
        inv.succeed();
    });
}

void runConnect(Invocation& inv)
{
    auto address = node::PeerAddress::parseWithPeer(inv.argument(1));
    if (!address)
        return inv.fail(address.error());
    auto commons = Commons::open(inv.argument(0));
    if (!commons)
        return inv.fail(commons.error());
    const QString gitDir = (*commons)->repository().gitDir();
    auto book = node::AddressBook::load(node::AddressBook::fileIn(gitDir));
    if (!book)
        return inv.fail(book.error());
    book->add(address->pid, {address->hostPort()}, QStringLiteral("manual"));
    if (auto ok = book->save(); !ok)
        return inv.fail(ok.error());
    if (inv.json())
        inv.printJson(
            QJsonObject{{QStringLiteral("pid"), address->pid.pid()}, {QStringLiteral("address"), address->hostPort()}});
    else
        inv.print(tr("%1 at %2 is in the address book of %3; `serve` or `sync` will connect to it.")
                      .arg(address->pid.pid(), address->hostPort(), (*commons)->path()));
    inv.succeed();
}

// Commits on `tip` that are not in main, counted up to `cap`.
int pendingCommits(git::Repository& repo, const git::Oid& tip, const std::optional<git::Oid>& main, int cap = 1000)
{
    auto walk = repo.revWalk();
    if (!walk || !walk->push(tip) || (main && !walk->hide(*main)))
        return 0;
    int count = 0;
    while (count < cap) {
        auto next = walk->next();
        if (!next || !*next)
            break;
        ++count;
    }
    return count;
}

QString reachText(node::PeerStatus::Reach reach)
{
    switch (reach) {
    case node::PeerStatus::Reach::Lan:
        return tr("on this network");
    case node::PeerStatus::Reach::Internet:
        return tr("over the internet");
    case node::PeerStatus::Reach::Relayed:
        return tr("through other peers");
    case node::PeerStatus::Reach::Unknown:
        break;
    }
    return tr("not reached yet");
}

// The node's own state, as a running node last published it.
QJsonObject diagnosticsJson(const std::optional<node::NodeStatusFile::Snapshot>& live)
{
    if (!live)
        return {{QStringLiteral("running"), false}};
    const node::NodeDiagnostics& d = live->diagnostics;
    return {{QStringLiteral("running"), true},
            {QStringLiteral("processId"), live->processId},
            {QStringLiteral("updated"), live->writtenMs},
            {QStringLiteral("listening"), d.listening},
            {QStringLiteral("port"), int(d.port)},
            {QStringLiteral("listenError"), d.listenError},
            {QStringLiteral("advertised"), QJsonArray::fromStringList(d.advertised)},
            {QStringLiteral("portMapping"), d.portMapping},
            {QStringLiteral("lan"), d.lan}};
}

void runStatus(Invocation& inv)
{
    auto commons = Commons::open(inv.argument(0));
    if (!commons)
        return inv.fail(commons.error());
    git::Repository& repo = (*commons)->repository();
    sync::SigRefsStore store(repo);
    auto own = store.own();
    auto peers = store.peers();
    auto book = node::AddressBook::load(node::AddressBook::fileIn(repo.gitDir()));
    if (!peers)
        return inv.fail(peers.error());
    if (!book)
        return inv.fail(book.error());
    const auto main = repo.resolve(QStringLiteral("refs/heads/main")).value_or(std::nullopt);
    // A node of this commons that runs (`serve`) publishes what it knows.
    std::optional<node::NodeStatusFile::Snapshot> live;
    if (auto published = node::NodeStatusFile::read(repo.gitDir()); !published)
        inv.printError(published.error().message);
    else if (*published && node::NodeStatusFile::isLive(**published, QDateTime::currentMSecsSinceEpoch()))
        live = std::move(*published);
    QHash<PublicKey, node::PeerStatus> livePeers;
    if (live)
        for (const node::PeerStatus& p : std::as_const(live->status.peers))
            livePeers.insert(p.pid, p);
    const auto trust = TrustPolicy::load(repo.gitDir());
    QSet<PublicKey> pids;
    QHash<PublicKey, sync::SignedRefs> records;
    for (const sync::SignedRefs& r : std::as_const(*peers)) {
        pids.insert(r.peer());
        records.insert(r.peer(), r);
    }
    for (const node::AddressBookEntry& e : book->entries())
        pids.insert(e.pid);
    for (auto it = livePeers.cbegin(); it != livePeers.cend(); ++it)
        pids.insert(it.key());
    QList<PublicKey> sorted = pids.values();
    std::sort(sorted.begin(), sorted.end());

    QJsonArray list;
    QStringList lines;
    for (const PublicKey& pid : std::as_const(sorted)) {
        const auto record = records.value(pid);
        const auto entry = book->entry(pid);
        const bool hasRecord = records.contains(pid);
        const auto head = hasRecord ? record.refs().value(QStringLiteral("refs/heads/main")) : git::Oid();
        const int pending = hasRecord && !head.isNull() ? pendingCommits(repo, head, main) : 0;
        // What a running node says, else what the address book and the records say.
        node::PeerStatus p = livePeers.value(pid);
        if (!livePeers.contains(pid)) {
            p.pid = pid;
            p.address = entry ? entry->addresses.value(0) : QString();
            p.lastSeen = entry ? entry->lastSeen : 0;
            p.reach = node::PeerStatus::reachFor(entry ? entry->source : QString(), p.address, hasRecord);
            if (!head.isNull())
                if (auto commit = repo.lookupCommit(head))
                    p.name = commit->author().name;
        }
        p.trust = TrustPolicy::key(trust ? trust->level(pid) : TrustPolicy::Level::Review);
        QJsonObject o{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("shortId"), pid.shortId()},
            {QStringLiteral("online"), p.online},
            {QStringLiteral("reach"), node::PeerStatus::reachKey(p.reach)},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("lastError"), p.lastError},
            {QStringLiteral("trust"), p.trust},
            {QStringLiteral("pid"), pid.pid()},
            {QStringLiteral("head"), head.isNull() ? QString() : head.toHex()},
            {QStringLiteral("seq"), hasRecord ? qint64(record.seq()) : 0},
            {QStringLiteral("recordTime"), hasRecord ? record.time() : 0},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("addresses"), QJsonArray::fromStringList(entry ? entry->addresses : QStringList())},
            {QStringLiteral("source"), entry ? entry->source : QString()},
            {QStringLiteral("lastSeen"), std::max(p.lastSeen, entry ? entry->lastSeen : 0)},
            {QStringLiteral("lastExchange"), entry ? entry->lastExchange : 0},
            {QStringLiteral("failures"), entry ? entry->failures : 0}};
        list.append(o);
        lines.append(tr("  %1 (%2)  %3, %4%5  last seen %6  trust: %7%8")
                         .arg(p.name.isEmpty() ? tr("(no name yet)") : p.name, pid.shortId(),
                              p.online ? tr("online") : tr("offline"), reachText(p.reach),
                              p.address.isEmpty() ? QString() : tr(" at %1").arg(p.address),
                              when(std::max(p.lastSeen, entry ? entry->lastSeen : 0)), p.trust,
                              p.lastError.isEmpty() ? QString() : tr("  last error: %1").arg(p.lastError)));
        lines.append(tr("  %1  main %2  seq %3  pending %4  last exchange %5%6")
                         .arg(pid.pid(), head.isNull() ? tr("(none yet)") : head.toShortHex())
                         .arg(hasRecord ? record.seq() : 0)
                         .arg(pending)
                         .arg(when(entry ? entry->lastExchange : 0),
                              entry && !entry->addresses.isEmpty() ? tr("  at %1").arg(entry->addresses.join(u", "))
                                                                   : QString()));
    }
    const bool haveOwn = own && *own;
    if (inv.json()) {
        inv.printJson(QJsonObject{
            {QStringLiteral("commons"), (*commons)->id()},
            {QStringLiteral("name"), (*commons)->info().name},
            {QStringLiteral("path"), (*commons)->path()},
            {QStringLiteral("main"), main ? main->toHex() : QString()},
            {QStringLiteral("me"), haveOwn ? QJsonValue(QJsonObject{{QStringLiteral("pid"), (**own).peer().pid()},
                                                                    {QStringLiteral("seq"), qint64((**own).seq())}})
                                           : QJsonValue()},
            {QStringLiteral("node"), diagnosticsJson(live)},
            {QStringLiteral("peers"), list}});
        return inv.succeed();
    }
    inv.print(tr("Commons “%1” (%2) at %3").arg((*commons)->info().name, (*commons)->id(), (*commons)->path()));
    if (haveOwn)
        inv.print(tr("I am %1; my signed refs are at seq %2.").arg((**own).peer().pid()).arg((**own).seq()));
    else
        inv.print(tr("No signed refs of mine yet: `serve` or `sync` makes them."));
    if (live) {
        const node::NodeDiagnostics& d = live->diagnostics;
        inv.print(d.listening ? tr("A node runs (process %1), listening on port %2; it tells peers %3.")
                                    .arg(live->processId)
                                    .arg(d.port)
                                    .arg(d.advertised.isEmpty() ? tr("no address") : d.advertised.join(u", "))
                              : tr("A node runs (process %1) but does not listen%2.")
                                    .arg(live->processId)
                                    .arg(d.listenError.isEmpty() ? QString() : QStringLiteral(": ") + d.listenError));
        inv.print(tr("Port mapping: %1").arg(d.portMapping));
        inv.print(tr("LAN discovery: %1").arg(d.lan));
    } else {
        inv.print(tr("No node of this commons runs (start one with `serve`); below is what the address book "
                     "and the records know."));
    }
    inv.print(sorted.isEmpty() ? tr("No peers yet: add one with `connect` or join with an invite.")
                               : QCoreApplication::translate("cp::cli", "%n peer(s):", nullptr, int(sorted.size())));
    for (const QString& line : std::as_const(lines))
        inv.print(line);
    inv.succeed();
}

Command inviteCommand()
{
    return {QStringLiteral("invite"),
            QStringLiteral("DIR [--address HOST:PORT]..."),
            QT_TRANSLATE_NOOP("cp::cli", "Print an invite to the commons in DIR: whoever has it can join"),
            QT_TRANSLATE_NOOP("cp::cli", "The invite carries the commons' network key, this peer's id and the "
                                         "addresses to reach it at: those given, else the ones `serve` last "
                                         "listened on, else this machine's addresses on port 47474. Keep it secret."),
            {{{QStringLiteral("address")},
              QT_TRANSLATE_NOOP("cp::cli", "An address where this node can be reached (repeatable)"),
              QStringLiteral("HOST:PORT")}},
            1,
            1,
            runInvite};
}

Command connectCommand()
{
    return {QStringLiteral("connect"),
            QStringLiteral("DIR PEER-ID@HOST:PORT"),
            QT_TRANSLATE_NOOP("cp::cli", "Add a peer's address to the address book of the commons in DIR"),
            QT_TRANSLATE_NOOP("cp::cli", "The address names the peer id that must answer there (the handshake "
                                         "checks it). A running `serve` picks the change up within a second."),
            {},
            2,
            2,
            runConnect};
}

Command statusCommand()
{
    return {QStringLiteral("status"),
            QStringLiteral("DIR [--json]"),
            QT_TRANSLATE_NOOP("cp::cli", "Show the peers of a commons, how they are reached, and the node's state"),
            QT_TRANSLATE_NOOP("cp::cli", "Per peer: name, short id, online or not, how it is reached (LAN, internet, "
                                         "through other peers), address, last seen, last error, trust, its head, "
                                         "last exchange and pending changes (commits on its view that are not in "
                                         "mine). When a node of this commons runs (`serve`), also its listening "
                                         "port, port mapping and LAN discovery; otherwise says so and shows what "
                                         "the address book knows. With --json, prints one object."),
            {},
            1,
            1,
            runStatus};
}

const CommandRegistration registration{inviteCommand(), connectCommand(), statusCommand()};

} // namespace

} // namespace cp::cli
