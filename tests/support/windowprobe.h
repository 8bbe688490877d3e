#pragma once

// What a GUI test looks at in the main window, found by object name or type as a designer's
// screen reader would: the window itself exposes no widgets for tests.

#include "comparecontroller.h"
#include "fidelitycontroller.h"
#include "generatecontroller.h"
#include "intentcontroller.h"
#include "mainwindow.h"
#include "modelpanel.h"
#include "resultsarea.h"
#include "sketchcontroller.h"
#include "dialogs/settingsdialog.h"
#include "forms/schemaform.h"
#include "panels/comparesetup.h"
#include "panels/historypanel.h"
#include "panels/jobspanel.h"
#include "panels/presetspanel.h"
#include "presets/presetstore.h"
#include "widgets/beforeafterview.h"
#include "widgets/comparegrid.h"
#include "widgets/failurebanner.h"
#include "widgets/modelpicker.h"
#include "widgets/recentfilesmenu.h"
#include "widgets/sketchcanvas.h"

#include <QAction>
#include <QDialog>
#include <QListWidget>
#include <QMessageBox>

namespace Probe {

// The one child of `window` of type T named `name` (any name when empty); nullptr when absent.
template<typename T>
T *find(const QObject *window, const char *name = nullptr)
{
    return name ? window->findChild<T *>(QLatin1String(name)) : window->findChild<T *>();
}

inline ModelPanel *modelPanel(const MainWindow *w) { return find<ModelPanel>(w, "modelPanel"); }
inline SchemaForm *form(const MainWindow *w) { return modelPanel(w)->form(); }
inline ModelPicker *modelPicker(const MainWindow *w) { return find<ModelPicker>(w, "modelPicker"); }
inline ResultsArea *resultsArea(const MainWindow *w) { return find<ResultsArea>(w, "centre"); }
inline SketchCanvas *canvas(const MainWindow *w) { return find<SketchCanvas>(w, "sketchCanvas"); }
inline BeforeAfterView *beforeAfterView(const MainWindow *w) { return find<BeforeAfterView>(w, "beforeAfterView"); }
inline CompareGrid *compareGrid(const MainWindow *w) { return find<CompareGrid>(w, "compareGrid"); }
inline QListWidget *filmstrip(const MainWindow *w) { return find<QListWidget>(w, "filmstrip"); }
inline CompareSetup *compareSetup(const MainWindow *w) { return find<CompareSetup>(w, "compareSetup"); }
inline JobsPanel *jobsPanel(const MainWindow *w) { return find<JobsPanel>(w, "jobsPanel"); }
inline HistoryPanel *historyPanel(const MainWindow *w) { return find<HistoryPanel>(w, "historyPanel"); }
inline PresetsPanel *presetsPanel(const MainWindow *w) { return find<PresetsPanel>(w, "presetsPanel"); }
inline PresetStore *presetStore(const MainWindow *w) { return find<PresetStore>(w); }
inline SettingsDialog *settingsDialog(const MainWindow *w) { return find<SettingsDialog>(w, "settingsDialog"); }
inline GenerateController *generateController(const MainWindow *w) { return find<GenerateController>(w); }
inline IntentController *intentController(const MainWindow *w) { return find<IntentController>(w); }
inline SketchController *sketchController(const MainWindow *w) { return find<SketchController>(w); }
inline FidelityController *fidelityController(const MainWindow *w) { return find<FidelityController>(w); }

inline Job *shownJob(const MainWindow *w) { return resultsArea(w)->shownJob(); }
inline int shownResultIndex(const MainWindow *w) { return resultsArea(w)->shownResultIndex(); }
// The banner's text; empty when hidden.
inline QString bannerText(const MainWindow *w) { return resultsArea(w)->banner()->text(); }
// Jobs of the current comparison, by cell key.
inline QHash<QString, Job *> compareJobs(const MainWindow *w) { return find<CompareController>(w)->jobs(); }
inline CompareController *compareController(const MainWindow *w) { return find<CompareController>(w); }
inline QStringList recentFiles(const MainWindow *w) { return find<RecentFilesMenu>(w, "recentMenu")->files(); }

// The open questions and dialogs, or nullptr.
inline QMessageBox *cancelQuestion(const MainWindow *w) { return find<QMessageBox>(w, "cancelJobQuestion"); }
inline QMessageBox *quitQuestion(const MainWindow *w) { return find<QMessageBox>(w, "quitQuestion"); }
inline QDialog *shortcutsDialog(const MainWindow *w) { return find<QDialog>(w, "shortcutsDialog"); }

} // namespace Probe
