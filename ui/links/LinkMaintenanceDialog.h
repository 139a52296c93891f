#pragma once

#include "core/wiki/PageName.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QTabWidget;
class QTreeWidget;

namespace cp {

class WikiIndex;

// The commons' loose ends, from the link graph: pages that no other page links
// to (orphans), and titles that are linked to but name no page (missing pages),
// each with the pages that link to it. Stays open beside the window and follows
// the index; activating an entry opens the page (or offers to start a missing one).
class LinkMaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LinkMaintenanceDialog(QWidget* parent = nullptr);

    void setIndex(WikiIndex* index);
    [[nodiscard]] QListWidget* orphans() const { return m_orphans; }
    [[nodiscard]] QTreeWidget* missing() const { return m_missing; }

signals:
    void pageActivated(const cp::PageName& page);
    void missingPageActivated(const QString& title);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void retranslate();

    QPointer<WikiIndex> m_index;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QListWidget* m_orphans;
    QTreeWidget* m_missing;
    int m_orphanCount = 0;
    int m_missingCount = 0;
};

} // namespace cp
