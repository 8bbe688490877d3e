#include "schemaform.h"

#include "fieldeditor.h"
#include "fieldeditorfactory.h"
#include "seededitor.h"

#include "widgets/accessiblenames.h"
#include "widgets/appicons.h"
#include "widgets/collapsiblesection.h"
#include "widgets/themecolors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int Spacing = 8;

QString groupOf(const ParameterSpec &spec)
{
    if (spec.group == QLatin1String("basic") || spec.group == QLatin1String("structure"))
        return spec.group;
    return QStringLiteral("advanced");
}
} // namespace

SchemaForm::SchemaForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_resetButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("schemaForm"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(Spacing);

    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_resetButton->setToolTip(tr("Put every field of this model back to its default value"));
    // Flat, as a quiet action beside the form, yet drawn with the focus when Tab reaches it.
    m_resetButton->setIcon(AppIcons::icon(QStringLiteral("reset")));
    m_resetButton->setText(tr("Reset to Defaults"));
    m_resetButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_resetButton->setAutoRaise(true);
    connect(m_resetButton, &QToolButton::clicked, this, &SchemaForm::resetToDefaults);

    auto *resetRow = new QHBoxLayout;
    resetRow->setContentsMargins(0, 0, 0, 0);
    resetRow->addStretch(1);
    resetRow->addWidget(m_resetButton);

    rebuild();
    m_layout->addLayout(resetRow);
    m_layout->addStretch(1);
}

SchemaForm::~SchemaForm() = default;

void SchemaForm::setModel(const ModelSpec &model)
{
    m_model = model;
    rebuild();
    m_touched.clear();
    m_externalErrors.clear();
    m_revealAll = false;
    refresh(true);
}

void SchemaForm::rebuild()
{
    if (m_structure)
        m_structureExpanded = m_structure->isExpanded();
    if (m_advanced)
        m_advancedExpanded = m_advanced->isExpanded();

    m_updating = true;
    m_rows.clear();
    m_index.clear();
    m_forms.clear();
    delete m_content;
    m_structure = nullptr;
    m_advanced = nullptr;

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("formContent"));
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(Spacing * 2);

    QFormLayout *basic = createFormLayout();
    content->addLayout(basic);

    m_structure = new CollapsibleSection(tr("Structure"), m_content);
    m_structure->setObjectName(QStringLiteral("structureSection"));
    m_structure->toggleButton()->setToolTip(tr("Reference images that guide the composition"));
    auto *structureBody = new QWidget(m_structure);
    QFormLayout *structure = createFormLayout();
    structureBody->setLayout(structure);
    m_structure->setContentWidget(structureBody);
    content->addWidget(m_structure);

    m_advanced = new CollapsibleSection(tr("Advanced"), m_content);
    m_advanced->setObjectName(QStringLiteral("advancedSection"));
    m_advanced->toggleButton()->setToolTip(tr("Fine-tuning; the defaults are a good start"));
    auto *advancedBody = new QWidget(m_advanced);
    QFormLayout *advanced = createFormLayout();
    advancedBody->setLayout(advanced);
    m_advanced->setContentWidget(advancedBody);
    content->addWidget(m_advanced);

    for (const ParameterSpec &spec : std::as_const(m_model.fields)) {
        const QString group = groupOf(spec);
        QFormLayout *form = group == QLatin1String("basic")
            ? basic
            : (group == QLatin1String("structure") ? structure : advanced);
        addRow(form, spec);
    }

    int structureCount = 0;
    int advancedCount = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.group == QLatin1String("structure"))
            ++structureCount;
        else if (row.group == QLatin1String("advanced"))
            ++advancedCount;
    }
    m_structure->setVisible(structureCount > 0);
    m_advanced->setVisible(advancedCount > 0);
    m_advanced->setTitle(advancedCount > 0 ? tr("Advanced (%1)").arg(advancedCount) : tr("Advanced"));
    m_structure->setExpanded(m_structureExpanded);
    m_advanced->setExpanded(m_advancedExpanded);

    m_formError = new QLabel(m_content);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setTextFormat(Qt::PlainText);
    QPalette pal = m_formError->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::error(pal));
    m_formError->setPalette(pal);
    m_formError->hide();
    content->addWidget(m_formError);

    m_layout->insertWidget(0, m_content);
    m_resetButton->setEnabled(!m_rows.isEmpty());
    alignLabelColumns();
    m_updating = false;
}

