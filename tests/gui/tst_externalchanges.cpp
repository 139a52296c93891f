// Edits made by another program in the real window: noticed and offered for
// commit in an info bar; the open page is read again when the editor holds no
// edits of its own, and never overwritten silently when it does.

#include "WikiWindowFixture.h"
#include "core/wiki/WorkingTreeWatcher.h"
#include "ui/external/ExternalChangesBar.h"

#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

using namespace cp;
using cp::test::findVisible;

class TestExternalChanges : public QObject
{
    Q_OBJECT

private:
    test::WikiWindowFixture m_app;

    ExternalChangesBar* bar() const
    {
        return m_app.window()->findChild<ExternalChangesBar*>(QStringLiteral("externalChangesBar"));
    }

    void writeOutside(const QString& relative, const QString& text)
    {
        QFile file(m_app.commonsPath() + u'/' + relative);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        m_app.tools()->watcher()->checkNow(); // as on window activation; the file watch may be slower
    }

    QString committed(const QString& relative) const
    {
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("-C"), m_app.commonsPath(), QStringLiteral("show"),
                                          QStringLiteral("main:") + relative});
        git.waitForFinished(30000);
        return QString::fromUtf8(git.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        auto garden = PageName::fromTitle(QStringLiteral("Garden"));
        QVERIFY(m_app.commons()->pages().create(*garden, QStringLiteral("# Garden\n")).has_value());
        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        QTRY_VERIFY(m_app.tools()->watcher()->isRunning());
    }

    void anOutsideEditIsOfferedAndTheOpenPageReadAgain()
    {
        writeOutside(QStringLiteral("Welcome.md"), QStringLiteral("# Welcome\n\nEdited in vim.\n"));
        QTRY_VERIFY(bar()->isVisible());
        QCOMPARE(bar()->text(), QStringLiteral("1 page changed outside Commonplace."));
        // Unmodified in the editor: shown as it is on disk now.
        QTRY_COMPARE(m_app.text()->toPlainText(), QStringLiteral("# Welcome\n\nEdited in vim.\n"));
        QVERIFY(!m_app.editor()->isModified());

        const int commits = int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size());
        QTest::mouseClick(bar()->findChild<QPushButton*>(QStringLiteral("commitExternalButton")), Qt::LeftButton);
        QTRY_VERIFY(!bar()->isVisible());
        QCOMPARE(int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size()), commits + 1);
        QCOMPARE(committed(QStringLiteral("Welcome.md")), QStringLiteral("# Welcome\n\nEdited in vim.\n"));
    }

    void unsavedEditsAreNeverOverwritten()
    {
        m_app.text()->moveCursor(QTextCursor::End);
        test::type(m_app.text(), QStringLiteral("Mine."));
        QVERIFY(m_app.editor()->isModified());
        writeOutside(QStringLiteral("Welcome.md"), QStringLiteral("# Welcome\n\nTheirs.\n"));
        QTRY_VERIFY(bar()->isVisible());
        QVERIFY(bar()->text().contains(QStringLiteral("unsaved edits")));
        QCOMPARE(m_app.text()->toPlainText(), QStringLiteral("# Welcome\n\nEdited in vim.\nMine."));

        // Saving asks; keeping both commits theirs, then mine on top.
        const int commits = int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size());
        m_app.pressShortcut(m_app.text(), Qt::Key_S, Qt::ControlModifier);
        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_app.window(), QStringLiteral("keepBothPrompt"))));
        QVERIFY(m_app.editor()->isModified());
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("keepBothChoice")), Qt::LeftButton);
        QTRY_VERIFY(!m_app.editor()->isModified());
        QCOMPARE(int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size()), commits + 2);
        QCOMPARE(committed(QStringLiteral("Welcome.md")), QStringLiteral("# Welcome\n\nEdited in vim.\nMine."));
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("-C"), m_app.commonsPath(), QStringLiteral("show"),
                                          QStringLiteral("main~1:Welcome.md")});
        QVERIFY(git.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(git.readAllStandardOutput()), QStringLiteral("# Welcome\n\nTheirs.\n"));
        QTRY_VERIFY(!bar()->isVisible());
    }

    void reviewListsTheChangesAndCommitsTheTickedOnes()
    {
        writeOutside(QStringLiteral("Garden.md"), QStringLiteral("# Garden\n\nWeeded.\n"));
        writeOutside(QStringLiteral("New from script.md"), QStringLiteral("# New\n"));
        QTRY_COMPARE(bar()->changes().size(), 2);
        QCOMPARE(bar()->text(), QStringLiteral("2 pages changed outside Commonplace."));
        QTest::mouseClick(bar()->findChild<QPushButton*>(QStringLiteral("reviewExternalButton")), Qt::LeftButton);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = findVisible<QDialog>(m_app.window(), QStringLiteral("externalChangesDialog"))));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("externalChangesList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Changed: Garden"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Added: New from script"));
        list->item(1)->setCheckState(Qt::Unchecked);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("commitTickedButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(committed(QStringLiteral("Garden.md")), QStringLiteral("# Garden\n\nWeeded.\n"));
        QTRY_COMPARE(bar()->changes().size(), 1);
        QCOMPARE(bar()->text(), QStringLiteral("1 page changed outside Commonplace."));
    }
};

QTEST_MAIN(TestExternalChanges)
#include "tst_externalchanges.moc"
