#pragma once

#include "structure/sketchstrokes.h"

#include <QImage>
#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QWidget>

// The sketch on the canvas as a tool: the image scaled to fit (never beyond 100 %), the
// designer's corrections drawn over it, and three tools:
//  - Pen and Eraser: strokes follow the mouse or a tablet pen (its pressure sets the width);
//    each finished stroke is reported (strokeFinished) and shown until the owner sets its list
//    of strokes (setStrokes). A circle under the pointer shows the tool's size.
//  - Corners: the four page corners over the photo, dragged one by one (cornersChanged while
//    dragging, cornersEdited on release); outside the page is dimmed.
// Positions are fractions of the image, as SketchStroke and CleanupSettings keep them.
class SketchEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SketchEditor)

public:
    enum class Tool { None, Pen, Eraser, Corners };
    Q_ENUM(Tool)

    explicit SketchEditor(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void clear();
    bool hasImage() const { return !m_image.isNull(); }
    QImage image() const { return m_image; }

    // The corrections shown over the image; `inverted`: pen white, eraser black (a sketch shown
    // inverted gets its corrections inverted too).
    void setStrokes(const QList<SketchStroke> &strokes, bool inverted = false);
    QList<SketchStroke> strokes() const { return m_strokes; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    // Width at full pressure, as a fraction of the image's long side.
    void setPenWidth(double fraction) { m_penWidth = fraction; update(); }
    double penWidth() const { return m_penWidth; }
    void setEraserWidth(double fraction) { m_eraserWidth = fraction; update(); }
    double eraserWidth() const { return m_eraserWidth; }

    // TL, TR, BR, BL as fractions; empty: the whole image.
    void setCorners(const QList<QPointF> &corners);
    QList<QPointF> corners() const { return m_corners; }

    // Where the image is drawn, and conversions between widget positions and image fractions.
    QRectF imageRect() const;
    QPointF toImage(const QPointF &widgetPos) const;
    QPointF fromImage(const QPointF &fraction) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void strokeFinished(const SketchStroke &stroke);
    void cornersChanged(const QList<QPointF> &corners);
    void cornersEdited(const QList<QPointF> &corners);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void press(const QPointF &pos, double pressure);
    void move(const QPointF &pos, double pressure);
    void release();
    void paintStroke(QPainter &painter, const SketchStroke &stroke) const;
    void paintCorners(QPainter &painter) const;
    int cornerAt(const QPointF &pos) const;
    double toolWidth() const;
    void updateCursor();

    QImage m_image;
    mutable QPixmap m_scaled;
    QList<SketchStroke> m_strokes;
    bool m_inverted = false;
    Tool m_tool = Tool::None;
    double m_penWidth = SketchStroke::DefaultPenWidth;
    double m_eraserWidth = SketchStroke::DefaultEraserWidth;
    QList<QPointF> m_corners;

    bool m_drawing = false;
    SketchStroke m_current;
    QList<SketchStroke> m_finished;   // reported, not yet in m_strokes
    int m_dragCorner = -1;
    QPointF m_hover{-1, -1};
};
