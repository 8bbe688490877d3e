#include "imagedropzone.h"

#include "appicons.h"
#include "imagedroptarget.h"
#include "imagemime.h"
#include "themecolors.h"
#include "thumbnailloader.h"

#include "imaging/imageloader.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int ThumbSide = 48;

QString formatName(const QByteArray &format)
{
    const QString f = QString::fromLatin1(format).toUpper();
    return f == QLatin1String("JPG") ? QStringLiteral("JPEG") : f;
}
} // namespace

ImageDropZone::ImageDropZone(QWidget *parent)
    : QWidget(parent)
    , m_thumb(new QLabel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_openButton(new QToolButton(this))
    , m_pasteButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_placeholder(tr("Drop an image here"))
{
    m_drop = new ImageDropTarget(this, ImageDropTarget::Pixels::Accepted);
    connect(m_drop, &ImageDropTarget::activeChanged, this, qOverload<>(&QWidget::update));
    connect(m_drop, &ImageDropTarget::dropped, this, [this](const QStringList &sources) { setSource(sources.constFirst()); });
    connect(m_drop, &ImageDropTarget::dropFailed, this, [this](const QString &error) { setHint(error, true); });
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Drop an image file or a link, paste with Ctrl+V, or choose Open…"));

    m_thumb->setFixedSize(ThumbSide, ThumbSide);
    m_thumb->setAlignment(Qt::AlignCenter);
    m_thumb->setObjectName(QStringLiteral("thumbnail"));

    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_details->setFont(small);

    const auto setupButton = [](QToolButton *button, const QString &name, const QString &icon,
                                const QString &tip) {
        button->setObjectName(name);
        button->setIcon(AppIcons::icon(icon));
        button->setAutoRaise(true);
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::TabFocus);
    };
    setupButton(m_openButton, QStringLiteral("openButton"), QStringLiteral("folder-open"),
                tr("Open an image file…"));
    setupButton(m_pasteButton, QStringLiteral("pasteButton"), QStringLiteral("paste"),
                tr("Paste an image or a link from the clipboard (Ctrl+V)"));
    setupButton(m_clearButton, QStringLiteral("clearButton"), QStringLiteral("clear"),
                tr("Remove this image"));

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(2);
    text->addStretch(1);
    text->addWidget(m_title);
    text->addWidget(m_details);
    text->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->setSpacing(8);
    layout->addWidget(m_thumb);
    layout->addLayout(text, 1);
    layout->addWidget(m_openButton);
    layout->addWidget(m_pasteButton);
    layout->addWidget(m_clearButton);

    connect(m_openButton, &QToolButton::clicked, this, &ImageDropZone::openFile);
    connect(m_pasteButton, &QToolButton::clicked, this, &ImageDropZone::paste);
    connect(m_clearButton, &QToolButton::clicked, this, &ImageDropZone::clear);

    updateView();
}

void ImageDropZone::setSource(const QString &source)
{
    const QString trimmed = source.trimmed();
    if (trimmed == m_source)
        return;
    m_source = trimmed;
    m_error.clear();
    m_size = QSize();
    m_format.clear();
    m_fileBytes = -1;
    m_loading = false;
    m_thumb->clear();
    ++m_generation;

    if (!m_source.isEmpty() && !ImageMime::isRemote(m_source)) {
        const QFileInfo info(m_source);
        m_fileBytes = info.exists() ? info.size() : -1;
        const ImageLoader::Result probe = ImageLoader::probeFile(m_source);
        if (!probe.ok()) {
            m_error = probe.error;
        } else {
            m_size = probe.size;
            m_format = probe.format;
            m_loading = true;
            const quint64 generation = m_generation;
            const int side = qRound(ThumbSide * devicePixelRatioF());
            ThumbnailLoader::load(m_source, side, this,
                                  [this, generation](const ImageLoader::Result &result) {
                                      if (generation != m_generation)
                                          return;
                                      m_loading = false;
                                      if (!result.ok()) {
                                          m_error = result.error;
                                      } else {
                                          QPixmap pixmap = QPixmap::fromImage(result.image);
                                          pixmap.setDevicePixelRatio(devicePixelRatioF());
                                          m_thumb->setPixmap(pixmap);
                                      }
                                      updateView();
                                      Q_EMIT changed();
                                  });
        }
    }
    updateView();
    Q_EMIT changed();
}

void ImageDropZone::clear()
{
    setSource(QString());
}

void ImageDropZone::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    updateView();
}

QSize ImageDropZone::sizeHint() const
{
    return QSize(280, ThumbSide + 16);
}

QSize ImageDropZone::minimumSizeHint() const
{
    return QSize(200, ThumbSide + 16);
}

