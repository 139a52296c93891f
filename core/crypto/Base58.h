#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cp::base58 {

// Bitcoin's base58 alphabet ("base58btc" in multibase). Leading zero bytes
// become leading '1's and back, so the encoding round-trips exactly. Meant for
// short values such as keys (quadratic in the length).
[[nodiscard]] QString encode(QByteArrayView bytes);

// The bytes `text` encodes; an error names the first character outside the alphabet.
[[nodiscard]] Result<QByteArray> decode(QStringView text);

} // namespace cp::base58
