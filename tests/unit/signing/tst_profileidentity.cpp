#include "core/crypto/SshSignature.h"
#include "core/git/Repository.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageName.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/PeerEmail.h"
#include "core/wiki/ProfileIdentity.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::ProfileIdentity;

namespace {

// Waits for ready() or failed(); true if it became ready.
bool load(ProfileIdentity& identity)
{
    QSignalSpy ready(&identity, &ProfileIdentity::ready);
    QSignalSpy failed(&identity, &ProfileIdentity::failed);
    identity.load();
    if (!ready.isEmpty() || !failed.isEmpty())
        return false; // must answer from the event loop, never inside load()
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000))
        return false;
    return failed.isEmpty() && ready.count() == 1;
}

} // namespace

class TestProfileIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    cp::Profile profile(const QString& name)
    {
        auto opened = cp::Profile::open(m_dir.path() + u'/' + name);
        return std::move(opened.value());
    }

private slots:
    void givesAuthorAndSignerOnceLoaded()
    {
        cp::Profile ada = profile(u"ada"_s);
        ada.setAuthorName(u"Ада"_s);
        ProfileIdentity identity(ada);
        QVERIFY(!identity.isReady());
        QVERIFY(!identity.signer());
        QVERIFY(identity.publicKey().isNull());
        QVERIFY(load(identity));
        QVERIFY(identity.isReady());
        const cp::PublicKey key = identity.publicKey();
        QVERIFY(!key.isNull());
        QCOMPARE(identity.identity()->publicKey(), key);

        QCOMPARE(identity.author().name, u"Ада"_s);
        QCOMPARE(identity.author().email, key.did());
        QCOMPARE(identity.author(u"Ada L."_s).name, u"Ada L."_s);
        QCOMPARE(cp::PeerEmail::keyIn(identity.author().email), std::optional(key));

        const cp::CommitSigner signer = identity.signer();
        QVERIFY(signer);
        const QByteArray content = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nx\n";
        QCOMPARE(cp::SshSignature::verify(signer(content).value(), content).value(), key);
    }

    void commonsCommitsAreSignedAfterApply()
    {
        cp::Profile ada = profile(u"apply"_s);
        ada.setAuthorName(u"Ada"_s);
        ProfileIdentity identity(ada);
        QVERIFY(load(identity));
        auto commons =
            cp::Commons::create(m_dir.path() + u"/commons"_s, {u"Circle"_s, {}}, identity.author(), identity.signer());
        QVERIFY(commons);
        auto reopened = cp::Commons::open((*commons)->path());
        QVERIFY(reopened);
        identity.apply(**reopened);
        QCOMPARE((*reopened)->author().email, identity.publicKey().did());
        auto saved = (*reopened)->pages().save(cp::PageName::fromTitle(u"Notes"_s).value(), u"hello\n"_s, {});
        QVERIFY(saved);

        cp::CommitVerifier verifier((*reopened)->repository());
        for (const QString& hex : {(*reopened)->id(), *saved}) {
            auto verdict = verifier.verify(cp::git::Oid::fromHex(hex).value());
            QVERIFY(verdict);
            QCOMPARE(verdict->state, cp::CommitVerification::State::Verified);
            QCOMPARE(verdict->signer, identity.publicKey());
            QVERIFY(verdict->isSignedByAuthor());
        }
    }

    void sameProfileSameKeyOtherProfileOtherKey()
    {
        cp::Profile first = profile(u"stable"_s);
        ProfileIdentity one(first);
        QVERIFY(load(one));
        QVERIFY(one.keyStore().createdIdentity());
        ProfileIdentity again(profile(u"stable"_s));
        QVERIFY(load(again));
        QVERIFY(!again.keyStore().createdIdentity());
        QCOMPARE(again.publicKey(), one.publicKey());

        ProfileIdentity other(profile(u"other"_s));
        QVERIFY(load(other));
        QVERIFY(other.publicKey() != one.publicKey());

        // Loading again answers again, with the same key.
        QVERIFY(load(one));
        QCOMPARE(again.publicKey(), one.publicKey());
    }

    void fallbackNoticeIsGivenOncePerProfile()
    {
        ProfileIdentity identity(profile(u"notice"_s));
        QVERIFY(load(identity));
        // No keychain in the test environment: the key went to the profile's file.
        QVERIFY(identity.keyStore().usesFileFallback());
        const QString notice = identity.takeFallbackNotice();
        QVERIFY(!notice.isEmpty());
        QVERIFY2(notice.contains(identity.keyStore().keyFilePath()), qPrintable(notice));
        QVERIFY(identity.takeFallbackNotice().isEmpty());

        ProfileIdentity later(profile(u"notice"_s));
        QVERIFY(load(later));
        QVERIFY(later.takeFallbackNotice().isEmpty());
    }

    void damagedKeyFileFails()
    {
        cp::Profile broken = profile(u"broken"_s);
        QFile key(broken.path() + u"/identity.key"_s);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("not a key\n");
        key.close();
        ProfileIdentity identity(broken);
        QSignalSpy failed(&identity, &ProfileIdentity::failed);
        identity.load();
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().value<cp::Error>().message.isEmpty());
        QVERIFY(!identity.isReady());
        QVERIFY(!identity.signer());
        QVERIFY(identity.author().email.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileIdentity)
#include "tst_profileidentity.moc"
