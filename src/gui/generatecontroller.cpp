#include "generatecontroller.h"

#include "costgate.h"
#include "forms/schemaform.h"

#include "session/studiosession.h"

GenerateController::GenerateController(StudioSession *session, SchemaForm *form, CostGate *gate, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_form(form)
    , m_gate(gate)
{
}

GenerateController::~GenerateController() = default;

void GenerateController::generate(const QString &sketchPath)
{
    const ModelSpec model = m_form->model();
    if (model.id.isEmpty())
        return;
    m_form->revealErrors();
    const QList<FieldError> errors = m_form->errors();
    if (!errors.isEmpty()) {
        QString first;
        for (const FieldError &error : errors) {
            if (m_form->editorFor(error.field)) {
                first = error.field;
                break;
            }
        }
        Q_EMIT invalid(first);
        return;
    }
    // The form's own validation passed: what the provider said last time no longer applies.
    m_form->clearExternalErrors();
    // Captured now: changing the form or the model while the cost question is open changes
    // nothing about this run.
    const QJsonObject values = m_form->values();
    m_gate->request({{model, values}}, tr("This run"), false,
                    [this, model, values, sketchPath] { submit(model, values, sketchPath); });
}

void GenerateController::submit(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath)
{
    QString error;
    Job *job = m_session->generate(model, values, sketchPath, &error);
    if (!job) {
        Q_EMIT refused(error);
        return;
    }
    if (m_form->model().id == model.id)
        m_form->prepareNextRun();
    Q_EMIT submitted(job);
}
