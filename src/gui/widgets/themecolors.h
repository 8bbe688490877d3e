#pragma once

#include <QApplication>
#include <QColor>
#include <QEvent>
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

namespace detail {
// Keeps a label's text muted when the palette around it changes (the desktop switches to a dark
// theme while the app runs): the colour set on the label would otherwise stay the old one.
class MutedText final : public QObject
{
public:
    static constexpr char Name[] = "mutedTextFollower";

    explicit MutedText(QWidget *label)
        : QObject(label)
    {
        setObjectName(QLatin1String(Name));
        label->installEventFilter(this);
    }

    static void apply(QWidget *label)
    {
        const QPalette around = label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette(label);
        const QColor colour = muted(around);
        if (label->palette().color(QPalette::WindowText) != colour)
            setTextColour(label, colour); // its own PaletteChange then finds nothing to do
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
            apply(static_cast<QWidget *>(watched));
        return false;
    }
};
} // namespace detail

// Makes `label`'s text muted, now and after any change of the palette around it.
inline void mute(QWidget *label)
{
    if (!label->findChild<QObject *>(QLatin1String(detail::MutedText::Name), Qt::FindDirectChildrenOnly))
        new detail::MutedText(label);
    detail::MutedText::apply(label);
}

// A dark palette for Fusion, as a dark desktop theme hands one to the app: what `--dark` and the
// tests use to check that everything the app draws itself follows it.
inline QPalette darkPalette()
{
    const QColor window(0x32, 0x33, 0x36);
    const QColor base(0x24, 0x25, 0x28);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor highlight(0x3d, 0x8b, 0xe0);
    const QColor disabled(0x80, 0x82, 0x87);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.darker(115));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(112));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(130));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0c));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight.lighter(125));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

} // namespace ThemeColors
