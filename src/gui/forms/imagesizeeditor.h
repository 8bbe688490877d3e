#pragma once

#include "choiceorcustomeditor.h"

class QLabel;
class QSpinBox;
class QWidget;

// ImageSize | preset enum: a preset combo with a "Custom…" entry that reveals width and height
// spin boxes. The value is the preset string or {"width": int, "height": int}.
class ImageSizeEditor final : public ChoiceOrCustomEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageSizeEditor)

public:
    explicit ImageSizeEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;

private:
    QSpinBox *createSideSpin(const QString &child, const QString &part);

    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
};
