#include "SigningTestSupport.h"
#include "core/git/RevParse.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::git::Oid;
using cp::git::RevParse;

class TestRevParse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<cp::git::Repository> m_repo;
    Oid m_tree;
    Oid m_first;
    Oid m_second;

private slots:
    void initTestCase()
    {
        auto repo = cp::git::Repository::init(m_dir.path() + u"/repo"_s);
        QVERIFY(repo);
        m_repo.emplace(std::move(*repo));
        m_tree = cp::test::treeWith(*m_repo, u"a.md"_s, "a\n").value();
        const auto who = cp::test::person(u"Ada"_s, u"ada@example.org"_s);
        m_first = m_repo->commitOnto(u"refs/heads/main"_s, {m_tree, {}, who, {}, u"first"_s}).value();
        m_second = m_repo->commitOnto(u"refs/heads/main"_s, {m_tree, {m_first}, who, {}, u"second"_s}).value();
    }

    void namesGitUnderstands_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("second");
        QTest::newRow("HEAD") << u"HEAD"_s << true;
        QTest::newRow("branch") << u"main"_s << true;
        QTest::newRow("full ref") << u"refs/heads/main"_s << true;
        QTest::newRow("parent") << u"HEAD~1"_s << false;
        QTest::newRow("caret") << u"main^"_s << false;
        QTest::newRow("spaces around") << u"  HEAD  "_s << true;
    }

    void namesGitUnderstands()
    {
        QFETCH(QString, spec);
        QFETCH(bool, second);
        auto oid = RevParse::commit(*m_repo, spec);
        QVERIFY2(oid, qPrintable(oid ? QString() : oid.error().message));
        QCOMPARE(*oid, second ? m_second : m_first);
    }

    void commitIds()
    {
        QCOMPARE(RevParse::commit(*m_repo, m_first.toHex()).value(), m_first);
        QCOMPARE(RevParse::commit(*m_repo, m_first.toHex().toUpper()).value(), m_first);
        QCOMPARE(RevParse::commit(*m_repo, m_second.toShortHex(12)).value(), m_second);
    }

    void refusesWhatIsNoCommit()
    {
        const auto unknown = RevParse::commit(*m_repo, u"no-such-branch"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, cp::Error::Kind::NotFound);
        QVERIFY(unknown.error().message.contains(u"no-such-branch"_s));

        const auto tree = RevParse::commit(*m_repo, m_tree.toHex());
        QVERIFY(!tree);
        QCOMPARE(tree.error().kind, cp::Error::Kind::User);
        QVERIFY(tree.error().message.contains(u"does not name a commit"_s));

        QCOMPARE(RevParse::commit(*m_repo, u"   "_s).error().kind, cp::Error::Kind::User);
        QVERIFY(!RevParse::commit(*m_repo, u"HEAD~9"_s));
        QVERIFY(!RevParse::commit(*m_repo, u"main..HEAD"_s));
    }

    void emptyRepositoryHasNoHead()
    {
        auto empty = cp::git::Repository::init(m_dir.path() + u"/empty"_s);
        QVERIFY(empty);
        const auto head = RevParse::commit(*empty, u"HEAD"_s);
        QVERIFY(!head);
        QCOMPARE(head.error().kind, cp::Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRevParse)
#include "tst_revparse.moc"
