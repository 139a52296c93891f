#include "core/crypto/KeychainCall.h"

#include <QCoreApplication>
#include <QThread>
#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace cp {

namespace {

// Started on first use and never destroyed: a thread stuck inside a D-Bus call
// cannot be joined. When the application object goes, a thread that is not stuck
// is asked to stop and given a moment to do so.
QThread* keychainThread()
{
    static QThread* const thread = [] {
        auto* t = new QThread;
        t->setObjectName(QStringLiteral("keychain"));
        t->start();
        qAddPostRoutine([] {
            thread->quit();
            thread->wait(QDeadlineTimer(500));
        });
        return t;
    }();
    return thread;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
}

} // namespace

KeychainCall::KeychainCall(bool write, QString service, QString key, SecureBuffer secret)
    : m_write(write), m_service(std::move(service)), m_key(std::move(key)), m_secret(std::move(secret))
{
    moveToThread(keychainThread());
}

KeychainCall* KeychainCall::read(const QString& service, const QString& key)
{
    return new KeychainCall(false, service, key, {});
}

KeychainCall* KeychainCall::write(const QString& service, const QString& key, const SecureBuffer& secret)
{
    return new KeychainCall(true, service, key, secret.clone());
}

void KeychainCall::start()
{
    QMetaObject::invokeMethod(this, &KeychainCall::run, Qt::QueuedConnection);
}

void KeychainCall::run()
{
    QKeychain::Job* job = nullptr;
    if (m_write) {
        auto* writer = new QKeychain::WritePasswordJob(m_service, this);
        QByteArray data(m_secret.view().data(), m_secret.size());
        writer->setBinaryData(data);
        wipe(data);
        job = writer;
    } else {
        job = new QKeychain::ReadPasswordJob(m_service, this);
    }
    job->setKey(m_key);
    job->setAutoDelete(false); // a child of this call, gone with it
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        auto secret = std::make_shared<SecureBuffer>();
        Outcome outcome = Unavailable;
        if (done->error() == QKeychain::NoError) {
            outcome = Ok;
            if (!m_write) {
                QByteArray data = static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData();
                *secret = SecureBuffer::fromBytes(data);
                wipe(data);
            }
        } else if (done->error() == QKeychain::EntryNotFound) {
            outcome = NotFound;
        }
        const QString problem = outcome == Unavailable && done->errorString().isEmpty()
                                    ? QCoreApplication::translate("KeychainCall", "error %1").arg(int(done->error()))
                                    : done->errorString();
        emit answered(outcome, problem, std::move(secret));
        deleteLater();
    });
    job->start();
}

} // namespace cp
