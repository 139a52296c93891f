#pragma once

// Shared set-up for the review tests: my commons, signed by my identity, and peers
// whose commits and notes are made in the same repository and published under
// refs/peers/<pid>/…, as gossip would leave them.

#include "core/crypto/Identity.h"
#include "core/git/Commit.h"
#include "core/git/Notes.h"
#include "core/git/Repository.h"
#include "core/review/ReviewNote.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/PeerEmail.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace cp::test {

struct Peer
{
    std::shared_ptr<const Identity> identity = std::make_shared<const Identity>(Identity::generate());
    [[nodiscard]] PublicKey key() const { return identity->publicKey(); }
    [[nodiscard]] CommitSigner signer() const { return Identity::commitSigner(identity); }
    [[nodiscard]] Author author(const QString& name) const { return {name, PeerEmail::forKey(key())}; }
};

struct ReviewFixture
{
    QTemporaryDir dir;
    Peer me;
    std::unique_ptr<Commons> commons;

    bool setUp()
    {
        auto made = Commons::create(dir.path() + QStringLiteral("/c"), {QStringLiteral("Test"), {}},
                                    me.author(QStringLiteral("Me")), me.signer());
        if (!made)
            return false;
        commons = std::move(*made);
        return true;
    }

    git::Repository& repo() { return commons->repository(); }
    git::Oid main() { return *repo().resolve(QStringLiteral("refs/heads/main")).value(); }

    // A commit by `peer` on `parent` that sets top-level `path` to `text`, published
    // as the peer's view.
    git::Oid peerCommit(const Peer& peer, const git::Oid& parent, const QString& path, const QString& text,
                        const QString& message = QStringLiteral("peer edit"))
    {
        auto parentCommit = repo().lookupCommit(parent).value();
        auto tree = repo().lookupTree(parentCommit.treeId()).value();
        auto builder = repo().treeBuilder(&tree).value();
        const git::Oid blob = repo().writeBlob(text.toUtf8()).value();
        (void)builder.insert(path, blob);
        git::CommitDraft draft;
        draft.tree = builder.write().value();
        draft.parents = {parent};
        draft.author = Commons::signatureFor(peer.author(QStringLiteral("Peer")));
        draft.message = message;
        const git::Oid id = repo().createCommit(draft, peer.signer()).value();
        publish(peer, id);
        return id;
    }

    void publish(const Peer& peer, const git::Oid& tip)
    {
        const QString ref = QStringLiteral("refs/peers/") + peer.key().pid() + QStringLiteral("/heads/main");
        auto old = repo().resolve(ref).value();
        (void)repo().updateReference(ref, tip, old, QStringLiteral("test"));
    }

    // A note in `owner`'s published notes, signed by `signer` (a forgery when they differ).
    void peerNote(const Peer& owner, const Peer& signer, const git::Oid& commit, ReviewNote::Verdict verdict,
                  const QString& comment = QStringLiteral("fine"))
    {
        const QByteArray text = ReviewNote::make(commit, verdict, comment, signer.key(), signer.signer()).value();
        (void)git::Notes::write(repo(),
                                QStringLiteral("refs/peers/") + owner.key().pid() + QStringLiteral("/notes/reviews"),
                                commit, text, Commons::signatureFor(owner.author(QStringLiteral("Owner"))));
    }

    QString file(const QString& path)
    {
        QFile f(commons->path() + u'/' + path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
};

} // namespace cp::test
