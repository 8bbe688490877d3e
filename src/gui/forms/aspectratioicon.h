#pragma once

#include <QIcon>
#include <QJsonValue>
#include <QSize>
#include <QString>

class QPalette;

// Small drawn rectangles that show the shape of an aspect-ratio enum value ("16:9",
// "widescreen_16_9", "portrait_4_3", "square_hd").
class AspectRatioIcon final
{
public:
    // Width:height of a value, or an invalid size when the value names no shape.
    static QSize ratioOf(const QString &value);
    // Whether the field's values are shapes worth drawing.
    static bool appliesTo(const QString &fieldName, const QString &role);
    static QIcon icon(const QString &value, const QPalette &palette);

private:
    AspectRatioIcon() = delete;
};
