#include "beforeafterview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr int FitMargin = 16;      // breathing room around the image when fitted
constexpr int PaneGap = 8;         // between the two side-by-side panes
constexpr int DividerGrab = 12;    // how near (px) the divider has to be to grab it
constexpr int GripRadius = 16;
constexpr int TagInset = 8;
constexpr int PanStep = 48;
constexpr qint64 MaxCachedPixels = 16 * 1024 * 1024;

QColor mutedText(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.62);
    return c;
}

QFont smallFont(const QFont &base, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
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
        QColor plate = palette().color(QPalette::Window);
        plate.setAlphaF(0.92);
        QColor border = palette().color(QPalette::WindowText);
        border.setAlphaF(0.18);
        p.setPen(QPen(border, 1));
        p.setBrush(plate);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
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
    const QSize oldContent = contentSize();
    m_before = Layer();
    m_before.image = sketch;
    if (!sketch.isNull())
        m_before.pixmap = QPixmap::fromImage(sketch);
    if (contentSize() != oldContent)
        m_fit = true;
    if (m_fit)
        applyFit();
    clampCenter();
    updateBlendBar();
    update();
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
    if (contentSize() != oldContent || paneCount() != oldPanes)
        m_fit = true;
    if (m_fit)
        applyFit();
    clampCenter();
    updateBlendBar();
    update();
}

void BeforeAfterView::clear()
{
    m_before = Layer();
    m_after = Layer();
    m_overlay = Layer();
    m_structure = Layer();
    m_fit = true;
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
    if (m_fit)
        applyFit();
    clampCenter();
    updateBlendBar();
    updateCursor(mapFromGlobal(QCursor::pos()));
    update();
    Q_EMIT modeChanged(m_mode);
}

void BeforeAfterView::setBlend(double blend)
{
    blend = std::clamp(blend, 0.0, 1.0);
    if (qFuzzyCompare(blend + 1.0, m_blend + 1.0))
        return;
    m_blend = blend;
    {
        const QSignalBlocker blocker(m_blendSlider);
        m_blendSlider->setValue(qRound(m_blend * 100));
    }
    update();
    Q_EMIT blendChanged(m_blend);
}

void BeforeAfterView::setWipePosition(double position)
{
    position = std::clamp(position, 0.0, 1.0);
    if (qFuzzyCompare(position + 1.0, m_wipe + 1.0))
        return;
    m_wipe = position;
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

double BeforeAfterView::fitZoomFor(const QSize &size, qreal dpr) const
{
    const QSize content = contentSize();
    if (content.isEmpty() || size.isEmpty())
        return 1.0;
    Viewport vp;
    vp.size = size;
    layoutPanes(vp);
    const QRect avail = vp.panes[0].adjusted(FitMargin, FitMargin, -FitMargin, -FitMargin);
    const double sx = std::max(1, avail.width()) / double(content.width());
    const double sy = std::max(1, avail.height()) / double(content.height());
    return std::clamp(std::min(sx, sy) * dpr, MinZoom, MaxZoom);
}

BeforeAfterView::Viewport BeforeAfterView::viewportFor(const QSize &size, qreal dpr) const
{
    Viewport vp;
    vp.size = size;
    vp.dpr = dpr;
    layoutPanes(vp);
    if (size == this->size()) {
        vp.scale = m_zoom / devicePixelRatioF();
        vp.center = m_center;
    } else if (m_fit) {
        vp.scale = fitZoomFor(size, dpr) / dpr;
        vp.center = QPointF(contentSize().width() / 2.0, contentSize().height() / 2.0);
    } else {
        const double factor = std::min(size.width() / double(std::max(1, width())),
                                       size.height() / double(std::max(1, height())));
        vp.scale = m_zoom / devicePixelRatioF() * factor;
        vp.center = m_center;
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
    const Viewport vp = viewport();
    const QRect p = vp.panes[std::clamp(pane, 0, vp.paneCount - 1)];
    return vp.center + (widgetPos - QRectF(p).center()) / vp.scale;
}

QPointF BeforeAfterView::mapFromImage(const QPointF &imagePos, int pane) const
{
    const Viewport vp = viewport();
    const QRect p = vp.panes[std::clamp(pane, 0, vp.paneCount - 1)];
    return QRectF(p).center() + (imagePos - vp.center) * vp.scale;
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
    const double old = m_zoom;
    m_zoom = fitZoomFor(size(), devicePixelRatioF());
    const QSize content = contentSize();
    m_center = QPointF(content.width() / 2.0, content.height() / 2.0);
    if (!qFuzzyCompare(old, m_zoom))
        Q_EMIT zoomChanged(m_zoom);
}

void BeforeAfterView::fitToWindow()
{
    m_fit = true;
    applyFit();
    update();
}

void BeforeAfterView::actualSize()
{
    setZoom(1.0);
}

void BeforeAfterView::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void BeforeAfterView::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

void BeforeAfterView::setZoom(double zoom)
{
    setZoomAround(zoom, QRectF(paneRect(0)).center());
}

void BeforeAfterView::setZoomAround(double zoom, const QPointF &widgetPos)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    const int pane = paneAt(widgetPos);
    const QPointF anchor = mapToImage(widgetPos, pane);
    const double old = m_zoom;
    m_fit = false;
    m_zoom = zoom;
    const double scale = m_zoom / devicePixelRatioF();
    m_center = anchor - (widgetPos - QRectF(paneRect(pane)).center()) / scale;
    clampCenter();
    update();
    if (!qFuzzyCompare(old, m_zoom))
        Q_EMIT zoomChanged(m_zoom);
}

void BeforeAfterView::setViewCenter(const QPointF &center)
{
    m_fit = false;
    m_center = center;
    clampCenter();
    update();
}

void BeforeAfterView::clampCenter()
{
    // Some part of the image always stays under the pane's centre: it can never get lost.
    const QSize content = contentSize();
    m_center.setX(std::clamp(m_center.x(), 0.0, qreal(std::max(0, content.width()))));
    m_center.setY(std::clamp(m_center.y(), 0.0, qreal(std::max(0, content.height()))));
}

void BeforeAfterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        applyFit();
    updateBlendBar();
}

