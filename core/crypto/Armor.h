#pragma once

#include "core/Error.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cp::armor {

// ASCII armor as OpenSSH writes it:
//   -----BEGIN <label>-----\n <base64, 70 columns per line>\n -----END <label>-----\n
// Reading is strict about the markers and the base64, tolerant of white space
// (CRLF line ends, indentation, blank lines around). `what` names the thing for
// error messages ("The SSH signature", "The key file").

[[nodiscard]] QByteArray wrap(QByteArrayView label, QByteArrayView binary);
[[nodiscard]] Result<QByteArray> unwrap(QByteArrayView label, QByteArrayView text, const QString& what);

// The same for secrets: the base64 text or the decoded bytes never leave secure memory.
[[nodiscard]] SecureBuffer wrapSecret(QByteArrayView label, QByteArrayView binary);
[[nodiscard]] Result<SecureBuffer> unwrapSecret(QByteArrayView label, QByteArrayView text, const QString& what);

} // namespace cp::armor
