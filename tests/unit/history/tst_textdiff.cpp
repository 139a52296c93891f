#include "core/wiki/TextDiff.h"
#include "core/wiki/TextDiffEngine.h"
#include "core/wiki/TextDiffWords.h"

#include <QRandomGenerator>
#include <QTest>
#include <vector>

using namespace Qt::StringLiterals;
using cp::DiffLine;
using cp::DiffRow;
using cp::DiffSpan;
using cp::TextDiff;
using cp::TextDiffEngine;
using cp::TextDiffWords;

namespace {

// Applies an edit script to `a`, taking inserted tokens from `b`: must give `b`.
std::vector<int> apply(const std::vector<int>& a, const std::vector<int>& b, const QList<TextDiffEngine::Edit>& edits)
{
    std::vector<int> out;
    size_t i = 0, j = 0;
    for (const auto& e : edits) {
        for (int k = 0; k < e.count; ++k) {
            if (e.op == TextDiffEngine::Op::Equal) {
                if (a[i] != b[j])
                    return {-1};
                out.push_back(a[i]);
                ++i;
                ++j;
            } else if (e.op == TextDiffEngine::Op::Delete) {
                ++i;
            } else {
                out.push_back(b[j++]);
            }
        }
    }
    if (i != a.size() || j != b.size())
        return {-2};
    return out;
}

int editCount(const QList<TextDiffEngine::Edit>& edits)
{
    int n = 0;
    for (const auto& e : edits)
        n += e.op == TextDiffEngine::Op::Equal ? 0 : e.count;
    return n;
}

// The edit distance (insertions + deletions only), by dynamic programming.
int lcsDistance(const std::vector<int>& a, const std::vector<int>& b)
{
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (size_t i = a.size(); i-- > 0;)
        for (size_t j = b.size(); j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    return int(a.size() + b.size()) - 2 * lcs[0][0];
}

QString spanText(const QString& line, const QList<DiffSpan>& spans)
{
    QStringList parts;
    for (const DiffSpan& s : spans)
        parts << line.mid(s.start, s.length);
    return parts.join(u'|');
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void engineIsMinimalAndCorrect()
    {
        // Random small sequences over a small alphabet: the script must rebuild b
        // from a and be as short as the longest common subsequence allows.
        QRandomGenerator rng(4242);
        for (int round = 0; round < 400; ++round) {
            std::vector<int> a(rng.bounded(0, 30)), b(rng.bounded(0, 30));
            for (int& x : a)
                x = rng.bounded(0, 4);
            for (int& x : b)
                x = rng.bounded(0, 4);
            const auto edits = TextDiffEngine::diff(a, b);
            QCOMPARE(apply(a, b, edits), b);
            QCOMPARE(editCount(edits), lcsDistance(a, b));
            for (qsizetype k = 1; k < edits.size(); ++k)
                QVERIFY(edits[k].op != edits[k - 1].op);
        }
    }

    void engineEdgeCases()
    {
        const std::vector<int> empty;
        const std::vector<int> abc{1, 2, 3};
        QCOMPARE(TextDiffEngine::diff(empty, empty).size(), 0);
        QCOMPARE(TextDiffEngine::diff(abc, abc), (QList<TextDiffEngine::Edit>{{TextDiffEngine::Op::Equal, 3}}));
        QCOMPARE(TextDiffEngine::diff(empty, abc), (QList<TextDiffEngine::Edit>{{TextDiffEngine::Op::Insert, 3}}));
        QCOMPARE(TextDiffEngine::diff(abc, empty), (QList<TextDiffEngine::Edit>{{TextDiffEngine::Op::Delete, 3}}));
        const std::vector<int> xyz{7, 8, 9};
        QCOMPARE(TextDiffEngine::diff(abc, xyz),
                 (QList<TextDiffEngine::Edit>{{TextDiffEngine::Op::Delete, 3}, {TextDiffEngine::Op::Insert, 3}}));
    }

    void wordSpansAreExact()
    {
        const QString before = u"The quick brown fox jumps over the lazy dog."_s;
        const QString after = u"The slow red fox jumps over the lazy cat."_s;
        const auto spans = TextDiffWords::compare(before, after);
        QVERIFY(spans.similar);
        QCOMPARE(spans.oldSpans, (QList<DiffSpan>{{4, 11}, {40, 3}}));
        QCOMPARE(spanText(before, spans.oldSpans), u"quick brown|dog"_s);
        QCOMPARE(spanText(after, spans.newSpans), u"slow red|cat"_s);
        QCOMPARE(TextDiffWords::markup(before, after),
                 u"The [-quick-]{+slow+} [-brown-]{+red+} fox jumps over the lazy [-dog-]{+cat+}."_s);
    }

    void wordSpansOnCyrillicAndPunctuation()
    {
        const QString before = u"Привет, мир! (a+b)"_s;
        const QString after = u"Привет, друг! (a-b)"_s;
        const auto spans = TextDiffWords::compare(before, after);
        QCOMPARE(spanText(before, spans.oldSpans), u"мир|+"_s);
        QCOMPARE(spanText(after, spans.newSpans), u"друг|-"_s);
    }

    void dissimilarLinesGetNoWordSpans()
    {
        const auto spans = TextDiffWords::compare(u"completely different words here"_s, u"nothing alike at all, no"_s);
        QVERIFY(!spans.similar);
        QVERIFY(spans.oldSpans.isEmpty());
        QVERIFY(spans.newSpans.isEmpty());
    }

    void linesAndPairing()
    {
        const QString before = u"one\ntwo\nthree\nfour\n"_s;
        const QString after = u"one\n2wo two\nthree\nfive\nsix\n"_s;
        const TextDiff diff = TextDiff::compute(before, after);
        QCOMPARE(diff.removedLines(), 2);
        QCOMPARE(diff.addedLines(), 3);
        const auto& lines = diff.lines();
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[1].kind, DiffLine::Kind::Removed);
        QCOMPARE(lines[1].oldNumber, 2);
        QCOMPARE(lines[2].kind, DiffLine::Kind::Added);
        QCOMPARE(lines[2].newNumber, 2);
        QCOMPARE(spanText(lines[2].text, lines[2].spans), u"2wo"_s);
        QVERIFY(lines[1].spans.isEmpty()); // "two" survives in the new line: nothing removed

        const auto rows = diff.rows();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1].kind, DiffRow::Kind::Changed);
        QCOMPARE(rows[1].leftText, u"two"_s);
        QCOMPARE(rows[1].rightText, u"2wo two"_s);
        QCOMPARE(rows[3].kind, DiffRow::Kind::Changed);
        QCOMPARE(rows[3].leftNumber, 4);
        QCOMPARE(rows[3].rightNumber, 4);
        QCOMPARE(rows[4].kind, DiffRow::Kind::Added);
        QCOMPARE(rows[4].leftNumber, 0);
        QCOMPARE(rows[4].rightText, u"six"_s);
    }

    void unifiedTextMatchesDiffU()
    {
        QString before, after;
        for (int i = 1; i <= 20; ++i)
            before += u"line %1\n"_s.arg(i);
        after = before;
        after.replace(u"line 2\n"_s, u"line two\n"_s);
        after.replace(u"line 18\n"_s, u""_s);
        const TextDiff diff = TextDiff::compute(before, after);
        const QString expected = u"--- a/Page.md\n+++ b/Page.md\n"
                                 u"@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
                                 u"@@ -15,6 +15,5 @@\n line 15\n line 16\n line 17\n-line 18\n line 19\n line 20\n"_s;
        QCOMPARE(diff.unifiedText(u"a/Page.md"_s, u"b/Page.md"_s), expected);
        QCOMPARE(diff.hunks(3).size(), 2);
        QCOMPARE(diff.hunks(10).size(), 1); // hunks whose context touches merge
        const auto folded = diff.rows(1);
        QCOMPARE(folded.first().kind, DiffRow::Kind::Same);
        QCOMPARE(folded[3].kind, DiffRow::Kind::Gap);
        QCOMPARE(folded[3].skipped, 13); // lines 4 to 16
        QCOMPARE(folded[folded.size() - 2].rightText, u"line 19"_s);
        QCOMPARE(folded.last().kind, DiffRow::Kind::Gap); // line 20
        QCOMPARE(folded.last().skipped, 1);
    }

    void missingNewlineAndEmptySides()
    {
        const TextDiff diff = TextDiff::compute(u"a\nb"_s, u"a\nb\n"_s);
        QCOMPARE(diff.unifiedText(u"old"_s, u"new"_s),
                 u"--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"_s);
        const TextDiff created = TextDiff::compute({}, u"x\ny\n"_s);
        QCOMPARE(created.unifiedText(u"old"_s, u"new"_s), u"--- old\n+++ new\n@@ -0,0 +1,2 @@\n+x\n+y\n"_s);
        const TextDiff same = TextDiff::compute(u"same\n"_s, u"same\n"_s);
        QVERIFY(same.isEmpty());
        QVERIFY(same.unifiedText(u"a"_s, u"b"_s).isEmpty());
        QVERIFY(same.hunks().isEmpty());
    }

    void wordDiffText()
    {
        const TextDiff diff = TextDiff::compute(u"keep\nold words here\ngone\n"_s, u"keep\nnew words here\n"_s);
        QCOMPARE(diff.wordDiffText(u"a"_s, u"b"_s),
                 u"--- a\n+++ b\n@@ -1,3 +1,2 @@\nkeep\n[-old-]{+new+} words here\n[-gone-]\n"_s);
    }

    void largeInputStaysFast()
    {
        // 5,000 lines with every tenth changed: correct counts, and no quadratic blow-up.
        QString before, after;
        for (int i = 0; i < 5000; ++i) {
            before += u"Line number %1 of a long page\n"_s.arg(i);
            after +=
                (i % 10 == 0 ? u"Changed line %1 of a long page\n"_s : u"Line number %1 of a long page\n"_s).arg(i);
        }
        const TextDiff diff = TextDiff::compute(before, after);
        QCOMPARE(diff.removedLines(), 500);
        QCOMPARE(diff.addedLines(), 500);
        QCOMPARE(diff.hunks(0).size(), 500);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