void BeforeAfterView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

// ----- input --------------------------------------------------------------------------------

void BeforeAfterView::wheelEvent(QWheelEvent *event)
{
    if (contentSize().isEmpty()) {
        event->ignore();
        return;
    }
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y()
                                                   : event->angleDelta().x();
    if (delta == 0) {
        event->ignore();
        return;
    }
    setZoomAround(m_zoom * std::pow(ZoomStep, delta / 120.0), event->position());
    event->accept();
}

void BeforeAfterView::mousePressEvent(QMouseEvent *event)
{
    if (contentSize().isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_lastPos = event->position();
    if (event->button() == Qt::LeftButton && nearDivider(event->position())) {
        m_drag = Drag::Divider;
        const QRectF visible = imageRect(0) & QRectF(rect());
        if (visible.width() > 0)
            setWipePosition((event->position().x() - visible.left()) / visible.width());
        setCursor(Qt::SplitHCursor);
    } else if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void BeforeAfterView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::Divider: {
        const QRectF visible = imageRect(0) & QRectF(rect());
        if (visible.width() > 0)
            setWipePosition((pos.x() - visible.left()) / visible.width());
        break;
    }
    case Drag::Pan: {
        const double scale = m_zoom / devicePixelRatioF();
        m_fit = false;
        m_center -= (pos - m_lastPos) / scale;
        clampCenter();
        update();
        break;
    }
    case Drag::None:
        updateCursor(pos);
        break;
    }
    m_lastPos = pos;
    event->accept();
}

void BeforeAfterView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag != Drag::None) {
        m_drag = Drag::None;
        updateCursor(event->position());
    }
    event->accept();
}

void BeforeAfterView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (contentSize().isEmpty() || event->button() != Qt::LeftButton || nearDivider(event->position())) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    // Toggle between fitting the window and 100 % around the clicked point.
    if (m_fit)
        setZoomAround(1.0, event->position());
    else
        fitToWindow();
    event->accept();
}

