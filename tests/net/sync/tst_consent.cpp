// Review and consent over the network (DESIGN §8): verdicts gossip to peers that never
// met the reviewer, auto-accept for a trusted peer, and a blocked peer cut off.

#include "core/git/Commit.h"
#include "core/git/Notes.h"
#include "core/review/Approver.h"
#include "core/review/ReviewNote.h"
#include "core/review/ReviewQueue.h"
#include "core/review/TrustPolicy.h"
#include "core/sync/GossipHub.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PeerEmail.h"
#include "net/sync/NodeTestSupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace cp;
using cp::test::TestCommons;
using cp::test::TestNode;

namespace {

// Like TestCommons::make, from a real commons (Commons::create) that members clone.
bool makeCommons(TestCommons& c, const QString& dir, int count)
{
    c.base = dir;
    auto founder = test::sharedIdentity('\x30');
    auto origin = Commons::create(dir + u"/origin"_s, {u"Test"_s, {}}, {u"Founder"_s, PeerEmail::forKey(founder->publicKey())},
                                  Identity::commitSigner(founder));
    if (!origin)
        return false;
    auto root = git::Oid::fromHex((*origin)->id());
    if (!root)
        return false;
    c.root = *root;
    origin->reset();
    for (int i = 0; i < count; ++i)
        if (!c.addMember(QByteArray(32, '\x6b')))
            return false;
    return true;
}

// Like TestNode::edit (a commit on main by another program, the folder left as it is),
// keeping the rest of main's tree: the commons stays a commons.
Result<git::Oid> editPage(TestNode& member, const QString& file, const QByteArray& content)
{
    auto repo = git::Repository::open(member.dir);
    if (!repo)
        return fail(repo.error());
    const QString mainRef = u"refs/heads/main"_s;
    auto head = repo->resolve(mainRef);
    if (!head || !*head)
        return fail(head ? Error::notFound(u"no main"_s) : head.error());
    auto parent = repo->lookupCommit(**head);
    if (!parent)
        return fail(parent.error());
    auto tree = repo->lookupTree(parent->treeId());
    if (!tree)
        return fail(tree.error());
    auto builder = repo->treeBuilder(&*tree);
    auto blob = repo->writeBlob(content);
    if (!builder || !blob || !builder->insert(file, *blob))
        return fail(Error::internal(u"cannot build the tree"_s));
    auto newTree = builder->write();
    if (!newTree)
        return fail(newTree.error());
    auto commit = repo->createCommit({*newTree, {**head}, test::testAuthor(), {}, u"Edit "_s + file});
    if (!commit)
        return commit;
    if (auto ok = repo->updateReference(mainRef, *commit, *head, u"edit"_s); !ok)
        return fail(ok.error());
    return commit;
}

// The member's commons as its GUI or CLI would open it, signing as the member.
std::unique_ptr<Commons> openAs(const TestNode& member, const QString& name)
{
    auto commons = Commons::open(member.dir);
    if (!commons)
        return nullptr;
    (*commons)->setAuthor({name, PeerEmail::forKey(member.pid())});
    (*commons)->setSigner(Identity::commitSigner(member.identity));
    return std::move(*commons);
}

bool setTrust(const TestNode& member, const TestNode& peer, TrustPolicy::Level level)
{
    auto policy = TrustPolicy::load(member.dir + u"/.git"_s);
    return policy && policy->set(peer.pid(), level);
}

QList<ReviewNote> verdictsAt(const TestNode& member, const git::Oid& commit)
{
    auto commons = Commons::open(member.dir);
    if (!commons) {
        qWarning().noquote() << commons.error().message;
        return {};
    }
    auto verdicts = ReviewQueue(**commons, member.pid()).verdicts(commit);
    if (!verdicts)
        qWarning().noquote() << verdicts.error().message;
    return verdicts.value_or(QList<ReviewNote>());
}

// Runs `f` on the node's own thread and waits for it (the node is not thread-safe).
template <typename F>
void onNode(const TestNode& member, F f)
{
    QMetaObject::invokeMethod(member.thread->node(), [&] { f(*member.thread->node()); }, Qt::BlockingQueuedConnection);
}

node::NodeOptions optionsNamed(const QString& authorName)
{
    node::NodeOptions options = test::fastNodeOptions();
    options.authorName = authorName;
    return options;
}

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_round = 0;

