# Drives the rapport binary: `rapport analyze` outputs and exit codes.
# Run by ctest: cmake -DRAPPORT=<binary> -DDATA=<tests/data> -DWORK=<dir> -P cli_analyze_test.cmake

include(${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake)

file(MAKE_DIRECTORY "${WORK}")

expect("help" 0 "--format" ${RAPPORT} analyze --help)
expect("no input" 1 "no input file" ${RAPPORT} analyze)
expect("bad format" 1 "--format 'pdf'" ${RAPPORT} analyze --format pdf x)
expect("unknown option" 1 "unrecognised option|unrecognized option" ${RAPPORT} analyze --colour x)
expect("unknown command" 1 "unknown command 'analyse'" ${RAPPORT} analyse)
expect("missing file" 2 "cannot read '${WORK}/missing.vtt'" ${RAPPORT} analyze ${WORK}/missing.vtt)

# Teams VTT: the agent's sigh and the interruption are flagged, with timings.
expect("teams" 0 "superior_tone.*interrupting|interrupting.*superior_tone"
       ${RAPPORT} analyze --staff "Olena Shevchenko" ${DATA}/teams.vtt)
expect("teams json" 0 "\"marker\":\"interrupting\"" ${RAPPORT} analyze --json --staff "Olena Shevchenko" ${DATA}/teams.vtt)
if(NOT last_out MATCHES "\"timed\":true" OR NOT last_out MATCHES "\"stance\":")
  message(FATAL_ERROR "teams json lacks metrics or stance: ${last_out}")
endif()
expect("zoom" 0 "3 turns" ${RAPPORT} analyze --staff "Dana Popescu" ${DATA}/zoom.vtt)
expect("plain" 0 "3 turns" ${RAPPORT} analyze --format text --staff Piotr ${DATA}/call.txt)

# JSON Lines: one output line per conversation, ids echoed.
file(WRITE "${WORK}/two.jsonl"
  "{\"id\": \"c-1\", \"turns\": [{\"speaker\": \"client\", \"text\": \"WHERE IS MY PARCEL!!! I PAID!!!\"}]}\n"
  "{\"id\": \"c-2\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"Good morning.\"}]}\n")
expect("jsonl" 0 "\"id\":\"c-1\".*\n.*\"id\":\"c-2\"" ${RAPPORT} analyze --json ${WORK}/two.jsonl)
string(REGEX MATCHALL "\n" lines "${last_out}")
list(LENGTH lines n)
if(NOT n EQUAL 2)
  message(FATAL_ERROR "expected 2 JSON lines, got ${n}: ${last_out}")
endif()

# Standard input.
execute_process(COMMAND ${RAPPORT} analyze --json --format jsonl - INPUT_FILE "${WORK}/two.jsonl"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "\"id\":\"c-2\"")
  message(FATAL_ERROR "stdin: ${rc} ${out}")
endif()

# Malformed input: data error with file, line and column; nothing printed for it.
file(WRITE "${WORK}/bad.jsonl" "{\"id\": \"ok\", \"turns\": []}\n{\"id\": \"broken\", \"turns\": [\n")
expect("malformed jsonl" 2 "bad.jsonl:2:[0-9]+: malformed JSON" ${RAPPORT} analyze --json ${WORK}/bad.jsonl)
if(last_out MATCHES "\"id\":\"ok\"")
  message(FATAL_ERROR "a half-read file printed results: ${last_out}")
endif()
file(WRITE "${WORK}/bad.vtt" "WEBVTT\n\n00:00:01.000 --> soon\nA: hi\n")
expect("malformed vtt" 2 "bad.vtt:3:[0-9]+: bad cue end time 'soon'" ${RAPPORT} analyze ${WORK}/bad.vtt)
file(WRITE "${WORK}/bad.rules" "blame agent 2 (never closed\n")
expect("bad rules" 2 "bad.rules:1:[0-9]+:" ${RAPPORT} analyze --rules ${WORK}/bad.rules ${DATA}/zoom.vtt)
