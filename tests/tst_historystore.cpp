#include "history/historystore.h"
#include "imaging/pngmetadata.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRegularExpression>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qFatal("cannot encode a test image");
    return bytes;
}

QImage pattern(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgba(x % 256, y % 256, (x + y) % 256, 255 - (x % 64)));
    }
    return image;
}

OutputImage output(int width, int height, const char *format = "png")
{
    OutputImage image;
    image.bytes = encode(pattern(width, height), format);
    image.mimeType = QByteArrayLiteral("image/") + QByteArray(format);
    image.size = QSize(width, height);
    return image;
}

GenerationInfo makeInfo(const QString &prompt, const QString &negative = QString(),
                        const QDateTime &created = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC))
{
    GenerationInfo info;
    info.provider = QStringLiteral("fal");
    info.model = QStringLiteral("fal:bria/reimagine/3.2");
    info.endpoint = QStringLiteral("bria/reimagine/3.2");
    info.requestId = QStringLiteral("764cabcf-b745-4b3e-ae38-1200304cf45b");
    info.seed = 5555;
    info.costUsd = 0.04;
    info.elapsedMs = 12345;
    info.created = created;
    info.inputs.insert(QStringLiteral("prompt"), prompt);
    if (!negative.isEmpty())
        info.inputs.insert(QStringLiteral("negative_prompt"), negative);
    info.inputs.insert(QStringLiteral("structure_image_url"), QStringLiteral("/tmp/sketch.png"));
    info.inputs.insert(QStringLiteral("steps_num"), 30);
    info.inputs.insert(QStringLiteral("guidance_scale"), 5.5);
    info.inputs.insert(QStringLiteral("enhance_image"), true);
    return info;
}

QStringList sortedPrompts(const QList<HistoryEntry> &entries)
{
    QStringList prompts;
    for (const HistoryEntry &e : entries)
        prompts.append(e.prompt);
    prompts.sort();
    return prompts;
}

QStringList prompts(const QList<HistoryEntry> &entries)
{
    QStringList result;
    for (const HistoryEntry &e : entries)
        result.append(e.prompt);
    return result;
}

// The search corpus: key -> (prompt, negative prompt).
const QList<QPair<QString, QString>> &corpus()
{
    static const QList<QPair<QString, QString>> runs = {
        {QStringLiteral("a red cat on a sofa"), QStringLiteral("blurry")},
        {QStringLiteral("modern house, concrete facade"), QStringLiteral("people, cars")},
        {QStringLiteral("he said \"hello\" to the catalogue"), QString()},
        {QStringLiteral("100% cotton shirt_design"), QString()},
        {QStringLiteral("Café in Zürich at night"), QStringLiteral("daylight")},
    };
    return runs;
}

bool ftsAvailable()
{
    static const bool available = [] {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QString error;
        return store.open(&error) && store.usesFullTextSearch();
    }();
    return available;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sqliteDriverAndFts();
    void searchTerms_data();
    void searchTerms();
    void addRunWritesFilesWithMetadata();
    void addRunRoundTripsEveryField();
    void addRunStoresFailedRuns();
    void addRunRejectsBrokenImages();
    void runStatusTextRoundTrip();
    void statusIsStoredAsText();
    void addRunFromWorkerThread();
    void findByText_data();
    void findByText();
    void findByModelProviderFavourites();
    void findByDateRange();
    void findNewestFirstAndLimit();
    void ratingAndFavourite();
    void removeDeletesFiles();
    void totalCostSince();
    void modelsAndProviders();
    void reopenKeepsEverything();
    void switchingSearchModeKeepsIndexInSync();
    void corruptDatabaseFailsCleanly();
    void corruptDatabaseMovedAside_data();
    void corruptDatabaseMovedAside();
    void newerSchemaIsRefused();
    void killWhileRecording();
    void defaultDirectory();
    void structureScoresAndSettings();
    void sortByStructureScore();
    void migratesVersionOneHistory();

private:
    std::unique_ptr<HistoryStore> openStore(bool fts = true);
    void addCorpus(HistoryStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<HistoryStore> TestHistoryStore::openStore(bool fts)
{
    auto store = std::make_unique<HistoryStore>(m_dir->path());
    store->setFullTextSearchAllowed(fts);
    QString error;
    if (!store->open(&error))
        qWarning("open failed: %s", qUtf8Printable(error));
    return store;
}

void TestHistoryStore::addCorpus(HistoryStore &store)
{
    QDateTime created(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    for (const auto &run : corpus()) {
        QString error;
        created = created.addSecs(60);
        QVERIFY2(store.addRun(makeInfo(run.first, run.second, created), QStringLiteral("Bria"), {},
                              RunStatus::Done, QString(), QString(), &error),
                 qPrintable(error));
    }
}

void TestHistoryStore::sqliteDriverAndFts()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")),
             "Qt's SQLite driver (libqt6sql6-sqlite) is missing");
    auto store = openStore();
    QVERIFY(store->isOpen());
    qInfo("FTS5 available: %s", ftsAvailable() ? "yes" : "no (LIKE fallback)");
    auto likeOnly = std::make_unique<HistoryStore>(m_dir->path() + QStringLiteral("/other"));
    likeOnly->setFullTextSearchAllowed(false);
    QString error;
    QVERIFY(likeOnly->open(&error));
    QVERIFY(!likeOnly->usesFullTextSearch());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    db.setDatabaseName(store->databasePath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), HistoryStore::SchemaVersion);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestHistoryStore::searchTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("words") << QStringLiteral("Red  Cat") << QStringList{QStringLiteral("red"), QStringLiteral("cat")};
    QTest::newRow("accents") << QStringLiteral("Café Zürich") << QStringList{QStringLiteral("cafe"), QStringLiteral("zurich")};
    QTest::newRow("punctuation") << QStringLiteral("\"a\"-b_c 100%") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("100")};
    QTest::newRow("only punctuation") << QStringLiteral("%_*\"'") << QStringList();
}

void TestHistoryStore::searchTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(HistoryStore::searchTerms(text), terms);
}

