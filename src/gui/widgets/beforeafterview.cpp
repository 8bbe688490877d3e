#include "beforeafterview.h"

#include "beforeafterview_p.h"

#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineF>
#include <QPainter>
#include <QSlider>

#include <algorithm>
#include <cmath>

using namespace BeforeAfterStyle;

namespace {

// Stores `value` clamped to 0-1 in `field`; false when that changes nothing.
bool assignFraction(double &field, double value)
{
    value = std::clamp(value, 0.0, 1.0);
    if (qFuzzyCompare(value + 1.0, field + 1.0))
        return false;
    field = value;
    return true;
}

// The floating blend control: "Sketch ──●── Result" on a rounded, translucent plate.
class BlendBar final : public QWidget
{
public:
    explicit BlendBar(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("blendBar"));
        setAttribute(Qt::WA_NoSystemBackground);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        paintPlate(p, palette(), QRectF(rect()), (height() - 1) / 2.0, 0.92, 0.18);
    }
};
} // namespace

BeforeAfterView::BeforeAfterView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("beforeAfterView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Before and after comparison"));

    m_blendBar = new BlendBar(this);
    auto *sketchLabel = new QLabel(tr("Sketch"), m_blendBar);
    m_blendBeforeLabel = sketchLabel;
    auto *resultLabel = new QLabel(tr("Result"), m_blendBar);
    sketchLabel->setFont(smallFont(font(), false));
    resultLabel->setFont(smallFont(font(), false));
    m_blendSlider = new QSlider(Qt::Horizontal, m_blendBar);
    m_blendSlider->setObjectName(QStringLiteral("blendSlider"));
    m_blendSlider->setRange(0, 100);
    m_blendSlider->setValue(qRound(m_blend * 100));
    m_blendSlider->setFocusPolicy(Qt::NoFocus);
    m_blendSlider->setToolTip(tr("Opacity of the result over the sketch"));
    auto *barLayout = new QHBoxLayout(m_blendBar);
    barLayout->setContentsMargins(16, 4, 16, 4);
    barLayout->setSpacing(8);
    barLayout->addWidget(sketchLabel);
    barLayout->addWidget(m_blendSlider, 1);
    barLayout->addWidget(resultLabel);
    connect(m_blendSlider, &QSlider::valueChanged, this,
            [this](int value) { setBlend(value / 100.0); });
    m_blendBar->hide();
}

BeforeAfterView::~BeforeAfterView() = default;

// ----- images -------------------------------------------------------------------------------

QSize BeforeAfterView::contentSize() const
{
    if (!m_after.image.isNull())
        return m_after.image.size();
    return m_before.image.size();
}

void BeforeAfterView::setBefore(const QImage &sketch)
{
    // The same sketch again (every result of a run shows it): nothing to convert or repaint.
    if (!sketch.isNull() && sketch.cacheKey() == m_before.image.cacheKey() && !m_before.pixmap.isNull())
        return;
    const QSize oldContent = contentSize();
    m_before = Layer();
    m_before.image = sketch;
    if (!sketch.isNull())
        m_before.pixmap = QPixmap::fromImage(sketch);
    contentChanged(oldContent, false);
}

void BeforeAfterView::setAfter(const QImage &result)
{
    const QSize oldContent = contentSize();
    const int oldPanes = paneCount();
    m_after = Layer();
    m_overlay = Layer(); // it belonged to the previous result
    m_after.image = result;
    if (!result.isNull())
        m_after.pixmap = QPixmap::fromImage(result);
    // A new result of the same size keeps the region, so results can be flipped through.
    contentChanged(oldContent, paneCount() != oldPanes);
}

// After a layer changed: another content size (or pane layout) fits the view again; in fit mode
// the fit follows.
void BeforeAfterView::contentChanged(const QSize &oldContent, bool relayout)
{
    m_zoomPan.setContentSize(contentSize());
    if (relayout || contentSize() != oldContent || isFitToWindow())
        applyFit();
    updateBlendBar();
    update();
}

void BeforeAfterView::clear()
{
    m_before = Layer();
    m_after = Layer();
    m_overlay = Layer();
    m_structure = Layer();
    m_zoomPan.setContentSize(contentSize());
    applyFit();
    updateBlendBar();
    update();
}

void BeforeAfterView::invalidateCaches()
{
    m_before.scaled = QPixmap();
    m_before.scaledSize = QSize();
    m_after.scaled = QPixmap();
    m_after.scaledSize = QSize();
    m_overlay.scaled = QPixmap();
    m_overlay.scaledSize = QSize();
    m_structure.scaled = QPixmap();
    m_structure.scaledSize = QSize();
}
// ----- modes --------------------------------------------------------------------------------

void BeforeAfterView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (isFitToWindow())
        applyFit();
    updateBlendBar();
    updateCursor(mapFromGlobal(QCursor::pos()));
    update();
    Q_EMIT modeChanged(m_mode);
}

void BeforeAfterView::setBlend(double blend)
{
    if (!assignFraction(m_blend, blend))
        return;
    {
        const QSignalBlocker blocker(m_blendSlider);
        m_blendSlider->setValue(qRound(m_blend * 100));
    }
    update();
    Q_EMIT blendChanged(m_blend);
}

void BeforeAfterView::setWipePosition(double position)
{
    if (!assignFraction(m_wipe, position))
        return;
    update();
    Q_EMIT wipePositionChanged(m_wipe);
}

