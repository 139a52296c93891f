// Sync in the real window (issues 6 and 8): the window runs a node in the background
// (on 127.0.0.1, any free port: COMMONPLACE_LISTEN, set by CMake); a second, real
// node with a member's copy of the commons connects to it. The status bar then says
// one peer is online, the peer's signed edit waits in the review badge and panel
// with no click, the Peers panel lists the peer online with how it is reached and
// its address, blocking it there writes trust.json, and a bad "Connect to…"
// address is explained in the dialog.

#include "GuiTestHelpers.h"
#include "WikiWindowFixture.h"
#include "core/git/Commit.h"
#include "core/node/NodeStatusFile.h"
#include "core/review/TrustPolicy.h"
#include "core/wiki/PeerEmail.h"
#include "net/sync/NodeTestSupport.h"
#include "ui/review/ReviewPanel.h"
#include "ui/sync/ConnectDialog.h"
#include "ui/sync/PeersPanel.h"
#include "ui/sync/SyncNode.h"
#include "ui/sync/SyncStatus.h"
#include "ui/sync/SyncViews.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTcpServer>
#include <QToolButton>
#include <QTreeWidget>

using namespace cp;

class TestSyncViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowNodeListensOnLoopback();
    void peerConnectsAndItsEditWaitsForReview();
    void peersPanelListsThePeer();
    void unreachablePeerSaysWhy();
    void blockingInThePanelWritesTrust();
    void badAddressIsExplained();
    void takenPortFallsBackToAFreeOne();
    void listenFailureShowsPlainly();
    void listenSeamIsReadAsHostAndPort();
    void switchingCommonsServesTheNewOne();

private:
    SyncViews* sync() const { return m_window.window()->syncViews(); }
    bool makeMember();
    bool commitAsMember(const QString& path, const QByteArray& text, const QString& message);
    QTreeWidgetItem* rowOf(PeersPanel* panel, const PublicKey& peer);

    test::WikiWindowFixture m_window;
    QTemporaryDir m_dir;
    test::TestNode m_member;
};

void TestSyncViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_window.start());
    // The node serves the commons once the identity is ready (it made the network key).
    QTRY_VERIFY_WITH_TIMEOUT(!sync()->node()->commonsId().isEmpty(), 20000);
}

void TestSyncViews::cleanupTestCase()
{
    m_member.stop();
    QElapsedTimer closing;
    closing.start();
    m_window.stop(); // the window, its node and the node's thread
    qInfo("window and node stopped in %lld ms", closing.elapsed());
}

void TestSyncViews::windowNodeListensOnLoopback()
{
    SyncNode* node = sync()->node();
    QVERIFY2(node->isRunning(), qPrintable(node->problem() + u'|' + node->listenNote() + u'|' + node->commonsId()));
    QVERIFY(node->port() != 0);
    QVERIFY(node->port() != 47474); // the seam asked for any free port
    QVERIFY(sync()->nodeThread());
    QCOMPARE(sync()->advertisedAddresses(), QStringList{QStringLiteral("127.0.0.1:%1").arg(node->port())});
    QVERIFY(node->problem().isEmpty());
    auto* status = test::findVisible<SyncStatus>(m_window.window(), QStringLiteral("syncStatus"));
    QVERIFY(status);
    QTRY_COMPARE(status->text(), QStringLiteral("No peers online"));
}

bool TestSyncViews::makeMember()
{
    const QString gitDir = m_window.commons()->repository().gitDir();
    auto key = node::NetworkKeyFile::load(gitDir);
    if (!key)
        return false;
    m_member.dir = m_dir.path() + QStringLiteral("/member");
    m_member.identity = test::sharedIdentity('\x51');
    return test::cloneCommons(m_window.commonsPath(), m_member.dir) &&
           node::NetworkKeyFile::store(m_member.dir + QStringLiteral("/.git"), key->view()).has_value();
}

// A signed commit on the member's main, as the member's own app would make it.
bool TestSyncViews::commitAsMember(const QString& path, const QByteArray& text, const QString& message)
{
    auto repo = git::Repository::open(m_member.dir);
    if (!repo)
        return false;
    const git::Oid parent = *repo->resolve(QStringLiteral("refs/heads/main")).value();
    auto parentCommit = repo->lookupCommit(parent).value();
    auto tree = repo->lookupTree(parentCommit.treeId()).value();
    auto builder = repo->treeBuilder(&tree).value();
    if (!builder.insert(path, repo->writeBlob(text).value()))
        return false;
    git::CommitDraft draft;
    draft.tree = builder.write().value();
    draft.parents = {parent};
    draft.author =
        Commons::signatureFor({QStringLiteral("Mira Member"), PeerEmail::forKey(m_member.identity->publicKey())});
    draft.message = message;
    auto id = repo->createCommit(draft, Identity::commitSigner(m_member.identity));
    return id && repo->updateReference(QStringLiteral("refs/heads/main"), *id, parent, QStringLiteral("edit"));
}

