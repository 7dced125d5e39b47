# Fails when a C++ file of the repository is not formatted by .clang-format.
# Run by ctest: cmake -DCLANG_FORMAT=<binary> -DSOURCE=<source root> -P format_test.cmake
file(GLOB_RECURSE files "${SOURCE}/include/*.hpp" "${SOURCE}/src/*.cpp" "${SOURCE}/src/*.hpp"
     "${SOURCE}/examples/*.cpp" "${SOURCE}/examples/*.hpp" "${SOURCE}/tests/*.cpp" "${SOURCE}/tests/*.hpp")
set(bad "")
foreach(f IN LISTS files)
  execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${f} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    file(RELATIVE_PATH rel "${SOURCE}" "${f}")
    list(APPEND bad "${rel}")
  endif()
endforeach()
if(bad)
  string(REPLACE ";" "\n  " list "${bad}")
  message(FATAL_ERROR "not clang-formatted (run clang-format -i on them):\n  ${list}")
endif()
