#include "parametervalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

bool isIntegral(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
}

QString enumList(const ParameterSpec &spec)
{
    QStringList items;
    for (const QJsonValue &v : spec.enumValues)
        items.append(v.isString() ? v.toString() : formatNumber(v.toDouble()));
    return items.join(QLatin1String(", "));
}

bool isSet(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return false;
    if (value.isString())
        return !value.toString().trimmed().isEmpty(); // "   " is no prompt
    if (value.isArray())
        return !value.toArray().isEmpty();
    return true;
}

} // namespace

ParameterValidator::ParameterValidator(const ModelSpec &model)
    : m_model(model)
{
}

QString ParameterValidator::validateValue(const ParameterSpec &spec, const QJsonValue &value) const
{
    if (value.isUndefined())
        return {};
    if (value.isNull()) {
        if (spec.nullable || !spec.required)
            return {};
        return tr("%1 is required.").arg(spec.title);
    }

    auto checkRange = [&](double d) -> QString {
        const bool belowMin = spec.minimum && (spec.exclusiveMinimum ? d <= *spec.minimum : d < *spec.minimum);
        const bool aboveMax = spec.maximum && (spec.exclusiveMaximum ? d >= *spec.maximum : d > *spec.maximum);
        if (!belowMin && !aboveMax)
            return {};
        if (spec.minimum && spec.maximum && !spec.exclusiveMinimum && !spec.exclusiveMaximum)
            return tr("%1 must be between %2 and %3.").arg(spec.title, formatNumber(*spec.minimum),
                                                          formatNumber(*spec.maximum));
        if (belowMin)
            return spec.exclusiveMinimum
                ? tr("%1 must be greater than %2.").arg(spec.title, formatNumber(*spec.minimum))
                : tr("%1 must be at least %2.").arg(spec.title, formatNumber(*spec.minimum));
        return spec.exclusiveMaximum
            ? tr("%1 must be less than %2.").arg(spec.title, formatNumber(*spec.maximum))
            : tr("%1 must be at most %2.").arg(spec.title, formatNumber(*spec.maximum));
    };
    auto checkEnum = [&]() -> QString {
        if (spec.enumValues.isEmpty())
            return {};
        for (const QJsonValue &allowed : spec.enumValues) {
            if (allowed == value)
                return {};
            if (allowed.isDouble() && value.isDouble() && allowed.toDouble() == value.toDouble())
                return {};
        }
        return tr("%1 must be one of: %2.").arg(spec.title, enumList(spec));
    };
    auto checkString = [&](const QString &text) -> QString {
        const int length = static_cast<int>(text.toUcs4().size());
        if (spec.minLength && length < *spec.minLength)
            return tr("%1 must be at least %n character(s) long.", nullptr, *spec.minLength).arg(spec.title);
        if (spec.maxLength && length > *spec.maxLength)
            return tr("%1 must be at most %n character(s) long (now %2).", nullptr, *spec.maxLength)
                .arg(spec.title).arg(length);
        if (!spec.pattern.isEmpty()) {
            const QRegularExpression re(QStringLiteral("^(?:%1)$").arg(spec.pattern));
            if (re.isValid() && !re.match(text).hasMatch())
                return tr("%1 has the wrong format: '%2'.").arg(spec.title, text);
        }
        return {};
    };

    switch (spec.type) {
    case ParameterSpec::Type::String:
        if (!value.isString())
            return tr("%1 must be text.").arg(spec.title);
        if (QString e = checkEnum(); !e.isEmpty())
            return e;
        return checkString(value.toString());
    case ParameterSpec::Type::Integer:
        if (!isIntegral(value))
            return tr("%1 must be a whole number.").arg(spec.title);
        if (QString e = checkEnum(); !e.isEmpty())
            return e;
        return checkRange(value.toDouble());
    case ParameterSpec::Type::Number:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return tr("%1 must be a number.").arg(spec.title);
        if (QString e = checkEnum(); !e.isEmpty())
            return e;
        return checkRange(value.toDouble());
    case ParameterSpec::Type::Boolean:
        if (!value.isBool())
            return tr("%1 must be true or false.").arg(spec.title);
        return {};
    case ParameterSpec::Type::Image:
        if (!value.isString())
            return tr("%1 must be an image file or URL.").arg(spec.title);
        return {};
    case ParameterSpec::Type::ImageList: {
        if (!value.isArray())
            return tr("%1 must be a list of images.").arg(spec.title);
        const QJsonArray list = value.toArray();
        for (const QJsonValue &item : list) {
            if (!item.isString() || item.toString().isEmpty())
                return tr("%1 must be a list of image files or URLs.").arg(spec.title);
        }
        if (spec.maxItems && list.size() > *spec.maxItems)
            return tr("%1 takes at most %n image(s).", nullptr, *spec.maxItems).arg(spec.title);
        if (spec.minItems && list.size() < *spec.minItems)
            return tr("%1 needs at least %n image(s).", nullptr, *spec.minItems).arg(spec.title);
        return {};
    }
    case ParameterSpec::Type::Array: {
        if (!value.isArray())
            return tr("%1 must be a list.").arg(spec.title);
        const QJsonArray list = value.toArray();
        if (spec.maxItems && list.size() > *spec.maxItems)
            return tr("%1 takes at most %n item(s).", nullptr, *spec.maxItems).arg(spec.title);
        if (spec.minItems && list.size() < *spec.minItems)
            return tr("%1 needs at least %n item(s).", nullptr, *spec.minItems).arg(spec.title);
        for (const QJsonValue &item : list) {
            if (spec.itemType == QLatin1String("string")) {
                if (!item.isString())
                    return tr("%1 must be a list of texts.").arg(spec.title);
                if (QString e = checkString(item.toString()); !e.isEmpty())
                    return e;
            } else if (spec.itemType == QLatin1String("integer") && !isIntegral(item)) {
                return tr("%1 must be a list of whole numbers.").arg(spec.title);
            } else if (spec.itemType == QLatin1String("number") && !item.isDouble()) {
                return tr("%1 must be a list of numbers.").arg(spec.title);
            }
        }
        return {};
    }
    case ParameterSpec::Type::Object: {
        if (spec.widget == ParameterSpec::Widget::ImageSize) {
            if (value.isString()) {
                if (spec.enumValues.contains(value))
                    return {};
                return tr("%1 must be one of: %2, or a width and height.").arg(spec.title, enumList(spec));
            }
            if (!value.isObject())
                return tr("%1 must be a preset or a width and height.").arg(spec.title);
        }
        if (!value.isObject())
            return tr("%1 must be an object.").arg(spec.title);
        const QJsonObject object = value.toObject();
        if (spec.widget == ParameterSpec::Widget::ColorPalette) {
            const bool hasName = isSet(object.value(QLatin1String("name")));
            const bool hasMembers = isSet(object.value(QLatin1String("members")));
            if (hasName == hasMembers)
                return tr("%1 takes either a preset name or a list of colours, not both or neither.").arg(spec.title);
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const ParameterSpec *child = nullptr;
            for (const ParameterSpec &c : spec.children) {
                if (c.name == it.key())
                    child = &c;
            }
            if (!child) {
                if (spec.children.isEmpty())
                    continue;
                return tr("%1 has no part named '%2'.").arg(spec.title, it.key());
            }
            if (QString e = validateValue(*child, it.value()); !e.isEmpty())
                return QStringLiteral("%1: %2").arg(spec.title, e);
        }
        for (const ParameterSpec &c : spec.children) {
            if (c.required && !object.contains(c.name))
                return tr("%1 needs '%2'.").arg(spec.title, c.name);
        }
        return {};
    }
    case ParameterSpec::Type::Json:
        return {};
    }
    return {};
}

