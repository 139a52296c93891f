// commonplace: the desktop wiki. Parses the command line, loads the translation
// for the person's language and hands over to cp::Launcher.

#include "ui/Icons.h"
#include "ui/Launcher.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Commonplace"));
    QApplication::setApplicationName(QStringLiteral("Commonplace"));
    QApplication::setApplicationVersion(QStringLiteral(COMMONPLACE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.commonplace.Commonplace"));
    cp::Translations::install(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Commonplace"));
    QApplication::setWindowIcon(cp::icons::app());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A wiki for a circle of equals, kept together without a server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Keep settings, identity and commons in <dir> instead of the default."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption author(
        QStringLiteral("author"),
        QCoreApplication::translate("main", "Sign changes with <name> and skip the first-run questions."),
        QCoreApplication::translate("main", "name"));
    parser.addOption(profile);
    parser.addOption(author);
    parser.process(app);

    cp::Launcher launcher({parser.value(profile), parser.value(author)});
    QObject::connect(&launcher, &cp::Launcher::cancelled, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    if (auto started = launcher.start(); !started) {
        const QString what = QCoreApplication::translate("main", "Commonplace could not start.");
        std::fprintf(stderr, "%s %s\n", qPrintable(what), qPrintable(started.error().message));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Commonplace"),
                              what + QStringLiteral("\n\n") + started.error().message);
        return 1;
    }
    return QApplication::exec();
}
