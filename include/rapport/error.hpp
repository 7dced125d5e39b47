#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace rapport {

/// What kind of failure an Error reports; stable, so hosts can switch on it.
enum class ErrorCode {
  invalid_argument,  ///< the caller passed a value that breaks a rule of the model
  not_found,         ///< an id or key that must exist does not
  conflict,          ///< the write would break a uniqueness or state rule
  storage,           ///< the database could not be opened, read or written
  parse,             ///< outside input (a file, a rule line) is malformed
};

/// Base of every exception rapport throws; `what()` names the offending value.
class Error : public std::runtime_error {
 public:
  /// Builds an error of `code` with a complete, human-readable message.
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  /// The kind of failure.
  [[nodiscard]] ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

/// A value given to the API breaks a rule (empty name, malformed email, ...).
class InvalidArgument : public Error {
 public:
  /// `message` names the field and the bad value.
  explicit InvalidArgument(const std::string& message) : Error(ErrorCode::invalid_argument, message) {}
};

/// An id that must exist does not (lookups that may miss return std::optional instead).
class NotFound : public Error {
 public:
  /// `message` names the entity and the id.
  explicit NotFound(const std::string& message) : Error(ErrorCode::not_found, message) {}
};

/// A write would break a uniqueness or state rule (duplicate email, merge of a client into itself).
class Conflict : public Error {
 public:
  /// `message` names the conflicting value and what it conflicts with.
  explicit Conflict(const std::string& message) : Error(ErrorCode::conflict, message) {}
};

/// The database failed: not a database, read-only, newer schema, disk full, ...
class StorageError : public Error {
 public:
  /// `message` names the database and the operation.
  explicit StorageError(const std::string& message) : Error(ErrorCode::storage, message) {}
};

/// Outside input is malformed; carries where (file or source name, 1-based line and column).
class ParseError : public Error {
 public:
  /// Builds "source:line:column: message".
  ParseError(std::string source, std::size_t line, std::size_t column, const std::string& message)
      : Error(ErrorCode::parse, source + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message),
        source_(std::move(source)),
        line_(line),
        column_(column) {}
  /// The file name or source description ("<stdin>", "<rules>").
  [[nodiscard]] const std::string& source() const noexcept { return source_; }
  /// 1-based line of the fault.
  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  /// 1-based column (in bytes) of the fault.
  [[nodiscard]] std::size_t column() const noexcept { return column_; }

 private:
  std::string source_;
  std::size_t line_;
  std::size_t column_;
};

}  // namespace rapport
