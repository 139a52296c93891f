#pragma once

#include <QString>

#include <expected>

namespace cp {

// An error a person can act on: what failed and, where it helps, what to do next.
struct Error
{
    enum class Kind {
        User,     // bad input from the person or a caller: a page name, an argument
        NotFound, // the thing asked for does not exist
        Conflict, // the operation collides with existing state (already exists, changed meanwhile)
        Io,       // the disk said no: permissions, full disk
        Crypto,   // a signature, key or sealed box did not check out
        Protocol, // a peer sent something malformed or out of order
        Network,  // a connection failed or timed out
        Internal, // a bug or a library failure we did not expect
    };

    Kind kind = Kind::Internal;
    QString message;

    [[nodiscard]] static Error user(QString m) { return {Kind::User, std::move(m)}; }
    [[nodiscard]] static Error notFound(QString m) { return {Kind::NotFound, std::move(m)}; }
    [[nodiscard]] static Error conflict(QString m) { return {Kind::Conflict, std::move(m)}; }
    [[nodiscard]] static Error io(QString m) { return {Kind::Io, std::move(m)}; }
    [[nodiscard]] static Error crypto(QString m) { return {Kind::Crypto, std::move(m)}; }
    [[nodiscard]] static Error protocol(QString m) { return {Kind::Protocol, std::move(m)}; }
    [[nodiscard]] static Error network(QString m) { return {Kind::Network, std::move(m)}; }
    [[nodiscard]] static Error internal(QString m) { return {Kind::Internal, std::move(m)}; }

    // True for errors caused by the caller's input rather than by the program.
    [[nodiscard]] bool isUserError() const { return kind != Kind::Internal; }

    // The same error with context put in front: "Saving Foo: <message>".
    [[nodiscard]] Error context(const QString& what) const { return {kind, what + QStringLiteral(": ") + message}; }
};

template <typename T>
using Result = std::expected<T, Error>;

// For operations that return nothing but may fail.
using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(Error e)
{
    return std::unexpected<Error>(std::move(e));
}

} // namespace cp
