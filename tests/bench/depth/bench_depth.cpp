// Wiki depth at 10,000 pages (issue 4): a generated commons of about 50 MB of
// linked pages; open to interactive, full-text search, save with the index
// update, preview of a 100 KB page, resident memory, and a full index rebuild.
// Goals: open < 1 s, search p50 < 20 ms, save < 50 ms, preview < 30 ms, RSS < 200 MB.
// Run: build/<dir>/tests/bench/depth/bench_depth [pages] [--keep DIR]
//   pages   how many pages (default 10000, about 5 KB each)
//   --keep  build the commons in DIR and leave it there (or reuse the one there)
// The measurements after the build run in a child process, so that memory figures
// are those of a program that opened the commons, not of the one that made it.

#include "DepthGenerator.h"
#include "core/markdown/MarkdownRenderer.h"
#include "core/wiki/Commons.h"
#include "core/wiki/IndexDatabase.h"
#include "core/wiki/PageRenamer.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WikiIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

constexpr int kRuns = 9;
constexpr int kBytesPerPage = 5000;

template <typename T> T check(cp::Result<T> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.error().message));
        std::exit(2);
    }
    return std::move(*result);
}

void check(const cp::Status& status, const char* what)
{
    if (!status) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(status.error().message));
        std::exit(2);
    }
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

QString fmt(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral(" ms");
}

QString rssMB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return QString::number(line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0, 'f', 1) +
                   QStringLiteral(" MB");
    }
    return QStringLiteral("?");
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QStringLiteral("?");
}

// About 200 queries of the kinds people type.
QStringList queries(const DepthGenerator& gen, int pages)
{
    QStringList out;
    QStringList cyrillic;
    for (int rank = 0; rank < gen.vocabularySize() && cyrillic.size() < 15; rank += 37) {
        if (gen.word(rank).front().unicode() >= 0x400)
            cyrillic.append(gen.word(rank) + u' ');
    }
    for (int i = 0; i < 50; ++i) // single words, from everywhere to rare
        out.append(gen.word(int(std::pow(1.2, i % 50)) + i) + u' ');
    for (int i = 0; i < 40; ++i) // two words
        out.append(gen.word(i * 3) + u' ' + gen.word(200 + i * 41) + u' ');
    for (int i = 0; i < 40; ++i) // typing: a prefix of 3 to 5 letters
        out.append(gen.word(50 + i * 97).left(3 + i % 3));
    for (int i = 0; i < 20; ++i) // phrases
        out.append(u'"' + gen.word(i) + u' ' + gen.word(i + 1) + u'"');
    for (int i = 0; i < 20; ++i) // a title's words
        out.append(gen.title((i * 487) % pages).section(u'/', 1).section(u' ', 0, 1) + u' ');
    out += cyrillic;
    out += {QStringLiteral("zzqqxx "),      QStringLiteral("NEAR("),  QStringLiteral("\""),
            QStringLiteral("a*b"),          QStringLiteral("-ka ro"), gen.word(5) + QStringLiteral(" -") + gen.word(6),
            QStringLiteral("missing page"), QStringLiteral("see"),    QStringLiteral("section"),
            QStringLiteral("folder 042"),   QStringLiteral("k"),      QStringLiteral("ко"),
            QStringLiteral("(a OR b)"),     QStringLiteral("café"),   QStringLiteral("sé")};
    return out;
}

