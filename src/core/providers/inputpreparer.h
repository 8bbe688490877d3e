#pragma once

#include <QByteArray>
#include <QObject>
#include <QSize>
#include <QString>

#include "offthread.h"

// A local input image made ready to send: loaded, downscaled to the upload limit, encoded
// (PNG, or JPEG for photos, as ImagePreparer decides) and, if asked, wrapped for the request.
struct PreparedInput
{
    QByteArray bytes;      // the encoded image file
    QByteArray mimeType;   // "image/png" or "image/jpeg"
    QByteArray encoded;    // bytes as the request carries them: a data URI or raw base64 (or empty)
    QSize size;
    QString error;         // why the file cannot be sent; empty when it can

    bool ok() const { return error.isEmpty(); }
};

// Load → prepare → encode of one input image, off the GUI thread (decoding and re-encoding a
// big sketch takes a while). The same worker for every provider: fal uploads the file as is,
// Segmind as a data URI, Freepik as raw base64.
class InputPreparer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputPreparer)

public:
    enum class Wrapping
    {
        None,        // bytes only
        DataUri,     // "data:image/png;base64,..."
        RawBase64,   // base64 without a prefix
    };

    explicit InputPreparer(QObject *parent = nullptr);
    ~InputPreparer() override;

    // The work itself, on the calling thread.
    static PreparedInput prepareFile(const QString &path, int maxSide, Wrapping wrapping);

    // Starts preparing `path` (longer side at most `maxSide`); prepared() follows unless stop()
    // is called first. A preparation still under way is dropped.
    void prepare(const QString &path, int maxSide, Wrapping wrapping);
    void stop();
    bool isBusy() const { return m_task.isRunning(); }

Q_SIGNALS:
    void prepared(const PreparedInput &input);

private:
    OffThreadTask m_task;
};
