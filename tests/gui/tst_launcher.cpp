// Start-up: the first run asks for a name and makes the welcome commons; later
// starts reopen the commons used last; declining the first run creates nothing.

#include "GuiTestHelpers.h"

#include "core/Profile.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "ui/Launcher.h"
#include "ui/MainWindow.h"
#include "ui/editor/PageEditor.h"
#include "ui/firstrun/FirstRunDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

class TestLauncher : public QObject
{
    Q_OBJECT

private slots:
    void firstRunAsksForTheNameAndCreatesTheWelcomeCommons()
    {
        QTemporaryDir profileDir;
        QString commonsPath;
        {
            Launcher launcher({profileDir.path(), {}});
            QVERIFY(launcher.start());
            QVERIFY(!launcher.window());
            FirstRunDialog* dialog = launcher.firstRunDialog();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));

            auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startButton"));
            QVERIFY(!start->isEnabled()); // no name yet
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("authorNameEdit"));
            test::type(name, QStringLiteral("  Анна   Петрова "));
            QVERIFY(start->isEnabled());
            auto* commons = dialog->findChild<QLineEdit*>(QStringLiteral("commonsNameEdit"));
            commons->clear();
            QVERIFY(!start->isEnabled()); // no commons name
            test::type(commons, QStringLiteral("Book club"));

            QSignalSpy shown(&launcher, &Launcher::windowShown);
            QTest::mouseClick(start, Qt::LeftButton);
            QTRY_COMPARE(shown.size(), 1);
            MainWindow* window = launcher.window();
            QVERIFY(window && window->isVisible());

            Commons* opened = window->commons();
            QCOMPARE(opened->info().name, QStringLiteral("Book club"));
            commonsPath = opened->path();
            QVERIFY(commonsPath.startsWith(profileDir.path() + QStringLiteral("/commons/")));
            auto pages = opened->pages().list();
            QVERIFY(pages);
            QStringList titles;
            for (const PageName& page : *pages)
                titles.append(page.title());
            QVERIFY2(titles.contains(QStringLiteral("Welcome")), qPrintable(titles.join(u',')));
            QVERIFY(titles.contains(QStringLiteral("Help/Markdown cheat sheet")));
            QVERIFY(titles.size() >= 4);
            QCOMPARE(window->editor()->page().title(), QStringLiteral("Welcome"));

            const QStringList authors = test::gitLog(commonsPath, QStringLiteral("%an"));
            QCOMPARE(authors.size(), titles.size() + 1); // the root commit, then one per page
            for (const QString& author : authors)
                QCOMPARE(author, QStringLiteral("Анна Петрова"));
        }
        auto profile = Profile::open(profileDir.path());
        QVERIFY(profile);
        QCOMPARE(profile->authorName(), QStringLiteral("Анна Петрова"));
        QCOMPARE(profile->lastCommons(), commonsPath);

        // The next start opens the same commons without asking.
        Launcher again({profileDir.path(), {}});
        QVERIFY(again.start());
        QVERIFY(!again.firstRunDialog());
        QVERIFY(again.window());
        QCOMPARE(again.window()->commons()->path(), commonsPath);
        QCOMPARE(QDir(profileDir.path() + QStringLiteral("/commons")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(),
                 1);
    }

    void anEmptyCommonsWhenTheWelcomePagesAreNotWanted()
    {
        QTemporaryDir profileDir;
        Launcher launcher({profileDir.path(), {}});
        QVERIFY(launcher.start());
        FirstRunDialog* dialog = launcher.firstRunDialog();
        test::type(dialog->findChild<QLineEdit*>(QStringLiteral("authorNameEdit")), QStringLiteral("Boris"));
        dialog->findChild<QCheckBox*>(QStringLiteral("welcomePagesCheck"))->setChecked(false);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);
        QTRY_VERIFY(launcher.window());
        auto pages = launcher.window()->commons()->pages().list();
        QVERIFY(pages && pages->isEmpty());
        QVERIFY(!launcher.window()->editor()->hasPage());
    }

    void decliningTheFirstRunCreatesNothing()
    {
        QTemporaryDir profileDir;
        Launcher launcher({profileDir.path(), {}});
        QSignalSpy cancelled(&launcher, &Launcher::cancelled);
        QVERIFY(launcher.start());
        launcher.firstRunDialog()->reject();
        QTRY_COMPARE(cancelled.size(), 1);
        QVERIFY(!launcher.window());
        QVERIFY(!QDir(profileDir.path() + QStringLiteral("/commons")).exists());
        auto profile = Profile::open(profileDir.path());
        QVERIFY(profile && profile->authorName().isEmpty());
    }

    void theAuthorOptionSkipsTheQuestions()
    {
        QTemporaryDir profileDir;
        Launcher launcher({profileDir.path(), QStringLiteral("Vera")});
        QVERIFY(launcher.start());
        QVERIFY(!launcher.firstRunDialog());
        QVERIFY(launcher.window()); // at once; the commons follows once its commits can be signed
        QTRY_VERIFY(launcher.window()->commons());
        QCOMPARE(test::gitLog(launcher.window()->commons()->path(), QStringLiteral("%an")).value(0),
                 QStringLiteral("Vera"));
    }

    void anUnusableProfileIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Launcher launcher({dir.filePath(QStringLiteral("file/profile")), QStringLiteral("Vera")});
        const Status started = launcher.start();
        QVERIFY(!started);
        QVERIFY(!started.error().message.isEmpty());
        QVERIFY(!launcher.window());
    }
};

QTEST_MAIN(TestLauncher)
#include "tst_launcher.moc"
