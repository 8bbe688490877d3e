#include "verticalscrollarea.h"

#include <QScrollBar>

VerticalScrollArea::VerticalScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
