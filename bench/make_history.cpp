// Fills a history folder with many runs, for the history benchmarks (docs/PERFORMANCE.md).
// The database is created through HistoryStore (the real schema and migrations), then the runs
// go in straight with SQL in one transaction: each run row and its output row, as
// HistoryStore::recordRun writes them. Opening the store again then builds the FTS5 search index
// (runs_search) from the runs, as it does for runs written without one. Result files and
// thumbnails are shared: a small set of real PNG results and JPEG thumbnails that the runs cycle
// through.
//
//   build/bench/make_history DIR [RUNS=100000] [--images=N (distinct images, default 500; 0: none)]
//
// Runs are spread over the last 365 days (newest now), over 12 models of 4 providers, with
// prompts drawn from a small vocabulary; 1 run in 20 failed or was cancelled (no output).

#include "history/historysearch.h"
#include "history/historystore.h"
#include "history/historythumbnail.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

namespace {

QTextStream out(stdout);

struct Model
{
    const char *id;
    const char *title;
    const char *provider;
};

const Model kModels[] = {
    {"fal:bria/reimagine/3.2", "Bria Reimagine 3.2", "fal"},
    {"fal:flux/dev/image-to-image", "FLUX.1 [dev] Image to Image", "fal"},
    {"fal:flux-pro/kontext", "FLUX.1 Kontext [pro]", "fal"},
    {"fal:recraft/v3/image-to-image", "Recraft V3", "fal"},
    {"replicate:black-forest-labs/flux-canny-pro", "FLUX Canny Pro", "replicate"},
    {"replicate:stability-ai/sdxl", "SDXL", "replicate"},
    {"replicate:jagilley/controlnet-scribble", "ControlNet Scribble", "replicate"},
    {"freepik:reimagine-flux", "Freepik Reimagine", "freepik"},
    {"freepik:mystic", "Freepik Mystic", "freepik"},
    {"stability:control/sketch", "Stability Sketch", "stability"},
    {"stability:control/structure", "Stability Structure", "stability"},
    {"stability:sd3.5-large", "Stable Diffusion 3.5 Large", "stability"},
};

const char *const kWords[] = {
    "chair", "lounge", "walnut", "oak", "marble", "table", "lamp", "pendant", "sofa", "velvet",
    "bench", "stool", "shelf", "cabinet", "sideboard", "desk", "bed", "headboard", "rug", "mirror",
    "vase", "bowl", "kettle", "teapot", "bicycle", "scooter", "helmet", "watch", "headphones", "speaker",
    "house", "cabin", "pavilion", "facade", "staircase", "kitchen", "bathroom", "garden", "terrace", "courtyard",
    "sneaker", "boot", "handbag", "backpack", "jacket", "coat", "dress", "hat", "glasses", "ring",
    "brass", "copper", "steel", "aluminium", "concrete", "glass", "ceramic", "leather", "linen", "wool",
    "minimal", "scandinavian", "brutalist", "organic", "futuristic", "vintage", "industrial", "japanese",
    "bauhaus", "artdeco", "studio", "photo", "render", "soft", "light", "morning", "dusk", "shadow",
    "white", "black", "green", "terracotta", "sand", "blue", "pastel", "matte", "glossy", "textured",
    "cat", "dog", "bird", "fox", "owl", "horse", "whale", "tree", "flower", "mountain",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A 1024x1024 result and its 256 px thumbnail, different for each `n`.
bool writeImages(const QString &dir, int n, QString *result, QString *thumb)
{
    QImage image(1024, 1024, QImage::Format_RGB32);
    QRandomGenerator random(quint32(n + 1));
    image.fill(QColor::fromHsv(random.bounded(360), 60, 220));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 12; ++i) {
        painter.setBrush(QColor::fromHsv(random.bounded(360), 120, 90 + random.bounded(140)));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(random.bounded(1024), random.bounded(1024)), 40 + random.bounded(260),
                            40 + random.bounded(260));
    }
    painter.end();
    *result = QStringLiteral("results/bench/image-%1.png").arg(n);
    *thumb = QStringLiteral("thumbs/bench-image-%1.jpg").arg(n);
    const QImage small = image.scaled(HistoryThumbnail::Size, HistoryThumbnail::Size, Qt::KeepAspectRatio,
                                      Qt::SmoothTransformation);
    return writeFile(QDir(dir).filePath(*result), encode(image, "PNG"))
        && writeFile(QDir(dir).filePath(*thumb), encode(small, "JPG"));
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    out << "make_history: " << query.lastError().text() << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int images = 500;
    for (int i = int(args.size()) - 1; i >= 0; --i) {
        if (args.at(i).startsWith(QLatin1String("--images="))) {
            images = qMax(0, args.at(i).mid(9).toInt());
            args.removeAt(i);
        }
    }
    if (args.isEmpty()) {
        out << "usage: make_history DIR [RUNS=100000] [--images=N]" << Qt::endl;
        return 2;
    }
    const QString dir = QDir(args.at(0)).absolutePath();
    const int runs = args.size() > 1 ? qMax(0, args.at(1).toInt()) : 100000;

    QElapsedTimer clock;
    clock.start();
    {
        HistoryStore store(dir);
        QString error;
        if (!store.open(&error)) {
            out << "make_history: " << error << Qt::endl;
            return 1;
        }
        if (!store.usesFullTextSearch())
            out << "make_history: this SQLite has no FTS5; searches use LIKE" << Qt::endl;
    }

