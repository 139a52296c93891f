#include "core/crypto/KeyStore.h"

#include "core/crypto/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace cp {

namespace {

const QString kKeyFile = QStringLiteral("identity.key");
const QString kKeychainMarker = QStringLiteral("identity.keychain");
const QString kNoticeMarker = QStringLiteral("identity.notice-given");

} // namespace

KeyStore::KeyStore(const QString& profilePath, QObject* parent)
    : QObject(parent), m_profilePath(QFileInfo(profilePath).absoluteFilePath())
{
}

// Keychain jobs still running are children of this object and die with it.
KeyStore::~KeyStore() = default;

QString KeyStore::keychainService()
{
    return QStringLiteral("Commonplace");
}

QString KeyStore::keychainKey() const
{
    const QString canonical = QFileInfo(m_profilePath).canonicalFilePath();
    return QStringLiteral("identity:") + (canonical.isEmpty() ? m_profilePath : canonical);
}

QString KeyStore::keyFilePath() const
{
    return profileFile(kKeyFile);
}

QString KeyStore::profileFile(const QString& name) const
{
    return m_profilePath + u'/' + name;
}

void KeyStore::loadOrCreate()
{
    if (m_busy)
        return;
    m_busy = true;
    m_created = false;
    m_problem.clear();
    m_pending.reset();
    QMetaObject::invokeMethod(this, &KeyStore::start, Qt::QueuedConnection);
}

void KeyStore::replace(Identity identity)
{
    if (m_busy) {
        QMetaObject::invokeMethod(
            this, [this] { emit failed(Error::conflict(tr("The identity is being loaded; try again in a moment."))); },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    m_created = false;
    m_problem.clear();
    m_pending = std::make_shared<const Identity>(std::move(identity));
    const bool keychain = m_keychainEnabled && !QFileInfo::exists(keyFilePath());
    QMetaObject::invokeMethod(
        this, [this, keychain] { keychain ? storeInKeychain(m_pending) : useFile(m_pending); }, Qt::QueuedConnection);
}

void KeyStore::start()
{
    if (QFileInfo::exists(keyFilePath())) {
        auto identity = KeyFile::read(keyFilePath());
        if (!identity)
            return finishWithError(identity.error());
        return finish(std::make_shared<const Identity>(std::move(*identity)), Backend::File);
    }
    if (!m_keychainEnabled) {
        m_problem = tr("the keychain is turned off for this profile");
        return onKeychainAbsent();
    }
    askKeychain();
}

void KeyStore::watch(KeychainCall* call, bool reading)
{
    const std::uint64_t request = m_request = ++m_requests;
    connect(call, &KeychainCall::answered, this,
            [this, request, reading](KeychainCall::Outcome outcome, const QString& problem,
                                     const std::shared_ptr<const SecureBuffer>& secret) {
                if (request != m_request)
                    return; // answered after it counted as absent
                m_request = 0;
                if (reading)
                    onKeychainRead(outcome, problem, *secret);
                else
                    onKeychainWritten(outcome, problem);
            });
    QTimer::singleShot(m_timeout, this, [this, request] {
        if (request != m_request)
            return;
        m_request = 0;
        onKeychainSilent();
    });
    call->start();
}

void KeyStore::askKeychain()
{
    watch(KeychainCall::read(keychainService(), keychainKey()), true);
}

void KeyStore::storeInKeychain(std::shared_ptr<const Identity> identity)
{
    watch(KeychainCall::write(keychainService(), keychainKey(), identity->seed()), false);
}

void KeyStore::onKeychainRead(KeychainCall::Outcome outcome, const QString& problem, const SecureBuffer& secret)
{
    if (outcome == KeychainCall::Ok) {
        auto identity = Identity::fromSeed(secret.view());
        if (!identity)
            return finishWithError(Error::crypto(tr("The identity kept in the system keychain (entry “%1” of %2) is "
                                                    "damaged: %3")
                                                     .arg(keychainKey(), keychainService(), identity.error().message)));
        rememberKeychain();
        return finish(std::make_shared<const Identity>(std::move(*identity)), Backend::Keychain);
    }
    if (outcome == KeychainCall::NotFound) {
        if (keychainRemembered())
            return finishWithError(Error::notFound(
                tr("The system keychain no longer holds this profile's identity. Import your exported identity, or "
                   "delete %1 to start over with a new one.")
                    .arg(QDir::toNativeSeparators(profileFile(kKeychainMarker)))));
        m_pending = std::make_shared<const Identity>(Identity::generate());
        m_created = true;
        return storeInKeychain(m_pending);
    }
    m_problem = problem;
    onKeychainAbsent();
}

void KeyStore::onKeychainWritten(KeychainCall::Outcome outcome, const QString& problem)
{
    if (outcome == KeychainCall::Ok) {
        rememberKeychain();
        return finish(m_pending, Backend::Keychain);
    }
    m_problem = problem;
    onKeychainAbsent();
}

void KeyStore::onKeychainSilent()
{
    m_problem = tr("it did not answer within %1 s").arg(double(m_timeout.count()) / 1000.0);
    onKeychainAbsent();
}

void KeyStore::onKeychainAbsent()
{
    // A new or imported identity that the keychain would not take goes to the file.
    if (m_pending)
        return useFile(m_pending);
    if (keychainRemembered())
        return finishWithError(Error::io(tr("This profile's identity is kept in the system keychain, which could not "
                                            "be used (%1). Unlock the keychain or start its service, then try again.")
                                             .arg(m_problem)));
    m_pending = std::make_shared<const Identity>(Identity::generate());
    m_created = true;
    useFile(m_pending);
}

void KeyStore::useFile(std::shared_ptr<const Identity> identity)
{
    if (auto written = KeyFile::write(keyFilePath(), *identity); !written)
        return finishWithError(written.error());
    finish(std::move(identity), Backend::File);
}

void KeyStore::finish(std::shared_ptr<const Identity> identity, Backend backend)
{
    m_identity = std::move(identity);
    m_backend = backend;
    m_pending.reset();
    m_busy = false;
    emit ready();
}

void KeyStore::finishWithError(const Error& error)
{
    m_pending.reset();
    m_created = false;
    m_busy = false;
    emit failed(error);
}

bool KeyStore::keychainRemembered() const
{
    return QFileInfo::exists(profileFile(kKeychainMarker));
}

void KeyStore::rememberKeychain() const
{
    QFile marker(profileFile(kKeychainMarker));
    // Holds no secret: only a note that the keychain has this profile's identity.
    if (!marker.exists() && marker.open(QIODevice::WriteOnly))
        marker.write("The identity of this profile is kept in the system keychain.\n");
}

QString KeyStore::fallbackNotice() const
{
    return tr("No system keychain answered, so this profile's identity key is kept in the file %1, readable only by "
              "you. Anyone who can read that file can sign as you: keep it private, and keep an exported copy "
              "somewhere safe.")
        .arg(QDir::toNativeSeparators(keyFilePath()));
}

QString KeyStore::takeFallbackNotice()
{
    if (m_backend != Backend::File)
        return {};
    QFile marker(profileFile(kNoticeMarker));
    if (marker.exists())
        return {};
    if (marker.open(QIODevice::WriteOnly))
        marker.write("The person was told that the identity is kept in identity.key.\n");
    return fallbackNotice();
}

} // namespace cp
