#include "ui/WikiTools.h"

#include "core/wiki/Attachments.h"
#include "core/wiki/Commons.h"
#include "core/wiki/DraftStore.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WikiIndex.h"
#include "core/wiki/WorkingTreeWatcher.h"
#include "ui/ErrorMessage.h"
#include "ui/Icons.h"
#include "ui/editor/AttachmentDrop.h"
#include "ui/editor/DraftAutosaver.h"
#include "ui/editor/DraftRecoveryBar.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"
#include "ui/external/ExternalChangesBar.h"
#include "ui/external/ExternalChangesDialog.h"
#include "ui/links/BacklinksPanel.h"
#include "ui/links/LinkMaintenanceDialog.h"
#include "ui/links/RenamePageCommand.h"
#include "ui/search/SearchPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace cp {

namespace {

// The menu of `menuBar` that holds the action called `actionName`.
QMenu* menuHolding(QMenuBar* menuBar, const QString& actionName)
{
    for (QAction* entry : menuBar->actions()) {
        QMenu* menu = entry->menu();
        if (!menu)
            continue;
        for (QAction* action : menu->actions()) {
            if (action->objectName() == actionName)
                return menu;
        }
    }
    return nullptr;
}

} // namespace

WikiTools::WikiTools(QMainWindow* window, PageEditor* editor, Profile profile)
    : QObject(window), m_window(window), m_editor(editor), m_profile(std::move(profile)),
      m_rename(new RenamePageCommand(window)), m_attachments(new AttachmentDrop(this)),
      m_autosaver(new DraftAutosaver(editor, this)), m_draftBar(new DraftRecoveryBar(editor)),
      m_externalBar(new ExternalChangesBar(editor))
{
    createDocks();
    createActions();

    m_editor->editor()->setAttachmentDrop(m_attachments);
    m_attachments->setCurrentPage([this] { return m_editor->page(); });
    connect(m_attachments, &AttachmentDrop::failed, this, [this](const QString& what, const QString& message) {
        showError(m_window, tr("Could not attach “%1”.").arg(what), Error::user(message));
    });
    connect(m_attachments, &AttachmentDrop::attached, this,
            [this](const QString& path) { emit statusMessage(tr("Attached %1.").arg(path), 5000); });
    connect(m_autosaver, &DraftAutosaver::failed, this, [this](const QString& message) {
        emit statusMessage(tr("Could not keep a draft: %1").arg(message), 8000);
    });

    connect(m_editor, &PageEditor::pageChanged, m_backlinks, &BacklinksPanel::setPage);
    connect(m_search, &SearchPanel::pageActivated, this, &WikiTools::pageRequested);
    connect(m_backlinks, &BacklinksPanel::pageActivated, this, &WikiTools::pageRequested);
    connect(m_backlinks, &BacklinksPanel::missingPageActivated, this, &WikiTools::missingPageRequested);
    connect(m_rename, &RenamePageCommand::message, this,
            [this](const QString& text) { emit statusMessage(text, 8000); });
    connect(m_rename, &RenamePageCommand::renamed, this,
            [this](const PageName&, const PageName& to) { reloadIfStale(to); });
    connect(m_externalBar, &ExternalChangesBar::reviewRequested, this, &WikiTools::reviewExternalChanges);
    connect(m_externalBar, &ExternalChangesBar::pageReloaded, this, [this](const PageName& page) {
        emit statusMessage(tr("“%1” was changed outside Commonplace and read again.").arg(page.title()), 8000);
    });
    m_window->installEventFilter(this);
    retranslate();
}

WikiTools::~WikiTools()
{
    // The window calls setCommons(nullptr) first; by now the editor and its bars may be gone.
    m_watcher.reset();
    m_index.reset();
}

void WikiTools::createDocks()
{
    m_search = new SearchPanel(m_window);
    m_searchDock = new QDockWidget(m_window);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    m_searchDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_searchDock);

    m_backlinks = new BacklinksPanel(m_window);
    m_linksDock = new QDockWidget(m_window);
    m_linksDock->setObjectName(QStringLiteral("backlinksDock"));
    m_linksDock->setWidget(m_backlinks);
    m_linksDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_linksDock);
    m_window->resizeDocks({m_searchDock, m_linksDock}, {280, 280}, Qt::Horizontal);
}

void WikiTools::createActions()
{
    searchPages = new QAction(icons::themed(QStringLiteral("edit-find")), QString(), m_window);
    searchPages->setObjectName(QStringLiteral("searchPagesAction"));
    searchPages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_window->addAction(searchPages);
    connect(searchPages, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusSearch();
    });

    linkMaintenance = new QAction(m_window);
    linkMaintenance->setObjectName(QStringLiteral("linkMaintenanceAction"));
    m_window->addAction(linkMaintenance);
    connect(linkMaintenance, &QAction::triggered, this, &WikiTools::showLinkMaintenance);

    rebuildIndex = new QAction(m_window);
    rebuildIndex->setObjectName(QStringLiteral("rebuildIndexAction"));
    m_window->addAction(rebuildIndex);
    connect(rebuildIndex, &QAction::triggered, this, [this] {
        if (m_index)
            m_index->startRebuild();
        m_searchDock->show();
    });
}

