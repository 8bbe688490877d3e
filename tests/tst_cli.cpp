#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// Drives the real reimagine-cli binary. Every provider URL points at a local listener that
// counts connections, so the tests prove that invalid input never reaches the network.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void models();
    void modelsJson();
    void schema_data();
    void schema();
    void schemaUnknownModel();
    void runInvalid_data();
    void runInvalid();
    void usage();
    void keyHostWarning();

private:
    struct Output
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Output cli(const QStringList &args, const QHash<QString, QString> &extraEnv = {});

    QTemporaryDir m_dir;
    QTcpServer m_listener;
    int m_connections = 0;
    QString m_sketch;
    QString m_corrupt;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(REIMAGINE_BIN_DIR "/reimagine-cli")));
    QVERIFY(m_listener.listen(QHostAddress::LocalHost));
    connect(&m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_listener.nextPendingConnection()) {
            ++m_connections;
            s->close();
            s->deleteLater();
        }
    });

    m_sketch = m_dir.filePath(QStringLiteral("sketch.png"));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::white);
    QVERIFY(image.save(m_sketch));
    m_corrupt = m_dir.filePath(QStringLiteral("corrupt.png"));
    QFile sketch(m_sketch);
    QVERIFY(sketch.open(QIODevice::ReadOnly));
    QFile corrupt(m_corrupt);
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(sketch.readAll().left(50));
}

