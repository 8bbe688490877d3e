// BeforeAfterView: mouse, wheel and keyboard.
#include "beforeafterview.h"

#include "beforeafterview_p.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

using namespace BeforeAfterStyle;

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
    setZoomAround(zoom() * std::pow(ZoomStep, delta / 120.0), event->position());
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
    case Drag::Pan:
        zoomPan().panBy(pos - m_lastPos);
        update();
        break;
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
    if (isFitToWindow())
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
    case Qt::Key_4:
    case Qt::Key_5:
        if (ctrl) {
            QWidget::keyPressEvent(event);
            return;
        }
        setMode(event->key() == Qt::Key_4 ? Mode::OnionSkin : Mode::Difference);
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
            zoomPan().panBy(QPointF(-dir * PanStep * (shift ? 4 : 1), 0));
            update();
        }
        break;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (contentSize().isEmpty())
            break;
        const int dir = event->key() == Qt::Key_Up ? -1 : 1;
        zoomPan().panBy(QPointF(0, -dir * PanStep * (shift ? 4 : 1)));
        update();
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}