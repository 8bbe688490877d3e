// The designer's loop, end to end, against the fake provider server: drop a sketch, prompt,
// Generate -> the result in the before/after view and in the history; compare three providers and
// pick a winner; save and load a preset; cancel a job that never finishes (the provider is told);
// restart on the same data and find the winner again.
//
// With REIMAGINE_SCREENSHOT_DIR set, the README screenshots are written there (1280x800).

#include "mainwindow.h"

#include "fakeproviderserver.h"
#include "windowprobe.h"
#include "windowtest.h"
#include "testenvironment.h"

#include "resultsarea.h"

#include "forms/schemaform.h"
#include "imaging/pngmetadata.h"
#include "settings/settings.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "jobs/job.h"
#include "panels/comparesetup.h"
#include "panels/leaderboardpanel.h"
#include "dialogs/blindjudgedialog.h"
#include "comparecontroller.h"
#include "history/leaderboard.h"
#include "panels/historypanel.h"
#include "panels/jobspanel.h"
#include "panels/presetspanel.h"
#include "presets/presetstore.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "widgets/beforeafterview.h"
#include "widgets/comparecell.h"
#include "widgets/comparegrid.h"
#include "widgets/imageview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
const QString Freepik = QStringLiteral("freepik:reimagine-flux");
const QString SamplePath = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");
constexpr int JobTimeoutMs = 30000;
const QStringList CompletingScript{QStringLiteral("IN_QUEUE:2"), QStringLiteral("IN_QUEUE:1"),
                                   QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")};
} // namespace

class TestWorkflow : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void dropPromptGenerate();
    void saveFollowsOutputSettings();
    void compareThreeAndPickWinner();
    void rerunsJoinTheComparison();
    void judgeBlindFillsTheLeaderboard();
    void presetRoundTrip();
    void comparePresetIsPortable();
    void cancelRunningJob();
    void providerFieldErrorInline();
    void failureShowsBanner();
    void restartFindsWinner();
    void screenshots();
    void compareCellCountsDownAWait();

private:
    void grab(const QString &name);

    QString m_winnerHistoryId;
};

void TestWorkflow::initTestCase()
{
    initSessionTest("tst_workflow");
    QVERIFY(!QTest::currentTestFailed());
    QSettings().setValue(QStringLiteral("Costs/ConfirmAbove"), 5.0);
    m_server->setFalScript(CompletingScript);
    m_server->setSseIntervalMs(60);

    openWindow();
}

void TestWorkflow::cleanupTestCase()
{
    closeWindow();
}

void TestWorkflow::dropPromptGenerate()
{
    QVERIFY(m_window->selectModel(Bria));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(SamplePath)});
    const QPoint pos = m_window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(Probe::form(m_window)->values().value(QStringLiteral("canny_image_url")).toString(), SamplePath);

    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a sunlit scandinavian living room"));
    auto *generate = m_window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    QTRY_VERIFY(generate->isEnabled());
    QVERIFY(generate->text().contains(QStringLiteral("$0.04")));

    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    const QJsonValue seedBefore = Probe::form(m_window)->fieldValue(QStringLiteral("seed"));
    generate->click();
    QCOMPARE(m_session->jobs().size(), 1);
    Job *job = m_session->jobs().constFirst();
    QCOMPARE(Probe::jobsPanel(m_window)->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QVERIFY2(job->state() == JobState::Done, qPrintable(job->outcome().message));

    BeforeAfterView *view = Probe::beforeAfterView(m_window);
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY(view->hasAfter()); // read back from the kept file, off the GUI thread
    QTRY_VERIFY(view->hasBefore()); // the sketch, decoded off the GUI thread
    QCOMPARE(view->after().width(), FakeProviderServer::kImageWidth);
    QCOMPARE(Probe::shownJob(m_window), job);
    QVERIFY(m_window->findChild<QAction *>() != nullptr);
    QCOMPARE(Probe::jobsPanel(m_window)->model()->index(0, JobListModel::StateColumn).data().toString(),
             QStringLiteral("Done"));

    // The history has it, and the session cost moved.
    QCOMPARE(m_session->history()->find(HistoryFilter()).size(), 1);
    QTRY_COMPARE(Probe::historyPanel(m_window)->model()->rowCount(), 1);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("sessionCostLabel"))->text(), QStringLiteral("Session $0.04"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("todayCostLabel"))->text().startsWith(QStringLiteral("Today $")));
    // Seed policy: the lock is off by default, so the run rolled a new seed; the form shows the
    // seed the run used, and the result says it too.
    const QJsonValue seedSent = job->request().values.value(QStringLiteral("seed"));
    QVERIFY(seedSent.isDouble());
    QVERIFY(seedSent != seedBefore);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("seed")), seedSent);

    // View modes and zoom are wired.
    m_window->findChild<QAbstractButton *>(QStringLiteral("sideBySideButton"))->click();
    QCOMPARE(view->mode(), BeforeAfterView::Mode::SideBySide);
    m_window->findChild<QAbstractButton *>(QStringLiteral("wipeButton"))->click();
    QCOMPARE(view->mode(), BeforeAfterView::Mode::Wipe);

    // A second run: two results, a filmstrip.
    generate->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, JobTimeoutMs);
    QTRY_VERIFY(Probe::filmstrip(m_window)->isVisible());
    QCOMPARE(Probe::filmstrip(m_window)->count(), 2);
    Probe::filmstrip(m_window)->setCurrentRow(0);
    QCOMPARE(Probe::shownJob(m_window), job);

    // Ctrl+S path: saving the shown result writes a PNG with metadata.
    const QString saved = m_env->path(QStringLiteral("saved.png"));
    QVERIFY(Probe::resultsArea(m_window)->saveShownResult(saved));
    QTRY_VERIFY(QFile::exists(saved));
}

