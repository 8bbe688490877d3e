#include "jsoneditor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPlainTextEdit>
#include <QSignalBlocker>

JsonEditor::JsonEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(partName(QStringLiteral("text")));
    m_edit->setToolTip(spec.description.isEmpty()
                           ? tr("Raw JSON value")
                           : spec.description + QStringLiteral("\n\n") + tr("Raw JSON value"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("JSON, e.g. {\"key\": 1}"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_edit->setFont(mono);
    const QFontMetrics fm(mono);
    m_edit->setFixedHeight(fm.lineSpacing() * 3 + 2 * m_edit->frameWidth()
                           + static_cast<int>(2 * m_edit->document()->documentMargin()) + 2);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this]() {
        reparse();
        Q_EMIT changed();
    });
    setValue(QJsonValue(QJsonValue::Undefined));
}

QJsonValue JsonEditor::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // Wrapping in an array lets scalars ("3", "\"x\"", "true") parse too.
    QJsonParseError parseError{};
    const QByteArray wrapped = QByteArray("[") + trimmed.toUtf8() + QByteArray("]");
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()
        || doc.array().size() != 1) {
        if (error) {
            const int offset = qMax(0, parseError.offset - 1);
            *error = parseError.error != QJsonParseError::NoError
                ? tr("Not valid JSON: %1 (at character %2).").arg(parseError.errorString()).arg(offset + 1)
                : tr("Not valid JSON: enter a single value.");
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    if (error)
        error->clear();
    return doc.array().at(0);
}

void JsonEditor::reparse()
{
    m_value = parse(m_edit->toPlainText(), &m_error);
}

QJsonValue JsonEditor::value() const
{
    return m_value;
}

void JsonEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    QString text;
    if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (!v.isUndefined() && !(v.isNull() && isUnset(m_spec.defaultValue))) {
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(text);
    }
    reparse();
    Q_EMIT changed();
}

QWidget *JsonEditor::inputWidget() const
{
    return m_edit;
}
