#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cp {

class MergeResolution;

// Resolves an approval that stopped on conflicts, page by page: my text and theirs
// side by side (read-only) and an editor holding the merged text with the conflict
// markers. "Use mine", "Use theirs" or "Use edited text" settle a page; Commit is
// enabled only once every page is settled and then makes the signed merge. Cancel
// forgets everything: my view stays as it was.
class ConflictResolutionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictResolutionDialog(std::shared_ptr<MergeResolution> resolution, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* pages() const { return m_pages; }
    [[nodiscard]] QPlainTextEdit* mergedEditor() const { return m_merged; }
    [[nodiscard]] QPushButton* commitButton() const { return m_commit; }
    [[nodiscard]] QPushButton* useMineButton() const { return m_useMine; }
    [[nodiscard]] QPushButton* useTheirsButton() const { return m_useTheirs; }
    [[nodiscard]] QPushButton* useEditedButton() const { return m_useEdited; }

private:
    void showPage(int row);
    void resolveCurrent(const QString& text);
    void commitMerge();
    void cancelMerge();
    void updateState();
    [[nodiscard]] QString currentPath() const;

    std::shared_ptr<MergeResolution> m_resolution;
    QListWidget* m_pages;
    QPlainTextEdit* m_mine;
    QPlainTextEdit* m_theirs;
    QPlainTextEdit* m_merged;
    QPushButton* m_useMine;
    QPushButton* m_useTheirs;
    QPushButton* m_useEdited;
    QPushButton* m_commit;
    QLabel* m_status;
};

} // namespace cp
