#pragma once

#include <QWidget>

class QTimer;

// Spinner (progress < 0) or a thin determinate bar, shown while `active`.
class ActivityIndicator final : public QWidget
{
public:
    explicit ActivityIndicator(QWidget *parent);

    void setProgress(bool active, int progress);
    bool isSpinning() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QTimer *m_timer;
    int m_progress = -1;
    int m_angle = 0;
};
