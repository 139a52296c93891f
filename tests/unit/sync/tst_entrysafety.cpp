#include "core/git/EntrySafety.h"

#include <QTest>

using cp::git::EntrySafety;

class TestEntrySafety : public QObject
{
    Q_OBJECT
private slots:
    void entries_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("safe");
        QTest::newRow("page") << QByteArray("Page.md") << 0100644 << true;
        QTest::newRow("script") << QByteArray("run.sh") << 0100755 << true;
        QTest::newRow("folder") << QByteArray("Folder") << 040000 << true;
        QTest::newRow("dotfile") << QByteArray(".commonplace") << 040000 << true;
        QTest::newRow("unicode") << QByteArray("Страница.md") << 0100644 << true;
        QTest::newRow("symlink") << QByteArray("link") << 0120000 << false;
        QTest::newRow("gitlink") << QByteArray("sub") << 0160000 << false;
        QTest::newRow("group-writable") << QByteArray("a") << 0100664 << false;
        QTest::newRow("empty") << QByteArray() << 0100644 << false;
        QTest::newRow("dot") << QByteArray(".") << 040000 << false;
        QTest::newRow("dotdot") << QByteArray("..") << 040000 << false;
        QTest::newRow(".git") << QByteArray(".git") << 040000 << false;
        QTest::newRow(".GIT") << QByteArray(".GIT") << 040000 << false;
        QTest::newRow(".git file") << QByteArray(".git") << 0100644 << false;
        QTest::newRow(".git. ") << QByteArray(".git. ") << 040000 << false;
        QTest::newRow("GIT~1") << QByteArray("GIT~1") << 040000 << false;
        QTest::newRow("slash") << QByteArray("a/b") << 0100644 << false;
        QTest::newRow("absolute") << QByteArray("/etc") << 040000 << false;
        QTest::newRow("backslash") << QByteArray("a\\b") << 0100644 << false;
        QTest::newRow(".gitignore is fine") << QByteArray(".gitignore") << 0100644 << true;
    }

    void entries()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, mode);
        QFETCH(bool, safe);
        const auto result = EntrySafety::checkEntry(name, mode);
        QCOMPARE(bool(result), safe);
        if (!safe)
            QCOMPARE(result.error().kind, cp::Error::Kind::Protocol);
    }

    void order()
    {
        QVERIFY(EntrySafety::inOrder("a", false, "b", false));
        QVERIFY(!EntrySafety::inOrder("b", false, "a", false));
        QVERIFY(!EntrySafety::inOrder("a", false, "a", false));
        QVERIFY(!EntrySafety::inOrder("a", true, "a", false));
        QVERIFY(EntrySafety::inOrder("a", false, "a.b", false));
        // A folder sorts as if named "a/": after "a.b" ('.' < '/'), before "a0".
        QVERIFY(EntrySafety::inOrder("a.b", false, "a", true));
        QVERIFY(!EntrySafety::inOrder("a", true, "a.b", false));
        QVERIFY(EntrySafety::inOrder("a", true, "a0", false));
    }
};

QTEST_GUILESS_MAIN(TestEntrySafety)
#include "tst_entrysafety.moc"
