# Runs `rapport-bench --quick --json` and checks the shape of its JSON (every
# key the benchmark issue names, numbers where numbers belong); not the times.
# Run by ctest: cmake -DBENCH=<binary> -DWORK=<dir> -P bench_smoke_test.cmake
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND ${BENCH} --quick --json --dir "${WORK}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "rapport-bench exited with ${rc}: ${err}")
endif()
set(keys
  "analyzer:mb_per_s" "analyzer:turns_per_s" "analyzer:rules" "analyzer:naive_mb_per_s" "analyzer:ratio_vs_naive"
  "analyzer:byte_pass_mb_per_s" "analyzer:ratio_vs_byte_pass" "analyzer:rss_mib"
  "ingest:interactions_per_s" "ingest:raw_sqlite_interactions_per_s" "ingest:ratio_vs_raw"
  "reports:interactions" "reports:clients" "reports:at_risk_top20_ms" "reports:agent_scorecard_ms" "reports:funnel_ms"
  "reports:client_latest20_us")
foreach(path IN LISTS keys)
  string(REPLACE ":" ";" words "${path}")
  string(JSON type ERROR_VARIABLE e TYPE "${out}" ${words})
  if(e OR NOT type STREQUAL "NUMBER")
    message(FATAL_ERROR "key '${path}' missing or not a number (${type} ${e}) in: ${out}")
  endif()
  string(JSON value GET "${out}" ${words})
  if(value LESS 0)
    message(FATAL_ERROR "key '${path}' is negative: ${value}")
  endif()
endforeach()
foreach(group analyzer_mb_per_s_by_turn_bytes at_risk_ms_by_interactions)
  string(JSON n ERROR_VARIABLE e LENGTH "${out}" scaling ${group})
  if(e OR n LESS 2)
    message(FATAL_ERROR "scaling.${group} needs at least two sizes: ${out}")
  endif()
endforeach()
string(JSON rules GET "${out}" analyzer rules)
if(rules LESS 1000)
  message(FATAL_ERROR "the analyzer was measured with only ${rules} rules")
endif()
