#pragma once

#include "fieldeditor.h"

class QLineEdit;

// A list of short strings (or numbers) typed comma-separated. The value is a JSON array, omitted
// when empty; number items that do not parse are reported inline.
class StringListEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StringListEditor)

public:
    explicit StringListEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString inputError() const override;
    QWidget *inputWidget() const override;

private:
    QStringList items() const;

    QLineEdit *m_edit = nullptr;
};
