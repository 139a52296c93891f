#include "core/wiki/TextDiffEngine.h"

#include <vector>

namespace cp {

QList<TextDiffEngine::Edit> TextDiffEngine::diff(std::span<const int> a, std::span<const int> b)
{
    QList<Edit> raw;
    compare(a, b, raw);
    return normalise(raw);
}

void TextDiffEngine::append(QList<Edit>& out, Op op, qsizetype count)
{
    if (count <= 0)
        return;
    if (!out.isEmpty() && out.last().op == op)
        out.last().count += int(count);
    else
        out.append(Edit{op, int(count)});
}

void TextDiffEngine::compare(std::span<const int> a, std::span<const int> b, QList<Edit>& out)
{
    // Common prefix and suffix first: most edits touch a small part of a page.
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    append(out, Op::Equal, qsizetype(prefix));
    const auto midA = a.subspan(prefix, a.size() - prefix - suffix);
    const auto midB = b.subspan(prefix, b.size() - prefix - suffix);
    if (midA.empty())
        append(out, Op::Insert, qsizetype(midB.size()));
    else if (midB.empty())
        append(out, Op::Delete, qsizetype(midA.size()));
    else
        bisect(midA, midB, out);
    append(out, Op::Equal, qsizetype(suffix));
}

// Walks furthest-reaching paths from both corners at once, diagonal by diagonal,
// until they overlap; the overlap splits the problem in two halves solved the same way.
void TextDiffEngine::bisect(std::span<const int> a, std::span<const int> b, QList<Edit>& out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int maxD = (n + m + 1) / 2;
    const int offset = maxD;
    const int width = 2 * maxD + 2;
    std::vector<int> forward(size_t(width), -1);
    std::vector<int> backward(size_t(width), -1);
    forward[size_t(offset + 1)] = 0;
    backward[size_t(offset + 1)] = 0;
    const int delta = n - m;
    // With an odd delta the forward walk meets the backward one, with an even delta the reverse.
    const bool checkForward = (delta % 2) != 0;
    int forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0;

    auto split = [&](int x, int y) {
        compare(a.first(size_t(x)), b.first(size_t(y)), out);
        compare(a.subspan(size_t(x)), b.subspan(size_t(y)), out);
    };

    for (int d = 0; d < maxD; ++d) {
        for (int k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
            const size_t at = size_t(offset + k);
            int x = (k == -d || (k != d && forward[at - 1] < forward[at + 1])) ? forward[at + 1] : forward[at - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            forward[at] = x;
            if (x > n) {
                forwardEnd += 2; // ran off the right edge
            } else if (y > m) {
                forwardStart += 2; // ran off the bottom edge
            } else if (checkForward) {
                const int other = offset + delta - k;
                if (other >= 0 && other < width && backward[size_t(other)] != -1 && x >= n - backward[size_t(other)])
                    return split(x, y);
            }
        }
        for (int k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
            const size_t at = size_t(offset + k);
            int x =
                (k == -d || (k != d && backward[at - 1] < backward[at + 1])) ? backward[at + 1] : backward[at - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(n - x - 1)] == b[size_t(m - y - 1)]) {
                ++x;
                ++y;
            }
            backward[at] = x;
            if (x > n) {
                backwardEnd += 2;
            } else if (y > m) {
                backwardStart += 2;
            } else if (!checkForward) {
                const int other = offset + delta - k;
                if (other >= 0 && other < width && forward[size_t(other)] != -1) {
                    const int forwardX = forward[size_t(other)];
                    const int forwardY = offset + forwardX - other;
                    if (forwardX >= n - x)
                        return split(forwardX, forwardY);
                }
            }
        }
    }
    // No common token at all.
    append(out, Op::Delete, n);
    append(out, Op::Insert, m);
}

QList<TextDiffEngine::Edit> TextDiffEngine::normalise(const QList<Edit>& script)
{
    QList<Edit> out;
    int deleted = 0;
    int inserted = 0;
    auto flush = [&] {
        append(out, Op::Delete, deleted);
        append(out, Op::Insert, inserted);
        deleted = inserted = 0;
    };
    for (const Edit& edit : script) {
        if (edit.op == Op::Delete) {
            deleted += edit.count;
        } else if (edit.op == Op::Insert) {
            inserted += edit.count;
        } else {
            flush();
            append(out, Op::Equal, edit.count);
        }
    }
    flush();
    return out;
}

} // namespace cp
