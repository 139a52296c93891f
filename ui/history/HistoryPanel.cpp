#include "ui/history/HistoryPanel.h"

#include "core/wiki/Commons.h"
#include "core/wiki/History.h"
#include "ui/ErrorMessage.h"
#include "ui/Icons.h"
#include "ui/editor/PageEditor.h"
#include "ui/history/DiffView.h"
#include "ui/history/HistoryItemDelegate.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/RelativeTime.h"
#include "ui/history/SelectionDiff.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cp {

HistoryPanel::HistoryPanel(Scope scope, PageEditor* editor, QWidget* parent)
    : QWidget(parent), m_scope(scope), m_editor(editor), m_title(new QLabel(this)), m_list(new QTreeView(this)),
      m_model(new HistoryModel(this)), m_compareLabel(new QLabel(this)), m_compare(new QComboBox(this)),
      m_restore(new QPushButton(this)), m_status(new QLabel(this)), m_diff(new DiffView(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(scope == Scope::Page ? QStringLiteral("pageHistoryPanel") : QStringLiteral("commonsHistoryPanel"));
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(HistoryModel::WhenColumn, scope == Scope::Page ? 100 : 130);
    m_list->header()->resizeSection(HistoryModel::AuthorColumn, scope == Scope::Page ? 100 : 150);
    m_list->header()->resizeSection(HistoryModel::SignatureColumn, scope == Scope::Page ? 110 : 140);
    m_list->header()->resizeSection(HistoryModel::ReviewColumn, 170);
    if (scope == Scope::Page) {
        // A narrow dock: one column, each version in two lines.
        m_list->setHeaderHidden(true);
        for (int column = HistoryModel::AuthorColumn; column < HistoryModel::ColumnCount; ++column)
            m_list->setColumnHidden(column, true);
        m_list->setItemDelegateForColumn(HistoryModel::WhenColumn, new HistoryItemDelegate(m_list));
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        const int row = 2 * fontMetrics().height() + 10;
        m_list->setMinimumHeight(3 * row + 2 * m_list->frameWidth()); // three versions at least
    }
    m_compare->setObjectName(QStringLiteral("compareWith"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_compareLabel->setBuddy(m_compare);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setIcon(icons::themed(QStringLiteral("document-revert")));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);

    auto* top = new QWidget(m_splitter);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->setContentsMargins(0, 0, 0, 0);
    restoreRow->addWidget(m_status, 1);
    restoreRow->addWidget(m_restore);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    topLayout->addWidget(m_list, 1);
    topLayout->addLayout(restoreRow);

    auto* bottom = new QWidget(m_splitter);
    auto* compareRow = new QHBoxLayout;
    compareRow->setContentsMargins(4, 4, 4, 0);
    compareRow->addWidget(m_compareLabel);
    compareRow->addWidget(m_compare);
    compareRow->addStretch(1);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(2);
    bottomLayout->addLayout(compareRow);
    bottomLayout->addWidget(m_diff, 1);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);

    if (scope == Scope::Commons) {
        m_compareLabel->hide();
        m_compare->hide();
        m_restore->hide();
    }
    connect(m_reloadTimer, &QTimer::timeout, this, &HistoryPanel::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelectionDiff();
        updateState();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, &HistoryPanel::showSelectionDiff);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restoreSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::afterRowsLoaded);
    connect(m_model, &HistoryModel::scanningChanged, this, &HistoryPanel::updateState);
    connect(m_model, &HistoryModel::failed, this, &HistoryPanel::updateState);
    if (m_editor) {
        connect(m_editor, &PageEditor::pageChanged, this, &HistoryPanel::followEditor);
        connect(m_editor, &PageEditor::saved, this, &HistoryPanel::followEditor); // a new page's first save
        connect(m_editor, &PageEditor::modificationChanged, this, &HistoryPanel::updateState);
    }
    retranslate();
}

