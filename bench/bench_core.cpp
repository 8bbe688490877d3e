// Prints timings and memory figures for the core's hot paths. Not a test: numbers vary by
// machine; compare runs on the same machine.
#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"
#include "imaging/pngmetadata.h"
#include "schema/modelcatalog.h"
#include "schema/parametervalidator.h"
#include "schema/schemaparser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <cstdio>

namespace {

QTextStream out(stdout);

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

template<typename F>
double perRunMs(int runs, F &&f)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        f();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6 / runs;
}

void report(const char *what, double value, const QString &note = QString(), const char *unit = "ms")
{
    out << QStringLiteral("%1 %2 %3").arg(QLatin1String(what), -50).arg(value, 9, 'f', 3).arg(QString::fromUtf8(unit));
    if (!note.isEmpty())
        out << "   " << note;
    out << Qt::endl;
}

QImage sketch(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QPen(Qt::black, 6));
    for (int i = 0; i < 60; ++i)
        p.drawLine((i * 97) % w, (i * 53) % h, (i * 31 + 400) % w, (i * 71 + 300) % h);
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    out << "Reimagine Studio core benchmarks (" << QSysInfo::prettyProductName() << ")" << Qt::endl;

    ModelCatalog catalog;
    report("catalog: parse 4 bundled models", perRunMs(200, [&] { catalog.reload(); }));

    QFile openApi(QStringLiteral(REIMAGINE_SOURCE_DIR "/tests/data/fal-openapi-sample.json"));
    openApi.open(QIODevice::ReadOnly);
    const QByteArray openApiBytes = openApi.readAll();
    QString error;
    report("schema: parse a fal OpenAPI document (17 fields)",
           perRunMs(500, [&] { SchemaParser().parseBytes(openApiBytes, &error); }));

    const ModelSpec *ideogram = catalog.model(QStringLiteral("fal:fal-ai/ideogram/v3/remix"));
    QJsonObject values = ideogram->defaultValues();
    values.insert(QStringLiteral("prompt"), QStringLiteral("a chair"));
    values.insert(QStringLiteral("image_url"), QStringLiteral("https://example.com/a.png"));
    const ParameterValidator validator(*ideogram);
    report("validate: ideogram values (14 fields)", perRunMs(20000, [&] { validator.validate(values); }) * 1000.0,
           QString(), "µs");

    const QImage big = sketch(4000, 3000);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        big.save(&buffer, "png");
    }
    out << "input: 4000x3000 sketch, " << png.size() / 1024 << " KiB PNG" << Qt::endl;
    report("load: decode the 4000x3000 PNG with limits", perRunMs(5, [&] { ImageLoader::loadData(png); }));
    ImagePreparer::Prepared prepared;
    const double prepareMs = perRunMs(5, [&] { prepared = ImagePreparer::prepare(big); });
    report("prepare: downscale to 2048 + PNG encode", prepareMs,
           prepared.error.isEmpty() ? QStringLiteral("-> %1x%2, %3 KiB").arg(prepared.size.width()).arg(prepared.size.height()).arg(prepared.bytes.size() / 1024)
                                   : prepared.error);
    QByteArray dataUri;
    const double uriMs = perRunMs(20, [&] { dataUri = ImagePreparer::toDataUri(prepared.bytes, prepared.mimeType); });
    report("encode: data URI of the prepared sketch", uriMs,
           QStringLiteral("%1 KiB").arg(dataUri.size() / 1024));

    GenerationInfo info;
    info.provider = QStringLiteral("fal");
    info.model = QStringLiteral("fal:bria/reimagine/3.2");
    info.inputs = values;
    info.seed = 5555;
    QByteArray embedded;
    report("metadata: embed parameters into a 2048 px PNG", perRunMs(50, [&] {
        embedded = PngMetadata::embed(prepared.bytes, info, &error); }));
    report("metadata: read them back", perRunMs(50, [&] { PngMetadata::read(embedded, &error); }));

    // A hostile header: must be refused from the header alone, without allocating.
    QByteArray hostile = png;
    const quint32 width = 100000;
    for (int i = 0; i < 4; ++i)
        hostile[16 + i] = static_cast<char>((width >> (24 - 8 * i)) & 0xff);
    const quint32 crc = PngMetadata::crc32(hostile.mid(12, 17));
    for (int i = 0; i < 4; ++i)
        hostile[29 + i] = static_cast<char>((crc >> (24 - 8 * i)) & 0xff);
    report("load: refuse a PNG claiming 100000 px width", perRunMs(200, [&] { ImageLoader::loadData(hostile); }),
           QStringLiteral("(refused: %1)").arg(ImageLoader::loadData(hostile).ok() ? QStringLiteral("no") : QStringLiteral("yes")));

    out << "peak RSS: " << rssKb() / 1024 << " MiB" << Qt::endl;
    return 0;
}
