#pragma once

#include <QStyledItemDelegate>

namespace cp {

// Draws a history row in two lines for a narrow list (the History dock):
//   the summary
//   author · when · signature label (in the signature's colour)
// reading the other columns of HistoryModel from the row it is given.
class HistoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
};

} // namespace cp
