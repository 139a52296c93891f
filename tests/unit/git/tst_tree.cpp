#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/git/TreeBuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cp::git;

class TestTree : public QObject
{
    Q_OBJECT
private slots:
    void buildsNestedTreesLevelByLevel()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        auto blob = repo->writeBlob("page\n");
        auto inner = repo->treeBuilder();
        QVERIFY(inner);
        QVERIFY(inner->insert(QStringLiteral("Вложенная.md"), *blob));
        auto innerId = inner->write();
        QVERIFY(innerId);

        auto outer = repo->treeBuilder();
        QVERIFY(outer->insert(QStringLiteral("folder"), *innerId, FileMode::Tree));
        QVERIFY(outer->insert(QStringLiteral("root.md"), *blob));
        QVERIFY(outer->insert(QStringLiteral("script.sh"), *blob, FileMode::Executable));
        QCOMPARE(outer->entryCount(), 3);
        auto rootId = outer->write();
        QVERIFY(rootId);

        auto tree = repo->lookupTree(*rootId);
        QVERIFY(tree);
        QCOMPARE(tree->id(), *rootId);
        const QList<TreeEntry> entries = tree->entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].name, QStringLiteral("folder"));
        QVERIFY(entries[0].isTree());
        QCOMPARE(entries[2].mode, FileMode::Executable);
        QVERIFY(entries[2].isBlob());

        auto nested = tree->entryByPath(QStringLiteral("folder/Вложенная.md"));
        QVERIFY(nested);
        QVERIFY(nested->has_value());
        QCOMPARE((*nested)->id, *blob);
        QCOMPARE((*nested)->name, QStringLiteral("folder/Вложенная.md"));
        auto missing = tree->entryByPath(QStringLiteral("folder/nothing.md"));
        QVERIFY(missing);
        QVERIFY(!missing->has_value());
    }

    void builderStartsFromABaseAndRemoves()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        auto blob = repo->writeBlob("x");
        auto first = repo->treeBuilder();
        QVERIFY(first->insert(QStringLiteral("a.md"), *blob));
        QVERIFY(first->insert(QStringLiteral("b.md"), *blob));
        auto base = repo->lookupTree(*first->write());
        QVERIFY(base);

        auto second = repo->treeBuilder(&*base);
        QCOMPARE(second->entryCount(), 2);
        QVERIFY(second->remove(QStringLiteral("a.md")));
        QVERIFY(!second->remove(QStringLiteral("a.md")));
        auto smaller = repo->lookupTree(*second->write());
        QCOMPARE(smaller->entryCount(), 1);
        QCOMPARE(smaller->entries().first().name, QStringLiteral("b.md"));
    }

    void builderRefusesBadNames()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        auto blob = repo->writeBlob("x");
        auto builder = repo->treeBuilder();
        for (const QString& bad : {QStringLiteral("a/b"), QStringLiteral(".."), QStringLiteral(".git"), QString()}) {
            auto inserted = builder->insert(bad, *blob);
            QVERIFY2(!inserted, qPrintable(bad));
            QVERIFY(!inserted.error().message.isEmpty());
        }
        QCOMPARE(builder->entryCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTree)
#include "tst_tree.moc"
