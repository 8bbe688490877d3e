#pragma once

#include <QJsonValue>
#include <QString>

// Readable words for what a schema names: field titles and enum value labels. fal generates
// titles from the keys ("Num Inference Steps"); a designer reads "Steps".
namespace SchemaLabels {

// "num_inference_steps" -> "Steps" (a known field), "canny_image_url" -> "Canny image",
// "guidanceScale" -> "Guidance scale".
QString humanize(const QString &name);

// The title a field shows: the schema's own, unless it is missing or only the key spelt with
// spaces (fal's generated titles), then humanize(name).
QString title(const QString &name, const QString &schemaTitle);

// "16:9" -> "16:9 landscape", "widescreen_16_9" -> "Widescreen 16:9", "square_hd" ->
// "Square HD", "BALANCED" -> "Balanced"; numbers as they are written.
QString enumLabel(const QJsonValue &value);

} // namespace SchemaLabels
