# Runs `rapport-bench --quick --json` and checks the shape of its JSON (every
# key the benchmark issue names, numbers where numbers belong); not the times.
# When RAPPORT_TEST_POSTGRES names a test server, runs it again with --store
# against that server (in schemas of the run's own, dropped afterwards);
# without it that run is skipped, saying so (RAPPORT_REQUIRE_POSTGRES=1 fails).
# Run by ctest: cmake -DBENCH=<binary> -DWORK=<dir> -P bench_smoke_test.cmake
file(MAKE_DIRECTORY "${WORK}")

# check_bench(name store raw_key args...): runs the bench with args and checks its JSON.
function(check_bench name store raw_key)
  execute_process(COMMAND ${BENCH} --quick --json --dir "${WORK}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name}: rapport-bench exited with ${rc}: ${err}")
  endif()
  set(keys
    "analyzer:mb_per_s" "analyzer:turns_per_s" "analyzer:rules" "analyzer:naive_mb_per_s" "analyzer:ratio_vs_naive"
    "analyzer:byte_pass_mb_per_s" "analyzer:ratio_vs_byte_pass" "analyzer:rss_mib"
    "ingest:interactions_per_s" "ingest:${raw_key}" "ingest:ratio_vs_raw"
    "concurrency:interactions_per_s_by_processes:1" "concurrency:interactions_per_s_by_processes:4"
    "concurrency:ratio_4_vs_1"
    "reports:interactions" "reports:clients" "reports:fill_s" "reports:at_risk_top20_ms" "reports:agent_scorecard_ms"
    "reports:funnel_ms" "reports:client_latest20_us")
  foreach(path IN LISTS keys)
    string(REPLACE ":" ";" words "${path}")
    string(JSON type ERROR_VARIABLE e TYPE "${out}" ${words})
    if(e OR NOT type STREQUAL "NUMBER")
      message(FATAL_ERROR "${name}: key '${path}' missing or not a number (${type} ${e}) in: ${out}")
    endif()
    string(JSON value GET "${out}" ${words})
    if(value LESS 0)
      message(FATAL_ERROR "${name}: key '${path}' is negative: ${value}")
    endif()
  endforeach()
  foreach(group analyzer_mb_per_s_by_turn_bytes at_risk_ms_by_interactions)
    string(JSON n ERROR_VARIABLE e LENGTH "${out}" scaling ${group})
    if(e OR n LESS 2)
      message(FATAL_ERROR "${name}: scaling.${group} needs at least two sizes: ${out}")
    endif()
  endforeach()
  string(JSON rules GET "${out}" analyzer rules)
  if(rules LESS 1000)
    message(FATAL_ERROR "${name}: the analyzer was measured with only ${rules} rules")
  endif()
  string(JSON got ERROR_VARIABLE e GET "${out}" store)
  if(NOT got STREQUAL store)
    message(FATAL_ERROR "${name}: \"store\" is '${got}' (${e}), expected '${store}': ${out}")
  endif()
  set(last_out "${out}" PARENT_SCOPE)
  set(last_err "${err}" PARENT_SCOPE)
endfunction()

check_bench(sqlite sqlite raw_sqlite_interactions_per_s)

if("$ENV{RAPPORT_TEST_POSTGRES}" STREQUAL "")
  if("$ENV{RAPPORT_REQUIRE_POSTGRES}" STREQUAL "1")
    message(FATAL_ERROR "RAPPORT_REQUIRE_POSTGRES=1 but RAPPORT_TEST_POSTGRES is not set")
  endif()
  message(STATUS "PostgreSQL run skipped: needs RAPPORT_TEST_POSTGRES (scripts/test starts a server)")
  return()
endif()
check_bench(postgresql postgresql raw_postgres_interactions_per_s --store "$ENV{RAPPORT_TEST_POSTGRES}")
# The server is named without its password.
string(REGEX MATCH "://[^:/@]*:([^@]*)@" has_password "$ENV{RAPPORT_TEST_POSTGRES}")
if(has_password AND NOT CMAKE_MATCH_1 STREQUAL "")
  string(FIND "${last_out}${last_err}" "${CMAKE_MATCH_1}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "rapport-bench --store printed the password")
  endif()
endif()
# A value that is no connection string is refused as a usage error, without echoing it.
execute_process(COMMAND ${BENCH} --quick --store "postgress://someone:not-a-secret@host/db" RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "--store takes" OR err MATCHES "not-a-secret")
  message(FATAL_ERROR "bad --store: exit ${rc}, expected 1 and a message without the value: ${err}")
endif()
