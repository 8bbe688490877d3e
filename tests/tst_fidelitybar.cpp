#include "widgets/fidelitybar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

class TestFidelityBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultBar()
    {
        FidelityBar bar(FidelityBar::Kind::Result);
        QSignalSpy overlay(&bar, &FidelityBar::overlayChanged);
        QSignalSpy layer(&bar, &FidelityBar::structureShownChanged);
        QVERIFY(!bar.findChild<QComboBox *>(QStringLiteral("compareOrderCombo")));
        auto *check = bar.findChild<QCheckBox *>(QStringLiteral("resultOverlayCheck"));
        auto *colour = bar.findChild<QToolButton *>(QStringLiteral("resultOverlayColour"));
        QVERIFY(!colour->isEnabled());
        check->setChecked(true);
        QVERIFY(bar.overlayShown());
        QVERIFY(colour->isEnabled());
        bar.setOverlayColour(QColor(0, 200, 255));
        QCOMPARE(bar.overlayColour(), QColor(0, 200, 255));
        bar.setOverlayColour(QColor(0, 200, 255)); // unchanged: no signal
        bar.setOverlayOpacity(0.4);
        QCOMPARE(bar.overlayOpacity(), 0.4);
        QCOMPARE(overlay.count(), 3);

        bar.findChild<QComboBox *>(QStringLiteral("beforeLayerCombo"))->setCurrentIndex(1);
        QVERIFY(bar.structureShown());
        QCOMPARE(layer.count(), 1);
        QCOMPARE(layer.constFirst().constFirst().toBool(), true);

        bar.setScore(QStringLiteral("0.35"), QStringLiteral("why"));
        auto *score = bar.findChild<QLabel *>(QStringLiteral("structureScoreLabel"));
        QCOMPARE(score->text(), QStringLiteral("Structure 0.35"));
        QCOMPARE(score->toolTip(), QStringLiteral("why"));
        QCOMPARE(score->palette().color(QPalette::WindowText), QColor(0xc5, 0x22, 0x1f)); // lines mostly lost
        bar.setScore(QString(), QString());
        QVERIFY(score->text().isEmpty());
        bar.setNote(QStringLiteral("Bria followed this map."));
        QCOMPARE(bar.note(), QStringLiteral("Bria followed this map."));
    }

    void compareBar()
    {
        FidelityBar bar(FidelityBar::Kind::Compare);
        QSignalSpy order(&bar, &FidelityBar::orderChanged);
        QVERIFY(!bar.findChild<QComboBox *>(QStringLiteral("beforeLayerCombo")));
        QCOMPARE(bar.order(), FidelityBar::Order::AsRun);
        bar.setOrder(FidelityBar::Order::ByScore);
        QCOMPARE(bar.order(), FidelityBar::Order::ByScore);
        QCOMPARE(order.count(), 1);
        QVERIFY(!bar.structureShown());
        QVERIFY(bar.findChild<QCheckBox *>(QStringLiteral("compareOverlayCheck")));
    }
};

QTEST_MAIN(TestFidelityBar)
#include "tst_fidelitybar.moc"
