#include "core/node/NetworkKeyFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using cp::node::NetworkKeyFile;

class TestNetworkKeyFile : public QObject
{
    Q_OBJECT
private slots:
    void createdOnceWithOwnerOnlyMode()
    {
        QTemporaryDir dir;
        QCOMPARE(NetworkKeyFile::load(dir.path()).error().kind, cp::Error::Kind::NotFound);
        auto first = NetworkKeyFile::loadOrCreate(dir.path());
        QVERIFY(first);
        QCOMPARE(first->size(), 32);
        auto second = NetworkKeyFile::loadOrCreate(dir.path());
        QVERIFY(second && *second == *first);
        const QFileInfo info(NetworkKeyFile::pathIn(dir.path()));
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QTemporaryDir other;
        auto third = NetworkKeyFile::loadOrCreate(other.path());
        QVERIFY(third && !(*third == *first));
    }

    void storeKeepsAnExistingKey()
    {
        QTemporaryDir dir;
        QVERIFY(NetworkKeyFile::store(dir.path(), QByteArray(32, '\x01')));
        QVERIFY(NetworkKeyFile::store(dir.path(), QByteArray(32, '\x01')));
        auto conflict = NetworkKeyFile::store(dir.path(), QByteArray(32, '\x02'));
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind, cp::Error::Kind::Conflict);
        QVERIFY(!NetworkKeyFile::store(dir.path(), QByteArray(31, '\x01')));
        QCOMPARE(NetworkKeyFile::load(dir.path())->view(), QByteArrayView(QByteArray(32, '\x01')));
    }

    void damagedKeyIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(NetworkKeyFile::store(dir.path(), QByteArray(32, '\x01')));
        QFile f(NetworkKeyFile::pathIn(dir.path()));
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        QCOMPARE(NetworkKeyFile::load(dir.path()).error().kind, cp::Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestNetworkKeyFile)
#include "tst_networkkeyfile.moc"
