#pragma once

#include <string>
#include <string_view>

namespace rapport::text {

/// Unicode case folding with combining marks removed ("Łódź" -> "łodz",
/// "ŞTEFAN" -> "stefan"), through utf8proc. Input must be valid UTF-8.
std::string fold_strip_marks(std::string_view utf8);

/// The text with the Latin letters that Unicode gives no decomposition
/// (ł, đ, ø, ħ, ı, æ, œ, ß) spelled plainly, so full-text search for "lodz" finds
/// "Łódź"; empty when the text has none of them (nothing extra to index).
std::string search_fold(std::string_view utf8);

/// A key under which spelling variants of one name meet: folded, marks stripped,
/// punctuation dropped, words sorted ("Kowalska,  Anna" and "anna kowalska" agree).
std::string name_key(std::string_view name);

/// Levenshtein distance in code points between two UTF-8 strings, stopping early
/// once it exceeds `limit` (returns limit + 1 then).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace rapport::text
