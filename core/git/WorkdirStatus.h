#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cp::git {

class Repository;

// One file whose state in the working folder differs from HEAD's tree.
struct WorkdirChange
{
    enum class Kind {
        Added,      // on disk, not in HEAD (untracked or staged as new)
        Modified,   // in both, with other content or mode
        Deleted,    // in HEAD, gone from disk
        Conflicted, // the index holds an unresolved merge for it
    };
    Kind kind = Kind::Modified;
    QString path; // '/'-separated, relative to the working folder

    friend bool operator==(const WorkdirChange&, const WorkdirChange&) = default;
};

// `git status`, read as "what does the folder hold that HEAD does not": the index
// is looked through, so a file staged by hand and one only edited on disk both
// count, and a file staged then edited back to HEAD's text does not. Ignored files
// never appear. The index file is only read, never rewritten (git's stat cache is
// left as it is), so the check is safe beside a commit being prepared.
class WorkdirStatus
{
public:
    // Changes under `pathspecs` (git glob pathspecs such as "*.md" or
    // "attachments/*"; empty means every file), sorted by path.
    [[nodiscard]] static Result<QList<WorkdirChange>> read(const Repository& repo, const QStringList& pathspecs = {});
};

} // namespace cp::git
