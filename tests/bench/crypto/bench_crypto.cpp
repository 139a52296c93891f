// Signing and verifying commits with SSHSIG (issue 3).
// Goals: < 1 ms to sign one commit; < 2 s to verify a 10,000-commit history.
// Run: build/<dir>/tests/bench/crypto/bench_crypto [commits]

#include "core/crypto/Identity.h"
#include "core/crypto/SshSignature.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTextStream>
#include <cstdio>
#include <vector>

namespace {

// A typical commit object (about 300 bytes), different for every n.
QByteArray commit(int n)
{
    return QByteArrayLiteral("tree 9bf3c8f1e2d7a5b4c3d2e1f0a9b8c7d6e5f4a3b2\n"
                             "parent 1f0e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6\n"
                             "author Ada Lovelace <did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK> ") +
           QByteArray::number(1700000000 + n) +
           QByteArrayLiteral(" +0100\n"
                             "committer Ada Lovelace <did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK> ") +
           QByteArray::number(1700000000 + n) + QByteArrayLiteral(" +0100\n\nEdit Notes/Engines.md (") +
           QByteArray::number(n) + QByteArrayLiteral(")\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int commits = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTextStream out(stdout);

    std::vector<cp::Identity> peers;
    for (int i = 0; i < 8; ++i)
        peers.push_back(cp::Identity::generate());

    QList<QByteArray> contents;
    contents.reserve(commits);
    for (int i = 0; i < commits; ++i)
        contents.append(commit(i));
    out << "commit size: " << contents.first().size() << " bytes\n";

    QList<QByteArray> signatures;
    signatures.reserve(commits);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < commits; ++i)
        signatures.append(cp::SshSignature::sign(peers[size_t(i) % peers.size()], contents[i]).value());
    const double signNs = double(timer.nsecsElapsed()) / commits;
    out << "sign:   " << QString::number(signNs / 1000.0, 'f', 1) << " µs per commit (" << commits
        << " commits; goal < 1000 µs)\n";

    timer.restart();
    int good = 0;
    for (int i = 0; i < commits; ++i) {
        auto signer = cp::SshSignature::verify(signatures[i], contents[i]);
        if (signer && *signer == peers[size_t(i) % peers.size()].publicKey())
            ++good;
    }
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;
    out << "verify: " << QString::number(verifyMs, 'f', 1) << " ms for " << commits << " commits ("
        << QString::number(verifyMs * 1000.0 / commits, 'f', 1) << " µs each; goal < 2000 ms for 10000)\n";
    out.flush();
    if (good != commits) {
        std::fprintf(stderr, "only %d of %d signatures verified\n", good, commits);
        return 1;
    }
    return 0;
}