    QString freshDir() { return m_tmp.path() + u"/"_s + QString::number(++m_round); }

private slots:
    void verdictsReachAThirdPeerThroughGossip()
    {
        TestCommons c;
        QVERIFY(makeCommons(c, freshDir(), 3));
        TestNode& a = c[0];
        TestNode& b = c[1];
        TestNode& cc = c[2];
        for (int i = 0; i < 3; ++i)
            QVERIFY(c[i].start());
        a.connectTo(b);  // A — B
        cc.connectTo(b); // B — C; A and C never meet
        // Each change is let through before the next: a record replaced while a peer asks
        // for its objects gets that peer refused (see the report on Replica::buildPack).
        auto c1 = editPage(cc, u"c.md"_s, "C's first");
        QVERIFY(c1);
        QTRY_COMPARE_WITH_TIMEOUT(a.viewOf(cc), std::optional(*c1), 10000);
        auto c2 = editPage(cc, u"c2.md"_s, "C's second");
        QVERIFY(c2);
        QTRY_COMPARE_WITH_TIMEOUT(a.viewOf(cc), std::optional(*c2), 10000);

        // A note forged in A's notes (signed by someone else) sits on C's second change...
        auto commonsA = openAs(a, u"Ann"_s);
        QVERIFY(commonsA);
        auto mallory = test::sharedIdentity('\x7e');
        auto forged = ReviewNote::make(*c2, ReviewNote::Verdict::Accept, u"forged"_s, mallory->publicKey(),
                                       Identity::commitSigner(mallory));
        QVERIFY(forged);
        QVERIFY(git::Notes::write(commonsA->repository(), ReviewQueue::MyNotesRef, *c2, *forged,
                                  Commons::signatureFor(commonsA->author())));
        const QString notesRefOfA = sync::SignedRefs::peerRefName(a.pid(), ReviewQueue::MyNotesRef);
        QTRY_COMPARE_WITH_TIMEOUT(b.ref(notesRefOfA), a.ref(ReviewQueue::MyNotesRef), 10000);

        // ...and A rejects C's first change with a comment.
        auto rejected = Approver(*commonsA, a.pid()).reject(*c1, u"not like this"_s);
        QVERIFY2(rejected, qPrintable(rejected ? QString() : rejected.error().message));
        commonsA.reset();
        const auto notesOfA = a.ref(ReviewQueue::MyNotesRef);
        QVERIFY(notesOfA);

        // A's notes travel with A's signed record: to B, and through B to C.
        QTRY_COMPARE_WITH_TIMEOUT(b.ref(notesRefOfA), notesOfA, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cc.ref(notesRefOfA), notesOfA, 10000);
        for (TestNode* member : {&b, &cc}) {
            const QList<ReviewNote> onFirst = verdictsAt(*member, *c1);
            QCOMPARE(onFirst.size(), 1);
            QCOMPARE(onFirst.first().reviewer, a.pid());
            QCOMPARE(onFirst.first().verdict, ReviewNote::Verdict::Reject);
            QCOMPARE(onFirst.first().comment, u"not like this"_s);
            // The forged note arrived too, and counts for nothing.
            auto repo = git::Repository::open(member->dir);
            QVERIFY(repo);
            auto text = git::Notes::read(*repo, notesRefOfA, *c2);
            QVERIFY(text && text->has_value());
            QVERIFY(verdictsAt(*member, *c2).isEmpty());
        }
    }

