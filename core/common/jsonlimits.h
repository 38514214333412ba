#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace tierlab {

// Bounds on a JSON file from outside (a model, a signal recipe set, a saved mapping, a playbook),
// checked on the raw bytes before a parser builds anything: a member nested 60,000 levels deep
// overflowed the stack of every recursive walk over the parsed value, and a map of 100,000 keys took
// half a minute before the validator could say "at most 250". docs/model-format.md states them.
namespace JsonLimits {

inline constexpr int kMaxDepth = 64;                   // objects and arrays inside each other
inline constexpr std::size_t kMaxMembers = 10'000;     // members of one object or elements of one array
inline constexpr std::size_t kMaxStringBytes = 65'536; // one string, as written (escapes counted)
inline constexpr std::size_t kMaxNumberChars = 64;     // one number as written
inline constexpr qsizetype kMaxFileBytes = 16 << 20;   // the whole text

// OK, or an Invalid error "PATH: what (line L, column C)" naming the first limit passed — or a
// number too large for a double (1e400) — with the JSON path of the value, written after `root`
// ("signals[0].rule", or "$.signals[0]" with root "$"). Malformed JSON is left to the parser.
Result<void> check(const QByteArray &json, const QString &root = QString());

} // namespace JsonLimits

} // namespace tierlab
