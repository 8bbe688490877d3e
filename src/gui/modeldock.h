#pragma once

#include <QDockWidget>

class CompareSetup;
class ModelCatalog;
class ModelPanel;
class QStackedWidget;

// The left dock: "Model" shows the ModelPanel (picker, form, Generate); in compare mode it is
// titled "Compare" and shows the CompareSetup (shared intent and model checklist). Both follow
// the catalog's models; the compare selection of the last session is restored.
class ModelDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDock)

public:
    // `catalog` is not owned and may be null.
    explicit ModelDock(ModelCatalog *catalog, QWidget *parent = nullptr);
    ~ModelDock() override;

    ModelPanel *modelPanel() const { return m_modelPanel; }
    CompareSetup *compareSetup() const { return m_compareSetup; }

    // Switches between the model panel and the compare setup; the dock is shown either way.
    void setCompareMode(bool on);
    bool isCompareMode() const;

Q_SIGNALS:
    // Closing the dock in compare mode leaves Compare (the form comes back) instead of hiding it.
    void leaveCompareRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QStackedWidget *m_stack = nullptr;
    ModelPanel *m_modelPanel = nullptr;
    CompareSetup *m_compareSetup = nullptr;
};