TestCli::Output TestCli::cli(const QStringList &args, const QHash<QString, QString> &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *key : {"FAL_KEY", "SEGMIND_API_KEY", "FREEPIK_API_KEY"})
        env.remove(QLatin1String(key));
    env.insert(QStringLiteral("FAL_KEY"), QStringLiteral("test-fal-key"));
    env.insert(QStringLiteral("SEGMIND_API_KEY"), QStringLiteral("test-segmind-key"));
    env.insert(QStringLiteral("FREEPIK_API_KEY"), QStringLiteral("test-freepik-key"));
    const QString local = QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort());
    for (const char *key : {"REIMAGINE_FAL_QUEUE_URL", "REIMAGINE_FAL_REST_URL", "REIMAGINE_SEGMIND_URL",
                            "REIMAGINE_FREEPIK_URL", "REIMAGINE_SEGMIND_UPLOAD_URL"})
        env.insert(QLatin1String(key), local);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(REIMAGINE_BIN_DIR "/reimagine-cli"), args);
    Output output;
    if (!process.waitForFinished(30000)) {
        process.kill();
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

void TestCli::models()
{
    const Output o = cli({QStringLiteral("models")});
    QCOMPARE(o.exitCode, 0);
    const QString text = QString::fromUtf8(o.out);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header + 4 models
    QVERIFY(lines.at(0).startsWith(QLatin1String("ID")));
    QVERIFY(text.contains(QLatin1String("fal:bria/reimagine/3.2")));
    QVERIFY(text.contains(QLatin1String("$0.040")));
    QVERIFY(text.contains(QLatin1String("segmind:bria-reimagine")));
}

void TestCli::modelsJson()
{
    const Output o = cli({QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(o.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(o.out).array();
    QCOMPARE(list.size(), 4);
    const QJsonObject bria = list.at(0).toObject();
    QCOMPARE(bria.keys(), (QStringList{QStringLiteral("endpoint"), QStringLiteral("id"), QStringLiteral("price"),
                                       QStringLiteral("provider"), QStringLiteral("title")}));
    QCOMPARE(bria.value(QLatin1String("id")).toString(), QStringLiteral("fal:bria/reimagine/3.2"));
    QCOMPARE(bria.value(QLatin1String("endpoint")).toString(), QStringLiteral("bria/reimagine/3.2"));
    QCOMPARE(bria.value(QLatin1String("price")).toDouble(), 0.04);
    QVERIFY(list.at(3).toObject().value(QLatin1String("price")).isNull());
}

void TestCli::schema_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("fields");
    QTest::addColumn<QString>("firstField");
    QTest::newRow("bria") << QStringLiteral("fal:bria/reimagine/3.2") << 15 << QStringLiteral("prompt");
    QTest::newRow("ideogram") << QStringLiteral("fal:fal-ai/ideogram/v3/remix") << 14 << QStringLiteral("prompt");
    QTest::newRow("segmind") << QStringLiteral("segmind:bria-reimagine") << 11 << QStringLiteral("prompt");
    QTest::newRow("freepik") << QStringLiteral("freepik:reimagine-flux") << 5 << QStringLiteral("prompt");
}

void TestCli::schema()
{
    QFETCH(QString, id);
    QFETCH(int, fields);
    QFETCH(QString, firstField);
    const Output o = cli({QStringLiteral("schema"), id});
    QCOMPARE(o.exitCode, 0);
    const QJsonObject schema = QJsonDocument::fromJson(o.out).object();
    for (const char *key : {"id", "provider", "endpoint", "title", "price", "fields"})
        QVERIFY2(schema.contains(QLatin1String(key)), key);
    QCOMPARE(schema.value(QLatin1String("id")).toString(), id);
    const QJsonArray list = schema.value(QLatin1String("fields")).toArray();
    QCOMPARE(list.size(), fields);
    QCOMPARE(list.first().toObject().value(QLatin1String("name")).toString(), firstField);
    const QStringList types{QStringLiteral("string"), QStringLiteral("integer"), QStringLiteral("number"),
                            QStringLiteral("boolean"), QStringLiteral("image"), QStringLiteral("image_list"),
                            QStringLiteral("object"), QStringLiteral("array"), QStringLiteral("json")};
    for (const QJsonValue &v : list) {
        const QJsonObject field = v.toObject();
        for (const char *key : {"name", "type", "required", "widget", "group"})
            QVERIFY2(field.contains(QLatin1String(key)), key);
        QVERIFY(types.contains(field.value(QLatin1String("type")).toString()));
        // Keys absent when not applicable.
        if (field.value(QLatin1String("type")).toString() == QLatin1String("boolean")) {
            QVERIFY(!field.contains(QLatin1String("minimum")));
            QVERIFY(!field.contains(QLatin1String("enum")));
        }
    }
    if (id == QLatin1String("fal:bria/reimagine/3.2")) {
        const QJsonObject steps = list.at(2).toObject();
        QCOMPARE(steps.value(QLatin1String("name")).toString(), QStringLiteral("num_inference_steps"));
        QCOMPARE(steps.value(QLatin1String("minimum")).toInt(), 20);
        QCOMPARE(steps.value(QLatin1String("maximum")).toInt(), 50);
        QCOMPARE(steps.value(QLatin1String("default")).toInt(), 30);
        QCOMPARE(steps.value(QLatin1String("widget")).toString(), QStringLiteral("slider"));
    }
}

void TestCli::schemaUnknownModel()
{
    const Output o = cli({QStringLiteral("schema"), QStringLiteral("fal:nope")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.err.contains("unknown model 'fal:nope'"));
    QVERIFY(o.err.contains("fal:bria/reimagine/3.2"));
}

void TestCli::runInvalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    const QString out = m_dir.filePath(QStringLiteral("out.png"));
    const QString bria = QStringLiteral("fal:bria/reimagine/3.2");
    const QString m = QStringLiteral("--model");
    const QString i = QStringLiteral("--image");
    const QString o = QStringLiteral("--output");
    const QString p = QStringLiteral("--prompt");
    const QString s = QStringLiteral("--set");

    QTest::newRow("unknown model") << QStringList{m, QStringLiteral("fal:nope"), i, m_sketch, o, out}
                                   << QStringLiteral("unknown model 'fal:nope'");
    QTest::newRow("no model") << QStringList{i, m_sketch, o, out} << QStringLiteral("--model is required");
    QTest::newRow("no output") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x")}
                               << QStringLiteral("--output is required");
    QTest::newRow("missing prompt") << QStringList{m, bria, i, m_sketch, o, out}
                                    << QStringLiteral("prompt: Prompt is required.");
    QTest::newRow("steps range") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x"), s,
                                                QStringLiteral("num_inference_steps=99"), o, out}
                                 << QStringLiteral("num_inference_steps: Steps must be between 20 and 50.");
    QTest::newRow("steps text") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x"), s,
                                               QStringLiteral("num_inference_steps=many"), o, out}
                                << QStringLiteral("num_inference_steps: Steps expects a whole number, got 'many'.");
    QTest::newRow("enum") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x"), s,
                                         QStringLiteral("aspect_ratio=7:5"), o, out}
                          << QStringLiteral("aspect_ratio: Aspect ratio must be one of: 1:1");
    QTest::newRow("unknown key") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x"), s,
                                                QStringLiteral("stepz=3"), o, out}
                                 << QStringLiteral("unknown parameter 'stepz'");
    QTest::newRow("set without =") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x"), s,
                                                  QStringLiteral("seed"), o, out}
                                   << QStringLiteral("--set takes key=value");
    QTest::newRow("missing image file") << QStringList{m, bria, i, m_dir.filePath(QStringLiteral("gone.png")),
                                                       p, QStringLiteral("x"), o, out}
                                        << QStringLiteral("Cannot open gone.png");
    QTest::newRow("corrupt image") << QStringList{m, bria, i, m_corrupt, p, QStringLiteral("x"), o, out}
                                   << QStringLiteral("corrupt.png");
    QTest::newRow("image required") << QStringList{m, QStringLiteral("fal:fal-ai/ideogram/v3/remix"), p,
                                                   QStringLiteral("x"), o, out}
                                    << QStringLiteral("--image is required");
    QTest::newRow("exclusive") << QStringList{m, QStringLiteral("fal:fal-ai/ideogram/v3/remix"), i, m_sketch,
                                              p, QStringLiteral("x"), s, QStringLiteral("style=AUTO"), s,
                                              QStringLiteral("style_codes=AABBCCDD"), o, out}
                               << QStringLiteral("cannot be used together");
    QTest::newRow("bad timeout") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x"),
                                                QStringLiteral("--timeout"), QStringLiteral("-3"), o, out}
                                 << QStringLiteral("--timeout takes a positive number");
    QTest::newRow("output folder") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x"), o,
                                                  m_dir.filePath(QStringLiteral("no/such/dir/out.png"))}
                                   << QStringLiteral("the folder of --output does not exist");
    QTest::newRow("bad preset") << QStringList{m, bria, i, m_sketch, p, QStringLiteral("x"),
                                               QStringLiteral("--preset"), m_sketch, o, out}
                                << QStringLiteral("is not valid JSON");
    QTest::newRow("unknown option") << QStringList{m, bria, QStringLiteral("--colour"), QStringLiteral("red")}
                                    << QStringLiteral("'run' does not take '--colour'");
}

