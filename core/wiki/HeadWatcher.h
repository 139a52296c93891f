#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QFileSystemWatcher;

namespace cp {

class Commons;

// Notices `main` moved by another handle (the sync node's thread, commonplace-cli,
// plain git) and tells everyone through Commons::headChanged, as if this Commons
// had moved it: the search index, history, reviews, page tree and open page catch up.
//
// Watches .git/refs/heads and .git (packed-refs) with QFileSystemWatcher, looks
// every interval() ms as well (file watching has limits), and on checkNow() (call
// it when the window is activated). The head this Commons knows follows its own
// headChanged, so its own commits are never announced twice.
//
// Lives on the commons' thread; a check resolves one reference.
class HeadWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 1000;

    explicit HeadWatcher(Commons& commons, QObject* parent = nullptr);
    ~HeadWatcher() override;

    // How often main is looked at without a file event; 0 turns the periodic look off.
    void setInterval(int milliseconds);
    [[nodiscard]] int interval() const { return m_interval; }

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // The head this Commons last knew of.
    [[nodiscard]] QString knownHead() const { return m_known; }

public slots:
    // Resolves main now; emits Commons::headChanged and returns true when it moved.
    bool checkNow();

private:
    Commons& m_commons;
    QString m_known;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_poll;
    QTimer m_soon; // coalesces a burst of file events into one look
    int m_interval = DefaultIntervalMs;
    bool m_running = false;
};

} // namespace cp
