#pragma once

#include "sketcheditor.h"

#include <QWidget>

class QAction;
class QButtonGroup;
class QSpinBox;
class QToolButton;

// The tools above the sketch: what the canvas shows (the original file, the sketch as it is
// sent, its structure map), the page-corner, pen and eraser tools with the tool's size, and
// undo / redo of corrections. A view only; SketchController acts on its signals.
class SketchToolStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SketchToolStrip)

public:
    enum class View { Original, Sketch, Structure };
    Q_ENUM(View)

    explicit SketchToolStrip(QWidget *parent = nullptr);

    View view() const { return m_view; }
    void setView(View view);
    SketchEditor::Tool tool() const { return m_tool; }
    void setTool(SketchEditor::Tool tool);
    // The size of the pen and of the eraser, as fractions of the sketch's long side.
    double penWidth() const;
    double eraserWidth() const;
    void setUndoActions(QAction *undo, QAction *redo);
    // The Structure view needs a sketch; the tools need the sketch view.
    void setViewsEnabled(bool originalDiffers);

Q_SIGNALS:
    void viewChanged(SketchToolStrip::View view);
    void toolChanged(SketchEditor::Tool tool);
    void widthChanged();

private:
    QToolButton *addButton(const QString &name, const QString &text, const QString &icon, const QString &tip);
    void updateSizeSpin();

    QButtonGroup *m_views = nullptr;
    QToolButton *m_originalButton = nullptr;
    QToolButton *m_sketchButton = nullptr;
    QToolButton *m_structureButton = nullptr;
    QToolButton *m_cornersButton = nullptr;
    QToolButton *m_penButton = nullptr;
    QToolButton *m_eraserButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QSpinBox *m_sizeSpin = nullptr;
    View m_view = View::Sketch;
    SketchEditor::Tool m_tool = SketchEditor::Tool::None;
    int m_penSize = 4;       // thousandths of the long side
    int m_eraserSize = 30;
};
