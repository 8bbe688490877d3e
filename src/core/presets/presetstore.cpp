#include "presetstore.h"

#include "base/damagedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

constexpr int kMaxStemLength = 100;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isForbidden(QChar c)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
           || forbidden.contains(c);
}

} // namespace

PresetStore::PresetStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
    reload();
}

QString PresetStore::corruptDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("corrupt"));
}

bool PresetStore::isDamaged(const QString &path)
{
    // Left in place: a file that cannot be opened (permissions: not ours to judge) and a preset
    // of a newer format version (for the app that wrote it).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // A file larger than a preset can be does not parse when cut there either.
    const QJsonObject object = QJsonDocument::fromJson(file.read(Preset::kMaxFileBytes)).object();
    return !(object.value(QLatin1String("format")).toString() == QLatin1String("reimagine-studio-preset")
             && object.value(QLatin1String("version")).toInt() > Preset::kFormatVersion);
}

QString PresetStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QLatin1String("/reimagine-studio/presets");
}

void PresetStore::reload()
{
    QList<Entry> entries;
    QStringList errors;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")},
                                                  QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        QString error;
        std::optional<Preset> preset = Preset::load(info.absoluteFilePath(), &error);
        if (!preset) {
            if (!isDamaged(info.absoluteFilePath())) {
                errors.append(tr("%1: %2").arg(info.fileName(), error));
                continue;
            }
            QString moveError;
            const QString moved = DamagedFile::moveInto(info.absoluteFilePath(), corruptDirectory(), &moveError);
            if (moved.isEmpty()) {
                errors.append(tr("%1: %2 It could not be moved aside: %3").arg(info.fileName(), error, moveError));
                continue;
            }
            m_movedAside.append(tr("%1: %2 It was moved to %3.")
                                    .arg(info.fileName(), error, QDir::toNativeSeparators(moved)));
            continue;
        }
        preset->name = preset->name.trimmed();
        if (preset->name.isEmpty())
            preset->name = info.completeBaseName();
        const QStringList notes = m_catalog ? preset->dropFileFields(*m_catalog) : QStringList();
        const bool duplicate = std::any_of(entries.cbegin(), entries.cend(), [&](const Entry &e) {
            return e.preset.name == preset->name;
        });
        if (duplicate) {
            errors.append(tr("%1: another file already holds a preset named \u201c%2\u201d.")
                              .arg(info.fileName(), preset->name));
            continue;
        }
        entries.append({*preset, info.absoluteFilePath(), notes});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int c = a.preset.name.compare(b.preset.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.preset.name < b.preset.name;
    });
    m_entries = entries;
    m_errors = m_movedAside + errors;
    Q_EMIT changed();
}

QStringList PresetStore::names() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        result.append(e.preset.name);
    return result;
}

int PresetStore::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).preset.name == wanted)
            return i;
    }
    return -1;
}

bool PresetStore::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

std::optional<Preset> PresetStore::preset(const QString &name) const
{
    const int i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_entries.at(i).preset;
}

QString PresetStore::filePath(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? QString() : m_entries.at(i).filePath;
}

QString PresetStore::sanitizedFileName(const QString &name)
{
    QString stem;
    stem.reserve(name.size());
    bool lastWasReplacement = false;
    for (const QChar c : name) {
        if (isForbidden(c)) {
            if (!lastWasReplacement)
                stem.append(QLatin1Char('_'));
            lastWasReplacement = true;
        } else {
            stem.append(c);
            lastWasReplacement = false;
        }
    }
    // No hidden files, no "..", no names Windows trims or refuses.
    auto isTrimmed = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('_') || c.isSpace();
    };
    while (!stem.isEmpty() && isTrimmed(stem.front()))
        stem.remove(0, 1);
    while (!stem.isEmpty() && isTrimmed(stem.back()))
        stem.chop(1);
    stem.replace(QLatin1String(".."), QLatin1String("."));
    if (stem.size() > kMaxStemLength) {
        stem.truncate(kMaxStemLength);
        if (stem.back().isHighSurrogate())
            stem.chop(1);
        while (!stem.isEmpty() && isTrimmed(stem.back()))
            stem.chop(1);
    }
    static const QStringList reserved{
        QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),  QStringLiteral("NUL"),
        QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"), QStringLiteral("COM4"),
        QStringLiteral("COM5"), QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
        QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3"),
        QStringLiteral("LPT4"), QStringLiteral("LPT5"), QStringLiteral("LPT6"), QStringLiteral("LPT7"),
        QStringLiteral("LPT8"), QStringLiteral("LPT9")};
    if (reserved.contains(stem.section(QLatin1Char('.'), 0, 0), Qt::CaseInsensitive))
        stem.prepend(QLatin1Char('_'));
    if (stem.isEmpty())
        stem = QStringLiteral("preset");
    return stem;
}

