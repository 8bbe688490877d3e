#include "imaging/a1111parameters.h"

#include <QJsonArray>
#include <QTest>

class TestA1111Parameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsKnownLabelsFirst();
    void leavesOutLongAndLinkedValues();
    void quotesWhatWouldBreakTheLine();
    void parsesPromptNegativeAndValues();
    void parsesTextWithoutParameters();
    void roundTripsTheValues();
};

void TestA1111Parameters::formatsKnownLabelsFirst()
{
    GenerationInfo info;
    info.provider = QStringLiteral("fal");
    info.model = QStringLiteral("fal-ai/flux/dev");
    info.seed = 9;
    info.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a chair")},
                              {QStringLiteral("rendering_speed"), QStringLiteral("TURBO")},
                              {QStringLiteral("num_inference_steps"), 28},
                              {QStringLiteral("cfg_scale"), 3.5},
                              {QStringLiteral("seed"), 1}};
    QCOMPARE(A1111Parameters::format(info),
             QStringLiteral("a chair\nSteps: 28, Seed: 9, Model: fal-ai/flux/dev, Provider: fal, "
                            "Guidance: 3.5, Rendering speed: TURBO"));
}

void TestA1111Parameters::leavesOutLongAndLinkedValues()
{
    GenerationInfo info;
    info.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("p")},
                              {QStringLiteral("image_url"), QStringLiteral("https://x.test/a.png")},
                              {QStringLiteral("mask"), QStringLiteral("data:image/png;base64,AAAA")},
                              {QStringLiteral("long"), QString(257, QLatin1Char('x'))},
                              {QStringLiteral("refs"), QJsonArray{QStringLiteral("http://x.test/b.png")}},
                              {QStringLiteral("unset"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("empty"), QString()}};
    QCOMPARE(A1111Parameters::format(info), QStringLiteral("p\n"));
}

void TestA1111Parameters::quotesWhatWouldBreakTheLine()
{
    GenerationInfo info;
    info.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("p")},
                              {QStringLiteral("style"), QStringLiteral("soft, warm")},
                              {QStringLiteral("odd:key,\"name\""), 1}};
    QCOMPARE(A1111Parameters::format(info),
             QStringLiteral("p\nOdd key name: 1, Style: \"soft, warm\""));
}

void TestA1111Parameters::parsesPromptNegativeAndValues()
{
    const GenerationInfo info = A1111Parameters::parse(QStringLiteral(
        "line one\nline two\nNegative prompt: blurry\nugly\n"
        "Steps: 30, Seed: 5555, Model: bria/reimagine/3.2, Provider: fal, Guidance: 5, "
        "Style: \"soft, warm\", Fast: False, Aspect ratio: 16:9"));
    QCOMPARE(info.prompt(), QStringLiteral("line one\nline two"));
    QCOMPARE(info.negativePrompt(), QStringLiteral("blurry\nugly"));
    QCOMPARE(info.seed, std::optional<qint64>(5555));
    QCOMPARE(info.model, QStringLiteral("bria/reimagine/3.2"));
    QCOMPARE(info.provider, QStringLiteral("fal"));
    QCOMPARE(info.inputs.value(QLatin1String("steps")).toInteger(), 30);
    QCOMPARE(info.inputs.value(QLatin1String("guidance")).toInteger(), 5);
    QCOMPARE(info.inputs.value(QLatin1String("style")).toString(), QStringLiteral("soft, warm"));
    QCOMPARE(info.inputs.value(QLatin1String("fast")), QJsonValue(false));
    QCOMPARE(info.inputs.value(QLatin1String("aspect_ratio")).toString(), QStringLiteral("16:9"));
}

void TestA1111Parameters::parsesTextWithoutParameters()
{
    const GenerationInfo info = A1111Parameters::parse(QStringLiteral("only a prompt"));
    QCOMPARE(info.prompt(), QStringLiteral("only a prompt"));
    QVERIFY(!info.seed);
    QCOMPARE(info.inputs.size(), 1);
}

void TestA1111Parameters::roundTripsTheValues()
{
    GenerationInfo info;
    info.provider = QStringLiteral("segmind");
    info.model = QStringLiteral("bria-reimagine");
    info.seed = 42;
    info.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a red car")},
                              {QStringLiteral("negative_prompt"), QStringLiteral("rust")},
                              {QStringLiteral("strength"), 0.75},
                              {QStringLiteral("style"), QStringLiteral("bold, \"graphic\"")}};
    const GenerationInfo back = A1111Parameters::parse(A1111Parameters::format(info));
    QCOMPARE(back.provider, info.provider);
    QCOMPARE(back.model, info.model);
    QCOMPARE(back.seed, info.seed);
    QCOMPARE(back.prompt(), info.prompt());
    QCOMPARE(back.negativePrompt(), info.negativePrompt());
    QCOMPARE(back.inputs.value(QLatin1String("strength")).toDouble(), 0.75);
    QCOMPARE(back.inputs.value(QLatin1String("style")).toString(), QStringLiteral("bold, \"graphic\""));
}

QTEST_GUILESS_MAIN(TestA1111Parameters)
#include "tst_a1111parameters.moc"
