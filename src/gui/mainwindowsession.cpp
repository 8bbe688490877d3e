// The session side of MainWindow: what comes back on start (geometry, docks, the sketch, Compare,
// the view mode; the model, its form and the shared intent through their own classes), what is
// saved on close, and the question before quitting with jobs running.

#include "mainwindow.h"

#include "intentcontroller.h"
#include "modeldock.h"
#include "modelpanel.h"
#include "quitconfirmation.h"
#include "resultsarea.h"

#include "panels/comparesetup.h"
#include "session/studiosession.h"
#include "widgets/failurebanner.h"
#include "widgets/imagemime.h"
#include "widgets/sketchcanvas.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>

namespace {
const QString KeyGeometry = QStringLiteral("MainWindow/Geometry");
const QString KeyState = QStringLiteral("MainWindow/State");
const QString KeySketch = QStringLiteral("Session/Sketch");
const QString KeyCompareMode = QStringLiteral("Session/CompareMode");
const QString KeyViewMode = QStringLiteral("Session/ViewMode");
} // namespace

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(KeyGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    if (!restoreState(settings.value(KeyState).toByteArray())) {
        m_fitDockOnShow = true;
        resizeDocks({m_jobsDock}, {170}, Qt::Vertical);
    }
    m_modelPanel->restoreLastModel();
    m_intent->restore();
}

void MainWindow::restoreSession()
{
    QSettings settings;
    const int viewMode = settings.value(KeyViewMode, -1).toInt();
    const QList<QAction *> modes = m_results->modeActions();
    if (viewMode >= 0 && viewMode < modes.size())
        modes.at(viewMode)->trigger();
    const QString sketch = settings.value(KeySketch).toString();
    if (!sketch.isEmpty()) {
        if (QFileInfo(sketch).isFile()) {
            loadSketch(sketch);
        } else {
            // Nothing runs against a sketch that is not there: the form and Compare stay empty.
            m_results->banner()->showNotice(
                tr("The sketch of your last session is no longer there: %1. Open it again, or "
                   "choose another sketch.")
                    .arg(QDir::toNativeSeparators(sketch)));
        }
    }
    if (settings.value(KeyCompareMode).toBool())
        m_compareAction->setChecked(true);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(KeyGeometry, saveGeometry());
    settings.setValue(KeyState, saveState());
    m_compareSetup->saveSelection();
    m_modelPanel->saveFormValues();
    m_intent->save();
    const QString sketch = m_results->canvas()->sketchSource();
    if (sketch.isEmpty() || ImageMime::isRemote(sketch))
        settings.remove(KeySketch);
    else
        settings.setValue(KeySketch, QFileInfo(sketch).absoluteFilePath());
    settings.setValue(KeyCompareMode, m_compareMode);
    int viewMode = -1;
    const QList<QAction *> modes = m_results->modeActions();
    for (int i = 0; i < modes.size(); ++i) {
        if (modes.at(i)->isChecked())
            viewMode = i;
    }
    settings.setValue(KeyViewMode, viewMode);
}

// Accessors ----------------------------------------------------------------------------------

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitDockOnShow) {
        // First start: the panel takes about a third of the window, within readable limits.
        m_fitDockOnShow = false;
        resizeDocks({m_modelDock, m_sideDock}, {qBound(430, width() * 30 / 100, 540), qBound(300, width() / 4, 360)},
                    Qt::Horizontal);
        resizeDocks({m_jobsDock}, {qBound(120, height() / 5, 200)}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    const QuitConfirmation quit(m_session->jobs());
    if (quit.needed() && !m_quitConfirmed) {
        // Said before the window goes: which jobs resume and which cannot be followed.
        event->ignore();
        if (m_quitQuestion)
            return;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Reimagine Studio?"), quit.text(),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("quitQuestion"));
        box->setInformativeText(quit.informativeText());
        QPushButton *quitButton = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
        quitButton->setObjectName(QStringLiteral("quitButton"));
        QPushButton *keep = box->addButton(tr("&Keep Open"), QMessageBox::RejectRole);
        box->setDefaultButton(quit.lost() > 0 ? keep : quitButton);
        box->setEscapeButton(keep);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, quitButton](QAbstractButton *button) {
            if (button != quitButton)
                return;
            m_quitConfirmed = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        m_quitQuestion = box;
        box->open();
        return;
    }
    QMainWindow::closeEvent(event);
}