int measure(const QString& dir, int pages)
{
    QTextStream out(stdout);
    out << "measuring in a fresh process (RSS at start " << rssMB() << "; load average " << loadAverage() << ")\n";
    out.flush();
    QElapsedTimer timer;

    // Open to interactive: the commons, its page list, and an index ready to answer.
    QList<double> opens, commonsOpens, lists, indexOpens;
    for (int run = 0; run < kRuns; ++run) {
        timer.restart();
        auto commons = check(cp::Commons::open(dir), "open");
        const double a = ms(timer);
        const qsizetype listed = check(commons->pages().list(), "list").size();
        const double b = ms(timer);
        auto index = check(cp::WikiIndex::open(*commons), "index");
        const double c = ms(timer);
        if (!index->isReady() || listed < pages)
            std::fprintf(stderr, "index not ready or pages missing\n");
        commonsOpens.append(a);
        lists.append(b - a);
        indexOpens.append(c - b);
        opens.append(c);
    }
    out << "open to interactive: " << fmt(percentile(opens, 0.5)) << " median of " << kRuns << " (commons "
        << fmt(percentile(commonsOpens, 0.5)) << ", list " << fmt(percentile(lists, 0.5)) << ", index "
        << fmt(percentile(indexOpens, 0.5)) << "; goal < 1000 ms)\n";

    auto commons = check(cp::Commons::open(dir), "open");
    commons->setAuthor({QStringLiteral("Bench"), {}});
    auto index = check(cp::WikiIndex::open(*commons), "index");
    out << "RSS after opening: " << rssMB() << "\n";

    const DepthGenerator gen(pages, kBytesPerPage);
    const QStringList qs = queries(gen, pages);
    QList<double> times;
    int withHits = 0;
    int totalHits = 0;
    for (int pass = 0; pass < 2; ++pass) { // the first pass warms the page cache
        times.clear();
        withHits = totalHits = 0;
        for (const QString& q : qs) {
            timer.restart();
            auto hits = check(index->search(q, 50), "search");
            times.append(ms(timer));
            withHits += hits.isEmpty() ? 0 : 1;
            totalHits += int(hits.size());
        }
    }
    out << "search (" << qs.size() << " queries, 50 results with snippets, " << withHits << " with hits): p50 "
        << fmt(percentile(times, 0.5)) << ", p90 " << fmt(percentile(times, 0.9)) << ", p99 "
        << fmt(percentile(times, 0.99)) << ", max " << fmt(percentile(times, 1.0)) << " (goal p50 < 20 ms)\n";
    QList<std::pair<double, QString>> slowest;
    for (qsizetype i = 0; i < qs.size(); ++i)
        slowest.append({times.at(i), qs.at(i)});
    std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    out << "  slowest:";
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
        out << " [" << slowest.at(i).second << "] " << fmt(slowest.at(i).first) << ";";
    out << "\n";
    QList<double> titleTimes;
    for (const QString& q : qs) {
        timer.restart();
        (void)check(index->matchTitles(q, 50), "titles");
        titleTimes.append(ms(timer));
    }
    out << "title match (page filter): p50 " << fmt(percentile(titleTimes, 0.5)) << ", p99 "
        << fmt(percentile(titleTimes, 0.99)) << "\n";
    out << "RSS after searching: " << rssMB() << " (goal < 200 MB)\n";

    QList<double> backlinkTimes;
    for (int i = 0; i < 100; ++i) {
        timer.restart();
        (void)check(index->backlinks(gen.title((i * 97) % pages)), "backlinks");
        backlinkTimes.append(ms(timer));
    }
    timer.restart();
    const qsizetype orphans = check(index->orphans(), "orphans").size();
    const double orphanTime = ms(timer);
    timer.restart();
    const qsizetype missing = check(index->missingPages(), "missing").size();
    out << "backlinks p50 " << fmt(percentile(backlinkTimes, 0.5)) << "; orphans " << fmt(orphanTime) << " (" << orphans
        << "); missing " << fmt(ms(timer)) << " (" << missing << ")\n";

    // Save: the commit and the index update that headChanged triggers.
    const cp::PageName name = check(cp::PageName::fromTitle(gen.title(pages / 2)), "name");
    const QString base = check(commons->pages().read(name), "read");
    QList<double> saves;
    for (int run = 0; run < kRuns; ++run) {
        timer.restart();
        check(commons->pages().save(name, base + QStringLiteral("\nEdit %1 with a newword%1\n").arg(run)), "save");
        saves.append(ms(timer));
    }
    if (check(index->search(QStringLiteral("newword%1").arg(kRuns - 1)), "search").size() != 1)
        std::fprintf(stderr, "the index did not follow the save\n");
    // The same in two parts: the commit alone (a second handle the index does not follow), then the update.
    QList<double> commits, updates;
    {
        auto other = check(cp::Commons::open(dir), "open");
        other->setAuthor({QStringLiteral("Bench"), {}});
        for (int run = 0; run < kRuns; ++run) {
            timer.restart();
            check(other->pages().save(name, base + QStringLiteral("\nOther %1\n").arg(run)), "save");
            commits.append(ms(timer));
            timer.restart();
            check(index->catchUp(), "catch up");
            updates.append(ms(timer));
        }
    }
    out << "save one page incl. index update: " << fmt(percentile(saves, 0.5)) << " median of " << kRuns << " (max "
        << fmt(percentile(saves, 1.0)) << "; commit alone " << fmt(percentile(commits, 0.5)) << ", index update "
        << fmt(percentile(updates, 0.5)) << "; goal < 50 ms)\n";

    // Preview: a 100 KB page rendered as the editor does, links checked against the page list.
    QSet<QString> titles;
    for (const cp::PageName& page : check(commons->pages().list(), "list"))
        titles.insert(page.title());
    const cp::MarkdownRenderer renderer([&titles](const QString& t) { return titles.contains(t); });
    DepthGenerator bigGen(pages, kBytesPerPage, 7);
    const QString big = bigGen.bigPage(100 * 1024);
    QList<double> previews;
    qsizetype htmlSize = 0;
    for (int run = 0; run < kRuns; ++run) {
        timer.restart();
        htmlSize = renderer.toHtml(big, QStringLiteral("Folder 000/Long")).size();
        previews.append(ms(timer));
    }
    out << "preview of a " << big.toUtf8().size() / 1024 << " KB page: " << fmt(percentile(previews, 0.5))
        << " median of " << kRuns << " (" << htmlSize / 1024 << " K characters of HTML; goal < 30 ms)\n";

    // Rename with link update: the page with the most backlinks among a few.
    QString target;
    qsizetype most = -1;
    for (int i = 0; i < 50; ++i) {
        const qsizetype n = check(index->backlinks(gen.title(i * 7)), "backlinks").size();
        if (n > most) {
            most = n;
            target = gen.title(i * 7);
        }
    }
    cp::PageRenamer renamer(*commons, *index);
    timer.restart();
    auto renamed =
        check(renamer.rename(check(cp::PageName::fromTitle(target), "from"),
                             check(cp::PageName::fromTitle(target + QStringLiteral(" renamed")), "to"), true),
              "rename");
    out << "rename with link update (" << renamed.updatedPages.size()
        << " linking pages, one commit): " << fmt(ms(timer)) << "\n";
    out << "RSS at the end: " << rssMB() << "; load average " << loadAverage() << "\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 3 && args.first() == QStringLiteral("--measure"))
        return measure(args.at(1), args.at(2).toInt());
    QString keep;
    if (const qsizetype at = args.indexOf(QStringLiteral("--keep")); at >= 0 && at + 1 < args.size()) {
        keep = args.takeAt(at + 1);
        args.removeAt(at);
    }
    const int pages = args.isEmpty() ? 10000 : args.first().toInt();
    QTextStream out(stdout);
    out << "load average at start: " << loadAverage() << "\n";

    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() + QStringLiteral("/commons") : keep;
    QElapsedTimer timer;
    timer.start();
    if (!keep.isEmpty() && cp::Commons::open(dir)) {
        out << "reusing the commons in " << dir << "\n";
    } else {
        auto commons =
            check(cp::Commons::create(dir, {QStringLiteral("Bench"), {}}, {QStringLiteral("Bench"), {}}), "create");
        DepthGenerator gen(pages, kBytesPerPage);
        const qint64 bytes = gen.generate(*commons);
        out << "generated " << pages << " pages, " << QString::number(double(bytes) / 1e6, 'f', 1)
            << " MB of markdown, in " << fmt(ms(timer)) << "\n";
    }
    out.flush();

    {
        auto commons = check(cp::Commons::open(dir), "open");
        const QString indexPath = cp::IndexDatabase::pathFor(QDir(dir).absolutePath() + QStringLiteral("/.git"));
        check(cp::IndexDatabase::discard(indexPath), "discard");
        auto index = check(cp::WikiIndex::open(*commons), "index");
        int reports = 0;
        timer.restart();
        const std::clock_t cpu = std::clock();
        check(index->rebuild([&reports](int, int) { ++reports; }), "rebuild");
        out << "full index rebuild: " << fmt(ms(timer)) << " wall, "
            << fmt(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC) << " CPU (" << reports
            << " progress reports; index file " << QString::number(double(QFileInfo(indexPath).size()) / 1e6, 'f', 1)
            << " MB)\n";
    }
    out.flush();

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), dir, QString::number(pages)});
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::fprintf(stderr, "the measuring process failed\n");
        return 2;
    }
    return 0;
}
