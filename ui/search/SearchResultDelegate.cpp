#include "ui/search/SearchResultDelegate.h"

#include "ui/search/SearchResultsModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace cp {

namespace {

constexpr int kPadding = 6;

QColor mix(const QColor& a, const QColor& b, double share)
{
    QColor c;
    c.setRgbF(a.redF() * (1 - share) + b.redF() * share, a.greenF() * (1 - share) + b.greenF() * share,
              a.blueF() * (1 - share) + b.blueF() * share);
    return c;
}

// The snippet is markdown source: show it as text is read, without the markup that
// only gets in the way ("[[Folder/Page|label]]" reads "label", "## Heading" "Heading").
QString readable(QString snippet)
{
    static const QRegularExpression wikiTarget(QStringLiteral(R"(\[\[[^\]|]*\|)"));
    static const QRegularExpression heading(QStringLiteral(R"((^|\s)#{1,6}\s+)"));
    static const QRegularExpression emphasis(QStringLiteral(R"(\*\*|__|`)"));
    snippet.replace(wikiTarget, QString());
    snippet.remove(QStringLiteral("[["));
    snippet.remove(QStringLiteral("]]"));
    snippet.replace(heading, QStringLiteral("\\1"));
    snippet.remove(emphasis);
    return snippet.simplified();
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString SearchResultDelegate::html(const QModelIndex& index, const QPalette& palette, bool selected)
{
    const QString title = index.data(SearchResultsModel::TitleRole).toString();
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = mix(text, background, 0.45);
    // Matched words: bold on a soft marker colour (the snippet marks them with <b>).
    const QColor marker = selected ? mix(background, text, 0.25) : mix(background, QColor(0xf5, 0xc2, 0x11), 0.45);

    const qsizetype slash = title.lastIndexOf(u'/');
    QString head;
    if (slash > 0)
        head = QStringLiteral("<span style=\"color:%1\">%2 / </span>")
                   .arg(muted.name(), title.left(slash).toHtmlEscaped().replace(u'/', QStringLiteral(" / ")));
    head += QStringLiteral("<b>%1</b>").arg(title.mid(slash + 1).toHtmlEscaped());

    QString body = readable(snippet);
    body.replace(QStringLiteral("<b>"),
                 QStringLiteral("<span style=\"background-color:%1; font-weight:600\">").arg(marker.name()));
    body.replace(QStringLiteral("</b>"), QStringLiteral("</span>"));
    return QStringLiteral("<div style=\"color:%1\">%2</div><div style=\"color:%3\">%4</div>")
        .arg(text.name(), head, mix(text, background, 0.2).name(), body);
}

void SearchResultDelegate::layout(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index,
                                  bool selected) const
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(html(index, option.palette, selected));
    document.setTextWidth(std::max(40, option.rect.width() - 2 * kPadding));
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    // The background (selection, hover) from the style, the text drawn here.
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    layout(document, opt, index, selected);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kPadding, kPadding));
    const QRect clip(0, 0, opt.rect.width() - 2 * kPadding, opt.rect.height() - 2 * kPadding);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette = opt.palette;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (const auto* view = qobject_cast<const QAbstractItemView*>(opt.widget))
        opt.rect.setWidth(view->viewport()->width());
    QTextDocument document;
    layout(document, opt, index, false);
    return {opt.rect.width(), int(document.size().height()) + 2 * kPadding};
}

} // namespace cp
