# Finds OpenCV's core and imgproc modules.
#
# Debian 12 ships OpenCVConfig.cmake only in libopencv-dev, which pulls in every OpenCV module
# (about 190 packages: VTK, GDAL, FFmpeg ...). Reimagine Studio needs just core and imgproc
# (libopencv-core-dev, libopencv-imgproc-dev), so this module first asks for the upstream config
# and otherwise finds the headers and libraries directly.
#
# Result: OpenCV_FOUND, OpenCV_VERSION, OpenCV_INCLUDE_DIRS, OpenCV_LIBS and one imported target
# per requested component (opencv_core, opencv_imgproc), named as the upstream config names them.

set(_opencv_components ${OpenCV_FIND_COMPONENTS})
if(NOT _opencv_components)
    set(_opencv_components core imgproc)
endif()

find_package(OpenCV CONFIG QUIET COMPONENTS ${_opencv_components})
if(OpenCV_FOUND)
    return()
endif()

find_path(OpenCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4)
set(OpenCV_LIBS "")
set(_opencv_missing "")
foreach(_component IN LISTS _opencv_components)
    find_library(OpenCV_${_component}_LIBRARY NAMES opencv_${_component})
    if(OpenCV_${_component}_LIBRARY AND OpenCV_INCLUDE_DIR)
        set(OpenCV_${_component}_FOUND TRUE)
        if(NOT TARGET opencv_${_component})
            add_library(opencv_${_component} UNKNOWN IMPORTED)
            set_target_properties(opencv_${_component} PROPERTIES
                IMPORTED_LOCATION "${OpenCV_${_component}_LIBRARY}"
                INTERFACE_INCLUDE_DIRECTORIES "${OpenCV_INCLUDE_DIR}")
        endif()
        list(APPEND OpenCV_LIBS opencv_${_component})
    else()
        list(APPEND _opencv_missing ${_component})
    endif()
endforeach()

if(OpenCV_INCLUDE_DIR AND EXISTS "${OpenCV_INCLUDE_DIR}/opencv2/core/version.hpp")
    file(STRINGS "${OpenCV_INCLUDE_DIR}/opencv2/core/version.hpp" _opencv_version_lines
         REGEX "^#define CV_VERSION_(MAJOR|MINOR|REVISION)[ \t]+[0-9]+")
    foreach(_part MAJOR MINOR REVISION)
        string(REGEX REPLACE ".*#define CV_VERSION_${_part}[ \t]+([0-9]+).*" "\\1"
               _opencv_${_part} "${_opencv_version_lines}")
    endforeach()
    set(OpenCV_VERSION "${_opencv_MAJOR}.${_opencv_MINOR}.${_opencv_REVISION}")
endif()
set(OpenCV_INCLUDE_DIRS "${OpenCV_INCLUDE_DIR}")

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(OpenCV
    REQUIRED_VARS OpenCV_INCLUDE_DIR OpenCV_LIBS
    VERSION_VAR OpenCV_VERSION
    HANDLE_COMPONENTS
    REASON_FAILURE_MESSAGE "install libopencv-core-dev and libopencv-imgproc-dev (missing: ${_opencv_missing})")
mark_as_advanced(OpenCV_INCLUDE_DIR)
