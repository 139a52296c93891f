#include "ui/identity/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& explanation, QWidget* parent)
    : QDialog(parent), m_purpose(purpose), m_passphrase(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(purpose == Purpose::Export ? tr("Export Identity") : tr("Import Identity"));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    for (QLineEdit* edit : {m_passphrase, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto* intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    intro->setMinimumWidth(420);

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (purpose == Purpose::Export)
        form->addRow(tr("&Repeat it:"), m_repeat);
    else
        m_repeat->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(purpose == Purpose::Export ? tr("Export") : tr("Import"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("passphraseOk"));
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    validate();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

void PassphraseDialog::validate()
{
    if (m_busy)
        return;
    bool ok = !m_passphrase->text().isEmpty();
    QString hint;
    if (m_purpose == Purpose::Export) {
        if (m_passphrase->text().size() < MinimumLength) {
            ok = false;
            if (!m_passphrase->text().isEmpty())
                hint = tr("Use at least %n characters.", nullptr, MinimumLength);
        } else if (m_repeat->text() != m_passphrase->text()) {
            ok = false;
            if (!m_repeat->text().isEmpty())
                hint = tr("The two passphrases differ.");
        }
    }
    m_ok->setEnabled(ok);
    if (!hint.isEmpty() || m_error->property("fromValidation").toBool()) {
        m_error->setText(hint);
        m_error->setVisible(!hint.isEmpty());
        m_error->setProperty("fromValidation", !hint.isEmpty());
    }
}

void PassphraseDialog::submit()
{
    if (!m_ok->isEnabled() || m_busy)
        return;
    m_error->hide();
    emit passphraseEntered(m_passphrase->text());
}

void PassphraseDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setProperty("fromValidation", false);
    m_error->setText(message);
    m_error->show();
    m_passphrase->setFocus();
    m_passphrase->selectAll();
}

void PassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Working…") : (m_purpose == Purpose::Export ? tr("Export") : tr("Import")));
    if (!busy)
        validate();
}

} // namespace cp
