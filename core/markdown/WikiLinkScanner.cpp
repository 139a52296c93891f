#include "core/markdown/WikiLinkScanner.h"

namespace cp {

QList<WikiLinkSpan> WikiLinkScanner::scan(QStringView text)
{
    QList<WikiLinkSpan> spans;
    qsizetype from = 0;
    while (true) {
        qsizetype open = text.indexOf(u"[[", from);
        if (open < 0)
            break;
        // "[[[Page]]]" is a '[' followed by a link.
        while (open + 2 < text.size() && text[open + 2] == u'[')
            ++open;
        const qsizetype close = text.indexOf(u"]]", open + 2);
        if (close < 0)
            break;
        const QStringView inner = text.mid(open + 2, close - open - 2);
        const qsizetype reopen = inner.lastIndexOf(u"[[");
        if (reopen >= 0) {
            from = open + 2 + reopen; // a later "[[" starts the real link
            continue;
        }
        if (inner.contains(u'\n') || inner.contains(u'\r')) {
            from = close;
            continue;
        }
        const qsizetype bar = inner.indexOf(u'|');
        WikiLinkSpan span;
        span.target = (bar < 0 ? inner : inner.left(bar)).trimmed().toString();
        span.label = bar < 0 ? span.target : inner.mid(bar + 1).trimmed().toString();
        if (span.label.isEmpty())
            span.label = span.target;
        if (span.target.isEmpty()) {
            from = close + 2;
            continue;
        }
        span.start = open;
        span.length = close + 2 - open;
        spans.append(span);
        from = close + 2;
    }
    return spans;
}

} // namespace cp
