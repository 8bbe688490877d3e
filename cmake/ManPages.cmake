# Man pages made at build time from each program's own --help and --version by help2man, so
# they never drift from the options the program accepts. Sections that --help does not carry
# (environment, files, see also) come from packaging/man/<program>.h2m. The programs run with
# no display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset) and in the C locale; the page
# is dated by the release (SOURCE_DATE_EPOCH), so it is reproducible.
#
# Output: <build>/man/<program>.1 and .1.gz; installed to share/man/man1 (component "man").
# Without help2man (apt-get install help2man; scripts/setup.sh does) or when cross-compiling
# there are no man pages.

find_program(HELP2MAN_EXECUTABLE help2man)
find_program(GZIP_EXECUTABLE gzip)
mark_as_advanced(HELP2MAN_EXECUTABLE GZIP_EXECUTABLE)

if(HELP2MAN_EXECUTABLE AND GZIP_EXECUTABLE AND NOT CMAKE_CROSSCOMPILING)
    set(REIMAGINE_MAN_PAGES ON)
    set(REIMAGINE_MAN_DIR "${CMAKE_BINARY_DIR}/man")
else()
    set(REIMAGINE_MAN_PAGES OFF)
    message(STATUS "help2man not found: no man pages (apt-get install help2man)")
endif()

# reimagine_add_man_page(<executable target> NAME <one-line description> INCLUDE <file.h2m>)
function(reimagine_add_man_page target)
    cmake_parse_arguments(ARG "" "NAME;INCLUDE" "" ${ARGN})
    if(NOT REIMAGINE_MAN_PAGES)
        return()
    endif()
    set(page "${REIMAGINE_MAN_DIR}/${target}.1")
    add_custom_command(OUTPUT "${page}" "${page}.gz"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${REIMAGINE_MAN_DIR}"
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                --unset=LANGUAGE LC_ALL=C SOURCE_DATE_EPOCH=${REIMAGINE_RELEASE_EPOCH}
                ${HELP2MAN_EXECUTABLE} --no-info --section=1 "--name=${ARG_NAME}"
                "--include=${ARG_INCLUDE}" "--output=${page}" $<TARGET_FILE:${target}>
        COMMAND ${GZIP_EXECUTABLE} -9 --no-name --force --keep "${page}"
        DEPENDS ${target} "${ARG_INCLUDE}"
        COMMENT "Generating the man page ${target}.1 from ${target} --help"
        VERBATIM)
    add_custom_target(${target}_man_page ALL DEPENDS "${page}.gz")
    install(FILES "${page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT man)
endfunction()
