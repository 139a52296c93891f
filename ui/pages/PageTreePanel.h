#pragma once

#include "core/wiki/PageName.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace cp {

class Commons;
class PageTreeModel;

// The left side of the window: the commons' name, a filter box and the tree of pages.
// Follows the page store's changes by itself.
class PageTreePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PageTreePanel(QWidget* parent = nullptr);

    void setCommons(Commons* commons);
    // Marks `page` as the current one without opening it again.
    void selectPage(const PageName& page);
    void focusFilter();
    // The tree, so the window can add its page actions to the context menu.
    [[nodiscard]] QTreeView* tree() const { return m_tree; }

signals:
    void pageActivated(const cp::PageName& page);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void applyFilter(const QString& text);
    void activate(const QModelIndex& proxyIndex);
    void retranslate();

    Commons* m_commons = nullptr;
    PageName m_current;
    QLabel* m_name;
    QLabel* m_description;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    PageTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace cp
