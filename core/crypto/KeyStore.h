#pragma once

#include "core/Error.h"
#include "core/crypto/Identity.h"
#include "core/crypto/KeychainCall.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <cstdint>
#include <memory>

namespace cp {

// Keeps this profile's identity: in the system keychain through QtKeychain
// (service "Commonplace", one entry per profile path so that --profile keeps
// identities apart), or, when no keychain answers, in <profile>/identity.key
// (mode 0600, see KeyFile).
//
// Never blocks: loadOrCreate() returns at once and later emits ready() or
// failed(), always from the event loop, never from inside the call. The keychain
// is asked on a thread of its own (KeychainCall), and one that has not answered
// within keychainTimeout() (2 s) counts as absent. The order is:
//   1. <profile>/identity.key exists: use it (once on the file, a profile stays there);
//   2. else ask the keychain: an entry is the identity; no entry creates one there;
//   3. no keychain answers: create the identity in the file (the file fallback),
//      unless the profile remembers (identity.keychain) that its identity lives in
//      the keychain: then fail with a message to unlock it, rather than silently
//      becoming someone else.
// With the file fallback, takeFallbackNotice() returns a message for the person
// once per profile (remembered in identity.notice-given).
class KeyStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { None, Keychain, File };
    Q_ENUM(Backend)

    static constexpr std::chrono::milliseconds DefaultKeychainTimeout{2000};

    explicit KeyStore(const QString& profilePath, QObject* parent = nullptr);
    ~KeyStore() override;

    // How long the keychain may take to answer before it counts as absent.
    void setKeychainTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds keychainTimeout() const { return m_timeout; }
    // false: use only the file (e.g. a headless server asked not to touch keychains).
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }

    // Loads this profile's identity, creating it on first run; then ready() or failed().
    void loadOrCreate();
    // Keeps `identity` (an imported one) in place of the current one, in the same
    // place the current one is kept; then ready() or failed().
    void replace(Identity identity);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The identity after ready(), else null.
    [[nodiscard]] std::shared_ptr<const Identity> identity() const { return m_identity; }
    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] bool usesFileFallback() const { return m_backend == Backend::File; }
    // True when the last loadOrCreate() made a new identity (first run).
    [[nodiscard]] bool createdIdentity() const { return m_created; }
    // Why the keychain was not used ("did not answer within 2 s", its own error), or empty.
    [[nodiscard]] QString keychainProblem() const { return m_problem; }

    // The fallback notice the first time it is asked for in this profile while the
    // identity is kept in the file; empty otherwise. Show what it returns.
    [[nodiscard]] QString takeFallbackNotice();
    // The notice's text, for showing again on request (settings, `id --json`).
    [[nodiscard]] QString fallbackNotice() const;

    [[nodiscard]] QString keyFilePath() const;
    [[nodiscard]] QString keychainKey() const;
    [[nodiscard]] static QString keychainService();

signals:
    void ready();
    void failed(const cp::Error& error);

private:
    void start();
    void askKeychain();
    void storeInKeychain(std::shared_ptr<const Identity> identity);
    void watch(KeychainCall* call, bool reading);
    void onKeychainRead(KeychainCall::Outcome outcome, const QString& problem, const SecureBuffer& secret);
    void onKeychainWritten(KeychainCall::Outcome outcome, const QString& problem);
    void onKeychainSilent();
    void onKeychainAbsent();
    void useFile(std::shared_ptr<const Identity> identity);
    void finish(std::shared_ptr<const Identity> identity, Backend backend);
    void finishWithError(const Error& error);
    [[nodiscard]] bool keychainRemembered() const;
    void rememberKeychain() const;
    [[nodiscard]] QString profileFile(const QString& name) const;

    QString m_profilePath;
    std::chrono::milliseconds m_timeout = DefaultKeychainTimeout;
    bool m_keychainEnabled = true;
    bool m_busy = false;
    bool m_created = false;
    Backend m_backend = Backend::None;
    QString m_problem;
    std::shared_ptr<const Identity> m_identity;
    // What is waiting to be written (a new or imported identity).
    std::shared_ptr<const Identity> m_pending;
    // The keychain request being waited for; 0 when none. An answer or a timeout
    // for any other number is stale and ignored.
    std::uint64_t m_request = 0;
    std::uint64_t m_requests = 0;
};

} // namespace cp
