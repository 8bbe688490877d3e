#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

// How structure scores look wherever they are shown (compare cells, the history, the result
// bar): green when the sketch's lines were kept (0.7 and above), amber when partly (0.4 and
// above), red when mostly lost.
namespace ScoreBadge {

QColor colour(double score);
// A rounded pill with `text` in white on the score's colour, its top left at `topLeft`; returns
// where it was drawn.
QRectF paint(QPainter &painter, const QPointF &topLeft, const QString &text, double score, const QFont &font);

} // namespace ScoreBadge
