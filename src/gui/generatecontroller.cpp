#include "generatecontroller.h"

#include "costgate.h"
#include "forms/schemaform.h"

#include "session/studiosession.h"

#include <QMessageBox>
#include <QPushButton>

GenerateController::GenerateController(StudioSession *session, SchemaForm *form, CostGate *gate,
                                       QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_form(form)
    , m_gate(gate)
    , m_dialogParent(dialogParent)
{
}

QMessageBox *GenerateController::repeatQuestion() const
{
    return m_repeatQuestion.data();
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
    if (m_repeatQuestion)
        m_repeatQuestion->close();
    // An unlocked seed gets its new value now, in the form, so the result's seed is on screen.
    m_form->rollSeedsForRun();
    // Captured now: changing the form or the model while a question is open changes nothing
    // about this run.
    const QJsonObject values = m_form->values();
    const bool seeded = model.fieldForRole(QStringLiteral("seed")) != nullptr;
    if (seeded && m_lastSent.contains(model.id) && m_lastSent.value(model.id) == values) {
        askRepeat(model, values, sketchPath);
        return;
    }
    confirm(model, values, sketchPath);
}

void GenerateController::confirm(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath)
{
    m_gate->request({{model, values}}, tr("This run"), false,
                    [this, model, values, sketchPath] { submit(model, values, sketchPath); });
}

void GenerateController::askRepeat(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath)
{
    // Non-blocking: window-modal without a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Same Settings as the Last Run"),
                                tr("These are exactly the settings of your last %1 run, with the same "
                                   "locked seed.")
                                    .arg(model.title),
                                QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("repeatRunQuestion"));
    box->setInformativeText(tr("The model will return the same image again, and the run is charged "
                               "again. Use a new seed to get a different image."));
    QPushButton *newSeed = box->addButton(tr("Use a &New Seed"), QMessageBox::AcceptRole);
    newSeed->setObjectName(QStringLiteral("repeatNewSeed"));
    QPushButton *same = box->addButton(tr("Run &Again"), QMessageBox::DestructiveRole);
    same->setObjectName(QStringLiteral("repeatSame"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(newSeed);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, newSeed, same, model, values, sketchPath](QAbstractButton *button) {
        if (button == same) {
            confirm(model, values, sketchPath);
        } else if (button == newSeed) {
            QJsonObject fresh = values;
            if (m_form->model().id == model.id) {
                m_form->randomizeSeed(); // stays locked: the new seed is the one kept
                fresh = m_form->values();
            }
            confirm(model, fresh, sketchPath);
        }
        box->close();
    });
    m_repeatQuestion = box;
    box->open();
}

void GenerateController::submit(const ModelSpec &model, const QJsonObject &values, const QString &sketchPath)
{
    QString error;
    Job *job = m_session->generate(model, values, sketchPath, &error);
    if (!job) {
        Q_EMIT refused(error);
        return;
    }
    m_lastSent.insert(model.id, values);
    Q_EMIT submitted(job);
}
