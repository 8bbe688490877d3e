#include "schematranslation.h"

#include <QCoreApplication>

namespace {

QString translated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(SchemaTranslation::kContext, text.toUtf8().constData());
}

void collect(const ParameterSpec &field, const QString &where, QList<SchemaTranslation::Text> *out)
{
    const QString path = where + QLatin1Char('.') + field.name;
    auto add = [out](const QString &text, const QString &comment) {
        if (!text.isEmpty())
            out->append({text, comment});
    };
    add(field.title, path + QLatin1String(": field label"));
    add(field.description, path + QLatin1String(": field tooltip"));
    for (const QString &label : field.enumLabels)
        add(label, path + QLatin1String(": choice"));
    for (const ParameterSpec &child : field.children)
        collect(child, path, out);
}

void translateField(ParameterSpec *field)
{
    field->title = translated(field->title);
    field->description = translated(field->description);
    for (QString &label : field->enumLabels)
        label = translated(label);
    for (ParameterSpec &child : field->children)
        translateField(&child);
}

} // namespace

namespace SchemaTranslation {

QList<Text> texts(const ModelSpec &model)
{
    QList<Text> out;
    if (!model.description.isEmpty())
        out.append({model.description, model.id + QLatin1String(": model description")});
    for (const ParameterSpec &field : model.fields)
        collect(field, model.id, &out);
    return out;
}

void apply(ModelSpec *model)
{
    model->description = translated(model->description);
    for (ParameterSpec &field : model->fields)
        translateField(&field);
}

} // namespace SchemaTranslation
