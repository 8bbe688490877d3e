#pragma once

// Shared by the CompareCell sources.

#include "themecolors.h"

namespace CompareCellStyle {

constexpr int Radius = 8; // of the card; the image well is 2 px tighter

// Cells are cards on the Base colour.
inline QColor errorColor(const QPalette &palette)
{
    return ThemeColors::error(palette, QPalette::Base);
}

inline QColor mutedText(const QPalette &palette)
{
    return ThemeColors::muted(palette, QPalette::Text);
}

} // namespace CompareCellStyle
