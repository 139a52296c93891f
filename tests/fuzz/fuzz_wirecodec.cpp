// The sync message decoder on arbitrary bytes: it must refuse or accept without crashing,
// and whatever it accepts must encode again and decode to the same message.
#include "core/net/FrameSplitter.h"
#include "core/sync/WireCodec.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

using namespace cp;
using namespace cp::sync;

namespace {

void checkRoundTrip(QByteArrayView payload)
{
    auto message = WireCodec::decode(payload);
    if (!message)
        return;
    auto encoded = WireCodec::encode(*message);
    if (!encoded)
        abort(); // accepted but not encodable: decode and encode disagree on the limits
    auto again = WireCodec::decode(*encoded);
    if (!again || !(*again == *message))
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkRoundTrip(bytes);

    // The same bytes as a framed stream, cut where the first byte says.
    net::FrameSplitter splitter(WireCodec::kMaxMessageSize);
    QList<QByteArray> frames;
    const qsizetype cut = size ? qsizetype(data[0]) % qsizetype(size) : 0;
    if (splitter.feed(bytes.first(cut), frames) && splitter.feed(bytes.sliced(cut), frames)) {
        if (splitter.bufferedSize() > net::FrameSplitter::kPrefixSize + WireCodec::kMaxMessageSize)
            abort();
    }
    for (const QByteArray& frame : frames)
        checkRoundTrip(frame);
    return 0;
}
