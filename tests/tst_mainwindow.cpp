// MainWindow composition: model picker, form rebuilds, sketch loading into the structure field,
// schema import, drops and settings (temporary settings, test-mode paths).

#include "windowprobe.h"
#include "mainwindow.h"

#include "dialogs/settingsdialog.h"
#include "secrets/secretstore.h"

#include "forms/schemaform.h"
#include "panels/comparesetup.h"
#include "panels/jobspanel.h"
#include "session/studiosession.h"
#include "widgets/comparegrid.h"
#include "widgets/modelpicker.h"
#include "widgets/sketchcanvas.h"

#include "schema/modelcatalog.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <memory>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Ideogram = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
const QString Freepik = QStringLiteral("freepik:reimagine-flux");
const QString SamplePath = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void constructs();
    void pickerListsModels();
    void switchingModelRebuildsForm();
    void sampleSketchFillsStructureField();
    void sketchFollowsModelSwitch();
    void canvasClearEmptiesField();
    void dropOnWindowLoadsSketch();
    void corruptSketchIsRefused();
    void generateFollowsValidity();
    void settingsRemembered();
    void importSchemaAddsModel();
    void importBadFileFails();
    void compareModeSwapsPanels();
    void missingKeyShowsBanner();
    void recentFilesRemembered();
    void escapeWithoutJobs();
    void settingsDialogOpensOnce();
    void keyHostWarningInBanner();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_home;
    QTemporaryDir *m_userModels = nullptr;
    ModelCatalog *m_catalog = nullptr;
    // Keys from the environment or kept for this session only, as in a window without keychain.
    std::unique_ptr<MemorySecretStore> m_keys;
    std::unique_ptr<StudioSession> m_session;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8()); // test mode keeps its data under $HOME/.qttest
    for (const char *key : {"FAL_KEY", "SEGMIND_API_KEY", "FREEPIK_API_KEY"})
        qunsetenv(key);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_userModels = new QTemporaryDir;
    m_catalog = new ModelCatalog(m_userModels->path());
    m_catalog->reload();
    m_keys = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<StudioSession>(m_catalog, nullptr, m_keys.get(), QString());
    m_window = new MainWindow(m_catalog, m_session.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_session.reset();
    m_keys.reset();
    delete m_catalog;
    m_catalog = nullptr;
    delete m_userModels;
    m_userModels = nullptr;
}

void TestMainWindow::constructs()
{
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("ModelDock")));
    QVERIFY(Probe::form(m_window));
    QVERIFY(Probe::canvas(m_window));
    QVERIFY(!Probe::canvas(m_window)->hasSketch());
    QVERIFY(Probe::canvas(m_window)->findChild<QLabel *>(QStringLiteral("sampleLink")));
    auto *cost = m_window->findChild<QLabel *>(QStringLiteral("sessionCostLabel"));
    QVERIFY(cost);
    QCOMPARE(cost->text(), QStringLiteral("Session $0.00"));
    auto *compare = m_window->findChild<QPushButton *>(QStringLiteral("compareButton"));
    // Every model of a comparison starts from the sketch: none yet, so Compare says so.
    QVERIFY(compare && !compare->isEnabled());
    QVERIFY(compare->toolTip().contains(QStringLiteral("Open or drop a sketch first")));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("JobsDock")));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("LibraryDock")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("todayCostLabel")));
    for (const QString &provider : {QStringLiteral("fal"), QStringLiteral("segmind"), QStringLiteral("freepik")})
        QVERIFY2(m_window->findChild<QToolButton *>(QStringLiteral("providerStatus_") + provider), qPrintable(provider));
    // Every action explains itself.
    // The window's own actions (panels explain theirs in their own tests).
    QList<QAction *> actions = m_window->findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly);
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
        actions += menu->actions();
    for (QAction *action : std::as_const(actions)) {
        if (action->isSeparator() || action->menu() || action->text().isEmpty())
            continue;
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->text()));
    }
}

void TestMainWindow::pickerListsModels()
{
    ModelPicker *picker = Probe::modelPicker(m_window);
    QCOMPARE(picker->count(), 4);
    QStringList ids;
    for (int i = 0; i < picker->count(); ++i)
        ids << picker->itemData(i).toString();
    for (const QString &id : {Bria, Ideogram, Segmind, Freepik})
        QVERIFY2(ids.contains(id), qPrintable(id));
    const int bria = picker->findData(Bria);
    QCOMPARE(picker->itemText(bria), QStringLiteral("Bria Reimagine 3.2 · fal · $0.04"));
    QCOMPARE(m_window->currentModelId(), picker->currentModelId());
    QCOMPARE(Probe::form(m_window)->model().id, picker->currentModelId());
}

