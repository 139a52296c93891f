#include "core/git/EntrySafety.h"

#include <QByteArray>
#include <algorithm>
#include <cstring>

namespace cp::git {

namespace {
constexpr int kBlob = 0100644;
constexpr int kExecutable = 0100755;
constexpr int kTree = 040000;
constexpr int kLink = 0120000;
constexpr int kGitlink = 0160000;

bool isDotGit(QByteArrayView name)
{
    // Windows drops trailing dots and spaces, and macOS folds case: ".GIT. " is ".git" there.
    qsizetype end = name.size();
    while (end > 0 && (name[end - 1] == '.' || name[end - 1] == ' '))
        --end;
    const QByteArray trimmed = name.first(end).toByteArray().toLower();
    return trimmed == ".git" || trimmed == "git~1";
}

QString shown(QByteArrayView name)
{
    return QString::fromUtf8(name.first(std::min<qsizetype>(name.size(), 80)));
}
} // namespace

Status EntrySafety::checkEntry(QByteArrayView name, int mode)
{
    if (mode == kLink)
        return fail(Error::protocol(tr("“%1” is a symbolic link; links are refused.").arg(shown(name))));
    if (mode == kGitlink)
        return fail(Error::protocol(tr("“%1” is a submodule (gitlink); submodules are refused.").arg(shown(name))));
    if (mode != kBlob && mode != kExecutable && mode != kTree)
        return fail(
            Error::protocol(tr("“%1” has the unusual mode %2; it is refused.").arg(shown(name)).arg(mode, 0, 8)));
    if (name.isEmpty() || name == "." || name == "..")
        return fail(Error::protocol(tr("A tree holds an entry named “%1”; it is refused.").arg(shown(name))));
    if (isDotGit(name))
        return fail(Error::protocol(
            tr("A tree holds an entry named “%1”, which would reach into .git; it is refused.").arg(shown(name))));
    for (char c : name)
        if (c == '/' || c == '\\' || c == '\0')
            return fail(Error::protocol(
                tr("A tree entry name “%1” contains a path separator; it is refused.").arg(shown(name))));
    return {};
}

bool EntrySafety::inOrder(QByteArrayView previous, bool previousIsTree, QByteArrayView next, bool nextIsTree)
{
    const qsizetype common = std::min(previous.size(), next.size());
    if (const int c = std::memcmp(previous.data(), next.data(), size_t(common)); c != 0)
        return c < 0;
    // One name is a prefix of the other: the next character decides, '/' for a folder's end.
    auto at = [](QByteArrayView name, qsizetype i, bool isTree) -> unsigned char {
        if (i < name.size())
            return static_cast<unsigned char>(name[i]);
        return isTree ? '/' : 0;
    };
    if (previous.size() == next.size())
        return false; // the same name twice (as file and folder, or twice)
    return at(previous, common, previousIsTree) < at(next, common, nextIsTree);
}

} // namespace cp::git
