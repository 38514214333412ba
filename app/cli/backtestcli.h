#pragma once

#include "analysis/backtest.h"

#include <nlohmann/json_fwd.hpp>

class QTextStream;

namespace tierlab::cli {

// Shared by `backtest`, `calibrate` and `model starter` (backtestcommand.cpp).
nlohmann::json backtestMetricsJson(const BacktestMetrics &m, const Model &model);
nlohmann::json backtestResultJson(const BacktestResult &r, const Model &model);
void printBacktestText(QTextStream &s, const BacktestResult &r, const Model &model);

} // namespace tierlab::cli
