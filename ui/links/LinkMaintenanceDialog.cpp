#include "ui/links/LinkMaintenanceDialog.h"

#include "core/wiki/WikiIndex.h"
#include "ui/Icons.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cp {

namespace {

constexpr int kTitleRole = Qt::UserRole + 1;
constexpr int kMissingRole = Qt::UserRole + 2;

} // namespace

LinkMaintenanceDialog::LinkMaintenanceDialog(QWidget* parent)
    : QDialog(parent), m_message(new QLabel(this)), m_tabs(new QTabWidget(this)), m_orphans(new QListWidget(this)),
      m_missing(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("linkMaintenanceDialog"));
    m_message->setObjectName(QStringLiteral("linkMaintenanceMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_tabs->setObjectName(QStringLiteral("linkMaintenanceTabs"));
    m_orphans->setObjectName(QStringLiteral("orphanList"));
    m_missing->setObjectName(QStringLiteral("missingPageTree"));
    m_missing->setHeaderHidden(true);
    m_missing->setRootIsDecorated(true);
    m_tabs->addTab(m_orphans, QString());
    m_tabs->addTab(m_missing, QString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return opens the chosen page and leaves the lists open; only Escape or Close close them.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(460, 520);

    connect(m_orphans, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (auto page = PageName::fromTitle(item->data(kTitleRole).toString()); page)
            emit pageActivated(*page);
    });
    connect(m_missing, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString title = item->data(0, kTitleRole).toString();
        if (item->data(0, kMissingRole).toBool()) {
            emit missingPageActivated(title);
        } else if (auto page = PageName::fromTitle(title); page) {
            emit pageActivated(*page);
        }
    });
    retranslate();
}

void LinkMaintenanceDialog::setIndex(WikiIndex* index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    if (m_index) {
        connect(m_index, &WikiIndex::pagesChanged, this, [this] {
            if (isVisible())
                refresh();
        });
        connect(m_index, &WikiIndex::stateChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    if (isVisible())
        refresh();
}

void LinkMaintenanceDialog::showEvent(QShowEvent* event)
{
    refresh();
    QDialog::showEvent(event);
}

void LinkMaintenanceDialog::refresh()
{
    m_orphans->clear();
    m_missing->clear();
    m_orphanCount = m_missingCount = 0;
    QString problem;
    if (!m_index || !m_index->isReady()) {
        problem = tr("The lists show once the search index is built.");
    } else {
        const QIcon pageIcon = icons::themed(QStringLiteral("text-x-generic"));
        const QIcon newIcon = icons::themed(QStringLiteral("document-new"));
        if (auto orphans = m_index->orphans(); orphans) {
            for (const QString& title : *orphans) {
                auto* item = new QListWidgetItem(pageIcon, title, m_orphans);
                item->setData(kTitleRole, title);
            }
            m_orphanCount = int(orphans->size());
        } else {
            problem = orphans.error().message;
        }
        if (auto missing = m_index->missingPages(); missing) {
            for (const MissingPage& page : *missing) {
                auto* top = new QTreeWidgetItem(m_missing, {page.title});
                top->setIcon(0, newIcon);
                top->setData(0, kTitleRole, page.title);
                top->setData(0, kMissingRole, true);
                top->setToolTip(0, tr("No page is called “%1”. Activate to start it.").arg(page.title));
                for (const QString& from : page.linkedFrom) {
                    auto* child = new QTreeWidgetItem(top, {tr("linked from %1").arg(from)});
                    child->setIcon(0, pageIcon);
                    child->setData(0, kTitleRole, from);
                }
            }
            m_missing->expandAll();
            m_missingCount = int(missing->size());
        } else {
            problem = missing.error().message;
        }
    }
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    retranslate();
}

void LinkMaintenanceDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void LinkMaintenanceDialog::retranslate()
{
    setWindowTitle(tr("Orphans and Missing Links"));
    m_tabs->setTabText(0, tr("Orphans (%1)").arg(m_orphanCount));
    m_tabs->setTabToolTip(0, tr("Pages that no other page links to"));
    m_tabs->setTabText(1, tr("Missing Pages (%1)").arg(m_missingCount));
    m_tabs->setTabToolTip(1, tr("Titles that links lead to but no page has"));
}

} // namespace cp
