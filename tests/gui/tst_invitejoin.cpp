// Invites in the GUI (issue 8): InviteDialog makes the invite of a real commons served by
// a real node on 127.0.0.1; JoinDialog reads pasted text as it is typed, refuses what is
// not an invite with a clear message, and joins (with progress) or cancels (nothing kept).

#include "GuiTestHelpers.h"
#include "WikiWindowFixture.h"
#include "core/git/Repository.h"
#include "core/node/Invite.h"
#include "core/node/NetworkKeyFile.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/ProfileIdentity.h"
#include "net/sync/NodeTestSupport.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/invite/InviteDialog.h"
#include "ui/invite/InviteViews.h"
#include "ui/invite/JoinDialog.h"
#include "ui/invite/JoinTask.h"
#include "ui/pages/PageTreePanel.h"
#include "ui/sync/SyncViews.h"

#include <QApplication>
#include <QCborMap>
#include <QCborValue>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cp;

namespace {

// A member who invites: a real commons with a few pages, served by a node on 127.0.0.1.
struct Inviter
{
    QString dir;
    std::shared_ptr<const Identity> identity = test::sharedIdentity('\x41');
    std::unique_ptr<node::NodeThread> thread;
    QStringList addresses;
    QString commonsId;
    QString mainOid;

    bool make(const QString& at)
    {
        dir = at;
        auto commons = Commons::create(dir, CommonsInfo{u"Study Circle"_s, {}}, Author{u"Anna"_s, {}});
        if (!commons)
            return false;
        for (const auto& [title, text] : {std::pair{u"Welcome"_s, u"# Welcome\n\nRead [[Reading List]].\n"_s},
                                          std::pair{u"Reading List"_s, u"# Reading List\n\n- Montaigne\n"_s}})
            if (!(*commons)->pages().create(*PageName::fromTitle(title), text))
                return false;
        commonsId = (*commons)->id();
        mainOid = (*commons)->head();
        return true;
    }

    bool serve()
    {
        thread = std::make_unique<node::NodeThread>(identity, test::fastNodeOptions());
        QSignalSpy started(thread.get(), &node::NodeThread::started);
        QSignalSpy added(thread.get(), &node::NodeThread::commonsAdded);
        thread->start();
        if (!started.wait(5000))
            return false;
        addresses = started.first().at(1).toStringList();
        thread->addCommons(dir);
        return added.wait(5000);
    }

    // The invite as "Invite Someone…" makes it, through InviteDialog's own logic.
    [[nodiscard]] QString inviteText() const
    {
        auto commons = Commons::open(dir);
        if (!commons)
            return {};
        auto invite = InviteDialog::makeInvite(**commons, identity->publicKey(), addresses);
        if (!invite)
            return {};
        InviteDialog dialog(std::move(*invite));
        return dialog.inviteText();
    }
};

QString inviteTo(const QString& name, const QStringList& addresses, const PublicKey& inviter)
{
    node::Invite invite;
    invite.commons = *git::Oid::fromHex(QString(40, u'a'));
    invite.name = name;
    invite.networkKey = SecureBuffer::fromBytes(QByteArray(32, '\x6b'));
    invite.inviter = inviter;
    invite.addresses = addresses;
    return invite.toText();
}

} // namespace

