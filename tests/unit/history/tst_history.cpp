#include "core/crypto/Identity.h"
#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/wiki/Commons.h"
#include "core/wiki/History.h"
#include "core/wiki/HistoryCursor.h"
#include "core/wiki/PageDiff.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/PeerEmail.h"
#include "core/wiki/WorkingCopy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Commons;
using cp::History;
using cp::HistoryEntry;
using cp::PageName;

namespace {
PageName page(const QString& title)
{
    return *PageName::fromTitle(title);
}

QStringList summaries(const QList<HistoryEntry>& entries)
{
    QStringList out;
    for (const HistoryEntry& e : entries)
        out << e.summary;
    return out;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Commons> m_commons;

    cp::PageStore& pages() { return m_commons->pages(); }

    QString save(const QString& title, const QString& text, const QString& summary)
    {
        auto head = pages().save(page(title), text, summary);
        if (!head)
            qFatal("save failed: %s", qPrintable(head.error().message));
        return *head;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction());
        auto commons = Commons::create(dir, {u"Test"_s, {}}, {u"Ада"_s, u"ada@example.org"_s});
        QVERIFY2(commons, commons ? "" : qPrintable(commons.error().message));
        m_commons = std::move(*commons);
    }

    void cleanup() { m_commons.reset(); }

    void commonsHistoryIsNewestFirstAndPaged()
    {
        save(u"A"_s, u"a1\n"_s, u"one"_s);
        save(u"B"_s, u"b1\n"_s, u"two"_s);
        const QString head = save(u"A"_s, u"a2\n"_s, u"three"_s);
        History history(*m_commons);
        auto cursor = history.commonsHistory();
        QVERIFY(cursor);
        auto first = cursor->next(2);
        QVERIFY(first);
        QCOMPARE(summaries(*first), (QStringList{u"three"_s, u"two"_s}));
        QCOMPARE(first->first().commit.toHex(), head);
        QCOMPARE(first->first().author, u"Ада"_s);
        QCOMPARE(first->first().authorEmail, u"ada@example.org"_s);
        QVERIFY(first->first().time.isValid());
        QCOMPARE(first->first().parents.size(), 1);
        QCOMPARE(first->first().change, HistoryEntry::Change::None);
        QCOMPARE(first->first().signature, HistoryEntry::SignatureState::Unsigned);
        QVERIFY(!cursor->atEnd());
        auto rest = cursor->next(10);
        QVERIFY(rest);
        QCOMPARE(rest->size(), 2); // "one" and the root commit
        QCOMPARE(rest->first().summary, u"one"_s);
        QVERIFY(rest->last().parents.isEmpty());
        QVERIFY(cursor->atEnd());
        auto none = cursor->next(10);
        QVERIFY(none && none->isEmpty());
    }

    void mergesAreWalkedNewestFirst()
    {
        // root ← X (main) and root ← Y (a peer's branch), merged by M: newest first is
        // M, Y, X, root, whatever order the parents are stored in.
        auto& repo = m_commons->repository();
        const cp::git::Oid root = **repo.resolve(u"refs/heads/main"_s);
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(60);
        auto commitAt = [&](const QString& message, int seconds, QList<cp::git::Oid> parents,
                            const std::optional<QByteArray>& foo) {
            auto index = repo.index();
            auto tree = repo.lookupCommit(parents.first())->tree();
            (void)index->readTree(*tree);
            if (foo)
                (void)index->add(u"Foo.md"_s, *repo.writeBlob(*foo));
            cp::git::CommitDraft draft;
            draft.tree = *index->writeTree();
            draft.parents = parents;
            draft.author = {u"Ада"_s, u"ada@example.org"_s, base.addSecs(seconds)};
            draft.message = message;
            return *repo.createCommit(draft);
        };
        const auto x = commitAt(u"X"_s, 10, {root}, QByteArray("x\n"));
        const auto y = commitAt(u"Y"_s, 20, {root}, QByteArray("y\n"));
        const auto m = commitAt(u"M"_s, 30, {x, y}, QByteArray("y\n")); // takes Y's text
        QVERIFY(repo.updateReference(u"refs/heads/main"_s, m, root, u"test"_s));

        History history(*m_commons);
        auto all = history.commonsHistory()->next(10);
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QCOMPARE(summaries(*all).mid(0, 3), (QStringList{u"M"_s, u"Y"_s, u"X"_s}));
        QCOMPARE(all->last().commit, root);
        QVERIFY(all->first().isMerge());
        // The merge took Y's text unchanged: the page's history shows X and Y, not M.
        auto foo = history.pageHistory(page(u"Foo"_s))->next(10);
        QVERIFY(foo);
        QCOMPARE(summaries(*foo), (QStringList{u"Y"_s, u"X"_s}));
    }

