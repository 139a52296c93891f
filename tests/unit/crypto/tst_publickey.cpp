#include "core/crypto/Base58.h"
#include "core/crypto/Identity.h"
#include "core/crypto/PublicKey.h"

#include <QSet>
#include <QTest>

using cp::PublicKey;

class TestPublicKey : public QObject
{
    Q_OBJECT
private slots:
    // The did:key specification's Ed25519 example and its JWK "x".
    void specExample()
    {
        const QString did = QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
        const QByteArray x =
            QByteArray::fromBase64("Lm_M42cB3HkUiODQsXRcweM6TByfzEHGO9ND274JcOY", QByteArray::Base64UrlEncoding);
        auto parsed = PublicKey::fromDid(did);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->bytes(), x);

        auto fromBytes = PublicKey::fromBytes(x);
        QVERIFY(fromBytes);
        QCOMPARE(fromBytes->did(), did);
        QCOMPARE(fromBytes->pid(), QStringLiteral("z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"));
        QCOMPARE(fromBytes->shortId(), QStringLiteral("EGta2doK"));
    }

    // did:key documents list the same key in base58 (publicKeyBase58): both encodings must agree.
    void publishedDocuments_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("base58");
        QTest::newRow("acapy z6Mkgg") << QStringLiteral("did:key:z6Mkgg342Ycpuk263R9d8Aq6MUaxPn1DDeHyGo38EefXmgDL")
                                      << QStringLiteral("3Dn1SJNPaCXcvvJvSbsFWP2xaCjMom3can8CQNhWrTRx");
        QTest::newRow("acapy z6MkmjY8") << QStringLiteral("did:key:z6MkmjY8GnV5i9YTDtPETC2uUAW6ejw3nk5mXF5yci5ab7th")
                                        << QStringLiteral("8HH5gYEeNc3z7PYXmd54d4x6qAfCNrqQqEB3nS7Zfu7K");
        QTest::newRow("z6MkvePy") << QStringLiteral("did:key:z6MkvePyWAApUVeDboZhNbckaWHnqtD6pCETd6xoqGbcpEBV")
                                  << QStringLiteral("HC8vuuvP8x9kVJizh2eujQjo2JwFQJz6w63szzdbu1Q7");
    }
    void publishedDocuments()
    {
        QFETCH(QString, did);
        QFETCH(QString, base58);
        auto key = PublicKey::fromDid(did);
        QVERIFY(key);
        QCOMPARE(cp::base58::encode(key->bytes()), base58);
        auto raw = cp::base58::decode(base58);
        QVERIFY(raw);
        QCOMPARE(PublicKey::fromBytes(*raw)->did(), did);
    }

    void roundTripsEveryForm()
    {
        QSet<PublicKey> seen;
        for (int i = 0; i < 200; ++i) {
            const PublicKey key = cp::Identity::generate().publicKey();
            QVERIFY(!key.isNull());
            QVERIFY(key.did().startsWith(QStringLiteral("did:key:z6Mk")));
            QCOMPARE(key.did(), QStringLiteral("did:key:") + key.pid());
            QCOMPARE(PublicKey::fromDid(key.did()).value(), key);
            QCOMPARE(PublicKey::fromPid(key.pid()).value(), key);
            QCOMPARE(PublicKey::fromText(QString(u"  " + key.did() + u"\n")).value(), key);
            QCOMPARE(PublicKey::fromText(key.pid()).value(), key);
            QCOMPARE(key.shortId(), key.pid().right(8));
            QCOMPARE(key.shortId().size(), 8);
            seen.insert(key);
        }
        QCOMPARE(seen.size(), 200);
    }

    void base58KeepsLeadingZeros()
    {
        const QByteArray bytes("\0\0\x01\xff", 4);
        QCOMPARE(cp::base58::encode(bytes), QStringLiteral("119p")); // 0x01ff = 8 * 58 + 47
        QCOMPARE(cp::base58::decode(u"119p").value(), bytes);
        QCOMPARE(cp::base58::encode({}), QString());
        QCOMPARE(cp::base58::decode(u"").value(), QByteArray());
    }

    void refusesBadIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("other method") << QStringLiteral("did:web:example.com") << QStringLiteral("did:key:z6Mk");
        QTest::newRow("nothing after prefix") << QStringLiteral("did:key:") << QStringLiteral("empty");
        QTest::newRow("not base58btc") << QStringLiteral("did:key:u6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
                                       << QStringLiteral("base58btc");
        QTest::newRow("bad character") << QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2d0K")
                                       << QStringLiteral("“0” is not a base58 character");
        QTest::newRow("cut short") << QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2do")
                                   << QStringLiteral("cut short");
        QTest::newRow("extra characters")
            << QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doKK") << QStringLiteral("has 49");
        QTest::newRow("huge paste") << QStringLiteral("z6Mk") + QString(1 << 20, u'a') << QStringLiteral("extra");
        QTest::newRow("secp256k1") << QStringLiteral("did:key:zQ3shQo6TF2moaqMTrUZEM1jeuYRQXeHEx4evX9751y2qPqRA")
                                   << QStringLiteral("not an Ed25519 key");
    }
    void refusesBadIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, complaint);
        auto key = PublicKey::fromText(text);
        QVERIFY(!key);
        QVERIFY2(key.error().message.contains(complaint), qPrintable(key.error().message));
        QCOMPARE(key.error().kind, cp::Error::Kind::User);
    }

    void refusesWrongLength()
    {
        QVERIFY(!PublicKey::fromBytes(QByteArray(31, 'a')));
        QVERIFY(!PublicKey::fromBytes(QByteArray(33, 'a')));
        QCOMPARE(PublicKey::fromBytes(QByteArray(32, 'a'))->bytes(), QByteArray(32, 'a'));
        QVERIFY(PublicKey().isNull());
    }

    // RFC 8032, section 7.1, test 1.
    void verifiesRawSignatures()
    {
        const auto key = PublicKey::fromBytes(
            QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QByteArray signature = QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb"
                                                   "8821590a33bacc61e39701cf9b46bd25bf5f0595bbe"
                                                   "24655141438e7a100b");
        QVERIFY(key->verify({}, signature));
        QVERIFY(!key->verify("x", signature));
        QVERIFY(!key->verify({}, signature.left(63)));
        signature[10] = char(signature[10] ^ 0x20);
        QVERIFY(!key->verify({}, signature));
    }
};

QTEST_GUILESS_MAIN(TestPublicKey)
#include "tst_publickey.moc"
