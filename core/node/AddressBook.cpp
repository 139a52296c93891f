#include "core/node/AddressBook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cp::node {

namespace {
int strength(const QString& source)
{
    static const QStringList order{QStringLiteral("exchange"), QStringLiteral("lan"), QStringLiteral("invite"),
                                   QStringLiteral("manual")};
    return int(order.indexOf(source));
}
} // namespace

QString AddressBook::fileIn(const QString& gitDir)
{
    return gitDir + QStringLiteral("/commonplace/peers.json");
}

Result<AddressBook> AddressBook::load(const QString& file)
{
    AddressBook book;
    book.m_path = file;
    QFile in(file);
    if (!in.exists())
        return book;
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::io(tr("Cannot read the address book %1: %2").arg(file, in.errorString())));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    if (!doc.isObject())
        return fail(Error::io(tr("The address book %1 is damaged (%2); delete it and add the peers again.")
                                  .arg(file, error.errorString())));
    for (const QJsonValue& v : doc.object().value(QStringLiteral("peers")).toArray()) {
        const QJsonObject o = v.toObject();
        auto pid = PublicKey::fromPid(o.value(QStringLiteral("pid")).toString());
        if (!pid)
            continue;
        AddressBookEntry e;
        e.pid = *pid;
        for (const QJsonValue& a : o.value(QStringLiteral("addresses")).toArray())
            if (!a.toString().isEmpty() && e.addresses.size() < kMaxAddresses)
                e.addresses.append(a.toString());
        e.source = o.value(QStringLiteral("source")).toString();
        e.lastSeen = o.value(QStringLiteral("lastSeen")).toInteger();
        e.lastExchange = o.value(QStringLiteral("lastExchange")).toInteger();
        e.failures = o.value(QStringLiteral("failures")).toInt();
        book.m_entries.insert(e.pid, e);
    }
    return book;
}

Status AddressBook::save() const
{
    QJsonArray peers;
    for (const AddressBookEntry& e : m_entries)
        peers.append(QJsonObject{{QStringLiteral("pid"), e.pid.pid()},
                                 {QStringLiteral("addresses"), QJsonArray::fromStringList(e.addresses)},
                                 {QStringLiteral("source"), e.source},
                                 {QStringLiteral("lastSeen"), e.lastSeen},
                                 {QStringLiteral("lastExchange"), e.lastExchange},
                                 {QStringLiteral("failures"), e.failures}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(Error::io(tr("Cannot write the address book %1: %2").arg(m_path, out.errorString())));
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("peers"), peers}})
                  .toJson(QJsonDocument::Indented));
    if (!out.commit())
        return fail(Error::io(tr("Cannot write the address book %1: %2").arg(m_path, out.errorString())));
    return {};
}

std::optional<AddressBookEntry> AddressBook::entry(const PublicKey& pid) const
{
    if (auto it = m_entries.constFind(pid); it != m_entries.cend())
        return *it;
    return std::nullopt;
}

bool AddressBook::add(const PublicKey& pid, const QStringList& addresses, const QString& source)
{
    auto it = m_entries.find(pid);
    bool changed = false;
    if (it == m_entries.end()) {
        it = m_entries.insert(pid, AddressBookEntry{pid, {}, source, 0, 0, 0});
        changed = true;
    } else if (strength(source) > strength(it->source)) {
        it->source = source;
        changed = true;
    }
    QStringList merged;
    for (const QString& a : addresses)
        if (!a.isEmpty() && !merged.contains(a))
            merged.append(a);
    for (const QString& a : std::as_const(it->addresses))
        if (!merged.contains(a))
            merged.append(a);
    merged = merged.mid(0, kMaxAddresses);
    if (merged != it->addresses) {
        it->addresses = merged;
        changed = true;
    }
    return changed;
}

void AddressBook::markSeen(const PublicKey& pid, qint64 now)
{
    if (auto it = m_entries.find(pid); it != m_entries.end()) {
        it->lastSeen = now;
        it->failures = 0;
    }
}

void AddressBook::markExchange(const PublicKey& pid, qint64 now)
{
    if (auto it = m_entries.find(pid); it != m_entries.end())
        it->lastExchange = now;
}

void AddressBook::markFailure(const PublicKey& pid)
{
    if (auto it = m_entries.find(pid); it != m_entries.end())
        ++it->failures;
}

bool AddressBook::remove(const PublicKey& pid)
{
    return m_entries.remove(pid) > 0;
}

} // namespace cp::node
