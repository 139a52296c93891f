#include "core/wiki/WorkingTreeWatcher.h"

#include "core/wiki/Attachments.h"
#include "core/wiki/Commons.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace cp {

WorkingTreeWatcher::WorkingTreeWatcher(Commons& commons, QObject* parent)
    : QObject(parent), m_commons(commons), m_edits(commons), m_head(commons)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &WorkingTreeWatcher::checkNow);
    connect(&m_commons, &Commons::headChanged, this, [this] {
        if (m_running)
            scheduleScan();
    });
}

WorkingTreeWatcher::~WorkingTreeWatcher() = default;

void WorkingTreeWatcher::setDebounce(int milliseconds)
{
    m_debounce.setInterval(std::max(0, milliseconds));
}

int WorkingTreeWatcher::watchedCount() const
{
    return m_watcher ? int(m_watcher->directories().size() + m_watcher->files().size()) : 0;
}

void WorkingTreeWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_files = 0;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &WorkingTreeWatcher::onDirectoryChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &WorkingTreeWatcher::onFileChanged);
    watchFolder(m_commons.path());
    m_debounce.start(0);
    m_head.start();
}

void WorkingTreeWatcher::stop()
{
    m_running = false;
    m_debounce.stop();
    m_head.stop();
    delete m_watcher;
    m_watcher = nullptr;
}

bool WorkingTreeWatcher::isWatchedFile(const QString& fileName) const
{
    return fileName.endsWith(QStringLiteral(".md"));
}

// Watches `folder` and everything below it, except hidden folders (.git, .commonplace).
void WorkingTreeWatcher::watchFolder(const QString& folder)
{
    QStringList folders{folder};
    QStringList files;
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QDir dir(folders[i]);
        const bool attachments = QFileInfo(folders[i]).fileName() == Attachments::Folder;
        for (const QFileInfo& entry : dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot)) {
            if (entry.isSymLink())
                continue;
            if (entry.isDir())
                folders.append(entry.absoluteFilePath());
            else if ((attachments || isWatchedFile(entry.fileName())) && m_files + files.size() < m_maxFiles)
                files.append(entry.absoluteFilePath());
        }
    }
    const QStringList known = m_watcher->directories();
    for (const QString& f : std::as_const(folders)) {
        if (!known.contains(f))
            m_watcher->addPath(f);
    }
    if (!files.isEmpty()) {
        const QStringList failed = m_watcher->addPaths(files);
        m_files += int(files.size() - failed.size());
    }
}

void WorkingTreeWatcher::onDirectoryChanged(const QString& folder)
{
    // New sub-folders and files get watched; vanished ones drop out by themselves.
    if (QFileInfo::exists(folder))
        watchFolder(folder);
    scheduleScan();
}

void WorkingTreeWatcher::onFileChanged(const QString& file)
{
    // A file replaced by rename (how most editors save) leaves the watch: watch the new one.
    if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
        m_watcher->addPath(file);
    scheduleScan();
}

void WorkingTreeWatcher::scheduleScan()
{
    m_debounce.start(); // restarts: one scan once the events stop
}

void WorkingTreeWatcher::checkNow()
{
    m_debounce.stop();
    if (m_running)
        (void)m_head.checkNow(); // main moved by another handle: announced before the scan
    auto found = m_edits.scan();
    if (!found) {
        emit scanFailed(found.error().message);
        return;
    }
    if (m_announced && *found == m_changes)
        return;
    const bool first = !m_announced;
    m_changes = std::move(*found);
    m_announced = true;
    if (first && m_changes.isEmpty())
        return; // nothing to tell at start
    emit changesFound(m_changes);
}

} // namespace cp
