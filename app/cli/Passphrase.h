#pragma once

#include "core/Error.h"

#include <QString>

namespace cp::cli {

class Invocation;

// Where a command that seals or opens an exported identity gets its passphrase,
// never from the command line itself (it would show in `ps` and shell history):
//   1. --passphrase-file FILE: the file's first line;
//   2. the environment variable COMMONPLACE_PASSPHRASE (for scripts);
//   3. the terminal, typed without echo (asked twice when `confirm`).
class Passphrase
{
public:
    static constexpr const char* OptionName = "passphrase-file";
    static constexpr const char* EnvironmentVariable = "COMMONPLACE_PASSPHRASE";

    [[nodiscard]] static Result<QString> read(Invocation& inv, const QString& prompt, bool confirm);
    // Overwrites the characters of `passphrase` (best effort: Qt may hold copies).
    static void wipe(QString& passphrase);

private:
    [[nodiscard]] static Result<QString> fromFile(const QString& path);
    [[nodiscard]] static Result<QString> fromTerminal(const QString& prompt, bool confirm);
};

} // namespace cp::cli
