#include "resultsarea.h"

#include "widgets/beforeafterview.h"
#include "widgets/comparegrid.h"
#include "widgets/failurebanner.h"
#include "widgets/imagedropzone.h"
#include "widgets/imagemime.h"
#include "widgets/modelpicker.h"
#include "widgets/sketchcanvas.h"
#include "panels/jobspanel.h"

#include "history/historystore.h"
#include "imaging/imagecache.h"
#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"
#include "imaging/pngmetadata.h"
#include "imaging/resultwriter.h"
#include "jobs/job.h"
#include "session/runfactory.h"
#include "session/studiosession.h"
#include "settings/settings.h"
#include "base/workpool.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int Spacing = 8;
constexpr int FilmstripThumb = 72;

// One line that ends in "…" when it does not fit; the whole text is in the tooltip.
class ElidedLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return QSize(0, QLabel::minimumSizeHint().height()); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(foregroundRole()));
        const QRect area = contentsRect();
        painter.drawText(area, int(alignment()),
                         fontMetrics().elidedText(text(), Qt::ElideMiddle, area.width()));
    }
};
} // namespace

ResultsArea::ResultsArea(StudioSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("centre"));

    m_banner = new FailureBanner(this);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centreStack"));
    m_canvas = new SketchCanvas(m_stack);
    m_resultPage = createResultPage();
    m_compareGrid = new CompareGrid(m_stack);
    m_compareGrid->setObjectName(QStringLiteral("compareGrid"));

    m_stack->insertWidget(int(Page::Sketch), m_canvas);
    m_stack->insertWidget(int(Page::Result), m_resultPage);
    m_stack->insertWidget(int(Page::Compare), m_compareGrid);
    m_stack->setCurrentIndex(int(Page::Sketch));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    updateControls();
}

ResultsArea::~ResultsArea() = default;

