#include "sketcheditor.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr double HandleRadius = 7.0;
constexpr double HandleGrab = 18.0;
constexpr double MinPressureFactor = 0.15; // as SketchStrokes paints them

QList<QPointF> fullImage()
{
    return {QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1)};
}
} // namespace

SketchEditor::SketchEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sketchEditor"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    setAttribute(Qt::WA_TabletTracking);
    setAccessibleName(tr("Sketch"));
}

QSize SketchEditor::sizeHint() const
{
    return QSize(480, 360);
}

QSize SketchEditor::minimumSizeHint() const
{
    return QSize(160, 120);
}

void SketchEditor::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QPixmap();
    update();
}

void SketchEditor::clear()
{
    m_image = QImage();
    m_scaled = QPixmap();
    m_strokes.clear();
    m_finished.clear();
    m_corners.clear();
    m_drawing = false;
    m_dragCorner = -1;
    update();
}

void SketchEditor::setStrokes(const QList<SketchStroke> &strokes, bool inverted)
{
    m_strokes = strokes;
    m_inverted = inverted;
    m_finished.clear(); // the owner's list now holds what was reported
    update();
}

void SketchEditor::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    m_drawing = false;
    m_dragCorner = -1;
    updateCursor();
    update();
}

void SketchEditor::setCorners(const QList<QPointF> &corners)
{
    m_corners = corners.size() == 4 ? corners : QList<QPointF>();
    update();
}

QRectF SketchEditor::imageRect() const
{
    if (m_image.isNull())
        return QRectF();
    const qreal dpr = devicePixelRatioF();
    const QSizeF natural = QSizeF(m_image.size()) / dpr;
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    QSizeF size = natural;
    if (size.width() > area.width() || size.height() > area.height())
        size = natural.scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(),
                  size.height());
}

QPointF SketchEditor::toImage(const QPointF &widgetPos) const
{
    const QRectF r = imageRect();
    if (r.isEmpty())
        return QPointF();
    return QPointF((widgetPos.x() - r.left()) / r.width(), (widgetPos.y() - r.top()) / r.height());
}

QPointF SketchEditor::fromImage(const QPointF &fraction) const
{
    const QRectF r = imageRect();
    return QPointF(r.left() + fraction.x() * r.width(), r.top() + fraction.y() * r.height());
}

double SketchEditor::toolWidth() const
{
    return m_tool == Tool::Eraser ? m_eraserWidth : m_penWidth;
}

