#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QObject>
#include <QString>
#include <memory>

namespace cp {

// One read or write of a secret in the system keychain (QtKeychain), run on a
// process-wide "keychain" thread. QtKeychain's D-Bus backends connect to the
// session bus synchronously, which can hang for a long time on a bus that does
// not answer; on that thread it hangs nobody else, so the caller's timer still
// fires and the caller moves on. Used by KeyStore; not a public API.
//
// Make a call, connect to answered(), then start(). The call deletes itself once
// it has answered; one that never answers is left on the keychain thread.
class KeychainCall : public QObject
{
    Q_OBJECT

public:
    enum Outcome {
        Ok,
        NotFound,   // read: the keychain has no such entry
        Unavailable // no keychain, access denied, or any other failure
    };
    Q_ENUM(Outcome)

    [[nodiscard]] static KeychainCall* read(const QString& service, const QString& key);
    [[nodiscard]] static KeychainCall* write(const QString& service, const QString& key, const SecureBuffer& secret);

    void start();

signals:
    // `secret` holds what a successful read found, else it is empty.
    void answered(cp::KeychainCall::Outcome outcome, const QString& problem,
                  std::shared_ptr<const cp::SecureBuffer> secret);

private:
    KeychainCall(bool write, QString service, QString key, SecureBuffer secret);
    void run();

    bool m_write;
    QString m_service;
    QString m_key;
    SecureBuffer m_secret;
};

} // namespace cp
