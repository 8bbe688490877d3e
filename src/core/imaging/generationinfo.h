#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct JobOutcome;
struct ModelSpec;

// What produced a generated image. Written into the PNG by PngMetadata::embed() and read back by
// PngMetadata::read().
struct GenerationInfo
{
    QString provider;      // "fal", "segmind", "freepik"
    QString model;         // e.g. "bria/reimagine/3.2"
    QString endpoint;      // the provider endpoint that was called
    QString requestId;     // the provider's request / task id
    std::optional<qint64> seed;
    std::optional<double> costUsd;
    qint64 elapsedMs = 0;
    QDateTime created;     // stored as UTC, ISO 8601 with milliseconds
    QJsonObject inputs;    // every input value sent to the model, as sent

    // inputs["prompt"] and inputs["negative_prompt"], empty when absent.
    QString prompt() const;
    QString negativePrompt() const;

    // What a run of `model` with `values` produced, ready to embed: the seed that was used (the
    // provider's, else the one sent), `costUsd`, and the inputs with every image field named by
    // its file name only, so a saved image never reveals the designer's folders or where the
    // sketch was uploaded.
    static GenerationInfo describe(const ModelSpec &model, const QJsonObject &values, const JobOutcome &outcome,
                                   std::optional<double> costUsd, qint64 elapsedMs, const QDateTime &created);
    // `values` with image fields (single or lists) reduced to file names; data URIs become
    // "(inline image)".
    static QJsonObject portableInputs(const ModelSpec &model, const QJsonObject &values);

    // The compact JSON object stored in the iTXt chunk and its inverse.
    QJsonObject toJson() const;
    static std::optional<GenerationInfo> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const GenerationInfo &a, const GenerationInfo &b);
    friend bool operator!=(const GenerationInfo &a, const GenerationInfo &b) { return !(a == b); }
};
