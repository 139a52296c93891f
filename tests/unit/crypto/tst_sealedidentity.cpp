#include "core/crypto/Armor.h"
#include "core/crypto/Identity.h"
#include "core/crypto/SealedIdentity.h"

#include <QTest>

using cp::Identity;
using cp::SealedIdentity;

namespace {
const auto kFast = SealedIdentity::Strength::Interactive;
const QString kPassphrase = QStringLiteral("a long walk to Ægypt, 42");

QString messageOf(const cp::Result<Identity>& result)
{
    return result ? QStringLiteral("(opened)") : result.error().message;
}
} // namespace

class TestSealedIdentity : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const Identity identity = Identity::generate();
        auto sealed = SealedIdentity::seal(identity, kPassphrase, kFast);
        QVERIFY(sealed);
        QVERIFY(sealed->startsWith("-----BEGIN COMMONPLACE IDENTITY-----\n"));
        QVERIFY(sealed->trimmed().endsWith("-----END COMMONPLACE IDENTITY-----"));
        auto opened = SealedIdentity::open(*sealed, kPassphrase);
        QVERIFY2(opened, qPrintable(messageOf(opened)));
        QVERIFY(opened->secretKey() == identity.secretKey());
        QCOMPARE(SealedIdentity::peek(*sealed).value(), identity.publicKey());
        // Fresh salt and nonce every time.
        QVERIFY(SealedIdentity::seal(identity, kPassphrase, kFast).value() != *sealed);
    }

    void defaultStrengthRoundTrip()
    {
        const Identity identity = Identity::generate();
        auto sealed = SealedIdentity::seal(identity, kPassphrase);
        QVERIFY(sealed);
        QCOMPARE(SealedIdentity::open(*sealed, kPassphrase)->publicKey(), identity.publicKey());
    }

    void wrongPassphrase()
    {
        const Identity identity = Identity::generate();
        const QByteArray sealed = SealedIdentity::seal(identity, kPassphrase, kFast).value();
        auto opened = SealedIdentity::open(sealed, kPassphrase + u' ');
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, cp::Error::Kind::Crypto);
        QVERIFY2(opened.error().message.startsWith(QStringLiteral("Wrong passphrase")), qPrintable(messageOf(opened)));
        QVERIFY(!SealedIdentity::open(sealed, QStringLiteral("a long walk to Aegypt, 42")));
    }

    void refusesEmptyPassphrase()
    {
        auto sealed = SealedIdentity::seal(Identity::generate(), QString(), kFast);
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().kind, cp::Error::Kind::User);
    }

    void refusesDamagedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("complaint");
        const QByteArray sealed = SealedIdentity::seal(Identity::generate(), kPassphrase, kFast).value();
        const QList<QByteArray> lines = sealed.split('\n');

        QTest::newRow("nothing") << QByteArray() << QStringLiteral("does not start with");
        QTest::newRow("no END line") << sealed.left(sealed.indexOf("-----END")) << QStringLiteral("cut short");
        QTest::newRow("lines lost") << lines[0] + '\n' + lines[3] + '\n' + lines[4] + '\n'
                                    << QStringLiteral("incomplete or damaged");
        QByteArray binary = cp::armor::unwrap("COMMONPLACE IDENTITY", sealed, QStringLiteral("test")).value();
        QTest::newRow("bytes lost") << cp::armor::wrap("COMMONPLACE IDENTITY", binary.chopped(10))
                                    << QStringLiteral("incomplete or damaged");
        QByteArray newer = binary;
        newer[4] = 2;
        QTest::newRow("newer format") << cp::armor::wrap("COMMONPLACE IDENTITY", newer) << QStringLiteral("format 2");
        QByteArray greedy = binary;
        greedy[6] = 0x40; // opslimit in the billions
        QTest::newRow("absurd settings") << cp::armor::wrap("COMMONPLACE IDENTITY", greedy)
                                         << QStringLiteral("key-derivation settings");
        QByteArray flipped = sealed;
        const qsizetype inBox = sealed.indexOf("\n-----END") - 10;
        flipped[inBox] = flipped[inBox] == 'A' ? 'B' : 'A';
        QTest::newRow("garbled box") << flipped << QStringLiteral("altered");
        QByteArray notBase64 = sealed;
        notBase64[50] = '%';
        QTest::newRow("not base64") << notBase64 << QStringLiteral("base64");
    }
    void refusesDamagedText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, complaint);
        auto opened = SealedIdentity::open(text, kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, cp::Error::Kind::Crypto);
        QVERIFY2(opened.error().message.contains(complaint), qPrintable(messageOf(opened)));
    }
};

QTEST_GUILESS_MAIN(TestSealedIdentity)
#include "tst_sealedidentity.moc"
