#pragma once

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointF>

#include <optional>

// One pen or eraser stroke drawn over a sketch. Positions are fractions of the image's width and
// height and the width a fraction of its long side, so strokes fit the sketch at any resolution.
struct SketchStroke
{
    enum class Tool { Pen, Eraser };

    static constexpr double DefaultPenWidth = 0.004;
    static constexpr double DefaultEraserWidth = 0.03;

    Tool tool = Tool::Pen;
    double width = DefaultPenWidth;   // at full pressure
    QList<QPointF> points;
    QList<double> pressures;          // 0-1 per point (a tablet pen); empty: full pressure

    double pressureAt(int index) const;

    QJsonObject toJson() const;
    static std::optional<SketchStroke> fromJson(const QJsonObject &json);

    bool operator==(const SketchStroke &other) const;
};

namespace SketchStrokes {

// Paints the strokes onto `image`: the pen in black ink, the eraser in white paper; on an
// inverted sketch (`inverted`) the pen in white and the eraser in black, which is the same as
// painting first and inverting afterwards. Keeps the image's format.
void paint(QImage *image, const QList<SketchStroke> &strokes, bool inverted = false);

QJsonArray toJson(const QList<SketchStroke> &strokes);
QList<SketchStroke> fromJson(const QJsonArray &json);

} // namespace SketchStrokes
