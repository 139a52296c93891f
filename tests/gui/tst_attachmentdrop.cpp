// Attachments in the real window: a file dropped on the editor (a real drop
// event through QPlainTextEdit's canInsertFromMimeData/insertFromMimeData) or an
// image pasted from the clipboard is committed under attachments/, its markdown
// link is inserted at the cursor and the preview shows the image; a file over the
// size limit is refused with a message and nothing is inserted or committed.

#include "WikiWindowFixture.h"
#include "ui/editor/AttachmentDrop.h"

#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTextDocument>
#include <QUrl>

using namespace cp;
using cp::test::findVisible;

class TestAttachmentDrop : public QObject
{
    Q_OBJECT

private:
    test::WikiWindowFixture m_app;
    QTemporaryDir m_files;

    QString makeImage(const QString& name, const QColor& colour)
    {
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_files.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

    // Drops `mime` on the editor at the end of the text, as a file manager would.
    void drop(QMimeData* mime)
    {
        QWidget* viewport = m_app.text()->viewport();
        m_app.text()->moveCursor(QTextCursor::End);
        const QPoint at = m_app.text()->cursorRect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropped);
    }

    QStringList committedFiles() const
    {
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("-C"), m_app.commonsPath(), QStringLiteral("ls-tree"),
                                          QStringLiteral("-r"), QStringLiteral("--name-only"), QStringLiteral("main")});
        git.waitForFinished(30000);
        return QString::fromUtf8(git.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY(m_app.start());
        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        m_app.text()->selectAll();
        m_app.text()->insertPlainText(QStringLiteral("# Welcome\n\nA photo:"));
    }

    void aDroppedImageIsCommittedLinkedAndShown()
    {
        const QString path = makeImage(QStringLiteral("Pond photo.png"), Qt::darkCyan);
        QVERIFY(!path.isEmpty());
        const int commits = int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size());
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path)});
        mime->setText(QUrl::fromLocalFile(path).toString()); // file managers offer text too
        drop(mime);

        const QString link = QStringLiteral("![Pond photo](attachments/Pond-photo.png)");
        QTRY_VERIFY2(m_app.text()->toPlainText().contains(link), qPrintable(m_app.text()->toPlainText()));
        QVERIFY(m_app.text()->toPlainText().endsWith(QStringLiteral("A photo:\n") + link));
        QVERIFY(!m_app.text()->toPlainText().contains(QStringLiteral("file://")));
        QVERIFY(committedFiles().contains(QStringLiteral("attachments/Pond-photo.png")));
        QCOMPARE(int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size()), commits + 1);
        QCOMPARE(test::gitLog(m_app.commonsPath(), QStringLiteral("%s")).value(0),
                 QStringLiteral("Attach Pond-photo.png"));
        delete mime;

        // The preview shows the image itself.
        const QUrl source(QStringLiteral("commonplace-file:attachments/Pond-photo.png"));
        QTRY_VERIFY(m_app.preview()->toHtml().contains(QStringLiteral("attachments/Pond-photo.png")));
        const QImage shown = m_app.preview()->loadResource(QTextDocument::ImageResource, source).value<QImage>();
        QCOMPARE(shown.size(), QSize(32, 24));
        QCOMPARE(QColor(shown.pixel(3, 3)), QColor(Qt::darkCyan));
    }

    void aPastedImageBecomesAnAttachment()
    {
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::magenta);
        QApplication::clipboard()->setImage(image);
        if (!QApplication::clipboard()->mimeData() || !QApplication::clipboard()->mimeData()->hasImage())
            QSKIP("This platform has no clipboard to paste from.");
        m_app.text()->moveCursor(QTextCursor::End);
        m_app.text()->insertPlainText(QStringLiteral("\n\nA screenshot: "));
        m_app.text()->paste();
        QTRY_VERIFY(m_app.text()->toPlainText().contains(QStringLiteral("](attachments/Pasted-image-")));
        QVERIFY(m_app.text()->toPlainText().contains(QStringLiteral("A screenshot: \n![")));
        bool committed = false;
        for (const QString& file : committedFiles())
            committed = committed || file.startsWith(QStringLiteral("attachments/Pasted-image-"));
        QVERIFY(committed);
    }

    void aFileOverTheLimitIsRefused()
    {
        m_app.tools()->attachments()->setMaxBytes(1000);
        QFile big(m_files.filePath(QStringLiteral("report.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(5000, 'x'));
        big.close();
        const QString before = m_app.text()->toPlainText();
        const int commits = int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(big.fileName())});
        drop(&mime);

        QMessageBox* error = nullptr;
        QTRY_VERIFY((error = findVisible<QMessageBox>(m_app.window(), QStringLiteral("errorMessage"))));
        QVERIFY(error->text().contains(QStringLiteral("report.pdf")));
        QVERIFY2(error->informativeText().contains(QStringLiteral("at most")), qPrintable(error->informativeText()));
        QCOMPARE(m_app.text()->toPlainText(), before);
        QCOMPARE(int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size()), commits);
        QVERIFY(!committedFiles().contains(QStringLiteral("attachments/report.pdf")));
        error->close();
        m_app.tools()->attachments()->setMaxBytes(20LL * 1024 * 1024);
    }

    void plainTextStillPastesAsText()
    {
        QMimeData mime;
        mime.setText(QStringLiteral("just words"));
        QVERIFY(!m_app.tools()->attachments()->accepts(&mime));
        const int commits = int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size());
        drop(&mime);
        QTRY_VERIFY(m_app.text()->toPlainText().contains(QStringLiteral("just words")));
        QCOMPARE(int(test::gitLog(m_app.commonsPath(), QStringLiteral("%H")).size()), commits);
    }
};

QTEST_MAIN(TestAttachmentDrop)
#include "tst_attachmentdrop.moc"
