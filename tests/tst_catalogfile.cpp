#include "schema/catalogfile.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

ModelSpec modelWith(std::initializer_list<const char *> names)
{
    ModelSpec model;
    for (const char *name : names) {
        ParameterSpec spec;
        spec.name = QString::fromLatin1(name);
        model.fields.append(spec);
    }
    return model;
}

} // namespace

class TestCatalogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainPrice();
    void priceByValue();
    void roles();
    void exclusive();
    void needs();
};

void TestCatalogFile::plainPrice()
{
    ModelSpec model;
    CatalogFile::readPrice(object(R"({"price": 0.04})"), &model);
    QCOMPARE(model.priceUsd, std::optional<double>(0.04));
    QVERIFY(model.priceField.isEmpty());

    ModelSpec unknown;
    CatalogFile::readPrice(object(R"({"price": "cheap"})"), &unknown);
    QVERIFY(!unknown.priceUsd);
}

void TestCatalogFile::priceByValue()
{
    ModelSpec model;
    CatalogFile::readPrice(object(R"({"price": {"usd": 0.06, "by": "rendering_speed",
        "values": {"TURBO": 0.03, "QUALITY": 0.09, "BROKEN": -1, "TEXT": "x"}}})"), &model);
    QCOMPARE(model.priceUsd, std::optional<double>(0.06));
    QCOMPARE(model.priceField, QStringLiteral("rendering_speed"));
    QCOMPARE(model.priceByValue.size(), 2);
    QCOMPARE(model.priceByValue.value(QStringLiteral("TURBO")), 0.03);

    ModelSpec withoutField;
    CatalogFile::readPrice(object(R"({"price": {"usd": 0.06, "values": {"TURBO": 0.03}}})"), &withoutField);
    QVERIFY(withoutField.priceByValue.isEmpty());
    QVERIFY(withoutField.priceField.isEmpty());
}

void TestCatalogFile::roles()
{
    ModelSpec model = modelWith({"prompt", "control_image_url"});
    QString error;
    QVERIFY(CatalogFile::readRoles(object(R"({"roles": {"structure_image": "control_image_url"}})"), &model, &error));
    QCOMPARE(model.roles.value(QStringLiteral("structure_image")), QStringLiteral("control_image_url"));
    QVERIFY(!CatalogFile::readRoles(object(R"({"roles": {"seed": "random_seed"}})"), &model, &error));
    QVERIFY2(error.contains(QLatin1String("random_seed")), qPrintable(error));
}

void TestCatalogFile::exclusive()
{
    ModelSpec model = modelWith({"a", "b", "c", "d"});
    CatalogFile::readExclusive(object(R"({"exclusive": [["a", "b", "c"], ["a", "b"]]})"), &model);
    QCOMPARE(model.fields.at(0).exclusiveWith, (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(model.fields.at(2).exclusiveWith, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(model.fields.at(3).exclusiveWith.isEmpty());
}

void TestCatalogFile::needs()
{
    ModelSpec model = modelWith({"canny_image_url", "depth_image_url", "prompt"});
    QString error;
    QVERIFY(CatalogFile::readNeeds(object(R"({"needs": [["canny_image_url", "depth_image_url"], "prompt", []]})"),
                                   &model, &error));
    QCOMPARE(model.needs.size(), 2);
    QCOMPARE(model.needs.at(0).size(), 2);
    QCOMPARE(model.needs.at(1), QStringList{QStringLiteral("prompt")});
    QVERIFY(!CatalogFile::readNeeds(object(R"({"needs": [["sketch"]]})"), &model, &error));
    QVERIFY2(error.contains(QLatin1String("sketch")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCatalogFile)
#include "tst_catalogfile.moc"
