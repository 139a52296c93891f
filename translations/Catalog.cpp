#include "translations/Catalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cp::i18n {

namespace {

bool installOne(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

bool install(QCoreApplication& app, const QLocale& requested)
{
    // The C/POSIX locale (a service, a bare shell) reads English: with its plural forms.
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
    installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installOne(app, locale, QStringLiteral("commonplace"), QStringLiteral(":/i18n"));
}

} // namespace cp::i18n
