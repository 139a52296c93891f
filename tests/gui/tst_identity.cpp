// Identity in the real window, on a fresh profile with no keychain (the session bus
// points nowhere, see CMakeLists.txt): the status bar shows the name and short id,
// the file fallback is told once, every commit the window makes is signed by the
// profile's key, and the Identity dialog exports and imports with a passphrase.

#include "GuiTestHelpers.h"
#include "core/crypto/SealedIdentity.h"
#include "core/git/Repository.h"
#include "core/git/RevWalk.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/ProfileIdentity.h"
#include "ui/Launcher.h"
#include "ui/MainWindow.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"
#include "ui/identity/CommitSigning.h"
#include "ui/identity/IdentityDialog.h"
#include "ui/identity/IdentityStatus.h"
#include "ui/identity/IdentityViews.h"
#include "ui/identity/NoticeBar.h"
#include "ui/identity/PassphraseDialog.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cp;
using cp::test::findVisible;

class TestIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    QTemporaryDir m_files;
    std::unique_ptr<Launcher> m_launcher;
    MainWindow* m_window = nullptr;

    ProfileIdentity* identity() const { return m_launcher->identity(); }
    IdentityViews* views() const { return m_window->identityViews(); }

    void start()
    {
        m_launcher = std::make_unique<Launcher>(LaunchOptions{m_profile.path(), QStringLiteral("Test Person")});
        QVERIFY(m_launcher->start());
        m_window = m_launcher->window();
        QVERIFY(m_window); // at once, before the identity is there
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(m_window->commons());
        QTRY_VERIFY(identity()->isReady());
    }

    CommitVerification verifyHead()
    {
        git::Repository& repo = m_window->commons()->repository();
        auto head = git::Oid::fromHex(m_window->commons()->head());
        auto verdict = CommitVerifier(repo).verify(*head);
        return verdict ? *verdict : CommitVerification{};
    }

    void saveText(const QString& text)
    {
        PageEditor* editor = m_window->editor();
        editor->editor()->selectAll();
        editor->editor()->insertPlainText(text);
        QVERIFY(editor->isModified());
        QVERIFY(editor->save());
        QVERIFY(!editor->isModified());
    }

    PassphraseDialog* waitForPassphraseDialog(IdentityDialog* dialog)
    {
        PassphraseDialog* asked = nullptr;
        [&] { QTRY_VERIFY((asked = dialog->passphraseDialog()) && asked->isVisible()); }();
        return asked;
    }

    void enterPassphrase(PassphraseDialog* dialog, const QString& passphrase, bool twice)
    {
        auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        first->clear();
        QTest::keyClicks(first, passphrase);
        if (twice)
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatPassphraseEdit")), passphrase);
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("passphraseOk"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY(m_files.isValid());
        start();
    }

    void theStatusBarShowsNameAndShortId()
    {
        const PublicKey key = identity()->publicKey();
        QVERIFY(!key.isNull());
        IdentityStatus* status = views()->status();
        QVERIFY(status->isVisible());
        QTRY_VERIFY(status->text().contains(key.shortId()));
        QVERIFY(status->text().contains(QStringLiteral("Test Person")));
        QVERIFY(!status->text().contains(key.did())); // the short form only

        QApplication::clipboard()->clear();
        QTest::mouseClick(status->findChild<QToolButton*>(QStringLiteral("copyIdButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), key.did());
    }

    void theFileFallbackIsToldOnce()
    {
        QCOMPARE(identity()->keyStore().backend(), KeyStore::Backend::File);
        NoticeBar* notice = views()->notice();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(identity()->keyStore().keyFilePath()), qPrintable(notice->text()));
        QVERIFY(identity()->takeFallbackNotice().isEmpty()); // taken already: never again
        QTest::mouseClick(notice->findChild<QToolButton*>(QStringLiteral("noticeClose")), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
    }

    void theWelcomeCommonsIsSignedFromItsRootCommit()
    {
        git::Repository& repo = m_window->commons()->repository();
        auto walk = repo.revWalk();
        QVERIFY(walk);
        QVERIFY(walk->push(*git::Oid::fromHex(m_window->commons()->head())));
        CommitVerifier verifier(repo);
        int commits = 0;
        while (true) {
            auto next = walk->next();
            QVERIFY(next);
            if (!*next)
                break;
            ++commits;
            auto verdict = verifier.verify(**next);
            QVERIFY(verdict);
            QVERIFY2(verdict->isVerified(), qPrintable(verdict->describe()));
            QCOMPARE(verdict->signer, identity()->publicKey());
            QVERIFY(verdict->isSignedByAuthor());
        }
        QVERIFY(commits >= 4); // the root commit and the welcome pages
        const QStringList emails = test::gitLog(m_window->commons()->path(), QStringLiteral("%ae|%an"));
        QCOMPARE(emails.value(0), identity()->publicKey().did() + QStringLiteral("|Test Person"));
    }

    void aSaveInTheWindowIsSignedByTheProfile()
    {
        QTRY_VERIFY(m_window->editor()->hasPage());
        saveText(QStringLiteral("# Welcome\n\nSigned words.\n"));
        const CommitVerification verdict = verifyHead();
        QVERIFY2(verdict.isVerified(), qPrintable(verdict.describe()));
        QCOMPARE(verdict.signer, identity()->publicKey());
        QVERIFY(verdict.isSignedByAuthor());
    }

    void commitsWaitForTheIdentityInsteadOfGoingUnsigned()
    {
        // A second identity of this profile that has not loaded yet.
        auto profile = Profile::open(m_profile.path());
        QVERIFY(profile);
        ProfileIdentity later(*profile);
        CommitSigning signing;
        signing.setIdentity(&later);
        signing.setCommons(m_window->commons());
        auto page = PageName::fromTitle(QStringLiteral("Waiting"));
        auto refused = m_window->commons()->pages().save(*page, QStringLiteral("too early"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("identity")), qPrintable(refused.error().message));
        QVERIFY(!m_window->commons()->pages().exists(*page));

        QSignalSpy ready(&later, &ProfileIdentity::ready);
        later.load();
        QVERIFY(ready.wait(10000));
        QVERIFY(m_window->commons()->pages().save(*page, QStringLiteral("in time")));
        QVERIFY(verifyHead().isVerified());
        // Give the window's own signing back.
        signing.setCommons(nullptr);
        views()->setCommons(m_window->commons());
    }

    void theDialogShowsTheFullIdAndRenames()
    {
        views()->identityAction()->trigger();
        IdentityDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = findVisible<IdentityDialog>(m_window, QStringLiteral("identityDialog"))));
        auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("identityIdEdit"));
        QCOMPARE(id->text(), identity()->publicKey().did());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("identityStorage"))
                    ->text()
                    .contains(QStringLiteral("identity.key")));

        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("identityNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Renamed Person"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(views()->status()->text().contains(QStringLiteral("Renamed Person")));
        saveText(QStringLiteral("# Welcome\n\nBy another name.\n"));
        QCOMPARE(test::gitLog(m_window->commons()->path(), QStringLiteral("%an")).value(0),
                 QStringLiteral("Renamed Person"));
    }

    void exportSealsTheIdentityWithThePassphrase()
    {
        IdentityDialog* dialog = views()->dialog();
        QVERIFY(dialog);
        const QString path = m_files.filePath(QStringLiteral("me.cpid"));
        dialog->exportTo(path);
        PassphraseDialog* asked = waitForPassphraseDialog(dialog);
        QVERIFY(asked);
        auto* ok = asked->findChild<QPushButton*>(QStringLiteral("passphraseOk"));
        QTest::keyClicks(asked->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), QStringLiteral("short"));
        QVERIFY(!ok->isEnabled()); // too short
        asked->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->clear();
        enterPassphrase(asked, QStringLiteral("correct horse battery"), true);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 30000);
        QTRY_VERIFY(dialog->outcome().contains(QStringLiteral("me.cpid")));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        const QByteArray sealed = file.readAll();
        auto whose = SealedIdentity::peek(sealed);
        QVERIFY(whose);
        QCOMPARE(*whose, identity()->publicKey());
    }

    void importRefusesAWrongPassphraseThenReplacesTheIdentity()
    {
        IdentityDialog* dialog = views()->dialog();
        const Identity other = Identity::generate();
        const PublicKey otherKey = other.publicKey();
        auto sealed =
            SealedIdentity::seal(other, QStringLiteral("the right one"), SealedIdentity::Strength::Interactive);
        QVERIFY(sealed);
        const QString path = m_files.filePath(QStringLiteral("other.cpid"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*sealed);
        file.close();

        dialog->importFrom(path);
        QPointer<PassphraseDialog> asked = waitForPassphraseDialog(dialog); // deleted once it closes
        QVERIFY(asked);
        enterPassphrase(asked, QStringLiteral("a wrong one"), false);
        auto* error = asked->findChild<QLabel*>(QStringLiteral("passphraseError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(QStringLiteral("Wrong passphrase")), qPrintable(error->text()));
        QVERIFY(asked->isVisible());
        QVERIFY(identity()->publicKey() != otherKey); // nothing replaced

        enterPassphrase(asked, QStringLiteral("the right one"), false);
        QTRY_COMPARE_WITH_TIMEOUT(identity()->publicKey(), otherKey, 20000);
        QTRY_VERIFY(!asked || !asked->isVisible());
        QTRY_VERIFY(views()->status()->text().contains(otherKey.shortId()));
        saveText(QStringLiteral("# Welcome\n\nSigned by the imported key.\n"));
        const CommitVerification verdict = verifyHead();
        QVERIFY(verdict.isVerified());
        QCOMPARE(verdict.signer, otherKey);

        // Not an exported identity at all: said so, nothing asked.
        const QString junk = m_files.filePath(QStringLiteral("junk.cpid"));
        QFile junkFile(junk);
        QVERIFY(junkFile.open(QIODevice::WriteOnly));
        junkFile.write("hello");
        junkFile.close();
        dialog->importFrom(junk);
        QVERIFY(dialog->outcome().contains(QStringLiteral("not an exported identity")));
    }

    void theNextStartKeepsTheIdentityAndTellsNothingAgain()
    {
        const PublicKey key = identity()->publicKey();
        m_launcher.reset();
        m_window = nullptr;
        start();
        QCOMPARE(identity()->publicKey(), key);
        QTRY_VERIFY(views()->status()->text().contains(key.shortId()));
        QVERIFY(!views()->notice()->isVisible());
    }

    void cleanupTestCase() { m_launcher.reset(); }
};

QTEST_MAIN(TestIdentity)
#include "tst_identity.moc"
