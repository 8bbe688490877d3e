#include "schemajson.h"

#include "schemaparser.h"

#include <QJsonArray>

#include <cmath>

namespace SchemaJson {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

std::optional<double> number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

std::optional<int> integer(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    return std::nullopt;
}

// JSON numbers are doubles. Only whole numbers a qint64 can hold are converted (2^63 itself is
// just outside): converting 1e300 was undefined behaviour.
QJsonValue normalizeInteger(const QJsonValue &v)
{
    const double d = v.toDouble();
    if (v.isDouble() && std::floor(d) == d && d >= -9223372036854775808.0
        && d < 9223372036854775808.0)
        return QJsonValue(static_cast<qint64>(d));
    return v;
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list.append(v.toString());
    return list;
}

QJsonObject resolvePointer(const QJsonObject &root, const QString &ref, QString *error)
{
    if (!ref.startsWith(QLatin1String("#/"))) {
        *error = SchemaParser::tr("only local references are supported, got '%1'").arg(ref);
        return {};
    }
    QJsonValue current = root;
    const QStringList parts = ref.mid(2).split(u'/');
    for (QString part : parts) {
        part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (!current.isObject()) {
            *error = SchemaParser::tr("reference '%1' does not resolve").arg(ref);
            return {};
        }
        current = current.toObject().value(part);
    }
    if (!current.isObject()) {
        *error = SchemaParser::tr("reference '%1' does not resolve").arg(ref);
        return {};
    }
    return current.toObject();
}

namespace {

// `over`'s keywords written over `base`'s.
QJsonObject overlay(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.constBegin(); it != over.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

QJsonObject resolve(const QJsonObject &schema, const QJsonObject &root, QStringList *warnings,
                    const QString &field, int depth)
{
    if (depth > kMaxRefDepth) {
        warnings->append(SchemaParser::tr("%1: reference chain too deep").arg(field));
        return {};
    }
    QJsonObject out = schema;
    if (schema.contains(QLatin1String("$ref"))) {
        QString error;
        const QJsonObject target = resolvePointer(root, text(schema, "$ref"), &error);
        if (!error.isEmpty()) {
            warnings->append(QStringLiteral("%1: %2").arg(field, error));
            return {};
        }
        out.remove(QLatin1String("$ref"));
        out = overlay(resolve(target, root, warnings, field, depth + 1), out);
    }
    if (out.contains(QLatin1String("allOf"))) {
        const QJsonArray parts = out.value(QLatin1String("allOf")).toArray();
        out.remove(QLatin1String("allOf"));
        QJsonObject merged;
        for (const QJsonValue &part : parts)
            merged = overlay(merged, resolve(part.toObject(), root, warnings, field, depth + 1));
        out = overlay(merged, out);
    }
    return out;
}

QStringList propertyOrder(const QJsonObject &schema)
{
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    QStringList order;
    for (const QString &name : strings(schema.value(QLatin1String("x-fal-order-properties")))) {
        if (props.contains(name) && !order.contains(name))
            order.append(name);
    }
    for (const QString &key : props.keys()) {
        if (!order.contains(key))
            order.append(key);
    }
    return order;
}

} // namespace SchemaJson
