#include "ui/links/RenamePageCommand.h"

#include "core/wiki/Commons.h"
#include "core/wiki/LinkRewriter.h"
#include "core/wiki/PageRenamer.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WikiIndex.h"
#include "ui/ErrorMessage.h"
#include "ui/pages/PageNameDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace cp {

RenamePageCommand::RenamePageCommand(QWidget* window) : QObject(window), m_window(window) {}

void RenamePageCommand::setCommons(Commons* commons, WikiIndex* index)
{
    m_commons = commons;
    m_index = index;
}

int RenamePageCommand::countLinks(const QString& markdown, const QString& pageTitle, const QString& oldTitle)
{
    // Rename to a title that cannot occur in the text, in the same folder (so relative
    // links stay relative), and count how often it appears afterwards.
    const QString marker = QStringLiteral("Commonplace-link-count-") + QString::number(qHash(markdown), 36);
    const qsizetype slash = oldTitle.lastIndexOf(u'/');
    const QString newTitle = slash < 0 ? marker : oldTitle.left(slash + 1) + marker;
    const QString rewritten = LinkRewriter::rewrite(markdown, pageTitle, pageTitle, oldTitle, newTitle);
    return int(rewritten.count(marker) - markdown.count(marker));
}

void RenamePageCommand::rename(const PageName& page)
{
    if (!m_commons || !page.isValid())
        return;
    auto exists = [this](const PageName& other) { return m_commons && m_commons->pages().exists(other); };
    auto* dialog = new PageNameDialog(tr("Rename Page"), tr("&New title for “%1”:").arg(page.title()), tr("Rename"),
                                      exists, m_window);
    dialog->setTitle(page.title());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, page] {
        if (!m_commons)
            return;
        const PageName target = dialog->pageName();
        if (!m_index || !m_index->isReady()) {
            perform(page, target, false);
            if (m_commons->pages().exists(target))
                emit message(tr("Links to “%1” were not updated: the search index is not ready.").arg(page.title()));
            return;
        }
        auto linking = PageRenamer(*m_commons, *m_index).linkingPages(page);
        if (!linking || linking->isEmpty()) {
            perform(page, target, false);
            return;
        }
        askAboutLinks(page, target, *linking);
    });
    dialog->open();
}

void RenamePageCommand::askAboutLinks(const PageName& from, const PageName& to, const QStringList& linking)
{
    int links = 0;
    for (const QString& title : linking) {
        auto name = PageName::fromTitle(title);
        auto text = name ? m_commons->pages().read(*name) : Result<QString>(fail(name.error()));
        links += text ? std::max(1, countLinks(*text, title, from.title())) : 1;
    }
    const int pages = int(linking.size());
    auto* box = new QMessageBox(QMessageBox::Question, tr("Rename Page"),
                                tr("Other pages link to “%1”.").arg(from.title()), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("renameLinksPrompt"));
    // English needs its singular spelled out; other languages use the %n forms.
    const QString linkCount = links == 1 ? tr("one link") : tr("%n links", nullptr, links);
    const QString pageCount = pages == 1 ? tr("in one page") : tr("in %n pages", nullptr, pages);
    //: %1 is "one link" or "N links", %2 is "in one page" or "in M pages"
    box->setInformativeText(tr("Also update %1 %2?").arg(linkCount, pageCount) + u' ' +
                            tr("The links and the page change together, in one commit."));
    QStringList shown = linking.mid(0, 12);
    if (linking.size() > shown.size())
        shown.append(tr("…and %n more", nullptr, int(linking.size() - shown.size())));
    box->setDetailedText(shown.join(u'\n'));
    QPushButton* update = box->addButton(tr("Update Links"), QMessageBox::AcceptRole);
    update->setObjectName(QStringLiteral("updateLinksChoice"));
    QPushButton* only = box->addButton(tr("Rename Only"), QMessageBox::DestructiveRole);
    only->setObjectName(QStringLiteral("renameOnlyChoice"));
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(update);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, update, only, from, to](QAbstractButton* button) {
        if (button == update)
            perform(from, to, true);
        else if (button == only)
            perform(from, to, false);
    });
    box->open();
}

void RenamePageCommand::perform(const PageName& from, const PageName& to, bool updateLinks)
{
    if (!m_commons)
        return;
    Result<RenameOutcome> done = fail(Error::internal(tr("The search index is closed.")));
    if (m_index)
        done = PageRenamer(*m_commons, *m_index).rename(from, to, updateLinks);
    else if (auto commit = m_commons->pages().rename(from, to); commit)
        done = RenameOutcome{*commit, {}};
    else
        done = fail(commit.error());
    if (!done) {
        showError(m_window, tr("Could not rename “%1”.").arg(from.title()), done.error());
        return;
    }
    const int updated = int(done->updatedPages.size());
    if (updated == 1)
        emit message(tr("Renamed “%1” and updated the links in one page.").arg(from.title()));
    else if (updated > 1)
        emit message(tr("Renamed “%1” and updated the links in %n pages.", nullptr, updated).arg(from.title()));
    emit renamed(from, to, done->updatedPages);
}

} // namespace cp
