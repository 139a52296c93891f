#include "SigningTestSupport.h"
#include "core/crypto/OpenSshKey.h"
#include "core/wiki/AllowedSigners.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::AllowedSigners;
using cp::Identity;
using cp::PublicKey;

class TestAllowedSigners : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QList<PublicKey> sorted(QList<PublicKey> keys)
    {
        std::sort(keys.begin(), keys.end(), [](const PublicKey& a, const PublicKey& b) { return a.did() < b.did(); });
        return keys;
    }

private slots:
    void everySignerOfEveryReference()
    {
        auto repo = cp::git::Repository::init(m_dir.path() + u"/repo"_s);
        QVERIFY(repo);
        auto ada = std::make_shared<const Identity>(Identity::generate());
        auto bob = std::make_shared<const Identity>(Identity::generate());
        auto carol = std::make_shared<const Identity>(Identity::generate());
        auto mallory = std::make_shared<const Identity>(Identity::generate());
        const cp::git::Oid tree = cp::test::treeWith(*repo, u"a.md"_s, "a\n").value();
        const auto commit = [&](const QString& ref, const std::shared_ptr<const Identity>& who, const QString& message,
                                const cp::CommitSigner& signer) {
            const auto parent = repo->resolve(ref).value();
            cp::git::CommitDraft draft{tree, {}, cp::test::personFor(*who, message), {}, message};
            if (parent)
                draft.parents = {*parent};
            return repo->commitOnto(ref, draft, signer).value();
        };
        const QString main = u"refs/heads/main"_s;
        const QString bobsView = u"refs/peers/"_s + bob->publicKey().pid() + u"/heads/main"_s;
        const QString notes = u"refs/notes/reviews"_s;
        commit(main, ada, u"Ada 1"_s, Identity::commitSigner(ada));
        commit(main, ada, u"Ada 2"_s, Identity::commitSigner(ada));
        commit(main, ada, u"plain"_s, {});
        commit(bobsView, bob, u"Bob 1"_s, Identity::commitSigner(bob));
        commit(notes, carol, u"Carol reviews"_s, Identity::commitSigner(carol));
        // Mallory's key on a signature over other content: not a signer of anything here.
        QByteArray stolen;
        (void)cp::test::keeping(Identity::commitSigner(mallory), &stolen)("other content");
        commit(bobsView, bob, u"forged"_s, cp::test::replaying(stolen));

        auto signers = AllowedSigners::signersIn(*repo);
        QVERIFY2(signers, qPrintable(signers ? QString() : signers.error().message));
        QCOMPARE(*signers, sorted({ada->publicKey(), bob->publicKey(), carol->publicKey()}));

        // With this profile's own key, which has signed nothing yet; each key once.
        const Identity me = Identity::generate();
        auto text = AllowedSigners::forRepository(*repo, {me.publicKey(), ada->publicKey()});
        QVERIFY(text);
        const QStringList lines = text->split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(text->endsWith(u'\n'));
        const QList<PublicKey> expected =
            sorted({ada->publicKey(), bob->publicKey(), carol->publicKey(), me.publicKey()});
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines[i], cp::OpenSshKey::allowedSignersLine(expected[i]));
        QVERIFY(!text->contains(mallory->did()));

        if (cp::test::systemGit().isEmpty() || cp::test::systemSshKeygen().isEmpty())
            QSKIP("git or ssh-keygen is not installed: the stock git verify-commit check did not run");
        const QString file = m_dir.path() + u"/allowed_signers"_s;
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text->toUtf8());
        out.close();
        const QStringList verify{u"-c"_s, u"gpg.format=ssh"_s, u"-c"_s, u"gpg.ssh.allowedSignersFile="_s + file,
                                 u"verify-commit"_s};
        const QString dir = repo->workdir();
        for (const QString& ok : QStringList{u"main~1"_s, bobsView + u"~1"_s, notes}) {
            const auto run = cp::test::git(dir, verify + QStringList{ok});
            QVERIFY2(run.exitCode == 0, QByteArray(ok.toUtf8() + ": " + run.err).constData());
        }
        QVERIFY(cp::test::git(dir, verify + QStringList{u"main"_s}).exitCode != 0); // unsigned
        QVERIFY(cp::test::git(dir, verify + QStringList{bobsView}).exitCode != 0);  // forged
    }

    void emptyRepositoryHasNoSigners()
    {
        auto repo = cp::git::Repository::init(m_dir.path() + u"/empty"_s);
        QVERIFY(repo);
        auto signers = AllowedSigners::signersIn(*repo);
        QVERIFY(signers);
        QVERIFY(signers->isEmpty());
        QCOMPARE(AllowedSigners::forRepository(*repo).value(), QString());
    }

    void fileContentIsSortedAndUnique()
    {
        const PublicKey a = Identity::generate().publicKey();
        const PublicKey b = Identity::generate().publicKey();
        const QString text = AllowedSigners::fileContent({b, a, b, PublicKey()});
        const QList<PublicKey> order = sorted({a, b});
        QCOMPARE(text, cp::OpenSshKey::allowedSignersLine(order[0]) + u'\n' +
                           cp::OpenSshKey::allowedSignersLine(order[1]) + u'\n');
        QVERIFY(text.startsWith(order[0].did() + u" namespaces=\"git\" ssh-ed25519 "_s));
        QCOMPARE(AllowedSigners::fileContent({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestAllowedSigners)
#include "tst_allowedsigners.moc"