QString PresetStore::uniqueName(const QString &name) const
{
    const QString base = name.trimmed();
    if (!contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!contains(candidate))
            return candidate;
    }
}

// A file path for `name` that holds no other preset: "<stem>.json", else "<stem>-2.json" …
// `allowedExisting` is a file that may be reused (the preset's own file).
QString PresetStore::freeFilePath(const QString &name, const QString &allowedExisting) const
{
    const QDir dir(m_directory);
    const QString stem = sanitizedFileName(name);
    for (int n = 1;; ++n) {
        const QString fileName = n == 1 ? stem + QLatin1String(".json")
                                        : QStringLiteral("%1-%2.json").arg(stem).arg(n);
        const QString path = dir.absoluteFilePath(fileName);
        if (!QFileInfo::exists(path))
            return path;
        if (!allowedExisting.isEmpty() && QFileInfo(path) == QFileInfo(allowedExisting))
            return path;
    }
}

bool PresetStore::ensureDirectory(QString *error) const
{
    if (QDir().mkpath(m_directory))
        return true;
    setError(error, tr("Cannot create the presets folder %1.").arg(QDir::toNativeSeparators(m_directory)));
    return false;
}

bool PresetStore::writePreset(const Preset &preset, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.write(QJsonDocument(preset.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool PresetStore::save(const Preset &preset, QString *error)
{
    Preset copy = preset;
    copy.name = copy.name.trimmed();
    if (m_catalog)
        copy.dropFileFields(*m_catalog);
    if (copy.name.isEmpty()) {
        setError(error, tr("A preset needs a name."));
        return false;
    }
    if (!ensureDirectory(error))
        return false;
    const QString existing = filePath(copy.name);
    const QString path = existing.isEmpty() ? freeFilePath(copy.name) : existing;
    if (!writePreset(copy, path, error))
        return false;
    reload();
    return true;
}

bool PresetStore::rename(const QString &oldName, const QString &newName, QString *error)
{
    const int i = indexOf(oldName);
    if (i < 0) {
        setError(error, tr("There is no preset named \u201c%1\u201d.").arg(oldName));
        return false;
    }
    const QString name = newName.trimmed();
    if (name.isEmpty()) {
        setError(error, tr("A preset needs a name."));
        return false;
    }
    const Entry entry = m_entries.at(i);
    if (name == entry.preset.name)
        return true;
    if (contains(name)) {
        setError(error, tr("A preset named \u201c%1\u201d already exists.").arg(name));
        return false;
    }
    if (!ensureDirectory(error))
        return false;
    Preset renamed = entry.preset;
    renamed.name = name;
    // The old file may be reused when the new name maps onto the same file name ("a" -> "A").
    const QString path = freeFilePath(name, entry.filePath);
    if (!writePreset(renamed, path, error))
        return false;
    if (QFileInfo(path) != QFileInfo(entry.filePath) && !QFile::remove(entry.filePath)) {
        QFile::remove(path);
        setError(error, tr("Cannot remove the old preset file %1.")
                            .arg(QDir::toNativeSeparators(entry.filePath)));
        reload();
        return false;
    }
    reload();
    return true;
}

bool PresetStore::remove(const QString &name, QString *error)
{
    const int i = indexOf(name);
    if (i < 0) {
        setError(error, tr("There is no preset named \u201c%1\u201d.").arg(name));
        return false;
    }
    QFile file(m_entries.at(i).filePath);
    if (!file.remove()) {
        setError(error, tr("Cannot delete %1: %2")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return false;
    }
    reload();
    return true;
}

void PresetStore::setCatalog(const ModelCatalog *catalog)
{
    m_catalog = catalog;
    reload();
}

QStringList PresetStore::notes(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? QStringList() : m_entries.at(i).notes;
}

std::optional<Preset> PresetStore::importFile(const QString &path, QString *error, QStringList *notes)
{
    QString message;
    std::optional<Preset> preset = Preset::load(path, &message);
    if (!preset) {
        setError(error, message);
        return std::nullopt;
    }
    if (m_catalog) {
        const QStringList dropped = preset->dropFileFields(*m_catalog);
        if (notes)
            *notes = dropped;
    }
    preset->name = preset->name.trimmed();
    if (preset->name.isEmpty())
        preset->name = QFileInfo(path).completeBaseName().trimmed();
    if (preset->name.isEmpty())
        preset->name = tr("Imported preset");
    preset->name = uniqueName(preset->name);
    if (!ensureDirectory(error))
        return std::nullopt;
    if (!writePreset(*preset, freeFilePath(preset->name), error))
        return std::nullopt;
    reload();
    return preset;
}

bool PresetStore::exportTo(const QString &name, const QString &path, QString *error) const
{
    const std::optional<Preset> p = preset(name);
    if (!p) {
        setError(error, tr("There is no preset named \u201c%1\u201d.").arg(name));
        return false;
    }
    return writePreset(*p, path, error);
}
