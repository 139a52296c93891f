// Test helper: maps a TCP port with PortMapper, prints "MAPPED <upnp|natpmp> <address> <port>"
// or "FAILED <reason>", holds the mapping for <hold ms> (printing "RENEWED" at each renewal
// every <renew ms>), stops and prints "UNMAPPED <error>".
// A negative hold stops at once, while the first attempt runs, and exits after -hold ms.
// Usage: portmap_probe <port> <upnp|natpmp|both> [hold ms] [renew ms]
#include "core/net/PortMapper.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using cp::net::PortMapper;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: portmap_probe <port> <upnp|natpmp|both> [hold ms]\n");
        return 2;
    }
    cp::net::PortMapperOptions options;
    options.useUpnp = args[2] != QStringLiteral("natpmp");
    options.useNatPmp = args[2] != QStringLiteral("upnp");
    options.upnpDiscoveryMs = 1000;
    options.natPmpTimeoutMs = 3000;
    const int hold = args.size() > 3 ? args[3].toInt() : 0;
    if (args.size() > 4)
        options.renewIntervalMs = args[4].toInt();
    PortMapper mapper(quint16(args[1].toUInt()), options);
    auto say = [](const QString& line) {
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    };
    QObject::connect(&mapper, &PortMapper::stateChanged, [&](PortMapper::State s) {
        if (s == PortMapper::State::Mapped) {
            say(QStringLiteral("MAPPED %1 %2 %3")
                    .arg(mapper.method() == PortMapper::Method::Upnp ? QStringLiteral("upnp")
                                                                     : QStringLiteral("natpmp"),
                         mapper.externalAddress().toString())
                    .arg(mapper.externalPort()));
            say(mapper.describe());
            QTimer::singleShot(hold, &mapper, &PortMapper::stop);
        } else if (s == PortMapper::State::Failed) {
            say(QStringLiteral("FAILED ") + mapper.failureReason());
            QCoreApplication::exit(1);
        }
    });
    QObject::connect(&mapper, &PortMapper::leaseRenewed, [&] { say(QStringLiteral("RENEWED")); });
    QObject::connect(&mapper, &PortMapper::unmapped, [&](const QString& error) {
        say(QStringLiteral("UNMAPPED ") + error);
        QCoreApplication::exit(error.isEmpty() ? 0 : 1);
    });
    mapper.start();
    if (hold < 0) { // stop while the first attempt is still running, exit after -hold ms
        mapper.stop();
        say(QStringLiteral("STOPPED ") + mapper.describe());
        QTimer::singleShot(-hold, &app, [] { QCoreApplication::exit(0); });
    }
    return app.exec();
}