QFormLayout *SchemaForm::createFormLayout()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(Spacing + Spacing / 2);
    form->setVerticalSpacing(Spacing);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_forms.append(form);
    return form;
}

QString SchemaForm::labelText(const ParameterSpec &spec) const
{
    const QString title = (spec.title.isEmpty() ? spec.name : spec.title).toHtmlEscaped();
    if (!spec.required)
        return title;
    return title + QStringLiteral("<span style=\"color:%1\">&#8202;*</span>")
                       .arg(ThemeColors::error(palette()).name());
}

void SchemaForm::addRow(QFormLayout *form, const ParameterSpec &spec)
{
    Row row;
    row.group = groupOf(spec);
    row.editor = FieldEditorFactory::create(spec);

    auto *container = new QWidget;
    container->setObjectName(QStringLiteral("field_") + spec.name + QStringLiteral("_row"));
    auto *box = new QVBoxLayout(container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(row.editor);

    row.error = new QLabel(container);
    row.error->setObjectName(QStringLiteral("field_") + spec.name + QStringLiteral("_error"));
    row.error->setWordWrap(true);
    row.error->setTextFormat(Qt::PlainText);
    QFont small = row.error->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    row.error->setFont(small);
    QPalette pal = row.error->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::error(pal));
    row.error->setPalette(pal);
    row.error->hide();
    box->addWidget(row.error);

    if (row.editor->wantsLabel()) {
        row.label = new QLabel(labelText(spec));
        row.label->setObjectName(QStringLiteral("field_") + spec.name + QStringLiteral("_label"));
        row.label->setTextFormat(Qt::RichText);
        row.label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.label->setBuddy(row.editor->inputWidget());
        // Inside the editor the controls are not the label's buddies: they take its name.
        AccessibleNames::nameControls(row.editor, spec.title.isEmpty() ? spec.name : spec.title);
        QString tip = spec.description;
        if (spec.required)
            tip = tip.isEmpty() ? tr("Required") : tip + QStringLiteral("\n\n") + tr("Required");
        row.label->setToolTip(tip);
        form->addRow(row.label, container);
    } else {
        form->addRow(QString(), container);
    }

    const QString name = spec.name;
    connect(row.editor, &FieldEditor::changed, this, [this, name]() {
        if (m_updating)
            return;
        m_touched.insert(name);
        m_externalErrors.remove(name);
        scheduleRefresh();
    });

    if (auto *seed = qobject_cast<SeedEditor *>(row.editor))
        connect(seed, &SeedEditor::lockChanged, this, &SchemaForm::seedLockChanged);

    m_index.insert(spec.name, static_cast<int>(m_rows.size()));
    m_rows.append(row);
}

void SchemaForm::alignLabelColumns()
{
    // The three sections are separate form layouts; give their label columns one width and
    // the labels the height of a one-line input so text lines up with the first input line.
    // Long titles wrap onto a second line instead of squeezing the inputs.
    const int lineHeight = QLineEdit().sizeHint().height();
    const int maxWidth = fontMetrics().averageCharWidth() * 17;
    int width = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.label)
            width = qMax(width, qMin(row.label->sizeHint().width(), maxWidth));
    }
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.label)
            continue;
        if (row.label->sizeHint().width() > maxWidth)
            row.label->setWordWrap(true);
        row.label->setFixedWidth(width);
        row.label->setMinimumHeight(lineHeight);
    }
    // Rows without a label (check boxes) still need the column to keep its width.
    for (QFormLayout *form : std::as_const(m_forms)) {
        for (int i = 0; i < form->rowCount(); ++i) {
            if (QLayoutItem *item = form->itemAt(i, QFormLayout::LabelRole)) {
                if (auto *label = qobject_cast<QLabel *>(item->widget()); label && label->text().isEmpty())
                    label->setFixedWidth(width);
            }
        }
    }
}

