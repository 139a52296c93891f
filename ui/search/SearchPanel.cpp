#include "ui/search/SearchPanel.h"

#include "core/wiki/WikiIndex.h"
#include "ui/Icons.h"
#include "ui/search/SearchIndexStatus.h"
#include "ui/search/SearchResultDelegate.h"
#include "ui/search/SearchResultsModel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace cp {

namespace {

constexpr int kMaxResults = 50;

} // namespace

SearchPanel::SearchPanel(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_status(new SearchIndexStatus(this)), m_message(new QLabel(this)),
      m_results(new QListView(this)), m_model(new SearchResultsModel(this)), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(icons::themed(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_edit->installEventFilter(this);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->hide();

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSpacing(1);
    m_results->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(DefaultDelayMs);
    connect(m_delay, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_delay->isActive())
            search(); // Return right after typing: the results for what is typed now
        const QModelIndex current = m_results->currentIndex();
        activateRow(current.isValid() ? current.row() : 0);
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& index) { activateRow(index.row()); });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex& index) { activateRow(index.row()); });
    retranslate();
}

void SearchPanel::setIndex(WikiIndex* index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    m_status->setIndex(index);
    m_model->clear();
    if (m_index) {
        // New pages, changed pages, a finished rebuild: the same words may find other pages now.
        connect(m_index, &WikiIndex::pagesChanged, m_delay, qOverload<>(&QTimer::start));
        connect(m_index, &WikiIndex::stateChanged, m_delay, qOverload<>(&QTimer::start));
    }
    search();
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::setDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void SearchPanel::search()
{
    m_delay->stop();
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty() || !m_index) {
        m_model->clear();
        m_message->hide();
        emit searched(text, 0);
        return;
    }
    if (!m_index->isReady()) {
        m_model->clear();
        m_message->hide(); // the index status says why
        emit searched(text, 0);
        return;
    }
    auto hits = m_index->search(text, kMaxResults);
    if (!hits) {
        m_model->clear();
        m_message->setText(hits.error().message);
        m_message->show();
        emit searched(text, 0);
        return;
    }
    m_model->setHits(*hits);
    m_message->setText(tr("No page contains “%1”.").arg(text.trimmed()));
    m_message->setVisible(hits->isEmpty());
    emit searched(text, int(hits->size()));
}

void SearchPanel::activateRow(int row)
{
    const QString title = m_model->titleAt(row);
    if (title.isEmpty())
        return;
    if (auto page = PageName::fromTitle(title); page)
        emit pageActivated(*page);
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_edit && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
            m_edit->setFocus();
            return true;
        }
        if (watched == m_edit && key->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
            m_edit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SearchPanel::retranslate()
{
    m_edit->setPlaceholderText(tr("Search the text of every page"));
    m_edit->setToolTip(tr("Words must all occur; \"two words\" finds a phrase, -word leaves pages out."));
}

} // namespace cp
