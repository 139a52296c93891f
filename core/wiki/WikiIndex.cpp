#include "core/wiki/WikiIndex.h"

#include "core/git/Repository.h"
#include "core/wiki/Commons.h"
#include "core/wiki/IndexDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

namespace cp {

WikiIndex::WikiIndex(Commons& commons)
    : m_commons(commons), m_path(IndexDatabase::pathFor(commons.repository().gitDir()))
{
}

WikiIndex::~WikiIndex()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

Result<std::unique_ptr<WikiIndex>> WikiIndex::open(Commons& commons)
{
    std::unique_ptr<WikiIndex> index(new WikiIndex(commons));
    if (auto ok = index->openDatabase(); !ok)
        return fail(ok.error());
    if (index->m_db)
        (void)index->catchUp();
    connect(&commons, &Commons::headChanged, index.get(), [raw = index.get()] {
        if (raw->isReady())
            (void)raw->catchUp();
    });
    return index;
}

Result<std::unique_ptr<WikiIndex>> WikiIndex::openReady(Commons& commons, const IndexBuilder::Progress& progress)
{
    auto index = open(commons);
    if (!index)
        return index;
    if (!(*index)->isReady()) {
        if (auto ok = (*index)->rebuild(progress); !ok)
            return fail(ok.error());
    }
    return index;
}

Status WikiIndex::openDatabase()
{
    m_db.reset();
    QString reason;
    if (!QFile::exists(m_path))
        reason = tr("There is no search index yet.");
    auto db = IndexDatabase::open(m_path);
    if (!db && IndexDatabase::isDamage(db.error())) {
        // Only a cache of the repository: throw it away and start an empty one.
        reason = db.error().message;
        if (auto ok = IndexDatabase::discard(m_path); !ok)
            return ok;
        db = IndexDatabase::open(m_path);
    }
    if (!db) {
        setState(State::NeedsRebuild, db.error().message);
        return fail(db.error());
    }
    m_db = std::move(*db);
    if (!reason.isEmpty())
        setState(State::NeedsRebuild, reason);
    return {};
}

void WikiIndex::setState(State state, const QString& reason)
{
    if (!reason.isEmpty() || state == State::Ready)
        m_reason = reason;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
    if (state == State::NeedsRebuild && m_autoRebuild && !m_lastRebuildFailed)
        QMetaObject::invokeMethod(this, &WikiIndex::startRebuild, Qt::QueuedConnection);
}

void WikiIndex::setAutoRebuild(bool on)
{
    m_autoRebuild = on;
    m_lastRebuildFailed = false;
    if (on && m_state == State::NeedsRebuild)
        QMetaObject::invokeMethod(this, &WikiIndex::startRebuild, Qt::QueuedConnection);
}

Status WikiIndex::catchUp()
{
    if (m_state == State::Rebuilding)
        return {}; // the rebuild catches up when it is done
    if (!m_db)
        return fail(Error::notFound(tr("The search index is not open.")));
    auto changed = IndexBuilder::catchUp(m_commons.repository(), *m_db, m_catchUpLimit);
    if (!changed) {
        if (IndexDatabase::isDamage(changed.error()))
            m_db.reset();
        if (changed.error().kind == Error::Kind::NotFound || IndexDatabase::isDamage(changed.error()))
            setState(State::NeedsRebuild,
                     m_reason.isEmpty() || m_state == State::Ready ? changed.error().message : m_reason);
        return fail(changed.error());
    }
    setState(State::Ready);
    if (!changed->isEmpty())
        emit pagesChanged(*changed);
    return {};
}

Status WikiIndex::rebuild(const IndexBuilder::Progress& progress, const std::atomic<bool>* cancel)
{
    if (m_state == State::Rebuilding)
        return fail(Error::conflict(tr("The search index is being rebuilt already.")));
    m_db.reset(); // the new file replaces this one
    auto built = IndexBuilder::rebuild(m_commons.path(), m_path, progress, cancel);
    if (auto ok = openDatabase(); !ok)
        return ok;
    if (!built) {
        (void)catchUp(); // a cancelled rebuild leaves the old index, which may still serve
        return fail(built.error());
    }
    if (auto ok = catchUp(); !ok)
        return ok;
    emit pagesChanged({});
    return {};
}

void WikiIndex::startRebuild()
{
    if (m_state == State::Rebuilding)
        return;
    m_lastRebuildFailed = false;
    m_cancel = false;
    m_db.reset();
    setState(State::Rebuilding, tr("The search index is being rebuilt."));
    auto result = std::make_shared<Result<QString>>(QString());
    m_workerResult = result;
    const QString repository = m_commons.path();
    const QString path = m_path;
    m_worker = QThread::create([this, result, repository, path] {
        *result = IndexBuilder::rebuild(
            repository, path,
            [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit rebuildProgress(done, total); }, Qt::QueuedConnection);
            },
            &m_cancel);
    });
    connect(m_worker, &QThread::finished, this, &WikiIndex::onRebuildDone);
    m_worker->start(QThread::LowPriority);
}

