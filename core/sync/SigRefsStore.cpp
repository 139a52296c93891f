#include "core/sync/SigRefsStore.h"

#include "core/crypto/Identity.h"
#include "core/git/Commit.h"
#include "core/git/RefTransaction.h"
#include "core/git/Repository.h"

#include <QtDebug>

namespace cp::sync {

const QString SigRefsStore::kOwnRecordRef = QStringLiteral("refs/commonplace/sigrefs");
const QStringList SigRefsStore::kPublishedRefs = {QStringLiteral("refs/heads/main"),
                                                  QStringLiteral("refs/notes/reviews")};

Result<std::optional<SignedRefs>> SigRefsStore::readRecord(const QString& refName) const
{
    auto target = m_repo.resolve(refName);
    if (!target)
        return fail(target.error());
    if (!*target)
        return std::optional<SignedRefs>();
    auto blob = m_repo.readBlob(**target);
    if (!blob)
        return fail(blob.error().context(tr("Reading %1").arg(refName)));
    auto record = SignedRefs::fromBlob(*blob);
    if (!record)
        return fail(record.error().context(tr("Reading %1").arg(refName)));
    return std::optional(*record);
}

Result<std::optional<SignedRefs>> SigRefsStore::own() const
{
    return readRecord(kOwnRecordRef);
}

Result<std::optional<SignedRefs>> SigRefsStore::peer(const PublicKey& peer) const
{
    auto record = readRecord(SignedRefs::peerRecordRef(peer));
    if (record && *record && (*record)->peer() != peer)
        return fail(Error::io(tr("%1 holds the record of another peer; delete that ref to fetch it again.")
                                  .arg(SignedRefs::peerRecordRef(peer))));
    return record;
}

Result<QList<SignedRefs>> SigRefsStore::peers() const
{
    auto names = m_repo.referenceNames(QStringLiteral("refs/peers/*"));
    if (!names)
        return fail(names.error());
    QList<SignedRefs> out;
    for (const QString& name : std::as_const(*names)) {
        const QStringList parts = name.split(u'/');
        if (parts.size() != 4 || parts[3] != u"sigrefs")
            continue;
        auto key = PublicKey::fromPid(parts[2]);
        if (!key)
            continue;
        auto record = peer(*key);
        if (!record) {
            qWarning().noquote() << record.error().message;
            continue;
        }
        if (*record)
            out.append(**record);
    }
    return out;
}

Result<QMap<QString, git::Oid>> SigRefsStore::publishedRefs() const
{
    QMap<QString, git::Oid> refs;
    for (const QString& name : kPublishedRefs) {
        auto target = m_repo.resolve(name);
        if (!target)
            return fail(target.error());
        if (*target)
            refs.insert(name, **target);
    }
    return refs;
}

Result<std::optional<SignedRefs>> SigRefsStore::updateOwn(const Identity& identity, const git::Oid& commons, qint64 now,
                                                          quint64 seqFloor)
{
    auto refs = publishedRefs();
    if (!refs)
        return fail(refs.error());
    auto held = own();
    std::optional<SignedRefs> previous;
    if (held)
        previous = *held;
    else // a damaged record of mine is replaced; its seq is lost, the floor keeps us ahead
        qWarning().noquote() << held.error().message;
    if (previous && previous->refs() == *refs && previous->peer() == identity.publicKey() &&
        previous->commons() == commons && previous->seq() > seqFloor)
        return std::optional<SignedRefs>();
    quint64 seq =
        std::max<quint64>(previous && previous->peer() == identity.publicKey() ? previous->seq() : 0, seqFloor) + 1;
    auto record = SignedRefs::sign(identity, commons, seq, now, *refs);
    if (!record)
        return fail(record.error());
    auto blob = m_repo.writeBlob(record->toBlob());
    if (!blob)
        return fail(blob.error());
    std::optional<git::Oid> expected;
    if (auto current = m_repo.resolve(kOwnRecordRef); current && *current)
        expected = **current;
    if (auto ok = m_repo.updateReference(kOwnRecordRef, *blob, expected, tr("commonplace: signed refs %1").arg(seq));
        !ok)
        return fail(ok.error());
    return std::optional(*record);
}

QList<git::Oid> SigRefsStore::missingObjects(const SignedRefs& record) const
{
    QList<git::Oid> missing;
    for (const git::Oid& oid : record.refs())
        if (!m_repo.contains(oid) && !missing.contains(oid))
            missing.append(oid);
    return missing;
}

Status SigRefsStore::storePeer(const SignedRefs& record)
{
    const PublicKey& pid = record.peer();
    auto held = peer(pid);
    if (held && !record.isNewerThan(*held))
        return fail(Error::conflict(tr("The record of %1 with seq %2 is not newer than the one kept (seq %3).")
                                        .arg(pid.shortId())
                                        .arg(record.seq())
                                        .arg((*held)->seq())));
    for (auto it = record.refs().cbegin(); it != record.refs().cend(); ++it) {
        if (!m_repo.lookupCommit(it.value()))
            return fail(Error::protocol(tr("The record of %1 points %2 at %3, which is missing here or not a commit.")
                                            .arg(pid.shortId(), it.key(), it.value().toShortHex())));
    }
    auto blob = m_repo.writeBlob(record.toBlob());
    if (!blob)
        return fail(blob.error());
    const QString prefix = QStringLiteral("refs/peers/") + pid.pid() + u'/';
    auto existing = m_repo.referenceNames(prefix + u'*');
    if (!existing)
        return fail(existing.error());
    auto tx = git::RefTransaction::begin(m_repo);
    if (!tx)
        return fail(tx.error());
    const QString log = tr("commonplace: %1 seq %2").arg(pid.shortId()).arg(record.seq());
    const QString recordRef = SignedRefs::peerRecordRef(pid);
    QStringList written{recordRef};
    for (auto it = record.refs().cbegin(); it != record.refs().cend(); ++it) {
        const QString name = SignedRefs::peerRefName(pid, it.key());
        if (auto ok = tx->set(name, it.value(), log); !ok)
            return ok;
        written.append(name);
    }
    for (const QString& name : std::as_const(*existing))
        if (!written.contains(name))
            if (auto ok = tx->remove(name); !ok)
                return ok;
    if (auto ok = tx->set(recordRef, *blob, log); !ok)
        return ok;
    return tx->commit();
}

} // namespace cp::sync
