#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

struct ModelSpec;

class CostGate;
class Job;
class QMessageBox;
class SchemaForm;
class StudioSession;
class QWidget;

// One Generate click: reveals the form's errors (nothing is sent while a field is wrong), gives
// an unlocked seed a new value (shown in the form before anything is sent), warns when a locked
// seed would repeat the last run of that model exactly (same image, charged again) and offers a
// new seed, passes the run through the CostGate (budget, confirmation) and sends exactly the
// model and values it captured through StudioSession::generate.
class GenerateController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateController)

public:
    // None of the arguments is owned; `dialogParent` parents the repeat question.
    GenerateController(StudioSession *session, SchemaForm *form, CostGate *gate, QWidget *dialogParent,
                       QObject *parent = nullptr);
    ~GenerateController() override;

    // Runs the form's model on its values; `sketchPath` is remembered with the result.
    void generate(const QString &sketchPath);

    // The open "same settings as last time" question, while one is open (tests).
    QMessageBox *repeatQuestion() const;

Q_SIGNALS:
    // The form has errors; `field` is the first one with an editor (may be empty).
    void invalid(const QString &field);
    void submitted(Job *job);
    // The session refused the values (nothing was sent).
    void refused(const QString &message);

private:
    void confirm(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath);
    void askRepeat(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath);
    void submit(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath);

    StudioSession *m_session = nullptr;
    SchemaForm *m_form = nullptr;
    CostGate *m_gate = nullptr;
    QPointer<QWidget> m_dialogParent;
    QPointer<QMessageBox> m_repeatQuestion;
    // The values of the last run sent per model (model id -> values).
    QHash<QString, QJsonObject> m_lastSent;
};
