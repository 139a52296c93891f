#include "ui/editor/SaveBar.h"

#include "ui/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cp {

SaveBar::SaveBar(QWidget* parent)
    : QWidget(parent), m_summary(new QLineEdit(this)), m_save(new QPushButton(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("saveBar"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setClearButtonEnabled(true);
    m_summary->setMaxLength(300);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setIcon(icons::themed(QStringLiteral("document-save")));
    m_save->setEnabled(false);
    m_label->setBuddy(m_summary);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_save);

    connect(m_summary, &QLineEdit::returnPressed, this, [this] {
        if (m_save->isEnabled())
            emit saveRequested();
    });
    connect(m_save, &QPushButton::clicked, this, &SaveBar::saveRequested);
    retranslate();
}

QString SaveBar::summary() const
{
    return m_summary->text().trimmed();
}

void SaveBar::clearSummary()
{
    m_summary->clear();
}

void SaveBar::setModified(bool modified)
{
    m_save->setEnabled(modified);
}

void SaveBar::focusSummary()
{
    m_summary->setFocus(Qt::ShortcutFocusReason);
    m_summary->selectAll();
}

void SaveBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SaveBar::retranslate()
{
    m_label->setText(tr("&Summary:"));
    m_summary->setPlaceholderText(tr("What did you change? (optional)"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save this page with the summary (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
}

} // namespace cp
