#include "resultwriter.h"

#include "imageloader.h"
#include "imagepreparer.h"

#include "base/crashpoint.h"

#include <QFile>

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

QStringList ResultWriter::numberedPaths(const QString &path, int count)
{
    if (count <= 1)
        return {path};
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString stem = info.completeBaseName();
    QStringList paths;
    for (int i = 1; i <= count; ++i) {
        const QString name = suffix.isEmpty() ? QStringLiteral("%1-%2").arg(stem).arg(i)
                                              : QStringLiteral("%1-%2.%3").arg(stem).arg(i).arg(suffix);
        paths.append(info.dir().filePath(name));
    }
    return paths;
}

QString ResultWriter::suggestedFileName(const QString &prompt, std::optional<qint64> seed, const QString &format)
{
    // Words of letters and digits, lower case, joined by dashes, at most about 40 characters.
    QStringList words;
    int length = 0;
    QString word;
    const QString text = prompt.toLower() + QLatin1Char(' ');
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c);
            continue;
        }
        if (word.isEmpty())
            continue;
        if (length + word.size() > 40 && !words.isEmpty())
            break;
        words.append(word);
        length += static_cast<int>(word.size()) + 1;
        word.clear();
    }
    QString stem = words.isEmpty() ? QStringLiteral("result") : words.join(QLatin1Char('-'));
    if (seed)
        stem += QLatin1Char('-') + QString::number(*seed);
    const QString suffix = format == QLatin1String("jpeg") || format == QLatin1String("jpg") ? QStringLiteral("jpg")
                           : format == QLatin1String("webp")                                 ? QStringLiteral("webp")
                                                                                             : QStringLiteral("png");
    return stem + QLatin1Char('.') + suffix;
}

QString ResultWriter::uniquePath(const QString &dir, const QString &name)
{
    const QDir folder(dir);
    if (!QFileInfo::exists(folder.filePath(name)))
        return folder.filePath(name);
    const QFileInfo info(name);
    for (int n = 2;; ++n) {
        const QString candidate =
            folder.filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

QByteArray ResultWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return QByteArrayLiteral("png");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QByteArrayLiteral("jpeg");
    if (suffix == QLatin1String("webp"))
        return QByteArrayLiteral("webp");
    return {};
}

namespace {
// Reads a kept result (a history PNG) as it is stored.
bool readKept(const QString &source, OutputImage *output, QString *error)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ResultWriter::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), file.errorString());
        return false;
    }
    output->bytes = file.readAll();
    output->mimeType = ImagePreparer::sniffMimeType(output->bytes);
    return true;
}
} // namespace

bool ResultWriter::exportKept(const QString &source, const QString &target, QString *error)
{
    OutputImage output;
    if (!readKept(source, &output, error))
        return false;
    // Its own record, when it carries one.
    QString readError;
    const GenerationInfo info = PngMetadata::read(output.bytes, &readError).value_or(GenerationInfo());
    return write(output, info, target, error);
}

bool ResultWriter::exportKept(const QStringList &sources, const QStringList &targets,
                              const GenerationInfo &record, QString *error)
{
    Q_ASSERT(sources.size() == targets.size());
    for (qsizetype i = 0; i < sources.size() && i < targets.size(); ++i) {
        OutputImage output;
        if (!readKept(sources.at(i), &output, error) || !write(output, record, targets.at(i), error))
            return false;
    }
    return true;
}

bool ResultWriter::write(const OutputImage &image, const GenerationInfo &info, const QString &path,
                         QString *error)
{
    const QByteArray format = formatForPath(path);
    if (format.isEmpty()) {
        *error = tr("%1: results can be saved as .png, .jpg or .webp.").arg(QFileInfo(path).fileName());
        return false;
    }
    const QByteArray wantedMime = "image/" + format;
    QByteArray bytes = image.bytes;
    if (image.mimeType != wantedMime) {
        const ImageLoader::Result decoded = ImageLoader::loadData(image.bytes);
        if (!decoded.ok()) {
            *error = decoded.error;
            return false;
        }
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        if (format != "png")
            writer.setQuality(95);
        if (!writer.write(format == "jpeg" ? decoded.image.convertToFormat(QImage::Format_RGB32) : decoded.image)) {
            *error = tr("Cannot encode %1: %2").arg(QFileInfo(path).fileName(), writer.errorString());
            return false;
        }
    }
    if (format == "png") {
        QString embedError;
        const QByteArray withMetadata = PngMetadata::embed(bytes, info, &embedError);
        if (withMetadata.isEmpty()) {
            *error = embedError;
            return false;
        }
        bytes = withMetadata;
    }
    // Written in two halves with a crash point between them: a kill there leaves half a file
    // that was never committed under `path` (QSaveFile), which is never taken for a result.
    QSaveFile file(path);
    const qsizetype half = bytes.size() / 2;
    bool written = file.open(QIODevice::WriteOnly) && file.write(bytes.constData(), half) == half && file.flush();
    if (written)
        CrashPoint::hit("output-half-written");
    written = written && file.write(bytes.constData() + half, bytes.size() - half) == bytes.size() - half;
    if (!written || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
