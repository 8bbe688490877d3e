// LogProgress: the figures providers print in their logs (fal's "Step 16/30", tqdm bars,
// percentages) become progress; numbers that cannot be progress are left alone.

#include <QTest>

#include "jobs/logprogress.h"

class TestLogProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void percentAndText();
};

void TestLogProgress::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("isPercent");

    // Steps, in the ways models write them.
    QTest::newRow("fal step") << QStringLiteral("[INFO] Step 16/30") << 16 << 30 << false;
    QTest::newRow("lower case") << QStringLiteral("step 1/4") << 1 << 4 << false;
    QTest::newRow("spaces around slash") << QStringLiteral("Step 7 / 20 done") << 7 << 20 << false;
    QTest::newRow("step of") << QStringLiteral("Step 16 of 30") << 16 << 30 << false;
    QTest::newRow("steps colon") << QStringLiteral("Steps: 3/28") << 3 << 28 << false;
    QTest::newRow("n/m steps") << QStringLiteral("16/30 steps") << 16 << 30 << false;
    QTest::newRow("n of m steps") << QStringLiteral("Denoising: 12 of 50 steps") << 12 << 50 << false;
    QTest::newRow("last step") << QStringLiteral("Step 30/30") << 30 << 30 << false;
    QTest::newRow("step zero") << QStringLiteral("Step 0/30") << 0 << 30 << false;
    // Steps win over a percentage on the same line.
    QTest::newRow("both") << QStringLiteral("53% done, step 16/30") << 16 << 30 << false;
    // Percentages: tqdm bars, plain figures; the newest (last) one of a redrawn bar.
    QTest::newRow("percent") << QStringLiteral("45%") << 45 << 100 << true;
    QTest::newRow("tqdm")
        << QStringLiteral("45%|████▌     | 16/30 [00:03<00:04,  3.51it/s]") << 45 << 100 << true;
    QTest::newRow("fraction percent") << QStringLiteral("Progress: 99.9 %") << 99 << 100 << true;
    QTest::newRow("hundred") << QStringLiteral("100%") << 100 << 100 << true;
    QTest::newRow("redrawn bar") << QStringLiteral("10%|█ | 3/30\r40%|████ | 12/30") << 40 << 100 << true;

    // Nothing believable: invalid.
    QTest::newRow("no figure") << QStringLiteral("Loading model weights") << 0 << 0 << false;
    QTest::newRow("empty") << QString() << 0 << 0 << false;
    QTest::newRow("fal default log") << QStringLiteral("[INFO] step 3") << 0 << 0 << false;
    QTest::newRow("past the end") << QStringLiteral("Step 31/30") << 0 << 0 << false;
    QTest::newRow("zero total") << QStringLiteral("Step 0/0") << 0 << 0 << false;
    QTest::newRow("absurd total") << QStringLiteral("Step 1/9999999") << 0 << 0 << false;
    QTest::newRow("over a hundred percent") << QStringLiteral("140%") << 0 << 0 << false;
    QTest::newRow("tail of a number") << QStringLiteral("scale 1045%") << 0 << 0 << false;
    QTest::newRow("a size, not steps") << QStringLiteral("Resized to 1024/768") << 0 << 0 << false;
    QTest::newRow("a date") << QStringLiteral("2025/03/14 12:00") << 0 << 0 << false;
}

void TestLogProgress::parse()
{
    QFETCH(QString, line);
    QFETCH(int, done);
    QFETCH(int, total);
    QFETCH(bool, isPercent);
    const LogProgress progress = LogProgress::parse(line);
    QCOMPARE(progress.done, done);
    QCOMPARE(progress.total, total);
    QCOMPARE(progress.isPercent, isPercent);
    QCOMPARE(progress.isValid(), total > 0);
}

void TestLogProgress::percentAndText()
{
    QCOMPARE(LogProgress::parse(u"Step 16/30").percent(), 53);
    QCOMPARE(LogProgress::parse(u"Step 29/30").percent(), 96);   // rounded down: not yet done
    QCOMPARE(LogProgress::parse(u"Step 30/30").percent(), 100);
    QCOMPARE(LogProgress::parse(u"45%").percent(), 45);
    QCOMPARE(LogProgress::parse(u"nothing").percent(), -1);
    QCOMPARE(LogProgress::parse(u"Step 16/30").text(), QStringLiteral("step 16 of 30"));
    QCOMPARE(LogProgress::parse(u"45%").text(), QStringLiteral("45 %"));
    QCOMPARE(LogProgress::parse(u"nothing").text(), QString());
    QVERIFY(LogProgress::parse(u"Step 2/4") == LogProgress::parse(u"2 of 4 steps"));
}

QTEST_GUILESS_MAIN(TestLogProgress)
#include "tst_logprogress.moc"
