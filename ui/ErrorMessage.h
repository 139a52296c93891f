#pragma once

#include "core/Error.h"

class QWidget;

namespace cp {

// Shows what failed and the error's own message in a window-modal box that does
// not block the event loop. `what` is a short sentence such as "Could not save Foo."
void showError(QWidget* parent, const QString& what, const Error& error);

} // namespace cp
