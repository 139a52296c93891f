// The signing commands of the real commonplace-cli, run as a separate process:
// id, identity export/import, allowed-signers, verify, and the signatures that
// init and edit put on their commits, checked with stock git.
#include "CliProcess.h"
#include "SigningTestSupport.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/OpenSshKey.h"
#include "core/git/Commit.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

using Run = cp::test::CliRun;

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestSigningCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& relative) const { return m_dir.path() + u'/' + relative; }

    Run cli(const QStringList& args, const QByteArray& input = {}, const QMap<QString, QString>& env = {})
    {
        return cp::test::runProcess(QStringLiteral(CLI_PATH), args,
                                    cp::test::isolatedEnvironment(m_dir.path(), env, {u"COMMONPLACE_PASSPHRASE"_s}),
                                    input, 60000);
    }

    Run cliIn(const QString& profile, const QStringList& args, const QByteArray& input = {},
              const QMap<QString, QString>& env = {})
    {
        return cli(QStringList{u"--profile"_s, path(profile)} + args, input, env);
    }

    QString idOf(const QString& profile)
    {
        const Run run = cliIn(profile, {u"id"_s});
        return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
    }

    void writeFile(const QString& relative, const QByteArray& content)
    {
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QJsonObject verifyJson(const QString& commons, const QString& rev, int* exitCode)
    {
        const Run run = cli({u"--json"_s, u"verify"_s, commons, rev});
        *exitCode = run.exitCode;
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void initTestCase() { QVERIFY(QFileInfo(QStringLiteral(CLI_PATH)).isExecutable()); }

    void idIsStableWithinAProfileAndDiffersAcrossProfiles()
    {
        const Run first = cliIn(u"p-stable"_s, {u"id"_s});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QString id = QString::fromUtf8(first.out).trimmed();
        QVERIFY2(id.startsWith(u"did:key:z6Mk"_s), qPrintable(id));
        QCOMPARE(first.out.count('\n'), 1);
        // The first time, the person is told once that the key lives in a file.
        QVERIFY2(first.err.contains("identity.key"), first.err.constData());

        const Run second = cliIn(u"p-stable"_s, {u"id"_s});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(QString::fromUtf8(second.out).trimmed(), id);
        QVERIFY2(second.err.isEmpty(), second.err.constData());

        const QString other = idOf(u"p-other"_s);
        QVERIFY(other.startsWith(u"did:key:z6Mk"_s));
        QVERIFY(other != id);
    }

    void idJsonDescribesTheKey()
    {
        QVERIFY(QDir().mkpath(path(u"p-json"_s)));
        const Run run = cliIn(u"p-json"_s, {u"id"_s, u"--json"_s}, {}, {{u"USER"_s, u"marie"_s}});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString id = o.value(u"id"_s).toString();
        QVERIFY(id.startsWith(u"did:key:z6Mk"_s));
        QCOMPARE(u"did:key:"_s + o.value(u"pid"_s).toString(), id);
        QVERIFY(id.endsWith(o.value(u"shortId"_s).toString()));
        QCOMPARE(o.value(u"name"_s).toString(), u"marie"_s);
        QCOMPARE(o.value(u"storage"_s).toString(), u"file"_s);
        QCOMPARE(o.value(u"created"_s).toBool(), true);
        auto key = cp::OpenSshKey::parsePublicKeyLine(o.value(u"publicKey"_s).toString());
        QVERIFY(key);
        QCOMPARE(key->did(), id);
        const QString keyFile = o.value(u"keyFile"_s).toString();
        QCOMPARE(keyFile, path(u"p-json/identity.key"_s));
        QCOMPARE(modeOf(keyFile), 0600);
        // Never the secret.
        QVERIFY(!run.out.contains("PRIVATE"));

        const QJsonObject again = QJsonDocument::fromJson(cliIn(u"p-json"_s, {u"--json"_s, u"id"_s}).out).object();
        QCOMPARE(again.value(u"id"_s).toString(), id);
        QCOMPARE(again.value(u"created"_s).toBool(), false);
    }

    void cliCommitsAreSignedAndStockGitVerifiesThem()
    {
        const QString commons = path(u"signed commons"_s);
        const Run init = cliIn(u"p-ada"_s, {u"init"_s, commons, u"--name"_s, u"Circle"_s});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const Run edit = cliIn(u"p-ada"_s, {u"edit"_s, commons, u"Notes"_s, u"-"_s, u"-m"_s, u"Add notes"_s}, "hi\n");
        QVERIFY2(edit.exitCode == 0, edit.err.constData());
        const QString ada = idOf(u"p-ada"_s);

        // Our verifier: both the edit and the root commit, signed by this profile.
        for (const QString& rev : {u"HEAD"_s, u"HEAD~1"_s}) {
            int code = -1;
            const QJsonObject verdict = verifyJson(commons, rev, &code);
            QCOMPARE(code, 0);
            QCOMPARE(verdict.value(u"state"_s).toString(), u"verified"_s);
            QCOMPARE(verdict.value(u"signer"_s).toString(), ada);
            QCOMPARE(verdict.value(u"author"_s).toObject().value(u"email"_s).toString(), ada);
            QCOMPARE(verdict.value(u"signedByAuthor"_s).toBool(), true);
        }
        const Run text = cli({u"verify"_s, commons});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("verified") && text.out.contains(ada.toUtf8()), text.out.constData());

        // Stock git, exactly as a member would run it.
        if (cp::test::systemGit().isEmpty() || cp::test::systemSshKeygen().isEmpty())
            QSKIP("git or ssh-keygen is not installed: the stock git verify-commit check did not run");
        const Run signers = cliIn(u"p-ada"_s, {u"allowed-signers"_s, commons});
        QVERIFY2(signers.exitCode == 0, signers.err.constData());
        QCOMPARE(signers.out,
                 (cp::OpenSshKey::allowedSignersLine(cp::PublicKey::fromDid(ada).value()) + u'\n').toUtf8());
        writeFile(u"allowed_signers"_s, signers.out);
        const QStringList verify{u"-c"_s, u"gpg.format=ssh"_s, u"-c"_s,
                                 u"gpg.ssh.allowedSignersFile="_s + path(u"allowed_signers"_s), u"verify-commit"_s};
        for (const QString& rev : {u"HEAD"_s, u"HEAD~1"_s}) {
            const auto run = cp::test::git(commons, verify + QStringList{rev});
            QVERIFY2(run.exitCode == 0, QByteArray(rev.toUtf8() + ": " + run.err).constData());
            QVERIFY2(run.err.contains(ada.toUtf8()), run.err.constData());
        }
        // An allowed-signers file from another profile names that profile too.
        const Run fromBob = cliIn(u"p-bob"_s, {u"allowed-signers"_s, commons});
        QCOMPARE(fromBob.exitCode, 0);
        QCOMPARE(fromBob.out.count('\n'), 2);
        QVERIFY(fromBob.out.contains(idOf(u"p-bob"_s).toUtf8()));
    }

    void verifyReportsUnsignedAndBadCommits()
    {
        if (cp::test::systemGit().isEmpty())
            QSKIP("git is not installed: unsigned and rewritten commits could not be made");
        const QString commons = path(u"tampered"_s);
        QCOMPARE(cliIn(u"p-ada"_s, {u"init"_s, commons}).exitCode, 0);
        const QString root = QString::fromLatin1(cp::test::git(commons, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed());

        // A commit made with plain git: unsigned, exit 1.
        writeFile(u"tampered/Plain.md"_s, "plain\n");
        QCOMPARE(cp::test::git(commons, {u"add"_s, u"Plain.md"_s}).exitCode, 0);
        QCOMPARE(cp::test::git(commons, {u"-c"_s, u"user.name=P"_s, u"-c"_s, u"user.email=p@example.org"_s, u"commit"_s,
                                         u"-q"_s, u"-m"_s, u"plain"_s})
                     .exitCode,
                 0);
        int code = -1;
        QCOMPARE(verifyJson(commons, u"HEAD"_s, &code).value(u"state"_s).toString(), u"unsigned"_s);
        QCOMPARE(code, 1);
        const Run unsignedText = cli({u"verify"_s, commons});
        QCOMPARE(unsignedText.exitCode, 1);
        QVERIFY(unsignedText.out.contains("unsigned"));

        // The signed root commit with its message changed: bad, exit 1, the reason said.
        QByteArray raw = cp::test::git(commons, {u"cat-file"_s, u"commit"_s, root}).out;
        QVERIFY(raw.contains("gpgsig "));
        raw.append("Sneaked in.\n");
        const auto rewritten =
            cp::test::git(commons, {u"hash-object"_s, u"-t"_s, u"commit"_s, u"-w"_s, u"--stdin"_s}, raw);
        QCOMPARE(rewritten.exitCode, 0);
        const QString bad = QString::fromLatin1(rewritten.out.trimmed());
        const QJsonObject verdict = verifyJson(commons, bad, &code);
        QCOMPARE(code, 1);
        QCOMPARE(verdict.value(u"state"_s).toString(), u"bad"_s);
        QVERIFY(!verdict.value(u"reason"_s).toString().isEmpty());
        QCOMPARE(verdict.value(u"signer"_s).toString(), idOf(u"p-ada"_s));
        const Run badText = cli({u"verify"_s, commons, bad.left(12)});
        QCOMPARE(badText.exitCode, 1);
        QVERIFY2(badText.out.contains("Bad signature"), badText.out.constData());

        // A name that is no commit.
        const Run unknown = cli({u"verify"_s, commons, u"no-such-rev"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no-such-rev"));
    }

    void verifyShowsTheRealSignerOfAMisattributedCommit()
    {
        const QString commons = path(u"misattributed"_s);
        QCOMPARE(cliIn(u"p-ada"_s, {u"init"_s, commons}).exitCode, 0);
        const QString ada = idOf(u"p-ada"_s);
        const QString bob = idOf(u"p-bob"_s);
        // Ada, with her own key from her profile, commits in Bob's name.
        auto key = cp::KeyFile::read(path(u"p-ada/identity.key"_s));
        QVERIFY(key);
        auto signer = std::make_shared<const cp::Identity>(std::move(*key));
        auto repo = cp::git::Repository::open(commons);
        QVERIFY(repo);
        const auto head = repo->resolve(u"refs/heads/main"_s).value().value();
        const auto tree = repo->lookupCommit(head).value().treeId();
        QVERIFY(repo->commitOnto(u"refs/heads/main"_s,
                                 {tree, {head}, cp::test::person(u"Bob"_s, bob), {}, u"Bob says so"_s},
                                 cp::Identity::commitSigner(signer)));

        int code = -1;
        const QJsonObject verdict = verifyJson(commons, u"HEAD"_s, &code);
        QCOMPARE(code, 0); // the signature itself is good…
        QCOMPARE(verdict.value(u"state"_s).toString(), u"verified"_s);
        QCOMPARE(verdict.value(u"signer"_s).toString(), ada); // …and it is Ada's
        QCOMPARE(verdict.value(u"author"_s).toObject().value(u"key"_s).toString(), bob);
        QCOMPARE(verdict.value(u"signedByAuthor"_s).toBool(), false);
        const Run text = cli({u"verify"_s, commons});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QString(u"signed by "_s + ada).toUtf8()), text.out.constData());
        QVERIFY2(text.out.contains("does not name the signer"), text.out.constData());
    }

    void exportAndImportWithAPassphrase()
    {
        const QString ada = idOf(u"p-export"_s);
        QVERIFY(!ada.isEmpty());
        writeFile(u"passphrase"_s, "correct horse battery staple\n");
        const QString sealed = path(u"ada.identity"_s);
        const Run exported =
            cliIn(u"p-export"_s, {u"identity"_s, u"export"_s, sealed, u"--passphrase-file"_s, path(u"passphrase"_s)});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.out.contains(ada.toUtf8()));
        QCOMPARE(modeOf(sealed), 0600);
        QFile file(sealed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("-----BEGIN COMMONPLACE IDENTITY-----"));
        QVERIFY(!text.contains("correct horse"));

        // Not over an existing file.
        const Run again =
            cliIn(u"p-export"_s, {u"identity"_s, u"export"_s, sealed, u"--passphrase-file"_s, path(u"passphrase"_s)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));

        // A wrong passphrase: exit 1, a clear message, and the new profile gets no identity.
        const Run wrong = cliIn(u"p-import"_s, {u"identity"_s, u"import"_s, sealed}, {},
                                {{u"COMMONPLACE_PASSPHRASE"_s, u"wrong horse"_s}});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("Wrong passphrase"), wrong.err.constData());
        QVERIFY(wrong.out.isEmpty());
        QVERIFY(!QFileInfo::exists(path(u"p-import/identity.key"_s)));

        // The right one, from the environment: the new profile signs as Ada.
        const Run right = cliIn(u"p-import"_s, {u"identity"_s, u"import"_s, sealed}, {},
                                {{u"COMMONPLACE_PASSPHRASE"_s, u"correct horse battery staple"_s}});
        QVERIFY2(right.exitCode == 0, right.err.constData());
        QCOMPARE(idOf(u"p-import"_s), ada);
        QCOMPARE(modeOf(path(u"p-import/identity.key"_s)), 0600);

        // A profile with an identity of its own keeps it unless told to replace it.
        const QString bob = idOf(u"p-replace"_s);
        QVERIFY(bob != ada);
        const QStringList import{u"identity"_s, u"import"_s, sealed, u"--passphrase-file"_s, path(u"passphrase"_s)};
        const Run refused = cliIn(u"p-replace"_s, import);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--replace"), refused.err.constData());
        QCOMPARE(idOf(u"p-replace"_s), bob);
        const Run replaced = cliIn(u"p-replace"_s, import + QStringList{u"--replace"_s});
        QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
        QCOMPARE(idOf(u"p-replace"_s), ada);
    }

    void identityRefusesBadInput()
    {
        const Run action = cliIn(u"p-bad"_s, {u"identity"_s, u"frobnicate"_s, path(u"x"_s)});
        QCOMPARE(action.exitCode, 1);
        QVERIFY(action.err.contains("frobnicate"));
        const Run missing = cliIn(u"p-bad"_s, {u"identity"_s, u"import"_s, path(u"no such file"_s)}, {},
                                  {{u"COMMONPLACE_PASSPHRASE"_s, u"x"_s}});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no such file"));
        writeFile(u"not-an-export"_s, "hello\n");
        const Run garbage = cliIn(u"p-bad"_s, {u"identity"_s, u"import"_s, path(u"not-an-export"_s)}, {},
                                  {{u"COMMONPLACE_PASSPHRASE"_s, u"x"_s}});
        QCOMPARE(garbage.exitCode, 1);
        writeFile(u"empty-passphrase"_s, "\n");
        const Run empty = cliIn(u"p-bad"_s, {u"identity"_s, u"export"_s, path(u"out.identity"_s),
                                             u"--passphrase-file"_s, path(u"empty-passphrase"_s)});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path(u"out.identity"_s)));
        // No passphrase on the command line: there is no option for it.
        const Run argv =
            cliIn(u"p-bad"_s, {u"identity"_s, u"export"_s, path(u"out.identity"_s), u"--passphrase"_s, u"secret"_s});
        QCOMPARE(argv.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path(u"out.identity"_s)));
    }

    void allowedSignersAndVerifyNeedACommons()
    {
        QVERIFY(QDir().mkpath(path(u"plain folder"_s)));
        QCOMPARE(cliIn(u"p-ada"_s, {u"allowed-signers"_s, path(u"plain folder"_s)}).exitCode, 1);
        QCOMPARE(cli({u"verify"_s, path(u"plain folder"_s)}).exitCode, 1);
        QCOMPARE(cli({u"verify"_s}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestSigningCli)
#include "tst_signingcli.moc"
