#include "core/git/Repository.h"
#include "core/sync/SigRefsStore.h"
#include "unit/sync/SyncTestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Error;
using cp::sync::SignedRefs;
using cp::sync::SigRefsStore;

class TestSigRefsStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<cp::git::Repository> m_holder;
    cp::git::Repository* m_repo = nullptr;
    cp::git::Oid m_commonsId;
    cp::Identity m_me = cp::test::identityFromByte('\x11');
    cp::Identity m_peer = cp::test::identityFromByte('\x22');

    cp::git::Repository& repo() { return *m_repo; }
    QString head() { return repo().resolve(u"refs/heads/main"_s)->value().toHex(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto root = cp::test::makeCommonsRepo(m_dir.path() + u"/c"_s, &m_repo, m_holder);
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        m_commonsId = *root;
    }

    void cleanup()
    {
        m_holder.reset();
        QDir(m_dir.path() + u"/c"_s).removeRecursively();
    }

    void ownRecordFollowsMainAndNotes()
    {
        SigRefsStore store(repo());
        QVERIFY(store.own() && !*store.own());
        auto first = store.updateOwn(m_me, m_commonsId, 1000);
        QVERIFY2(first && *first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE((*first)->seq(), 1u);
        QCOMPARE((*first)->refs().value(u"refs/heads/main"_s).toHex(), head());
        QVERIFY(!(*first)->refs().contains(u"refs/notes/reviews"_s));
        QCOMPARE(*store.own(), *first);

        auto unchanged = store.updateOwn(m_me, m_commonsId, 1001);
        QVERIFY(unchanged && !*unchanged);

        auto next = cp::test::commitFile(repo(), u"Page.md"_s, "text", {m_commonsId});
        QVERIFY(repo().updateReference(u"refs/heads/main"_s, *next, m_commonsId, u"test"_s));
        auto note = cp::test::commitFile(repo(), u"note"_s, "verdict");
        QVERIFY(repo().updateReference(u"refs/notes/reviews"_s, *note, std::nullopt, u"test"_s));
        auto second = store.updateOwn(m_me, m_commonsId, 1002);
        QVERIFY(second && *second);
        QCOMPARE((*second)->seq(), 2u);
        QCOMPARE((*second)->refs().value(u"refs/heads/main"_s).toHex(), head());
        QCOMPARE((*second)->refs().value(u"refs/notes/reviews"_s), *note);

        // A floor (from a newer record of mine seen elsewhere) lifts the next seq.
        auto lifted = store.updateOwn(m_me, m_commonsId, 1003, 9);
        QVERIFY(lifted && *lifted);
        QCOMPARE((*lifted)->seq(), 10u);
    }

    void peerRecordNeedsEveryObject()
    {
        SigRefsStore store(repo());
        const cp::git::Oid absent = *cp::git::Oid::fromHex(QString(40, u'e'));
        auto record = SignedRefs::sign(m_peer, m_commonsId, 1, 1000, {{u"refs/heads/main"_s, absent}});
        QCOMPARE(store.missingObjects(*record), QList<cp::git::Oid>{absent});
        QVERIFY(!store.storePeer(*record));
        QVERIFY(store.peers() && store.peers()->isEmpty());
        QVERIFY(!*repo().resolve(SignedRefs::peerRefName(m_peer.publicKey(), u"refs/heads/main")));

        auto blob = repo().writeBlob("not a commit");
        auto pointsAtBlob = SignedRefs::sign(m_peer, m_commonsId, 1, 1000, {{u"refs/heads/main"_s, *blob}});
        QVERIFY(store.missingObjects(*pointsAtBlob).isEmpty());
        auto refused = store.storePeer(*pointsAtBlob);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Protocol);
    }

    void peerRecordsMoveRefsTogether()
    {
        SigRefsStore store(repo());
        const cp::PublicKey& pid = m_peer.publicKey();
        auto main1 = cp::test::commitFile(repo(), u"a.md"_s, "one");
        auto notes1 = cp::test::commitFile(repo(), u"n"_s, "note");
        auto record1 = SignedRefs::sign(m_peer, m_commonsId, 1, 1000,
                                        {{u"refs/heads/main"_s, *main1}, {u"refs/notes/reviews"_s, *notes1}});
        QVERIFY(store.missingObjects(*record1).isEmpty());
        auto ok = store.storePeer(*record1);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(**repo().resolve(SignedRefs::peerRefName(pid, u"refs/heads/main")), *main1);
        QCOMPARE(**repo().resolve(SignedRefs::peerRefName(pid, u"refs/notes/reviews")), *notes1);
        QCOMPARE(**store.peer(pid), *record1);
        QCOMPARE(store.peers()->size(), 1);

        // A replay of the same seq, or an older one, changes nothing.
        auto main2 = cp::test::commitFile(repo(), u"a.md"_s, "two", {*main1});
        auto replay = SignedRefs::sign(m_peer, m_commonsId, 1, 1001, {{u"refs/heads/main"_s, *main2}});
        auto refused = store.storePeer(*replay);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(**repo().resolve(SignedRefs::peerRefName(pid, u"refs/heads/main")), *main1);

        // A newer record without notes drops the peer's notes ref.
        auto record2 = SignedRefs::sign(m_peer, m_commonsId, 2, 1001, {{u"refs/heads/main"_s, *main2}});
        QVERIFY(store.storePeer(*record2));
        QCOMPARE(**repo().resolve(SignedRefs::peerRefName(pid, u"refs/heads/main")), *main2);
        QVERIFY(!*repo().resolve(SignedRefs::peerRefName(pid, u"refs/notes/reviews")));
        QCOMPARE((*store.peer(pid))->seq(), 2u);
        // main is never touched by a peer's record.
        QCOMPARE(repo().resolve(u"refs/heads/main"_s)->value().toHex(), head());
        QVERIFY(head() != main2->toHex());
    }
};

QTEST_GUILESS_MAIN(TestSigRefsStore)
#include "tst_sigrefsstore.moc"
