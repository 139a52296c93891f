// The desktop file and the AppStream metainfo pass the freedesktop validators,
// and the names they use agree with each other and with the installed icon.

#include "TestConfig.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestPackaging : public QObject
{
    Q_OBJECT

private:
    static QString path(const char* file)
    {
        return QStringLiteral(COMMONPLACE_SOURCE_DIR "/packaging/") + QString::fromLatin1(file);
    }

    // Runs a validator; skips with a visible reason when it is not installed.
    static void validate(const QString& program, const QStringList& arguments)
    {
        const QString executable = QStandardPaths::findExecutable(program);
        if (executable.isEmpty())
            QSKIP(qPrintable(program + QStringLiteral(" is not installed (apt-get install appstream desktop-file-utils); "
                                                      "packaging files not validated")));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(executable, arguments);
        QVERIFY2(process.waitForFinished(60000), qPrintable(program + QStringLiteral(" did not finish")));
        const QString output = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
    }

private slots:
    void desktopFileIsValid()
    {
        validate(QStringLiteral("desktop-file-validate"), {path("org.commonplace.Commonplace.desktop")});
    }

    void metainfoIsValid()
    {
        validate(QStringLiteral("appstreamcli"),
                 {QStringLiteral("validate"), QStringLiteral("--no-net"), path("org.commonplace.Commonplace.metainfo.xml")});
    }

    void namesAgree()
    {
        QFile desktop(path("org.commonplace.Commonplace.desktop"));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QByteArray entry = desktop.readAll();
        QVERIFY(entry.contains("\nExec=commonplace\n"));
        QVERIFY(entry.contains("\nIcon=commonplace\n"));

        QFile metainfo(path("org.commonplace.Commonplace.metainfo.xml"));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        const QByteArray component = metainfo.readAll();
        QVERIFY(component.contains("<id>org.commonplace.Commonplace</id>"));
        QVERIFY(component.contains("<launchable type=\"desktop-id\">org.commonplace.Commonplace.desktop</launchable>"));
        QVERIFY(component.contains("<screenshot type=\"default\">"));
        QVERIFY(component.contains("<binary>commonplace</binary>"));

        QVERIFY(QFile::exists(QStringLiteral(COMMONPLACE_SOURCE_DIR "/resources/icons/commonplace.svg")));
        QVERIFY(QFile::exists(path("screenshots/main-window.png")));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
