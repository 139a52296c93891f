#include "core/review/ReviewNote.h"

#include "core/crypto/SshSignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace cp {

namespace {
const QByteArray kArmorStart = QByteArrayLiteral("-----BEGIN SSH SIGNATURE-----");
}

QString ReviewNote::verdictKey(Verdict verdict)
{
    return verdict == Verdict::Accept ? QStringLiteral("accept") : QStringLiteral("reject");
}

Result<QByteArray> ReviewNote::make(const git::Oid& commit, Verdict verdict, const QString& comment,
                                    const PublicKey& reviewer, const CommitSigner& signer, const QDateTime& time)
{
    if (!signer)
        return fail(Error::user(tr("A review must be signed, but no identity is loaded.")));
    if (verdict == Verdict::Reject && comment.trimmed().isEmpty())
        return fail(Error::user(tr("Say why you reject the change: a comment is required.")));
    const QJsonObject body{{QStringLiteral("v"), 1},
                           {QStringLiteral("commit"), commit.toHex()},
                           {QStringLiteral("verdict"), verdictKey(verdict)},
                           {QStringLiteral("comment"), comment.trimmed()},
                           {QStringLiteral("reviewer"), reviewer.did()},
                           {QStringLiteral("time"), double(time.toSecsSinceEpoch())}};
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
    auto signature = signer(payload);
    if (!signature)
        return fail(signature.error().context(tr("Signing the review")));
    auto signerKey = SshSignature::verify(*signature, payload);
    if (!signerKey || *signerKey != reviewer)
        return fail(Error::crypto(tr("The review was signed by another key than the reviewer's.")));
    QByteArray note = payload + *signature;
    if (!note.endsWith('\n'))
        note += '\n';
    return note;
}

Result<ReviewNote> ReviewNote::parse(const QByteArray& text, const git::Oid& commit)
{
    const qsizetype split = text.indexOf(kArmorStart);
    if (split <= 0)
        return fail(Error::crypto(tr("The review note on %1 is not signed.").arg(commit.toShortHex())));
    const QByteArray payload = text.left(split);
    auto signer = SshSignature::verify(text.mid(split), payload);
    if (!signer)
        return fail(signer.error().context(tr("The review note on %1").arg(commit.toShortHex())));
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    ReviewNote note;
    auto reviewer = PublicKey::fromDid(body.value(QStringLiteral("reviewer")).toString());
    if (!reviewer || *reviewer != *signer)
        return fail(Error::crypto(
            tr("The review note on %1 names another reviewer than its signer.").arg(commit.toShortHex())));
    if (body.value(QStringLiteral("commit")).toString() != commit.toHex())
        return fail(Error::crypto(tr("The review note on %1 is about another commit.").arg(commit.toShortHex())));
    const QString verdict = body.value(QStringLiteral("verdict")).toString();
    if (verdict != verdictKey(Verdict::Accept) && verdict != verdictKey(Verdict::Reject))
        return fail(Error::protocol(tr("The review note on %1 has no verdict.").arg(commit.toShortHex())));
    note.commit = commit;
    note.verdict = verdict == verdictKey(Verdict::Accept) ? Verdict::Accept : Verdict::Reject;
    note.comment = body.value(QStringLiteral("comment")).toString();
    note.reviewer = *reviewer;
    note.time = QDateTime::fromSecsSinceEpoch(qint64(body.value(QStringLiteral("time")).toDouble()), Qt::UTC);
    return note;
}

} // namespace cp