void BeforeAfterView::updateCursor(const QPointF &pos)
{
    if (contentSize().isEmpty() || !rect().contains(pos.toPoint()))
        unsetCursor();
    else if (nearDivider(pos))
        setCursor(Qt::SplitHCursor);
    else if (imageRect(paneAt(pos)).contains(pos))
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

bool BeforeAfterView::event(QEvent *event)
{
    // With focus, the view's own keys win over window shortcuts bound to the same keys.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        const bool ctrl = mods == Qt::ControlModifier;
        const bool plain = mods == Qt::NoModifier;
        switch (key->key()) {
        case Qt::Key_1:
            if (plain || ctrl) {
                event->accept();
                return true;
            }
            break;
        case Qt::Key_2:
        case Qt::Key_3:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (plain) {
                event->accept();
                return true;
            }
            break;
        case Qt::Key_0:
            if (ctrl) {
                event->accept();
                return true;
            }
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
        case Qt::Key_Minus:
            if (plain || ctrl) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::event(event);
}

void BeforeAfterView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool ctrl = mods.testFlag(Qt::ControlModifier);
    const bool shift = mods.testFlag(Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_1:
        ctrl ? actualSize() : setMode(Mode::Wipe);
        break;
    case Qt::Key_2:
        if (ctrl) {
            QWidget::keyPressEvent(event);
            return;
        }
        setMode(Mode::SideBySide);
        break;
    case Qt::Key_3:
        if (ctrl) {
            QWidget::keyPressEvent(event);
            return;
        }
        setMode(Mode::Blend);
        break;
    case Qt::Key_0:
        if (!ctrl) {
            QWidget::keyPressEvent(event);
            return;
        }
        fitToWindow();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int dir = event->key() == Qt::Key_Left ? -1 : 1;
        if (dividerX() >= 0) {
            setWipePosition(m_wipe + dir * (shift ? 0.1 : 0.01));
        } else if (!contentSize().isEmpty()) {
            m_fit = false;
            m_center.rx() += dir * PanStep * (shift ? 4 : 1) / (m_zoom / devicePixelRatioF());
            clampCenter();
            update();
        }
        break;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (contentSize().isEmpty())
            break;
        const int dir = event->key() == Qt::Key_Up ? -1 : 1;
        m_fit = false;
        m_center.ry() += dir * PanStep * (shift ? 4 : 1) / (m_zoom / devicePixelRatioF());
        clampCenter();
        update();
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

// ----- painting -----------------------------------------------------------------------------

QSize BeforeAfterView::sizeHint() const
{
    return QSize(640, 480);
}

QSize BeforeAfterView::minimumSizeHint() const
{
    return QSize(160, 120);
}

void BeforeAfterView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintView(painter, viewport());
}

QImage BeforeAfterView::renderToImage(const QSize &size) const
{
    if (size.isEmpty())
        return QImage();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    // Render with copies of the layers so the widget's own caches stay valid.
    const Layer savedBefore = m_before;
    const Layer savedAfter = m_after;
    {
        QPainter painter(&image);
        paintView(painter, viewportFor(size, 1.0));
    }
    m_before = savedBefore;
    m_after = savedAfter;
    return image;
}

void BeforeAfterView::paintView(QPainter &painter, const Viewport &vp) const
{
    const QRect all(QPoint(0, 0), vp.size);
    painter.fillRect(all, palette().color(QPalette::Base));

    const QSize content = contentSize();
    if (content.isEmpty()) {
        QFont f = font();
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * 1.15);
        painter.setFont(f);
        painter.setPen(mutedText(palette()));
        painter.drawText(all.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Nothing to compare yet"));
        return;
    }

    // Snap the image origin to device pixels so edges and the divider stay crisp.
    auto snapped = [&](const QRectF &r) {
        return QRectF(std::round(r.left() * vp.dpr) / vp.dpr, std::round(r.top() * vp.dpr) / vp.dpr,
                      r.width(), r.height());
    };

    const bool both = hasBefore() && hasAfter();
    QColor frame = palette().color(QPalette::Shadow);
    frame.setAlphaF(0.35);

    for (int pane = 0; pane < vp.paneCount; ++pane) {
        const QRectF paneRectF(vp.panes[pane]);
        const QRectF target = snapped(imageRectIn(vp, pane));
        const QRectF visible = target & paneRectF;
        painter.save();
        painter.setClipRect(paneRectF);
        paintBackdrop(painter, visible);

        if (!both) {
            if (hasAfter())
                paintResult(painter, vp, target, visible);
            else
                paintLayer(painter, vp, shownBefore(), target, visible);
        } else if (m_mode == Mode::SideBySide) {
            if (pane == 0)
                paintLayer(painter, vp, shownBefore(), target, visible);
            else
                paintResult(painter, vp, target, visible);
        } else if (m_mode == Mode::Blend) {
            paintLayer(painter, vp, shownBefore(), target, visible);
            painter.setOpacity(m_blend);
            paintLayer(painter, vp, m_after, target, visible);
            painter.setOpacity(m_overlayOpacity);
            paintLayer(painter, vp, m_overlay, target, visible);
            painter.setOpacity(1.0);
        } else { // Wipe
            const qreal x = visible.isEmpty()
                                ? -1
                                : std::round((visible.left() + m_wipe * visible.width()) * vp.dpr) / vp.dpr;
            if (x >= 0) {
                const QRectF left(visible.topLeft(), QPointF(x, visible.bottom()));
                const QRectF right(QPointF(x, visible.top()), visible.bottomRight());
                paintLayer(painter, vp, shownBefore(), target, left);
                paintResult(painter, vp, target, right);
            }
        }

        painter.setClipRect(paneRectF);
        painter.setPen(frame);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));

        // Labels and notes.
        if (!visible.isEmpty()) {
            const QRectF tagArea = visible.adjusted(TagInset, TagInset, -TagInset, -TagInset);
            if (!hasAfter()) {
                paintTag(painter, beforeLabel(), tagArea, Qt::AlignLeft | Qt::AlignTop);
                paintNote(painter, tr("Generate to compare with the result"), visible);
            } else if (!hasBefore()) {
                paintTag(painter, tr("Result"), tagArea, Qt::AlignLeft | Qt::AlignTop);
            } else if (m_mode == Mode::SideBySide) {
                paintTag(painter, pane == 0 ? beforeLabel() : tr("Result"), tagArea,
                         Qt::AlignLeft | Qt::AlignTop);
            } else if (m_mode == Mode::Blend) {
                paintTag(painter, tr("Result %1 %").arg(qRound(m_blend * 100)), tagArea,
                         Qt::AlignLeft | Qt::AlignTop);
            } else {
                paintTag(painter, beforeLabel(), tagArea, Qt::AlignLeft | Qt::AlignTop);
                paintTag(painter, tr("Result"), tagArea, Qt::AlignRight | Qt::AlignTop);
                const qreal x = std::round((visible.left() + m_wipe * visible.width()) * vp.dpr) / vp.dpr;
                paintDivider(painter, x, visible);
            }
        }
        painter.restore();
    }
}

