// Figure 2 of issue 6: 16 nodes, each connected to 4 others (a random 4-regular graph),
// one edit at a time: how long until all 16 hold it, and how many copies of the
// announcement each node receives. Goal: p50 < 300 ms, < 1.5 copies per node.
// A "copy" is the signed record itself arriving in a refs message (whoever sent it,
// eager push or the answer to a graft). With lazy push, peers also send small ihave
// notices (peer id and seq, no record); they are counted and printed separately.
// All nodes run in this one thread (a conservative set-up: one core does all the work).
// Run: bench_sync_propagation [nodes] [degree] [edits] [eager]   (defaults 16 4 20)
// "eager" turns lazy push off: every node pushes the record to every neighbour (as before).

#include "core/node/NetworkKeyFile.h"
#include "core/node/Node.h"
#include "core/sync/GossipHub.h"
#include "core/sync/Replica.h"
#include "unit/sync/SyncTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "bench_sync_propagation: %s\n", qPrintable(what));
    std::exit(2);
}

// A random simple connected d-regular graph on n nodes (pairing model, retried).
QList<std::pair<int, int>> regularGraph(int n, int d, QRandomGenerator& random)
{
    for (int attempt = 0; attempt < 10000; ++attempt) {
        QList<int> stubs;
        for (int i = 0; i < n; ++i)
            for (int k = 0; k < d; ++k)
                stubs.append(i);
        std::shuffle(stubs.begin(), stubs.end(), random);
        QSet<std::pair<int, int>> edges;
        bool simple = true;
        for (qsizetype i = 0; i + 1 < stubs.size() && simple; i += 2) {
            const int a = std::min(stubs[i], stubs[i + 1]), b = std::max(stubs[i], stubs[i + 1]);
            simple = a != b && !edges.contains({a, b});
            edges.insert({a, b});
        }
        if (!simple)
            continue;
        QList<int> seen{0};
        for (qsizetype i = 0; i < seen.size(); ++i)
            for (const auto& [a, b] : edges)
                for (int next : {a == seen[i] ? b : -1, b == seen[i] ? a : -1})
                    if (next >= 0 && !seen.contains(next))
                        seen.append(next);
        if (seen.size() == n)
            return edges.values();
    }
    die(u"no random regular graph found"_s);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, qsizetype(p * double(v.size())))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args[1].toInt() : 16;
    const int degree = args.size() > 2 ? args[2].toInt() : 4;
    const int edits = args.size() > 3 ? args[3].toInt() : 20;
    const bool eager = args.size() > 4 && args[4] == u"eager"_s;
    QTemporaryDir tmp;
    cp::git::Repository* repo = nullptr;
    std::unique_ptr<cp::git::Repository> holder;
    if (!cp::test::makeCommonsRepo(tmp.path() + u"/origin"_s, &repo, holder))
        die(u"cannot make the commons"_s);
    holder.reset();

    cp::node::NodeOptions options;
    options.listenAddress = QHostAddress::LocalHost;
    options.listenPort = 0;
    options.lanDiscovery = false; // 127.0.0.1 only
    options.portMapping = false;
    options.peerExchange = false;
    options.localCheckMs = 3600 * 1000; // edits are announced by hand below
    options.reconnectMinMs = 100;
    options.sync.lazyPush = !eager;
    struct Member
    {
        QString dir;
        std::shared_ptr<const cp::Identity> identity;
        std::unique_ptr<cp::node::Node> node;
        QString id;
    };
    std::vector<Member> members(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        Member& m = members[size_t(i)];
        m.dir = tmp.path() + u"/member"_s + QString::number(i);
        if (!cp::test::cloneCommons(tmp.path() + u"/origin"_s, m.dir) ||
            !cp::node::NetworkKeyFile::store(m.dir + u"/.git"_s, QByteArray(32, '\x21')))
            die(u"cannot copy the commons"_s);
        m.identity = std::make_shared<const cp::Identity>(cp::Identity::generate());
        m.node = std::make_unique<cp::node::Node>(m.identity, options);
        auto id = m.node->addCommons(m.dir);
        if (!id || !m.node->start())
            die(u"cannot start a node"_s);
        m.id = *id;
    }
    QRandomGenerator random(7);
    const auto edges = regularGraph(n, degree, random);
    for (const auto& [a, b] : edges) {
        const Member& to = members[size_t(b)];
        (void)members[size_t(a)].node->connectTo(members[size_t(a)].id,
                                                 {to.identity->publicKey(), u"127.0.0.1"_s, to.node->port()});
    }
    auto allQuiet = [&] {
        return std::ranges::all_of(members, [](const Member& m) {
            return m.node->isConverged(m.id) && m.node->hub(m.id)->sessions().size() >= 1;
        });
    };
    if (!waitFor(allQuiet, 60000))
        die(u"the nodes did not connect and settle"_s);
    std::printf("%d nodes, %d edges (degree %d), %s push, settled\n", n, int(edges.size()), degree,
                eager ? "eager" : "lazy");

    // Per edit: arrival time at every other node, and copies each received.
    QList<double> arrivals;
    QList<double> copies;
    QList<double> notices;
    for (int e = 0; e < edits; ++e) {
        const int origin = e % n;
        Member& author = members[size_t(origin)];
        const cp::PublicKey pid = author.identity->publicKey();
        QHash<int, int> received;
        QHash<int, int> noticed;
        QHash<int, double> arrived;
        std::vector<QMetaObject::Connection> hooks;
        QElapsedTimer clock;
        quint64 seq = 0;
        for (int i = 0; i < n; ++i) {
            if (i == origin)
                continue;
            cp::sync::GossipHub* hub = members[size_t(i)].node->hub(members[size_t(i)].id);
            hooks.push_back(QObject::connect(hub, &cp::sync::GossipHub::recordOffered, hub,
                                             [&, i](const cp::sync::SignedRefs& r, const cp::PublicKey&) {
                                                 if (r.peer() == pid && r.seq() == seq)
                                                     ++received[i];
                                             }));
            hooks.push_back(QObject::connect(hub, &cp::sync::GossipHub::noticeReceived, hub,
                                             [&, i](const cp::PublicKey& p, quint64 s, const cp::PublicKey&) {
                                                 if (p == pid && s == seq)
                                                     ++noticed[i];
                                             }));
            hooks.push_back(QObject::connect(hub, &cp::sync::GossipHub::recordStored, hub,
                                             [&, i](const cp::sync::SignedRefs& r, const cp::PublicKey&) {
                                                 if (r.peer() == pid && r.seq() == seq)
                                                     arrived[i] = clock.nsecsElapsed() / 1e6;
                                             }));
        }
        auto commit = [&]() -> cp::Result<cp::git::Oid> {
            auto r = cp::git::Repository::open(author.dir);
            auto head = r->resolve(u"refs/heads/main"_s);
            auto c = cp::test::commitFile(*r, u"page.md"_s, "edit " + QByteArray::number(e), {**head});
            if (c)
                (void)r->updateReference(u"refs/heads/main"_s, *c, **head, u"bench"_s);
            return c;
        }();
        if (!commit)
            die(commit.error().message);
        seq = author.node->replica(author.id)->heldSeq(pid) + 1;
        clock.start();
        author.node->checkLocalNow(); // signs the record and announces it
        if (!waitFor([&] { return arrived.size() == n - 1; }, 30000))
            die(u"edit %1 did not reach every node"_s.arg(e));
        waitFor(allQuiet, 30000); // late copies still count
        for (double t : std::as_const(arrived))
            arrivals.append(t);
        double sum = 0;
        for (int c : std::as_const(received))
            sum += c;
        copies.append(sum / (n - 1));
        double noticeSum = 0;
        for (int c : std::as_const(noticed))
            noticeSum += c;
        notices.append(noticeSum / (n - 1));
        for (const auto& h : hooks)
            QObject::disconnect(h);
        std::printf("edit %2d at node %2d: all %d hold it after %.1f ms, %.2f copies and %.2f ihave notices per node\n",
                    e + 1, origin, n, percentile(arrived.values(), 1.0), copies.last(), notices.last());
    }
    double meanCopies = 0, meanNotices = 0;
    for (double c : std::as_const(copies))
        meanCopies += c / double(copies.size());
    for (double c : std::as_const(notices))
        meanNotices += c / double(notices.size());
    std::printf("propagation over %d edits: p50 %.1f ms, p90 %.1f ms, max %.1f ms (goal p50 < 300 ms); "
                "%.2f announcement copies per node (goal < 1.5; the signed record in a refs message), "
                "besides %.2f ihave notices per node (peer id and seq only)\n",
                edits, percentile(arrivals, 0.5), percentile(arrivals, 0.9), percentile(arrivals, 1.0), meanCopies,
                meanNotices);
    return 0;
}
