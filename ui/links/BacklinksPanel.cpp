#include "ui/links/BacklinksPanel.h"

#include "core/wiki/WikiIndex.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace cp {

namespace {

constexpr int kTitleRole = Qt::UserRole + 1;

QLabel* heading(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QListWidget* list(QWidget* parent, const char* objectName)
{
    auto* widget = new QListWidget(parent);
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setFrameShape(QFrame::NoFrame);
    widget->setIconSize(QSize(16, 16));
    widget->setUniformItemSizes(true);
    widget->setStyleSheet(QStringLiteral("QListWidget::item { padding: 2px 0px; }"));
    return widget;
}

QListWidgetItem* item(const QString& title, const QIcon& icon)
{
    auto* entry = new QListWidgetItem(icon, title);
    entry->setData(kTitleRole, title);
    entry->setToolTip(title);
    return entry;
}

} // namespace

BacklinksPanel::BacklinksPanel(QWidget* parent)
    : QWidget(parent), m_backlinksHeading(heading(this, "backlinksHeading")), m_backlinks(list(this, "backlinksList")),
      m_empty(new QLabel(this)), m_missingHeading(heading(this, "missingLinksHeading")),
      m_missing(list(this, "missingLinksList"))
{
    setObjectName(QStringLiteral("backlinksPanel"));
    m_empty->setObjectName(QStringLiteral("backlinksEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_backlinksHeading);
    layout->addWidget(m_empty);
    layout->addWidget(m_backlinks, 1);
    layout->addSpacing(6);
    layout->addWidget(m_missingHeading);
    layout->addWidget(m_missing);

    for (QListWidget* widget : {m_backlinks, m_missing}) {
        connect(widget, &QListWidget::itemActivated, this, &BacklinksPanel::activate);
        connect(widget, &QListWidget::itemClicked, this, &BacklinksPanel::activate);
    }
    retranslate();
}

void BacklinksPanel::setIndex(WikiIndex* index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    if (m_index) {
        connect(m_index, &WikiIndex::pagesChanged, this, &BacklinksPanel::refresh);
        connect(m_index, &WikiIndex::stateChanged, this, &BacklinksPanel::refresh);
    }
    refresh();
}

void BacklinksPanel::setPage(const PageName& page)
{
    if (page == m_page)
        return;
    m_page = page;
    refresh();
}

void BacklinksPanel::refresh()
{
    m_lastActivated = nullptr;
    m_backlinks->clear();
    m_missing->clear();
    const bool ready = m_index && m_index->isReady();
    if (!ready || !m_page.isValid()) {
        m_empty->setText(!m_page.isValid() ? tr("Open a page to see which pages link to it.")
                         : m_index         ? tr("Links show once the search index is built.")
                                           : QString());
        m_empty->setVisible(!m_empty->text().isEmpty());
        m_backlinks->hide();
        m_missingHeading->hide();
        m_missing->hide();
        return;
    }
    auto from = m_index->backlinks(m_page.title());
    if (from) {
        const QIcon icon = icons::themed(QStringLiteral("text-x-generic"));
        for (const QString& title : *from) {
            if (title != m_page.title())
                m_backlinks->addItem(item(title, icon));
        }
    }
    m_empty->setText(from ? tr("No page links here yet. [[%1]] in another page makes a link.").arg(m_page.title())
                          : from.error().message);
    m_empty->setVisible(m_backlinks->count() == 0);
    m_backlinks->setVisible(m_backlinks->count() > 0);

    if (auto outgoing = m_index->outgoingLinks(m_page.title()); outgoing) {
        const QIcon icon = icons::themed(QStringLiteral("document-new"));
        for (const OutgoingLink& link : *outgoing) {
            if (!link.exists)
                m_missing->addItem(item(link.title, icon));
        }
    }
    m_missingHeading->setVisible(m_missing->count() > 0);
    m_missing->setVisible(m_missing->count() > 0);
    // Only as tall as its entries (up to six): the pages that link here get the room.
    if (m_missing->count() > 0)
        m_missing->setFixedHeight(std::min(m_missing->count(), 6) * m_missing->sizeHintForRow(0) +
                                  2 * m_missing->frameWidth() + 2);
}

void BacklinksPanel::activate(QListWidgetItem* entry)
{
    // A double click both clicks and activates: one action is enough.
    if (!entry || (entry == m_lastActivated && m_sinceActivation.isValid() &&
                   m_sinceActivation.elapsed() < QApplication::doubleClickInterval()))
        return;
    m_lastActivated = entry;
    m_sinceActivation.start();
    const QString title = entry->data(kTitleRole).toString();
    if (entry->listWidget() == m_missing) {
        emit missingPageActivated(title);
        return;
    }
    if (auto page = PageName::fromTitle(title); page)
        emit pageActivated(*page);
}

void BacklinksPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void BacklinksPanel::retranslate()
{
    m_backlinksHeading->setText(tr("Linked from"));
    m_missingHeading->setText(tr("Links to missing pages"));
    m_missing->setToolTip(tr("These pages do not exist yet; click one to start it."));
    refresh();
}

} // namespace cp
