# rapport demo: the dashboard's sections, determinism for a seed (two runs give
# byte-identical exports), and the refusal to replace a file it did not make.
# Run by ctest: cmake -DRAPPORT=<binary> -DWORK=<dir> -P cli_demo_test.cmake
include(${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/a" "${WORK}/b")

set(SIZE --clients 40 --interactions 720)
expect("demo" 0
       "720 interactions.*hooks fired: [1-9][0-9]* adversarial.*Agent scorecard.*Clients most at risk.*Pipeline funnel.*Retention by offer.*Conduct.*An adversarial conversation.*ADVERSARIAL"
       ${RAPPORT} demo --db "${WORK}/a/rapport-demo.db" ${SIZE})
expect("demo again" 0 "720 interactions" ${RAPPORT} demo --db "${WORK}/b/rapport-demo.db" ${SIZE})
foreach(run a b)
  expect("export ${run}" 0 "written" ${RAPPORT} export --db "${WORK}/${run}/rapport-demo.db"
         --clients "${WORK}/${run}/clients.csv" --interactions "${WORK}/${run}/interactions.jsonl")
endforeach()
foreach(f clients.csv interactions.jsonl)
  file(SHA256 "${WORK}/a/${f}" first)
  file(SHA256 "${WORK}/b/${f}" second)
  if(NOT first STREQUAL second)
    message(FATAL_ERROR "demo is not deterministic: ${f} differs between two runs with one seed")
  endif()
endforeach()
expect("other seed" 0 "seed 7" ${RAPPORT} demo --db "${WORK}/a/rapport-demo.db" ${SIZE} --seed 7)

# The demo replaces its own file, but not another existing one.
file(WRITE "${WORK}/precious.db" "not a demo")
expect("refuse" 2 "'${WORK}/precious.db' exists already" ${RAPPORT} demo --db "${WORK}/precious.db" ${SIZE})
file(READ "${WORK}/precious.db" kept)
if(NOT kept STREQUAL "not a demo")
  message(FATAL_ERROR "demo changed a file it refused")
endif()
expect("bad size" 1 "--interactions 5 is not in" ${RAPPORT} demo --db "${WORK}/x.db" --interactions 5)
