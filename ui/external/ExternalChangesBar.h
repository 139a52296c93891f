#pragma once

#include "core/wiki/ExternalEdits.h"
#include "ui/InfoBar.h"

#include <QPointer>

namespace cp {

class Commons;
class PageEditor;
class WorkingTreeWatcher;

// "3 pages changed outside Commonplace. Review… Commit": shown while the commons'
// folder holds edits that another program made and no commit has. Keeps the open
// page in step: reloaded from disk when the editor holds no edits of its own, never
// touched when it does (saving then asks how to keep both).
class ExternalChangesBar : public InfoBar
{
    Q_OBJECT
public:
    explicit ExternalChangesBar(PageEditor* editor);

    void setCommons(Commons* commons, WorkingTreeWatcher* watcher);
    [[nodiscard]] const QList<ExternalChange>& changes() const { return m_changes; }

signals:
    void reviewRequested();
    // The open page was read again from disk after another program changed it.
    void pageReloaded(const cp::PageName& page);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update(const QList<ExternalChange>& changes);
    void followOpenPage();
    void commitAll();
    void retranslate();

    PageEditor* m_editor;
    Commons* m_commons = nullptr;
    QPointer<WorkingTreeWatcher> m_watcher;
    QList<ExternalChange> m_changes;
    QPushButton* m_review;
    QPushButton* m_commit;
};

} // namespace cp
