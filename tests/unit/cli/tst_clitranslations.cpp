// commonplace-cli speaks the language of the person's locale (LC_ALL / LC_MESSAGES /
// LANG), for its own help and for the core's messages, and English in the C locale.

#include "CliProcess.h"
#include "translations/Catalog.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList& args, const QString& locale)
    {
        const cp::test::CliRun run = cp::test::runProcess(
            QStringLiteral(CLI_PATH), args,
            cp::test::isolatedEnvironment(m_dir.path(), {{u"LC_ALL"_s, locale}, {u"LANG"_s, locale}}), {}, 30000);
        return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void englishInTheCLocale()
    {
        const Run help = cli({u"--help"_s}, u"C.UTF-8"_s);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Usage: commonplace-cli"_s), qPrintable(help.out));
        QVERIFY(help.out.contains(u"Global options:"_s));

        const Run missing = cli({u"pages"_s, m_dir.path() + u"/nowhere"_s}, u"C"_s);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"There is no folder"_s), qPrintable(missing.err));
    }

    void russianForARussianLocale()
    {
        // The texts expected are the ones the compiled-in translation gives, so a
        // better wording in commonplace_ru.ts does not break this test.
        QVERIFY(cp::i18n::install(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
        const QString usage = QCoreApplication::translate("cp::cli", "Usage: commonplace-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]");
        const QString options = QCoreApplication::translate("cp::cli", "Global options:");
        const QString noFolder = QCoreApplication::translate("cp::Commons", "There is no folder %1.")
                                     .arg(m_dir.path() + u"/nowhere"_s);
        QVERIFY(!usage.startsWith(u"Usage"_s));
        QVERIFY(!noFolder.startsWith(u"There is"_s));

        const Run help = cli({u"--help"_s}, u"ru_RU.UTF-8"_s);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(usage), qPrintable(help.out));
        QVERIFY(help.out.contains(options));

        // A message from the core (not the CLI's own) is translated too.
        const Run missing = cli({u"pages"_s, m_dir.path() + u"/nowhere"_s}, u"ru_RU.UTF-8"_s);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(noFolder), qPrintable(missing.err));
    }

    // English needs only its plural forms ("Synced with 1 peer.", not "1 peer(s)").
    void englishGetsItsPluralForms()
    {
        QVERIFY(cp::i18n::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY(cp::i18n::install(*qApp, QLocale::c())); // the C locale reads English too
        QCOMPARE(QCoreApplication::translate("cp::cli", "Synced with %n peer(s).", nullptr, 1), u"Synced with 1 peer."_s);
        QCOMPARE(QCoreApplication::translate("cp::cli", "Synced with %n peer(s).", nullptr, 2),
                 u"Synced with 2 peers."_s);
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_clitranslations.moc"
