#include "core/crypto/Identity.h"
#include "core/crypto/KeyFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using cp::Identity;
using cp::KeyFile;

namespace {
int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT
private slots:
    void writesOwnerOnlyAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("identity.key"));
        const Identity identity = Identity::generate();
        QVERIFY(KeyFile::write(path, identity));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(!QFile::exists(path + QStringLiteral(".new")));
        auto back = KeyFile::read(path);
        QVERIFY(back);
        QVERIFY(back->secretKey() == identity.secretKey());

        // Replacing keeps the mode and the new key wins.
        const Identity second = Identity::generate();
        QVERIFY(KeyFile::write(path, second));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(KeyFile::read(path)->publicKey(), second.publicKey());
    }

    void loadOrCreateCreatesOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("identity.key"));
        bool created = false;
        auto first = KeyFile::loadOrCreate(path, &created);
        QVERIFY(first);
        QVERIFY(created);
        auto again = KeyFile::loadOrCreate(path, &created);
        QVERIFY(again);
        QVERIFY(!created);
        QCOMPARE(again->publicKey(), first->publicKey());
    }

    void tightensLooseModes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("identity.key"));
        QVERIFY(KeyFile::write(path, Identity::generate()));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(KeyFile::read(path));
        QCOMPARE(modeOf(path), 0600);
    }

    void reportsProblemsWithThePath()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.key"));
        QCOMPARE(KeyFile::read(missing).error().kind, cp::Error::Kind::NotFound);

        const QString damaged = dir.filePath(QStringLiteral("damaged.key"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
        file.close();
        auto result = KeyFile::read(damaged);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(damaged), qPrintable(result.error().message));

        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/identity.key"));
        QCOMPARE(KeyFile::write(nowhere, Identity::generate()).error().kind, cp::Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