void TestHistoryStore::addRunWritesFilesWithMetadata()
{
    auto store = openStore();
    QSignalSpy changed(store.get(), &HistoryStore::changed);
    const GenerationInfo info = makeInfo(QStringLiteral("a modern chair"), QStringLiteral("blurry"));
    QString error;
    const auto entry = store->addRun(info, QStringLiteral("Bria Reimagine 3.2"),
                                     {output(640, 480), output(300, 600, "jpeg"), output(100, 80)},
                                     RunStatus::Done, QString(), QStringLiteral("/tmp/sketch.png"), &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(entry->outputPaths.size(), 3);
    QCOMPARE(entry->thumbPaths.size(), 3);
    QCOMPARE(entry->size, QSize(640, 480));

    const QDateTime local = info.created.toLocalTime();
    const QString resultsDir = m_dir->filePath(QStringLiteral("results/%1/%2")
                                                   .arg(local.toString(QStringLiteral("yyyy")),
                                                        local.toString(QStringLiteral("MM"))));
    const QList<QSize> thumbSizes = {QSize(256, 192), QSize(128, 256), QSize(100, 80)};
    for (int i = 0; i < 3; ++i) {
        const QString path = entry->outputPaths.at(i);
        QCOMPARE(path, QDir(resultsDir).filePath(QStringLiteral("%1-%2.png").arg(entry->id).arg(i + 1)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString readError;
        const auto read = PngMetadata::read(file.readAll(), &readError);
        QVERIFY2(read, qPrintable(readError));
        QCOMPARE(*read, info);

        const QString thumb = entry->thumbPaths.at(i);
        QCOMPARE(thumb, m_dir->filePath(QStringLiteral("thumbs/%1-%2.jpg").arg(entry->id).arg(i + 1)));
        QImageReader reader(thumb);
        QCOMPARE(reader.format(), QByteArrayLiteral("jpeg"));
        QCOMPARE(reader.size(), thumbSizes.at(i));
        QVERIFY(qMax(reader.size().width(), reader.size().height()) <= HistoryStore::ThumbnailSize);
    }
}

void TestHistoryStore::addRunRoundTripsEveryField()
{
    auto store = openStore();
    GenerationInfo info = makeInfo(QStringLiteral("ünïcode prompt ✓"), QStringLiteral("no text"));
    info.seed = std::nullopt;
    info.costUsd = 0.125;
    QString error;
    const auto added = store->addRun(info, QStringLiteral("Title"), {output(32, 16)},
                                     RunStatus::Done, QString(),
                                     QStringLiteral("/home/me/sketch 1.png"), &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(!added->id.isEmpty());

    const auto stored = store->entry(added->id);
    QVERIFY(stored);
    QCOMPARE(stored->id, added->id);
    QCOMPARE(stored->created, info.created);
    QCOMPARE(stored->created.timeSpec(), Qt::UTC);
    QCOMPARE(stored->modelId, info.model);
    QCOMPARE(stored->modelTitle, QStringLiteral("Title"));
    QCOMPARE(stored->provider, info.provider);
    QCOMPARE(stored->endpoint, info.endpoint);
    QCOMPARE(stored->prompt, QStringLiteral("ünïcode prompt ✓"));
    QCOMPARE(stored->negativePrompt, QStringLiteral("no text"));
    QCOMPARE(stored->inputs, info.inputs);
    QCOMPARE(stored->seed, std::optional<qint64>());
    QCOMPARE(stored->costUsd, std::optional<double>(0.125));
    QCOMPARE(stored->elapsedMs, info.elapsedMs);
    QCOMPARE(stored->requestId, info.requestId);
    QCOMPARE(stored->status, RunStatus::Done);
    QCOMPARE(stored->error, QString());
    QCOMPARE(stored->rating, 0);
    QCOMPARE(stored->favourite, false);
    QCOMPARE(stored->sketchPath, QStringLiteral("/home/me/sketch 1.png"));
    QCOMPARE(stored->size, QSize(32, 16));
    QCOMPARE(stored->outputPaths, added->outputPaths);
    QCOMPARE(stored->thumbPaths, added->thumbPaths);
    QCOMPARE(stored->generationInfo(), info);

    // A seed and a missing cost the other way round.
    info.seed = 42;
    info.costUsd = std::nullopt;
    const auto second = store->addRun(info, QStringLiteral("Title"), {}, RunStatus::Cancelled,
                                      QString(), QString(), &error);
    QVERIFY(second);
    const auto reread = store->entry(second->id);
    QVERIFY(reread);
    QCOMPARE(reread->seed, std::optional<qint64>(42));
    QCOMPARE(reread->costUsd, std::optional<double>());
    QCOMPARE(reread->status, RunStatus::Cancelled);

    const QList<HistoryEntry> all = store->find(HistoryFilter());
    QCOMPARE(all.size(), 2);
    QVERIFY(!store->entry(QStringLiteral("no-such-id")));
}

void TestHistoryStore::addRunStoresFailedRuns()
{
    auto store = openStore();
    QString error;
    const auto entry = store->addRun(makeInfo(QStringLiteral("failing")), QStringLiteral("Bria"), {},
                                     RunStatus::Failed, QStringLiteral("No credits left"),
                                     QString(), &error);
    QVERIFY2(entry, qPrintable(error));
    const auto stored = store->entry(entry->id);
    QVERIFY(stored);
    QCOMPARE(stored->status, RunStatus::Failed);
    QCOMPARE(stored->error, QStringLiteral("No credits left"));
    QVERIFY(stored->outputPaths.isEmpty());
    QVERIFY(!stored->size.isValid());
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("results"))).exists());
}

void TestHistoryStore::addRunRejectsBrokenImages()
{
    auto store = openStore();
    QSignalSpy changed(store.get(), &HistoryStore::changed);
    QString error;

    // Broken image bytes: ResultWriter refuses them and nothing is kept.
    OutputImage broken;
    broken.bytes = QByteArrayLiteral("not an image");
    broken.mimeType = QByteArrayLiteral("image/jpeg");
    QVERIFY(!store->addRun(makeInfo(QStringLiteral("x")), QString(), {output(8, 8), broken},
                           RunStatus::Done, QString(), QString(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(store->find(HistoryFilter()).isEmpty());
    QDir thumbs(m_dir->filePath(QStringLiteral("thumbs")));
    QVERIFY(thumbs.entryList(QDir::Files).isEmpty());

    HistoryStore closed(m_dir->filePath(QStringLiteral("closed")));
    QVERIFY(!closed.addRun(makeInfo(QStringLiteral("x")), QString(), {}, RunStatus::Done,
                           QString(), QString(), &error));
    QVERIFY(closed.find(HistoryFilter()).isEmpty());
}

void TestHistoryStore::runStatusTextRoundTrip()
{
    // The texts are what the database holds (and what schema v1's CHECK admits).
    QCOMPARE(runStatusText(RunStatus::Done), QStringLiteral("done"));
    QCOMPARE(runStatusText(RunStatus::Failed), QStringLiteral("failed"));
    QCOMPARE(runStatusText(RunStatus::Cancelled), QStringLiteral("cancelled"));
    for (const RunStatus status : {RunStatus::Done, RunStatus::Failed, RunStatus::Cancelled})
        QCOMPARE(runStatusFromText(runStatusText(status)), std::optional<RunStatus>(status));
    QCOMPARE(runStatusFromText(u"running"), std::optional<RunStatus>());
    QCOMPARE(runStatusFromText(u"Done"), std::optional<RunStatus>());
    QCOMPARE(runStatusFromText(u""), std::optional<RunStatus>());
}

void TestHistoryStore::statusIsStoredAsText()
{
    auto store = openStore();
    QString error;
    QHash<QString, RunStatus> ids;
    for (const RunStatus status : {RunStatus::Done, RunStatus::Failed, RunStatus::Cancelled}) {
        const auto entry = store->addRun(makeInfo(runStatusText(status)), {}, {}, status, {}, {}, &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->status, status);
        ids.insert(entry->id, status);
    }

    // The column keeps the same text values as before the enum.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("status-probe"));
        db.setDatabaseName(store->databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id, status FROM runs")));
        int rows = 0;
        while (query.next()) {
            ++rows;
            QCOMPARE(query.value(1).toString(), runStatusText(ids.value(query.value(0).toString())));
        }
        QCOMPARE(rows, 3);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("status-probe"));

    // Read back as the enum, and filtered by it.
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        QCOMPARE(store->entry(it.key())->status, it.value());
    HistoryFilter filter;
    filter.status = HistoryFilter::Status::Results;
    const QList<HistoryEntry> results = store->find(filter);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.constFirst().status, RunStatus::Done);
    filter.status = HistoryFilter::Status::Problems;
    QList<RunStatus> problems;
    for (const HistoryEntry &entry : store->find(filter))
        problems.append(entry.status);
    std::sort(problems.begin(), problems.end());
    QCOMPARE(problems, (QList<RunStatus>{RunStatus::Failed, RunStatus::Cancelled}));
}

void TestHistoryStore::addRunFromWorkerThread()
{
    auto store = openStore();
    QSignalSpy changed(store.get(), &HistoryStore::changed);
    HistoryStore *raw = store.get();
    QFuture<QString> future = QtConcurrent::run([raw]() {
        QString error;
        const auto entry = raw->addRun(makeInfo(QStringLiteral("from a worker")), QStringLiteral("Bria"),
                                       {output(400, 300)}, RunStatus::Done, QString(), QString(),
                                       &error);
        return entry ? entry->id : QString();
    });
    QTRY_VERIFY(future.isFinished());
    const QString id = future.result();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(changed.count(), 1);
    const auto stored = store->entry(id);
    QVERIFY(stored);
    QCOMPARE(stored->prompt, QStringLiteral("from a worker"));
    QCOMPARE(store->find(HistoryFilter()).size(), 1);
}

void TestHistoryStore::findByText_data()
{
    QTest::addColumn<bool>("fts");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString cat = corpus().at(0).first;
    const QString house = corpus().at(1).first;
    const QString quoted = corpus().at(2).first;
    const QString cotton = corpus().at(3).first;
    const QString cafe = corpus().at(4).first;
    QStringList all;
    for (const auto &run : corpus())
        all.append(run.first);

    struct Row
    {
        const char *name;
        QString text;
        QStringList expected;
    };
    const QList<Row> rows = {
        {"word", QStringLiteral("sofa"), {cat}},
        {"prefix", QStringLiteral("cat"), {cat, quoted}},
        {"two words", QStringLiteral("red sofa"), {cat}},
        {"two words reversed", QStringLiteral("SOFA red"), {cat}},
        {"prompt and negative", QStringLiteral("house people"), {house}},
        {"negative prompt", QStringLiteral("blurry"), {cat}},
        {"no match", QStringLiteral("dragon"), {}},
        {"one word missing", QStringLiteral("red dragon"), {}},
        {"quotes", QStringLiteral("\"hello\""), {quoted}},
        {"unbalanced quote", QStringLiteral("\"hello"), {quoted}},
        {"percent", QStringLiteral("100%"), {cotton}},
        {"underscore", QStringLiteral("shirt_design"), {cotton}},
        {"accents folded", QStringLiteral("cafe zurich"), {cafe}},
        {"accents typed", QStringLiteral("ZÜRICH"), {cafe}},
        {"search operators are words", QStringLiteral("cat OR house"), {}},
        {"sql quote", QStringLiteral("'; DROP TABLE runs; --"), {}},
        {"punctuation only", QStringLiteral("%\"*"), all},
        {"empty", QString(), all},
    };
    for (const bool fts : {true, false}) {
        for (const Row &row : rows) {
            QTest::addRow("%s: %s", fts ? "fts" : "like", row.name)
                << fts << row.text << row.expected;
        }
    }
}

void TestHistoryStore::findByText()
{
    QFETCH(bool, fts);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QVERIFY2(!fts || ftsAvailable(), "Debian 12's SQLite has FTS5; the one Qt's driver uses here does not");

    auto store = openStore(fts);
    QVERIFY(store->isOpen());
    QCOMPARE(store->usesFullTextSearch(), fts);
    addCorpus(*store);

    HistoryFilter filter;
    filter.text = text;
    expected.sort();
    QCOMPARE(sortedPrompts(store->find(filter)), expected);
    // The store survives whatever was typed.
    QCOMPARE(store->find(HistoryFilter()).size(), corpus().size());
}

void TestHistoryStore::findByModelProviderFavourites()
{
    auto store = openStore();
    QString error;
    GenerationInfo a = makeInfo(QStringLiteral("fal run"));
    GenerationInfo b = makeInfo(QStringLiteral("segmind run"));
    b.provider = QStringLiteral("segmind");
    b.model = QStringLiteral("segmind:flux-canny");
    GenerationInfo c = makeInfo(QStringLiteral("freepik run"));
    c.provider = QStringLiteral("freepik");
    c.model = QStringLiteral("freepik:reimagine-flux");
    const auto ea = store->addRun(a, QStringLiteral("Bria"), {}, RunStatus::Done, {}, {}, &error);
    const auto eb = store->addRun(b, QStringLiteral("Flux Canny"), {}, RunStatus::Done, {}, {}, &error);
    const auto ec = store->addRun(c, QStringLiteral("Reimagine Flux"), {}, RunStatus::Done, {}, {}, &error);
    QVERIFY(ea && eb && ec);
    QVERIFY(store->setFavourite(eb->id, true));
    QVERIFY(store->setFavourite(ec->id, true));

    HistoryFilter filter;
    filter.modelId = QStringLiteral("segmind:flux-canny");
    QCOMPARE(prompts(store->find(filter)), QStringList{QStringLiteral("segmind run")});

    filter = HistoryFilter();
    filter.provider = QStringLiteral("freepik");
    QCOMPARE(prompts(store->find(filter)), QStringList{QStringLiteral("freepik run")});

    filter = HistoryFilter();
    filter.favouritesOnly = true;
    QCOMPARE(sortedPrompts(store->find(filter)),
             (QStringList{QStringLiteral("freepik run"), QStringLiteral("segmind run")}));

    filter.provider = QStringLiteral("fal");
    QVERIFY(store->find(filter).isEmpty());

    filter = HistoryFilter();
    filter.text = QStringLiteral("run");
    filter.provider = QStringLiteral("segmind");
    QCOMPARE(prompts(store->find(filter)), QStringList{QStringLiteral("segmind run")});
}

void TestHistoryStore::findByDateRange()
{
    auto store = openStore();
    QString error;
    // Local calendar days, as the user sees them.
    const QList<QDate> days = {QDate(2024, 3, 1), QDate(2024, 3, 2), QDate(2024, 3, 3), QDate(2024, 3, 5)};
    for (const QDate &day : days) {
        for (const QTime &time : {QTime(0, 0, 0), QTime(23, 59, 59, 999)}) {
            const QDateTime created(day, time); // local time
            QVERIFY(store->addRun(makeInfo(day.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(Qt::ISODate), {}, created),
                                  {}, {}, RunStatus::Done, {}, {}, &error));
        }
    }
    HistoryFilter filter;
    filter.from = QDate(2024, 3, 2);
    filter.to = QDate(2024, 3, 3);
    QCOMPARE(sortedPrompts(store->find(filter)),
             (QStringList{QStringLiteral("2024-03-02 00:00:00"), QStringLiteral("2024-03-02 23:59:59"),
                          QStringLiteral("2024-03-03 00:00:00"), QStringLiteral("2024-03-03 23:59:59")}));

    filter = HistoryFilter();
    filter.from = QDate(2024, 3, 4);
    QCOMPARE(sortedPrompts(store->find(filter)),
             (QStringList{QStringLiteral("2024-03-05 00:00:00"), QStringLiteral("2024-03-05 23:59:59")}));

    filter = HistoryFilter();
    filter.to = QDate(2024, 3, 1);
    QCOMPARE(store->find(filter).size(), 2);

    filter.from = QDate(2024, 3, 4);
    filter.to = QDate(2024, 3, 4);
    QVERIFY(store->find(filter).isEmpty());
}

void TestHistoryStore::findNewestFirstAndLimit()
{
    auto store = openStore();
    QString error;
    const QDateTime base(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    // Inserted out of order; two share a timestamp (the later insert counts as newer).
    const QList<int> offsets = {5, 1, 9, 3, 3};
    for (int i = 0; i < offsets.size(); ++i) {
        QVERIFY(store->addRun(makeInfo(QStringLiteral("run %1").arg(i), {}, base.addSecs(offsets.at(i))),
                              {}, {}, RunStatus::Done, {}, {}, &error));
    }
    QCOMPARE(prompts(store->find(HistoryFilter())),
             (QStringList{QStringLiteral("run 2"), QStringLiteral("run 0"), QStringLiteral("run 4"),
                          QStringLiteral("run 3"), QStringLiteral("run 1")}));
    HistoryFilter filter;
    filter.limit = 2;
    QCOMPARE(prompts(store->find(filter)), (QStringList{QStringLiteral("run 2"), QStringLiteral("run 0")}));
    filter.limit = 0;
    QCOMPARE(store->find(filter).size(), offsets.size());

    // Outputs stay with their run when the limit cuts between runs.
    QVERIFY(store->addRun(makeInfo(QStringLiteral("newest"), {}, base.addSecs(60)), {},
                          {output(10, 10), output(12, 12)}, RunStatus::Done, {}, {}, &error));
    filter.limit = 1;
    const QList<HistoryEntry> newest = store->find(filter);
    QCOMPARE(newest.size(), 1);
    QCOMPARE(newest.first().outputPaths.size(), 2);
    QVERIFY(newest.first().outputPaths.first().endsWith(QLatin1String("-1.png")));
}

void TestHistoryStore::ratingAndFavourite()
{
    auto store = openStore();
    QString error;
    const auto entry = store->addRun(makeInfo(QStringLiteral("x")), {}, {}, RunStatus::Done, {}, {}, &error);
    QVERIFY(entry);
    QSignalSpy changed(store.get(), &HistoryStore::changed);

    QVERIFY(store->setRating(entry->id, 4));
    QCOMPARE(store->entry(entry->id)->rating, 4);
    QVERIFY(store->setRating(entry->id, 0));
    QCOMPARE(store->entry(entry->id)->rating, 0);
    QVERIFY(!store->setRating(entry->id, 6));
    QVERIFY(!store->setRating(entry->id, -1));
    QVERIFY(!store->setRating(QStringLiteral("missing"), 3));
    QCOMPARE(changed.count(), 2);

    QVERIFY(store->setFavourite(entry->id, true));
    QVERIFY(store->entry(entry->id)->favourite);
    QVERIFY(store->setFavourite(entry->id, false));
    QVERIFY(!store->entry(entry->id)->favourite);
    QVERIFY(!store->setFavourite(QStringLiteral("missing"), true));
    QCOMPARE(changed.count(), 4);
}

void TestHistoryStore::removeDeletesFiles()
{
    auto store = openStore();
    QString error;
    const QString sketch = m_dir->filePath(QStringLiteral("sketch.png"));
    QVERIFY(pattern(8, 8).save(sketch));
    const auto keep = store->addRun(makeInfo(QStringLiteral("keep")), {}, {output(20, 20)},
                                    RunStatus::Done, {}, sketch, &error);
    const auto drop = store->addRun(makeInfo(QStringLiteral("drop")), {}, {output(20, 20), output(30, 30)},
                                    RunStatus::Done, {}, sketch, &error);
    QVERIFY(keep && drop);
    QSignalSpy changed(store.get(), &HistoryStore::changed);

    QVERIFY(store->remove(drop->id));
    QCOMPARE(changed.count(), 1);
    for (const QString &path : drop->outputPaths + drop->thumbPaths)
        QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    QVERIFY(!store->entry(drop->id));
    QCOMPARE(prompts(store->find(HistoryFilter())), QStringList{QStringLiteral("keep")});
    HistoryFilter filter;
    filter.text = QStringLiteral("drop");
    QVERIFY(store->find(filter).isEmpty());
    // The other run's files and the user's sketch stay.
    QVERIFY(QFileInfo::exists(keep->outputPaths.first()));
    QVERIFY(QFileInfo::exists(keep->thumbPaths.first()));
    QVERIFY(QFileInfo::exists(sketch));

    QVERIFY(!store->remove(drop->id));
    QVERIFY(store->remove(keep->id));
    QVERIFY(!QFileInfo::exists(keep->outputPaths.first()));
    // Emptied month folders go too.
    QVERIFY(!QFileInfo::exists(QFileInfo(keep->outputPaths.first()).absolutePath()));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("results"))));
}

void TestHistoryStore::totalCostSince()
{
    auto store = openStore();
    QString error;
    const QDateTime base(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC);
    const QList<QPair<int, std::optional<double>>> runs = {
        {-3600, 1.0}, {0, 0.04}, {60, std::nullopt}, {120, 0.25}};
    for (const auto &run : runs) {
        GenerationInfo info = makeInfo(QStringLiteral("cost"), {}, base.addSecs(run.first));
        info.costUsd = run.second;
        // A failed run that was charged still counts.
        QVERIFY(store->addRun(info, {}, {}, run.first == 120 ? RunStatus::Failed : RunStatus::Done,
                              {}, {}, &error));
    }
    QCOMPARE(store->totalCost(base), 0.29);
    QCOMPARE(store->totalCost(base.addSecs(-7200)), 1.29);
    QCOMPARE(store->totalCost(base.addSecs(121)), 0.0);
    QCOMPARE(store->totalCost(base.toLocalTime()), 0.29);
    // Less the runs named (the app's own, which its ledger counts already).
    QStringList quarter;
    for (const HistoryEntry &entry : store->find(HistoryFilter())) {
        if (entry.costUsd == 0.25)
            quarter.append(entry.id);
    }
    QCOMPARE(quarter.size(), 1);
    QCOMPARE(store->totalCost(base, quarter), 0.04);
    QCOMPARE(store->totalCost(base, {QStringLiteral("no-such-run")}), 0.29);
}

void TestHistoryStore::modelsAndProviders()
{
    auto store = openStore();
    QString error;
    GenerationInfo a = makeInfo(QStringLiteral("a"), {}, QDateTime(QDate(2024, 1, 1), QTime(1, 0), Qt::UTC));
    GenerationInfo b = makeInfo(QStringLiteral("b"), {}, QDateTime(QDate(2024, 1, 2), QTime(1, 0), Qt::UTC));
    GenerationInfo c = makeInfo(QStringLiteral("c"));
    c.provider = QStringLiteral("segmind");
    c.model = QStringLiteral("segmind:flux");
    QVERIFY(store->addRun(a, QStringLiteral("Old title"), {}, RunStatus::Done, {}, {}, &error));
    QVERIFY(store->addRun(b, QStringLiteral("New title"), {}, RunStatus::Done, {}, {}, &error));
    QVERIFY(store->addRun(c, QStringLiteral("Flux"), {}, RunStatus::Done, {}, {}, &error));
    QCOMPARE(store->models(), (QStringList{QStringLiteral("fal:bria/reimagine/3.2"), QStringLiteral("segmind:flux")}));
    QCOMPARE(store->providers(), (QStringList{QStringLiteral("fal"), QStringLiteral("segmind")}));
    const QMap<QString, QString> titles = store->modelTitles();
    QCOMPARE(titles.value(QStringLiteral("fal:bria/reimagine/3.2")), QStringLiteral("New title"));
    QCOMPARE(titles.value(QStringLiteral("segmind:flux")), QStringLiteral("Flux"));
}

void TestHistoryStore::reopenKeepsEverything()
{
    QList<HistoryEntry> before;
    {
        auto store = openStore();
        addCorpus(*store);
        QString error;
        const auto withFiles = store->addRun(makeInfo(QStringLiteral("files")), QStringLiteral("Bria"),
                                             {output(50, 40)}, RunStatus::Done, {}, {}, &error);
        QVERIFY(withFiles);
        QVERIFY(store->setRating(withFiles->id, 5));
        QVERIFY(store->setFavourite(withFiles->id, true));
        before = store->find(HistoryFilter());
    }
    auto store = openStore();
    QVERIFY(store->isOpen());
    const QList<HistoryEntry> after = store->find(HistoryFilter());
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).generationInfo(), before.at(i).generationInfo());
        QCOMPARE(after.at(i).rating, before.at(i).rating);
        QCOMPARE(after.at(i).favourite, before.at(i).favourite);
        QCOMPARE(after.at(i).outputPaths, before.at(i).outputPaths);
        QCOMPARE(after.at(i).thumbPaths, before.at(i).thumbPaths);
        QCOMPARE(after.at(i).size, before.at(i).size);
    }
    HistoryFilter filter;
    filter.text = QStringLiteral("sofa");
    QCOMPARE(store->find(filter).size(), 1);

    // Files are stored relative to the history folder: moving the folder keeps them.
    store.reset();
    const QString moved = m_dir->filePath(QStringLiteral("moved"));
    QDir().mkpath(moved);
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        if (name != QLatin1String("moved"))
            QVERIFY(QDir().rename(m_dir->filePath(name), QDir(moved).filePath(name)));
    }
    HistoryStore movedStore(moved);
    QString error;
    QVERIFY2(movedStore.open(&error), qPrintable(error));
    filter.text = QStringLiteral("files");
    const QList<HistoryEntry> found = movedStore.find(filter);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().outputPaths.first().startsWith(moved));
    QVERIFY(QFileInfo::exists(found.first().outputPaths.first()));
}