void TestMainWindow::switchingModelRebuildsForm()
{
    QVERIFY(m_window->selectModel(Bria));
    QVERIFY(Probe::form(m_window)->editorFor(QStringLiteral("num_inference_steps")));
    QVERIFY(!Probe::form(m_window)->editorFor(QStringLiteral("image_size")));

    ModelPicker *picker = Probe::modelPicker(m_window);
    picker->setCurrentIndex(picker->findData(Ideogram));
    QCOMPARE(m_window->currentModelId(), Ideogram);
    QCOMPARE(Probe::form(m_window)->model().id, Ideogram);
    QVERIFY(Probe::form(m_window)->editorFor(QStringLiteral("image_size")));
    QVERIFY(!Probe::form(m_window)->editorFor(QStringLiteral("num_inference_steps")));
    QVERIFY(!m_window->selectModel(QStringLiteral("nope:unknown")));
    QCOMPARE(m_window->currentModelId(), Ideogram);
}

void TestMainWindow::sampleSketchFillsStructureField()
{
    QVERIFY(m_window->selectModel(Segmind));
    QVERIFY(m_window->loadSampleSketch());
    SketchCanvas *canvas = Probe::canvas(m_window);
    QVERIFY(canvas->hasSketch());
    const QSize size = QImage(QStringLiteral(":/samples/sample-sketch.png")).size();
    QVERIFY(size.isValid());
    const QString caption = canvas->captionText();
    QVERIFY2(caption.contains(QStringLiteral("%1 × %2 px").arg(size.width()).arg(size.height())),
             qPrintable(caption));
    QVERIFY(caption.contains(QStringLiteral("sample-sketch.png")));
    QVERIFY(caption.contains(QStringLiteral("PNG")));
    auto *captionLabel = canvas->findChild<QLabel *>(QStringLiteral("sketchCaption"));
    QCOMPARE(captionLabel->text(), caption);
    QTRY_VERIFY(!canvas->isLoading());
    QVERIFY(canvas->errorText().isEmpty());

    const QString field = Probe::form(m_window)->values().value(QStringLiteral("structure_image_url")).toString();
    QVERIFY(field.endsWith(QStringLiteral("sample-sketch.png")));
    QVERIFY(QFile::exists(field));
    QCOMPARE(canvas->sketchSource(), field);
}

void TestMainWindow::sketchFollowsModelSwitch()
{
    QVERIFY(m_window->selectModel(Bria));
    QVERIFY(m_window->loadSketch(SamplePath));
    QCOMPARE(Probe::form(m_window)->values().value(QStringLiteral("canny_image_url")).toString(), SamplePath);
    QVERIFY(m_window->selectModel(Freepik));
    QCOMPARE(Probe::form(m_window)->values().value(QStringLiteral("image")).toString(), SamplePath);
    QVERIFY(m_window->selectModel(Ideogram));
    QCOMPARE(Probe::form(m_window)->values().value(QStringLiteral("image_url")).toString(), SamplePath);
}

void TestMainWindow::canvasClearEmptiesField()
{
    QVERIFY(m_window->selectModel(Freepik));
    QVERIFY(m_window->loadSketch(SamplePath));
    QVERIFY(Probe::form(m_window)->values().contains(QStringLiteral("image")));
    Probe::canvas(m_window)->clear();
    QVERIFY(!Probe::form(m_window)->values().contains(QStringLiteral("image")));
    QVERIFY(!Probe::canvas(m_window)->hasSketch());

    // And the other way round: an image set in the field shows on the canvas.
    Probe::form(m_window)->setFieldValue(QStringLiteral("image"), SamplePath);
    QTRY_COMPARE(Probe::canvas(m_window)->sketchSource(), SamplePath);
}

void TestMainWindow::dropOnWindowLoadsSketch()
{
    QVERIFY(m_window->selectModel(Segmind));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(SamplePath)});
    QWidget *target = m_window->findChild<QDockWidget *>(QStringLiteral("ModelDock"));
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(Probe::canvas(m_window)->sketchSource(), SamplePath);
    QCOMPARE(Probe::form(m_window)->values().value(QStringLiteral("structure_image_url")).toString(), SamplePath);
}

