#pragma once

#include "core/wiki/PageName.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cp {

// Asks for a page title (new page, rename) and checks it as it is typed: the
// button stays disabled and the reason shows until the title is one the commons accepts.
class PageNameDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns true if a page with this name exists already.
    using PageExists = std::function<bool(const PageName&)>;

    PageNameDialog(const QString& windowTitle, const QString& prompt, const QString& acceptText,
                   PageExists exists, QWidget* parent = nullptr);

    // Starts with `title` typed in; it has to be changed before the dialog can be accepted.
    void setTitle(const QString& title);
    // The name typed; valid once the dialog was accepted.
    [[nodiscard]] PageName pageName() const { return m_name; }

private:
    void validate();

    PageExists m_exists;
    PageName m_name;
    QString m_initial;
    QLineEdit* m_edit;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_accept;
};

} // namespace cp
