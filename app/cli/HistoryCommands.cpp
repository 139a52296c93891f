// The history commands: log, diff, restore, attach, changes, commit-changes.
#include "app/cli/CommandRegistry.h"
#include "app/cli/Invocation.h"
#include "core/wiki/Attachments.h"
#include "core/wiki/Commons.h"
#include "core/wiki/ExternalEdits.h"
#include "core/wiki/History.h"
#include "core/wiki/HistoryCursor.h"
#include "core/wiki/PageDiff.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cp::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::cli", text);
}

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

// A page argument; finishes the invocation on failure.
std::optional<PageName> pageArgument(Invocation& inv, int i)
{
    auto name = PageName::fromTitle(inv.argument(i));
    if (!name) {
        inv.fail(name.error());
        return std::nullopt;
    }
    return *name;
}

QJsonObject entryJson(const HistoryEntry& e)
{
    QJsonObject o{{QStringLiteral("commit"), e.commit.toHex()},
                  {QStringLiteral("author"), e.author},
                  {QStringLiteral("email"), e.authorEmail},
                  {QStringLiteral("time"), e.time.toString(Qt::ISODate)},
                  {QStringLiteral("summary"), e.summary},
                  {QStringLiteral("signature"), HistoryEntry::signatureKey(e.signature)}};
    if (!e.signer.isEmpty())
        o.insert(QStringLiteral("signer"), e.signer);
    if (!e.signatureNote.isEmpty())
        o.insert(QStringLiteral("signatureNote"), e.signatureNote);
    QJsonArray parents;
    for (const git::Oid& p : e.parents)
        parents.append(p.toHex());
    o.insert(QStringLiteral("parents"), parents);
    if (e.change != HistoryEntry::Change::None) {
        o.insert(QStringLiteral("change"), HistoryEntry::changeKey(e.change));
        o.insert(QStringLiteral("path"), e.path);
        if (!e.previousPath.isEmpty())
            o.insert(QStringLiteral("previousPath"), e.previousPath);
    }
    return o;
}

QString entryLine(const HistoryEntry& e)
{
    QString line = e.commit.toShortHex() + QStringLiteral("  ") + e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                   QStringLiteral("  ") + e.author + QStringLiteral("  ") +
                   HistoryEntry::signatureKey(e.signature).leftJustified(8) + QStringLiteral("  ") + e.summary;
    if (e.change == HistoryEntry::Change::Renamed)
        line += tr("  (renamed from %1)").arg(e.previousPath);
    else if (e.change == HistoryEntry::Change::Added)
        line += tr("  (created)");
    else if (e.change == HistoryEntry::Change::Removed)
        line += tr("  (deleted)");
    return line;
}

void runLog(Invocation& inv)
{
    int limit = -1;
    if (inv.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = inv.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return inv.usageError(tr("--limit needs a positive number."));
    }
    std::optional<PageName> page;
    if (inv.arguments().size() > 1 && !(page = pageArgument(inv, 1)))
        return;
    auto commons = openCommons(inv, inv.argument(0));
    if (!commons)
        return;
    History history(*commons);
    const QString from = inv.value(QStringLiteral("rev"));
    auto cursor = page ? history.pageHistory(*page, from) : history.commonsHistory(from);
    if (!cursor)
        return inv.fail(cursor.error());
    QJsonArray all;
    int shown = 0;
    while (!cursor->atEnd() && (limit < 0 || shown < limit)) {
        // A hundred at a time, printed as they come: a long history starts showing at once.
        const int chunk = limit < 0 ? 100 : std::min(100, limit - shown);
        auto entries = cursor->next(chunk);
        if (!entries)
            return inv.fail(entries.error());
        for (const HistoryEntry& e : *entries) {
            if (inv.json())
                all.append(entryJson(e));
            else
                inv.print(entryLine(e));
        }
        shown += int(entries->size());
    }
    if (inv.json())
        inv.printJson(all);
    inv.succeed();
}

QJsonObject hunkJson(const DiffHunk& hunk)
{
    QJsonArray lines;
    for (const DiffLine& line : hunk.lines) {
        QJsonArray spans;
        for (const DiffSpan& span : line.spans)
            spans.append(QJsonArray{span.start, span.length});
        const QString kind = line.kind == DiffLine::Kind::Context   ? QStringLiteral("context")
                             : line.kind == DiffLine::Kind::Removed ? QStringLiteral("removed")
                                                                    : QStringLiteral("added");
        lines.append(QJsonObject{{QStringLiteral("kind"), kind},
                                 {QStringLiteral("old"), line.oldNumber},
                                 {QStringLiteral("new"), line.newNumber},
                                 {QStringLiteral("text"), line.text},
                                 {QStringLiteral("spans"), spans}});
    }
    return QJsonObject{{QStringLiteral("header"), hunk.header()}, {QStringLiteral("lines"), lines}};
}

