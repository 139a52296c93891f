#include "ui/pages/PageCommands.h"

#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "ui/ErrorMessage.h"
#include "ui/pages/PageNameDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace cp {

PageCommands::PageCommands(QWidget* window) : QObject(window), m_window(window) {}

void PageCommands::setCommons(Commons* commons)
{
    m_commons = commons;
}

bool PageCommands::exists(const PageName& page) const
{
    return m_commons && m_commons->pages().exists(page);
}

void PageCommands::newPage(const QString& prefill)
{
    if (!m_commons)
        return;
    auto* dialog = new PageNameDialog(tr("New page"), tr("&Title of the new page:"), tr("Create"),
                                      [this](const PageName& page) { return exists(page); }, m_window);
    dialog->setTitle(prefill);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit newPageChosen(dialog->pageName()); });
    dialog->open();
}

void PageCommands::offerToCreate(const QString& title)
{
    auto name = PageName::fromTitle(title);
    if (!name) {
        showError(m_window, tr("This link does not name a page that can exist."), name.error());
        return;
    }
    if (exists(*name)) {
        emit newPageChosen(*name);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("New page"),
                                tr("There is no page called “%1” yet.").arg(name->title()), QMessageBox::NoButton,
                                m_window);
    box->setObjectName(QStringLiteral("createPagePrompt"));
    box->setInformativeText(tr("Start writing it now? It is added to the commons when you save it."));
    QPushButton* create = box->addButton(tr("Create Page"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("createChoice"));
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(create);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, create, page = *name](auto* button) {
        if (button == create)
            emit newPageChosen(page);
    });
    box->open();
}

void PageCommands::rename(const PageName& page)
{
    if (!m_commons || !page.isValid())
        return;
    auto* dialog = new PageNameDialog(tr("Rename Page"), tr("&New title for “%1”:").arg(page.title()), tr("Rename"),
                                      [this](const PageName& other) { return exists(other); }, m_window);
    dialog->setTitle(page.title());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, page] {
        if (!m_commons)
            return;
        const PageName target = dialog->pageName();
        if (auto done = m_commons->pages().rename(page, target); !done)
            showError(m_window, tr("Could not rename “%1”.").arg(page.title()), done.error());
    });
    dialog->open();
}

void PageCommands::remove(const PageName& page)
{
    if (!m_commons || !page.isValid())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete Page"), tr("Delete “%1”?").arg(page.title()),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("The page leaves the commons. Its earlier versions stay in the history."));
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteChoice"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, page](auto* button) {
        if (button != remove || !m_commons)
            return;
        if (auto done = m_commons->pages().remove(page); !done)
            showError(m_window, tr("Could not delete “%1”.").arg(page.title()), done.error());
    });
    box->open();
}

} // namespace cp
