// Test helper: runs LanDiscovery (real broadcast and multicast, default port) with one commons
// and prints "FOUND <pid hex> <address> <tcp port> <commons> <ms since start>" for each peer
// found. Exits 0 after --linger ms past the first find, 1 if none is found within --timeout ms.
// Usage: discovery_probe <pid hex> <network key hex> <tcp port> [timeout ms] [linger ms] [v4|v6|both]
#include "core/net/LanDiscovery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: discovery_probe <pid hex> <network key hex> <tcp port> [timeout] [linger]\n");
        return 2;
    }
    const QByteArray pid = QByteArray::fromHex(args[1].toLatin1());
    const QByteArray key = QByteArray::fromHex(args[2].toLatin1());
    const int timeout = args.size() > 4 ? args[4].toInt() : 5000;
    const int linger = args.size() > 5 ? args[5].toInt() : 1000;
    const QString family = args.size() > 6 ? args[6] : QStringLiteral("both");
    cp::net::LanDiscoveryOptions options;
    options.ipv4Broadcast = family != QStringLiteral("v6");
    options.ipv6Multicast = family != QStringLiteral("v4");
    cp::net::LanDiscovery discovery(pid, quint16(args[3].toUInt()), options);
    if (auto s = discovery.addCommons(QStringLiteral("probe-commons"), key); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    bool found = false;
    QObject::connect(&discovery, &cp::net::LanDiscovery::peerFound,
                     [&](const QByteArray& p, const QHostAddress& a, quint16 port, const QStringList& commons) {
                         std::printf("FOUND %s %s %u %s %lld\n", p.toHex().constData(), qPrintable(a.toString()),
                                     unsigned(port), qPrintable(commons.join(u',')), clock.elapsed());
                         std::fflush(stdout);
                         if (!found)
                             QTimer::singleShot(linger, &app, [] { QCoreApplication::exit(0); });
                         found = true;
                     });
    if (auto s = discovery.start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }
    std::printf("STARTED\n");
    std::fflush(stdout);
    QTimer::singleShot(timeout, &app, [] { QCoreApplication::exit(1); });
    return app.exec();
}
