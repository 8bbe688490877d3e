#include "comparesetup.h"

#include "compareoverridesdialog.h"

#include "session/costledger.h"
#include "session/studiosession.h"
#include "widgets/appicons.h"
#include "widgets/elidingcombobox.h"
#include "widgets/modelpicker.h"
#include "widgets/seedlockbutton.h"
#include "widgets/themecolors.h"
#include "widgets/verticalscrollarea.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int Spacing = 8;
constexpr int MaxSeed = 2147483647;
const QString KeyModels = QStringLiteral("Compare/Models");

struct Ratio
{
    const char *value;
    const char *label;
};
// Common ratios, readable; the value is what the intent carries ("W:H").
constexpr Ratio kRatios[] = {
    {"1:1", QT_TRANSLATE_NOOP("CompareSetup", "1:1 square")},
    {"4:3", QT_TRANSLATE_NOOP("CompareSetup", "4:3 landscape")},
    {"3:4", QT_TRANSLATE_NOOP("CompareSetup", "3:4 portrait")},
    {"3:2", QT_TRANSLATE_NOOP("CompareSetup", "3:2 landscape")},
    {"2:3", QT_TRANSLATE_NOOP("CompareSetup", "2:3 portrait")},
    {"16:9", QT_TRANSLATE_NOOP("CompareSetup", "16:9 landscape")},
    {"9:16", QT_TRANSLATE_NOOP("CompareSetup", "9:16 portrait")},
};

} // namespace

