#include "core/sync/WireFields.h"

#include <QCoreApplication>

namespace cp::sync {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("WireCodec", text);
}
} // namespace

WireFields::WireFields(QCborMap map, QString type) : m_map(std::move(map)), m_type(std::move(type)) {}

Error WireFields::malformed(const QString& type, const QString& what)
{
    return Error::protocol(tr("The peer sent a malformed \"%1\" message: %2.").arg(type, what));
}

bool WireFields::has(QStringView key) const
{
    return !m_map.value(key.toString()).isUndefined();
}

Result<QCborValue> WireFields::get(QStringView key) const
{
    const QCborValue value = m_map.value(key.toString());
    if (value.isUndefined())
        return fail(malformed(m_type, tr("field \"%1\" is missing").arg(key)));
    return value;
}

Result<QCborValue> WireFields::typed(QStringView key, QCborValue::Type type, const QString& what) const
{
    auto value = get(key);
    if (!value)
        return value;
    if (value->type() != type)
        return fail(malformed(m_type, tr("field \"%1\" must be %2").arg(key, what)));
    return value;
}

Result<QByteArray> WireFields::bytes(QStringView key) const
{
    auto value = typed(key, QCborValue::ByteArray, tr("bytes"));
    if (!value)
        return fail(value.error());
    return value->toByteArray();
}

Result<QString> WireFields::text(QStringView key) const
{
    auto value = typed(key, QCborValue::String, tr("text"));
    if (!value)
        return fail(value.error());
    return value->toString();
}

Result<QCborArray> WireFields::array(QStringView key) const
{
    auto value = typed(key, QCborValue::Array, tr("an array"));
    if (!value)
        return fail(value.error());
    return value->toArray();
}

Result<qint64> WireFields::integer(QStringView key) const
{
    auto value = typed(key, QCborValue::Integer, tr("an integer"));
    if (!value)
        return fail(value.error());
    return value->toInteger();
}

Result<quint64> WireFields::count(QStringView key) const
{
    auto value = integer(key);
    if (!value)
        return fail(value.error());
    if (*value < 0)
        return fail(malformed(m_type, tr("field \"%1\" is negative").arg(key)));
    return quint64(*value);
}

Result<bool> WireFields::boolean(QStringView key) const
{
    auto value = get(key);
    if (!value)
        return fail(value.error());
    if (!value->isBool())
        return fail(malformed(m_type, tr("field \"%1\" must be true or false").arg(key)));
    return value->toBool();
}

Result<QList<QByteArray>> WireFields::bytesList(QStringView key) const
{
    auto list = array(key);
    if (!list)
        return fail(list.error());
    QList<QByteArray> out;
    out.reserve(list->size());
    for (const QCborValue& v : std::as_const(*list)) {
        if (!v.isByteArray())
            return fail(malformed(m_type, tr("\"%1\" must hold only bytes").arg(key)));
        out.append(v.toByteArray());
    }
    return out;
}

Result<QStringList> WireFields::textList(QStringView key) const
{
    auto list = array(key);
    if (!list)
        return fail(list.error());
    QStringList out;
    out.reserve(list->size());
    for (const QCborValue& v : std::as_const(*list)) {
        if (!v.isString())
            return fail(malformed(m_type, tr("\"%1\" must hold only text").arg(key)));
        out.append(v.toString());
    }
    return out;
}

} // namespace cp::sync
