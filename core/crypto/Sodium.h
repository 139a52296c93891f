#pragma once

namespace cp {

// Initialises libsodium once per process (thread-safe, cheap after the first call).
// Every crypto entry point calls it, so callers never have to; it aborts the
// process only if libsodium cannot initialise at all (no usable RNG), which no
// operation here could survive.
void ensureSodium();

} // namespace cp
