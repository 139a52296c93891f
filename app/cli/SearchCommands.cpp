// The search and link commands: search, links, orphans, missing, reindex.
#include "app/cli/CommandRegistry.h"
#include "app/cli/Invocation.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageName.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WikiIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cp::cli {

namespace {

// The commons and its index, ready to answer; finishes the invocation on failure.
struct OpenIndex
{
    std::unique_ptr<Commons> commons;
    std::unique_ptr<WikiIndex> index;
};

std::optional<OpenIndex> openIndex(Invocation& inv, const QString& dir)
{
    auto commons = Commons::open(dir);
    if (!commons) {
        inv.fail(commons.error());
        return std::nullopt;
    }
    (*commons)->setAuthor({inv.authorName(), {}});
    int shown = -1;
    auto index = WikiIndex::openReady(**commons, [&inv, &shown](int done, int total) {
        // Building from scratch takes a while on a big commons: say so, on stderr.
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != shown / 10) {
            shown = percent;
            inv.printError(QCoreApplication::translate("cp::cli", "Building the search index: %1 of %2 pages")
                               .arg(done)
                               .arg(total));
        }
    });
    if (!index) {
        inv.fail(index.error());
        return std::nullopt;
    }
    return OpenIndex{std::move(*commons), std::move(*index)};
}

