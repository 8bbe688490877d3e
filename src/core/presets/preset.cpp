#include "preset.h"

#include "schema/modelcatalog.h"
#include "schema/modelspec.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

std::optional<double> Preset::ratioOf(const QString &value)
{
    if (value.startsWith(QLatin1String("square")))
        return 1.0;
    static const QRegularExpression re(QStringLiteral("(\\d+)[:_](\\d+)$"));
    const auto m = re.match(value);
    if (!m.hasMatch() || m.captured(2).toDouble() == 0)
        return std::nullopt;
    double ratio = m.captured(1).toDouble() / m.captured(2).toDouble();
    // fal writes "portrait_16_9" for 9:16: the word gives the orientation, the numbers the shape.
    if ((value.startsWith(QLatin1String("portrait")) && ratio > 1)
        || (value.startsWith(QLatin1String("landscape")) && ratio < 1))
        ratio = 1.0 / ratio;
    return ratio;
}

namespace {

// The value of `enumValues` whose ratio is nearest to `ratio` (by the distance of their
// logarithms, so 2:1 and 1:2 are as far from 1:1), if nearer than `within`; empty when none is.
QString nearestRatioValue(const QJsonArray &enumValues, const QString &ratio, double within)
{
    const std::optional<double> wanted = Preset::ratioOf(ratio);
    if (!wanted || *wanted <= 0)
        return {};
    QString best;
    double bestDistance = within;
    for (const QJsonValue &v : enumValues) {
        const std::optional<double> r = Preset::ratioOf(v.toString());
        if (!r || *r <= 0)
            continue;
        const double distance = std::fabs(std::log(*r / *wanted));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = v.toString();
        }
    }
    return best;
}

} // namespace

QString Preset::closestAspectValue(const QJsonArray &enumValues, const QString &ratio)
{
    return nearestRatioValue(enumValues, ratio, 0.1);
}

QString Preset::nearestAspectValue(const QJsonArray &enumValues, const QString &ratio)
{
    return nearestRatioValue(enumValues, ratio, std::numeric_limits<double>::max());
}

std::optional<Preset> Preset::fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(QLatin1String("format")).toString() != QLatin1String("reimagine-studio-preset")) {
        *error = tr("This is not a Reimagine Studio preset (its \"format\" is missing or different).");
        return std::nullopt;
    }
    const int version = object.value(QLatin1String("version")).toInt();
    if (version < 1 || version > kFormatVersion) {
        *error = tr("The preset has format version %1; this version of the app reads version %2.")
                     .arg(version).arg(kFormatVersion);
        return std::nullopt;
    }
    Preset preset;
    preset.name = object.value(QLatin1String("name")).toString();
    preset.intent = object.value(QLatin1String("intent")).toObject();
    const QJsonObject models = object.value(QLatin1String("models")).toObject();
    for (auto it = models.constBegin(); it != models.constEnd(); ++it) {
        if (!it.value().isObject()) {
            *error = tr("The preset's values for %1 are not an object.").arg(it.key());
            return std::nullopt;
        }
        preset.modelValues.insert(it.key(), it.value().toObject());
    }
    if (object.contains(QLatin1String("structure"))) {
        QString structureError;
        preset.structure = StructureSettings::fromJson(object.value(QLatin1String("structure")).toObject(), &structureError);
        if (!preset.structure) {
            *error = tr("The preset's structure settings are invalid: %1").arg(structureError);
            return std::nullopt;
        }
        preset.structure->cleanup.corners.clear();
    }
    const QString policy = preset.intent.value(QLatin1String("seed_policy")).toString();
    if (!policy.isEmpty() && policy != QLatin1String("fixed") && policy != QLatin1String("random")
        && policy != QLatin1String("increment")) {
        *error = tr("Unknown seed policy '%1' (fixed, random or increment).").arg(policy);
        return std::nullopt;
    }
    return preset;
}

std::optional<Preset> Preset::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the preset %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("The preset %1 is too large to be a preset.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The preset %1 is not valid JSON: %2").arg(QFileInfo(path).fileName(), parseError.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

QJsonObject Preset::toJson() const
{
    QJsonObject models;
    for (auto it = modelValues.constBegin(); it != modelValues.constEnd(); ++it)
        models.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("reimagine-studio-preset")},
                  {QStringLiteral("version"), kFormatVersion},
                  {QStringLiteral("name"), name}};
    if (!intent.isEmpty())
        o.insert(QStringLiteral("intent"), intent);
    if (!models.isEmpty())
        o.insert(QStringLiteral("models"), models);
    if (structure) {
        StructureSettings portable = *structure;
        portable.cleanup.corners.clear();
        o.insert(QStringLiteral("structure"), portable.toJson());
    }
    return o;
}

