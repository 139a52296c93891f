#pragma once

#include "core/wiki/DraftStore.h"
#include "core/wiki/PageName.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace cp {

class Commons;
class PageEditor;

// Keeps the editor's unsaved text safe from crashes: a few seconds after the text
// changes (and only if it differs from the page and from the last draft) it is
// written to the commons' DraftStore. Saving the page or discarding the changes
// removes the draft; so does undoing back to the saved text.
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 3000;

    explicit DraftAutosaver(PageEditor* editor, QObject* parent = nullptr);

    void setCommons(Commons* commons);
    // How long after a change the draft is written (tests make it short).
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    [[nodiscard]] int interval() const { return m_timer.interval(); }

    // Writes the draft now when there is something new to keep.
    void saveNow();

signals:
    void draftSaved(const cp::PageName& page);
    // A draft could not be written: `message` says why.
    void failed(const QString& message);

private:
    void pageOpened(const PageName& page);
    void textChanged();
    void forget(const PageName& page);

    PageEditor* m_editor;
    Commons* m_commons = nullptr;
    std::optional<DraftStore> m_store;
    QTimer m_timer;
    PageName m_page;
    QString m_base;
    QString m_lastSaved;
    bool m_wrote = false;
};

} // namespace cp
