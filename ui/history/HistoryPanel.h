#pragma once

#include "core/wiki/HistoryEntry.h"
#include "core/wiki/PageName.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;
class QTreeView;

namespace cp {

class Commons;
class DiffView;
class HistoryModel;
class PageEditor;

// A history list with a diff view under it. In Page scope it follows the page
// open in the editor and can restore an old version of it (as a new commit,
// after asking, never over unsaved text without the person's say); in Commons
// scope it lists every commit of the commons and shows every page each changed.
// Select one row to see what that commit did (or, for a page, that version
// against the page as saved now), two rows to compare those two versions.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Page, Commons };

    HistoryPanel(Scope scope, PageEditor* editor, QWidget* parent = nullptr);

    void setCommons(Commons* commons);
    // Page scope: whose history to show (the editor's page, normally).
    void setPage(const PageName& page);

    [[nodiscard]] HistoryModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* list() const { return m_list; }
    [[nodiscard]] DiffView* diffView() const { return m_diff; }
    [[nodiscard]] QList<HistoryEntry> selectedEntries() const;
    // Restores the selected version (Page scope), asking first.
    void restoreSelected();

signals:
    void pageRestored(const cp::PageName& page, const QString& commit);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void followEditor();
    void scheduleReload();
    void reload();
    void afterRowsLoaded();
    void showSelectionDiff();
    void updateState();
    void retranslate();
    void confirmRestore(const HistoryEntry& entry);
    void restore(const HistoryEntry& entry);

    Scope m_scope;
    QPointer<PageEditor> m_editor;
    QPointer<Commons> m_commons;
    PageName m_page;
    bool m_stale = true;
    QList<git::Oid> m_reselect; // rows to select again once a reload has them
    QLabel* m_title;
    QTreeView* m_list;
    HistoryModel* m_model;
    QLabel* m_compareLabel;
    QComboBox* m_compare;
    QPushButton* m_restore;
    QLabel* m_status;
    DiffView* m_diff;
    QSplitter* m_splitter;
    QTimer* m_reloadTimer;
};

} // namespace cp