void runDiff(Invocation& inv)
{
    auto page = pageArgument(inv, 1);
    if (!page)
        return;
    auto commons = openCommons(inv, inv.argument(0));
    if (!commons)
        return;
    History history(*commons);
    const std::optional<QString> to = inv.arguments().size() > 3 ? std::optional(inv.argument(3)) : std::nullopt;
    auto diff = PageDiff::compute(history, *page, inv.argument(2), to);
    if (!diff)
        return inv.fail(diff.error());
    if (inv.json()) {
        QJsonArray hunks;
        for (const DiffHunk& hunk : diff->diff().hunks())
            hunks.append(hunkJson(hunk));
        inv.printJson(QJsonObject{{QStringLiteral("page"), page->title()},
                                  {QStringLiteral("from"), diff->from().label()},
                                  {QStringLiteral("to"), diff->to().label()},
                                  {QStringLiteral("added"), diff->diff().addedLines()},
                                  {QStringLiteral("removed"), diff->diff().removedLines()},
                                  {QStringLiteral("hunks"), hunks}});
    } else {
        inv.write((inv.isSet(QStringLiteral("words")) ? diff->wordDiffText() : diff->unifiedText()).toUtf8());
    }
    inv.succeed();
}

void runRestore(Invocation& inv)
{
    auto page = pageArgument(inv, 1);
    if (!page)
        return;
    inv.withIdentity([&inv, page = *page](ProfileIdentity& identity) {
        auto commons = openCommons(inv, inv.argument(0));
        if (!commons)
            return;
        identity.apply(*commons, inv.authorName());
        History history(*commons);
        const QString before = commons->head();
        auto head = history.restore(page, inv.argument(2), inv.value(QStringLiteral("message")));
        if (!head)
            return inv.fail(head.error());
        if (inv.json())
            inv.printJson(QJsonObject{{QStringLiteral("page"), page.title()},
                                      {QStringLiteral("commit"), *head},
                                      {QStringLiteral("changed"), *head != before}});
        else
            inv.print(*head);
        inv.succeed();
    });
}

void runAttach(Invocation& inv)
{
    PageName page;
    if (inv.isSet(QStringLiteral("page"))) {
        auto name = PageName::fromTitle(inv.value(QStringLiteral("page")));
        if (!name)
            return inv.fail(name.error());
        page = *name;
    }
    qint64 maxBytes = Attachments::DefaultMaxBytes;
    if (auto profile = inv.profile())
        maxBytes = Attachments::maxBytesFrom((*profile)->settings());
    if (inv.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double megabytes = inv.value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || megabytes <= 0)
            return inv.usageError(tr("--max-size needs a positive number of megabytes."));
        maxBytes = qint64(megabytes * 1024 * 1024);
    }
    inv.withIdentity([&inv, page, maxBytes](ProfileIdentity& identity) {
        auto commons = openCommons(inv, inv.argument(0));
        if (!commons)
            return;
        identity.apply(*commons, inv.authorName());
        Attachments attachments(*commons, maxBytes);
        auto added = attachments.addFile(inv.argument(1), page);
        if (!added)
            return inv.fail(added.error());
        if (inv.json())
            inv.printJson(QJsonObject{{QStringLiteral("path"), added->path},
                                      {QStringLiteral("markdown"), added->markdown},
                                      {QStringLiteral("commit"), added->commit},
                                      {QStringLiteral("image"), added->isImage},
                                      {QStringLiteral("reused"), added->reused}});
        else
            inv.print(added->markdown);
        inv.succeed();
    });
}

void runChanges(Invocation& inv)
{
    auto commons = openCommons(inv, inv.argument(0));
    if (!commons)
        return;
    auto changes = ExternalEdits(*commons).scan();
    if (!changes)
        return inv.fail(changes.error());
    QJsonArray all;
    for (const ExternalChange& change : *changes) {
        const QString kind = ExternalChange::kindKey(change.kind);
        if (inv.json()) {
            QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("path"), change.path}};
            if (change.isPage())
                o.insert(QStringLiteral("page"), change.page.title());
            all.append(o);
        } else {
            inv.print(kind.leftJustified(10) + change.path);
        }
    }
    if (inv.json())
        inv.printJson(all);
    inv.succeed();
}

void runCommitChanges(Invocation& inv)
{
    inv.withIdentity([&inv](ProfileIdentity& identity) {
        auto commons = openCommons(inv, inv.argument(0));
        if (!commons)
            return;
        identity.apply(*commons, inv.authorName());
        const QString before = commons->head();
        auto head = ExternalEdits(*commons).commit(inv.value(QStringLiteral("message")), inv.arguments().mid(1));
        if (!head)
            return inv.fail(head.error());
        if (inv.json())
            inv.printJson(QJsonObject{{QStringLiteral("commit"), *head}, {QStringLiteral("changed"), *head != before}});
        else if (*head == before)
            inv.print(tr("Nothing to commit: no page or attachment was changed outside Commonplace."));
        else
            inv.print(*head);
        inv.succeed();
    });
}