void TestHistoryStore::switchingSearchModeKeepsIndexInSync()
{
    QVERIFY2(ftsAvailable(), "Debian 12's SQLite has FTS5; the one Qt's driver uses here does not");
    QString error;
    {
        auto store = openStore(true);
        QVERIFY(store->addRun(makeInfo(QStringLiteral("first lighthouse")), {}, {}, RunStatus::Done, {}, {}, &error));
    }
    {
        auto store = openStore(false);
        QVERIFY(!store->usesFullTextSearch());
        QVERIFY(store->addRun(makeInfo(QStringLiteral("second lighthouse")), {}, {}, RunStatus::Done, {}, {}, &error));
        HistoryFilter filter;
        filter.text = QStringLiteral("lighthouse");
        QCOMPARE(store->find(filter).size(), 2);
    }
    auto store = openStore(true);
    QVERIFY(store->usesFullTextSearch());
    HistoryFilter filter;
    filter.text = QStringLiteral("lighthouse");
    QCOMPARE(store->find(filter).size(), 2);
    filter.text = QStringLiteral("second");
    QCOMPARE(store->find(filter).size(), 1);
}

void TestHistoryStore::corruptDatabaseFailsCleanly()
{
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            file.write("this is not an SQLite database, it is garbage\n");
    }
    HistoryStore store(m_dir->path());
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("cannot be read")), qPrintable(error));
    QVERIFY(store.find(HistoryFilter()).isEmpty());
    QVERIFY(!store.entry(QStringLiteral("x")));
    QVERIFY(!store.setRating(QStringLiteral("x"), 1));
    QVERIFY(!store.remove(QStringLiteral("x")));
    QCOMPARE(store.totalCost(QDateTime()), 0.0);
    QVERIFY(!store.addRun(makeInfo(QStringLiteral("x")), {}, {}, RunStatus::Done, {}, {}, &error));

    // A second attempt fails the same way (the connection was cleaned up).
    HistoryStore again(m_dir->path());
    QVERIFY(!again.open(&error));
}