void BeforeAfterView::paintLayer(QPainter &painter, const Viewport &vp, Layer &layer,
                                 const QRectF &areaTarget, const QRectF &clip) const
{
    if (layer.pixmap.isNull() || areaTarget.isEmpty())
        return;
    const QSize imageSize = layer.image.size();
    // Never stretched: a 4:3 sketch under a 1:1 result keeps its shape, centred in the result's
    // frame (the centres line up, the rest of the frame shows what lies below).
    QRectF target = areaTarget;
    const double imageAspect = imageSize.width() / double(std::max(1, imageSize.height()));
    const double areaAspect = areaTarget.width() / areaTarget.height();
    if (std::abs(imageAspect / areaAspect - 1.0) > 0.005) {
        const QSizeF fitted = QSizeF(imageSize).scaled(areaTarget.size(), Qt::KeepAspectRatio);
        target = QRectF(areaTarget.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
    }
    const QRectF visible = target & clip;
    if (visible.isEmpty())
        return;

    const QSize device(std::max(1, qRound(target.width() * vp.dpr)),
                       std::max(1, qRound(target.height() * vp.dpr)));
    const bool downscale = device.width() < imageSize.width() || device.height() < imageSize.height();

    painter.save();
    painter.setClipRect(clip, Qt::IntersectClip);
    if (downscale && qint64(device.width()) * device.height() <= MaxCachedPixels) {
        // One smooth rescale per zoom level; every frame after that is a plain blit.
        if (layer.scaledSize != device) {
            layer.scaled = QPixmap::fromImage(layer.image.scaled(device, Qt::IgnoreAspectRatio,
                                                                 Qt::SmoothTransformation));
            layer.scaledSize = device;
        }
        layer.scaled.setDevicePixelRatio(vp.dpr);
        painter.drawPixmap(target.topLeft(), layer.scaled);
    } else {
        // Magnified (or 1:1): transform only the visible part of the source.
        const double sx = imageSize.width() / target.width();
        const double sy = imageSize.height() / target.height();
        const QRectF source((visible.left() - target.left()) * sx, (visible.top() - target.top()) * sy,
                            visible.width() * sx, visible.height() * sy);
        const double deviceScale = vp.dpr / std::max(sx, sy);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, deviceScale < 4.0);
        painter.drawPixmap(visible, layer.pixmap, source);
    }
    painter.restore();
}

