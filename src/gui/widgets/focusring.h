#pragma once

#include <QPointer>
#include <QWidget>

// A ring in the highlight colour inside the widget that has the keyboard focus, for the widgets
// the style draws no focus for: item views, read-only text, the sketch canvas and the compare
// grid (any scroll area), the default push button (Fusion draws it highlighted with or without
// the focus) and widgets marked with setFocusRing(). Shown after the keyboard moved the focus
// (Tab, F6, a shortcut), like the style's own focus marks; a click shows none.
class FocusRing final : public QWidget
{
    Q_OBJECT

public:
    // Follows the application's focus from now on (once per application; later calls do
    // nothing).
    static void install();
    // Marks a widget of the app's own that draws no focus itself.
    static void setFocusRing(QWidget *widget);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FocusRing();
    static bool wantsRing(const QWidget *widget);
    void follow(QWidget *widget);
    void fit();

    QPointer<QWidget> m_target;
};
