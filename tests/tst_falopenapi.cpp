#include "schema/falopenapi.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A queue document as fal publishes it, with the request sub-resources and the submit path.
const char kDocument[] = R"({
    "openapi": "3.0.4",
    "info": {"title": "Queue OpenAPI for fal-ai/flux/dev", "description": "FLUX.1 [dev]",
             "x-fal-metadata": {"endpointId": "fal-ai/flux/dev"}},
    "paths": {
        "/fal-ai/flux/dev/requests/{request_id}/status": {"get": {}},
        "/fal-ai/flux/dev/requests/{request_id}": {"get": {}, "post": {}},
        "/fal-ai/flux/dev": {"post": {"requestBody": {"content": {"application/json":
            {"schema": {"$ref": "#/components/schemas/FluxInput"}}}}}},
        "/other": {"post": {}}
    }
})";

} // namespace

class TestFalOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submitPathFromMetadata();
    void submitPathWithoutMetadata();
    void noSubmitPath();
    void inputSchema();
    void title();
};

void TestFalOpenApi::submitPathFromMetadata()
{
    const QJsonObject document = object(kDocument);
    const QString path = FalOpenApi::submitPath(document);
    QCOMPARE(path, QStringLiteral("/fal-ai/flux/dev"));
    QCOMPARE(FalOpenApi::endpointId(document, path), QStringLiteral("fal-ai/flux/dev"));
}

void TestFalOpenApi::submitPathWithoutMetadata()
{
    const QJsonObject document = object(R"({"paths": {"/a/b/requests/{id}": {"post": {}},
        "/a/b": {"post": {}}}})");
    const QString path = FalOpenApi::submitPath(document);
    QCOMPARE(path, QStringLiteral("/a/b"));
    QCOMPARE(FalOpenApi::endpointId(document, path), QStringLiteral("a/b"));
}

void TestFalOpenApi::noSubmitPath()
{
    QVERIFY(FalOpenApi::submitPath(object(R"({"paths": {"/a": {"get": {}}}})")).isEmpty());
    QVERIFY(FalOpenApi::submitPath(object(R"({"info": {"x-fal-metadata": {"endpointId": "x/y"}},
        "paths": {"/a": {"post": {}}}})")).isEmpty());
}

void TestFalOpenApi::inputSchema()
{
    const QJsonObject document = object(kDocument);
    QCOMPARE(FalOpenApi::inputSchema(document, QStringLiteral("/fal-ai/flux/dev"))
                 .value(QLatin1String("$ref")).toString(),
             QStringLiteral("#/components/schemas/FluxInput"));
    QVERIFY(FalOpenApi::inputSchema(document, QStringLiteral("/other")).isEmpty());
    QVERIFY(FalOpenApi::inputSchema(document, QStringLiteral("/missing")).isEmpty());
}

void TestFalOpenApi::title()
{
    QCOMPARE(FalOpenApi::title(object(kDocument), QStringLiteral("fal-ai/flux/dev")),
             QStringLiteral("fal-ai/flux/dev"));
    QCOMPARE(FalOpenApi::title(object(R"({"info": {"title": "FLUX dev"}})"), QStringLiteral("x")),
             QStringLiteral("FLUX dev"));
    QCOMPARE(FalOpenApi::title(QJsonObject(), QStringLiteral("x")), QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestFalOpenApi)
#include "tst_falopenapi.moc"
