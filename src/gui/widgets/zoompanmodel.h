#pragma once

#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QSizeF>

// Zoom and pan of an image shown in a view, without the view: the state behind BeforeAfterView
// and the fit of the compare cells, testable on its own.
//
// Content (image) coordinates are the image's pixels; view coordinates are the widget's logical
// pixels. zoom() is image pixels to device pixels, so 1.0 is 100 % (one image pixel per screen
// pixel) whatever the device pixel ratio; scale() is the logical factor, zoom() / dpr. The view
// rect is the pane the image is fitted to; more panes can share the zoom and centre (side by
// side) by passing their rect to the mapping functions.
class ZoomPanModel
{
public:
    ZoomPanModel(double minZoom, double maxZoom);

    // The largest rectangle of `content`'s aspect centred in `area` (up- or down-scaled).
    static QRectF fittedRect(const QSizeF &content, const QRectF &area);
    // The same in whole pixels, rounded as QSize::scaled() does.
    static QRect fittedRect(const QSize &content, const QRect &area);

    double minZoom() const { return m_minZoom; }
    double maxZoom() const { return m_maxZoom; }

    QSize contentSize() const { return m_content; }
    // Keeps the centre inside the new content (an invalid size counts as none); refit with fit()
    // where wanted.
    void setContentSize(const QSize &size);
    QRectF viewRect() const { return m_view; }
    qreal devicePixelRatio() const { return m_dpr; }
    void setView(const QRectF &viewRect, qreal devicePixelRatio);
    // Room kept around the image when fitted (logical pixels on each side).
    void setFitMargin(qreal margin) { m_fitMargin = margin; }

    double zoom() const { return m_zoom; }
    double scale() const { return m_zoom / m_dpr; }
    // The image point shown at the centre of the view rect.
    QPointF center() const { return m_center; }
    bool isFit() const { return m_fit; }

    // The zoom that shows the whole image in the view rect less the margin (within the limits);
    // 1.0 without content or view.
    double fitZoom() const;
    // Fit mode: fitZoom(), centred; stays until the zoom or the centre is set.
    void fit();
    // Zoom (clamped to the limits) around the view rect's centre, or keeping the image point
    // under `viewPos` (in `pane`, by default the view rect) where it is.
    void setZoom(double zoom);
    void zoomAround(double zoom, const QPointF &viewPos);
    void zoomAround(double zoom, const QPointF &viewPos, const QRectF &pane);
    // Moves the image with the pointer by `viewDelta` (logical pixels).
    void panBy(const QPointF &viewDelta);
    void setCenter(const QPointF &center);

    // The image's rectangle in view coordinates, and the mapping both ways (for `pane`, by
    // default the view rect).
    QRectF imageRect() const { return imageRect(m_view); }
    QRectF imageRect(const QRectF &pane) const;
    QPointF mapToImage(const QPointF &viewPos) const { return mapToImage(viewPos, m_view); }
    QPointF mapToImage(const QPointF &viewPos, const QRectF &pane) const;
    QPointF mapFromImage(const QPointF &imagePos) const { return mapFromImage(imagePos, m_view); }
    QPointF mapFromImage(const QPointF &imagePos, const QRectF &pane) const;

private:
    // Some part of the image always stays under the view's centre: it can never get lost.
    void clampCenter();

    double m_minZoom;
    double m_maxZoom;
    QSize m_content{0, 0};
    QRectF m_view;
    qreal m_dpr = 1.0;
    qreal m_fitMargin = 0;
    double m_zoom = 1.0;
    QPointF m_center;
    bool m_fit = true;
};
