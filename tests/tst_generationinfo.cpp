#include "imaging/generationinfo.h"

#include "model/jobtypes.h"

#include <QJsonArray>
#include <QTest>

namespace {

ModelSpec modelWithImages()
{
    ModelSpec model;
    model.id = QStringLiteral("fal:bria/reimagine/3.2");
    model.provider = QStringLiteral("fal");
    model.endpoint = QStringLiteral("bria/reimagine/3.2");
    ParameterSpec image;
    image.name = QStringLiteral("structure_image_url");
    image.type = ParameterSpec::Type::Image;
    ParameterSpec references;
    references.name = QStringLiteral("image_urls");
    references.type = ParameterSpec::Type::ImageList;
    ParameterSpec seed;
    seed.name = QStringLiteral("seed");
    seed.type = ParameterSpec::Type::Integer;
    seed.role = QStringLiteral("seed");
    model.fields = {image, references, seed};
    model.roles.insert(QStringLiteral("seed"), QStringLiteral("seed"));
    return model;
}

} // namespace

class TestGenerationInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portableInputs();
    void describe();
    void jsonRoundTrip();
    void jsonWithoutVersionIsRefused();
};

void TestGenerationInfo::portableInputs()
{
    const QJsonObject values{
        {QStringLiteral("structure_image_url"), QStringLiteral("/home/designer/secret/sketch.png")},
        {QStringLiteral("image_urls"), QJsonArray{QStringLiteral("https://cdn.test/a/ref.jpg"),
                                                  QStringLiteral("data:image/png;base64,AAAA"), 3}},
        {QStringLiteral("prompt"), QStringLiteral("/not/an/image/field")}};
    const QJsonObject portable = GenerationInfo::portableInputs(modelWithImages(), values);
    QCOMPARE(portable.value(QLatin1String("structure_image_url")).toString(), QStringLiteral("sketch.png"));
    QCOMPARE(portable.value(QLatin1String("image_urls")).toArray(),
             (QJsonArray{QStringLiteral("ref.jpg"), QStringLiteral("(inline image)"), 3}));
    QCOMPARE(portable.value(QLatin1String("prompt")).toString(), QStringLiteral("/not/an/image/field"));
}

void TestGenerationInfo::describe()
{
    JobOutcome outcome;
    outcome.requestId = QStringLiteral("req-1");
    const QDateTime created(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::OffsetFromUTC, 7200);
    const GenerationInfo info = GenerationInfo::describe(
        modelWithImages(), QJsonObject{{QStringLiteral("seed"), 77}}, outcome, 0.04, 1500, created);
    QCOMPARE(info.provider, QStringLiteral("fal"));
    QCOMPARE(info.model, QStringLiteral("fal:bria/reimagine/3.2"));
    QCOMPARE(info.requestId, QStringLiteral("req-1"));
    QCOMPARE(info.seed, std::optional<qint64>(77));   // the one sent: the provider named none
    QCOMPARE(info.costUsd, std::optional<double>(0.04));
    QCOMPARE(info.created, created);
    QCOMPARE(info.created.timeSpec(), Qt::UTC);
}

void TestGenerationInfo::jsonRoundTrip()
{
    GenerationInfo info;
    info.provider = QStringLiteral("freepik");
    info.model = QStringLiteral("reimagine-flux");
    info.seed = Q_INT64_C(9007199254740993);
    info.elapsedMs = 42;
    info.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    info.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("chair")}};
    const QJsonObject json = info.toJson();
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
    QVERIFY(json.value(QLatin1String("cost_usd")).isNull());
    const std::optional<GenerationInfo> back = GenerationInfo::fromJson(json);
    QVERIFY(back);
    QVERIFY(*back == info);
}

void TestGenerationInfo::jsonWithoutVersionIsRefused()
{
    QString error;
    QVERIFY(!GenerationInfo::fromJson(QJsonObject{{QStringLiteral("model"), QStringLiteral("x")}}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestGenerationInfo)
#include "tst_generationinfo.moc"
