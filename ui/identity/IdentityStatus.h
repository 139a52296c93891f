#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace cp {

class ProfileIdentity;

// "You: Anna Petrova · 4f7Qa9Zx" in the status bar, with a button that copies the
// full peer id (did:key:…) for giving to others. Shows that the identity is still
// loading, or could not be loaded, until it is there. Clicking the name opens the
// Identity dialog (openRequested).
class IdentityStatus : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityStatus(QWidget* parent = nullptr);

    void setIdentity(ProfileIdentity* identity);
    // The label's text, as shown.
    [[nodiscard]] QString text() const;
    void refresh();
    void copyId();

signals:
    void openRequested();
    // The full id went to the clipboard.
    void idCopied(const QString& did);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<ProfileIdentity> m_identity;
    QString m_error;
    QLabel* m_label;
    QToolButton* m_copy;
};

} // namespace cp
