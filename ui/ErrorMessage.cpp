#include "ui/ErrorMessage.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace cp {

void showError(QWidget* parent, const QString& what, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("cp::ErrorMessage", "Commonplace"), what, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(error.message);
    box->addButton(QCoreApplication::translate("cp::ErrorMessage", "OK"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cp