QJsonObject Preset::applyTo(const ModelSpec &model, QJsonObject values, const QString &userPrompt) const
{
    auto setRole = [&](const QString &role, const QJsonValue &value) {
        const ParameterSpec *spec = model.fieldForRole(role);
        if (spec && !value.isUndefined() && !value.isNull())
            values.insert(spec->name, value);
    };

    const QString promptTemplate = intent.value(QLatin1String("prompt_template")).toString();
    if (!promptTemplate.isEmpty()) {
        QString prompt = promptTemplate;
        prompt.replace(QLatin1String("{prompt}"), userPrompt);
        setRole(QStringLiteral("prompt"), prompt.trimmed());
    }
    setRole(QStringLiteral("negative_prompt"), intent.value(QLatin1String("negative_prompt")));
    if (intent.value(QLatin1String("seed_policy")).toString() != QLatin1String("random"))
        setRole(QStringLiteral("seed"), intent.value(QLatin1String("seed")));

    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("strength"));
        spec && intent.value(QLatin1String("strength")).isDouble()) {
        // Strength is 0–1 in the intent; scale it onto the field's own range.
        const double s = qBound(0.0, intent.value(QLatin1String("strength")).toDouble(), 1.0);
        const double lo = spec->minimum.value_or(0.0);
        const double hi = spec->maximum.value_or(1.0);
        // Rounded to what a form shows (two decimals), so the value sent is the value shown.
        double v = std::round((lo + s * (hi - lo)) * 100.0) / 100.0;
        if (spec->type == ParameterSpec::Type::Integer)
            v = std::round(v);
        values.insert(spec->name, qBound(lo, v, hi));
    }
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("aspect_ratio"))) {
        const QString ratio = intent.value(QLatin1String("aspect_ratio")).toString();
        const QString mapped = closestAspectValue(spec->enumValues, ratio);
        if (!mapped.isEmpty())
            values.insert(spec->name, mapped);
    }
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("num_images"));
        spec && intent.value(QLatin1String("num_images")).isDouble()) {
        qint64 n = intent.value(QLatin1String("num_images")).toInteger();
        if (spec->maximum)
            n = qMin<qint64>(n, static_cast<qint64>(*spec->maximum));
        values.insert(spec->name, n);
    }

    const QJsonObject exact = modelValues.value(model.id);
    for (auto it = exact.constBegin(); it != exact.constEnd(); ++it) {
        const ParameterSpec *spec = model.field(it.key());
        if (spec && isFileField(*spec))
            continue; // the designer's own sketch and images stay as they are
        values.insert(it.key(), it.value());
    }
    return values;
}

QString Preset::applicationNote(const ModelSpec &model, const ModelCatalog *catalog) const
{
    struct Part
    {
        const char *key;
        const char *role;
        const char *words;
    };
    static const Part parts[] = {
        {"prompt_template", "prompt", QT_TRANSLATE_NOOP("Preset", "prompt")},
        {"negative_prompt", "negative_prompt", QT_TRANSLATE_NOOP("Preset", "negative prompt")},
        {"seed", "seed", QT_TRANSLATE_NOOP("Preset", "seed")},
        {"strength", "strength", QT_TRANSLATE_NOOP("Preset", "strength")},
        {"aspect_ratio", "aspect_ratio", QT_TRANSLATE_NOOP("Preset", "aspect ratio")},
        {"num_images", "num_images", QT_TRANSLATE_NOOP("Preset", "number of images")},
    };
    QStringList applied;
    QStringList skipped;
    for (const Part &part : parts) {
        const QJsonValue value = intent.value(QLatin1String(part.key));
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
            continue;
        if (QLatin1String(part.key) == QLatin1String("seed")
            && intent.value(QLatin1String("seed_policy")).toString() == QLatin1String("random"))
            continue;
        const QString words = tr(part.words);
        if (model.fieldForRole(QLatin1String(part.role)))
            applied.append(words);
        else
            skipped.append(tr("%1 (%2 has no such setting)").arg(words, model.title));
    }
    if (modelValues.contains(model.id))
        applied.append(tr("its exact values for this model"));
    for (auto it = modelValues.constBegin(); it != modelValues.constEnd(); ++it) {
        if (it.key() == model.id || it.value().isEmpty())
            continue;
        const ModelSpec *other = catalog ? catalog->model(it.key()) : nullptr;
        skipped.append(tr("the exact values saved for %1").arg(other ? other->title : it.key()));
    }
    if (skipped.isEmpty())
        return {};
    const QString done = applied.isEmpty() ? tr("Nothing of preset “%1” applies to %2.").arg(name, model.title)
                                           : tr("Preset “%1” applied to %2: %3.").arg(name, model.title, applied.join(QStringLiteral(", ")));
    return done + QLatin1Char(' ') + tr("Not applied: %1.").arg(skipped.join(QStringLiteral("; ")));
}

bool Preset::isFileField(const ParameterSpec &field)
{
    return field.type == ParameterSpec::Type::Image || field.type == ParameterSpec::Type::ImageList;
}

QStringList Preset::dropFileFields(const ModelCatalog &catalog)
{
    QStringList notes;
    for (auto it = modelValues.begin(); it != modelValues.end();) {
        const ModelSpec *model = catalog.model(it.key());
        if (!model) {
            notes.append(tr("The values for %1 were ignored: that model is not in the catalog.").arg(it.key()));
            it = modelValues.erase(it);
            continue;
        }
        QJsonObject &values = it.value();
        for (const ParameterSpec &field : model->fields) {
            if (isFileField(field) && values.contains(field.name)) {
                values.remove(field.name);
                notes.append(tr("%1: %2 was ignored; a preset never chooses which file is sent.")
                                 .arg(model->title.isEmpty() ? model->id : model->title,
                                      field.title.isEmpty() ? field.name : field.title));
            }
        }
        ++it;
    }
    return notes;
}