QString ImageDropZone::lastFolder()
{
    const QString folder = QSettings().value(QStringLiteral("Files/LastFolder")).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

void ImageDropZone::rememberFolder(const QString &filePath)
{
    QSettings().setValue(QStringLiteral("Files/LastFolder"), QFileInfo(filePath).absolutePath());
}

void ImageDropZone::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Image"), lastFolder(),
                                                      ImageMime::openFileFilter());
    if (path.isEmpty())
        return;
    rememberFolder(path);
    setSource(path);
}

void ImageDropZone::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QStringList sources = ImageMime::sourcesFromMime(mime);
    if (!sources.isEmpty()) {
        setSource(sources.constFirst());
        return;
    }
    if (ImageMime::hasImageData(mime)) {
        QString error;
        const QString path = ImageMime::storePastedImage(
            QApplication::clipboard()->image(), &error);
        if (path.isEmpty())
            setHint(error, true);
        else
            setSource(path);
        return;
    }
    setHint(tr("The clipboard holds no image or link."), true);
}

void ImageDropZone::updateView()
{
    const bool empty = m_source.isEmpty();
    m_clearButton->setVisible(!empty);
    m_pasteButton->setVisible(empty);

    if (empty) {
        m_thumb->setPixmap(placeholderPixmap(QStringLiteral("image")));
        setTitle(m_placeholder, Qt::ElideRight);
        setHint(tr("or paste, or choose Open…"), false);
        return;
    }

    if (ImageMime::isRemote(m_source)) {
        const QUrl url(m_source);
        m_thumb->setPixmap(placeholderPixmap(QStringLiteral("link")));
        const QString file = url.fileName();
        setTitle(file.isEmpty() ? url.host() : file, Qt::ElideMiddle);
        setHint(tr("Link on %1, sent as is").arg(url.host()), false);
        m_title->setToolTip(m_source);
        return;
    }

    const QFileInfo info(m_source);
    const QString name = info.fileName();
    setTitle(name, Qt::ElideMiddle);
    m_title->setToolTip(QDir::toNativeSeparators(m_source));
    if (!m_error.isEmpty()) {
        m_thumb->setPixmap(placeholderPixmap(QStringLiteral("image")));
        setHint(m_error, true);
        return;
    }
    QStringList parts;
    if (m_size.isValid())
        parts << tr("%1 × %2 px").arg(m_size.width()).arg(m_size.height());
    if (!m_format.isEmpty())
        parts << formatName(m_format);
    setHint(parts.join(QStringLiteral(" · ")), false);
    if (m_fileBytes >= 0)
        m_details->setToolTip(QDir::toNativeSeparators(m_source) + u'\n'
                              + QLocale().formattedDataSize(m_fileBytes, 1,
                                                            QLocale::DataSizeTraditionalFormat));
}

void ImageDropZone::setHint(const QString &text, bool isError)
{
    m_hintText = text;
    m_details->setText(m_details->width() > 40
                           ? m_details->fontMetrics().elidedText(text, Qt::ElideRight, m_details->width())
                           : text);
    m_details->setToolTip(text);
    ThemeColors::setTextColour(m_details, isError ? ThemeColors::error(palette()) : ThemeColors::muted(palette()));
}

QPixmap ImageDropZone::placeholderPixmap(const QString &iconName) const
{
    const int side = 28;
    return AppIcons::icon(iconName).pixmap(QSize(side, side), devicePixelRatioF(),
                                           QIcon::Normal);
}

void ImageDropZone::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor border = palette().color(QPalette::Mid);
    QColor fill = palette().color(QPalette::Base);
    if (m_drop->isActive()) {
        border = palette().color(QPalette::Highlight);
        fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(0.12);
    } else if (hasFocus()) {
        border = palette().color(QPalette::Highlight);
    } else if (!m_error.isEmpty()) {
        border = QColor(0xc5, 0x22, 0x1f);
    }
    QPen pen(border, 1);
    if (m_source.isEmpty() && !m_drop->isActive())
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawRoundedRect(r, 6, 6);
}

bool ImageDropZone::event(QEvent *event)
{
    // Ctrl+V and Delete belong to this field while it has focus, not to the window's
    // "Paste Sketch" action.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)
            || ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)
                && key->modifiers() == Qt::NoModifier)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void ImageDropZone::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        paste();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && !m_source.isEmpty()) {
        clear();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return) {
        openFile();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ImageDropZone::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        openFile();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

// The title as wide as the zone allows: a file name loses its middle, the placeholder its end.
void ImageDropZone::setTitle(const QString &text, Qt::TextElideMode mode)
{
    m_titleText = text;
    m_titleElide = mode;
    m_title->setText(m_title->fontMetrics().elidedText(text, mode, qMax(40, m_title->width())));
}

void ImageDropZone::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateView();
    QWidget::changeEvent(event);
}

void ImageDropZone::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setTitle(m_titleText, m_titleElide);
    m_details->setText(m_details->fontMetrics().elidedText(m_hintText, Qt::ElideRight,
                                                           m_details->width()));
}
