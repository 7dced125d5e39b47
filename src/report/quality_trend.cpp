// The quality trend: stance and conduct by week, channel or language.
#include "rapport/report/quality_trend.hpp"

namespace rapport::report {

std::vector<store::QualityGroup> quality_trend(Crm& crm, const Period& period, store::QualityDimension by) {
  return crm.store().quality_groups(period.from, period.to, by);
}

Table to_table(const std::vector<store::QualityGroup>& groups, store::QualityDimension by, const Period& period) {
  Table t;
  const char* key = by == store::QualityDimension::week      ? "week_of"
                    : by == store::QualityDimension::channel ? "channel"
                                                             : "language";
  t.title =
      std::string("Quality by ") + (by == store::QualityDimension::week ? "week" : key) + " " + period.to_string();
  t.columns = {key, "interactions", "mean_stance", "mean_conduct", "adversarial_%"};
  for (const auto& g : groups) {
    const double adversarial =
        g.interactions == 0 ? 0.0 : 100.0 * static_cast<double>(g.adversarial) / static_cast<double>(g.interactions);
    t.rows.push_back({g.key, static_cast<std::int64_t>(g.interactions), g.mean_stance, g.mean_conduct, adversarial});
  }
  return t;
}

}  // namespace rapport::report
