#pragma once

#include "model/jobtypes.h"
#include "pngmetadata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Saves result images: PNG with the generation parameters embedded (A1111 tEXt + JSON iTXt),
// JPEG or WebP (kept byte for byte when the provider sent that format). Files are written
// atomically (QSaveFile).
class ResultWriter
{
    Q_DECLARE_TR_FUNCTIONS(ResultWriter)

public:
    // "out.png" for one image; "out-1.png" ... "out-N.png" for several.
    static QStringList numberedPaths(const QString &path, int count);
    // The format a path asks for: "png", "jpeg" or "webp"; empty when unsupported.
    static QByteArray formatForPath(const QString &path);
    // A file name a designer recognises: the first words of the prompt and the seed,
    // "red-armchair-by-a-window-5555.png" ("result" without a prompt). `format`: png, jpeg, webp.
    static QString suggestedFileName(const QString &prompt, std::optional<qint64> seed, const QString &format);
    // `dir/name`, or `dir/<stem>-2.<ext>`, -3 ... whichever does not exist yet.
    static QString uniquePath(const QString &dir, const QString &name);

    static bool write(const OutputImage &image, const GenerationInfo &info, const QString &path,
                      QString *error);
    // Saves a kept result (a PNG carrying its generation record, as the history stores them)
    // as `target` in the format its extension asks for, with the same record. Safe off the GUI
    // thread.
    static bool exportKept(const QString &source, const QString &target, QString *error);
    // The same for several kept results (a history run's images, `targets` as many as
    // `sources`), each with `record` as its generation record. Stops at the first error.
    static bool exportKept(const QStringList &sources, const QStringList &targets,
                           const GenerationInfo &record, QString *error);
};