void TestHistoryStore::corruptDatabaseMovedAside_data()
{
    QTest::addColumn<bool>("fromValidHistory");
    QTest::newRow("not a database") << false;
    QTest::newRow("damaged schema page") << true;
}

void TestHistoryStore::corruptDatabaseMovedAside()
{
    QFETCH(bool, fromValidHistory);
    const QString path = m_dir->filePath(QStringLiteral("history.sqlite"));
    if (fromValidHistory) {
        auto store = openStore();
        QVERIFY(store->isOpen());
        QString error;
        QVERIFY(store->addRun(makeInfo(QStringLiteral("before")), {}, {}, RunStatus::Done, {}, {}, &error));
    }
    {
        QFile file(path);
        QVERIFY(file.open(fromValidHistory ? QIODevice::ReadWrite : QIODevice::WriteOnly));
        if (fromValidHistory)
            file.seek(100); // keep SQLite's header, overwrite the rest of the schema page
        for (int i = 0; i < 200; ++i)
            file.write("this is not an SQLite database, it is garbage\n");
    }
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write("a log that belongs to the damaged file");
    wal.close();
    QByteArray damaged;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        damaged = file.readAll();
    }

    HistoryStore store(m_dir->path());
    QString error;
    QString notice;
    QVERIFY2(store.openMovingDamagedAside(&error, &notice), qPrintable(error));
    QVERIFY(store.isOpen());

    // Moved aside with its log, kept byte for byte, under a name that says when.
    // (SQLite made a -shm for the file whose header says WAL: it goes along too.)
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files, QDir::Name);
    QVERIFY2(aside.size() == 2 || aside.size() == 3, qPrintable(aside.join(u' ')));
    const QString moved = m_dir->filePath(aside.first());
    QVERIFY2(QRegularExpression(QStringLiteral("^history\\.sqlite\\.corrupt-\\d{8}-\\d{6}$")).match(aside.first()).hasMatch(),
             qPrintable(aside.first()));
    if (aside.size() == 3)
        QCOMPARE(aside.at(1), aside.first() + QStringLiteral("-shm"));
    QCOMPARE(aside.last(), aside.first() + QStringLiteral("-wal"));
    QFile kept(moved);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damaged);
    QFile keptWal(moved + QStringLiteral("-wal"));
    QVERIFY(keptWal.open(QIODevice::ReadOnly));
    QCOMPARE(keptWal.readAll(), QByteArray("a log that belongs to the damaged file"));

    // The message names both files.
    QCOMPARE(notice, QStringLiteral("The run history %1 was damaged, so it was moved to %2 and a new, empty history was "
                                    "started. Result images in %3 are kept.")
                         .arg(path, moved, m_dir->filePath(QStringLiteral("results"))));

    // A new history that works: a run is recorded, found, and there after reopening.
    QVERIFY(store.find(HistoryFilter()).isEmpty());
    QVERIFY2(store.addRun(makeInfo(QStringLiteral("after the crash")), {}, {}, RunStatus::Done, {}, {}, &error),
             qPrintable(error));
    QCOMPARE(store.find(HistoryFilter()).size(), 1);
    HistoryStore reopened(m_dir->path());
    QString again;
    QVERIFY2(reopened.openMovingDamagedAside(&error, &again), qPrintable(error));
    QVERIFY(again.isEmpty()); // nothing moved this time
    QCOMPARE(reopened.find(HistoryFilter()).size(), 1);
    QCOMPARE(reopened.find(HistoryFilter()).first().prompt, QStringLiteral("after the crash"));
}