void TestMainWindow::corruptSketchIsRefused()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.jpg"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image at all");
    }
    QVERIFY(!m_window->loadSketch(broken));
    QVERIFY(!Probe::canvas(m_window)->hasSketch());
    QVERIFY(!Probe::canvas(m_window)->errorText().isEmpty());
    auto *error = Probe::canvas(m_window)->findChild<QLabel *>(QStringLiteral("canvasError"));
    QVERIFY(error && !error->isHidden());
}

void TestMainWindow::generateFollowsValidity()
{
    QVERIFY(m_window->selectModel(Bria));
    auto *generate = m_window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    QVERIFY(generate);
    QVERIFY(generate->text().contains(QStringLiteral("$0.04")));
    QVERIFY(!generate->isEnabled()); // prompt and sketch are required
    QVERIFY(m_window->loadSampleSketch());
    QVERIFY(!generate->isEnabled()); // the prompt still is
    auto *prompt = Probe::form(m_window)->findChild<QPlainTextEdit *>(QStringLiteral("field_prompt_text"));
    QTest::keyClicks(prompt, QStringLiteral("a red chair"));
    QTRY_VERIFY(generate->isEnabled());
    generate->click();
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());

    QVERIFY(m_window->selectModel(Segmind));
    QVERIFY(generate->text().contains(QStringLiteral("price unknown")) || generate->text().contains(u'$'));
}

void TestMainWindow::settingsRemembered()
{
    QVERIFY(m_window->selectModel(Bria));
    Probe::form(m_window)->setValues({{QStringLiteral("prompt"), QStringLiteral("remember me")},
                                 {QStringLiteral("num_inference_steps"), 42}});
    QVERIFY(m_window->loadSketch(SamplePath));
    m_window->close();

    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("Models/Last")).toString(), Bria);
    QVERIFY(!settings.value(QStringLiteral("MainWindow/Geometry")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("MainWindow/State")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("Files/LastFolder")).toString().isEmpty());
    const QJsonObject stored = QJsonDocument::fromJson(
        settings.value(QStringLiteral("Forms/") + Bria).toString().toUtf8()).object();
    QCOMPARE(stored.value(QStringLiteral("prompt")).toString(), QStringLiteral("remember me"));
    QCOMPARE(stored.value(QStringLiteral("num_inference_steps")).toInteger(), 42);
    QVERIFY(!stored.contains(QStringLiteral("canny_image_url"))); // images are per session

    // A new window comes back on the same model with the same values.
    MainWindow again(m_catalog, m_session.get());
    QCOMPARE(again.currentModelId(), Bria);
    QCOMPARE(Probe::form(&again)->values().value(QStringLiteral("prompt")).toString(), QStringLiteral("remember me"));
    QCOMPARE(Probe::form(&again)->values().value(QStringLiteral("num_inference_steps")).toInteger(), 42);
}

void TestMainWindow::importSchemaAddsModel()
{
    const QString path = QStringLiteral(REIMAGINE_TEST_DATA "/fal-openapi-sample.json");
    QString error;
    QVERIFY2(m_window->importModelSchema(path, &error), qPrintable(error));
    QCOMPARE(Probe::modelPicker(m_window)->count(), 5);
    QVERIFY(!m_window->currentModelId().isEmpty());
    QVERIFY(m_window->currentModelId() != Bria);
    QCOMPARE(Probe::form(m_window)->model().id, m_window->currentModelId());
    QVERIFY(!Probe::form(m_window)->model().fields.isEmpty());
}

void TestMainWindow::importBadFileFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    }
    const QString before = m_window->currentModelId();
    QString error;
    QVERIFY(!m_window->importModelSchema(path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(Probe::modelPicker(m_window)->count(), 4);
    QCOMPARE(m_window->currentModelId(), before);
}

void TestMainWindow::compareModeSwapsPanels()
{
    QVERIFY(m_window->selectModel(Bria));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a garden shed"));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("ModelDock"));
    auto *compareButton = m_window->findChild<QPushButton *>(QStringLiteral("compareButton"));
    // Without a sketch nothing can run: the button says so instead of opening an empty grid.
    QVERIFY(!compareButton->isEnabled());
    QVERIFY(m_window->loadSketch(SamplePath));
    QTRY_VERIFY(compareButton->isEnabled());
    compareButton->click();
    QVERIFY(m_window->isCompareMode());
    QCOMPARE(dock->windowTitle(), QStringLiteral("Compare"));
    QVERIFY(Probe::compareSetup(m_window)->isVisible());
    QVERIFY(!Probe::form(m_window)->isVisible());
    QVERIFY(Probe::compareGrid(m_window)->isVisible());
    // The shared prompt starts from the form's prompt.
    QCOMPARE(Probe::compareSetup(m_window)->prompt(), QStringLiteral("a garden shed"));
    QTRY_VERIFY(Probe::compareSetup(m_window)->runButton()->isEnabled());
    QVERIFY(Probe::compareSetup(m_window)->runButton()->text().startsWith(QStringLiteral("Run comparison · $")));

    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->isCompareMode());
    QCOMPARE(dock->windowTitle(), QStringLiteral("Model"));
    QVERIFY(Probe::form(m_window)->isVisible());
}

