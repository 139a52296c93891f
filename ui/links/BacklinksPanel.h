#pragma once

#include "core/wiki/PageName.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace cp {

class WikiIndex;

// The links around the open page, from the index: the pages that link to it (a
// click opens one) and, below, the links it makes to pages that do not exist yet
// (a click offers to start one). Follows the index as pages are saved.
class BacklinksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BacklinksPanel(QWidget* parent = nullptr);

    void setIndex(WikiIndex* index);
    void setPage(const PageName& page);

    [[nodiscard]] QListWidget* backlinks() const { return m_backlinks; }
    [[nodiscard]] QListWidget* missingLinks() const { return m_missing; }

signals:
    void pageActivated(const cp::PageName& page);
    void missingPageActivated(const QString& title);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();
    void activate(QListWidgetItem* item);

    QPointer<WikiIndex> m_index;
    PageName m_page;
    QLabel* m_backlinksHeading;
    QListWidget* m_backlinks;
    QLabel* m_empty;
    QLabel* m_missingHeading;
    QListWidget* m_missing;
    QListWidgetItem* m_lastActivated = nullptr;
    QElapsedTimer m_sinceActivation;
};

} // namespace cp
