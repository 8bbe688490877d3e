#pragma once

#include "generationinfo.h"

#include <QString>

// The AUTOMATIC1111 "parameters" text that tools such as A1111's "PNG Info" read:
//     <prompt>
//     Negative prompt: <negative prompt>            (only when there is one)
//     Steps: 30, Seed: 5555, Model: bria/reimagine/3.2, Provider: fal, Guidance: 5, ...
// Values containing ',', '"' or a line break are written as JSON strings (A1111's quoting).
// Long strings (image data URIs, URLs, base64) and values longer than 256 characters are left
// out; the exact record is the JSON chunk (PngMetadata).
namespace A1111Parameters {

QString format(const GenerationInfo &info);

// The inverse of format(), lossy: input keys are derived from the labels ("Rendering speed" ->
// "rendering_speed"); Seed, Model and Provider fill their own members.
GenerationInfo parse(const QString &text);

} // namespace A1111Parameters