// The saving settings have a consumer: Save Result proposes their folder and format, and a name
// made of the prompt and the seed that was used. A saved PNG names the sketch by file name only.
void TestWorkflow::saveFollowsOutputSettings()
{
    QVERIFY(Probe::shownResultIndex(m_window) >= 0); // the result of dropPromptGenerate
    const QString folder = m_env->path(QStringLiteral("designs"));
    QVERIFY(QDir().mkpath(folder));
    m_session->settings()->setValue(Settings::Key::OutputFolder, folder);
    m_session->settings()->setValue(Settings::Key::OutputFormat, QStringLiteral("jpeg"));
    const Job *job = Probe::shownJob(m_window);
    QVERIFY(job);
    const qint64 seed = job->request().values.value(QStringLiteral("seed")).toInteger();
    const QString proposed = m_window->findChild<ResultsArea *>()->proposedSavePath();
    QCOMPARE(proposed, QDir(folder).filePath(QStringLiteral("a-sunlit-scandinavian-living-room-%1.jpg").arg(seed)));

    m_session->settings()->setValue(Settings::Key::OutputFormat, QStringLiteral("png"));
    const QString png = m_window->findChild<ResultsArea *>()->proposedSavePath();
    QVERIFY(png.endsWith(QLatin1String(".png")));
    QVERIFY(Probe::resultsArea(m_window)->saveShownResult(png));
    QTRY_VERIFY(QFile::exists(png));
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QHash<QString, QString> chunks = PngMetadata::textChunks(bytes);
    QVERIFY(chunks.contains(QStringLiteral("parameters")));
    const QJsonObject record = QJsonDocument::fromJson(chunks.value(QStringLiteral("reimagine")).toUtf8()).object();
    QCOMPARE(record.value(QLatin1String("seed")).toInteger(), seed); // the seed that was used
    QCOMPARE(record.value(QLatin1String("inputs")).toObject().value(QLatin1String("canny_image_url")).toString(),
             QStringLiteral("sample-sketch.png"));
    for (const QString &text : chunks)
        QVERIFY2(!text.contains(QLatin1String(REIMAGINE_SOURCE_DIR)), qPrintable(text)); // no folders
    // The next proposal does not overwrite it.
    QVERIFY(m_window->findChild<ResultsArea *>()->proposedSavePath().endsWith(QStringLiteral("-%1-2.png").arg(seed)));
    m_session->settings()->setValue(Settings::Key::OutputFolder, QString());
}

void TestWorkflow::compareThreeAndPickWinner()
{
    m_server->setFalScript(CompletingScript);
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    QSignalSpy toggled(m_window->findChild<QDockWidget *>(QStringLiteral("ModelDock")), &QDockWidget::windowTitleChanged);
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isCompareMode());
    CompareSetup *setup = Probe::compareSetup(m_window);
    QVERIFY(setup->isVisible());
    QVERIFY(Probe::compareGrid(m_window)->isVisible());
    setup->setSelectedModelIds({Bria, Segmind, Freepik});
    setup->setPrompt(QStringLiteral("a cosy reading corner, warm light"));
    setup->setStrength(0.4);
    setup->setAspect(QStringLiteral("4:3"));
    QTRY_VERIFY(setup->runButton()->isEnabled());
    QVERIFY(setup->runButton()->text().startsWith(QStringLiteral("Run comparison · $0.04")));

    setup->runButton()->click();
    CompareGrid *grid = Probe::compareGrid(m_window);
    QCOMPARE(grid->cellCount(), 3);
    const QHash<QString, Job *> jobs = Probe::compareJobs(m_window);
    QCOMPARE(jobs.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, JobTimeoutMs);
    QString briaKey;
    for (auto it = jobs.constBegin(); it != jobs.constEnd(); ++it) {
        QVERIFY2(it.value()->state() == JobState::Done, qPrintable(it.value()->outcome().message));
        QTRY_VERIFY(grid->cell(it.key())->hasResult());
        if (it.value()->request().model.id == Bria)
            briaKey = it.key();
    }
    QVERIFY(!briaKey.isEmpty());

    // Star Bria: the winner is a favourite in the history.
    auto *star = grid->findChild<QAbstractButton *>(QStringLiteral("cell_") + briaKey + QStringLiteral("_star"));
    QVERIFY(star);
    star->click();
    QCOMPARE(grid->winner(), briaKey);
    m_winnerHistoryId = m_session->historyId(jobs.value(briaKey));
    QVERIFY(!m_winnerHistoryId.isEmpty());
    QTRY_VERIFY(m_session->history()->entry(m_winnerHistoryId)->favourite);

    // Open a cell in before/after, and back to the grid.
    grid->findChild<QAbstractButton *>(QStringLiteral("cell_") + briaKey + QStringLiteral("_open"))->click();
    QTRY_VERIFY(Probe::beforeAfterView(m_window)->isVisible());
    QCOMPARE(Probe::shownJob(m_window), jobs.value(briaKey));

    // Compare it with Freepik's result instead of the sketch: every mode then shows two results.
    BeforeAfterView *view = Probe::beforeAfterView(m_window);
    auto *before = m_window->findChild<QComboBox *>(QStringLiteral("beforeLayerCombo"));
    QVERIFY(before);
    int freepik = -1;
    for (int i = 2; i < before->count(); ++i) {
        if (before->itemText(i).startsWith(QLatin1String("Reimagine Flux (Freepik), result 1")))
            freepik = i;
    }
    QVERIFY2(freepik >= 2, qPrintable(QString::number(before->count())));
    before->setCurrentIndex(freepik);
    QTRY_COMPARE(view->beforeLayer(), BeforeAfterView::BeforeLayer::OtherResult);
    QCOMPARE(view->beforeLabel(), QStringLiteral("Reimagine Flux (Freepik), result 1"));
    QTest::keyClick(view, Qt::Key_5);
    QCOMPARE(view->mode(), BeforeAfterView::Mode::Difference);
    QTest::keyClick(view, Qt::Key_1);
    before->setCurrentIndex(0);
    QCOMPARE(view->beforeLayer(), BeforeAfterView::BeforeLayer::Sketch);
    QCOMPARE(view->beforeLabel(), QStringLiteral("Sketch"));

    auto *back = m_window->findChild<QAbstractButton *>(QStringLiteral("backToGridButton"));
    QVERIFY(back->isVisible());
    back->click();
    QVERIFY(grid->isVisible());
    QVERIFY(!grid->exportImage().isNull());

    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->isCompareMode());
    QVERIFY(Probe::form(m_window)->isVisible());
}

