#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QWidget>

class ImageDropTarget;
class QHBoxLayout;
class QLabel;
class SketchEditor;
class QPushButton;
class QStackedWidget;
class QToolButton;

// The centre of the main window. Empty: a large dashed drop target with the three ways in
// (drop, paste, Open…) and a "Try the sample sketch" link. With a sketch: the image scaled to fit
// and a caption with its file name, pixel size and format.
class SketchCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SketchCanvas)

public:
    explicit SketchCanvas(QWidget *parent = nullptr);

    // A local file (probed at once, decoded off the GUI thread) or an http(s) link (shown as a
    // link; nothing is downloaded by the GUI). Returns false and shows the reason when the file
    // cannot be used.
    bool setSketch(const QString &source);
    void clear();

    QString sketchSource() const { return m_source; }
    // What is sent instead of the file (a cleaned or corrected copy); empty: the file itself.
    // Changing it emits sketchChanged() with the path to use.
    void setPreparedSource(const QString &path);
    QString preparedSource() const { return m_prepared; }
    // The view of the sketch, a tool for corrections (see SketchEditor).
    SketchEditor *editor() const { return m_view; }
    // Puts `strip` (tools for the sketch) above the view.
    void setToolStrip(QWidget *strip);
    bool hasSketch() const { return !m_source.isEmpty(); }
    QSize sketchSize() const { return m_size; }
    QString captionText() const;
    QString errorText() const { return m_error; }
    // The file shown in the error was refused only for its size: "Downscale and Use" is offered.
    bool canDownscale() const { return !m_oversized.isEmpty(); }
    // Loads a smaller copy of the oversized file (decoded at the smaller size, never whole) off
    // the GUI thread, stores it as a PNG and emits downscaledCopyReady(); the button does this.
    void downscaleAndUse();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void openRequested();
    void pasteRequested();
    void sampleRequested();
    // Something usable was dropped on the canvas (a path or URL); the owner decides what to do.
    void sourceDropped(const QString &source);
    // The sketch to use changed: the file, its prepared copy (setPreparedSource), or empty
    // when cleared.
    void sketchChanged(const QString &source);
    // The file's image was decoded (at most 4096 px on the long side) and is shown.
    void sketchLoaded(const QImage &image);
    // A smaller copy of a file that was too large is ready to be used as the sketch.
    void downscaledCopyReady(const QString &path);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *createEmptyPage();
    QWidget *createSketchPage();
    // `oversized`: the file that was refused only for its size (offered to downscale).
    void showError(const QString &error, const QString &oversized = QString());

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyIcon = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_downscaleButton = nullptr;
    SketchEditor *m_view = nullptr;
    QHBoxLayout *m_stripRow = nullptr;
    QLabel *m_caption = nullptr;

    QString m_source;
    QString m_prepared;
    QString m_error;
    QString m_oversized;
    QSize m_size;
    QByteArray m_format;
    quint64 m_generation = 0;
    bool m_loading = false;
    ImageDropTarget *m_drop = nullptr;
};
