#include "CliProcess.h"
#include "core/Profile.h"
#include "unit/git/GitRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = cp::test::CliRun;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    QString path(const QString& relative) const { return m_dir.path() + u'/' + relative; }

    Run cli(const QStringList& args, const QByteArray& input = {}, const QMap<QString, QString>& env = {})
    {
        // Nothing may land in the real home folder.
        return cp::test::runProcess(QStringLiteral(CLI_PATH), args, cp::test::isolatedEnvironment(m_dir.path(), env),
                                    input, 30000);
    }

    QStringList withProfile(const QStringList& args) const { return QStringList{u"--profile"_s, m_profile} + args; }

    void writeFile(const QString& relative, const QByteArray& content)
    {
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(QStringLiteral(CLI_PATH)).isExecutable());
        m_profile = path(u"profile"_s);
        auto profile = cp::Profile::open(m_profile);
        QVERIFY(profile);
        profile->setAuthorName(u"Ада Лавлейс"_s);
    }

    void versionAndHelp()
    {
        const Run version = cli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("commonplace-cli "));

        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"init", "pages", "show", "edit", "--profile", "--json"})
            QVERIFY2(help.out.contains(command), command);

        const Run helpEdit = cli({u"help"_s, u"edit"_s});
        QCOMPARE(helpEdit.exitCode, 0);
        QVERIFY(helpEdit.out.contains("--from FILE"));
        QVERIFY(helpEdit.out.contains("--message"));
        const Run editHelp = cli({u"edit"_s, u"--help"_s});
        QCOMPARE(editHelp.exitCode, 0);
        QCOMPARE(editHelp.out, helpEdit.out);

        const Run nothing = cli({});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains("Usage:"));
        QVERIFY(nothing.out.isEmpty());

        const Run unknown = cli({u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("frobnicate"));
        const Run helpUnknown = cli({u"help"_s, u"frobnicate"_s});
        QCOMPARE(helpUnknown.exitCode, 1);
    }

    void initEditShowRoundTrip()
    {
        const QString commons = path(u"round trip"_s);
        const Run init = cli(withProfile({u"init"_s, commons, u"--name"_s, u"Кружок"_s, u"--json"_s}));
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(init.out).object();
        QCOMPARE(created.value(u"path"_s).toString(), commons);
        QCOMPARE(created.value(u"name"_s).toString(), u"Кружок"_s);
        const QString id = created.value(u"id"_s).toString();
        QCOMPARE(id.size(), 40);

        const QByteArray text = "# Привет\n\nA page from a file.\n";
        writeFile(u"page.md"_s, text);
        const Run edit = cli(withProfile(
            {u"edit"_s, commons, u"Заметки/Привет"_s, u"--from"_s, path(u"page.md"_s), u"-m"_s, u"Say hello"_s}));
        QVERIFY2(edit.exitCode == 0, edit.err.constData());
        const QByteArray commit = edit.out.trimmed();
        QCOMPARE(commit.size(), 40);

        const Run show = cli({u"show"_s, commons, u"Заметки/Привет"_s});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.out, text);

        const QByteArray piped = "Second page, from standard input.\n";
        const Run fromStdin = cli(withProfile({u"edit"_s, commons, u"Second"_s, u"-"_s}), piped);
        QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
        QCOMPARE(cli({u"show"_s, commons, u"Second"_s}).out, piped);

        const Run pages = cli({u"pages"_s, commons});
        QCOMPARE(pages.exitCode, 0);
        QCOMPARE(QString::fromUtf8(pages.out), u"Second\nЗаметки/Привет\n"_s);

        if (!cp::test::haveGit())
            QSKIP("git is not installed");
        const auto log = cp::test::runGit(commons, {u"log"_s, u"--format=%H|%an|%s"_s});
        QCOMPARE(log.exitCode, 0);
        const QStringList lines = QString::fromUtf8(log.out).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1], QString::fromLatin1(commit) + u"|Ада Лавлейс|Say hello"_s);
        QCOMPARE(lines[0].section(u'|', 1), u"Ада Лавлейс|Create Second"_s);
        QVERIFY(lines[2].startsWith(id + u'|'));
        QCOMPARE(cp::test::runGit(commons, {u"status"_s, u"--porcelain"_s}).out, QByteArray());
    }

    void jsonOutputParses()
    {
        const QString commons = path(u"json"_s);
        QCOMPARE(cli(withProfile({u"init"_s, commons})).exitCode, 0);
        const Run first = cli(withProfile({u"--json"_s, u"edit"_s, commons, u"A"_s, u"-"_s}), "a\n");
        QCOMPARE(first.exitCode, 0);
        const QJsonObject edited = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(edited.value(u"page"_s).toString(), u"A"_s);
        QCOMPARE(edited.value(u"changed"_s).toBool(), true);
        const QString commit = edited.value(u"commit"_s).toString();
        QCOMPARE(commit.size(), 40);

        // The same text again: no commit, the same id, changed false.
        const Run again = cli(withProfile({u"edit"_s, commons, u"A"_s, u"-"_s, u"--json"_s}), "a\n");
        const QJsonObject unchanged = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(unchanged.value(u"commit"_s).toString(), commit);
        QCOMPARE(unchanged.value(u"changed"_s).toBool(), false);

        QCOMPARE(cli(withProfile({u"edit"_s, commons, u"Б/B"_s, u"-"_s}), "b\n").exitCode, 0);
        QJsonParseError error;
        const QJsonDocument list = QJsonDocument::fromJson(cli({u"pages"_s, commons, u"--json"_s}).out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(list.array(), (QJsonArray{u"A"_s, u"Б/B"_s}));

        const QJsonObject shown = QJsonDocument::fromJson(cli({u"--json"_s, u"show"_s, commons, u"A"_s}).out).object();
        QCOMPARE(shown.value(u"text"_s).toString(), u"a\n"_s);
    }

    void userErrorsExitWithOneAndSaySo()
    {
        const QString commons = path(u"errors"_s);
        QCOMPARE(cli(withProfile({u"init"_s, commons})).exitCode, 0);

        const Run badName = cli(withProfile({u"edit"_s, commons, u"../escape"_s, u"-"_s}), "x");
        QCOMPARE(badName.exitCode, 1);
        QVERIFY(badName.err.contains(".."));
        QVERIFY(badName.out.isEmpty());
        const Run gitName = cli({u"show"_s, commons, u".git/config"_s});
        QCOMPARE(gitName.exitCode, 1);
        QVERIFY(gitName.err.contains(".git"));

        const QString missing = path(u"no such folder"_s);
        const Run noDir = cli({u"pages"_s, missing});
        QCOMPARE(noDir.exitCode, 1);
        QVERIFY(noDir.err.contains(missing.toUtf8()));
        QCOMPARE(cli(withProfile({u"edit"_s, missing, u"A"_s, u"-"_s}), "x").exitCode, 1);

        QVERIFY(QDir().mkpath(path(u"plain"_s)));
        const Run notCommons = cli({u"pages"_s, path(u"plain"_s)});
        QCOMPARE(notCommons.exitCode, 1);
        QVERIFY(notCommons.err.contains("not a commons"));

        const Run missingPage = cli({u"show"_s, commons, u"Nothing"_s});
        QCOMPARE(missingPage.exitCode, 1);
        QVERIFY(missingPage.err.contains("Nothing"));

        const Run noInput = cli(withProfile({u"edit"_s, commons, u"A"_s}));
        QCOMPARE(noInput.exitCode, 1);
        QVERIFY(noInput.err.contains("--from"));
        const Run bothInputs = cli(withProfile({u"edit"_s, commons, u"A"_s, u"-"_s, u"--from"_s, path(u"x"_s)}));
        QCOMPARE(bothInputs.exitCode, 1);
        const Run unreadable = cli(withProfile({u"edit"_s, commons, u"A"_s, u"--from"_s, path(u"missing.md"_s)}));
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY(unreadable.err.contains("missing.md"));

        const Run nonEmpty = cli(withProfile({u"init"_s, commons}));
        QCOMPARE(nonEmpty.exitCode, 1);
        QVERIFY(nonEmpty.err.contains("not empty"));

        const Run tooMany = cli({u"pages"_s, commons, u"extra"_s});
        QCOMPARE(tooMany.exitCode, 1);
        QVERIFY(tooMany.err.contains("extra"));
        const Run badOption = cli({u"pages"_s, commons, u"--frobnicate"_s});
        QCOMPARE(badOption.exitCode, 1);
        QVERIFY(badOption.err.contains("frobnicate"));

        // Nothing was committed by any of the failures.
        if (cp::test::haveGit())
            QCOMPARE(cp::test::runGit(commons, {u"rev-list"_s, u"--count"_s, u"main"_s}).out.trimmed(),
                     QByteArray("1"));
    }

    void internalErrorsExitWithTwo()
    {
        const QString commons = path(u"damaged"_s);
        QCOMPARE(cli(withProfile({u"init"_s, commons})).exitCode, 0);
        QFile index(commons + u"/.git/index"_s);
        QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
        index.write("not an index");
        index.close();
        const Run pages = cli({u"pages"_s, commons});
        QCOMPARE(pages.exitCode, 2);
        QVERIFY(pages.err.contains("index"));
        QVERIFY(pages.out.isEmpty());
    }

    void authorFallsBackToTheLoginName()
    {
        const QString commons = path(u"login"_s);
        const QString emptyProfile = path(u"empty-profile"_s);
        const QMap<QString, QString> env{{u"USER"_s, u"marie"_s}};
        QCOMPARE(cli({u"--profile"_s, emptyProfile, u"init"_s, commons}, {}, env).exitCode, 0);
        QCOMPARE(cli({u"--profile"_s, emptyProfile, u"edit"_s, commons, u"P"_s, u"-"_s}, "p", env).exitCode, 0);
        if (!cp::test::haveGit())
            QSKIP("git is not installed");
        QCOMPARE(cp::test::runGit(commons, {u"log"_s, u"-1"_s, u"--format=%an"_s}).out.trimmed(), QByteArray("marie"));
    }

    void defaultProfileIsSharedWithTheApp()
    {
        const QString commons = path(u"default-profile"_s);
        QCOMPARE(cli({u"init"_s, commons}).exitCode, 0);
        // No --profile: the platform's app-data folder, the one the GUI uses.
        QVERIFY(QFileInfo(path(u"xdg-data/Commonplace/Commonplace"_s)).isDir());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
