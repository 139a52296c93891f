#pragma once

#include "core/Error.h"
#include "core/wiki/IndexBuilder.h"
#include "core/wiki/LinkGraph.h"
#include "core/wiki/SearchIndex.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QThread;

namespace cp {

class Commons;
class IndexDatabase;

// The search index and link graph of one open commons, kept in step with main.
// Lives on the thread that owns the Commons. It follows Commons::headChanged (every
// save, rename, delete and approval) by indexing just the pages that changed, and
// on open catches up with commits made while it was closed (the CLI, plain git).
// A missing, damaged or unfinished index is not trusted: state() says NeedsRebuild,
// and rebuild() (blocking) or startRebuild() (on a worker thread) builds it anew.
class WikiIndex : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Ready,        // queries answer
        NeedsRebuild, // no usable index: queries fail until rebuilt
        Rebuilding,   // startRebuild() is at work
    };
    Q_ENUM(State)

    // Opens (or creates) .git/commonplace/index.sqlite of `commons` and catches up with
    // main. Fails only when the index cannot be created at all (disk, permissions).
    [[nodiscard]] static Result<std::unique_ptr<WikiIndex>> open(Commons& commons);
    // Opens and, when needed, rebuilds at once (for the CLI, tests and benchmarks).
    [[nodiscard]] static Result<std::unique_ptr<WikiIndex>> openReady(Commons& commons,
                                                                      const IndexBuilder::Progress& progress = {});
    ~WikiIndex() override; // cancels a rebuild at work and waits for it

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isReady() const { return m_state == State::Ready; }
    // Why a rebuild is needed, for a person ("There is no search index yet.", damage...).
    [[nodiscard]] QString rebuildReason() const { return m_reason; }
    [[nodiscard]] QString path() const { return m_path; }

    // Builds the index anew on this thread. `cancel` stops it (the old index stays).
    [[nodiscard]] Status rebuild(const IndexBuilder::Progress& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);
    // Builds the index anew on a worker thread: rebuildProgress, then rebuildFinished.
    void startRebuild();
    void cancelRebuild();

    // Indexes what changed on main since the index last looked (done on headChanged).
    // More changed pages than catchUpLimit() (an incoming sync of thousands) are not
    // taken in one by one on this thread: the state becomes NeedsRebuild instead.
    [[nodiscard]] Status catchUp();
    [[nodiscard]] int catchUpLimit() const { return m_catchUpLimit; }
    void setCatchUpLimit(int pages) { m_catchUpLimit = pages; }
    // When on (the GUI), entering NeedsRebuild starts startRebuild() by itself, once
    // per failure: a rebuild that fails is not retried until one is asked for.
    void setAutoRebuild(bool on);

    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int limit = 50);
    [[nodiscard]] Result<QStringList> matchTitles(const QString& text, int limit = 50);
    [[nodiscard]] Result<QStringList> backlinks(const QString& title);
    [[nodiscard]] Result<QList<OutgoingLink>> outgoingLinks(const QString& title);
    [[nodiscard]] Result<QStringList> orphans();
    [[nodiscard]] Result<QList<MissingPage>> missingPages();

signals:
    void stateChanged(cp::WikiIndex::State state);
    // Pages whose text or links the index has taken in (added, changed or removed).
    // After a rebuild, `titles` is empty and everything may have changed.
    void pagesChanged(const QStringList& titles);
    void rebuildProgress(int done, int total);
    // ok false: failed or cancelled, with a message for a person.
    void rebuildFinished(bool ok, const QString& message);

private:
    explicit WikiIndex(Commons& commons);
    [[nodiscard]] Status openDatabase();
    void setState(State state, const QString& reason = {});
    void onRebuildDone();
    // Notes damage reported by a query and passes the result on.
    template <typename T> Result<T> watch(Result<T> result);
    [[nodiscard]] Status requireReady() const;

    Commons& m_commons;
    QString m_path;
    std::unique_ptr<IndexDatabase> m_db;
    State m_state = State::NeedsRebuild;
    QString m_reason;
    QThread* m_worker = nullptr;
    int m_catchUpLimit = 2000;
    bool m_autoRebuild = false;
    bool m_lastRebuildFailed = false;
    std::atomic<bool> m_cancel{false};
    std::shared_ptr<Result<QString>> m_workerResult;
};

} // namespace cp