QWidget *ResultsArea::createResultPage()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("resultPage"));

    m_modeGroup = new QActionGroup(this);
    m_wipeAction = new QAction(tr("&Wipe"), m_modeGroup);
    m_wipeAction->setShortcut(QKeySequence(Qt::Key_1));
    m_wipeAction->setStatusTip(tr("Sketch on the left of a divider, result on the right"));
    m_sideBySideAction = new QAction(tr("&Side by Side"), m_modeGroup);
    m_sideBySideAction->setShortcut(QKeySequence(Qt::Key_2));
    m_sideBySideAction->setStatusTip(tr("Sketch and result next to each other, zoomed together"));
    m_blendAction = new QAction(tr("&Blend"), m_modeGroup);
    m_blendAction->setShortcut(QKeySequence(Qt::Key_3));
    m_blendAction->setStatusTip(tr("The result over the sketch with adjustable opacity"));
    m_onionAction = new QAction(tr("&Onion Skin"), m_modeGroup);
    m_onionAction->setShortcut(QKeySequence(Qt::Key_4));
    m_onionAction->setStatusTip(tr("The sketch laid over the result like tracing paper: where the lines run"));
    m_differenceAction = new QAction(tr("&Difference"), m_modeGroup);
    m_differenceAction->setShortcut(QKeySequence(Qt::Key_5));
    m_differenceAction->setStatusTip(tr("Black where the two agree, bright where the result left the sketch"));
    // In the order of the keys 1-5 (the saved session remembers the position).
    const QList<BeforeAfterView::Mode> modes{BeforeAfterView::Mode::Wipe, BeforeAfterView::Mode::SideBySide,
                                             BeforeAfterView::Mode::Blend, BeforeAfterView::Mode::OnionSkin,
                                             BeforeAfterView::Mode::Difference};
    for (int i = 0; i < modes.size(); ++i)
        m_modeGroup->actions().at(i)->setData(int(modes.at(i)));
    for (QAction *action : m_modeGroup->actions()) {
        action->setCheckable(true);
        // Digits belong to the form's spin boxes: the view modes listen on the result page only.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_wipeAction->setChecked(true);
    page->addActions(m_modeGroup->actions());

    m_fitAction = new QAction(tr("&Fit to Window"), this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction->setStatusTip(tr("Show the whole result"));
    m_actualSizeAction = new QAction(tr("&Actual Size"), this);
    m_actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_actualSizeAction->setStatusTip(tr("One image pixel per screen pixel"));

    m_backToGridButton = new QToolButton(page);
    m_backToGridButton->setObjectName(QStringLiteral("backToGridButton"));
    m_backToGridButton->setText(tr("‹ Back to Grid"));
    m_backToGridButton->setToolTip(tr("Return to the comparison grid"));
    m_backToGridButton->setAutoRaise(true);
    connect(m_backToGridButton, &QToolButton::clicked, this, [this] { setCurrentPage(Page::Compare); });

    m_backToSketchButton = new QToolButton(page);
    m_backToSketchButton->setObjectName(QStringLiteral("backToSketchButton"));
    m_backToSketchButton->setText(tr("‹ Sketch"));
    m_backToSketchButton->setToolTip(tr("Show the sketch alone (drop another one there)"));
    m_backToSketchButton->setAutoRaise(true);
    connect(m_backToSketchButton, &QToolButton::clicked, this, [this] { setCurrentPage(Page::Sketch); });

    // Under the view, where the model's whole name fits (the toolbar has no room for it).
    m_caption = new ElidedLabel(page);
    m_caption->setObjectName(QStringLiteral("resultCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_caption->setContentsMargins(Spacing, 0, Spacing, 0);

    // A tool bar: in a narrow window (or longer words, German) what does not fit goes behind its
    // » button instead of making the window wider than the screen.
    auto *toolbarRow = new QHBoxLayout;
    toolbarRow->setContentsMargins(Spacing, Spacing, Spacing, 0);
    auto *toolbar = new QToolBar(page);
    toolbar->setObjectName(QStringLiteral("resultToolBar"));
    toolbar->setFloatable(false);
    toolbar->setMovable(false);
    if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More views"));
        more->setToolTip(tr("The views and zoom buttons that do not fit beside the others"));
    }
    toolbarRow->addWidget(toolbar);
    // In a tool bar a widget is shown and hidden through its action.
    m_backToGridAction = toolbar->addWidget(m_backToGridButton);
    m_backToSketchAction = toolbar->addWidget(m_backToSketchButton);
    auto *stretch = new QWidget(page);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(stretch);
    auto addToolButton = [&](QAction *action, const QString &text, const QString &name) {
        auto *button = new QToolButton(page);
        button->setObjectName(name);
        action->setIconText(text); // short label; the menu keeps the full text
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolbar->addWidget(button);
    };
    addToolButton(m_wipeAction, tr("Wipe"), QStringLiteral("wipeButton"));
    addToolButton(m_sideBySideAction, tr("Side by side"), QStringLiteral("sideBySideButton"));
    addToolButton(m_blendAction, tr("Blend"), QStringLiteral("blendButton"));
    addToolButton(m_onionAction, tr("Onion"), QStringLiteral("onionButton"));
    addToolButton(m_differenceAction, tr("Difference"), QStringLiteral("differenceButton"));
    toolbar->addSeparator();
    addToolButton(m_fitAction, tr("Fit"), QStringLiteral("fitButton"));
    addToolButton(m_actualSizeAction, tr("100 %"), QStringLiteral("actualSizeButton"));

    m_beforeAfter = new BeforeAfterView(page);
    m_beforeAfter->setObjectName(QStringLiteral("beforeAfterView"));
    connect(m_fitAction, &QAction::triggered, m_beforeAfter, &BeforeAfterView::fitToWindow);
    connect(m_actualSizeAction, &QAction::triggered, m_beforeAfter, &BeforeAfterView::actualSize);
    connect(m_modeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_beforeAfter->setMode(static_cast<BeforeAfterView::Mode>(action->data().toInt()));
    });
    connect(m_beforeAfter, &BeforeAfterView::modeChanged, this, [this](BeforeAfterView::Mode mode) {
        for (QAction *action : m_modeGroup->actions()) {
            if (action->data().toInt() == int(mode))
                action->setChecked(true);
        }
    });

    m_filmstrip = new QListWidget(page);
    m_filmstrip->setObjectName(QStringLiteral("filmstrip"));
    m_filmstrip->setViewMode(QListView::IconMode);
    m_filmstrip->setFlow(QListView::LeftToRight);
    m_filmstrip->setWrapping(false);
    m_filmstrip->setMovement(QListView::Static);
    m_filmstrip->setIconSize(QSize(FilmstripThumb, FilmstripThumb));
    m_filmstrip->setSpacing(Spacing / 2);
    m_filmstrip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_filmstrip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filmstrip->setFixedHeight(FilmstripThumb + 2 * Spacing + m_filmstrip->horizontalScrollBar()->sizeHint().height());
    m_filmstrip->setAccessibleName(tr("Results"));
    m_filmstrip->hide();
    connect(m_filmstrip, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showResult(m_filmstrip->item(row)->data(Qt::UserRole).toInt());
    });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing / 2);
    layout->addLayout(toolbarRow);
    layout->addWidget(m_beforeAfter, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_filmstrip);
    return page;
}

