#pragma once

#include <QFrame>
#include <QPointer>
#include <QString>

class Job;
class QLabel;
class QPushButton;

// A non-modal strip above the centre: why a job failed, with at most one action (Retry, Open
// Settings, Fix Field) and a dismiss button. It never blocks anything.
class FailureBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureBanner)

public:
    enum class Action { None, Retry, OpenSettings, FixField };
    Q_ENUM(Action)

    explicit FailureBanner(QWidget *parent = nullptr);
    ~FailureBanner() override;

    // `job` is the failed job (for Retry), `field` the form field to go to (for Fix Field).
    void showMessage(const QString &text, Action action, Job *job = nullptr, const QString &field = QString());
    // A message without an action (a refusal before anything was sent).
    void showNotice(const QString &text);
    void dismiss();
    // The message; empty when the banner is hidden.
    QString text() const;

Q_SIGNALS:
    // The action button was clicked; the banner has been dismissed already. `job` may be null
    // when it is gone.
    void actionTriggered(FailureBanner::Action action, Job *job, const QString &field);

private:
    QLabel *m_label = nullptr;
    QPushButton *m_actionButton = nullptr;
    Action m_action = Action::None;
    QPointer<Job> m_job;
    QString m_field;
};
