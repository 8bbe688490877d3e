#pragma once

#include "fieldeditor.h"

class ImageDropZone;

// One image: an ImageDropZone. The value is the absolute local path or the URL string (the
// provider layer uploads or encodes it); omitted when empty.
class ImageEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageEditor)

public:
    explicit ImageEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString inputError() const override;
    QWidget *inputWidget() const override;

    ImageDropZone *dropZone() const { return m_drop; }

private:
    ImageDropZone *m_drop = nullptr;
};
