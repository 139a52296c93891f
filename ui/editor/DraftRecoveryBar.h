#pragma once

#include "core/wiki/DraftStore.h"
#include "ui/InfoBar.h"

#include <optional>

namespace cp {

class Commons;
class PageEditor;

// Offers the text that was being written when the app last stopped without saving
// (a crash, a kill, a power cut): when a page opens and its draft holds other text
// than the page, "Unsaved text of this page from <time> was kept." with Recover
// (puts the draft in the editor, unsaved) and Discard (deletes the draft).
class DraftRecoveryBar : public InfoBar
{
    Q_OBJECT
public:
    explicit DraftRecoveryBar(PageEditor* editor);

    void setCommons(Commons* commons);
    // Looks for a draft of the page in the editor now.
    void check();

signals:
    void recovered(const cp::PageName& page);

protected:
    void changeEvent(QEvent* event) override;

private:
    void recover();
    void discard();
    void retranslate();
    [[nodiscard]] bool pageMovedOn(const Draft& draft) const;

    PageEditor* m_editor;
    Commons* m_commons = nullptr;
    std::optional<DraftStore> m_store;
    std::optional<Draft> m_draft;
    bool m_movedOn = false;
    QPushButton* m_recover;
    QPushButton* m_discard;
};

} // namespace cp
