#include "compareoverridesdialog.h"

#include "forms/schemaform.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

CompareOverridesDialog::CompareOverridesDialog(const ModelSpec &model, const QJsonObject &shared,
                                               const QJsonObject &current, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_shared(shared)
{
    setObjectName(QStringLiteral("compareOverridesDialog"));
    setWindowTitle(tr("%1 in this comparison").arg(model.title));
    m_form = new SchemaForm(this);
    m_form->setObjectName(QStringLiteral("compareOverridesForm"));
    m_form->setModel(model);
    m_form->setValues(current);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *note = new QLabel(tr("Changes here apply to %1 only and win over the shared intent.").arg(model.title), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("Use Shared Values"));
    buttons->button(QDialogButtonBox::Reset)->setToolTip(tr("Forget the changes for this model: it gets the shared intent again"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keeps these settings for this model in the comparison"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Closes this window without changing anything"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(480, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        Q_EMIT overridesChosen(QJsonObject());
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT overridesChosen(changedValues(m_model, m_shared, m_form->values()));
        accept();
    });
}

bool CompareOverridesDialog::isImageField(const ParameterSpec &spec)
{
    return spec.type == ParameterSpec::Type::Image || spec.type == ParameterSpec::Type::ImageList;
}

QJsonObject CompareOverridesDialog::changedValues(const ModelSpec &model, const QJsonObject &shared,
                                                  const QJsonObject &values)
{
    QJsonObject changed;
    for (const ParameterSpec &field : model.fields) {
        if (isImageField(field))
            continue;
        const QJsonValue value = values.value(field.name);
        if (value != shared.value(field.name) && !value.isUndefined())
            changed.insert(field.name, value);
    }
    return changed;
}