// The submit bodies fal received for `endpoint`, oldest first.
static QList<QJsonObject> falSubmits(const FakeProviderServer *server, const QString &endpoint)
{
    QList<QJsonObject> bodies;
    for (const RecordedRequest &request : server->requestsTo(QStringLiteral("/fal-queue/") + endpoint)) {
        if (request.method == "POST")
            bodies.append(QJsonDocument::fromJson(request.body).object());
    }
    return bodies;
}

void TestWorkflow::rerunsJoinTheComparison()
{
    m_window->setCompareMode(true);
    CompareGrid *grid = Probe::compareGrid(m_window);
    CompareController *comparer = Probe::compareController(m_window);
    QCOMPARE(grid->cellCount(), 3);
    const QString compareId = comparer->compareId();
    QVERIFY(!compareId.isEmpty());
    QString briaKey, segmindKey;
    const QHash<QString, Job *> before = Probe::compareJobs(m_window);
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.value()->request().model.id == Bria)
            briaKey = it.key();
        else if (it.value()->request().model.id == Segmind)
            segmindKey = it.key();
    }
    QVERIFY(!briaKey.isEmpty() && !segmindKey.isEmpty());
    const std::optional<HistoryEntry> briaRun = m_session->history()->entry(m_session->historyId(before.value(briaKey)));
    const std::optional<HistoryEntry> segmindRun = m_session->history()->entry(m_session->historyId(before.value(segmindKey)));
    QVERIFY(briaRun && briaRun->seed);
    QVERIFY(segmindRun && segmindRun->seed);
    const qint64 briaSeed = *briaRun->seed;
    const qint64 segmindSeed = *segmindRun->seed;
    const int briaSubmits = int(falSubmits(m_server, QStringLiteral("bria/reimagine/3.2")).size());

    // Bria again with the next seed: one more submit, with that seed, in a cell of its own.
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    QVERIFY(comparer->rerunCell(briaKey));
    QTRY_COMPARE(grid->cellCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QList<QJsonObject> submits = falSubmits(m_server, QStringLiteral("bria/reimagine/3.2"));
    QCOMPARE(submits.size(), briaSubmits + 1);
    QCOMPARE(submits.constLast().value(QStringLiteral("seed")).toInteger(), briaSeed + 1);

    // Segmind's cell on Bria: Segmind's seed and the comparison's prompt (Freepik takes no seed).
    QVERIFY(comparer->rerunCell(segmindKey, Bria));
    QTRY_COMPARE(grid->cellCount(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, JobTimeoutMs);
    submits = falSubmits(m_server, QStringLiteral("bria/reimagine/3.2"));
    QCOMPARE(submits.size(), briaSubmits + 2);
    QCOMPARE(submits.constLast().value(QStringLiteral("seed")).toInteger(), segmindSeed);
    QCOMPARE(submits.constLast().value(QStringLiteral("prompt")).toString(), QStringLiteral("a cosy reading corner, warm light"));

    // Every new result is in its cell and in the history, in the same comparison.
    for (const QString &key : grid->keys())
        QTRY_VERIFY_WITH_TIMEOUT(grid->cell(key)->hasResult(), JobTimeoutMs);
    HistoryFilter filter;
    filter.compareId = compareId;
    const QList<HistoryEntry> runs = m_session->history()->find(filter);
    QCOMPARE(runs.size(), 5);
    for (const HistoryEntry &run : runs)
        QCOMPARE(run.origin, QStringLiteral("app"));

    // Every model again with one new seed: three more runs, all with that seed.
    QVERIFY(comparer->rerunAll());
    QTRY_COMPARE(grid->cellCount(), 8);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, JobTimeoutMs);
    QSet<QString> earlier;
    for (const HistoryEntry &run : runs)
        earlier.insert(run.id);
    QSet<QString> models;
    QSet<qint64> seeds;
    const QList<HistoryEntry> all = m_session->history()->find(filter);
    QCOMPARE(all.size(), 8);
    for (const HistoryEntry &run : all) {
        if (earlier.contains(run.id))
            continue;
        models.insert(run.modelId);
        if (run.seed) // Freepik takes no seed
            seeds.insert(*run.seed);
    }
    QCOMPARE(models, (QSet<QString>{Bria, Segmind, Freepik}));
    QCOMPARE(seeds.size(), 1);
}