const OptionSpec messageOption{{QStringLiteral("m"), QStringLiteral("message")},
                               QT_TRANSLATE_NOOP("cp::cli", "The commit message"),
                               QStringLiteral("MESSAGE")};

Command logCommand()
{
    return {QStringLiteral("log"),
            QStringLiteral("DIR [PAGE] [--limit N] [--rev REV]"),
            QT_TRANSLATE_NOOP("cp::cli", "Show the history of a commons or of one page, newest first"),
            QT_TRANSLATE_NOOP("cp::cli", "One line per commit: short id, time, author, signature state (verified, "
                                         "unsigned, bad, unknown) and summary. With PAGE, only the commits that "
                                         "changed it, following renames. With --json, prints one array of objects."),
            {{{QStringLiteral("n"), QStringLiteral("limit")},
              QT_TRANSLATE_NOOP("cp::cli", "Show at most N commits"),
              QStringLiteral("N")},
             {{QStringLiteral("rev")},
              QT_TRANSLATE_NOOP("cp::cli", "Start from REV instead of main"),
              QStringLiteral("REV")}},
            1,
            2,
            runLog};
}

Command diffCommand()
{
    return {QStringLiteral("diff"),
            QStringLiteral("DIR PAGE REV1 [REV2] [--words]"),
            QT_TRANSLATE_NOOP("cp::cli", "Show how a page changed between two versions"),
            QT_TRANSLATE_NOOP("cp::cli", "Unified diff of PAGE at REV1 against REV2, or against the file on disk "
                                         "when REV2 is left out. Revisions as git names them: an id (or its "
                                         "beginning), main, main~2. --words marks changed words [-old-]{+new+}."),
            {{{QStringLiteral("words")}, QT_TRANSLATE_NOOP("cp::cli", "Mark the changed words inside lines"), {}}},
            3,
            4,
            runDiff};
}

Command restoreCommand()
{
    return {QStringLiteral("restore"),
            QStringLiteral("DIR PAGE REV [-m MESSAGE]"),
            QT_TRANSLATE_NOOP("cp::cli", "Bring back a page's text from an old version, as a new commit"),
            QT_TRANSLATE_NOOP("cp::cli", "Prints the new commit's id. Refuses when the page's file holds an edit "
                                         "made outside Commonplace: commit it first with commit-changes."),
            {messageOption},
            3,
            3,
            runRestore};
}

Command attachCommand()
{
    return {
        QStringLiteral("attach"),
        QStringLiteral("DIR FILE [--page PAGE] [--max-size MB]"),
        QT_TRANSLATE_NOOP("cp::cli", "Add a file under attachments/ and print the markdown that links it"),
        QT_TRANSLATE_NOOP("cp::cli", "Commits the file (a safe, unused name is chosen). The link is relative "
                                     "to PAGE's folder when given. Files over the limit (20 MB unless the "
                                     "settings say otherwise) are refused."),
        {{{QStringLiteral("page")}, QT_TRANSLATE_NOOP("cp::cli", "The page the link is for"), QStringLiteral("PAGE")},
         {{QStringLiteral("max-size")},
          QT_TRANSLATE_NOOP("cp::cli", "The size limit in megabytes"),
          QStringLiteral("MB")}},
        2,
        2,
        runAttach};
}

Command changesCommand()
{
    return {QStringLiteral("changes"),
            QStringLiteral("DIR"),
            QT_TRANSLATE_NOOP("cp::cli", "List pages and attachments changed on disk outside Commonplace"),
            QT_TRANSLATE_NOOP("cp::cli", "One line per file: added, modified, removed or conflicted, and its path. "
                                         "Commit them with commit-changes."),
            {},
            1,
            1,
            runChanges};
}

Command commitChangesCommand()
{
    return {QStringLiteral("commit-changes"),
            QStringLiteral("DIR [PATH...] [-m MESSAGE]"),
            QT_TRANSLATE_NOOP("cp::cli", "Commit the pages and attachments changed outside Commonplace"),
            QT_TRANSLATE_NOOP("cp::cli", "All of them, or only the given paths, as they are on disk, in one "
                                         "commit. Prints the new commit's id."),
            {messageOption},
            1,
            1000,
            runCommitChanges};
}

const CommandRegistration registration{logCommand(),    diffCommand(),    restoreCommand(),
                                       attachCommand(), changesCommand(), commitChangesCommand()};

} // namespace

} // namespace cp::cli
