#include "core/wiki/History.h"

#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/RevParse.h"
#include "core/git/Tree.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/Commons.h"
#include "core/wiki/ExternalEdits.h"
#include "core/wiki/HistoryCursor.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WorkingCopy.h"

namespace cp {

struct History::Private
{
    Commons& commons;
    CommitVerifier verifier; // remembers every verdict: a commit never changes
    bool verify = true;
};

History::History(Commons& commons)
    : d(std::make_unique<Private>(Private{commons, CommitVerifier(commons.repository()), true}))
{
}

void History::setVerifySignatures(bool verify)
{
    d->verify = verify;
}

History::~History() = default;

git::Repository& History::repository()
{
    return d->commons.repository();
}

Result<git::Oid> History::resolve(const QString& revision) const
{
    const QString spec = revision.trimmed().isEmpty() ? WorkingCopy::MainRef : revision.trimmed();
    return git::RevParse::commit(d->commons.repository(), spec);
}

void History::fill(HistoryEntry& entry, const git::Commit& commit)
{
    entry.commit = commit.id();
    entry.parents = commit.parentIds();
    const git::Signature author = commit.author();
    entry.author = author.name;
    entry.authorEmail = author.email;
    entry.time = author.when;
    entry.summary = commit.summary();
    entry.message = commit.message();
    if (!d->verify) {
        auto signature = commit.signature();
        entry.signature =
            signature && !*signature ? HistoryEntry::SignatureState::Unsigned : HistoryEntry::SignatureState::Unknown;
        return;
    }
    auto verdict = d->verifier.verify(commit);
    if (!verdict) {
        entry.signature = HistoryEntry::SignatureState::Unknown;
        entry.signatureNote = verdict.error().message;
        return;
    }
    switch (verdict->state) {
    case CommitVerification::State::Verified:
        entry.signature = HistoryEntry::SignatureState::Verified;
        entry.signer = verdict->signer.did();
        if (!verdict->isSignedByAuthor())
            entry.signatureNote = tr("Signed by %1, who is not the author named.").arg(verdict->signer.shortId());
        break;
    case CommitVerification::State::Unsigned:
        entry.signature = HistoryEntry::SignatureState::Unsigned;
        break;
    case CommitVerification::State::Bad:
        entry.signature = HistoryEntry::SignatureState::Bad;
        if (!verdict->signer.isNull())
            entry.signer = verdict->signer.did();
        entry.signatureNote = verdict->reason;
        break;
    }
}

Result<HistoryEntry> History::describe(const git::Oid& commit)
{
    auto found = d->commons.repository().lookupCommit(commit);
    if (!found)
        return fail(found.error());
    HistoryEntry entry;
    fill(entry, *found);
    return entry;
}

Result<HistoryCursor> History::commonsHistory(const QString& revision)
{
    auto start = resolve(revision);
    if (!start)
        return fail(start.error());
    return HistoryCursor(*this, *start, {});
}

Result<HistoryCursor> History::pageHistory(const PageName& page, const QString& revision)
{
    if (!page.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    auto cursor = commonsHistory(revision);
    if (!cursor)
        return fail(cursor.error());
    cursor->m_path = page.path();
    return std::move(*cursor);
}

Result<std::optional<QByteArray>> History::fileAt(const QString& path, const git::Oid& commit) const
{
    const git::Repository& repo = d->commons.repository();
    auto found = repo.lookupCommit(commit);
    if (!found)
        return fail(found.error());
    auto tree = found->tree();
    if (!tree)
        return fail(tree.error());
    auto entry = tree->entryByPath(path);
    if (!entry)
        return fail(entry.error());
    if (!*entry || !(*entry)->isBlob())
        return std::optional<QByteArray>();
    auto content = repo.readBlob((*entry)->id);
    if (!content)
        return fail(content.error());
    return std::optional(std::move(*content));
}

Result<QString> History::pageText(const PageName& page, const QString& revision) const
{
    if (!page.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    auto commit = resolve(revision);
    if (!commit)
        return fail(commit.error());
    auto content = fileAt(page.path(), *commit);
    if (!content)
        return fail(content.error());
    if (!*content)
        return fail(
            Error::notFound(tr("There was no page “%1” in commit %2.").arg(page.title(), commit->toShortHex())));
    return QString::fromUtf8(**content);
}

Result<QList<git::TreeChange>> History::changesIn(const git::Oid& commit) const
{
    const git::Repository& repo = d->commons.repository();
    auto found = repo.lookupCommit(commit);
    if (!found)
        return fail(found.error());
    std::optional<git::Oid> parentTree;
    if (const QList<git::Oid> parents = found->parentIds(); !parents.isEmpty()) {
        auto parent = repo.lookupCommit(parents.first());
        if (!parent)
            return fail(parent.error());
        parentTree = parent->treeId();
    }
    return git::TreeDiff::between(repo, parentTree, found->treeId());
}

Result<QString> History::restore(const PageName& page, const QString& revision, const QString& summary,
                                 const QString& sourcePath)
{
    if (!page.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    auto commit = resolve(revision);
    if (!commit)
        return fail(commit.error());
    const QString path = sourcePath.isEmpty() ? page.path() : sourcePath;
    auto content = fileAt(path, *commit);
    if (!content)
        return fail(content.error());
    if (!*content)
        return fail(Error::notFound(
            tr("Cannot restore “%1”: commit %2 has no %3.").arg(page.title(), commit->toShortHex(), path)));
    const QString text = QString::fromUtf8(**content);
    // Never over an edit made outside Commonplace that no commit holds yet.
    if (auto safe = ExternalEdits(d->commons).checkSafeToSave(page, text); !safe)
        return fail(safe.error());
    QString message = summary.trimmed();
    if (message.isEmpty())
        message = tr("Restore %1 to %2").arg(page.title(), commit->toShortHex());
    return d->commons.pages().save(page, text, message);
}

} // namespace cp
