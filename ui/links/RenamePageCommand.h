#pragma once

#include "core/wiki/PageName.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace cp {

class Commons;
class WikiIndex;

// Renaming a page (F2): asks for the new title, and when other pages link to the
// page asks "Also update N links in M pages?"; then renames through PageRenamer,
// the links and the page in one commit. Without a ready index it renames only and
// says that the links were left as they were.
class RenamePageCommand : public QObject
{
    Q_OBJECT
public:
    explicit RenamePageCommand(QWidget* window);

    void setCommons(Commons* commons, WikiIndex* index);
    void rename(const PageName& page);

    // How many links to `oldTitle` `markdown` (the text of page `pageTitle`) holds:
    // the links a rename would rewrite.
    [[nodiscard]] static int countLinks(const QString& markdown, const QString& pageTitle, const QString& oldTitle);

signals:
    void renamed(const cp::PageName& from, const cp::PageName& to, const QStringList& updatedPages);
    // A short note for the status bar.
    void message(const QString& text);

private:
    void askAboutLinks(const PageName& from, const PageName& to, const QStringList& linking);
    void perform(const PageName& from, const PageName& to, bool updateLinks);

    QWidget* m_window;
    Commons* m_commons = nullptr;
    QPointer<WikiIndex> m_index;
};

} // namespace cp
