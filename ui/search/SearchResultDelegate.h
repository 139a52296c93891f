#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace cp {

// Draws one search result: the page's title (its folder muted), and under it the
// snippet with the matched words marked, wrapped to the width of the list.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchResultDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The result as rich text, for painting and for tests: title line and snippet.
    [[nodiscard]] static QString html(const QModelIndex& index, const QPalette& palette, bool selected);

private:
    void layout(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index,
                bool selected) const;
};

} // namespace cp
