#include "numbereditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <cmath>
#include <limits>
#include <type_traits>

namespace {
constexpr double WideDouble = 1e9;
// The most decimals a spin box shows: a value from a preset or the history with more is rare,
// and beyond this a double's noise would show.
constexpr int MaxShownDecimals = 6;

int decimalsOf(double value, int most = 4)
{
    for (int d = 0; d <= most; ++d) {
        const double scaled = value * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            return d;
    }
    return most;
}

QString formatBound(double value)
{
    return QString::number(value, 'g', 12); // as ParameterValidator words its messages
}

// Spin boxes whose range is wide, so that a typed value outside the field's range stays as typed
// (Qt would put it back on focus-out), while the arrow keys and the wheel step only inside the
// field's range [lo, hi].
template <class SpinBox>
class RangeSpin final : public SpinBox
{
public:
    RangeSpin(double lo, double hi, QWidget *parent)
        : SpinBox(parent), m_lo(lo), m_hi(hi) {}

    void stepBy(int steps) override
    {
        const double next = qBound(m_lo, double(this->value()) + double(steps) * this->singleStep(), m_hi);
        if constexpr (std::is_same_v<SpinBox, QSpinBox>)
            this->setValue(static_cast<int>(std::lround(next)));
        else
            this->setValue(next);
        this->lineEdit()->selectAll();
    }

protected:
    typename SpinBox::StepEnabled stepEnabled() const override
    {
        if (this->isReadOnly())
            return SpinBox::StepNone;
        typename SpinBox::StepEnabled enabled = SpinBox::StepNone;
        if (this->value() < m_hi)
            enabled |= SpinBox::StepUpEnabled;
        if (this->value() > m_lo)
            enabled |= SpinBox::StepDownEnabled;
        return enabled;
    }

private:
    double m_lo;
    double m_hi;
};
using RangeSpinBox = RangeSpin<QSpinBox>;
using RangeDoubleSpinBox = RangeSpin<QDoubleSpinBox>;
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

QString NumberEditor::rangeText(const ParameterSpec &spec)
{
    if (spec.minimum && spec.maximum) {
        const QString lo = formatBound(*spec.minimum);
        const QString hi = formatBound(*spec.maximum);
        if (spec.exclusiveMinimum && spec.exclusiveMaximum)
            return tr("More than %1 and less than %2").arg(lo, hi);
        if (spec.exclusiveMinimum)
            return tr("More than %1, up to %2").arg(lo, hi);
        if (spec.exclusiveMaximum)
            return tr("From %1 to less than %2").arg(lo, hi);
        return tr("From %1 to %2").arg(lo, hi);
    }
    if (spec.minimum)
        return spec.exclusiveMinimum ? tr("More than %1").arg(formatBound(*spec.minimum))
                                     : tr("At least %1").arg(formatBound(*spec.minimum));
    if (spec.maximum)
        return spec.exclusiveMaximum ? tr("Less than %1").arg(formatBound(*spec.maximum))
                                     : tr("At most %1").arg(formatBound(*spec.maximum));
    return QString();
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

    // The spin box takes any number (see RangeSpinBox); its size is measured on the field's own
    // range first, so a wide range does not make it ten digits wide.
    const double wideLo = std::min(lo, -WideDouble);
    const double wideHi = std::max(hi, WideDouble);
    const auto toInt = [](double v) {
        constexpr double intMin = std::numeric_limits<int>::min();
        constexpr double intMax = std::numeric_limits<int>::max();
        return static_cast<int>(qBound(intMin, v, intMax));
    };
    QAbstractSpinBox *spinWidget = nullptr;
    if (isInteger()) {
        m_intSpin = new RangeSpinBox(lo, hi, this);
        m_intSpin->setRange(toInt(std::ceil(lo)), toInt(std::floor(hi)));
        m_intSpin->setSingleStep(1);
        spinWidget = m_intSpin;
    } else {
        m_doubleSpin = new RangeDoubleSpinBox(lo, hi, this);
        m_baseDecimals = decimalsFor(spec);
        m_doubleSpin->setDecimals(m_baseDecimals);
        m_doubleSpin->setRange(lo, hi);
        m_doubleSpin->setSingleStep(m_step);
        spinWidget = m_doubleSpin;
    }
    const int measuredWidth = spinWidget->sizeHint().width();
    if (m_intSpin) {
        m_intSpin->setRange(toInt(std::ceil(wideLo)), toInt(std::floor(wideHi)));
        connect(m_intSpin, &QSpinBox::valueChanged, this, [this]() {
            syncSliderFromSpin();
            Q_EMIT changed();
        });
    } else {
        m_doubleSpin->setRange(wideLo, wideHi);
        connect(m_doubleSpin, &QDoubleSpinBox::valueChanged, this, [this]() {
            syncSliderFromSpin();
            Q_EMIT changed();
        });
    }
    spinWidget->setObjectName(partName(QStringLiteral("spin")));
    QString tip = spec.description;
    const QString range = rangeText(spec);
    if (!range.isEmpty())
        tip = tip.isEmpty() ? range : tip + QLatin1Char('\n') + range;
    spinWidget->setToolTip(tip);
    spinWidget->setProperty("validMinimum", lo);
    spinWidget->setProperty("validMaximum", hi);

    if (spec.widget == ParameterSpec::Widget::Slider && spec.isBounded()) {
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setObjectName(partName(QStringLiteral("slider")));
        m_scale = 1.0 / m_step;
        m_slider->setRange(static_cast<int>(std::lround(lo * m_scale)),
                           static_cast<int>(std::lround(hi * m_scale)));
        m_slider->setProperty("valueScale", m_scale);
        const int span = m_slider->maximum() - m_slider->minimum();
        m_slider->setPageStep(qMax(1, span / 10));
        m_slider->setToolTip(tip);
        m_slider->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_slider->setMinimumWidth(64);
        connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
            const QSignalBlocker blocker(spin());
            setSpinValue(position / m_scale);
            Q_EMIT changed();
        });
        layout->addWidget(m_slider, 1);
        spinWidget->setFixedWidth(qMax(measuredWidth, 72));
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
    if (m_intSpin) {
        m_intSpin->setValue(static_cast<int>(std::lround(value)));
    } else {
        showDecimalsOf(value);
        m_doubleSpin->setValue(value);
    }
}

void NumberEditor::showDecimalsOf(double value)
{
    // QDoubleSpinBox rounds what it holds to the decimals it shows: 0.604 from a preset or a
    // reused run would silently become 0.60. Show as many decimals as the value has instead.
    const int decimals = qMax(m_baseDecimals, decimalsOf(value, MaxShownDecimals));
    if (m_doubleSpin->decimals() != decimals) {
        const double lo = m_doubleSpin->minimum();
        const double hi = m_doubleSpin->maximum();
        m_doubleSpin->setDecimals(decimals);
        m_doubleSpin->setRange(lo, hi);
    }
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
