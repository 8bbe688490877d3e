#pragma once

#include "fieldeditor.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QWidget;

// ImageSize | preset enum: a preset combo with a "Custom…" entry that reveals width and height
// spin boxes. The value is the preset string or {"width": int, "height": int}.
class ImageSizeEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageSizeEditor)

public:
    explicit ImageSizeEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *inputWidget() const override;

    bool isCustom() const;

private:
    QSpinBox *createSideSpin(const QString &child, const QString &part);
    void updateCustomVisibility();

    QComboBox *m_combo = nullptr;
    QWidget *m_custom = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
};
