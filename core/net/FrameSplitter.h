#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace cp::net {

// Messages on the wire are framed as a u32 big-endian length and that many bytes. The
// splitter takes the byte stream in chunks of any size and hands back whole frames'
// payloads. A frame announced larger than the limit is an error (it never allocates
// for it), and every error is final.
class FrameSplitter
{
public:
    static constexpr qsizetype kPrefixSize = 4;

    explicit FrameSplitter(qsizetype maxFrameSize);

    // Appends the payloads that the new bytes complete to frames.
    Status feed(QByteArrayView bytes, QList<QByteArray>& frames);
    // Bytes of an incomplete frame held back (at most the prefix plus the limit).
    [[nodiscard]] qsizetype bufferedSize() const { return m_pending.size(); }
    [[nodiscard]] bool hasFailed() const { return m_failed; }
    [[nodiscard]] qsizetype maxFrameSize() const { return m_maxFrameSize; }

    // payload with its length prefix; appendFrame() adds it to out.
    [[nodiscard]] static QByteArray frame(QByteArrayView payload);
    static void appendFrame(QByteArray& out, QByteArrayView payload);

private:
    qsizetype m_maxFrameSize;
    QByteArray m_pending;
    qsizetype m_wanted = -1; // payload size of the frame under way, -1 while reading a prefix
    bool m_failed = false;
};

} // namespace cp::net
