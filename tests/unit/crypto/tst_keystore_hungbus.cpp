// KeyStore against a session bus that accepts connections and never answers:
// Qt's D-Bus connection then waits forever. The keychain must count as absent
// after the timeout while the caller's event loop keeps running.
// A separate executable because it needs its own bus address from the start and
// must skip the exit handlers (Qt's D-Bus thread stays stuck; see main below).

#include "core/crypto/KeyStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using cp::KeyStore;

class TestKeyStoreHungBus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("bus")));
        m_bus = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(m_bus >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        std::copy(path.begin(), path.end(), address.sun_path);
        QVERIFY(::bind(m_bus, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        QVERIFY(::listen(m_bus, 64) == 0); // connections queue up; nobody ever answers
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path);
    }

    void silentKeychainDoesNotBlock()
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            QTemporaryDir profile;
            KeyStore store(profile.path());
            store.setKeychainTimeout(std::chrono::milliseconds(300));
            int ticks = 0;
            QTimer heartbeat;
            connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
            heartbeat.start(10);
            QSignalSpy ready(&store, &KeyStore::ready);
            store.loadOrCreate();
            QVERIFY(ready.wait(10000));
            QCOMPARE(store.backend(), KeyStore::Backend::File);
            QVERIFY2(store.keychainProblem().contains(QStringLiteral("did not answer")),
                     qPrintable(store.keychainProblem()));
            QVERIFY2(ticks >= 5, qPrintable(QStringLiteral("the event loop ran %1 times").arg(ticks)));
            QVERIFY(!store.takeFallbackNotice().isEmpty());
        }
    }

    void cleanupTestCase()
    {
        ::close(m_bus);
        m_dir.remove(); // main() skips destructors
    }

private:
    QTemporaryDir m_dir;
    int m_bus = -1;
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestKeyStoreHungBus test;
    const int result = QTest::qExec(&test, argc, argv);
    std::fflush(stdout);
    std::fflush(stderr);
    // Qt's D-Bus thread is stuck on the silent bus and its exit handler would wait
    // for it forever: leave without running exit handlers.
    std::_Exit(result);
}

#include "tst_keystore_hungbus.moc"