QList<FieldError> ParameterValidator::validate(const QJsonObject &values) const
{
    QList<FieldError> errors;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!m_model.field(it.key())) {
            errors.append({it.key(), tr("Unknown parameter '%1' for %2. Known parameters: %3.")
                                         .arg(it.key(), m_model.title,
                                              m_model.fieldNames().join(QLatin1String(", ")))});
        }
    }
    for (const ParameterSpec &spec : m_model.fields) {
        const QJsonValue value = values.value(spec.name);
        if (spec.required && !isSet(value)) {
            errors.append({spec.name, tr("%1 is required.").arg(spec.title)});
            continue;
        }
        if (const QString e = validateValue(spec, value); !e.isEmpty())
            errors.append({spec.name, e});
    }
    for (const QStringList &group : m_model.needs) {
        if (group.isEmpty() || std::any_of(group.cbegin(), group.cend(), [&](const QString &name) {
                return isSet(values.value(name));
            }))
            continue;
        const bool reported = std::any_of(errors.cbegin(), errors.cend(),
                                          [&](const FieldError &e) { return e.field == group.constFirst(); });
        if (reported)
            continue;
        QStringList titles;
        for (const QString &name : group) {
            const ParameterSpec *spec = m_model.field(name);
            titles.append(spec ? spec->title : name);
        }
        const QString choice = titles.size() == 1 ? titles.constFirst()
                                                  : tr("%1 or %2").arg(QStringList(titles.mid(0, titles.size() - 1))
                                                                           .join(QLatin1String(", ")),
                                                                       titles.constLast());
        errors.append({group.constFirst(), tr("Add a sketch first: %1 needs %2.").arg(m_model.title, choice)});
    }
    for (const ParameterSpec &spec : m_model.fields) {
        if (!isSet(values.value(spec.name)))
            continue;
        for (const QString &other : spec.exclusiveWith) {
            // Report each pair once, on the field that comes later in the form.
            const ParameterSpec *otherSpec = m_model.field(other);
            if (!otherSpec || !isSet(values.value(other)))
                continue;
            if (m_model.fieldNames().indexOf(other) < m_model.fieldNames().indexOf(spec.name))
                errors.append({spec.name, tr("%1 cannot be used together with %2.")
                                              .arg(spec.title, otherSpec->title)});
        }
    }
    return errors;
}