CompareSetup::CompareSetup(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareSetup"));

    auto *intentBox = new QGroupBox(tr("Shared intent"), this);
    auto *form = new QFormLayout(intentBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(Spacing);
    form->setVerticalSpacing(Spacing);

    m_prompt = new QPlainTextEdit(intentBox);
    m_prompt->setObjectName(QStringLiteral("comparePrompt"));
    m_prompt->setPlaceholderText(tr("What the sketch should become, e.g. a cosy reading corner, "
                                    "warm evening light"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setToolTip(tr("Every model of the comparison gets this prompt"));
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 4 + 2 * Spacing);
    form->addRow(tr("Prompt"), m_prompt);

    m_negative = new QLineEdit(intentBox);
    m_negative->setObjectName(QStringLiteral("compareNegative"));
    m_negative->setPlaceholderText(tr("Optional: what to avoid"));
    m_negative->setClearButtonEnabled(true);
    form->addRow(tr("Negative"), m_negative);

    m_seed = new QSpinBox(intentBox);
    m_seed->setObjectName(QStringLiteral("compareSeed"));
    m_seed->setRange(0, MaxSeed);
    m_seed->setValue(static_cast<int>(QRandomGenerator::global()->bounded(MaxSeed)));
    m_seed->setToolTip(tr("Every model gets the same seed"));
    m_seedRandom = new QToolButton(intentBox);
    m_seedRandom->setObjectName(QStringLiteral("compareSeedRandom"));
    m_seedRandom->setIcon(AppIcons::icon(QStringLiteral("dice")));
    m_seedRandom->setToolTip(tr("New random seed"));
    m_seedRandom->setAccessibleName(tr("Randomize seed"));
    m_seedLock = new SeedLockButton(SeedLockButton::Scope::Comparison, intentBox);
    m_seedLock->setObjectName(QStringLiteral("compareSeedLock"));
    auto *seedRow = new QHBoxLayout;
    seedRow->setSpacing(Spacing / 2);
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_seedRandom);
    seedRow->addWidget(m_seedLock);
    form->addRow(tr("Seed"), seedRow);
    connect(m_seedRandom, &QToolButton::clicked, this,
            [this] { m_seed->setValue(static_cast<int>(QRandomGenerator::global()->bounded(MaxSeed))); });
    connect(m_seedLock, &QToolButton::toggled, this, &CompareSetup::changed);
    connect(m_seed, &QSpinBox::valueChanged, this, [this] {
        // A seed typed or stepped by hand is one the designer wants to keep.
        if (m_seed->hasFocus())
            m_seedLock->setChecked(true);
    });

    m_strengthSlider = new QSlider(Qt::Horizontal, intentBox);
    m_strengthSlider->setObjectName(QStringLiteral("compareStrengthSlider"));
    m_strengthSlider->setRange(0, 100);
    m_strength = new QDoubleSpinBox(intentBox);
    m_strength->setObjectName(QStringLiteral("compareStrength"));
    m_strength->setRange(0, 1);
    m_strength->setSingleStep(0.05);
    m_strength->setDecimals(2);
    m_strength->setToolTip(tr("How closely each model follows the sketch (0–1, scaled onto each "
                              "model's own range)"));
    m_strengthSlider->setToolTip(m_strength->toolTip());
    auto *strengthRow = new QHBoxLayout;
    strengthRow->setSpacing(Spacing);
    strengthRow->addWidget(m_strengthSlider, 1);
    strengthRow->addWidget(m_strength);
    form->addRow(tr("Strength"), strengthRow);
    connect(m_strengthSlider, &QSlider::valueChanged, this, [this](int value) {
        if (qRound(m_strength->value() * 100) != value)
            m_strength->setValue(value / 100.0);
    });
    connect(m_strength, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_strengthSlider->value() != qRound(value * 100))
            m_strengthSlider->setValue(qRound(value * 100));
        Q_EMIT changed();
    });
    m_strength->setValue(0.6);

    m_aspect = new ElidingComboBox(intentBox);
    m_aspect->setObjectName(QStringLiteral("compareAspect"));
    m_aspect->addItem(tr("Match sketch"), QString());
    for (const Ratio &ratio : kRatios)
        m_aspect->addItem(tr(ratio.label), QString::fromLatin1(ratio.value));
    m_aspect->setToolTip(tr("Mapped onto each model's closest aspect ratio; \"Match sketch\" follows "
                            "the sketch's own shape"));
    form->addRow(tr("Aspect"), m_aspect);

    m_count = new QSpinBox(intentBox);
    m_count->setObjectName(QStringLiteral("compareCount"));
    m_count->setRange(1, 4);
    m_count->setToolTip(tr("Images per model, where the model can make several"));
    form->addRow(tr("Images"), m_count);

    auto *modelsBox = new QGroupBox(tr("Models"), this);
    m_modelList = new QVBoxLayout(modelsBox);
    m_modelList->setSpacing(Spacing / 2);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setWordWrap(true);
    ThemeColors::mute(m_hint);

    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runCompareButton"));
    m_runButton->setDefault(true);
    QFont bold = m_runButton->font();
    bold.setBold(true);
    m_runButton->setFont(bold);
    m_runButton->setMinimumHeight(m_runButton->sizeHint().height() + Spacing);
    connect(m_runButton, &QPushButton::clicked, this, &CompareSetup::runRequested);

    m_leaveButton = new QPushButton(AppIcons::icon(QStringLiteral("back")), tr("Back to One Model"), this);
    m_leaveButton->setObjectName(QStringLiteral("leaveCompareButton"));
    m_leaveButton->setToolTip(tr("Leave Compare and return to the model form (Ctrl+Shift+C)"));
    connect(m_leaveButton, &QPushButton::clicked, this, &CompareSetup::leaveRequested);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(Spacing, Spacing, Spacing, Spacing);
    contentLayout->setSpacing(Spacing);
    contentLayout->addWidget(intentBox);
    contentLayout->addWidget(modelsBox);
    contentLayout->addStretch(1);

    auto *scroll = new VerticalScrollArea(this);
    scroll->setObjectName(QStringLiteral("compareScroll"));
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing / 2);
    // Leaving Compare is a visible button at the top, where the model picker is otherwise.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(Spacing, Spacing, Spacing, 0);
    top->addWidget(m_leaveButton);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(Spacing, 0, Spacing, Spacing);
    bottom->setSpacing(Spacing / 2);
    bottom->addWidget(m_hint);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing);
    buttons->addWidget(m_runButton, 1);
    bottom->addLayout(buttons);
    layout->addLayout(bottom);

    connect(m_prompt, &QPlainTextEdit::textChanged, this, &CompareSetup::changed);
    connect(m_negative, &QLineEdit::textChanged, this, &CompareSetup::changed);
    connect(m_seed, &QSpinBox::valueChanged, this, &CompareSetup::changed);
    connect(m_aspect, &QComboBox::currentIndexChanged, this, &CompareSetup::changed);
    connect(m_count, &QSpinBox::valueChanged, this, &CompareSetup::changed);
    connect(this, &CompareSetup::changed, this, &CompareSetup::updateRunButton);
    updateRunButton();
}

CompareSetup::~CompareSetup() = default;

