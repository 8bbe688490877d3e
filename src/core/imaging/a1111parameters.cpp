#include "a1111parameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace {

constexpr qsizetype MaxA1111ValueLength = 256;

QString formatNumber(double value)
{
    // The range first: converting 1e300 to qint64 is undefined behaviour.
    if (qAbs(value) < 1e15 && value == static_cast<double>(static_cast<qint64>(value)))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString jsonQuoted(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));   // strip [ ]
}

// A1111 quotes values that would otherwise break its "key: value, key: value" line.
QString quoteIfNeeded(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        return jsonQuoted(value);
    }
    return value;
}

std::optional<QString> a1111Value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String: {
        const QString s = value.toString();
        if (s.isEmpty() || s.size() > MaxA1111ValueLength || s.startsWith(QLatin1String("data:"))
            || s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))) {
            return std::nullopt;
        }
        return s;
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QByteArray json = value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        if (json.size() > MaxA1111ValueLength || json.contains("data:") || json.contains("://"))
            return std::nullopt;
        return QString::fromUtf8(json);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

// "rendering_speed" -> "Rendering speed"; characters that would break the line become spaces.
QString labelForKey(const QString &key)
{
    QString label = key;
    for (QChar &ch : label) {
        if (ch == QLatin1Char('_') || ch == QLatin1Char(':') || ch == QLatin1Char(',')
            || ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('"')) {
            ch = QLatin1Char(' ');
        }
    }
    label = label.simplified();
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString keyForLabel(const QString &label)
{
    QString key = label.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    return key;
}

// The A1111 parameter line regex (modules/infotext_utils.py, re_param_code).
const QRegularExpression &paramRegex()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$))re"));
    return re;
}

QJsonValue parseA1111Value(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.startsWith(QLatin1Char('"'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray("[" + text.toUtf8() + "]"));
        if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString())
            return doc.array().at(0);
        return text;
    }
    if (text == QLatin1String("True"))
        return true;
    if (text == QLatin1String("False"))
        return false;
    bool ok = false;
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return integer;
    const double number = text.toDouble(&ok);
    if (ok)
        return number;
    if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
    }
    return text;
}

} // namespace

namespace A1111Parameters {

QString format(const GenerationInfo &info)
{
    QStringList parts;
    QStringList used{QStringLiteral("prompt"), QStringLiteral("negative_prompt"),
                     QStringLiteral("seed")};
    const auto addFirstOf = [&](const QString &label, const QStringList &keys) {
        for (const QString &key : keys) {
            if (!info.inputs.contains(key))
                continue;
            used.append(key);
            if (const auto value = a1111Value(info.inputs.value(key))) {
                parts.append(label + QLatin1String(": ") + quoteIfNeeded(*value));
                return;
            }
        }
    };

    addFirstOf(QStringLiteral("Steps"),
               {QStringLiteral("steps"), QStringLiteral("steps_num"),
                QStringLiteral("num_inference_steps")});
    if (info.seed) {
        parts.append(QLatin1String("Seed: ") + QString::number(*info.seed));
    } else if (const auto seed = a1111Value(info.inputs.value(QLatin1String("seed")))) {
        parts.append(QLatin1String("Seed: ") + quoteIfNeeded(*seed));
    }
    if (!info.model.isEmpty())
        parts.append(QLatin1String("Model: ") + quoteIfNeeded(info.model));
    if (!info.provider.isEmpty())
        parts.append(QLatin1String("Provider: ") + quoteIfNeeded(info.provider));
    addFirstOf(QStringLiteral("Guidance"),
               {QStringLiteral("guidance_scale"), QStringLiteral("guidance"),
                QStringLiteral("cfg_scale")});
    addFirstOf(QStringLiteral("Aspect ratio"), {QStringLiteral("aspect_ratio")});
    addFirstOf(QStringLiteral("Strength"), {QStringLiteral("strength")});

    for (auto it = info.inputs.constBegin(); it != info.inputs.constEnd(); ++it) {
        if (used.contains(it.key()))
            continue;
        const QString label = labelForKey(it.key());
        const auto value = a1111Value(it.value());
        if (label.isEmpty() || !value)
            continue;
        parts.append(label + QLatin1String(": ") + quoteIfNeeded(*value));
    }

    QString text = info.prompt();
    const QString negative = info.negativePrompt();
    if (!negative.isEmpty())
        text += QLatin1String("\nNegative prompt: ") + negative;
    text += QLatin1Char('\n') + parts.join(QLatin1String(", "));
    return text;
}

GenerationInfo parse(const QString &text)
{
    GenerationInfo info;
    QStringList lines = text.split(QLatin1Char('\n'));
    QString paramsLine;
    if (!lines.isEmpty()) {
        const QString last = lines.last();
        const QRegularExpressionMatch m = paramRegex().match(last);
        if (lines.size() > 1 && (last.isEmpty() || (m.hasMatch() && m.capturedStart() == 0))) {
            paramsLine = last;
            lines.removeLast();
        }
    }

    QStringList promptLines;
    QStringList negativeLines;
    bool inNegative = false;
    const QLatin1String negativePrefix("Negative prompt:");
    for (const QString &line : std::as_const(lines)) {
        if (!inNegative && line.startsWith(negativePrefix)) {
            inNegative = true;
            negativeLines.append(line.mid(negativePrefix.size()).trimmed());
        } else if (inNegative) {
            negativeLines.append(line);
        } else {
            promptLines.append(line);
        }
    }
    info.inputs.insert(QLatin1String("prompt"), promptLines.join(QLatin1Char('\n')));
    if (inNegative)
        info.inputs.insert(QLatin1String("negative_prompt"), negativeLines.join(QLatin1Char('\n')));

    auto it = paramRegex().globalMatch(paramsLine);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString label = m.captured(1).trimmed();
        const QJsonValue value = parseA1111Value(m.captured(2));
        if (label == QLatin1String("Seed") && value.isDouble()) {
            info.seed = value.toInteger();
        } else if (label == QLatin1String("Model")) {
            info.model = value.toVariant().toString();
        } else if (label == QLatin1String("Provider")) {
            info.provider = value.toVariant().toString();
        } else if (!label.isEmpty()) {
            info.inputs.insert(keyForLabel(label), value);
        }
    }
    return info;
}

} // namespace A1111Parameters
