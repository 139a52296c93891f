#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp::sync {

// Typed access to the fields of one received CBOR map (a message, or a record inside
// one). Every getter fails with a protocol error naming the message type and the field.
class WireFields
{
public:
    WireFields(QCborMap map, QString type);

    [[nodiscard]] Result<QCborValue> get(QStringView key) const;
    // The map holds `key` (for optional fields).
    [[nodiscard]] bool has(QStringView key) const;
    [[nodiscard]] Result<QByteArray> bytes(QStringView key) const;
    [[nodiscard]] Result<QString> text(QStringView key) const;
    [[nodiscard]] Result<QCborArray> array(QStringView key) const;
    [[nodiscard]] Result<qint64> integer(QStringView key) const;
    // A non-negative integer.
    [[nodiscard]] Result<quint64> count(QStringView key) const;
    [[nodiscard]] Result<bool> boolean(QStringView key) const;
    // An array whose elements are all bytes, or all text.
    [[nodiscard]] Result<QList<QByteArray>> bytesList(QStringView key) const;
    [[nodiscard]] Result<QStringList> textList(QStringView key) const;

    [[nodiscard]] const QString& type() const { return m_type; }

    // "The peer sent a malformed "<type>" message: <what>."
    [[nodiscard]] static Error malformed(const QString& type, const QString& what);

private:
    [[nodiscard]] Result<QCborValue> typed(QStringView key, QCborValue::Type type, const QString& what) const;

    QCborMap m_map;
    QString m_type;
};

} // namespace cp::sync
