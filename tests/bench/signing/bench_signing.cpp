// Signed commits in a real repository (issue 3): make a chain of N signed commits
// through the core/git wrappers, then verify the whole history with CommitVerifier.
// Goals: < 1 ms to sign one commit; < 2 s to verify a 10,000-commit history.
// Run: build/<dir>/tests/bench/signing/bench_signing [commits]

#include "core/crypto/Identity.h"
#include "core/git/Repository.h"
#include "core/git/RevWalk.h"
#include "core/git/TreeBuilder.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/PeerEmail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1) + QStringLiteral(" ms");
}

QString us(double ns)
{
    return QString::number(ns / 1e3, 'f', 1) + QStringLiteral(" µs");
}

// CPU time (user + system) this process has used: on a busy machine the wall
// clock also counts other processes, so both are shown.
qint64 cpuNs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ns = [](const timeval& t) { return qint64(t.tv_sec) * 1000000000 + qint64(t.tv_usec) * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
}

int report(const cp::Error& error)
{
    std::fprintf(stderr, "%s\n", error.message.toUtf8().constData());
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int commits = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto repo = cp::git::Repository::init(dir.path() + QStringLiteral("/history"));
    if (!repo)
        return report(repo.error());

    // Four peers take turns, as in a small circle.
    std::vector<std::shared_ptr<const cp::Identity>> peers;
    for (int i = 0; i < 4; ++i)
        peers.push_back(std::make_shared<const cp::Identity>(cp::Identity::generate()));

    auto blob = repo->writeBlob("# Engines\n\nNotes on the analytical engine.\n");
    auto builder = repo->treeBuilder();
    if (!blob || !builder)
        return report(!blob ? blob.error() : builder.error());
    if (auto ok = builder->insert(QStringLiteral("Engines.md"), *blob); !ok)
        return report(ok.error());
    auto tree = builder->write();
    if (!tree)
        return report(tree.error());

    // Time spent inside the signer alone, apart from libgit2's work.
    qint64 signingNs = 0;
    QElapsedTimer total;
    total.start();
    qint64 cpu = cpuNs();
    std::optional<cp::git::Oid> parent;
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), QTimeZone(3600));
    for (int i = 0; i < commits; ++i) {
        const auto& peer = peers[size_t(i) % peers.size()];
        const cp::CommitSigner sign = cp::Identity::commitSigner(peer);
        const cp::CommitSigner timed = [&sign, &signingNs](const QByteArray& content) {
            QElapsedTimer t;
            t.start();
            auto signature = sign(content);
            signingNs += t.nsecsElapsed();
            return signature;
        };
        const cp::git::Signature who{QStringLiteral("Peer %1").arg(size_t(i) % peers.size()),
                                     cp::PeerEmail::forKey(peer->publicKey()), start.addSecs(60 * i)};
        cp::git::CommitDraft draft{*tree, {}, who, {}, QStringLiteral("Edit Engines (%1)").arg(i)};
        if (parent)
            draft.parents = {*parent};
        auto id = repo->createCommit(draft, timed);
        if (!id)
            return report(id.error());
        parent = *id;
    }
    const qint64 makingNs = total.nsecsElapsed();
    const qint64 makingCpuNs = cpuNs() - cpu;
    if (auto moved =
            repo->updateReference(QStringLiteral("refs/heads/main"), *parent, std::nullopt, QStringLiteral("bench"));
        !moved)
        return report(moved.error());
    out << "make:   " << commits << " signed commits in " << ms(makingNs) << " (" << us(double(makingNs) / commits)
        << " each with libgit2, CPU " << ms(makingCpuNs) << "; signing alone " << us(double(signingNs) / commits)
        << ", goal < 1000 µs)\n";
    out.flush();

    // Verify the whole history as the history view would: walk, then verify each.
    total.restart();
    cpu = cpuNs();
    auto walk = repo->revWalk();
    if (!walk)
        return report(walk.error());
    if (auto ok = walk->pushReference(QStringLiteral("refs/heads/main")); !ok)
        return report(ok.error());
    cp::CommitVerifier verifier(*repo);
    int seen = 0;
    int verified = 0;
    for (;;) {
        auto next = walk->next();
        if (!next)
            return report(next.error());
        if (!*next)
            break;
        ++seen;
        auto verdict = verifier.verify(**next);
        if (!verdict)
            return report(verdict.error());
        if (verdict->isVerified() && verdict->isSignedByAuthor())
            ++verified;
    }
    const qint64 verifyNs = total.nsecsElapsed();
    const qint64 verifyCpuNs = cpuNs() - cpu;
    out << "verify: " << seen << " commits in " << ms(verifyNs) << " (" << us(double(verifyNs) / std::max(seen, 1))
        << " each; CPU " << ms(verifyCpuNs) << "; goal < 2000 ms for 10000)\n";

    // Again from the cache, as a history view that scrolls back.
    total.restart();
    walk->reset();
    (void)walk->pushReference(QStringLiteral("refs/heads/main"));
    while (auto next = walk->next()) {
        if (!*next)
            break;
        (void)verifier.verify(**next);
    }
    out << "cached: " << ms(total.nsecsElapsed()) << " for the same history again\n";
    out.flush();
    if (seen != commits || verified != commits) {
        std::fprintf(stderr, "%d commits walked, %d verified, of %d\n", seen, verified, commits);
        return 1;
    }
    return 0;
}
