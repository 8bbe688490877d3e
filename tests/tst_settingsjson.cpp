#include "structure/settingsjson.h"

#include <QTest>

class TestSettingsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fail();
    void readInt_data();
    void readInt();
    void readBool();
    void readNamed();
};

void TestSettingsJson::fail()
{
    QString error;
    QVERIFY(!SettingsJson::fail(&error, QStringLiteral("why")));
    QCOMPARE(error, QStringLiteral("why"));
    QVERIFY(!SettingsJson::fail(nullptr, QStringLiteral("nobody asks")));
}

void TestSettingsJson::readInt_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("result");
    QTest::newRow("absent keeps the value") << QJsonValue(QJsonValue::Undefined) << true << 7;
    QTest::newRow("in range") << QJsonValue(3) << true << 3;
    QTest::newRow("lowest") << QJsonValue(-2) << true << -2;
    QTest::newRow("whole double") << QJsonValue(4.0) << true << 4;
    QTest::newRow("fraction") << QJsonValue(2.5) << false << 7;
    QTest::newRow("too high") << QJsonValue(6) << false << 7;
    QTest::newRow("text") << QJsonValue(QStringLiteral("3")) << false << 7;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << 7;
}

void TestSettingsJson::readInt()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(int, result);
    QJsonObject json;
    if (!value.isUndefined())
        json.insert(QStringLiteral("weight"), value);
    int out = 7;
    QString error;
    QCOMPARE(SettingsJson::readInt(json, QStringLiteral("weight"), -2, 5, &out, &error), ok);
    QCOMPARE(out, result);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        QCOMPARE(error, QStringLiteral("weight must be a whole number from -2 to 5."));
}

void TestSettingsJson::readBool()
{
    bool out = false;
    QString error;
    QVERIFY(SettingsJson::readBool(QJsonObject(), QStringLiteral("invert"), &out, &error));
    QVERIFY(!out);
    QVERIFY(SettingsJson::readBool(QJsonObject{{QStringLiteral("invert"), true}}, QStringLiteral("invert"), &out, &error));
    QVERIFY(out);
    QVERIFY(error.isEmpty());
    QVERIFY(!SettingsJson::readBool(QJsonObject{{QStringLiteral("invert"), 1}}, QStringLiteral("invert"), &out, &error));
    QCOMPARE(error, QStringLiteral("invert must be true or false."));
    QVERIFY(out);
}

void TestSettingsJson::readNamed()
{
    const auto fromName = [](const QString &name) -> std::optional<int> {
        if (name == QLatin1String("one"))
            return 1;
        return std::nullopt;
    };
    int out = 0;
    QString error;
    const QString message = QStringLiteral("count must be one.");
    QVERIFY(SettingsJson::readNamed(QJsonObject(), QStringLiteral("count"), fromName, &out, &error, message));
    QCOMPARE(out, 0);
    QVERIFY(SettingsJson::readNamed(QJsonObject{{QStringLiteral("count"), QStringLiteral("one")}},
                                    QStringLiteral("count"), fromName, &out, &error, message));
    QCOMPARE(out, 1);
    QVERIFY(error.isEmpty());
    QVERIFY(!SettingsJson::readNamed(QJsonObject{{QStringLiteral("count"), QStringLiteral("two")}},
                                     QStringLiteral("count"), fromName, &out, &error, message));
    QCOMPARE(error, message);
    QCOMPARE(out, 1);
}

QTEST_GUILESS_MAIN(TestSettingsJson)
#include "tst_settingsjson.moc"
