#include "core/crypto/Identity.h"
#include "core/node/AddressBook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::node::AddressBook;

class TestAddressBook : public QObject
{
    Q_OBJECT

    cp::PublicKey m_a = cp::Identity::fromSeed(QByteArray(32, '\x01'))->publicKey();
    cp::PublicKey m_b = cp::Identity::fromSeed(QByteArray(32, '\x02'))->publicKey();

private slots:
    void addMergeSaveLoad()
    {
        QTemporaryDir dir;
        auto book = AddressBook::load(AddressBook::fileIn(dir.path()));
        QVERIFY(book);
        QVERIFY(book->entries().isEmpty());
        QVERIFY(book->add(m_a, {u"10.0.0.1:1"_s}, u"exchange"_s));
        QVERIFY(book->add(m_a, {u"10.0.0.2:2"_s, u"10.0.0.1:1"_s}, u"invite"_s));
        QVERIFY(!book->add(m_a, {u"10.0.0.2:2"_s}, u"exchange"_s)); // nothing new, weaker source
        auto a = *book->entry(m_a);
        QCOMPARE(a.addresses, (QStringList{u"10.0.0.2:2"_s, u"10.0.0.1:1"_s}));
        QCOMPARE(a.source, u"invite"_s);
        book->markFailure(m_a);
        book->markFailure(m_a);
        QCOMPARE(book->entry(m_a)->failures, 2);
        book->markSeen(m_a, 1234);
        book->markExchange(m_a, 1300);
        QVERIFY(book->add(m_b, {}, u"manual"_s));
        QVERIFY(book->save());

        auto back = AddressBook::load(AddressBook::fileIn(dir.path()));
        QVERIFY(back);
        QCOMPARE(back->entries().size(), 2);
        auto reread = *back->entry(m_a);
        QCOMPARE(reread.addresses, a.addresses);
        QCOMPARE(reread.failures, 0); // reset by markSeen
        QCOMPARE(reread.lastSeen, 1234);
        QCOMPARE(reread.lastExchange, 1300);
        QCOMPARE(back->entry(m_b)->source, u"manual"_s);
        QVERIFY(back->remove(m_b));
        QVERIFY(!back->entry(m_b));
    }

    void addressesAreBounded()
    {
        QTemporaryDir dir;
        auto book = *AddressBook::load(AddressBook::fileIn(dir.path()));
        QStringList many;
        for (int i = 0; i < 40; ++i)
            many.append(u"10.0.0.%1:1"_s.arg(i));
        book.add(m_a, many, u"exchange"_s);
        QCOMPARE(book.entry(m_a)->addresses.size(), AddressBook::kMaxAddresses);
    }

    void damagedFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = AddressBook::fileIn(dir.path());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        auto book = AddressBook::load(path);
        QVERIFY(!book);
        QCOMPARE(book.error().kind, cp::Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestAddressBook)
#include "tst_addressbook.moc"
