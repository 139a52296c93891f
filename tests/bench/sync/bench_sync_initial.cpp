// Figure 1 of issue 6: the initial sync of a generated commons (10,000 pages, 20,000
// commits) to a fresh member (`join`: fetch, check, check out), against `git clone` of
// the same repository through `git daemon` on loopback, in the same run. Goal: ≤ 1.0×.
// Run: bench_sync_initial [pages] [commits] [runs]   (defaults 10000 20000 3)
// Before each timed step the disk is flushed (sync(2)), so that neither side pays for the
// writing of the step before it (the generated commons, the other side's 10,000 files).

#include "core/crypto/Identity.h"
#include "core/git/Repository.h"
#include "core/node/Invite.h"
#include "core/node/Joiner.h"
#include "core/node/NetworkKeyFile.h"
#include "core/node/NodeThread.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "bench_sync_initial: %s\n", qPrintable(what));
    std::exit(2);
}

int git(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(u"git"_s, args);
    if (!p.waitForStarted())
        die(u"git is not installed"_s);
    if (!input.isEmpty()) {
        for (qsizetype at = 0; at < input.size(); at += 1 << 20) {
            p.write(input.mid(at, 1 << 20));
            p.waitForBytesWritten(-1);
        }
    }
    p.closeWriteChannel();
    p.waitForFinished(-1);
    return p.exitCode();
}

QByteArray words(QRandomGenerator& random, int count)
{
    static const QList<QByteArray> vocabulary{"commons", "page",  "wiki",   "peer",   "sync",
                                              "note",    "link",  "circle", "review", "member",
                                              "garden",  "river", "stone",  "light",  "table"};
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += vocabulary[random.bounded(int(vocabulary.size()))] + (i % 12 == 11 ? "\n" : " ");
    return out;
}

void data(QByteArray& stream, const QByteArray& content)
{
    stream += "data " + QByteArray::number(content.size()) + '\n' + content + '\n';
}

