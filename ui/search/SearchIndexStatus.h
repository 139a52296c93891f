#pragma once

#include "core/wiki/WikiIndex.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cp {

// What the search index is doing when it cannot answer yet: "Building the search
// index… 1,200 of 10,000 pages" with a progress bar and Cancel, or why it needs
// building with a Rebuild button. Hidden while the index is ready.
class SearchIndexStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SearchIndexStatus(QWidget* parent = nullptr);

    void setIndex(WikiIndex* index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showProgress(int done, int total);
    void showFinished(bool ok, const QString& message);

    QPointer<WikiIndex> m_index;
    QString m_failure;
    int m_done = 0;
    int m_total = 0;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_rebuild;
};

} // namespace cp
