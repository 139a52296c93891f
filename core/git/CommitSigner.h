#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <functional>

namespace cp {

// Signs the raw content of a commit (as git_commit_create_buffer produces it)
// and returns the armored signature that goes into the commit's `gpgsig` header.
// An empty function means "do not sign".
using CommitSigner = std::function<Result<QByteArray>(const QByteArray& commitContent)>;

} // namespace cp
