#pragma once

#include "analysis/backtest.h"
#include "analysis/backtestjson.h"

class QTextStream;

namespace tierlab::cli {

// Shared by `backtest`, `calibrate` and `model starter` (backtestcommand.cpp); their JSON is
// core's (analysis/backtestjson.h), the one the model export writes too.
void printBacktestText(QTextStream &s, const BacktestResult &r, const Model &model);

} // namespace tierlab::cli
