#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace cp::node {

struct AddressBookEntry
{
    PublicKey pid;
    QStringList addresses;   // "host:port", most recent first
    QString source;          // how we learnt of it: "manual", "invite", "lan", "exchange"
    qint64 lastSeen = 0;     // unix seconds of the last connection, 0 never
    qint64 lastExchange = 0; // unix seconds when we last finished exchanging
    int failures = 0;        // failed dials since the last connection
};

// The peers of one commons and where to reach them (DESIGN §7), kept as JSON in
// <git dir>/commonplace/peers.json (never in the tree). A value: load, change, save().
class AddressBook
{
    Q_DECLARE_TR_FUNCTIONS(AddressBook)

public:
    static constexpr qsizetype kMaxAddresses = 16;

    // The book in `file`; an empty one when the file does not exist yet.
    [[nodiscard]] static Result<AddressBook> load(const QString& file);
    [[nodiscard]] static QString fileIn(const QString& gitDir);
    [[nodiscard]] Status save() const;

    [[nodiscard]] QList<AddressBookEntry> entries() const { return m_entries.values(); }
    [[nodiscard]] std::optional<AddressBookEntry> entry(const PublicKey& pid) const;
    [[nodiscard]] const QString& path() const { return m_path; }

    // Puts `addresses` first for `pid` (made if new). A stronger source (manual, then
    // invite, lan, exchange) is kept. Returns true if anything changed.
    bool add(const PublicKey& pid, const QStringList& addresses, const QString& source);
    void markSeen(const PublicKey& pid, qint64 now);
    void markExchange(const PublicKey& pid, qint64 now);
    void markFailure(const PublicKey& pid);
    bool remove(const PublicKey& pid);

private:
    QString m_path;
    QMap<PublicKey, AddressBookEntry> m_entries;
};

} // namespace cp::node
