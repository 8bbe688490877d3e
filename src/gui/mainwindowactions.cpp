// MainWindow: its actions and menus (File, Edit, Run, View, Help).

#include "mainwindow.h"

#include "comparecontroller.h"
#include "modeldock.h"
#include "modelpanel.h"
#include "resultsarea.h"

#include "forms/schemaform.h"
#include "panels/historypanel.h"
#include "widgets/appicons.h"
#include "widgets/recentfilesmenu.h"
#include "widgets/sketchcanvas.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

void MainWindow::createActions()
{
    // An action with an icon (or none), a status tip and a shortcut; `slot` runs on triggered().
    const auto make = [this](const QString &icon, const QString &text, const QString &tip,
                             const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : AppIcons::icon(icon), text, this);
        a->setStatusTip(tip);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_openAction = make(QStringLiteral("folder-open"), tr("&Open Sketch…"),
                        tr("Open a sketch image and use it as the structure reference"), QKeySequence::Open,
                        &MainWindow::openSketch);
    m_pasteAction = make(QStringLiteral("paste"), tr("&Paste Sketch"),
                         tr("Use the image or link on the clipboard as the sketch"), QKeySequence::Paste,
                         &MainWindow::pasteSketch);
    m_importAction = make(QString(), tr("&Import Model Schema…"), tr("Add a model from a fal OpenAPI JSON document"),
                          QKeySequence(), &MainWindow::importModelSchemaInteractive);
    m_saveAction = make(QString(), tr("&Save Result As…"),
                        tr("Save the shown result as PNG (with its parameters), JPEG or WebP"), QKeySequence::Save,
                        &MainWindow::saveResultInteractive);
    m_exportCompareAction = make(QString(), tr("&Export Comparison…"),
                                 tr("Save the comparison grid as one PNG with captions"), QKeySequence(),
                                 &MainWindow::exportComparisonInteractive);
    m_quitAction = make(QString(), tr("&Quit"), tr("Close Reimagine Studio"), QKeySequence::Quit, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_resetFormAction = make(QStringLiteral("reset"), tr("&Reset Parameters"),
                             tr("Put every parameter of the current model back to its default"), QKeySequence(),
                             [this] { m_modelPanel->form()->resetToDefaults(); });
    m_clearSketchAction = make(QStringLiteral("clear"), tr("&Clear Sketch"),
                               tr("Remove the sketch from the canvas and the form"), QKeySequence(),
                               [this] { m_results->canvas()->clear(); });
    m_copyParametersAction = make(QString(), tr("Copy Parameters as &JSON"),
                                  tr("Copy the request parameters of the current model to the clipboard"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), [this] {
                                      QApplication::clipboard()->setText(QString::fromUtf8(
                                          QJsonDocument(m_modelPanel->form()->values()).toJson(QJsonDocument::Indented)));
                                      showStatus(tr("Parameters copied."));
                                  });
    m_settingsAction = make(QString(), tr("Se&ttings…"), tr("API keys, concurrency and cost limits"),
                            QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::openSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_generateAction = make(QString(), tr("&Generate"), tr("Send the sketch and parameters to the selected model"),
                            QKeySequence(), [this] { m_compareMode ? runComparison() : generate(); });
    m_generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_compareAction = new QAction(tr("&Compare Models"), this);
    m_compareAction->setStatusTip(tr("Run the same sketch and prompt on several models side by side"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setCheckable(true);
    connect(m_compareAction, &QAction::toggled, this, &MainWindow::setCompareMode);
    m_cancelAction = make(QString(), tr("&Cancel Latest Job"), tr("Cancel the most recent job that is still running"),
                          QKeySequence(Qt::Key_Escape), &MainWindow::requestCancelLatestJob);
    m_judgeAction = make(QString(), tr("&Judge Blind…"),
                         tr("Judge the comparison's results in pairs with the models hidden, for your leaderboard"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                         [this] { openBlindJudge(m_comparer->compareId()); });
    m_rerunAllAction = make(QString(), tr("Rerun All with a &New Seed"),
                            tr("Run every model of the comparison again with one new seed; the results join it"),
                            QKeySequence(), [this] { m_comparer->rerunAll(); });
    m_findAction = make(QString(), tr("&Search History"), tr("Find earlier results by their prompt"),
                        QKeySequence::Find, [this] {
                            m_sideDock->show();
                            m_sideDock->raise();
                            m_sideTabs->setCurrentWidget(m_historyPanel);
                            m_historyPanel->focusSearch();
                        });
    m_aboutAction = make(QString(), tr("&About Reimagine Studio"), tr("Version and licence of Reimagine Studio"),
                         QKeySequence(), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = make(QString(), tr("About &Qt"), tr("The Qt version this build uses"), QKeySequence(),
                           [] { QApplication::aboutQt(); });
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_shortcutsAction = make(QString(), tr("&Keyboard Shortcuts"), tr("Every shortcut of the app in one list"),
                             QKeySequence(Qt::CTRL | Qt::Key_Slash), &MainWindow::showShortcuts);

    QList<QAction *> all{m_openAction, m_pasteAction, m_importAction, m_saveAction, m_exportCompareAction,
                         m_quitAction, m_resetFormAction, m_clearSketchAction, m_copyParametersAction,
                         m_settingsAction, m_generateAction, m_compareAction, m_cancelAction, m_judgeAction,
                         m_rerunAllAction, m_findAction,
                         m_results->fitAction(), m_results->actualSizeAction(), m_shortcutsAction, m_aboutAction,
                         m_aboutQtAction};
    all += m_results->modeActions();
    for (QAction *a : std::as_const(all)) {
        QString tip = a->statusTip();
        if (!a->shortcut().isEmpty())
            tip += QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + u')';
        a->setToolTip(tip);
        if (a->shortcutContext() == Qt::WindowShortcut)
            addAction(a); // shortcuts work while a dock has focus, too
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = new RecentFilesMenu(tr("Open &Recent"), file);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileRequested, this, &MainWindow::loadSketch);
    file->addAction(m_pasteAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_exportCompareAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyParametersAction);
    edit->addAction(m_resetFormAction);
    edit->addSeparator();
    edit->addAction(m_clearSketchAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_compareAction);
    view->addSeparator();
    view->addActions(m_results->modeActions());
    view->addAction(m_results->fitAction());
    view->addAction(m_results->actualSizeAction());
    view->addSeparator();
    view->addAction(m_findAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_generateAction);
    run->addAction(m_cancelAction);
    run->addSeparator();
    run->addAction(m_rerunAllAction);
    run->addAction(m_judgeAction);

    QMenu *window = menuBar()->addMenu(tr("&Window"));
    struct DockToggle
    {
        QDockWidget *dock;
        QString text;
        QString tip;
    };
    for (const DockToggle &toggle : {DockToggle{m_modelDock, tr("&Model Panel"), tr("Show or hide the model and parameter panel")},
                                     DockToggle{m_sideDock, tr("&History and Presets"), tr("Show or hide the history and presets")},
                                     DockToggle{m_structureDock, tr("&Structure"), tr("Show or hide the sketch clean-up and structure map")},
                                     DockToggle{m_jobsDock, tr("&Jobs"), tr("Show or hide the job list")}}) {
        QAction *action = toggle.dock->toggleViewAction();
        action->setText(toggle.text);
        action->setStatusTip(toggle.tip);
        action->setToolTip(toggle.tip);
        window->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    for (QMenu *menu : {file, edit, view, run, window, help})
        menu->setToolTipsVisible(true);
}
