#include "imageeditor.h"

#include "widgets/imagedropzone.h"

#include <QHBoxLayout>
#include <QSignalBlocker>

ImageEditor::ImageEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_drop(new ImageDropZone(this))
{
    m_drop->setObjectName(partName(QStringLiteral("drop")));
    m_drop->setAccessibleName(spec.title.isEmpty() ? spec.name : spec.title);
    if (spec.role == QLatin1String("structure_image"))
        m_drop->setPlaceholderText(tr("Drop the sketch here"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_drop);
    connect(m_drop, &ImageDropZone::changed, this, &FieldEditor::changed);
    setValue(QJsonValue(QJsonValue::Undefined));
}

QJsonValue ImageEditor::value() const
{
    if (m_drop->source().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue(m_drop->source());
}

void ImageEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    {
        const QSignalBlocker blocker(m_drop);
        m_drop->setSource(v.isString() ? v.toString() : QString());
    }
    Q_EMIT changed();
}

QString ImageEditor::inputError() const
{
    return m_drop->errorText();
}

QWidget *ImageEditor::inputWidget() const
{
    return m_drop;
}
