#pragma once

#include <QDateTime>
#include <QString>

namespace cp::git {

// Who made a commit and when (author or committer): a plain value.
struct Signature
{
    QString name;
    QString email;
    QDateTime when; // with its UTC offset; an invalid time means "now" when committing

    // `name` and `email` at the current local time.
    [[nodiscard]] static Signature now(const QString& name, const QString& email)
    {
        return {name, email, QDateTime::currentDateTime()};
    }

    friend bool operator==(const Signature&, const Signature&) = default;
};

} // namespace cp::git
