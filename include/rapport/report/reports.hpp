#pragma once

// All reports: each is a function of the Crm's store and a period that returns
// plain rows, with to_table() for printing as text, JSON or CSV (docs/reports.md).
#include "rapport/report/agent_scorecard.hpp"
#include "rapport/report/client_health.hpp"
#include "rapport/report/conduct_wellbeing.hpp"
#include "rapport/report/funnel.hpp"
#include "rapport/report/period.hpp"
#include "rapport/report/quality_trend.hpp"
#include "rapport/report/retention_report.hpp"
#include "rapport/report/table.hpp"
