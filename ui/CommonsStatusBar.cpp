#include "ui/CommonsStatusBar.h"

#include <QEvent>
#include <QLabel>

namespace cp {

CommonsStatusBar::CommonsStatusBar(QWidget* parent)
    : QStatusBar(parent), m_pageLabel(new QLabel(this)), m_stateLabel(new QLabel(this)),
      m_commonsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_stateLabel->setObjectName(QStringLiteral("saveStateLabel"));
    m_commonsLabel->setObjectName(QStringLiteral("commonsLabel"));
    for (QLabel* label : {m_pageLabel, m_stateLabel, m_commonsLabel})
        label->setContentsMargins(8, 0, 8, 0);
    addPermanentWidget(m_pageLabel);
    addPermanentWidget(m_stateLabel);
    addPermanentWidget(m_commonsLabel);
    refresh();
}

void CommonsStatusBar::setCommonsName(const QString& name)
{
    m_commonsName = name;
    refresh();
}

void CommonsStatusBar::setPageState(const PageName& page, bool isNew, bool modified)
{
    m_page = page;
    m_isNew = isNew;
    m_modified = modified;
    refresh();
}

void CommonsStatusBar::changeEvent(QEvent* event)
{
    QStatusBar::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void CommonsStatusBar::refresh()
{
    m_commonsLabel->setText(m_commonsName.isEmpty() ? tr("No commons open") : tr("Commons: %1").arg(m_commonsName));
    m_pageLabel->setText(m_page.isValid() ? m_page.title() : QString());
    m_pageLabel->setVisible(m_page.isValid());
    m_stateLabel->setVisible(m_page.isValid());
    if (m_isNew)
        m_stateLabel->setText(tr("New page, not saved yet"));
    else if (m_modified)
        m_stateLabel->setText(tr("Unsaved changes"));
    else
        m_stateLabel->setText(tr("Saved"));
}

} // namespace cp
