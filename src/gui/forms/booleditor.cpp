#include "booleditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

BoolEditor::BoolEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_check(new QCheckBox(spec.title.isEmpty() ? spec.name : spec.title, this))
{
    m_check->setObjectName(partName(QStringLiteral("check")));
    m_check->setToolTip(spec.description);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addStretch(1);
    connect(m_check, &QCheckBox::toggled, this, [this]() {
        m_isSet = true;
        Q_EMIT changed();
    });
    setValue(QJsonValue(QJsonValue::Undefined));
}

QJsonValue BoolEditor::value() const
{
    if (!m_isSet)
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue(m_check->isChecked());
}

void BoolEditor::setValue(const QJsonValue &value)
{
    QJsonValue v = value;
    if (isUnset(v))
        v = m_spec.defaultValue;
    {
        const QSignalBlocker blocker(m_check);
        m_check->setChecked(v.toBool(false));
    }
    // A required flag without a default is always sent (false until ticked).
    m_isSet = v.isBool() || m_spec.required;
    Q_EMIT changed();
}

QWidget *BoolEditor::inputWidget() const
{
    return m_check;
}
