#pragma once

#include <QIcon>
#include <QString>

#include <functional>

class QPainter;

// The UI's bundled stroke icons (resources/icons/<name>.svg, compiled in as :/icons/).
// One consistent set on every platform; a theme icon is used only if a bundled one is missing.
class AppIcons final
{
public:
    static QIcon icon(const QString &name);
    // An icon the app draws itself (a colour dot, a swatch) with `draw` on a `unit` x `unit`
    // canvas, rendered at 1x, 1.5x, 2x and 3x so it stays crisp on scaled screens.
    static QIcon drawn(int unit, const std::function<void(QPainter &)> &draw);

private:
    AppIcons() = delete;
};
