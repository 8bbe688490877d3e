#pragma once

#include "fieldeditor.h"

#include <QStringList>

class QLabel;
class QListWidget;
class QToolButton;

// Several images (style references): a strip of thumbnails with Add… / Remove; files and links
// can be dropped on it. The value is a JSON array of paths/URLs, omitted when empty.
class ImageListEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageListEditor)

public:
    explicit ImageListEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString inputError() const override;
    QWidget *inputWidget() const override;

    QStringList sources() const;
    void addSources(const QStringList &sources);

protected:

private:
    void addSource(const QString &source);
    void addFiles();
    void removeSelected();
    void updateState();

    QListWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    quint64 m_nextId = 0;
};
