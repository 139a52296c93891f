#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/wiki/Attachments.h"
#include "core/wiki/Commons.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Attachments;
using cp::Commons;
using cp::PageName;

namespace {
QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Commons> m_commons;
    int m_count = 0;

    QString headSummary()
    {
        auto& repo = m_commons->repository();
        return repo.lookupCommit(**repo.resolve(u"refs/heads/main"_s))->summary();
    }

    QString writeSource(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.path() + u"/src-"_s + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path() + u"/commons"_s + QString::number(++m_count);
        auto commons = Commons::create(dir, {u"Test"_s, {}}, {u"Ада"_s, {}});
        QVERIFY(commons);
        m_commons = std::move(*commons);
    }

    void cleanup() { m_commons.reset(); }

    void sanitisesNames_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces and brackets") << u"My photo (1).PNG"_s << u"My-photo-1.png"_s;
        QTest::newRow("path") << u"../../etc/passwd"_s << u"passwd"_s;
        QTest::newRow("windows path") << u"C:\\Users\\me\\report final.PDF"_s << u"report-final.pdf"_s;
        QTest::newRow("cyrillic") << u"Фото с моря.JPG"_s << u"Фото-с-моря.jpg"_s;
        QTest::newRow("several dots") << u"archive.tar.gz"_s << u"archive.tar.gz"_s;
        QTest::newRow("no extension") << u"README"_s << u"README"_s;
        QTest::newRow("markdown link chars") << u"a](b)[c.png"_s << u"a-b-c.png"_s;
        QTest::newRow("long") << QString(300, u'x') + u".txt"_s << QString(100, u'x') + u".txt"_s;
    }

    void sanitisesNames()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        auto name = Attachments::sanitiseName(given);
        QVERIFY2(name, name ? "" : qPrintable(name.error().message));
        QCOMPARE(*name, expected);
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("given");
        QTest::newRow("empty") << QString();
        QTest::newRow("dots") << u"..."_s;
        QTest::newRow("hidden") << u".bashrc"_s;
        QTest::newRow("punctuation") << u"???.png"_s;
        QTest::newRow("folder only") << u"some/folder/"_s;
        QTest::newRow("markdown") << u"notes.MD"_s;
    }

    void refusesBadNames()
    {
        QFETCH(QString, given);
        auto name = Attachments::sanitiseName(given);
        QVERIFY(!name);
        QCOMPARE(name.error().kind, cp::Error::Kind::User);
        Attachments attachments(*m_commons);
        const QString before = m_commons->head();
        QVERIFY(!attachments.addBytes("data", given));
        QCOMPARE(m_commons->head(), before);
    }

    void addsAndCommitsAFile()
    {
        const QByteArray png = "\x89PNG\r\n\x1a\n fake image bytes";
        const QString source = writeSource(u"Holiday photo.png"_s, png);
        Attachments attachments(*m_commons);
        QSignalSpy headMoved(m_commons.get(), &Commons::headChanged);
        auto added = attachments.addFile(source);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->path, u"attachments/src-Holiday-photo.png"_s);
        QCOMPARE(added->markdown, u"![src-Holiday photo](attachments/src-Holiday-photo.png)"_s);
        QVERIFY(added->isImage);
        QVERIFY(!added->reused);
        QCOMPARE(added->commit, m_commons->head());
        QCOMPARE(headMoved.size(), 1);
        QCOMPARE(headSummary(), u"Attach src-Holiday-photo.png"_s);
        QCOMPARE(readFile(m_commons->path() + u"/attachments/src-Holiday-photo.png"_s), png);

        // Other files link with [text](path), relative to the page's folder.
        auto pdf = attachments.addBytes("%PDF-1.4", u"Report.pdf"_s, *PageName::fromTitle(u"Work/2024/Plan"_s));
        QVERIFY(pdf);
        QCOMPARE(pdf->markdown, u"[Report](../../attachments/Report.pdf)"_s);
        QVERIFY(!pdf->isImage);
    }

    void sameBytesAreReusedOtherBytesGetANewName()
    {
        Attachments attachments(*m_commons);
        auto first = attachments.addBytes("one", u"clip.png"_s);
        QVERIFY(first);
        const QString head = m_commons->head();
        auto again = attachments.addBytes("one", u"clip.png"_s);
        QVERIFY(again);
        QVERIFY(again->reused);
        QCOMPARE(again->path, u"attachments/clip.png"_s);
        QCOMPARE(m_commons->head(), head); // nothing committed

        auto other = attachments.addBytes("two", u"clip.png"_s);
        QVERIFY(other);
        QCOMPARE(other->path, u"attachments/clip-2.png"_s);
        QCOMPARE(readFile(m_commons->path() + u"/attachments/clip.png"_s), QByteArray("one"));
        QCOMPARE(readFile(m_commons->path() + u"/attachments/clip-2.png"_s), QByteArray("two"));

        // A file on disk that was never committed is not overwritten either.
        QFile stray(m_commons->path() + u"/attachments/clip-3.png"_s);
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("stray");
        stray.close();
        auto third = attachments.addBytes("three", u"clip.png"_s);
        QVERIFY(third);
        QCOMPARE(third->path, u"attachments/clip-4.png"_s);
        QCOMPARE(readFile(stray.fileName()), QByteArray("stray"));
    }

    void sizeLimit()
    {
        Attachments attachments(*m_commons, 1024);
        QCOMPARE(attachments.maxBytes(), 1024);
        const QString head = m_commons->head();
        auto big = attachments.addBytes(QByteArray(1025, 'x'), u"big.bin"_s);
        QVERIFY(!big);
        QCOMPARE(big.error().kind, cp::Error::Kind::User);
        QVERIFY2(big.error().message.contains(u"at most"_s), qPrintable(big.error().message));
        QVERIFY(big.error().message.contains(u"big.bin"_s));
        QCOMPARE(m_commons->head(), head);
        auto bigFile = attachments.addFile(writeSource(u"big.bin"_s, QByteArray(4096, 'y')));
        QVERIFY(!bigFile);
        QVERIFY(attachments.addBytes(QByteArray(1024, 'x'), u"exact.bin"_s)); // at the limit: fine
        QVERIFY(!attachments.addFile(m_dir.path() + u"/does-not-exist.png"_s));

        // The default, and the limit from the settings.
        QCOMPARE(Attachments(*m_commons).maxBytes(), 20LL * 1024 * 1024);
        QSettings settings(m_dir.path() + u"/settings.ini"_s, QSettings::IniFormat);
        QCOMPARE(Attachments::maxBytesFrom(settings), Attachments::DefaultMaxBytes);
        settings.setValue(Attachments::MaxSizeSetting, 5);
        QCOMPARE(Attachments::maxBytesFrom(settings), 5LL * 1024 * 1024);
        settings.setValue(Attachments::MaxSizeSetting, u"nonsense"_s);
        QCOMPARE(Attachments::maxBytesFrom(settings), Attachments::DefaultMaxBytes);
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
