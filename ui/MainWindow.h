#pragma once

#include "core/Profile.h"
#include "core/wiki/PageName.h"
#include "ui/NavigationHistory.h"

#include <QMainWindow>

#include <memory>

class QSplitter;

namespace cp {

class Commons;
class CommonsStatusBar;
class HistoryViews;
class IdentityViews;
class InviteViews;
class MainActions;
class PageCommands;
class PageEditor;
class PageTreePanel;
class ReviewViews;
class SyncViews;
class ProfileIdentity;
class WikiTools;

// The main window composes the panels — page tree on the left, page editor in
// the centre, status bar below — and routes commands and links between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Profile profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows `commons`, opening the page read last there (or its welcome page).
    void setCommons(std::unique_ptr<Commons> commons);
    [[nodiscard]] Commons* commons() const { return m_commons.get(); }

    // Who the window's commits are authored and signed by (loading, or ready).
    void setIdentity(ProfileIdentity* identity);

    // Opens `page` once nothing unsaved is at stake.
    void goTo(const PageName& page);

    [[nodiscard]] PageEditor* editor() const { return m_editor; }
    [[nodiscard]] PageTreePanel* pageTree() const { return m_tree; }
    [[nodiscard]] HistoryViews* historyViews() const { return m_historyViews; }
    [[nodiscard]] IdentityViews* identityViews() const { return m_identityViews; }
    [[nodiscard]] InviteViews* inviteViews() const { return m_invites; }
    [[nodiscard]] WikiTools* wikiTools() const { return m_tools; }
    [[nodiscard]] SyncViews* syncViews() const { return m_syncViews; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Step { Visit, Back, Forward };

    void connectActions();
    void connectPanels();
    void navigate(const PageName& page, Step step);
    void openFirstPage();
    void startNewPage(const PageName& page);
    void saveCurrentPage();
    void updateState();
    void showAbout();
    void restoreLayout();
    void saveLayout();
    [[nodiscard]] QString lastPageKey() const;

    Profile m_profile;
    std::unique_ptr<Commons> m_commons;
    NavigationHistory m_history;
    MainActions* m_actions;
    PageTreePanel* m_tree;
    PageEditor* m_editor;
    PageCommands* m_commands;
    CommonsStatusBar* m_status;
    WikiTools* m_tools;
    HistoryViews* m_historyViews;
    IdentityViews* m_identityViews;
    InviteViews* m_invites;
    ReviewViews* m_reviews;
    SyncViews* m_syncViews;
    QSplitter* m_splitter;
    bool m_closing = false;
};

} // namespace cp
