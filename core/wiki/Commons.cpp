#include "core/wiki/Commons.h"

#include "core/git/Commit.h"
#include "core/git/Index.h"
#include "core/git/Reference.h"
#include "core/git/Repository.h"
#include "core/git/RootCommit.h"
#include "core/git/Tree.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WorkingCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>
#include <optional>

namespace cp {

const QString Commons::InfoPath = QStringLiteral(".commonplace/commons.json");

namespace {

QByteArray infoJson(const CommonsInfo& info)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), info.name);
    o.insert(QStringLiteral("description"), info.description);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<CommonsInfo> parseInfo(const QByteArray& json, const QString& where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject())
        return fail(Error::user(QCoreApplication::translate(
                                    "cp::Commons", "%1 is damaged: %2. Fix the file or restore it from the history.")
                                    .arg(where, error.error == QJsonParseError::NoError
                                                    ? QCoreApplication::translate("cp::Commons", "not a JSON object")
                                                    : error.errorString())));
    const QJsonObject o = doc.object();
    return CommonsInfo{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("description")).toString()};
}

// The info file as committed on main.
Result<CommonsInfo> readInfo(const git::Repository& repo, const git::Commit& head)
{
    auto tree = head.tree();
    if (!tree)
        return fail(tree.error());
    auto entry = tree->entryByPath(Commons::InfoPath);
    if (!entry)
        return fail(entry.error());
    if (!*entry || !(*entry)->isBlob())
        return fail(Error::user(
            QCoreApplication::translate("cp::Commons",
                                        "%1 is a git repository but not a commons: it has no %2. Create a commons with "
                                        "“commonplace-cli init” or choose another folder.")
                .arg(repo.workdir(), Commons::InfoPath)));
    auto json = repo.readBlob((*entry)->id);
    if (!json)
        return fail(json.error());
    return parseInfo(*json, repo.workdir() + u'/' + Commons::InfoPath);
}

Status checkEmptyFolder(const QString& dir)
{
    const QFileInfo fi(dir);
    if (!fi.exists())
        return {};
    if (!fi.isDir())
        return fail(Error::conflict(
            QCoreApplication::translate("cp::Commons", "%1 exists and is not a folder; choose a new or empty folder.")
                .arg(dir)));
    if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(Error::conflict(
            QCoreApplication::translate("cp::Commons", "%1 is not empty; choose a new or empty folder for the commons.")
                .arg(dir)));
    return {};
}

} // namespace

struct Commons::Private
{
    std::optional<git::Repository> repo;
    QString id;
    CommonsInfo info;
    Author author;
    CommitSigner signer;
    std::unique_ptr<PageStore> pages; // last: destroyed before the repository
};

Commons::Commons() : d(std::make_unique<Private>()) {}
Commons::~Commons() = default;

Result<std::unique_ptr<Commons>> Commons::create(const QString& dir, const CommonsInfo& info, const Author& author,
                                                 CommitSigner signer)
{
    if (info.name.trimmed().isEmpty())
        return fail(Error::user(QCoreApplication::translate("cp::Commons", "A commons needs a name.")));
    const QString path = QDir(dir).absolutePath();
    if (auto ok = checkEmptyFolder(path); !ok)
        return fail(ok.error());
    const bool existed = QFileInfo::exists(path);

    auto made = [&]() -> Status {
        auto repo = git::Repository::init(path, QStringLiteral("main"));
        if (!repo)
            return fail(repo.error());
        WorkingCopy copy(*repo);
        const QString message =
            QCoreApplication::translate("cp::Commons", "Create the commons “%1”").arg(info.name.trimmed());
        auto outcome = copy.commit({FileChange{InfoPath, infoJson({info.name.trimmed(), info.description})}}, message,
                                   Commons::signatureFor(author), signer);
        if (!outcome)
            return fail(outcome.error());
        git::RootCommit::remember(*repo, outcome->head);
        if (outcome->workingTreeError)
            return fail(*outcome->workingTreeError);
        return {};
    }();
    if (!made) {
        // Leave the folder as it was found, so that a second attempt can use it.
        if (existed)
            QDir(path + QStringLiteral("/.git")).removeRecursively();
        else
            QDir(path).removeRecursively();
        return fail(made.error().context(
            QCoreApplication::translate("cp::Commons", "Cannot create a commons in %1").arg(path)));
    }
    auto commons = open(path);
    if (!commons)
        return commons;
    (*commons)->setAuthor(author);
    (*commons)->setSigner(std::move(signer));
    return commons;
}

