#include "core/wiki/TextDiff.h"

#include "core/wiki/TextDiffEngine.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace cp {

namespace {

struct SplitText
{
    QStringList lines;
    bool noNewline = false; // the last line has no line break after it
};

SplitText splitLines(const QString& text)
{
    SplitText out;
    if (text.isEmpty())
        return out;
    out.lines = text.split(u'\n');
    if (out.lines.last().isEmpty())
        out.lines.removeLast();
    else
        out.noNewline = true;
    return out;
}

// Equal lines get equal ids; a last line without its line break differs from the
// same text with one, as in git.
std::vector<int> lineIds(const SplitText& text, QHash<QString, int>& ids)
{
    std::vector<int> out;
    out.reserve(size_t(text.lines.size()));
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        QString key = text.lines[i];
        if (text.noNewline && i == text.lines.size() - 1)
            key += QChar(0xFFFF); // a noncharacter: never part of real text
        auto it = ids.constFind(key);
        if (it == ids.constEnd())
            it = ids.insert(key, int(ids.size()));
        out.push_back(*it);
    }
    return out;
}

bool isChange(const DiffLine& line)
{
    return line.kind != DiffLine::Kind::Context;
}

} // namespace

QString DiffHunk::header() const
{
    auto range = [](int start, int count) {
        return count == 1 ? QString::number(start) : QString::number(start) + u',' + QString::number(count);
    };
    return u"@@ -" + range(oldStart, oldCount) + u" +" + range(newStart, newCount) + u" @@";
}

TextDiff TextDiff::compute(const QString& oldText, const QString& newText)
{
    TextDiff diff;
    const SplitText before = splitLines(oldText);
    const SplitText after = splitLines(newText);
    diff.m_oldCount = int(before.lines.size());
    diff.m_newCount = int(after.lines.size());
    diff.m_oldNoNewline = before.noNewline;
    diff.m_newNoNewline = after.noNewline;
    QHash<QString, int> ids;
    const std::vector<int> a = lineIds(before, ids);
    const std::vector<int> b = lineIds(after, ids);
    const QList<TextDiffEngine::Edit> edits = TextDiffEngine::diff(a, b);

    int i = 0; // next old line (0-based)
    int j = 0; // next new line
    for (qsizetype e = 0; e < edits.size(); ++e) {
        const TextDiffEngine::Edit& edit = edits[e];
        if (edit.op == TextDiffEngine::Op::Equal) {
            for (int k = 0; k < edit.count; ++k, ++i, ++j)
                diff.m_lines.append(DiffLine{DiffLine::Kind::Context, i + 1, j + 1, before.lines[i], {}});
            continue;
        }
        int removed = 0;
        int added = 0;
        if (edit.op == TextDiffEngine::Op::Delete) {
            removed = edit.count;
            if (e + 1 < edits.size() && edits[e + 1].op == TextDiffEngine::Op::Insert)
                added = edits[++e].count;
        } else {
            added = edit.count;
        }
        const qsizetype firstRemoved = diff.m_lines.size();
        for (int k = 0; k < removed; ++k)
            diff.m_lines.append(DiffLine{DiffLine::Kind::Removed, i + k + 1, 0, before.lines[i + k], {}});
        const qsizetype firstAdded = diff.m_lines.size();
        for (int k = 0; k < added; ++k)
            diff.m_lines.append(DiffLine{DiffLine::Kind::Added, 0, j + k + 1, after.lines[j + k], {}});
        for (int k = 0; k < std::min(removed, added); ++k) {
            DiffLine& left = diff.m_lines[firstRemoved + k];
            DiffLine& right = diff.m_lines[firstAdded + k];
            TextDiffWords::Spans spans = TextDiffWords::compare(left.text, right.text);
            left.spans = std::move(spans.oldSpans);
            right.spans = std::move(spans.newSpans);
        }
        i += removed;
        j += added;
        diff.m_removed += removed;
        diff.m_added += added;
    }
    return diff;
}

QList<DiffHunk> TextDiff::hunks(int context) const
{
    context = std::max(context, 0);
    QList<DiffHunk> out;
    const int n = int(m_lines.size());
    // Lines before index k on each side, to number hunks that start with the other kind.
    std::vector<int> oldBefore(size_t(n) + 1, 0);
    std::vector<int> newBefore(size_t(n) + 1, 0);
    for (int k = 0; k < n; ++k) {
        oldBefore[size_t(k) + 1] = oldBefore[size_t(k)] + (m_lines[k].kind != DiffLine::Kind::Added ? 1 : 0);
        newBefore[size_t(k) + 1] = newBefore[size_t(k)] + (m_lines[k].kind != DiffLine::Kind::Removed ? 1 : 0);
    }
    int k = 0;
    while (k < n) {
        while (k < n && !isChange(m_lines[k]))
            ++k;
        if (k == n)
            break;
        const int first = std::max(0, k - context);
        int last = k; // last changed line of this hunk
        for (int probe = k + 1; probe < n && probe <= last + 2 * context + 1; ++probe) {
            if (isChange(m_lines[probe]))
                last = probe;
        }
        const int end = std::min(n, last + context + 1);
        DiffHunk hunk;
        hunk.oldCount = oldBefore[size_t(end)] - oldBefore[size_t(first)];
        hunk.newCount = newBefore[size_t(end)] - newBefore[size_t(first)];
        hunk.oldStart = oldBefore[size_t(first)] + (hunk.oldCount > 0 ? 1 : 0);
        hunk.newStart = newBefore[size_t(first)] + (hunk.newCount > 0 ? 1 : 0);
        hunk.lines = m_lines.mid(first, end - first);
        out.append(std::move(hunk));
        k = end;
    }
    return out;
}

