#include "imagesizeeditor.h"

#include "aspectratioicon.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int KindRole = Qt::UserRole + 1;
const QString CustomKind = QStringLiteral("custom");
const QString PresetKind = QStringLiteral("preset");
} // namespace

ImageSizeEditor::ImageSizeEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_combo(new QComboBox(this))
    , m_custom(new QWidget(this))
{
    m_combo->setObjectName(partName(QStringLiteral("combo")));
    m_combo->setToolTip(spec.description);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(10);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    if (!spec.required && !spec.hasDefault())
        m_combo->addItem(tr("Not set"));
    for (qsizetype i = 0; i < spec.enumValues.size(); ++i) {
        const QString raw = spec.enumValues.at(i).toString();
        const QString label = i < spec.enumLabels.size() && !spec.enumLabels.at(i).isEmpty()
            ? spec.enumLabels.at(i)
            : raw;
        m_combo->addItem(AspectRatioIcon::icon(raw, palette()), label, raw);
        m_combo->setItemData(m_combo->count() - 1, PresetKind, KindRole);
        m_combo->setItemData(m_combo->count() - 1, raw, Qt::ToolTipRole);
    }
    if (m_combo->count() > 0)
        m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Custom…"));
    m_combo->setItemData(m_combo->count() - 1, CustomKind, KindRole);
    m_combo->setItemData(m_combo->count() - 1, tr("Enter width and height in pixels"),
                         Qt::ToolTipRole);

    m_width = createSideSpin(QStringLiteral("width"), QStringLiteral("width"));
    m_height = createSideSpin(QStringLiteral("height"), QStringLiteral("height"));
    auto *times = new QLabel(QStringLiteral("×"), m_custom);
    auto *px = new QLabel(tr("px"), m_custom);
    auto *customLayout = new QHBoxLayout(m_custom);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->setSpacing(4);
    customLayout->addWidget(m_width, 1);
    customLayout->addWidget(times);
    customLayout->addWidget(m_height, 1);
    customLayout->addWidget(px);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_combo);
    layout->addWidget(m_custom);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this]() {
        updateCustomVisibility();
        Q_EMIT changed();
    });
    connect(m_width, &QSpinBox::valueChanged, this, &FieldEditor::changed);
    connect(m_height, &QSpinBox::valueChanged, this, &FieldEditor::changed);
    setValue(QJsonValue(QJsonValue::Undefined));
}

QSpinBox *ImageSizeEditor::createSideSpin(const QString &child, const QString &part)
{
    auto *spin = new QSpinBox(m_custom);
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

bool ImageSizeEditor::isCustom() const
{
    return m_combo->currentData(KindRole).toString() == CustomKind;
}

QJsonValue ImageSizeEditor::value() const
{
    const QString kind = m_combo->currentData(KindRole).toString();
    if (kind == CustomKind) {
        QJsonObject size;
        size.insert(QStringLiteral("width"), static_cast<qint64>(m_width->value()));
        size.insert(QStringLiteral("height"), static_cast<qint64>(m_height->value()));
        return size;
    }
    if (kind == PresetKind)
        return QJsonValue(m_combo->currentData().toString());
    return QJsonValue(QJsonValue::Undefined);
}

void ImageSizeEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    {
        const QSignalBlocker comboBlocker(m_combo);
        const QSignalBlocker widthBlocker(m_width);
        const QSignalBlocker heightBlocker(m_height);
        int index = 0;
        if (v.isString()) {
            const int found = m_combo->findData(v.toString());
            index = found >= 0 ? found : 0;
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            index = m_combo->findData(CustomKind, KindRole);
            m_width->setValue(o.value(QLatin1String("width")).toInt(m_width->value()));
            m_height->setValue(o.value(QLatin1String("height")).toInt(m_height->value()));
        }
        m_combo->setCurrentIndex(index);
    }
    updateCustomVisibility();
    Q_EMIT changed();
}

QWidget *ImageSizeEditor::inputWidget() const
{
    return m_combo;
}

void ImageSizeEditor::updateCustomVisibility()
{
    m_custom->setVisible(isCustom());
}
