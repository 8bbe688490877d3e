#include "modelroles.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace {

// Candidates for the structure input, in the order a structure image is chosen for the role.
const QStringList &structureNames()
{
    static const QStringList names = {
        QStringLiteral("structure_image_url"), QStringLiteral("control_image_url"),
        QStringLiteral("canny_image_url"),     QStringLiteral("image_url"),
        QStringLiteral("image"),               QStringLiteral("depth_image_url"),
    };
    return names;
}

} // namespace

namespace ModelRoles {

QString guessRole(const QString &name)
{
    static const QHash<QString, QString> roles = {
        {QStringLiteral("prompt"), QStringLiteral("prompt")},
        {QStringLiteral("negative_prompt"), QStringLiteral("negative_prompt")},
        {QStringLiteral("seed"), QStringLiteral("seed")},
        {QStringLiteral("strength"), QStringLiteral("strength")},
        {QStringLiteral("aspect_ratio"), QStringLiteral("aspect_ratio")},
        {QStringLiteral("image_size"), QStringLiteral("aspect_ratio")},
        {QStringLiteral("num_images"), QStringLiteral("num_images")},
        {QStringLiteral("num_results"), QStringLiteral("num_images")},
    };
    return roles.value(name);
}

QString defaultGroup(const ParameterSpec &spec)
{
    static const QSet<QString> basicRoles = {
        QStringLiteral("prompt"), QStringLiteral("structure_image"), QStringLiteral("strength"),
        QStringLiteral("aspect_ratio"), QStringLiteral("seed"), QStringLiteral("num_images")};
    static const QSet<QString> basicNames = {QStringLiteral("num_inference_steps"),
                                             QStringLiteral("guidance_scale")};
    if (spec.role == QLatin1String("structure_image") && !spec.required)
        return QStringLiteral("structure");
    if (spec.required || basicRoles.contains(spec.role) || basicNames.contains(spec.name))
        return QStringLiteral("basic");
    static const QRegularExpression structureWords(
        QStringLiteral("image|canny|depth|structure|control|mask|reference"));
    if (spec.type == ParameterSpec::Type::Image || spec.type == ParameterSpec::Type::ImageList
        || spec.name.contains(QLatin1String("preprocess"))
        || (spec.type != ParameterSpec::Type::Boolean && structureWords.match(spec.name).hasMatch()))
        return QStringLiteral("structure");
    return QStringLiteral("advanced");
}

void complete(ModelSpec *model)
{
    // Roles not named by the file are guessed from the field names.
    for (const ParameterSpec &spec : std::as_const(model->fields)) {
        const QString role = spec.role.isEmpty() ? guessRole(spec.name) : spec.role;
        if (!role.isEmpty() && !model->roles.contains(role))
            model->roles.insert(role, spec.name);
    }
    if (!model->roles.contains(QStringLiteral("structure_image"))) {
        for (const QString &candidate : structureNames()) {
            const ParameterSpec *spec = model->field(candidate);
            if (spec && spec->type == ParameterSpec::Type::Image) {
                model->roles.insert(QStringLiteral("structure_image"), candidate);
                break;
            }
        }
    }
    for (auto it = model->roles.constBegin(); it != model->roles.constEnd(); ++it) {
        for (ParameterSpec &spec : model->fields) {
            if (spec.name == it.value())
                spec.role = it.key();
        }
    }
    for (ParameterSpec &spec : model->fields) {
        if (spec.role == QLatin1String("seed") && spec.isNumeric() && spec.enumValues.isEmpty())
            spec.widget = ParameterSpec::Widget::Seed;
        if (spec.group.isEmpty())
            spec.group = defaultGroup(spec);
    }
}

} // namespace ModelRoles
