#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cp {

class PassphraseDialog;
class ProfileIdentity;

// Who this installation is: the display name others see on its changes (editable),
// the full peer id with a copy button, where the key is kept, and moving the
// identity to another machine — Export… seals it with a passphrase into a file,
// Import… opens such a file and makes it this profile's identity.
class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IdentityDialog(ProfileIdentity* identity, QWidget* parent = nullptr);

    // What the Export… and Import… buttons do once a file is chosen (also test seams).
    void exportTo(const QString& path);
    void importFrom(const QString& path);
    [[nodiscard]] PassphraseDialog* passphraseDialog() const;
    // The last outcome of an export or import, for the person.
    [[nodiscard]] QString outcome() const;

signals:
    // The display name was changed here.
    void nameChanged(const QString& name);
    void exported(const QString& path);
    void imported();

private:
    void refresh();
    void chooseExportFile();
    void chooseImportFile();
    void commitName();
    void finishImport(bool ok, const QString& problem);
    void setOutcome(const QString& text, bool error);
    PassphraseDialog* askPassphrase(int purpose, const QString& explanation);

    QPointer<ProfileIdentity> m_identity;
    QPointer<PassphraseDialog> m_passphrase;
    QLineEdit* m_name;
    QLineEdit* m_id;
    QLabel* m_storage;
    QLabel* m_outcome;
    QPushButton* m_copy;
    QPushButton* m_export;
    QPushButton* m_import;
};

} // namespace cp
