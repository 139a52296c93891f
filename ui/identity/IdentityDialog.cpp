#include "ui/identity/IdentityDialog.h"

#include "core/crypto/SealedIdentity.h"
#include "core/wiki/ProfileIdentity.h"
#include "ui/identity/BackgroundTask.h"
#include "ui/identity/PassphraseDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cp {

namespace {

constexpr qint64 kMaxExportSize = 64 * 1024;

QString fileFilter()
{
    return QCoreApplication::translate("cp::IdentityDialog", "Exported identities (*.cpid);;All files (*)");
}

} // namespace

IdentityDialog::IdentityDialog(ProfileIdentity* identity, QWidget* parent)
    : QDialog(parent), m_identity(identity), m_name(new QLineEdit(this)), m_id(new QLineEdit(this)),
      m_storage(new QLabel(this)), m_outcome(new QLabel(this)), m_copy(new QPushButton(tr("&Copy"), this)),
      m_export(new QPushButton(tr("&Export Identity…"), this)), m_import(new QPushButton(tr("&Import Identity…"), this))
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Identity"));
    m_name->setObjectName(QStringLiteral("identityNameEdit"));
    m_name->setMaxLength(100);
    m_id->setObjectName(QStringLiteral("identityIdEdit"));
    m_id->setReadOnly(true);
    m_id->setMinimumWidth(m_id->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 44);
    m_copy->setObjectName(QStringLiteral("identityCopyButton"));
    m_export->setObjectName(QStringLiteral("exportIdentityButton"));
    m_import->setObjectName(QStringLiteral("importIdentityButton"));
    m_storage->setObjectName(QStringLiteral("identityStorage"));
    m_storage->setWordWrap(true);
    m_storage->setForegroundRole(QPalette::PlaceholderText);
    m_outcome->setObjectName(QStringLiteral("identityOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copy);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Peer id:"), idRow);
    form->addRow(QString(), m_storage);

    auto* hint = new QLabel(tr("Others see your name and peer id on every change you save; the id is what your "
                               "signature proves. To use this identity on another computer, export it here and "
                               "import it there."),
                            this);
    hint->setWordWrap(true);

    auto* transfer = new QHBoxLayout;
    transfer->addWidget(m_export);
    transfer->addWidget(m_import);
    transfer->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addLayout(transfer);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_id->text()); });
    connect(m_export, &QPushButton::clicked, this, &IdentityDialog::chooseExportFile);
    connect(m_import, &QPushButton::clicked, this, &IdentityDialog::chooseImportFile);
    connect(m_name, &QLineEdit::editingFinished, this, &IdentityDialog::commitName);
    connect(this, &QDialog::finished, this, &IdentityDialog::commitName);
    if (m_identity)
        connect(m_identity, &ProfileIdentity::ready, this, &IdentityDialog::refresh);
    refresh();
}

void IdentityDialog::refresh()
{
    const bool ready = m_identity && m_identity->isReady();
    if (m_identity && !m_name->isModified())
        m_name->setText(m_identity->profile().authorName());
    m_id->setText(ready ? m_identity->publicKey().did() : tr("(not loaded)"));
    m_copy->setEnabled(ready);
    m_export->setEnabled(ready);
    m_import->setEnabled(m_identity != nullptr);
    if (!m_identity)
        return;
    const KeyStore& store = m_identity->keyStore();
    if (store.backend() == KeyStore::Backend::Keychain)
        m_storage->setText(tr("Your secret key is kept in the system keychain."));
    else if (store.backend() == KeyStore::Backend::File)
        m_storage->setText(tr("Your secret key is kept in the file %1, readable only by you (no system keychain "
                              "answered).")
                               .arg(QDir::toNativeSeparators(store.keyFilePath())));
    else
        m_storage->clear();
}

void IdentityDialog::commitName()
{
    const QString name = m_name->text().simplified();
    if (!m_identity || name.isEmpty() || name == m_identity->profile().authorName()) {
        if (m_identity && name.isEmpty())
            m_name->setText(m_identity->profile().authorName());
        return;
    }
    Profile profile = m_identity->profile(); // shares the settings
    profile.setAuthorName(name);
    m_name->setText(name);
    m_name->setModified(false);
    emit nameChanged(name);
}

PassphraseDialog* IdentityDialog::passphraseDialog() const
{
    return m_passphrase;
}

QString IdentityDialog::outcome() const
{
    return m_outcome->text();
}

void IdentityDialog::setOutcome(const QString& text, bool error)
{
    QPalette colours = palette();
    if (error)
        colours.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_outcome->setPalette(colours);
    m_outcome->setText(text);
    m_outcome->show();
}

