#include "sketchcanvas.h"

#include "appicons.h"
#include "elidinglabel.h"
#include "focusring.h"
#include "imagedroptarget.h"
#include "imagemime.h"
#include "sketcheditor.h"
#include "themecolors.h"
#include "thumbnailloader.h"

#include "imaging/imageloader.h"
#include "base/workpool.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int Margin = 24;
constexpr int DisplayMaxSide = 4096;
// The longer side of a downscaled copy: what the canvas shows, and at least the largest upload
// size the settings offer by default (2048), so the copy loses nothing the models would get.
constexpr int DownscaleSide = 4096;
} // namespace

SketchCanvas::SketchCanvas(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("sketchCanvas"));
    FocusRing::setFocusRing(this);
    m_drop = new ImageDropTarget(this, ImageDropTarget::Pixels::Accepted);
    connect(m_drop, &ImageDropTarget::activeChanged, this, qOverload<>(&QWidget::update));
    connect(m_drop, &ImageDropTarget::dropped, this,
            [this](const QStringList &sources) { Q_EMIT sourceDropped(sources.constFirst()); });
    connect(m_drop, &ImageDropTarget::dropFailed, this, [this](const QString &error) { showError(error); });
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_stack->addWidget(createEmptyPage());
    m_stack->addWidget(createSketchPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Margin, Margin, Margin, Margin);
    layout->addWidget(m_stack);
}

QWidget *SketchCanvas::createEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));

    m_emptyIcon = new QLabel(page);
    m_emptyIcon->setAlignment(Qt::AlignCenter);
    m_emptyIcon->setPixmap(AppIcons::icon(QStringLiteral("image")).pixmap(QSize(64, 64)));

    auto *title = new QLabel(tr("Drop a sketch here"), page);
    title->setObjectName(QStringLiteral("emptyTitle"));
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    auto *subtitle = new QLabel(tr("paste (Ctrl+V) or Open… (Ctrl+O)"), page);
    subtitle->setObjectName(QStringLiteral("emptySubtitle"));
    subtitle->setAlignment(Qt::AlignCenter);
    QPalette subPalette = subtitle->palette();
    subPalette.setColor(QPalette::WindowText, ThemeColors::muted(subPalette));
    subtitle->setPalette(subPalette);

    auto *openButton = new QPushButton(AppIcons::icon(QStringLiteral("folder-open")),
                                       tr("Open…"), page);
    openButton->setObjectName(QStringLiteral("canvasOpenButton"));
    openButton->setToolTip(tr("Choose a sketch file (Ctrl+O)"));
    auto *pasteButton = new QPushButton(AppIcons::icon(QStringLiteral("paste")), tr("Paste"),
                                        page);
    pasteButton->setObjectName(QStringLiteral("canvasPasteButton"));
    pasteButton->setToolTip(tr("Use the image or link on the clipboard (Ctrl+V)"));
    connect(openButton, &QPushButton::clicked, this, &SketchCanvas::openRequested);
    connect(pasteButton, &QPushButton::clicked, this, &SketchCanvas::pasteRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addStretch(1);
    buttons->addWidget(openButton);
    buttons->addWidget(pasteButton);
    buttons->addStretch(1);

    auto *sample = new QLabel(page);
    sample->setObjectName(QStringLiteral("sampleLink"));
    sample->setText(QStringLiteral("<a href=\"sample\">") + tr("Try the sample sketch")
                    + QStringLiteral("</a>"));
    sample->setTextFormat(Qt::RichText);
    sample->setAlignment(Qt::AlignCenter);
    sample->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    sample->setToolTip(tr("Load a sketch that ships with the app"));
    connect(sample, &QLabel::linkActivated, this, &SketchCanvas::sampleRequested);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("canvasError"));
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, ThemeColors::error(errorPalette));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    m_downscaleButton = new QPushButton(tr("Downscale and Use"), page);
    m_downscaleButton->setObjectName(QStringLiteral("downscaleButton"));
    m_downscaleButton->setToolTip(tr("Use a copy of this image at most %1 pixels on its longer side")
                                      .arg(DownscaleSide));
    m_downscaleButton->hide();
    connect(m_downscaleButton, &QPushButton::clicked, this, &SketchCanvas::downscaleAndUse);
    auto *downscaleRow = new QHBoxLayout;
    downscaleRow->addStretch(1);
    downscaleRow->addWidget(m_downscaleButton);
    downscaleRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(Margin, Margin, Margin, Margin);
    layout->setSpacing(8);
    layout->addStretch(3);
    layout->addWidget(m_emptyIcon);
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(sample);
    layout->addSpacing(8);
    layout->addWidget(m_errorLabel);
    layout->addLayout(downscaleRow);
    layout->addStretch(4);
    return page;
}

