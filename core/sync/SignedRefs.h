#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/Oid.h"
#include "core/sync/WireMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace cp {
class Identity;
}

namespace cp::sync {

// One peer's signed statement of where its published refs point (DESIGN §6,
// core/sync/PROTOCOL.md). The signed bytes are canonical text:
//   commonplace-sigrefs v1\ncommons <root oid>\npeer <pid>\nseq <n>\ntime <unix>\n<oid> <ref>\n…
// with refs sorted by name; the signature is Ed25519 by the key the pid names.
// Only refs/heads/* and refs/notes/* are published. A value: copy freely.
class SignedRefs
{
    Q_DECLARE_TR_FUNCTIONS(SignedRefs)

public:
    static constexpr qint64 kMaxClockSkewSeconds = 3600;
    static constexpr qsizetype kMaxRefs = 64;
    static constexpr qsizetype kMaxRefNameSize = 200;

    // Makes a record of `refs` and signs it with `identity`.
    [[nodiscard]] static Result<SignedRefs> sign(const Identity& identity, const git::Oid& commons, quint64 seq,
                                                 qint64 time, const QMap<QString, git::Oid>& refs);
    // A received record: canonical body, signed by the peer it names. Error::crypto
    // for a bad signature, Error::protocol for a malformed body.
    [[nodiscard]] static Result<SignedRefs> fromWire(const SignedRefsRecord& record);
    // fromWire(), then checkFor(commons, now).
    [[nodiscard]] static Result<SignedRefs> verify(const SignedRefsRecord& record, const git::Oid& commons, qint64 now);
    // The blob kept at refs/commonplace/sigrefs and refs/peers/<pid>/sigrefs: the body
    // and a last line "signature <base64>". Verified like a received record.
    [[nodiscard]] static Result<SignedRefs> fromBlob(QByteArrayView blob);

    [[nodiscard]] QByteArray toBlob() const;
    [[nodiscard]] SignedRefsRecord toWire() const { return {m_body, m_signature}; }

    // What the signature alone cannot tell: the record belongs to `commons`, and its
    // time is not more than an hour ahead of `now` (unix seconds).
    [[nodiscard]] Status checkFor(const git::Oid& commons, qint64 now) const;
    // True if this record should replace `held` (a record of the same peer, or none).
    [[nodiscard]] bool isNewerThan(const std::optional<SignedRefs>& held) const;

    [[nodiscard]] const git::Oid& commons() const { return m_commons; }
    [[nodiscard]] const PublicKey& peer() const { return m_peer; }
    [[nodiscard]] quint64 seq() const { return m_seq; }
    [[nodiscard]] qint64 time() const { return m_time; }
    // Full ref names ("refs/heads/main") to the objects they point at.
    [[nodiscard]] const QMap<QString, git::Oid>& refs() const { return m_refs; }
    [[nodiscard]] const QByteArray& body() const { return m_body; }
    [[nodiscard]] const QByteArray& signature() const { return m_signature; }

    // The canonical bytes for these values (refs must be valid names).
    [[nodiscard]] static QByteArray canonicalBody(const git::Oid& commons, const PublicKey& peer, quint64 seq,
                                                  qint64 time, const QMap<QString, git::Oid>& refs);
    // refs/heads/… or refs/notes/… with plain components ([A-Za-z0-9._-], no leading
    // dot, no "..", no ".lock" ending), at most kMaxRefNameSize bytes.
    [[nodiscard]] static bool isPublishableRef(QStringView name);
    // Where a peer's ref is kept here: refs/heads/main → refs/peers/<pid>/heads/main.
    [[nodiscard]] static QString peerRefName(const PublicKey& peer, QStringView ref);
    // refs/peers/<pid>/sigrefs: the peer's record.
    [[nodiscard]] static QString peerRecordRef(const PublicKey& peer);

    friend bool operator==(const SignedRefs& a, const SignedRefs& b)
    {
        return a.m_body == b.m_body && a.m_signature == b.m_signature;
    }

    // An empty record (null peer, seq 0), for containers; real ones come from sign() or fromWire().
    SignedRefs() = default;

private:
    [[nodiscard]] static Result<SignedRefs> parseBody(const QByteArray& body);

    git::Oid m_commons;
    PublicKey m_peer;
    quint64 m_seq = 0;
    qint64 m_time = 0;
    QMap<QString, git::Oid> m_refs;
    QByteArray m_body;
    QByteArray m_signature;
};

} // namespace cp::sync
