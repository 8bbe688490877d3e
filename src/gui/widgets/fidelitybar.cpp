#include "fidelitybar.h"

#include "accessiblenames.h"
#include "appicons.h"
#include "elidingcombobox.h"
#include "scorebadge.h"
#include "themecolors.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int Spacing = 8;
}

FidelityBar::FidelityBar(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setObjectName(kind == Kind::Result ? QStringLiteral("resultFidelityBar") : QStringLiteral("compareFidelityBar"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(Spacing, kind == Kind::Compare ? Spacing : 0, Spacing, 0);
    outer->setSpacing(2);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing / 2);
    outer->addLayout(layout);

    if (kind == Kind::Result) {
        m_layerCombo = new ElidingComboBox(this);
        m_layerCombo->setObjectName(QStringLiteral("beforeLayerCombo"));
        m_layerCombo->addItem(tr("Sketch"));
        m_layerCombo->addItem(tr("Structure"));
        m_layerCombo->setToolTip(tr("What the before side shows: the sketch as sent, the structure map made "
                                    "from it, or another result to compare this one with"));
        m_layerCombo->setMinimumWidth(m_layerCombo->fontMetrics().averageCharWidth() * 8); // elides when narrow
        auto *label = new QLabel(tr("Before:"), this);
        label->setBuddy(m_layerCombo);
        layout->addWidget(label);
        layout->addWidget(m_layerCombo);
        layout->addSpacing(Spacing);
        connect(m_layerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
            Q_EMIT otherResultChosen(index >= 2 ? index - 2 : -1);
            Q_EMIT structureShownChanged(index == 1);
        });
    } else {
        m_orderCombo = new ElidingComboBox(this);
        m_orderCombo->setObjectName(QStringLiteral("compareOrderCombo"));
        m_orderCombo->addItem(tr("As run"));
        m_orderCombo->addItem(tr("Best structure first"));
        m_orderCombo->setToolTip(tr("Order of the results: as they were run, or by how well they kept the "
                                    "sketch's lines"));
        auto *label = new QLabel(tr("Order:"), this);
        label->setBuddy(m_orderCombo);
        // As wide as its longest choice when there is room, narrower (eliding) when there is not.
        m_orderCombo->setMinimumWidth(m_orderCombo->fontMetrics().averageCharWidth() * 12);
        layout->addWidget(label);
        layout->addWidget(m_orderCombo);
        layout->addSpacing(Spacing);
        connect(m_orderCombo, &QComboBox::currentIndexChanged, this, &FidelityBar::orderChanged);
    }

    m_overlayCheck = new QCheckBox(tr("Sketch lines"), this);
    m_overlayCheck->setObjectName(kind == Kind::Result ? QStringLiteral("resultOverlayCheck")
                                                       : QStringLiteral("compareOverlayCheck"));
    m_overlayCheck->setToolTip(tr("Lay the sketch's structure over the result, to see where it drifted from your "
                                  "lines"));
    m_colourButton = new QToolButton(this);
    m_colourButton->setObjectName(kind == Kind::Result ? QStringLiteral("resultOverlayColour")
                                                       : QStringLiteral("compareOverlayColour"));
    m_colourButton->setToolTip(tr("Colour of the sketch lines"));
    m_colourButton->setAutoRaise(true);
    m_opacitySlider = new QSlider(Qt::Horizontal, this);
    m_opacitySlider->setObjectName(kind == Kind::Result ? QStringLiteral("resultOverlayOpacity")
                                                        : QStringLiteral("compareOverlayOpacity"));
    m_opacitySlider->setRange(10, 100);
    m_opacitySlider->setValue(80);
    m_opacitySlider->setMinimumWidth(36); // gives way first when the row is narrow
    m_opacitySlider->setMaximumWidth(72);
    m_opacitySlider->setToolTip(tr("Opacity of the sketch lines"));
    m_opacitySlider->setAccessibleName(tr("Opacity of the sketch lines"));
    layout->addWidget(m_overlayCheck);
    layout->addWidget(m_colourButton);
    layout->addWidget(m_opacitySlider);
    layout->addStretch(1);
    updateColourButton();

    if (kind == Kind::Result) {
        m_noteLabel = new QLabel(this);
        m_noteLabel->setObjectName(QStringLiteral("structureNote"));
        m_noteLabel->setTextFormat(Qt::PlainText);
        ThemeColors::mute(m_noteLabel);
        m_noteLabel->setWordWrap(true);
        m_noteLabel->hide();
        m_scoreLabel = new QLabel(this);
        m_scoreLabel->setObjectName(QStringLiteral("structureScoreLabel"));
        m_scoreLabel->setTextFormat(Qt::PlainText);
        QFont bold = m_scoreLabel->font();
        bold.setWeight(QFont::DemiBold);
        m_scoreLabel->setFont(bold);
        layout->addWidget(m_scoreLabel);
        outer->addWidget(m_noteLabel);
    }

    connect(m_overlayCheck, &QCheckBox::toggled, this, [this] {
        m_colourButton->setEnabled(m_overlayCheck->isChecked());
        m_opacitySlider->setEnabled(m_overlayCheck->isChecked());
        Q_EMIT overlayChanged();
    });
    connect(m_opacitySlider, &QSlider::valueChanged, this, &FidelityBar::overlayChanged);
    connect(m_colourButton, &QToolButton::clicked, this, &FidelityBar::pickColour);
    m_colourButton->setEnabled(false);
    m_opacitySlider->setEnabled(false);
    AccessibleNames::nameControls(this, QString()); // the colour button says its tooltip
}

