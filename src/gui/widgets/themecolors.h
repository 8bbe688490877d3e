#pragma once

#include <QColor>
#include <QPalette>

// The few colours the app draws itself, derived from the palette so they follow light and dark
// themes. One place, so every widget says "muted" and "error" the same way.
namespace ThemeColors {

// Text that says less (captions, hints): the palette's `text` role at 62 % opacity.
inline QColor muted(const QPalette &palette, QPalette::ColorRole text = QPalette::WindowText)
{
    QColor c = palette.color(text);
    c.setAlphaF(0.62);
    return c;
}

inline bool isDark(const QPalette &palette, QPalette::ColorRole background = QPalette::Window)
{
    return palette.color(background).lightness() < 128;
}

// The error red that reads on `background`: light red on a dark surface, dark red on a light one.
inline QColor error(const QPalette &palette, QPalette::ColorRole background = QPalette::Window)
{
    return isDark(palette, background) ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc5, 0x22, 0x1f);
}

} // namespace ThemeColors