QJsonValue ParameterValidator::parseText(const ParameterSpec &spec, const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    auto parseJson = [&](const QString &what) -> QJsonValue {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // Scalars are not documents in Qt's parser: wrap them.
            const QJsonDocument wrapped = QJsonDocument::fromJson("[" + trimmed.toUtf8() + "]", &parseError);
            if (parseError.error == QJsonParseError::NoError)
                return wrapped.array().first();
            *error = tr("%1 expects %2, got '%3'.").arg(spec.title, what, text);
            return {};
        }
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    };

    switch (spec.type) {
    case ParameterSpec::Type::String:
    case ParameterSpec::Type::Image:
        return text;
    case ParameterSpec::Type::Integer: {
        bool ok = false;
        const qint64 v = trimmed.toLongLong(&ok);
        if (!ok) {
            *error = tr("%1 expects a whole number, got '%2'.").arg(spec.title, text);
            return {};
        }
        return QJsonValue(v);
    }
    case ParameterSpec::Type::Number: {
        bool ok = false;
        const double v = QLocale::c().toDouble(trimmed, &ok);
        if (!ok || !std::isfinite(v)) {
            *error = tr("%1 expects a number, got '%2'.").arg(spec.title, text);
            return {};
        }
        return v;
    }
    case ParameterSpec::Type::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("yes")
            || lower == QLatin1String("on"))
            return true;
        if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("no")
            || lower == QLatin1String("off"))
            return false;
        *error = tr("%1 expects true or false, got '%2'.").arg(spec.title, text);
        return {};
    }
    case ParameterSpec::Type::ImageList:
    case ParameterSpec::Type::Array: {
        if (trimmed.startsWith(u'['))
            return parseJson(tr("a list"));
        QJsonArray list;
        for (const QString &part : trimmed.split(u',', Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (spec.itemType == QLatin1String("integer") || spec.itemType == QLatin1String("number")) {
                bool ok = false;
                const double d = QLocale::c().toDouble(item, &ok);
                if (!ok) {
                    *error = tr("%1 expects a list of numbers, got '%2'.").arg(spec.title, text);
                    return {};
                }
                list.append(d);
            } else {
                list.append(item);
            }
        }
        return list;
    }
    case ParameterSpec::Type::Object:
        if (trimmed.startsWith(u'{'))
            return parseJson(tr("a JSON object"));
        if (spec.widget == ParameterSpec::Widget::ImageSize) {
            // "1024x768" is accepted as a custom size.
            static const QRegularExpression size(QStringLiteral("^(\\d+)\\s*[xX×]\\s*(\\d+)$"));
            if (const auto m = size.match(trimmed); m.hasMatch()) {
                return QJsonObject{{QStringLiteral("width"), m.captured(1).toLongLong()},
                                   {QStringLiteral("height"), m.captured(2).toLongLong()}};
            }
            return trimmed;
        }
        if (spec.widget == ParameterSpec::Widget::ColorPalette)
            return QJsonObject{{QStringLiteral("name"), trimmed}};
        *error = tr("%1 expects a JSON object, got '%2'.").arg(spec.title, text);
        return {};
    case ParameterSpec::Type::Json:
        return parseJson(tr("JSON"));
    }
    return {};
}
