#pragma once

#include "fieldeditor.h"

class QLabel;
class QPlainTextEdit;

// Multi-line text (prompt, negative prompt): 3–5 lines tall, with a character counter that
// shows the limit when the schema has one. Tab moves on to the next field.
class PromptEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptEditor)

public:
    explicit PromptEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *inputWidget() const override;

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCounter();
    void updateHeight();

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_counter = nullptr;
};
