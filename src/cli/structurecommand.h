#pragma once

#include "structure/cleanupsettings.h"
#include "structure/structuresettings.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

struct ModelSpec;

// The structure side of reimagine-cli: the `structure` command, the clean-up and map options it
// shares with `run`, and the structure score of `run --json`.
//
//   reimagine-cli structure --image <file> --output <file.png> [--canny LOW,HIGH]
//                           [--map canny|lineart] [--cleanup SPEC] [--sketch-output <file.png>]
//   reimagine-cli run ... [--cleanup SPEC] [--canny LOW,HIGH] [--map canny|lineart]
//
// SPEC is CleanupSettings' comma list (photo, shading=..., weight=..., invert, trim, corners=...)
// plus `corners=auto`, which finds the page in the photo.
class StructureCommand
{
    Q_DECLARE_TR_FUNCTIONS(StructureCommand)

public:
    struct Options
    {
        std::optional<CleanupSettings> cleanup;   // --cleanup
        bool detectCorners = false;               // corners=auto in --cleanup
        bool mapRequested = false;                // --canny or --map: make (and send) the map
        StructureSettings structure;              // map kind and thresholds

        // The settings a run records (clean-up on when --cleanup was given).
        StructureSettings settings() const;
        // Takes a preset's clean-up and map where the command line gave none.
        void adopt(const StructureSettings &preset);
    };

    // Result of offering one argument to takeOption().
    enum class Taken { No, Yes, Error };

    // Consumes args[i] (and its value; `--opt=value` works too) when it is one of the structure
    // options; `i` then points at the last argument used.
    static Taken takeOption(const QStringList &args, int &i, Options *options, QString *error);

    // The usage lines of `structure` and of run's structure options.
    static QString usage();

    // `reimagine-cli structure ...`; returns the exit code.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

    // For `run`, after `image` (the --image file or URL) went into the structure field: cleans
    // the sketch as asked and stores the result, which then goes into that field; for models
    // that take a ready map (Bria's canny input) and when --canny or --map was given, stores the
    // map and sends it with the model's preprocessing off. `sketchPath` becomes the sketch that
    // is sent (the reference of the structure score; empty for a URL). Notes (a map the model
    // cannot take) go to `err`.
    static bool applyToRun(const Options &options, const ModelSpec &model, const QString &image, QJsonObject *values,
                           QString *sketchPath, QTextStream &err, QString *error);

    // Adds `structure_score` (the best output's, 0-1, or null) and `structure_scores` (one per
    // output) to a `run --json` summary: every output scored against the sketch that was sent.
    static void addScores(QJsonObject *summary, const QString &sketchPath, const QStringList &outputs);

private:
    static bool prepare(const Options &options, const QImage &image, QImage *sketch, QImage *map,
                        QString *error);
};
