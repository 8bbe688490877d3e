#include "colorpaletteeditor.h"

#include "widgets/appicons.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int MaxMembers = 8;

QIcon swatchIcon(const QColor &color)
{
    return AppIcons::drawn(32, [color](QPainter &painter) {
        painter.setPen(QPen(QColor(0, 0, 0, 90), 2));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(2, 2, 28, 28), 6, 6);
    });
}
} // namespace

ColorPaletteEditor::ColorPaletteEditor(const ParameterSpec &spec, QWidget *parent)
    : ChoiceOrCustomEditor(spec, parent)
    , m_membersLayout(new QVBoxLayout)
    , m_addButton(new QPushButton(AppIcons::icon(QStringLiteral("add")), tr("Add colour"), customPart()))
{
    addEntry(Kind::None, tr("None"));
    for (const ParameterSpec &child : spec.children) {
        if (child.name != QLatin1String("name"))
            continue;
        for (qsizetype i = 0; i < child.enumValues.size(); ++i) {
            const QString raw = child.enumValues.at(i).toString();
            const QString label = i < child.enumLabels.size() && !child.enumLabels.at(i).isEmpty()
                ? child.enumLabels.at(i)
                : raw;
            addEntry(Kind::Choice, label, raw);
        }
    }
    addCustomEntry(tr("Custom colours"));

    m_addButton->setObjectName(partName(QStringLiteral("add")));
    m_addButton->setToolTip(tr("Add a colour to the palette"));
    auto *addRow = new QHBoxLayout;
    addRow->setContentsMargins(0, 0, 0, 0);
    addRow->addWidget(m_addButton);
    addRow->addStretch(1);

    m_membersLayout->setContentsMargins(0, 0, 0, 0);
    m_membersLayout->setSpacing(4);
    auto *customLayout = new QVBoxLayout(customPart());
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->setSpacing(4);
    customLayout->addLayout(m_membersLayout);
    customLayout->addLayout(addRow);

    connect(m_addButton, &QPushButton::clicked, this, [this]() {
        addMember(QColor::fromHsv((static_cast<int>(m_members.size()) * 67 + 15) % 360, 150, 220),
                  m_defaultWeight);
        Q_EMIT changed();
    });
    setValue(QJsonValue(QJsonValue::Undefined));
}

void ColorPaletteEditor::entryChosen()
{
    if (isCustom() && m_members.isEmpty())
        addMember(QColor(0xe0, 0x6c, 0x4f), m_defaultWeight);
}

void ColorPaletteEditor::addMember(const QColor &color, double weight)
{
    if (m_members.size() >= MaxMembers)
        return;
    Member member;
    member.row = new QWidget(customPart());
    member.swatch = new QToolButton(member.row);
    member.swatch->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    member.swatch->setAutoRaise(true);
    member.swatch->setIconSize(QSize(18, 18));
    member.swatch->setToolTip(tr("Choose the colour"));
    member.swatch->setObjectName(partName(QStringLiteral("color_%1").arg(m_members.size())));
    member.weight = new QDoubleSpinBox(member.row);
    member.weight->setObjectName(partName(QStringLiteral("weight_%1").arg(m_members.size())));
    member.weight->setRange(m_minWeight, m_maxWeight);
    member.weight->setSingleStep(0.05);
    member.weight->setDecimals(2);
    member.weight->setValue(weight);
    member.weight->setToolTip(tr("How strongly this colour is used"));
    auto *weightLabel = new QLabel(tr("Weight"), member.row);
    weightLabel->setBuddy(member.weight);
    auto *remove = new QToolButton(member.row);
    remove->setIcon(AppIcons::icon(QStringLiteral("remove")));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this colour"));

    auto *rowLayout = new QHBoxLayout(member.row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(4);
    rowLayout->addWidget(member.swatch);
    rowLayout->addStretch(1);
    rowLayout->addWidget(weightLabel);
    rowLayout->addWidget(member.weight);
    rowLayout->addWidget(remove);
    m_membersLayout->addWidget(member.row);

    setMemberColor(member, color);
    QWidget *row = member.row;
    connect(member.swatch, &QToolButton::clicked, this, [this, row]() { pickColor(row); });
    connect(remove, &QToolButton::clicked, this, [this, row]() { removeMember(row); });
    connect(member.weight, &QDoubleSpinBox::valueChanged, this, &FieldEditor::changed);
    m_members.append(member);
    m_addButton->setEnabled(m_members.size() < MaxMembers);
}

void ColorPaletteEditor::setMemberColor(Member &member, const QColor &color)
{
    member.color = color;
    member.swatch->setIcon(swatchIcon(color));
    member.swatch->setText(color.name(QColor::HexRgb).toUpper());
}

void ColorPaletteEditor::removeMember(QWidget *row)
{
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).row == row) {
            m_members.removeAt(i);
            row->hide();
            row->deleteLater();
            break;
        }
    }
    m_addButton->setEnabled(m_members.size() < MaxMembers);
    Q_EMIT changed();
}

void ColorPaletteEditor::pickColor(QWidget *row)
{
    QColor current;
    for (const Member &m : std::as_const(m_members)) {
        if (m.row == row)
            current = m.color;
    }
    // Window-modal without a nested event loop: the answer arrives through colorSelected.
    auto *dialog = new QColorDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Palette Colour"));
    connect(dialog, &QColorDialog::colorSelected, row, [this, row](const QColor &color) {
        for (Member &m : m_members) {
            if (m.row == row) {
                setMemberColor(m, color);
                Q_EMIT changed();
            }
        }
    });
    dialog->open();
}

void ColorPaletteEditor::clearMembers()
{
    for (const Member &m : std::as_const(m_members)) {
        m.row->hide();
        m.row->deleteLater();
    }
    m_members.clear();
    m_addButton->setEnabled(true);
}

QJsonValue ColorPaletteEditor::value() const
{
    const Kind kind = currentKind();
    if (kind == Kind::Choice) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), combo()->currentData().toString());
        return o;
    }
    if (kind == Kind::Custom && !m_members.isEmpty()) {
        QJsonArray members;
        for (const Member &m : m_members) {
            QJsonObject rgb;
            rgb.insert(QStringLiteral("r"), m.color.red());
            rgb.insert(QStringLiteral("g"), m.color.green());
            rgb.insert(QStringLiteral("b"), m.color.blue());
            QJsonObject member;
            member.insert(QStringLiteral("rgb"), rgb);
            member.insert(QStringLiteral("color_weight"), m.weight->value());
            members.append(member);
        }
        QJsonObject o;
        o.insert(QStringLiteral("members"), members);
        return o;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void ColorPaletteEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    const QJsonObject o = v.toObject();
    clearMembers();
    int index = 0;
    if (o.value(QLatin1String("name")).isString()) {
        index = indexOfChoice(o.value(QLatin1String("name")).toString());
    } else if (o.value(QLatin1String("members")).isArray()) {
        index = customIndex();
        const QJsonArray members = o.value(QLatin1String("members")).toArray();
        for (const QJsonValue &mv : members) {
            const QJsonObject member = mv.toObject();
            const QJsonObject rgb = member.value(QLatin1String("rgb")).toObject();
            const QColor color(qBound(0, rgb.value(QLatin1String("r")).toInt(), 255),
                               qBound(0, rgb.value(QLatin1String("g")).toInt(), 255),
                               qBound(0, rgb.value(QLatin1String("b")).toInt(), 255));
            addMember(color, member.value(QLatin1String("color_weight")).toDouble(m_defaultWeight));
        }
    }
    showEntry(index);
}
