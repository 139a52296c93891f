#pragma once

#include <QLocale>

class QCoreApplication;

namespace cp {

// Loads the translation of Commonplace (compiled in under :/i18n) and of Qt's
// own dialogs for `locale` and installs them on the application.
class Translations
{
public:
    // Returns true if Commonplace's own translation for the locale was found (English
    // has one too: only its plural forms). The same loader as the CLI's (translations/Catalog.h).
    static bool install(QCoreApplication& app, const QLocale& locale = QLocale());
};

} // namespace cp