void SketchEditor::updateCursor()
{
    if (m_tool == Tool::Pen || m_tool == Tool::Eraser)
        setCursor(Qt::CrossCursor);
    else if (m_tool == Tool::Corners)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void SketchEditor::resizeEvent(QResizeEvent *event)
{
    m_scaled = QPixmap();
    QWidget::resizeEvent(event);
}

void SketchEditor::leaveEvent(QEvent *event)
{
    m_hover = QPointF(-1, -1);
    update();
    QWidget::leaveEvent(event);
}

// ----- input --------------------------------------------------------------------------------

int SketchEditor::cornerAt(const QPointF &pos) const
{
    const QList<QPointF> corners = m_corners.isEmpty() ? fullImage() : m_corners;
    int best = -1;
    double bestDistance = HandleGrab;
    for (int i = 0; i < corners.size(); ++i) {
        const QPointF d = fromImage(corners.at(i)) - pos;
        const double distance = std::hypot(d.x(), d.y());
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void SketchEditor::press(const QPointF &pos, double pressure)
{
    if (m_image.isNull())
        return;
    if (m_tool == Tool::Corners) {
        m_dragCorner = cornerAt(pos);
        if (m_dragCorner >= 0 && m_corners.isEmpty())
            m_corners = fullImage();
        return;
    }
    if (m_tool != Tool::Pen && m_tool != Tool::Eraser)
        return;
    m_drawing = true;
    m_current = SketchStroke();
    m_current.tool = m_tool == Tool::Eraser ? SketchStroke::Tool::Eraser : SketchStroke::Tool::Pen;
    m_current.width = toolWidth();
    m_current.points.append(toImage(pos));
    m_current.pressures.append(pressure);
    update();
}

void SketchEditor::move(const QPointF &pos, double pressure)
{
    m_hover = pos;
    if (m_dragCorner >= 0) {
        const QPointF p = toImage(pos);
        m_corners[m_dragCorner] = QPointF(std::clamp(p.x(), 0.0, 1.0), std::clamp(p.y(), 0.0, 1.0));
        Q_EMIT cornersChanged(m_corners);
        update();
        return;
    }
    if (m_drawing) {
        const QPointF p = toImage(pos);
        // Skip points closer than half a screen pixel to the last one.
        const QPointF last = fromImage(m_current.points.constLast());
        if (std::hypot(last.x() - pos.x(), last.y() - pos.y()) >= 0.5) {
            m_current.points.append(p);
            m_current.pressures.append(pressure);
        }
    }
    update();
}

void SketchEditor::release()
{
    if (m_dragCorner >= 0) {
        m_dragCorner = -1;
        Q_EMIT cornersEdited(m_corners);
        return;
    }
    if (!m_drawing)
        return;
    m_drawing = false;
    m_finished.append(m_current);
    const SketchStroke stroke = m_current;
    m_current = SketchStroke();
    update();
    Q_EMIT strokeFinished(stroke);
}

void SketchEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    press(event->position(), 1.0);
    event->accept();
}

void SketchEditor::mouseMoveEvent(QMouseEvent *event)
{
    move(event->position(), 1.0);
}

void SketchEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        release();
}

void SketchEditor::tabletEvent(QTabletEvent *event)
{
    // A pen's own eraser end erases whatever tool is chosen.
    const Tool chosen = m_tool;
    if (event->pointerType() == QPointingDevice::PointerType::Eraser && (chosen == Tool::Pen || chosen == Tool::Eraser))
        m_tool = Tool::Eraser;
    switch (event->type()) {
    case QEvent::TabletPress:
        press(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        move(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        release();
        break;
    default:
        break;
    }
    m_tool = chosen;
    event->accept(); // no synthesized mouse events
}

// ----- painting -----------------------------------------------------------------------------

void SketchEditor::paintStroke(QPainter &painter, const SketchStroke &stroke) const
{
    if (stroke.points.isEmpty())
        return;
    const QRectF r = imageRect();
    const bool ink = (stroke.tool == SketchStroke::Tool::Pen) != m_inverted;
    const QColor colour = ink ? Qt::black : Qt::white;
    const double full = std::max(1.0, stroke.width * std::max(r.width(), r.height()));
    auto widthAt = [&](int i) { return full * (MinPressureFactor + (1.0 - MinPressureFactor) * stroke.pressureAt(i)); };
    if (stroke.points.size() == 1) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(fromImage(stroke.points.first()), widthAt(0) / 2, widthAt(0) / 2);
        return;
    }
    for (int i = 1; i < stroke.points.size(); ++i) {
        painter.setPen(QPen(colour, (widthAt(i - 1) + widthAt(i)) / 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawLine(fromImage(stroke.points.at(i - 1)), fromImage(stroke.points.at(i)));
    }
}

void SketchEditor::paintCorners(QPainter &painter) const
{
    const QList<QPointF> corners = m_corners.isEmpty() ? fullImage() : m_corners;
    QPolygonF quad;
    for (const QPointF &c : corners)
        quad.append(fromImage(c));
    QPainterPath outside;
    outside.addRect(imageRect());
    QPainterPath page;
    page.addPolygon(quad);
    page.closeSubpath();
    painter.fillPath(outside.subtracted(page), QColor(0, 0, 0, 110));
    const QColor accent = palette().color(QPalette::Highlight);
    painter.setPen(QPen(accent, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(quad);
    for (int i = 0; i < quad.size(); ++i) {
        const bool active = i == m_dragCorner || (m_dragCorner < 0 && i == cornerAt(m_hover));
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(active ? accent.lighter(130) : accent);
        painter.drawEllipse(quad.at(i), HandleRadius + (active ? 2 : 0), HandleRadius + (active ? 2 : 0));
    }
}

void SketchEditor::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull())
        return;
    const QRectF r = imageRect();
    const qreal dpr = devicePixelRatioF();
    const QSize device(std::max(1, qRound(r.width() * dpr)), std::max(1, qRound(r.height() * dpr)));
    if (m_scaled.isNull() || m_scaled.size() != device) {
        // One smooth rescale per size; repaints while drawing are plain blits.
        m_scaled = QPixmap::fromImage(device == m_image.size()
                                          ? m_image
                                          : m_image.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        m_scaled.setDevicePixelRatio(dpr);
    }
    painter.drawPixmap(r.topLeft(), m_scaled);
    QColor frame = palette().color(QPalette::Shadow);
    frame.setAlphaF(0.35f);
    painter.setPen(frame);
    painter.drawRect(r.adjusted(-0.5, -0.5, 0.5, 0.5));

    painter.setRenderHint(QPainter::Antialiasing);
    if (m_tool == Tool::Corners) {
        paintCorners(painter);
        return;
    }
    painter.save();
    painter.setClipRect(r);
    for (const SketchStroke &stroke : m_strokes)
        paintStroke(painter, stroke);
    for (const SketchStroke &stroke : m_finished)
        paintStroke(painter, stroke);
    if (m_drawing)
        paintStroke(painter, m_current);
    painter.restore();

    // The tool's size under the pointer.
    if ((m_tool == Tool::Pen || m_tool == Tool::Eraser) && r.contains(m_hover)) {
        const double radius = std::max(1.5, toolWidth() * std::max(r.width(), r.height()) / 2);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 200), 3));
        painter.drawEllipse(m_hover, radius, radius);
        painter.setPen(QPen(QColor(0, 0, 0, 200), 1));
        painter.drawEllipse(m_hover, radius, radius);
    }
}