void BeforeAfterView::paintBackdrop(QPainter &painter, const QRectF &rect) const
{
    const bool alpha = (hasBefore() && m_before.image.hasAlphaChannel())
                       || (hasAfter() && m_after.image.hasAlphaChannel());
    if (!alpha || rect.isEmpty())
        return;
    // Checkerboard so transparent areas read as transparent.
    QPixmap tile(16, 16);
    tile.fill(QColor(0xf4, 0xf4, 0xf4));
    {
        QPainter p(&tile);
        p.fillRect(0, 0, 8, 8, QColor(0xe2, 0xe2, 0xe2));
        p.fillRect(8, 8, 8, 8, QColor(0xe2, 0xe2, 0xe2));
    }
    painter.fillRect(rect, QBrush(tile));
}

void BeforeAfterView::paintDivider(QPainter &painter, qreal x, const QRectF &visible) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The divider is white on a soft shadow so it reads on light and dark images alike.
    const QColor shadow(0, 0, 0, 70);
    painter.setPen(Qt::NoPen);
    painter.setBrush(shadow);
    painter.drawRect(QRectF(x - 2, visible.top(), 4, visible.height()));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(x - 1, visible.top(), 2, visible.height()));

    const QPointF c(x, visible.center().y());
    painter.setBrush(QColor(0, 0, 0, 50));
    painter.drawEllipse(c + QPointF(0, 1.5), GripRadius + 1.5, GripRadius + 1.5);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(0, 0, 0, 40), 1));
    painter.drawEllipse(c, GripRadius, GripRadius);

    // Two chevrons: ‹ ›
    QPen chevron(QColor(0x37, 0x41, 0x51), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(chevron);
    painter.setBrush(Qt::NoBrush);
    const qreal a = 4;
    painter.drawPolyline(QPolygonF({c + QPointF(-3, -a), c + QPointF(-3 - a, 0), c + QPointF(-3, a)}));
    painter.drawPolyline(QPolygonF({c + QPointF(3, -a), c + QPointF(3 + a, 0), c + QPointF(3, a)}));
    painter.restore();
}

void BeforeAfterView::paintTag(QPainter &painter, const QString &text, const QRectF &area,
                               Qt::Alignment corner) const
{
    const QFont f = smallFont(font(), true);
    const QFontMetricsF fm(f);
    const QSizeF size(fm.horizontalAdvance(text) + 16, fm.height() + 8);
    if (size.width() > area.width() || size.height() > area.height())
        return;
    QPointF topLeft = area.topLeft();
    if (corner & Qt::AlignRight)
        topLeft.setX(area.right() - size.width());
    if (corner & Qt::AlignBottom)
        topLeft.setY(area.bottom() - size.height());
    const QRectF r(topLeft, size);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor plate = palette().color(QPalette::Window);
    plate.setAlphaF(0.88);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlphaF(0.15);
    painter.setPen(QPen(border, 1));
    painter.setBrush(plate);
    painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(r, Qt::AlignCenter, text);
    painter.restore();
}

void BeforeAfterView::paintNote(QPainter &painter, const QString &text, const QRectF &area) const
{
    const QFont f = smallFont(font(), false);
    const QFontMetricsF fm(f);
    const qreal maxWidth = area.width() - 32;
    if (maxWidth < 48)
        return;
    const QRectF textRect = fm.boundingRect(QRectF(0, 0, maxWidth, 1000),
                                            Qt::AlignCenter | Qt::TextWordWrap, text);
    const QSizeF size(textRect.width() + 24, textRect.height() + 12);
    if (size.height() > area.height() - 32)
        return;
    const QRectF r(area.center().x() - size.width() / 2, area.bottom() - 16 - size.height(),
                   size.width(), size.height());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor plate = palette().color(QPalette::Window);
    plate.setAlphaF(0.9);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlphaF(0.15);
    painter.setPen(QPen(border, 1));
    painter.setBrush(plate);
    painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), r.height() / 2, r.height() / 2);
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}
