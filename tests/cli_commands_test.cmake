# Drives the rapport binary through its database subcommands: exit codes,
# outputs, and that a refused command changes nothing.
# Run by ctest: cmake -DRAPPORT=<binary> -DDATA=<tests/data> -DWORK=<dir> [-DPOSTGRES=ON] -P cli_commands_test.cmake
# With POSTGRES=ON the same commands run against a fresh schema on the test
# PostgreSQL server (only the checks of SQLite's default file are left out).

include(${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/pg_schema.cmake)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
if(POSTGRES)
  pg_fresh_schema(cli_commands location)
else()
  set(location "${WORK}/crm.db")
endif()
set(DB --db "${location}")

expect("help" 0 "client.*report.*retention" ${RAPPORT} --help)
foreach(cmd init demo "staff add" "staff list" export import "client add" "client list" "client show" "client merge" "client duplicates" log search report
        "deal add" "deal move" "deal list" "ticket open" "ticket resolve" "ticket list" "retention list"
        "retention offer" "retention close" backup)
  separate_arguments(words UNIX_COMMAND "${cmd}")
  expect("${cmd} --help" 0 "usage: rapport ${cmd}.*--db" ${RAPPORT} ${words} --help)
endforeach()
expect("client without sub" 1 "usage: rapport client add" ${RAPPORT} client)
expect("bad sub" 1 "unknown subcommand 'remove'" ${RAPPORT} deal remove)

if(POSTGRES)
  # Messages name the server and database, never the password.
  expect("init" 0 "PostgreSQL rapport@127.0.0.1:[0-9]+/rapport_test: rapport database, schema version [0-9]+"
         ${RAPPORT} init ${DB})
  if(last_out MATCHES "rapport-test-only")
    message(FATAL_ERROR "init printed the password: ${last_out}")
  endif()
else()
  # The default database is ./rapport.db.
  expect("init default" 0 "rapport.db: rapport database, schema version 3" ${RAPPORT} init)
  if(NOT EXISTS "${WORK}/rapport.db")
    message(FATAL_ERROR "init did not create ./rapport.db")
  endif()
  expect("init" 0 "schema version 3" ${RAPPORT} init ${DB})
endif()
expect("add" 0 "1  Anna Kowalska  person  customer  pl        anna@example.pl  \\+48601234567"
       ${RAPPORT} client add ${DB} --name "Anna Kowalska" --email anna@example.pl --phone "+48 601 234 567"
       --language pl --stage customer)
expect("add twin" 0 "Kowalska, Anna" ${RAPPORT} client add ${DB} --name "Kowalska, Anna" --email ak@example.pl)
expect("add no name" 1 "--name" ${RAPPORT} client add ${DB} --email x@example.com)
expect("add bad email" 2 "email 'not-an-email'" ${RAPPORT} client add ${DB} --name X --email not-an-email)
expect("add bad stage" 2 "'vip'" ${RAPPORT} client add ${DB} --name X --stage vip)
expect("add taken email" 2 "already belongs to client 1" ${RAPPORT} client add ${DB} --name Y --email ANNA@example.pl)
expect("list csv" 0 "id,name,kind,stage,language,emails,phones,tags\r?\n1,Anna Kowalska,.*\n2,\"Kowalska, Anna\""
       ${RAPPORT} client list ${DB} --format csv)
expect("list json" 0 "\\[\\{.*\"name\":\"Anna Kowalska\"" ${RAPPORT} client list ${DB} --format json)
expect("list bad format" 1 "--format 'xml'" ${RAPPORT} client list ${DB} --format xml)
expect("duplicates" 0 "1 +2 +name" ${RAPPORT} client duplicates ${DB})
expect("show bad id" 1 "client id 'abc'" ${RAPPORT} client show ${DB} abc)
expect("show unknown" 2 "client 99 does not exist" ${RAPPORT} client show ${DB} 99)

expect("staff add" 0 "staff 1: Olena Shevchenko <olena@example.com>, agent" ${RAPPORT} staff add ${DB}
       --name "Olena Shevchenko" --email olena@example.com)
expect("staff add boss" 0 "supervisor" ${RAPPORT} staff add ${DB} --name Boss --email boss@example.com --role supervisor)
expect("staff bad role" 2 "'chief'" ${RAPPORT} staff add ${DB} --name X --email x@example.com --role chief)
expect("staff list" 0 "1 +Olena Shevchenko +olena@example.com +agent" ${RAPPORT} staff list ${DB})

# log: a Teams transcript, analysed and stored; hooks open a retention case.
expect("log" 0 "interaction 1 stored: stance [0-9]+/100.*ADVERSARIAL.*superior_tone.*retention case"
       ${RAPPORT} log ${DB} --client 1 --staff 1 --staff-name "Olena Shevchenko" --channel chat --at 2026-11-02T10:00:00Z
       ${DATA}/teams.vtt)
# Piped output is plain text (ADVERSARIAL is bold only on a terminal): no terminal colour codes.
string(ASCII 27 escape)
if(last_out MATCHES "${escape}")
  message(FATAL_ERROR "piped output carries terminal escape codes: ${last_out}")
endif()
expect("log no client" 1 "--client" ${RAPPORT} log ${DB} ${DATA}/teams.vtt)
expect("log unknown client" 2 "client 42 does not exist" ${RAPPORT} log ${DB} --client 42 ${DATA}/teams.vtt)
expect("log bad channel" 2 "'fax'" ${RAPPORT} log ${DB} --client 1 --channel fax ${DATA}/teams.vtt)
expect("log bad file" 2 "cannot read" ${RAPPORT} log ${DB} --client 1 ${WORK}/none.vtt)
expect("show" 0 "Anna Kowalska.*retention case 1 open.*#1 2026-11-02T10:00 chat.*ADVERSARIAL"
       ${RAPPORT} client show ${DB} 1)
expect("search" 0 "client +1 +1 +Anna \\[Kowalska\\]" ${RAPPORT} search ${DB} kowalska)
expect("search transcript" 0 "interaction +1 +1" ${RAPPORT} search ${DB} restart)
expect("search syntax" 0 "snippet" ${RAPPORT} search ${DB} "\"unclosed OR NEAR(")

# Reports.
expect("at-risk" 0 "Anna Kowalska +customer.*adversarial \\+10" ${RAPPORT} report at-risk ${DB} --now 2026-11-05)
expect("quality json" 0 "\"channel\":\"chat\",\"interactions\":1"
       ${RAPPORT} report quality ${DB} --by channel --period 2026-11 --format json)
expect("quality csv" 0 "week_of,interactions,mean_stance,mean_conduct,adversarial_%\r?\n2026-11-02,1,"
       ${RAPPORT} report quality ${DB} --period 2026-11 --format csv)
expect("scorecard" 0 "Olena Shevchenko +1 +18.00 +100.00 +0.00 +[0-9.]+ +0 +superior_tone"
       ${RAPPORT} report scorecard ${DB} --period 2026-11)
expect("conduct" 0 "level,client_id,client,reason,approved_by,since" ${RAPPORT} report conduct ${DB} --format csv)
expect("strain" 0 "Agent strain by day" ${RAPPORT} report strain ${DB} --period 2026-11)
expect("funnel empty" 0 "lead +0 +0" ${RAPPORT} report funnel ${DB} --period 2026-11)
expect("report unknown" 1 "unknown report 'churn'" ${RAPPORT} report churn ${DB})
expect("report bad period" 2 "period 'november'" ${RAPPORT} report funnel ${DB} --period november)
expect("report bad by" 1 "--by 'month'" ${RAPPORT} report quality ${DB} --by month)

# Deals, tickets, retention.
expect("deal add" 0 "1 +2 +Oven service +lead +1250.50 EUR" ${RAPPORT} deal add ${DB} --client 2 --title "Oven service"
       --value 1250.5)
expect("deal bad value" 2 "amount '12.345'" ${RAPPORT} deal add ${DB} --client 2 --title X --value 12.345)
expect("deal negative" 2 "amount '-5'" ${RAPPORT} deal add ${DB} --client 2 --title X --value -5)
expect("deal bad stage" 2 "'signed'" ${RAPPORT} deal move ${DB} 1 signed)
expect("deal won" 0 "won +1250.50 EUR +fast reply" ${RAPPORT} deal move ${DB} 1 won --reason "fast reply")
expect("lead became customer" 0 "Kowalska, Anna  \\(client 2, person, customer" ${RAPPORT} client show ${DB} 2)
expect("deal closed" 2 "is closed" ${RAPPORT} deal move ${DB} 1 lost)
expect("deal list" 0 "\\(no rows\\)" ${RAPPORT} deal list ${DB})
expect("funnel" 0 "won +1 +1" ${RAPPORT} report funnel ${DB} --period all)
expect("ticket" 0 "1 +2 +Oven broken +high +new" ${RAPPORT} ticket open ${DB} --client 2 --subject "Oven broken"
       --priority high --complaint)
expect("ticket bad priority" 2 "'asap'" ${RAPPORT} ticket open ${DB} --client 2 --subject X --priority asap)
expect("ticket csat" 2 "csat 9" ${RAPPORT} ticket resolve ${DB} 1 --csat 9)
expect("ticket resolve" 0 "resolved +0 +4" ${RAPPORT} ticket resolve ${DB} 1 --csat 4)
expect("ticket resolve again" 2 "cannot be resolved" ${RAPPORT} ticket resolve ${DB} 1)
expect("retention list" 0 "2 +[0-9-]+ +complaint_ticket" ${RAPPORT} retention list ${DB})
expect("offer bad kind" 2 "'voucher'" ${RAPPORT} retention offer ${DB} 2 voucher)
expect("offer" 0 "case 2: 1 offer" ${RAPPORT} retention offer ${DB} 2 discount --value 20 --currency PLN)
expect("close" 0 "case 2 closed: retained" ${RAPPORT} retention close ${DB} 2 retained)
expect("close again" 2 "closed" ${RAPPORT} retention close ${DB} 2 lost)
expect("retention report" 0 "discount +1 +1 +100.00" ${RAPPORT} report retention ${DB} --period all)

# merge: the twin joins client 1 with its deal and ticket.
expect("merge" 0 "merged client 2 into 1" ${RAPPORT} client merge ${DB} 1 2)
expect("merge again" 2 "does not exist" ${RAPPORT} client merge ${DB} 1 2)
expect("after merge" 0 "^Clients\nid.*\n +1 +Anna Kowalska[^\n]*\n$" ${RAPPORT} client list ${DB})

# Export and import: a round trip through a second database, refusals that change nothing.
expect("export" 0 "2 staff written.*1 clients written.*1 interactions written" ${RAPPORT} export ${DB}
       --staff "${WORK}/s.csv" --clients "${WORK}/c.csv" --interactions "${WORK}/i.jsonl")
expect("export exists" 2 "exists already" ${RAPPORT} export ${DB} --clients "${WORK}/c.csv")
expect("export bad name" 2 "'${WORK}/c.xlsx'" ${RAPPORT} export ${DB} --clients "${WORK}/c.xlsx")
expect("export nothing" 1 "nothing to export" ${RAPPORT} export ${DB})
# A refused import stores nothing (the refusal runs on its own database: a
# PostgreSQL sequence is not rolled back, so ids there would start after a gap).
if(POSTGRES)
  pg_fresh_schema(cli_commands_refused refused_location)
  pg_fresh_schema(cli_commands_copy copy_location)
else()
  set(refused_location "${WORK}/refused.db")
  set(copy_location "${WORK}/copy.db")
endif()
set(DB2 --db "${copy_location}")
expect("import no staff" 2 "i.jsonl:1: staff 1 does not exist" ${RAPPORT} import --db "${refused_location}"
       --clients "${WORK}/c.csv" --interactions "${WORK}/i.jsonl")
expect("refused stored nothing" 0 "^Clients\nid[^\n]*\n\\(no rows\\)\n$" ${RAPPORT} client list --db "${refused_location}")
expect("import" 0 "imported 2 staff, 1 clients and 1 interactions" ${RAPPORT} import ${DB2}
       --staff "${WORK}/s.csv" --clients "${WORK}/c.csv" --interactions "${WORK}/i.jsonl")
expect("re-export" 0 "written" ${RAPPORT} export ${DB2} --staff "${WORK}/s2.csv" --clients "${WORK}/c2.csv"
       --interactions "${WORK}/i2.jsonl")
foreach(pair "s.csv;s2.csv" "c.csv;c2.csv" "i.jsonl;i2.jsonl")
  list(GET pair 0 a)
  list(GET pair 1 b)
  file(READ "${WORK}/${a}" first)
  file(READ "${WORK}/${b}" second)
  if(NOT first STREQUAL second)
    message(FATAL_ERROR "round trip changed ${a}:\n${first}\n---\n${second}")
  endif()
endforeach()
# A malformed CSV: the line is named and nothing is imported.
file(WRITE "${WORK}/bad.csv" "name,emails\nGood One,good@example.com\n\"Broken,broken@example.com\n")
expect("import malformed" 2 "bad.csv:3:1: quoted field is never closed" ${RAPPORT} import ${DB2}
       --clients "${WORK}/bad.csv")
expect("nothing imported" 0 "^Clients\nid.*\n +1 +Anna Kowalska[^\n]*\n$" ${RAPPORT} client list ${DB2})

# Backup: an online copy (SQLite); never over an existing file; PostgreSQL points to pg_dump.
if(POSTGRES)
  expect("backup on PostgreSQL" 2 "pg_dump" ${RAPPORT} backup ${DB2} "${WORK}/never.db")
else()
  expect("backup" 0 "backed up .*copy.db to .*backup.db" ${RAPPORT} backup ${DB2} "${WORK}/backup.db")
  expect("backup restored" 0 "^Clients\nid.*\n +1 +Anna Kowalska[^\n]*\n$" ${RAPPORT} client list --db "${WORK}/backup.db")
  file(WRITE "${WORK}/taken.db" "precious")
  expect("backup over a file" 2 "taken.db' exists already" ${RAPPORT} backup ${DB2} "${WORK}/taken.db")
  file(READ "${WORK}/taken.db" kept)
  if(NOT kept STREQUAL "precious")
    message(FATAL_ERROR "backup overwrote an existing file: ${kept}")
  endif()
endif()
