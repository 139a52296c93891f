#include "ReviewFixture.h"
#include "core/git/Merge.h"
#include "core/review/Approver.h"
#include "core/review/ReviewQueue.h"
#include "core/review/TrustPolicy.h"
#include "core/wiki/CommitVerifier.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace cp;
using cp::test::Peer;
using cp::test::ReviewFixture;

class TestApprover : public QObject
{
    Q_OBJECT

private slots:
    void fastForward()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        const git::Oid c = f.peerCommit(alice, f.main(), u"Alice.md"_qs, u"hello\n"_qs);
        ReviewQueue queue(*f.commons, f.me.key());
        QCOMPARE(queue.changes()->size(), 1);

        QSignalSpy moved(f.commons.get(), &Commons::headChanged);
        Approver approver(*f.commons, f.me.key());
        auto outcome = approver.approve(c);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->kind, ApprovalOutcome::Kind::FastForward);
        QCOMPARE(f.main(), c);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(f.file(u"Alice.md"_qs), u"hello\n"_qs);
        QVERIFY(queue.changes()->isEmpty());
        auto verdicts = queue.verdicts(c);
        QCOMPARE(verdicts->size(), 1);
        QCOMPARE(verdicts->first().verdict, ReviewNote::Verdict::Accept);
        QCOMPARE(verdicts->first().reviewer, f.me.key());
    }

    void mergeMakesSignedCommit()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        const git::Oid root = f.main();
        QVERIFY(f.commons->pages().save(PageName::fromTitle(u"Mine"_qs).value(), u"my text\n"_qs));
        const git::Oid mine = f.main();
        const git::Oid c = f.peerCommit(alice, root, u"Alice.md"_qs, u"theirs\n"_qs);

        Approver approver(*f.commons, f.me.key());
        auto outcome = approver.approve(c);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, ApprovalOutcome::Kind::Merged);
        auto merge = f.repo().lookupCommit(f.main()).value();
        QCOMPARE(merge.parentIds(), (QList<git::Oid>{mine, c}));
        CommitVerifier verifier(f.repo());
        auto verified = verifier.verify(merge).value();
        QVERIFY(verified.isVerified());
        QCOMPARE(verified.signer, f.me.key());
        QCOMPARE(f.file(u"Alice.md"_qs), u"theirs\n"_qs);
        QCOMPARE(f.file(u"Mine.md"_qs), u"my text\n"_qs);
    }

    void conflictResolved()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        const git::Oid root = f.main();
        QVERIFY(f.commons->pages().save(PageName::fromTitle(u"Page"_qs).value(), u"mine\n"_qs));
        const git::Oid c = f.peerCommit(alice, root, u"Page.md"_qs, u"theirs\n"_qs);

        auto outcome = Approver(*f.commons, f.me.key()).approve(c); // the resolution outlives its Approver
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, ApprovalOutcome::Kind::Conflict);
        auto resolution = outcome->resolution;
        QCOMPARE(resolution->paths(), QStringList{u"Page.md"_qs});
        QCOMPARE(resolution->mine(u"Page.md"_qs).value(), u"mine\n"_qs);
        QCOMPARE(resolution->theirs(u"Page.md"_qs).value(), u"theirs\n"_qs);
        QCOMPARE(resolution->base(u"Page.md"_qs).value(), QString());
        QVERIFY(resolution->merged(u"Page.md"_qs).contains(u"<<<<<<< mine"_qs));
        QVERIFY(!resolution->commit()); // unresolved: nothing committed
        QVERIFY(!resolution->resolve(u"Other.md"_qs, u"x"_qs));
        const git::Oid before = f.main();
        QCOMPARE(f.main(), before);

        QVERIFY(resolution->resolve(u"Page.md"_qs, u"both\n"_qs));
        auto head = resolution->commit();
        QVERIFY2(head, qPrintable(head ? QString() : head.error().message));
        QCOMPARE(f.main(), *head);
        QCOMPARE(f.repo().lookupCommit(*head)->parentIds(), (QList<git::Oid>{before, c}));
        QCOMPARE(f.file(u"Page.md"_qs), u"both\n"_qs);
        ReviewQueue queue(*f.commons, f.me.key());
        QVERIFY(queue.changes()->isEmpty());
    }

    void conflictCancelled()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        const git::Oid root = f.main();
        QVERIFY(f.commons->pages().save(PageName::fromTitle(u"Page"_qs).value(), u"mine\n"_qs));
        const git::Oid before = f.main();
        const git::Oid c = f.peerCommit(alice, root, u"Page.md"_qs, u"theirs\n"_qs);
        {
            Approver approver(*f.commons, f.me.key());
            auto outcome = approver.approve(c);
            QVERIFY(outcome);
            QCOMPARE(outcome->kind, ApprovalOutcome::Kind::Conflict);
            outcome->resolution->cancel();
        }
        QCOMPARE(f.main(), before);
        QCOMPARE(f.file(u"Page.md"_qs), u"mine\n"_qs);
        ReviewQueue queue(*f.commons, f.me.key());
        QCOMPARE(queue.changes()->size(), 1);
        QVERIFY(queue.verdicts(c)->isEmpty());
    }

    void rejectThenBuildOnRejected()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        const git::Oid root = f.main();
        const git::Oid x = f.peerCommit(alice, root, u"Bad.md"_qs, u"spam\n"_qs);
        Approver approver(*f.commons, f.me.key());
        QVERIFY(!approver.reject(x, u"  "_qs)); // a comment is required
        QVERIFY(approver.reject(x, u"Spam, please don't"_qs));
        ReviewQueue queue(*f.commons, f.me.key());
        QVERIFY(queue.changes()->isEmpty());

        const git::Oid y = f.peerCommit(alice, x, u"Good.md"_qs, u"useful\n"_qs);
        auto changes = queue.changes().value();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().commit, y);
        QVERIFY(changes.first().onRejected);
        QCOMPARE(changes.first().paths, QStringList{u"Good.md"_qs});

        auto outcome = approver.approve(y);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, ApprovalOutcome::Kind::CherryPicked);
        auto picked = f.repo().lookupCommit(f.main()).value();
        QCOMPARE(picked.parentIds(), QList<git::Oid>{root});
        QVERIFY(!git::Merge::isAncestor(f.repo(), x, f.main()).value());
        QCOMPARE(f.file(u"Good.md"_qs), u"useful\n"_qs);
        QVERIFY(!QFile::exists(f.commons->path() + u"/Bad.md"_qs));
        QVERIFY(queue.changes()->isEmpty());
        QVERIFY(!approver.reject(f.main(), u"too late"_qs)); // in my view already

        // Stock git shows the verdict with the commit.
        const QString git = QStandardPaths::findExecutable(u"git"_qs);
        if (git.isEmpty())
            QSKIP("git is not installed");
        QProcess log;
        log.setWorkingDirectory(f.commons->path());
        log.start(git, {u"log"_qs, u"--notes=reviews"_qs, u"-1"_qs, x.toHex()});
        QVERIFY(log.waitForFinished());
        const QString out = QString::fromUtf8(log.readAllStandardOutput());
        QVERIFY2(out.contains(u"Spam, please don't"_qs), qPrintable(out));
        QVERIFY(out.contains(u"\"verdict\":\"reject\""_qs));
    }

    void approvePeerTakesEverything()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        const git::Oid a = f.peerCommit(alice, f.main(), u"A.md"_qs, u"a\n"_qs);
        const git::Oid b = f.peerCommit(alice, a, u"B.md"_qs, u"b\n"_qs);
        Approver approver(*f.commons, f.me.key());
        auto outcome = approver.approvePeer(alice.key());
        QVERIFY(outcome);
        QCOMPARE(f.main(), b);
        ReviewQueue queue(*f.commons, f.me.key());
        QCOMPARE(queue.verdicts(a)->size(), 1); // both got an accept note
        QCOMPARE(queue.verdicts(b)->size(), 1);
    }

    void autoAccept()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        Peer bob;
        const git::Oid a = f.peerCommit(alice, f.main(), u"A.md"_qs, u"a\n"_qs);
        f.peerCommit(bob, f.main(), u"B.md"_qs, u"b\n"_qs);
        auto policy = TrustPolicy::load(f.repo().gitDir()).value();
        QVERIFY(policy.set(alice.key(), TrustPolicy::Level::Auto));
        Approver approver(*f.commons, f.me.key());
        QCOMPARE(approver.autoAccept().value(), 1);
        QCOMPARE(f.main(), a);
        ReviewQueue queue(*f.commons, f.me.key());
        auto left = queue.changes().value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().peer, bob.key());
        QCOMPARE(approver.autoAccept().value(), 0);

        // The Node's entry point: opens the commons itself and signs as the identity.
        const git::Oid a2 = f.peerCommit(alice, a, u"A2.md"_qs, u"a2\n"_qs);
        auto count = Approver::autoAcceptAt(f.commons->path(), f.me.identity, u"Me"_qs);
        QVERIFY2(count, qPrintable(count ? QString() : count.error().message));
        QCOMPARE(*count, 1);
        QCOMPARE(f.main(), a2);
        QCOMPARE(queue.verdicts(a2)->first().reviewer, f.me.key());
        QVERIFY(!Approver::autoAcceptAt(f.dir.path() + u"/missing"_qs, f.me.identity));
    }

    void autoAcceptNeverOverUncommittedWork()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        const git::Oid before = f.main();
        const git::Oid a = f.peerCommit(alice, before, u"A.md"_qs, u"from alice\n"_qs);
        QVERIFY(TrustPolicy::load(f.repo().gitDir()).value().set(alice.key(), TrustPolicy::Level::Auto));
        auto write = [&](const QString& path, const QByteArray& text) {
            QFile file(f.commons->path() + u'/' + path);
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };

        // An edit of mine to the same file, not committed (say the GUI has it open): refused, queued.
        QVERIFY(write(u"A.md"_qs, "mine, not committed\n"));
        QCOMPARE(Approver::autoAcceptAt(f.commons->path(), f.me.identity, u"Me"_qs).value(), 0);
        QCOMPARE(f.main(), before);
        QCOMPARE(f.file(u"A.md"_qs), u"mine, not committed\n"_qs);
        ReviewQueue queue(*f.commons, f.me.key());
        QCOMPARE(queue.changes()->size(), 1);
        QVERIFY(queue.verdicts(a)->isEmpty());

        // Approving it by hand is refused the same way, with the file named; nothing moves.
        auto byHand = Approver(*f.commons, f.me.key()).approve(a);
        QVERIFY(!byHand);
        QCOMPARE(byHand.error().kind, Error::Kind::Conflict);
        QVERIFY(byHand.error().message.contains(u"A.md"_qs));
        QCOMPARE(f.main(), before);
        QCOMPARE(f.file(u"A.md"_qs), u"mine, not committed\n"_qs);

        // An uncommitted edit elsewhere is no obstacle; once mine is gone, it goes through.
        QVERIFY(QFile::remove(f.commons->path() + u"/A.md"_qs));
        QVERIFY(write(u"Other.md"_qs, "elsewhere\n"));
        QCOMPARE(Approver::autoAcceptAt(f.commons->path(), f.me.identity, u"Me"_qs).value(), 1);
        QCOMPARE(f.main(), a);
        QCOMPARE(f.file(u"A.md"_qs), u"from alice\n"_qs);
        QCOMPARE(f.file(u"Other.md"_qs), u"elsewhere\n"_qs);
    }
};

QTEST_GUILESS_MAIN(TestApprover)
#include "tst_approver.moc"
