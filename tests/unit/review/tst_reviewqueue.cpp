#include "ReviewFixture.h"
#include "core/review/Approver.h"
#include "core/review/ReviewQueue.h"
#include "core/review/TrustPolicy.h"
#include "core/sync/SigRefsStore.h"

using namespace cp;
using cp::test::Peer;
using cp::test::ReviewFixture;

class TestReviewQueue : public QObject
{
    Q_OBJECT

private slots:
    void listsPendingOldestFirst()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        ReviewQueue queue(*f.commons, f.me.key());
        QVERIFY(queue.changes()->isEmpty());
        Peer alice;
        const git::Oid a = f.peerCommit(alice, f.main(), u"A.md"_qs, u"a\n"_qs, u"first"_qs);
        const git::Oid b = f.peerCommit(alice, a, u"B.md"_qs, u"b\n"_qs, u"second"_qs);
        auto changes = queue.changes().value();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].commit, a);
        QCOMPARE(changes[1].commit, b);
        QCOMPARE(changes[1].summary, u"second"_qs);
        QCOMPARE(changes[1].peer, alice.key());
        QCOMPARE(changes[1].paths, QStringList{u"B.md"_qs});
        QVERIFY(changes[1].signature.isSignedByAuthor());
        QCOMPARE(changes[1].signature.signer, alice.key());
        QVERIFY(!changes[1].onRejected);
        QVERIFY(changes[1].verdictSummary().isEmpty());

        auto diffs = queue.diffs(changes[1]).value();
        QCOMPARE(diffs.size(), 1);
        QVERIFY(diffs.first().unifiedText().contains(u"+b"_qs));

        QCOMPARE(queue.change(b.toHex().left(8))->commit, b);
        QVERIFY(!queue.change(u"zz"_qs));
        QCOMPARE(queue.change(u"0000000"_qs).error().kind, Error::Kind::NotFound);
    }

    void verdictsFromOtherPeersCount()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        Peer bob;
        Peer carol;
        const git::Oid c = f.peerCommit(alice, f.main(), u"A.md"_qs, u"a\n"_qs);
        f.peerNote(bob, bob, c, ReviewNote::Verdict::Accept);
        f.peerNote(carol, carol, c, ReviewNote::Verdict::Reject, u"no"_qs);
        ReviewQueue queue(*f.commons, f.me.key());
        auto change = queue.changes().value().first();
        QCOMPARE(change.acceptedCount(), 1);
        QCOMPARE(change.rejectedCount(), 1);
        QCOMPARE(change.verdictSummary(), u"accepted by 1, rejected by 1"_qs);
        bool sawCarol = false;
        for (const ReviewNote& n : change.verdicts)
            if (n.reviewer == carol.key())
                sawCarol = n.comment == u"no"_qs && n.verdict == ReviewNote::Verdict::Reject;
        QVERIFY(sawCarol);
        // A rejection by someone else leaves the change in my queue.
        QCOMPARE(queue.changes()->size(), 1);
    }

    void forgedNoteIgnored()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        Peer bob;
        Peer mallory;
        const git::Oid c = f.peerCommit(alice, f.main(), u"A.md"_qs, u"a\n"_qs);
        f.peerNote(bob, mallory, c, ReviewNote::Verdict::Reject, u"forged"_qs); // in bob's ref, signed by mallory
        ReviewQueue queue(*f.commons, f.me.key());
        QVERIFY(queue.verdicts(c)->isEmpty());
        // A tampered note (comment changed after signing) is ignored as well.
        const QString ref = u"refs/peers/"_qs + bob.key().pid() + u"/notes/reviews"_qs;
        QByteArray text = ReviewNote::make(c, ReviewNote::Verdict::Accept, u"ok"_qs, bob.key(), bob.signer()).value();
        QVERIFY(ReviewNote::parse(text, c));
        QVERIFY(!ReviewNote::parse(text, f.main())); // about another commit
        text.replace("\"ok\"", "\"ko\"");
        QVERIFY(!ReviewNote::parse(text, c));
        QVERIFY(git::Notes::write(f.repo(), ref, c, text, Commons::signatureFor({u"B"_qs, {}})));
        QVERIFY(queue.verdicts(c)->isEmpty());
        // A note in my own ref signed by someone else is no rejection of mine.
        f.peerNote(bob, bob, c, ReviewNote::Verdict::Accept);
        const QByteArray foreign =
            ReviewNote::make(c, ReviewNote::Verdict::Reject, u"x"_qs, mallory.key(), mallory.signer()).value();
        QVERIFY(git::Notes::write(f.repo(), ReviewQueue::MyNotesRef, c, foreign, Commons::signatureFor({})));
        QVERIFY(queue.rejected()->isEmpty());
        QCOMPARE(queue.changes()->size(), 1);
        QCOMPARE(queue.verdicts(c)->size(), 1);
    }

    void myNotesArePartOfMySignedRefs()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        const git::Oid c = f.peerCommit(alice, f.main(), u"A.md"_qs, u"a\n"_qs);
        QVERIFY(Approver(*f.commons, f.me.key()).reject(c, u"no thanks"_qs));
        const git::Oid notes = *f.repo().resolve(ReviewQueue::MyNotesRef).value();
        sync::SigRefsStore store(f.repo());
        const git::Oid commonsId = git::Oid::fromHex(f.commons->id()).value();
        auto record = store.updateOwn(*f.me.identity, commonsId, QDateTime::currentSecsSinceEpoch()).value();
        QVERIFY(record);
        QCOMPARE(record->refs().value(ReviewQueue::MyNotesRef), notes);
        QCOMPARE(record->refs().value(u"refs/heads/main"_qs), f.main());
    }

    void blockedPeerQueuesNothing()
    {
        ReviewFixture f;
        QVERIFY(f.setUp());
        Peer alice;
        f.peerCommit(alice, f.main(), u"A.md"_qs, u"a\n"_qs);
        auto policy = TrustPolicy::load(f.repo().gitDir()).value();
        QCOMPARE(policy.level(alice.key()), TrustPolicy::Level::Review);
        QVERIFY(policy.set(alice.key(), TrustPolicy::Level::Block));
        QCOMPARE(TrustPolicy::load(f.repo().gitDir())->level(alice.key()), TrustPolicy::Level::Block);
        ReviewQueue queue(*f.commons, f.me.key());
        QVERIFY(queue.changes()->isEmpty());
        QCOMPARE(queue.peers()->size(), 1);
        Approver approver(*f.commons, f.me.key());
        QCOMPARE(approver.autoAccept().value(), 0);
        QVERIFY(policy.set(alice.key(), TrustPolicy::Level::Review));
        QCOMPARE(queue.changes()->size(), 1);
        QCOMPARE(TrustPolicy::fromKey(u"auto"_qs), TrustPolicy::Level::Auto);
        QVERIFY(!TrustPolicy::fromKey(u"sometimes"_qs));
    }
};

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