void HistoryPanel::setCommons(Commons* commons)
{
    if (m_commons)
        disconnect(m_commons, nullptr, this, nullptr);
    m_commons = commons;
    m_page = {};
    m_reselect.clear();
    m_model->setSource(nullptr);
    if (m_commons)
        connect(m_commons, &Commons::headChanged, this, &HistoryPanel::scheduleReload);
    if (m_scope == Scope::Page && m_editor)
        followEditor();
    scheduleReload();
}

void HistoryPanel::followEditor()
{
    setPage(m_editor && !m_editor->isNewPage() ? m_editor->page() : PageName());
}

void HistoryPanel::setPage(const PageName& page)
{
    if (page == m_page)
        return;
    m_page = page;
    m_reselect.clear();
    scheduleReload();
}

void HistoryPanel::scheduleReload()
{
    if (m_reselect.isEmpty()) {
        // Keep the selection across the reload, unless it is the newest version:
        // then the newest stays selected, whatever it is after the change.
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (!(rows.size() == 1 && rows.first().row() == 0)) {
            for (const HistoryEntry& e : selectedEntries())
                m_reselect.append(e.commit);
        }
    }
    m_stale = true;
    if (isVisible())
        m_reloadTimer->start();
}

void HistoryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reloadTimer->start();
}

void HistoryPanel::reload()
{
    m_stale = false;
    const bool hasSubject = m_commons && (m_scope == Scope::Commons || m_page.isValid());
    // The model keeps its signature answers while the commons stays the same.
    m_model->setSource(hasSubject ? m_commons.data() : nullptr, m_scope == Scope::Page ? m_page : PageName());
    retranslate();
    afterRowsLoaded();
    if (m_list->selectionModel()->selectedRows().isEmpty())
        showSelectionDiff();
    updateState();
}

void HistoryPanel::afterRowsLoaded()
{
    QItemSelectionModel* selection = m_list->selectionModel();
    if (!m_reselect.isEmpty()) {
        QItemSelection rows;
        for (const git::Oid& oid : std::as_const(m_reselect)) {
            if (const int row = m_model->rowOf(oid); row >= 0)
                rows.select(m_model->index(row, 0), m_model->index(row, HistoryModel::ColumnCount - 1));
        }
        if (!rows.isEmpty()) {
            m_reselect.clear();
            selection->select(rows, QItemSelectionModel::ClearAndSelect);
            selection->setCurrentIndex(rows.first().topLeft(), QItemSelectionModel::NoUpdate);
            return;
        }
        if (!m_model->atEnd() && m_model->isScanning())
            return; // may come in a later step
        m_reselect.clear();
    }
    if (selection->selectedRows().isEmpty() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0)); // the newest version, by default
}

QList<HistoryEntry> HistoryPanel::selectedEntries() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<HistoryEntry> out;
    if (!rows.isEmpty())
        out.append(m_model->entry(rows.first()));
    if (rows.size() > 1)
        out.append(m_model->entry(rows.last())); // the newest and the oldest selected
    return out;
}

void HistoryPanel::showSelectionDiff()
{
    const QList<HistoryEntry> selected = selectedEntries();
    History* history = m_model->history();
    if (selected.isEmpty() || !history) {
        if (m_scope == Scope::Page && m_editor && m_editor->hasPage() && m_editor->isNewPage())
            m_diff->showMessage(tr("This page is not saved yet, so it has no history."));
        else if (m_model->rowCount() == 0 && !m_model->isScanning())
            m_diff->showMessage(m_scope == Scope::Page && !m_page.isValid() ? tr("Open a page to see its history.")
                                                                            : QString());
        else
            m_diff->showMessage(tr("Select a version to see what changed; select two to compare them."));
        return;
    }
    auto outcome = m_scope == Scope::Page
                       ? SelectionDiff::forPage(*history, m_page, selected, m_compare->currentIndex() == 1)
                       : SelectionDiff::forCommons(*history, selected);
    if (!outcome) {
        m_diff->showMessage(tr("Could not show the changes: %1").arg(outcome.error().message));
        return;
    }
    if (outcome->sections.isEmpty()) {
        m_diff->showMessage(tr("This change touched no page (only settings or attachments)."));
        return;
    }
    QString note;
    if (outcome->omitted == 1)
        note = tr("One more page changed, not shown here.");
    else if (outcome->omitted > 1)
        note = tr("%n more pages changed, not shown here.", nullptr, outcome->omitted);
    m_diff->showSections(outcome->sections, note);
}

