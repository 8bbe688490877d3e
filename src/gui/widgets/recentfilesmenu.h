#pragma once

#include <QMenu>
#include <QString>
#include <QStringList>

// "Open Recent": the last sketches the user opened (newest first, at most MaxFiles, stored in
// QSettings under "Files/Recent"), numbered with mnemonics, missing files disabled, and
// "Clear List". Choosing an entry emits fileRequested().
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFilesMenu(const QString &title, QWidget *parent = nullptr);
    ~RecentFilesMenu() override;

    QStringList files() const;
    // Moves `path` to the top (adding it when new) and drops the oldest beyond MaxFiles.
    void addFile(const QString &path);
    void clearFiles();

Q_SIGNALS:
    void fileRequested(const QString &path);

private:
    void rebuild();
};
