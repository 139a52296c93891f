// The review panel in the real window (issue 7): two peers offer a change each;
// one is approved from the panel (main then holds it), the other rejected with a
// comment (a signed note on refs/notes/reviews, and the change leaves the queue);
// a conflicting change opens the resolution dialog, where cancelling changes
// nothing and choosing their text commits the merge.

#include "GuiTestHelpers.h"
#include "core/crypto/Identity.h"
#include "core/git/Commit.h"
#include "core/git/Notes.h"
#include "core/git/Repository.h"
#include "core/review/TrustPolicy.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PeerEmail.h"
#include "ui/Launcher.h"
#include "ui/MainWindow.h"
#include "ui/review/ConflictResolutionDialog.h"
#include "ui/review/RejectDialog.h"
#include "ui/review/ReviewPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace cp;

namespace {

struct Peer
{
    std::shared_ptr<const Identity> identity = std::make_shared<const Identity>(Identity::generate());
};

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void approvesOneAndRejectsAnother();
    void resolvesAConflictAfterCancellingOnce();
    void followsPeersWithoutARefreshAndApprovesByKeyboard();
    void blocksAndUnblocksAPeer();

private:
    git::Repository& repo() { return m_launcher->window()->commons()->repository(); }
    git::Oid main() { return *repo().resolve(QStringLiteral("refs/heads/main")).value(); }
    git::Oid peerCommit(const Peer& peer, const git::Oid& parent, const QString& path, const QString& text,
                        const QString& message);
    QString file(const QString& path);
    ReviewPanel* openPanel();

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<Launcher> m_launcher;
};

void TestReviewPanel::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
    m_launcher = std::make_unique<Launcher>(LaunchOptions{m_profile->path(), QStringLiteral("Test Person")});
    QVERIFY(m_launcher->start());
    MainWindow* window = m_launcher->window();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Reviewing signs notes and merges: wait for the identity to reach the commons.
    QVERIFY(QTest::qWaitFor([window] { return window->commons() && window->commons()->signer(); }, 20000));
}

void TestReviewPanel::cleanup()
{
    m_launcher.reset();
    m_profile.reset();
}

git::Oid TestReviewPanel::peerCommit(const Peer& peer, const git::Oid& parent, const QString& path, const QString& text,
                                     const QString& message)
{
    auto parentCommit = repo().lookupCommit(parent).value();
    auto tree = repo().lookupTree(parentCommit.treeId()).value();
    auto builder = repo().treeBuilder(&tree).value();
    (void)builder.insert(path, repo().writeBlob(text.toUtf8()).value());
    git::CommitDraft draft;
    draft.tree = builder.write().value();
    draft.parents = {parent};
    draft.author = Commons::signatureFor({QStringLiteral("Peer"), PeerEmail::forKey(peer.identity->publicKey())});
    draft.message = message;
    const git::Oid id = repo().createCommit(draft, Identity::commitSigner(peer.identity)).value();
    const QString ref =
        QStringLiteral("refs/peers/") + peer.identity->publicKey().pid() + QStringLiteral("/heads/main");
    (void)repo().updateReference(ref, id, repo().resolve(ref).value(), QStringLiteral("test"));
    return id;
}

