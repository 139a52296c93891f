#include "ui/invite/JoinDialog.h"

#include "core/wiki/ProfileIdentity.h"
#include "ui/invite/JoinTask.h"
#include "ui/sync/SyncNode.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace cp {

namespace {

// Shows `label` as a problem (or not): the palette's error colour, and a property tests read.
void markProblem(QLabel* label, bool problem)
{
    label->setProperty("problem", problem);
    QPalette palette = label->parentWidget()->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
}

// A word-wrapped label in a dialog already on screen keeps the height it had: as tall as
// its new text needs at its width.
void fitHeight(QLabel* label)
{
    label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(std::max(label->width(), 300)));
}

} // namespace

JoinDialog::JoinDialog(Profile profile, ProfileIdentity* identity, QWidget* parent)
    : QDialog(parent), m_profile(std::move(profile)), m_identity(identity), m_text(new QPlainTextEdit(this)),
      m_summary(new QLabel(this)), m_folder(new QLineEdit(this)), m_chooseFolder(new QPushButton(this)),
      m_folderProblem(new QLabel(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_join(nullptr), m_cancel(nullptr)
{
    setObjectName(QStringLiteral("joinDialog"));
    // As the window's node runs (COMMONPLACE_LISTEN on loopback keeps tests off the LAN).
    m_options = SyncNode::defaultOptions(m_profile.authorName());
    setWindowTitle(tr("Join a Commons"));

    auto* intro = new QLabel(tr("Paste the invite a member of the commons sent you. It starts with "
                                "<tt>commonplace://invite/</tt>."),
                             this);
    intro->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("inviteEdit"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setWordWrapMode(QTextOption::WrapAnywhere);
    m_text->setTabChangesFocus(true);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    m_text->setPlaceholderText(QStringLiteral("commonplace://invite/…"));
    m_text->setAccessibleName(tr("Invite"));

    m_summary->setObjectName(QStringLiteral("inviteSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    m_chooseFolder->setText(tr("C&hoose…"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    m_folderProblem->setObjectName(QStringLiteral("folderProblem"));
    m_folderProblem->setWordWrap(true);
    m_folderProblem->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* folderLabel = new QLabel(tr("Keep it &in:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_folderProblem);

    m_progress->setObjectName(QStringLiteral("joinProgress"));
    m_progress->setRange(0, 0); // how much there is to receive is not known beforehand
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("joinStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(this);
    m_join = buttons->addButton(tr("&Join"), QDialogButtonBox::ActionRole);
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_join->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(intro);
    layout->addWidget(m_text);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(540);

    connect(m_text, &QPlainTextEdit::textChanged, this, &JoinDialog::readInvite);
    connect(m_folder, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_folderChosen = !text.trimmed().isEmpty();
        if (!m_folderChosen)
            readInvite(); // back to the default folder
        validate();
    });
    connect(m_chooseFolder, &QPushButton::clicked, this, &JoinDialog::chooseFolder);
    connect(m_join, &QPushButton::clicked, this, &JoinDialog::join);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isJoining())
            m_task->cancel(); // the dialog stays, to say how it ended
        else
            reject();
    });
    if (m_identity)
        connect(m_identity, &ProfileIdentity::ready, this, &JoinDialog::readInvite);
    m_text->setFocus();
    readInvite();
}

JoinDialog::~JoinDialog() = default; // a running task cancels and cleans up as it goes

void JoinDialog::setKeptCommons(const QString& commonsId, const QString& path)
{
    m_keptId = commonsId;
    m_keptPath = path;
    readInvite();
}

JoinTask* JoinDialog::task() const
{
    return m_task;
}

bool JoinDialog::isJoining() const
{
    return m_task && m_task->isRunning();
}

QString JoinDialog::folder() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir(text).absolutePath());
}

void JoinDialog::readInvite()
{
    m_invite.reset();
    // Mail programs wrap long lines: spaces and line breaks are not part of an invite.
    QString text = m_text->toPlainText();
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    if (text.isEmpty()) {
        m_summary->setText(tr("The commons' name and who invited you appear here."));
        markProblem(m_summary, false);
        validate();
        return;
    }
    auto problem = [this](const QString& message) {
        m_summary->setText(message);
        fitHeight(m_summary);
        markProblem(m_summary, true);
        validate();
    };
    auto invite = node::Invite::parse(text);
    if (!invite)
        return problem(invite.error().message);
    if (m_identity && m_identity->isReady() && invite->inviter == m_identity->publicKey())
        return problem(tr("This invite is one you made yourself; it is for someone else to join your commons."));
    if (!m_keptId.isEmpty() && invite->commons.toHex() == m_keptId)
        return problem(tr("You already keep “%1”, in %2.").arg(invite->name, QDir::toNativeSeparators(m_keptPath)));
    const QString name = invite->name.trimmed().isEmpty() ? tr("an unnamed commons") : invite->name;
    m_summary->setText(invite->inviterName.isEmpty()
                           ? tr("“%1”, invited by %2").arg(name, invite->inviter.shortId())
                           : tr("“%1”, invited by %2 (%3)").arg(name, invite->inviterName, invite->inviter.shortId()));
    m_summary->setToolTip(invite->inviter.did());
    fitHeight(m_summary);
    markProblem(m_summary, false);
    if (!m_folderChosen)
        m_folder->setText(QDir::toNativeSeparators(m_profile.newCommonsPath(invite->name)));
    m_invite = std::move(*invite);
    validate();
}

void JoinDialog::validate()
{
    QString folderProblem;
    const QString dir = folder();
    if (m_invite && dir.isEmpty()) {
        folderProblem = tr("Choose a folder to keep the commons in.");
    } else if (!dir.isEmpty() && !isJoining()) {
        const QFileInfo info(dir);
        if (info.exists() && !info.isDir())
            folderProblem = tr("“%1” is a file; choose a new or empty folder.").arg(QDir::toNativeSeparators(dir));
        else if (info.exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            folderProblem = tr("“%1” is not empty; choose a new or empty folder.").arg(QDir::toNativeSeparators(dir));
    }
    m_folderProblem->setText(folderProblem);
    fitHeight(m_folderProblem);
    m_folderProblem->setVisible(!folderProblem.isEmpty());
    markProblem(m_folderProblem, !folderProblem.isEmpty());

    const bool identityReady = m_identity && m_identity->isReady();
    if (m_invite && !identityReady && !isJoining()) {
        m_status->setText(tr("Your identity is still loading; you can join in a moment."));
        markProblem(m_status, false);
    }
    m_join->setEnabled(m_invite.has_value() && folderProblem.isEmpty() && identityReady && !isJoining());
}

void JoinDialog::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Choose a New or Empty Folder"),
                                   folder().isEmpty() ? m_profile.commonsRoot() : QFileInfo(folder()).path());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        m_folder->setText(QDir::toNativeSeparators(dir));
        m_folderChosen = true;
        validate();
    });
    dialog->open();
}

