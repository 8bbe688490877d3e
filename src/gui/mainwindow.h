#pragma once

#include <QMainWindow>
#include <QString>

class ModelCatalog;
class ModelPicker;
class SchemaForm;
class SketchCanvas;
class QAction;
class QDockWidget;
class QLabel;
class QPushButton;
class QScrollArea;

// Composition and actions only: the "Model" dock (picker, generated form, Generate / Compare),
// the sketch canvas in the centre, menus and the status bar. Logic lives in the widgets.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ModelCatalog *catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool selectModel(const QString &id);
    QString currentModelId() const { return m_currentModelId; }

    // A local file or an http(s) link: shown on the canvas and put into the current model's
    // structure image field. Returns false (and says why) when the file cannot be used.
    bool loadSketch(const QString &source);
    bool loadSampleSketch();
    // Imports a fal OpenAPI document and selects the new model. On failure returns false and
    // the reason in `error`.
    bool importModelSchema(const QString &path, QString *error);

    SchemaForm *form() const { return m_form; }
    SketchCanvas *canvas() const { return m_canvas; }
    ModelPicker *modelPicker() const { return m_modelPicker; }

public Q_SLOTS:
    void openSketch();
    void pasteSketch();
    void importModelSchemaInteractive();
    void generate();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createModelDock();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();

    void reloadModelList();
    void onModelChanged(const QString &id);
    void saveFormValues();
    void restoreFormValues();
    void onFormValuesChanged();
    void onCanvasSketchChanged(const QString &source);
    void updateGenerateButton();
    void updateModelInfo();
    void showAbout();
    void showWarning(const QString &title, const QString &text);
    QString structureFieldName() const;

    ModelCatalog *m_catalog = nullptr;

    ModelPicker *m_modelPicker = nullptr;
    QLabel *m_modelInfo = nullptr;
    SchemaForm *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QDockWidget *m_modelDock = nullptr;
    SketchCanvas *m_canvas = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_providerLabel = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetFormAction = nullptr;
    QAction *m_clearSketchAction = nullptr;
    QAction *m_copyParametersAction = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QString m_currentModelId;
    QString m_sketchSource;
    double m_sessionCost = 0;
    bool m_syncingSketch = false;
    bool m_fitDockOnShow = false;
};
