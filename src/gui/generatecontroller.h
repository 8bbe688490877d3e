#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

struct ModelSpec;

class CostGate;
class Job;
class SchemaForm;
class StudioSession;
class QWidget;

// One Generate click: reveals the form's errors (nothing is sent while a field is wrong), passes
// the run through the CostGate (budget, confirmation), sends exactly the model and values it
// captured through StudioSession::generate and lets unlocked seeds roll on for the next run.
class GenerateController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateController)

public:
    // None of the arguments is owned.
    GenerateController(StudioSession *session, SchemaForm *form, CostGate *gate, QObject *parent = nullptr);
    ~GenerateController() override;

    // Runs the form's model on its values; `sketchPath` is remembered with the result.
    void generate(const QString &sketchPath);

Q_SIGNALS:
    // The form has errors; `field` is the first one with an editor (may be empty).
    void invalid(const QString &field);
    void submitted(Job *job);
    // The session refused the values (nothing was sent).
    void refused(const QString &message);

private:
    void submit(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath);

    StudioSession *m_session = nullptr;
    SchemaForm *m_form = nullptr;
    CostGate *m_gate = nullptr;
};