void CompareSetup::setModels(const QList<ModelSpec> &models)
{
    const QStringList selected = selectedModelIds();
    const bool first = m_rows.isEmpty();
    for (const ModelRow &row : std::as_const(m_rows)) {
        delete row.check->parentWidget();
    }
    m_rows.clear();
    m_models = models;

    for (const ModelSpec &model : std::as_const(m_models)) {
        auto *rowWidget = new QWidget;
        rowWidget->setObjectName(QStringLiteral("compareModelRow"));
        auto *rowLayout = new QHBoxLayout(rowWidget);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(Spacing);

        ModelRow row;
        row.id = model.id;
        row.check = new QCheckBox(model.title, rowWidget);
        row.check->setObjectName(QStringLiteral("compareModel_") + model.id);
        row.check->setToolTip(model.description);
        row.detail = new QLabel(ModelPicker::providerName(model.provider) + QStringLiteral(" · ")
                                    + ModelPicker::priceText(model),
                                rowWidget);
        ThemeColors::mute(row.detail);
        row.overridesButton = new QToolButton(rowWidget);
        row.overridesButton->setObjectName(QStringLiteral("compareOverrides_") + model.id);
        row.overridesButton->setText(QStringLiteral("…"));
        row.overridesButton->setToolTip(tr("Exact settings for %1 in this comparison").arg(model.title));
        row.overridesButton->setAccessibleName(tr("Settings for %1").arg(model.title));

        auto *texts = new QVBoxLayout;
        texts->setSpacing(0);
        texts->addWidget(row.check);
        auto *detailRow = new QHBoxLayout;
        detailRow->setContentsMargins(row.check->style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                          + row.check->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                                      0, 0, 0);
        detailRow->addWidget(row.detail);
        texts->addLayout(detailRow);
        rowLayout->addLayout(texts, 1);
        rowLayout->addWidget(row.overridesButton, 0, Qt::AlignVCenter);

        row.check->setChecked(first ? true : selected.contains(model.id));
        connect(row.check, &QCheckBox::toggled, this, &CompareSetup::changed);
        const QString id = model.id;
        connect(row.overridesButton, &QToolButton::clicked, this, [this, id] { editOverrides(id); });
        m_modelList->addWidget(rowWidget);
        m_rows.append(row);
    }
    updateRunButton();
}

QStringList CompareSetup::selectedModelIds() const
{
    QStringList ids;
    for (const ModelRow &row : m_rows) {
        if (row.check->isChecked())
            ids.append(row.id);
    }
    return ids;
}

void CompareSetup::setSelectedModelIds(const QStringList &ids)
{
    for (const ModelRow &row : std::as_const(m_rows)) {
        const QSignalBlocker blocker(row.check);
        row.check->setChecked(ids.contains(row.id));
    }
    Q_EMIT changed();
}

void CompareSetup::restoreSelection()
{
    const QStringList remembered = QSettings().value(KeyModels).toStringList();
    if (!remembered.isEmpty())
        setSelectedModelIds(remembered);
}

void CompareSetup::saveSelection() const
{
    QSettings().setValue(KeyModels, selectedModelIds());
}

QJsonObject CompareSetup::intent() const
{
    QJsonObject o = sharedIntent().toCompareIntent(m_sketchRatio);
    o.insert(QStringLiteral("num_images"), m_count->value());
    return o;
}

SharedIntent CompareSetup::sharedIntent() const
{
    SharedIntent intent;
    intent.prompt = m_prompt->toPlainText();
    if (!m_negative->text().trimmed().isEmpty())
        intent.negativePrompt = m_negative->text();
    intent.seed = m_seed->value();
    intent.seedLocked = isSeedLocked();
    intent.strength = m_strength->value();
    intent.aspect = m_aspect->currentData().toString();
    return intent;
}

void CompareSetup::setSharedIntent(const SharedIntent &wanted)
{
    const SharedIntent intent = wanted; // the caller's may change with our changed() signals
    m_updatingIntent = true;
    if (m_prompt->toPlainText() != intent.prompt)
        m_prompt->setPlainText(intent.prompt);
    m_negative->setText(intent.negativePrompt.value_or(QString()));
    if (intent.seed)
        setSeed(*intent.seed);
    setSeedLocked(intent.seedLocked);
    if (intent.strength)
        setStrength(*intent.strength);
    const int index = m_aspect->findData(intent.aspect);
    if (index >= 0) {
        m_aspect->setCurrentIndex(index);
    } else {
        // A ratio the list does not name: the closest one it does.
        QJsonArray offered;
        for (const Ratio &r : kRatios)
            offered.append(QString::fromLatin1(r.value));
        const QString closest = Preset::nearestAspectValue(offered, intent.aspect);
        m_aspect->setCurrentIndex(qMax(0, m_aspect->findData(closest)));
    }
    m_updatingIntent = false;
    Q_EMIT changed();
}

