#include "ui/editor/PageEditor.h"

#include "core/wiki/Commons.h"
#include "core/wiki/ExternalEdits.h"
#include "core/wiki/History.h"
#include "core/wiki/HistoryCursor.h"
#include "core/wiki/PageStore.h"
#include "ui/ErrorMessage.h"
#include "ui/InfoBar.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PagePreview.h"
#include "ui/editor/SaveBar.h"
#include "ui/external/KeepBothPrompt.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cp {

namespace {

constexpr int kRenderDelayMs = 250;

QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    return line;
}

} // namespace

PageEditor::PageEditor(QWidget* parent)
    : QWidget(parent),
      m_renderer([this](const QString& title) {
          if (!m_commons)
              return false;
          const auto name = PageName::fromTitle(title);
          return name.has_value() && m_commons->pages().exists(*name);
      }),
      m_title(new QLabel(this)), m_state(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_editor(new MarkdownEditor(this)), m_preview(new PagePreview(this)), m_saveBar(new SaveBar(this)),
      m_renderTimer(new QTimer(this)), m_meanwhileBar(new InfoBar(this))
{
    setObjectName(QStringLiteral("pageEditor"));
    m_editor->setObjectName(QStringLiteral("markdownEditor"));
    m_preview->setObjectName(QStringLiteral("pagePreview"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_state->setObjectName(QStringLiteral("pageState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(32);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(16, 10, 16, 8);
    header->addWidget(m_title, 1);
    header->addWidget(m_state);

    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(separator(this));
    layout->addWidget(m_stack, 1);
    layout->addWidget(separator(this));
    layout->addWidget(m_saveBar);
    m_meanwhileBar->setObjectName(QStringLiteral("changedMeanwhileBar"));
    m_meanwhileBar->hide();
    m_meanwhileConflict = false;
    addInfoBar(m_meanwhileBar);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(kRenderDelayMs);
    connect(m_renderTimer, &QTimer::timeout, this, &PageEditor::render);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PageEditor::scheduleRender);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        m_saveBar->setModified(modified || m_isNew);
        updateHeader();
        emit modificationChanged(modified || m_isNew);
        if (!modified && !m_meanwhileBar->isHidden()) // edits undone or discarded: show main's text
            QMetaObject::invokeMethod(this, &PageEditor::followHead, Qt::QueuedConnection);
    });
    connect(m_saveBar, &SaveBar::saveRequested, this, [this] { (void)save(); });
    connect(m_preview, &PagePreview::pageLinkClicked, this, &PageEditor::pageLinkClicked);
    connect(m_preview, &PagePreview::missingPageLinkClicked, this, &PageEditor::missingPageLinkClicked);
    connect(m_preview, &PagePreview::linkRefused, this, &PageEditor::linkRefused);

    retranslate();
    closePage();
}

void PageEditor::setCommons(Commons* commons)
{
    if (m_commons) {
        disconnect(&m_commons->pages(), nullptr, this, nullptr);
        disconnect(m_commons, nullptr, this, nullptr);
    }
    m_commons = commons;
    closePage();
    m_preview->setAttachmentRoot(m_commons ? m_commons->path() : QString());
    if (!m_commons)
        return;
    PageStore* store = &m_commons->pages();
    connect(store, &PageStore::pageCreated, this, &PageEditor::scheduleRender);
    connect(store, &PageStore::pageRemoved, this, [this](const PageName& name) {
        if (name == m_page && !m_isNew)
            closePage();
        scheduleRender();
    });
    connect(store, &PageStore::pageRenamed, this, &PageEditor::followRename);
    // Main moved, here or by someone else (the sync node, the CLI): follow the open page.
    // Queued: a rename announces the new head before pageRenamed, which moves m_page.
    connect(m_commons, &Commons::headChanged, this, &PageEditor::followHead, Qt::QueuedConnection);
}

Status PageEditor::openPage(const PageName& name)
{
    if (!m_commons)
        return fail(Error::internal(tr("No commons is open.")));
    auto text = m_commons->pages().read(name);
    if (!text)
        return fail(text.error());
    showText(name, *text, false);
    return {};
}

void PageEditor::startNewPage(const PageName& name, const QString& text)
{
    showText(name, text, true);
    m_editor->moveCursor(QTextCursor::End);
}

void PageEditor::showText(const PageName& name, const QString& text, bool isNew)
{
    m_page = name;
    m_isNew = isNew;
    m_base = isNew ? QString() : committedBase();
    m_meanwhileBar->hide();
    m_meanwhileConflict = false;
    m_saveBar->clearSummary();
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_saveBar->setModified(isNew);
    m_stack->setCurrentWidget(m_splitter);
    updateHeader();
    render();
    emit modificationChanged(isNew);
    emit pageChanged(m_page);
}

void PageEditor::closePage()
{
    m_page = {};
    m_renderedPage = {};
    m_isNew = false;
    m_base.clear();
    m_meanwhileBar->hide();
    m_meanwhileConflict = false;
    m_renderTimer->stop();
    m_editor->clear();
    m_editor->document()->setModified(false);
    m_preview->clear();
    m_saveBar->clearSummary();
    m_saveBar->setModified(false);
    m_stack->setCurrentWidget(m_placeholder);
    updateHeader();
    emit modificationChanged(false);
    emit pageChanged(m_page);
}

bool PageEditor::isModified() const
{
    return hasPage() && (m_isNew || m_editor->document()->isModified());
}

Result<QString> PageEditor::save()
{
    if (!m_commons || !hasPage())
        return fail(Error::user(tr("There is no page to save.")));
    PageStore& store = m_commons->pages();
    const QString text = m_editor->toPlainText();
    const QString summary = m_saveBar->summary();
    if (!safeToSave(text))
        return fail(Error::conflict(tr("“%1” was changed outside Commonplace.").arg(m_page.title())));
    // Both versions of a conflict, still marked as the merge left them: not a page to keep.
    static const QRegularExpression marks(QStringLiteral("^<<<<<<< mine$[\\s\\S]*^>>>>>>> theirs$"),
                                          QRegularExpression::MultilineOption);
    if (m_meanwhileConflict && marks.match(text).hasMatch()) {
        showChangedMeanwhile(true);
        return fail(Error::conflict(tr("“%1” still holds both versions between the <<<<<<< mine and >>>>>>> "
                                       "theirs lines; keep what should stay, remove those lines, then save.")
                                        .arg(m_page.title())));
    }
    if (!m_isNew) {
        // Someone changed the page since this text started from it: merge, never overwrite.
        auto merge = store.mergeWithMain(m_page, m_base, text);
        if (!merge) {
            showError(window(), tr("Could not save “%1”.").arg(m_page.title()), merge.error());
            return fail(merge.error());
        }
        if (!merge->clean) {
            // Both versions stay in front of the person, marked; main keeps theirs.
            replaceText(merge->text, true);
            m_base = merge->theirs;
            showChangedMeanwhile(true);
            return fail(Error::conflict(
                tr("“%1” was changed meanwhile in the same places you edited; nothing was saved.").arg(m_page.title())));
        }
    }
    m_saving = true;
    auto commit = m_isNew ? store.create(m_page, text, summary) : store.saveOver(m_page, m_base, text, summary);
    m_saving = false;
    if (!commit) {
        showError(window(), tr("Could not save “%1”.").arg(m_page.title()), commit.error());
        return commit;
    }
    // What was saved: the text, merged with the change made meanwhile if there was one.
    if (auto now = store.committed(m_page); now && !now->blob.isEmpty()) {
        if (now->text != m_editor->toPlainText())
            replaceText(now->text, true); // undo goes back to the text before the merge
        m_base = now->blob;
    }
    m_meanwhileBar->hide();
    m_meanwhileConflict = false;
    m_isNew = false;
    m_saveBar->clearSummary();
    m_editor->document()->setModified(false);
    m_saveBar->setModified(false);
    updateHeader();
    emit modificationChanged(false);
    emit saved(m_page, *commit);
    return commit;
}

void PageEditor::settle(std::function<void()> proceed)
{
    if (!isModified()) {
        proceed();
        return;
    }
    askAboutUnsavedChanges(std::move(proceed));
}

void PageEditor::askAboutUnsavedChanges(std::function<void()> proceed)
{
    if (m_prompt && m_prompt->isVisible()) {
        m_prompt->raise();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("“%1” has changes that are not saved.").arg(m_page.title()), QMessageBox::NoButton,
                                window());
    box->setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box->setInformativeText(tr("Save them before you go on? Unsaved changes are lost otherwise."));
    QPushButton* saveButton = box->addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton* discardButton = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    saveButton->setObjectName(QStringLiteral("saveChoice"));
    discardButton->setObjectName(QStringLiteral("discardChoice"));
    box->setDefaultButton(saveButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, saveButton, discardButton, proceed](auto* button) {
        if (button == saveButton) {
            if (!save())
                return;
        } else if (button == discardButton) {
            m_isNew = false;
            m_editor->document()->setModified(false);
            emit changesDiscarded(m_page);
        } else {
            return;
        }
        box->close();
        proceed();
    });
    m_prompt = box;
    box->open();
}

bool PageEditor::safeToSave(const QString& text)
{
    const auto safe = ExternalEdits(*m_commons).checkSafeToSave(m_page, text);
    if (safe)
        return true;
    KeepBothPrompt::ask(window(), *m_commons, m_page, safe.error(), [this] {
        if (m_isNew && m_commons && m_commons->pages().exists(m_page))
            m_isNew = false; // the outside file is the page now; this text goes on top of it
        m_base = committedBase(); // on top of the outside version, as it was asked
        (void)save();
    });
    return false;
}

QString PageEditor::committedBase() const
{
    if (!m_commons || !m_page.isValid())
        return {};
    auto committed = m_commons->pages().committed(m_page);
    return committed ? committed->blob : QString();
}

void PageEditor::followHead()
{
    if (!m_commons || !hasPage() || m_isNew || m_saving)
        return;
    auto now = m_commons->pages().committed(m_page);
    if (!now || now->blob == m_base)
        return;
    if (isModified()) {
        showChangedMeanwhile(false); // the edits stay; Save merges them with this change
        return;
    }
    if (now->blob.isEmpty()) { // deleted by someone else
        closePage();
        return;
    }
    replaceText(now->text, false);
    m_base = now->blob;
    m_meanwhileBar->hide();
    m_meanwhileConflict = false;
    render();
}

void PageEditor::replaceText(const QString& text, bool asEdit)
{
    const int position = m_editor->textCursor().position();
    const int scroll = m_editor->verticalScrollBar()->value();
    if (asEdit) {
        QTextCursor all(m_editor->document());
        all.beginEditBlock();
        all.select(QTextCursor::Document);
        all.insertText(text);
        all.endEditBlock();
    } else {
        m_editor->setPlainText(text);
        m_editor->document()->setModified(false);
    }
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(std::min(position, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(scroll);
}

QString PageEditor::lastChangedBy() const
{
    if (!m_commons || !m_page.isValid())
        return {};
    History history(*m_commons);
    history.setVerifySignatures(false);
    auto cursor = history.pageHistory(m_page);
    if (!cursor)
        return {};
    auto entries = cursor->next(1, 200);
    return entries && !entries->isEmpty() ? entries->first().author : QString();
}

void PageEditor::showChangedMeanwhile(bool conflict)
{
    m_meanwhileConflict = conflict;
    const QString who = lastChangedBy();
    const QString title = m_page.title();
    QString text;
    if (conflict)
        text = who.isEmpty()
                   ? tr("“%1” was changed meanwhile in the same places you edited. Both versions are in the text now, "
                        "between <<<<<<< and >>>>>>> lines: keep what should stay, then Save.")
                         .arg(title)
                   : tr("“%1” was changed meanwhile (by %2) in the same places you edited. Both versions are in the "
                        "text now, between <<<<<<< and >>>>>>> lines: keep what should stay, then Save.")
                         .arg(title, who);
    else
        text = who.isEmpty() ? tr("“%1” was changed meanwhile; your unsaved edits are kept — Save will merge them.")
                                   .arg(title)
                             : tr("“%1” was changed meanwhile (by %2); your unsaved edits are kept — Save will merge "
                                  "them.")
                                   .arg(title, who);
    m_meanwhileBar->setText(text);
    m_meanwhileBar->show();
}

void PageEditor::addInfoBar(QWidget* bar)
{
    // Below the title and its separator, above the text.
    static_cast<QVBoxLayout*>(layout())->insertWidget(2, bar);
}

void PageEditor::setViewMode(ViewMode mode)
{
    m_mode = mode;
    m_editor->setVisible(mode != ViewMode::Preview);
    m_preview->setVisible(mode != ViewMode::Edit);
    if (mode != ViewMode::Edit)
        render();
    if (mode != ViewMode::Preview && hasPage())
        m_editor->setFocus();
}

void PageEditor::focusSummary()
{
    m_saveBar->focusSummary();
}

QByteArray PageEditor::splitterState() const
{
    return m_splitter->saveState();
}

void PageEditor::restoreSplitterState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void PageEditor::scheduleRender()
{
    if (hasPage())
        m_renderTimer->start();
}

void PageEditor::render()
{
    m_renderTimer->stop();
    if (!hasPage() || m_mode == ViewMode::Edit)
        return;
    m_preview->showDocument(m_renderer.toHtml(m_editor->toPlainText(), m_page.title()), m_renderedPage == m_page);
    m_renderedPage = m_page;
}

void PageEditor::followRename(const PageName& from, const PageName& to)
{
    if (from == m_page && !m_isNew) {
        m_page = to;
        updateHeader();
        emit pageChanged(m_page);
    }
    scheduleRender();
}

void PageEditor::updateHeader()
{
    if (!hasPage()) {
        m_title->clear();
        m_state->clear();
        return;
    }
    const QString folder = m_page.folder();
    QString title;
    if (!folder.isEmpty()) {
        QColor mutedColour = palette().color(QPalette::WindowText);
        const QColor background = palette().color(QPalette::Window);
        mutedColour.setRgbF((mutedColour.redF() + background.redF()) / 2, (mutedColour.greenF() + background.greenF()) / 2,
                            (mutedColour.blueF() + background.blueF()) / 2);
        const QString muted = mutedColour.name();
        title = QStringLiteral("<span style=\"color: ") + muted + QStringLiteral("\">") + folder.toHtmlEscaped().replace(u'/', QStringLiteral(" / ")) + QStringLiteral(" / </span>");
    }
    title += QStringLiteral("<b>") + m_page.baseName().toHtmlEscaped() + QStringLiteral("</b>");
    m_title->setText(title);
    if (m_isNew)
        m_state->setText(tr("New page, not saved yet"));
    else if (m_editor->document()->isModified())
        m_state->setText(tr("Edited"));
    else
        m_state->clear();
}

void PageEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PageEditor::retranslate()
{
    m_placeholder->setText(tr("Choose a page on the left, or start a new one with %1.")
                               .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_editor->setPlaceholderText(tr("Write in markdown. [[Page title]] links to another page."));
    if (!m_meanwhileBar->isHidden() && hasPage())
        showChangedMeanwhile(m_meanwhileConflict);
    updateHeader();
}

} // namespace cp