QJsonObject SchemaForm::values() const
{
    QJsonObject result;
    for (const Row &row : m_rows) {
        const QJsonValue v = row.editor->value();
        if (!v.isUndefined())
            result.insert(row.editor->spec().name, v);
    }
    return result;
}

void SchemaForm::setValues(const QJsonObject &values)
{
    m_updating = true;
    m_touched.clear();
    m_externalErrors.clear();
    for (const Row &row : std::as_const(m_rows)) {
        const QString &name = row.editor->spec().name;
        const auto it = values.constFind(name);
        if (it != values.constEnd()) {
            row.editor->setValue(*it);
            m_touched.insert(name);
        } else {
            row.editor->resetToDefault();
        }
    }
    m_updating = false;
    refresh(true);
}

void SchemaForm::resetToDefaults()
{
    m_updating = true;
    for (const Row &row : std::as_const(m_rows))
        row.editor->resetToDefault();
    m_updating = false;
    m_touched.clear();
    m_externalErrors.clear();
    m_revealAll = false;
    refresh(true);
}

bool SchemaForm::setFieldValue(const QString &field, const QJsonValue &value)
{
    const auto it = m_index.constFind(field);
    if (it == m_index.constEnd())
        return false;
    m_updating = true;
    m_rows.at(*it).editor->setValue(value);
    m_updating = false;
    m_touched.insert(field);
    m_externalErrors.remove(field);
    refresh(true);
    return true;
}

QJsonValue SchemaForm::fieldValue(const QString &field) const
{
    const auto it = m_index.constFind(field);
    if (it == m_index.constEnd())
        return QJsonValue(QJsonValue::Undefined);
    return m_rows.at(*it).editor->value();
}

QList<FieldError> SchemaForm::errors() const
{
    QList<FieldError> result;
    QSet<QString> withInputError;
    for (const Row &row : m_rows) {
        const QString error = row.editor->inputError();
        if (!error.isEmpty()) {
            result.append(FieldError{row.editor->spec().name, error});
            withInputError.insert(row.editor->spec().name);
        }
    }
    const QList<FieldError> validated = ParameterValidator(m_model).validate(values());
    for (const FieldError &error : validated) {
        if (!withInputError.contains(error.field))
            result.append(error);
    }
    return result;
}

bool SchemaForm::isValid() const
{
    return errors().isEmpty();
}

QWidget *SchemaForm::editorFor(const QString &field) const
{
    const auto it = m_index.constFind(field);
    return it == m_index.constEnd() ? nullptr : m_rows.at(*it).editor;
}

QLabel *SchemaForm::errorLabelFor(const QString &field) const
{
    const auto it = m_index.constFind(field);
    return it == m_index.constEnd() ? nullptr : m_rows.at(*it).error;
}

void SchemaForm::revealErrors()
{
    m_revealAll = true;
    refresh();
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.error->isHidden()) {
            if (row.group == QLatin1String("structure"))
                m_structure->setExpanded(true);
            else if (row.group == QLatin1String("advanced"))
                m_advanced->setExpanded(true);
        }
    }
}

void SchemaForm::setExternalErrors(const QList<FieldError> &errors)
{
    m_externalErrors.clear();
    for (const FieldError &error : errors) {
        QString name = error.field;
        if (!m_index.contains(name))
            name = name.section(u'.', 0, 0);
        if (m_index.contains(name) && !m_externalErrors.contains(name))
            m_externalErrors.insert(name, error.message);
    }
    refresh();
    for (auto it = m_externalErrors.constBegin(); it != m_externalErrors.constEnd(); ++it) {
        const Row &row = m_rows.at(m_index.value(it.key()));
        if (row.group == QLatin1String("structure") && m_structure)
            m_structure->setExpanded(true);
        else if (row.group == QLatin1String("advanced") && m_advanced)
            m_advanced->setExpanded(true);
    }
}

