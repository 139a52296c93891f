#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace cp {

// Asks why a change is rejected: the comment is required (OK stays disabled until
// there is one), since it goes into the signed review note everybody sees.
class RejectDialog : public QDialog
{
    Q_OBJECT
public:
    // `change` names the change in the prompt (its summary and short id).
    explicit RejectDialog(const QString& change, QWidget* parent = nullptr);

    [[nodiscard]] QString comment() const;
    [[nodiscard]] QPlainTextEdit* editor() const { return m_comment; }
    [[nodiscard]] QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QPlainTextEdit* m_comment;
    QDialogButtonBox* m_buttons;
};

} // namespace cp
