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

    void otherResults()
    {
        // The before side can show another result: listed after Sketch and Structure.
        FidelityBar bar(FidelityBar::Kind::Result);
        QSignalSpy chosen(&bar, &FidelityBar::otherResultChosen);
        auto *combo = bar.findChild<QComboBox *>(QStringLiteral("beforeLayerCombo"));
        bar.setOtherResults({QStringLiteral("Bria Reimagine 3.2, result 1"), QStringLiteral("Reimagine Flux, result 1")});
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(3), QStringLiteral("Reimagine Flux, result 1"));
        QCOMPARE(bar.otherResult(), -1);
        QVERIFY(chosen.isEmpty());

        combo->setCurrentIndex(3);
        QCOMPARE(bar.otherResult(), 1);
        QCOMPARE(chosen.last().constFirst().toInt(), 1);
        QVERIFY(!bar.structureShown());

        // A longer list keeps the choice; one without it goes back to the sketch.
        bar.setOtherResults({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(bar.otherResult(), 1);
        QCOMPARE(combo->count(), 5);
        bar.setOtherResults({QStringLiteral("a")});
        QCOMPARE(bar.otherResult(), -1);
        QCOMPARE(chosen.last().constFirst().toInt(), -1);
        QCOMPARE(combo->count(), 3);
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
