#pragma once

#include "fieldeditor.h"

class QComboBox;

// Enum: a combo of readable labels, the raw value as item data. An optional enum without a
// default starts on "Not set" (omitted from the values). Aspect ratios get a shape icon.
class EnumEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnumEditor)

public:
    explicit EnumEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *inputWidget() const override;

    bool hasNotSetItem() const { return m_hasNotSet; }

private:
    QComboBox *m_combo = nullptr;
    bool m_hasNotSet = false;
};