void TestWorkflow::judgeBlindFillsTheLeaderboard()
{
    CompareController *comparer = Probe::compareController(m_window);
    QVERIFY(comparer->canJudgeBlind());
    QAction *judge = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))
            judge = action;
    }
    QVERIFY(judge);
    QVERIFY(judge->isEnabled());
    judge->trigger();
    BlindJudgeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BlindJudgeDialog *>(QStringLiteral("blindJudgeDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    // Eight runs: Bria 4, Segmind 2, Freepik 2. Every two runs of different models is a pair.
    QCOMPARE(dialog->session().pairCount(), 4 * 2 + 4 * 2 + 2 * 2);
    // While judging, no model or provider is named anywhere in the dialog.
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        for (const QString &name : {QStringLiteral("Bria"), QStringLiteral("Segmind"), QStringLiteral("Freepik"),
                                    QStringLiteral("Flux"), QStringLiteral("fal")})
            QVERIFY2(!label->isVisible() || !label->text().contains(name), qPrintable(label->text()));
    }
    // The judge prefers Segmind, then Freepik, then Bria: arrows as a designer presses them.
    const QHash<QString, int> taste{{Segmind, 3}, {Freepik, 2}, {Bria, 1}};
    while (!dialog->session().isFinished()) {
        const BlindSession::Pair &pair = dialog->session().current();
        QTest::keyClick(dialog, taste.value(pair.left.modelId) > taste.value(pair.right.modelId) ? Qt::Key_Left
                                                                                                 : Qt::Key_Right);
    }
    QVERIFY(dialog->isRevealed());
    auto *ranking = dialog->findChild<QLabel *>(QStringLiteral("blindRanking"));
    // Revealed: the comparison's ranking follows the taste.
    QVERIFY2(ranking->text().contains(QStringLiteral("1. Bria Reimagine (Segmind)"))
                 || ranking->text().indexOf(QStringLiteral("Segmind")) < ranking->text().indexOf(QStringLiteral("Flux")),
             qPrintable(ranking->text()));

    // Written off the GUI thread, in order.
    QTRY_COMPARE(m_session->history()->votes().size(), dialog->session().pairCount());
    const QList<RunVote> votes = m_session->history()->votes();
    const QList<Leaderboard::Row> rows = Leaderboard::compute(votes, m_session->history()->modelStats());
    QCOMPARE(rows.at(0).modelId, Segmind);
    QCOMPARE(rows.at(1).modelId, Freepik);
    QCOMPARE(rows.at(2).modelId, Bria);

    // Tag one comparison's runs in the history (right-click ▸ Tags…): the leaderboard can rank
    // that tag alone.
    HistoryPanel *history = Probe::historyPanel(m_window);
    QTRY_VERIFY(history->model()->rowCount() > 0);
    history->view()->setCurrentIndex(history->model()->index(0, 0));
    const QString tagged = history->currentEntry().id;
    auto *tagsAction = history->findChild<QAction *>(QStringLiteral("historyTagsAction"));
    QVERIFY(tagsAction && tagsAction->isEnabled());
    tagsAction->trigger();
    QInputDialog *tagsDialog = nullptr;
    QTRY_VERIFY((tagsDialog = history->findChild<QInputDialog *>()) && tagsDialog->isVisible());
    tagsDialog->setTextValue(QStringLiteral("Reading corners, client B ,"));
    tagsDialog->accept();
    QTRY_COMPARE(m_session->history()->entry(tagged)->tags,
                 (QStringList{QStringLiteral("client B"), QStringLiteral("Reading corners")}));

    // Rerun from the history (right-click ▸ Rerun with Seed + 1): the next seed is sent, and
    // the result joins the run's comparison.
    const std::optional<HistoryEntry> rerunSource = m_session->history()->entry(tagged);
    QVERIFY(rerunSource && rerunSource->seed && !rerunSource->compareId.isEmpty());
    auto *rerunAction = history->findChild<QAction *>(QStringLiteral("historyRerunAction"));
    QVERIFY(rerunAction && rerunAction->isEnabled());
    QSignalSpy rerunFinished(m_session, &StudioSession::jobFinished);
    rerunAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rerunFinished.count(), 1, JobTimeoutMs);
    Job *rerun = rerunFinished.constFirst().constFirst().value<Job *>();
    QVERIFY2(rerun->state() == JobState::Done, qPrintable(rerun->outcome().message));
    QCOMPARE(rerun->request().model.id, rerunSource->modelId);
    const ParameterSpec *rerunSeed = rerun->request().model.fieldForRole(QStringLiteral("seed"));
    QVERIFY(rerunSeed);
    QCOMPARE(rerun->request().values.value(rerunSeed->name).toInteger(), *rerunSource->seed + 1);
    QTRY_VERIFY(m_session->history()->entry(rerun->id()).has_value());
    QCOMPARE(m_session->history()->entry(rerun->id())->compareId, rerunSource->compareId);

    // "Show Leaderboard": the panel ranks them the same way, with their figures.
    dialog->findChild<QPushButton *>(QStringLiteral("blindShowLeaderboard"))->click();
    auto *panel = m_window->findChild<LeaderboardPanel *>(QStringLiteral("leaderboardPanel"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE(panel->rows().size(), 3);
    QTRY_COMPARE(panel->rows().at(0).votes, rows.at(0).votes);
    QCOMPARE(panel->rows().at(0).modelId, Segmind);
    QVERIFY(panel->rows().at(0).stats.runs >= 2);
    const QString csvPath = m_env->path(QStringLiteral("leaderboard.csv"));
    QSignalSpy exported(panel, &LeaderboardPanel::exported);
    panel->exportCsv(csvPath);
    QTRY_COMPARE(exported.count(), 1);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY2(lines.at(1).startsWith("1,") && lines.at(1).contains(",segmind:bria-reimagine,"), lines.at(1).constData());
    QVERIFY2(lines.at(3).startsWith("3,") && lines.at(3).contains(",fal:bria/reimagine/3.2,"), lines.at(3).constData());
    m_window->setCompareMode(false);
    // The dialog had the focus; the window manager gives it back, here the test does.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestWorkflow::presetRoundTrip()
{
    QVERIFY(m_window->selectModel(Bria));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("watercolour kitchen"));
    Probe::form(m_window)->setFieldValue(QStringLiteral("num_inference_steps"), 42);
    PresetsPanel *presets = Probe::presetsPanel(m_window);
    QVERIFY(presets);
    presets->saveCurrent();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = presets->findChild<QInputDialog *>(QStringLiteral("presetNameDialog"))));
    dialog->setTextValue(QStringLiteral("Steps 42"));
    dialog->accept();
    QTRY_VERIFY(Probe::presetStore(m_window)->contains(QStringLiteral("Steps 42")));
    const Preset stored = *Probe::presetStore(m_window)->preset(QStringLiteral("Steps 42"));
    QCOMPARE(stored.modelValues.value(Bria).value(QStringLiteral("num_inference_steps")).toInt(), 42);
    QVERIFY(!stored.modelValues.value(Bria).contains(QStringLiteral("canny_image_url"))); // no images

    Probe::form(m_window)->setFieldValue(QStringLiteral("num_inference_steps"), 25);
    QSignalSpy loaded(presets, &PresetsPanel::loadRequested);
    presets->selectPreset(QStringLiteral("Steps 42"));
    presets->loadSelected();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("num_inference_steps")).toInt(), 42);
    // The sketch stays.
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString(), SamplePath);
}

