# loadscope_source_digest(OUTPUT header NAME constant FOLDERS folder...)
#   Generates `header` defining `constant`: the SHA-256 of every .h/.cpp under the given folders of the tree,
#   regenerated whenever one of them changes (cmake/SourceDigest.cmake). A cache puts it in its key, so a change to
#   the code behind its entries makes every entry stale without anyone remembering to bump a number.
function(loadscope_source_digest)
  cmake_parse_arguments(ARG "" "OUTPUT;NAME" "FOLDERS" ${ARGN})
  set(globs "")
  foreach(folder ${ARG_FOLDERS})
    list(APPEND globs ${PROJECT_SOURCE_DIR}/${folder}/*.h ${PROJECT_SOURCE_DIR}/${folder}/*.cpp)
  endforeach()
  file(GLOB sources CONFIGURE_DEPENDS ${globs})
  string(REPLACE ";" "|" source_list "${sources}")
  string(REPLACE ";" ", " what "${ARG_FOLDERS}")
  add_custom_command(OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DNAME=${ARG_NAME} "-DWHAT=${what}" "-DSOURCES=${source_list}"
            -P ${PROJECT_SOURCE_DIR}/cmake/SourceDigest.cmake
    DEPENDS ${sources} ${PROJECT_SOURCE_DIR}/cmake/SourceDigest.cmake
    COMMENT "Digest of ${what} (${ARG_NAME})" VERBATIM)
endfunction()
