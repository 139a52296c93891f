#pragma once

#include <QList>
#include <span>

namespace cp {

// The shortest edit script between two sequences of tokens (lines or words, each
// mapped to an int so that equal tokens have equal ids): Myers' O(ND) algorithm in
// its linear-space form (bisecting on the middle snake), after trimming the common
// prefix and suffix. Deterministic: equal inputs give equal scripts.
class TextDiffEngine
{
public:
    enum class Op { Equal, Delete, Insert };
    // `count` tokens taken the same way; consecutive edits never share an op.
    struct Edit
    {
        Op op = Op::Equal;
        int count = 0;
        friend bool operator==(const Edit&, const Edit&) = default;
    };

    // Turns `a` into `b`. Within a run of changes, deletions come before insertions.
    [[nodiscard]] static QList<Edit> diff(std::span<const int> a, std::span<const int> b);

private:
    static void compare(std::span<const int> a, std::span<const int> b, QList<Edit>& out);
    static void bisect(std::span<const int> a, std::span<const int> b, QList<Edit>& out);
    static void append(QList<Edit>& out, Op op, qsizetype count);
    static QList<Edit> normalise(const QList<Edit>& script);
};

} // namespace cp
