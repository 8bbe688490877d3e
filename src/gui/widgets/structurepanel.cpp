#include "structurepanel.h"

#include "accessiblenames.h"
#include "appicons.h"
#include "elidingcombobox.h"
#include "themecolors.h"
#include "verticalscrollarea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int Spacing = 8;

// A slider and its exact spin box, kept in step; returns the row widget.
QWidget *sliderRow(QWidget *parent, const QString &name, int min, int max, const QString &suffix,
                   QSlider **slider, QSpinBox **spin)
{
    auto *row = new QWidget(parent);
    *slider = new QSlider(Qt::Horizontal, row);
    (*slider)->setObjectName(name + QLatin1String("Slider"));
    (*slider)->setRange(min, max);
    (*slider)->setMinimumWidth(48);
    *spin = new QSpinBox(row);
    (*spin)->setObjectName(name + QLatin1String("Spin"));
    (*spin)->setRange(min, max);
    (*spin)->setSuffix(suffix);
    QObject::connect(*slider, &QSlider::valueChanged, *spin, &QSpinBox::setValue);
    QObject::connect(*spin, &QSpinBox::valueChanged, *slider, &QSlider::setValue);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing);
    layout->addWidget(*slider, 1);
    layout->addWidget(*spin);
    return row;
}

// The tip of a slider row goes on its slider and its spin box, each a control of its own.
void setRowToolTip(QWidget *row, const QString &tip)
{
    row->setToolTip(tip);
    for (QWidget *control : row->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        control->setToolTip(tip);
}

QLabel *noteLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    ThemeColors::mute(label);
    return label;
}
} // namespace

StructurePanel::StructurePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("structurePanel"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(Spacing, Spacing, Spacing, Spacing);
    contentLayout->setSpacing(Spacing * 2);
    contentLayout->addWidget(createCleanupGroup());
    contentLayout->addWidget(createMapGroup());
    m_status = noteLabel(content, QStringLiteral("structureStatus"));
    contentLayout->addWidget(m_status);
    contentLayout->addStretch(1);

    // Never cut off on the right: the dock is at least as wide as the panel needs.
    auto *scroll = new VerticalScrollArea(this);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setSettings(StructureSettings());
}