void TestMainWindow::missingKeyShowsBanner()
{
    QVERIFY(m_window->selectModel(Bria));
    QVERIFY(m_window->loadSketch(SamplePath));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a red chair"));
    QSignalSpy finished(m_window->session(), &StudioSession::jobFinished);
    m_window->generate();
    QCOMPARE(Probe::jobsPanel(m_window)->model()->rowCount(), 1);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(Probe::bannerText(m_window).contains(QStringLiteral("FAL_KEY")), qPrintable(Probe::bannerText(m_window)));
    auto *action = m_window->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QCOMPARE(action->text(), QStringLiteral("Open Settings"));
    QCOMPARE(Probe::jobsPanel(m_window)->model()->index(0, JobListModel::StateColumn).data().toString().left(8),
             QStringLiteral("Failed: "));
    auto *dot = m_window->findChild<QToolButton *>(QStringLiteral("providerStatus_fal"));
    QCOMPARE(dot->property("status").toInt(), int(StudioSession::NoKey));
    QVERIFY(dot->toolTip().contains(QStringLiteral("no API key")));
}

void TestMainWindow::recentFilesRemembered()
{
    QVERIFY(Probe::recentFiles(m_window).isEmpty());
    QVERIFY(m_window->loadSketch(SamplePath));
    QCOMPARE(Probe::recentFiles(m_window), QStringList{SamplePath});
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().constFirst()->text().contains(QStringLiteral("sample-sketch.png")));
    QVERIFY(m_window->loadSketch(SamplePath)); // once only
    QCOMPARE(Probe::recentFiles(m_window).size(), 1);
}

void TestMainWindow::escapeWithoutJobs()
{
    m_window->cancelLatestJob();
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("No job is running."));
}

void TestMainWindow::settingsDialogOpensOnce()
{
    QVERIFY(!Probe::settingsDialog(m_window));
    QTest::keyClick(m_window, Qt::Key_Comma, Qt::ControlModifier); // Edit ▸ Settings…
    QPointer<SettingsDialog> dialog = Probe::settingsDialog(m_window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));

    // A second trigger (a click on a provider dot) brings the same dialog back to the front.
    dialog->hide();
    m_window->findChild<QToolButton *>(QStringLiteral("providerStatus_fal"))->click();
    QCOMPARE(Probe::settingsDialog(m_window), dialog.data());
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_window->findChildren<SettingsDialog *>().size(), 1);

    // Stored keys are read again: the dot follows.
    auto *dot = m_window->findChild<QToolButton *>(QStringLiteral("providerStatus_fal"));
    QCOMPARE(dot->property("status").toInt(), int(StudioSession::NoKey));
    bool done = false;
    m_window->session()->sessionStore()->writeKey(QStringLiteral("fal"), QStringLiteral("test-key"), this,
                                                  [&done](const QString &) { done = true; });
    QTRY_VERIFY(done);
    Q_EMIT dialog->keysChanged();
    QTRY_COMPARE(dot->property("status").toInt(), int(StudioSession::Ok));
    QCOMPARE(m_window->session()->key(QStringLiteral("fal")), QStringLiteral("test-key"));

    dialog->close();
    QTRY_VERIFY(!dialog);
    QVERIFY(!Probe::settingsDialog(m_window));
}

void TestMainWindow::keyHostWarningInBanner()
{
    QVERIFY(Probe::bannerText(m_window).isEmpty());
    qputenv("REIMAGINE_FAL_REST_URL", "https://uploads.example.net");
    qputenv("FAL_KEY", "fal-secret-in-env");
    MemorySecretStore keys;
    StudioSession session(m_catalog, nullptr, &keys, QString());
    MainWindow window(m_catalog, &session);
    qunsetenv("REIMAGINE_FAL_REST_URL");
    qunsetenv("FAL_KEY");
    QCOMPARE(Probe::bannerText(&window), QStringLiteral("REIMAGINE_FAL_REST_URL sends your fal API key to "
                                                 "uploads.example.net, which is not a fal host."));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