QList<QAction *> ResultsArea::modeActions() const
{
    return m_modeGroup->actions();
}

ResultsArea::Page ResultsArea::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void ResultsArea::setCurrentPage(Page page)
{
    m_stack->setCurrentIndex(int(page));
    updateControls();
    Q_EMIT pageChanged();
}

void ResultsArea::setCompareMode(bool on)
{
    m_compareMode = on;
    updateControls();
}

void ResultsArea::updateControls()
{
    const bool onResult = currentPage() == Page::Result && m_shownResult >= 0;
    m_fitAction->setEnabled(onResult);
    m_actualSizeAction->setEnabled(onResult);
    const bool hasGrid = m_compareGrid->cellCount() > 0;
    m_backToGridAction->setVisible(hasGrid);
    m_backToSketchAction->setVisible(!hasGrid || !m_compareMode);
}

void ResultsArea::setCurrentSketch(const QString &path)
{
    m_currentSketch = path;
    decodeSketch(path);
}

QImage ResultsArea::sketchImage(const QString &path) const
{
    return m_session->images()->cached(path);
}

void ResultsArea::decodeSketch(const QString &path)
{
    if (path.isEmpty() || ImageMime::isRemote(path))
        return;
    m_session->images()->load(path, 0, this, [this, path](const QImage &image, const QString &) {
        if (!image.isNull() && image.height() > 0 && path == m_currentSketch)
            m_compareGrid->setAspectRatio(double(image.width()) / image.height());
        if (m_shownResult >= 0 && m_shownResult < m_results.size()
            && m_results.at(m_shownResult).sketchPath == path)
            m_beforeAfter->setBefore(image);
    });
}

int ResultsArea::addJobResults(Job *job)
{
    const QString sketch = job->context().value(QLatin1String("sketch")).toString();
    decodeSketch(sketch);
    const int first = static_cast<int>(m_results.size());
    const QList<OutputImage> &outputs = job->outcome().outputs;
    for (int i = 0; i < outputs.size(); ++i) {
        if (outputs.at(i).filePath.isEmpty())
            continue;
        Result result;
        result.job = job;
        result.index = i;
        result.size = outputs.at(i).size;
        result.sketchPath = sketch;
        result.historyId = m_session->historyId(job);
        result.outputPath = outputs.at(i).filePath;
        const ModelSpec &model = job->request().model;
        if (const ParameterSpec *prompt = model.fieldForRole(QStringLiteral("prompt")))
            result.prompt = job->request().values.value(prompt->name).toString();
        const ParameterSpec *seed = model.fieldForRole(QStringLiteral("seed"));
        result.seed = job->outcome().seedUsed(job->request().values, seed ? seed->name : QString());
        appendResult(result);
    }
    return first;
}

