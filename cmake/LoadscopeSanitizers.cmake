# LOADSCOPE_SANITIZE: everything (core, apps, GUI, tests) under AddressSanitizer + UndefinedBehaviorSanitizer,
# any compiler; the first finding aborts the program, so a test with UB fails. The `sanitize` preset sets it with
# the build type `Sanitize` (-O1 -g1: ASan's advice, fast enough to run every test and far cheaper to compile than
# -O2 -g; line tables so reports name file:line; assertions kept).
# LOADSCOPE_FUZZ: clang only; instruments everything for libFuzzer (coverage) with the same sanitizers and
# builds the libFuzzer targets of tests/fuzz (fuzz_<parser>).
option(LOADSCOPE_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(LOADSCOPE_FUZZ "Build the libFuzzer targets (clang; ASan + UBSan on everything)" OFF)

set(LOADSCOPE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
if(LOADSCOPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "LOADSCOPE_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link ${LOADSCOPE_SANITIZER_FLAGS})
  add_link_options(${LOADSCOPE_SANITIZER_FLAGS})
elseif(LOADSCOPE_SANITIZE)
  add_compile_options(${LOADSCOPE_SANITIZER_FLAGS})
  add_link_options(${LOADSCOPE_SANITIZER_FLAGS})
endif()
