#pragma once

#include <QLabel>

// A one-line label that, when narrower than its text, ends it with "…" (or drops its middle)
// instead of cutting it off. text() stays the whole text; the tool tip can show it.
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Qt::TextElideMode m_mode;
};
