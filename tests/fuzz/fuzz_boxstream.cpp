// The box-stream unboxer on arbitrary bytes in arbitrary chunks, and box/unbox round trips
// of arbitrary plaintext in arbitrary chunks.
#include "core/crypto/BoxStreamBoxer.h"
#include "core/crypto/BoxStreamUnboxer.h"

#include <cstdint>
#include <cstdlib>

using namespace cp;

namespace {

const QByteArray kKey(32, 'k');
const QByteArray kNonce(24, '\xff'); // all ones: the first increment carries through every byte

// Feeds input in chunks whose sizes come from the chunking bytes.
Status feedChunked(BoxStreamUnboxer& unboxer, QByteArrayView input, QByteArrayView chunking, QByteArray& plain)
{
    qsizetype i = 0;
    while (!input.isEmpty()) {
        const qsizetype step =
            chunking.isEmpty() ? input.size() : 1 + qsizetype(quint8(chunking[i++ % chunking.size()])) * 37;
        const QByteArrayView part = input.first(std::min(step, input.size()));
        input = input.sliced(part.size());
        if (auto ok = unboxer.feed(part, plain); !ok)
            return ok;
        if (unboxer.bufferedSize() > BoxStreamBoxer::kHeaderSize + BoxStreamBoxer::kMaxBodySize)
            abort();
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype split = std::min<qsizetype>(data[0], qsizetype(size) - 1);
    const QByteArrayView chunking(reinterpret_cast<const char*>(data + 1), split);
    const QByteArrayView body(reinterpret_cast<const char*>(data + 1 + split), qsizetype(size) - 1 - split);

    // Arbitrary ciphertext: refused or accepted, never a crash, never more plaintext than input.
    {
        auto unboxer = BoxStreamUnboxer::create(kKey, kNonce);
        QByteArray plain;
        if (feedChunked(*unboxer, body, chunking, plain) && plain.size() > body.size())
            abort();
        (void)unboxer->finish();
    }

    // Arbitrary plaintext, boxed as messages cut at every zero byte: it must come back whole.
    {
        auto boxer = BoxStreamBoxer::create(kKey, kNonce);
        QByteArray stream;
        QByteArray expected;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= body.size(); ++i) {
            if (i == body.size() || body[i] == '\0') {
                if (!boxer->box(body.sliced(start, i - start), stream))
                    abort();
                expected += body.sliced(start, i - start);
                start = i + 1;
            }
        }
        stream += *boxer->goodbye();
        auto unboxer = BoxStreamUnboxer::create(kKey, kNonce);
        QByteArray plain;
        if (!feedChunked(*unboxer, stream, chunking, plain) || !unboxer->finish() || plain != expected)
            abort();
    }
    return 0;
}
