#include "fakeproviderserver.h"
#include "syntheticsketch.h"
#include "testenvironment.h"

#include "structure/sketchpreparation.h"
#include "structure/structuremaps.h"
#include "structure/structurescore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

// reimagine-cli structure, and run's clean-up, map and structure_score, end to end: the real
// binary against the in-process fake server (whose event loop runs while the test waits).
class TestStructureCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesTheCannyMap();
    void cleansAPhonePhoto();
    void refusesBadInput_data();
    void refusesBadInput();
    void runSendsTheMapToBria();
    void runSendsTheCleanedSketchElsewhere();
    void runScoresEveryResult();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &args, int timeoutMs = 60000);
    QJsonObject submitted(const QString &pathContains) const;
    QImage stored(const QString &url) const;
    static QByteArray png(const QImage &image);

    QImage m_drawing;
    SyntheticSketch::Photo m_photo;
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeProviderServer> m_server;
    QString m_photoPath;
    QString m_drawingPath;
};

QByteArray TestStructureCommand::png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void TestStructureCommand::initTestCase()
{
    m_drawing = SyntheticSketch::drawing(QSize(1024, 768));
    m_photo = SyntheticSketch::phonePhoto(m_drawing, QSize(2000, 1500), 8.0);
}

void TestStructureCommand::init()
{
    m_env = std::make_unique<TestEnvironment>();
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->setAcceptAnyKey(true);
    m_server->setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    m_server->setSseIntervalMs(20);
    m_photoPath = m_env->path(QStringLiteral("photo.jpg"));
    QVERIFY(m_photo.image.save(m_photoPath, "JPEG", 92));
    m_drawingPath = m_env->path(QStringLiteral("drawing.png"));
    QVERIFY(m_drawing.save(m_drawingPath));
}

void TestStructureCommand::cleanup()
{
    m_server.reset();
    m_env.reset();
}

TestStructureCommand::Result TestStructureCommand::cli(const QStringList &args, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = m_env->processEnvironment();
    for (const auto &pair : m_server->environment())
        env.insert(QString::fromUtf8(pair.first), QString::fromUtf8(pair.second));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REIMAGINE_BIN_DIR "/reimagine-cli"), args);
    Result result;
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() == QProcess::NotRunning || !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The JSON body of the (only) submit whose path contains `pathContains`.
QJsonObject TestStructureCommand::submitted(const QString &pathContains) const
{
    for (const RecordedRequest &request : m_server->requestsTo(pathContains)) {
        if (request.method == "POST")
            return QJsonDocument::fromJson(request.body).object();
    }
    return {};
}

QImage TestStructureCommand::stored(const QString &url) const
{
    return QImage::fromData(m_server->storedFile(QUrl(url).path()));
}

void TestStructureCommand::writesTheCannyMap()
{
    const QString output = m_env->path(QStringLiteral("edges.png"));
    const Result r = cli({QStringLiteral("structure"), QStringLiteral("--image"), m_drawingPath, QStringLiteral("--canny"),
                          QStringLiteral("30,90"), QStringLiteral("--output"), output});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), output.toUtf8());
    const QImage map(output);
    QCOMPARE(map.convertToFormat(QImage::Format_Grayscale8), StructureMaps::canny(m_drawing, 30, 90));

    // --map lineart and the default thresholds.
    const Result lines = cli({QStringLiteral("structure"), QStringLiteral("--image=") + m_drawingPath,
                              QStringLiteral("--map=lineart"), QStringLiteral("--output=") + output});
    QCOMPARE(lines.exitCode, 0);
    QCOMPARE(QImage(output).convertToFormat(QImage::Format_Grayscale8), StructureMaps::lineArt(m_drawing));
}

void TestStructureCommand::cleansAPhonePhoto()
{
    const QString map = m_env->path(QStringLiteral("map.png"));
    const QString sketch = m_env->path(QStringLiteral("clean.png"));
    const Result r = cli({QStringLiteral("structure"), QStringLiteral("--image"), m_photoPath, QStringLiteral("--cleanup"),
                          QStringLiteral("photo,corners=auto"), QStringLiteral("--sketch-output"), sketch,
                          QStringLiteral("--output"), map});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage cleaned(sketch);
    QVERIFY(!cleaned.isNull());
    const StructureScore recovered = StructureScore::compute(m_drawing, cleaned);
    qInfo("reimagine-cli structure --cleanup photo,corners=auto: the cleaned photo scores %.3f against the drawing",
          recovered.fscore);
    QVERIFY2(recovered.fscore > 0.75, qPrintable(QString::number(recovered.fscore)));
    // The map is the canny map of exactly that sketch.
    QCOMPARE(QImage(map).convertToFormat(QImage::Format_Grayscale8),
             StructureMaps::canny(cleaned, StructureSettings::DefaultCannyLow, StructureSettings::DefaultCannyHigh));
}

