// Staff strain from hostile clients, and the coaching list of staff-side flags.
#include "rapport/workflow/wellbeing.hpp"

#include <algorithm>
#include <cstdio>

#include "marker_kind.hpp"

namespace rapport {

WellbeingService::WellbeingService(WorkflowContext context) : ctx_(context) {}

double WellbeingService::strain_of(const Interaction& in, const quality::QualityReport& report) const {
  int adversity = 0;
  for (const auto& f : report.flags) {
    if (f.side == quality::Side::client &&
        workflow::marker_kind(f.marker, ctx_.analyzer.config()) == quality::MarkerKind::client_conduct) {
      adversity += f.severity;
    }
  }
  if (adversity == 0) return 0.0;
  double minutes = static_cast<double>(in.duration.count()) / 60000.0;
  if (minutes <= 0 && !in.turns.empty() && in.turns.front().start_ms && in.turns.back().end_ms) {
    minutes = static_cast<double>(*in.turns.back().end_ms - *in.turns.front().start_ms) / 60000.0;
  }
  const auto& o = ctx_.options.wellbeing;
  // Hours since the shift started, on the local clock.
  const auto local = in.started_at + std::chrono::minutes{o.day_offset_minutes};
  const auto since_midnight = local - std::chrono::floor<std::chrono::days>(local);
  const double hour = std::chrono::duration<double, std::ratio<3600>>(since_midnight).count();
  const double ahead =
      o.shift_hours > 0 ? std::clamp((o.shift_start_hour + o.shift_hours - hour) / o.shift_hours, 0.0, 1.0) : 0.0;
  return adversity * (1.0 + std::min(minutes, 60.0) / 10.0) * (1.0 + 0.5 * ahead);
}

std::string WellbeingService::business_day(Timestamp t) const {
  return to_iso8601(t + std::chrono::minutes{ctx_.options.wellbeing.day_offset_minutes}).substr(0, 10);
}

double WellbeingService::day_strain(StaffId staff, Timestamp t) {
  const auto offset = std::chrono::minutes{ctx_.options.wellbeing.day_offset_minutes};
  const auto local_day = std::chrono::floor<std::chrono::days>(t + offset);
  const Timestamp from = std::chrono::time_point_cast<std::chrono::milliseconds>(local_day - offset);
  return ctx_.store.staff_strain(staff, from, from + std::chrono::days{1});
}

std::vector<store::FlagRecord> WellbeingService::coaching(StaffId staff, Timestamp from, Timestamp to) {
  auto flags = ctx_.store.staff_flags(staff, quality::Side::agent, from, to);
  std::erase_if(flags, [&](const store::FlagRecord& r) {
    return workflow::marker_kind(r.flag.marker, ctx_.analyzer.config()) != quality::MarkerKind::staff_adversarial;
  });
  return flags;
}

}  // namespace rapport
