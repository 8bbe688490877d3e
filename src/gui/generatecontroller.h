#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class Job;
class SchemaForm;
class StudioSession;
class QWidget;

// One Generate click: reveals the form's errors (nothing is sent while a field is wrong), asks
// before a run that costs more than the user's limit (the one kind of modal dialog, opened
// without a nested event loop), sends the values through StudioSession::generate and lets
// unlocked seeds roll on for the next run.
class GenerateController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateController)

public:
    // None of the arguments is owned; `dialogParent` parents the cost confirmation.
    GenerateController(StudioSession *session, SchemaForm *form, QWidget *dialogParent,
                       QObject *parent = nullptr);
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
    void submit(const QJsonObject &values, const QString &sketchPath);

    StudioSession *m_session = nullptr;
    SchemaForm *m_form = nullptr;
    QPointer<QWidget> m_dialogParent;
};