QWidget *SketchCanvas::createSketchPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("sketchPage"));

    m_view = new SketchEditor(page);
    m_view->setObjectName(QStringLiteral("sketchView"));
    m_stripRow = new QHBoxLayout;
    m_stripRow->setContentsMargins(0, 0, 0, 0);

    m_caption = new ElidingLabel(page, Qt::ElideMiddle); // the file name's start and the format stay
    m_caption->setObjectName(QStringLiteral("sketchCaption"));
    ThemeColors::mute(m_caption);

    auto *replace = new QToolButton(page);
    replace->setObjectName(QStringLiteral("replaceSketchButton"));
    replace->setText(tr("Replace…"));
    replace->setIcon(AppIcons::icon(QStringLiteral("folder-open")));
    replace->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    replace->setAutoRaise(true);
    replace->setToolTip(tr("Open another sketch (Ctrl+O)"));
    connect(replace, &QToolButton::clicked, this, &SketchCanvas::openRequested);

    auto *clearButton = new QToolButton(page);
    clearButton->setObjectName(QStringLiteral("clearSketchButton"));
    clearButton->setText(tr("Clear"));
    clearButton->setIcon(AppIcons::icon(QStringLiteral("clear")));
    clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    clearButton->setAutoRaise(true);
    clearButton->setToolTip(tr("Remove the sketch"));
    connect(clearButton, &QToolButton::clicked, this, &SketchCanvas::clear);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_caption, 1);
    bar->addWidget(replace);
    bar->addWidget(clearButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(m_stripRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);
    return page;
}

bool SketchCanvas::setSketch(const QString &source)
{
    const QString trimmed = source.trimmed();
    if (trimmed.isEmpty()) {
        clear();
        return true;
    }
    ++m_generation;
    m_loading = false;
    m_error.clear();
    m_oversized.clear();
    m_errorLabel->hide();
    m_downscaleButton->hide();
    m_prepared.clear();

    if (ImageMime::isRemote(trimmed)) {
        m_source = trimmed;
        m_size = QSize();
        m_format.clear();
        m_view->setImage(AppIcons::icon(QStringLiteral("link")).pixmap(QSize(96, 96)).toImage());
        m_caption->setText(tr("%1 — linked image, sent as a link").arg(trimmed));
        m_stack->setCurrentIndex(1);
        update();
        Q_EMIT sketchChanged(m_source);
        return true;
    }

    const QString path = QFileInfo(trimmed).absoluteFilePath();
    const ImageLoader::Result probe = ImageLoader::probeFile(path);
    if (!probe.ok()) {
        // The loader's message names the file already.
        showError(probe.error, probe.canDownscale ? path : QString());
        return false;
    }

    m_source = path;
    m_size = probe.size;
    m_format = probe.format;
    m_view->clear();
    m_caption->setText(captionText());
    m_caption->setToolTip(path);
    m_stack->setCurrentIndex(1);
    update();

    m_loading = true;
    const quint64 generation = m_generation;
    ThumbnailLoader::load(path, DisplayMaxSide, this,
                          [this, generation, path](const ImageLoader::Result &result) {
                              if (generation != m_generation)
                                  return;
                              m_loading = false;
                              if (!result.ok()) {
                                  m_source.clear();
                                  // The owner keeps the path: the form field shows the same
                                  // error next to itself and blocks the run.
                                  showError(result.error, result.canDownscale ? path : QString());
                                  return;
                              }
                              m_view->setImage(result.image);
                              Q_EMIT sketchLoaded(result.image);
                          });
    Q_EMIT sketchChanged(m_source);
    return true;
}

