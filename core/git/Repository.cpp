#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

namespace {
QString withoutTrailingSlash(const char* path)
{
    QString s = path ? QString::fromUtf8(path) : QString();
    if (s.size() > 1 && s.endsWith(u'/'))
        s.chop(1);
    return s;
}

using ReferenceIteratorPtr = Owned<git_reference_iterator, git_reference_iterator_free>;
} // namespace

Repository::Repository(std::unique_ptr<Private> d) : d(std::move(d)) {}
Repository::Repository(Repository&&) noexcept = default;
Repository& Repository::operator=(Repository&&) noexcept = default;
Repository::~Repository() = default;

Result<Repository> Repository::init(const QString& workdir, const QString& initialBranch)
{
    ensureLibGit2();
    git_repository_init_options opts;
    git_repository_init_options_init(&opts, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
    opts.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    const QByteArray head = initialBranch.toUtf8();
    opts.initial_head = head.constData();
    git_repository* repo = nullptr;
    if (const int rc = git_repository_init_ext(&repo, workdir.toUtf8().constData(), &opts); rc < 0)
        return fail(lastError(
            rc,
            QCoreApplication::translate("cp::git::Repository", "Cannot create a git repository in %1").arg(workdir)));
    auto state = std::make_shared<RepositoryState>();
    state->repo.reset(repo);
    return Internal::wrapRepository(std::move(state));
}

Result<Repository> Repository::open(const QString& path)
{
    ensureLibGit2();
    git_repository* repo = nullptr;
    if (const int rc =
            git_repository_open_ext(&repo, path.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
        rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Repository", "There is no git repository at %1").arg(path)));
    auto state = std::make_shared<RepositoryState>();
    state->repo.reset(repo);
    return Internal::wrapRepository(std::move(state));
}

QString Repository::workdir() const
{
    return withoutTrailingSlash(git_repository_workdir(Internal::raw(*this)));
}

QString Repository::gitDir() const
{
    return withoutTrailingSlash(git_repository_path(Internal::raw(*this)));
}

bool Repository::isBare() const
{
    return git_repository_is_bare(Internal::raw(*this)) == 1;
}

bool Repository::contains(const Oid& oid) const
{
    git_odb* odb = nullptr;
    if (git_repository_odb(&odb, Internal::raw(*this)) < 0) {
        git_error_clear();
        return false;
    }
    OdbPtr owned(odb);
    const git_oid id = toGit(oid);
    return git_odb_exists(odb, &id) == 1;
}

Result<Oid> Repository::writeBlob(const QByteArray& content)
{
    git_oid id;
    if (const int rc =
            git_blob_create_from_buffer(&id, Internal::raw(*this), content.constData(), size_t(content.size()));
        rc < 0)
        return fail(
            lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot store a file in the repository")));
    return fromGit(&id);
}

Result<Oid> Repository::hashBlob(const QByteArray& content)
{
    ensureLibGit2();
    git_oid id;
    if (const int rc = git_odb_hash(&id, content.constData(), size_t(content.size()), GIT_OBJECT_BLOB); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot hash a file")));
    return fromGit(&id);
}

Result<QByteArray> Repository::readBlob(const Oid& oid) const
{
    git_blob* blob = nullptr;
    const git_oid id = toGit(oid);
    if (const int rc = git_blob_lookup(&blob, Internal::raw(*this), &id); rc < 0)
        return fail(
            lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot read file %1 from the repository")
                              .arg(oid.toHex())));
    BlobPtr owned(blob);
    return QByteArray(static_cast<const char*>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

Result<Commit> Repository::lookupCommit(const Oid& oid) const
{
    git_commit* commit = nullptr;
    const git_oid id = toGit(oid);
    if (const int rc = git_commit_lookup(&commit, Internal::raw(*this), &id); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Repository", "Cannot find commit %1").arg(oid.toHex())));
    return Internal::wrap<Commit>(d->state, CommitPtr(commit));
}

Result<Tree> Repository::lookupTree(const Oid& oid) const
{
    git_tree* tree = nullptr;
    const git_oid id = toGit(oid);
    if (const int rc = git_tree_lookup(&tree, Internal::raw(*this), &id); rc < 0)
        return fail(
            lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot find tree %1").arg(oid.toHex())));
    return Internal::wrap<Tree>(d->state, TreePtr(tree));
}

Result<std::optional<Oid>> Repository::resolve(const QString& refName) const
{
    git_oid id;
    const int rc = git_reference_name_to_id(&id, Internal::raw(*this), refName.toUtf8().constData());
    if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH) {
        git_error_clear();
        return std::optional<Oid>();
    }
    if (rc < 0)
        return fail(
            lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot read reference %1").arg(refName)));
    return std::optional<Oid>(fromGit(&id));
}

Result<Reference> Repository::lookupReference(const QString& refName) const
{
    git_reference* ref = nullptr;
    if (const int rc = git_reference_lookup(&ref, Internal::raw(*this), refName.toUtf8().constData()); rc < 0)
        return fail(
            lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot find reference %1").arg(refName)));
    return Internal::wrap<Reference>(d->state, ReferencePtr(ref));
}

Status Repository::updateReference(const QString& refName, const Oid& target, const std::optional<Oid>& expected,
                                   const QString& logMessage)
{
    git_reference* ref = nullptr;
    const QByteArray name = refName.toUtf8();
    const QByteArray log = logMessage.toUtf8();
    const git_oid id = toGit(target);
    int rc = 0;
    if (expected) {
        const git_oid current = toGit(*expected);
        rc = git_reference_create_matching(&ref, Internal::raw(*this), name.constData(), &id, 1, &current,
                                           log.constData());
    } else {
        rc = git_reference_create(&ref, Internal::raw(*this), name.constData(), &id, 0, log.constData());
    }
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS || (expected && rc == GIT_ENOTFOUND)) {
        const Error e =
            lastError(rc, QCoreApplication::translate("cp::git::Repository",
                                                      "%1 moved while this change was being made; nothing was changed, "
                                                      "try again")
                              .arg(refName));
        return fail(Error::conflict(e.message));
    }
    if (rc < 0)
        return fail(lastError(
            rc,
            QCoreApplication::translate("cp::git::Repository", "Cannot move %1 to %2").arg(refName, target.toHex())));
    ReferencePtr owned(ref);
    return {};
}

Status Repository::deleteReference(const QString& refName)
{
    if (const int rc = git_reference_remove(Internal::raw(*this), refName.toUtf8().constData()); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Repository", "Cannot delete reference %1").arg(refName)));
    return {};
}

Result<QStringList> Repository::referenceNames(const QString& glob) const
{
    git_reference_iterator* it = nullptr;
    if (const int rc = git_reference_iterator_glob_new(&it, Internal::raw(*this), glob.toUtf8().constData()); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot list references")));
    ReferenceIteratorPtr owned(it);
    QStringList names;
    const char* name = nullptr;
    int rc = 0;
    while ((rc = git_reference_next_name(&name, it)) == 0)
        names.append(QString::fromUtf8(name));
    if (rc != GIT_ITEROVER)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot list references")));
    git_error_clear();
    return names;
}

Result<Index> Repository::index()
{
    git_index* index = nullptr;
    if (const int rc = git_repository_index(&index, Internal::raw(*this)); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Repository", "Cannot open the index of %1").arg(gitDir())));
    return Internal::wrap<Index>(d->state, IndexPtr(index));
}

Result<TreeBuilder> Repository::treeBuilder(const Tree* base)
{
    git_treebuilder* builder = nullptr;
    if (const int rc = git_treebuilder_new(&builder, Internal::raw(*this), base ? Internal::raw(*base) : nullptr);
        rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot start a tree")));
    return Internal::wrap<TreeBuilder>(d->state, TreeBuilderPtr(builder));
}

Result<RevWalk> Repository::revWalk() const
{
    git_revwalk* walk = nullptr;
    if (const int rc = git_revwalk_new(&walk, Internal::raw(*this)); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot walk the history")));
    return Internal::wrap<RevWalk>(d->state, RevWalkPtr(walk));
}

Result<std::optional<QString>> Repository::configString(const QString& key) const
{
    git_config* config = nullptr;
    if (const int rc = git_repository_config_snapshot(&config, Internal::raw(*this)); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Repository", "Cannot read the repository configuration")));
    ConfigPtr owned(config);
    const char* value = nullptr;
    const int rc = git_config_get_string(&value, config, key.toUtf8().constData());
    if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        return std::optional<QString>();
    }
    if (rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Repository", "Cannot read %1 from the repository configuration")
                    .arg(key)));
    return std::optional<QString>(QString::fromUtf8(value));
}

Status Repository::setConfigString(const QString& key, const QString& value)
{
    git_config* config = nullptr;
    if (const int rc = git_repository_config(&config, Internal::raw(*this)); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Repository", "Cannot open the repository configuration")));
    ConfigPtr owned(config);
    if (const int rc = git_config_set_string(config, key.toUtf8().constData(), value.toUtf8().constData()); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Repository", "Cannot write %1 to the repository configuration")
                    .arg(key)));
    return {};
}

} // namespace cp::git
