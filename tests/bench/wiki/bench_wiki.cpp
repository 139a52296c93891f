// A 10,000-page commons: open it and list its pages; save one page (issue 2).
// Goal on a 2-core machine: each under 50 ms.
// Run: build/<dir>/tests/bench/wiki/bench_wiki [pages] [--flat] [--keep DIR]
//   pages   how many pages (default 10000)
//   --flat  every page in the root folder instead of 100 pages per folder
//   --keep  build the commons in DIR and leave it there (or reuse the one there)

#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/git/TreeBuilder.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

constexpr int kRuns = 9;
constexpr int kPagesPerFolder = 100;

[[noreturn]] void die(const QString& what, const cp::Error& error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(2);
}

template <typename T> T check(cp::Result<T> result, const QString& what)
{
    if (!result)
        die(what, result.error());
    return std::move(*result);
}

void check(const cp::Status& status, const QString& what)
{
    if (!status)
        die(what, status.error());
}

// About 1.5 KB of markdown, different for every page.
QByteArray pageText(int n)
{
    QByteArray text = "# Page " + QByteArray::number(n) + "\n\n";
    for (int i = 0; i < 12; ++i)
        text += "A line of notes about topic " + QByteArray::number(n * 31 + i) + ", with a [[link to page " +
                QByteArray::number((n + i) % 997) + "]] and some *emphasis*.\n";
    return text;
}

QString pageTitle(int n, bool flat)
{
    const QString base = QStringLiteral("Page %1").arg(n, 5, 10, QLatin1Char('0'));
    return flat ? base : QStringLiteral("Folder %1/").arg(n / kPagesPerFolder, 3, 10, QLatin1Char('0')) + base;
}

// Builds all pages in one commit with tree builders (not one commit per page),
// moves main to it and checks it out, so the folder and index are as after normal use.
void generate(cp::Commons& commons, int pages, bool flat)
{
    cp::git::Repository& repo = commons.repository();
    const cp::git::Oid head = check(cp::git::Oid::fromHex(commons.head()), QStringLiteral("head"));
    cp::git::Commit parent = check(repo.lookupCommit(head), QStringLiteral("head commit"));
    cp::git::Tree base = check(parent.tree(), QStringLiteral("root tree"));
    cp::git::TreeBuilder root = check(repo.treeBuilder(&base), QStringLiteral("root builder"));

    for (int start = 0; start < pages; start += flat ? pages : kPagesPerFolder) {
        const int end = flat ? pages : std::min(pages, start + kPagesPerFolder);
        cp::git::TreeBuilder folder = check(repo.treeBuilder(), QStringLiteral("folder builder"));
        cp::git::TreeBuilder& target = flat ? root : folder;
        for (int n = start; n < end; ++n) {
            const cp::git::Oid blob = check(repo.writeBlob(pageText(n)), QStringLiteral("blob"));
            check(target.insert(pageTitle(n, true) + QStringLiteral(".md"), blob), QStringLiteral("insert"));
        }
        if (!flat) {
            const cp::git::Oid folderTree = check(folder.write(), QStringLiteral("folder tree"));
            check(root.insert(pageTitle(start, false).section(u'/', 0, 0), folderTree, cp::git::FileMode::Tree),
                  QStringLiteral("insert folder"));
        }
    }
    cp::git::CommitDraft draft;
    draft.tree = check(root.write(), QStringLiteral("root tree"));
    draft.parents = {head};
    draft.author = cp::Commons::signatureFor(commons.author());
    draft.message = QStringLiteral("Add %1 pages").arg(pages);
    check(repo.commitOnto(QStringLiteral("refs/heads/main"), draft), QStringLiteral("commit"));
    check(repo.checkoutHead(cp::git::Repository::Checkout::Force), QStringLiteral("checkout"));
}

// CPU time of this process in ms: unlike wall time, barely moved by other load on
// the machine (but blind to waiting for the disk, such as QSaveFile's fsync).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString ms(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool flat = args.removeAll(QStringLiteral("--flat")) > 0;
    QString keep;
    if (const qsizetype at = args.indexOf(QStringLiteral("--keep")); at >= 0 && at + 1 < args.size()) {
        keep = args.takeAt(at + 1);
        args.removeAt(at);
    }
    const int pages = args.isEmpty() ? 10000 : args.first().toInt();
    QTextStream out(stdout);

    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() + QStringLiteral("/commons") : keep;
    QElapsedTimer timer;
    timer.start();
    if (!keep.isEmpty() && cp::Commons::open(dir)) {
        out << "reusing the commons in " << dir << "\n";
    } else {
        auto commons = check(cp::Commons::create(dir, {QStringLiteral("Bench"), {}}, {QStringLiteral("Bench"), {}}),
                             QStringLiteral("create"));
        generate(*commons, pages, flat);
        out << "generated " << pages << " pages (" << (flat ? "flat" : "100 per folder") << ") in "
            << ms(double(timer.nsecsElapsed()) / 1e6) << "\n";
    }

    QList<double> openTimes, listTimes, totalTimes, openCpu;
    qsizetype listed = 0;
    for (int run = 0; run < kRuns; ++run) {
        const double cpu = cpuMs();
        timer.restart();
        auto commons = check(cp::Commons::open(dir), QStringLiteral("open"));
        const double opened = double(timer.nsecsElapsed()) / 1e6;
        listed = check(commons->pages().list(), QStringLiteral("list")).size();
        const double total = double(timer.nsecsElapsed()) / 1e6;
        openCpu.append(cpuMs() - cpu);
        openTimes.append(opened);
        listTimes.append(total - opened);
        totalTimes.append(total);
    }
    out << "open + list: " << ms(median(totalTimes)) << " median of " << kRuns << " (open " << ms(median(openTimes))
        << ", list " << ms(median(listTimes)) << "; CPU " << ms(median(openCpu)) << "; " << listed
        << " pages listed; goal < 50 ms)\n";

    auto commons = check(cp::Commons::open(dir), QStringLiteral("open"));
    commons->setAuthor({QStringLiteral("Bench"), {}});
    const cp::PageName name = check(cp::PageName::fromTitle(pageTitle(pages / 2, flat)), QStringLiteral("name"));
    QList<double> saveTimes, saveCpu;
    for (int run = 0; run < kRuns; ++run) {
        const QString text = QString::fromUtf8(pageText(pages / 2)) + QStringLiteral("\nEdit %1\n").arg(run);
        const double cpu = cpuMs();
        timer.restart();
        check(commons->pages().save(name, text), QStringLiteral("save"));
        saveTimes.append(double(timer.nsecsElapsed()) / 1e6);
        saveCpu.append(cpuMs() - cpu);
    }
    out << "save one page: " << ms(median(saveTimes)) << " median of " << kRuns << " (min "
        << ms(*std::min_element(saveTimes.begin(), saveTimes.end())) << ", max "
        << ms(*std::max_element(saveTimes.begin(), saveTimes.end())) << "; CPU " << ms(median(saveCpu))
        << "; goal < 50 ms)\n";
    return 0;
}
