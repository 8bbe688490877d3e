#include "widgets/sketchtoolstrip.h"

#include <QAction>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

class TestSketchToolStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewsAndTools()
    {
        SketchToolStrip strip;
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QSignalSpy views(&strip, &SketchToolStrip::viewChanged);
        QSignalSpy tools(&strip, &SketchToolStrip::toolChanged);
        QCOMPARE(strip.view(), SketchToolStrip::View::Sketch);
        strip.findChild<QToolButton *>(QStringLiteral("showStructureButton"))->click();
        QCOMPARE(strip.view(), SketchToolStrip::View::Structure);
        QCOMPARE(views.count(), 1);
        strip.findChild<QToolButton *>(QStringLiteral("showStructureButton"))->click();
        QCOMPARE(views.count(), 1); // already shown

        auto *pen = strip.findChild<QToolButton *>(QStringLiteral("penToolButton"));
        auto *eraser = strip.findChild<QToolButton *>(QStringLiteral("eraserToolButton"));
        auto *size = strip.findChild<QSpinBox *>(QStringLiteral("toolSizeSpin"));
        QVERIFY(!size->isEnabled());
        pen->click();
        QCOMPARE(strip.tool(), SketchEditor::Tool::Pen);
        QVERIFY(size->isEnabled());
        size->setValue(8);
        QCOMPARE(strip.penWidth(), 0.008);
        eraser->click();
        QCOMPARE(strip.tool(), SketchEditor::Tool::Eraser);
        QVERIFY(!pen->isChecked());
        QCOMPARE(size->value(), 30); // the eraser keeps its own size
        size->setValue(50);
        QCOMPARE(strip.eraserWidth(), 0.05);
        QCOMPARE(strip.penWidth(), 0.008);
        eraser->click(); // off again
        QCOMPARE(strip.tool(), SketchEditor::Tool::None);
        QCOMPARE(tools.count(), 3);
    }

    void undoButtonsUseTheActions()
    {
        SketchToolStrip strip;
        QAction undo(QStringLiteral("Undo"));
        QAction redo(QStringLiteral("Redo"));
        strip.setUndoActions(&undo, &redo);
        QSignalSpy triggered(&undo, &QAction::triggered);
        strip.findChild<QToolButton *>(QStringLiteral("undoCorrectionButton"))->click();
        QCOMPARE(triggered.count(), 1);
        undo.setEnabled(false);
        QVERIFY(!strip.findChild<QToolButton *>(QStringLiteral("undoCorrectionButton"))->isEnabled());
    }
};

QTEST_MAIN(TestSketchToolStrip)
#include "tst_sketchtoolstrip.moc"
