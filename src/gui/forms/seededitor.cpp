#include "seededitor.h"

#include "widgets/appicons.h"
#include "widgets/seedlockbutton.h"

#include <QHBoxLayout>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

#include <cmath>
#include <limits>

SeedEditor::SeedEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_spin(new QSpinBox(this))
    , m_randomize(new QToolButton(this))
    , m_lock(new SeedLockButton(SeedLockButton::Scope::Run, this))
    , m_allowsRandom(!spec.required && !spec.hasDefault())
{
    constexpr double intMax = std::numeric_limits<int>::max();
    const int lo = static_cast<int>(qBound(0.0, std::ceil(spec.minimum.value_or(0)), intMax - 1));
    const int hi = static_cast<int>(qBound(1.0, std::floor(spec.maximum.value_or(intMax)), intMax));

    m_spin->setObjectName(partName(QStringLiteral("spin")));
    m_spin->setRange(m_allowsRandom ? lo - 1 : lo, hi);
    if (m_allowsRandom)
        m_spin->setSpecialValueText(tr("Random"));
    m_spin->setToolTip(spec.description.isEmpty()
                           ? tr("The same seed, prompt and settings give the same image")
                           : spec.description);
    m_spin->setMinimumWidth(112);
    m_spin->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_spin->setMaximumWidth(200);

    m_randomize->setObjectName(partName(QStringLiteral("randomize")));
    m_randomize->setIcon(AppIcons::icon(QStringLiteral("dice")));
    m_randomize->setToolTip(tr("Pick a new random seed"));
    m_randomize->setAutoRaise(true);

    m_lock->setObjectName(partName(QStringLiteral("lock")));
    m_lock->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_spin, 1);
    layout->addWidget(m_randomize);
    layout->addWidget(m_lock);
    layout->addStretch(0);

    connect(m_spin, &QSpinBox::valueChanged, this, [this] {
        // A seed typed or stepped by hand is one the designer wants to keep.
        if (m_spin->hasFocus() && !isRandom())
            setLocked(true);
        Q_EMIT changed();
    });
    connect(m_randomize, &QToolButton::clicked, this, &SeedEditor::randomize);
    connect(m_lock, &QToolButton::toggled, this, &SeedEditor::lockChanged);

    setValue(QJsonValue(QJsonValue::Undefined));
}

QJsonValue SeedEditor::value() const
{
    if (isRandom())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue(static_cast<qint64>(m_spin->value()));
}

void SeedEditor::setValue(const QJsonValue &value)
{
    QJsonValue v = value;
    if (isUnset(v))
        v = m_spec.defaultValue;
    {
        const QSignalBlocker blocker(m_spin);
        if (v.isDouble())
            m_spin->setValue(static_cast<int>(std::llround(v.toDouble())));
        else
            m_spin->setValue(m_spin->minimum()); // "Random", or the lowest seed when required
    }
    Q_EMIT changed();
}

QWidget *SeedEditor::inputWidget() const
{
    return m_spin;
}

bool SeedEditor::isLocked() const
{
    return m_lock->isChecked();
}

void SeedEditor::setLocked(bool locked)
{
    m_lock->setChecked(locked);
}

bool SeedEditor::isRandom() const
{
    return m_allowsRandom && m_spin->value() == m_spin->minimum();
}

void SeedEditor::randomize()
{
    const int lo = m_allowsRandom ? m_spin->minimum() + 1 : m_spin->minimum();
    const int hi = m_spin->maximum();
    int seed = lo;
    if (hi > lo)
        seed = static_cast<int>(QRandomGenerator::global()->bounded(static_cast<qint64>(lo),
                                                                    static_cast<qint64>(hi) + 1));
    m_spin->setValue(seed); // emits changed()
}

bool SeedEditor::rollForRun()
{
    if (isLocked())
        return false;
    randomize();
    return true;
}
