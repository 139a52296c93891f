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
                // Plural messages hold <numerusform> children: take their text together.
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
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
        QVERIFY(messages.size() > 1000); // the whole file is read, plural messages too
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(!m.unfinished && !m.translation.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + where));
            QVERIFY2(placeholders(m.source) == placeholders(m.translation),
                     qPrintable(QStringLiteral("placeholders differ: ") + where));
            QVERIFY2(m.source.count(u'&') == m.translation.count(u'&'),
                     qPrintable(QStringLiteral("accelerator differs: ") + where));
        }
    }

    // English is the source language, but "%n page(s)" needs a singular and a plural: the
    // plural-only English catalogue has both forms of every plural message.
    void englishHasEveryPluralForm()
    {
        const QList<Message> russian = read(QStringLiteral(COMMONPLACE_SOURCE_DIR "/translations/commonplace_ru.ts"));
        QFile file(QStringLiteral(COMMONPLACE_SOURCE_DIR "/translations/commonplace_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        QHash<QString, QStringList> forms; // context + source → numerus forms
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"numerusform")
                forms[context + u'|' + source].append(xml.readElementText());
        }
        int plurals = 0;
        for (const Message& m : russian) {
            if (!m.source.contains(QStringLiteral("%n")))
                continue;
            ++plurals;
            const QStringList english = forms.value(m.context + u'|' + m.source);
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(english.size() == 2, qPrintable(QStringLiteral("no English plural forms: ") + where));
            for (const QString& form : english) {
                QVERIFY2(!form.isEmpty() && !form.contains(QStringLiteral("(s)")), qPrintable(where));
                QCOMPARE(placeholders(form), placeholders(m.source));
            }
        }
        QVERIFY(plurals > 10);

        QVERIFY(Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("cp::RelativeTime", "%n minutes ago", nullptr, 1),
                 QStringLiteral("1 minute ago"));
        QCOMPARE(QCoreApplication::translate("cp::RelativeTime", "%n minutes ago", nullptr, 5),
                 QStringLiteral("5 minutes ago"));
        QCOMPARE(QCoreApplication::translate("cp::ReviewViews", "%n change(s) from peers wait for your review",
                                             nullptr, 1),
                 QStringLiteral("1 change from peers waits for your review"));
        QCOMPARE(QCoreApplication::translate("cp::MainActions", "&Save"), QStringLiteral("&Save"));
    }

    void russianLoadsForARussianLocale()
    {
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::Russian, QLocale::Russia)));
        QCOMPARE(QCoreApplication::translate("cp::MainActions", "&Save"), QStringLiteral("&Сохранить"));
        QCOMPARE(QCoreApplication::translate("cp::PageName", "A page needs a name."),
                 QStringLiteral("У страницы должно быть название."));
    }

};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
