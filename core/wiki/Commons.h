#pragma once

#include "core/Error.h"
#include "core/git/CommitSigner.h"
#include "core/git/Signature.h"

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

    // Where the commons settings live in the tree: ".commonplace/commons.json".
    static const QString InfoPath;

    [[nodiscard]] QString path() const;
    // Hex oid of the root commit.
    [[nodiscard]] QString id() const;
    // As main holds it now (peers may edit it).
    [[nodiscard]] CommonsInfo info() const;
    // Hex oid of refs/heads/main.
    [[nodiscard]] QString head() const;

    void setAuthor(const Author& author);
    [[nodiscard]] Author author() const;
    // Signs every commit made from now on; an empty signer leaves commits unsigned.
    void setSigner(CommitSigner signer);
    [[nodiscard]] const CommitSigner& signer() const;
    // The git author for `author`, timed now: "Anonymous" when the name is empty,
    // a placeholder address when the email is.
    [[nodiscard]] static git::Signature signatureFor(const Author& author);

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
