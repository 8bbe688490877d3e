#pragma once

#include <QComboBox>

// A combo box that, when its row gives it less room than its text needs, ends the text with "…"
// instead of cutting it off mid-letter (QComboBox clips). Everything else is QComboBox.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent *event) override;
};
