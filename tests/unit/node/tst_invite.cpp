#include "core/crypto/Identity.h"
#include "core/node/Invite.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cp::node::Invite;

class TestInvite : public QObject
{
    Q_OBJECT
private slots:
    void base32MatchesRfc4648()
    {
        // RFC 4648 test vectors, lower case, without padding.
        QCOMPARE(Invite::base32(""), u""_s);
        QCOMPARE(Invite::base32("f"), u"my"_s);
        QCOMPARE(Invite::base32("fo"), u"mzxq"_s);
        QCOMPARE(Invite::base32("foo"), u"mzxw6"_s);
        QCOMPARE(Invite::base32("foob"), u"mzxw6yq"_s);
        QCOMPARE(Invite::base32("fooba"), u"mzxw6ytb"_s);
        QCOMPARE(Invite::base32("foobar"), u"mzxw6ytboi"_s);
        QCOMPARE(*Invite::fromBase32(u"MZXW6YTBOI"), QByteArray("foobar"));
        QVERIFY(!Invite::fromBase32(u"mzxw6ytb0i")); // '0' is not in the alphabet
        QVERIFY(!Invite::fromBase32(u"m"));          // 5 bits: no whole byte
    }

    void roundTrip()
    {
        Invite invite;
        invite.commons = *cp::git::Oid::fromHex(QString(40, u'c'));
        invite.name = u"Кружок"_s;
        invite.networkKey = cp::SecureBuffer::fromBytes(QByteArray(32, '\x42'));
        invite.inviter = cp::Identity::fromSeed(QByteArray(32, '\x09'))->publicKey();
        invite.addresses = {u"192.168.1.2:47474"_s, u"[fe80::1]:47474"_s};
        const QString text = invite.toText();
        QVERIFY(text.startsWith(u"commonplace://invite/"_s));
        QVERIFY(!text.contains(u'='));
        auto back = Invite::parse(QString(u"  "_s + text + u"\n"_s));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->commons, invite.commons);
        QCOMPARE(back->name, invite.name);
        QVERIFY(back->networkKey == invite.networkKey);
        QCOMPARE(back->inviter, invite.inviter);
        QCOMPARE(back->addresses, invite.addresses);
        QVERIFY(back->inviterName.isEmpty()); // optional: older invites have none

        // The inviter's name travels too; control characters and excess length are dropped.
        invite.inviterName = u"Мира\u202e\u0007 Member"_s + QString(200, u'x');
        auto named = Invite::parse(invite.toText());
        QVERIFY(named);
        QVERIFY(named->inviterName.startsWith(u"Мира Member"_s));
        QVERIFY(named->inviterName.size() <= Invite::kMaxInviterName);
    }

    void refusesBadInvites()
    {
        QVERIFY(!Invite::parse(u"https://example.org"));
        QVERIFY(!Invite::parse(u"commonplace://invite/"));
        QVERIFY(!Invite::parse(u"commonplace://invite/mzxw6ytboi")); // not CBOR of an invite
        Invite invite;
        invite.commons = *cp::git::Oid::fromHex(QString(40, u'c'));
        invite.networkKey = cp::SecureBuffer::fromBytes(QByteArray(32, '\x42'));
        invite.inviter = cp::Identity::fromSeed(QByteArray(32, '\x09'))->publicKey();
        const QString text = invite.toText();
        QVERIFY(!Invite::parse(text.chopped(7)));
    }
};

QTEST_GUILESS_MAIN(TestInvite)
#include "tst_invite.moc"
