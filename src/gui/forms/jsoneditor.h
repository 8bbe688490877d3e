#pragma once

#include "fieldeditor.h"

class QPlainTextEdit;

// Anything the form has no better editor for: raw JSON in a monospace edit, parsed on every
// change. Invalid JSON is an inline error (and the field is left out), never a crash.
class JsonEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditor)

public:
    explicit JsonEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString inputError() const override { return m_error; }
    QWidget *inputWidget() const override;

    // Parses any JSON value (object, array, string, number, bool, null). Empty text: Undefined.
    static QJsonValue parse(const QString &text, QString *error);

private:
    void reparse();

    QPlainTextEdit *m_edit = nullptr;
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    QString m_error;
};