    void pageHistoryShowsOnlyItsChanges()
    {
        save(u"Notes/Foo"_s, u"first\n"_s, u"create foo"_s);
        for (int i = 0; i < 30; ++i)
            save(u"Other"_s, u"other %1\n"_s.arg(i), u"other %1"_s.arg(i));
        save(u"Notes/Foo"_s, u"second\n"_s, u"edit foo"_s);
        save(u"Other"_s, u"last\n"_s, u"other last"_s);
        History history(*m_commons);
        auto cursor = history.pageHistory(page(u"Notes/Foo"_s));
        QVERIFY(cursor);
        auto entries = cursor->next(50);
        QVERIFY(entries);
        QCOMPARE(summaries(*entries), (QStringList{u"edit foo"_s, u"create foo"_s}));
        QCOMPARE(entries->at(0).change, HistoryEntry::Change::Modified);
        QCOMPARE(entries->at(1).change, HistoryEntry::Change::Added);
        QCOMPARE(entries->at(0).path, u"Notes/Foo.md"_s);
        QVERIFY(cursor->atEnd());
    }

    void pageHistoryIsLazy()
    {
        for (int i = 0; i < 40; ++i)
            save(u"Busy"_s, u"v%1\n"_s.arg(i), u"v%1"_s.arg(i));
        History history(*m_commons);
        auto cursor = history.pageHistory(page(u"Busy"_s));
        QVERIFY(cursor);
        auto entries = cursor->next(5);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 5);
        QCOMPARE(entries->first().summary, u"v39"_s);
        QCOMPARE(cursor->scanned(), 5); // five commits looked at for five entries, not 41
        // A scan limit hands back what it found so far.
        auto limited = cursor->next(50, 3);
        QVERIFY(limited);
        QCOMPARE(limited->size(), 3);
        QVERIFY(!cursor->atEnd());
    }

    void pageHistoryFollowsRenamesAndRemovals()
    {
        save(u"Old name"_s, u"line one\nline two\nline three\n"_s, u"create"_s);
        save(u"Old name"_s, u"line one\nline 2\nline three\n"_s, u"edit before rename"_s);
        QVERIFY(pages().rename(page(u"Old name"_s), page(u"Folder/New name"_s), u"rename"_s));
        save(u"Folder/New name"_s, u"line one\nline 2\nline three\nline four\n"_s, u"edit after rename"_s);
        QVERIFY(pages().remove(page(u"Folder/New name"_s), u"remove"_s));

        History history(*m_commons);
        auto cursor = history.pageHistory(page(u"Folder/New name"_s));
        QVERIFY(cursor);
        auto entries = cursor->next(50);
        QVERIFY(entries);
        QCOMPARE(summaries(*entries),
                 (QStringList{u"remove"_s, u"edit after rename"_s, u"rename"_s, u"edit before rename"_s, u"create"_s}));
        QCOMPARE(entries->at(0).change, HistoryEntry::Change::Removed);
        QCOMPARE(entries->at(2).change, HistoryEntry::Change::Renamed);
        QCOMPARE(entries->at(2).previousPath, u"Old name.md"_s);
        QCOMPARE(entries->at(2).path, u"Folder/New name.md"_s);
        QCOMPARE(entries->at(3).path, u"Old name.md"_s);
        QCOMPARE(cursor->path(), u"Old name.md"_s);

        // The diff of the rename entry compares the old path with the new one.
        auto renameDiff = cp::PageDiff::ofEntry(history, entries->at(2));
        QVERIFY(renameDiff);
        QVERIFY(renameDiff->diff().isEmpty());
        auto createDiff = cp::PageDiff::ofEntry(history, entries->at(4));
        QVERIFY(createDiff);
        QCOMPARE(createDiff->diff().addedLines(), 3);
        QCOMPARE(createDiff->diff().removedLines(), 0);
    }

    void renameWithEditIsFollowed()
    {
        QString text;
        for (int i = 0; i < 10; ++i)
            text += u"line %1\n"_s.arg(i);
        save(u"Before"_s, text, u"create"_s);
        // Delete and create in one commit with most lines kept: a rename with an edit.
        const QString edited = text + u"one more line\n"_s;
        auto moved = cp::WorkingCopy(m_commons->repository())
                         .commit({cp::FileChange{u"After.md"_s, edited.toUtf8()}, cp::FileChange{u"Before.md"_s, {}}},
                                 u"rename"_s, Commons::signatureFor(m_commons->author()), {});
        QVERIFY(moved && moved->committed);
        save(u"After"_s, edited + u"and another\n"_s, u"edit"_s);
        History history(*m_commons);
        auto cursor = history.pageHistory(page(u"After"_s));
        QVERIFY(cursor);
        auto entries = cursor->next(10);
        QVERIFY(entries);
        QCOMPARE(summaries(*entries), (QStringList{u"edit"_s, u"rename"_s, u"create"_s}));
        QCOMPARE(entries->at(1).change, HistoryEntry::Change::Renamed);
        QCOMPARE(entries->at(1).previousPath, u"Before.md"_s);
    }

    void textAtRevisionAndBadRevisions()
    {
        const QString first = save(u"Foo"_s, u"version one\n"_s, u"one"_s);
        save(u"Foo"_s, u"version two\n"_s, u"two"_s);
        History history(*m_commons);
        auto old = history.pageText(page(u"Foo"_s), first.left(8));
        QVERIFY(old);
        QCOMPARE(*old, u"version one\n"_s);
        auto previous = history.pageText(page(u"Foo"_s), u"main~1"_s);
        QVERIFY(previous);
        QCOMPARE(*previous, u"version one\n"_s);
        auto current = history.pageText(page(u"Foo"_s), {});
        QVERIFY(current);
        QCOMPARE(*current, u"version two\n"_s);

        auto missing = history.pageText(page(u"Nope"_s), {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, cp::Error::Kind::NotFound);
        auto badRevision = history.pageText(page(u"Foo"_s), u"no-such-rev"_s);
        QVERIFY(!badRevision);
        QVERIFY(badRevision.error().isUserError());
        QVERIFY(badRevision.error().message.contains(u"no-such-rev"_s));
    }

    void diffBetweenRevisionsAndWorkingCopy()
    {
        const QString first = save(u"Foo"_s, u"alpha\nThe quick brown fox\nomega\n"_s, u"one"_s);
        const QString second = save(u"Foo"_s, u"alpha\nThe slow brown fox\nomega\n"_s, u"two"_s);
        History history(*m_commons);
        auto diff = cp::PageDiff::compute(history, page(u"Foo"_s), first, second);
        QVERIFY(diff);
        const auto& lines = diff->diff().lines();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[1].kind, cp::DiffLine::Kind::Removed);
        QCOMPARE(lines[1].spans, (QList<cp::DiffSpan>{{4, 5}})); // "quick"
        QCOMPARE(lines[2].spans, (QList<cp::DiffSpan>{{4, 4}})); // "slow"
        const QString expected = u"--- Foo.md @ "_s + first.left(10) + u"\n+++ Foo.md @ "_s + second.left(10) +
                                 u"\n@@ -1,3 +1,3 @@\n alpha\n-The quick brown fox\n+The slow brown fox\n omega\n"_s;
        QCOMPARE(diff->unifiedText(), expected);

        // Against the working copy: a file edited on disk.
        QFile file(m_commons->path() + u"/Foo.md"_s);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("alpha\nThe slow brown fox\nomega\nextra\n");
        file.close();
        auto working = cp::PageDiff::compute(history, page(u"Foo"_s), second);
        QVERIFY(working);
        QCOMPARE(working->diff().addedLines(), 1);
        QVERIFY(working->to().label().contains(u"working copy"_s));

        auto nowhere = cp::PageDiff::compute(history, page(u"Ghost"_s), first, second);
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().kind, cp::Error::Kind::NotFound);
    }

    void signatureStates()
    {
        save(u"Foo"_s, u"unsigned\n"_s, u"unsigned edit"_s);
        auto ada = std::make_shared<const cp::Identity>(cp::Identity::generate());
        auto bob = std::make_shared<const cp::Identity>(cp::Identity::generate());
        m_commons->setAuthor({u"Ада"_s, cp::PeerEmail::forKey(ada->publicKey())});
        m_commons->setSigner(cp::Identity::commitSigner(ada));
        save(u"Foo"_s, u"signed by ada\n"_s, u"ada signs"_s);
        // Bob signs a commit whose author field names Ada.
        m_commons->setSigner(cp::Identity::commitSigner(bob));
        save(u"Foo"_s, u"signed by bob\n"_s, u"bob signs as ada"_s);
        // A signature that does not match the commit: sign other bytes.
        m_commons->setSigner([bob](const QByteArray&) { return cp::Identity::commitSigner(bob)("other bytes"); });
        save(u"Foo"_s, u"forged\n"_s, u"bad signature"_s);

        History history(*m_commons);
        auto entries = history.pageHistory(page(u"Foo"_s))->next(10);
        QVERIFY(entries);
        QCOMPARE(summaries(*entries),
                 (QStringList{u"bad signature"_s, u"bob signs as ada"_s, u"ada signs"_s, u"unsigned edit"_s}));
        QCOMPARE(entries->at(0).signature, HistoryEntry::SignatureState::Bad);
        QCOMPARE(entries->at(0).signer, bob->publicKey().did());
        QVERIFY(!entries->at(0).signatureNote.isEmpty());
        QCOMPARE(entries->at(1).signature, HistoryEntry::SignatureState::Verified);
        QCOMPARE(entries->at(1).signer, bob->publicKey().did());
        QVERIFY(entries->at(1).signatureNote.contains(bob->publicKey().shortId()));
        QCOMPARE(entries->at(2).signature, HistoryEntry::SignatureState::Verified);
        QCOMPARE(entries->at(2).signer, ada->publicKey().did());
        QVERIFY(entries->at(2).signatureNote.isEmpty());
        QCOMPARE(entries->at(3).signature, HistoryEntry::SignatureState::Unsigned);
        QVERIFY(entries->at(3).signer.isEmpty());

        // Without verification: signed commits are Unknown, unsigned ones still Unsigned.
        history.setVerifySignatures(false);
        auto quick = history.commonsHistory()->next(4);
        QVERIFY(quick);
        QCOMPARE(quick->at(0).signature, HistoryEntry::SignatureState::Unknown);
        QCOMPARE(quick->at(3).signature, HistoryEntry::SignatureState::Unsigned);
    }

    void restoreCommitsTheOldText()
    {
        const QString first = save(u"Foo"_s, u"the original\n"_s, u"one"_s);
        save(u"Foo"_s, u"vandalised\n"_s, u"two"_s);
        History history(*m_commons);
        auto restored = history.restore(page(u"Foo"_s), first.left(7));
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(*restored, m_commons->head());
        auto entry = history.describe(*history.resolve({}));
        QVERIFY(entry);
        QCOMPARE(entry->summary, u"Restore Foo to %1"_s.arg(first.left(10)));
        QCOMPARE(*pages().read(page(u"Foo"_s)), u"the original\n"_s);
        // Restoring the version it already has commits nothing.
        auto again = history.restore(page(u"Foo"_s), first);
        QVERIFY(again);
        QCOMPARE(*again, *restored);
        // A removed page comes back.
        QVERIFY(pages().remove(page(u"Foo"_s)));
        auto back = history.restore(page(u"Foo"_s), first, u"bring it back"_s);
        QVERIFY(back);
        QCOMPARE(*pages().read(page(u"Foo"_s)), u"the original\n"_s);
        // A version where the page did not exist is refused.
        auto root = history.resolve(m_commons->id());
        QVERIFY(root);
        auto nothing = history.restore(page(u"Foo"_s), m_commons->id());
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().kind, cp::Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