bool FidelityBar::overlayShown() const
{
    return m_overlayCheck->isChecked();
}

void FidelityBar::setOverlayShown(bool shown)
{
    m_overlayCheck->setChecked(shown);
}

void FidelityBar::setOverlayColour(const QColor &colour)
{
    if (!colour.isValid() || colour == m_colour)
        return;
    m_colour = colour;
    updateColourButton();
    Q_EMIT overlayChanged();
}

double FidelityBar::overlayOpacity() const
{
    return m_opacitySlider->value() / 100.0;
}

void FidelityBar::setOverlayOpacity(double opacity)
{
    m_opacitySlider->setValue(qRound(opacity * 100));
}

bool FidelityBar::structureShown() const
{
    return m_layerCombo && m_layerCombo->currentIndex() == 1;
}

void FidelityBar::setStructureShown(bool shown)
{
    if (m_layerCombo)
        m_layerCombo->setCurrentIndex(shown ? 1 : 0);
}

void FidelityBar::setOtherResults(const QStringList &titles)
{
    if (!m_layerCombo)
        return;
    const int current = m_layerCombo->currentIndex();
    const int chosen = otherResult();
    {
        const QSignalBlocker blocker(m_layerCombo);
        while (m_layerCombo->count() > 2)
            m_layerCombo->removeItem(2);
        for (const QString &title : titles)
            m_layerCombo->addItem(title);
        m_layerCombo->setCurrentIndex(chosen >= titles.size() ? 0 : current);
    }
    if (chosen >= titles.size()) {
        Q_EMIT otherResultChosen(-1);
        Q_EMIT structureShownChanged(false);
    }
}

int FidelityBar::otherResult() const
{
    return m_layerCombo && m_layerCombo->currentIndex() >= 2 ? m_layerCombo->currentIndex() - 2 : -1;
}

void FidelityBar::setScore(const QString &text, const QString &toolTip)
{
    if (!m_scoreLabel)
        return;
    m_scoreLabel->setText(text.isEmpty() ? QString() : tr("Structure %1").arg(text));
    m_scoreLabel->setToolTip(toolTip);
    const QColor colour = text.isEmpty() ? palette().color(QPalette::WindowText) : ScoreBadge::colour(text.toDouble());
    QPalette pal = m_scoreLabel->palette();
    pal.setColor(QPalette::WindowText, colour);
    m_scoreLabel->setPalette(pal);
}

QString FidelityBar::scoreText() const
{
    return m_scoreLabel ? m_scoreLabel->text() : QString();
}

void FidelityBar::setNote(const QString &note)
{
    if (!m_noteLabel)
        return;
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

QString FidelityBar::note() const
{
    return m_noteLabel ? m_noteLabel->text() : QString();
}

FidelityBar::Order FidelityBar::order() const
{
    return m_orderCombo && m_orderCombo->currentIndex() == 1 ? Order::ByScore : Order::AsRun;
}

void FidelityBar::setOrder(Order order)
{
    if (m_orderCombo)
        m_orderCombo->setCurrentIndex(order == Order::ByScore ? 1 : 0);
}

void FidelityBar::pickColour()
{
    // Non-modal: the colour follows as the designer picks.
    auto *dialog = new QColorDialog(m_colour, this);
    dialog->setObjectName(QStringLiteral("overlayColourDialog"));
    dialog->setWindowTitle(tr("Colour of the Sketch Lines"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, &FidelityBar::setOverlayColour);
    dialog->open();
}

void FidelityBar::updateColourButton()
{
    const QColor frame = palette().color(QPalette::WindowText);
    m_colourButton->setIcon(AppIcons::drawn(16, [this, frame](QPainter &painter) {
        painter.setPen(QPen(frame, 1));
        painter.setBrush(m_colour);
        painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    }));
}
