#pragma once

#include <QImage>
#include <QJsonObject>
#include <QString>

// The exported comparison: the grid under a header with the sketch and the prompt, and the
// comparison as JSON in the PNG's "reimagine-comparison" text chunk (prompt, seed, aspect, the
// sketch's file name without its folder, each cell's model, seed, cost, time and the winner).
// Safe on a worker thread.
namespace ComparisonExport {

inline constexpr char kTextKey[] = "reimagine-comparison";

// `grid` is CompareGrid::exportImage(); `sketchPath` may be empty. Returns the composed image.
QImage compose(const QImage &grid, const QString &sketchPath, const QJsonObject &record);
// compose() and save as PNG with the record; false with `error` set when it cannot.
bool save(const QImage &grid, const QString &sketchPath, const QJsonObject &record, const QString &path,
          QString *error);

} // namespace ComparisonExport
