#include "core/sync/Replica.h"

#include "core/crypto/Identity.h"
#include "core/git/PackBuilder.h"
#include "core/git/Repository.h"
#include "core/git/RootCommit.h"
#include "core/sync/SigRefsStore.h"

#include <QtDebug>
#include <algorithm>

namespace cp::sync {

namespace {

// The root commit of main (git::RootCommit).
Result<git::Oid> rootOfMain(git::Repository& repo)
{
    auto head = repo.resolve(QStringLiteral("refs/heads/main"));
    if (!head)
        return fail(head.error());
    if (!*head)
        return fail(Error::user(Replica::tr("%1 has no main branch, so it is not a commons yet.").arg(repo.workdir())));
    return git::RootCommit::of(repo, **head);
}

} // namespace

Replica::~Replica() = default;

Result<std::unique_ptr<Replica>> Replica::open(const QString& path, std::shared_ptr<const Identity> identity,
                                               SyncOptions options, std::optional<git::Oid> commonsId)
{
    auto repo = git::Repository::open(path);
    if (!repo)
        return fail(repo.error());
    std::unique_ptr<Replica> replica(new Replica());
    replica->m_repo = std::make_unique<git::Repository>(std::move(*repo));
    replica->m_identity = std::move(identity);
    replica->m_options = std::move(options);
    if (commonsId) {
        replica->m_commonsId = *commonsId;
    } else {
        auto root = rootOfMain(*replica->m_repo);
        if (!root)
            return fail(root.error());
        replica->m_commonsId = *root;
    }
    // A crash's leftovers; a younger folder may be another process's transfer under way.
    git::IncomingPack::removeLeftovers(replica->stateDir(), std::chrono::hours(1));
    if (auto ok = replica->load(); !ok)
        return fail(ok.error());
    return replica;
}

Status Replica::load()
{
    SigRefsStore store(*m_repo);
    if (auto own = store.own(); own && *own && (*own)->peer() == self() && (*own)->commons() == m_commonsId)
        m_own = **own;
    auto peers = store.peers();
    if (!peers)
        return fail(peers.error());
    for (const SignedRefs& record : std::as_const(*peers)) {
        if (record.commons() != m_commonsId || record.peer() == self()) {
            qWarning().noquote() << tr("Ignoring the record of %1 kept in %2: it belongs elsewhere.")
                                        .arg(record.peer().shortId(), path());
            continue;
        }
        m_peers.insert(record.peer(), record);
    }
    return {};
}

const PublicKey& Replica::self() const
{
    return m_identity->publicKey();
}

QString Replica::path() const
{
    return m_repo->workdir().isEmpty() ? m_repo->gitDir() : m_repo->workdir();
}

QString Replica::stateDir() const
{
    return m_repo->gitDir() + QStringLiteral("/commonplace");
}

QList<SignedRefs> Replica::records() const
{
    QList<SignedRefs> out;
    if (m_own)
        out.append(*m_own);
    QList<PublicKey> keys = m_peers.keys();
    std::sort(keys.begin(), keys.end());
    for (const PublicKey& key : keys)
        out.append(m_peers.value(key));
    return out;
}

std::optional<SignedRefs> Replica::held(const PublicKey& peer) const
{
    if (peer == self())
        return m_own;
    if (auto it = m_peers.constFind(peer); it != m_peers.cend())
        return *it;
    return std::nullopt;
}

quint64 Replica::heldSeq(const PublicKey& peer) const
{
    const auto record = held(peer);
    return record ? record->seq() : 0;
}

Result<std::optional<SignedRefs>> Replica::refreshOwn(quint64 seqFloor)
{
    if (auto main = m_repo->resolve(QStringLiteral("refs/heads/main")); !main || !*main)
        return std::optional<SignedRefs>(); // joining: nothing of mine to publish yet
    SigRefsStore store(*m_repo);
    auto record = store.updateOwn(*m_identity, m_commonsId, now(), seqFloor);
    if (record && *record) {
        rememberTips(m_own);
        m_own = **record;
    }
    return record;
}

QList<git::Oid> Replica::missingObjects(const SignedRefs& record) const
{
    return SigRefsStore(*m_repo).missingObjects(record);
}

QList<git::Oid> Replica::haves() const
{
    QList<git::Oid> out;
    for (const SignedRefs& record : records())
        for (const git::Oid& oid : record.refs())
            if (!out.contains(oid) && out.size() < m_options.maxHaves)
                out.append(oid);
    return out;
}

bool Replica::isPublished(const git::Oid& oid) const
{
    if (m_own && std::ranges::find(m_own->refs(), oid) != m_own->refs().cend())
        return true;
    if (m_formerTips.contains(oid))
        return true;
    return std::ranges::any_of(
        m_peers, [&](const SignedRefs& r) { return std::ranges::find(r.refs(), oid) != r.refs().cend(); });
}

Result<QByteArray> Replica::buildPack(const QList<git::Oid>& wants, const QList<git::Oid>& haves)
{
    for (const git::Oid& want : wants)
        if (!isPublished(want))
            return fail(
                Error::protocol(tr("The peer asked for %1, which no record held here publishes.").arg(want.toHex())));
    QList<git::Oid> sortedWants = wants, sortedHaves = haves;
    std::ranges::sort(sortedWants);
    std::ranges::sort(sortedHaves);
    constexpr qint64 kKeepFor = 10 * 60 * 1000;      // ms
    constexpr qint64 kWorthKeeping = 100;            // ms to build, at least
    constexpr qsizetype kMaxKept = 64 * 1024 * 1024; // bytes
    if (m_lastPack && m_lastPack->age.elapsed() > kKeepFor)
        m_lastPack.reset();
    if (m_lastPack && m_lastPack->wants == sortedWants && m_lastPack->haves == sortedHaves &&
        m_lastPack->pack.size() <= m_options.maxPackBytes)
        return m_lastPack->pack; // shared, not copied
    QElapsedTimer clock;
    clock.start();
    auto pack = git::PackBuilder::build(*m_repo, wants, haves, m_options.maxPackBytes);
    if (pack && clock.elapsed() >= kWorthKeeping && pack->size() <= kMaxKept) {
        m_lastPack = BuiltPack{std::move(sortedWants), std::move(sortedHaves), *pack, {}};
        m_lastPack->age.start();
    }
    return pack;
}

Result<git::IncomingPack> Replica::beginPack()
{
    return git::IncomingPack::begin(*m_repo, stateDir(), {m_options.maxPackBytes, m_options.maxPackObjects});
}

Status Replica::store(const SignedRefs& record)
{
    if (record.peer() == self())
        return fail(Error::internal(tr("My own record is made here, not received.")));
    if (record.commons() != m_commonsId)
        return fail(Error::protocol(tr("The record of %1 belongs to another commons.").arg(record.peer().shortId())));
    if (auto ok = SigRefsStore(*m_repo).storePeer(record); !ok)
        return ok;
    rememberTips(held(record.peer()));
    m_peers.insert(record.peer(), record);
    return {};
}

void Replica::rememberTips(const std::optional<SignedRefs>& replaced)
{
    if (!replaced)
        return;
    constexpr qsizetype kMaxFormerTips = 1 << 16; // past it, start again: a rare late want fails as before
    if (m_formerTips.size() > kMaxFormerTips)
        m_formerTips.clear();
    for (const git::Oid& oid : replaced->refs())
        m_formerTips.insert(oid);
}

} // namespace cp::sync
