// The wiki commands: init, pages, show, edit.
#include "app/cli/CommandRegistry.h"
#include "app/cli/Invocation.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageName.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace cp::cli {

namespace {

// Opens the commons DIR with the author from the profile; finishes the invocation on failure.
std::unique_ptr<Commons> openCommons(Invocation& inv, const QString& dir)
{
    auto commons = Commons::open(dir);
    if (!commons) {
        inv.fail(commons.error());
        return nullptr;
    }
    (*commons)->setAuthor({inv.authorName(), {}});
    return std::move(*commons);
}

void runInit(Invocation& inv)
{
    const QString dir = QDir(inv.argument(0)).absolutePath();
    QString name = inv.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        name = QFileInfo(dir).fileName();
    // The root commit is signed like every other: load the identity first.
    inv.withIdentity([&inv, dir, name](ProfileIdentity& identity) {
        auto commons = Commons::create(dir, {name, inv.value(QStringLiteral("description"))},
                                       identity.author(inv.authorName()), identity.signer());
        if (!commons)
            return inv.fail(commons.error());
        if (inv.json())
            inv.printJson(QJsonObject{{QStringLiteral("path"), (*commons)->path()},
                                      {QStringLiteral("id"), (*commons)->id()},
                                      {QStringLiteral("name"), name}});
        else
            inv.print(QCoreApplication::translate("cp::cli", "Created the commons “%1” in %2 (id %3).")
                          .arg(name, (*commons)->path(), (*commons)->id()));
        inv.succeed();
    });
}

void runPages(Invocation& inv)
{
    auto commons = openCommons(inv, inv.argument(0));
    if (!commons)
        return;
    auto pages = commons->pages().list();
    if (!pages)
        return inv.fail(pages.error());
    if (inv.json()) {
        QJsonArray titles;
        for (const PageName& page : *pages)
            titles.append(page.title());
        inv.printJson(titles);
    } else {
        QString text;
        for (const PageName& page : *pages)
            text += page.title() + u'\n';
        inv.write(text.toUtf8());
    }
    inv.succeed();
}

void runShow(Invocation& inv)
{
    auto name = PageName::fromTitle(inv.argument(1));
    if (!name)
        return inv.fail(name.error());
    auto commons = openCommons(inv, inv.argument(0));
    if (!commons)
        return;
    auto text = commons->pages().read(*name);
    if (!text)
        return inv.fail(text.error());
    if (inv.json())
        inv.printJson(QJsonObject{{QStringLiteral("page"), name->title()}, {QStringLiteral("text"), *text}});
    else
        inv.write(text->toUtf8());
    inv.succeed();
}

// The new text of a page: from --from FILE, or from standard input when the argument is "-".
Result<QString> readInput(Invocation& inv)
{
    const bool fromStdin = inv.arguments().size() == 3 && inv.argument(2) == QStringLiteral("-");
    const bool fromFile = inv.isSet(QStringLiteral("from"));
    if (fromStdin == fromFile)
        return cp::fail(Error::user(QCoreApplication::translate(
            "cp::cli", "edit needs the new text either from a file (--from FILE) or from standard input (-).")));
    if (inv.arguments().size() == 3 && !fromStdin)
        return cp::fail(
            Error::user(QCoreApplication::translate("cp::cli", "edit takes no argument “%1”.").arg(inv.argument(2))));
    QFile input;
    bool opened = false;
    if (fromStdin) {
        opened = input.open(stdin, QIODevice::ReadOnly);
    } else {
        input.setFileName(inv.value(QStringLiteral("from")));
        opened = input.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return cp::fail(
            Error::io(QCoreApplication::translate("cp::cli", "Cannot read %1: %2.")
                          .arg(fromStdin ? QCoreApplication::translate("cp::cli", "standard input") : input.fileName(),
                               input.errorString())));
    const QByteArray bytes = input.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return cp::fail(Error::user(QCoreApplication::translate("cp::cli", "The new text is not valid UTF-8; save it "
                                                                           "as UTF-8 and try again.")));
    return text;
}

void runEdit(Invocation& inv)
{
    auto name = PageName::fromTitle(inv.argument(1));
    if (!name)
        return inv.fail(name.error());
    auto text = readInput(inv);
    if (!text)
        return inv.fail(text.error());
    inv.withIdentity([&inv, name = *name, text = *text](ProfileIdentity& identity) {
        auto commons = openCommons(inv, inv.argument(0));
        if (!commons)
            return;
        identity.apply(*commons, inv.authorName());
        const QString before = commons->head();
        auto commit = commons->pages().save(name, text, inv.value(QStringLiteral("message")));
        if (!commit)
            return inv.fail(commit.error());
        if (inv.json())
            inv.printJson(QJsonObject{{QStringLiteral("page"), name.title()},
                                      {QStringLiteral("commit"), *commit},
                                      {QStringLiteral("changed"), *commit != before}});
        else
            inv.print(*commit);
        inv.succeed();
    });
}

Command initCommand()
{
    return {QStringLiteral("init"),
            QStringLiteral("DIR [--name NAME] [--description TEXT]"),
            QT_TRANSLATE_NOOP("cp::cli", "Create a new commons in a new or empty folder"),
            QT_TRANSLATE_NOOP("cp::cli", "Makes DIR a git repository on branch main whose first commit holds "
                                         ".commonplace/commons.json. The commons id is that commit's id."),
            {{{QStringLiteral("name")},
              QT_TRANSLATE_NOOP("cp::cli", "The commons' name (default: the folder's name)"),
              QStringLiteral("NAME")},
             {{QStringLiteral("description")},
              QT_TRANSLATE_NOOP("cp::cli", "A sentence saying what it is for"),
              QStringLiteral("TEXT")}},
            1,
            1,
            runInit};
}

Command pagesCommand()
{
    return {QStringLiteral("pages"),
            QStringLiteral("DIR"),
            QT_TRANSLATE_NOOP("cp::cli", "List the pages of a commons, one title per line"),
            QT_TRANSLATE_NOOP("cp::cli", "With --json, prints one JSON array of titles."),
            {},
            1,
            1,
            runPages};
}

Command showCommand()
{
    return {QStringLiteral("show"),
            QStringLiteral("DIR PAGE"),
            QT_TRANSLATE_NOOP("cp::cli", "Print the markdown of a page"),
            QT_TRANSLATE_NOOP("cp::cli", "PAGE is a title such as “Folder/Page”. With --json, prints "
                                         "{\"page\", \"text\"}."),
            {},
            2,
            2,
            runShow};
}

Command editCommand()
{
    return {QStringLiteral("edit"),
            QStringLiteral("DIR PAGE (--from FILE | -) [-m MESSAGE]"),
            QT_TRANSLATE_NOOP("cp::cli", "Save a page from a file or from standard input, and print the commit id"),
            QT_TRANSLATE_NOOP("cp::cli", "Creates the page if it does not exist. Saving unchanged text makes no "
                                         "commit and prints the current one. With --json, prints "
                                         "{\"page\", \"commit\", \"changed\"}."),
            {{{QStringLiteral("from")},
              QT_TRANSLATE_NOOP("cp::cli", "Read the new text from FILE"),
              QStringLiteral("FILE")},
             {{QStringLiteral("m"), QStringLiteral("message")},
              QT_TRANSLATE_NOOP("cp::cli", "The commit message (default: “Edit PAGE”)"),
              QStringLiteral("MESSAGE")}},
            2,
            3,
            runEdit};
}

const CommandRegistration registration{initCommand(), pagesCommand(), showCommand(), editCommand()};

} // namespace

} // namespace cp::cli
