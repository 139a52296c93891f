#include "ui/pages/PageNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

PageNameDialog::PageNameDialog(const QString& windowTitle, const QString& prompt, const QString& acceptText,
                               PageExists exists, QWidget* parent)
    : QDialog(parent), m_exists(std::move(exists)), m_edit(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("pageNameDialog"));
    setWindowTitle(windowTitle);
    m_edit->setObjectName(QStringLiteral("pageNameEdit"));
    m_edit->setMinimumWidth(360);
    m_problem->setObjectName(QStringLiteral("pageNameProblem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x2e));
    m_problem->setPalette(warning);

    m_accept = m_buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setDefault(true);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);

    auto* hint = new QLabel(tr("Use “/” to put the page in a folder, for example “Recipes/Soup”."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setBuddy(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_edit);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addSpacing(4);
    layout->addWidget(m_buttons);

    connect(m_edit, &QLineEdit::textChanged, this, &PageNameDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_name.isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void PageNameDialog::setTitle(const QString& title)
{
    m_initial = title;
    m_edit->setText(title);
    m_edit->selectAll();
    validate();
}

void PageNameDialog::validate()
{
    m_name = {};
    QString problem;
    const QString typed = m_edit->text().trimmed();
    // Nothing to complain about until the person typed something of their own.
    if (!typed.isEmpty() && typed != m_initial.trimmed()) {
        auto name = PageName::fromTitle(typed);
        if (!name)
            problem = name.error().message;
        else if (m_exists && m_exists(*name))
            problem = tr("A page called “%1” exists already.").arg(name->title());
        else
            m_name = *name;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_accept->setEnabled(m_name.isValid());
}

} // namespace cp
