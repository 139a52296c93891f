// The secret handshake server on arbitrary bytes. The first byte picks how far a genuine
// client gets before the fuzzer's bytes take over:
//   0: the fuzzer sends the hello and the authentication;
//   1: a genuine hello, then the fuzzer's authentication;
//   2: a whole genuine handshake, then the fuzzer's bytes as the box-stream that follows.
// Also drives a client with the fuzzer's server hello and acceptance.
#include "core/crypto/BoxStreamUnboxer.h"
#include "core/crypto/SecretHandshakeClient.h"
#include "core/crypto/SecretHandshakeServer.h"

#include <cstdint>
#include <cstdlib>

using namespace cp;

namespace {

const SecretHandshakeKeys& serverKeys()
{
    static const SecretHandshakeKeys keys = *SecretHandshakeKeys::fromSeed(QByteArray(32, 'n'), QByteArray(32, 's'));
    return keys;
}

const SecretHandshakeKeys& otherCommons()
{
    static const SecretHandshakeKeys keys = *serverKeys().withNetworkKey(QByteArray(32, 'm'));
    return keys;
}

const SecretHandshakeKeys& clientKeys()
{
    static const SecretHandshakeKeys keys = *SecretHandshakeKeys::fromSeed(QByteArray(32, 'n'), QByteArray(32, 'c'));
    return keys;
}

// Takes up to n bytes off the front.
QByteArrayView take(QByteArrayView& input, qsizetype n)
{
    const QByteArrayView part = input.first(std::min(n, input.size()));
    input = input.sliced(part.size());
    return part;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int mode = data[0] % 3;
    // Lengths off by a little are interesting too: the second byte may shorten a packet.
    const qsizetype shorten = data[1] % 4 == 0 ? data[1] % 7 : 0;
    QByteArrayView input(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));

    auto server = SecretHandshakeServer::create({otherCommons(), serverKeys()}, QByteArray(32, 'e'));
    auto client = SecretHandshakeClient::create(clientKeys(), serverKeys().publicKey(), QByteArray(32, 'f'));
    if (!server || !client)
        abort();

    if (mode == 0) {
        auto answer = server->receiveClientHello(take(input, 64 - shorten));
        if (answer && server->receiveClientAuth(take(input, 112 - shorten)) && !server->createAccept())
            abort();
    } else if (mode == 1) {
        if (!server->receiveClientHello(client->hello()))
            abort();
        if (server->receiveClientAuth(take(input, 112 - shorten)))
            abort(); // nobody but the genuine client can forge its authentication
    } else {
        auto answer = server->receiveClientHello(client->hello());
        auto auth = answer ? client->receiveServerHello(*answer) : Result<QByteArray>(fail(Error::internal({})));
        if (!auth || !server->receiveClientAuth(*auth))
            abort();
        auto accept = server->createAccept();
        auto session = accept ? server->finish() : Result<SecretHandshakeSession>(fail(Error::internal({})));
        if (!session || !client->receiveServerAccept(*accept))
            abort();
        BoxStreamUnboxer unboxer(session->keys);
        QByteArray plain;
        if (unboxer.feed(input, plain) && !unboxer.isEnded() && unboxer.finish())
            abort(); // a stream without goodbye must not end cleanly
        return 0;
    }

    // The client side with the fuzzer as the server.
    auto other = SecretHandshakeClient::create(clientKeys(), serverKeys().publicKey());
    if (!other)
        abort();
    if (other->receiveServerHello(take(input, 64)))
        (void)other->receiveServerAccept(take(input, 80));
    return 0;
}