void BeforeAfterView::updateBlendBar()
{
    const bool show = m_mode == Mode::Blend && hasBefore() && hasAfter();
    if (show) {
        const QSize hint = m_blendBar->sizeHint();
        const int w = std::min(std::max(280, hint.width()), std::max(hint.width(), width() - 32));
        const int h = std::max(40, hint.height());
        m_blendBar->setGeometry((width() - w) / 2, height() - h - FitMargin - 16, w, h);
    }
    m_blendBar->setVisible(show);
}

// ----- geometry -----------------------------------------------------------------------------

void BeforeAfterView::layoutPanes(Viewport &vp) const
{
    const QRect all(QPoint(0, 0), vp.size);
    if (m_mode == Mode::SideBySide && hasAfter()) {
        const int left = std::max(0, (vp.size.width() - PaneGap) / 2);
        vp.panes[0] = QRect(0, 0, left, vp.size.height());
        vp.panes[1] = QRect(vp.size.width() - left, 0, left, vp.size.height());
        vp.paneCount = 2;
    } else {
        vp.panes[0] = all;
        vp.panes[1] = QRect();
        vp.paneCount = 1;
    }
}

ZoomPanModel &BeforeAfterView::zoomPan() const
{
    Viewport vp;
    vp.size = size();
    layoutPanes(vp);
    m_zoomPan.setView(QRectF(vp.panes[0]), devicePixelRatioF());
    return m_zoomPan;
}

BeforeAfterView::Viewport BeforeAfterView::viewportFor(const QSize &size, qreal dpr) const
{
    Viewport vp;
    vp.size = size;
    vp.dpr = dpr;
    layoutPanes(vp);
    const ZoomPanModel &view = zoomPan();
    if (size == this->size()) {
        vp.scale = view.scale();
        vp.center = view.center();
    } else if (view.isFit()) {
        ZoomPanModel fitted = view;
        fitted.setView(QRectF(vp.panes[0]), dpr);
        fitted.fit();
        vp.scale = fitted.scale();
        vp.center = fitted.center();
    } else {
        const double factor = std::min(size.width() / double(std::max(1, width())),
                                       size.height() / double(std::max(1, height())));
        vp.scale = view.scale() * factor;
        vp.center = view.center();
    }
    return vp;
}

BeforeAfterView::Viewport BeforeAfterView::viewport() const
{
    return viewportFor(size(), devicePixelRatioF());
}

QRectF BeforeAfterView::imageRectIn(const Viewport &vp, int pane) const
{
    const QRect p = vp.panes[std::clamp(pane, 0, vp.paneCount - 1)];
    return QRectF(QRectF(p).center() - vp.center * vp.scale, QSizeF(contentSize()) * vp.scale);
}

QRectF BeforeAfterView::imageRect(int pane) const
{
    const QSize content = contentSize();
    if (content.isEmpty())
        return QRectF();
    return imageRectIn(viewport(), pane);
}

QRect BeforeAfterView::paneRect(int pane) const
{
    const Viewport vp = viewport();
    return vp.panes[std::clamp(pane, 0, vp.paneCount - 1)];
}

QPointF BeforeAfterView::mapToImage(const QPointF &widgetPos, int pane) const
{
    return zoomPan().mapToImage(widgetPos, QRectF(paneRect(pane)));
}

QPointF BeforeAfterView::mapFromImage(const QPointF &imagePos, int pane) const
{
    return zoomPan().mapFromImage(imagePos, QRectF(paneRect(pane)));
}

int BeforeAfterView::paneAt(const QPointF &pos) const
{
    const Viewport vp = viewport();
    if (vp.paneCount == 2 && pos.x() >= vp.panes[1].left() - PaneGap / 2.0)
        return 1;
    return 0;
}

qreal BeforeAfterView::dividerX() const
{
    if (m_mode != Mode::Wipe || !hasBefore() || !hasAfter())
        return -1;
    const QRectF visible = imageRect(0) & QRectF(rect());
    if (visible.isEmpty())
        return -1;
    const qreal dpr = devicePixelRatioF();
    return std::round((visible.left() + m_wipe * visible.width()) * dpr) / dpr;
}

bool BeforeAfterView::nearDivider(const QPointF &pos) const
{
    const qreal x = dividerX();
    if (x < 0)
        return false;
    const QRectF visible = imageRect(0) & QRectF(rect());
    if (std::abs(pos.x() - x) <= DividerGrab)
        return true;
    const QPointF grip(x, visible.center().y());
    return QLineF(pos, grip).length() <= GripRadius + 4;
}

// ----- zoom and pan -------------------------------------------------------------------------

void BeforeAfterView::applyFit()
{
    const double old = zoom();
    zoomPan().fit();
    if (!qFuzzyCompare(old, zoom()))
        Q_EMIT zoomChanged(zoom());
}

void BeforeAfterView::fitToWindow()
{
    applyFit();
    update();
}

void BeforeAfterView::actualSize()
{
    setZoom(1.0);
}

void BeforeAfterView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void BeforeAfterView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void BeforeAfterView::setZoom(double zoom)
{
    setZoomAround(zoom, QRectF(paneRect(0)).center());
}

void BeforeAfterView::setZoomAround(double zoom, const QPointF &widgetPos)
{
    const double old = this->zoom();
    zoomPan().zoomAround(zoom, widgetPos, QRectF(paneRect(paneAt(widgetPos))));
    update();
    if (!qFuzzyCompare(old, this->zoom()))
        Q_EMIT zoomChanged(this->zoom());
}

void BeforeAfterView::setViewCenter(const QPointF &center)
{
    zoomPan().setCenter(center);
    update();
}

void BeforeAfterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isFitToWindow())
        applyFit();
    updateBlendBar();
}

void BeforeAfterView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}
