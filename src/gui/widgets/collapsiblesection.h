#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

// A titled section whose content folds away: a flat arrow button with the title, a hairline to
// the right, and the content widget underneath.
class CollapsibleSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollapsibleSection)

public:
    explicit CollapsibleSection(const QString &title, QWidget *parent = nullptr);

    // Takes ownership; replaces the previous content.
    void setContentWidget(QWidget *content);
    QWidget *contentWidget() const { return m_content; }

    bool isExpanded() const;
    void setExpanded(bool expanded);
    void setTitle(const QString &title);
    QToolButton *toggleButton() const { return m_toggle; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    void applyExpanded(bool expanded);

    QToolButton *m_toggle = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_content = nullptr;
    bool m_expanded = false;
};
