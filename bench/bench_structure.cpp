// Prints timings of the structure code on a generated 12 MP phone photo of a sketch, and the
// structure scores of the generated test cases. With --write DIR it also saves the images
// (photo, drawing, cleaned sketch, maps, results) for trying the app and the CLI by hand.
#include "structure/sketchcleanup.h"
#include "structure/sketchpreparation.h"
#include "structure/structuremaps.h"
#include "structure/structurescore.h"

#include "syntheticsketch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QTextStream>

namespace {

QTextStream out(stdout);

template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const QString &what, double value, const QString &unit = QStringLiteral("ms"))
{
    out << what.leftJustified(58) << QString::number(value, 'f', unit == QLatin1String("ms") ? 1 : 3).rightJustified(9)
        << ' ' << unit << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int writeAt = int(args.indexOf(QStringLiteral("--write")));
    const QString dir = writeAt > 0 && writeAt + 1 < args.size() ? args.at(writeAt + 1) : QString();

    const QImage drawing = SyntheticSketch::drawing(QSize(2400, 1800));
    const SyntheticSketch::Photo photo = SyntheticSketch::phonePhoto(drawing, QSize(4000, 3000), 6.0);
    out << "12 MP phone photo (4000 x 3000) of a 2400 x 1800 drawing, median of 5 runs" << Qt::endl;

    std::optional<QList<QPointF>> corners;
    report(QStringLiteral("find the page (detectPage)"), medianMs(5, [&] { corners = SketchCleanup::detectPage(photo.image); }));
    CleanupSettings settings = CleanupSettings::photo();
    settings.corners = corners.value_or(photo.corners);
    QImage cleaned;
    report(QStringLiteral("clean-up: warp + even shading + trim -> 2048 px"),
           medianMs(5, [&] { cleaned = SketchCleanup::apply(photo.image, settings); }));
    CleanupSettings threshold = settings;
    threshold.shading = CleanupSettings::Shading::Threshold;
    threshold.lineWeight = 1;
    report(QStringLiteral("clean-up: warp + threshold + bolder lines -> 2048 px"),
           medianMs(5, [&] { SketchCleanup::apply(photo.image, threshold); }));
    report(QStringLiteral("canny of the 12 MP photo itself"),
           medianMs(5, [&] { StructureMaps::canny(photo.image, 60, 160); }));
    QImage map;
    report(QStringLiteral("canny of the cleaned sketch (2048 px)"),
           medianMs(5, [&] { map = StructureMaps::canny(cleaned, 60, 160); }));
    report(QStringLiteral("line art of the cleaned sketch (2048 px)"),
           medianMs(5, [&] { StructureMaps::lineArt(cleaned); }));
    const QImage render = SyntheticSketch::rendered(QSize(2048, 1536));
    report(QStringLiteral("structure score of a 2048 px result"),
           medianMs(5, [&] { StructureScore::compute(cleaned, render); }));

    out << Qt::endl << "Structure scores against the drawing (1024 x 768)" << Qt::endl;
    const QImage small = SyntheticSketch::drawing(QSize(1024, 768));
    const SyntheticSketch::Photo smallPhoto = SyntheticSketch::phonePhoto(small);
    CleanupSettings smallSettings = CleanupSettings::photo();
    smallSettings.trimMargins = false;
    smallSettings.corners = SketchCleanup::detectPage(smallPhoto.image).value_or(smallPhoto.corners);
    const QImage smallCleaned = SketchCleanup::apply(smallPhoto.image, smallSettings);
    const QList<QPair<QString, QImage>> cases{
        {QStringLiteral("the drawing itself"), small},
        {QStringLiteral("a render that kept the structure"), SyntheticSketch::rendered(small.size())},
        {QStringLiteral("the phone photo, cleaned (corners found)"), smallCleaned},
        {QStringLiteral("the phone photo as taken"), smallPhoto.image},
        {QStringLiteral("the drawing shifted by 3 %"), SyntheticSketch::shifted(small, 0.03)},
        {QStringLiteral("the drawing shifted by 6 %"), SyntheticSketch::shifted(small, 0.06)},
        {QStringLiteral("an unrelated picture"), SyntheticSketch::unrelated(small.size())},
    };
    for (const auto &c : cases)
        report(c.first, StructureScore::compute(small, c.second).fscore, QStringLiteral("F"));

    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        smallPhoto.image.save(QDir(dir).filePath(QStringLiteral("phone-photo.jpg")), "JPEG", 90);
        small.save(QDir(dir).filePath(QStringLiteral("drawing.png")));
        smallCleaned.save(QDir(dir).filePath(QStringLiteral("cleaned.png")));
        StructureMaps::canny(smallCleaned, 60, 160).save(QDir(dir).filePath(QStringLiteral("canny.png")));
        StructureMaps::lineArt(smallCleaned).save(QDir(dir).filePath(QStringLiteral("lineart.png")));
        SyntheticSketch::rendered(small.size()).save(QDir(dir).filePath(QStringLiteral("render.png")));
        SyntheticSketch::shifted(SyntheticSketch::rendered(small.size()), 0.05).save(QDir(dir).filePath(QStringLiteral("render-shifted.png")));
        SyntheticSketch::unrelated(small.size()).save(QDir(dir).filePath(QStringLiteral("unrelated.png")));
        out << Qt::endl << "Images written to " << QDir(dir).absolutePath() << Qt::endl;
    }
    return 0;
}
