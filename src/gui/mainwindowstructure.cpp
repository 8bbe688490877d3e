// MainWindow: the structure of sketches and results (SketchController, FidelityController and
// the Structure dock), composed here so mainwindow.cpp only calls createStructure().
#include "mainwindow.h"

#include "fidelitycontroller.h"
#include "resultsarea.h"
#include "sketchcontroller.h"

#include "widgets/sketchcanvas.h"
#include "widgets/structurepanel.h"

#include "session/studiosession.h"

#include <QDockWidget>
#include <QStatusBar>

void MainWindow::createStructure()
{
    m_sketch = new SketchController(m_results->canvas(), m_modelPanel, m_session->dataDir(), this);
    m_fidelity = new FidelityController(m_session, m_results, m_sketch, this);
    connect(m_sketch, &SketchController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    m_structureDock = new QDockWidget(tr("Structure"), this);
    m_structureDock->setObjectName(QStringLiteral("StructureDock"));
    m_structureDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_structureDock->setWidget(m_sketch->panel());
    addDockWidget(Qt::RightDockWidgetArea, m_structureDock);
    tabifyDockWidget(m_sideDock, m_structureDock);
    m_sideDock->raise();
    // The first sketch of a session brings the clean-up forward (later ones leave the tabs be).
    connect(m_results->canvas(), &SketchCanvas::sketchLoaded, m_structureDock, &QDockWidget::raise, Qt::SingleShotConnection);
}
