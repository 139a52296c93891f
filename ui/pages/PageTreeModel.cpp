#include "ui/pages/PageTreeModel.h"

#include "ui/Icons.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace cp {

PageTreeModel::PageTreeModel(QObject* parent) : QStandardItemModel(parent) {}

void PageTreeModel::setPages(const QList<PageName>& pages)
{
    clear();
    m_folders.clear();
    m_pages.clear();

    // The C locale has no collation (and no numeric order): English stands in for it.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    // Sorting the titles with folders before pages in each folder: compare segment by
    // segment; at the first difference a segment that is a folder (more follow) comes first.
    QList<QStringList> sorted;
    sorted.reserve(pages.size());
    for (const PageName& page : pages)
        sorted.append(page.title().split(u'/'));
    std::sort(sorted.begin(), sorted.end(), [&collator](const QStringList& a, const QStringList& b) {
        const qsizetype common = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < common; ++i) {
            const bool aFolder = i + 1 < a.size();
            const bool bFolder = i + 1 < b.size();
            if (a[i] == b[i] && aFolder == bFolder)
                continue;
            if (aFolder != bFolder)
                return aFolder;
            const int order = collator.compare(a[i], b[i]);
            return order != 0 ? order < 0 : a[i] < b[i];
        }
        return a.size() < b.size();
    });

    const QIcon pageIcon = icons::themed(QStringLiteral("text-x-generic"));
    for (const QStringList& segments : sorted) {
        const QString title = segments.join(u'/');
        auto* item = new QStandardItem(pageIcon, segments.last());
        item->setEditable(false);
        item->setData(title, TitleRole);
        item->setToolTip(title);
        QStandardItem* parent = segments.size() > 1 ? folderItem(segments.mid(0, segments.size() - 1).join(u'/'))
                                                    : invisibleRootItem();
        parent->appendRow(item);
        m_pages.insert(title, item);
    }
}

QStandardItem* PageTreeModel::folderItem(const QString& path)
{
    if (QStandardItem* existing = m_folders.value(path))
        return existing;
    const qsizetype slash = path.lastIndexOf(u'/');
    QStandardItem* parent = slash < 0 ? invisibleRootItem() : folderItem(path.left(slash));
    auto* item = new QStandardItem(icons::themed(QStringLiteral("folder")), path.mid(slash + 1));
    item->setEditable(false);
    item->setData(path, FolderRole);
    item->setToolTip(path);
    parent->appendRow(item);
    m_folders.insert(path, item);
    return item;
}

QModelIndex PageTreeModel::indexOf(const PageName& page) const
{
    const QStandardItem* item = m_pages.value(page.title());
    return item ? item->index() : QModelIndex();
}

PageName PageTreeModel::pageAt(const QModelIndex& index)
{
    const QString title = index.data(TitleRole).toString();
    if (title.isEmpty())
        return {};
    auto name = PageName::fromTitle(title);
    return name ? *name : PageName();
}

} // namespace cp