void JoinDialog::join()
{
    validate();
    if (!m_join->isEnabled() || !m_invite)
        return;
    m_task = new JoinTask(m_identity->identity(), m_options, this);
    connect(m_task, &JoinTask::connected, this,
            [this] { m_status->setText(tr("Connected to the inviter; receiving the commons…")); });
    connect(m_task, &JoinTask::progress, this, &JoinDialog::onProgress);
    connect(m_task, &JoinTask::finished, this, &JoinDialog::onFinished);
    connect(m_task, &JoinTask::failed, this, &JoinDialog::onFailed);
    setJoining(true);
    m_status->setText(tr("Connecting to the inviter…"));
    markProblem(m_status, false);
    m_task->start(*m_invite, folder());
}

void JoinDialog::onProgress(qint64 bytes, qint64 objects)
{
    m_status->setText(tr("Receiving the commons: %1, %n object(s)…", nullptr, int(std::min<qint64>(objects, INT_MAX)))
                          .arg(locale().formattedDataSize(bytes)));
}

void JoinDialog::onFinished(const QString& path, const QString& commonsId)
{
    m_task->deleteLater();
    m_status->setText(tr("Joined."));
    setJoining(false);
    emit joined(path, commonsId);
    accept();
}

void JoinDialog::onFailed(const Error& error)
{
    const bool cancelled = m_task && m_task->wasCancelled();
    if (m_task)
        m_task->deleteLater();
    setJoining(false);
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    if (cancelled) {
        m_status->setText(tr("Joining was cancelled; nothing was kept."));
        markProblem(m_status, false);
    } else {
        QString text = tr("Could not join: %1").arg(error.message);
        if (error.kind == Error::Kind::Network)
            text += u' ' + tr("Check that Commonplace runs on the inviter's computer and can be reached from here, "
                              "then try again.");
        m_status->setText(text);
        fitHeight(m_status);
        markProblem(m_status, true);
    }
    validate();
}

void JoinDialog::setJoining(bool joining)
{
    m_text->setReadOnly(joining);
    m_folder->setEnabled(!joining);
    m_chooseFolder->setEnabled(!joining);
    m_progress->setVisible(joining);
    m_join->setEnabled(!joining);
    if (joining)
        m_folderProblem->hide();
}

void JoinDialog::reject()
{
    if (isJoining()) {
        // Closing while joining gives up first; the dialog goes once the folder is cleaned up.
        m_closeWhenStopped = true;
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace cp
