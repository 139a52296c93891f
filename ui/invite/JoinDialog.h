#pragma once

#include "core/Error.h"
#include "core/Profile.h"
#include "core/node/Invite.h"
#include "core/node/NodeOptions.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cp {

class JoinTask;
class ProfileIdentity;

// "Join a commons": paste an invite; it is read as it is typed and the dialog shows
// the commons' name and who invited, or what is wrong with the text. The commons goes
// to <profile>/commons/<slug of its name> unless another new or empty folder is chosen.
// Join runs a JoinTask (a Joiner on a thread of its own) with progress and Cancel;
// on success joined() and the dialog closes, on failure it says why and stays open.
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    JoinDialog(Profile profile, ProfileIdentity* identity, QWidget* parent = nullptr);
    ~JoinDialog() override;

    // The commons the window shows, so that an invite to it is refused as already kept.
    void setKeptCommons(const QString& commonsId, const QString& path);
    // How the joiner's node runs (by default as the window's node does; tests shorten its timers).
    void setNodeOptions(const node::NodeOptions& options) { m_options = options; }

    [[nodiscard]] bool isJoining() const;
    [[nodiscard]] JoinTask* task() const;
    [[nodiscard]] QString folder() const;

public slots:
    void reject() override;

signals:
    void joined(const QString& path, const QString& commonsId);

private:
    void readInvite();
    void validate();
    void chooseFolder();
    void join();
    void onProgress(qint64 bytes, qint64 objects);
    void onFinished(const QString& path, const QString& commonsId);
    void onFailed(const Error& error);
    void setJoining(bool joining);

    Profile m_profile;
    QPointer<ProfileIdentity> m_identity;
    node::NodeOptions m_options;
    std::optional<node::Invite> m_invite;
    QString m_keptId;
    QString m_keptPath;
    QPointer<JoinTask> m_task;
    bool m_folderChosen = false;
    bool m_closeWhenStopped = false;

    QPlainTextEdit* m_text;
    QLabel* m_summary;
    QLineEdit* m_folder;
    QPushButton* m_chooseFolder;
    QLabel* m_folderProblem;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_join;
    QPushButton* m_cancel;
};

} // namespace cp
