#include "ui/Translations.h"

#include "translations/Catalog.h"

namespace cp {

bool Translations::install(QCoreApplication& app, const QLocale& locale)
{
    return i18n::install(app, locale);
}

} // namespace cp
