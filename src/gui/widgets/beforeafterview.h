#pragma once

#include "zoompanmodel.h"

#include <QImage>
#include <QPixmap>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QWidget>

class QSlider;

// Compares the sketch ("before") with a result ("after") in one zoomable canvas.
//
// The after image defines the content coordinates; the before image is stretched onto the same
// rectangle so structures line up even when the two differ in size or aspect. Modes:
//  - Wipe: a vertical divider (drag it, or the arrow keys); sketch left, result right.
//  - SideBySide: two panes showing the same region; zoom and pan are shared.
//  - Blend: the result over the sketch with an adjustable opacity (setBlend, overlay slider).
//  - OnionSkin: the sketch laid over the result like tracing paper (multiplied at OnionOpacity):
//    white paper leaves the result as it is, the lines darken it where they run.
//  - Difference: the per-pixel difference of the two: black where they agree, bright where
//    the result left the sketch (or where two results differ).
// Wheel zooms around the cursor (x1.25 per notch, 5 %-3200 %), dragging pans, Ctrl+0 fits,
// Ctrl+1 shows 100 % (one image pixel per device pixel), +/- zoom, 1/2/3 switch modes.
// Painting never rescales the full image per frame: down-scaled pixmaps are cached per zoom and
// magnified views draw only the visible part of the source. For a large image (over 2.3 MP) the
// copy for a new zoom level is made on a worker; the last copy, stretched, shows until then.
// Zoom, centre and fit are a ZoomPanModel; input handling is in beforeafterviewinput.cpp, painting
// in beforeafterviewpaint.cpp, the overlay and structure layers in beforeafteroverlay.cpp.
class BeforeAfterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeforeAfterView)

