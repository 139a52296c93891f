// HistoryModel on a long history (made quickly with git fast-import): the commons'
// history arrives a chunk at a time as a view scrolls, a page changed rarely is
// looked for in bounded steps from the event loop, and signature states show as
// labels. RelativeTime says when in words.

#include "GuiTestHelpers.h"
#include "core/crypto/Identity.h"
#include "core/git/Notes.h"
#include "core/git/Repository.h"
#include "core/review/ReviewNote.h"
#include "core/review/ReviewQueue.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PeerEmail.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/RelativeTime.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace cp;

namespace {

constexpr int kBusyCommits = 2500;

QByteArray data(const QByteArray& text)
{
    return "data " + QByteArray::number(text.size()) + '\n' + text + '\n';
}

QByteArray commit(int n, const QByteArray& message, const QByteArray& path, const QByteArray& content)
{
    const QByteArray when = QByteArray::number(1700000000 + n * 60) + " +0000\n";
    return "commit refs/heads/main\nauthor Ann <ann@example.org> " + when + "committer Ann <ann@example.org> " + when +
           data(message) + "M 100644 inline " + path + '\n' + data(content);
}

bool runGit(const QString& dir, const QStringList& arguments, const QByteArray& input = {},
            QByteArray* output = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << arguments << process.readAllStandardError();
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput().trimmed();
    return true;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Commons> m_commons;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path();
        QVERIFY(
            runGit(dir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        QByteArray stream = commit(0, "Start", ".commonplace/commons.json", R"({"name":"Long","description":""})");
        stream += commit(1, "Add Rare", "Rare.md", "# Rare\n\nfirst\n");
        for (int i = 0; i < kBusyCommits; ++i)
            stream +=
                commit(2 + i, "Busy " + QByteArray::number(i), "Busy.md", "# Busy\n\n" + QByteArray::number(i) + '\n');
        stream += commit(2 + kBusyCommits, "Change Rare", "Rare.md", "# Rare\n\nsecond\n");
        QVERIFY(runGit(dir, {QStringLiteral("fast-import"), QStringLiteral("--quiet")}, stream));
        QVERIFY(runGit(
            dir, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), QStringLiteral("main")}));

        // One more commit on top with a signature that is not one.
        QByteArray tree, head;
        QVERIFY(runGit(dir, {QStringLiteral("rev-parse"), QStringLiteral("main^{tree}")}, {}, &tree));
        QVERIFY(runGit(dir, {QStringLiteral("rev-parse"), QStringLiteral("main")}, {}, &head));
        const QByteArray forged = "tree " + tree + "\nparent " + head +
                                  "\nauthor Eve <eve@example.org> 1800000000 +0000\ncommitter Eve <eve@example.org> "
                                  "1800000000 +0000\ngpgsig -----BEGIN SSH SIGNATURE-----\n U1NIU0lHAAAAAQ==\n "
                                  "-----END SSH SIGNATURE-----\n\nForged\n";
        QByteArray forgedId;
        QVERIFY(runGit(dir,
                       {QStringLiteral("hash-object"), QStringLiteral("-t"), QStringLiteral("commit"),
                        QStringLiteral("-w"), QStringLiteral("--stdin")},
                       forged, &forgedId));
        QVERIFY(runGit(
            dir, {QStringLiteral("update-ref"), QStringLiteral("refs/heads/main"), QString::fromLatin1(forgedId)}));

        auto commons = Commons::open(dir);
        QVERIFY2(commons, commons ? "" : qPrintable(commons.error().message));
        m_commons = std::move(*commons);
    }