// A process killed (SIGKILL) while its history transaction is open loses the row it was writing
// and nothing else: the next open finds the history whole (not damaged, nothing moved aside)
// and recording the run again (as the next start does from the job journal) keeps it once.
// The child is this test program (see main()).
void TestHistoryStore::killWhileRecording()
{
    {
        auto store = openStore();
        QString error;
        QVERIFY2(store->addRun(makeInfo(QStringLiteral("earlier")), {}, {}, RunStatus::Done, {}, {}, &error),
                 qPrintable(error));
    }
    auto recordInChild = [this](bool killed) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (killed)
            env.insert(QStringLiteral("REIMAGINE_CRASH_AT"), QStringLiteral("history-half-written"));
        child.setProcessEnvironment(env);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--record-run-into"), m_dir->path()});
        if (!finished.wait(30000))
            return QStringLiteral("still running");
        if (child.exitStatus() == QProcess::CrashExit)
            return QStringLiteral("killed");
        return QStringLiteral("exit %1: %2").arg(child.exitCode()).arg(QString::fromUtf8(child.readAllStandardError()));
    };
    auto prompts = [this] {
        HistoryStore store(m_dir->path());
        QString error;
        QString notice;
        QStringList list;
        if (!store.openMovingDamagedAside(&error, &notice) || !notice.isEmpty())
            return QStringList{QStringLiteral("not reopened: ") + error + notice};
        for (const HistoryEntry &entry : store.find(HistoryFilter()))
            list.append(entry.id == QLatin1String("killed-run") ? QStringLiteral("killed-run") : entry.prompt);
        std::sort(list.begin(), list.end());
        return list;
    };

    QCOMPARE(recordInChild(true), QStringLiteral("killed"));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("history.sqlite-wal")))); // left as a kill leaves it
    QCOMPARE(prompts(), QStringList{QStringLiteral("earlier")});
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.corrupt-*")}).isEmpty());

    QCOMPARE(recordInChild(false), QStringLiteral("exit 0: "));
    QCOMPARE(prompts(), (QStringList{QStringLiteral("earlier"), QStringLiteral("killed-run")}));
    QCOMPARE(recordInChild(false), QStringLiteral("exit 0: ")); // recorded again: still once
    QCOMPARE(prompts(), (QStringList{QStringLiteral("earlier"), QStringLiteral("killed-run")}));
}

