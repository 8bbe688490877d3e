#pragma once

#include "choiceorcustomeditor.h"

#include <QColor>
#include <QList>

class QDoubleSpinBox;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// Colour palette: "None", the provider's named presets, or "Custom colours" — a short list of
// swatches (picked with QColorDialog) each with a weight. Value: {"name": "EMBER"} or
// {"members": [{"rgb": {"r", "g", "b"}, "color_weight": 0.5}, ...]}; omitted for None.
class ColorPaletteEditor final : public ChoiceOrCustomEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorPaletteEditor)

public:
    explicit ColorPaletteEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;

    int memberCount() const { return static_cast<int>(m_members.size()); }
    // Adds a swatch (used by "Add colour" and by tests).
    void addMember(const QColor &color, double weight);

private:
    struct Member
    {
        QWidget *row = nullptr;
        QToolButton *swatch = nullptr;
        QDoubleSpinBox *weight = nullptr;
        QColor color;
    };

    void removeMember(QWidget *row);
    void pickColor(QWidget *row);
    void setMemberColor(Member &member, const QColor &color);
    void clearMembers();
    void entryChosen() override;

    QVBoxLayout *m_membersLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QList<Member> m_members;
    double m_minWeight = 0.05;
    double m_maxWeight = 1.0;
    double m_defaultWeight = 0.5;
};
