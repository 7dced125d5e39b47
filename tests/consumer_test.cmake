# Installs the already built rapport into a temporary prefix, then configures,
# builds and runs examples/consumer against it. Run by ctest in script mode.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "command failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install "${RAPPORT_BINARY_DIR}" --prefix "${WORK_DIR}/prefix")
run(${CMAKE_COMMAND} -S "${CONSUMER_SOURCE_DIR}" -B "${WORK_DIR}/build" "-DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix")
run(${CMAKE_COMMAND} --build "${WORK_DIR}/build")
run("${WORK_DIR}/build/consumer")
if(NOT last_output MATCHES "client #1 Consumer Test")
  message(FATAL_ERROR "consumer printed: ${last_output}")
endif()

# The pkg-config file must give a working compile and link line too.
find_program(PKG_CONFIG pkg-config)
if(PKG_CONFIG)
  file(GLOB_RECURSE pc_file "${WORK_DIR}/prefix/rapport.pc")
  get_filename_component(pc_dir "${pc_file}" DIRECTORY)
  set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
  execute_process(COMMAND ${PKG_CONFIG} --cflags --libs rapport OUTPUT_VARIABLE flags RESULT_VARIABLE rc
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config cannot read rapport.pc")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  run(c++ "${CONSUMER_SOURCE_DIR}/main.cpp" -o "${WORK_DIR}/consumer-pc" ${flags})
  run("${WORK_DIR}/consumer-pc")
endif()
message(STATUS "consumer built and ran against the installed package: ${last_output}")
