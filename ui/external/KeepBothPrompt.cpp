#include "ui/external/KeepBothPrompt.h"

#include "core/wiki/Commons.h"
#include "core/wiki/ExternalEdits.h"
#include "ui/ErrorMessage.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace cp {

void KeepBothPrompt::ask(QWidget* window, Commons& commons, const PageName& page, const Error& why,
                         std::function<void()> save)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Changed outside Commonplace"),
                                tr("“%1” was changed by another program since you opened it.").arg(page.title()),
                                QMessageBox::NoButton, window);
    box->setObjectName(QStringLiteral("keepBothPrompt"));
    box->setInformativeText(tr("Keep both versions? The other program's version is committed first, then yours on "
                               "top of it; the history keeps both, and nothing is lost."));
    box->setDetailedText(why.message);
    QPushButton* keep = box->addButton(tr("Keep Both"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepBothChoice"));
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Commons> guard(&commons);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [window, guard, page, keep, save](QAbstractButton* button) {
        if (button != keep || !guard)
            return;
        auto committed = ExternalEdits(*guard).commit({}, {page.path()});
        if (!committed) {
            showError(window, tr("Could not commit the outside version of “%1”.").arg(page.title()), committed.error());
            return;
        }
        save();
    });
    box->open();
}

} // namespace cp