class TestInviteJoin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::optional<Profile> m_profile;
    ProfileIdentity* m_identity = nullptr;
    Inviter m_inviter;
    int m_round = 0;

    QString freshDir() { return m_tmp.path() + u"/round"_s + QString::number(++m_round); }

    std::unique_ptr<JoinDialog> makeJoinDialog()
    {
        auto dialog = std::make_unique<JoinDialog>(*m_profile, m_identity);
        dialog->setNodeOptions(test::fastNodeOptions());
        dialog->show();
        return dialog;
    }
    static QLabel* summary(JoinDialog& d) { return d.findChild<QLabel*>(u"inviteSummary"_s); }
    static QPushButton* joinButton(JoinDialog& d) { return d.findChild<QPushButton*>(u"joinButton"_s); }
    static QLabel* status(JoinDialog& d) { return d.findChild<QLabel*>(u"joinStatus"_s); }
    static void paste(JoinDialog& d, const QString& text)
    {
        d.findChild<QPlainTextEdit*>(u"inviteEdit"_s)->setPlainText(text);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<MainWindow*>();
        QVERIFY(m_tmp.isValid());
        auto profile = Profile::open(m_tmp.path() + u"/profile"_s);
        QVERIFY(profile);
        m_profile = std::move(*profile);
        m_identity = new ProfileIdentity(*m_profile, this);
        QSignalSpy ready(m_identity, &ProfileIdentity::ready);
        m_identity->load();
        QVERIFY(ready.wait(20000));
        QVERIFY(m_inviter.make(m_tmp.path() + u"/inviter"_s));
        QVERIFY(m_inviter.serve());
        QVERIFY(!m_inviter.addresses.isEmpty());
    }

    void inviteDialogShowsTheInviteWithAWarning()
    {
        auto commons = Commons::open(m_inviter.dir);
        QVERIFY(commons);
        auto invite = InviteDialog::makeInvite(**commons, m_inviter.identity->publicKey(), m_inviter.addresses);
        QVERIFY(invite);
        InviteDialog dialog(std::move(*invite));
        dialog.show();
        QVERIFY(
            dialog.findChild<QLabel*>(u"inviteWarning"_s)->text().contains(u"Whoever holds this invite can join"_s));
        const QString text = dialog.inviteText();
        auto parsed = node::Invite::parse(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->commons.toHex(), m_inviter.commonsId);
        QCOMPARE(parsed->name, u"Study Circle"_s);
        QCOMPARE(parsed->inviter, m_inviter.identity->publicKey());
        QCOMPARE(parsed->addresses, m_inviter.addresses);
        QCOMPARE(parsed->networkKey.view(), node::NetworkKeyFile::load(m_inviter.dir + u"/.git"_s)->view());
        QVERIFY(dialog.findChild<QPlainTextEdit*>(u"inviteText"_s)->isReadOnly());
        // Loopback only: the dialog says it leads only to this computer.
        QVERIFY(dialog.findChild<QLabel*>(u"inviteAddressNote"_s)->text().contains(u"only to this computer"_s));

        auto* copy = dialog.findChild<QPushButton*>(u"copyInviteButton"_s);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text);
        QApplication::clipboard()->clear();

        // A node that listens nowhere: no invite to copy, and the dialog says why.
        dialog.setAddresses({});
        QVERIFY(dialog.inviteText().isEmpty());
        QVERIFY(!copy->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(u"inviteAddressNote"_s)->text().contains(u"not listening"_s));
        dialog.setAddresses({u"192.0.2.7:47474"_s});
        QCOMPARE(node::Invite::parse(dialog.inviteText())->addresses, QStringList{u"192.0.2.7:47474"_s});
        QVERIFY(copy->isEnabled());
    }

    void badInvitesAreRefusedClearly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        const QString valid = m_inviter.inviteText();
        QVERIFY(!valid.isEmpty());
        QCborMap future{{u"v"_s, 2}, {u"commons"_s, QByteArray(20, 'a')}};
        QTest::newRow("malformed") << u"please join my wiki"_s << u"does not start with commonplace://invite/"_s;
        QTest::newRow("stray character") << valid.left(40) + u"!"_s + valid.mid(41) << u"holds the character"_s;
        QTest::newRow("truncated") << valid.left(valid.size() - 9) << u"not a valid invite"_s;
        QTest::newRow("cut in half") << valid.left(valid.size() / 2) << u"not a valid invite"_s;
        QTest::newRow("another scheme") << u"https://example.org/invite/"_s + valid.mid(21)
                                        << u"does not start with commonplace://invite/"_s;
        QTest::newRow("another version") << u"commonplace://invite/"_s +
                                                node::Invite::base32(QCborValue(future).toCbor())
                                         << u"another version"_s;
    }

    void badInvitesAreRefusedClearly()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto dialog = makeJoinDialog();
        QVERIFY(!joinButton(*dialog)->isEnabled()); // nothing pasted yet
        paste(*dialog, text);
        QVERIFY2(summary(*dialog)->text().contains(says), qPrintable(summary(*dialog)->text()));
        QVERIFY(summary(*dialog)->text().contains(u"not a valid invite"_s));
        QVERIFY(summary(*dialog)->property("problem").toBool());
        QVERIFY(!joinButton(*dialog)->isEnabled());
    }

    void validInviteShowsNameAndInviterAndAFolder()
    {
        auto dialog = makeJoinDialog();
        // Typed (or pasted) piece by piece, it is read as it comes.
        const QString text = m_inviter.inviteText();
        test::type(dialog->findChild<QPlainTextEdit*>(u"inviteEdit"_s), text.left(30));
        QVERIFY(!joinButton(*dialog)->isEnabled());
        dialog->findChild<QPlainTextEdit*>(u"inviteEdit"_s)->insertPlainText(text.mid(30));
        const QString shown = summary(*dialog)->text();
        QVERIFY2(shown.contains(u"Study Circle"_s), qPrintable(shown));
        QVERIFY(shown.contains(m_inviter.identity->publicKey().shortId()));
        QVERIFY(!summary(*dialog)->property("problem").toBool());
        QCOMPARE(dialog->folder(), m_profile->commonsRoot() + u"/study-circle"_s);
        QVERIFY(joinButton(*dialog)->isEnabled());

        // Wrapped by a mail program, it still reads.
        paste(*dialog, u"  "_s + text.left(50) + u"\n"_s + text.mid(50, 50) + u"\r\n "_s + text.mid(100) + u"\n"_s);
        QVERIFY2(summary(*dialog)->text().contains(u"Study Circle"_s), qPrintable(summary(*dialog)->text()));

        // A folder that is not empty is refused.
        const QString busy = freshDir();
        QVERIFY(QDir().mkpath(busy + u"/notes"_s));
        auto* folder = dialog->findChild<QLineEdit*>(u"folderEdit"_s);
        folder->selectAll();
        QTest::keyClicks(folder, busy);
        QVERIFY(dialog->findChild<QLabel*>(u"folderProblem"_s)->text().contains(u"not empty"_s));
        QVERIFY(!joinButton(*dialog)->isEnabled());
        // An invite to the commons already kept here is refused too.
        dialog->setKeptCommons(m_inviter.commonsId, m_inviter.dir);
        QVERIFY(summary(*dialog)->text().contains(u"already keep"_s));
    }

    void joinReceivesTheCommonsWithProgress()
    {
        auto dialog = makeJoinDialog();
        paste(*dialog, m_inviter.inviteText());
        QSignalSpy joined(dialog.get(), &JoinDialog::joined);
        QVERIFY(joinButton(*dialog)->isEnabled());
        QTest::mouseClick(joinButton(*dialog), Qt::LeftButton);
        QVERIFY(dialog->task());
        QSignalSpy progress(dialog->task(), &JoinTask::progress);
        QVERIFY(dialog->isJoining());
        QVERIFY(!joinButton(*dialog)->isEnabled());
        QVERIFY(joined.wait(20000) || !joined.isEmpty());
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.last().at(0).toLongLong() > 0); // bytes
        QVERIFY(progress.last().at(1).toLongLong() > 0); // objects
        const QString path = joined.first().at(0).toString();
        QCOMPARE(joined.first().at(1).toString(), m_inviter.commonsId);
        QCOMPARE(path, m_profile->commonsRoot() + u"/study-circle"_s);
        QVERIFY(!dialog->isVisible());

        // The pages are on disk, main is the inviter's, and it opens as a commons.
        QFile page(path + u"/Reading List.md"_s);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("Montaigne"));
        auto commons = Commons::open(path);
        QVERIFY(commons);
        QCOMPARE((*commons)->id(), m_inviter.commonsId);
        QCOMPARE((*commons)->head(), m_inviter.mainOid);
        QCOMPARE((*commons)->info().name, u"Study Circle"_s);
        QVERIFY(node::NetworkKeyFile::load(path + u"/.git"_s));
        QCOMPARE(test::gitLog(path, u"%H"_s).first(), m_inviter.mainOid);
    }

    void cancelLeavesNoFolder()
    {
        // An "inviter" that accepts the connection and never answers: the join waits.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (silent.hasPendingConnections())
                held.append(silent.nextPendingConnection());
        });
        auto dialog = makeJoinDialog();
        paste(*dialog, inviteTo(u"Quiet"_s, {u"127.0.0.1:"_s + QString::number(silent.serverPort())},
                                test::sharedIdentity('\x55')->publicKey()));
        const QString dir = dialog->folder();
        QVERIFY(!QFileInfo::exists(dir));
        QTest::mouseClick(joinButton(*dialog), Qt::LeftButton);
        QVERIFY(dialog->isJoining());
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000);
        QVERIFY(QFileInfo::exists(dir + u"/.git"_s));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isJoining(), 10000);
        QVERIFY2(status(*dialog)->text().contains(u"cancelled"_s), qPrintable(status(*dialog)->text()));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(dialog->isVisible());
        QVERIFY(joinButton(*dialog)->isEnabled()); // try again
    }

    void unreachableInviterFailsClearly()
    {
        QTcpServer closed; // a port that was free a moment ago
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        auto dialog = makeJoinDialog();
        paste(*dialog, inviteTo(u"Gone"_s, {u"127.0.0.1:"_s + QString::number(port)},
                                test::sharedIdentity('\x56')->publicKey()));
        const QString dir = dialog->folder();
        QTest::mouseClick(joinButton(*dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isJoining(), 15000);
        QVERIFY2(status(*dialog)->text().contains(u"Cannot reach the inviter"_s), qPrintable(status(*dialog)->text()));
        QVERIFY(status(*dialog)->property("problem").toBool());
        QVERIFY(!QFileInfo::exists(dir));
    }

    void closingWhileJoiningCancelsFirst()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto dialog = makeJoinDialog();
        paste(*dialog, inviteTo(u"Closed early"_s, {u"127.0.0.1:"_s + QString::number(silent.serverPort())},
                                test::sharedIdentity('\x57')->publicKey()));
        const QString dir = dialog->folder();
        QTest::mouseClick(joinButton(*dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir + u"/.git"_s), 5000);
        dialog->reject(); // Escape or the window's close button
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QVERIFY(!QFileInfo::exists(dir));
    }

    void theWindowInvitesWithItsNodesAddresses()
    {
        test::WikiWindowFixture app;
        QVERIFY(app.start(freshDir()));
        InviteViews* invites = app.window()->inviteViews();
        QVERIFY(invites->inviteAction()->isEnabled());
        invites->inviteAction()->trigger();
        InviteDialog* dialog = invites->inviteDialog();
        QVERIFY(dialog && dialog->isVisible());
        // The window's node listens on 127.0.0.1 (COMMONPLACE_LISTEN); its address fills the invite.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->inviteText().isEmpty(), 10000);
        auto invite = node::Invite::parse(dialog->inviteText());
        QVERIFY(invite);
        QCOMPARE(invite->commons.toHex(), app.commons()->id());
        QCOMPARE(invite->name, app.commons()->info().name);
        QCOMPARE(invite->inviter, app.window()->syncViews()->nodeThread()->self());
        QCOMPARE(invite->addresses, app.window()->syncViews()->advertisedAddresses());
        dialog->close();
    }

    void theWindowJoinsAndOpensTheJoinedCommons()
    {
        test::WikiWindowFixture app;
        QVERIFY(app.start(freshDir()));
        const QString before = app.commons()->id();
        InviteViews* invites = app.window()->inviteViews();
        invites->joinAction()->trigger();
        JoinDialog* dialog = invites->joinDialog();
        QVERIFY(dialog && dialog->isVisible());
        // The window's own commons is refused as already kept.
        auto own = Commons::open(app.commonsPath());
        QVERIFY(own);
        auto ownInvite = InviteDialog::makeInvite(**own, test::sharedIdentity('\x58')->publicKey(), {u"127.0.0.1:1"_s});
        QVERIFY(ownInvite);
        paste(*dialog, ownInvite->toText());
        QVERIFY(summary(*dialog)->text().contains(u"already keep"_s));

        paste(*dialog, m_inviter.inviteText());
        QTRY_VERIFY(joinButton(*dialog)->isEnabled());
        QTest::mouseClick(joinButton(*dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.window()->commons() && app.window()->commons()->id() == m_inviter.commonsId,
                                 20000);
        QVERIFY(before != m_inviter.commonsId);
        QCOMPARE(app.commons()->info().name, u"Study Circle"_s);
        QVERIFY(app.commonsPath().startsWith(app.profileDir() + u"/commons/"_s));
        QTRY_VERIFY(app.window()->windowTitle().contains(u"Study Circle"_s));
        QCOMPARE(app.editor()->page().title(), u"Welcome"_s);
        app.stop();
    }

    void firstRunOffersToJoinInstead()
    {
        const QString profileDir = freshDir();
        Launcher launcher({profileDir, {}});
        QVERIFY(launcher.start());
        FirstRunDialog* first = launcher.firstRunDialog();
        QVERIFY(first && QTest::qWaitForWindowExposed(first));
        auto* joinButtonOnFirstRun = first->findChild<QPushButton*>(u"joinCommonsButton"_s);
        QVERIFY(joinButtonOnFirstRun);
        QVERIFY(!joinButtonOnFirstRun->isEnabled()); // the name first: the others see it
        test::type(first->findChild<QLineEdit*>(u"authorNameEdit"_s), u"Boris"_s);
        QVERIFY(joinButtonOnFirstRun->isEnabled());
        QTest::mouseClick(joinButtonOnFirstRun, Qt::LeftButton);
        auto* dialog = first->findChild<JoinDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        paste(*dialog, m_inviter.inviteText());
        QTRY_VERIFY_WITH_TIMEOUT(joinButton(*dialog)->isEnabled(), 20000); // once the identity is loaded
        QSignalSpy shown(&launcher, &Launcher::windowShown);
        QTest::mouseClick(joinButton(*dialog), Qt::LeftButton);
        QVERIFY(shown.wait(20000));
        MainWindow* window = launcher.window();
        QVERIFY(window && window->commons());
        QCOMPARE(window->commons()->id(), m_inviter.commonsId);
        QCOMPARE(window->commons()->path(), profileDir + u"/commons/study-circle"_s);
        auto profile = Profile::open(profileDir);
        QCOMPARE(profile->authorName(), u"Boris"_s);
        QCOMPARE(profile->lastCommons(), profileDir + u"/commons/study-circle"_s);
        QTRY_VERIFY(!launcher.firstRunDialog());
    }

    void cleanupTestCase() { m_inviter.thread.reset(); }
};

QTEST_MAIN(TestInviteJoin)
#include "tst_invitejoin.moc"
