// libgit2 stays inside core/git's .cpp files and its one private header: no other
// header, anywhere in the tree, may name it.
#include "TestConfig.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestHeaders : public QObject
{
    Q_OBJECT
private slots:
    void noLibGit2TypeInAnyHeader()
    {
        const QString root = QStringLiteral(COMMONPLACE_SOURCE_DIR);
        const QRegularExpression libgit2(
            QStringLiteral("#\\s*include\\s*[<\"]git2|\\bgit_[a-z_]+\\s*\\*|\\bgit_oid\\b"));
        QStringList offenders;
        int checked = 0;
        for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(root + u'/' + top, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QStringLiteral("/core/git/LibGit2_p.h")))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++checked;
                if (libgit2.match(QString::fromUtf8(file.readAll())).hasMatch())
                    offenders.append(path.mid(root.size() + 1));
            }
        }
        QVERIFY(checked > 0);
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("libgit2 named in: ") + offenders.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestHeaders)
#include "tst_headers.moc"
