// The welcome commons: made under the profile in the person's language, one
// commit per page, and its pages link to each other without dead ends.

#include "GuiTestHelpers.h"

#include "core/Profile.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "ui/firstrun/WelcomeCommons.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cp;

class TestWelcomeCommons : public QObject
{
    Q_OBJECT

private:
    // Every page link in every page leads to a page of the commons, except the one
    // that shows what a link to a missing page looks like.
    static void checkLinks(Commons& commons, const QString& intentionallyMissing)
    {
        auto pages = commons.pages().list();
        QVERIFY(pages);
        QStringList titles;
        for (const PageName& page : *pages)
            titles.append(page.title());
        const MarkdownRenderer renderer([&titles](const QString& title) { return titles.contains(title); });
        int links = 0;
        for (const PageName& page : *pages) {
            auto text = commons.pages().read(page);
            QVERIFY(text);
            for (const QString& target : renderer.pageLinks(*text, page.title())) {
                ++links;
                QVERIFY2(titles.contains(target) || target == intentionallyMissing,
                         qPrintable(page.title() + QStringLiteral(" links to a missing page: ") + target));
            }
        }
        QVERIFY(links > 10);
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void englishPages()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(WelcomeCommons::pagesFolder(), QStringLiteral(":/welcome/en"));
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile);
        profile->setAuthorName(QStringLiteral("Test Person"));
        auto commons = WelcomeCommons::create(*profile, QStringLiteral("Study circle"), true);
        QVERIFY2(commons, qPrintable(commons ? QString() : commons.error().message));
        QCOMPARE((*commons)->info().name, QStringLiteral("Study circle"));
        QCOMPARE((*commons)->path(), dir.path() + QStringLiteral("/commons/study-circle"));
        QVERIFY((*commons)->pages().exists(*PageName::fromTitle(QStringLiteral("Welcome"))));
        QVERIFY((*commons)->pages().exists(*PageName::fromTitle(QStringLiteral("Help/Markdown cheat sheet"))));
        const QStringList log = test::gitLog((*commons)->path(), QStringLiteral("%s"));
        QCOMPARE(log.size(), 1 + int((*commons)->pages().list()->size()));
        QVERIFY(log.first().startsWith(QStringLiteral("Add the welcome page")));
        checkLinks(**commons, QStringLiteral("A page nobody wrote yet"));
    }

    void russianPagesForARussianLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(WelcomeCommons::pagesFolder(), QStringLiteral(":/welcome/ru"));
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        profile->setAuthorName(QStringLiteral("Анна"));
        auto commons = WelcomeCommons::create(*profile, QStringLiteral("Кружок"), true);
        QVERIFY2(commons, qPrintable(commons ? QString() : commons.error().message));
        QVERIFY((*commons)->pages().exists(*PageName::fromTitle(QStringLiteral("Добро пожаловать"))));
        QVERIFY((*commons)->pages().exists(*PageName::fromTitle(QStringLiteral("Справка/Шпаргалка по markdown"))));
        checkLinks(**commons, QStringLiteral("Страница, которой пока нет"));
    }

    void noPagesWhenNotWanted()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        auto commons = WelcomeCommons::create(*profile, QStringLiteral("Empty"), false);
        QVERIFY(commons);
        QVERIFY((*commons)->pages().list()->isEmpty());
    }

    void aSecondCommonsGetsItsOwnFolder()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        auto first = WelcomeCommons::create(*profile, QStringLiteral("Same"), false);
        auto second = WelcomeCommons::create(*profile, QStringLiteral("Same"), false);
        QVERIFY(first && second);
        QVERIFY((*first)->path() != (*second)->path());
    }

    void aCommonsNeedsAName()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        auto commons = WelcomeCommons::create(*profile, QString(), true);
        QVERIFY(!commons);
        QVERIFY(!commons.error().message.isEmpty());
    }
};

QTEST_MAIN(TestWelcomeCommons)
#include "tst_welcomecommons.moc"
