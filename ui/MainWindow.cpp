#include "ui/MainWindow.h"

#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "ui/CommonsStatusBar.h"
#include "ui/ErrorMessage.h"
#include "ui/Icons.h"
#include "ui/MainActions.h"
#include "ui/WikiTools.h"
#include "ui/history/HistoryViews.h"
#include "ui/identity/IdentityViews.h"
#include "ui/invite/InviteViews.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"
#include "ui/pages/PageCommands.h"
#include "ui/pages/PageTreePanel.h"
#include "ui/review/ReviewViews.h"
#include "ui/review/ReviewPanel.h"
#include "ui/sync/SyncViews.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>

namespace cp {

MainWindow::MainWindow(Profile profile, QWidget* parent)
    : QMainWindow(parent), m_profile(std::move(profile)), m_actions(new MainActions(this)),
      m_tree(new PageTreePanel(this)), m_editor(new PageEditor(this)), m_commands(new PageCommands(this)),
      m_status(new CommonsStatusBar(this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icons::app());
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    setCentralWidget(m_splitter);
    setStatusBar(m_status);

    auto* toolBar = addToolBar(tr("Main Tool Bar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->fillToolBar(toolBar);
    m_actions->fillMenuBar(menuBar());
    m_tree->tree()->addActions({m_actions->newPage, m_actions->rename, m_actions->remove});
    m_reviews = new ReviewViews(this); // a dock, a toolbar action and a status bar badge
    m_tools = new WikiTools(this, m_editor, m_profile);
    m_tools->fillMenus(menuBar());
    m_historyViews = new HistoryViews(this, m_editor);
    m_identityViews = new IdentityViews(this, m_status);
    m_identityViews->fillMenu(m_historyViews->fillMenus(menuBar()));
    m_syncViews = new SyncViews(this, m_status); // the node in the background, the Peers dock
    m_syncViews->fillMenu(menuBar()->findChild<QMenu*>(QStringLiteral("commonsMenu")));
    m_invites = new InviteViews(this, m_profile); // Invite Someone…, Join a Commons…
    m_invites->fillMenu(menuBar()->findChild<QMenu*>(QStringLiteral("commonsMenu")));
    m_syncViews->setInviteAction(m_invites->inviteAction());
    connect(m_syncViews, &SyncViews::addressesChanged, m_invites,
            [this] { m_invites->setAddresses(m_syncViews->advertisedAddresses()); });
    connect(m_invites, &InviteViews::commonsJoined, this, [this](const QString& path) {
        m_editor->settle([this, path] {
            auto joined = Commons::open(path);
            if (!joined)
                return showError(this, tr("Could not open the commons you joined."), joined.error());
            setCommons(std::move(*joined));
        });
    });

    connectActions();
    connectPanels();
    restoreLayout();
    updateState();
}

MainWindow::~MainWindow()
{
    m_tools->setCommons(nullptr); // its index and watcher refer to the commons
    m_historyViews->setCommons(nullptr); // its history cursors too
}

void MainWindow::setCommons(std::unique_ptr<Commons> commons)
{
    m_history.clear();
    m_tree->setCommons(nullptr);
    m_reviews->setCommons(nullptr);
    m_editor->setCommons(nullptr);
    m_commands->setCommons(nullptr);
    m_tools->setCommons(nullptr);
    m_historyViews->setCommons(nullptr);
    m_identityViews->setCommons(nullptr);
    m_syncViews->setCommons(nullptr);
    m_commons = std::move(commons);
    Commons* c = m_commons.get();
    m_tree->setCommons(c);
    m_reviews->setCommons(c);
    m_editor->setCommons(c);
    m_commands->setCommons(c);
    m_tools->setCommons(c);
    m_identityViews->setCommons(c);
    m_historyViews->setCommons(c);
    m_syncViews->setCommons(c);
    m_invites->setCommons(c);
    m_status->setCommonsName(c ? c->info().name : QString());
    if (c) {
        PageStore* store = &c->pages();
        connect(store, &PageStore::pageRenamed, this, [this](const PageName& from, const PageName& to) {
            m_history.rename(from, to);
            updateState();
        });
        connect(store, &PageStore::pageRemoved, this, [this](const PageName& page) {
            m_history.forget(page);
            updateState();
        });
        m_profile.setLastCommons(c->path());
        openFirstPage();
    }
    updateState();
}

void MainWindow::setIdentity(ProfileIdentity* identity)
{
    m_identityViews->setIdentity(identity);
    m_syncViews->setIdentity(identity);
    m_invites->setIdentity(identity);
}

void MainWindow::goTo(const PageName& page)
{
    navigate(page, Step::Visit);
}

void MainWindow::navigate(const PageName& page, Step step)
{
    if (!page.isValid() || !m_commons)
        return;
    m_tree->selectPage(m_editor->page()); // until the move is settled
    m_editor->settle([this, page, step] {
        if (auto opened = m_editor->openPage(page); !opened) {
            showError(this, tr("Could not open “%1”.").arg(page.title()), opened.error());
            return;
        }
        if (step == Step::Back)
            m_history.stepBack();
        else if (step == Step::Forward)
            m_history.stepForward();
        else
            m_history.visit(page);
        if (m_commons)
            m_profile.settings().setValue(lastPageKey(), page.title());
        updateState();
    });
}

void MainWindow::openFirstPage()
{
    // After a crash: the page whose unsaved text was kept, where the draft is offered.
    if (const PageName draft = m_tools->newestDraft(); draft.isValid()) {
        if (m_commons->pages().exists(draft))
            goTo(draft);
        else
            startNewPage(draft);
        return;
    }
    auto pages = m_commons->pages().list();
    if (!pages || pages->isEmpty())
        return;
    QList<PageName> candidates;
    for (const QString& title : {m_profile.settings().value(lastPageKey()).toString(), tr("Welcome"),
                                 QStringLiteral("Welcome")}) {
        if (auto name = PageName::fromTitle(title); name)
            candidates.append(*name);
    }
    candidates.append(pages->first());
    for (const PageName& page : candidates) {
        if (pages->contains(page)) {
            goTo(page);
            return;
        }
    }
}

void MainWindow::startNewPage(const PageName& page)
{
    m_editor->settle([this, page] {
        m_editor->startNewPage(page, QStringLiteral("# ") + page.baseName() + QStringLiteral("\n\n"));
        m_editor->editor()->setFocus();
        updateState();
    });
}

void MainWindow::saveCurrentPage()
{
    if (!m_editor->isModified())
        return;
    if (auto commit = m_editor->save(); commit) {
        m_status->showMessage(tr("Saved “%1”.").arg(m_editor->page().title()), 5000);
        m_history.visit(m_editor->page());
        m_profile.settings().setValue(lastPageKey(), m_editor->page().title());
        updateState();
    }
}

void MainWindow::connectActions()
{
    MainActions* a = m_actions;
    connect(a->newPage, &QAction::triggered, this, [this] {
        const QString folder = m_editor->page().folder();
        m_commands->newPage(folder.isEmpty() ? QString() : folder + u'/');
    });
    connect(a->openPage, &QAction::triggered, m_tree, &PageTreePanel::focusFilter);
    connect(a->save, &QAction::triggered, this, &MainWindow::saveCurrentPage);
    connect(a->rename, &QAction::triggered, this,
            [this] { m_editor->settle([this] { m_tools->rename(m_editor->page()); }); });
    connect(a->remove, &QAction::triggered, this, [this] { m_commands->remove(m_editor->page()); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->back, &QAction::triggered, this, [this] { navigate(m_history.backTarget(), Step::Back); });
    connect(a->forward, &QAction::triggered, this, [this] { navigate(m_history.forwardTarget(), Step::Forward); });
    connect(a->editMode, &QAction::triggered, this, [this] { m_editor->setViewMode(PageEditor::ViewMode::Edit); });
    connect(a->splitMode, &QAction::triggered, this, [this] { m_editor->setViewMode(PageEditor::ViewMode::Split); });
    connect(a->previewMode, &QAction::triggered, this,
            [this] { m_editor->setViewMode(PageEditor::ViewMode::Preview); });
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    MarkdownEditor* text = m_editor->editor();
    connect(a->undo, &QAction::triggered, text, &QPlainTextEdit::undo);
    connect(a->redo, &QAction::triggered, text, &QPlainTextEdit::redo);
    connect(a->cut, &QAction::triggered, text, &QPlainTextEdit::cut);
    connect(a->copy, &QAction::triggered, text, &QPlainTextEdit::copy);
    connect(a->paste, &QAction::triggered, text, &QPlainTextEdit::paste);
    connect(a->selectAll, &QAction::triggered, text, &QPlainTextEdit::selectAll);
    connect(text, &QPlainTextEdit::undoAvailable, a->undo, &QAction::setEnabled);
    connect(text, &QPlainTextEdit::redoAvailable, a->redo, &QAction::setEnabled);
    connect(text, &QPlainTextEdit::copyAvailable, a->cut, &QAction::setEnabled);
    connect(text, &QPlainTextEdit::copyAvailable, a->copy, &QAction::setEnabled);
    for (QAction* action : {a->undo, a->redo, a->cut, a->copy})
        action->setEnabled(false);
}

void MainWindow::connectPanels()
{
    connect(m_tree, &PageTreePanel::pageActivated, this, &MainWindow::goTo);
    connect(m_editor, &PageEditor::pageChanged, this, &MainWindow::updateState);
    connect(m_editor, &PageEditor::modificationChanged, this, &MainWindow::updateState);
    connect(m_editor, &PageEditor::pageLinkClicked, this, [this](const QString& title) {
        if (auto page = PageName::fromTitle(title); page)
            goTo(*page);
        else
            showError(this, tr("This link does not lead to a page."), page.error());
    });
    connect(m_editor, &PageEditor::missingPageLinkClicked, m_commands, &PageCommands::offerToCreate);
    connect(m_editor, &PageEditor::linkRefused, this, [this](const QUrl& url) {
        m_status->showMessage(tr("Commonplace does not follow links like %1.").arg(url.toDisplayString()), 8000);
    });
    connect(m_commands, &PageCommands::newPageChosen, this, &MainWindow::startNewPage);
    connect(m_tools, &WikiTools::pageRequested, this, &MainWindow::goTo);
    connect(m_tools, &WikiTools::missingPageRequested, m_commands, &PageCommands::offerToCreate);
    connect(m_tools, &WikiTools::statusMessage, m_status, &QStatusBar::showMessage);
    // Peers' changes show in the review panel as they arrive, without a refresh.
    connect(m_syncViews, &SyncViews::peerChangesArrived, m_reviews->panel(), &ReviewPanel::refresh);
}

void MainWindow::updateState()
{
    const bool hasPage = m_editor->hasPage();
    const bool stored = hasPage && !m_editor->isNewPage();
    const bool modified = m_editor->isModified();
    m_actions->save->setEnabled(modified);
    m_actions->rename->setEnabled(stored);
    m_actions->remove->setEnabled(stored);
    m_actions->newPage->setEnabled(m_commons != nullptr);
    m_actions->openPage->setEnabled(m_commons != nullptr);
    m_actions->back->setEnabled(m_history.backTarget().isValid());
    m_actions->forward->setEnabled(m_history.forwardTarget().isValid());
    m_tree->selectPage(m_editor->page());
    m_status->setPageState(m_editor->page(), m_editor->isNewPage(), modified);

    const QString commonsName = m_commons ? m_commons->info().name : QString();
    setWindowTitle(hasPage ? tr("%1[*] — %2").arg(m_editor->page().title(), commonsName) : commonsName);
    setWindowModified(modified);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About Commonplace"),
                                tr("<h3>Commonplace %1</h3>"
                                   "<p>A wiki for a circle of equals. Every member keeps the whole commons, "
                                   "writes offline, and decides which changes from the others to accept.</p>"
                                   "<p>Pages are markdown files in a git repository; there is no server.</p>")
                                    .arg(QStringLiteral(COMMONPLACE_VERSION)),
                                QMessageBox::NoButton, this);
    box->setIconPixmap(icons::app().pixmap(64, 64));
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closing || !m_editor->isModified()) {
        saveLayout();
        event->accept();
        return;
    }
    event->ignore();
    m_editor->settle([this] {
        m_closing = true;
        close();
    });
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_actions->retranslate();
        m_historyViews->retranslate();
        m_identityViews->retranslate();
        m_syncViews->retranslate();
        m_invites->retranslate();
        updateState();
    }
}

QString MainWindow::lastPageKey() const
{
    return QStringLiteral("gui/lastPage/") + (m_commons ? m_commons->id() : QString());
}

void MainWindow::restoreLayout()
{
    QSettings& settings = m_profile.settings();
    if (!restoreGeometry(settings.value(QStringLiteral("gui/geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize size(std::min(1200, screen.width() * 9 / 10), std::min(780, screen.height() * 9 / 10));
        resize(size);
        move(screen.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    if (!m_splitter->restoreState(settings.value(QStringLiteral("gui/pageTreeSplitter")).toByteArray()))
        m_splitter->setSizes({250, std::max(400, width() - 250)});
    m_editor->restoreSplitterState(settings.value(QStringLiteral("gui/editorSplitter")).toByteArray());
    restoreState(settings.value(QStringLiteral("gui/windowState")).toByteArray());
    const int mode = settings.value(QStringLiteral("gui/viewMode"), int(PageEditor::ViewMode::Split)).toInt();
    QAction* modes[] = {m_actions->editMode, m_actions->splitMode, m_actions->previewMode};
    if (mode >= 0 && mode < 3)
        modes[mode]->trigger();
}

void MainWindow::saveLayout()
{
    QSettings& settings = m_profile.settings();
    settings.setValue(QStringLiteral("gui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("gui/pageTreeSplitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("gui/editorSplitter"), m_editor->splitterState());
    settings.setValue(QStringLiteral("gui/windowState"), saveState());
    settings.setValue(QStringLiteral("gui/viewMode"), int(m_editor->viewMode()));
    settings.sync();
}

} // namespace cp
