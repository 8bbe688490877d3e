#include "imagelisteditor.h"

#include "widgets/appicons.h"
#include "widgets/imagedropzone.h"
#include "widgets/imagedroptarget.h"
#include "widgets/imagemime.h"
#include "widgets/themecolors.h"
#include "widgets/thumbnailloader.h"

#include "imaging/imageloader.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int Thumb = 48;
constexpr int SourceRole = Qt::UserRole + 1;
constexpr int ErrorRole = Qt::UserRole + 2;
constexpr int IdRole = Qt::UserRole + 3;
} // namespace

ImageListEditor::ImageListEditor(const ParameterSpec &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    auto *drop = new ImageDropTarget(this, ImageDropTarget::Pixels::Refused);
    connect(drop, &ImageDropTarget::dropped, this, &ImageListEditor::addSources);

    m_list->setObjectName(partName(QStringLiteral("list")));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setIconSize(QSize(Thumb, Thumb));
    m_list->setGridSize(QSize(Thumb + 16, Thumb + 8));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFixedHeight(Thumb + 8 + 2 * m_list->frameWidth()
                           + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);

    m_hint->setObjectName(partName(QStringLiteral("hint")));
    m_hint->setText(tr("None yet: drop images or links here, or choose Add…"));
    m_hint->setMinimumHeight(QFontMetrics(m_hint->font()).height() + 8);
    m_hint->setWordWrap(true);
    ThemeColors::mute(m_hint);

    m_add->setObjectName(partName(QStringLiteral("add")));
    m_add->setIcon(AppIcons::icon(QStringLiteral("add")));
    m_add->setText(tr("Add…"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setAutoRaise(true);
    m_add->setToolTip(tr("Add image files"));
    m_remove->setObjectName(partName(QStringLiteral("remove")));
    m_remove->setIcon(AppIcons::icon(QStringLiteral("remove")));
    m_remove->setText(tr("Remove"));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove the selected images"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &ImageListEditor::addFiles);
    connect(m_remove, &QToolButton::clicked, this, &ImageListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ImageListEditor::updateState);
    setValue(QJsonValue(QJsonValue::Undefined));
}

QStringList ImageListEditor::sources() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result.append(m_list->item(i)->data(SourceRole).toString());
    return result;
}

QJsonValue ImageListEditor::value() const
{
    const QStringList list = sources();
    if (list.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonArray::fromStringList(list);
}

void ImageListEditor::setValue(const QJsonValue &value)
{
    const QJsonValue v = isUnset(value) ? m_spec.defaultValue : value;
    m_list->clear();
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().isEmpty())
            addSource(item.toString());
    }
    updateState();
    Q_EMIT changed();
}

QString ImageListEditor::inputError() const
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QString error = m_list->item(i)->data(ErrorRole).toString();
        if (!error.isEmpty())
            return tr("%1: %2").arg(m_list->item(i)->text(), error);
    }
    return QString();
}

QWidget *ImageListEditor::inputWidget() const
{
    return m_list;
}

void ImageListEditor::addSources(const QStringList &list)
{
    for (const QString &source : list) {
        if (m_spec.maxItems && m_list->count() >= *m_spec.maxItems)
            break;
        addSource(source);
    }
    updateState();
    Q_EMIT changed();
}

void ImageListEditor::addSource(const QString &source)
{
    auto *item = new QListWidgetItem(m_list);
    const quint64 id = ++m_nextId;
    item->setData(IdRole, id);
    item->setData(SourceRole, source);
    item->setToolTip(source);
    if (ImageMime::isRemote(source)) {
        item->setIcon(AppIcons::icon(QStringLiteral("link")));
        item->setText(QUrl(source).host());
        return;
    }
    item->setText(QFileInfo(source).fileName());
    item->setIcon(AppIcons::icon(QStringLiteral("image")));
    const ImageLoader::Result probe = ImageLoader::probeFile(source);
    if (!probe.ok()) {
        item->setData(ErrorRole, probe.error);
        item->setToolTip(source + QStringLiteral("\n") + probe.error);
        return;
    }
    ThumbnailLoader::load(source, Thumb * 2, this, [this, id](const ImageLoader::Result &result) {
                              QListWidgetItem *loaded = nullptr;
                              for (int i = 0; i < m_list->count() && !loaded; ++i) {
                                  if (m_list->item(i)->data(IdRole).toULongLong() == id)
                                      loaded = m_list->item(i);
                              }
                              if (!loaded)
                                  return;
                              if (result.ok())
                                  loaded->setIcon(QIcon(QPixmap::fromImage(result.image)));
                              else
                                  loaded->setData(ErrorRole, result.error);
                              Q_EMIT changed();
                          });
}

void ImageListEditor::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Images"), ImageDropZone::lastFolder(), ImageMime::openFileFilter());
    if (files.isEmpty())
        return;
    ImageDropZone::rememberFolder(files.constFirst());
    addSources(files);
}

void ImageListEditor::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        delete item;
    updateState();
    Q_EMIT changed();
}

void ImageListEditor::updateState()
{
    const bool empty = m_list->count() == 0;
    m_list->setVisible(!empty);
    m_hint->setVisible(empty);
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_add->setEnabled(!m_spec.maxItems || m_list->count() < *m_spec.maxItems);
}

