#include "core/git/Commit.h"
#include "core/git/IncomingPack.h"
#include "core/git/PackBuilder.h"
#include "core/git/Repository.h"
#include "unit/sync/SyncTestSupport.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Error;
using cp::git::IncomingPack;
using cp::git::Oid;
using cp::git::PackBuilder;
using cp::test::RawEntry;

class TestIncomingPack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<cp::git::Repository> m_fromHolder, m_toHolder;
    cp::git::Repository* m_from = nullptr;
    cp::git::Repository* m_to = nullptr;
    Oid m_root;
    int m_round = 0;

    QString quarantine() const { return m_to->gitDir() + u"/commonplace"_s; }

    // Sends `pack` in chunks of `chunk` bytes; finish + verify + accept.
    cp::Status receive(const QByteArray& pack, const QList<Oid>& wanted, qsizetype chunk = 64 * 1024,
                       IncomingPack::Limits limits = {})
    {
        auto incoming = IncomingPack::begin(*m_to, quarantine(), limits);
        if (!incoming)
            return cp::fail(incoming.error());
        for (qsizetype at = 0; at < pack.size(); at += chunk)
            if (auto ok = incoming->append(QByteArrayView(pack).sliced(at, std::min(chunk, pack.size() - at))); !ok)
                return ok;
        if (auto ok = incoming->finish(); !ok)
            return ok;
        if (auto ok = incoming->verify(wanted); !ok)
            return ok;
        return incoming->accept();
    }

    bool quarantineIsEmpty() const
    {
        return QDir(quarantine()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty();
    }

    // A commit whose tree is the raw `entries` (written with stock git into the sender).
    Oid commitRawTree(const QList<RawEntry>& entries)
    {
        auto tree = cp::test::writeRawTree(m_from->gitDir(), entries);
        if (!tree)
            return {};
        auto commit = m_from->createCommit({*tree, {m_root}, cp::test::testAuthor(), {}, u"raw"_s});
        return commit ? *commit : Oid();
    }

private slots:
    void init()
    {
        const QString base = m_dir.path() + u"/"_s + QString::number(++m_round);
        auto root = cp::test::makeCommonsRepo(base + u"/from"_s, &m_from, m_fromHolder);
        QVERIFY(root);
        m_root = *root;
        auto to = cp::git::Repository::init(base + u"/to"_s);
        QVERIFY(to);
        m_toHolder = std::make_unique<cp::git::Repository>(std::move(*to));
        m_to = m_toHolder.get();
    }

    void fullThenIncremental()
    {
        auto second = cp::test::commitFile(*m_from, u"a.md"_s, "two", {m_root});
        PackBuilder::Stats stats;
        auto pack = PackBuilder::build(*m_from, {*second}, {}, 1 << 30, &stats);
        QVERIFY(pack && !pack->isEmpty());
        QCOMPARE(stats.objects, 6);             // 2 commits, 2 trees, 2 blobs
        auto ok = receive(*pack, {*second}, 7); // odd chunks on purpose
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(m_to->contains(*second));
        QVERIFY(m_to->contains(m_root));
        QVERIFY(m_to->lookupCommit(*second)->tree());
        QVERIFY(quarantineIsEmpty());

        // The next pack leaves out what the receiver has, and may name haves the sender lacks.
        auto third = cp::test::commitFile(*m_from, u"a.md"_s, "three", {*second});
        const Oid unknown = *Oid::fromHex(QString(40, u'7'));
        auto delta = PackBuilder::build(*m_from, {*third}, {*second, unknown}, 1 << 30, &stats);
        QVERIFY(delta);
        QCOMPARE(stats.objects, 3);
        QVERIFY(receive(*delta, {*third}));
        QVERIFY(m_to->contains(*third));

        QVERIFY(m_to->updateReference(u"refs/heads/main"_s, *third, std::nullopt, u"t"_s));
        QByteArray out;
        QCOMPARE(cp::test::runGit(m_to->workdir(), {u"fsck"_s, u"--strict"_s}, &out), 0);

        // Nothing missing: an empty pack.
        auto nothing = PackBuilder::build(*m_from, {*third}, {*third}, 1 << 30, &stats);
        QVERIFY(nothing && nothing->isEmpty());
        QVERIFY(receive({}, {*third}));
    }

    void packsAreSplicedAsTheyAre()
    {
        // History packed by stock git, then two loose commits on top.
        Oid tip = m_root;
        for (int i = 0; i < 4; ++i)
            tip = *cp::test::commitFile(*m_from, u"page%1.md"_s.arg(i % 2), "version " + QByteArray::number(i), {tip});
        QVERIFY(m_from->updateReference(u"refs/heads/main"_s, tip, m_root, u"t"_s));
        QByteArray out;
        QCOMPARE(cp::test::runGit(m_from->workdir(), {u"repack"_s, u"-a"_s, u"-d"_s, u"-q"_s}, &out), 0);
        const Oid packed = tip;
        for (int i = 0; i < 2; ++i)
            tip = *cp::test::commitFile(*m_from, u"page2.md"_s, "loose " + QByteArray::number(i), {tip});

        PackBuilder::Stats whole;
        QVERIFY(PackBuilder::build(*m_from, {tip}, {}, 1 << 30, 1000, &whole));
        QCOMPARE(whole.splicedPacks, 0); // below the threshold: the packbuilder alone
        PackBuilder::Stats stats;
        auto pack = PackBuilder::build(*m_from, {tip}, {}, 1 << 30, 1, &stats);
        QVERIFY(pack);
        QCOMPARE(stats.splicedPacks, 1);
        QVERIFY(stats.splicedObjects > 0 && stats.splicedObjects < stats.objects);
        QCOMPARE(stats.objects, whole.objects); // the same objects, some as they were packed
        auto ok = receive(*pack, {tip}, 1000);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(m_to->contains(tip) && m_to->contains(packed));
        QVERIFY(m_to->updateReference(u"refs/heads/main"_s, tip, std::nullopt, u"t"_s));
        QCOMPARE(cp::test::runGit(m_to->workdir(), {u"fsck"_s, u"--strict"_s}, &out), 0);

        // A pack holding what the peer has already is not spliced: it would send more than asked.
        auto delta = PackBuilder::build(*m_from, {tip}, {packed}, 1 << 30, 1, &stats);
        QVERIFY(delta);
        QCOMPARE(stats.splicedPacks, 0);
        QCOMPARE(stats.objects, 6); // 2 commits, 2 root trees, 2 blobs
    }

    void wantsMustExist()
    {
        auto pack = PackBuilder::build(*m_from, {*Oid::fromHex(QString(40, u'7'))}, {}, 1 << 30);
        QVERIFY(!pack);
    }

    void packOverTheLimitIsRefused()
    {
        QByteArray big(200 * 1024, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        auto commit = cp::test::commitFile(*m_from, u"big.bin"_s, big, {m_root});
        QVERIFY(!PackBuilder::build(*m_from, {*commit}, {}, 100 * 1024));
        auto pack = PackBuilder::build(*m_from, {*commit}, {}, 1 << 30);
        QVERIFY(pack);
        auto refused = receive(*pack, {*commit}, 64 * 1024, {100 * 1024, 1000});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Protocol);
        QVERIFY(!m_to->contains(*commit));
        QVERIFY(quarantineIsEmpty());
    }

    void cutShortLeavesNothing()
    {
        QByteArray big(300 * 1024, '\0');
        QRandomGenerator(9).fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        auto commit = cp::test::commitFile(*m_from, u"big.bin"_s, big, {m_root});
        auto pack = PackBuilder::build(*m_from, {*commit}, {}, 1 << 30);
        QVERIFY(pack);
        {
            auto incoming = IncomingPack::begin(*m_to, quarantine(), {});
            QVERIFY(incoming);
            QVERIFY(incoming->append(pack->first(pack->size() / 2)));
            QCOMPARE(incoming->receivedBytes(), pack->size() / 2);
            QCOMPARE(incoming->objectCount(), 6); // from the header: 2 commits, 2 trees, 2 blobs
            QVERIFY(!quarantineIsEmpty());
        }
        QVERIFY(quarantineIsEmpty());
        QVERIFY(!m_to->contains(*commit));
        // Finishing a truncated pack fails too.
        auto incoming = IncomingPack::begin(*m_to, quarantine(), {});
        QVERIFY(incoming->append(pack->first(pack->size() - 10)));
        auto finished = incoming->finish();
        QVERIFY(!finished);
        QCOMPARE(finished.error().kind, Error::Kind::Protocol);
        QByteArray out;
        QCOMPARE(cp::test::runGit(m_to->workdir(), {u"fsck"_s}, &out), 0);
    }

    void garbageIsRefused()
    {
        auto incoming = IncomingPack::begin(*m_to, quarantine(), {});
        auto ok = incoming->append("this is not a pack at all");
        QVERIFY(!ok);
        QCOMPARE(ok.error().kind, Error::Kind::Protocol);
        // A header that claims too many objects.
        auto counted = IncomingPack::begin(*m_to, quarantine(), {1 << 20, 10});
        QVERIFY(!counted->append(QByteArray("PACK\0\0\0\2\0\0\0\xff", 12)));
    }

    void leftoversAreRemoved()
    {
        QVERIFY(QDir().mkpath(quarantine() + u"/incoming-stale"_s));
        // A young folder may be another process's transfer: kept when only old ones go.
        IncomingPack::removeLeftovers(quarantine(), std::chrono::hours(1));
        QVERIFY(!quarantineIsEmpty());
        IncomingPack::removeLeftovers(quarantine());
        QVERIFY(quarantineIsEmpty());
    }

    void missingHistoryIsRefused()
    {
        // The receiver lacks the parent, but the sender thinks it has it.
        auto second = cp::test::commitFile(*m_from, u"a.md"_s, "two", {m_root});
        auto pack = PackBuilder::build(*m_from, {*second}, {m_root}, 1 << 30);
        QVERIFY(pack);
        auto refused = receive(*pack, {*second});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Protocol);
        QVERIFY(refused.error().message.contains(m_root.toHex()));
        QVERIFY(!m_to->contains(*second));
        QVERIFY(quarantineIsEmpty());
    }

    void unsafeTreesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("nested");
        QTest::newRow("symlink") << QByteArray("120000") << QByteArray("link") << false;
        QTest::newRow("gitlink") << QByteArray("160000") << QByteArray("sub") << false;
        QTest::newRow(".git") << QByteArray("100644") << QByteArray(".git") << false;
        QTest::newRow(".Git in a folder") << QByteArray("40000") << QByteArray(".Git") << true;
        QTest::newRow("dotdot") << QByteArray("40000") << QByteArray("..") << false;
        QTest::newRow("slash") << QByteArray("100644") << QByteArray("a/b.md") << true;
        QTest::newRow("absolute") << QByteArray("100644") << QByteArray("/etc/passwd") << false;
    }

    void unsafeTreesAreRefused()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QByteArray, name);
        QFETCH(bool, nested);
        auto blob = m_from->writeBlob("payload");
        Oid target = *blob;
        if (mode == "40000") {
            auto sub = cp::test::writeRawTree(m_from->gitDir(), {{"100644", "x", *blob}});
            QVERIFY(sub);
            target = *sub;
        } else if (mode == "160000") {
            target = m_root;
        }
        QList<RawEntry> entries{{mode, name, target}};
        if (nested) {
            auto inner = cp::test::writeRawTree(m_from->gitDir(), entries);
            QVERIFY(inner);
            entries = {{"40000", "Folder", *inner}};
        }
        const Oid commit = commitRawTree(entries);
        QVERIFY(!commit.isNull());
        auto pack = PackBuilder::build(*m_from, {commit}, {}, 1 << 30);
        QVERIFY(pack);
        QVERIFY(receive(PackBuilder::build(*m_from, {m_root}, {}, 1 << 30).value(), {m_root}));
        auto refused = receive(*pack, {commit});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Protocol);
        QVERIFY2(refused.error().message.contains(QString::fromUtf8(name)), qPrintable(refused.error().message));
        QVERIFY(!m_to->contains(commit));
        QVERIFY(quarantineIsEmpty());
    }

    void largePackIsCheckedOnSeveralThreads()
    {
        // Over 1000 commits and trees: the checks are split between threads; an unsafe
        // tree at the tip (last in the pack's trees) is still found, and a clean history
        // of the same size goes in.
        auto blob = m_from->writeBlob("page");
        auto safe = cp::test::writeRawTree(m_from->gitDir(), {{"100644", "page.md", *blob}});
        auto unsafe = cp::test::writeRawTree(m_from->gitDir(), {{"100644", ".git", *blob}});
        QVERIFY(safe && unsafe);
        Oid tip = m_root;
        for (int i = 0; i < 1100; ++i) {
            auto next = m_from->createCommit({*safe, {tip}, cp::test::testAuthor(), {}, u"c%1"_s.arg(i)});
            QVERIFY(next);
            tip = *next;
        }
        auto bad = m_from->createCommit({*unsafe, {tip}, cp::test::testAuthor(), {}, u"bad"_s});
        QVERIFY(bad);
        auto pack = PackBuilder::build(*m_from, {*bad}, {}, 1 << 30);
        QVERIFY(pack);
        auto refused = receive(*pack, {*bad});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Protocol);
        QVERIFY2(refused.error().message.contains(u".git"_s), qPrintable(refused.error().message));
        QVERIFY(!m_to->contains(*bad));
        QVERIFY(quarantineIsEmpty());

        auto good = PackBuilder::build(*m_from, {tip}, {}, 1 << 30);
        QVERIFY(good);
        auto ok = receive(*good, {tip});
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(m_to->contains(tip) && m_to->contains(m_root));
    }

    void unsortedTreeIsRefused()
    {
        auto blob = m_from->writeBlob("x");
        const Oid commit = commitRawTree({{"100644", "b.md", *blob}, {"100644", "a.md", *blob}});
        auto pack = PackBuilder::build(*m_from, {commit}, {}, 1 << 30);
        QVERIFY(!receive(*pack, {commit}));
        QVERIFY(!m_to->contains(commit));
    }
};

QTEST_GUILESS_MAIN(TestIncomingPack)
#include "tst_incomingpack.moc"
