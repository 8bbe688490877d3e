#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;
class StudioSession;

// The permanent part of the main window's status bar: what this session and today cost, and one
// dot per provider (no key, working, failing). A click on a dot asks for the settings.
class StatusBarWidgets final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBarWidgets)

public:
    // `session` is not owned and must outlive the widget.
    explicit StatusBarWidgets(StudioSession *session, QWidget *parent = nullptr);
    ~StatusBarWidgets() override;

    QToolButton *providerButton(const QString &provider) const { return m_providerButtons.value(provider); }

Q_SIGNALS:
    void settingsRequested(const QString &provider);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCosts();
    void updateProviderStatus(const QString &provider, int status);

    StudioSession *m_session = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_todayLabel = nullptr;
    QHash<QString, QToolButton *> m_providerButtons;
};
