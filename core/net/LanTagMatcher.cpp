#include "core/net/LanTagMatcher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace cp::net {

Status LanTagMatcher::addCommons(const QString& commonsId, QByteArrayView networkKey)
{
    if (networkKey.size() != crypto_auth_hmacsha256_KEYBYTES)
        return fail(Error::user(QCoreApplication::translate("LanTagMatcher", "The network key of commons %1 must be "
                                                                             "32 bytes, not %2.")
                                    .arg(commonsId)
                                    .arg(networkKey.size())));
    for (Entry& e : m_entries) {
        if (e.id == commonsId) {
            e.key = SecureBuffer::fromBytes(networkKey);
            return {};
        }
    }
    if (size() >= LanAnnouncement::kMaxCommons)
        return fail(Error::user(QCoreApplication::translate("LanTagMatcher", "LAN discovery announces at most %1 "
                                                                             "commons; %2 is not announced.")
                                    .arg(LanAnnouncement::kMaxCommons)
                                    .arg(commonsId)));
    m_entries.push_back({commonsId, SecureBuffer::fromBytes(networkKey)});
    return {};
}

void LanTagMatcher::removeCommons(const QString& commonsId)
{
    std::erase_if(m_entries, [&](const Entry& e) { return e.id == commonsId; });
}

QStringList LanTagMatcher::commonsIds() const
{
    QStringList ids;
    for (const Entry& e : m_entries)
        ids.append(e.id);
    return ids;
}

QList<QByteArray> LanTagMatcher::tagsFor(QByteArrayView ownPid) const
{
    QList<QByteArray> tags;
    for (const Entry& e : m_entries) {
        if (auto t = LanAnnouncement::tag(e.key.view(), ownPid))
            tags.append(*t);
    }
    return tags;
}

QStringList LanTagMatcher::match(const LanAnnouncement& announcement) const
{
    QStringList ids;
    if (announcement.pid.size() != LanAnnouncement::kPidSize)
        return ids;
    for (const Entry& e : m_entries) {
        const auto expected = LanAnnouncement::tag(e.key.view(), announcement.pid);
        if (!expected)
            continue;
        for (const QByteArray& t : announcement.tags) {
            if (t.size() == expected->size() &&
                sodium_memcmp(t.constData(), expected->constData(), size_t(t.size())) == 0) {
                ids.append(e.id);
                break;
            }
        }
    }
    return ids;
}

} // namespace cp::net
