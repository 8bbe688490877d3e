#include "stringlisteditor.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalBlocker>

StringListEditor::StringListEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(partName(QStringLiteral("text")));
    m_edit->setToolTip(spec.description);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Comma-separated, e.g. %1")
                                   .arg(spec.itemType == QLatin1String("integer")
                                                || spec.itemType == QLatin1String("number")
                                            ? QStringLiteral("1, 2, 3")
                                            : QStringLiteral("a1b2c3d4, e5f6a7b8")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::changed);
    setValue(QJsonValue(QJsonValue::Undefined));
}

QStringList StringListEditor::items() const
{
    QStringList result;
    const QStringList parts = m_edit->text().split(u',');
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            result.append(item);
    }
    return result;
}

QJsonValue StringListEditor::value() const
{
    const QStringList list = items();
    if (list.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray array;
    const bool integers = m_spec.itemType == QLatin1String("integer");
    const bool numbers = m_spec.itemType == QLatin1String("number");
    for (const QString &item : list) {
        bool ok = false;
        if (integers) {
            const qint64 n = item.toLongLong(&ok);
            if (ok) {
                array.append(n);
                continue;
            }
        } else if (numbers) {
            const double d = item.toDouble(&ok);
            if (ok) {
                array.append(d);
                continue;
            }
        }
        array.append(item);
    }
    return array;
}

void StringListEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    QStringList parts;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        parts.append(item.isString() ? item.toString() : QString::number(item.toDouble(), 'g', 15));
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(parts.join(QStringLiteral(", ")));
    }
    Q_EMIT changed();
}

QString StringListEditor::inputError() const
{
    if (m_spec.itemType != QLatin1String("integer") && m_spec.itemType != QLatin1String("number"))
        return QString();
    const QStringList list = items();
    for (const QString &item : list) {
        bool ok = false;
        if (m_spec.itemType == QLatin1String("integer"))
            item.toLongLong(&ok);
        else
            item.toDouble(&ok);
        if (!ok)
            return tr("“%1” is not a number.").arg(item);
    }
    return QString();
}

QWidget *StringListEditor::inputWidget() const
{
    return m_edit;
}
