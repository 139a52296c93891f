#pragma once

#include "core/Error.h"
#include "core/Profile.h"
#include "core/crypto/Identity.h"
#include "core/crypto/KeyStore.h"
#include "core/git/CommitSigner.h"
#include "core/wiki/Commons.h"

#include <QObject>
#include <QString>
#include <memory>

namespace cp {

// This profile's identity, ready for making commits: who they name as author
// and the signer that signs them. The GUI and the CLI both use it, so that every
// commit either makes is signed the same way:
//
//   auto* me = new ProfileIdentity(profile, this);
//   connect(me, &ProfileIdentity::ready, this, [=] {
//       if (QString notice = me->takeFallbackNotice(); !notice.isEmpty()) show(notice);
//       me->apply(commons);  // or Commons::create(dir, info, me->author(), me->signer())
//   });
//   connect(me, &ProfileIdentity::failed, this, [](const cp::Error& e) { … });
//   me->load();
//
// Loading never blocks (KeyStore: keychain with a 2 s limit, else the profile's
// key file) and ends with ready() or failed() from the event loop.
class ProfileIdentity : public QObject
{
    Q_OBJECT

public:
    explicit ProfileIdentity(const Profile& profile, QObject* parent = nullptr);
    ~ProfileIdentity() override;

    // Loads the identity, creating it on first run; then ready() or failed().
    // Calling it again after ready() answers again (ready() at once, queued).
    void load();
    [[nodiscard]] bool isReady() const { return m_identity != nullptr; }

    // After ready(); null before.
    [[nodiscard]] std::shared_ptr<const Identity> identity() const { return m_identity; }
    [[nodiscard]] PublicKey publicKey() const;
    // The author for commits: `name` (the profile's author name when empty) with
    // this peer's did as e-mail (PeerEmail).
    [[nodiscard]] Author author(const QString& name = {}) const;
    // Signs with this identity; empty (no signing) before ready().
    [[nodiscard]] CommitSigner signer() const;
    // commons.setAuthor(author(name)) and commons.setSigner(signer()).
    void apply(Commons& commons, const QString& name = {}) const;

    // The key store's notice that no keychain answered, once per profile; empty after.
    [[nodiscard]] QString takeFallbackNotice() { return m_store->takeFallbackNotice(); }
    // Where the key is kept, whether it was made just now, the file fallback's path…
    [[nodiscard]] KeyStore& keyStore() { return *m_store; }
    [[nodiscard]] const KeyStore& keyStore() const { return *m_store; }
    [[nodiscard]] const Profile& profile() const { return m_profile; }

signals:
    void ready();
    void failed(const cp::Error& error);

private:
    Profile m_profile;
    KeyStore* m_store; // a child
    std::shared_ptr<const Identity> m_identity;
};

} // namespace cp