void TestHistoryStore::newerSchemaIsRefused()
{
    {
        auto store = openStore();
        QVERIFY(store->isOpen());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("history.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    HistoryStore store(m_dir->path());
    QString error;
    QString notice;
    // A history from a newer app is not damaged: it is refused and left where it is.
    QVERIFY(!store.openMovingDamagedAside(&error, &notice));
    QVERIFY(notice.isEmpty());
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.corrupt-*")}).isEmpty());
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
}

void TestHistoryStore::defaultDirectory()
{
    QVERIFY(HistoryStore::defaultDirectory().endsWith(QLatin1String("/reimagine-studio")));
}

void TestHistoryStore::structureScoresAndSettings()
{
    auto store = openStore();
    QString error;
    const auto entry = store->addRun(makeInfo(QStringLiteral("two results")), QStringLiteral("Bria"),
                                     {output(40, 30), output(40, 30)}, RunStatus::Done, {}, {}, &error);
    QVERIFY2(entry, qPrintable(error));
    QVERIFY(!entry->structureScore);
    QCOMPARE(store->entry(entry->id)->outputScores, (QList<double>{-1.0, -1.0}));
    QSignalSpy changed(store.get(), &HistoryStore::changed);

    QVERIFY(store->setStructureScores(entry->id, {0.42, 0.81}));
    std::optional<HistoryEntry> stored = store->entry(entry->id);
    QCOMPARE(stored->outputScores, (QList<double>{0.42, 0.81}));
    QCOMPARE(*stored->structureScore, 0.81); // the best result's
    QCOMPARE(store->find(HistoryFilter()).first().outputScores, (QList<double>{0.42, 0.81}));
    // An output that could not be scored stays without a score.
    QVERIFY(store->setStructureScores(entry->id, {0.3, -1}));
    QCOMPARE(store->entry(entry->id)->outputScores, (QList<double>{0.3, -1.0}));
    QCOMPARE(*store->entry(entry->id)->structureScore, 0.3);
    QVERIFY(!store->setStructureScores(QStringLiteral("missing"), {0.5}));

    const QJsonObject structure{{QStringLiteral("cleanup_enabled"), true}, {QStringLiteral("map"), QStringLiteral("canny")}};
    QVERIFY(store->setStructure(entry->id, structure));
    QCOMPARE(store->entry(entry->id)->structure, structure);
    QVERIFY(!store->setStructure(QStringLiteral("missing"), structure));
    QCOMPARE(changed.count(), 3);

    // The window writes them on the store's database thread: they land, and changed() is heard.
    const QJsonObject later{{QStringLiteral("cleanup_enabled"), false}};
    QFuture<bool> written = store->inBackground([&store, id = entry->id, later] {
        return store->setStructureScores(id, {0.99, 0.25}) && store->setStructure(id, later);
    });
    QTRY_VERIFY(written.isFinished());
    QVERIFY(written.result());
    QCOMPARE(*store->entry(entry->id)->structureScore, 0.99);
    QCOMPARE(store->entry(entry->id)->structure, later);
    QTRY_COMPARE(changed.count(), 5);
}

void TestHistoryStore::sortByStructureScore()
{
    auto store = openStore();
    QDateTime created(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    QHash<QString, QString> ids;
    for (const QString &prompt : {QStringLiteral("low"), QStringLiteral("none"), QStringLiteral("high"),
                                  QStringLiteral("middle"), QStringLiteral("also none")}) {
        created = created.addSecs(60);
        const auto entry = store->addRun(makeInfo(prompt, {}, created), {}, {output(8, 8)}, RunStatus::Done,
                                         {}, {}, nullptr);
        QVERIFY(entry);
        ids.insert(prompt, entry->id);
    }
    QVERIFY(store->setStructureScores(ids.value(QStringLiteral("low")), {0.2}));
    QVERIFY(store->setStructureScores(ids.value(QStringLiteral("high")), {0.9}));
    QVERIFY(store->setStructureScores(ids.value(QStringLiteral("middle")), {0.5}));

    HistoryFilter filter;
    QCOMPARE(prompts(store->find(filter)), (QStringList{QStringLiteral("also none"), QStringLiteral("middle"),
                                                        QStringLiteral("high"), QStringLiteral("none"),
                                                        QStringLiteral("low")}));
    filter.sort = HistoryFilter::Sort::StructureScore;
    QCOMPARE(prompts(store->find(filter)), (QStringList{QStringLiteral("high"), QStringLiteral("middle"),
                                                        QStringLiteral("low"), QStringLiteral("also none"),
                                                        QStringLiteral("none")}));
    // The limit keeps the best ones.
    filter.limit = 2;
    QCOMPARE(prompts(store->find(filter)), (QStringList{QStringLiteral("high"), QStringLiteral("middle")}));
    // Filters still apply.
    filter.limit = 0;
    filter.text = QStringLiteral("none");
    QCOMPARE(prompts(store->find(filter)), (QStringList{QStringLiteral("also none"), QStringLiteral("none")}));
}

void TestHistoryStore::migratesVersionOneHistory()
{
    // A history written by the first version: no structure columns.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("history.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *sql : {
                 "CREATE TABLE schema_version (version INTEGER NOT NULL)",
                 "INSERT INTO schema_version (version) VALUES (1)",
                 "CREATE TABLE runs (id TEXT PRIMARY KEY NOT NULL, created TEXT NOT NULL, model_id TEXT NOT NULL DEFAULT '', "
                 "model_title TEXT NOT NULL DEFAULT '', provider TEXT NOT NULL DEFAULT '', endpoint TEXT NOT NULL DEFAULT '', "
                 "prompt TEXT NOT NULL DEFAULT '', negative_prompt TEXT NOT NULL DEFAULT '', inputs_json TEXT NOT NULL DEFAULT '{}', "
                 "seed INTEGER, cost_usd REAL, elapsed_ms INTEGER NOT NULL DEFAULT 0, request_id TEXT NOT NULL DEFAULT '', "
                 "status TEXT NOT NULL CHECK (status IN ('done', 'failed', 'cancelled')), error TEXT NOT NULL DEFAULT '', "
                 "rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5), favourite INTEGER NOT NULL DEFAULT 0 "
                 "CHECK (favourite IN (0, 1)), sketch_path TEXT NOT NULL DEFAULT '', width INTEGER NOT NULL DEFAULT 0, "
                 "height INTEGER NOT NULL DEFAULT 0, search_text TEXT NOT NULL DEFAULT '')",
                 "CREATE TABLE outputs (run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE, idx INTEGER NOT NULL, "
                 "file_path TEXT NOT NULL, thumb_path TEXT NOT NULL DEFAULT '', PRIMARY KEY (run_id, idx))",
                 "INSERT INTO runs (id, created, prompt, status, search_text) VALUES ('old', "
                 "'2024-05-01T10:00:00.000Z', 'an old run', 'done', ' an old run ')",
                 "INSERT INTO outputs (run_id, idx, file_path) VALUES ('old', 0, 'results/old-1.png')"}) {
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto store = openStore();
    QVERIFY(store->isOpen());
    const std::optional<HistoryEntry> old = store->entry(QStringLiteral("old"));
    QVERIFY(old);
    QCOMPARE(old->prompt, QStringLiteral("an old run"));
    QVERIFY(!old->structureScore);
    QCOMPARE(old->outputScores, QList<double>{-1.0});
    QVERIFY(old->structure.isEmpty());
    // v3: no comparison, origin or tags; no votes.
    QVERIFY(old->compareId.isEmpty());
    QVERIFY(old->origin.isEmpty());
    QVERIFY(old->tags.isEmpty());
    QVERIFY(store->votes().isEmpty());
    QVERIFY(store->setTags({QStringLiteral("old")}, {QStringLiteral("Archive")}));
    QCOMPARE(store->entry(QStringLiteral("old"))->tags, QStringList{QStringLiteral("Archive")});
    QVERIFY(store->setStructureScores(QStringLiteral("old"), {0.66}));
    QCOMPARE(*store->entry(QStringLiteral("old"))->structureScore, 0.66);
}

namespace {

// `tst_historystore --record-run-into <dir>`: records the run "killed-run" in the history in
// <dir>; killWhileRecording runs it with REIMAGINE_CRASH_AT=history-half-written.
int recordRunInto(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    HistoryStore store(QString::fromLocal8Bit(argv[2]));
    HistoryEntry entry;
    entry.id = QStringLiteral("killed-run");
    entry.modelId = QStringLiteral("fal:bria/reimagine/3.2");
    entry.provider = QStringLiteral("fal");
    entry.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("recorded by a process that is killed")}};
    QString error;
    if (!store.open(&error) || !store.recordRun(entry, &error)) {
        fprintf(stderr, "%s", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--record-run-into") == 0)
        return recordRunInto(argc, argv);
    QCoreApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestHistoryStore tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_historystore.moc"
