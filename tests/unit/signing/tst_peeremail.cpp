#include "core/crypto/Identity.h"
#include "core/wiki/PeerEmail.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cp::PeerEmail;

class TestPeerEmail : public QObject
{
    Q_OBJECT
private slots:
    void emailIsTheDid()
    {
        const cp::Identity ada = cp::Identity::generate();
        const QString email = PeerEmail::forKey(ada.publicKey());
        QCOMPARE(email, ada.did());
        QVERIFY(!email.contains(u'<') && !email.contains(u'>') && !email.contains(u'\n'));
        QCOMPARE(PeerEmail::keyIn(email), std::optional(ada.publicKey()));
        QCOMPARE(PeerEmail::keyIn(QString(u"  "_s + email + u" "_s)), std::optional(ada.publicKey()));
    }

    void addressFormNamesThePeerToo()
    {
        const cp::Identity ada = cp::Identity::generate();
        QCOMPARE(PeerEmail::keyIn(QString(ada.publicKey().pid() + u"@commonplace"_s)), std::optional(ada.publicKey()));
        QCOMPARE(PeerEmail::keyIn(QString(ada.publicKey().pid() + u"@Commonplace"_s)), std::optional(ada.publicKey()));
    }

    void otherEmailsNameNoPeer_data()
    {
        QTest::addColumn<QString>("email");
        const QString pid = cp::Identity::generate().publicKey().pid();
        QTest::newRow("empty") << QString();
        QTest::newRow("ordinary") << u"ada@example.org"_s;
        QTest::newRow("placeholder") << u"anonymous@commonplace.invalid"_s;
        QTest::newRow("pid alone") << pid;
        QTest::newRow("pid at another domain") << pid + u"@example.org"_s;
        QTest::newRow("did cut short") << u"did:key:"_s + pid.chopped(3);
        QTest::newRow("did with junk") << u"did:key:"_s + pid + u"x"_s;
        QTest::newRow("at nothing") << u"@commonplace"_s;
        QTest::newRow("all-zero key") << PeerEmail::forKey(cp::PublicKey());
    }

    void otherEmailsNameNoPeer()
    {
        QFETCH(QString, email);
        QVERIFY(!PeerEmail::keyIn(email));
    }
};

QTEST_GUILESS_MAIN(TestPeerEmail)
#include "tst_peeremail.moc"
