#pragma once

#include <QJsonDocument>
#include <QList>
#include <QString>

#include "apiresult.h"

// Reads the error bodies of the providers: field errors and the provider's own message.
class ApiErrorParser
{
public:
    enum class Dialect
    {
        Generic,   // tries message, detail, error
        Fal,       // {"detail": [...] | "text", "error_type"}
        Segmind,   // {"error": "..."}
        Freepik,   // {"message", "invalid_params": [{name, reason}]}, possibly under "problem"
    };

    // fal 422: {"detail":[{"loc":["body","seed"],"msg":"...","type":"..."}]} -> ("seed", msg);
    // "detail" as a plain string -> one error with an empty field.
    static QList<ApiFieldError> parseFalValidation(const QJsonDocument &document);
    // Freepik 400: {"message","invalid_params":[{"name","reason"}]}, also nested under "problem".
    static QList<ApiFieldError> parseFreepikValidation(const QJsonDocument &document);
    static QList<ApiFieldError> parseFieldErrors(Dialect dialect, const QJsonDocument &document);

    static QString falMessage(const QJsonDocument &document);
    static QString segmindMessage(const QJsonDocument &document);
    static QString freepikMessage(const QJsonDocument &document);
    // message / detail / error / problem.message, whichever comes first.
    static QString genericMessage(const QJsonDocument &document);
    static QString message(Dialect dialect, const QJsonDocument &document);
};
