#include "modelcatalog.h"

#include "schemaparser.h"
#include "schematranslation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr qint64 kMaxSchemaBytes = 16 * 1024 * 1024;

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ModelCatalog::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (file.size() > kMaxSchemaBytes) {
        *error = ModelCatalog::tr("%1 is too large for a schema (%2 MB)")
                     .arg(QDir::toNativeSeparators(path)).arg(file.size() / (1024 * 1024));
        return {};
    }
    return file.readAll();
}

} // namespace

ModelCatalog::ModelCatalog(const QString &userModelDir, QObject *parent)
    : QObject(parent)
    , m_userModelDir(userModelDir)
{
}

QString ModelCatalog::defaultUserModelDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/reimagine-studio/models");
}

void ModelCatalog::reload()
{
    m_models.clear();
    m_errors.clear();
    const SchemaParser parser;

    const QDir bundled(QStringLiteral(":/models"));
    for (const QString &name : bundled.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        const QByteArray bytes = readSmallFile(bundled.filePath(name), &error);
        std::optional<ModelSpec> spec = error.isEmpty() ? parser.parseBytes(bytes, &error) : std::nullopt;
        if (!spec) {
            m_errors.append(tr("Bundled model %1: %2").arg(name, error));
            continue;
        }
        spec->source = bundled.filePath(name);
        addModel(*spec);
    }

    if (!m_userModelDir.isEmpty()) {
        const QDir user(m_userModelDir);
        for (const QString &name : user.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QString error;
            const QByteArray bytes = readSmallFile(user.filePath(name), &error);
            std::optional<ModelSpec> spec = error.isEmpty() ? parser.parseBytes(bytes, &error) : std::nullopt;
            if (!spec) {
                m_errors.append(tr("Imported model %1: %2").arg(QDir::toNativeSeparators(user.filePath(name)), error));
                continue;
            }
            if (model(spec->id)) {
                m_errors.append(tr("Imported model %1 repeats the id %2 and was skipped.")
                                    .arg(QDir::toNativeSeparators(user.filePath(name)), spec->id));
                continue;
            }
            spec->source = user.filePath(name);
            addModel(*spec);
        }
    }
    Q_EMIT modelsChanged();
}

const ModelSpec *ModelCatalog::model(const QString &id) const
{
    for (const ModelSpec &spec : m_models) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

QStringList ModelCatalog::ids() const
{
    QStringList list;
    for (const ModelSpec &spec : m_models)
        list.append(spec.id);
    return list;
}

void ModelCatalog::addModel(const ModelSpec &spec)
{
    m_models.append(spec);
    // In the designer's language where the catalogue has the words, in English otherwise.
    SchemaTranslation::apply(&m_models.last());
}

QString ModelCatalog::importFile(const QString &path, QString *error)
{
    if (m_userModelDir.isEmpty()) {
        *error = tr("No folder for imported models is configured.");
        return {};
    }
    QString readError;
    const QByteArray bytes = readSmallFile(path, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    QString parseError;
    std::optional<ModelSpec> spec = SchemaParser().parseBytes(bytes, &parseError);
    if (!spec) {
        *error = tr("%1 is not a usable model schema: %2").arg(QFileInfo(path).fileName(), parseError);
        return {};
    }
    if (spec->provider != QLatin1String("fal")) {
        *error = tr("Only fal models can be imported; %1 is a %2 model.").arg(spec->id, spec->provider);
        return {};
    }
    const ModelSpec *existing = model(spec->id);
    if (existing && existing->source.startsWith(u':')) {
        *error = tr("%1 is already in the catalog.").arg(spec->id);
        return {};
    }

    if (!QDir().mkpath(m_userModelDir)) {
        *error = tr("Cannot create %1.").arg(QDir::toNativeSeparators(m_userModelDir));
        return {};
    }
    QString fileName = spec->id;
    fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QString target = QDir(m_userModelDir).filePath(fileName + QLatin1String(".json"));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
        return {};
    }
    spec->source = target;
    if (existing) {
        // Re-importing an updated schema replaces the earlier import.
        for (ModelSpec &m : m_models) {
            if (m.id == spec->id) {
                m = *spec;
                SchemaTranslation::apply(&m);
            }
        }
    } else {
        addModel(*spec);
    }
    Q_EMIT modelsChanged();
    return spec->id;
}
