#include "numbereditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace {
constexpr double WideDouble = 1e9;

int decimalsOf(double value)
{
    for (int d = 0; d <= 4; ++d) {
        const double scaled = value * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            return d;
    }
    return 4;
}
} // namespace

double NumberEditor::stepFor(const ParameterSpec &spec)
{
    if (spec.type == ParameterSpec::Type::Integer)
        return 1;
    if (!spec.isBounded())
        return 0.1;
    const double span = *spec.maximum - *spec.minimum;
    if (span <= 2)
        return 0.01;
    if (span <= 20)
        return 0.1;
    if (span <= 200)
        return 1;
    return std::pow(10.0, std::floor(std::log10(span)) - 2);
}

int NumberEditor::decimalsFor(const ParameterSpec &spec)
{
    if (spec.type == ParameterSpec::Type::Integer)
        return 0;
    int decimals = qMax(0, decimalsOf(stepFor(spec)));
    if (spec.minimum)
        decimals = qMax(decimals, decimalsOf(*spec.minimum));
    if (spec.maximum)
        decimals = qMax(decimals, decimalsOf(*spec.maximum));
    if (spec.defaultValue.isDouble())
        decimals = qMax(decimals, decimalsOf(spec.defaultValue.toDouble()));
    if (!spec.isBounded())
        decimals = qMax(decimals, 2);
    return qMin(decimals, 4);
}

NumberEditor::NumberEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_step(stepFor(spec))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    if (!spec.required && !spec.hasDefault()) {
        m_enable = new QCheckBox(this);
        m_enable->setObjectName(partName(QStringLiteral("set")));
        m_enable->setToolTip(tr("Send a value for this field; when off, the provider decides"));
        layout->addWidget(m_enable);
        connect(m_enable, &QCheckBox::toggled, this, [this]() {
            updateEnabled();
            Q_EMIT changed();
        });
    }

    // Range (exclusive bounds step inside by one step).
    double lo = spec.minimum.value_or(-WideDouble);
    double hi = spec.maximum.value_or(WideDouble);
    if (spec.minimum && spec.exclusiveMinimum)
        lo += m_step;
    if (spec.maximum && spec.exclusiveMaximum)
        hi -= m_step;

    QAbstractSpinBox *spinWidget = nullptr;
    if (isInteger()) {
        m_intSpin = new QSpinBox(this);
        constexpr double intMin = std::numeric_limits<int>::min();
        constexpr double intMax = std::numeric_limits<int>::max();
        m_intSpin->setRange(static_cast<int>(qBound(intMin, std::ceil(lo), intMax)),
                            static_cast<int>(qBound(intMin, std::floor(hi), intMax)));
        m_intSpin->setSingleStep(1);
        connect(m_intSpin, &QSpinBox::valueChanged, this, [this]() {
            syncSliderFromSpin();
            Q_EMIT changed();
        });
        spinWidget = m_intSpin;
    } else {
        m_doubleSpin = new QDoubleSpinBox(this);
        m_doubleSpin->setDecimals(decimalsFor(spec));
        m_doubleSpin->setRange(lo, hi);
        m_doubleSpin->setSingleStep(m_step);
        connect(m_doubleSpin, &QDoubleSpinBox::valueChanged, this, [this]() {
            syncSliderFromSpin();
            Q_EMIT changed();
        });
        spinWidget = m_doubleSpin;
    }
    spinWidget->setObjectName(partName(QStringLiteral("spin")));
    spinWidget->setToolTip(spec.description);

    if (spec.widget == ParameterSpec::Widget::Slider && spec.isBounded()) {
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setObjectName(partName(QStringLiteral("slider")));
        m_scale = 1.0 / m_step;
        m_slider->setRange(static_cast<int>(std::lround(lo * m_scale)),
                           static_cast<int>(std::lround(hi * m_scale)));
        m_slider->setProperty("valueScale", m_scale);
        const int span = m_slider->maximum() - m_slider->minimum();
        m_slider->setPageStep(qMax(1, span / 10));
        m_slider->setToolTip(spec.description);
        m_slider->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_slider->setMinimumWidth(64);
        connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
            const QSignalBlocker blocker(spin());
            setSpinValue(position / m_scale);
            Q_EMIT changed();
        });
        layout->addWidget(m_slider, 1);
        spinWidget->setMinimumWidth(qMax(spinWidget->sizeHint().width(), 72));
        spinWidget->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        layout->addWidget(spinWidget);
    } else {
        // Unbounded spin boxes need no 10-digit width; keep them a comfortable size.
        spinWidget->setMinimumWidth(96);
        spinWidget->setMaximumWidth(160);
        spinWidget->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        layout->addWidget(spinWidget);
        layout->addStretch(1);
    }

    setValue(QJsonValue(QJsonValue::Undefined));
}

bool NumberEditor::isInteger() const
{
    return m_spec.type == ParameterSpec::Type::Integer;
}

QAbstractSpinBox *NumberEditor::spin() const
{
    if (m_intSpin)
        return m_intSpin;
    return m_doubleSpin;
}

double NumberEditor::spinValue() const
{
    return m_intSpin ? m_intSpin->value() : m_doubleSpin->value();
}

void NumberEditor::setSpinValue(double value)
{
    if (m_intSpin)
        m_intSpin->setValue(static_cast<int>(std::lround(value)));
    else
        m_doubleSpin->setValue(value);
}

void NumberEditor::syncSliderFromSpin()
{
    if (!m_slider)
        return;
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(static_cast<int>(std::lround(spinValue() * m_scale)));
}

void NumberEditor::updateEnabled()
{
    const bool on = !m_enable || m_enable->isChecked();
    spin()->setEnabled(on);
    if (m_slider)
        m_slider->setEnabled(on);
}

QJsonValue NumberEditor::value() const
{
    if (m_enable && !m_enable->isChecked())
        return QJsonValue(QJsonValue::Undefined);
    if (m_intSpin)
        return QJsonValue(static_cast<qint64>(m_intSpin->value()));
    return QJsonValue(m_doubleSpin->value());
}

void NumberEditor::setValue(const QJsonValue &value)
{
    QJsonValue v = value;
    if (isUnset(v))
        v = m_spec.defaultValue;
    const QSignalBlocker spinBlocker(spin());
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker enableBlocker(m_enable);
    if (v.isDouble()) {
        setSpinValue(v.toDouble());
        if (m_enable)
            m_enable->setChecked(true);
    } else {
        // No value: show the lower bound (or 0) and leave the field unsent.
        double shown = 0;
        if (m_spec.minimum && *m_spec.minimum > 0)
            shown = *m_spec.minimum;
        if (m_spec.maximum && *m_spec.maximum < 0)
            shown = *m_spec.maximum;
        setSpinValue(shown);
        if (m_enable)
            m_enable->setChecked(false);
    }
    syncSliderFromSpin();
    updateEnabled();
    Q_EMIT changed();
}

QWidget *NumberEditor::inputWidget() const
{
    return spin();
}
