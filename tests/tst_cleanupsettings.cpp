#include "structure/cleanupsettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestCleanupSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndIdentity()
    {
        const CleanupSettings defaults;
        QCOMPARE(defaults.shading, CleanupSettings::Shading::Even);
        QVERIFY(!defaults.isIdentity());
        QVERIFY(CleanupSettings::none().isIdentity());
        const CleanupSettings photo = CleanupSettings::photo();
        QCOMPARE(photo.shading, CleanupSettings::Shading::Even);
        QVERIFY(photo.trimMargins);
        QVERIFY(!photo.hasCorners());
    }

    void jsonRoundTrip()
    {
        CleanupSettings s;
        s.corners = {QPointF(0.1, 0.05), QPointF(0.92, 0.1), QPointF(0.95, 0.9), QPointF(0.05, 0.95)};
        s.shading = CleanupSettings::Shading::Threshold;
        s.shadingSize = 7;
        s.thresholdOffset = 20;
        s.lineWeight = -2;
        s.invert = true;
        s.trimMargins = true;
        s.trimPadding = 9;
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("shading")).toString(), QStringLiteral("threshold"));
        QCOMPARE(json.value(QStringLiteral("line_weight")).toInt(), -2);
        QCOMPARE(json.value(QStringLiteral("corners")).toArray().size(), 4);
        const std::optional<CleanupSettings> back = CleanupSettings::fromJson(json);
        QVERIFY(back);
        QVERIFY(*back == s);
        // Without corners there is no corners key, and none come back.
        QVERIFY(!CleanupSettings().toJson().contains(QStringLiteral("corners")));
        QVERIFY(!CleanupSettings::fromJson(CleanupSettings().toJson())->hasCorners());
        // Missing keys keep their defaults.
        QVERIFY(*CleanupSettings::fromJson(QJsonObject()) == CleanupSettings());
    }

    void jsonRefusesBadValues_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("shading") << QJsonObject{{QStringLiteral("shading"), QStringLiteral("blur")}}
                                 << QStringLiteral("shading must be off, even or threshold.");
        QTest::newRow("weight range") << QJsonObject{{QStringLiteral("line_weight"), 4}}
                                      << QStringLiteral("line_weight must be a whole number from -3 to 3.");
        QTest::newRow("weight type") << QJsonObject{{QStringLiteral("line_weight"), QStringLiteral("1")}}
                                     << QStringLiteral("line_weight must be a whole number from -3 to 3.");
        QTest::newRow("fraction") << QJsonObject{{QStringLiteral("shading_size"), 2.5}}
                                  << QStringLiteral("shading_size must be a whole number from 1 to 20.");
        QTest::newRow("invert") << QJsonObject{{QStringLiteral("invert"), 1}}
                                << QStringLiteral("invert must be true or false.");
        QTest::newRow("three corners")
            << QJsonObject{{QStringLiteral("corners"), QJsonArray{QJsonArray{0, 0}, QJsonArray{1, 0}, QJsonArray{1, 1}}}}
            << QStringLiteral("corners must be four [x, y] pairs of fractions of the image size.");
        QTest::newRow("far corner")
            << QJsonObject{{QStringLiteral("corners"), QJsonArray{QJsonArray{0, 0}, QJsonArray{1, 0}, QJsonArray{1, 1},
                                                                   QJsonArray{0, 9}}}}
            << QStringLiteral("corners must be four [x, y] pairs of fractions of the image size.");
    }

    void jsonRefusesBadValues()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CleanupSettings::fromJson(json, &error));
        QCOMPARE(error, message);
    }

    void spec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("photo") << QStringLiteral("photo") << QStringLiteral("shading=even,size=4,trim,padding=4");
        QTest::newRow("trim only") << QStringLiteral("trim") << QStringLiteral("shading=off,trim,padding=4");
        QTest::newRow("threshold") << QStringLiteral("shading=threshold, offset=15 ,invert")
                                   << QStringLiteral("shading=threshold,size=4,offset=15,invert");
        QTest::newRow("weight and size") << QStringLiteral("shading=even,size=6,weight=-1")
                                         << QStringLiteral("shading=even,size=6,weight=-1");
        QTest::newRow("photo then more") << QStringLiteral("photo,weight=2,padding=0")
                                         << QStringLiteral("shading=even,size=4,weight=2,trim,padding=0");
        QTest::newRow("corners") << QStringLiteral("corners=0.1:0.05/0.92:0.1/0.95:0.9/0.05:0.95")
                                 << QStringLiteral("shading=off,corners=0.1:0.05/0.92:0.1/0.95:0.9/0.05:0.95");
    }

    void spec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, normalised);
        QString error;
        const std::optional<CleanupSettings> s = CleanupSettings::fromSpec(spec, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->toSpec(), normalised);
        // The normalised spec reads back to the same settings.
        QVERIFY(*CleanupSettings::fromSpec(normalised) == *s);
    }

    void specRefusesBadItems_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("the clean-up spec is empty.");
        QTest::newRow("unknown") << QStringLiteral("sharpen") << QStringLiteral(
            "unknown clean-up item 'sharpen' (known: photo, shading=off|even|threshold, size=N, offset=N, "
            "weight=N, invert, trim, padding=N, corners=...).");
        QTest::newRow("weight") << QStringLiteral("weight=9")
                                << QStringLiteral("weight takes a whole number from -3 to 3, got '9'.");
        QTest::newRow("shading") << QStringLiteral("shading=soft")
                                 << QStringLiteral("shading takes off, even or threshold, got 'soft'.");
        QTest::newRow("corners") << QStringLiteral("corners=0:0/1:0/1:1") << QStringLiteral(
            "corners takes four x:y fractions separated by '/', in the order "
            "top-left/top-right/bottom-right/bottom-left, got '0:0/1:0/1:1'.");
    }

    void specRefusesBadItems()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CleanupSettings::fromSpec(spec, &error));
        QCOMPARE(error, message);
    }
};

QTEST_GUILESS_MAIN(TestCleanupSettings)
#include "tst_cleanupsettings.moc"
