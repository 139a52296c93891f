#include "ui/pages/PageTreePanel.h"

#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "ui/Icons.h"
#include "ui/pages/PageTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cp {

PageTreePanel::PageTreePanel(QWidget* parent)
    : QWidget(parent), m_name(new QLabel(this)), m_description(new QLabel(this)), m_filter(new QLineEdit(this)), m_tree(new QTreeView(this)),
      m_model(new PageTreeModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("pageTreePanel"));
    m_name->setObjectName(QStringLiteral("commonsName"));
    m_name->setWordWrap(true);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_name->setFont(nameFont);
    m_description->setObjectName(QStringLiteral("commonsDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icons::themed(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PageTreeModel::TitleRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_tree->setObjectName(QStringLiteral("pageTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 2px 0px; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 6, 6);
    layout->setSpacing(8);
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_name);
    heading->addWidget(m_description);
    layout->addLayout(heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &PageTreePanel::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Return opens the first page that matches.
        for (QModelIndex index = m_proxy->index(0, 0); index.isValid();
             index = m_tree->indexBelow(index)) {
            if (!PageTreeModel::pageAt(m_proxy->mapToSource(index)).isValid())
                continue;
            activate(index);
            return;
        }
    });
    connect(m_tree, &QTreeView::activated, this, &PageTreePanel::activate);
    connect(m_tree, &QTreeView::clicked, this, &PageTreePanel::activate);
    retranslate();
}

void PageTreePanel::setCommons(Commons* commons)
{
    if (m_commons) {
        disconnect(&m_commons->pages(), nullptr, this, nullptr);
        disconnect(m_commons, nullptr, this, nullptr);
    }
    m_commons = commons;
    m_current = {};
    m_filter->clear();
    if (m_commons) {
        PageStore* store = &m_commons->pages();
        connect(store, &PageStore::pageCreated, this, &PageTreePanel::reload);
        connect(store, &PageStore::pageRemoved, this, &PageTreePanel::reload);
        connect(store, &PageStore::pageRenamed, this, &PageTreePanel::reload);
        // Pages added or removed by someone else (the sync node, the CLI) show up too.
        connect(m_commons, &Commons::headChanged, this, &PageTreePanel::reload);
        const CommonsInfo info = m_commons->info();
        m_name->setText(info.name);
        m_description->setText(info.description);
    } else {
        m_name->clear();
        m_description->clear();
    }
    m_description->setVisible(!m_description->text().isEmpty());
    reload();
    m_tree->expandToDepth(0);
}

void PageTreePanel::reload()
{
    // Keep the folders that were open open.
    QStringList expanded;
    for (QModelIndex index = m_proxy->index(0, 0); index.isValid(); index = m_tree->indexBelow(index)) {
        if (m_tree->isExpanded(index))
            expanded.append(index.data(PageTreeModel::FolderRole).toString());
    }
    if (m_commons) {
        auto pages = m_commons->pages().list();
        m_model->setPages(pages ? *pages : QList<PageName>());
    } else {
        m_model->setPages({});
    }
    for (const QString& folder : expanded) {
        const auto items = m_model->match(m_model->index(0, 0), PageTreeModel::FolderRole, folder, 1,
                                          Qt::MatchExactly | Qt::MatchRecursive);
        if (!items.isEmpty())
            m_tree->expand(m_proxy->mapFromSource(items.first()));
    }
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
    selectPage(m_current);
}

void PageTreePanel::selectPage(const PageName& page)
{
    m_current = page;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(page));
    if (!index.isValid()) {
        m_tree->clearSelection();
        return;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void PageTreePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void PageTreePanel::applyFilter(const QString& text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
    selectPage(m_current);
}

void PageTreePanel::activate(const QModelIndex& proxyIndex)
{
    const PageName page = PageTreeModel::pageAt(m_proxy->mapToSource(proxyIndex));
    if (page.isValid() && page != m_current)
        emit pageActivated(page);
}

bool PageTreePanel::eventFilter(QObject* watched, QEvent* event)
{
    // Down in the filter box moves into the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_tree->setFocus(Qt::TabFocusReason);
        if (!m_tree->currentIndex().isValid())
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PageTreePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PageTreePanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter pages"));
    m_filter->setToolTip(tr("Show only the pages whose title contains this text"));
}

} // namespace cp
