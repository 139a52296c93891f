#include "ui/history/HistoryItemDelegate.h"

#include "ui/history/HistoryModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace cp {

namespace {

constexpr int kMargin = 4;
constexpr int kSpacing = 2;

QString cell(const QModelIndex& index, int column, int role = Qt::DisplayRole)
{
    return index.sibling(index.row(), column).data(role).toString();
}

} // namespace

void HistoryItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const QRect area = option.rect.adjusted(kMargin + 2, kMargin, -kMargin, -kMargin);
    const QFontMetrics metrics(option.font);
    painter->save();
    painter->setFont(option.font);
    painter->setPen(text);
    const QRect first(area.left(), area.top(), area.width(), metrics.height());
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(cell(index, HistoryModel::SummaryColumn), Qt::ElideRight, first.width()));

    // Second line: who and when (and who accepted or rejected it), then the signature in its own colour.
    const QString signature = cell(index, HistoryModel::SignatureColumn);
    const QString review = cell(index, HistoryModel::ReviewColumn);
    const QString who = cell(index, HistoryModel::AuthorColumn) + QStringLiteral(" · ") +
                        cell(index, HistoryModel::WhenColumn) + QStringLiteral(" · ") +
                        (review.isEmpty() ? QString() : review + QStringLiteral(" · "));
    const QRect second(area.left(), first.bottom() + 1 + kSpacing, area.width(), metrics.height());
    // A few pixels of slack: elidedText measures a little differently from horizontalAdvance.
    const int signatureWidth = std::min(metrics.horizontalAdvance(signature) + 4, second.width() / 2);
    const QString shownWho = metrics.elidedText(who, Qt::ElideMiddle, second.width() - signatureWidth);
    painter->setPen(muted);
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter, shownWho);
    QColor signatureColour =
        index.sibling(index.row(), HistoryModel::SignatureColumn).data(Qt::ForegroundRole).value<QColor>();
    if (selected || !signatureColour.isValid())
        signatureColour = muted;
    painter->setPen(signatureColour);
    QFont signatureFont = option.font;
    if (const QVariant font = index.sibling(index.row(), HistoryModel::SignatureColumn).data(Qt::FontRole);
        font.isValid())
        signatureFont = font.value<QFont>();
    painter->setFont(signatureFont);
    const QRect signatureArea(second.left() + metrics.horizontalAdvance(shownWho), second.top(), signatureWidth,
                              second.height());
    painter->drawText(signatureArea, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(signature, Qt::ElideRight, signatureArea.width()));
    painter->restore();
}

QSize HistoryItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 30, 2 * metrics.height() + kSpacing + 2 * kMargin};
}

bool HistoryItemDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                    const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = cell(index, HistoryModel::SummaryColumn, Qt::ToolTipRole) + QStringLiteral("\n\n") +
                        cell(index, HistoryModel::AuthorColumn, Qt::ToolTipRole) + u'\n' +
                        cell(index, HistoryModel::WhenColumn, Qt::ToolTipRole) + u'\n' +
                        cell(index, HistoryModel::SignatureColumn, Qt::ToolTipRole) + u'\n' +
                        cell(index, HistoryModel::ReviewColumn, Qt::ToolTipRole);
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace cp
