#include "core/net/FrameSplitter.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>

namespace cp::net {

FrameSplitter::FrameSplitter(qsizetype maxFrameSize) : m_maxFrameSize(maxFrameSize) {}

Status FrameSplitter::feed(QByteArrayView bytes, QList<QByteArray>& frames)
{
    if (m_failed)
        return fail(
            Error::protocol(QCoreApplication::translate("FrameSplitter", "The message stream already failed.")));
    while (!bytes.isEmpty()) {
        if (m_wanted < 0) {
            const qsizetype take = std::min(bytes.size(), kPrefixSize - m_pending.size());
            m_pending.append(bytes.first(take));
            bytes = bytes.sliced(take);
            if (m_pending.size() < kPrefixSize)
                return {};
            const quint32 size = qFromBigEndian<quint32>(m_pending.constData());
            m_pending.clear();
            if (qint64(size) > qint64(m_maxFrameSize)) {
                m_failed = true;
                return fail(
                    Error::protocol(QCoreApplication::translate(
                                        "FrameSplitter", "The peer announced a message of %1 bytes; the limit is %2.")
                                        .arg(size)
                                        .arg(m_maxFrameSize)));
            }
            m_wanted = qsizetype(size);
            if (m_wanted == 0) {
                frames.append(QByteArray());
                m_wanted = -1;
                continue;
            }
        }
        // A whole payload in the input is taken without the intermediate buffer.
        if (m_pending.isEmpty() && bytes.size() >= m_wanted) {
            frames.append(bytes.first(m_wanted).toByteArray());
            bytes = bytes.sliced(m_wanted);
            m_wanted = -1;
            continue;
        }
        const qsizetype take = std::min(bytes.size(), m_wanted - m_pending.size());
        if (m_pending.isEmpty())
            m_pending.reserve(m_wanted);
        m_pending.append(bytes.first(take));
        bytes = bytes.sliced(take);
        if (m_pending.size() == m_wanted) {
            frames.append(std::exchange(m_pending, {}));
            m_wanted = -1;
        }
    }
    return {};
}

QByteArray FrameSplitter::frame(QByteArrayView payload)
{
    QByteArray out;
    appendFrame(out, payload);
    return out;
}

void FrameSplitter::appendFrame(QByteArray& out, QByteArrayView payload)
{
    const qsizetype start = out.size();
    out.resize(start + kPrefixSize + payload.size());
    qToBigEndian<quint32>(quint32(payload.size()), out.data() + start);
    std::copy(payload.begin(), payload.end(), out.data() + start + kPrefixSize);
}

} // namespace cp::net
