#include "app/cli/Passphrase.h"

#include "app/cli/Invocation.h"

#include <QCoreApplication>
#include <QFile>
#include <fcntl.h>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace cp::cli {

namespace {

// The controlling terminal, opened for one question; echo off while it is asked.
class Terminal
{
public:
    Terminal() : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)) {}
    ~Terminal()
    {
        if (m_echoOff)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }

    // One line typed without echo; std::nullopt when the terminal closed.
    std::optional<QByteArray> ask(const QString& prompt)
    {
        say(prompt.toUtf8());
        if (::tcgetattr(m_fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ICANON;
            m_echoOff = ::tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        }
        QByteArray line;
        char c = 0;
        bool ended = false;
        while (::read(m_fd, &c, 1) == 1) {
            if (c == '\n' || c == '\r') {
                ended = true;
                break;
            }
            line.append(c);
        }
        c = 0;
        if (m_echoOff) {
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
            m_echoOff = false;
        }
        say("\n");
        if (!ended && line.isEmpty())
            return std::nullopt;
        return line;
    }

private:
    void say(const QByteArray& text) const
    {
        if (::write(m_fd, text.constData(), size_t(text.size())) < 0)
            return; // the question still gets its answer from the keyboard
    }

    int m_fd = -1;
    bool m_echoOff = false;
    termios m_saved{};
};

void wipeBytes(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

void Passphrase::wipe(QString& passphrase)
{
    passphrase.fill(QChar(u'\0'));
    passphrase.clear();
}

Result<QString> Passphrase::read(Invocation& inv, const QString& prompt, bool confirm)
{
    if (inv.isSet(QString::fromLatin1(OptionName)))
        return fromFile(inv.value(QString::fromLatin1(OptionName)));
    if (qEnvironmentVariableIsSet(EnvironmentVariable)) {
        QString passphrase = qEnvironmentVariable(EnvironmentVariable);
        if (passphrase.isEmpty())
            return fail(Error::user(QCoreApplication::translate(
                "cp::cli", "COMMONPLACE_PASSPHRASE is set but empty; put the passphrase in it, or "
                           "unset it to be asked on the terminal.")));
        return passphrase;
    }
    return fromTerminal(prompt, confirm);
}

Result<QString> Passphrase::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(QCoreApplication::translate("cp::cli", "Cannot read the passphrase file %1: %2.")
                                  .arg(path, file.errorString())));
    QByteArray bytes = file.readLine(64 * 1024);
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    QString passphrase = QString::fromUtf8(bytes);
    wipeBytes(bytes);
    if (passphrase.isEmpty())
        return fail(
            Error::user(QCoreApplication::translate(
                            "cp::cli", "The passphrase file %1 is empty; its first line must be the passphrase.")
                            .arg(path)));
    return passphrase;
}

Result<QString> Passphrase::fromTerminal(const QString& prompt, bool confirm)
{
    Terminal terminal;
    if (!terminal.isOpen())
        return fail(Error::user(QCoreApplication::translate(
            "cp::cli", "No terminal to ask for the passphrase. Give it with --passphrase-file FILE or in "
                       "the environment variable COMMONPLACE_PASSPHRASE.")));
    auto first = terminal.ask(prompt);
    if (!first || first->isEmpty())
        return fail(Error::user(QCoreApplication::translate("cp::cli", "No passphrase was typed; nothing was done.")));
    if (confirm) {
        auto second = terminal.ask(QCoreApplication::translate("cp::cli", "Type it again: "));
        const bool same = second && *second == *first;
        if (second)
            wipeBytes(*second);
        if (!same) {
            wipeBytes(*first);
            return fail(Error::user(
                QCoreApplication::translate("cp::cli", "The two passphrases differ; nothing was done. Try again.")));
        }
    }
    QString passphrase = QString::fromUtf8(*first);
    wipeBytes(*first);
    return passphrase;
}

} // namespace cp::cli
