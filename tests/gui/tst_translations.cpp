// The Russian translation is complete, keeps every placeholder, and is found
// in the program for a Russian locale.

#include "TestConfig.h"

#include "ui/Translations.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace cp;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        QString translation;
        bool unfinished = false;
    };

    static QList<Message> read(const QString& path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                current = Message{context, {}, {}, false};
            } else if (xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                current.unfinished = xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
                current.translation = xml.readElementText();
                messages.append(current);
            }
        }
        return messages;
    }

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.sort();
        found.removeDuplicates();
        return found;
    }

private slots:
    void russianIsComplete()
    {
        const QList<Message> messages = read(QStringLiteral(COMMONPLACE_SOURCE_DIR "/translations/commonplace_ru.ts"));
        QVERIFY(messages.size() > 100);
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(!m.unfinished && !m.translation.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + where));
            QVERIFY2(placeholders(m.source) == placeholders(m.translation),
                     qPrintable(QStringLiteral("placeholders differ: ") + where));
            QVERIFY2(m.source.count(u'&') == m.translation.count(u'&'),
                     qPrintable(QStringLiteral("accelerator differs: ") + where));
        }
    }

    void russianLoadsForARussianLocale()
    {
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
        QCOMPARE(QCoreApplication::translate("cp::MainActions", "&Save"), QStringLiteral("&Сохранить"));
        QCOMPARE(QCoreApplication::translate("cp::PageName", "A page needs a name."),
                 QStringLiteral("У страницы должно быть название."));
    }

    void englishNeedsNoTranslation()
    {
        QVERIFY(!Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