    void theCommonsHistoryArrivesAChunkAtATime()
    {
        HistoryModel model;
        model.setSource(m_commons.get());
        QCOMPARE(model.rowCount(), HistoryModel::ChunkSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.entry(0).summary, QStringLiteral("Forged"));
        QCOMPARE(model.entry(1).summary, QStringLiteral("Change Rare"));

        QTreeView view;
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToBottom();
        QTRY_VERIFY(model.rowCount() >= 2 * HistoryModel::ChunkSize);
        QVERIFY(model.rowCount() < kBusyCommits); // only what was asked for

        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kBusyCommits + 4); // with the start, Rare twice and the forgery
        QCOMPARE(model.entry(model.rowCount() - 1).summary, QStringLiteral("Start"));
        QVERIFY(model.atEnd());
    }

    void aRarelyChangedPageIsLookedForInSteps()
    {
        HistoryModel model;
        QSignalSpy scanning(&model, &HistoryModel::scanningChanged);
        model.setSource(m_commons.get(), *PageName::fromTitle(QStringLiteral("Rare")));
        // The newest change came at once; the older one lies past the scan limit.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).summary, QStringLiteral("Change Rare"));
        QVERIFY(model.isScanning());
        QVERIFY(!model.canFetchMore({})); // already on its way
        QTRY_VERIFY(!model.isScanning());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(1).summary, QStringLiteral("Add Rare"));
        QCOMPARE(model.entry(1).change, HistoryEntry::Change::Added);
        QVERIFY(model.atEnd());
        QCOMPARE(scanning.size(), 2);
    }

    void signaturesShowAsLabels()
    {
        HistoryModel model;
        model.setSource(m_commons.get());
        const QModelIndex forged = model.index(0, HistoryModel::SignatureColumn);
        QCOMPARE(model.data(forged, HistoryModel::SignatureStateRole).toString(), QStringLiteral("bad"));
        QCOMPARE(model.data(forged).toString(), model.verification(0).label());
        QVERIFY(model.data(forged, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(forged, Qt::ToolTipRole).toString().isEmpty());
        const QModelIndex plain = model.index(1, HistoryModel::SignatureColumn);
        QCOMPARE(model.data(plain, HistoryModel::SignatureStateRole).toString(), QStringLiteral("unsigned"));
        QCOMPARE(model.data(model.index(1, HistoryModel::AuthorColumn)).toString(), QStringLiteral("Ann"));
        QVERIFY(model.data(model.index(1, HistoryModel::WhenColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2023")));
    }

    void verdictsOfEveryoneShow()
    {
        QTemporaryDir dir;
        auto identity = [] { return std::make_shared<const Identity>(Identity::generate()); };
        const auto me = identity(), bob = identity(), carol = identity(), dave = identity(), mallory = identity();
        auto made = Commons::create(dir.path() + QStringLiteral("/c"), {QStringLiteral("Reviewed"), {}},
                                    {QStringLiteral("Me"), PeerEmail::forKey(me->publicKey())},
                                    Identity::commitSigner(me));
        QVERIFY(made);
        Commons& commons = **made;
        const git::Oid root = *commons.repository().resolve(QStringLiteral("refs/heads/main")).value();
        auto note = [&](const std::shared_ptr<const Identity>& owner, const std::shared_ptr<const Identity>& signer,
                        ReviewNote::Verdict verdict, const QString& comment) {
            const QString ref = owner == me ? ReviewQueue::MyNotesRef
                                            : QStringLiteral("refs/peers/") + owner->publicKey().pid() +
                                                  QStringLiteral("/notes/reviews");
            auto text = ReviewNote::make(root, verdict, comment, signer->publicKey(), Identity::commitSigner(signer));
            return text && git::Notes::write(commons.repository(), ref, root, *text,
                                             Commons::signatureFor(commons.author()));
        };

        HistoryModel model;
        model.setSource(&commons);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex review = model.index(0, HistoryModel::ReviewColumn);
        QCOMPARE(model.data(review).toString(), QString()); // nobody has said anything yet

        // Mine, two peers' gossiped notes, and one forged in Dave's notes (Mallory signed it).
        QVERIFY(note(me, me, ReviewNote::Verdict::Accept, {}));
        QVERIFY(note(bob, bob, ReviewNote::Verdict::Reject, QStringLiteral("not like this")));
        QVERIFY(note(carol, carol, ReviewNote::Verdict::Accept, {}));
        QVERIFY(note(dave, mallory, ReviewNote::Verdict::Reject, QStringLiteral("forged")));
        model.reload();
        QCOMPARE(model.data(model.index(0, HistoryModel::ReviewColumn)).toString(),
                 QStringLiteral("accepted by 2, rejected by 1"));
        const QString tip = model.data(model.index(0, HistoryModel::ReviewColumn), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Rejected by %1: not like this").arg(bob->publicKey().shortId())),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Accepted by you")));
        QVERIFY(!tip.contains(QStringLiteral("forged")));
        QCOMPARE(model.headerData(HistoryModel::ReviewColumn, Qt::Horizontal).toString(), QStringLiteral("Review"));
    }

    void aMissingPageHasNoHistory()
    {
        HistoryModel model;
        model.setSource(m_commons.get(), *PageName::fromTitle(QStringLiteral("Nowhere")));
        QTRY_VERIFY(!model.isScanning());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.atEnd());
    }

    void relativeTimeInWords()
    {
        const QDateTime now(QDate(2024, 5, 10), QTime(12, 0));
        QCOMPARE(RelativeTime::describe(now.addSecs(-20), now), QStringLiteral("just now"));
        QCOMPARE(RelativeTime::describe(now.addSecs(-5 * 60), now), QStringLiteral("5 minutes ago"));
        QCOMPARE(RelativeTime::describe(now.addSecs(-60), now), QStringLiteral("a minute ago"));
        QCOMPARE(RelativeTime::describe(now.addSecs(-90 * 60), now), QStringLiteral("an hour ago"));
        QCOMPARE(RelativeTime::describe(now.addSecs(-3 * 3600), now), QStringLiteral("3 hours ago"));
        QCOMPARE(RelativeTime::describe(QDateTime(QDate(2024, 5, 9), QTime(9, 0)), now), QStringLiteral("yesterday"));
        QCOMPARE(RelativeTime::describe(QDateTime(QDate(2024, 5, 7), QTime(9, 0)), now), QStringLiteral("3 days ago"));
        QVERIFY(RelativeTime::describe(QDateTime(QDate(2021, 1, 2), QTime(9, 0)), now).contains(QStringLiteral("21")));
        QVERIFY(RelativeTime::describe(QDateTime(), now).isEmpty());
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