    QStringList resultPaths, thumbPaths;
    QList<QSize> sizes;
    for (int n = 0; n < images; ++n) {
        QString result, thumb;
        if (!writeImages(dir, n, &result, &thumb)) {
            out << "make_history: cannot write the images into " << dir << Qt::endl;
            return 1;
        }
        resultPaths.append(result);
        thumbPaths.append(thumb);
    }
    const qint64 imagesMs = clock.restart();

    int written = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make_history"));
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("history.sqlite")));
        if (!db.open()) {
            out << "make_history: " << db.lastError().text() << Qt::endl;
            return 1;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        db.transaction();
        QSqlQuery run(db), output(db);
        run.prepare(QStringLiteral(
            "INSERT INTO runs (id, created, model_id, model_title, provider, endpoint, prompt, "
            "negative_prompt, inputs_json, seed, cost_usd, elapsed_ms, request_id, status, error, "
            "rating, favourite, sketch_path, width, height, search_text, compare_id, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        output.prepare(QStringLiteral("INSERT INTO outputs (run_id, idx, file_path, thumb_path) VALUES (?, ?, ?, ?)"));

        QRandomGenerator random(20240501);
        const QDateTime newest = QDateTime::currentDateTimeUtc();
        const qint64 spanMs = 365LL * 24 * 3600 * 1000;
        constexpr int modelCount = int(sizeof(kModels) / sizeof(kModels[0]));
        for (int i = 0; i < runs; ++i) {
            // Oldest first, as they were recorded; evenly spread with some jitter.
            const qint64 back = spanMs - spanMs * i / qMax(1, runs) - random.bounded(60000);
            const QDateTime created = newest.addMSecs(-qMax<qint64>(0, back));
            const Model &model = kModels[random.bounded(modelCount)];
            QStringList words;
            const int count = 4 + random.bounded(8);
            for (int w = 0; w < count; ++w)
                words.append(QLatin1String(kWords[random.bounded(kWordCount)]));
            const QString prompt = QStringLiteral("a ") + words.join(QLatin1Char(' ')) + QStringLiteral(", study %1").arg(i);
            const QString negative = random.bounded(4) == 0 ? QStringLiteral("blurry, low quality") : QString();
            const int roll = random.bounded(20);
            const QString status = roll == 0 ? QStringLiteral("failed") : roll == 1 ? QStringLiteral("cancelled")
                                                                                     : QStringLiteral("done");
            const bool hasOutput = status == QLatin1String("done") && images > 0;
            const qint64 seed = random.bounded(1000000);
            QJsonObject inputs;
            inputs.insert(QStringLiteral("prompt"), prompt);
            if (!negative.isEmpty())
                inputs.insert(QStringLiteral("negative_prompt"), negative);
            inputs.insert(QStringLiteral("seed"), seed);
            inputs.insert(QStringLiteral("image_url"), QStringLiteral("sketch.png"));
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString body = HistorySearch::body(prompt, negative);

            run.addBindValue(id);
            run.addBindValue(created.toString(Qt::ISODateWithMs));
            run.addBindValue(QString::fromLatin1(model.id));
            run.addBindValue(QString::fromLatin1(model.title));
            run.addBindValue(QString::fromLatin1(model.provider));
            run.addBindValue(QString::fromLatin1(model.id).section(QLatin1Char(':'), 1));
            run.addBindValue(prompt);
            run.addBindValue(negative.isNull() ? QStringLiteral("") : negative);
            run.addBindValue(QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact)));
            run.addBindValue(seed);
            run.addBindValue(0.02 + random.bounded(8) * 0.01);
            run.addBindValue(4000 + random.bounded(20000));
            run.addBindValue(QStringLiteral("req-%1").arg(i));
            run.addBindValue(status);
            run.addBindValue(status == QLatin1String("failed") ? QStringLiteral("The provider refused the request.")
                                                                : QStringLiteral(""));
            run.addBindValue(random.bounded(10) == 0 ? 1 + random.bounded(5) : 0);
            run.addBindValue(random.bounded(25) == 0 ? 1 : 0);
            run.addBindValue(QStringLiteral(""));
            run.addBindValue(hasOutput ? 1024 : 0);
            run.addBindValue(hasOutput ? 1024 : 0);
            run.addBindValue(body);
            run.addBindValue(QStringLiteral(""));
            run.addBindValue(QStringLiteral("app"));
            if (!exec(run))
                return 1;
            if (hasOutput) {
                const int n = random.bounded(images);
                output.addBindValue(id);
                output.addBindValue(0);
                output.addBindValue(resultPaths.at(n));
                output.addBindValue(thumbPaths.at(n));
                if (!exec(output))
                    return 1;
            }
            ++written;
        }
        if (!db.commit()) {
            out << "make_history: " << db.lastError().text() << Qt::endl;
            return 1;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make_history"));
    {
        HistoryStore store(dir); // builds the search index for the new runs
        QString error;
        if (!store.open(&error)) {
            out << "make_history: " << error << Qt::endl;
            return 1;
        }
    }
    out << "make_history: " << written << " runs in " << dir << " (" << images << " distinct images in "
        << imagesMs << " ms, rows in " << clock.elapsed() << " ms)" << Qt::endl;
    return 0;
}
