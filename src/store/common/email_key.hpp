#pragma once

#include <string>

namespace rapport::store {

/// The key under which variants of one email meet: "+tags" dropped, and for
/// Gmail dots dropped and googlemail.com read as gmail.com.
std::string email_key(const std::string& email);

}  // namespace rapport::store