// A snippet's HTML as plain text for a terminal.
QString plain(QString html)
{
    html.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

void runSearch(Invocation& inv)
{
    int limit = 20;
    if (inv.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = inv.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            return inv.usageError(QCoreApplication::translate("cp::cli", "--limit needs a number from 1 to 10000."));
    }
    auto open = openIndex(inv, inv.argument(0));
    if (!open)
        return;
    auto hits = open->index->search(inv.argument(1), limit);
    if (!hits)
        return inv.fail(hits.error());
    if (inv.json()) {
        QJsonArray out;
        for (const SearchHit& hit : *hits)
            out.append(QJsonObject{{QStringLiteral("title"), hit.title},
                                   {QStringLiteral("snippet"), hit.snippet},
                                   {QStringLiteral("score"), hit.score}});
        inv.printJson(out);
    } else {
        QString text;
        for (const SearchHit& hit : *hits)
            text += hit.title + u'\n' + QStringLiteral("    ") + plain(hit.snippet) + u'\n';
        inv.write(text.toUtf8());
    }
    inv.succeed();
}

void runLinks(Invocation& inv)
{
    auto name = PageName::fromTitle(inv.argument(1));
    if (!name)
        return inv.fail(name.error());
    auto open = openIndex(inv, inv.argument(0));
    if (!open)
        return;
    auto outgoing = open->index->outgoingLinks(name->title());
    if (!outgoing)
        return inv.fail(outgoing.error());
    auto backlinks = open->index->backlinks(name->title());
    if (!backlinks)
        return inv.fail(backlinks.error());
    if (!open->commons->pages().exists(*name) && backlinks->isEmpty())
        return inv.fail(
            Error::notFound(QCoreApplication::translate("cp::cli", "There is no page “%1”, and no page links to it.")
                                .arg(name->title())));
    if (inv.json()) {
        QJsonArray links;
        for (const OutgoingLink& link : *outgoing)
            links.append(QJsonObject{{QStringLiteral("title"), link.title}, {QStringLiteral("exists"), link.exists}});
        inv.printJson(QJsonObject{{QStringLiteral("page"), name->title()},
                                  {QStringLiteral("links"), links},
                                  {QStringLiteral("backlinks"), QJsonArray::fromStringList(*backlinks)}});
    } else {
        QString text = QCoreApplication::translate("cp::cli", "Links from %1:").arg(name->title()) + u'\n';
        for (const OutgoingLink& link : *outgoing)
            text +=
                QStringLiteral("  ") +
                (link.exists ? link.title : QCoreApplication::translate("cp::cli", "%1 (missing)").arg(link.title)) +
                u'\n';
        text += QCoreApplication::translate("cp::cli", "Linked from:") + u'\n';
        for (const QString& title : *backlinks)
            text += QStringLiteral("  ") + title + u'\n';
        inv.write(text.toUtf8());
    }
    inv.succeed();
}

void runOrphans(Invocation& inv)
{
    auto open = openIndex(inv, inv.argument(0));
    if (!open)
        return;
    auto orphans = open->index->orphans();
    if (!orphans)
        return inv.fail(orphans.error());
    if (inv.json())
        inv.printJson(QJsonArray::fromStringList(*orphans));
    else
        inv.write((orphans->join(u'\n') + (orphans->isEmpty() ? QString() : QStringLiteral("\n"))).toUtf8());
    inv.succeed();
}

void runMissing(Invocation& inv)
{
    auto open = openIndex(inv, inv.argument(0));
    if (!open)
        return;
    auto missing = open->index->missingPages();
    if (!missing)
        return inv.fail(missing.error());
    if (inv.json()) {
        QJsonArray out;
        for (const MissingPage& page : *missing)
            out.append(QJsonObject{{QStringLiteral("title"), page.title},
                                   {QStringLiteral("linkedFrom"), QJsonArray::fromStringList(page.linkedFrom)}});
        inv.printJson(out);
    } else {
        QString text;
        for (const MissingPage& page : *missing)
            text += QCoreApplication::translate("cp::cli", "%1 (linked from %2)")
                        .arg(page.title, page.linkedFrom.join(QStringLiteral(", "))) +
                    u'\n';
        inv.write(text.toUtf8());
    }
    inv.succeed();
}

void runReindex(Invocation& inv)
{
    auto open = openIndex(inv, inv.argument(0));
    if (!open)
        return;
    if (auto ok = open->index->rebuild(); !ok)
        return inv.fail(ok.error());
    auto pages = open->commons->pages().list();
    if (inv.json())
        inv.printJson(QJsonObject{{QStringLiteral("path"), open->index->path()},
                                  {QStringLiteral("pages"), pages ? int(pages->size()) : 0}});
    else
        inv.print(QCoreApplication::translate("cp::cli", "Rebuilt the search index %1.").arg(open->index->path()));
    inv.succeed();
}

Command searchCommand()
{
    return {QStringLiteral("search"),
            QStringLiteral("DIR QUERY [--limit N]"),
            QT_TRANSLATE_NOOP("cp::cli", "Search the pages of a commons, best matches first"),
            QT_TRANSLATE_NOOP("cp::cli",
                              "All words must occur; \"a phrase\" in quotes; -word excludes; the last word also "
                              "matches as a prefix. Accents and letter case are ignored. Prints each page's title "
                              "and a snippet; with --json, an array of {\"title\", \"snippet\" (HTML, matches in "
                              "<b>), \"score\"}. Builds the index first when there is none."),
            {{{QStringLiteral("limit")},
              QT_TRANSLATE_NOOP("cp::cli", "At most N results (default 20)"),
              QStringLiteral("N")}},
            2,
            2,
            runSearch};
}

Command linksCommand()
{
    return {QStringLiteral("links"),
            QStringLiteral("DIR PAGE"),
            QT_TRANSLATE_NOOP("cp::cli", "Show the links of a page and the pages that link to it"),
            QT_TRANSLATE_NOOP("cp::cli", "With --json, prints {\"page\", \"links\": [{\"title\", \"exists\"}], "
                                         "\"backlinks\": [titles]}."),
            {},
            2,
            2,
            runLinks};
}

Command orphansCommand()
{
    return {QStringLiteral("orphans"),
            QStringLiteral("DIR"),
            QT_TRANSLATE_NOOP("cp::cli", "List the pages no other page links to"),
            QT_TRANSLATE_NOOP("cp::cli", "With --json, prints one JSON array of titles."),
            {},
            1,
            1,
            runOrphans};
}

Command missingCommand()
{
    return {QStringLiteral("missing"),
            QStringLiteral("DIR"),
            QT_TRANSLATE_NOOP("cp::cli", "List links to pages that do not exist, with the pages that hold them"),
            QT_TRANSLATE_NOOP("cp::cli", "With --json, prints an array of {\"title\", \"linkedFrom\": [titles]}."),
            {},
            1,
            1,
            runMissing};
}

Command reindexCommand()
{
    return {QStringLiteral("reindex"),
            QStringLiteral("DIR"),
            QT_TRANSLATE_NOOP("cp::cli", "Rebuild the search index and link graph of a commons from its history"),
            QT_TRANSLATE_NOOP("cp::cli", "The index lives in .git/commonplace/index.sqlite and is kept up to date "
                                         "by itself; this is for a damaged one."),
            {},
            1,
            1,
            runReindex};
}

const CommandRegistration registration{searchCommand(), linksCommand(), orphansCommand(), missingCommand(),
                                       reindexCommand()};

} // namespace

} // namespace cp::cli
