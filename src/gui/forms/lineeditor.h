#pragma once

#include "fieldeditor.h"

class QLineEdit;

// Single-line text. Empty is omitted, unless the default is a non-empty string: then "" is sent
// so a deliberately cleared value is respected.
class LineEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineEditor)

public:
    explicit LineEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *inputWidget() const override;

    // The shared rule for text fields.
    static QJsonValue textValue(const ParameterSpec &spec, const QString &text);

private:
    QLineEdit *m_edit = nullptr;
};
