// The control for core_module_order: in the model module's include paths, a module below it
// (dataset) and the model's own headers are found.
#include "dataset/dataset.h"
#include "model/model.h"
