#pragma once

#include "fieldeditor.h"

class QAbstractSpinBox;
class QCheckBox;
class QDoubleSpinBox;
class QSlider;
class QSpinBox;

// Integer or number. Bounded (Widget::Slider): a slider and an exact spin box kept in sync, step
// and decimals derived from the range. Otherwise a spin box with a wide range. An optional field
// without a default gets a leading check box: unchecked means "not sent".
// A typed value outside the schema's range is kept as typed (never silently put back): the form's
// validation says what is wrong under the field and blocks the run. The arrows, the wheel and the
// slider stay inside the range; the tooltip gives it. A double spin box shows every decimal of
// the value it holds, so the value sent is the value shown.
class NumberEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberEditor)

public:
    explicit NumberEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *inputWidget() const override;

    // Step and decimals for a number range: 0–1 → 0.01 / 2, 1–10 → 0.1 / 1, integers → 1 / 0.
    static double stepFor(const ParameterSpec &spec);
    static int decimalsFor(const ParameterSpec &spec);
    // The range in words for tooltips: "From 20 to 50", "At least 0", "Less than 1"; empty when
    // the field has no bound.
    static QString rangeText(const ParameterSpec &spec);

private:
    bool isInteger() const;
    QAbstractSpinBox *spin() const;
    double spinValue() const;
    void setSpinValue(double value);
    void syncSliderFromSpin();
    void updateEnabled();
    void showDecimalsOf(double value);

    QSpinBox *m_intSpin = nullptr;
    QDoubleSpinBox *m_doubleSpin = nullptr;
    QSlider *m_slider = nullptr;
    QCheckBox *m_enable = nullptr;
    double m_step = 1;
    double m_scale = 1; // slider units per value unit
    int m_baseDecimals = 0;
};
