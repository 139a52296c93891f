#pragma once

#include <QLoggingCategory>

namespace cp::sync {

// Debug output of the sync layer ("commonplace.sync.debug=true" in QT_LOGGING_RULES):
// timings of pack building, transfer and checks.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace cp::sync
