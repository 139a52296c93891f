#pragma once

#include "core/wiki/PageName.h"

#include <QObject>

class QWidget;

namespace cp {

class Commons;

// New, rename and delete: asks what it needs to know in window-modal dialogs
// (which never block the event loop) and changes the commons, one commit each.
// A new page is only chosen here; it is created by its first save.
class PageCommands : public QObject
{
    Q_OBJECT
public:
    explicit PageCommands(QWidget* window);

    void setCommons(Commons* commons);

    // Asks for a title, starting with `prefill` (e.g. the current folder and "/").
    void newPage(const QString& prefill = {});
    // A link led to a page that does not exist: offers to start it.
    void offerToCreate(const QString& title);
    void rename(const PageName& page);
    void remove(const PageName& page);

signals:
    void newPageChosen(const cp::PageName& page);

private:
    [[nodiscard]] bool exists(const PageName& page) const;

    QWidget* m_window;
    Commons* m_commons = nullptr;
};

} // namespace cp
