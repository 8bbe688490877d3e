#pragma once

#include "sketchcleanup.h"
#include "sketchstrokes.h"
#include "structuresettings.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

// From the designer's original sketch to what is sent: the clean-up (SketchCleanup) and the
// corrections drawn over it, then the structure map of that result (StructureMaps). Both come at
// most maxSide pixels on the long side, the size uploads are limited to, so a stored map is sent
// pixel for pixel. Pure functions; store() writes a file. Any thread.
class SketchPreparation
{
    Q_DECLARE_TR_FUNCTIONS(SketchPreparation)

public:
    struct Result
    {
        QImage base;     // the cleaned sketch before the corrections
        QImage sketch;   // the sketch as it is sent (the original, scaled, when nothing changes it)
        QImage map;      // its structure map
    };

    // The PNG text key of stored sketches and maps: the JSON of what made them.
    static constexpr const char *MetadataKey = "reimagine-structure";

    static Result run(const QImage &original, const StructureSettings &settings,
                      const QList<SketchStroke> &strokes,
                      int maxSide = SketchCleanup::DefaultMaxSide);

    // True when the clean-up or corrections change the sketch, i.e. it must be stored and sent
    // instead of the original file.
    static bool changesSketch(const StructureSettings &settings, const QList<SketchStroke> &strokes);

    // Writes `image` as a PNG into `directory`, named `<name>-<content hash>.png` (the same
    // picture is stored once; `name` is shown to the designer, e.g. "sketch-cleaned"), with
    // `metadata` as JSON under MetadataKey. Returns the path, or an empty string and the reason.
    static QString store(const QImage &image, const QString &directory, const QJsonObject &metadata,
                         QString *error = nullptr, const QString &name = QString());
    // "<stem of path>-<suffix>", safe as a file name.
    static QString fileName(const QString &path, const QString &suffix);
    // The metadata store() wrote into `path`; empty when there is none.
    static QJsonObject metadataOf(const QString &path);

    // <XDG data>/reimagine-studio/sketches
    static QString defaultDirectory();
};
