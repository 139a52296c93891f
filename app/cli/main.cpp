// commonplace-cli: the headless Commonplace. Commands live in *Commands.cpp files
// and register themselves; this file only starts the event loop and hands over.
#include "app/cli/CommandLine.h"
#include "translations/Catalog.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI (app/gui/main.cpp), so both find the default profile
    // in the same place: <AppDataLocation> = ~/.local/share/Commonplace/Commonplace.
    QCoreApplication::setOrganizationName(QStringLiteral("Commonplace"));
    QCoreApplication::setApplicationName(QStringLiteral("Commonplace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMONPLACE_VERSION));
    // Help and messages in the person's language (LANG / LC_ALL / LC_MESSAGES), as in the GUI.
    cp::i18n::install(app);

    cp::cli::CommandLine commandLine;
    // Every command runs inside exec(), so one that waits for the network just returns
    // and finishes later; none needs an event loop of its own.
    QTimer::singleShot(0, &commandLine, [&commandLine] { commandLine.start(QCoreApplication::arguments()); });
    return QCoreApplication::exec();
}
