// Renders a generated ~100 KB page (headings, paragraphs with links and wiki links,
// lists, task lists, tables, code blocks, quotes) 20 times and reports the median.
// Goal: under 30 ms on the 2-core reference machine.
//   bench_markdown [runs]

#include "core/markdown/MarkdownRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString generatePage(qsizetype targetBytes)
{
    QString page = u"# A long page\n\nThis page exercises every construct the renderer knows.\n\n"_s;
    for (int section = 0; page.toUtf8().size() < targetBytes; ++section) {
        const QString n = QString::number(section);
        page += u"## Section "_s + n + u"\n\n"_s;
        page += u"Some *emphasis*, **strength**, ~~a strike~~ and `inline code` in section "_s + n +
                u". It links to [[Page "_s + n + u"]], to [[Folder/Page "_s + n + u"|a labelled page]], to a "_s +
                u"[[Missing "_s + n + u"]] one, to [a relative page](Other%20"_s + n + u".md), to "_s +
                u"[the web](https://example.org/"_s + n + u") and to www.example.com/"_s + n + u".\n"_s +
                u"Кириллица тоже: [[Страница "_s + n + u"]] и ещё немного текста, чтобы абзац был длиннее.\n\n"_s;
        page += u"- first point with [[Page "_s + n + u"]]\n- second point\n  - nested point\n- third point\n\n"_s;
        page += u"- [ ] an open task\n- [x] a finished task\n\n"_s;
        page += u"| Name | Count | Note |\n|:-----|------:|:----:|\n"_s;
        for (int row = 0; row < 4; ++row)
            page += u"| item "_s + QString::number(row) + u" | "_s + QString::number(row * 7) + u" | [[Page "_s +
                    QString::number(row) + u"]] |\n"_s;
        page += u"\n```cpp\nint section"_s + n +
                u"(int a, int b)\n{\n    return a < b ? a : b; // [[not a link]]\n}\n```\n\n"_s;
        page += u"> A quotation in section "_s + n + u", with a second line.\n\n1. one\n2. two\n\n"_s;
    }
    return page;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;

    QSet<QString> pages;
    for (int i = 0; i < 10000; ++i) {
        pages.insert(u"Page "_s + QString::number(i));
        pages.insert(u"Folder/Page "_s + QString::number(i));
    }
    const cp::MarkdownRenderer renderer([&pages](const QString& title) { return pages.contains(title); });
    const QString markdown = generatePage(100 * 1024);

    std::vector<double> millis;
    qsizetype htmlSize = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QString html = renderer.toHtml(markdown, u"Folder/Long page"_s);
        millis.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        htmlSize = html.size();
    }
    std::sort(millis.begin(), millis.end());
    const double median =
        millis.size() % 2 ? millis[millis.size() / 2] : (millis[millis.size() / 2 - 1] + millis[millis.size() / 2]) / 2;
    std::printf("render %lld-byte page to %lld chars of HTML: median %.2f ms, min %.2f ms, max %.2f ms (%d runs)\n",
                static_cast<long long>(markdown.toUtf8().size()), static_cast<long long>(htmlSize), median,
                millis.front(), millis.back(), runs);
    return 0;
}