QString TestReviewPanel::file(const QString& path)
{
    QFile f(m_launcher->window()->commons()->path() + u'/' + path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

ReviewPanel* TestReviewPanel::openPanel()
{
    MainWindow* window = m_launcher->window();
    auto* action = window->findChild<QAction*>(QStringLiteral("reviewAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return test::findVisible<ReviewPanel>(window, QStringLiteral("reviewPanel"));
}

void TestReviewPanel::approvesOneAndRejectsAnother()
{
    const git::Oid start = main();
    const Peer alice, bob;
    const git::Oid fromAlice = peerCommit(alice, start, QStringLiteral("Garden.md"),
                                          QStringLiteral("# Garden\n\nTomatoes.\n"), QStringLiteral("Plant tomatoes"));
    const git::Oid fromBob =
        peerCommit(bob, start, QStringLiteral("Noise.md"), QStringLiteral("spam spam\n"), QStringLiteral("Add noise"));

    ReviewPanel* panel = openPanel();
    QVERIFY(panel);
    QTRY_COMPARE(panel->pendingCount(), 2);
    auto* badge = m_launcher->window()->findChild<QToolButton*>(QStringLiteral("reviewBadge"));
    QVERIFY(badge && badge->isVisible());
    QVERIFY(badge->text().contains(u'2'));
    QCOMPARE(panel->tree()->topLevelItemCount(), 2); // one group per peer

    // Alice's change: its diff, rendered and as source, then Approve.
    QVERIFY(panel->selectChange(fromAlice.toHex()));
    QVERIFY(panel->diffView()->toPlainText().contains(QStringLiteral("Tomatoes.")));
    panel->sourceToggle()->setChecked(true);
    QVERIFY(panel->diffView()->toPlainText().contains(QStringLiteral("+Tomatoes.")));
    QVERIFY(panel->rejectButton()->isEnabled());
    QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
    QCOMPARE(main(), fromAlice); // a fast-forward
    QCOMPARE(file(QStringLiteral("Garden.md")), QStringLiteral("# Garden\n\nTomatoes.\n"));
    QTRY_COMPARE(panel->pendingCount(), 1);
    QVERIFY(!panel->selectChange(fromAlice.toHex()));

    // Bob's change: Reject… needs a comment before it can be confirmed.
    QVERIFY(panel->selectChange(fromBob.toHex()));
    QTest::mouseClick(panel->rejectButton(), Qt::LeftButton);
    RejectDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = test::findVisible<RejectDialog>(panel, QStringLiteral("rejectDialog"))));
    QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->editor(), QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no reason
    QTest::keyClicks(dialog->editor(), QStringLiteral("Spam, not a page"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(panel->pendingCount(), 0);
    QCOMPARE(main(), fromAlice);
    auto note = git::Notes::read(repo(), QStringLiteral("refs/notes/reviews"), fromBob);
    QVERIFY(note && note->has_value());
    QVERIFY(QString::fromUtf8(**note).contains(QStringLiteral("Spam, not a page")));
    QVERIFY(QString::fromUtf8(**note).contains(QStringLiteral("reject")));
    QVERIFY(!badge->isVisible());
}

void TestReviewPanel::resolvesAConflictAfterCancellingOnce()
{
    const git::Oid start = main();
    const Peer alice, carol;
    const git::Oid fromAlice = peerCommit(alice, start, QStringLiteral("Garden.md"), QStringLiteral("Tomatoes\n"),
                                          QStringLiteral("Plant tomatoes"));
    const git::Oid fromCarol =
        peerCommit(carol, start, QStringLiteral("Garden.md"), QStringLiteral("Roses\n"), QStringLiteral("Plant roses"));
    ReviewPanel* panel = openPanel();
    QVERIFY(panel);
    QTRY_COMPARE(panel->pendingCount(), 2);
    QVERIFY(panel->selectChange(fromAlice.toHex()));
    QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
    QCOMPARE(main(), fromAlice);

    // Carol's Garden.md collides with Alice's: cancel first, and nothing moves.
    QVERIFY(panel->selectChange(fromCarol.toHex()));
    QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
    ConflictResolutionDialog* dialog = nullptr;
    QTRY_VERIFY(
        (dialog = test::findVisible<ConflictResolutionDialog>(panel, QStringLiteral("conflictResolutionDialog"))));
    QCOMPARE(dialog->pages()->count(), 1);
    QVERIFY(dialog->mergedEditor()->toPlainText().contains(QStringLiteral("<<<<<<<")));
    QVERIFY(!dialog->commitButton()->isEnabled());
    dialog->reject();
    QCOMPARE(main(), fromAlice);
    QCOMPARE(file(QStringLiteral("Garden.md")), QStringLiteral("Tomatoes\n"));
    QTRY_COMPARE(panel->pendingCount(), 1);

    // Again, and take their text this time.
    QVERIFY(panel->selectChange(fromCarol.toHex()));
    QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
    QTRY_VERIFY(
        (dialog = test::findVisible<ConflictResolutionDialog>(panel, QStringLiteral("conflictResolutionDialog"))));
    QTest::mouseClick(dialog->useTheirsButton(), Qt::LeftButton);
    QVERIFY(dialog->commitButton()->isEnabled());
    QTest::mouseClick(dialog->commitButton(), Qt::LeftButton);
    QTRY_COMPARE(panel->pendingCount(), 0);
    const auto merge = repo().lookupCommit(main()).value();
    QCOMPARE(merge.parentCount(), 2);
    QVERIFY(merge.parentIds().contains(fromCarol));
    QCOMPARE(file(QStringLiteral("Garden.md")), QStringLiteral("Roses\n"));
}

void TestReviewPanel::followsPeersWithoutARefreshAndApprovesByKeyboard()
{
    ReviewPanel* panel = openPanel();
    QVERIFY(panel);
    QCOMPARE(panel->pendingCount(), 0);
    auto* action = m_launcher->window()->findChild<QAction*>(QStringLiteral("reviewAction"));
    QVERIFY(!action->text().contains(u'('));

    // A peer's view arrives while the panel is open (as gossip would write it).
    const Peer dave;
    const git::Oid fromDave =
        peerCommit(dave, main(), QStringLiteral("Shed.md"), QStringLiteral("Tools\n"), QStringLiteral("Sort the shed"));
    QTRY_COMPARE(panel->pendingCount(), 1);
    QVERIFY(action->text().contains(QStringLiteral("(1)")));

    // Ctrl+Return in the list approves the selected change.
    m_launcher->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_launcher->window()));
    QVERIFY(panel->selectChange(fromDave.toHex()));
    panel->tree()->setFocus();
    QTest::keyClick(panel->tree(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(main(), fromDave);
    QTRY_COMPARE(panel->pendingCount(), 0);
}

void TestReviewPanel::blocksAndUnblocksAPeer()
{
    const Peer erin;
    const git::Oid fromErin =
        peerCommit(erin, main(), QStringLiteral("Pond.md"), QStringLiteral("Frogs\n"), QStringLiteral("Dig a pond"));
    ReviewPanel* panel = openPanel();
    QVERIFY(panel);
    QTRY_COMPARE(panel->pendingCount(), 1);
    QVERIFY(panel->selectChange(fromErin.toHex()));
    QCOMPARE(panel->trustSelector()->currentIndex(), int(TrustPolicy::Level::Review));

    // Block: nothing from Erin is queued, but Erin stays listed and selected.
    panel->trustSelector()->setCurrentIndex(int(TrustPolicy::Level::Block));
    emit panel->trustSelector()->activated(int(TrustPolicy::Level::Block));
    QCOMPARE(panel->pendingCount(), 0);
    QCOMPARE(TrustPolicy::load(repo().gitDir())->level(erin.identity->publicKey()), TrustPolicy::Level::Block);
    QCOMPARE(panel->tree()->topLevelItemCount(), 1);
    QVERIFY(panel->tree()->currentItem());
    QVERIFY(panel->tree()->currentItem()->text(0).contains(erin.identity->publicKey().shortId()));
    QVERIFY(!panel->approveButton()->isEnabled());

    // Back to reviewing: the change returns, and main never moved.
    panel->trustSelector()->setCurrentIndex(int(TrustPolicy::Level::Review));
    emit panel->trustSelector()->activated(int(TrustPolicy::Level::Review));
    QCOMPARE(panel->pendingCount(), 1);
    QVERIFY(main() != fromErin);
}

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"
