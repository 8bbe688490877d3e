#pragma once

#include "schema/modelspec.h"

#include <QDialog>
#include <QJsonObject>

class SchemaForm;

// One model's own values in a comparison: the model's form filled with what the comparison
// would send (`current`); on OK the fields that differ from the shared values (`shared`) become
// its overrides. Image fields never do: the sketch is the comparison's.
class CompareOverridesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareOverridesDialog)

public:
    CompareOverridesDialog(const ModelSpec &model, const QJsonObject &shared, const QJsonObject &current,
                           QWidget *parent = nullptr);

    // The values of `values` that differ from `shared`, images left out.
    static QJsonObject changedValues(const ModelSpec &model, const QJsonObject &shared, const QJsonObject &values);
    static bool isImageField(const ParameterSpec &spec);

Q_SIGNALS:
    // OK: the model's overrides (empty when nothing differs).
    void overridesChosen(const QJsonObject &overrides);

private:
    ModelSpec m_model;
    QJsonObject m_shared;
    SchemaForm *m_form = nullptr;
};
