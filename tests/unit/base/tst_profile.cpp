#include "core/Profile.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void keepsSettingsInItsFolder()
    {
        QTemporaryDir dir;
        {
            auto profile = cp::Profile::open(dir.path() + QStringLiteral("/p"));
            QVERIFY(profile);
            profile->setAuthorName(QStringLiteral("  Ада  "));
        }
        auto again = cp::Profile::open(dir.path() + QStringLiteral("/p"));
        QVERIFY(again);
        QCOMPARE(again->authorName(), QStringLiteral("Ада"));
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/p/settings.ini")));
    }

    void newCommonsPathIsAFreeSlug()
    {
        QTemporaryDir dir;
        auto profile = cp::Profile::open(dir.path());
        QVERIFY(profile);
        const QString first = profile->newCommonsPath(QStringLiteral("Study Circle: Physics!"));
        QCOMPARE(first, profile->commonsRoot() + QStringLiteral("/study-circle-physics"));
        QVERIFY(QDir().mkpath(first));
        QCOMPARE(profile->newCommonsPath(QStringLiteral("Study Circle: Physics!")), first + QStringLiteral("-2"));
        QCOMPARE(profile->newCommonsPath(QStringLiteral("///")), profile->commonsRoot() + QStringLiteral("/commons"));
    }

    void refusesAnUnwritableFolder()
    {
        if (geteuid() == 0)
            QSKIP("running as root: every folder is writable");
        auto profile = cp::Profile::open(QStringLiteral("/proc/commonplace-no"));
        QVERIFY(!profile);
        QVERIFY(profile.error().message.contains(QStringLiteral("/proc/commonplace-no")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
