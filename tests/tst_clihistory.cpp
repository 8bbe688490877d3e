// One history for the app and reimagine-cli: a CLI run is recorded in the same database as the
// app's runs, with copies of its images of the history's own, once even when the CLI is killed
// while saving; an app that has the history open sees it arrive; both writing at once works.

#include "clitest.h"
#include "history/historystore.h"
#include "history/leaderboard.h"
#include "jobs/job.h"
#include "schema/modelcatalog.h"
#include "session/costledger.h"
#include "session/studiosession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TestCliHistory : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runIsRecordedAndSeenByTheApp();
    void killedWhileSavingIsRecordedOnce_data();
    void killedWhileSavingIsRecordedOnce();
    void appAndCliWriteAtOnce();
    void damagedHistoryIsMovedAside();
    void historyOpensWhileTheProviderWorks();
    void failureBeforeTheProviderIsRecorded();
    void appTodayCountsCliSpending();
    void leaderboardFromTheSharedHistory();

private:
    QProcess *startRun(const QString &output, const QHash<QString, QString> &extraEnv = {});
    QString dataDir() const { return m_env->path(QStringLiteral("data/reimagine-studio")); }
    QList<HistoryEntry> recorded(HistoryStore &store) const;

};

void TestCliHistory::init()
{
    setUpCliTest();
    QVERIFY(QDir().mkpath(dataDir()));
}

void TestCliHistory::cleanup()
{
    tearDownCliTest();
}

QProcess *TestCliHistory::startRun(const QString &output, const QHash<QString, QString> &extraEnv)
{
    return startCli({QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("fal:bria/reimagine/3.2"),
                     QStringLiteral("--image"), m_sketch, QStringLiteral("--prompt"), QStringLiteral("a walnut chair"),
                     QStringLiteral("--output"), output, QStringLiteral("--json")},
                    extraEnv);
}

QList<HistoryEntry> TestCliHistory::recorded(HistoryStore &store) const
{
    HistoryFilter all;
    all.limit = 0;
    return store.find(all);
}

void TestCliHistory::runIsRecordedAndSeenByTheApp()
{
    // The app has the history open while the CLI runs.
    HistoryStore app(dataDir());
    QString error;
    QVERIFY2(app.open(&error), qPrintable(error));
    app.followOtherWriters();
    QSignalSpy changed(&app, &HistoryStore::changed);

    const QString output = m_env->path(QStringLiteral("chair.png"));
    QProcess *cli = startRun(output);
    QCOMPARE(waitExit(cli), 0);
    QVERIFY(!QImage(output).isNull());
    QVERIFY(changed.count() > 0 || changed.wait(5000)); // the app hears of the other process's commit

    const QList<HistoryEntry> runs = recorded(app);
    QCOMPARE(runs.size(), 1);
    const HistoryEntry &run = runs.first();
    QCOMPARE(run.modelId, QStringLiteral("fal:bria/reimagine/3.2"));
    QCOMPARE(run.status, RunStatus::Done);
    QCOMPARE(run.inputs.value(QLatin1String("prompt")).toString(), QStringLiteral("a walnut chair"));
    QCOMPARE(run.sketchPath, m_sketch); // "Use as Sketch" and the overlay find it
    QVERIFY(run.costUsd && qFuzzyCompare(*run.costUsd, 0.04));
    // Its own copy, in the history's results folder: deleting the run never touches chair.png.
    QCOMPARE(run.outputPaths.size(), 1);
    QVERIFY2(run.outputPaths.first().startsWith(QDir(dataDir()).filePath(QStringLiteral("results"))),
             qPrintable(run.outputPaths.first()));
    QVERIFY(!QImage(run.outputPaths.first()).isNull());
    QVERIFY(app.remove(run.id));
    QVERIFY(QFileInfo::exists(output));
    QVERIFY(m_server->billedCount(QStringLiteral("fal")) == 1);
}

