# Every third-party dependency, found once. All come from Debian 12 packages
# (packaging/install-deps.sh); nothing is downloaded at build time.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Test LinguistTools Svg)
find_package(Qt6Keychain REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBGIT2 REQUIRED IMPORTED_TARGET libgit2>=1.5)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
pkg_check_modules(CMARKGFM REQUIRED IMPORTED_TARGET libcmark-gfm>=0.29)
pkg_check_modules(MINIUPNPC REQUIRED IMPORTED_TARGET miniupnpc)

find_library(CMARKGFM_EXTENSIONS_LIB NAMES cmark-gfm-extensions REQUIRED)
add_library(cmark-gfm-extensions INTERFACE IMPORTED)
target_link_libraries(cmark-gfm-extensions INTERFACE ${CMARKGFM_EXTENSIONS_LIB} PkgConfig::CMARKGFM)

find_library(NATPMP_LIB NAMES natpmp REQUIRED)
find_path(NATPMP_INCLUDE_DIR natpmp.h REQUIRED)
add_library(natpmp INTERFACE IMPORTED)
target_link_libraries(natpmp INTERFACE ${NATPMP_LIB})
target_include_directories(natpmp INTERFACE ${NATPMP_INCLUDE_DIR})
