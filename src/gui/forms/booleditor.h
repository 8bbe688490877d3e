#pragma once

#include "fieldeditor.h"

class QCheckBox;

// Boolean: a check box carrying the field's title. Without a default (and not required) the
// field is only sent once the user has ticked or unticked it.
class BoolEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoolEditor)

public:
    explicit BoolEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *inputWidget() const override;
    bool wantsLabel() const override { return false; }

private:
    QCheckBox *m_check = nullptr;
    bool m_isSet = false;
};