PassphraseDialog* IdentityDialog::askPassphrase(int purpose, const QString& explanation)
{
    if (m_passphrase)
        m_passphrase->close();
    auto* dialog = new PassphraseDialog(PassphraseDialog::Purpose(purpose), explanation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passphrase = dialog;
    return dialog;
}

void IdentityDialog::chooseExportFile()
{
    auto* files = new QFileDialog(this, tr("Export Identity"), QDir::homePath(), fileFilter());
    files->setObjectName(QStringLiteral("exportFileDialog"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("cpid"));
    files->selectFile(QStringLiteral("commonplace-identity.cpid"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, &IdentityDialog::exportTo);
    files->open();
}

void IdentityDialog::chooseImportFile()
{
    auto* files = new QFileDialog(this, tr("Import Identity"), QDir::homePath(), fileFilter());
    files->setObjectName(QStringLiteral("importFileDialog"));
    files->setFileMode(QFileDialog::ExistingFile);
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, &IdentityDialog::importFrom);
    files->open();
}

void IdentityDialog::exportTo(const QString& path)
{
    if (!m_identity || !m_identity->isReady())
        return;
    std::shared_ptr<const Identity> identity = m_identity->identity();
    PassphraseDialog* dialog = askPassphrase(
        int(PassphraseDialog::Purpose::Export),
        tr("The file will hold your secret key, sealed with this passphrase. Whoever has both can sign as you: "
           "choose a passphrase you use nowhere else and keep the file safe."));
    connect(dialog, &PassphraseDialog::passphraseEntered, this, [this, dialog, identity, path](const QString& phrase) {
        dialog->setBusy(true);
        runInBackground(
            this, [identity, phrase] { return SealedIdentity::seal(*identity, phrase); },
            [this, dialog = QPointer(dialog), path](Result<QByteArray> sealed) {
                if (!dialog || !dialog->isVisible())
                    return; // the person cancelled meanwhile
                if (!sealed)
                    return dialog->showError(sealed.error().message);
                QSaveFile file(path);
                const bool written = file.open(QIODevice::WriteOnly) && file.write(*sealed) == sealed->size() &&
                                     file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                                     file.commit();
                if (!written)
                    return dialog->showError(
                        tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
                dialog->accept();
                setOutcome(tr("Exported your identity to %1.").arg(QDir::toNativeSeparators(path)), false);
                emit exported(path);
            });
    });
    dialog->open();
}

void IdentityDialog::importFrom(const QString& path)
{
    if (!m_identity)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setOutcome(tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()), true);
    const QByteArray text = file.read(kMaxExportSize);
    auto whose = SealedIdentity::peek(text);
    if (!whose)
        return setOutcome(
            tr("%1 is not an exported identity. %2").arg(QDir::toNativeSeparators(path), whose.error().message), true);
    if (m_identity->isReady() && *whose == m_identity->publicKey())
        return setOutcome(tr("This file holds the identity you already have (%1).").arg(whose->shortId()), false);
    const QString current = m_identity->isReady() ? m_identity->publicKey().shortId() : tr("none yet");
    PassphraseDialog* dialog = askPassphrase(
        int(PassphraseDialog::Purpose::Import),
        tr("This file holds the identity %1.\n\nImporting it replaces this profile's identity (%2): the changes "
           "you save from now on are signed as %3. Export your current identity first if you may need it again.")
            .arg(whose->did(), current, whose->shortId()));
    connect(dialog, &PassphraseDialog::passphraseEntered, this, [this, dialog, text](const QString& phrase) {
        dialog->setBusy(true);
        runInBackground(
            this, [text, phrase] { return SealedIdentity::open(text, phrase); },
            [this, dialog = QPointer(dialog)](Result<Identity> opened) {
                if (!dialog || !dialog->isVisible() || !m_identity)
                    return;
                if (!opened)
                    return dialog->showError(opened.error().message);
                KeyStore& store = m_identity->keyStore();
                auto connections = std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
                auto finish = [this, connections](bool ok, const QString& problem) {
                    disconnect(connections->first);
                    disconnect(connections->second);
                    finishImport(ok, problem);
                };
                connections->first = connect(&store, &KeyStore::ready, this, [finish] { finish(true, {}); });
                connections->second = connect(&store, &KeyStore::failed, this,
                                              [finish](const Error& error) { finish(false, error.message); });
                store.replace(std::move(*opened));
            });
    });
    dialog->open();
}

void IdentityDialog::finishImport(bool ok, const QString& problem)
{
    if (!ok) {
        if (m_passphrase)
            m_passphrase->showError(tr("The identity opened, but could not be kept: %1").arg(problem));
        return;
    }
    if (m_passphrase)
        m_passphrase->accept();
    refresh();
    setOutcome(tr("Imported. Your changes are now signed as %1.").arg(m_identity->publicKey().shortId()), false);
    emit imported();
}

} // namespace cp
