#include "enumeditor.h"

#include "aspectratioicon.h"

#include "widgets/elidingcombobox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

EnumEditor::EnumEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_combo(new ElidingComboBox(this))
    , m_hasNotSet(!spec.required && !spec.hasDefault())
{
    m_combo->setObjectName(partName(QStringLiteral("combo")));
    m_combo->setToolTip(spec.description);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(10);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    if (m_hasNotSet)
        m_combo->addItem(tr("Not set"), QVariant());
    const bool shapes = AspectRatioIcon::appliesTo(spec.name, spec.role);
    for (qsizetype i = 0; i < spec.enumValues.size(); ++i) {
        const QJsonValue raw = spec.enumValues.at(i);
        const QString rawText = raw.isString() ? raw.toString()
                                               : QString::number(raw.toDouble(), 'g', 12);
        QString label = i < spec.enumLabels.size() ? spec.enumLabels.at(i) : QString();
        if (label.isEmpty())
            label = rawText;
        const QIcon icon = shapes ? AspectRatioIcon::icon(rawText, palette()) : QIcon();
        m_combo->addItem(icon, label, raw.toVariant());
        if (label != rawText)
            m_combo->setItemData(m_combo->count() - 1, rawText, Qt::ToolTipRole);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
    setValue(QJsonValue(QJsonValue::Undefined));
}

QJsonValue EnumEditor::value() const
{
    const QVariant current = m_combo->currentData();
    if (!current.isValid())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue::fromVariant(current);
}

void EnumEditor::setValue(const QJsonValue &value)
{
    const auto indexOf = [this](const QJsonValue &v) {
        if (isUnset(v))
            return -1;
        for (int i = 0; i < m_combo->count(); ++i) {
            const QVariant itemValue = m_combo->itemData(i);
            if (itemValue.isValid() && QJsonValue::fromVariant(itemValue) == v)
                return i;
        }
        return -1;
    };
    int index = indexOf(value);
    if (index < 0)
        index = indexOf(m_spec.defaultValue);
    if (index < 0)
        index = 0;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(m_combo->count() > 0 ? index : -1);
    }
    Q_EMIT changed();
}

QWidget *EnumEditor::inputWidget() const
{
    return m_combo;
}