void SchemaForm::clearExternalErrors()
{
    if (m_externalErrors.isEmpty())
        return;
    m_externalErrors.clear();
    refresh();
}

void SchemaForm::rollSeedsForRun()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (auto *seed = qobject_cast<SeedEditor *>(row.editor))
            seed->rollForRun();
    }
}

namespace {
SeedEditor *seedEditorOf(const ModelSpec &model, const QList<FieldEditor *> &editors, const QHash<QString, int> &index)
{
    if (const ParameterSpec *spec = model.fieldForRole(QStringLiteral("seed"))) {
        if (index.contains(spec->name))
            return qobject_cast<SeedEditor *>(editors.value(index.value(spec->name)));
    }
    for (FieldEditor *editor : editors) {
        if (auto *seed = qobject_cast<SeedEditor *>(editor))
            return seed;
    }
    return nullptr;
}
} // namespace

void SchemaForm::randomizeSeed()
{
    QList<FieldEditor *> editors;
    for (const Row &row : std::as_const(m_rows))
        editors.append(row.editor);
    if (SeedEditor *seed = seedEditorOf(m_model, editors, m_index))
        seed->randomize();
}

bool SchemaForm::isSeedLocked() const
{
    QList<FieldEditor *> editors;
    for (const Row &row : m_rows)
        editors.append(row.editor);
    const SeedEditor *seed = seedEditorOf(m_model, editors, m_index);
    return seed && seed->isLocked();
}

void SchemaForm::setSeedLocked(bool locked)
{
    QList<FieldEditor *> editors;
    for (const Row &row : std::as_const(m_rows))
        editors.append(row.editor);
    if (SeedEditor *seed = seedEditorOf(m_model, editors, m_index))
        seed->setLocked(locked);
}

bool SchemaForm::isAdvancedExpanded() const
{
    return m_advanced && m_advanced->isExpanded();
}

void SchemaForm::setAdvancedExpanded(bool expanded)
{
    m_advancedExpanded = expanded;
    if (m_advanced)
        m_advanced->setExpanded(expanded);
}

void SchemaForm::scheduleRefresh()
{
    // Several edits in one event-loop pass (a slider drag, a paste) give one validation and one
    // valuesChanged().
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, [this]() { refresh(); }, Qt::QueuedConnection);
}

void SchemaForm::refresh(bool forceSignals)
{
    m_refreshPending = false;
    const QJsonObject current = values();
    const QList<FieldError> list = errors();
    applyErrors(list, current);
    const bool valid = list.isEmpty();
    Q_EMIT valuesChanged();
    if (forceSignals || valid != m_lastValid) {
        m_lastValid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void SchemaForm::applyErrors(const QList<FieldError> &list, const QJsonObject &current)
{
    QHash<QString, QString> byField;
    QStringList general;
    for (const FieldError &error : list) {
        if (m_index.contains(error.field)) {
            if (!byField.contains(error.field))
                byField.insert(error.field, error.message);
        } else {
            general.append(error.message);
        }
    }
    for (const Row &row : std::as_const(m_rows)) {
        const QString &name = row.editor->spec().name;
        QString message = byField.value(name);
        // A missing required value is only pointed out once the user has been there (or asked
        // to run); a wrong value is shown at once.
        bool show = !message.isEmpty()
            && (m_revealAll || m_touched.contains(name) || current.contains(name)
                || !row.editor->inputError().isEmpty());
        if (!show && m_externalErrors.contains(name)) {
            // What the provider said about a value the form itself accepted.
            message = m_externalErrors.value(name);
            show = true;
        }
        row.error->setText(show ? message : QString());
        row.error->setVisible(show);
    }
    m_formError->setText(general.join(u'\n'));
    m_formError->setVisible(!general.isEmpty());
}
