#include "schema/modelcatalog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundled();
    void importAddsModel();
    void importSurvivesReload();
    void importRejects_data();
    void importRejects();
    void corruptUserFileDoesNotStopOthers();
};

void TestModelCatalog::bundled()
{
    ModelCatalog catalog;
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    catalog.reload();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(catalog.ids(), (QStringList{QStringLiteral("fal:bria/reimagine/3.2"),
                                         QStringLiteral("fal:fal-ai/ideogram/v3/remix"),
                                         QStringLiteral("freepik:reimagine-flux"),
                                         QStringLiteral("segmind:bria-reimagine")}));
    QVERIFY(catalog.errors().isEmpty());
    QVERIFY(catalog.model(QStringLiteral("fal:bria/reimagine/3.2"))->source.startsWith(u':'));
}

void TestModelCatalog::importAddsModel()
{
    QTemporaryDir dir;
    ModelCatalog catalog(dir.path());
    catalog.reload();
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    QString error;
    const QString id = catalog.importFile(QStringLiteral(REIMAGINE_TEST_DATA "/fal-openapi-sample.json"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(id, QStringLiteral("fal:fal-ai/flux/dev/image-to-image"));
    QCOMPARE(catalog.models().size(), 5);
    QCOMPARE(changed.size(), 1);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("fal_fal-ai_flux_dev_image-to-image.json"))));

    // Importing it again replaces the earlier import instead of adding a duplicate.
    QCOMPARE(catalog.importFile(QStringLiteral(REIMAGINE_TEST_DATA "/fal-openapi-sample.json"), &error), id);
    QCOMPARE(catalog.models().size(), 5);
}

void TestModelCatalog::importSurvivesReload()
{
    QTemporaryDir dir;
    {
        ModelCatalog catalog(dir.path());
        catalog.reload();
        QString error;
        QVERIFY(!catalog.importFile(QStringLiteral(REIMAGINE_TEST_DATA "/fal-openapi-sample.json"), &error).isEmpty());
    }
    ModelCatalog again(dir.path());
    again.reload();
    QCOMPARE(again.models().size(), 5);
    QVERIFY(again.model(QStringLiteral("fal:fal-ai/flux/dev/image-to-image")));
}

void TestModelCatalog::importRejects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("garbage") << QByteArray("\x89PNG not json") << QStringLiteral("not valid JSON");
    QTest::newRow("no post") << QByteArray(R"({"openapi":"3.0.4","paths":{}})") << QStringLiteral("no submit");
    QTest::newRow("bundled id") << QByteArray(R"({"openapi":"3.0.4","info":{"x-fal-metadata":{"endpointId":"bria/reimagine/3.2"}},
        "paths":{"/bria/reimagine/3.2":{"post":{"requestBody":{"content":{"application/json":{"schema":
        {"type":"object","properties":{"prompt":{"type":"string"}}}}}}}}}})")
                                << QStringLiteral("already in the catalog");
    QTest::newRow("not fal") << QByteArray(R"({"id":"segmind:x","provider":"segmind","endpoint":"x","title":"X",
        "input":{"type":"object","properties":{"prompt":{"type":"string"}}}})")
                             << QStringLiteral("Only fal models");
}

void TestModelCatalog::importRejects()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorContains);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    ModelCatalog catalog(dir.filePath(QStringLiteral("models")));
    catalog.reload();
    QString error;
    QVERIFY(catalog.importFile(path, &error).isEmpty());
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QCOMPARE(catalog.models().size(), 4);
}

void TestModelCatalog::corruptUserFileDoesNotStopOthers()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ truncated");
    bad.close();
    QVERIFY(QFile::copy(QStringLiteral(REIMAGINE_TEST_DATA "/fal-openapi-sample.json"), dir.filePath(QStringLiteral("good.json"))));

    ModelCatalog catalog(dir.path());
    catalog.reload();
    QCOMPARE(catalog.models().size(), 5);
    QCOMPARE(catalog.errors().size(), 1);
    QVERIFY(catalog.errors().first().contains(QLatin1String("broken.json")));
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
