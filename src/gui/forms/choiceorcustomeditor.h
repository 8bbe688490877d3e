#pragma once

#include "fieldeditor.h"

class QComboBox;

// A field that is one of the schema's choices or a custom value: a combo of choices ending in a
// custom entry that reveals the custom part below it (ImageSize's width × height, a palette's
// colours). Subclasses fill the choices and the custom part and read and write the value.
class ChoiceOrCustomEditor : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceOrCustomEditor)

public:
    QWidget *inputWidget() const override;
    bool isCustom() const;

protected:
    enum class Kind
    {
        None,
        Choice,
        Custom,
    };

    ChoiceOrCustomEditor(const ParameterSpec &spec, QWidget *parent);

    QComboBox *combo() const { return m_combo; }
    // Holds the custom part's widgets; shown while the custom entry is chosen.
    QWidget *customPart() const { return m_custom; }

    void addEntry(Kind kind, const QString &label, const QVariant &value = QVariant(), const QIcon &icon = QIcon());
    // The custom entry, after a separator.
    void addCustomEntry(const QString &label, const QString &toolTip = QString());
    Kind currentKind() const;
    // The index of the entry whose data is `value`, or of the first entry when there is none.
    int indexOfChoice(const QVariant &value) const;
    int customIndex() const;
    // Selects `index` without a change signal per step, shows or hides the custom part and
    // emits changed() once.
    void showEntry(int index);

    // Runs when the designer picks another entry, before changed() (a palette gets its first
    // colour when Custom is chosen).
    virtual void entryChosen() {}

private:
    QComboBox *m_combo = nullptr;
    QWidget *m_custom = nullptr;
};