void TestWorkflow::comparePresetIsPortable()
{
    // Compare mode saves the shared intent (and the per-model overrides) as a portable preset.
    m_window->setCompareMode(true);
    CompareSetup *setup = Probe::compareSetup(m_window);
    setup->setPrompt(QStringLiteral("misty harbour at dawn"));
    setup->setStrength(0.35);
    setup->setAspect(QStringLiteral("16:9"));
    setup->setSeed(4242);
    setup->setSeedLocked(true);
    setup->setOverrides(Bria, QJsonObject{{QStringLiteral("num_inference_steps"), 44}});
    PresetsPanel *presets = Probe::presetsPanel(m_window);
    presets->saveCurrent();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = presets->findChild<QInputDialog *>(QStringLiteral("presetNameDialog"))));
    dialog->setTextValue(QStringLiteral("Harbour intent"));
    dialog->accept();
    QTRY_VERIFY(Probe::presetStore(m_window)->contains(QStringLiteral("Harbour intent")));

    // The file on disk is a valid v1 preset with the intent.
    QFile file(Probe::presetStore(m_window)->filePath(QStringLiteral("Harbour intent")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject intent = json.value(QStringLiteral("intent")).toObject();
    QCOMPARE(intent.value(QStringLiteral("prompt_template")).toString(), QStringLiteral("misty harbour at dawn"));
    QCOMPARE(intent.value(QStringLiteral("seed_policy")).toString(), QStringLiteral("fixed"));
    QCOMPARE(intent.value(QStringLiteral("seed")).toInteger(), 4242);
    QCOMPARE(intent.value(QStringLiteral("strength")).toDouble(), 0.35);
    QCOMPARE(intent.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("16:9"));
    QVERIFY(intent.value(QStringLiteral("num_images")).isDouble());
    QCOMPARE(json.value(QStringLiteral("models")).toObject().value(Bria).toObject()
                 .value(QStringLiteral("num_inference_steps")).toInt(), 44);
    QString error;
    const std::optional<Preset> parsed = Preset::fromJson(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->intent, intent);

    // Change the shared fields, load the preset: they come back.
    setup->setPrompt(QStringLiteral("something else"));
    setup->setStrength(0.9);
    setup->setAspect(QStringLiteral("1:1"));
    setup->setSeedLocked(false);
    setup->setOverrides(Bria, QJsonObject());
    QSignalSpy loaded(presets, &PresetsPanel::loadRequested);
    presets->selectPreset(QStringLiteral("Harbour intent"));
    presets->loadSelected();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(setup->prompt(), QStringLiteral("misty harbour at dawn"));
    QCOMPARE(setup->intent().value(QStringLiteral("strength")).toDouble(), 0.35);
    QCOMPARE(setup->intent().value(QStringLiteral("aspect")).toString(), QStringLiteral("16:9"));
    QCOMPARE(setup->seed(), 4242);
    QVERIFY(setup->isSeedLocked());
    QCOMPARE(setup->overrides().value(Bria).value(QStringLiteral("num_inference_steps")).toInt(), 44);
    setup->setOverrides(Bria, QJsonObject());

    // In single-model mode the intent is mapped onto the model's own fields.
    m_window->setCompareMode(false);
    QVERIFY(m_window->selectModel(Bria));
    Probe::form(m_window)->setFieldValue(QStringLiteral("canny_scale"), 0.9);
    Probe::form(m_window)->setFieldValue(QStringLiteral("aspect_ratio"), QStringLiteral("1:1"));
    presets->loadSelected();
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("prompt")).toString(), QStringLiteral("misty harbour at dawn"));
    QVERIFY(qAbs(Probe::form(m_window)->fieldValue(QStringLiteral("canny_scale")).toDouble() - 0.35) < 1e-6);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("16:9"));
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("seed")).toInteger(), 4242);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("num_inference_steps")).toInt(), 44);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("canny_image_url")).toString(), SamplePath);
}

