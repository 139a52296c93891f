#include "ui/external/ExternalChangesDialog.h"

#include "core/wiki/Commons.h"
#include "ui/ErrorMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

} // namespace

ExternalChangesDialog::ExternalChangesDialog(Commons& commons, const QList<ExternalChange>& changes, QWidget* parent)
    : QDialog(parent), m_commons(commons), m_list(new QListWidget(this)), m_summary(new QLineEdit(this)),
      m_commit(new QPushButton(tr("Commit"), this)), m_discard(new QPushButton(tr("Discard…"), this))
{
    setObjectName(QStringLiteral("externalChangesDialog"));
    setWindowTitle(tr("Changes Made Outside Commonplace"));
    m_list->setObjectName(QStringLiteral("externalChangesList"));
    m_summary->setObjectName(QStringLiteral("externalSummaryEdit"));
    m_summary->setPlaceholderText(tr("Optional: what changed, for the history"));
    m_commit->setObjectName(QStringLiteral("commitTickedButton"));
    m_discard->setObjectName(QStringLiteral("discardTickedButton"));

    for (const ExternalChange& change : changes) {
        auto* item =
            new QListWidgetItem(describe(change.kind).arg(change.isPage() ? change.page.title() : change.path), m_list);
        item->setData(kPathRole, change.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }

    auto* intro = new QLabel(tr("Another program changed these files in the commons' folder. Commit the ticked "
                                "ones to keep them in the history, or discard them to go back to the last commit."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_commit, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Summary:"), m_summary);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(m_list, &QListWidget::itemChanged, this, &ExternalChangesDialog::updateButtons);
    connect(m_commit, &QPushButton::clicked, this, &ExternalChangesDialog::commitTicked);
    connect(m_discard, &QPushButton::clicked, this, &ExternalChangesDialog::discardTicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString ExternalChangesDialog::describe(ExternalChange::Kind kind)
{
    switch (kind) {
    case ExternalChange::Kind::Added:
        return tr("Added: %1");
    case ExternalChange::Kind::Modified:
        return tr("Changed: %1");
    case ExternalChange::Kind::Removed:
        return tr("Removed: %1");
    case ExternalChange::Kind::Conflicted:
        return tr("In conflict: %1");
    }
    return QStringLiteral("%1");
}

QStringList ExternalChangesDialog::ticked() const
{
    QStringList paths;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            paths.append(m_list->item(row)->data(kPathRole).toString());
    }
    return paths;
}

void ExternalChangesDialog::updateButtons()
{
    const bool any = !ticked().isEmpty();
    m_commit->setEnabled(any);
    m_discard->setEnabled(any);
}

void ExternalChangesDialog::commitTicked()
{
    const QStringList paths = ticked();
    if (paths.isEmpty())
        return;
    if (auto committed = ExternalEdits(m_commons).commit(m_summary->text().trimmed(), paths); !committed) {
        showError(this, tr("Could not commit the changes."), committed.error());
        return;
    }
    accept();
}

void ExternalChangesDialog::discardTicked()
{
    const QStringList paths = ticked();
    if (paths.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Discard Outside Changes"),
                                paths.size() == 1
                                    ? tr("Throw away the outside changes to this file?")
                                    : tr("Throw away the outside changes to %n files?", nullptr, int(paths.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardExternalPrompt"));
    box->setInformativeText(tr("Changed and removed files get their last committed version back; added files are "
                               "deleted. This cannot be undone."));
    QPushButton* discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardExternalChoice"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard, paths](QAbstractButton* button) {
        if (button != discard)
            return;
        if (auto done = ExternalEdits(m_commons).discard(paths); !done) {
            showError(this, tr("Could not discard the changes."), done.error());
            return;
        }
        accept();
    });
    box->open();
}

} // namespace cp