QTreeWidgetItem* TestSyncViews::rowOf(PeersPanel* panel, const PublicKey& peer)
{
    return panel->selectPeer(peer) ? panel->tree()->currentItem() : nullptr;
}

void TestSyncViews::peerConnectsAndItsEditWaitsForReview()
{
    QVERIFY(makeMember());
    QVERIFY(commitAsMember(QStringLiteral("Garden.md"), "# Garden\n\nTomatoes by the wall.\n",
                           QStringLiteral("Plant tomatoes")));
    ReviewPanel* review = m_window.window()->findChild<ReviewPanel*>(QStringLiteral("reviewPanel"));
    QVERIFY(review);
    QCOMPARE(review->pendingCount(), 0);

    QSignalSpy progress(sync()->node(), &SyncNode::transferProgress);
    QVERIFY(m_member.start());
    const node::PeerAddress window{sync()->nodeThread()->self(), QStringLiteral("127.0.0.1"), sync()->node()->port()};
    m_member.thread->connectTo(m_member.commonsId, window);

    auto* status = test::findVisible<SyncStatus>(m_window.window(), QStringLiteral("syncStatus"));
    QVERIFY(status);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("1 peer online")), qPrintable(status->text()),
                              10000);
    // No click, no refresh: the record's arrival refreshes the review badge and panel.
    QTRY_COMPARE_WITH_TIMEOUT(review->pendingCount(), 1, 10000);
    auto* badge = m_window.window()->findChild<QToolButton*>(QStringLiteral("reviewBadge"));
    QVERIFY(badge && badge->isVisible());
    QVERIFY(badge->text().contains(u'1'));
    QTRY_VERIFY(status->text().contains(QStringLiteral("last exchange")));
    // The pack came with progress; the bar said so and is gone once the exchange ended.
    QVERIFY(!progress.isEmpty());
    QVERIFY2(status->progress()->toolTip().startsWith(QStringLiteral("Transferring changes: ")),
             qPrintable(status->progress()->toolTip()));
    QTRY_VERIFY(status->progress()->isHidden());
}