void CompareSetup::setSketchRatio(const QString &ratio)
{
    m_sketchRatio = ratio;
    m_aspect->setItemText(0, ratio.isEmpty() ? tr("Match sketch") : tr("Match sketch (%1)").arg(ratio));
    updateRunButton();
}

void CompareSetup::setPrompt(const QString &prompt)
{
    m_prompt->setPlainText(prompt);
}

QString CompareSetup::prompt() const
{
    return m_prompt->toPlainText().trimmed();
}

void CompareSetup::setSeed(qint64 seed)
{
    m_seed->setValue(static_cast<int>(qBound(qint64(0), seed, qint64(MaxSeed))));
}

qint64 CompareSetup::seed() const
{
    return m_seed->value();
}

bool CompareSetup::isSeedLocked() const
{
    return m_seedLock->isChecked();
}

void CompareSetup::setSeedLocked(bool locked)
{
    m_seedLock->setChecked(locked);
}

void CompareSetup::setStrength(double strength)
{
    m_strength->setValue(strength);
}

void CompareSetup::setAspect(const QString &ratio)
{
    const int index = m_aspect->findData(ratio);
    if (index >= 0)
        m_aspect->setCurrentIndex(index);
}

Preset CompareSetup::toPreset(const QString &name) const
{
    Preset preset;
    preset.name = name;
    QJsonObject shared{{QStringLiteral("prompt_template"), prompt()},
                       {QStringLiteral("seed_policy"), isSeedLocked() ? QStringLiteral("fixed") : QStringLiteral("random")},
                       {QStringLiteral("seed"), seed()},
                       {QStringLiteral("strength"), m_strength->value()},
                       {QStringLiteral("aspect_ratio"), m_aspect->currentData().toString()},
                       {QStringLiteral("num_images"), m_count->value()}};
    if (!m_negative->text().trimmed().isEmpty())
        shared.insert(QStringLiteral("negative_prompt"), m_negative->text().trimmed());
    preset.intent = shared;
    preset.modelValues = m_overrides;
    return preset;
}

void CompareSetup::applyPreset(const Preset &preset)
{
    const QJsonObject &wanted = preset.intent;
    const QString promptTemplate = wanted.value(QLatin1String("prompt_template")).toString();
    if (!promptTemplate.trimmed().isEmpty()) {
        QString text = promptTemplate;
        text.replace(QLatin1String("{prompt}"), prompt());
        setPrompt(text.trimmed());
    }
    if (wanted.contains(QLatin1String("negative_prompt")))
        m_negative->setText(wanted.value(QLatin1String("negative_prompt")).toString());
    const QString policy = wanted.value(QLatin1String("seed_policy")).toString();
    if (wanted.value(QLatin1String("seed")).isDouble() && policy != QLatin1String("random"))
        setSeed(wanted.value(QLatin1String("seed")).toInteger());
    if (!policy.isEmpty())
        setSeedLocked(policy != QLatin1String("random"));
    if (wanted.value(QLatin1String("strength")).isDouble())
        setStrength(qBound(0.0, wanted.value(QLatin1String("strength")).toDouble(), 1.0));
    const QString ratio = wanted.value(QLatin1String("aspect_ratio")).toString();
    if (!ratio.isEmpty()) {
        QJsonArray offered;
        for (const Ratio &r : kRatios)
            offered.append(QString::fromLatin1(r.value));
        const QString closest = Preset::closestAspectValue(offered, ratio);
        if (!closest.isEmpty())
            setAspect(closest);
    }
    if (wanted.value(QLatin1String("num_images")).isDouble())
        m_count->setValue(static_cast<int>(wanted.value(QLatin1String("num_images")).toInteger()));

    // Exact values become overrides, except images (every model gets the sketch) and values
    // the shared intent gives that model anyway.
    const QJsonObject shared = intent();
    for (auto it = preset.modelValues.constBegin(); it != preset.modelValues.constEnd(); ++it) {
        const ModelSpec *model = modelSpec(it.key());
        const QJsonObject base = model ? StudioSession::compareValues(*model, shared, QJsonObject(), m_sketchPath)
                                       : QJsonObject();
        QJsonObject merged = m_overrides.value(it.key());
        for (auto value = it.value().constBegin(); value != it.value().constEnd(); ++value) {
            const ParameterSpec *field = model ? model->field(value.key()) : nullptr;
            if (field && CompareOverridesDialog::isImageField(*field))
                continue;
            if (model && base.value(value.key()) == value.value()) {
                merged.remove(value.key());
                continue;
            }
            merged.insert(value.key(), value.value());
        }
        setOverrides(it.key(), merged);
    }
    Q_EMIT changed();
}

