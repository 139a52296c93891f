#include "core/git/Repository.h"
#include "core/wiki/Commons.h"
#include "core/wiki/IndexDatabase.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WikiIndex.h"
#include "unit/git/GitRunner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Commons;
using cp::PageName;
using cp::WikiIndex;

namespace {

PageName page(const QString& title)
{
    return *PageName::fromTitle(title);
}

QStringList titles(const QList<cp::SearchHit>& hits)
{
    QStringList out;
    for (const cp::SearchHit& hit : hits)
        out.append(hit.title);
    return out;
}

// Filler that matches none of the test words, so lengths stay comparable.
QString filler(int words)
{
    QString text;
    for (int i = 0; i < words; ++i)
        text += u"lorem%1 "_s.arg(i % 7);
    return text;
}

} // namespace

class TestWikiIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_runs = 0;
    std::unique_ptr<Commons> m_commons;
    std::unique_ptr<WikiIndex> m_index;

    void save(const QString& title, const QString& text)
    {
        auto saved = m_commons->pages().save(page(title), text);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

    QStringList find(const QString& query)
    {
        auto hits = m_index->search(query);
        if (!hits)
            qWarning() << hits.error().message;
        return hits ? titles(*hits) : QStringList{u"<error>"_s};
    }

    void reopenIndex()
    {
        m_index.reset();
        auto index = WikiIndex::open(*m_commons);
        QVERIFY2(index, qPrintable(index ? QString() : index.error().message));
        m_index = std::move(*index);
    }

    QString indexFile() const { return cp::IndexDatabase::pathFor(m_commons->repository().gitDir()); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto commons = Commons::create(
            m_dir.path() + u"/%1-%2"_s.arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_runs),
            {u"Test"_s, {}}, {u"Ада"_s, {}});
        QVERIFY2(commons, qPrintable(commons ? QString() : commons.error().message));
        m_commons = std::move(*commons);
        auto index = WikiIndex::openReady(*m_commons);
        QVERIFY2(index, qPrintable(index ? QString() : index.error().message));
        m_index = std::move(*index);
        QVERIFY(m_index->isReady());
        QVERIFY(QFile::exists(indexFile()));
    }

    void cleanup()
    {
        m_index.reset();
        m_commons.reset();
    }

    void ranking()
    {
        save(u"Gardening"_s, filler(40));
        save(u"Diary"_s, u"gardening today, gardening tomorrow, gardening always. "_s + filler(34));
        save(u"Notes"_s, u"Some gardening. "_s + filler(38));
        save(u"Unrelated"_s, filler(40));
        QCOMPARE(find(u"gardening "_s), (QStringList{u"Gardening"_s, u"Diary"_s, u"Notes"_s}));
        auto hits = m_index->search(u"gardening "_s);
        QVERIFY(hits);
        QVERIFY(hits->at(0).score > hits->at(1).score);
        QVERIFY(hits->at(1).score > hits->at(2).score);
        QCOMPARE(find(u"gardening "_s).size(), 3);
        QCOMPARE(m_index->search(u"gardening "_s, 1)->size(), 1);
        QVERIFY(m_index->search(u"gardening "_s, 0)->isEmpty());
    }

    void snippetsHighlightAndEscape()
    {
        save(u"Page"_s,
             filler(30) + u"\n<script>alert('x')</script> & the secret word <b>bold</b> is here. "_s + filler(30));
        auto hits = m_index->search(u"secret"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        const QString snippet = hits->at(0).snippet;
        QVERIFY2(snippet.contains(u"<b>secret</b>"_s), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"&lt;script&gt;"_s), qPrintable(snippet));
        QVERIFY2(!snippet.contains(u"<script>"_s), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"&amp;"_s), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"&lt;b&gt;bold"_s), qPrintable(snippet));
        QCOMPARE(snippet.count(u"<b>"_s), 1);
    }

    void snippetToHtmlIsSafe()
    {
        const QChar s = cp::IndexDatabase::MatchStart;
        const QChar e = cp::IndexDatabase::MatchEnd;
        QCOMPARE(cp::SearchIndex::snippetToHtml(u"a "_s + s + u"<x>"_s + e + u" \"b\""_s),
                 u"a <b>&lt;x&gt;</b> &quot;b&quot;"_s);
        QCOMPARE(cp::SearchIndex::snippetToHtml(e + u"a"_s + s + u"b"_s), u"a<b>b</b>"_s);
        // Marks typed into a page never reach the snippet as tags.
        save(u"Marks"_s, u"x"_s + s + u"evil"_s + e + u" word"_s);
        auto hits = m_index->search(u"word"_s);
        QVERIFY(hits && hits->size() == 1);
        QCOMPARE(hits->at(0).snippet.count(u"<b>"_s), 1);
        QVERIFY(hits->at(0).snippet.contains(u"<b>word</b>"_s));
    }

    void cyrillicAndAccents()
    {
        save(u"Ёжик в тумане"_s, u"Кот сидит в café. Ещё немного текста."_s);
        save(u"Другое"_s, u"Совсем о другом."_s);
        QCOMPARE(find(u"кот"_s), QStringList{u"Ёжик в тумане"_s});
        QCOMPARE(find(u"КОТ "_s), QStringList{u"Ёжик в тумане"_s});
        QCOMPARE(find(u"ежик"_s), QStringList{u"Ёжик в тумане"_s});
        QCOMPARE(find(u"ёжик"_s), QStringList{u"Ёжик в тумане"_s});
        QCOMPARE(find(u"еще "_s), QStringList{u"Ёжик в тумане"_s});
        QCOMPARE(find(u"cafe "_s), QStringList{u"Ёжик в тумане"_s});
        QCOMPARE(find(u"CAFÉ "_s), QStringList{u"Ёжик в тумане"_s});
        auto hits = m_index->search(u"ещё "_s);
        QVERIFY(hits && hits->size() == 1);
        QVERIFY2(hits->at(0).snippet.contains(u"<b>Ещё</b>"_s), qPrintable(hits->at(0).snippet));
        QCOMPARE(*m_index->matchTitles(u"тум"_s), QStringList{u"Ёжик в тумане"_s});
    }

    void prefix()
    {
        save(u"Backlinks"_s, u"About the panel."_s);
        save(u"Other"_s, u"backpack"_s);
        QCOMPARE(find(u"backl"_s), QStringList{u"Backlinks"_s});
        QCOMPARE(find(u"back"_s).size(), 2);
        QVERIFY(find(u"backl "_s).isEmpty()); // a finished word is a whole word
        QCOMPARE(find(u"about pan"_s), QStringList{u"Backlinks"_s});
        QCOMPARE(*m_index->matchTitles(u"back"_s), QStringList{u"Backlinks"_s});
    }

    void hostileQueries()
    {
        save(u"Page"_s, u"a b x NEAR title DROP TABLE"_s);
        for (const QString& query : {u"\""_s,
                                     u"\"\"\""_s,
                                     u"*"_s,
                                     u"**"_s,
                                     u"a*b"_s,
                                     u"NEAR("_s,
                                     u"NEAR(a b, 2)"_s,
                                     u"-"_s,
                                     u"--a"_s,
                                     u"-a"_s,
                                     u"("_s,
                                     u")"_s,
                                     u"(a OR"_s,
                                     u"a AND"_s,
                                     u"NOT"_s,
                                     u"title:"_s,
                                     u"{title}: x"_s,
                                     u"^a"_s,
                                     u"a:b:c"_s,
                                     u"'; DROP TABLE pages; --"_s,
                                     u"\\"_s,
                                     QString(1, QChar(0)),
                                     u"%_"_s,
                                     u"a\"b"_s,
                                     u"\u0301"_s,
                                     u"+"_s,
                                     u"[[x]]"_s,
                                     QString(2000, u'x'),
                                     QString(300, u'('),
                                     u"a NOT"_s,
                                     u"\"a\" -\"b\""_s}) {
            auto hits = m_index->search(query);
            QVERIFY2(hits, qPrintable(query.left(40) + u": "_s + (hits ? QString() : hits.error().message)));
            auto found = m_index->matchTitles(query);
            QVERIFY2(found, qPrintable(query.left(40) + u": "_s + (found ? QString() : found.error().message)));
        }
        QCOMPARE(find(u"DROP TABLE"_s), QStringList{u"Page"_s}); // still there
        QCOMPARE(find(u"near -nothing"_s), QStringList{u"Page"_s});
        QVERIFY(find(u"near -title"_s).isEmpty());
    }

    void followsSavesRenamesAndDeletes()
    {
        QSignalSpy changed(m_index.get(), &WikiIndex::pagesChanged);
        save(u"Alpha"_s, u"quokka"_s);
        QCOMPARE(find(u"quokka"_s), QStringList{u"Alpha"_s});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{u"Alpha"_s});
        save(u"Alpha"_s, u"wombat"_s);
        QVERIFY(find(u"quokka"_s).isEmpty());
        QCOMPARE(find(u"wombat"_s), QStringList{u"Alpha"_s});
        QVERIFY(m_commons->pages().rename(page(u"Alpha"_s), page(u"Folder/Beta"_s)));
        QCOMPARE(find(u"wombat"_s), QStringList{u"Folder/Beta"_s});
        QVERIFY(m_commons->pages().remove(page(u"Folder/Beta"_s)));
        QVERIFY(find(u"wombat"_s).isEmpty());
    }

    void catchesUpWithCommitsMadeWhileClosed()
    {
        save(u"Kept"_s, u"original text"_s);
        save(u"Doomed"_s, u"will vanish"_s);
        m_index.reset();
        {
            // Another program (the CLI) saves while the index is closed.
            auto other = Commons::open(m_commons->path());
            QVERIFY(other);
            QVERIFY((*other)->pages().save(page(u"Kept"_s), u"changed elsewhere"_s));
            QVERIFY((*other)->pages().remove(page(u"Doomed"_s)));
        }
        if (cp::test::haveGit()) {
            QFile file(m_commons->path() + u"/Plain git.md"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("written with plain git, a platypus");
            file.close();
            QCOMPARE(cp::test::runGit(m_commons->path(), {u"add"_s, u"Plain git.md"_s}).exitCode, 0);
            QCOMPARE(cp::test::runGit(m_commons->path(), {u"-c"_s, u"user.name=G"_s, u"-c"_s, u"user.email=g@x"_s,
                                                          u"commit"_s, u"-q"_s, u"-m"_s, u"plain"_s})
                         .exitCode,
                     0);
        }
        reopenIndex();
        QVERIFY2(m_index->isReady(), qPrintable(m_index->rebuildReason())); // caught up, not rebuilt
        QCOMPARE(find(u"elsewhere"_s), QStringList{u"Kept"_s});
        QVERIFY(find(u"original"_s).isEmpty());
        QVERIFY(find(u"vanish"_s).isEmpty());
        if (cp::test::haveGit())
            QCOMPARE(find(u"platypus"_s), QStringList{u"Plain git"_s});
    }

    void indexesMainNotTheFolder()
    {
        save(u"Page"_s, u"committed words"_s);
        QFile file(m_commons->path() + u"/Page.md"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("uncommitted words");
        file.close();
        QVERIFY(m_index->catchUp());
        QVERIFY(find(u"uncommitted"_s).isEmpty());
        QCOMPARE(find(u"committed "_s), QStringList{u"Page"_s});
    }

    void rebuildsAfterDeletion()
    {
        save(u"Page"_s, u"echidna"_s);
        m_index.reset();
        QVERIFY(QFile::remove(indexFile()));
        reopenIndex();
        QCOMPARE(m_index->state(), WikiIndex::State::NeedsRebuild);
        QVERIFY2(m_index->rebuildReason().contains(u"no search index"_s), qPrintable(m_index->rebuildReason()));
        auto refused = m_index->search(u"echidna"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, cp::Error::Kind::NotFound);
        QList<std::pair<int, int>> progress;
        QVERIFY(m_index->rebuild([&](int done, int total) { progress.append({done, total}); }));
        QVERIFY(m_index->isReady());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.back().first, progress.back().second);
        QCOMPARE(progress.back().second, 1);
        QCOMPARE(find(u"echidna"_s), QStringList{u"Page"_s});
    }

    void rebuildsAfterCorruption_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("whole file") << qint64(0);
        QTest::newRow("after the header") << qint64(100);
    }

    void rebuildsAfterCorruption()
    {
        QFETCH(qint64, offset);
        save(u"Page"_s, u"numbat"_s);
        m_index.reset();
        {
            QFile file(indexFile());
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > offset);
            QVERIFY(file.seek(offset));
            QByteArray garbage(size - offset, '\0');
            for (qsizetype i = 0; i < garbage.size(); ++i)
                garbage[i] = char((i * 131 + 7) % 251);
            file.write(garbage);
        }
        QFile::remove(indexFile() + u"-wal"_s);
        QFile::remove(indexFile() + u"-shm"_s);
        reopenIndex();
        QCOMPARE(m_index->state(), WikiIndex::State::NeedsRebuild);
        QVERIFY(!m_index->rebuildReason().isEmpty());
        QVERIFY(!m_index->search(u"numbat"_s));
        QVERIFY(m_index->rebuild());
        QCOMPARE(find(u"numbat"_s), QStringList{u"Page"_s});
        // And the rebuilt file opens as a good index.
        reopenIndex();
        QVERIFY(m_index->isReady());
    }

    void cancelledRebuildKeepsTheOldIndex()
    {
        save(u"Page"_s, u"bilby"_s);
        std::atomic<bool> cancel{false};
        auto built = m_index->rebuild([&](int, int) { cancel = true; }, &cancel);
        QVERIFY(!built);
        QVERIFY(cp::IndexBuilder::isCancelled(built.error()));
        QVERIFY(m_index->isReady());
        QCOMPARE(find(u"bilby"_s), QStringList{u"Page"_s});
        QVERIFY(!QFile::exists(indexFile() + u".new"_s));
    }

    void rebuildsOnAWorkerThread()
    {
        for (int i = 0; i < 60; ++i)
            save(u"Page %1"_s.arg(i), u"dingo %1"_s.arg(i));
        QSignalSpy finished(m_index.get(), &WikiIndex::rebuildFinished);
        QSignalSpy progress(m_index.get(), &WikiIndex::rebuildProgress);
        QSignalSpy state(m_index.get(), &WikiIndex::stateChanged);
        m_index->startRebuild();
        QCOMPARE(m_index->state(), WikiIndex::State::Rebuilding);
        QVERIFY(!m_index->search(u"dingo"_s)); // refused, not blocked, while rebuilding
        save(u"Late"_s, u"dingo late"_s);      // a save meanwhile is caught up afterwards
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!progress.isEmpty());
        // The late save may or may not have made it into the rebuild; it is in the index either way.
        QCOMPARE(progress.back().at(0).toInt(), progress.back().at(1).toInt());
        QVERIFY(progress.back().at(1).toInt() >= 60);
        QVERIFY(m_index->isReady());
        QCOMPARE(find(u"dingo"_s).size(), 50);
        QCOMPARE(m_index->search(u"dingo"_s, 500)->size(), 61);
        QCOMPARE(state.back().at(0).value<WikiIndex::State>(), WikiIndex::State::Ready);
    }

    void bigCatchUpRebuildsOnAWorker()
    {
        save(u"First"_s, u"kiwi"_s);
        m_index->setCatchUpLimit(2);
        m_index->setAutoRebuild(true);
        {
            // A sync brings many pages at once (here: a second handle the index does not follow).
            auto other = Commons::open(m_commons->path());
            QVERIFY(other);
            for (int i = 0; i < 3; ++i)
                QVERIFY((*other)->pages().save(page(u"Synced %1"_s.arg(i)), u"kakapo %1"_s.arg(i)));
        }
        QSignalSpy finished(m_index.get(), &WikiIndex::rebuildFinished);
        QVERIFY(!m_index->catchUp());
        QCOMPARE(m_index->state(), WikiIndex::State::NeedsRebuild);
        QVERIFY(m_index->rebuildReason().contains(u"3"_s));
        QVERIFY(finished.wait(20000)); // started by itself
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(m_index->isReady());
        QCOMPARE(m_index->search(u"kakapo"_s)->size(), 3);
        QCOMPARE(find(u"kiwi"_s), QStringList{u"First"_s});
    }

    void failedAsyncRebuildIsAnnounced()
    {
        m_index.reset();
        QVERIFY(QFile::remove(indexFile()));
        reopenIndex();
        QCOMPARE(m_index->state(), WikiIndex::State::NeedsRebuild);
        QSignalSpy finished(m_index.get(), &WikiIndex::rebuildFinished);
        QSignalSpy state(m_index.get(), &WikiIndex::stateChanged);
        m_index->startRebuild();
        m_index->cancelRebuild();
        QVERIFY(finished.wait(20000));
        if (!finished.at(0).at(0).toBool()) { // cancelled before it was done: no index to fall back on
            QVERIFY(!finished.at(0).at(1).toString().isEmpty());
            QCOMPARE(m_index->state(), WikiIndex::State::NeedsRebuild);
            QCOMPARE(state.back().at(0).value<WikiIndex::State>(), WikiIndex::State::NeedsRebuild);
        } else {
            QVERIFY(m_index->isReady());
        }
    }

    void destroyedWhileRebuilding()
    {
        for (int i = 0; i < 20; ++i)
            save(u"Page %1"_s.arg(i), u"text %1"_s.arg(i));
        m_index->startRebuild();
        m_index.reset(); // cancels and waits, no crash
        reopenIndex();
        QVERIFY(m_index->isReady()); // the old index stayed
    }
};

QTEST_GUILESS_MAIN(TestWikiIndex)
#include "tst_wikiindex.moc"
