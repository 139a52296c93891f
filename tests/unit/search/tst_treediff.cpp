#include "core/git/Repository.h"
#include "core/git/TreeBuilder.h"
#include "core/git/TreeDiff.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::git::FileMode;
using cp::git::Oid;
using cp::git::TreeChange;

class TestTreeDiff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<cp::git::Repository> m_repo;

    Oid blob(const QByteArray& content) { return *m_repo->writeBlob(content); }

    // A tree from "path" → content; nested folders made as needed. A null content makes a symlink to "x".
    Oid tree(const QMap<QString, QByteArray>& files)
    {
        QMap<QString, QMap<QString, QByteArray>> folders;
        auto builder = *m_repo->treeBuilder();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const qsizetype slash = it.key().indexOf(u'/');
            if (slash >= 0) {
                folders[it.key().left(slash)].insert(it.key().mid(slash + 1), it.value());
                continue;
            }
            if (it.value().isNull())
                (void)builder.insert(it.key(), blob("x"), FileMode::Link);
            else
                (void)builder.insert(it.key(), blob(it.value()));
        }
        for (auto it = folders.begin(); it != folders.end(); ++it)
            (void)builder.insert(it.key(), tree(it.value()), FileMode::Tree);
        return *builder.write();
    }

    static QStringList describe(const QList<TreeChange>& changes)
    {
        QStringList out;
        for (const TreeChange& c : changes) {
            const char* kind = c.kind == TreeChange::Kind::Added      ? "A"
                               : c.kind == TreeChange::Kind::Modified ? "M"
                                                                      : "D";
            out.append(QString::fromLatin1(kind) + u' ' + c.path);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto repo = cp::git::Repository::init(m_dir.path());
        QVERIFY(repo);
        m_repo.emplace(std::move(*repo));
    }

    void listing()
    {
        const Oid t = tree({{u"a.md"_s, "a"}, {u"F/b.md"_s, "b"}, {u"F/G/c.md"_s, "c"}});
        auto changes = cp::git::TreeDiff::between(*m_repo, std::nullopt, t);
        QVERIFY(changes);
        QCOMPARE(describe(*changes), (QStringList{u"A F/G/c.md"_s, u"A F/b.md"_s, u"A a.md"_s}));
        QCOMPARE(changes->at(2).newId, blob("a"));
        QVERIFY(changes->at(2).oldId.isNull());
        QVERIFY(cp::git::TreeDiff::between(*m_repo, t, t)->isEmpty());
    }

    void changes()
    {
        const Oid before = tree({{u"keep.md"_s, "k"},
                                 {u"edit.md"_s, "1"},
                                 {u"gone.md"_s, "g"},
                                 {u"Old/x.md"_s, "x"},
                                 {u"Same/y.md"_s, "y"},
                                 {u"Deep/In/z.md"_s, "z"},
                                 {u"kind"_s, "file"},
                                 {u"link.md"_s, "l"}});
        const Oid after = tree({{u"keep.md"_s, "k"},
                                {u"edit.md"_s, "2"},
                                {u"New/n.md"_s, "n"},
                                {u"Same/y.md"_s, "y"},
                                {u"Deep/In/z.md"_s, "z2"},
                                {u"kind/inside.md"_s, "i"},
                                {u"link.md"_s, QByteArray()}});
        auto changes = cp::git::TreeDiff::between(*m_repo, before, after);
        QVERIFY(changes);
        QCOMPARE(describe(*changes),
                 (QStringList{u"M Deep/In/z.md"_s, u"A New/n.md"_s, u"D Old/x.md"_s, u"M edit.md"_s, u"D gone.md"_s,
                              u"D kind"_s, u"A kind/inside.md"_s, u"D link.md"_s, u"A link.md"_s}));
        const TreeChange& edit = changes->at(3);
        QCOMPARE(edit.oldId, blob("1"));
        QCOMPARE(edit.newId, blob("2"));
        QCOMPARE(changes->back().mode, FileMode::Link);
    }

    void unknownTree()
    {
        auto missing = cp::git::TreeDiff::between(*m_repo, std::nullopt, *Oid::fromHex(QString(40, u'1')));
        QVERIFY(!missing);
        QVERIFY(!missing.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTreeDiff)
#include "tst_treediff.moc"
