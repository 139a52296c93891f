// The page tree: folders first, a natural order, and pages found again by name.

#include "ui/pages/PageTreeModel.h"

#include <QTest>

using namespace cp;

class TestPageTreeModel : public QObject
{
    Q_OBJECT

private:
    static QList<PageName> names(const QStringList& titles)
    {
        QList<PageName> pages;
        for (const QString& title : titles)
            pages.append(*PageName::fromTitle(title));
        return pages;
    }

    static QStringList rows(const QAbstractItemModel& model, const QModelIndex& parent = {})
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(parent); ++row)
            texts.append(model.index(row, 0, parent).data().toString());
        return texts;
    }

private slots:
    void foldersComeFirstAndOrderIsNatural()
    {
        PageTreeModel model;
        model.setPages(names({QStringLiteral("zebra"), QStringLiteral("Notes/b"), QStringLiteral("Apple"),
                              QStringLiteral("Page 10"), QStringLiteral("Page 9"), QStringLiteral("Notes/Deep/x"),
                              QStringLiteral("Notes/a"), QStringLiteral("Archive/old")}));
        QCOMPARE(rows(model), (QStringList{QStringLiteral("Archive"), QStringLiteral("Notes"), QStringLiteral("Apple"),
                                           QStringLiteral("Page 9"), QStringLiteral("Page 10"),
                                           QStringLiteral("zebra")}));
        const QModelIndex notes = model.index(1, 0);
        QCOMPARE(rows(model, notes), (QStringList{QStringLiteral("Deep"), QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(notes.data(PageTreeModel::FolderRole).toString(), QStringLiteral("Notes"));
        QVERIFY(!PageTreeModel::pageAt(notes).isValid());
    }

    void aPageAndAFolderMayShareAName()
    {
        PageTreeModel model;
        model.setPages(names({QStringLiteral("Recipes"), QStringLiteral("Recipes/Soup")}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(PageTreeModel::FolderRole).toString(), QStringLiteral("Recipes"));
        QCOMPARE(PageTreeModel::pageAt(model.index(1, 0)).title(), QStringLiteral("Recipes"));
    }

    void findsPagesByName()
    {
        PageTreeModel model;
        model.setPages(names({QStringLiteral("Рецепты/Борщ"), QStringLiteral("Home")}));
        const PageName borscht = *PageName::fromTitle(QStringLiteral("Рецепты/Борщ"));
        const QModelIndex index = model.indexOf(borscht);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), QStringLiteral("Борщ"));
        QCOMPARE(PageTreeModel::pageAt(index), borscht);
        QVERIFY(!model.indexOf(*PageName::fromTitle(QStringLiteral("Missing"))).isValid());

        model.setPages({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOf(borscht).isValid());
    }
};

QTEST_MAIN(TestPageTreeModel)
#include "tst_pagetreemodel.moc"
