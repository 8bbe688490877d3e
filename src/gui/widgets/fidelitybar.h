#pragma once

#include <QColor>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

// The structure controls over results: the sketch's lines laid over the result (on/off, colour,
// opacity) and, above the before/after view, which layer "before" shows (the sketch or its
// structure map) with the result's structure score; above the compare grid, the cell order
// (as run, or best structure score first). A view only.
class FidelityBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FidelityBar)

public:
    enum class Kind { Result, Compare };
    enum class Order { AsRun, ByScore };

    FidelityBar(Kind kind, QWidget *parent = nullptr);

    bool overlayShown() const;
    void setOverlayShown(bool shown);
    QColor overlayColour() const { return m_colour; }
    void setOverlayColour(const QColor &colour);
    double overlayOpacity() const;
    void setOverlayOpacity(double opacity);

    // Result: whether "before" shows the structure map.
    bool structureShown() const;
    void setStructureShown(bool shown);
    // Result: the other results the before side can show instead ("Ideogram V3 Remix, result
    // 1"), listed after Sketch and Structure; the one chosen, or -1.
    void setOtherResults(const QStringList &titles);
    int otherResult() const;
    // Result: the score text ("0.82" or empty), its tooltip and a note on the shown layer.
    void setScore(const QString &text, const QString &toolTip);
    QString scoreText() const;
    void setNote(const QString &note);
    QString note() const;

    // Compare: the order of the cells.
    Order order() const;
    void setOrder(Order order);

Q_SIGNALS:
    void overlayChanged();
    void structureShownChanged(bool shown);
    // -1: the sketch or its structure again (always with structureShownChanged()).
    void otherResultChosen(int index);
    void orderChanged();

private:
    void pickColour();
    void updateColourButton();

    Kind m_kind;
    QColor m_colour{0xff, 0x1f, 0x8e};
    QComboBox *m_layerCombo = nullptr;
    QComboBox *m_orderCombo = nullptr;
    QCheckBox *m_overlayCheck = nullptr;
    QToolButton *m_colourButton = nullptr;
    QSlider *m_opacitySlider = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
};