QList<DiffRow> TextDiff::rows(int context) const
{
    QList<DiffRow> all;
    const qsizetype n = m_lines.size();
    qsizetype k = 0;
    while (k < n) {
        const DiffLine& line = m_lines[k];
        if (line.kind == DiffLine::Kind::Context) {
            all.append(DiffRow{DiffRow::Kind::Same, line.oldNumber, line.text, {}, line.newNumber, line.text, {}, 0});
            ++k;
            continue;
        }
        qsizetype removedEnd = k;
        while (removedEnd < n && m_lines[removedEnd].kind == DiffLine::Kind::Removed)
            ++removedEnd;
        qsizetype addedEnd = removedEnd;
        while (addedEnd < n && m_lines[addedEnd].kind == DiffLine::Kind::Added)
            ++addedEnd;
        const qsizetype removed = removedEnd - k;
        const qsizetype added = addedEnd - removedEnd;
        for (qsizetype r = 0; r < std::max(removed, added); ++r) {
            DiffRow row;
            if (r < removed) {
                const DiffLine& left = m_lines[k + r];
                row.leftNumber = left.oldNumber;
                row.leftText = left.text;
                row.leftSpans = left.spans;
            }
            if (r < added) {
                const DiffLine& right = m_lines[removedEnd + r];
                row.rightNumber = right.newNumber;
                row.rightText = right.text;
                row.rightSpans = right.spans;
            }
            row.kind = r < removed && r < added ? DiffRow::Kind::Changed
                       : r < removed            ? DiffRow::Kind::Removed
                                                : DiffRow::Kind::Added;
            all.append(std::move(row));
        }
        k = addedEnd;
    }
    if (context < 0)
        return all;

    // Keep the rows within `context` of a change; fold every other run into a Gap.
    const qsizetype count = all.size();
    std::vector<bool> keep(size_t(count), false);
    for (qsizetype r = 0; r < count; ++r) {
        if (all[r].kind == DiffRow::Kind::Same)
            continue;
        for (qsizetype c = std::max<qsizetype>(0, r - context); c <= std::min(count - 1, r + context); ++c)
            keep[size_t(c)] = true;
    }
    QList<DiffRow> out;
    for (qsizetype r = 0; r < count; ++r) {
        if (keep[size_t(r)]) {
            out.append(all[r]);
        } else if (!out.isEmpty() && out.last().kind == DiffRow::Kind::Gap) {
            ++out.last().skipped;
        } else {
            DiffRow gap;
            gap.kind = DiffRow::Kind::Gap;
            gap.skipped = 1;
            out.append(std::move(gap));
        }
    }
    return out;
}

QString TextDiff::unifiedText(const QString& oldLabel, const QString& newLabel, int context) const
{
    return render(oldLabel, newLabel, context, false);
}

QString TextDiff::wordDiffText(const QString& oldLabel, const QString& newLabel, int context) const
{
    return render(oldLabel, newLabel, context, true);
}

QString TextDiff::render(const QString& oldLabel, const QString& newLabel, int context, bool words) const
{
    if (isEmpty())
        return {};
    const QString noNewline = QStringLiteral("\\ No newline at end of file\n");
    QString out = u"--- " + oldLabel + u"\n+++ " + newLabel + u'\n';
    for (const DiffHunk& hunk : hunks(context)) {
        out += hunk.header() + u'\n';
        const QList<DiffLine>& lines = hunk.lines;
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const DiffLine& line = lines[k];
            const bool oldLast = line.kind != DiffLine::Kind::Added && line.oldNumber == m_oldCount && m_oldNoNewline;
            const bool newLast = line.kind != DiffLine::Kind::Removed && line.newNumber == m_newCount && m_newNoNewline;
            if (!words) {
                const QChar mark = line.kind == DiffLine::Kind::Context   ? u' '
                                   : line.kind == DiffLine::Kind::Removed ? u'-'
                                                                          : u'+';
                out += mark + line.text + u'\n';
                if (oldLast || newLast)
                    out += noNewline;
                continue;
            }
            if (line.kind == DiffLine::Kind::Context) {
                out += line.text + u'\n';
                continue;
            }
            // A run of removed lines, then added ones: pair them as the model does.
            qsizetype removedEnd = k;
            while (removedEnd < lines.size() && lines[removedEnd].kind == DiffLine::Kind::Removed)
                ++removedEnd;
            qsizetype addedEnd = removedEnd;
            while (addedEnd < lines.size() && lines[addedEnd].kind == DiffLine::Kind::Added)
                ++addedEnd;
            const qsizetype removed = removedEnd - k;
            const qsizetype added = addedEnd - removedEnd;
            for (qsizetype r = 0; r < std::max(removed, added); ++r) {
                if (r < removed && r < added)
                    out += TextDiffWords::markup(lines[k + r].text, lines[removedEnd + r].text) + u'\n';
                else if (r < removed)
                    out += u"[-" + lines[k + r].text + u"-]\n";
                else
                    out += u"{+" + lines[removedEnd + r].text + u"+}\n";
            }
            k = addedEnd - 1;
        }
    }
    return out;
}

} // namespace cp
