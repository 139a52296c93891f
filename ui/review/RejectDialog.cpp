#include "ui/review/RejectDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

RejectDialog::RejectDialog(const QString& change, QWidget* parent)
    : QDialog(parent), m_comment(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(tr("Reject Change"));
    auto* prompt = new QLabel(
        tr("Why do you reject “%1”? Your comment is signed and every peer sees it.").arg(change.toHtmlEscaped()), this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("rejectComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Reason (required)"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reject"));
    ok->setEnabled(false);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this, ok] { ok->setEnabled(!comment().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!comment().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_comment);
    layout->addWidget(m_buttons);
    m_comment->setFocus();
}

QString RejectDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace cp
