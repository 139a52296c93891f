#include "core/wiki/TextDiffWords.h"

#include "core/wiki/TextDiffEngine.h"

#include <QHash>
#include <vector>

namespace cp {

namespace {

enum class CharClass { Word, Space, Other };

CharClass classify(QChar c)
{
    if (c.isLetterOrNumber() || c == u'_' || c.isMark())
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

bool isBlank(QStringView text)
{
    for (const QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

qsizetype nonSpaceLength(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c.isSpace() ? 0 : 1;
    return count;
}

// Appends the tokens [first, first + count) of `line` as one span, without white
// space at its ends, joined to the previous span when only white space lies between.
void addSpan(QList<DiffSpan>& spans, QStringView line, const QList<DiffSpan>& tokens, int first, int count)
{
    // White space at either end is not part of the change, unless it is all there is.
    auto blankToken = [&](int k) { return isBlank(line.mid(tokens[k].start, tokens[k].length)); };
    while (count > 1 && blankToken(first)) {
        ++first;
        --count;
    }
    while (count > 1 && blankToken(first + count - 1))
        --count;
    if (count <= 0)
        return;
    const int start = tokens[first].start;
    const int end = tokens[first + count - 1].start + tokens[first + count - 1].length;
    if (!spans.isEmpty()) {
        DiffSpan& last = spans.last();
        const int lastEnd = last.start + last.length;
        if (isBlank(line.mid(lastEnd, start - lastEnd))) {
            last.length = end - last.start;
            return;
        }
    }
    spans.append(DiffSpan{start, end - start});
}

} // namespace

QList<DiffSpan> TextDiffWords::tokens(QStringView line)
{
    QList<DiffSpan> out;
    int i = 0;
    const int n = int(line.size());
    while (i < n) {
        const CharClass kind = classify(line[i]);
        int j = i + 1;
        if (kind != CharClass::Other) {
            while (j < n && classify(line[j]) == kind)
                ++j;
        } else if (line[i].isHighSurrogate() && j < n && line[j].isLowSurrogate()) {
            ++j; // keep a surrogate pair (an emoji, say) in one token
        }
        out.append(DiffSpan{i, j - i});
        i = j;
    }
    return out;
}

namespace {

// Both lines' tokens and the edit script between them.
struct TokenScript
{
    QList<DiffSpan> oldTokens;
    QList<DiffSpan> newTokens;
    QList<TextDiffEngine::Edit> edits;
};

TokenScript scriptFor(QStringView oldLine, QStringView newLine)
{
    TokenScript out{TextDiffWords::tokens(oldLine), TextDiffWords::tokens(newLine), {}};
    QHash<QStringView, int> ids;
    auto idsOf = [&ids](QStringView line, const QList<DiffSpan>& list) {
        std::vector<int> result;
        result.reserve(size_t(list.size()));
        for (const DiffSpan& t : list) {
            const QStringView token = line.mid(t.start, t.length);
            auto it = ids.constFind(token);
            if (it == ids.constEnd())
                it = ids.insert(token, int(ids.size()));
            result.push_back(*it);
        }
        return result;
    };
    const std::vector<int> a = idsOf(oldLine, out.oldTokens);
    const std::vector<int> b = idsOf(newLine, out.newTokens);
    out.edits = TextDiffEngine::diff(a, b);
    return out;
}

// The text of tokens [first, first + count).
QStringView tokenText(QStringView line, const QList<DiffSpan>& tokens, int first, int count)
{
    if (count <= 0)
        return {};
    const int start = tokens[first].start;
    const int end = tokens[first + count - 1].start + tokens[first + count - 1].length;
    return line.mid(start, end - start);
}

} // namespace

TextDiffWords::Spans TextDiffWords::compare(QStringView oldLine, QStringView newLine)
{
    const TokenScript script = scriptFor(oldLine, newLine);
    Spans spans;
    qsizetype common = 0;
    int i = 0;
    int j = 0;
    for (const TextDiffEngine::Edit& edit : script.edits) {
        switch (edit.op) {
        case TextDiffEngine::Op::Equal:
            common += nonSpaceLength(tokenText(oldLine, script.oldTokens, i, edit.count));
            i += edit.count;
            j += edit.count;
            break;
        case TextDiffEngine::Op::Delete:
            addSpan(spans.oldSpans, oldLine, script.oldTokens, i, edit.count);
            i += edit.count;
            break;
        case TextDiffEngine::Op::Insert:
            addSpan(spans.newSpans, newLine, script.newTokens, j, edit.count);
            j += edit.count;
            break;
        }
    }
    const qsizetype longest = std::max(nonSpaceLength(oldLine), nonSpaceLength(newLine));
    if (longest > 0 && common * 3 < longest)
        spans = Spans{{}, {}, false};
    return spans;
}

QString TextDiffWords::markup(QStringView oldLine, QStringView newLine)
{
    const TokenScript script = scriptFor(oldLine, newLine);
    QString out;
    int i = 0;
    int j = 0;
    for (const TextDiffEngine::Edit& edit : script.edits) {
        switch (edit.op) {
        case TextDiffEngine::Op::Equal:
            out += tokenText(oldLine, script.oldTokens, i, edit.count);
            i += edit.count;
            j += edit.count;
            break;
        case TextDiffEngine::Op::Delete:
            out += u"[-" + tokenText(oldLine, script.oldTokens, i, edit.count) + u"-]";
            i += edit.count;
            break;
        case TextDiffEngine::Op::Insert:
            out += u"{+" + tokenText(newLine, script.newTokens, j, edit.count) + u"+}";
            j += edit.count;
            break;
        }
    }
    return out;
}

} // namespace cp