// A commons of `pages` pages (100 per folder) and `commits` commits, through git fast-import.
void generate(const QString& dir, int pages, int commits)
{
    if (git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s, dir}) != 0)
        die(u"git init failed"_s);
    QRandomGenerator random(42);
    auto path = [](int page) -> QByteArray {
        return QByteArray("Folder") + QByteArray::number(page / 100).rightJustified(3, '0') + "/Page" +
               QByteArray::number(page).rightJustified(5, '0') + ".md";
    };
    QByteArray stream;
    qint64 time = 1700000000;
    auto header = [&](const QByteArray& message) {
        stream += "commit refs/heads/main\n";
        const QByteArray who = "Bench <bench@example.org> " + QByteArray::number(time++) + " +0000\n";
        stream += "author " + who + "committer " + who;
        data(stream, message);
    };
    header("Create the commons");
    stream += "M 100644 inline .commonplace/commons.json\n";
    data(stream, "{\"name\": \"Bench\", \"description\": \"\"}\n");
    header("Pages");
    for (int p = 0; p < pages; ++p) {
        stream += "M 100644 inline " + path(p) + '\n';
        data(stream, "# Page " + QByteArray::number(p) + "\n\n" + words(random, 150));
    }
    for (int c = 2; c < commits; ++c) {
        const int p = random.bounded(pages);
        header("Edit page " + QByteArray::number(p));
        stream += "M 100644 inline " + path(p) + '\n';
        data(stream, "# Page " + QByteArray::number(p) + "\n\n" + words(random, 150));
    }
    if (git({u"-C"_s, dir, u"fast-import"_s, u"--quiet"_s}, stream) != 0)
        die(u"git fast-import failed"_s);
    if (git({u"-C"_s, dir, u"repack"_s, u"-a"_s, u"-d"_s, u"-q"_s}) != 0)
        die(u"git repack failed"_s);
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int pages = args.size() > 1 ? args[1].toInt() : 10000;
    const int commits = args.size() > 2 ? args[2].toInt() : 20000;
    const int runs = args.size() > 3 ? args[3].toInt() : 3;
    QTemporaryDir tmp;
    const QString origin = tmp.path() + u"/origin"_s;
    QElapsedTimer clock;
    clock.start();
    generate(origin, pages, commits);
    std::printf("generated %d pages, %d commits in %.1f s\n", pages, commits, clock.elapsed() / 1000.0);

    // Our side: a node serving the origin, on a thread of its own.
    const QByteArray key(32, '\x2a');
    if (!cp::node::NetworkKeyFile::store(origin + u"/.git"_s, key))
        die(u"cannot store the network key"_s);
    auto serverIdentity = std::make_shared<const cp::Identity>(cp::Identity::generate());
    cp::node::NodeOptions options;
    options.listenAddress = QHostAddress::LocalHost;
    options.listenPort = 0;
    options.lanDiscovery = false; // 127.0.0.1 only
    options.portMapping = false;
    cp::node::NodeThread server(serverIdentity, options);
    quint16 port = 0;
    QString commonsId;
    {
        QEventLoop loop;
        QObject::connect(&server, &cp::node::NodeThread::started, &loop, [&](quint16 p) {
            port = p;
            server.addCommons(origin);
        });
        QObject::connect(&server, &cp::node::NodeThread::commonsAdded, &loop, [&](const QString&, const QString& id) {
            commonsId = id;
            loop.quit();
        });
        QObject::connect(&server, &cp::node::NodeThread::failed, &loop,
                         [&](const QString& what, const cp::Error& e) { die(what + u": "_s + e.message); });
        server.start();
        loop.exec();
    }

    // Git's side: git daemon on loopback.
    const quint16 daemonPort = freePort();
    QProcess daemon;
    daemon.start(u"git"_s, {u"daemon"_s, u"--reuseaddr"_s, u"--export-all"_s, u"--base-path="_s + tmp.path(),
                            u"--listen=127.0.0.1"_s, u"--port="_s + QString::number(daemonPort), tmp.path()});
    for (int i = 0; i < 200; ++i) {
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, daemonPort);
        if (probe.waitForConnected(50))
            break;
        QThread::msleep(25);
    }

    QList<double> ours, theirs;
    for (int run = 0; run < runs; ++run) {
        const QString joined = tmp.path() + u"/joined"_s + QString::number(run);
        cp::node::Invite invite;
        invite.commons = *cp::git::Oid::fromHex(commonsId);
        invite.networkKey = cp::SecureBuffer::fromBytes(key);
        invite.inviter = serverIdentity->publicKey();
        invite.addresses = {u"127.0.0.1:"_s + QString::number(port)};
        cp::node::Joiner joiner(std::make_shared<const cp::Identity>(cp::Identity::generate()), options);
        QEventLoop loop;
        QObject::connect(&joiner, &cp::node::Joiner::finished, &loop, &QEventLoop::quit);
        QObject::connect(&joiner, &cp::node::Joiner::failed, &loop, [](const cp::Error& e) { die(e.message); });
        ::sync();
        clock.restart();
        joiner.start(invite, joined);
        loop.exec();
        ours.append(clock.elapsed() / 1000.0);

        const QString cloned = tmp.path() + u"/cloned"_s + QString::number(run);
        ::sync();
        clock.restart();
        if (git({u"clone"_s, u"-q"_s, u"git://127.0.0.1:"_s + QString::number(daemonPort) + u"/origin"_s, cloned}) != 0)
            die(u"git clone failed"_s);
        theirs.append(clock.elapsed() / 1000.0);
        std::printf("run %d: join %.2f s, git clone %.2f s\n", run + 1, ours.last(), theirs.last());
    }
    daemon.terminate();
    daemon.waitForFinished();
    std::printf("initial sync (median of %d): commonplace join %.2f s, git clone over git daemon %.2f s, ratio "
                "%.2fx (goal <= 1.0x)\n",
                runs, median(ours), median(theirs), median(ours) / median(theirs));
    return 0;
}
