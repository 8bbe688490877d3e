#include "widgets/structurepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestStructurePanel : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_panel->findChild<T *>(name);
    }
    StructurePanel *m_panel = nullptr;

private Q_SLOTS:
    void init()
    {
        m_panel = new StructurePanel;
        m_panel->resize(300, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    }
    void cleanup()
    {
        delete m_panel;
        m_panel = nullptr;
    }

    void settingsRoundTripWithoutSignals()
    {
        QSignalSpy changed(m_panel, &StructurePanel::settingsChanged);
        StructureSettings s;
        s.cleanupEnabled = true;
        s.cleanup.shading = CleanupSettings::Shading::Threshold;
        s.cleanup.shadingSize = 9;
        s.cleanup.thresholdOffset = 21;
        s.cleanup.lineWeight = -2;
        s.cleanup.invert = true;
        s.cleanup.trimMargins = true;
        s.cleanup.trimPadding = 7;
        s.map = StructureSettings::MapKind::LineArt;
        s.cannyLow = 33;
        s.cannyHigh = 99;
        s.sendMap = true;
        m_panel->setSettings(s);
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_panel->settings() == s);
    }

    void editsAreReported()
    {
        QSignalSpy changed(m_panel, &StructurePanel::settingsChanged);
        child<QGroupBox>(QStringLiteral("cleanupGroup"))->setChecked(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_panel->settings().cleanupEnabled);
        child<QSpinBox>(QStringLiteral("lineWeightSpin"))->setValue(3);
        QCOMPARE(m_panel->settings().cleanup.lineWeight, 3);
        child<QCheckBox>(QStringLiteral("invertCheck"))->setChecked(true);
        QVERIFY(m_panel->settings().cleanup.invert);
        QVERIFY(changed.count() >= 3);
    }

    void controlsFollowTheChoices()
    {
        auto *shading = child<QComboBox>(QStringLiteral("shadingCombo"));
        auto *offset = child<QSpinBox>(QStringLiteral("thresholdOffsetSpin"));
        auto *size = child<QSpinBox>(QStringLiteral("shadingSizeSpin"));
        shading->setCurrentIndex(shading->findData(int(CleanupSettings::Shading::Even)));
        QVERIFY(!offset->isEnabled());
        QVERIFY(size->isEnabled());
        shading->setCurrentIndex(shading->findData(int(CleanupSettings::Shading::Threshold)));
        QVERIFY(offset->isEnabled());
        shading->setCurrentIndex(shading->findData(int(CleanupSettings::Shading::Off)));
        QVERIFY(!size->isEnabled());
        auto *map = child<QComboBox>(QStringLiteral("mapCombo"));
        map->setCurrentIndex(map->findData(int(StructureSettings::MapKind::LineArt)));
        QVERIFY(!child<QSpinBox>(QStringLiteral("cannyLowSpin"))->isEnabled());
    }

    void thresholdsStayOrdered()
    {
        auto *low = child<QSpinBox>(QStringLiteral("cannyLowSpin"));
        auto *high = child<QSpinBox>(QStringLiteral("cannyHighSpin"));
        high->setValue(100);
        low->setValue(150);
        QCOMPARE(high->value(), 151);
        high->setValue(20);
        QCOMPARE(low->value(), 19);
        QVERIFY(m_panel->settings().cannyLow < m_panel->settings().cannyHigh);
    }

    void mapTargetSaysWhatTheModelDoes()
    {
        auto *send = child<QCheckBox>(QStringLiteral("sendMapCheck"));
        auto *note = child<QLabel>(QStringLiteral("mapNote"));
        m_panel->setMapTarget(QStringLiteral("Bria Reimagine 3.2"), true);
        QVERIFY(send->isEnabled());
        QCOMPARE(send->text(), QStringLiteral("Send this map"));
        QCOMPARE(send->toolTip(), QStringLiteral("Send this map to Bria Reimagine 3.2 instead of letting it detect edges"));
        QVERIFY(note->text().contains(QStringLiteral("follows exactly the map")));
        m_panel->setMapTarget(QStringLiteral("Ideogram V3 Remix"), false);
        QVERIFY(!send->isEnabled());
        QVERIFY(note->text().startsWith(QStringLiteral("Ideogram V3 Remix derives its own structure")));
    }

    void pageButtons()
    {
        QSignalSpy find(m_panel, &StructurePanel::findPageRequested);
        QSignalSpy reset(m_panel, &StructurePanel::resetCornersRequested);
        auto *resetButton = child<QPushButton>(QStringLiteral("resetCornersButton"));
        m_panel->setHasCorners(false);
        QVERIFY(!resetButton->isEnabled());
        m_panel->setHasCorners(true);
        child<QGroupBox>(QStringLiteral("cleanupGroup"))->setChecked(true);
        child<QPushButton>(QStringLiteral("findPageButton"))->click();
        resetButton->click();
        QCOMPARE(find.count(), 1);
        QCOMPARE(reset.count(), 1);
        m_panel->setStatus(QStringLiteral("Sent cleaned up"));
        QCOMPARE(m_panel->statusText(), QStringLiteral("Sent cleaned up"));
    }
};

QTEST_MAIN(TestStructurePanel)
#include "tst_structurepanel.moc"
