#pragma once

#include "common/error.h"

#include <QString>

namespace tierlab {

class Workspace;

// SHA-256 (hex) over what the workspace holds: schema version, accounts, snapshot rows per as_of,
// the signal catalogue and the content hashes of the imports. An exported model records it
// (ModelMetadata::dataFingerprint) to say which data it was fitted and back-tested on.
Result<QString> dataFingerprint(const Workspace &workspace);

} // namespace tierlab
