#include "ui/identity/NoticeBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace cp {

namespace {

QColor mixed(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace

NoticeBar::NoticeBar(QWidget* parent)
    : QDockWidget(parent), m_frame(new QWidget(this)), m_icon(new QLabel(m_frame)), m_label(new QLabel(m_frame)),
      m_action(new QPushButton(m_frame)), m_close(new QToolButton(m_frame))
{
    setTitleBarWidget(new QWidget(this));
    setFeatures(QDockWidget::NoDockWidgetFeatures);
    setAllowedAreas(Qt::TopDockWidgetArea);
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_label->installEventFilter(this);
    m_action->setObjectName(QStringLiteral("noticeAction"));
    m_close->setObjectName(QStringLiteral("noticeClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_frame->setAutoFillBackground(true);

    auto* layout = new QHBoxLayout(m_frame);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setWidget(m_frame);

    connect(m_action, &QPushButton::clicked, this, &NoticeBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString& text, const QString& actionText)
{
    m_kind = kind;
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_close->setToolTip(tr("Close this message"));
    const QStyle::StandardPixmap icon =
        kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColours();
    show();
    fitText();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::applyColours()
{
    QPalette palette = m_frame->palette();
    const QColor base = QWidget::palette().color(QPalette::Window);
    const QColor tint = m_kind == Kind::Warning ? QColor(0xe0, 0x8e, 0x0b) : QColor(0x2f, 0x7d, 0xc4);
    palette.setColor(QPalette::Window, mixed(base, tint, 0.14));
    m_frame->setPalette(palette);
}

void NoticeBar::fitText()
{
    // Dock areas ask for size hints, not height-for-width: give the label the
    // height its wrapped text needs at the width it has now.
    if (m_label->width() > 0)
        m_label->setMinimumHeight(m_label->heightForWidth(m_label->width()));
}

bool NoticeBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::Resize)
        fitText();
    return QDockWidget::eventFilter(watched, event);
}

void NoticeBar::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

} // namespace cp
