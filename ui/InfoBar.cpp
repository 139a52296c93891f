#include "ui/InfoBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace cp {

InfoBar::InfoBar(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_buttons(new QHBoxLayout), m_close(new QToolButton(this))
{
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("infoBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("infoBarClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_buttons->setSpacing(6);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 8, 6);
    layout->setSpacing(12);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close);

    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    updateColours();
    m_close->setToolTip(tr("Hide this message"));
    hide();
}

void InfoBar::setText(const QString& text)
{
    m_text->setText(text);
}

QString InfoBar::text() const
{
    return m_text->text();
}

QPushButton* InfoBar::addButton(const QString& objectName)
{
    auto* button = new QPushButton(this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    return button;
}

void InfoBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    else if (event->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Hide this message"));
}

void InfoBar::updateColours()
{
    // A pale tint of the highlight colour over the window background, readable in light and dark themes.
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : QColor(Qt::white);
    const QColor tint = palette().color(QPalette::Highlight);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.85 + tint.redF() * 0.15, base.greenF() * 0.85 + tint.greenF() * 0.15,
                  base.blueF() * 0.85 + tint.blueF() * 0.15);
    QPalette p = palette();
    if (p.color(QPalette::Window) == mixed)
        return;
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
}

} // namespace cp
