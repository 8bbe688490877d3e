#include "generatecontroller.h"

#include "forms/schemaform.h"
#include "widgets/modelpicker.h"

#include "session/costledger.h"
#include "session/studiosession.h"
#include "settings/settings.h"

#include <QMessageBox>
#include <QPushButton>

GenerateController::GenerateController(StudioSession *session, SchemaForm *form, QWidget *dialogParent,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_form(form)
    , m_dialogParent(dialogParent)
{
}

GenerateController::~GenerateController() = default;

void GenerateController::generate(const QString &sketchPath)
{
    const ModelSpec &model = m_form->model();
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
    const QJsonObject values = m_form->values();
    const std::optional<double> cost = CostLedger::estimate(model, values);
    Settings *settings = m_session->settings();
    if (cost && settings && settings->needsCostConfirmation(*cost)) {
        // A cost confirmation is one of the two kinds of modal dialogs (no nested event loop).
        auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm Cost"),
                                    tr("This run costs about %1, more than your limit of %2. Run it?")
                                        .arg(ModelPicker::formatUsd(*cost),
                                             ModelPicker::formatUsd(settings->confirmAboveUsd())),
                                    QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
        box->setObjectName(QStringLiteral("costConfirmation"));
        box->button(QMessageBox::Yes)->setText(tr("Run for %1").arg(ModelPicker::formatUsd(*cost)));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, values, sketchPath](int) {
            if (box->clickedButton() == box->button(QMessageBox::Yes))
                submit(values, sketchPath);
        });
        box->open();
        return;
    }
    submit(values, sketchPath);
}

void GenerateController::submit(const QJsonObject &values, const QString &sketchPath)
{
    QString error;
    Job *job = m_session->generate(m_form->model(), values, sketchPath, &error);
    if (!job) {
        Q_EMIT refused(error);
        return;
    }
    m_form->prepareNextRun();
    Q_EMIT submitted(job);
}
