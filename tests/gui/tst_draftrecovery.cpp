// Drafts in the real window: a draft left by an earlier run (written with
// DraftStore before the app starts, as after a crash) is offered when the window
// opens and recovered into the editor; typing autosaves a draft, saving or
// discarding removes it.

#include "WikiWindowFixture.h"
#include "core/Profile.h"
#include "core/wiki/DraftStore.h"
#include "ui/editor/DraftAutosaver.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace cp;
using cp::test::findVisible;

class TestDraftRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profileDir;
    test::WikiWindowFixture m_app;
    const QString m_draftText = QStringLiteral("# Garden\n\nPlant the garlic before the frost. (unsaved)\n");

    DraftStore store() const { return DraftStore::forRepository(m_app.commons()->repository()); }
    PageName garden() const { return *PageName::fromTitle(QStringLiteral("Garden")); }

    QWidget* bar() const { return m_app.window()->findChild<QWidget*>(QStringLiteral("draftRecoveryBar")); }

private slots:
    void initTestCase()
    {
        // An earlier run: a commons with two pages, and the draft a crash left behind.
        auto profile = Profile::open(m_profileDir.path());
        QVERIFY(profile);
        profile->setAuthorName(QStringLiteral("Test Person"));
        auto commons =
            Commons::create(profile->newCommonsPath(QStringLiteral("Drafts")),
                            CommonsInfo{QStringLiteral("Drafts"), {}}, Author{QStringLiteral("Test Person"), {}});
        QVERIFY(commons);
        QVERIFY((*commons)->pages().create(*PageName::fromTitle(QStringLiteral("Welcome")), QStringLiteral("# Hi\n")));
        QVERIFY((*commons)->pages().create(garden(), QStringLiteral("# Garden\n\nPlant the garlic.\n")));
        QVERIFY(DraftStore::forRepository((*commons)->repository())
                    .save(Draft{garden(), m_draftText, (*commons)->head(), {}}));
        profile->setLastCommons((*commons)->path());
        profile->settings().setValue(QStringLiteral("gui/lastPage/") + (*commons)->id(), QStringLiteral("Welcome"));
        profile->settings().sync();
        commons->reset();

        QVERIFY(m_app.start(m_profileDir.path()));
    }

    void offersAndRecoversTheDraftOnStart()
    {
        // The page with the draft opens first, unchanged, with the offer above it.
        QTRY_COMPARE(m_app.editor()->page().title(), QStringLiteral("Garden"));
        QCOMPARE(m_app.text()->toPlainText(), QStringLiteral("# Garden\n\nPlant the garlic.\n"));
        QVERIFY(!m_app.editor()->isModified());
        QTRY_VERIFY(bar()->isVisible());

        QTest::mouseClick(bar()->findChild<QPushButton*>(QStringLiteral("recoverDraftButton")), Qt::LeftButton);
        QCOMPARE(m_app.text()->toPlainText(), m_draftText);
        QVERIFY(m_app.editor()->isModified()); // recovered, not saved: the person decides
        QVERIFY(!bar()->isVisible());

        // Saving makes the draft obsolete.
        m_app.pressShortcut(m_app.text(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!m_app.editor()->isModified());
        QVERIFY(!store().contains(garden()));
        QCOMPARE(*m_app.commons()->pages().read(garden()), m_draftText);
    }

    void autosavesWhileTyping()
    {
        m_app.tools()->autosaver()->setInterval(50);
        QSignalSpy saved(m_app.tools()->autosaver(), &DraftAutosaver::draftSaved);
        m_app.text()->moveCursor(QTextCursor::End);
        test::type(m_app.text(), QStringLiteral("Then the tulips."));
        QVERIFY(saved.wait(5000));
        auto draft = store().load(garden());
        QVERIFY(draft && *draft);
        QVERIFY((*draft)->text.endsWith(QStringLiteral("Then the tulips.")));
        QCOMPARE((*draft)->baseCommit, m_app.commons()->head());

        // Nothing new typed: nothing written again.
        QVERIFY(!saved.wait(300));
        QCOMPARE(saved.count(), 1);
    }

    void discardingTheChangesRemovesTheDraft()
    {
        QVERIFY(store().contains(garden()));
        m_app.window()->goTo(*PageName::fromTitle(QStringLiteral("Welcome")));
        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_app.window(), QStringLiteral("unsavedChangesPrompt"))));
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("discardChoice")), Qt::LeftButton);
        QTRY_COMPARE(m_app.editor()->page().title(), QStringLiteral("Welcome"));
        QVERIFY(!store().contains(garden()));
    }

    void aDraftWithTheSameTextIsNotOffered()
    {
        QVERIFY(store().save(Draft{garden(), *m_app.commons()->pages().read(garden()), {}, {}}));
        QVERIFY(m_app.open(QStringLiteral("Garden")));
        QVERIFY(!bar()->isVisible());
        QVERIFY(!store().contains(garden()));
    }

    void discardOnTheBarDeletesTheDraft()
    {
        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        QVERIFY(store().save(Draft{garden(), QStringLiteral("something else"), {}, {}}));
        QVERIFY(m_app.open(QStringLiteral("Garden")));
        QTRY_VERIFY(bar()->isVisible());
        QTest::mouseClick(bar()->findChild<QPushButton*>(QStringLiteral("discardDraftButton")), Qt::LeftButton);
        QVERIFY(!bar()->isVisible());
        QVERIFY(!store().contains(garden()));
        QVERIFY(!m_app.editor()->isModified());
    }
};

QTEST_MAIN(TestDraftRecovery)
#include "tst_draftrecovery.moc"
