#pragma once

#include "core/Profile.h"
#include "core/wiki/PageName.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenuBar;

namespace cp {

class AttachmentDrop;
class BacklinksPanel;
class Commons;
class DraftAutosaver;
class DraftRecoveryBar;
class ExternalChangesBar;
class LinkMaintenanceDialog;
class PageEditor;
class RenamePageCommand;
class SearchPanel;
class WikiIndex;
class WorkingTreeWatcher;

// What the window knows about a commons beyond its pages, and the panels that show
// it: the search index and link graph (WikiIndex, rebuilt in the background when
// missing or damaged), the Search and Links docks, orphans and missing links, rename
// with link updates, attachments dropped into the editor, autosaved drafts and their
// recovery, and edits made by other programs (WorkingTreeWatcher). The main window
// creates one, hands it each commons it shows, and routes the pages it asks for.
class WikiTools : public QObject
{
    Q_OBJECT
public:
    WikiTools(QMainWindow* window, PageEditor* editor, Profile profile);
    ~WikiTools() override;

    // Follows `commons` (nullptr: none). Call with nullptr before the commons or the window goes.
    void setCommons(Commons* commons);
    // Adds the actions to the window's Edit and View menus.
    void fillMenus(QMenuBar* menuBar);

    // Renames `page`, offering to update the links to it (F2).
    void rename(const PageName& page);
    // The page with the most recent autosaved draft, if any (to open first at start).
    [[nodiscard]] PageName newestDraft() const;

    [[nodiscard]] WikiIndex* index() const { return m_index.get(); }
    [[nodiscard]] WorkingTreeWatcher* watcher() const { return m_watcher.get(); }
    [[nodiscard]] SearchPanel* searchPanel() const { return m_search; }
    [[nodiscard]] BacklinksPanel* backlinksPanel() const { return m_backlinks; }
    [[nodiscard]] DraftAutosaver* autosaver() const { return m_autosaver; }
    [[nodiscard]] AttachmentDrop* attachments() const { return m_attachments; }

    QAction* searchPages;
    QAction* linkMaintenance;
    QAction* rebuildIndex;

signals:
    void pageRequested(const cp::PageName& page);
    void missingPageRequested(const QString& title);
    void statusMessage(const QString& text, int timeoutMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createDocks();
    void createActions();
    void retranslate();
    void openIndex();
    void onIndexState();
    void showLinkMaintenance();
    void reviewExternalChanges();
    void reloadIfStale(const PageName& page);

    QMainWindow* m_window;
    PageEditor* m_editor;
    Profile m_profile;
    Commons* m_commons = nullptr;
    std::unique_ptr<WikiIndex> m_index;
    std::unique_ptr<WorkingTreeWatcher> m_watcher;
    int m_automaticRebuilds = 0;

    QDockWidget* m_searchDock = nullptr;
    QDockWidget* m_linksDock = nullptr;
    SearchPanel* m_search = nullptr;
    BacklinksPanel* m_backlinks = nullptr;
    QPointer<LinkMaintenanceDialog> m_maintenance;
    RenamePageCommand* m_rename;
    AttachmentDrop* m_attachments;
    DraftAutosaver* m_autosaver;
    DraftRecoveryBar* m_draftBar;
    ExternalChangesBar* m_externalBar;
};

} // namespace cp
