#include "comparisonexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QImageReader>
#include <QJsonDocument>
#include <QPainter>
#include <QSaveFile>
#include <QTextOption>

namespace {
constexpr int HeaderHeight = 168;
constexpr int Margin = 16;
} // namespace

namespace ComparisonExport {

QImage compose(const QImage &grid, const QString &sketchPath, const QJsonObject &record)
{
    if (grid.isNull())
        return QImage();
    QImage sketch;
    if (!sketchPath.isEmpty()) {
        // Only the header's size is decoded, never the full sketch.
        QImageReader reader(sketchPath);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        const int side = HeaderHeight - 2 * Margin;
        if (size.isValid())
            reader.setScaledSize(size.scaled(side * 2, side, Qt::KeepAspectRatio));
        sketch = reader.read();
    }
    QImage out(grid.width(), grid.height() + HeaderHeight, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    int textLeft = Margin;
    if (!sketch.isNull()) {
        const QRect target(QPoint(Margin, Margin), sketch.size());
        p.drawImage(target, sketch);
        p.setPen(QColor(0, 0, 0, 60));
        p.drawRect(target.adjusted(0, 0, -1, -1));
        textLeft = target.right() + Margin;
    }
    QFont title;
    title.setPixelSize(13);
    title.setWeight(QFont::DemiBold);
    p.setFont(title);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QRect labelRect(textLeft, Margin, out.width() - textLeft - Margin, 20);
    const QString seed = record.value(QLatin1String("seed")).isDouble()
                             ? QCoreApplication::translate("ComparisonExport", " · seed %1")
                                   .arg(record.value(QLatin1String("seed")).toInteger())
                             : QString();
    p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("ComparisonExport", "Prompt") + seed);
    QFont body;
    body.setPixelSize(17);
    p.setFont(body);
    p.setPen(QColor(0x1f, 0x29, 0x37));
    const QRect promptRect(textLeft, labelRect.bottom() + 6, labelRect.width(),
                           HeaderHeight - labelRect.bottom() - 6 - Margin);
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p.drawText(promptRect, record.value(QLatin1String("prompt")).toString(), wrap);
    p.drawImage(0, HeaderHeight, grid);
    p.end();
    out.setText(QString::fromLatin1(kTextKey),
                QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    return out;
}

bool save(const QImage &grid, const QString &sketchPath, const QJsonObject &record, const QString &path,
          QString *error)
{
    const QImage image = compose(grid, sketchPath, record);
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = image.isNull() ? QCoreApplication::translate("ComparisonExport", "There is nothing to export.")
                                    : file.errorString();
        return false;
    }
    return true;
}

} // namespace ComparisonExport
