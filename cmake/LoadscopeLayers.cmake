# The layers of loadscope, enforced by the build (HACKING.md has the map).
#
# loadscope_layer(NAME SOURCES... [DEPENDS layer...] [LIBS target...] [QT])
#   One static library per folder (core/load -> loadscope_core_load). Its include path is a generated directory
#   that holds only a link to its own folder, spelled as in the tree (<build>/layers/<NAME>/core/load), so
#   `#include "core/load/x.h"` works inside the layer and in the layers that depend on it, and an include of any
#   other folder fails with "No such file or directory". A layer sees exactly its DEPENDS and what they see.
#   DEPENDS must name layers declared before it (core/CMakeLists.txt and ui/CMakeLists.txt list them bottom-up),
#   so the folders form a DAG: an include that goes the wrong way or closes a cycle does not build.
#   LIBS: external libraries the layer's headers or sources use. QT: run moc on the layer (Qt Widgets code).
function(loadscope_layer name)
  cmake_parse_arguments(ARG "QT" "" "SOURCES;DEPENDS;LIBS" ${ARGN})
  file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
  foreach(dep ${ARG_DEPENDS})
    if(NOT TARGET ${dep})
      message(FATAL_ERROR "layer ${name} (${folder}) depends on ${dep}, which is not declared below it: "
                          "layers may only use the layers under them (see HACKING.md)")
    endif()
  endforeach()
  set(include_root ${CMAKE_BINARY_DIR}/layers/${name})
  get_filename_component(link_parent ${include_root}/${folder} DIRECTORY)
  file(MAKE_DIRECTORY ${link_parent})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${include_root}/${folder} SYMBOLIC)
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${include_root})
  target_link_libraries(${name} PUBLIC ${ARG_DEPENDS} ${ARG_LIBS} PRIVATE loadscope_warnings)
  if(ARG_QT)
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
  endif()
  set_property(GLOBAL APPEND PROPERTY LOADSCOPE_LAYERS ${name})
endfunction()

# loadscope_umbrella(NAME PREFIX): an interface library linking every layer declared so far whose name starts with
# PREFIX (loadscope_core, loadscope_ui), for the tests and benchmarks, which are not a layer: they may reach every
# layer and the shared helpers under tests/ (the repository root is on their include path). Programs link layers.
function(loadscope_umbrella name prefix)
  get_property(layers GLOBAL PROPERTY LOADSCOPE_LAYERS)
  list(FILTER layers INCLUDE REGEX "^${prefix}")
  add_library(${name} INTERFACE)
  target_link_libraries(${name} INTERFACE ${layers})
  target_include_directories(${name} INTERFACE ${PROJECT_SOURCE_DIR})
endfunction()
