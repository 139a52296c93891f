#include "core/sync/SyncLog.h"

namespace cp::sync {

Q_LOGGING_CATEGORY(lcSync, "commonplace.sync", QtWarningMsg)

} // namespace cp::sync
