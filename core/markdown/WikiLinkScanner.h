#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace cp {

// One [[target]] or [[target|label]] found in a run of text.
struct WikiLinkSpan
{
    qsizetype start = 0;  // index of the first '['
    qsizetype length = 0; // up to and including the closing "]]"
    QString target;       // trimmed, as written
    QString label;        // trimmed; the target when no label was given
};

// Finds wiki links in plain text (never called on code). A link does not span lines,
// does not nest, and needs a non-empty target: "[[ ]]" and "[[|x]]" stay text.
class WikiLinkScanner
{
public:
    [[nodiscard]] static QList<WikiLinkSpan> scan(QStringView text);
};

} // namespace cp