void HistoryPanel::updateState()
{
    const QList<HistoryEntry> selected = selectedEntries();
    const bool one = selected.size() == 1;
    m_compare->setEnabled(one);
    m_restore->setEnabled(one && selected.first().change != HistoryEntry::Change::Removed && m_model->history());
    QString status;
    if (!m_model->errorText().isEmpty())
        status = tr("Could not read the history: %1").arg(m_model->errorText());
    else if (m_model->isScanning())
        status = tr("Looking through older changes…");
    else if (m_model->rowCount() == 0 && m_model->history() && m_model->atEnd())
        status = tr("No saved versions yet.");
    m_status->setText(status);
}

void HistoryPanel::restoreSelected()
{
    const QList<HistoryEntry> selected = selectedEntries();
    if (m_scope != Scope::Page || selected.size() != 1 || !m_page.isValid())
        return;
    const HistoryEntry entry = selected.first();
    // Unsaved text in the editor is the person's to save or drop first.
    if (m_editor && m_editor->page() == m_page)
        m_editor->settle([this, entry] { confirmRestore(entry); });
    else
        confirmRestore(entry);
}

void HistoryPanel::confirmRestore(const HistoryEntry& entry)
{
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Restore Version"),
                        tr("Restore “%1” as it was %2?")
                            .arg(m_page.title(), RelativeTime::describe(entry.time, QDateTime::currentDateTime())),
                        QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("restoreConfirmation"));
    box->setInformativeText(tr("The text of that version (by %1, “%2”) is saved as a new version, signed by you. "
                               "Nothing in the history is lost.")
                                .arg(entry.author, entry.summary));
    QPushButton* restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreChoice"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("restoreCancel"));
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, entry](auto* button) {
        if (button == restore)
            this->restore(entry);
    });
    box->open();
}

void HistoryPanel::restore(const HistoryEntry& entry)
{
    History* history = m_model->history();
    if (!history || !m_page.isValid())
        return;
    if (m_editor && m_editor->page() == m_page && m_editor->isModified()) {
        showError(window(), tr("Could not restore “%1”.").arg(m_page.title()),
                  Error::conflict(tr("The page has unsaved changes again. Save or discard them first.")));
        return;
    }
    auto commit = history->restore(m_page, entry.commit.toHex(), {}, entry.path);
    if (!commit) {
        showError(window(), tr("Could not restore “%1”.").arg(m_page.title()), commit.error());
        return;
    }
    // The restored version becomes the newest, and is selected as such.
    m_list->selectionModel()->clear();
    m_reselect.clear();
    if (m_editor && m_editor->page() == m_page) {
        if (auto reopened = m_editor->openPage(m_page); !reopened)
            showError(window(), tr("Could not open “%1”.").arg(m_page.title()), reopened.error());
    }
    emit pageRestored(m_page, *commit);
}

void HistoryPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HistoryPanel::retranslate()
{
    if (m_scope == Scope::Page)
        m_title->setText(m_page.isValid() ? tr("History of “%1”").arg(m_page.title()) : tr("Page history"));
    else
        m_title->setText(m_commons ? tr("Every change in “%1”").arg(m_commons->info().name) : QString());
    m_compareLabel->setText(tr("&Compare with:"));
    const int compare = std::max(0, m_compare->currentIndex());
    m_compare->blockSignals(true);
    m_compare->clear();
    m_compare->addItem(tr("the version before"));
    m_compare->addItem(tr("the page as saved now"));
    m_compare->setCurrentIndex(compare);
    m_compare->blockSignals(false);
    m_restore->setText(tr("Restore This Version…"));
    m_restore->setToolTip(tr("Save the selected version's text as the page's newest version"));
    updateState();
}

} // namespace cp