void TestWorkflow::cancelRunningJob()
{
    // A fal job that never finishes.
    m_server->setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS")});
    QVERIFY(m_window->selectModel(Bria));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("endless"));
    QSignalSpy added(m_session, &StudioSession::jobAdded);
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(added.count(), 1);
    Job *job = added.constFirst().constFirst().value<Job *>();
    QTRY_VERIFY_WITH_TIMEOUT(job->state() == JobState::Running, JobTimeoutMs);
    QVERIFY(Probe::jobsPanel(m_window)->isTicking());
    m_server->clearRequests();

    // Shortcuts need the active window (the preset dialog had it last).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // Esc asks first (keeping the paid job is the default); Cancel Job cancels it.
    QTest::keyClick(m_window, Qt::Key_Escape);
    QMessageBox *question = Probe::cancelQuestion(m_window);
    QVERIFY(question);
    QCOMPARE(job->state(), JobState::Running);
    question->findChild<QPushButton *>(QStringLiteral("cancelJobButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Cancelled, JobTimeoutMs);
    bool cancelSent = false;
    for (const RecordedRequest &request : m_server->requests())
        cancelSent = cancelSent || (request.method == "PUT" && request.path.endsWith(QStringLiteral("/cancel")));
    QVERIFY(cancelSent);
    const int row = Probe::jobsPanel(m_window)->model()->rowOf(job);
    QCOMPARE(Probe::jobsPanel(m_window)->model()->index(row, JobListModel::StateColumn).data().toString(),
             QStringLiteral("Cancelled"));
    QVERIFY(Probe::bannerText(m_window).isEmpty()); // the user did it: no failure banner
    m_server->setFalScript(CompletingScript);
}

void TestWorkflow::failureShowsBanner()
{
    QVERIFY(m_window->selectModel(Segmind));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a chair"));
    m_server->addFault(FakeFault::respond("POST", QStringLiteral("/segmind/v1/"), 500,
                                          QByteArrayLiteral("{\"error\":\"GPU on fire\"}"), {}, -1));
    QSignalSpy added(m_session, &StudioSession::jobAdded);
    m_window->generate();
    QCOMPARE(added.count(), 1);
    Job *failing = added.constFirst().constFirst().value<Job *>();
    QTRY_COMPARE_WITH_TIMEOUT(failing->state(), JobState::Failed, JobTimeoutMs);
    QTRY_VERIFY(!Probe::bannerText(m_window).isEmpty());
    QVERIFY2(Probe::bannerText(m_window).contains(QStringLiteral("GPU on fire")), qPrintable(Probe::bannerText(m_window)));
    auto *action = m_window->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), QStringLiteral("Retry"));
    QCOMPARE(m_session->providerStatus(QStringLiteral("segmind")), StudioSession::Failing);
    auto *dot = m_window->findChild<QWidget *>(QStringLiteral("providerStatus_segmind"));
    QCOMPARE(dot->property("status").toInt(), int(StudioSession::Failing));

    // Retry from the banner, with the provider healthy again.
    m_server->clearFaults();
    action->click();
    QVERIFY(Probe::bannerText(m_window).isEmpty());
    QCOMPARE(added.count(), 2);
    Job *retried = added.constLast().constFirst().value<Job *>();
    QCOMPARE(retried->request().values, failing->request().values);
    QTRY_COMPARE_WITH_TIMEOUT(retried->state(), JobState::Done, JobTimeoutMs);
    QCOMPARE(m_session->providerStatus(QStringLiteral("segmind")), StudioSession::Ok);
    QCOMPARE(dot->property("status").toInt(), int(StudioSession::Ok));
}

