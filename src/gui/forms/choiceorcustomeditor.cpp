#include "choiceorcustomeditor.h"

#include "widgets/elidingcombobox.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
constexpr int KindRole = Qt::UserRole + 1;
} // namespace

ChoiceOrCustomEditor::ChoiceOrCustomEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_combo(new ElidingComboBox(this))
    , m_custom(new QWidget(this))
{
    m_combo->setObjectName(partName(QStringLiteral("combo")));
    m_combo->setToolTip(spec.description);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(10);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_combo);
    layout->addWidget(m_custom);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this]() {
        entryChosen();
        m_custom->setVisible(isCustom());
        Q_EMIT changed();
    });
}

QWidget *ChoiceOrCustomEditor::inputWidget() const
{
    return m_combo;
}

bool ChoiceOrCustomEditor::isCustom() const
{
    return currentKind() == Kind::Custom;
}

void ChoiceOrCustomEditor::addEntry(Kind kind, const QString &label, const QVariant &value, const QIcon &icon)
{
    m_combo->addItem(icon, label, value);
    m_combo->setItemData(m_combo->count() - 1, static_cast<int>(kind), KindRole);
}

void ChoiceOrCustomEditor::addCustomEntry(const QString &label, const QString &toolTip)
{
    if (m_combo->count() > 0)
        m_combo->insertSeparator(m_combo->count());
    addEntry(Kind::Custom, label);
    if (!toolTip.isEmpty())
        m_combo->setItemData(m_combo->count() - 1, toolTip, Qt::ToolTipRole);
}

ChoiceOrCustomEditor::Kind ChoiceOrCustomEditor::currentKind() const
{
    const QVariant kind = m_combo->currentData(KindRole);
    return kind.isValid() ? static_cast<Kind>(kind.toInt()) : Kind::None;
}

int ChoiceOrCustomEditor::indexOfChoice(const QVariant &value) const
{
    return qMax(0, m_combo->findData(value));
}

int ChoiceOrCustomEditor::customIndex() const
{
    return m_combo->findData(static_cast<int>(Kind::Custom), KindRole);
}

void ChoiceOrCustomEditor::showEntry(int index)
{
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
    }
    m_custom->setVisible(isCustom());
    Q_EMIT changed();
}