void SketchCanvas::clear()
{
    ++m_generation;
    const bool had = !m_source.isEmpty();
    m_source.clear();
    m_prepared.clear();
    m_size = QSize();
    m_format.clear();
    m_loading = false;
    m_error.clear();
    m_oversized.clear();
    m_errorLabel->hide();
    m_downscaleButton->hide();
    m_view->clear();
    m_caption->clear();
    m_stack->setCurrentIndex(0);
    update();
    if (had)
        Q_EMIT sketchChanged(QString());
}

void SketchCanvas::setPreparedSource(const QString &path)
{
    if (m_source.isEmpty() || path == m_prepared)
        return;
    m_prepared = path;
    Q_EMIT sketchChanged(path.isEmpty() ? m_source : path);
}

void SketchCanvas::setToolStrip(QWidget *strip)
{
    m_stripRow->addWidget(strip, 1);
}

QString SketchCanvas::captionText() const
{
    if (m_source.isEmpty())
        return QString();
    if (ImageMime::isRemote(m_source))
        return m_caption->text();
    QString format = QString::fromLatin1(m_format).toUpper();
    if (format == QLatin1String("JPG"))
        format = QStringLiteral("JPEG");
    return tr("%1 — %2 × %3 px · %4")
        .arg(QFileInfo(m_source).fileName())
        .arg(m_size.width())
        .arg(m_size.height())
        .arg(format);
}

void SketchCanvas::showError(const QString &error, const QString &oversized)
{
    m_error = error;
    m_oversized = oversized;
    m_view->clear();
    m_caption->clear();
    m_errorLabel->setText(error);
    m_errorLabel->show();
    m_downscaleButton->setText(tr("Downscale and Use"));
    m_downscaleButton->setEnabled(true);
    m_downscaleButton->setVisible(!oversized.isEmpty());
    m_stack->setCurrentIndex(0);
    update();
}

void SketchCanvas::downscaleAndUse()
{
    if (m_oversized.isEmpty() || m_loading)
        return;
    const QString original = m_oversized;
    m_loading = true;
    m_downscaleButton->setEnabled(false);
    m_downscaleButton->setText(tr("Downscaling…"));
    const quint64 generation = ++m_generation;
    struct Copy
    {
        QString path;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Copy>(this);
    connect(watcher, &QFutureWatcher<Copy>::finished, this, [this, watcher, generation, original]() {
        const Copy copy = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another sketch came meanwhile
        m_loading = false;
        if (copy.path.isEmpty()) {
            showError(copy.error);
            return;
        }
        Q_EMIT downscaledCopyReady(copy.path);
    });
    watcher->setFuture(WorkPool::run([original]() {
        Copy copy;
        const ImageLoader::Result result = ImageLoader::loadFileScaled(original, DownscaleSide);
        if (!result.ok())
            copy.error = result.error;
        else
            copy.path = ImageMime::storeDownscaledCopy(result.image, original, &copy.error);
        return copy;
    }));
}

void SketchCanvas::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_stack->currentIndex() != 0 && !m_drop->isActive())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(m_stack->geometry()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor border = palette().color(QPalette::WindowText);
    border.setAlphaF(0.28);
    QColor fill = palette().color(QPalette::Window);
    fill.setAlphaF(0.45);
    if (m_drop->isActive()) {
        border = palette().color(QPalette::Highlight);
        fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.10);
    }
    QPen pen(border, 2, Qt::CustomDashLine);
    pen.setDashPattern({4, 4});
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawRoundedRect(r, 16, 16);
}

