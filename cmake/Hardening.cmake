# Hardened binaries with Debian's build flags, for every target of the project.
#
# When dpkg-buildflags exists (Debian and its derivatives) its CPPFLAGS, CXXFLAGS and LDFLAGS are
# read once at configure time, with every hardening feature on (DEB_BUILD_MAINT_OPTIONS
# "hardening=+all" unless the environment sets it, as Debian's own packages do). On Debian 12
# that is -fstack-protector-strong, -D_FORTIFY_SOURCE=2, -Wformat -Werror=format-security and
# -Wl,-z,relro -Wl,-z,now; GCC builds PIE by default there. Elsewhere (other distributions, the
# Flatpak SDK) the same set is added explicitly for GCC and Clang.
#
# Optimisation and debug flags stay with CMAKE_BUILD_TYPE (-g, -O and the path-dependent
# -ffile-prefix-map are dropped), and _FORTIFY_SOURCE is left out of Debug builds, where it
# only warns. These flags cost nothing measurable at compile time.
#
#   -DREIMAGINE_HARDENING=OFF    plain compiler defaults

option(REIMAGINE_HARDENING "Build with Debian's hardening flags (dpkg-buildflags)" ON)

function(_reimagine_dpkg_buildflags variable out)
    set(maint_options "$ENV{DEB_BUILD_MAINT_OPTIONS}")
    if(maint_options STREQUAL "")
        set(maint_options "hardening=+all")
    endif()
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env "DEB_BUILD_MAINT_OPTIONS=${maint_options}"
                ${DPKG_BUILDFLAGS_EXECUTABLE} --get ${variable}
        OUTPUT_VARIABLE flags
        OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        set(flags "")
    endif()
    separate_arguments(flags UNIX_COMMAND "${flags}")
    list(FILTER flags EXCLUDE REGEX "^-(g.*|O.*|f(file|debug|macro)-prefix-map=.*)$")
    set(${out} "${flags}" PARENT_SCOPE)
endfunction()

if(REIMAGINE_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32)
    find_program(DPKG_BUILDFLAGS_EXECUTABLE dpkg-buildflags)
    mark_as_advanced(DPKG_BUILDFLAGS_EXECUTABLE)
    if(DPKG_BUILDFLAGS_EXECUTABLE)
        _reimagine_dpkg_buildflags(CPPFLAGS hardening_cppflags)
        _reimagine_dpkg_buildflags(CXXFLAGS hardening_cxxflags)
        _reimagine_dpkg_buildflags(LDFLAGS hardening_ldflags)
        set(hardening_source "dpkg-buildflags")
    else()
        set(hardening_cppflags -D_FORTIFY_SOURCE=2)
        set(hardening_cxxflags -fstack-protector-strong -Wformat -Werror=format-security)
        set(hardening_ldflags -Wl,-z,relro -Wl,-z,now)
        set(hardening_source "built-in list")
    endif()

    foreach(flag IN LISTS hardening_cppflags hardening_cxxflags)
        if(flag MATCHES "^-D_FORTIFY_SOURCE")
            add_compile_options("$<$<NOT:$<CONFIG:Debug>>:${flag}>")
        else()
            add_compile_options("${flag}")
        endif()
    endforeach()
    add_link_options(${hardening_ldflags})
    message(STATUS "Hardening (${hardening_source}): ${hardening_cppflags} ${hardening_cxxflags} ${hardening_ldflags}")
endif()
