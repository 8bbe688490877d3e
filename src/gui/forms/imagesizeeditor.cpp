#include "imagesizeeditor.h"

#include "aspectratioicon.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

ImageSizeEditor::ImageSizeEditor(const ParameterSpec &spec, QWidget *parent)
    : ChoiceOrCustomEditor(spec, parent)
{
    if (!spec.required && !spec.hasDefault())
        addEntry(Kind::None, tr("Not set"));
    for (qsizetype i = 0; i < spec.enumValues.size(); ++i) {
        const QString raw = spec.enumValues.at(i).toString();
        const QString label = i < spec.enumLabels.size() && !spec.enumLabels.at(i).isEmpty()
            ? spec.enumLabels.at(i)
            : raw;
        addEntry(Kind::Choice, label, raw, AspectRatioIcon::icon(raw, palette()));
        combo()->setItemData(combo()->count() - 1, raw, Qt::ToolTipRole);
    }
    addCustomEntry(tr("Custom…"), tr("Enter width and height in pixels"));

    m_width = createSideSpin(QStringLiteral("width"), QStringLiteral("width"));
    m_height = createSideSpin(QStringLiteral("height"), QStringLiteral("height"));
    auto *times = new QLabel(QStringLiteral("×"), customPart());
    auto *px = new QLabel(tr("px"), customPart());
    auto *customLayout = new QHBoxLayout(customPart());
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->setSpacing(4);
    customLayout->addWidget(m_width, 1);
    customLayout->addWidget(times);
    customLayout->addWidget(m_height, 1);
    customLayout->addWidget(px);

    connect(m_width, &QSpinBox::valueChanged, this, &FieldEditor::changed);
    connect(m_height, &QSpinBox::valueChanged, this, &FieldEditor::changed);
    setValue(QJsonValue(QJsonValue::Undefined));
}

QSpinBox *ImageSizeEditor::createSideSpin(const QString &child, const QString &part)
{
    auto *spin = new QSpinBox(customPart());
    spin->setObjectName(partName(part));
    int lo = 64;
    int hi = 14142;
    int def = 1024;
    for (const ParameterSpec &c : m_spec.children) {
        if (c.name != child)
            continue;
        if (c.minimum)
            lo = qMax(1, static_cast<int>(std::ceil(*c.minimum + (c.exclusiveMinimum ? 1 : 0))));
        if (c.maximum)
            hi = static_cast<int>(std::floor(*c.maximum - (c.exclusiveMaximum ? 1 : 0)));
        if (c.defaultValue.isDouble())
            def = static_cast<int>(c.defaultValue.toDouble());
        if (!c.description.isEmpty())
            spin->setToolTip(c.description);
    }
    spin->setRange(lo, qMax(lo, hi));
    spin->setSingleStep(64);
    spin->setValue(def);
    spin->setAccessibleName(child == QLatin1String("width") ? tr("Width") : tr("Height"));
    if (spin->toolTip().isEmpty())
        spin->setToolTip(spin->accessibleName() + tr(" in pixels"));
    return spin;
}

QJsonValue ImageSizeEditor::value() const
{
    switch (currentKind()) {
    case Kind::Custom: {
        QJsonObject size;
        size.insert(QStringLiteral("width"), static_cast<qint64>(m_width->value()));
        size.insert(QStringLiteral("height"), static_cast<qint64>(m_height->value()));
        return size;
    }
    case Kind::Choice:
        return QJsonValue(combo()->currentData().toString());
    case Kind::None:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void ImageSizeEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    int index = 0;
    if (v.isString()) {
        index = indexOfChoice(v.toString());
    } else if (v.isObject()) {
        const QSignalBlocker widthBlocker(m_width);
        const QSignalBlocker heightBlocker(m_height);
        const QJsonObject o = v.toObject();
        index = customIndex();
        m_width->setValue(o.value(QLatin1String("width")).toInt(m_width->value()));
        m_height->setValue(o.value(QLatin1String("height")).toInt(m_height->value()));
    }
    showEntry(index);
}