void TestSyncViews::peersPanelListsThePeer()
{
    m_window.pressShortcut(m_window.window(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier); // "Peers"
    auto* panel = test::findVisible<PeersPanel>(m_window.window(), QStringLiteral("peersPanel"));
    QVERIFY(panel);
    QVERIFY(panel->tree()->hasFocus());
    QTRY_COMPARE(panel->tree()->topLevelItemCount(), 1);
    QTreeWidgetItem* row = panel->tree()->topLevelItem(0);
    QTRY_COMPARE(row->text(PeersPanel::Name), QStringLiteral("Mira Member"));
    QCOMPARE(row->text(PeersPanel::Id), m_member.pid().shortId());
    QCOMPARE(row->text(PeersPanel::State), QStringLiteral("Online"));
    QVERIFY2(QStringList({QStringLiteral("LAN"), QStringLiteral("Internet")}).contains(row->text(PeersPanel::Reach)),
             qPrintable(row->text(PeersPanel::Reach)));
    QVERIFY2(row->text(PeersPanel::Address).startsWith(QStringLiteral("127.0.0.1:")),
             qPrintable(row->text(PeersPanel::Address)));
    QCOMPARE(row->text(PeersPanel::LastSeen), QStringLiteral("Now"));
    QCOMPARE(row->text(PeersPanel::Trust), QStringLiteral("Review each change"));
    // Peers are added by invite or by address, both from here.
    auto* invite = panel->findChild<QToolButton*>(QStringLiteral("peersInviteButton"));
    QVERIFY(invite && invite->isVisible() && invite->defaultAction());
    QCOMPARE(invite->defaultAction()->objectName(), QStringLiteral("inviteAction"));
    const QString diagnostics = panel->diagnostics()->text();
    QVERIFY2(diagnostics.contains(QStringLiteral("Listening for peers on port %1").arg(sync()->node()->port())),
             qPrintable(diagnostics));
    QVERIFY(diagnostics.contains(QStringLiteral("127.0.0.1:%1").arg(sync()->node()->port())));

    // The window's node publishes the same for `commonplace-cli status`.
    const QString gitDir = m_window.commons()->repository().gitDir();
    auto published = [&]() -> std::optional<node::NodeStatusFile::Snapshot> {
        auto read = node::NodeStatusFile::read(gitDir);
        return read ? *read : std::nullopt;
    };
    QTRY_VERIFY(published() && published()->status.online == 1);
    QCOMPARE(published()->status.peers.first().pid, m_member.pid());
    QCOMPARE(published()->diagnostics.port, sync()->node()->port());
    QVERIFY(node::NodeStatusFile::isLive(*published(), QDateTime::currentMSecsSinceEpoch()));
}

// Connect to… with a good address where nobody answers: the peer is listed offline,
// and the diagnostics say what went wrong with it.
void TestSyncViews::unreachablePeerSaysWhy()
{
    quint16 closedPort = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        closedPort = server.serverPort();
    }
    const auto stranger = test::sharedIdentity('\x52');
    sync()->connectAction()->trigger();
    ConnectDialog* dialog = sync()->connectDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    test::type(dialog->addressEdit(), stranger->publicKey().pid() + QStringLiteral("@127.0.0.1:%1").arg(closedPort));
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QTRY_VERIFY(!sync()->connectDialog());

    auto* panel = test::findVisible<PeersPanel>(m_window.window(), QStringLiteral("peersPanel"));
    QVERIFY(panel);
    QTRY_COMPARE(panel->tree()->topLevelItemCount(), 2);
    QTreeWidgetItem* row = rowOf(panel, stranger->publicKey());
    QVERIFY(row);
    QCOMPARE(row->text(PeersPanel::State), QStringLiteral("Offline"));
    QCOMPARE(row->text(PeersPanel::Address), QStringLiteral("127.0.0.1:%1").arg(closedPort));
    QCOMPARE(row->text(PeersPanel::LastSeen), QStringLiteral("Never"));
    QTRY_VERIFY_WITH_TIMEOUT(!rowOf(panel, stranger->publicKey())->text(PeersPanel::LastError).isEmpty(), 10000);
    QTRY_VERIFY2(panel->diagnostics()->text().contains(stranger->publicKey().shortId()),
                 qPrintable(panel->diagnostics()->text()));
    // The peer who is there stays first.
    QCOMPARE(panel->tree()->topLevelItem(0)->text(PeersPanel::Id), m_member.pid().shortId());

    // packaging/screenshots/peers.png: COMMONPLACE_SCREENSHOT_DIR=packaging/screenshots ctest -R gui_syncviews
    if (const QString dir = qEnvironmentVariable("COMMONPLACE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        MainWindow* window = m_window.window();
        for (QDockWidget* dock : window->findChildren<QDockWidget*>())
            dock->setVisible(dock->objectName() == QStringLiteral("peersDock"));
        window->resize(1200, 780);
        window->resizeDocks({sync()->dock()}, {330}, Qt::Vertical);
        QVERIFY(panel->selectPeer(m_member.pid()));
        QTest::qWait(50); // lets the layout settle before the picture (not a wait for a result)
        QVERIFY(window->grab().save(dir + QStringLiteral("/peers.png")));
    }
}

void TestSyncViews::blockingInThePanelWritesTrust()
{
    auto* panel = test::findVisible<PeersPanel>(m_window.window(), QStringLiteral("peersPanel"));
    QVERIFY(panel);
    QVERIFY(panel->selectPeer(m_member.pid()));
    QComboBox* trust = panel->trustSelector();
    QVERIFY(trust->isEnabled());
    m_window.pressShortcut(panel->tree(), Qt::Key_U, Qt::AltModifier); // "Tr&ust:"
    QVERIFY(trust->hasFocus());
    QTest::keyClick(trust, Qt::Key_End); // the last choice: Block
    QCOMPARE(trust->currentIndex(), int(TrustPolicy::Level::Block));

    const QString gitDir = m_window.commons()->repository().gitDir();
    QCOMPARE(TrustPolicy::load(gitDir)->level(m_member.pid()), TrustPolicy::Level::Block);
    QFile file(gitDir + QStringLiteral("/commonplace/trust.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY2(json.contains(m_member.pid().pid().toUtf8()) && json.contains("block"), json.constData());
    QTRY_COMPARE(rowOf(panel, m_member.pid())->text(PeersPanel::Trust), QStringLiteral("Blocked"));
}

void TestSyncViews::badAddressIsExplained()
{
    QAction* connectAction = m_window.window()->findChild<QAction*>(QStringLiteral("connectToPeerAction"));
    QVERIFY(connectAction && connectAction->isEnabled());
    connectAction->trigger();
    ConnectDialog* dialog = sync()->connectDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    test::type(dialog->addressEdit(), QStringLiteral("192.168.1.20:47474")); // no peer id
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("is not a peer address")),
             qPrintable(dialog->errorLabel()->text()));

    dialog->addressEdit()->clear();
    test::type(dialog->addressEdit(), QStringLiteral("z6Mkbogus@host:notaport"));
    QVERIFY(!dialog->errorLabel()->isVisible()); // typing clears the old error
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY(!dialog->errorLabel()->text().isEmpty());
    dialog->reject();
}

// A second instance finds port 47474 taken: its node listens on another port and says so.
void TestSyncViews::takenPortFallsBackToAFreeOne()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    node::NodeOptions options = SyncNode::defaultOptions(QStringLiteral("Second Instance"));
    options.listenPort = taken.serverPort();
    SyncNode node;
    QSignalSpy started(&node, &SyncNode::started);
    node.start(test::sharedIdentity('\x53'), options);
    QVERIFY(started.wait(10000));
    QVERIFY(node.isRunning());
    QVERIFY(node.port() != 0 && node.port() != taken.serverPort());
    QVERIFY(node.problem().isEmpty());
    QVERIFY2(node.listenNote().contains(QString::number(taken.serverPort())), qPrintable(node.listenNote()));
}

