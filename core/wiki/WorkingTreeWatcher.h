#pragma once

#include "core/wiki/ExternalEdits.h"
#include "core/wiki/HeadWatcher.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QFileSystemWatcher;

namespace cp {

class Commons;

// Notices when another program edits the commons' folder: watches its folders
// (and, up to a limit, its pages and attachments) with QFileSystemWatcher, waits
// until the events stop for debounce() ms, then runs ExternalEdits::scan() and
// emits changesFound() when the list of external changes differs from the last
// one announced (also when it becomes empty, after a commit or a discard). Main
// moving (Commons::headChanged) triggers a scan too. Call checkNow() when the
// window is activated: file watching has limits (inotify's watch count, network
// folders), a scan has none.
//
// Lives on the commons' thread; scans run there, each one a `git status` of the
// pages and attachments.
//
// Also runs a HeadWatcher while it runs: main moved by another handle (the sync
// node, the CLI, git) is announced as Commons::headChanged; checkNow() looks at main too.
class WorkingTreeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDebounceMs = 500;
    static constexpr int DefaultMaxWatchedFiles = 4000;

    explicit WorkingTreeWatcher(Commons& commons, QObject* parent = nullptr);
    ~WorkingTreeWatcher() override;

    void setDebounce(int milliseconds);
    [[nodiscard]] int debounce() const { return m_debounce.interval(); }
    // Files watched one by one (catches edits that rewrite a file in place); folders are always watched.
    void setMaxWatchedFiles(int count) { m_maxFiles = count; }

    // Starts watching and schedules a first scan (edits made while the app was closed show up then).
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // The changes of the last scan.
    [[nodiscard]] const QList<ExternalChange>& changes() const { return m_changes; }
    // Paths being watched now (folders and files), for tests and diagnostics.
    [[nodiscard]] int watchedCount() const;
    [[nodiscard]] HeadWatcher& headWatcher() { return m_head; }

public slots:
    // Scans at once (the debounce is skipped).
    void checkNow();

signals:
    void changesFound(const QList<cp::ExternalChange>& changes);
    // A scan failed; `message` says why (the next event tries again).
    void scanFailed(const QString& message);

private:
    void scheduleScan();
    void watchFolder(const QString& folder);
    void onDirectoryChanged(const QString& folder);
    void onFileChanged(const QString& file);
    [[nodiscard]] bool isWatchedFile(const QString& fileName) const;

    Commons& m_commons;
    ExternalEdits m_edits;
    HeadWatcher m_head;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_debounce;
    QList<ExternalChange> m_changes;
    bool m_running = false;
    bool m_announced = false; // changesFound was emitted at least once
    int m_maxFiles = DefaultMaxWatchedFiles;
    int m_files = 0;
};

} // namespace cp
