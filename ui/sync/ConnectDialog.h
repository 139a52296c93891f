#pragma once

#include "core/node/PeerAddress.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cp {

// "Connect to…": asks for a peer's address as PID@HOST:PORT (the handshake needs to
// know who must answer there). Bad input is explained under the field and the
// dialog stays open; a good address is handed on with addressChosen().
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* addressEdit() const { return m_address; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    // Checks the address; hands it on and closes, or says what is wrong.
    void tryConnect();

signals:
    void addressChosen(const cp::node::PeerAddress& address);

private:
    QLineEdit* m_address;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace cp
