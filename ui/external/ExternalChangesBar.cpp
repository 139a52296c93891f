#include "ui/external/ExternalChangesBar.h"

#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WorkingTreeWatcher.h"
#include "ui/ErrorMessage.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"

#include <QEvent>
#include <QPushButton>

namespace cp {

ExternalChangesBar::ExternalChangesBar(PageEditor* editor)
    : InfoBar(editor), m_editor(editor), m_review(addButton(QStringLiteral("reviewExternalButton"))),
      m_commit(addButton(QStringLiteral("commitExternalButton")))
{
    setObjectName(QStringLiteral("externalChangesBar"));
    connect(m_review, &QPushButton::clicked, this, &ExternalChangesBar::reviewRequested);
    connect(m_commit, &QPushButton::clicked, this, &ExternalChangesBar::commitAll);
    connect(m_editor, &PageEditor::pageChanged, this, &ExternalChangesBar::retranslate);
    connect(m_editor, &PageEditor::modificationChanged, this, &ExternalChangesBar::retranslate);
    m_editor->addInfoBar(this);
    retranslate();
}

void ExternalChangesBar::setCommons(Commons* commons, WorkingTreeWatcher* watcher)
{
    if (m_watcher)
        disconnect(m_watcher, nullptr, this, nullptr);
    m_commons = commons;
    m_watcher = watcher;
    m_changes.clear();
    if (m_watcher)
        connect(m_watcher, &WorkingTreeWatcher::changesFound, this, &ExternalChangesBar::update);
    hide();
}

void ExternalChangesBar::update(const QList<ExternalChange>& changes)
{
    m_changes = changes;
    followOpenPage();
    retranslate();
    setVisible(!m_changes.isEmpty());
}

void ExternalChangesBar::followOpenPage()
{
    const PageName page = m_editor->page();
    if (!m_commons || !page.isValid() || m_editor->isModified())
        return;
    auto onDisk = m_commons->pages().read(page);
    if (!onDisk || *onDisk == m_editor->editor()->toPlainText())
        return;
    if (m_editor->openPage(page))
        emit pageReloaded(page);
}

void ExternalChangesBar::commitAll()
{
    if (!m_commons)
        return;
    if (auto committed = ExternalEdits(*m_commons).commit(); !committed)
        showError(window(), tr("Could not commit the changes made outside Commonplace."), committed.error());
}

void ExternalChangesBar::changeEvent(QEvent* event)
{
    InfoBar::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ExternalChangesBar::retranslate()
{
    m_review->setText(tr("Review…"));
    m_commit->setText(tr("Commit"));
    m_commit->setToolTip(tr("Commit every change made outside Commonplace, as it is on disk now"));
    int pages = 0;
    bool openPageChanged = false;
    for (const ExternalChange& change : std::as_const(m_changes)) {
        pages += change.isPage() ? 1 : 0;
        openPageChanged = openPageChanged || (change.isPage() && change.page == m_editor->page());
    }
    const int files = int(m_changes.size());
    // English needs its singular spelled out; other languages use the %n forms.
    QString text;
    if (pages == files)
        text = pages == 1 ? tr("1 page changed outside Commonplace.")
                          : tr("%n pages changed outside Commonplace.", nullptr, pages);
    else
        text = files == 1 ? tr("1 file changed outside Commonplace.")
                          : tr("%n files changed outside Commonplace.", nullptr, files);
    if (openPageChanged && m_editor->isModified())
        text += u' ' +
                tr("“%1” is one of them and has unsaved edits here: they are kept, and saving asks how to keep both.")
                    .arg(m_editor->page().title());
    setText(text);
}

} // namespace cp
