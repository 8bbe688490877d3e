#include "lineeditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

LineEditor::LineEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(partName(QStringLiteral("text")));
    m_edit->setToolTip(spec.description);
    m_edit->setClearButtonEnabled(true);
    if (spec.maxLength)
        m_edit->setMaxLength(qMax(*spec.maxLength, 1) + 64); // validator reports overflow
    if (spec.name.endsWith(QLatin1String("_url")) || spec.name.endsWith(QLatin1String("url")))
        m_edit->setPlaceholderText(QStringLiteral("https://…"));
    else if (!spec.required && !spec.hasDefault())
        m_edit->setPlaceholderText(tr("Optional"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::changed);
    setValue(QJsonValue(QJsonValue::Undefined));
}

QJsonValue LineEditor::textValue(const ParameterSpec &spec, const QString &text)
{
    if (!text.isEmpty())
        return QJsonValue(text);
    if (spec.defaultValue.isString() && !spec.defaultValue.toString().isEmpty())
        return QJsonValue(QString());
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue LineEditor::value() const
{
    return textValue(m_spec, m_edit->text());
}

void LineEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(v.isString() ? v.toString()
                                     : (v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                                     : QString()));
    }
    Q_EMIT changed();
}

QWidget *LineEditor::inputWidget() const
{
    return m_edit;
}
