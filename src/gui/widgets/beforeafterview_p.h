#pragma once

// Shared by the BeforeAfterView sources: layout constants and text styles.

#include "themecolors.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPalette>

namespace BeforeAfterStyle {

constexpr int FitMargin = 16;      // breathing room around the image when fitted
constexpr int PaneGap = 8;         // between the two side-by-side panes
constexpr int DividerGrab = 12;    // how near (px) the divider has to be to grab it
constexpr int GripRadius = 16;
constexpr int TagInset = 8;
constexpr int PanStep = 48;
constexpr qint64 MaxCachedPixels = 16 * 1024 * 1024;
// Images larger than this (about 2.3 megapixels) are rescaled for a new zoom level on a worker:
// a smooth rescale of a 4096 x 4096 result takes tens of milliseconds.
constexpr qint64 kRescaleOnWorkerPixels = 1536 * 1536;

inline QColor mutedText(const QPalette &palette)
{
    return ThemeColors::muted(palette, QPalette::Text);
}

inline QFont smallFont(const QFont &base, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    if (bold)
        f.setWeight(QFont::DemiBold);
    return f;
}

// A rounded, translucent plate in the window colour with a faint border (captions, notes, the
// blend bar); `r` is the plate's outer edge.
inline void paintPlate(QPainter &painter, const QPalette &palette, const QRectF &r, qreal radius,
                       qreal plateAlpha, qreal borderAlpha)
{
    QColor plate = palette.color(QPalette::Window);
    plate.setAlphaF(plateAlpha);
    QColor border = palette.color(QPalette::WindowText);
    border.setAlphaF(borderAlpha);
    painter.setPen(QPen(border, 1));
    painter.setBrush(plate);
    painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace BeforeAfterStyle
