#include "ui/review/ReviewDiffHtml.h"

namespace cp {

namespace {

QString heading(const PageDiff& diff)
{
    const QString path = diff.to().exists ? diff.to().path : diff.from().path;
    QString state;
    if (!diff.from().exists)
        state = ReviewDiffHtml::tr(" (new page)");
    else if (!diff.to().exists)
        state = ReviewDiffHtml::tr(" (deleted)");
    return QStringLiteral("<h3>%1%2</h3>").arg(path.toHtmlEscaped(), state.toHtmlEscaped());
}

QColor tint(const QPalette& palette, const QColor& colour)
{
    // A light wash over the base colour keeps text readable on dark themes too.
    const QColor base = palette.color(QPalette::Base);
    return QColor((base.red() * 3 + colour.red()) / 4, (base.green() * 3 + colour.green()) / 4,
                  (base.blue() * 3 + colour.blue()) / 4);
}

} // namespace

QString ReviewDiffHtml::rendered(const QList<PageDiff>& diffs, const QPalette& palette)
{
    if (diffs.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("This change touches no page text.").toHtmlEscaped());
    const QString removed = tint(palette, QColor(220, 40, 40)).name();
    const QString added = tint(palette, QColor(40, 170, 60)).name();
    QString html;
    for (const PageDiff& diff : diffs) {
        html += heading(diff);
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        for (const DiffHunk& hunk : diff.diff().hunks(3)) {
            html += QStringLiteral("<tr><td><i>%1</i></td></tr>").arg(hunk.header().toHtmlEscaped());
            for (const DiffLine& line : hunk.lines) {
                QString text = line.text.toHtmlEscaped();
                if (text.isEmpty())
                    text = QStringLiteral("&nbsp;");
                switch (line.kind) {
                case DiffLine::Kind::Removed:
                    html += QStringLiteral("<tr><td bgcolor=\"%1\"><s>%2</s></td></tr>").arg(removed, text);
                    break;
                case DiffLine::Kind::Added:
                    html += QStringLiteral("<tr><td bgcolor=\"%1\">%2</td></tr>").arg(added, text);
                    break;
                case DiffLine::Kind::Context:
                    html += QStringLiteral("<tr><td>%1</td></tr>").arg(text);
                    break;
                }
            }
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString ReviewDiffHtml::source(const QList<PageDiff>& diffs)
{
    QString text;
    for (const PageDiff& diff : diffs)
        text += diff.unifiedText(3);
    if (text.isEmpty())
        text = tr("This change touches no page text.");
    return QStringLiteral("<pre>%1</pre>").arg(text.toHtmlEscaped());
}

} // namespace cp
