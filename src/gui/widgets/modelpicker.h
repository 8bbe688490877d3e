#pragma once

#include "schema/modelspec.h"

#include "elidingcombobox.h"
#include <QList>
#include <QString>

// The model combo: "Bria Reimagine 3.2 · fal · $0.04" per entry, the model id as item data.
class ModelPicker final : public ElidingComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    explicit ModelPicker(QWidget *parent = nullptr);

    // Keeps the current model when it is still listed.
    void setModels(const QList<ModelSpec> &models);

    QString currentModelId() const;
    bool setCurrentModelId(const QString &id);

    static QString displayText(const ModelSpec &model);
    static QString providerName(const QString &provider);
    static QString formatUsd(double amount);
    // "$0.04 per image" or "price unknown".
    static QString priceText(const ModelSpec &model);
    // "$0.04", "$0.03–$0.09" or "price unknown", for the picker's lines.
    static QString priceShort(const ModelSpec &model);

Q_SIGNALS:
    void currentModelChanged(const QString &id);
};