void ResultsArea::appendResult(const Result &result)
{
    m_results.append(result);
    const int index = static_cast<int>(m_results.size()) - 1;
    // Only a thumbnail is kept per result; the full image comes from the cache when shown.
    m_session->images()->load(result.outputPath, FilmstripThumb, this,
                              [this, index, path = result.outputPath](const QImage &thumb, const QString &) {
                                  if (index < m_results.size() && m_results.at(index).outputPath == path) {
                                      m_results[index].thumb = thumb;
                                      refreshFilmstrip();
                                  }
                              });
    refreshFilmstrip();
}

void ResultsArea::openHistoryResult(const QString &path, const QString &sketchPath, const QString &historyId,
                                    const QString &prompt, std::optional<qint64> seed)
{
    decodeSketch(sketchPath);
    m_session->images()->load(path, 0, this, [this, path, sketchPath, historyId, prompt, seed](const QImage &image,
                                                                                             const QString &) {
        if (image.isNull()) {
            Q_EMIT statusMessage(tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        Result result;
        result.size = image.size();
        result.sketchPath = sketchPath;
        result.historyId = historyId;
        result.outputPath = path;
        result.prompt = prompt;
        result.seed = seed;
        appendResult(result);
        Q_EMIT historyResultOpened();
        showResult(static_cast<int>(m_results.size()) - 1);
    });
}

void ResultsArea::saveResultInteractive()
{
    if (m_shownResult < 0) {
        Q_EMIT statusMessage(tr("There is no result to save yet."));
        return;
    }
    const QString proposed = proposedSavePath();
    const QStringList filters{tr("PNG with parameters (*.png)"), tr("JPEG (*.jpg *.jpeg)"), tr("WebP (*.webp)")};
    auto *dialog = new QFileDialog(this, tr("Save Result"), QFileInfo(proposed).absolutePath(),
                                   filters.join(QStringLiteral(";;")));
    dialog->setObjectName(QStringLiteral("saveResultDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString suffix = QFileInfo(proposed).suffix();
    dialog->setDefaultSuffix(suffix);
    dialog->selectNameFilter(suffix == QLatin1String("jpg") ? filters.at(1)
                             : suffix == QLatin1String("webp") ? filters.at(2) : filters.at(0));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(proposed);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (ResultWriter::formatForPath(path).isEmpty()) {
            Q_EMIT statusMessage(tr("Choose a name ending in .png, .jpg or .webp."));
            return;
        }
        saveShownResult(path);
    });
    dialog->open();
}

QString ResultsArea::proposedSavePath() const
{
    if (m_shownResult < 0 || m_shownResult >= m_results.size())
        return QString();
    const Result &result = m_results.at(m_shownResult);
    const Settings *settings = m_session->settings();
    QString folder = settings ? settings->outputFolder() : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = ImageDropZone::lastFolder();
    const QString format = settings ? settings->outputFormat() : QStringLiteral("png");
    return ResultWriter::uniquePath(folder, ResultWriter::suggestedFileName(result.prompt, result.seed, format));
}

void ResultsArea::openHistoryEntry(const HistoryEntry &entry)
{
    if (entry.outputPaths.isEmpty())
        Q_EMIT statusMessage(entry.error.isEmpty() ? tr("This run has no result.") : entry.error);
    else
        openHistoryResult(entry.outputPaths.constFirst(), entry.sketchPath, entry.id, entry.prompt, entry.seed);
}

QList<FieldError> ResultsArea::showJobOutcome(Job *job, const ModelSpec &formModel)
{
    const QString title = job->request().model.title;
    switch (job->state()) {
    case JobState::Done: {
        const int first = addJobResults(job);
        if (!m_compareMode)
            showResult(first);
        Q_EMIT statusMessage(tr("%1 finished in %2.").arg(title, JobListModel::elapsedText(job->elapsedMs())));
        break;
    }
    case JobState::Failed:
    case JobState::Interrupted:
        return showFailure(job, formModel);
    case JobState::Cancelled:
        Q_EMIT statusMessage(tr("%1 was cancelled.").arg(title));
        break;
    default:
        break;
    }
    return {};
}

QList<FieldError> ResultsArea::showFailure(Job *job, const ModelSpec &formModel)
{
    const JobOutcome &outcome = job->outcome();
    const QString title = job->request().model.title;
    // One wording: the banner says the job row's reason (JobListModel::stateText) after the
    // model's name, once; the status bar does not repeat it.
    const QString reason = outcome.message.simplified().isEmpty() ? JobListModel::stateText(job)
                                                                  : outcome.message.simplified();
    // A 4xx answer that names inputs of the form's model: those go under their fields, and the
    // banner offers to go to the first one.
    QList<FieldError> fieldErrors;
    QString firstField;
    if (job->request().model.id == formModel.id) {
        for (const ApiFieldError &error : outcome.fieldErrors) {
            const QString name = error.field.section(u'.', 0, 0);
            if (name.isEmpty() || !formModel.field(name))
                continue;
            if (firstField.isEmpty())
                firstField = name;
            fieldErrors.append(FieldError{error.field, error.message});
        }
    }
    if (job->state() == JobState::Interrupted) {
        m_banner->showMessage(tr("%1: %2").arg(title, reason), FailureBanner::Action::None, job);
        return fieldErrors;
    }
    FailureBanner::Action action = FailureBanner::Action::Retry;
    if (outcome.error == ApiResult::Error::Auth)
        action = FailureBanner::Action::OpenSettings;
    else if (!firstField.isEmpty())
        action = FailureBanner::Action::FixField;
    m_banner->showMessage(tr("%1 failed: %2").arg(title, reason), action, job, firstField);
    return fieldErrors;
}

void ResultsArea::showKeyMissing(const QString &provider)
{
    m_banner->showMessage(
        tr("No API key for %1. %2").arg(ModelPicker::providerName(provider), RunFactory::keyHint(provider)),
        FailureBanner::Action::OpenSettings);
}

bool ResultsArea::showJobResult(const Job *job)
{
    for (int i = static_cast<int>(m_results.size()) - 1; i >= 0; --i) {
        if (job && m_results.at(i).job == job) {
            showResult(i);
            return true;
        }
    }
    return false;
}

QString ResultsArea::resultTitle(const Result &result) const
{
    const QString model = result.job ? result.job->request().model.title : tr("History");
    return tr("%1, result %2").arg(model).arg(result.index + 1);
}

QStringList ResultsArea::resultTitles() const
{
    QStringList titles;
    for (const Result &result : m_results)
        titles.append(resultTitle(result));
    return titles;
}

void ResultsArea::compareWithResult(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    const QString path = m_results.at(index).outputPath;
    const QString title = resultTitle(m_results.at(index));
    m_session->images()->load(path, 0, this, [this, title](const QImage &image, const QString &error) {
        if (image.isNull()) {
            Q_EMIT statusMessage(tr("Cannot read %1: %2").arg(title, error));
            return;
        }
        m_beforeAfter->setOtherResult(image, title);
        m_beforeAfter->setBeforeLayer(BeforeAfterView::BeforeLayer::OtherResult);
        Q_EMIT otherResultShown();
    });
}

void ResultsArea::refreshFilmstrip()
{
    const QSignalBlocker blocker(m_filmstrip);
    m_filmstrip->clear();
    const QStringList titles = resultTitles();
    for (int i = 0; i < m_results.size(); ++i) {
        const Result &result = m_results.at(i);
        auto *item = new QListWidgetItem(m_filmstrip);
        item->setData(Qt::UserRole, i);
        if (!result.thumb.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(result.thumb)));
        item->setToolTip(titles.at(i));
        if (i == m_shownResult)
            m_filmstrip->setCurrentItem(item);
    }
    m_filmstrip->setVisible(m_results.size() > 1);
    Q_EMIT resultsChanged();
}

void ResultsArea::showResult(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_shownResult = index;
    const Result &result = m_results.at(index);
    const QImage sketch = sketchImage(result.sketchPath);
    if (!sketch.isNull())
        m_beforeAfter->setBefore(sketch);
    else if (result.sketchPath.isEmpty())
        m_beforeAfter->setBefore(QImage());
    // The full image comes from the bounded cache (decoded off the GUI thread when it is not
    // there any more).
    m_session->images()->load(result.outputPath, 0, this,
                              [this, index, path = result.outputPath](const QImage &image, const QString &error) {
                                  if (m_shownResult != index || m_results.at(index).outputPath != path)
                                      return;
                                  if (image.isNull()) {
                                      Q_EMIT statusMessage(tr("Cannot read %1: %2")
                                                               .arg(QDir::toNativeSeparators(path), error));
                                      return;
                                  }
                                  m_results[index].size = image.size();
                                  m_beforeAfter->setAfter(image);
                                  m_beforeAfter->fitToWindow();
                                  updateCaption();
                                  Q_EMIT resultShown();
                              });
    updateCaption();
    {
        const QSignalBlocker blocker(m_filmstrip);
        for (int row = 0; row < m_filmstrip->count(); ++row) {
            if (m_filmstrip->item(row)->data(Qt::UserRole).toInt() == index)
                m_filmstrip->setCurrentRow(row);
        }
    }
    m_filmstrip->setVisible(m_results.size() > 1);
    setCurrentPage(Page::Result);
}

ResultsArea::Result ResultsArea::shownResult() const
{
    return m_shownResult >= 0 && m_shownResult < m_results.size() ? m_results.at(m_shownResult) : Result();
}

void ResultsArea::insertResultBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(m_resultPage->layout())->insertWidget(1, bar);
}

