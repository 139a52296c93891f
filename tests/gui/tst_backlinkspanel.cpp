// Links in the real window: the Links dock lists the pages that link to the open
// page once they are saved and the links to missing pages; renaming a page with
// F2 offers to update the links to it, all in one commit; the orphans and missing
// links view lists the loose ends.

#include "WikiWindowFixture.h"
#include "ui/links/BacklinksPanel.h"
#include "ui/links/LinkMaintenanceDialog.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace cp;
using cp::test::findVisible;

class TestBacklinksPanel : public QObject
{
    Q_OBJECT

private:
    test::WikiWindowFixture m_app;

    BacklinksPanel* panel() const { return m_app.tools()->backlinksPanel(); }

    static QStringList texts(const QListWidget* list)
    {
        QStringList found;
        for (int row = 0; row < list->count(); ++row)
            found.append(list->item(row)->text());
        return found;
    }

    QString readFile(const QString& relative) const
    {
        QFile file(m_app.commonsPath() + u'/' + relative);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QStringList gitLines(const QStringList& arguments) const
    {
        QProcess git;
        git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), m_app.commonsPath()} + arguments);
        if (!git.waitForFinished(30000))
            return {};
        return QString::fromUtf8(git.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

    void createPage(const QString& title, const QString& text)
    {
        auto page = PageName::fromTitle(title);
        QVERIFY(page);
        QVERIFY(m_app.commons()->pages().create(*page, text).has_value());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        auto* dock = m_app.window()->findChild<QDockWidget*>(QStringLiteral("backlinksDock"));
        QVERIFY(dock && dock->isVisible());
        createPage(QStringLiteral("Birds/Heron"), QStringLiteral("# Heron\n\nA tall wading bird.\n"));
    }

    void listsALinkingPageAfterASave()
    {
        QVERIFY(m_app.open(QStringLiteral("Birds/Heron")));
        QVERIFY(texts(panel()->backlinks()).isEmpty());
        auto* empty = panel()->findChild<QLabel*>(QStringLiteral("backlinksEmpty"));
        QVERIFY(empty->isVisible());

        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        QVERIFY(m_app.typeAndSave(QStringLiteral("# Welcome\n\nSee [[Birds/Heron]] and the [[Birds/Crane|crane]].\n")));
        // The open page links to a page that does not exist yet.
        QTRY_COMPARE(texts(panel()->missingLinks()), QStringList{QStringLiteral("Birds/Crane")});
        QVERIFY(panel()->missingLinks()->isVisible());

        QVERIFY(m_app.open(QStringLiteral("Birds/Heron")));
        QTRY_COMPARE(texts(panel()->backlinks()), QStringList{QStringLiteral("Welcome")});
        QVERIFY(!empty->isVisible());
        QVERIFY(texts(panel()->missingLinks()).isEmpty());

        // A click opens the linking page.
        QListWidget* list = panel()->backlinks();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QTRY_COMPARE(m_app.editor()->page().title(), QStringLiteral("Welcome"));
    }

    void clickingAMissingLinkOffersToStartThePage()
    {
        QListWidget* list = panel()->missingLinks();
        QTRY_COMPARE(list->count(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_app.window(), QStringLiteral("createPagePrompt"))));
        QTest::keyClick(prompt, Qt::Key_Escape);
        QTRY_VERIFY(!findVisible<QMessageBox>(m_app.window(), QStringLiteral("createPagePrompt")));
        QCOMPARE(m_app.editor()->page().title(), QStringLiteral("Welcome"));
    }

    void renameUpdatesTheLinksInOneCommit()
    {
        QVERIFY(m_app.open(QStringLiteral("Birds/Heron")));
        const QStringList before = gitLines({QStringLiteral("rev-list"), QStringLiteral("main")});
        m_app.pressShortcut(m_app.text(), Qt::Key_F2);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = findVisible<QDialog>(m_app.window(), QStringLiteral("pageNameDialog"))));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("pageNameEdit"));
        name->selectAll();
        test::type(name, QStringLiteral("Birds/Grey heron"));
        QTest::keyClick(name, Qt::Key_Return);

        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_app.window(), QStringLiteral("renameLinksPrompt"))));
        QVERIFY2(prompt->informativeText().contains(QStringLiteral("Also update one link in one page?")),
                 qPrintable(prompt->informativeText()));
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("updateLinksChoice")), Qt::LeftButton);

        QTRY_COMPARE(m_app.editor()->page().title(), QStringLiteral("Birds/Grey heron"));
        const QStringList after = gitLines({QStringLiteral("rev-list"), QStringLiteral("main")});
        QCOMPARE(after.size(), before.size() + 1);
        const QStringList touched =
            gitLines({QStringLiteral("-c"), QStringLiteral("core.quotePath=false"), QStringLiteral("show"),
                      QStringLiteral("--name-only"), QStringLiteral("--no-renames"), QStringLiteral("--format="),
                      QStringLiteral("main")});
        QVERIFY2(touched == (QStringList{QStringLiteral("Birds/Grey heron.md"), QStringLiteral("Birds/Heron.md"),
                                         QStringLiteral("Welcome.md")}),
                 qPrintable(touched.join(u',')));
        QVERIFY(readFile(QStringLiteral("Welcome.md")).contains(QStringLiteral("[[Birds/Grey heron]]")));
        QVERIFY(!readFile(QStringLiteral("Welcome.md")).contains(QStringLiteral("[[Birds/Heron]]")));
        QVERIFY(!QFile::exists(m_app.commonsPath() + QStringLiteral("/Birds/Heron.md")));
        // The panel follows: the renamed page is still linked from Welcome.
        QTRY_COMPARE(texts(panel()->backlinks()), QStringList{QStringLiteral("Welcome")});
    }

    void renameOnlyLeavesTheLinks()
    {
        QVERIFY(m_app.open(QStringLiteral("Birds/Grey heron")));
        m_app.pressShortcut(m_app.text(), Qt::Key_F2);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = findVisible<QDialog>(m_app.window(), QStringLiteral("pageNameDialog"))));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("pageNameEdit"));
        name->selectAll();
        test::type(name, QStringLiteral("Birds/Egret"));
        QTest::keyClick(name, Qt::Key_Return);
        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_app.window(), QStringLiteral("renameLinksPrompt"))));
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("renameOnlyChoice")), Qt::LeftButton);
        QTRY_COMPARE(m_app.editor()->page().title(), QStringLiteral("Birds/Egret"));
        QVERIFY(readFile(QStringLiteral("Welcome.md")).contains(QStringLiteral("[[Birds/Grey heron]]")));
        QTRY_VERIFY(texts(panel()->backlinks()).isEmpty());
    }

    void listsOrphansAndMissingPages()
    {
        m_app.window()->findChild<QAction*>(QStringLiteral("linkMaintenanceAction"))->trigger();
        LinkMaintenanceDialog* dialog = nullptr;
        QTRY_VERIFY(
            (dialog = findVisible<LinkMaintenanceDialog>(m_app.window(), QStringLiteral("linkMaintenanceDialog"))));
        QTRY_VERIFY(texts(dialog->orphans()).contains(QStringLiteral("Birds/Egret")));
        QStringList missing;
        for (int i = 0; i < dialog->missing()->topLevelItemCount(); ++i)
            missing.append(dialog->missing()->topLevelItem(i)->text(0));
        QVERIFY2(missing.contains(QStringLiteral("Birds/Crane")), qPrintable(missing.join(u',')));
        QVERIFY(missing.contains(QStringLiteral("Birds/Grey heron")));

        // Activating an orphan opens it.
        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        const QList<QListWidgetItem*> egret =
            dialog->orphans()->findItems(QStringLiteral("Birds/Egret"), Qt::MatchExactly);
        QCOMPARE(egret.size(), 1);
        dialog->orphans()->setCurrentItem(egret.first());
        QTest::keyClick(dialog->orphans(), Qt::Key_Return);
        QTRY_COMPARE(m_app.editor()->page().title(), QStringLiteral("Birds/Egret"));
        QVERIFY(dialog->isVisible()); // stays open for the next one

        // It follows saves: link the orphan and it is one no more.
        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        QVERIFY(m_app.typeAndSave(QStringLiteral("# Welcome\n\n[[Birds/Egret]]\n")));
        QTRY_VERIFY(!texts(dialog->orphans()).contains(QStringLiteral("Birds/Egret")));
        dialog->close();
    }
};

QTEST_MAIN(TestBacklinksPanel)
#include "tst_backlinkspanel.moc"
