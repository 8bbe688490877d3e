#include "schema/schemajson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// "a,b" -> {"a", "b"}; "" -> {}
QStringList names(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class TestSchemaJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedAccess();
    void normalizeInteger_data();
    void normalizeInteger();
    void pointer_data();
    void pointer();
    void refKeepsOuterKeywords();
    void allOfMerges();
    void refCycleIsReported();
    void brokenRefIsReported();
    void propertyOrder_data();
    void propertyOrder();
};

void TestSchemaJson::typedAccess()
{
    const QJsonObject o = object(R"({"s": "text", "n": 2.5, "i": 7, "wrong": "7"})");
    QCOMPARE(SchemaJson::text(o, "s"), QStringLiteral("text"));
    QCOMPARE(SchemaJson::text(o, "n"), QString());
    QCOMPARE(SchemaJson::number(o, "n"), std::optional<double>(2.5));
    QCOMPARE(SchemaJson::integer(o, "i"), std::optional<int>(7));
    QVERIFY(!SchemaJson::integer(o, "wrong"));
    QVERIFY(!SchemaJson::number(o, "missing"));
    QCOMPARE(SchemaJson::strings(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(SchemaJson::strings(QJsonValue(3)).isEmpty());
}

void TestSchemaJson::normalizeInteger_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("integral");
    QTest::newRow("whole") << QJsonValue(30.0) << true;
    QTest::newRow("negative") << QJsonValue(-4.0) << true;
    QTest::newRow("fraction") << QJsonValue(2.5) << false;
    QTest::newRow("beyond qint64") << QJsonValue(1e300) << false;
    QTest::newRow("2^63") << QJsonValue(9223372036854775808.0) << false;
    QTest::newRow("string") << QJsonValue(QStringLiteral("5")) << false;
}

void TestSchemaJson::normalizeInteger()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, integral);
    const QJsonValue normalized = SchemaJson::normalizeInteger(value);
    if (integral) {
        QCOMPARE(normalized.toVariant().typeId(), QMetaType::LongLong);
        QCOMPARE(normalized.toDouble(), value.toDouble());
    } else {
        QCOMPARE(normalized, value);
    }
}

void TestSchemaJson::pointer_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("fails");
    const auto row = [](const char *name, const char *ref, const char *title, bool fails) {
        QTest::newRow(name) << QString::fromLatin1(ref) << QString::fromLatin1(title) << fails;
    };
    row("nested", "#/components/schemas/Size", "Size", false);
    row("escaped slash", "#/defs/a~1b", "slash", false);
    row("escaped tilde", "#/defs/a~0b", "tilde", false);
    row("missing", "#/components/schemas/Nope", "", true);
    row("through a string", "#/defs/text/x", "", true);
    row("not local", "other.json#/Size", "", true);
}

void TestSchemaJson::pointer()
{
    QFETCH(QString, ref);
    QFETCH(QString, title);
    QFETCH(bool, fails);
    const QJsonObject root = object(R"({"components": {"schemas": {"Size": {"title": "Size"}}},
        "defs": {"a/b": {"title": "slash"}, "a~b": {"title": "tilde"}, "text": "x"}})");
    QString error;
    const QJsonObject target = SchemaJson::resolvePointer(root, ref, &error);
    QCOMPARE(!error.isEmpty(), fails);
    QCOMPARE(target.value(QLatin1String("title")).toString(), title);
}

void TestSchemaJson::refKeepsOuterKeywords()
{
    const QJsonObject root = object(R"({"defs": {"Steps": {"type": "integer", "title": "Inner",
        "default": 20}, "Alias": {"$ref": "#/defs/Steps"}}})");
    QStringList warnings;
    const QJsonObject resolved = SchemaJson::resolve(
        object(R"({"$ref": "#/defs/Alias", "title": "Outer"})"), root, &warnings, QStringLiteral("steps"));
    QVERIFY(warnings.isEmpty());
    QVERIFY(!resolved.contains(QLatin1String("$ref")));
    QCOMPARE(resolved.value(QLatin1String("title")).toString(), QStringLiteral("Outer"));
    QCOMPARE(resolved.value(QLatin1String("type")).toString(), QStringLiteral("integer"));
    QCOMPARE(resolved.value(QLatin1String("default")).toInt(), 20);
}

void TestSchemaJson::allOfMerges()
{
    const QJsonObject root = object(R"({"defs": {"Mode": {"type": "string", "enum": ["a", "b"],
        "description": "inner"}}})");
    QStringList warnings;
    const QJsonObject resolved = SchemaJson::resolve(
        object(R"({"allOf": [{"$ref": "#/defs/Mode"}, {"minLength": 1}], "description": "outer"})"),
        root, &warnings, QStringLiteral("mode"));
    QVERIFY(warnings.isEmpty());
    QVERIFY(!resolved.contains(QLatin1String("allOf")));
    QCOMPARE(resolved.value(QLatin1String("type")).toString(), QStringLiteral("string"));
    QCOMPARE(resolved.value(QLatin1String("enum")).toArray().size(), 2);
    QCOMPARE(resolved.value(QLatin1String("minLength")).toInt(), 1);
    QCOMPARE(resolved.value(QLatin1String("description")).toString(), QStringLiteral("outer"));
}

void TestSchemaJson::refCycleIsReported()
{
    const QJsonObject root = object(R"({"defs": {"A": {"$ref": "#/defs/B"}, "B": {"$ref": "#/defs/A"}}})");
    QStringList warnings;
    const QJsonObject resolved = SchemaJson::resolve(object(R"({"$ref": "#/defs/A"})"), root, &warnings,
                                                     QStringLiteral("loop"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().startsWith(QLatin1String("loop: ")));
    QVERIFY(!resolved.contains(QLatin1String("$ref")));
}

void TestSchemaJson::brokenRefIsReported()
{
    QStringList warnings;
    const QJsonObject resolved = SchemaJson::resolve(object(R"({"$ref": "#/nowhere", "title": "T"})"),
                                                     QJsonObject(), &warnings, QStringLiteral("field"));
    QVERIFY(resolved.isEmpty());
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().startsWith(QLatin1String("field: ")));
}

void TestSchemaJson::propertyOrder_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("key order without a list")
        << QByteArray(R"({"properties": {"b": {}, "a": {}}})") << names("a,b");
    QTest::newRow("fal's order first")
        << QByteArray(R"({"properties": {"a": {}, "b": {}, "c": {}}, "x-fal-order-properties": ["c", "a"]})")
        << names("c,a,b");
    QTest::newRow("unknown and repeated names skipped")
        << QByteArray(R"({"properties": {"a": {}, "b": {}}, "x-fal-order-properties": ["b", "zz", "b"]})")
        << names("b,a");
    QTest::newRow("no properties") << QByteArray(R"({"x-fal-order-properties": ["a"]})") << QStringList();
}

void TestSchemaJson::propertyOrder()
{
    QFETCH(QByteArray, schema);
    QFETCH(QStringList, order);
    QCOMPARE(SchemaJson::propertyOrder(QJsonDocument::fromJson(schema).object()), order);
}

QTEST_GUILESS_MAIN(TestSchemaJson)
#include "tst_schemajson.moc"