void TestCliHistory::appTodayCountsCliSpending()
{
    // The app is open while reimagine-cli runs: its "Today" total and daily budget count the
    // CLI's charge as soon as it is committed, without a restart, and not as the app's own.
    // The app's environment: the same server and keys the CLI is given.
    for (const auto &pair : m_server->environment())
        qputenv(pair.first.constData(), pair.second);
    ModelCatalog catalog{QString()};
    catalog.reload();
    StudioSession session(&catalog, nullptr, nullptr, dataDir());
    QVERIFY(session.history());
    QSignalSpy totals(session.costs(), &CostLedger::totalsChanged);
    QVERIFY(totals.count() > 0 || totals.wait(5000)); // the start-up totals
    QCOMPARE(session.costs()->todayTotal(), 0.0);

    QCOMPARE(waitExit(startRun(m_env->path(QStringLiteral("chair.png")))), 0);
    QTRY_VERIFY_WITH_TIMEOUT(qFuzzyCompare(session.costs()->todayTotal(), 0.04), 10000);
    QCOMPARE(session.costs()->sessionTotal(), 0.0);
    // A run of the app's own, then another CLI run: each counted once, never twice.
    const ModelSpec *bria = catalog.model(QStringLiteral("fal:bria/reimagine/3.2"));
    QVERIFY(bria);
    QJsonObject values = bria->defaultValues();
    values.insert(QStringLiteral("prompt"), QStringLiteral("an app chair"));
    values.insert(QStringLiteral("canny_image_url"), m_sketch);
    QSignalSpy finished(&session, &StudioSession::jobFinished);
    QString error;
    Job *job = session.generate(*bria, values, m_sketch, &error);
    QVERIFY2(job, qPrintable(error));
    QVERIFY(finished.wait(15000));
    QVERIFY2(job->state() == JobState::Done, qPrintable(job->outcome().message));
    QCOMPARE(session.costs()->sessionTotal(), 0.04);
    QTRY_VERIFY_WITH_TIMEOUT(qFuzzyCompare(session.costs()->todayTotal(), 0.08), 10000);
    QCOMPARE(waitExit(startRun(m_env->path(QStringLiteral("chair-2.png")))), 0);
    QTRY_VERIFY_WITH_TIMEOUT(qFuzzyCompare(session.costs()->todayTotal(), 0.12), 10000);
    QCOMPARE(session.history()->totalCost(QDateTime(QDate::currentDate(), QTime(0, 0))), 0.12);
}

void TestCliHistory::leaderboardFromTheSharedHistory()
{
    // Votes cast in the app; the CLI ranks from the same history.
    {
        HistoryStore app(dataDir());
        QString error;
        QVERIFY2(app.open(&error), qPrintable(error));
        const auto record = [&](const QString &id, const QString &model, const QString &tag, double cost) {
            HistoryEntry entry;
            entry.id = id;
            entry.modelId = model;
            entry.modelTitle = model.section(QLatin1Char('/'), -1);
            entry.compareId = QStringLiteral("c-") + tag;
            entry.tags = {tag};
            entry.costUsd = cost;
            entry.elapsedMs = 3000;
            return app.recordRun(entry, &error).has_value();
        };
        QVERIFY(record(QStringLiteral("a1"), QStringLiteral("fal:bria/reimagine/3.2"), QStringLiteral("Chairs"), 0.04));
        QVERIFY(record(QStringLiteral("b1"), QStringLiteral("freepik:reimagine-flux"), QStringLiteral("Chairs"), 0.10));
        QVERIFY(record(QStringLiteral("a2"), QStringLiteral("fal:bria/reimagine/3.2"), QStringLiteral("Lamps"), 0.04));
        QVERIFY(record(QStringLiteral("b2"), QStringLiteral("freepik:reimagine-flux"), QStringLiteral("Lamps"), 0.10));
        RunVote vote;
        vote.runA = QStringLiteral("a1");
        vote.runB = QStringLiteral("b1");
        vote.modelA = QStringLiteral("fal:bria/reimagine/3.2");
        vote.modelB = QStringLiteral("freepik:reimagine-flux");
        vote.outcome = RunVote::Outcome::A;
        QVERIFY(app.addVote(vote));
        vote.runA = QStringLiteral("a2");
        vote.runB = QStringLiteral("b2");
        vote.outcome = RunVote::Outcome::B;
        QVERIFY(app.addVote(vote));
        const QByteArray expected = Leaderboard::toCsv(Leaderboard::compute(app.votes(), app.modelStats(), app.modelTitles()));
        QProcess *csv = startCli({QStringLiteral("leaderboard"), QStringLiteral("--csv")});
        QCOMPARE(waitExit(csv), 0);
        QCOMPARE(csv->readAllStandardOutput(), expected);
    }

    // One tag: Freepik won the lamps.
    QProcess *lamps = startCli({QStringLiteral("leaderboard"), QStringLiteral("--tag"), QStringLiteral("Lamps"),
                                QStringLiteral("--json")});
    QCOMPARE(waitExit(lamps), 0);
    const QJsonObject board = QJsonDocument::fromJson(lamps->readAllStandardOutput()).object();
    QCOMPARE(board.value(QLatin1String("tag")).toString(), QStringLiteral("Lamps"));
    const QJsonArray models = board.value(QLatin1String("models")).toArray();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0)[QLatin1String("model")].toString(), QStringLiteral("freepik:reimagine-flux"));
    QCOMPARE(models.at(0)[QLatin1String("rank")].toInt(), 1);
    QCOMPARE(models.at(0)[QLatin1String("wins")].toInt(), 1);
    QCOMPARE(models.at(0)[QLatin1String("runs")].toInt(), 1);
    QCOMPARE(models.at(0)[QLatin1String("mean_cost_usd")].toDouble(), 0.10);
    QVERIFY(models.at(0)[QLatin1String("rating")].toDouble() > models.at(1)[QLatin1String("rating")].toDouble());

    // The table, and a tag nobody voted on.
    QProcess *table = startCli({QStringLiteral("leaderboard")});
    QCOMPARE(waitExit(table), 0);
    const QString text = QString::fromUtf8(table->readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("RATING")) && text.contains(QStringLiteral("2 (1-1-0)")), qPrintable(text));
    QProcess *none = startCli({QStringLiteral("leaderboard"), QStringLiteral("--tag"), QStringLiteral("Tables")});
    QCOMPARE(waitExit(none), 0);
    QVERIFY(QString::fromUtf8(none->readAllStandardOutput()).startsWith(QStringLiteral("No blind votes yet for the tag 'Tables'")));
    QProcess *wrong = startCli({QStringLiteral("leaderboard"), QStringLiteral("--csv"), QStringLiteral("--json")});
    QCOMPARE(waitExit(wrong), 1);
}

