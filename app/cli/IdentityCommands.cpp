// The identity commands: id, identity export, identity import.
#include "app/cli/CommandRegistry.h"
#include "app/cli/Invocation.h"
#include "app/cli/Passphrase.h"
#include "core/crypto/OpenSshKey.h"
#include "core/crypto/SealedIdentity.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace cp::cli {

namespace {

QString backendName(KeyStore::Backend backend)
{
    switch (backend) {
    case KeyStore::Backend::Keychain:
        return QStringLiteral("keychain");
    case KeyStore::Backend::File:
        return QStringLiteral("file");
    case KeyStore::Backend::None:
        break;
    }
    return QStringLiteral("none");
}

void runId(Invocation& inv)
{
    inv.withIdentity([&inv](ProfileIdentity& identity) {
        const PublicKey key = identity.publicKey();
        if (!inv.json()) {
            inv.print(key.did());
            return inv.succeed();
        }
        const KeyStore& store = identity.keyStore();
        QJsonObject o{{QStringLiteral("id"), key.did()},
                      {QStringLiteral("pid"), key.pid()},
                      {QStringLiteral("shortId"), key.shortId()},
                      {QStringLiteral("name"), inv.authorName()},
                      {QStringLiteral("publicKey"), OpenSshKey::publicKeyLine(key)},
                      {QStringLiteral("storage"), backendName(store.backend())},
                      {QStringLiteral("created"), store.createdIdentity()}};
        if (store.usesFileFallback())
            o.insert(QStringLiteral("keyFile"), store.keyFilePath());
        inv.printJson(o);
        inv.succeed();
    });
}

Status writeExport(const QString& path, const QByteArray& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            Error::io(QCoreApplication::translate("cp::cli", "Cannot write %1: %2.").arg(path, file.errorString())));
    // Sealed, but still nobody else's business.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(text);
    if (!file.commit())
        return fail(
            Error::io(QCoreApplication::translate("cp::cli", "Cannot write %1: %2.").arg(path, file.errorString())));
    return {};
}

void runExport(Invocation& inv, const QString& path)
{
    if (QFileInfo::exists(path))
        return inv.fail(Error::conflict(
            QCoreApplication::translate("cp::cli", "%1 already exists; choose a new file name for the export.")
                .arg(path)));
    inv.withIdentity([&inv, path](ProfileIdentity& identity) {
        auto passphrase = Passphrase::read(
            inv, QCoreApplication::translate("cp::cli", "Passphrase to protect the exported identity: "), true);
        if (!passphrase)
            return inv.fail(passphrase.error());
        auto sealed = SealedIdentity::seal(*identity.identity(), *passphrase);
        Passphrase::wipe(*passphrase);
        if (!sealed)
            return inv.fail(sealed.error());
        if (auto written = writeExport(path, *sealed); !written)
            return inv.fail(written.error());
        const QString did = identity.publicKey().did();
        if (inv.json())
            inv.printJson(QJsonObject{{QStringLiteral("id"), did}, {QStringLiteral("file"), path}});
        else
            inv.print(QCoreApplication::translate("cp::cli", "Exported the identity %1 to %2. Keep the file and its "
                                                             "passphrase in different places.")
                          .arg(did, path));
        inv.succeed();
    });
}

void reportImport(Invocation& inv, const PublicKey& key, bool changed)
{
    if (inv.json())
        inv.printJson(QJsonObject{{QStringLiteral("id"), key.did()}, {QStringLiteral("changed"), changed}});
    else if (changed)
        inv.print(QCoreApplication::translate("cp::cli", "This profile now signs as %1.").arg(key.did()));
    else
        inv.print(
            QCoreApplication::translate("cp::cli", "This profile already is %1; nothing changed.").arg(key.did()));
    inv.succeed();
}

