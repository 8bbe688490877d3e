#include "structure/structurescore.h"

#include "syntheticsketch.h"

#include <QImage>
#include <QPainter>
#include <QTest>

class TestStructureScore : public QObject
{
    Q_OBJECT

private:
    QImage m_drawing;

    static QString describe(const StructureScore &s)
    {
        return QStringLiteral("F %1 (P %2, R %3, %4)")
            .arg(s.fscore, 0, 'f', 3)
            .arg(s.precision, 0, 'f', 3)
            .arg(s.recall, 0, 'f', 3)
            .arg(StructureScore::fitName(s.fit));
    }

private Q_SLOTS:
    void initTestCase() { m_drawing = SyntheticSketch::drawing(QSize(1024, 768)); }

    void theSketchItselfScoresOne()
    {
        const StructureScore s = StructureScore::compute(m_drawing, m_drawing);
        qInfo("sketch vs itself: %s", qPrintable(describe(s)));
        QVERIFY(s.valid);
        QVERIFY2(s.fscore > 0.99, qPrintable(describe(s)));
        QCOMPARE(s.text(), QStringLiteral("1.00"));
    }

    void aResizedCopyScoresNearOne()
    {
        // Same picture at another resolution (a model returns its own size).
        const QImage larger = m_drawing.scaled(1600, 1200, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const StructureScore s = StructureScore::compute(m_drawing, larger);
        QVERIFY2(s.fscore > 0.95, qPrintable(describe(s)));
    }

    void aRenderThatKeptTheStructureScoresHigh()
    {
        const StructureScore s = StructureScore::compute(m_drawing, SyntheticSketch::rendered(QSize(1024, 768)));
        qInfo("sketch vs a render of it: %s", qPrintable(describe(s)));
        QVERIFY2(s.fscore > 0.6, qPrintable(describe(s)));
    }

    void aShiftedSketchScoresLow()
    {
        const StructureScore s = StructureScore::compute(m_drawing, SyntheticSketch::shifted(m_drawing, 0.06));
        qInfo("sketch vs itself shifted by 6 %%: %s", qPrintable(describe(s)));
        QVERIFY2(s.fscore < 0.35, qPrintable(describe(s)));
    }

    void anUnrelatedImageScoresLow()
    {
        const StructureScore s = StructureScore::compute(m_drawing, SyntheticSketch::unrelated(QSize(1024, 768)));
        qInfo("sketch vs an unrelated image: %s", qPrintable(describe(s)));
        QVERIFY2(s.fscore < 0.25, qPrintable(describe(s)));
    }

    void ranksResultsTheWayADesignerWould()
    {
        const double kept = StructureScore::compute(m_drawing, SyntheticSketch::rendered(m_drawing.size())).fscore;
        const double drifted = StructureScore::compute(m_drawing, SyntheticSketch::shifted(m_drawing, 0.03)).fscore;
        const double lost = StructureScore::compute(m_drawing, SyntheticSketch::unrelated(m_drawing.size())).fscore;
        QVERIFY(kept > drifted);
        QVERIFY(drifted > lost);
    }

    void anotherAspectIsCroppedOrStretched()
    {
        // A square result that crops the 4:3 sketch's sides keeps its lines: the crop fit finds it.
        const QRect square = StructureScore::sourceRect(m_drawing.size(), QSize(512, 512), StructureScore::Fit::Crop);
        QCOMPARE(square, QRect(128, 0, 768, 768));
        const QImage cropped = m_drawing.copy(square).scaled(900, 900, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const StructureScore crop = StructureScore::compute(m_drawing, cropped);
        QCOMPARE(crop.fit, StructureScore::Fit::Crop);
        QVERIFY2(crop.fscore > 0.9, qPrintable(describe(crop)));
        // A square result that squeezed the whole sketch: the stretch fit.
        const QImage squeezed = m_drawing.scaled(900, 900, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const StructureScore stretch = StructureScore::compute(m_drawing, squeezed);
        QCOMPARE(stretch.fit, StructureScore::Fit::Stretch);
        QVERIFY2(stretch.fscore > 0.9, qPrintable(describe(stretch)));
        // A taller sketch on a wide result crops top and bottom.
        QCOMPARE(StructureScore::sourceRect(QSize(300, 600), QSize(600, 300), StructureScore::Fit::Crop),
                 QRect(0, 225, 300, 150));
        QCOMPARE(StructureScore::sourceRect(QSize(300, 600), QSize(600, 300), StructureScore::Fit::Stretch),
                 QRect(0, 0, 300, 600));
    }

    void edgeCases()
    {
        QVERIFY(!StructureScore::compute(QImage(), m_drawing).valid);
        QVERIFY(!StructureScore::compute(m_drawing, QImage()).valid);
        QImage blank(300, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        // A blank sketch has no structure to keep.
        QVERIFY(!StructureScore::compute(blank, m_drawing).valid);
        QVERIFY(StructureScore::compute(blank, m_drawing).text().isEmpty());
        // A blank result kept nothing.
        const StructureScore nothing = StructureScore::compute(m_drawing, blank);
        QVERIFY(nothing.valid);
        QCOMPARE(nothing.fscore, 0.0);
        QCOMPARE(nothing.recall, 0.0);
        QCOMPARE(StructureScore::workingSize(QSize(2000, 1000)), QSize(512, 256));
        QCOMPARE(StructureScore::workingSize(QSize(30, 60)), QSize(256, 512));
    }

    void explanationNamesItsParts()
    {
        const StructureScore s = StructureScore::compute(m_drawing, m_drawing);
        QVERIFY(s.explanation().contains(QStringLiteral("F-score")));
        QVERIFY(s.explanation().contains(QStringLiteral("recall")));
        QVERIFY(s.explanation().contains(QStringLiteral("100 %")));
    }

    void largeResultIsMatchedToTheSketch()
    {
        // A 2048 x 1536 result of a smaller sketch: scored after matching size (its time is a
        // figure of bench_structure, not a test).
        const StructureScore s = StructureScore::compute(m_drawing, SyntheticSketch::rendered(QSize(2048, 1536)));
        QVERIFY(s.valid);
        QVERIFY2(s.fscore > 0.6, qPrintable(QString::number(s.fscore)));
    }
};

QTEST_GUILESS_MAIN(TestStructureScore)
#include "tst_structurescore.moc"
