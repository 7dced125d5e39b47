// Text names of the model's enums, used by the store, imports and the CLI.
#include "enum_names.hpp"
#include "rapport/model/client.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/model/staff.hpp"

namespace rapport {
namespace {

constexpr detail::EnumNames<ClientKind, 2> kClientKinds{
    {{ClientKind::person, "person"}, {ClientKind::company, "company"}}};
constexpr detail::EnumNames<LifecycleStage, 4> kStages{{{LifecycleStage::lead, "lead"},
                                                        {LifecycleStage::prospect, "prospect"},
                                                        {LifecycleStage::customer, "customer"},
                                                        {LifecycleStage::former, "former"}}};
constexpr detail::EnumNames<StaffRole, 3> kRoles{
    {{StaffRole::agent, "agent"}, {StaffRole::supervisor, "supervisor"}, {StaffRole::admin, "admin"}}};
constexpr detail::EnumNames<Channel, 6> kChannels{{{Channel::call, "call"},
                                                   {Channel::chat, "chat"},
                                                   {Channel::email, "email"},
                                                   {Channel::meeting, "meeting"},
                                                   {Channel::visit, "visit"},
                                                   {Channel::message, "message"}}};
constexpr detail::EnumNames<Direction, 2> kDirections{
    {{Direction::inbound, "inbound"}, {Direction::outbound, "outbound"}}};
constexpr detail::EnumNames<SpeakerRole, 3> kSpeakers{
    {{SpeakerRole::agent, "agent"}, {SpeakerRole::client, "client"}, {SpeakerRole::other, "other"}}};

}  // namespace

std::string_view to_string(ClientKind v) noexcept { return detail::enum_name(v, kClientKinds); }
std::string_view to_string(LifecycleStage v) noexcept { return detail::enum_name(v, kStages); }
std::string_view to_string(StaffRole v) noexcept { return detail::enum_name(v, kRoles); }
std::string_view to_string(Channel v) noexcept { return detail::enum_name(v, kChannels); }
std::string_view to_string(Direction v) noexcept { return detail::enum_name(v, kDirections); }
std::string_view to_string(SpeakerRole v) noexcept { return detail::enum_name(v, kSpeakers); }

ClientKind parse_client_kind(std::string_view t) { return detail::parse_enum(t, kClientKinds, "client kind"); }
LifecycleStage parse_lifecycle_stage(std::string_view t) { return detail::parse_enum(t, kStages, "lifecycle stage"); }
StaffRole parse_staff_role(std::string_view t) { return detail::parse_enum(t, kRoles, "staff role"); }
Channel parse_channel(std::string_view t) { return detail::parse_enum(t, kChannels, "channel"); }
Direction parse_direction(std::string_view t) { return detail::parse_enum(t, kDirections, "direction"); }
SpeakerRole parse_speaker_role(std::string_view t) { return detail::parse_enum(t, kSpeakers, "speaker role"); }

}  // namespace rapport
