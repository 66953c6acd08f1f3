# loadscope_add_test(NAME SOURCES... [LIBS ...]): one Qt Test executable registered with CTest.
function(loadscope_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_link_libraries(${name} PRIVATE Qt6::Test loadscope_warnings ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    LOADSCOPE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    LOADSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  # LOADSCOPE_NO_CACHE: a test never reads or writes the user's re-open cache; the cache's own tests give theirs.
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LOADSCOPE_NO_CACHE=1")
endfunction()
