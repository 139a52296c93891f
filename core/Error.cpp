#include "core/Error.h"

// Error is header-only; this translation unit anchors the base library.