void TestWorkflow::providerFieldErrorInline()
{
    // fal refuses the submit with a 422 that names the seed.
    QVERIFY(m_window->selectModel(Bria));
    QVERIFY(m_window->loadSketch(SamplePath));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a lamp"));
    m_server->addFault(FakeFault::respond(
        "POST", QStringLiteral("/fal-queue/bria/reimagine/3.2"), 422,
        QByteArrayLiteral(R"({"detail":[{"loc":["body","seed"],"msg":"seed is too large","type":"value_error"}]})")));
    QSignalSpy added(m_session, &StudioSession::jobAdded);
    m_window->generate();
    QCOMPARE(added.count(), 1);
    Job *job = added.constFirst().constFirst().value<Job *>();
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Failed, JobTimeoutMs);
    QTRY_VERIFY(!Probe::bannerText(m_window).isEmpty());
    QVERIFY2(Probe::bannerText(m_window).contains(QStringLiteral("seed is too large")), qPrintable(Probe::bannerText(m_window)));

    QLabel *seedError = Probe::form(m_window)->errorLabelFor(QStringLiteral("seed"));
    QVERIFY(seedError);
    QVERIFY(!seedError->isHidden());
    QCOMPARE(seedError->text(), QStringLiteral("seed is too large"));

    // Fix Field goes to the seed; the message stays until the user changes it.
    auto *action = m_window->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QCOMPARE(action->text(), QStringLiteral("Fix Field"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    action->click();
    QVERIFY(Probe::bannerText(m_window).isEmpty());
    QWidget *seedEditor = Probe::form(m_window)->editorFor(QStringLiteral("seed"));
    QTRY_VERIFY(seedEditor->isAncestorOf(QApplication::focusWidget()) || seedEditor->hasFocus());
    QVERIFY(!seedError->isHidden());
    Probe::form(m_window)->setFieldValue(QStringLiteral("seed"), 42);
    QVERIFY(seedError->isHidden());
    m_server->clearFaults();
}

void TestWorkflow::restartFindsWinner()
{
    QVERIFY(!m_winnerHistoryId.isEmpty());
    closeWindow();
    openWindow();
    HistoryFilter favourites;
    favourites.favouritesOnly = true;
    const QList<HistoryEntry> entries = m_session->history()->find(favourites);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().id, m_winnerHistoryId);
    QCOMPARE(entries.constFirst().modelId, Bria);
    QTRY_VERIFY(Probe::historyPanel(m_window)->model()->rowCount() >= 5);
    // Reuse its parameters: the model and the prompt come back.
    QVERIFY(m_window->selectModel(Segmind));
    Q_EMIT Probe::historyPanel(m_window)->reuseRequested(entries.constFirst());
    QCOMPARE(m_window->currentModelId(), Bria);
    QCOMPARE(Probe::form(m_window)->fieldValue(QStringLiteral("prompt")).toString(),
             QStringLiteral("a cosy reading corner, warm light"));
}

void TestWorkflow::grab(const QString &name)
{
    const QString dir = qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name));
}

