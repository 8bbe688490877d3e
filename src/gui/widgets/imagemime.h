#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

class QMimeData;
class QUrl;

// Turns dropped or pasted data into an image source: an absolute local file path or an
// http(s) URL string. Shared by the drop zone, the canvas and the main window.
class ImageMime final
{
    Q_DECLARE_TR_FUNCTIONS(ImageMime)

public:
    // Local files and http(s) URLs count; other schemes (ftp:, data:, file on a remote host) not.
    static QString sourceFromUrl(const QUrl &url);
    // Every usable source in the mime data, in order (file URLs, then a URL/path typed as text).
    static QStringList sourcesFromMime(const QMimeData *mime);
    // A single line of text that is an http(s) URL or an existing absolute file path.
    static QString sourceFromText(const QString &text);

    static bool hasSource(const QMimeData *mime);
    // Raw pixels (a screenshot copied to the clipboard) rather than a file.
    static bool hasImageData(const QMimeData *mime);

    // Stores clipboard pixels as a PNG in the cache dir so they can be used like a file.
    // Returns the path, or an empty string and a message in `error`.
    static QString storePastedImage(const QImage &image, QString *error);
    // Stores a smaller copy of `original` (too large to use) as a PNG in the cache dir, named
    // after it with its new size ("plan-4096x2048.png"). Safe on a worker thread.
    static QString storeDownscaledCopy(const QImage &image, const QString &original, QString *error);

    // The sketch in dropped or pasted data: its first source, or its pixels stored as a PNG.
    // Empty when there is neither (or storing failed: then the reason is in `error`).
    static QString sketchFromMime(const QMimeData *mime, QString *error);
    // The bundled sample sketch as a file in the cache dir (providers upload real files).
    // Empty, with the reason in `error`, when it cannot be provided.
    static QString sampleSketchFile(QString *error);

    static bool isRemote(const QString &source);

    // "Images (*.png *.jpg ...)" for file dialogs, from the formats Qt can read.
    static QString openFileFilter();

private:
    ImageMime() = delete;
};
