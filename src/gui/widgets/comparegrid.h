#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QScrollArea>
#include <QSize>
#include <QString>

#include <optional>

class CompareCell;
class QLabel;

// The centre of compare mode: one cell per model run in a grid that adapts to the number of runs
// and the available space (1 → 1×1, 2 → 2×1, 3–4 → 2×2, 5–6 → 3×2 … in a landscape window; other
// shapes when they give clearly larger cells, and a vertical scroll when cells would get too
// small). Cells keep the sketch's aspect ratio. Keys identify runs; every cell is named
// cell_<key> (see CompareCell for the children's names).
class CompareGrid final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareGrid)

public:
    static constexpr int Margin = 16;
    static constexpr int Gap = 16;
    static constexpr int MinCellWidth = 208;

    explicit CompareGrid(QWidget *parent = nullptr);
    ~CompareGrid() override;

    // Adds a cell (state "Waiting") and returns its index; an existing key is updated in place.
    int addCell(const QString &key, const QString &modelTitle, const QString &provider);
    void clear();
    int cellCount() const { return int(m_cells.size()); }
    QStringList keys() const;
    CompareCell *cell(const QString &key) const;

    // "In queue #3", "Uploading", "Running" …; progressPercent < 0 shows a busy indicator.
    void setCellState(const QString &key, const QString &stateText, int progressPercent = -1);
    void setCellResult(const QString &key, const QImage &image, qint64 elapsedMs,
                       std::optional<double> costUsd, std::optional<qint64> seed);
    void setCellError(const QString &key, const QString &message);

    // Exactly one winner at a time; an empty key clears it.
    void setWinner(const QString &key);
    QString winner() const { return m_winner; }

    // width / height of the sketch (and so of every cell's image area).
    void setAspectRatio(double aspect);
    double aspectRatio() const { return m_aspect; }

    // The keys in the order their cells were added, and a new order for the cells (keys not
    // listed keep their place after the listed ones).
    QStringList addedOrder() const { return m_added; }
    void setCellOrder(const QStringList &keys);
    // A bar fixed above the cells (it does not scroll with them).
    void setHeaderWidget(QWidget *header);

    int columnCount() const { return m_columns; }
    int rowCount() const { return m_rows; }

    // The whole grid as one image with captions on a white background ("Export grid as PNG").
    // Deterministic for the same cells.
    QImage exportImage() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Columns that give the largest cells for `count` cells in `available` space (exposed for
    // tests); prefers ceil(sqrt(count)) unless another shape is clearly better.
    static int bestColumns(int count, const QSize &available, double aspect, int chromeWidth,
                           int chromeHeight, int *cellWidth = nullptr);

Q_SIGNALS:
    void openRequested(const QString &key);
    void saveRequested(const QString &key);
    void winnerChanged(const QString &key);
    // The context menu of a cell (right click, the Menu key, Shift+F10), at `globalPos`.
    void contextMenuRequested(const QString &key, const QPoint &globalPos);
    // A cell got its result image (what was drawn over the previous one is gone).
    void cellResultSet(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    CompareCell *createCell(const QString &key, const QString &modelTitle, const QString &provider);
    void relayout();
    void updateEmptyLabel();
    void onStarClicked(const QString &key);

    void placeHeader();

    QWidget *m_container = nullptr;
    QWidget *m_header = nullptr;
    QStringList m_added;
    QLabel *m_emptyLabel = nullptr;
    QList<CompareCell *> m_cells;
    QHash<QString, CompareCell *> m_byKey;
    QString m_winner;
    double m_aspect = 1.0;
    int m_columns = 0;
    int m_rows = 0;
    bool m_inLayout = false;
};
