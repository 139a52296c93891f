#pragma once

#include "core/wiki/PageName.h"

#include <QHash>
#include <QStandardItemModel>

namespace cp {

// The pages of a commons as a tree: folders (namespaces) first, then pages, each
// group in the reading order of the person's language.
class PageTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        TitleRole = Qt::UserRole + 1, // a page's full title ("Folder/Page"); empty for folders
        FolderRole,                   // a folder's full path ("Folder/Sub"); empty for pages
    };

    explicit PageTreeModel(QObject* parent = nullptr);

    void setPages(const QList<PageName>& pages);
    [[nodiscard]] QModelIndex indexOf(const PageName& page) const;
    [[nodiscard]] static PageName pageAt(const QModelIndex& index);

private:
    QStandardItem* folderItem(const QString& path);

    QHash<QString, QStandardItem*> m_folders;
    QHash<QString, QStandardItem*> m_pages;
};

} // namespace cp
