#pragma once

// Shared by the CompareCell sources.

#include <QColor>
#include <QPalette>

namespace CompareCellStyle {

constexpr int Radius = 8; // of the card; the image well is 2 px tighter

inline QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xf2, 0x8b, 0x82)
                                                           : QColor(0xc5, 0x22, 0x1f);
}

} // namespace CompareCellStyle