void CompareSetup::setOverrides(const QString &modelId, const QJsonObject &values)
{
    if (values.isEmpty())
        m_overrides.remove(modelId);
    else
        m_overrides.insert(modelId, values);
    for (const ModelRow &row : std::as_const(m_rows)) {
        if (row.id != modelId)
            continue;
        QFont font = row.overridesButton->font();
        font.setBold(!values.isEmpty());
        row.overridesButton->setFont(font);
        row.overridesButton->setText(values.isEmpty() ? QStringLiteral("…") : QStringLiteral("…*"));
        const ModelSpec *model = modelSpec(modelId);
        QString detail = model ? ModelPicker::providerName(model->provider) + QStringLiteral(" · ")
                                     + ModelPicker::priceText(*model)
                               : QString();
        if (!values.isEmpty())
            detail += QStringLiteral(" · ") + tr("%n setting(s) changed", nullptr, static_cast<int>(values.size()));
        row.detail->setText(detail);
    }
    Q_EMIT changed();
}

void CompareSetup::setSketchPath(const QString &path)
{
    m_sketchPath = path;
    updateRunButton();
}

const ModelSpec *CompareSetup::modelSpec(const QString &id) const
{
    for (const ModelSpec &model : m_models) {
        if (model.id == id)
            return &model;
    }
    return nullptr;
}

double CompareSetup::estimatedCost(int *unknown) const
{
    double total = 0;
    int missing = 0;
    const QJsonObject shared = intent();
    for (const QString &id : selectedModelIds()) {
        const ModelSpec *model = modelSpec(id);
        if (!model)
            continue;
        const QJsonObject values = StudioSession::compareValues(*model, shared, m_overrides.value(id), m_sketchPath);
        const std::optional<double> cost = CostLedger::estimate(*model, values);
        if (cost)
            total += *cost;
        else
            ++missing;
    }
    if (unknown)
        *unknown = missing;
    return total;
}

QString CompareSetup::blocker() const
{
    if (m_sketchPath.isEmpty())
        return tr("Open or drop a sketch first: every model starts from it.");
    if (selectedModelIds().size() < 2)
        return tr("Tick at least two models to compare.");
    if (prompt().isEmpty())
        return tr("Describe what the sketch should become: the prompt is empty.");
    return QString();
}

void CompareSetup::updateRunButton()
{
    int unknown = 0;
    const double cost = estimatedCost(&unknown);
    QString costText = ModelPicker::formatUsd(cost);
    if (unknown > 0)
        costText = cost > 0 ? tr("%1 + %n unpriced", nullptr, unknown).arg(costText)
                            : tr("price unknown");
    m_runButton->setText(tr("Run comparison · %1").arg(costText));
    const QString why = blocker();
    m_runButton->setEnabled(why.isEmpty());
    const int count = static_cast<int>(selectedModelIds().size());
    m_hint->setText(why.isEmpty() ? tr("%n model(s), same sketch, prompt and seed.", nullptr, count) : why);
    m_runButton->setToolTip(why.isEmpty() ? tr("Send the sketch and intent to every ticked model at once")
                                          : why);
}

void CompareSetup::rollSeedForRun()
{
    if (!isSeedLocked())
        m_seed->setValue(static_cast<int>(QRandomGenerator::global()->bounded(MaxSeed)));
}

void CompareSetup::editOverrides(const QString &modelId)
{
    const ModelSpec *model = modelSpec(modelId);
    if (!model)
        return;
    // The form shows what the comparison would send; what the user changes there becomes the
    // model's overrides.
    const QJsonObject base = StudioSession::compareValues(*model, intent(), QJsonObject(), m_sketchPath);
    const QJsonObject current = StudioSession::compareValues(*model, intent(), m_overrides.value(modelId),
                                                             m_sketchPath);

    auto *dialog = new CompareOverridesDialog(*model, base, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareOverridesDialog::overridesChosen, this,
            [this, modelId](const QJsonObject &overrides) { setOverrides(modelId, overrides); });
    dialog->open();
}
