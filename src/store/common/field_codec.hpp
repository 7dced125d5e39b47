#pragma once

#include <string>
#include <utility>

#include "rapport/model/client.hpp"

namespace rapport::store {

/// A custom field value as stored: a type name and its text form.
std::pair<std::string, std::string> encode_field(const FieldValue& value);
/// The value of a stored (type, text) pair; throws StorageError on a corrupt row.
FieldValue decode_field(const std::string& type, const std::string& text);
/// The stored text form alone (for the audit log).
std::string field_text(const FieldValue& value);

}  // namespace rapport::store
