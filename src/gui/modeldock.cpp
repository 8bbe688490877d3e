#include "modeldock.h"

#include "modelpanel.h"
#include "panels/comparesetup.h"

#include "schema/modelcatalog.h"

#include <QCloseEvent>
#include <QStackedWidget>

ModelDock::ModelDock(ModelCatalog *catalog, QWidget *parent)
    : QDockWidget(tr("Model"), parent)
{
    setObjectName(QStringLiteral("ModelDock"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    m_stack = new QStackedWidget(this);

    m_modelPanel = new ModelPanel(catalog, m_stack);
    m_compareSetup = new CompareSetup(m_stack);
    if (catalog) {
        m_compareSetup->setModels(catalog->models());
        connect(catalog, &ModelCatalog::modelsChanged, m_compareSetup,
                [this, catalog] { m_compareSetup->setModels(catalog->models()); });
    }
    m_compareSetup->restoreSelection();

    m_stack->addWidget(m_modelPanel);
    m_stack->addWidget(m_compareSetup);
    setWidget(m_stack);
}

ModelDock::~ModelDock() = default;

void ModelDock::setCompareMode(bool on)
{
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_compareSetup) : m_modelPanel);
    setWindowTitle(on ? tr("Compare") : tr("Model"));
    show();
}

bool ModelDock::isCompareMode() const
{
    return m_stack->currentWidget() == m_compareSetup;
}

void ModelDock::closeEvent(QCloseEvent *event)
{
    if (isCompareMode()) {
        event->ignore();
        Q_EMIT leaveCompareRequested();
        return;
    }
    QDockWidget::closeEvent(event);
}
