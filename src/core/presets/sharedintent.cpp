#include "sharedintent.h"

#include "preset.h"

#include "schema/modelspec.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <numeric>

namespace {

std::pair<double, double> rangeOf(const ParameterSpec &spec)
{
    const double lo = spec.minimum.value_or(0.0);
    const double hi = spec.maximum.value_or(1.0);
    return {lo, hi > lo ? hi : lo + 1.0};
}

} // namespace

SharedIntent SharedIntent::fromValues(const ModelSpec &model, const QJsonObject &values)
{
    return fromValues(model, values, SharedIntent());
}

SharedIntent SharedIntent::fromValues(const ModelSpec &model, const QJsonObject &values, const SharedIntent &previous)
{
    SharedIntent intent = previous;
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("prompt")))
        intent.prompt = values.value(spec->name).toString();
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("negative_prompt"))) {
        const QString text = values.value(spec->name).toString();
        if (text == spec->defaultValue.toString())
            intent.negativePrompt.reset();
        else
            intent.negativePrompt = text;
    }
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("seed"))) {
        const QJsonValue seed = values.value(spec->name);
        if (seed.isDouble())
            intent.seed = seed.toInteger();
        else
            intent.seed.reset();
    }
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("strength")); spec) {
        const QJsonValue value = values.value(spec->name);
        if (value.isDouble()) {
            const auto [lo, hi] = rangeOf(*spec);
            intent.strength = std::round(qBound(0.0, (value.toDouble() - lo) / (hi - lo), 1.0) * 100.0) / 100.0;
        }
    }
    return intent;
}

QJsonObject SharedIntent::applyTo(const ModelSpec &model, QJsonObject values, const QString &sketchRatio) const
{
    Preset preset;
    QJsonObject mapped{{QStringLiteral("seed_policy"), QStringLiteral("fixed")}};
    if (seed)
        mapped.insert(QStringLiteral("seed"), *seed);
    if (strength)
        mapped.insert(QStringLiteral("strength"), *strength);
    preset.intent = mapped;
    values = preset.applyTo(model, values, QString());

    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("prompt")))
        values.insert(spec->name, prompt);
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("negative_prompt"))) {
        if (negativePrompt)
            values.insert(spec->name, *negativePrompt);
        else if (spec->hasDefault())
            values.insert(spec->name, spec->defaultValue);
        else
            values.remove(spec->name);
    }
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("seed")); spec && !seed)
        values.remove(spec->name);
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("aspect_ratio"))) {
        const QString wanted = aspect.isEmpty() ? sketchRatio : aspect;
        const QString value = wanted.isEmpty() ? QString() : Preset::nearestAspectValue(spec->enumValues, wanted);
        if (!value.isEmpty())
            values.insert(spec->name, value);
    }
    return values;
}

QJsonObject SharedIntent::toCompareIntent(const QString &sketchRatio) const
{
    QJsonObject o{{QStringLiteral("prompt"), prompt.trimmed()}};
    if (negativePrompt && !negativePrompt->trimmed().isEmpty())
        o.insert(QStringLiteral("negative_prompt"), negativePrompt->trimmed());
    if (seed)
        o.insert(QStringLiteral("seed"), *seed);
    if (strength)
        o.insert(QStringLiteral("strength"), *strength);
    const QString ratio = aspect.isEmpty() ? sketchRatio : aspect;
    if (!ratio.isEmpty())
        o.insert(QStringLiteral("aspect"), ratio);
    return o;
}

QString SharedIntent::ratioText(const QSize &size)
{
    if (size.width() <= 0 || size.height() <= 0)
        return {};
    const int d = std::gcd(size.width(), size.height());
    return QStringLiteral("%1:%2").arg(size.width() / d).arg(size.height() / d);
}

QString SharedIntent::ratioOfImageFile(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return {};
    QImageReader reader(path);
    QSize size = reader.size();
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    return ratioText(size);
}

QString SharedIntent::ratioOfValue(const QString &value)
{
    if (value.startsWith(QLatin1String("square")))
        return QStringLiteral("1:1");
    static const QRegularExpression re(QStringLiteral("(\\d+)[:_](\\d+)$"));
    const auto m = re.match(value);
    const std::optional<double> ratio = Preset::ratioOf(value);
    if (!m.hasMatch() || !ratio)
        return {};
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    // "portrait_16_9" names 9:16: keep the orientation the word gives.
    const bool wide = *ratio >= 1.0;
    return wide ? QStringLiteral("%1:%2").arg(qMax(a, b)).arg(qMin(a, b))
                : QStringLiteral("%1:%2").arg(qMin(a, b)).arg(qMax(a, b));
}

QJsonObject SharedIntent::toJson() const
{
    QJsonObject o{{QStringLiteral("prompt"), prompt}, {QStringLiteral("seed_locked"), seedLocked}};
    if (negativePrompt)
        o.insert(QStringLiteral("negative_prompt"), *negativePrompt);
    if (seed)
        o.insert(QStringLiteral("seed"), *seed);
    if (strength)
        o.insert(QStringLiteral("strength"), *strength);
    if (!aspect.isEmpty())
        o.insert(QStringLiteral("aspect"), aspect);
    return o;
}

SharedIntent SharedIntent::fromJson(const QJsonObject &o)
{
    SharedIntent intent;
    intent.prompt = o.value(QLatin1String("prompt")).toString();
    intent.seedLocked = o.value(QLatin1String("seed_locked")).toBool();
    if (o.value(QLatin1String("negative_prompt")).isString())
        intent.negativePrompt = o.value(QLatin1String("negative_prompt")).toString();
    if (o.value(QLatin1String("seed")).isDouble())
        intent.seed = o.value(QLatin1String("seed")).toInteger();
    if (o.value(QLatin1String("strength")).isDouble())
        intent.strength = qBound(0.0, o.value(QLatin1String("strength")).toDouble(), 1.0);
    if (Preset::ratioOf(o.value(QLatin1String("aspect")).toString()))
        intent.aspect = o.value(QLatin1String("aspect")).toString();
    return intent;
}

bool SharedIntent::operator==(const SharedIntent &other) const
{
    return prompt == other.prompt && negativePrompt == other.negativePrompt && seed == other.seed
           && seedLocked == other.seedLocked && strength == other.strength && aspect == other.aspect;
}
