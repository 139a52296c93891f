#include "ui/editor/DraftRecoveryBar.h"

#include "core/wiki/Commons.h"
#include "core/wiki/History.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QTextCursor>

namespace cp {

DraftRecoveryBar::DraftRecoveryBar(PageEditor* editor)
    : InfoBar(editor), m_editor(editor), m_recover(addButton(QStringLiteral("recoverDraftButton"))),
      m_discard(addButton(QStringLiteral("discardDraftButton")))
{
    setObjectName(QStringLiteral("draftRecoveryBar"));
    m_recover->setDefault(true);
    connect(m_recover, &QPushButton::clicked, this, &DraftRecoveryBar::recover);
    connect(m_discard, &QPushButton::clicked, this, &DraftRecoveryBar::discard);
    connect(m_editor, &PageEditor::pageChanged, this, &DraftRecoveryBar::check);
    // Saving or discarding makes the draft obsolete (the autosaver deletes it).
    connect(m_editor, &PageEditor::saved, this, &QWidget::hide);
    connect(m_editor, &PageEditor::changesDiscarded, this, &QWidget::hide);
    m_editor->addInfoBar(this);
    retranslate();
}

void DraftRecoveryBar::setCommons(Commons* commons)
{
    m_commons = commons;
    m_store.reset();
    if (m_commons)
        m_store.emplace(DraftStore::forRepository(m_commons->repository()));
    check();
}

void DraftRecoveryBar::check()
{
    hide();
    m_draft.reset();
    const PageName page = m_editor->page();
    if (!m_store || !page.isValid())
        return;
    auto draft = m_store->load(page);
    if (!draft || !*draft)
        return;
    if ((*draft)->text == m_editor->editor()->toPlainText()) {
        (void)m_store->discard(page); // nothing in it that the page lacks
        return;
    }
    m_draft = **draft;
    m_movedOn = pageMovedOn(*m_draft);
    retranslate();
    show();
}

bool DraftRecoveryBar::pageMovedOn(const Draft& draft) const
{
    if (draft.baseCommit.isEmpty() || !m_commons || m_editor->isNewPage())
        return false;
    auto before = History(*m_commons).pageText(draft.page, draft.baseCommit);
    return before && *before != m_editor->editor()->toPlainText();
}

void DraftRecoveryBar::recover()
{
    if (!m_draft || m_editor->page() != m_draft->page)
        return;
    // One edit the person can undo; the page counts as changed until it is saved.
    QTextCursor cursor(m_editor->editor()->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_draft->text);
    m_editor->editor()->setFocus();
    hide();
    emit recovered(m_draft->page);
    m_draft.reset();
}

void DraftRecoveryBar::discard()
{
    if (m_draft && m_store)
        (void)m_store->discard(m_draft->page);
    m_draft.reset();
    hide();
}

void DraftRecoveryBar::changeEvent(QEvent* event)
{
    InfoBar::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void DraftRecoveryBar::retranslate()
{
    m_recover->setText(tr("Recover"));
    m_discard->setText(tr("Discard"));
    if (!m_draft)
        return;
    const QString when = QLocale().toString(m_draft->savedAt.toLocalTime(), QLocale::ShortFormat);
    QString text = tr("Text of this page that was not saved (from %1) was kept.").arg(when);
    if (m_movedOn)
        text += u' ' + tr("The page has changed since then: read it over before you save.");
    setText(text);
}

} // namespace cp
