#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WikiIndex.h"

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
} // namespace

class TestLinkGraph : public QObject
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

    QStringList backlinks(const QString& title)
    {
        return m_index->backlinks(title).value_or(QStringList{u"<error>"_s});
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto commons = Commons::create(
            m_dir.path() + u"/%1-%2"_s.arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_runs),
            {u"Test"_s, {}}, {u"Ада"_s, {}});
        QVERIFY(commons);
        m_commons = std::move(*commons);
        auto index = WikiIndex::openReady(*m_commons);
        QVERIFY(index);
        m_index = std::move(*index);
    }

    void cleanup()
    {
        m_index.reset();
        m_commons.reset();
    }

    void backlinksAfterSave()
    {
        save(u"Target"_s, u"I am linked."_s);
        QVERIFY(backlinks(u"Target"_s).isEmpty());
        QSignalSpy changed(m_index.get(), &WikiIndex::pagesChanged);
        save(u"Home"_s, u"See [[Target]] and [[Target|again]]."_s);
        QCOMPARE(changed.size(), 1); // the backlinks panel knows to refresh
        QCOMPARE(backlinks(u"Target"_s), QStringList{u"Home"_s});
        save(u"Folder/Notes"_s, u"Also [the target](../Target.md) and [[../Target]]."_s);
        QCOMPARE(backlinks(u"Target"_s), (QStringList{u"Folder/Notes"_s, u"Home"_s}));
        save(u"Home"_s, u"No more links."_s);
        QCOMPARE(backlinks(u"Target"_s), QStringList{u"Folder/Notes"_s});
        QVERIFY(m_commons->pages().remove(page(u"Folder/Notes"_s)));
        QVERIFY(backlinks(u"Target"_s).isEmpty());
    }

    void linksInCodeDoNotCount()
    {
        save(u"Target"_s, u"x"_s);
        save(u"Code"_s, u"`[[Target]]`\n\n```\n[[Target]]\n```\n"_s);
        QVERIFY(backlinks(u"Target"_s).isEmpty());
    }

    void outgoing()
    {
        save(u"A"_s, u"[[C]] then [[B]] then [[Nowhere]] then [[C]] again"_s);
        save(u"B"_s, u"b"_s);
        save(u"C"_s, u"c"_s);
        auto links = m_index->outgoingLinks(u"A"_s);
        QVERIFY(links);
        QCOMPARE(links->size(), 3);
        QCOMPARE(links->at(0).title, u"C"_s);
        QVERIFY(links->at(0).exists);
        QCOMPARE(links->at(1).title, u"B"_s);
        QCOMPARE(links->at(2).title, u"Nowhere"_s);
        QVERIFY(!links->at(2).exists);
        QVERIFY(m_index->outgoingLinks(u"No such page"_s)->isEmpty());
    }

    void orphans()
    {
        save(u"Hub"_s, u"[[Spoke]] [[Hub]]"_s); // links to itself: still an orphan
        save(u"Spoke"_s, u"back to [[Hub|the hub]]? no: [[Elsewhere]]"_s);
        save(u"Lonely"_s, u"[[Lonely]]"_s);
        QCOMPARE(*m_index->orphans(), (QStringList{u"Lonely"_s}));
        save(u"Spoke"_s, u"nothing"_s);
        QCOMPARE(*m_index->orphans(), (QStringList{u"Hub"_s, u"Lonely"_s}));
    }

    void missing()
    {
        save(u"A"_s, u"[[Ghost]] [[B]] [[Folder/Phantom]]"_s);
        save(u"C"_s, u"[[Ghost|boo]]"_s);
        save(u"B"_s, u"exists"_s);
        auto missing = m_index->missingPages();
        QVERIFY(missing);
        QCOMPARE(missing->size(), 2);
        QCOMPARE(missing->at(0).title, u"Folder/Phantom"_s);
        QCOMPARE(missing->at(0).linkedFrom, QStringList{u"A"_s});
        QCOMPARE(missing->at(1).title, u"Ghost"_s);
        QCOMPARE(missing->at(1).linkedFrom, (QStringList{u"A"_s, u"C"_s}));
        save(u"Ghost"_s, u"now I exist"_s);
        QCOMPARE(m_index->missingPages()->size(), 1);
    }

    void cyrillicTitles()
    {
        save(u"Кошки/Барсик"_s, u"Друг [[../Ёжик]]"_s);
        save(u"Ёжик"_s, u"ёж"_s);
        QCOMPARE(backlinks(u"Ёжик"_s), QStringList{u"Кошки/Барсик"_s});
    }
};

QTEST_GUILESS_MAIN(TestLinkGraph)
#include "tst_linkgraph.moc"