Result<std::unique_ptr<Commons>> Commons::open(const QString& dir)
{
    const QString path = QDir(dir).absolutePath();
    if (!QFileInfo(path).isDir())
        return fail(Error::notFound(QCoreApplication::translate("cp::Commons", "There is no folder %1.").arg(path)));
    auto repo = git::Repository::open(path);
    if (!repo)
        return fail(
            Error::user(QCoreApplication::translate(
                            "cp::Commons",
                            "%1 is not a commons: it is not a git repository. Create one with “commonplace-cli init”.")
                            .arg(path)));
    if (repo->isBare())
        return fail(Error::user(
            QCoreApplication::translate("cp::Commons", "%1 is a bare git repository; a commons needs a working folder.")
                .arg(path)));
    if (auto head = repo->lookupReference(QStringLiteral("HEAD"));
        head && head->isSymbolic() && head->symbolicTarget() != WorkingCopy::MainRef)
        return fail(Error::conflict(
            QCoreApplication::translate("cp::Commons",
                                        "%1 has %2 checked out; a commons works on main. Run “git switch main” "
                                        "there first.")
                .arg(path, head->symbolicTarget())));
    auto head = repo->resolve(WorkingCopy::MainRef);
    if (!head)
        return fail(head.error());
    if (!*head)
        return fail(Error::user(QCoreApplication::translate(
                                    "cp::Commons", "%1 is a git repository but not a commons: it has no main branch.")
                                    .arg(path)));
    auto headCommit = repo->lookupCommit(**head);
    if (!headCommit)
        return fail(headCommit.error());
    auto info = readInfo(*repo, *headCommit);
    if (!info)
        return fail(info.error());
    auto root = git::RootCommit::of(*repo, **head);
    if (!root)
        return fail(root.error());

    // A crash after a commit but before its files were written leaves the folder behind main.
    if (auto repaired = WorkingCopy(*repo).repair(); !repaired)
        qWarning().noquote() << QCoreApplication::translate("cp::Commons",
                                                            "Could not bring the working folder of %1 up to date: %2")
                                    .arg(path, repaired.error().message);

    std::unique_ptr<Commons> commons(new Commons());
    commons->d->repo.emplace(std::move(*repo));
    commons->d->id = root->toHex();
    commons->d->info = *info;
    commons->d->pages = std::make_unique<PageStore>(*commons);
    return commons;
}

QString Commons::path() const
{
    return d->repo->workdir();
}

QString Commons::id() const
{
    return d->id;
}

CommonsInfo Commons::info() const
{
    // Peers edit commons.json like any page: read what main holds now.
    if (auto head = d->repo->resolve(WorkingCopy::MainRef); head && *head) {
        if (auto commit = d->repo->lookupCommit(**head)) {
            if (auto info = readInfo(*d->repo, *commit))
                d->info = *info;
        }
    }
    return d->info;
}

QString Commons::head() const
{
    auto head = d->repo->resolve(WorkingCopy::MainRef);
    return head && *head ? (*head)->toHex() : QString();
}

void Commons::setAuthor(const Author& author)
{
    d->author = author;
}

Author Commons::author() const
{
    return d->author;
}

git::Signature Commons::signatureFor(const Author& author)
{
    QString name = author.name.trimmed();
    if (name.isEmpty())
        name = QCoreApplication::translate("cp::Commons", "Anonymous");
    QString email = author.email.trimmed();
    if (email.isEmpty())
        email = QStringLiteral("anonymous@commonplace.invalid");
    return git::Signature::now(name, email);
}

void Commons::setSigner(CommitSigner signer)
{
    d->signer = std::move(signer);
}

const CommitSigner& Commons::signer() const
{
    return d->signer;
}

git::Repository& Commons::repository()
{
    return *d->repo;
}

PageStore& Commons::pages()
{
    return *d->pages;
}

} // namespace cp
