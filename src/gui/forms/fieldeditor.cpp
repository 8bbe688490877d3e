#include "fieldeditor.h"

FieldEditor::FieldEditor(const ParameterSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setObjectName(QStringLiteral("field_") + spec.name);
    if (!spec.description.isEmpty())
        setToolTip(spec.description);
}

FieldEditor::~FieldEditor() = default;

QString FieldEditor::partName(const QString &part) const
{
    return QStringLiteral("field_") + m_spec.name + u'_' + part;
}
