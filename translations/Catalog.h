#pragma once

#include <QLocale>

class QCoreApplication;

namespace cp::i18n {

// Installs Commonplace's own translation for `locale` (compiled into this library
// under :/i18n) and Qt's translation of its own texts (QCommandLineParser, dialogs)
// on the application. QtCore only: the GUI and commonplace-cli both use it.
// Returns true if Commonplace's translation was found (for English: its plural forms).
bool install(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace cp::i18n