void TestWorkflow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("REIMAGINE_SCREENSHOT_DIR"))
        QSKIP("Set REIMAGINE_SCREENSHOT_DIR to write the README screenshots.");
    m_window->resize(1280, 800);
    QSignalSpy finished(m_session, &StudioSession::jobFinished);

    // History: the entries of the runs above.
    m_window->findChild<QDockWidget *>(QStringLiteral("LibraryDock"))->raise();
    m_window->findChild<QTabWidget *>(QStringLiteral("libraryTabs"))->setCurrentIndex(0);
    QTRY_VERIFY(Probe::historyPanel(m_window)->model()->rowCount() >= 5);
    QVERIFY(m_window->selectModel(Bria));
    QVERIFY(m_window->loadSketch(SamplePath));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"),
                                    QStringLiteral("a sunlit scandinavian living room, oak floor, linen sofa"));
    HistoryModel *historyModel = Probe::historyPanel(m_window)->model();
    QTRY_VERIFY(!historyModel->index(0, 0).data(Qt::DecorationRole).isNull()); // thumbnails load in the background
    grab(QStringLiteral("history.png"));

    // Before/after of a finished run.
    const int before = finished.count();
    m_window->generate();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), before + 1, JobTimeoutMs);
    QTRY_VERIFY(Probe::beforeAfterView(m_window)->hasBefore());
    Probe::beforeAfterView(m_window)->setWipePosition(0.5);
    grab(QStringLiteral("before-after.png"));

    // Running jobs: two fal jobs that stay busy and a Segmind one queued behind them.
    m_server->setFalScript({QStringLiteral("IN_QUEUE:3"), QStringLiteral("IN_QUEUE:2"), QStringLiteral("IN_PROGRESS")});
    m_session->setLimits(4, 1);
    m_window->generate();
    QVERIFY(m_window->selectModel(QStringLiteral("fal:fal-ai/ideogram/v3/remix")));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a reading nook"));
    m_window->generate();
    auto anyRunning = [this] {
        const QList<Job *> jobs = m_session->jobs();
        return std::any_of(jobs.cbegin(), jobs.cend(), [](const Job *job) { return job->state() == JobState::Running; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(anyRunning(), JobTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(Probe::jobsPanel(m_window)->model()->index(0, JobListModel::ElapsedColumn)
                                     .data()
                                     .toString()
                                 != QStringLiteral("0:00"),
                             5000);
    grab(QStringLiteral("running.png"));
    for (Job *job : m_session->jobs())
        job->cancel();
    m_session->setLimits(4, 2);
    m_server->setFalScript(CompletingScript);

    // Compare grid with three results.
    m_window->setCompareMode(true);
    Probe::compareSetup(m_window)->setSelectedModelIds({Bria, Segmind, Freepik});
    Probe::compareSetup(m_window)->setPrompt(QStringLiteral("a cosy reading corner, warm light"));
    m_window->runComparison();
    const QStringList keys = Probe::compareGrid(m_window)->keys();
    QCOMPARE(keys.size(), 3);
    for (const QString &key : keys)
        QTRY_VERIFY_WITH_TIMEOUT(Probe::compareGrid(m_window)->cell(key)->hasResult(), JobTimeoutMs);
    Probe::compareGrid(m_window)->setWinner(keys.constFirst());
    grab(QStringLiteral("compare.png"));

    // Blind A/B of that comparison, half way, and the leaderboard after it.
    Probe::compareController(m_window)->rerunAll();
    QTRY_COMPARE(Probe::compareGrid(m_window)->cellCount(), 6);
    for (const QString &key : Probe::compareGrid(m_window)->keys())
        QTRY_VERIFY_WITH_TIMEOUT(Probe::compareGrid(m_window)->cell(key)->hasResult(), JobTimeoutMs);
    m_window->findChild<QTabWidget *>(QStringLiteral("libraryTabs"))->setCurrentIndex(2);
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))
            action->trigger();
    }
    BlindJudgeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BlindJudgeDialog *>(QStringLiteral("blindJudgeDialog"))));
    dialog->resize(1100, 640);
    QTest::keyClick(dialog, Qt::Key_Left);
    QTest::keyClick(dialog, Qt::Key_Down);
    QTRY_VERIFY(dialog->findChild<ImageView *>(QStringLiteral("blindLeft"))->hasImage());
    QTRY_VERIFY(dialog->findChild<ImageView *>(QStringLiteral("blindRight"))->hasImage());
    QVERIFY(dialog->grab().save(qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR") + QStringLiteral("/blind-ab.png")));
    while (!dialog->session().isFinished())
        QTest::keyClick(dialog, dialog->session().currentIndex() % 3 == 0 ? Qt::Key_Right : Qt::Key_Left);
    QVERIFY(dialog->grab().save(qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR") + QStringLiteral("/blind-ab-revealed.png")));
    dialog->findChild<QPushButton *>(QStringLiteral("blindShowLeaderboard"))->click();
    auto *panel = m_window->findChild<LeaderboardPanel *>(QStringLiteral("leaderboardPanel"));
    QTRY_VERIFY(!panel->rows().isEmpty() && panel->rows().constFirst().votes > 0);
    grab(QStringLiteral("leaderboard.png"));
    m_window->setCompareMode(false);
}

// Segmind answers the comparison's submit with 429 and Retry-After: 2. Its cell says what its
// row in the Jobs panel says, every second of the wait, then the run goes on to its result.
void TestWorkflow::compareCellCountsDownAWait()
{
    m_window->setCompareMode(true);
    CompareSetup *setup = Probe::compareSetup(m_window);
    setup->setSelectedModelIds({Segmind, Freepik});
    setup->setPrompt(QStringLiteral("a window seat, morning light"));
    m_server->addFault(FakeFault::respond("POST", QStringLiteral("/segmind/v1/"), 429,
                                          QByteArrayLiteral("{\"error\":\"Too many requests\"}"),
                                          {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2")}}));
    const int segmindSubmits = m_server->submitCount(QStringLiteral("segmind"));
    m_window->runComparison();
    const QHash<QString, Job *> jobs = Probe::compareJobs(m_window);
    QString segmindKey;
    for (auto it = jobs.constBegin(); it != jobs.constEnd(); ++it) {
        if (it.value()->request().model.id == Segmind)
            segmindKey = it.key();
    }
    QVERIFY(!segmindKey.isEmpty());
    Job *segmind = jobs.value(segmindKey);
    CompareCell *cell = Probe::compareGrid(m_window)->cell(segmindKey);
    QVERIFY(cell);

    QStringList cellSeconds; // every second the cell shows, in order
    auto follow = [&] {
        if (!segmind->isWaiting())
            return;
        const QString text = cell->stateText();
        if (cellSeconds.isEmpty() || cellSeconds.constLast() != text)
            cellSeconds.append(text);
    };
    connect(segmind, &Job::waitChanged, this, follow);
    connect(segmind, &Job::waitSecondsChanged, this, follow);
    QTRY_VERIFY_WITH_TIMEOUT(cell->stateText() == QStringLiteral("Rate-limited by Segmind, retrying in 2 s"),
                             JobTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(cell->hasResult(), JobTimeoutMs);
    // "retrying now" is shown only if the countdown's last boundary comes before the retry.
    if (cellSeconds.size() == 3 && cellSeconds.constLast() == QStringLiteral("Rate-limited by Segmind, retrying now"))
        cellSeconds.removeLast();
    QCOMPARE(cellSeconds, (QStringList{QStringLiteral("Rate-limited by Segmind, retrying in 2 s"),
                                       QStringLiteral("Rate-limited by Segmind, retrying in 1 s")}));
    QCOMPARE(segmind->state(), JobState::Done);
    // Refused with nothing done, then taken: the wait sent the billed request once more.
    QCOMPARE(m_server->submitCount(QStringLiteral("segmind")) - segmindSubmits, 2);
    m_window->setCompareMode(false);
}

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
