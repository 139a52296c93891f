// A child process for tst_draftstore: one thread saves drafts of one page in a
// loop, each a self-checking text (first and last line name the round, the body
// has a known number of lines); the main thread prints the number of the last
// round whose save returned. Printing apart from saving means the test's SIGKILL,
// sent when a number arrives, lands at an arbitrary point of a save.
#include "core/wiki/DraftStore.h"

#include <QCoreApplication>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: history_draft_writer FOLDER PAGE LINES\n", stderr);
        return 2;
    }
    const QString folder = args[1];
    auto page = cp::PageName::fromTitle(args[2]);
    if (!page)
        return 2;
    QString body;
    for (int line = 0, lines = args[3].toInt(); line < lines; ++line)
        body += QStringLiteral("line %1 of the draft text\n").arg(line);

    std::mutex mutex;
    std::condition_variable changed;
    int saved = -1;
    std::thread saver([&] {
        cp::DraftStore store(folder);
        for (int round = 0;; ++round) {
            const QString text =
                QStringLiteral("round %1 begins\n").arg(round) + body + QStringLiteral("round %1 ends\n").arg(round);
            if (auto ok = store.save({*page, text, QStringLiteral("base%1").arg(round), {}}); !ok) {
                std::fprintf(stderr, "%s\n", qPrintable(ok.error().message));
                std::fflush(stderr);
                std::_Exit(1);
            }
            std::lock_guard lock(mutex);
            saved = round;
            changed.notify_one();
        }
    });
    saver.detach();
    for (int printed = -1;;) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return saved != printed; });
        printed = saved;
        lock.unlock();
        std::printf("%d\n", printed);
        std::fflush(stdout);
    }
}
