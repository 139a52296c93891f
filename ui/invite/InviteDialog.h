#pragma once

#include "core/Error.h"
#include "core/node/Invite.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cp {

class Commons;

// "Invite someone": the invite to the open commons (its name, its network key, my peer
// id and the addresses where my node listens), read-only with a Copy button, and a
// plain warning that whoever holds it can join and read everything. When my node has
// no address yet it says so instead of handing out an invite that leads nowhere.
// The addresses come as a plain list (setAddresses) from whatever runs the node.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    // The invite to `commons` from `me`, to be reached at `addresses`; the commons gets
    // its network key now if it had none yet.
    [[nodiscard]] static Result<node::Invite> makeInvite(Commons& commons, const PublicKey& me,
                                                         const QStringList& addresses);

    // Shows `invite` (from makeInvite); its addresses follow setAddresses().
    explicit InviteDialog(node::Invite invite, QWidget* parent = nullptr);

    void setAddresses(const QStringList& addresses);

    // The invite as shown; empty while there is no address to put in it.
    [[nodiscard]] QString inviteText() const;
    [[nodiscard]] QString commonsId() const { return m_invite.commons.toHex(); }

private:
    void refresh();
    void copy();

    node::Invite m_invite;
    QLabel* m_heading;
    QLabel* m_addressNote;
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
    QLabel* m_copied;
};

} // namespace cp
