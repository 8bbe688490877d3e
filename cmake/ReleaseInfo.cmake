# Release facts derived from the project's one version source, project(VERSION) in the
# top-level CMakeLists.txt, and from that version's entry in CHANGELOG.md:
#
#   REIMAGINE_RELEASE_DATE     2026-11-23, from the heading "## [<version>] - <date>"
#   REIMAGINE_RELEASE_EPOCH    that day 00:00 UTC in seconds since 1970 (SOURCE_DATE_EPOCH for
#                              generated files, so man pages and changelogs are reproducible)
#   REIMAGINE_RELEASE_RFC2822  "Mon, 23 Nov 2026 00:00:00 +0000" (the Debian changelog's date)
#   REIMAGINE_DEBIAN_VERSION   <version>-<REIMAGINE_DEBIAN_REVISION>
#
# A version without a CHANGELOG.md entry yet (work in progress) is dated today, with a
# warning; tst_packaging fails until the entry exists.

set(REIMAGINE_CHANGELOG "${PROJECT_SOURCE_DIR}/CHANGELOG.md")
set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${REIMAGINE_CHANGELOG}")

set(REIMAGINE_RELEASE_DATE "")
if(EXISTS "${REIMAGINE_CHANGELOG}")
    string(REPLACE "." "\\." _version_regex "${PROJECT_VERSION}")
    file(STRINGS "${REIMAGINE_CHANGELOG}" _heading
         REGEX "^## \\[${_version_regex}\\] - [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$")
    if(_heading)
        list(GET _heading 0 _heading)
        string(REGEX MATCH "[0-9]+-[0-9]+-[0-9]+$" REIMAGINE_RELEASE_DATE "${_heading}")
    endif()
endif()
if(NOT REIMAGINE_RELEASE_DATE)
    string(TIMESTAMP REIMAGINE_RELEASE_DATE "%Y-%m-%d" UTC)
    message(WARNING "CHANGELOG.md has no \"## [${PROJECT_VERSION}] - YYYY-MM-DD\" entry; "
                    "dating version ${PROJECT_VERSION} today (${REIMAGINE_RELEASE_DATE})")
endif()

# Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
string(REGEX MATCH "^([0-9]+)-0*([0-9]+)-0*([0-9]+)$" _ "${REIMAGINE_RELEASE_DATE}")
set(_y ${CMAKE_MATCH_1})
set(_m ${CMAKE_MATCH_2})
set(_d ${CMAKE_MATCH_3})
if(_m LESS_EQUAL 2)
    math(EXPR _y "${_y} - 1")
    math(EXPR _mp "${_m} + 9")
else()
    math(EXPR _mp "${_m} - 3")
endif()
math(EXPR _era "${_y} / 400")
math(EXPR _yoe "${_y} - ${_era} * 400")
math(EXPR _doy "(153 * ${_mp} + 2) / 5 + ${_d} - 1")
math(EXPR _doe "${_yoe} * 365 + ${_yoe} / 4 - ${_yoe} / 100 + ${_doy}")
math(EXPR REIMAGINE_RELEASE_EPOCH "(${_era} * 146097 + ${_doe} - 719468) * 86400")

# string(TIMESTAMP) formats SOURCE_DATE_EPOCH when it is set.
set(_saved_epoch "$ENV{SOURCE_DATE_EPOCH}")
set(ENV{SOURCE_DATE_EPOCH} ${REIMAGINE_RELEASE_EPOCH})
string(TIMESTAMP REIMAGINE_RELEASE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(ENV{SOURCE_DATE_EPOCH} "${_saved_epoch}")

set(REIMAGINE_DEBIAN_VERSION "${PROJECT_VERSION}-${REIMAGINE_DEBIAN_REVISION}")
message(STATUS "Reimagine Studio ${PROJECT_VERSION} (${REIMAGINE_RELEASE_DATE}), Debian ${REIMAGINE_DEBIAN_VERSION}")
