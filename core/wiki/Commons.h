#pragma once

#include "core/Error.h"
#include "core/git/CommitSigner.h"

#include <QObject>
#include <QString>

#include <memory>

namespace cp {

namespace git {
class Repository;
}
class PageStore;

// What .commonplace/commons.json holds.
struct CommonsInfo
{
    QString name;
    QString description;
};

// Who commits: the author recorded on every commit the app makes.
struct Author
{
    QString name;
    QString email; // may be empty; a placeholder is used then
};

// One wiki: a non-bare git repository on branch `main` whose root commit holds
// .commonplace/commons.json. The commons id is the oid of that root commit.
// Owned by one thread (it owns a libgit2 repository handle).
class Commons : public QObject
{
    Q_OBJECT
public:
    ~Commons() override;

    // Creates a new commons in `dir` (which must not exist or be empty) with its root commit.
    [[nodiscard]] static Result<std::unique_ptr<Commons>> create(const QString& dir, const CommonsInfo& info,
                                                                 const Author& author, CommitSigner signer = {});
    // Opens an existing commons; a plain git repository without commons.json is refused.
    [[nodiscard]] static Result<std::unique_ptr<Commons>> open(const QString& dir);

    [[nodiscard]] QString path() const;
    // Hex oid of the root commit.
    [[nodiscard]] QString id() const;
    [[nodiscard]] CommonsInfo info() const;

    void setAuthor(const Author& author);
    [[nodiscard]] Author author() const;
    // Signs every commit made from now on; an empty signer leaves commits unsigned.
    void setSigner(CommitSigner signer);
    [[nodiscard]] const CommitSigner& signer() const;

    [[nodiscard]] git::Repository& repository();
    [[nodiscard]] PageStore& pages();

signals:
    // refs/heads/main moved (a save, rename, delete, or later an approval).
    void headChanged(const QString& newHeadHex);

private:
    Commons();
    struct Private;
    std::unique_ptr<Private> d;
    friend class PageStore;
};

} // namespace cp