// Listening is impossible (an address this machine does not have; nothing is sent to
// it): the node still runs, to dial out, and the status bar says plainly why nobody
// can reach it.
void TestSyncViews::listenFailureShowsPlainly()
{
    node::NodeOptions options = SyncNode::defaultOptions({});
    options.listenAddress = QHostAddress(QStringLiteral("192.0.2.1")); // TEST-NET-1, never local
    options.listenPort = 0;
    options.lanDiscovery = false;
    options.portMapping = false;
    SyncNode node;
    SyncStatus status(&node);
    QSignalSpy started(&node, &SyncNode::started);
    node.start(test::sharedIdentity('\x54'), options);
    QVERIFY(started.wait(10000));
    QVERIFY(node.isRunning());
    QCOMPARE(node.port(), quint16(0));
    QVERIFY2(node.problem().startsWith(QStringLiteral("Not listening for peers:")), qPrintable(node.problem()));
    QCOMPARE(status.problemLabel()->text(), node.problem());
    QVERIFY(!status.problemLabel()->isHidden());
    QVERIFY(node.advertisedAddresses().isEmpty());
}

// Real use: port 47474 everywhere, LAN discovery and port mapping on; COMMONPLACE_LISTEN
// on loopback keeps everything on this machine; a malformed value is ignored.
void TestSyncViews::listenSeamIsReadAsHostAndPort()
{
    const QByteArray before = qgetenv("COMMONPLACE_LISTEN");
    qunsetenv("COMMONPLACE_LISTEN");
    node::NodeOptions real = SyncNode::defaultOptions(QStringLiteral("Anna"));
    QCOMPARE(real.listenPort, quint16(47474));
    QCOMPARE(real.listenAddress, QHostAddress(QHostAddress::Any));
    QVERIFY(real.lanDiscovery && real.portMapping);
    QCOMPARE(real.authorName, QStringLiteral("Anna"));

    qputenv("COMMONPLACE_LISTEN", "[::1]:0");
    node::NodeOptions loopback = SyncNode::defaultOptions({});
    QCOMPARE(loopback.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(loopback.listenPort, quint16(0));
    QVERIFY(!loopback.lanDiscovery && !loopback.portMapping);

    for (const char* bad : {"localhost", "127.0.0.1:70000", "nowhere:12", ":5"}) {
        qputenv("COMMONPLACE_LISTEN", bad);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("COMMONPLACE_LISTEN must be HOST:PORT")));
        QCOMPARE(SyncNode::defaultOptions({}).listenPort, quint16(47474));
    }
    qputenv("COMMONPLACE_LISTEN", before);
}

// The window opens another commons (here: none, then the same one again): the node
// stops serving the old one and serves the new one; its peers come back.
void TestSyncViews::switchingCommonsServesTheNewOne()
{
    SyncNode* node = sync()->node();
    const QString path = m_window.commonsPath();
    const QString id = node->commonsId();
    m_window.window()->setCommons(nullptr);
    QVERIFY(node->commonsId().isEmpty());
    QVERIFY(!sync()->connectAction()->isEnabled());
    QVERIFY(!sync()->peersAction()->isEnabled());
    auto commons = Commons::open(path);
    QVERIFY(commons);
    m_window.window()->setCommons(std::move(*commons));
    QTRY_COMPARE(node->commonsId(), id);
    QTRY_VERIFY(sync()->connectAction()->isEnabled());
    QTRY_COMPARE(sync()->panel()->tree()->topLevelItemCount(), 2); // from the address book
}

QTEST_MAIN(TestSyncViews)
#include "tst_syncviews.moc"
