# Runs an example program on a fresh PostgreSQL schema (its first argument is
# the database location) and checks its output, as the SQLite runs do.
# Run by ctest: cmake -DPROGRAM=<binary> -DSCHEMA=<name> -DEXPECT=<regex> -DWORK=<dir> -P example_postgres.cmake
include(${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/pg_schema.cmake)

file(MAKE_DIRECTORY "${WORK}")
pg_fresh_schema(${SCHEMA} location)
expect("${SCHEMA}" 0 "${EXPECT}" ${PROGRAM} "${location}")
