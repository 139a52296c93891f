#pragma once

#include <QIcon>
#include <QString>

namespace cp::icons {

// The desktop theme's icon called `name` (freedesktop naming), or the bundled
// fallback :/icons/actions/<name>.svg when the theme has none.
[[nodiscard]] QIcon themed(const QString& name);

// The application icon.
[[nodiscard]] QIcon app();

} // namespace cp::icons
