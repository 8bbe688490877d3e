#pragma once

#include "structure/structuresettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

// The "Structure" dock: how the sketch is cleaned up (page corners, paper shading, line
// weight, invert, trim), which structure map is made from it (Canny with its two thresholds, or
// line art) and whether that map is sent to a model that takes one. A view only: edits are
// reported with settingsChanged() (the owner debounces and computes), the owner says what the
// current model does with the map (setMapTarget) and how the preparation went (setStatus).
// Page corners are dragged on the canvas (the Corners tool); the panel finds or resets them.
class StructurePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StructurePanel)

public:
    explicit StructurePanel(QWidget *parent = nullptr);

    // Everything but the page corners.
    StructureSettings settings() const;
    // Shows `settings` without emitting settingsChanged().
    void setSettings(const StructureSettings &settings);

    // What the current model does with the map: `modelTitle` takes it (the send box is offered)
    // or derives its own structure from the sketch (the box is disabled, the note says so).
    void setMapTarget(const QString &modelTitle, bool acceptsMap);
    void setStatus(const QString &text);
    QString statusText() const;
    // Whether the page corners are set (the reset button needs some).
    void setHasCorners(bool hasCorners);

Q_SIGNALS:
    void settingsChanged();
    void findPageRequested();
    void resetCornersRequested();

private:
    QWidget *createCleanupGroup();
    QWidget *createMapGroup();
    void updateEnabled();
    void emitChanged();

    QGroupBox *m_cleanupGroup = nullptr;
    QPushButton *m_findPageButton = nullptr;
    QPushButton *m_resetCornersButton = nullptr;
    QComboBox *m_shadingCombo = nullptr;
    QSlider *m_sizeSlider = nullptr;
    QSpinBox *m_sizeSpin = nullptr;
    QSlider *m_offsetSlider = nullptr;
    QSpinBox *m_offsetSpin = nullptr;
    QSlider *m_weightSlider = nullptr;
    QSpinBox *m_weightSpin = nullptr;
    QCheckBox *m_invertCheck = nullptr;
    QCheckBox *m_trimCheck = nullptr;
    QSpinBox *m_paddingSpin = nullptr;

    QComboBox *m_mapCombo = nullptr;
    QSlider *m_lowSlider = nullptr;
    QSpinBox *m_lowSpin = nullptr;
    QSlider *m_highSlider = nullptr;
    QSpinBox *m_highSpin = nullptr;
    QCheckBox *m_sendMapCheck = nullptr;
    QLabel *m_mapNote = nullptr;
    QLabel *m_status = nullptr;

    bool m_acceptsMap = false;
    bool m_updating = false;
};
