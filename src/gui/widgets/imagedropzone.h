#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QWidget>

class ImageDropTarget;
class QLabel;
class QToolButton;

// One image input: drop a local file or an http(s) URL, paste (Ctrl+V), Open… or clear.
// Shows a thumbnail, the file name, pixel size and format; a corrupt, huge or unsupported file
// is reported inline. The value is an absolute local file path or the URL string.
class ImageDropZone final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDropZone)

public:
    explicit ImageDropZone(QWidget *parent = nullptr);

    QString source() const { return m_source; }
    // Empty clears. Emits changed() when the source differs.
    void setSource(const QString &source);
    void clear();

    // Why the current source is unusable (empty when fine or empty).
    QString errorText() const { return m_error; }
    QSize imageSize() const { return m_size; }
    QByteArray format() const { return m_format; }
    bool isLoading() const { return m_loading; }

    void setPlaceholderText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The folder file dialogs start in ("Files/LastFolder"), shared with the main window.
    static QString lastFolder();
    static void rememberFolder(const QString &filePath);

public Q_SLOTS:
    void openFile();
    void paste();

Q_SIGNALS:
    // The source or its error changed.
    void changed();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateView();
    void setHint(const QString &text, bool isError);
    void setTitle(const QString &text, Qt::TextElideMode mode);
    QPixmap placeholderPixmap(const QString &iconName) const;

    QLabel *m_thumb = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QToolButton *m_openButton = nullptr;
    QToolButton *m_pasteButton = nullptr;
    QToolButton *m_clearButton = nullptr;

    QString m_source;
    QString m_error;
    QString m_placeholder;
    QString m_hintText;
    QString m_titleText;
    Qt::TextElideMode m_titleElide = Qt::ElideRight;
    QSize m_size;
    QByteArray m_format;
    qint64 m_fileBytes = -1;
    quint64 m_generation = 0;
    bool m_loading = false;
    ImageDropTarget *m_drop = nullptr;
};