void TestCli::runInvalid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const int before = m_connections;
    const Output o = cli(QStringList{QStringLiteral("run")} + args);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(QString::fromUtf8(o.err).contains(message), o.err.constData());
    QVERIFY(o.out.isEmpty());
    // Nothing was sent anywhere.
    QCoreApplication::processEvents();
    QCOMPARE(m_connections, before);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.png"))));
}

void TestCli::usage()
{
    QCOMPARE(cli({}).exitCode, 1);
    const Output help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("reimagine-cli run --model ID --image FILE --output FILE"));
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 1);
}

// An override that sends a key to a host that is not the provider's is reported once, by the
// commands that talk to providers, without the key.
void TestCli::keyHostWarning()
{
    const QHash<QString, QString> env{{QStringLiteral("REIMAGINE_SEGMIND_URL"), QStringLiteral("https://segmind.example.com")}};
    const Output resume = cli({QStringLiteral("resume")}, env);
    QCOMPARE(resume.exitCode, 0);
    const QByteArray warning = "reimagine-cli: warning: REIMAGINE_SEGMIND_URL sends your Segmind API key to "
                               "segmind.example.com, which is not a Segmind host.";
    QVERIFY2(resume.err.contains(warning), resume.err.constData());
    QCOMPARE(resume.err.count(warning), 1);
    QVERIFY(!resume.err.contains("test-segmind-key"));
    QVERIFY(!cli({QStringLiteral("models")}, env).err.contains("warning"));
    QVERIFY(!cli({QStringLiteral("resume")}).err.contains("warning")); // loopback overrides are fine
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
