// Replays every fuzz input kept in the tree through the same entry points as the libFuzzer
// targets: the seed corpora (tests/fuzz/corpus/<target>/) and every input a fuzzer found a
// problem with (tests/fuzz/regressions/<target>/). Built with the normal compiler, so the
// findings stay fixed in every build, with or without the sanitizers.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "fuzzentries.h"

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasASeedCorpus();
    void replay_data();
    void replay();
};

void TestFuzzRegressions::everyTargetHasASeedCorpus()
{
    const QDir corpus(QStringLiteral(REIMAGINE_FUZZ_DIR "/corpus"));
    for (const QString &target : FuzzEntries::targets()) {
        const QStringList files = QDir(corpus.filePath(target)).entryList(QDir::Files);
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no seeds for %1").arg(target)));
    }
    // No folder without a target: a renamed target would silently stop being replayed.
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QDir dir(QStringLiteral(REIMAGINE_FUZZ_DIR "/") + kind);
        for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(FuzzEntries::targets().contains(folder),
                     qPrintable(QStringLiteral("%1/%2 belongs to no target").arg(kind, folder)));
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        for (const QString &target : FuzzEntries::targets()) {
            const QString folder = QStringLiteral(REIMAGINE_FUZZ_DIR "/%1/%2").arg(kind, target);
            QDirIterator it(folder, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(kind + QLatin1Char('/') + target + QLatin1Char('/')
                                         + it.fileName()))
                    << target << path;
            }
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString problem = FuzzEntries::run(target, file.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