    void autoAcceptForATrustedPeer()
    {
        TestCommons c;
        QVERIFY(makeCommons(c, freshDir(), 2));
        TestNode& a = c[0];
        TestNode& b = c[1];
        QVERIFY(a.start() && b.start(optionsNamed(u"Bea"_s)));
        b.connectTo(a);
        const auto root = b.main();

        // Reviewed (the default): A's change waits in B's queue.
        auto a1 = editPage(a, u"a.md"_s, "from A");
        QVERIFY(a1);
        QTRY_COMPARE_WITH_TIMEOUT(b.viewOf(a), std::optional(*a1), 10000);
        QCOMPARE(b.main(), root);

        // B trusts A with Auto while not running: served again, B takes what it held.
        b.stop();
        QVERIFY(setTrust(b, a, TrustPolicy::Level::Auto));
        QVERIFY(b.start(optionsNamed(u"Bea"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(b.main(), std::optional(*a1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(a.viewOf(b), std::optional(*a1), 10000); // B's new record reached A
        QCOMPARE(verdictsAt(a, *a1).size(), 1); // with B's accept note
        QCOMPARE(verdictsAt(a, *a1).first().reviewer, b.pid());

        // While B runs: B's own edit, then A's next change is merged in as it arrives.
        auto b1 = editPage(b, u"b.md"_s, "from B");
        QVERIFY(b1);
        QTRY_COMPARE_WITH_TIMEOUT(a.viewOf(b), std::optional(*b1), 10000);
        auto a2 = editPage(a, u"a2.md"_s, "A again");
        QVERIFY(a2);
        QTRY_VERIFY_WITH_TIMEOUT(b.main() != std::optional(*b1), 10000);
        auto repo = git::Repository::open(b.dir);
        QVERIFY(repo);
        auto merge = repo->lookupCommit(*b.main());
        QVERIFY(merge);
        QCOMPARE(merge->parentIds(), (QList<git::Oid>{*b1, *a2}));
        QCOMPARE(merge->author().name, u"Bea"_s);
        QTRY_COMPARE_WITH_TIMEOUT(a.viewOf(b), b.main(), 10000);
        QCOMPARE(a.main(), std::optional(*a2)); // A reviews B's merge; nothing moved A
    }

    void blockedPeerIsCutOff()
    {
        TestCommons c;
        QVERIFY(makeCommons(c, freshDir(), 3));
        TestNode& a = c[0];
        TestNode& b = c[1];
        TestNode& cc = c[2];
        node::NodeOptions exchanging = test::fastNodeOptions();
        exchanging.peerExchange = true; // B tells newcomers whom it knows (A and C ignore it)
        QVERIFY(a.start() && b.start(exchanging) && cc.start());
        a.connectTo(b);
        cc.connectTo(b);
        cc.connectTo(a); // a triangle: C can relay A's records to B
        auto a1 = editPage(a, u"a.md"_s, "A, before the block");
        QVERIFY(a1);
        QTRY_VERIFY_WITH_TIMEOUT(test::allConverged(c, 3), 10000);

        // B blocks A while they are connected: the session ends at once...
        QSignalSpy lost(a.thread.get(), &node::NodeThread::peerDisconnected);
        QSignalSpy connected(a.thread.get(), &node::NodeThread::peerConnected);
        QVERIFY(setTrust(b, a, TrustPolicy::Level::Block));
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(lost, [&](const QList<QVariant>& s) {
                                     return s.at(1).value<PublicKey>() == b.pid();
                                 }),
                                 5000);
        // ...and A's next tries are refused at the handshake (B never dials A either).
        int refused = 0;
        QObject context;
        connect(a.thread->node(), &node::Node::dialFailed, &context,
                [&](const QString&, const PublicKey& peer, const Error&) { refused += peer == b.pid() ? 1 : 0; });
        QTRY_VERIFY_WITH_TIMEOUT(refused >= 2, 10000);
        QVERIFY(std::ranges::none_of(connected, [&](const QList<QVariant>& s) {
            return s.at(1).value<PublicKey>() == b.pid();
        }));
        int sessions = -1;
        onNode(b, [&](node::Node& n) { sessions = int(n.hub(b.commonsId)->session(a.pid()) != nullptr); });
        QCOMPARE(sessions, 0);

        // A newcomer that meets B learns of C from B, never of A (C tells it nothing).
        TestNode* d = c.addMember(QByteArray(32, '\x6b'));
        QVERIFY(d);
        QVERIFY(d->start(exchanging));
        d->connectTo(b);
        std::optional<node::AddressBook> book;
        QTRY_VERIFY_WITH_TIMEOUT((onNode(*d, [&](node::Node& n) { book = n.addressBook(d->commonsId); }),
                                  book && book->entry(cc.pid())),
                                 10000);
        QVERIFY(!book->entry(a.pid()));
        d->stop();

        // A's next record reaches C, which offers it to B: B does not take it. C's own
        // later record, offered after it, shows that B has seen the offer.
        auto a2 = editPage(a, u"a.md"_s, "A, after the block");
        QVERIFY(a2);
        QTRY_COMPARE_WITH_TIMEOUT(cc.viewOf(a), std::optional(*a2), 10000);
        auto c1 = editPage(cc, u"c.md"_s, "C");
        QVERIFY(c1);
        QTRY_COMPARE_WITH_TIMEOUT(b.viewOf(cc), std::optional(*c1), 10000);
        QCOMPARE(b.viewOf(a), std::optional(*a1));
        onNode(b, [&](node::Node& n) { sessions = int(n.hub(b.commonsId)->isPending(a.pid(), 0)); });
        QCOMPARE(sessions, 0);

        // Nothing of A's is queued at B; C's change is. The status says "block".
        auto commonsB = Commons::open(b.dir);
        QVERIFY(commonsB);
        auto queued = ReviewQueue(**commonsB, b.pid()).changes();
        QVERIFY(queued);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().peer, cc.pid());
        std::optional<node::CommonsStatus> status;
        onNode(b, [&](node::Node& n) { status = n.status(b.commonsId); });
        QVERIFY(status);
        auto entry = std::ranges::find_if(status->peers, [&](const node::PeerStatus& p) { return p.pid == a.pid(); });
        QVERIFY(entry != status->peers.end());
        QCOMPARE(entry->trust, u"block"_s);
        QVERIFY(!entry->online);

        // Unblocked, A is welcome again and its record comes.
        QVERIFY(setTrust(b, a, TrustPolicy::Level::Review));
        QTRY_COMPARE_WITH_TIMEOUT(b.viewOf(a), std::optional(*a2), 10000);
    }
};

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
