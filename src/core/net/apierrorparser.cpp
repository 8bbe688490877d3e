#include "apierrorparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>

namespace
{
QString firstText(const QJsonObject &object, std::initializer_list<const char *> keys);

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isObject()) // {"message": "..."} or {"msg": "..."} nested objects
        return firstText(value.toObject(), {"message", "msg", "detail", "error"});
    return QString();
}

// The text of the first of `keys` that has one (stringOf), empty when none has.
QString firstText(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString text = stringOf(object.value(QLatin1String(key)));
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

// "field: message" per error, the field left out where an error names none.
QStringList fieldErrorTexts(const QList<ApiFieldError> &errors)
{
    QStringList parts;
    for (const ApiFieldError &error : errors)
        parts.append(error.field.isEmpty() ? error.message
                                           : error.field + QLatin1String(": ") + error.message);
    return parts;
}

QString fieldFromLoc(const QJsonArray &loc)
{
    QStringList parts;
    for (qsizetype i = 0; i < loc.size(); ++i) {
        const QJsonValue part = loc.at(i);
        QString text = part.isDouble() ? QString::number(part.toInt()) : part.toString();
        if (i == 0 && (text == QLatin1String("body") || text == QLatin1String("query")
                       || text == QLatin1String("path")))
            continue;
        parts.append(text);
    }
    return parts.join(QLatin1Char('.'));
}

QList<ApiFieldError> freepikParams(const QJsonObject &object)
{
    QList<ApiFieldError> errors;
    const QJsonArray params = object.value(QLatin1String("invalid_params")).toArray();
    for (const QJsonValue &entry : params) {
        const QJsonObject param = entry.toObject();
        QString field = param.value(QLatin1String("name")).toString();
        if (field.isEmpty())
            field = param.value(QLatin1String("field")).toString();
        QString reason = param.value(QLatin1String("reason")).toString();
        if (reason.isEmpty())
            reason = param.value(QLatin1String("message")).toString();
        errors.append({field, reason});
    }
    return errors;
}
} // namespace

QList<ApiFieldError> ApiErrorParser::parseFalValidation(const QJsonDocument &document)
{
    QList<ApiFieldError> errors;
    if (!document.isObject())
        return errors;
    const QJsonValue detail = document.object().value(QLatin1String("detail"));
    if (detail.isString()) {
        errors.append({QString(), detail.toString()});
    } else if (detail.isArray()) {
        for (const QJsonValue &entry : detail.toArray()) {
            const QJsonObject object = entry.toObject();
            errors.append({fieldFromLoc(object.value(QLatin1String("loc")).toArray()),
                           firstText(object, {"msg", "message"})});
        }
    }
    return errors;
}

QList<ApiFieldError> ApiErrorParser::parseFreepikValidation(const QJsonDocument &document)
{
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    QList<ApiFieldError> errors = freepikParams(object);
    if (errors.isEmpty())
        errors = freepikParams(object.value(QLatin1String("problem")).toObject());
    return errors;
}

QList<ApiFieldError> ApiErrorParser::parseFieldErrors(Dialect dialect, const QJsonDocument &document)
{
    switch (dialect) {
    case Dialect::Fal:
        return parseFalValidation(document);
    case Dialect::Freepik:
        return parseFreepikValidation(document);
    case Dialect::Segmind:
        return {};
    case Dialect::Generic:
        break;
    }
    QList<ApiFieldError> errors = parseFreepikValidation(document);
    if (errors.isEmpty() && document.isObject()
        && document.object().value(QLatin1String("detail")).isArray())
        errors = parseFalValidation(document);
    return errors;
}

QString ApiErrorParser::falMessage(const QJsonDocument &document)
{
    if (!document.isObject())
        return QString();
    const QJsonObject object = document.object();
    const QJsonValue detail = object.value(QLatin1String("detail"));
    QString text;
    if (detail.isString()) {
        text = detail.toString().trimmed();
    } else if (detail.isArray()) {
        text = fieldErrorTexts(parseFalValidation(document)).join(QLatin1String("; "));
    }
    return text.isEmpty() ? firstText(object, {"message", "error"}) : text;
}

QString ApiErrorParser::segmindMessage(const QJsonDocument &document)
{
    if (!document.isObject())
        return QString();
    return firstText(document.object(), {"error", "message", "detail"});
}

QString ApiErrorParser::freepikMessage(const QJsonDocument &document)
{
    if (!document.isObject())
        return QString();
    const QString text = firstText(document.object(), {"message", "problem", "detail", "error"});
    const QStringList parts = fieldErrorTexts(parseFreepikValidation(document));
    if (parts.isEmpty())
        return text;
    const QString fields = parts.join(QLatin1String("; "));
    return text.isEmpty() ? fields : text + QLatin1String(" (") + fields + QLatin1Char(')');
}

QString ApiErrorParser::genericMessage(const QJsonDocument &document)
{
    if (!document.isObject())
        return QString();
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("detail")).isArray())
        return falMessage(document);
    return firstText(object, {"message", "detail", "error", "problem"});
}

QString ApiErrorParser::message(Dialect dialect, const QJsonDocument &document)
{
    switch (dialect) {
    case Dialect::Fal:
        return falMessage(document);
    case Dialect::Segmind:
        return segmindMessage(document);
    case Dialect::Freepik:
        return freepikMessage(document);
    case Dialect::Generic:
        break;
    }
    return genericMessage(document);
}
