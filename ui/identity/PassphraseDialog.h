#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cp {

// Asks for the passphrase that seals (export) or opens (import) an identity.
// Stays open after OK: the owner does the slow work, then either accept()s or
// shows what went wrong with showError() so the person can try again.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Export, Import };
    static constexpr int MinimumLength = 8;

    PassphraseDialog(Purpose purpose, const QString& explanation, QWidget* parent = nullptr);

    [[nodiscard]] QString passphrase() const;
    void showError(const QString& message);
    // While the key is derived: fields and buttons off, a note that it takes a moment.
    void setBusy(bool busy);

signals:
    void passphraseEntered(const QString& passphrase);

private:
    void validate();
    void submit();

    Purpose m_purpose;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    bool m_busy = false;
};

} // namespace cp
