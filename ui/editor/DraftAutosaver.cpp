#include "ui/editor/DraftAutosaver.h"

#include "core/wiki/Commons.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"

namespace cp {

DraftAutosaver::DraftAutosaver(PageEditor* editor, QObject* parent) : QObject(parent), m_editor(editor)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::saveNow);
    connect(m_editor, &PageEditor::pageChanged, this, &DraftAutosaver::pageOpened);
    connect(m_editor->editor(), &QPlainTextEdit::textChanged, this, &DraftAutosaver::textChanged);
    connect(m_editor, &PageEditor::saved, this, [this](const PageName& page, const QString& commit) {
        forget(page);
        m_base = commit;
    });
    connect(m_editor, &PageEditor::changesDiscarded, this, &DraftAutosaver::forget);
}

void DraftAutosaver::setCommons(Commons* commons)
{
    m_timer.stop();
    m_commons = commons;
    m_store.reset();
    if (m_commons)
        m_store.emplace(DraftStore::forRepository(m_commons->repository()));
    pageOpened(m_editor->page());
}

void DraftAutosaver::pageOpened(const PageName& page)
{
    m_timer.stop();
    m_page = page;
    m_base = m_commons && !m_editor->isNewPage() ? m_commons->head() : QString();
    m_lastSaved.clear();
    m_wrote = false;
}

void DraftAutosaver::textChanged()
{
    if (m_store && m_page.isValid() && !m_timer.isActive())
        m_timer.start();
}

void DraftAutosaver::saveNow()
{
    m_timer.stop();
    if (!m_store || !m_page.isValid() || m_editor->page() != m_page)
        return;
    if (!m_editor->isModified()) {
        // Back to the saved text (undo): the draft has nothing left to keep.
        if (m_wrote)
            forget(m_page);
        return;
    }
    const QString text = m_editor->editor()->toPlainText();
    if (text == m_lastSaved)
        return;
    if (auto saved = m_store->save(Draft{m_page, text, m_base, {}}); !saved) {
        emit failed(saved.error().message);
        return;
    }
    m_lastSaved = text;
    m_wrote = true;
    emit draftSaved(m_page);
}

void DraftAutosaver::forget(const PageName& page)
{
    if (page == m_page) {
        m_timer.stop();
        m_lastSaved.clear();
        m_wrote = false;
    }
    if (m_store)
        (void)m_store->discard(page);
}

} // namespace cp
