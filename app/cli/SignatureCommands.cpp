// The signature commands: allowed-signers and verify.
#include "app/cli/CommandRegistry.h"
#include "app/cli/Invocation.h"
#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/RevParse.h"
#include "core/wiki/AllowedSigners.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/Commons.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cp::cli {

namespace {

void runAllowedSigners(Invocation& inv)
{
    auto commons = Commons::open(inv.argument(0));
    if (!commons)
        return inv.fail(commons.error());
    // This profile's own key belongs in it too, even before it has signed anything here.
    inv.withIdentity([&inv, commons = std::shared_ptr<Commons>(std::move(*commons))](ProfileIdentity& identity) {
        auto text = AllowedSigners::forRepository(commons->repository(), {identity.publicKey()});
        if (!text)
            return inv.fail(text.error());
        inv.write(text->toUtf8());
        inv.succeed();
    });
}

QJsonValue didOrNull(const std::optional<PublicKey>& key)
{
    return key ? QJsonValue(key->did()) : QJsonValue(QJsonValue::Null);
}

void runVerify(Invocation& inv)
{
    auto commons = Commons::open(inv.argument(0));
    if (!commons)
        return inv.fail(commons.error());
    git::Repository& repo = (*commons)->repository();
    const QString spec = inv.arguments().size() > 1 ? inv.argument(1) : QStringLiteral("HEAD");
    auto oid = git::RevParse::commit(repo, spec);
    if (!oid)
        return inv.fail(oid.error());
    auto commit = repo.lookupCommit(*oid);
    if (!commit)
        return inv.fail(commit.error());
    CommitVerifier verifier(repo);
    auto verdict = verifier.verify(*commit);
    if (!verdict)
        return inv.fail(verdict.error());
    const git::Signature author = commit->author();
    const bool signerKnown = !verdict->signer.isNull();

    if (inv.json()) {
        inv.printJson(QJsonObject{
            {QStringLiteral("commit"), oid->toHex()},
            {QStringLiteral("state"), CommitVerification::stateKey(verdict->state)},
            {QStringLiteral("signer"), signerKnown ? QJsonValue(verdict->signer.did()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reason"), verdict->reason},
            {QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), author.name},
                                                   {QStringLiteral("email"), author.email},
                                                   {QStringLiteral("key"), didOrNull(verdict->authorKey)}}},
            {QStringLiteral("signedByAuthor"), verdict->isSignedByAuthor()},
        });
    } else {
        inv.print(QCoreApplication::translate("cp::cli", "%1 %2: %3")
                      .arg(oid->toShortHex(), CommitVerification::stateKey(verdict->state), verdict->describe()));
        inv.print(QCoreApplication::translate("cp::cli", "Author: %1 <%2>").arg(author.name, author.email));
        if (verdict->isVerified() && !verdict->isSignedByAuthor())
            inv.print(QCoreApplication::translate("cp::cli", "Note: the author field does not name the signer; the "
                                                             "commit was made and signed by %1.")
                          .arg(verdict->signer.did()));
    }
    inv.finish(verdict->isVerified() ? 0 : 1);
}

Command allowedSignersCommand()
{
    return {QStringLiteral("allowed-signers"),
            QStringLiteral("DIR"),
            QT_TRANSLATE_NOOP("cp::cli", "Print an allowed-signers file with which stock git checks a commons"),
            QT_TRANSLATE_NOOP("cp::cli",
                              "One line per key that signed a commit anywhere in the commons (my view, every "
                              "peer's view, reviews), and this profile's own key; the principal is the peer id. "
                              "Then: git -c gpg.format=ssh -c gpg.ssh.allowedSignersFile=FILE verify-commit HEAD"),
            {},
            1,
            1,
            runAllowedSigners};
}

Command verifyCommand()
{
    return {QStringLiteral("verify"),
            QStringLiteral("DIR [REV]"),
            QT_TRANSLATE_NOOP("cp::cli", "Check the signature of a commit (default: the latest on main)"),
            QT_TRANSLATE_NOOP("cp::cli",
                              "REV is anything git understands: a commit id or its start, a branch, HEAD~2. Prints "
                              "verified (with the signer's peer id), unsigned, or bad (with the reason). Exits with 0 "
                              "only when verified, 1 when unsigned or bad. With --json, prints {\"commit\", "
                              "\"state\", \"signer\", \"reason\", \"author\", \"signedByAuthor\"}."),
            {},
            1,
            2,
            runVerify};
}

const CommandRegistration registration{allowedSignersCommand(), verifyCommand()};

} // namespace

} // namespace cp::cli