void TestCliHistory::killedWhileSavingIsRecordedOnce_data()
{
    QTest::addColumn<QString>("step");
    QTest::newRow("files written, not recorded") << "outputs-written";
    QTest::newRow("journal noted, not recorded") << "journal-noted";
    QTest::newRow("recording, not committed") << "history-half-written";
    QTest::newRow("recorded, journal not cleared") << "history-written";
}

void TestCliHistory::killedWhileSavingIsRecordedOnce()
{
    QFETCH(QString, step);
    const QString output = m_env->path(QStringLiteral("kept.png"));
    QCOMPARE(waitExit(startRun(output, {{QStringLiteral("REIMAGINE_CRASH_AT"), step}})), -2);
    QCOMPARE(waitExit(startCli({QStringLiteral("resume")}), 60000), 0);

    HistoryStore app(dataDir());
    QString error;
    QVERIFY2(app.open(&error), qPrintable(error));
    const QList<HistoryEntry> runs = recorded(app);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().outputPaths.size(), 1);
    // After a kill the history's copy is made from the --output file: the same picture.
    const QImage copy(runs.first().outputPaths.first());
    QVERIFY(!copy.isNull());
    QCOMPARE(copy.convertToFormat(QImage::Format_RGB32), QImage(output).convertToFormat(QImage::Format_RGB32));
    QCOMPARE(m_server->billedCount(QStringLiteral("fal")), 1);
}

void TestCliHistory::appAndCliWriteAtOnce()
{
    // Two CLI runs record into the history while the app writes rows of its own: WAL and the
    // busy timeout let every write through.
    HistoryStore app(dataDir());
    QString error;
    QVERIFY2(app.open(&error), qPrintable(error));
    QProcess *first = startRun(m_env->path(QStringLiteral("a.png")));
    QProcess *second = startRun(m_env->path(QStringLiteral("b.png")));
    int written = 0;
    while (first->state() != QProcess::NotRunning || second->state() != QProcess::NotRunning || written < 20) {
        HistoryEntry entry;
        entry.id = QStringLiteral("app-%1").arg(written);
        entry.created = QDateTime::currentDateTimeUtc();
        entry.modelId = QStringLiteral("fal:bria/reimagine/3.2");
        entry.modelTitle = QStringLiteral("Bria Reimagine 3.2");
        entry.provider = QStringLiteral("fal");
        entry.status = RunStatus::Failed;
        entry.error = QStringLiteral("written by the app");
        entry.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("row %1").arg(written)}};
        QVERIFY2(app.recordRun(entry, &error), qPrintable(error));
        ++written;
        QCoreApplication::processEvents(); // the fake server answers the CLIs
        QVERIFY(written < 100000);
    }
    QCOMPARE(waitExit(first), 0);
    QCOMPARE(waitExit(second), 0);
    const QList<HistoryEntry> runs = recorded(app);
    QCOMPARE(runs.size(), written + 2);
    int fromCli = 0;
    for (const HistoryEntry &run : runs)
        fromCli += run.status == RunStatus::Done ? 1 : 0;
    QCOMPARE(fromCli, 2);
}

