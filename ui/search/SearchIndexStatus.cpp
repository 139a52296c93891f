#include "ui/search/SearchIndexStatus.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace cp {

SearchIndexStatus::SearchIndexStatus(QWidget* parent)
    : QWidget(parent), m_message(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)),
      m_rebuild(new QPushButton(this))
{
    setObjectName(QStringLiteral("searchIndexStatus"));
    m_message->setObjectName(QStringLiteral("searchIndexMessage"));
    m_message->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("searchIndexProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_cancel->setObjectName(QStringLiteral("cancelIndexButton"));
    m_rebuild->setObjectName(QStringLiteral("rebuildIndexButton"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_message, 0, 0, 1, 2);
    layout->addWidget(m_progress, 1, 0);
    layout->addWidget(m_cancel, 1, 1);
    layout->addWidget(m_rebuild, 2, 1);
    layout->setColumnStretch(0, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_index)
            m_index->cancelRebuild();
        m_cancel->setEnabled(false);
    });
    connect(m_rebuild, &QPushButton::clicked, this, [this] {
        if (m_index)
            m_index->startRebuild();
    });
    setIndex(nullptr);
}

void SearchIndexStatus::setIndex(WikiIndex* index)
{
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = index;
    m_failure.clear();
    m_done = m_total = 0;
    if (m_index) {
        connect(m_index, &WikiIndex::stateChanged, this, [this](WikiIndex::State state) {
            if (state == WikiIndex::State::Rebuilding) {
                m_failure.clear();
                m_done = m_total = 0;
            }
            refresh();
        });
        connect(m_index, &WikiIndex::rebuildProgress, this, &SearchIndexStatus::showProgress);
        connect(m_index, &WikiIndex::rebuildFinished, this, &SearchIndexStatus::showFinished);
    }
    refresh();
}

void SearchIndexStatus::showProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    refresh();
}

void SearchIndexStatus::showFinished(bool ok, const QString& message)
{
    m_failure = ok ? QString() : message;
    refresh();
}

void SearchIndexStatus::refresh()
{
    const WikiIndex::State state = m_index ? m_index->state() : WikiIndex::State::Ready;
    setVisible(state != WikiIndex::State::Ready);
    const bool rebuilding = state == WikiIndex::State::Rebuilding;
    m_progress->setVisible(rebuilding);
    m_cancel->setVisible(rebuilding);
    m_rebuild->setVisible(state == WikiIndex::State::NeedsRebuild);
    m_cancel->setText(tr("Cancel"));
    m_rebuild->setText(tr("Build Index"));
    if (rebuilding) {
        m_cancel->setEnabled(true);
        m_progress->setRange(0, std::max(0, m_total)); // 0..0: busy until the first figures come
        m_progress->setValue(m_done);
        m_message->setText(m_total > 0 ? tr("Building the search index: %1 of %2 pages…")
                                             .arg(QLocale().toString(m_done), QLocale().toString(m_total))
                                       : tr("Building the search index…"));
        return;
    }
    if (state == WikiIndex::State::NeedsRebuild) {
        const QString reason = m_failure.isEmpty() && m_index ? m_index->rebuildReason() : m_failure;
        m_message->setText(tr("Search and links need the search index. %1").arg(reason).trimmed());
    }
}

void SearchIndexStatus::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace cp
