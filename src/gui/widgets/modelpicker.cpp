#include "modelpicker.h"

#include "model/providerinfo.h"
#include "session/costledger.h"

#include <QSignalBlocker>

ModelPicker::ModelPicker(QWidget *parent)
    : ElidingComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int) {
        Q_EMIT currentModelChanged(currentModelId());
    });
}

void ModelPicker::setModels(const QList<ModelSpec> &models)
{
    const QString current = currentModelId();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const ModelSpec &model : models) {
            addItem(displayText(model), model.id);
            QString tip = model.title + QStringLiteral("\n") + model.id;
            if (!model.description.isEmpty())
                tip += QStringLiteral("\n\n") + model.description;
            setItemData(count() - 1, tip, Qt::ToolTipRole);
        }
        const int index = findData(current);
        setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
    }
    if (currentModelId() != current)
        Q_EMIT currentModelChanged(currentModelId());
}

QString ModelPicker::currentModelId() const
{
    return currentData().toString();
}

bool ModelPicker::setCurrentModelId(const QString &id)
{
    const int index = findData(id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

QString ModelPicker::displayText(const ModelSpec &model)
{
    const QString title = model.title.isEmpty() ? model.endpoint : model.title;
    return title + QStringLiteral(" · ") + providerName(model.provider) + QStringLiteral(" · ")
        + priceShort(model);
}

QString ModelPicker::providerName(const QString &provider)
{
    if (ProviderInfo::find(provider))
        return ProviderInfo::nameOf(provider);
    if (provider.isEmpty())
        return tr("unknown provider");
    return provider.at(0).toUpper() + provider.mid(1);
}

QString ModelPicker::formatUsd(double amount)
{
    return CostLedger::formatUsd(amount);
}

QString ModelPicker::priceShort(const ModelSpec &model)
{
    const std::optional<std::pair<double, double>> range = model.priceRange();
    if (!range)
        return tr("price unknown");
    if (range->first == range->second)
        return formatUsd(range->first);
    return tr("%1–%2").arg(formatUsd(range->first), formatUsd(range->second));
}

QString ModelPicker::priceText(const ModelSpec &model)
{
    const std::optional<std::pair<double, double>> range = model.priceRange();
    if (!range)
        return tr("price unknown");
    if (range->first == range->second)
        return tr("%1 per image").arg(formatUsd(range->first));
    return tr("%1–%2 per image").arg(formatUsd(range->first), formatUsd(range->second));
}
