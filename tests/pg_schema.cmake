# pg_fresh_schema(name out_var): for the CLI scripts' PostgreSQL runs, a fresh
# schema `name` on the test server (RAPPORT_TEST_POSTGRES, dropped first if a
# previous run left it) and, in out_var, the connection string that selects it.
# Included by the CLI test scripts; needs psql (postgresql-client).
function(pg_fresh_schema name out_var)
  if("$ENV{RAPPORT_TEST_POSTGRES}" STREQUAL "")
    if("$ENV{RAPPORT_REQUIRE_POSTGRES}" STREQUAL "1")
      message(FATAL_ERROR "RAPPORT_REQUIRE_POSTGRES=1 but RAPPORT_TEST_POSTGRES is not set")
    endif()
    # ctest reports this as skipped (SKIP_REGULAR_EXPRESSION).
    message(FATAL_ERROR "PostgreSQL run skipped: needs RAPPORT_TEST_POSTGRES (scripts/test starts a server)")
  endif()
  find_program(PSQL psql REQUIRED)
  execute_process(COMMAND ${PSQL} -q -v ON_ERROR_STOP=1 "$ENV{RAPPORT_TEST_POSTGRES}"
                          -c "DROP SCHEMA IF EXISTS ${name} CASCADE" -c "CREATE SCHEMA ${name}"
                  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot create schema ${name}: ${err}")
  endif()
  set(${out_var} "$ENV{RAPPORT_TEST_POSTGRES}?options=-csearch_path%3D${name}%2Cpublic" PARENT_SCOPE)
endfunction()
