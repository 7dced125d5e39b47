// rapport report <name>: the reports of docs/reports.md as table, JSON or CSV.
#include <algorithm>
#include <array>
#include <iostream>
#include <string_view>

#include "cli_support.hpp"
#include "rapport/report/reports.hpp"

namespace rapport::cli {
namespace {

constexpr const char* kNames = "scorecard, at-risk, funnel, retention, conduct, strain, quality";
constexpr std::array<std::string_view, 7> kReports{"scorecard", "at-risk", "funnel", "retention",
                                                   "conduct",   "strain",  "quality"};

}  // namespace

int report_command(const std::vector<std::string>& args) {
  std::string db, period_text = "30d", format = "table", by = "week", at;
  std::size_t top = 20;
  po::options_description o(std::string("usage: rapport report NAME [options]\nNAME is one of ") + kNames +
                            ".\n\noptions");
  o.add_options()("period", po::value(&period_text)->default_value("30d"),
                  "YYYY-MM, YYYY-MM-DD..YYYY-MM-DD, Nd (last N days) or all")(
      "format", po::value(&format)->default_value("table"), "output: table, json or csv")(
      "top", po::value(&top)->default_value(20), "at-risk: how many clients")(
      "by", po::value(&by)->default_value("week"), "quality: week, channel or language")(
      "now", po::value(&at), "the reference time, ISO 8601 UTC (default: now)");
  auto p = parse("report", args, o, {"name"}, &db);
  if (p.exit_code) return *p.exit_code;
  return guarded("report", [&] {
    const std::string name = p.vm["name"].as<std::string>();
    const Timestamp now = at.empty() ? system_now() : parse_iso8601(at);
    const auto period = report::parse_period(period_text, now);
    if (format != "table" && format != "json" && format != "csv") {
      throw po::error("--format '" + format + "' is not one of table, json, csv");
    }
    if (std::find(kReports.begin(), kReports.end(), name) == kReports.end()) {
      throw po::error("unknown report '" + name + "' (one of " + kNames + ")");
    }
    Crm crm = open_crm(db);
    if (name == "scorecard") {
      print(report::to_table(report::agent_scorecard(crm, period), period), format);
    } else if (name == "at-risk") {
      print(report::to_table(report::at_risk(crm, now, {.recent_days = 90, .top = top})), format);
    } else if (name == "funnel") {
      print(report::to_table(report::pipeline_funnel(crm, period)), format);
    } else if (name == "retention") {
      print(report::to_table(report::retention_summary(crm, period)), format);
    } else if (name == "conduct") {
      print(report::conduct_table(report::conduct_wellbeing(crm, period)), format);
    } else if (name == "strain") {
      print(report::strain_table(report::conduct_wellbeing(crm, period)), format);
    } else {  // quality
      store::QualityDimension dim{};
      if (by == "week")
        dim = store::QualityDimension::week;
      else if (by == "channel")
        dim = store::QualityDimension::channel;
      else if (by == "language")
        dim = store::QualityDimension::language;
      else
        throw po::error("--by '" + by + "' is not one of week, channel, language");
      print(report::to_table(report::quality_trend(crm, period, dim), dim, period), format);
    }
    return kOk;
  });
}

}  // namespace rapport::cli
