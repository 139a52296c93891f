#pragma once

#include "core/Error.h"
#include "core/crypto/SecureBuffer.h"
#include "core/net/LanAnnouncement.h"

#include <QStringList>
#include <vector>

namespace cp::net {

// Our commons as LAN discovery sees them: commons id → network key (kept in secure memory).
// It makes the tags of our own announcement and tells which of our commons another node's
// announcement names. Move-only.
class LanTagMatcher
{
public:
    // Replaces the key of a commons already added. Refuses a key that is not 32 bytes, or a
    // new commons past LanAnnouncement::kMaxCommons.
    [[nodiscard]] Status addCommons(const QString& commonsId, QByteArrayView networkKey);
    void removeCommons(const QString& commonsId);
    void clear() { m_entries.clear(); }
    [[nodiscard]] QStringList commonsIds() const;
    [[nodiscard]] qsizetype size() const { return qsizetype(m_entries.size()); }

    // The tags we put in our own announcement, one per commons, in commonsIds() order.
    [[nodiscard]] QList<QByteArray> tagsFor(QByteArrayView ownPid) const;
    // The ids of our commons that the announcement names (in commonsIds() order); empty when it
    // names none of ours.
    [[nodiscard]] QStringList match(const LanAnnouncement& announcement) const;

private:
    struct Entry
    {
        QString id;
        SecureBuffer key;
    };
    std::vector<Entry> m_entries;
};

} // namespace cp::net