QWidget *StructurePanel::createCleanupGroup()
{
    m_cleanupGroup = new QGroupBox(tr("Clean up the sketch"));
    m_cleanupGroup->setObjectName(QStringLiteral("cleanupGroup"));
    m_cleanupGroup->setCheckable(true);
    m_cleanupGroup->setToolTip(tr("Straighten a photo of a paper sketch, remove its shading and adjust its lines. "
                                  "Your file stays untouched; the cleaned copy is what is sent."));

    m_findPageButton = new QPushButton(tr("Find Page"), m_cleanupGroup);
    m_findPageButton->setObjectName(QStringLiteral("findPageButton"));
    m_findPageButton->setToolTip(tr("Find the sheet of paper in the photo and straighten it; adjust its corners "
                                    "with Corners above the sketch"));
    m_resetCornersButton = new QPushButton(AppIcons::icon(QStringLiteral("reset")), QString(), m_cleanupGroup);
    m_resetCornersButton->setObjectName(QStringLiteral("resetCornersButton"));
    m_resetCornersButton->setToolTip(tr("Whole image: no perspective correction"));
    m_resetCornersButton->setAccessibleName(tr("Whole image"));
    auto *page = new QWidget(m_cleanupGroup);
    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(Spacing / 2);
    pageLayout->addWidget(m_findPageButton, 1);
    pageLayout->addWidget(m_resetCornersButton);

    m_shadingCombo = new ElidingComboBox(m_cleanupGroup);
    m_shadingCombo->setObjectName(QStringLiteral("shadingCombo"));
    m_shadingCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // shrinks with the dock
    m_shadingCombo->setMinimumContentsLength(8);
    m_shadingCombo->addItem(tr("Keep as it is"), int(CleanupSettings::Shading::Off));
    m_shadingCombo->addItem(tr("Even out shading"), int(CleanupSettings::Shading::Even));
    m_shadingCombo->addItem(tr("Black and white"), int(CleanupSettings::Shading::Threshold));
    m_shadingCombo->setToolTip(tr("Even out: divides by the paper's brightness, so shadows and gradients go and "
                                  "pencil stays grey. Black and white: an adaptive threshold."));

    QWidget *size = sliderRow(m_cleanupGroup, QStringLiteral("shadingSize"), CleanupSettings::MinShadingSize,
                              CleanupSettings::MaxShadingSize, tr(" %"), &m_sizeSlider, &m_sizeSpin);
    setRowToolTip(size, tr("How wide an area the paper's brightness is measured over, in % of the image. "
                        "Larger than your thickest line."));
    QWidget *offset = sliderRow(m_cleanupGroup, QStringLiteral("thresholdOffset"), 0, CleanupSettings::MaxThresholdOffset,
                                QString(), &m_offsetSlider, &m_offsetSpin);
    setRowToolTip(offset, tr("How much darker than the paper around it a pixel must be to count as a line. "
                          "Raise it to drop faint smudges."));
    QWidget *weight = sliderRow(m_cleanupGroup, QStringLiteral("lineWeight"), -CleanupSettings::MaxLineWeight,
                                CleanupSettings::MaxLineWeight, QString(), &m_weightSlider, &m_weightSpin);
    setRowToolTip(weight, tr("Thinner (below 0) or bolder (above 0) lines"));

    m_invertCheck = new QCheckBox(tr("Invert"), m_cleanupGroup);
    m_invertCheck->setObjectName(QStringLiteral("invertCheck"));
    m_invertCheck->setToolTip(tr("Light lines on a dark ground"));
    m_trimCheck = new QCheckBox(tr("Trim to"), m_cleanupGroup);
    m_trimCheck->setObjectName(QStringLiteral("trimCheck"));
    m_trimCheck->setToolTip(tr("Crop to the drawing plus a margin"));
    m_paddingSpin = new QSpinBox(m_cleanupGroup);
    m_paddingSpin->setObjectName(QStringLiteral("trimPaddingSpin"));
    m_paddingSpin->setRange(0, CleanupSettings::MaxTrimPadding);
    m_paddingSpin->setSuffix(tr(" %"));
    m_paddingSpin->setToolTip(tr("Margin left around the drawing, in % of the image"));
    auto *margins = new QWidget(m_cleanupGroup);
    auto *marginsLayout = new QHBoxLayout(margins);
    marginsLayout->setContentsMargins(0, 0, 0, 0);
    marginsLayout->setSpacing(Spacing);
    marginsLayout->addWidget(m_trimCheck);
    marginsLayout->addWidget(m_paddingSpin);
    marginsLayout->addStretch(1);

    auto *form = new QFormLayout(m_cleanupGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setSpacing(Spacing);
    form->addRow(tr("Page"), page);
    form->addRow(tr("Paper"), m_shadingCombo);
    form->addRow(tr("Area"), size);
    form->addRow(tr("Contrast"), offset);
    form->addRow(tr("Lines"), weight);
    form->addRow(tr("Margins"), margins);
    form->addRow(QString(), m_invertCheck);
    AccessibleNames::nameFromLabels(form);

    connect(m_cleanupGroup, &QGroupBox::toggled, this, &StructurePanel::emitChanged);
    connect(m_shadingCombo, &QComboBox::currentIndexChanged, this, &StructurePanel::emitChanged);
    for (QSpinBox *spin : {m_sizeSpin, m_offsetSpin, m_weightSpin, m_paddingSpin})
        connect(spin, &QSpinBox::valueChanged, this, &StructurePanel::emitChanged);
    for (QCheckBox *check : {m_invertCheck, m_trimCheck})
        connect(check, &QCheckBox::toggled, this, &StructurePanel::emitChanged);
    connect(m_findPageButton, &QPushButton::clicked, this, &StructurePanel::findPageRequested);
    connect(m_resetCornersButton, &QPushButton::clicked, this, &StructurePanel::resetCornersRequested);
    return m_cleanupGroup;
}

QWidget *StructurePanel::createMapGroup()
{
    auto *group = new QGroupBox(tr("Structure map"));
    group->setObjectName(QStringLiteral("mapGroup"));
    group->setToolTip(tr("The structure a model follows, made here from your sketch so you can see it"));

    m_mapCombo = new ElidingComboBox(group);
    m_mapCombo->setObjectName(QStringLiteral("mapCombo"));
    m_mapCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // shrinks with the dock
    m_mapCombo->setMinimumContentsLength(8);
    m_mapCombo->addItem(tr("Canny edges"), int(StructureSettings::MapKind::Canny));
    m_mapCombo->addItem(tr("Line art"), int(StructureSettings::MapKind::LineArt));
    m_mapCombo->setToolTip(tr("Canny: the outlines of every line. Line art: the lines themselves, as drawn."));
    QWidget *low = sliderRow(group, QStringLiteral("cannyLow"), 0, 254, QString(), &m_lowSlider, &m_lowSpin);
    setRowToolTip(low, tr("Edges weaker than this are dropped; between the two thresholds they count only "
                       "where they continue a strong edge"));
    QWidget *high = sliderRow(group, QStringLiteral("cannyHigh"), 1, 255, QString(), &m_highSlider, &m_highSpin);
    setRowToolTip(high, tr("Edges stronger than this always count. Raise it to drop paper texture."));

    m_sendMapCheck = new QCheckBox(tr("Send this map"), group);
    m_sendMapCheck->setObjectName(QStringLiteral("sendMapCheck"));
    m_mapNote = noteLabel(group, QStringLiteral("mapNote"));

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setSpacing(Spacing);
    form->addRow(tr("Map"), m_mapCombo);
    form->addRow(tr("Low"), low);
    form->addRow(tr("High"), high);
    AccessibleNames::nameFromLabels(form);
    form->addRow(m_sendMapCheck);
    form->addRow(m_mapNote);

    connect(m_mapCombo, &QComboBox::currentIndexChanged, this, &StructurePanel::emitChanged);
    // The thresholds keep low < high by pushing the other one along.
    connect(m_lowSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_highSpin->value() <= value)
            m_highSpin->setValue(value + 1);
        emitChanged();
    });
    connect(m_highSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_lowSpin->value() >= value)
            m_lowSpin->setValue(value - 1);
        emitChanged();
    });
    connect(m_sendMapCheck, &QCheckBox::toggled, this, &StructurePanel::emitChanged);
    return group;
}