void WikiIndex::cancelRebuild()
{
    m_cancel = true;
}

void WikiIndex::onRebuildDone()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    const Result<QString> built = *m_workerResult;
    m_workerResult.reset();
    m_lastRebuildFailed = !built;  // no automatic retry of a rebuild that failed or was cancelled
    m_state = State::NeedsRebuild; // quietly, so that catchUp() below runs and announces Ready
    Status done = openDatabase();
    if (done)
        done = catchUp();
    if (done && !built)
        done = fail(built.error());
    if (!done)
        m_lastRebuildFailed = true;
    if (m_state == State::NeedsRebuild)
        emit stateChanged(m_state); // from Rebuilding
    if (built)
        emit pagesChanged({});
    emit rebuildFinished(bool(done), done ? QString() : done.error().message);
}

Status WikiIndex::requireReady() const
{
    if (m_state == State::Ready && m_db)
        return {};
    if (m_state == State::Rebuilding)
        return fail(Error::notFound(tr("The search index is being rebuilt; try again when it is done.")));
    return fail(Error::notFound(tr("The search index needs to be rebuilt: %1").arg(m_reason)));
}

template <typename T> Result<T> WikiIndex::watch(Result<T> result)
{
    if (!result && IndexDatabase::isDamage(result.error())) {
        m_db.reset();
        setState(State::NeedsRebuild, result.error().message);
    }
    return result;
}

Result<QList<SearchHit>> WikiIndex::search(const QString& text, int limit)
{
    if (auto ok = requireReady(); !ok)
        return fail(ok.error());
    return watch(SearchIndex(*m_db).search(text, limit));
}

Result<QStringList> WikiIndex::matchTitles(const QString& text, int limit)
{
    if (auto ok = requireReady(); !ok)
        return fail(ok.error());
    return watch(SearchIndex(*m_db).matchTitles(text, limit));
}

Result<QStringList> WikiIndex::backlinks(const QString& title)
{
    if (auto ok = requireReady(); !ok)
        return fail(ok.error());
    return watch(LinkGraph(*m_db).backlinks(title));
}

Result<QList<OutgoingLink>> WikiIndex::outgoingLinks(const QString& title)
{
    if (auto ok = requireReady(); !ok)
        return fail(ok.error());
    return watch(LinkGraph(*m_db).outgoing(title));
}

Result<QStringList> WikiIndex::orphans()
{
    if (auto ok = requireReady(); !ok)
        return fail(ok.error());
    return watch(LinkGraph(*m_db).orphans());
}

Result<QList<MissingPage>> WikiIndex::missingPages()
{
    if (auto ok = requireReady(); !ok)
        return fail(ok.error());
    return watch(LinkGraph(*m_db).missing());
}

} // namespace cp
