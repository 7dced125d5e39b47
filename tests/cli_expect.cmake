# expect(name code regex command...): runs the command in ${WORK} and fails the
# test unless it exits with `code` and its output matches `regex`; the standard
# output is left in `last_out`. Included by the CLI test scripts.
function(expect name code regex)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                  WORKING_DIRECTORY "${WORK}")
  if(NOT rc EQUAL code)
    message(FATAL_ERROR "${name}: exit code ${rc}, expected ${code}\nstdout: ${out}\nstderr: ${err}")
  endif()
  if(NOT "${out}${err}" MATCHES "${regex}")
    message(FATAL_ERROR "${name}: output does not match '${regex}'\nstdout: ${out}\nstderr: ${err}")
  endif()
  set(last_out "${out}" PARENT_SCOPE)
endfunction()
