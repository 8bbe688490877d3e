#pragma once

#include <QPainterPath>

#include <QImage>
#include <QPixmap>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

class CompareCellImage;

// One model run inside CompareGrid: the image (or its state / error in place) and a caption with
// the model title on its own line (elided, full title as tooltip), the provider badge with star
// (winner), Open and Save… buttons, then time, cost and seed.
// Child object names are derived from the key: cell_<key>, cell_<key>_image, _state, _error,
// _title, _provider, _time, _cost, _seed, _star, _open, _save.
class CompareCell final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareCell)

public:
    // The five-pointed star of the winner marks (cell button and exported grid).
    static QPainterPath starPath(const QPointF &centre, qreal outerRadius);

    enum class Status { Pending, Busy, Done, Failed };

    CompareCell(const QString &key, const QString &modelTitle, const QString &provider,
                QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QString modelTitle() const { return m_title; }
    QString provider() const { return m_provider; }
    Status status() const { return m_status; }
    QString stateText() const { return m_stateText; }
    int progress() const { return m_progress; }
    QString errorText() const { return m_error; }
    QImage image() const { return m_image; }
    bool hasResult() const { return !m_image.isNull(); }
    std::optional<qint64> elapsedMs() const { return m_elapsedMs; }
    std::optional<double> costUsd() const { return m_cost; }
    std::optional<qint64> seed() const { return m_seed; }

    void setState(const QString &stateText, int progressPercent);
    void setResult(const QImage &image, qint64 elapsedMs, std::optional<double> costUsd,
                   std::optional<qint64> seed);
    void setError(const QString &message);

    bool isWinner() const { return m_winner; }
    void setWinner(bool winner);

    // How well the result kept the sketch's lines (a pill on the image, `explanation` as its
    // tooltip), and the sketch's lines laid over the result (null: none).
    void setStructureScore(std::optional<double> score, const QString &explanation);
    std::optional<double> structureScore() const;
    void setOverlay(const QImage &overlay, double opacity);
    QImage overlay() const;

    // Height of the caption below the image for the current font.
    int captionHeight() const;

    // Texts shared with the grid export.
    static QString formatElapsed(std::optional<qint64> elapsedMs);
    static QString formatCost(std::optional<double> costUsd);
    static QString formatSeed(std::optional<qint64> seed);

Q_SIGNALS:
    void starClicked();
    void openClicked();
    void saveClicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void updateStarIcon();

    QString m_key;
    QString m_title;
    QString m_provider;
    Status m_status = Status::Pending;
    QString m_stateText;
    int m_progress = -1;
    QString m_error;
    QImage m_image;
    std::optional<qint64> m_elapsedMs;
    std::optional<double> m_cost;
    std::optional<qint64> m_seed;
    bool m_winner = false;

    CompareCellImage *m_imageArea = nullptr;
    QWidget *m_indicator = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_providerLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_seedLabel = nullptr;
    QToolButton *m_starButton = nullptr;
    QToolButton *m_openButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QWidget *m_caption = nullptr;
};

// The image part of a cell: the result scaled to fit (cached per size) or a quiet placeholder on
// which the cell lays out its state, activity indicator and error.
class CompareCellImage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareCellImage)

public:
    explicit CompareCellImage(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setFailed(bool failed);
    // See CompareCell::setStructureScore and setOverlay.
    void setScore(std::optional<double> score, const QString &text);
    std::optional<double> score() const { return m_score; }
    void setOverlay(const QImage &overlay, double opacity);
    QImage overlay() const { return m_overlay; }
    // Where the image is drawn (widget coordinates).
    QRect imageRect() const;

Q_SIGNALS:
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void paintStructure(QPainter &painter, const QRect &target);

    QImage m_image;
    QPixmap m_scaled;
    QImage m_overlay;
    QPixmap m_overlayScaled;
    double m_overlayOpacity = 0.8;
    std::optional<double> m_score;
    QString m_scoreText;
    bool m_failed = false;
};
