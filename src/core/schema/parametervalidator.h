#pragma once

#include "modelspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

struct FieldError
{
    QString field;   // empty for errors that concern the request as a whole
    QString message; // a sentence for the user, already translated

    bool operator==(const FieldError &other) const
    {
        return field == other.field && message == other.message;
    }
};

// Checks values against a ModelSpec before anything is sent: unknown keys, required fields, types,
// ranges, enums, lengths, list sizes and mutually exclusive fields. Values are the JSON object the
// provider would receive.
class ParameterValidator
{
    Q_DECLARE_TR_FUNCTIONS(ParameterValidator)

public:
    explicit ParameterValidator(const ModelSpec &model);

    QList<FieldError> validate(const QJsonObject &values) const;

    // One field on its own (no required/exclusive checks across fields).
    QString validateValue(const ParameterSpec &spec, const QJsonValue &value) const;

    // Parses a command-line style text ("0.5", "true", "16:9", JSON for objects) into the JSON
    // value the field expects. Returns an error message through `error` when it cannot.
    static QJsonValue parseText(const ParameterSpec &spec, const QString &text, QString *error);

private:
    const ModelSpec &m_model;
};
