#include "structure/structuresettings.h"

#include <QJsonObject>
#include <QTest>

class TestStructureSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        StructureSettings s;
        s.cleanupEnabled = true;
        s.cleanup.lineWeight = 1;
        s.map = StructureSettings::MapKind::LineArt;
        s.cannyLow = 20;
        s.cannyHigh = 80;
        s.sendMap = true;
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("map")).toString(), QStringLiteral("lineart"));
        QCOMPARE(json.value(QStringLiteral("cleanup")).toObject().value(QStringLiteral("line_weight")).toInt(), 1);
        const std::optional<StructureSettings> back = StructureSettings::fromJson(json);
        QVERIFY(back);
        QVERIFY(*back == s);
        QVERIFY(*StructureSettings::fromJson(QJsonObject()) == StructureSettings());
    }

    void effectiveCleanup()
    {
        StructureSettings s;
        s.cleanup.invert = true;
        QVERIFY(s.effectiveCleanup().isIdentity()); // off
        s.cleanupEnabled = true;
        QVERIFY(s.effectiveCleanup().invert);
    }

    void canny_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("plain") << QStringLiteral("50,150") << 50 << 150;
        QTest::newRow("spaces") << QStringLiteral(" 0 , 255 ") << 0 << 255;
        QTest::newRow("reversed") << QStringLiteral("150,50") << -1 << -1;
        QTest::newRow("equal") << QStringLiteral("80,80") << -1 << -1;
        QTest::newRow("too high") << QStringLiteral("50,300") << -1 << -1;
        QTest::newRow("one value") << QStringLiteral("50") << -1 << -1;
        QTest::newRow("words") << QStringLiteral("low,high") << -1 << -1;
    }

    void canny()
    {
        QFETCH(QString, text);
        QFETCH(int, low);
        QFETCH(int, high);
        int l = -1;
        int h = -1;
        QString error;
        const bool ok = StructureSettings::parseCanny(text, &l, &h, &error);
        QCOMPARE(ok, low >= 0);
        if (ok) {
            QCOMPARE(l, low);
            QCOMPARE(h, high);
        } else {
            QCOMPARE(error, QStringLiteral("the Canny thresholds are LOW,HIGH with 0 <= LOW < HIGH <= 255, got '%1'.")
                                .arg(text));
        }
    }

    void refusesBadJson()
    {
        QString error;
        QVERIFY(!StructureSettings::fromJson(QJsonObject{{QStringLiteral("map"), QStringLiteral("depth")}}, &error));
        QCOMPARE(error, QStringLiteral("map must be canny or lineart."));
        QVERIFY(!StructureSettings::fromJson(QJsonObject{{QStringLiteral("canny_low"), 200}, {QStringLiteral("canny_high"), 100}},
                                             &error));
        QVERIFY(!StructureSettings::fromJson(
            QJsonObject{{QStringLiteral("cleanup"), QJsonObject{{QStringLiteral("line_weight"), 7}}}}, &error));
        QCOMPARE(error, QStringLiteral("line_weight must be a whole number from -3 to 3."));
        QVERIFY(!StructureSettings::fromJson(QJsonObject{{QStringLiteral("send_map"), QStringLiteral("yes")}}, &error));
    }
};

QTEST_GUILESS_MAIN(TestStructureSettings)
#include "tst_structuresettings.moc"
