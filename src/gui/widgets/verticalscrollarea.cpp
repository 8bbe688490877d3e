#include "verticalscrollarea.h"

#include <QEvent>
#include <QScrollBar>

VerticalScrollArea::VerticalScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the fields inside (which scroll into view), never to the area itself, which
    // would take the focus without showing it.
    setFocusPolicy(Qt::NoFocus);
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The content's minimum changed (a row appeared, a label got longer, the style polished
    // it): the dock holding this area has to ask again.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

int VerticalScrollArea::contentWidth(bool minimum) const
{
    if (!widget())
        return 0;
    const QSize content = minimum ? widget()->minimumSizeHint() : widget()->sizeHint();
    return content.width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
}

QSize VerticalScrollArea::sizeHint() const
{
    QSize hint = QScrollArea::sizeHint();
    if (widget())
        hint.setWidth(contentWidth(true));
    return hint;
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    QSize hint = QScrollArea::minimumSizeHint();
    if (widget())
        hint.setWidth(contentWidth(true));
    return hint;
}
