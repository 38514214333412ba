// Compiled in the model module's include paths by the core_module_order test, which expects this
// include to fail: model sits below store (docs/architecture.md, "Module order").
#include "store/workspace.h"
