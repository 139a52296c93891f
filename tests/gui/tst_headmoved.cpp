// main moved by another handle (the sync node accepting a peer's change, the CLI,
// git) while the window is open: the page tree and the open page follow it, and
// saving unsaved edits afterwards merges them instead of reverting that change.

#include "WikiWindowFixture.h"
#include "core/git/Merge.h"
#include "core/git/Oid.h"
#include "core/git/Repository.h"
#include "core/wiki/WorkingTreeWatcher.h"
#include "ui/InfoBar.h"
#include "ui/pages/PageTreeModel.h"

#include <QTreeView>

using namespace cp;
using namespace Qt::StringLiterals;

namespace {
PageName page(const QString& title)
{
    return *PageName::fromTitle(title);
}
} // namespace

class TestHeadMoved : public QObject
{
    Q_OBJECT

private:
    test::WikiWindowFixture m_app;
    std::unique_ptr<Commons> m_other; // another handle on the same folder, as the node's thread has

    InfoBar* bar() const { return m_app.editor()->changedMeanwhileBar(); }

    bool treeShows(const QString& title) const
    {
        auto* tree = m_app.window()->findChild<QTreeView*>(u"pageTree"_s);
        const QAbstractItemModel* model = tree->model();
        return !model
                    ->match(model->index(0, 0), PageTreeModel::TitleRole, title, 1,
                            Qt::MatchExactly | Qt::MatchRecursive)
                    .isEmpty();
    }

    QString mainText(const QString& title) const
    {
        auto committed = m_app.commons()->pages().committed(page(title));
        return committed ? committed->text : QString();
    }

    bool inMainHistory(const QString& commit) const
    {
        auto id = git::Oid::fromHex(commit);
        auto head = git::Oid::fromHex(m_app.commons()->head());
        auto yes = git::Merge::isAncestor(m_app.commons()->repository(), *id, *head);
        return yes && *yes;
    }

    void replaceTyped(const QString& text)
    {
        m_app.text()->selectAll();
        QTest::keyClick(m_app.text(), Qt::Key_Delete);
        m_app.text()->insertPlainText(text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        QVERIFY(m_app.commons()->pages().create(page(u"Notes"_s), u"one\ntwo\nthree\nfour\nfive\n"_s));
        QVERIFY(m_app.open(u"Notes"_s));
        QTRY_VERIFY(m_app.tools()->watcher()->isRunning());
        auto other = Commons::open(m_app.commonsPath());
        QVERIFY(other);
        m_other = std::move(*other);
        m_other->setAuthor({u"Bea"_s, {}});
    }

    void cleanupTestCase()
    {
        m_other.reset();
        m_app.stop();
    }

    void theTreeAndTheOpenPageFollow()
    {
        QVERIFY(m_other->pages().save(page(u"Elsewhere"_s), u"# Elsewhere\n"_s));
        auto theirs = m_other->pages().save(page(u"Notes"_s), u"ONE\ntwo\nthree\nfour\nfive\n"_s);
        QVERIFY(theirs);
        QTRY_VERIFY_WITH_TIMEOUT(treeShows(u"Elsewhere"_s), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_app.text()->toPlainText(), u"ONE\ntwo\nthree\nfour\nfive\n"_s, 3000);
        QVERIFY(!m_app.editor()->isModified());
        QVERIFY(bar()->isHidden());
        QCOMPARE(m_app.editor()->base(), m_app.commons()->pages().committed(page(u"Notes"_s))->blob);
    }

    void unsavedEditsAreKeptAndMergedOnSave()
    {
        m_app.text()->moveCursor(QTextCursor::End);
        test::type(m_app.text(), u"six"_s);
        QVERIFY(m_app.editor()->isModified());
        auto theirs = m_other->pages().save(page(u"Notes"_s), u"One\ntwo\nthree\nfour\nfive\n"_s);
        QVERIFY(theirs);
        QTRY_VERIFY_WITH_TIMEOUT(bar()->isVisible(), 3000);
        QVERIFY2(bar()->text().contains(u"(by Bea)"_s), qPrintable(bar()->text()));
        QCOMPARE(m_app.text()->toPlainText(), u"ONE\ntwo\nthree\nfour\nfive\nsix"_s); // untouched

        m_app.pressShortcut(m_app.text(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_app.editor()->isModified());
        const QString merged = u"One\ntwo\nthree\nfour\nfive\nsix"_s;
        QCOMPARE(mainText(u"Notes"_s), merged);
        QCOMPARE(m_app.text()->toPlainText(), merged);
        QVERIFY(inMainHistory(*theirs));
        QVERIFY(bar()->isHidden());
    }

    void aConflictShowsBothAndLosesNothing()
    {
        replaceTyped(u"One\nmine\nthree\nfour\nfive\nsix"_s);
        auto theirs = m_other->pages().save(page(u"Notes"_s), u"One\ntheirs\nthree\nfour\nfive\nsix"_s);
        QVERIFY(theirs);
        QTRY_VERIFY_WITH_TIMEOUT(bar()->isVisible(), 3000);

        m_app.pressShortcut(m_app.text(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(bar()->text().contains(u"same places"_s));
        QVERIFY(m_app.editor()->isModified());
        QCOMPARE(m_app.commons()->head(), *theirs); // nothing saved over theirs
        const QString shown = m_app.text()->toPlainText();
        QVERIFY2(shown.contains(u"mine"_s) && shown.contains(u"theirs"_s) && shown.contains(u"<<<<<<<"_s),
                 qPrintable(shown));

        // Saving the marked text as it is: refused, nothing moves.
        m_app.pressShortcut(m_app.text(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(m_app.editor()->isModified());
        QCOMPARE(m_app.commons()->head(), *theirs);
        QCOMPARE(m_app.text()->toPlainText(), shown);

        // The person combines them and saves: on top of theirs, no merge needed now.
        QVERIFY(m_app.typeAndSave(u"One\nmine and theirs\nthree\nfour\nfive\nsix"_s));
        QCOMPARE(mainText(u"Notes"_s), u"One\nmine and theirs\nthree\nfour\nfive\nsix"_s);
        QVERIFY(inMainHistory(*theirs));
        QVERIFY(bar()->isHidden());
    }

    void undoneEditsShowMainsText()
    {
        m_app.text()->moveCursor(QTextCursor::End);
        test::type(m_app.text(), u"!"_s);
        QVERIFY(m_app.editor()->isModified());
        const QString now = u"Theirs, once more\n"_s;
        QVERIFY(m_other->pages().save(page(u"Notes"_s), now));
        QTRY_VERIFY_WITH_TIMEOUT(bar()->isVisible(), 3000);
        while (m_app.editor()->isModified() && m_app.text()->document()->isUndoAvailable())
            m_app.text()->undo();
        QVERIFY(!m_app.editor()->isModified());
        QTRY_COMPARE(m_app.text()->toPlainText(), now);
        QVERIFY(bar()->isHidden());
        QCOMPARE(m_app.editor()->base(), m_app.commons()->pages().committed(page(u"Notes"_s))->blob);
    }
};

QTEST_MAIN(TestHeadMoved)
#include "tst_headmoved.moc"
