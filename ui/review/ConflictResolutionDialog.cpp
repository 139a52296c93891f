#include "ui/review/ConflictResolutionDialog.h"

#include "core/review/MergeResolution.h"
#include "ui/ErrorMessage.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace cp {

namespace {

QPlainTextEdit* textPane(QWidget* parent, const QString& name, bool readOnly)
{
    auto* pane = new QPlainTextEdit(parent);
    pane->setObjectName(name);
    pane->setReadOnly(readOnly);
    pane->setTabChangesFocus(true);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return pane;
}

QWidget* titled(QWidget* parent, const QString& title, QWidget* content)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content);
    return box;
}

} // namespace

ConflictResolutionDialog::ConflictResolutionDialog(std::shared_ptr<MergeResolution> resolution, QWidget* parent)
    : QDialog(parent), m_resolution(std::move(resolution)), m_pages(new QListWidget(this)),
      m_mine(textPane(this, QStringLiteral("conflictMine"), true)),
      m_theirs(textPane(this, QStringLiteral("conflictTheirs"), true)),
      m_merged(textPane(this, QStringLiteral("conflictMerged"), false)),
      m_useMine(new QPushButton(tr("Use &Mine"), this)), m_useTheirs(new QPushButton(tr("Use &Theirs"), this)),
      m_useEdited(new QPushButton(tr("Use &Edited Text"), this)), m_commit(new QPushButton(tr("&Commit Merge"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictResolutionDialog"));
    setWindowTitle(tr("Resolve Conflicts"));
    m_pages->setObjectName(QStringLiteral("conflictPages"));
    m_commit->setObjectName(QStringLiteral("conflictCommit"));
    for (const QString& path : m_resolution->paths())
        m_pages->addItem(path);

    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(titled(sides, tr("Mine"), m_mine));
    sides->addWidget(titled(sides, tr("Theirs"), m_theirs));
    auto* panes = new QSplitter(Qt::Vertical, this);
    panes->addWidget(sides);
    panes->addWidget(titled(panes, tr("Merged text (edit it, then use it):"), m_merged));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_commit, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_useMine);
    choices->addWidget(m_useTheirs);
    choices->addWidget(m_useEdited);
    choices->addStretch();

    auto* layout = new QGridLayout(this);
    layout->addWidget(titled(this, tr("Conflicting pages:"), m_pages), 0, 0, 2, 1);
    layout->addWidget(panes, 0, 1);
    layout->addLayout(choices, 1, 1);
    layout->addWidget(m_status, 2, 0, 1, 2);
    layout->addWidget(buttons, 3, 0, 1, 2);
    layout->setColumnStretch(1, 3);

    connect(m_pages, &QListWidget::currentRowChanged, this, &ConflictResolutionDialog::showPage);
    connect(m_useMine, &QPushButton::clicked, this, [this] { resolveCurrent(m_mine->toPlainText()); });
    connect(m_useTheirs, &QPushButton::clicked, this, [this] { resolveCurrent(m_theirs->toPlainText()); });
    connect(m_useEdited, &QPushButton::clicked, this, [this] { resolveCurrent(m_merged->toPlainText()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictResolutionDialog::commitMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictResolutionDialog::cancelMerge);
    m_pages->setCurrentRow(0);
    resize(900, 600);
    updateState();
}

QString ConflictResolutionDialog::currentPath() const
{
    QListWidgetItem* item = m_pages->currentItem();
    return item ? item->text() : QString();
}

void ConflictResolutionDialog::showPage(int row)
{
    if (row < 0)
        return;
    const QString path = m_pages->item(row)->text();
    m_mine->setPlainText(m_resolution->mine(path).value_or(QString()));
    m_theirs->setPlainText(m_resolution->theirs(path).value_or(QString()));
    m_merged->setPlainText(m_resolution->merged(path));
}

void ConflictResolutionDialog::resolveCurrent(const QString& text)
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    if (Status done = m_resolution->resolve(path, text); !done) {
        showError(this, tr("Could not use this text for %1.").arg(path), done.error());
        return;
    }
    m_merged->setPlainText(text);
    updateState();
    // On to the next page that still needs a decision.
    for (int row = 0; row < m_pages->count(); ++row) {
        if (!m_resolution->isResolved(m_pages->item(row)->text())) {
            m_pages->setCurrentRow(row);
            break;
        }
    }
}

void ConflictResolutionDialog::updateState()
{
    int open = 0;
    for (int row = 0; row < m_pages->count(); ++row) {
        QListWidgetItem* item = m_pages->item(row);
        const bool resolved = m_resolution->isResolved(item->text());
        item->setIcon(style()->standardIcon(resolved ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        item->setToolTip(resolved ? tr("Resolved") : tr("Not resolved yet"));
        open += resolved ? 0 : 1;
    }
    m_commit->setEnabled(m_resolution->isComplete());
    m_status->setText(open == 0 ? tr("Every page is resolved: commit the merge.")
                                : tr("%n page(s) still to resolve.", nullptr, open));
}

void ConflictResolutionDialog::commitMerge()
{
    if (!m_resolution->isComplete())
        return;
    auto head = m_resolution->commit();
    if (!head) {
        showError(this, tr("Could not commit the merge."), head.error());
        return;
    }
    accept();
}

void ConflictResolutionDialog::cancelMerge()
{
    m_resolution->cancel();
    reject();
}

} // namespace cp
