#include "CliProcess.h"
#include "ReviewFixture.h"
#include "core/review/ReviewQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cp;
using cp::test::Peer;

using Run = cp::test::CliRun;

// `commonplace-cli review …` and `trust …` on a commons whose peer views are made here.
class TestReviewCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_commons;

    QString path(const QString& relative) const { return m_dir.path() + u'/' + relative; }

    Run cli(const QStringList& args)
    {
        return cp::test::runProcess(QStringLiteral(CLI_PATH), QStringList{u"--profile"_qs, path(u"profile"_qs)} + args,
                                    cp::test::isolatedEnvironment(m_dir.path()), {}, 30000);
    }

    // A commit by `peer` on main setting `file`, published as its view.
    git::Oid offer(const Peer& peer, const std::optional<git::Oid>& on, const QString& file, const QString& text)
    {
        auto commons = Commons::open(m_commons).value();
        git::Repository& repo = commons->repository();
        const git::Oid parent = on ? *on : *repo.resolve(u"refs/heads/main"_qs).value();
        auto parentCommit = repo.lookupCommit(parent).value();
        auto tree = repo.lookupTree(parentCommit.treeId()).value();
        auto builder = repo.treeBuilder(&tree).value();
        (void)builder.insert(file, repo.writeBlob(text.toUtf8()).value());
        git::CommitDraft draft{
            builder.write().value(), {parent}, Commons::signatureFor(peer.author(u"P"_qs)), {}, u"edit "_qs + file};
        const git::Oid id = repo.createCommit(draft, peer.signer()).value();
        const QString ref = u"refs/peers/"_qs + peer.key().pid() + u"/heads/main"_qs;
        (void)repo.updateReference(ref, id, repo.resolve(ref).value(), u"test"_qs);
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_commons = path(u"wiki"_qs);
        const Run init = cli({u"init"_qs, m_commons});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void listRejectApprove()
    {
        Peer alice;
        const git::Oid x = offer(alice, std::nullopt, u"X.md"_qs, u"x\n"_qs);
        Run list = cli({u"--json"_qs, u"review"_qs, u"list"_qs, m_commons});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QJsonArray changes = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][u"commit"_qs].toString(), x.toHex());
        QCOMPARE(changes[0][u"peer"_qs].toString(), alice.key().did());
        QCOMPARE(changes[0][u"signature"_qs].toString(), u"verified"_qs);

        Run show = cli({u"review"_qs, u"show"_qs, m_commons, x.toShortHex(8)});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        QVERIFY(show.out.contains("+x"));

        QCOMPARE(cli({u"review"_qs, u"reject"_qs, m_commons, x.toShortHex(8)}).exitCode, 1); // no reason
        Run reject = cli({u"review"_qs, u"reject"_qs, m_commons, x.toShortHex(8), u"-m"_qs, u"not now"_qs});
        QVERIFY2(reject.exitCode == 0, reject.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cli({u"--json"_qs, u"review"_qs, u"list"_qs, m_commons}).out).array().size(),
                 0);

        const git::Oid y = offer(alice, x, u"Y.md"_qs, u"y\n"_qs);
        Run approve = cli({u"review"_qs, u"approve"_qs, m_commons, u"--peer"_qs, alice.key().pid()});
        QVERIFY2(approve.exitCode == 0, approve.err.constData());
        auto commons = Commons::open(m_commons).value();
        QVERIFY(QFile::exists(m_commons + u"/Y.md"_qs));
        QVERIFY(!QFile::exists(m_commons + u"/X.md"_qs));
        auto head = commons->repository().lookupCommit(git::Oid::fromHex(commons->head()).value()).value();
        QVERIFY(head.message().contains(y.toHex()));
        QCOMPARE(cli({u"review"_qs, u"show"_qs, m_commons, u"ffffffff"_qs}).exitCode, 1);
    }

    void trust()
    {
        Peer bob;
        offer(bob, std::nullopt, u"B.md"_qs, u"b\n"_qs);
        QCOMPARE(cli({u"trust"_qs, m_commons, bob.key().did(), u"sometimes"_qs}).exitCode, 1);
        Run block = cli({u"trust"_qs, m_commons, bob.key().did(), u"block"_qs});
        QVERIFY2(block.exitCode == 0, block.err.constData());
        QVERIFY(cli({u"trust"_qs, m_commons, bob.key().pid()}).out.contains("block"));
        QCOMPARE(QJsonDocument::fromJson(cli({u"--json"_qs, u"review"_qs, u"list"_qs, m_commons}).out).array().size(),
                 0);
        QVERIFY(cli({u"trust"_qs, m_commons, bob.key().did(), u"review"_qs}).exitCode == 0);
        QCOMPARE(QJsonDocument::fromJson(cli({u"--json"_qs, u"review"_qs, u"list"_qs, m_commons}).out).array().size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
