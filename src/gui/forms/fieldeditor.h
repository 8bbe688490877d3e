#pragma once

#include "schema/parameterspec.h"

#include <QJsonValue>
#include <QString>
#include <QWidget>

// The editor of one field, as built by FieldEditorFactory (one subclass per field kind, after
// OBS Studio's properties view). The editor itself is the field's container, named
// "field_<name>"; its inner inputs are named "field_<name>_<part>".
class FieldEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    explicit FieldEditor(const ParameterSpec &spec, QWidget *parent = nullptr);
    ~FieldEditor() override;

    const ParameterSpec &spec() const { return m_spec; }

    // The value as the provider expects it; Undefined when the field is to be omitted.
    virtual QJsonValue value() const = 0;
    // Undefined or null: back to the default (or unset when there is none).
    virtual void setValue(const QJsonValue &value) = 0;
    // A problem the editor itself found (unparsable JSON, unreadable image); empty when none.
    virtual QString inputError() const { return QString(); }
    // The widget a label should point at (buddy) and that takes focus.
    virtual QWidget *inputWidget() const = 0;
    // Whether the form shows its own label in front of the editor (check boxes carry their
    // title themselves).
    virtual bool wantsLabel() const { return true; }

    void resetToDefault() { setValue(m_spec.defaultValue); }

Q_SIGNALS:
    // The user (or setValue) changed the value or its error.
    void changed();

protected:
    QString partName(const QString &part) const;
    static bool isUnset(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    const ParameterSpec m_spec;
};
