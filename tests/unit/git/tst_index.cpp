#include "core/git/Index.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cp::git;

class TestIndex : public QObject
{
    Q_OBJECT
private slots:
    void stagesBlobsAndWritesNestedTrees()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        auto index = repo->index();
        QVERIFY(index);
        QCOMPARE(index->entryCount(), 0);
        auto a = repo->writeBlob("a");
        auto b = repo->writeBlob("b");
        QVERIFY(index->add(QStringLiteral("Top.md"), *a));
        QVERIFY(index->add(QStringLiteral("Папка/Страница.md"), *b));
        QVERIFY(index->add(QStringLiteral("Папка/image.png"), *a));
        QCOMPARE(index->entryCount(), 3);
        QVERIFY(!index->hasConflicts());

        auto entry = index->entry(QStringLiteral("Папка/Страница.md"));
        QVERIFY(entry);
        QCOMPARE(entry->id, *b);
        QCOMPARE(entry->mode, FileMode::Blob);
        QCOMPARE(entry->stage, 0);
        QVERIFY(!index->entry(QStringLiteral("missing.md")));

        const QList<QByteArray> pages = index->paths(".md");
        QCOMPARE(pages.size(), 2);
        QVERIFY(pages.contains(QStringLiteral("Папка/Страница.md").toUtf8()));
        QCOMPARE(index->paths().size(), 3);

        auto treeId = index->writeTree();
        QVERIFY(treeId);
        // Unchanged index: the cached tree gives the same id.
        QCOMPARE(*index->writeTree(), *treeId);
        auto tree = repo->lookupTree(*treeId);
        QVERIFY(tree);
        QCOMPARE(tree->entryCount(), 2); // Top.md and Папка
        auto nested = tree->entryByPath(QStringLiteral("Папка/Страница.md"));
        QVERIFY(nested && nested->has_value());
        QCOMPARE((*nested)->id, *b);

        QVERIFY(index->remove(QStringLiteral("Top.md")));
        auto removedAgain = index->remove(QStringLiteral("Top.md"));
        QVERIFY(!removedAgain);
        QCOMPARE(removedAgain.error().kind, cp::Error::Kind::NotFound);
        QVERIFY(*index->writeTree() != *treeId);
    }

    void addRefusesAMissingBlob()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        auto index = repo->index();
        auto added = index->add(QStringLiteral("a.md"), *Oid::fromHex(QString(40, u'd')));
        QVERIFY(!added);
        QVERIFY(added.error().message.contains(QStringLiteral("a.md")));
        QCOMPARE(index->entryCount(), 0);
    }

    void editsStayInMemoryUntilWritten()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        auto index = repo->index();
        auto a = repo->writeBlob("a");
        QVERIFY(index->add(QStringLiteral("kept.md"), *a));
        QVERIFY(index->write());
        QVERIFY(index->add(QStringLiteral("dropped.md"), *a));
        QCOMPARE(index->entryCount(), 2);
        QVERIFY(index->read(true));
        QCOMPARE(index->entryCount(), 1);
        QVERIFY(index->entry(QStringLiteral("kept.md")));

        auto reopened = Repository::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE(reopened->index()->entryCount(), 1);
    }

    void readTreeReplacesTheContent()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        auto index = repo->index();
        auto a = repo->writeBlob("a");
        QVERIFY(index->add(QStringLiteral("x/one.md"), *a));
        auto first = index->writeTree();
        QVERIFY(index->add(QStringLiteral("two.md"), *a));
        QCOMPARE(index->entryCount(), 2);
        QVERIFY(index->readTree(*repo->lookupTree(*first)));
        QCOMPARE(index->entryCount(), 1);
        QCOMPARE(*index->writeTree(), *first);
    }

    void addFromWorkdirHashesTheFile()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        QFile file(dir.path() + QStringLiteral("/page.md"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from disk\n");
        file.close();
        auto index = repo->index();
        QVERIFY(index->addFromWorkdir(QStringLiteral("page.md")));
        QCOMPARE(index->entry(QStringLiteral("page.md"))->id, *Repository::hashBlob("from disk\n"));
        auto missing = index->addFromWorkdir(QStringLiteral("missing.md"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("missing.md")));
    }
};

QTEST_GUILESS_MAIN(TestIndex)
#include "tst_index.moc"
