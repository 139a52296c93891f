#pragma once

#include "core/Error.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/wiki/PageName.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMessageBox;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace cp {

class Commons;
class InfoBar;
class MarkdownEditor;
class PagePreview;
class SaveBar;

// The centre of the window: the page's title, the markdown editor and its live
// preview side by side (or one of them), and the save bar. Owns the text being
// edited: opening, saving (with the summary), and asking before unsaved text is lost.
class PageEditor : public QWidget
{
    Q_OBJECT
public:
    enum class ViewMode { Edit, Split, Preview };

    explicit PageEditor(QWidget* parent = nullptr);

    void setCommons(Commons* commons);

    // Shows an existing page.
    [[nodiscard]] Status openPage(const PageName& name);
    // Starts a page that does not exist yet; the first save creates it.
    void startNewPage(const PageName& name, const QString& text);
    void closePage();

    [[nodiscard]] PageName page() const { return m_page; }
    [[nodiscard]] bool hasPage() const { return m_page.isValid(); }
    [[nodiscard]] bool isNewPage() const { return m_isNew; }
    [[nodiscard]] bool isModified() const;

    // Saves the text with the summary typed in the save bar; returns the commit's oid.
    Result<QString> save();
    // Runs `proceed` once nothing unsaved is at stake: at once, or after the person
    // chose to save or discard; never if they cancel or the save fails.
    void settle(std::function<void()> proceed);

    void setViewMode(ViewMode mode);
    [[nodiscard]] ViewMode viewMode() const { return m_mode; }
    void focusSummary();

    [[nodiscard]] QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray& state);

    // Shows `bar` (an InfoBar) between the title and the text.
    void addInfoBar(QWidget* bar);

    [[nodiscard]] MarkdownEditor* editor() const { return m_editor; }
    // The committed blob (hex) the text in the editor started from; empty for a new page.
    [[nodiscard]] QString base() const { return m_base; }
    // "“X” was changed meanwhile…": shown when someone else changed the open page
    // while it holds unsaved edits, or when saving found both changed the same lines.
    [[nodiscard]] InfoBar* changedMeanwhileBar() const { return m_meanwhileBar; }
    [[nodiscard]] PagePreview* preview() const { return m_preview; }

signals:
    void pageChanged(const cp::PageName& page);
    void modificationChanged(bool modified);
    void saved(const cp::PageName& page, const QString& commit);
    // The person chose to throw the unsaved changes of `page` away.
    void changesDiscarded(const cp::PageName& page);
    void pageLinkClicked(const QString& title);
    void missingPageLinkClicked(const QString& title);
    void linkRefused(const QUrl& url);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showText(const PageName& name, const QString& text, bool isNew);
    void render();
    void scheduleRender();
    void updateHeader();
    void retranslate();
    void followRename(const PageName& from, const PageName& to);
    void askAboutUnsavedChanges(std::function<void()> proceed);
    // False when saving would overwrite an edit made outside Commonplace; then asks how to keep both.
    [[nodiscard]] bool safeToSave(const QString& text);
    // Main moved: follow what it holds for the open page, never dropping unsaved edits.
    void followHead();
    // Puts `text` in the editor, keeping the cursor and the scroll position roughly where
    // they were: as an edit (undo goes back) or as the unmodified text of the page.
    void replaceText(const QString& text, bool asEdit);
    void showChangedMeanwhile(bool conflict);
    [[nodiscard]] QString lastChangedBy() const;
    [[nodiscard]] QString committedBase() const;

    Commons* m_commons = nullptr;
    PageName m_page;
    PageName m_renderedPage;
    bool m_isNew = false;
    bool m_saving = false; // our own save moves main: not news for followHead
    bool m_meanwhileConflict = false;
    QString m_base;
    ViewMode m_mode = ViewMode::Split;
    MarkdownRenderer m_renderer;

    QLabel* m_title;
    QLabel* m_state;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QSplitter* m_splitter;
    MarkdownEditor* m_editor;
    PagePreview* m_preview;
    SaveBar* m_saveBar;
    QTimer* m_renderTimer;
    QPointer<QMessageBox> m_prompt;
    InfoBar* m_meanwhileBar;
};

} // namespace cp