// A damaged history does not cost the CLI its record: it is moved aside, said on stderr with
// both paths, and the run goes into a new history.
void TestCliHistory::damagedHistoryIsMovedAside()
{
    const QString database = QDir(dataDir()).filePath(QStringLiteral("history.sqlite"));
    const QByteArray garbage = QByteArray("not an SQLite database\n").repeated(50);
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    const QString output = m_env->path(QStringLiteral("chair.png"));
    QProcess *cli = startRun(output);
    QCOMPARE(waitExit(cli), 0);
    QVERIFY(!QImage(output).isNull());
    const QStringList aside = QDir(dataDir()).entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const QString moved = QDir(dataDir()).filePath(aside.first());
    QFile kept(moved);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("reimagine-cli: The run history %1 was damaged, so it was moved to %2 and a new, "
                                           "empty history was started.").arg(database, moved)),
             qPrintable(err));

    HistoryStore app(dataDir());
    QString error;
    QVERIFY2(app.open(&error), qPrintable(error));
    const QList<HistoryEntry> runs = recorded(app);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().inputs.value(QLatin1String("prompt")).toString(), QStringLiteral("a walnut chair"));
}

// `run` opens the history while the provider works, not before the first request: the open
// (a damage check, migrations) is off the path to the submit. Seen with a damaged history, which
// the open moves aside: when fal receives the submit it is still there, untouched; once the run
// ended it was moved aside and the run is in the new history.
void TestCliHistory::historyOpensWhileTheProviderWorks()
{
    const QString database = QDir(dataDir()).filePath(QStringLiteral("history.sqlite"));
    const QByteArray garbage = QByteArray("not an SQLite database\n").repeated(50);
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    int submits = 0;
    bool untouchedAtSubmit = false;
    connect(m_server.get(), &FakeProviderServer::requestReceived, this, [&](const RecordedRequest &request) {
        if (request.method != "POST" || request.path != QLatin1String("/fal-queue/bria/reimagine/3.2"))
            return;
        ++submits;
        QFile file(database);
        untouchedAtSubmit = file.open(QIODevice::ReadOnly) && file.readAll() == garbage;
    });
    const QString output = m_env->path(QStringLiteral("chair.png"));
    QProcess *cli = startRun(output);
    QCOMPARE(waitExit(cli), 0);
    QCOMPARE(submits, 1);
    QVERIFY(untouchedAtSubmit);
    QCOMPARE(QDir(dataDir()).entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files).size(), 1);
    HistoryStore app(dataDir());
    QString error;
    QVERIFY2(app.open(&error), qPrintable(error));
    const QList<HistoryEntry> runs = recorded(app);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().status, RunStatus::Done);
}

// A run that fails before it reaches the provider (fal's storage refuses the upload) is
// recorded too, with the history opened as the job ends.
void TestCliHistory::failureBeforeTheProviderIsRecorded()
{
    m_server->addFault(FakeFault::respond("POST", QStringLiteral("/fal-rest/storage/upload/initiate"), 403,
                                          QByteArrayLiteral("{\"detail\": \"storage is not enabled for this key\"}"),
                                          {{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")}}));
    const QString output = m_env->path(QStringLiteral("chair.png"));
    QProcess *cli = startRun(output);
    QVERIFY(waitExit(cli) != 0);
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), 0);
    HistoryStore app(dataDir());
    QString error;
    QVERIFY2(app.open(&error), qPrintable(error));
    const QList<HistoryEntry> runs = recorded(app);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().status, RunStatus::Failed);
    QVERIFY2(runs.first().error.contains(QStringLiteral("rejected the API key (403)")), qPrintable(runs.first().error));
    QVERIFY(!QFileInfo::exists(output));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