void runImport(Invocation& inv, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inv.fail(
            Error::io(QCoreApplication::translate("cp::cli", "Cannot read %1: %2.").arg(path, file.errorString())));
    const QByteArray text = file.read(64 * 1024);
    auto whose = SealedIdentity::peek(text);
    if (!whose)
        return inv.fail(whose.error().context(path));
    auto passphrase = Passphrase::read(
        inv, QCoreApplication::translate("cp::cli", "Passphrase of the exported identity %1: ").arg(whose->did()),
        false);
    if (!passphrase)
        return inv.fail(passphrase.error());
    auto opened = SealedIdentity::open(text, *passphrase);
    Passphrase::wipe(*passphrase);
    if (!opened)
        return inv.fail(opened.error());
    // Move-only: shared so that the callbacks below can hold it.
    auto imported = std::make_shared<Identity>(std::move(*opened));

    inv.withIdentity([&inv, imported](ProfileIdentity& identity) {
        const PublicKey incoming = imported->publicKey();
        const PublicKey current = identity.publicKey();
        if (current == incoming)
            return reportImport(inv, incoming, false);
        if (!identity.keyStore().createdIdentity() && !inv.isSet(QStringLiteral("replace")))
            return inv.fail(Error::conflict(
                QCoreApplication::translate("cp::cli",
                                            "This profile already has the identity %1. Importing %2 would replace it, "
                                            "and %1 would be lost unless you exported it. Export it first if you may "
                                            "need it, then run again with --replace.")
                    .arg(current.did(), incoming.did())));
        KeyStore& store = identity.keyStore();
        QObject::connect(&store, &KeyStore::ready, &store, [&inv, incoming] { reportImport(inv, incoming, true); });
        QObject::connect(&store, &KeyStore::failed, &store, [&inv](const Error& error) { inv.fail(error); });
        store.replace(std::move(*imported));
    });
}

void runIdentity(Invocation& inv)
{
    const QString action = inv.argument(0);
    const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(inv.argument(1)));
    if (action == QStringLiteral("export"))
        return runExport(inv, path);
    if (action == QStringLiteral("import"))
        return runImport(inv, path);
    inv.usageError(
        QCoreApplication::translate("cp::cli", "identity takes “export” or “import”, not “%1”.").arg(action));
}

Command idCommand()
{
    return {QStringLiteral("id"),
            QString(),
            QT_TRANSLATE_NOOP("cp::cli", "Print this profile's peer id, creating the identity on first use"),
            QT_TRANSLATE_NOOP("cp::cli",
                              "The peer id is a did:key made from this profile's Ed25519 key; every commit the "
                              "profile makes is signed with that key. With --json, prints {\"id\", \"pid\", "
                              "\"shortId\", \"name\", \"publicKey\" (OpenSSH), \"storage\" (keychain or file), "
                              "\"created\", \"keyFile\"}."),
            {},
            0,
            0,
            runId};
}

Command identityCommand()
{
    return {QStringLiteral("identity"),
            QStringLiteral("(export | import) FILE [--passphrase-file F] [--replace]"),
            QT_TRANSLATE_NOOP("cp::cli", "Move this profile's identity to another machine, sealed with a passphrase"),
            QT_TRANSLATE_NOOP("cp::cli",
                              "export writes the identity to a new FILE sealed with a passphrase (argon2id and "
                              "XSalsa20-Poly1305); import makes FILE's identity this profile's. The passphrase is "
                              "read from --passphrase-file, else from the environment variable "
                              "COMMONPLACE_PASSPHRASE, else typed on the terminal without echo; never from the "
                              "command line. A wrong passphrase changes nothing and exits with 1."),
            {{{QString::fromLatin1(Passphrase::OptionName)},
              QT_TRANSLATE_NOOP("cp::cli", "Read the passphrase from the first line of F"),
              QStringLiteral("F")},
             {{QStringLiteral("replace")},
              QT_TRANSLATE_NOOP("cp::cli", "import: replace the identity this profile already has"),
              {}}},
            2,
            2,
            runIdentity};
}

const CommandRegistration registration{idCommand(), identityCommand()};

} // namespace

} // namespace cp::cli
