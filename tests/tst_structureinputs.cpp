#include "structure/structureinputs.h"

#include "schema/modelcatalog.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestStructureInputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ModelCatalog> m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = std::make_unique<ModelCatalog>(m_dir.path());
        m_catalog->reload();
    }

    void onlyBriaTakesTheMap_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("imageField");
        QTest::addColumn<QString>("preprocessField");
        QTest::newRow("bria") << QStringLiteral("fal:bria/reimagine/3.2") << QStringLiteral("canny_image_url")
                              << QStringLiteral("canny_preprocess");
        QTest::newRow("ideogram") << QStringLiteral("fal:fal-ai/ideogram/v3/remix") << QString() << QString();
        QTest::newRow("segmind") << QStringLiteral("segmind:bria-reimagine") << QString() << QString();
        QTest::newRow("freepik") << QStringLiteral("freepik:reimagine-flux") << QString() << QString();
    }

    void onlyBriaTakesTheMap()
    {
        QFETCH(QString, id);
        QFETCH(QString, imageField);
        QFETCH(QString, preprocessField);
        const ModelSpec *model = m_catalog->model(id);
        QVERIFY(model);
        const std::optional<StructureInputs::MapInput> input = StructureInputs::mapInput(*model);
        QCOMPARE(input.has_value(), !imageField.isEmpty());
        QCOMPARE(StructureInputs::acceptsMap(*model), !imageField.isEmpty());
        if (input) {
            QCOMPARE(input->imageField, imageField);
            QCOMPARE(input->preprocessField, preprocessField);
        }
    }

    void withMapSwitchesPreprocessingOff()
    {
        const ModelSpec *bria = m_catalog->model(QStringLiteral("fal:bria/reimagine/3.2"));
        const QJsonObject values{{QStringLiteral("prompt"), QStringLiteral("a house")},
                                 {QStringLiteral("canny_image_url"), QStringLiteral("/tmp/sketch.png")},
                                 {QStringLiteral("canny_preprocess"), true}};
        const QJsonObject sent = StructureInputs::withMap(*bria, values, QStringLiteral("/tmp/map.png"));
        QCOMPARE(sent.value(QStringLiteral("canny_image_url")).toString(), QStringLiteral("/tmp/map.png"));
        QCOMPARE(sent.value(QStringLiteral("canny_preprocess")).toBool(true), false);
        QCOMPARE(sent.value(QStringLiteral("prompt")).toString(), QStringLiteral("a house"));
        // No map, or a model without a map input: unchanged.
        QCOMPARE(StructureInputs::withMap(*bria, values, QString()), values);
        const ModelSpec *segmind = m_catalog->model(QStringLiteral("segmind:bria-reimagine"));
        QCOMPARE(StructureInputs::withMap(*segmind, values, QStringLiteral("/tmp/map.png")), values);
    }
};

QTEST_GUILESS_MAIN(TestStructureInputs)
#include "tst_structureinputs.moc"
