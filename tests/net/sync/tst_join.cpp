#include "core/node/Invite.h"
#include "core/node/Joiner.h"
#include "core/wiki/Commons.h"
#include "net/sync/NodeTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace cp;
using cp::test::TestCommons;

class TestJoin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_round = 0;

    QString freshDir() { return m_tmp.path() + u"/"_s + QString::number(++m_round); }

    node::Invite inviteFrom(const test::TestNode& inviter, const git::Oid& commons)
    {
        node::Invite invite;
        invite.commons = commons;
        invite.name = u"Test"_s;
        invite.networkKey = *node::NetworkKeyFile::load(inviter.dir + u"/.git"_s);
        invite.inviter = inviter.pid();
        invite.addresses = {inviter.address().hostPort()};
        return invite;
    }

private slots:
    void joinFetchesChecksOutAndIntroducesItself()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 1));
        auto a1 = c[0].edit(u"Page.md"_s, "# Hello\n");
        QVERIFY(a1);
        QVERIFY(c[0].start());
        const auto joiner = test::sharedIdentity('\x71');
        node::Joiner join(joiner, test::fastNodeOptions());
        QSignalSpy finished(&join, &node::Joiner::finished);
        QSignalSpy failed(&join, &node::Joiner::failed);
        const QString dir = c.base + u"/joined"_s;
        join.start(inviteFrom(c[0], c.root), dir);
        QVERIFY(finished.wait(15000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));

        auto repo = git::Repository::open(dir);
        QVERIFY(repo);
        QCOMPARE(*repo->resolve(u"refs/heads/main"_s), std::optional(*a1));
        QFile page(dir + u"/Page.md"_s);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QCOMPARE(page.readAll(), QByteArray("# Hello\n"));
        QVERIFY(node::NetworkKeyFile::load(dir + u"/.git"_s));
        auto book = node::AddressBook::load(node::AddressBook::fileIn(dir + u"/.git"_s));
        QCOMPARE(book->entry(c[0].pid())->source, u"invite"_s);
        // The inviter learnt of the new member.
        QTRY_VERIFY(c[0].ref(sync::SignedRefs::peerRecordRef(joiner->publicKey())).has_value());
    }

    void unsafeTreeIsRefusedAndNothingIsCheckedOut()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 1));
        {
            auto repo = git::Repository::open(c[0].dir);
            auto blob = repo->writeBlob("../../.ssh/authorized_keys");
            auto tree = test::writeRawTree(repo->gitDir(), {{"120000", "Page.md", *blob}});
            QVERIFY(tree);
            auto commit = repo->createCommit({*tree, {c.root}, test::testAuthor(), {}, u"evil"_s});
            QVERIFY(repo->updateReference(u"refs/heads/main"_s, *commit, c.root, u"t"_s));
        }
        QVERIFY(c[0].start());
        node::Joiner join(test::sharedIdentity('\x72'), test::fastNodeOptions());
        QSignalSpy finished(&join, &node::Joiner::finished);
        QSignalSpy failed(&join, &node::Joiner::failed);
        const QString dir = c.base + u"/joined"_s;
        join.start(inviteFrom(c[0], c.root), dir);
        QVERIFY(failed.wait(15000));
        QVERIFY(finished.isEmpty());
        QVERIFY(failed.first().first().value<Error>().message.contains(u"symbolic link"_s));
        QVERIFY(!QFileInfo::exists(dir)); // nothing checked out, nothing left
    }

    void joinIntoAFolderThatIsNotEmptyIsRefused()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 1));
        QVERIFY(c[0].start());
        const QString dir = c.base + u"/busy"_s;
        QVERIFY(QDir().mkpath(dir));
        QFile keep(dir + u"/notes.txt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        node::Joiner join(test::sharedIdentity('\x73'), test::fastNodeOptions());
        QSignalSpy failed(&join, &node::Joiner::failed);
        join.start(inviteFrom(c[0], c.root), dir);
        QVERIFY(failed.wait(5000));
        QVERIFY(QFileInfo::exists(dir + u"/notes.txt"_s));
        QVERIFY(!QFileInfo::exists(dir + u"/.git"_s));
    }
};

QTEST_GUILESS_MAIN(TestJoin)
#include "tst_join.moc"
