#pragma once

#include "core/wiki/PageName.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace cp {

class SearchIndexStatus;
class SearchResultsModel;
class WikiIndex;

// Full-text search over the open commons: a search box, and the pages that match,
// best first, each with a snippet whose matched words are marked. Searches as one
// types (after a short pause); Return or a click opens a page, Down moves into the
// list. While the index is built, the panel shows how far it got.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 150;

    explicit SearchPanel(QWidget* parent = nullptr);

    void setIndex(WikiIndex* index);
    // Puts the cursor in the search box with its text selected.
    void focusSearch();
    // How long typing must pause before a search runs.
    void setDelay(int milliseconds);

    [[nodiscard]] QLineEdit* searchEdit() const { return m_edit; }
    [[nodiscard]] QListView* results() const { return m_results; }
    [[nodiscard]] SearchResultsModel* model() const { return m_model; }

signals:
    void pageActivated(const cp::PageName& page);
    // A search ran (for tests and the status bar): how many pages it found.
    void searched(const QString& text, int found);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void activateRow(int row);
    void retranslate();

    QPointer<WikiIndex> m_index;
    QLineEdit* m_edit;
    SearchIndexStatus* m_status;
    QLabel* m_message;
    QListView* m_results;
    SearchResultsModel* m_model;
    QTimer* m_delay;
};

} // namespace cp