void ResultsArea::updateCaption()
{
    if (m_shownResult < 0 || m_shownResult >= m_results.size())
        return;
    const Result &result = m_results.at(m_shownResult);
    const QString size = QStringLiteral("%1×%2").arg(result.size.width()).arg(result.size.height());
    QString caption;
    if (result.job) {
        caption = tr("%1 · %2 · %3 px")
                      .arg(result.job->request().model.title, JobListModel::elapsedText(result.job->elapsedMs()), size);
    } else {
        caption = tr("From the history · %1 px").arg(size);
    }
    // Every result says its seed: the one to lock to get it again.
    if (result.seed)
        caption += QStringLiteral(" · ") + tr("seed %1").arg(*result.seed);
    m_caption->setText(caption);
    m_caption->setToolTip(caption);
}

Job *ResultsArea::shownJob() const
{
    return m_shownResult >= 0 && m_shownResult < m_results.size() ? m_results.at(m_shownResult).job.data()
                                                                   : nullptr;
}

bool ResultsArea::saveShownResult(const QString &path)
{
    if (m_shownResult < 0 || m_shownResult >= m_results.size())
        return false;
    const QString source = m_results.at(m_shownResult).outputPath;
    if (source.isEmpty())
        return false;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        Q_EMIT statusMessage(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                             : tr("Could not save: %1").arg(error));
    });
    // The kept result is a PNG that carries its generation parameters: save it in the chosen
    // format with the same record.
    watcher->setFuture(WorkPool::run([source, path]() {
        QString error;
        ResultWriter::exportKept(source, path, &error);
        return error;
    }));
    return true;
}
