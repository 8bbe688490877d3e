#pragma once

#include <QScrollArea>

// A scroll area that scrolls vertically only and never clips its content sideways: it asks for
// at least its content's minimum width (plus the scroll bar), so a dock holding it cannot be
// made narrower than the form inside, and the content wraps to the width it gets.
class VerticalScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int contentWidth(bool minimum) const;
};