public:
    enum class Mode { Wipe, SideBySide, Blend, OnionSkin, Difference };
    Q_ENUM(Mode)

    static constexpr double MinZoom = 0.05;
    static constexpr double MaxZoom = 32.0;
    static constexpr double ZoomStep = 1.25;
    static constexpr double OnionOpacity = 0.6;

    explicit BeforeAfterView(QWidget *parent = nullptr);
    ~BeforeAfterView() override;

    void setBefore(const QImage &sketch);
    void setAfter(const QImage &result);
    void clear();
    QImage before() const { return m_before.image; }
    QImage after() const { return m_after.image; }
    bool hasBefore() const; // the sketch, or the layer shown in its place
    bool hasAfter() const { return !m_after.image.isNull(); }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // 0 = only the sketch, 1 = only the result (Blend mode).
    double blend() const { return m_blend; }
    void setBlend(double blend);

    // Divider position across the visible part of the image, 0 = left edge, 1 = right edge.
    double wipePosition() const { return m_wipe; }
    void setWipePosition(double position);

    // Zoom factor: image pixels (of the result, or of the sketch alone) to device pixels.
    double zoom() const { return m_zoomPan.zoom(); }
    void setZoom(double zoom);
    bool isFitToWindow() const { return m_zoomPan.isFit(); }
    void fitToWindow();
    void actualSize();
    void zoomIn();
    void zoomOut();
    // The device size of the result's cached down-scaled copy (tests: made off the GUI thread).
    QSize resultCopySize() const { return m_after.scaledSize; }

    // The image point shown at the centre of the view (pane), in content pixels.
    QPointF viewCenter() const { return m_zoomPan.center(); }
    void setViewCenter(const QPointF &center);

    // Geometry in widget coordinates (for tests and overlays).
    QRectF imageRect(int pane = 0) const;
    QRect paneRect(int pane = 0) const;
    int paneCount() const { return m_mode == Mode::SideBySide && hasAfter() ? 2 : 1; }
    // Widget x of the wipe divider (Wipe mode with both images), else -1.
    qreal dividerX() const;
    // Maps a widget position in the given pane to content (image) coordinates and back.
    QPointF mapToImage(const QPointF &widgetPos, int pane = 0) const;
    QPointF mapFromImage(const QPointF &imagePos, int pane = 0) const;

    // A layer drawn over the result wherever the result shows (the sketch's lines, see
    // StructureMaps::overlay), at the result's size, with its own opacity (0-1). Null: none.
    void setOverlay(const QImage &overlay);
    QImage overlay() const { return m_overlay.image; }
    void setOverlayOpacity(double opacity);
    double overlayOpacity() const { return m_overlayOpacity; }
    // The sketch's structure map, which the "before" side shows instead of the sketch when
    // beforeLayer() is Structure (stretched onto the result like the sketch); or another result,
    // named `label`, when it is OtherResult (every mode then compares two results).
    enum class BeforeLayer { Sketch, Structure, OtherResult };
    void setStructure(const QImage &map);
    QImage structure() const { return m_structure.image; }
    void setOtherResult(const QImage &image, const QString &label);
    void setBeforeLayer(BeforeLayer layer);
    BeforeLayer beforeLayer() const { return m_beforeLayer; }
    // "Sketch", "Structure" or the other result's name: what the before side shows now.
    QString beforeLabel() const;

    // Renders the view at the given size (same mode, divider and region; fit mode refits).
    QImage renderToImage(const QSize &size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void modeChanged(BeforeAfterView::Mode mode);
    void zoomChanged(double zoom);
    void blendChanged(double blend);
    void wipePositionChanged(double position);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layer
    {
        QImage image;
        QPixmap pixmap;
        QPixmap scaled;          // down-scaled copy for the current zoom (device pixels)
        QSize scaledSize;        // device size the cached copy was made for
        QSize wantedSize;        // the device size the screen wants a copy for (on a worker)
        bool rescaling = false;  // a worker is making a copy
    };

    // Everything painting needs, computed for a given output size.
    struct Viewport
    {
        QSize size;
        double scale = 1.0;      // logical pixels per content pixel
        QPointF center;
        qreal dpr = 1.0;
        QRect panes[2];
        int paneCount = 1;
    };

    QSize contentSize() const;
    Viewport viewport() const;
    Viewport viewportFor(const QSize &size, qreal dpr) const;
    QRectF imageRectIn(const Viewport &vp, int pane) const;
    void layoutPanes(Viewport &vp) const;
    // The zoom and pan state, its view set to the current first pane and pixel ratio.
    ZoomPanModel &zoomPan() const;
    int paneAt(const QPointF &pos) const;
    bool nearDivider(const QPointF &pos) const;
    void setZoomAround(double zoom, const QPointF &widgetPos);
    void applyFit();
    void contentChanged(const QSize &oldContent, bool refit);
    void updateCursor(const QPointF &pos);
    void updateBlendBar();
    void invalidateCaches();

    void paintView(QPainter &painter, const Viewport &vp) const;
    // On screen, a new zoom level's smooth copy of a large layer is made on a worker (the
    // previous copy, stretched, shows meanwhile); renderToImage() makes it at once.
    void requestRescale(Layer &layer, const QSize &device) const;
    mutable bool m_rescaleOnWorker = false;
    void paintLayer(QPainter &painter, const Viewport &vp, Layer &layer,
                    const QRectF &target, const QRectF &clip) const;
    // The result, then the overlay over it; the sketch or its structure map.
    void paintResult(QPainter &painter, const Viewport &vp, const QRectF &target, const QRectF &clip) const;
    Layer &shownBefore() const;
    void paintBackdrop(QPainter &painter, const QRectF &rect) const;
    void paintDivider(QPainter &painter, qreal x, const QRectF &visible) const;
    void paintTag(QPainter &painter, const QString &text, const QRectF &area,
                  Qt::Alignment corner) const;
    void paintNote(QPainter &painter, const QString &text, const QRectF &area) const;

    // Caches are refreshed lazily while painting, hence mutable.
    mutable Layer m_before;
    mutable Layer m_after;
    mutable Layer m_overlay;
    mutable Layer m_structure;
    mutable Layer m_otherResult;
    QString m_otherResultLabel;
    double m_overlayOpacity = 0.8;
    BeforeLayer m_beforeLayer = BeforeLayer::Sketch;
    Mode m_mode = Mode::Wipe;
    double m_blend = 0.5;
    double m_wipe = 0.5;
    mutable ZoomPanModel m_zoomPan{MinZoom, MaxZoom};

    enum class Drag { None, Divider, Pan };
    Drag m_drag = Drag::None;
    QPointF m_lastPos;

    QWidget *m_blendBar = nullptr;
    QSlider *m_blendSlider = nullptr;
    class QLabel *m_blendBeforeLabel = nullptr;
};