void WikiTools::fillMenus(QMenuBar* menuBar)
{
    if (QMenu* edit = menuHolding(menuBar, QStringLiteral("selectAllAction"))) {
        edit->addSeparator();
        edit->addAction(searchPages);
    }
    if (QMenu* view = menuHolding(menuBar, QStringLiteral("previewModeAction"))) {
        view->addSeparator();
        view->addActions({m_searchDock->toggleViewAction(), m_linksDock->toggleViewAction()});
        view->addSeparator();
        view->addActions({linkMaintenance, rebuildIndex});
    }
}

void WikiTools::retranslate()
{
    m_searchDock->setWindowTitle(tr("Search"));
    m_linksDock->setWindowTitle(tr("Links"));
    searchPages->setText(tr("&Search Pages…"));
    searchPages->setToolTip(
        tr("Search the text of every page (%1)").arg(searchPages->shortcut().toString(QKeySequence::NativeText)));
    linkMaintenance->setText(tr("&Orphans and Missing Links…"));
    rebuildIndex->setText(tr("Re&build Search Index"));
}

void WikiTools::setCommons(Commons* commons)
{
    if (m_commons)
        disconnect(&m_commons->pages(), nullptr, this, nullptr);
    if (m_maintenance)
        m_maintenance->setIndex(nullptr);
    m_search->setIndex(nullptr);
    m_backlinks->setIndex(nullptr);
    m_rename->setCommons(nullptr, nullptr);
    m_externalBar->setCommons(nullptr, nullptr);
    m_watcher.reset();
    m_index.reset();
    m_commons = commons;
    m_automaticRebuilds = 0;
    m_attachments->setCommons(commons);
    m_attachments->setMaxBytes(Attachments::maxBytesFrom(m_profile.settings()));
    m_autosaver->setCommons(commons);
    m_draftBar->setCommons(commons);
    if (!commons)
        return;

    openIndex();
    m_watcher = std::make_unique<WorkingTreeWatcher>(*commons);
    m_externalBar->setCommons(commons, m_watcher.get());
    connect(m_watcher.get(), &WorkingTreeWatcher::scanFailed, this, [this](const QString& message) {
        emit statusMessage(tr("Could not look for outside changes: %1").arg(message), 8000);
    });
    m_watcher->start();
    // Pages rewritten by a rename, committed from outside, restored: show their new text.
    connect(&commons->pages(), &PageStore::pageSaved, this, &WikiTools::reloadIfStale);
}

void WikiTools::openIndex()
{
    auto opened = WikiIndex::open(*m_commons);
    if (!opened) {
        emit statusMessage(tr("Search is not available: %1").arg(opened.error().message), 0);
        return;
    }
    m_index = std::move(*opened);
    connect(m_index.get(), &WikiIndex::stateChanged, this, &WikiTools::onIndexState);
    m_search->setIndex(m_index.get());
    m_backlinks->setIndex(m_index.get());
    m_rename->setCommons(m_commons, m_index.get());
    if (m_maintenance)
        m_maintenance->setIndex(m_index.get());
    onIndexState();
}

void WikiTools::onIndexState()
{
    // A missing or damaged index is built again in the background, without asking;
    // if that fails twice, the search panel offers to try again.
    if (m_index && m_index->state() == WikiIndex::State::NeedsRebuild && m_automaticRebuilds < 2) {
        ++m_automaticRebuilds;
        m_index->startRebuild();
    }
}

void WikiTools::rename(const PageName& page)
{
    m_rename->rename(page);
}

PageName WikiTools::newestDraft() const
{
    if (!m_commons)
        return {};
    auto drafts = DraftStore::forRepository(m_commons->repository()).list();
    return drafts && !drafts->isEmpty() ? drafts->last().page : PageName();
}

void WikiTools::showLinkMaintenance()
{
    if (!m_maintenance) {
        m_maintenance = new LinkMaintenanceDialog(m_window);
        m_maintenance->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_maintenance, &LinkMaintenanceDialog::pageActivated, this, &WikiTools::pageRequested);
        connect(m_maintenance, &LinkMaintenanceDialog::missingPageActivated, this, &WikiTools::missingPageRequested);
    }
    m_maintenance->setIndex(m_index.get());
    m_maintenance->show();
    m_maintenance->raise();
    m_maintenance->activateWindow();
}

void WikiTools::reviewExternalChanges()
{
    if (!m_commons || !m_watcher)
        return;
    auto* dialog = new ExternalChangesDialog(*m_commons, m_watcher->changes(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_watcher)
            m_watcher->checkNow();
    });
    dialog->open();
}

void WikiTools::reloadIfStale(const PageName& page)
{
    if (!m_commons || page != m_editor->page() || m_editor->isModified())
        return;
    auto text = m_commons->pages().read(page);
    if (text && *text != m_editor->editor()->toPlainText())
        (void)m_editor->openPage(page);
}

bool WikiTools::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        // File watching has limits (watch counts, network folders); a look on activation has none.
        if (event->type() == QEvent::WindowActivate && m_watcher)
            m_watcher->checkNow();
        else if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cp
