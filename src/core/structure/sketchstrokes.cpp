#include "sketchstrokes.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

const QString KeyTool = QStringLiteral("tool");
const QString KeyWidth = QStringLiteral("width");
const QString KeyPoints = QStringLiteral("points");

// A stroke never gets thinner than this fraction of its full width (a light touch still draws).
constexpr double MinPressureFactor = 0.15;

} // namespace

double SketchStroke::pressureAt(int index) const
{
    if (index < 0 || index >= pressures.size())
        return 1.0;
    return std::clamp(pressures.at(index), 0.0, 1.0);
}

QJsonObject SketchStroke::toJson() const
{
    QJsonArray list;
    for (int i = 0; i < points.size(); ++i) {
        // Four decimals: a tenth of a pixel on a 2048 px sketch, and compact JSON.
        auto round4 = [](double v) { return std::round(v * 10000.0) / 10000.0; };
        QJsonArray point{round4(points.at(i).x()), round4(points.at(i).y())};
        if (i < pressures.size())
            point.append(round4(pressures.at(i)));
        list.append(point);
    }
    return QJsonObject{
        {KeyTool, tool == Tool::Eraser ? QStringLiteral("eraser") : QStringLiteral("pen")},
        {KeyWidth, width},
        {KeyPoints, list},
    };
}

std::optional<SketchStroke> SketchStroke::fromJson(const QJsonObject &json)
{
    SketchStroke stroke;
    const QString tool = json.value(KeyTool).toString();
    if (tool == QLatin1String("eraser"))
        stroke.tool = Tool::Eraser;
    else if (tool != QLatin1String("pen"))
        return std::nullopt;
    stroke.width = json.value(KeyWidth).toDouble(DefaultPenWidth);
    if (!(stroke.width > 0 && stroke.width <= 0.5))
        return std::nullopt;
    const QJsonArray points = json.value(KeyPoints).toArray();
    bool withPressure = !points.isEmpty();
    for (const QJsonValue &value : points) {
        const QJsonArray point = value.toArray();
        if (point.size() < 2 || !point.at(0).isDouble() || !point.at(1).isDouble())
            return std::nullopt;
        stroke.points.append(QPointF(point.at(0).toDouble(), point.at(1).toDouble()));
        if (point.size() >= 3)
            stroke.pressures.append(point.at(2).toDouble(1.0));
        else
            withPressure = false;
    }
    if (!withPressure)
        stroke.pressures.clear();
    if (stroke.points.isEmpty())
        return std::nullopt;
    return stroke;
}

bool SketchStroke::operator==(const SketchStroke &other) const
{
    return tool == other.tool && qFuzzyCompare(width, other.width) && points == other.points
        && pressures == other.pressures;
}

namespace SketchStrokes {

void paint(QImage *image, const QList<SketchStroke> &strokes, bool inverted)
{
    if (!image || image->isNull() || strokes.isEmpty())
        return;
    const QImage::Format original = image->format();
    QImage canvas = original == QImage::Format_RGB32 || original == QImage::Format_ARGB32_Premultiplied
        ? *image
        : image->convertToFormat(QImage::Format_RGB32);
    const QSizeF size(canvas.width(), canvas.height());
    const double longSide = std::max(size.width(), size.height());
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::Antialiasing);
        for (const SketchStroke &stroke : strokes) {
            const bool ink = (stroke.tool == SketchStroke::Tool::Pen) != inverted;
            const QColor colour = ink ? Qt::black : Qt::white;
            const double full = std::max(1.0, stroke.width * longSide);
            auto at = [&](int i) {
                return QPointF(stroke.points.at(i).x() * size.width(), stroke.points.at(i).y() * size.height());
            };
            auto widthAt = [&](int i) {
                return full * (MinPressureFactor + (1.0 - MinPressureFactor) * stroke.pressureAt(i));
            };
            if (stroke.points.size() == 1) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                const double r = widthAt(0) / 2.0;
                painter.drawEllipse(at(0), r, r);
                continue;
            }
            // Segment by segment, each as wide as the pressure at its ends: round caps join them.
            for (int i = 1; i < stroke.points.size(); ++i) {
                painter.setPen(QPen(colour, (widthAt(i - 1) + widthAt(i)) / 2.0, Qt::SolidLine, Qt::RoundCap,
                                    Qt::RoundJoin));
                painter.drawLine(at(i - 1), at(i));
            }
        }
    }
    *image = canvas.format() == original ? canvas : canvas.convertToFormat(original);
}

QJsonArray toJson(const QList<SketchStroke> &strokes)
{
    QJsonArray list;
    for (const SketchStroke &stroke : strokes)
        list.append(stroke.toJson());
    return list;
}

QList<SketchStroke> fromJson(const QJsonArray &json)
{
    QList<SketchStroke> strokes;
    for (const QJsonValue &value : json) {
        if (const std::optional<SketchStroke> stroke = SketchStroke::fromJson(value.toObject()))
            strokes.append(*stroke);
    }
    return strokes;
}

} // namespace SketchStrokes
