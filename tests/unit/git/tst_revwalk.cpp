#include "core/git/Repository.h"
#include "core/git/RevWalk.h"
#include "core/git/TreeBuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cp::git;

class TestRevWalk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Repository> m_repo;
    QList<Oid> m_line; // root first
    Oid m_merge;

    Oid commit(const QList<Oid>& parents, int n)
    {
        auto blob = m_repo->writeBlob(QByteArray::number(n));
        auto builder = m_repo->treeBuilder();
        (void)builder->insert(QStringLiteral("n.md"), *blob);
        CommitDraft draft{*builder->write(),
                          parents,
                          {QStringLiteral("A"), QStringLiteral("a@example.org"),
                           QDateTime::fromSecsSinceEpoch(1700000000 + n * 60, Qt::UTC)},
                          {},
                          QStringLiteral("commit %1").arg(n)};
        return *m_repo->createCommit(draft);
    }

    QList<Oid> walkAll(RevWalk& walk)
    {
        QList<Oid> out;
        while (auto next = walk.next()) {
            if (!*next)
                break;
            out.append(**next);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        // root - 1 - 2 - merge
        //         \- side -/
        m_repo.emplace(std::move(*Repository::init(m_dir.path())));
        m_line.append(commit({}, 0));
        m_line.append(commit({m_line[0]}, 1));
        m_line.append(commit({m_line[1]}, 2));
        const Oid side = commit({m_line[1]}, 3);
        m_merge = commit({m_line[2], side}, 4);
        QVERIFY(m_repo->updateReference(QStringLiteral("refs/heads/main"), m_merge, std::nullopt, {}));
    }

    void walksNewestFirstAndReversed()
    {
        auto walk = m_repo->revWalk();
        QVERIFY(walk);
        walk->setSorting(RevWalk::Topological | RevWalk::Time);
        QVERIFY(walk->pushReference(QStringLiteral("refs/heads/main")));
        const QList<Oid> all = walkAll(*walk);
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first(), m_merge);
        QCOMPARE(all.last(), m_line[0]);

        walk->setSorting(RevWalk::Topological | RevWalk::Reverse);
        QVERIFY(walk->push(m_merge));
        const QList<Oid> reversed = walkAll(*walk);
        QCOMPARE(reversed.first(), m_line[0]);
        QCOMPARE(reversed.last(), m_merge);
    }

    void hideStopsTheWalk()
    {
        auto walk = m_repo->revWalk();
        QVERIFY(walk->push(m_merge));
        QVERIFY(walk->hide(m_line[1]));
        QCOMPARE(walkAll(*walk).size(), 3); // merge, 2, side
    }

    void firstParentOnly()
    {
        auto walk = m_repo->revWalk();
        walk->setFirstParentOnly();
        QVERIFY(walk->push(m_merge));
        const QList<Oid> line = walkAll(*walk);
        QCOMPARE(line, (QList<Oid>{m_merge, m_line[2], m_line[1], m_line[0]}));
    }

    void badStartingPointsAreErrors()
    {
        auto walk = m_repo->revWalk();
        QVERIFY(!walk->push(*Oid::fromHex(QString(40, u'e'))));
        auto missingRef = walk->pushReference(QStringLiteral("refs/heads/nothing"));
        QVERIFY(!missingRef);
        QVERIFY(missingRef.error().message.contains(QStringLiteral("refs/heads/nothing")));
    }
};

QTEST_GUILESS_MAIN(TestRevWalk)
#include "tst_revwalk.moc"
