#pragma once

#include "core/Profile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSettings>
#include <QStringList>

namespace cp::cli {

// Where this profile's node can be reached: `serve` remembers what it listens on, and
// `invite` hands that out unless told otherwise.
inline const QString kAdvertisedKey = QStringLiteral("sync/advertised");
constexpr quint16 kDefaultPort = 47474;

inline QStringList interfaceAddresses(quint16 port)
{
    QStringList out;
    for (const QHostAddress& a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            out.append(a.toString() + u':' + QString::number(port));
    if (out.isEmpty())
        out.append(QStringLiteral("127.0.0.1:") + QString::number(port));
    return out.mid(0, 16);
}

inline QStringList savedAddresses(Profile& profile)
{
    const QStringList saved = profile.settings().value(kAdvertisedKey).toStringList();
    return saved.isEmpty() ? interfaceAddresses(kDefaultPort) : saved;
}

inline void saveAddresses(Profile& profile, const QStringList& addresses)
{
    profile.settings().setValue(kAdvertisedKey, addresses);
    profile.settings().sync();
}

// Every value of a repeatable option ("--address A --address B", "--address=C"), read
// from the command line itself: Invocation::value() gives only the last one.
inline QStringList repeatedOption(const QString& name)
{
    const QStringList args = QCoreApplication::arguments();
    const QString flag = QStringLiteral("--") + name;
    QStringList out;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--"))
            break;
        if (args[i] == flag && i + 1 < args.size())
            out.append(args[++i]);
        else if (args[i].startsWith(flag + u'='))
            out.append(args[i].mid(flag.size() + 1));
    }
    return out;
}

} // namespace cp::cli
