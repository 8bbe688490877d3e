#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

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

// Paints `label`'s text in `colour`. Labels on a Base background paint with the Text role,
// elsewhere with WindowText: both are set.
inline void setTextColour(QWidget *label, const QColor &colour)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, colour);
    pal.setColor(QPalette::Text, colour);
    label->setPalette(pal);
}

// Makes `label`'s text muted.
inline void mute(QWidget *label)
{
    setTextColour(label, muted(label->palette()));
}

} // namespace ThemeColors