void StructurePanel::emitChanged()
{
    updateEnabled();
    if (!m_updating)
        Q_EMIT settingsChanged();
}

void StructurePanel::updateEnabled()
{
    const auto shading = CleanupSettings::Shading(m_shadingCombo->currentData().toInt());
    m_sizeSlider->parentWidget()->setEnabled(shading != CleanupSettings::Shading::Off);
    m_offsetSlider->parentWidget()->setEnabled(shading == CleanupSettings::Shading::Threshold);
    m_paddingSpin->setEnabled(m_trimCheck->isChecked());
    const bool canny = StructureSettings::MapKind(m_mapCombo->currentData().toInt()) == StructureSettings::MapKind::Canny;
    m_lowSlider->parentWidget()->setEnabled(canny);
    m_highSlider->parentWidget()->setEnabled(canny);
    m_sendMapCheck->setEnabled(m_acceptsMap);
}

StructureSettings StructurePanel::settings() const
{
    StructureSettings s;
    s.cleanupEnabled = m_cleanupGroup->isChecked();
    s.cleanup.shading = CleanupSettings::Shading(m_shadingCombo->currentData().toInt());
    s.cleanup.shadingSize = m_sizeSpin->value();
    s.cleanup.thresholdOffset = m_offsetSpin->value();
    s.cleanup.lineWeight = m_weightSpin->value();
    s.cleanup.invert = m_invertCheck->isChecked();
    s.cleanup.trimMargins = m_trimCheck->isChecked();
    s.cleanup.trimPadding = m_paddingSpin->value();
    s.map = StructureSettings::MapKind(m_mapCombo->currentData().toInt());
    s.cannyLow = m_lowSpin->value();
    s.cannyHigh = m_highSpin->value();
    s.sendMap = m_sendMapCheck->isChecked();
    return s;
}

void StructurePanel::setSettings(const StructureSettings &s)
{
    m_updating = true;
    m_cleanupGroup->setChecked(s.cleanupEnabled);
    m_shadingCombo->setCurrentIndex(m_shadingCombo->findData(int(s.cleanup.shading)));
    m_sizeSpin->setValue(s.cleanup.shadingSize);
    m_offsetSpin->setValue(s.cleanup.thresholdOffset);
    m_weightSpin->setValue(s.cleanup.lineWeight);
    m_invertCheck->setChecked(s.cleanup.invert);
    m_trimCheck->setChecked(s.cleanup.trimMargins);
    m_paddingSpin->setValue(s.cleanup.trimPadding);
    m_mapCombo->setCurrentIndex(m_mapCombo->findData(int(s.map)));
    m_highSpin->setValue(s.cannyHigh);
    m_lowSpin->setValue(s.cannyLow);
    m_sendMapCheck->setChecked(s.sendMap);
    setHasCorners(s.cleanup.hasCorners());
    m_updating = false;
    updateEnabled();
}

void StructurePanel::setMapTarget(const QString &modelTitle, bool acceptsMap)
{
    m_acceptsMap = acceptsMap;
    if (modelTitle.isEmpty()) {
        m_sendMapCheck->setText(tr("Send this map"));
        m_mapNote->setText(tr("Choose a model to see what it does with the map."));
    } else if (acceptsMap) {
        // The model's name is in the note below, which wraps: a long name never widens the dock.
        m_sendMapCheck->setText(tr("Send this map"));
        m_sendMapCheck->setToolTip(tr("Send this map to %1 instead of letting it detect edges").arg(modelTitle));
        m_mapNote->setText(tr("%1 then skips its own edge detection and follows exactly the map shown under "
                              "Structure.")
                               .arg(modelTitle));
    } else {
        m_sendMapCheck->setText(tr("Send this map"));
        m_mapNote->setText(tr("%1 derives its own structure from the sketch you send; this map shows what to "
                              "expect and is laid over results.")
                               .arg(modelTitle));
    }
    updateEnabled();
}

void StructurePanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString StructurePanel::statusText() const
{
    return m_status->text();
}

void StructurePanel::setHasCorners(bool hasCorners)
{
    m_resetCornersButton->setEnabled(hasCorners);
}