void TestStructureCommand::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/tmp/reimagine-never-written.png");
    QTest::newRow("no image") << QStringList{QStringLiteral("--output"), out} << QStringLiteral("--image is required");
    QTest::newRow("no output") << QStringList{QStringLiteral("--image"), QStringLiteral("x.png")}
                               << QStringLiteral("--output is required");
    QTest::newRow("canny") << QStringList{QStringLiteral("--image"), QStringLiteral("x.png"), QStringLiteral("--canny"),
                                          QStringLiteral("200,100"), QStringLiteral("--output"), out}
                           << QStringLiteral("--canny: the Canny thresholds are LOW,HIGH");
    QTest::newRow("cleanup") << QStringList{QStringLiteral("--image"), QStringLiteral("x.png"), QStringLiteral("--cleanup"),
                                            QStringLiteral("shading=soft"), QStringLiteral("--output"), out}
                             << QStringLiteral("--cleanup: shading takes off, even or threshold, got 'soft'.");
    QTest::newRow("map") << QStringList{QStringLiteral("--image"), QStringLiteral("x.png"), QStringLiteral("--map"),
                                        QStringLiteral("depth"), QStringLiteral("--output"), out}
                         << QStringLiteral("--map takes canny or lineart, got 'depth'");
    QTest::newRow("jpeg") << QStringList{QStringLiteral("--image"), QStringLiteral("x.png"), QStringLiteral("--output"),
                                         QStringLiteral("/tmp/map.jpg")}
                          << QStringLiteral("maps and sketches are written as PNG");
    QTest::newRow("missing image") << QStringList{QStringLiteral("--image"), QStringLiteral("/nonexistent/x.png"),
                                                  QStringLiteral("--output"), out}
                                   << QStringLiteral("--image: Cannot open x.png");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--sharpen")}
                             << QStringLiteral("'structure' does not take '--sharpen'");
}

