#include "structurecommand.h"

#include "clirunner.h"

#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"
#include "schema/modelspec.h"
#include "structure/sketchcleanup.h"
#include "structure/sketchpreparation.h"
#include "structure/structureinputs.h"
#include "structure/structurescore.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>

namespace {

// Splits "--opt=value" into the option and its inline value.
QString optionName(const QString &arg, QString *inlineValue, bool *hasInline)
{
    *hasInline = false;
    if (arg.startsWith(QLatin1String("--")) && arg.contains(u'=')) {
        const int eq = static_cast<int>(arg.indexOf(u'='));
        *inlineValue = arg.mid(eq + 1);
        *hasInline = true;
        return arg.left(eq);
    }
    return arg;
}

bool writePng(const QImage &image, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = StructureCommand::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        *error = StructureCommand::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        return false;
    }
    return true;
}

QJsonObject metadataFor(const StructureSettings &settings, const QString &kind, const QString &source)
{
    QJsonObject json = settings.toJson();
    json.insert(QStringLiteral("kind"), kind);
    json.insert(QStringLiteral("source"), source);
    return json;
}

} // namespace

StructureSettings StructureCommand::Options::settings() const
{
    StructureSettings s = structure;
    s.cleanupEnabled = cleanup.has_value();
    s.cleanup = cleanup.value_or(CleanupSettings::none());
    s.sendMap = mapRequested;
    return s;
}

void StructureCommand::Options::adopt(const StructureSettings &preset)
{
    if (!cleanup && preset.cleanupEnabled)
        cleanup = preset.cleanup;
    if (!mapRequested && preset.sendMap) {
        mapRequested = true;
        structure.map = preset.map;
        structure.cannyLow = preset.cannyLow;
        structure.cannyHigh = preset.cannyHigh;
    }
}

StructureCommand::Taken StructureCommand::takeOption(const QStringList &args, int &i, Options *options,
                                                     QString *error)
{
    QString inlineValue;
    bool hasInline = false;
    const QString name = optionName(args.at(i), &inlineValue, &hasInline);
    if (name != QLatin1String("--cleanup") && name != QLatin1String("--canny") && name != QLatin1String("--map"))
        return Taken::No;
    QString value = inlineValue;
    if (!hasInline) {
        if (i + 1 >= args.size()) {
            *error = tr("%1 needs a value").arg(name);
            return Taken::Error;
        }
        value = args.at(++i);
    }
    if (name == QLatin1String("--cleanup")) {
        // corners=auto needs the image: it is resolved when the image is read.
        QStringList items = value.split(u',', Qt::SkipEmptyParts);
        const bool autoCorners = items.removeAll(QStringLiteral("corners=auto")) > 0;
        std::optional<CleanupSettings> cleanup = items.isEmpty() && autoCorners
            ? std::optional<CleanupSettings>(CleanupSettings::none())
            : CleanupSettings::fromSpec(items.join(u','), error);
        if (!cleanup) {
            *error = tr("--cleanup: %1").arg(*error);
            return Taken::Error;
        }
        options->cleanup = cleanup;
        options->detectCorners = autoCorners;
    } else if (name == QLatin1String("--canny")) {
        if (!StructureSettings::parseCanny(value, &options->structure.cannyLow, &options->structure.cannyHigh, error)) {
            *error = tr("--canny: %1").arg(*error);
            return Taken::Error;
        }
        options->mapRequested = true;
    } else {
        const std::optional<StructureSettings::MapKind> kind = StructureSettings::mapFromName(value);
        if (!kind) {
            *error = tr("--map takes canny or lineart, got '%1'").arg(value);
            return Taken::Error;
        }
        options->structure.map = *kind;
        options->mapRequested = true;
    }
    return Taken::Yes;
}

bool StructureCommand::prepare(const Options &options, const QImage &image, QImage *sketch, QImage *map,
                               QString *error)
{
    Options resolved = options;
    if (options.cleanup && options.detectCorners) {
        const std::optional<QList<QPointF>> corners = SketchCleanup::detectPage(image);
        if (!corners) {
            *error = tr("--cleanup corners=auto: no page found in the image; give the corners as "
                        "corners=x:y/x:y/x:y/x:y");
            return false;
        }
        resolved.cleanup->corners = *corners;
    }
    const SketchPreparation::Result result = SketchPreparation::run(image, resolved.settings(), {});
    if (result.sketch.isNull() || result.map.isNull()) {
        *error = tr("the image could not be processed");
        return false;
    }
    *sketch = result.sketch;
    *map = result.map;
    return true;
}

int StructureCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto fail = [&err](int code, const QString &message) {
        err << "reimagine-cli: " << message << Qt::endl;
        return code;
    };
    Options options;
    QString imagePath;
    QString outputPath;
    QString sketchOutput;
    for (int i = 0; i < args.size(); ++i) {
        QString error;
        const Taken taken = takeOption(args, i, &options, &error);
        if (taken == Taken::Error)
            return fail(ExitCode::InvalidInput, error);
        if (taken == Taken::Yes)
            continue;
        QString inlineValue;
        bool hasInline = false;
        const QString name = optionName(args.at(i), &inlineValue, &hasInline);
        QString *target = name == QLatin1String("--image")           ? &imagePath
                          : name == QLatin1String("--output")        ? &outputPath
                          : name == QLatin1String("--sketch-output") ? &sketchOutput
                                                                     : nullptr;
        if (!target)
            return fail(ExitCode::InvalidInput, tr("'structure' does not take '%1'").arg(args.at(i)));
        if (hasInline) {
            *target = inlineValue;
        } else if (i + 1 < args.size()) {
            *target = args.at(++i);
        } else {
            return fail(ExitCode::InvalidInput, tr("%1 needs a value").arg(name));
        }
    }
    if (imagePath.isEmpty())
        return fail(ExitCode::InvalidInput, tr("--image is required"));
    if (outputPath.isEmpty())
        return fail(ExitCode::InvalidInput, tr("--output is required"));
    for (const QString &path : {outputPath, sketchOutput}) {
        if (path.isEmpty())
            continue;
        if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            return fail(ExitCode::InvalidInput, tr("maps and sketches are written as PNG: '%1' must end in .png")
                                                    .arg(QFileInfo(path).fileName()));
        if (!QFileInfo(path).absoluteDir().exists())
            return fail(ExitCode::InvalidInput, tr("the folder of %1 does not exist")
                                                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    const ImageLoader::Result loaded = ImageLoader::loadFile(imagePath);
    if (!loaded.ok())
        return fail(ExitCode::InvalidInput, tr("--image: %1").arg(loaded.error));

    QImage sketch;
    QImage map;
    QString error;
    if (!prepare(options, loaded.image, &sketch, &map, &error))
        return fail(ExitCode::InvalidInput, error);
    if (!writePng(map, outputPath, &error))
        return fail(ExitCode::InvalidInput, error);
    if (!sketchOutput.isEmpty() && !writePng(sketch, sketchOutput, &error))
        return fail(ExitCode::InvalidInput, error);
    out << QFileInfo(outputPath).absoluteFilePath() << Qt::endl;
    if (!sketchOutput.isEmpty())
        out << QFileInfo(sketchOutput).absoluteFilePath() << Qt::endl;
    return ExitCode::Ok;
}

QString StructureCommand::usage()
{
    return QStringLiteral(
        "  reimagine-cli run ... [--cleanup SPEC] [--canny LOW,HIGH] [--map canny|lineart]\n"
        "  reimagine-cli structure --image <file> --output <file.png> [--canny LOW,HIGH]\n"
        "                    [--map canny|lineart] [--cleanup SPEC] [--sketch-output <file.png>]\n"
        "\n"
        "SPEC: photo, shading=off|even|threshold, size=N, offset=N, weight=-3..3, invert, trim,\n"
        "padding=N, corners=auto or corners=x:y/x:y/x:y/x:y (e.g. --cleanup photo,corners=auto).\n");
}

bool StructureCommand::applyToRun(const Options &options, const ModelSpec &model, const QString &image,
                                  QJsonObject *values, QString *sketchPath, QTextStream &err, QString *error)
{
    *sketchPath = ImagePreparer::isWebUrl(image) ? QString() : image;
    if ((!options.cleanup && !options.mapRequested) || sketchPath->isEmpty())
        return true;
    const std::optional<StructureInputs::MapInput> mapInput = StructureInputs::mapInput(model);
    if (options.mapRequested && !mapInput) {
        err << "reimagine-cli: note: "
            << tr("%1 derives its own structure from the sketch; --canny and --map only change what `structure` "
                  "writes")
                   .arg(model.id)
            << Qt::endl;
    }
    const QString source = *sketchPath;
    const ImageLoader::Result loaded = ImageLoader::loadFile(source);
    if (!loaded.ok()) {
        *error = tr("--image: %1").arg(loaded.error);
        return false;
    }
    QImage sketch;
    QImage map;
    if (!prepare(options, loaded.image, &sketch, &map, error))
        return false;
    const QString directory = SketchPreparation::defaultDirectory();
    const StructureSettings settings = options.settings();
    const ParameterSpec *field = model.fieldForRole(QStringLiteral("structure_image"));
    if (options.cleanup) {
        const QString stored = SketchPreparation::store(sketch, directory, metadataFor(settings, QStringLiteral("sketch"), source),
                                                        error, SketchPreparation::fileName(source, QStringLiteral("cleaned")));
        if (stored.isEmpty())
            return false;
        *sketchPath = stored;
        if (field)
            values->insert(field->name, stored);
    }
    if (options.mapRequested && mapInput) {
        const QString kind = StructureSettings::mapName(settings.map);
        const QString stored = SketchPreparation::store(map, directory, metadataFor(settings, kind, source), error,
                                                        SketchPreparation::fileName(source, kind));
        if (stored.isEmpty())
            return false;
        *values = StructureInputs::withMap(model, *values, stored);
    }
    return true;
}

void StructureCommand::addScores(QJsonObject *summary, const QString &sketchPath, const QStringList &outputs)
{
    QJsonArray scores;
    std::optional<double> best;
    const ImageLoader::Result sketch = sketchPath.isEmpty() ? ImageLoader::Result() : ImageLoader::loadFile(sketchPath);
    for (const QString &output : outputs) {
        const ImageLoader::Result result = sketch.ok() && !sketch.image.isNull() ? ImageLoader::loadFile(output)
                                                                                  : ImageLoader::Result();
        const StructureScore score = result.ok() && !result.image.isNull()
            ? StructureScore::compute(sketch.image, result.image)
            : StructureScore();
        if (!score.valid) {
            scores.append(QJsonValue::Null);
            continue;
        }
        // Three decimals: the precision the score has.
        const double rounded = std::round(score.fscore * 1000.0) / 1000.0;
        scores.append(rounded);
        best = best ? std::max(*best, rounded) : rounded;
    }
    summary->insert(QStringLiteral("structure_score"), best ? QJsonValue(*best) : QJsonValue(QJsonValue::Null));
    summary->insert(QStringLiteral("structure_scores"), scores);
}
