#include "core/crypto/Identity.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/KeyStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using cp::Identity;
using cp::KeyStore;

// The test environment has no session bus (see CMakeLists.txt), so no keychain
// answers: every store here ends on the file fallback, which is what is checked.
namespace {

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Waits for the store to settle; true if it became ready.
bool settle(KeyStore& store)
{
    QSignalSpy ready(&store, &KeyStore::ready);
    QSignalSpy failed(&store, &KeyStore::failed);
    return ready.wait(10000) && failed.isEmpty();
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void fallsBackToAFileWhenNoKeychainAnswers()
    {
        QTemporaryDir profile;
        KeyStore store(profile.path());
        QSignalSpy ready(&store, &KeyStore::ready);
        QSignalSpy failed(&store, &KeyStore::failed);
        store.loadOrCreate();
        // Asynchronous: nothing is decided inside the call.
        QVERIFY(store.isBusy());
        QCOMPARE(ready.count(), 0);
        QVERIFY(!store.identity());

        QVERIFY(ready.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(store.identity());
        QVERIFY(!store.isBusy());
        QCOMPARE(store.backend(), KeyStore::Backend::File);
        QVERIFY(store.usesFileFallback());
        QVERIFY(store.createdIdentity());
        QVERIFY(!store.keychainProblem().isEmpty());
        qInfo("keychain: %s", qPrintable(store.keychainProblem()));
        QCOMPARE(store.keyFilePath(), profile.filePath(QStringLiteral("identity.key")));
        QCOMPARE(modeOf(store.keyFilePath()), 0600);
        QCOMPARE(cp::KeyFile::read(store.keyFilePath())->publicKey(), store.identity()->publicKey());

        // Said once, clearly: the notice names the file, and a second ask is empty.
        const QString notice = store.takeFallbackNotice();
        QVERIFY(notice.contains(store.keyFilePath()));
        QVERIFY(notice.contains(QStringLiteral("keychain")));
        QCOMPARE(store.takeFallbackNotice(), QString());
        QCOMPARE(store.fallbackNotice(), notice);

        // The next start of this profile finds the same identity and says nothing again.
        KeyStore again(profile.path());
        again.loadOrCreate();
        QVERIFY(settle(again));
        QCOMPARE(again.identity()->publicKey(), store.identity()->publicKey());
        QVERIFY(!again.createdIdentity());
        QCOMPARE(again.backend(), KeyStore::Backend::File);
        QCOMPARE(again.takeFallbackNotice(), QString());
    }

    void silentKeychainCountsAsAbsent()
    {
        QTemporaryDir profile;
        KeyStore store(profile.path());
        QCOMPARE(store.keychainTimeout(), std::chrono::milliseconds(2000));
        store.setKeychainTimeout(std::chrono::milliseconds(0));
        store.loadOrCreate();
        QVERIFY(settle(store));
        QCOMPARE(store.backend(), KeyStore::Backend::File);
        QVERIFY(!store.takeFallbackNotice().isEmpty());
    }

    void profilesKeepIdentitiesApart()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        KeyStore first(a.path());
        KeyStore second(b.path());
        QVERIFY(first.keychainKey() != second.keychainKey());
        QVERIFY(first.keychainKey().contains(QFileInfo(a.path()).canonicalFilePath()));
        QCOMPARE(KeyStore::keychainService(), QStringLiteral("Commonplace"));
        first.setKeychainEnabled(false);
        second.setKeychainEnabled(false);
        QSignalSpy firstReady(&first, &KeyStore::ready);
        QSignalSpy secondReady(&second, &KeyStore::ready);
        first.loadOrCreate();
        second.loadOrCreate();
        QTRY_COMPARE(firstReady.count(), 1);
        QTRY_COMPARE(secondReady.count(), 1);
        QVERIFY(first.identity()->publicKey() != second.identity()->publicKey());
    }

    // A profile whose identity lives in the keychain must not quietly become
    // someone new because the keychain is locked or gone today.
    void doesNotReplaceAKeychainIdentity()
    {
        QTemporaryDir profile;
        QFile marker(profile.filePath(QStringLiteral("identity.keychain")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        KeyStore store(profile.path());
        QSignalSpy failed(&store, &KeyStore::failed);
        store.loadOrCreate();
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<cp::Error>();
        QVERIFY2(error.message.contains(QStringLiteral("keychain")), qPrintable(error.message));
        QVERIFY(!store.identity());
        QVERIFY(!QFile::exists(store.keyFilePath()));
        QVERIFY(!store.isBusy());
    }

    void reportsADamagedKeyFile()
    {
        QTemporaryDir profile;
        QFile file(profile.filePath(QStringLiteral("identity.key")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a key\n");
        file.close();
        KeyStore store(profile.path());
        QSignalSpy failed(&store, &KeyStore::failed);
        store.loadOrCreate();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<cp::Error>().message.contains(store.keyFilePath()));
    }

    void replaceKeepsAnImportedIdentity()
    {
        QTemporaryDir profile;
        KeyStore store(profile.path());
        store.loadOrCreate();
        QVERIFY(settle(store));
        const Identity imported = Identity::generate();
        const cp::PublicKey importedKey = imported.publicKey();
        store.replace(Identity::fromSeed(imported.seed().view()).value());
        QVERIFY(store.isBusy());
        QVERIFY(settle(store));
        QCOMPARE(store.identity()->publicKey(), importedKey);
        QVERIFY(!store.createdIdentity());
        QCOMPARE(modeOf(store.keyFilePath()), 0600);

        KeyStore again(profile.path());
        again.loadOrCreate();
        QVERIFY(settle(again));
        QCOMPARE(again.identity()->publicKey(), importedKey);
    }

    void signsCommitsOnceReady()
    {
        QTemporaryDir profile;
        KeyStore store(profile.path());
        store.loadOrCreate();
        QVERIFY(settle(store));
        const cp::CommitSigner signer = Identity::commitSigner(store.identity());
        auto signature = signer("tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nmessage\n");
        QVERIFY(signature);
        QVERIFY(signature->contains("BEGIN SSH SIGNATURE"));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