void TestStructureCommand::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = cli(QStringList{QStringLiteral("structure")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/reimagine-never-written.png")));
}

void TestStructureCommand::runSendsTheMapToBria()
{
    // The model "returns" a render of the drawing.
    const QImage render = SyntheticSketch::rendered(QSize(1024, 768));
    m_server->setResultImage(QStringLiteral("fal"), png(render));
    const QString output = m_env->path(QStringLiteral("bria.png"));
    const Result r = cli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                          QStringLiteral("--image"), m_photoPath, QStringLiteral("--prompt"), QStringLiteral("a cottage"),
                          QStringLiteral("--cleanup"), QStringLiteral("photo,corners=auto"), QStringLiteral("--canny"),
                          QStringLiteral("50,150"), QStringLiteral("--output"), output, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // What Bria received: the local canny map, its own preprocessing off.
    const QJsonObject input = submitted(QStringLiteral("/fal-queue/bria/reimagine/3.2"));
    QCOMPARE(input.value(QStringLiteral("canny_preprocess")).toBool(true), false);
    const QImage sent = stored(input.value(QStringLiteral("canny_image_url")).toString());
    QVERIFY(!sent.isNull());

    // Exactly the map `structure` makes with the same options.
    const QString map = m_env->path(QStringLiteral("map.png"));
    const QString sketch = m_env->path(QStringLiteral("sketch.png"));
    QCOMPARE(cli({QStringLiteral("structure"), QStringLiteral("--image"), m_photoPath, QStringLiteral("--cleanup"),
                  QStringLiteral("photo,corners=auto"), QStringLiteral("--canny"), QStringLiteral("50,150"),
                  QStringLiteral("--sketch-output"), sketch, QStringLiteral("--output"), map})
                 .exitCode,
             0);
    QCOMPARE(sent.convertToFormat(QImage::Format_Grayscale8), QImage(map).convertToFormat(QImage::Format_Grayscale8));

    // The score of the result against the cleaned sketch.
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QVERIFY(summary.value(QStringLiteral("structure_score")).isDouble());
    const double score = summary.value(QStringLiteral("structure_score")).toDouble();
    const double expected = StructureScore::compute(QImage(sketch), QImage(output)).fscore;
    qInfo("run --json structure_score of a render of the drawing: %.3f", score);
    QVERIFY(qAbs(score - expected) < 0.0006);
    QVERIFY2(score > 0.5 && score <= 1.0, qPrintable(QString::number(score)));
    QCOMPARE(summary.value(QStringLiteral("structure_scores")).toArray(), QJsonArray{score});
    // The other keys of the contract are all there.
    for (const char *key : {"request_id", "model", "provider", "seed", "elapsed_ms", "cost_usd", "outputs", "width", "height"})
        QVERIFY2(summary.contains(QLatin1String(key)), key);
}

void TestStructureCommand::runSendsTheCleanedSketchElsewhere()
{
    const Result r = cli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:fal-ai/ideogram/v3/remix"),
                          QStringLiteral("--image"), m_photoPath, QStringLiteral("--prompt"), QStringLiteral("a cottage"),
                          QStringLiteral("--cleanup"), QStringLiteral("photo,corners=auto"), QStringLiteral("--canny"),
                          QStringLiteral("50,150"), QStringLiteral("--output"), m_env->path(QStringLiteral("remix.png"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("fal:fal-ai/ideogram/v3/remix derives its own structure from the sketch"), r.err.constData());
    // Ideogram got the cleaned sketch, not the photo and not a map.
    const QJsonObject input = submitted(QStringLiteral("/fal-queue/fal-ai/ideogram"));
    QVERIFY(!input.contains(QStringLiteral("canny_preprocess")));
    const QImage sent = stored(input.value(QStringLiteral("image_url")).toString());
    const QString sketch = m_env->path(QStringLiteral("sketch.png"));
    QCOMPARE(cli({QStringLiteral("structure"), QStringLiteral("--image"), m_photoPath, QStringLiteral("--cleanup"),
                  QStringLiteral("photo,corners=auto"), QStringLiteral("--sketch-output"), sketch, QStringLiteral("--output"),
                  m_env->path(QStringLiteral("map.png"))})
                 .exitCode,
             0);
    QCOMPARE(sent.convertToFormat(QImage::Format_Grayscale8), QImage(sketch).convertToFormat(QImage::Format_Grayscale8));
    // The cleaned sketch is kept where the run can be resumed from.
    QCOMPARE(QDir(m_env->path(QStringLiteral("data/reimagine-studio/sketches"))).entryList(QDir::Files).size(), 1);
}

void TestStructureCommand::runScoresEveryResult()
{
    // The model returns the sketch itself: a perfect score. A blank sketch has none.
    m_server->setResultImage(QStringLiteral("fal"), png(m_drawing));
    const Result r = cli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:fal-ai/ideogram/v3/remix"),
                          QStringLiteral("--image"), m_drawingPath, QStringLiteral("--prompt"), QStringLiteral("x"),
                          QStringLiteral("--set"), QStringLiteral("num_images=2"), QStringLiteral("--output"),
                          m_env->path(QStringLiteral("same.png")), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(summary.value(QStringLiteral("structure_score")).toDouble(), 1.0);
    QCOMPARE(summary.value(QStringLiteral("structure_scores")).toArray(), (QJsonArray{1.0, 1.0}));

    QImage blank(320, 240, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString blankPath = m_env->path(QStringLiteral("blank.png"));
    QVERIFY(blank.save(blankPath));
    const Result none = cli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:fal-ai/ideogram/v3/remix"),
                             QStringLiteral("--image"), blankPath, QStringLiteral("--prompt"), QStringLiteral("x"),
                             QStringLiteral("--output"), m_env->path(QStringLiteral("none.png")), QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    const QJsonObject noScore = QJsonDocument::fromJson(none.out).object();
    QVERIFY(noScore.contains(QStringLiteral("structure_score")));
    QVERIFY(noScore.value(QStringLiteral("structure_score")).isNull());
}

QTEST_GUILESS_MAIN(TestStructureCommand)
#include "tst_structurecommand.moc"
