// slider: the designer's responsiveness. Drives a category weight slider of the real designer
// page (offscreen) through 100 steps of one drag and times each step from the value change to
// both charts' replot being done: slider_p50 and slider_p95 in ms. The snapshot is synthetic (the
// demo's signal catalogue, values drawn per account) so that 1M accounts need no workspace file.
// slider_segmented: the same with a model of two segment variants (by segment: Enterprise and
// Mid-Market, each its own weights and a rule), once editing the base over every account
// (slider_segmented_all_*) and once editing the Enterprise variant with its accounts shown
// (slider_segmented_variant_*).
#include "benchharness.h"

#ifdef TIERLAB_HAS_UI
#include "charts/histogramchart.h"
#include "charts/tierbarschart.h"
#include "demo/demosimulator.h"
#include "designer/segmentbar.h"
#include "designer/weightspanel.h"
#include "engine/designersession.h"
#include "pages/designerpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>

#include <algorithm>
#include <cmath>
#include <random>

namespace tierlab::bench {

namespace {

std::shared_ptr<const Dataset> syntheticSnapshot(std::int64_t accounts)
{
    auto d = std::make_shared<Dataset>();
    const auto n = std::size_t(accounts);
    d->asOf = QDate(2026, 11, 2);
    d->accountIds.resize(n);
    d->names.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        d->accountIds[i] = QStringLiteral("ACC-%1").arg(i + 1);
    d->csmNames = {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chen")};
    d->segmentNames = {QStringLiteral("SMB"), QStringLiteral("Mid-Market"), QStringLiteral("Enterprise")};
    d->csm.resize(n);
    d->segment.resize(n);
    d->arr.resize(n);
    d->renewalDay.assign(n, Dataset::kNoDate);
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> u(0, 1);
    for (std::size_t i = 0; i < n; ++i) {
        d->csm[i] = std::int32_t(i % 3);
        d->segment[i] = std::int32_t(i % 3);
        d->arr[i] = 5000 + 100000 * u(rng);
    }
    int index = 0;
    for (SignalInfo info : DemoSimulator::signalInfos()) {
        info.index = index++;
        Column c;
        c.info = info;
        if (info.type == SignalType::Category) {
            c.dictionary = {QStringLiteral("Monthly"), QStringLiteral("One year"), QStringLiteral("Two year")};
            c.codes.resize(n);
            for (std::size_t i = 0; i < n; ++i)
                c.codes[i] = u(rng) < 0.05 ? kMissingCode : std::int32_t(u(rng) * 3);
        } else {
            c.numbers.resize(n);
            const double scale = info.type == SignalType::Flag ? 1 : 100;
            for (std::size_t i = 0; i < n; ++i) {
                const double x = u(rng);
                c.numbers[i] = u(rng) < 0.08 ? kMissing : (info.type == SignalType::Flag ? double(x < 0.3) : x * scale);
            }
        }
        d->columns.push_back(std::move(c));
    }
    return d;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double at = p * double(v.size() - 1);
    const auto lo = std::size_t(std::floor(at));
    const auto hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (at - double(lo));
}

// The starter model with two variants by segment: Enterprise weighs the first category double and
// scores the first number signal with a steeper rule; Mid-Market halves the last category.
Model segmented(const Dataset &data)
{
    Model m = DesignerSession::starterModel(data);
    m.version = 2;
    m.segments.by = QStringLiteral("segment");
    SegmentVariant ent;
    ent.id = QStringLiteral("ent");
    ent.label = QStringLiteral("Enterprise");
    ent.when = {QStringLiteral("Enterprise")};
    ent.categoryWeights = {{m.categories.front().id, m.categories.front().weight * 2}};
    for (const Signal &sig : m.signals) {
        if (sig.rule.kind == RuleKind::Linear) {
            SignalVariant v;
            v.signal = sig.id;
            v.rule = sig.rule;
            v.rule->worst = sig.rule.worst + (sig.rule.best - sig.rule.worst) * 0.2;
            ent.signals.push_back(v);
            break;
        }
    }
    SegmentVariant mid;
    mid.id = QStringLiteral("mid");
    mid.label = QStringLiteral("Mid-Market");
    mid.when = {QStringLiteral("Mid-Market")};
    mid.categoryWeights = {{m.categories.back().id, m.categories.back().weight / 2}};
    m.segments.variants = {ent, mid};
    return m;
}

// The designer page at 1366 × 768 (offscreen) with `model` on `data`, its first charts drawn.
bool show(ui::DesignerPage &page, const std::shared_ptr<const Dataset> &data, const Model &model)
{
    page.resize(1366, 768);
    page.show();
    QCoreApplication::processEvents();
    if (!page.session()->load(data, model, QStringLiteral("bench"), model))
        return false;
    QCoreApplication::processEvents();
    return true;
}

// Drags the first category's weight slider through `steps` values and returns each step's time in ms
// from the value change to both charts' replot.
std::vector<double> drag(ui::DesignerPage &page, int steps)
{
    int histogramReplots = 0;
    int barReplots = 0;
    const auto h1 = QObject::connect(page.histogramChart(), &QCustomPlot::afterReplot, &page, [&] { ++histogramReplots; });
    const auto h2 = QObject::connect(page.tierBarsChart(), &QCustomPlot::afterReplot, &page, [&] { ++barReplots; });
    QSlider *slider = page.weightsPanel()->categorySlider(0);
    std::vector<double> ms;
    ms.reserve(std::size_t(steps));
    slider->setSliderDown(true);
    QElapsedTimer timer;
    for (int i = 0; i < steps; ++i) {
        // Sweep the weight up and down so that every step really changes the scores.
        const int value = 10 + (i % 50) * 20 + (i / 50) * 5;
        const int h = histogramReplots;
        const int b = barReplots;
        timer.start();
        slider->setValue(value);
        while (histogramReplots == h || barReplots == b)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    slider->setSliderDown(false);
    QCoreApplication::processEvents();
    QObject::disconnect(h1);
    QObject::disconnect(h2);
    return ms;
}

// slider_p50 / slider_p95 (named `prefix`_p50 …) of one drag.
std::vector<BenchResult> percentiles(const QString &prefix, std::int64_t accounts, const std::vector<double> &ms)
{
    const int steps = int(ms.size());
    BenchResult r50{prefix + QStringLiteral("_p50"), accounts, percentile(ms, 0.5), steps, {}};
    BenchResult r95{prefix + QStringLiteral("_p95"), accounts, percentile(ms, 0.95), steps, {}};
    r95.extra.insert(QStringLiteral("max_ms"), *std::max_element(ms.begin(), ms.end()));
    r95.extra.insert(QStringLiteral("target_ms"), accounts <= 100000 ? 16 : 33);
    return {r50, r95};
}

std::vector<BenchResult> runSegmentedSlider(std::int64_t accounts, const BenchOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    const int steps = options.runs > 0 ? options.runs : 100;
    ui::DesignerPage page;
    auto data = syntheticSnapshot(accounts);
    if (!show(page, data, segmented(*data)))
        return {};
    std::vector<BenchResult> out = percentiles(QStringLiteral("slider_segmented_all"), accounts, drag(page, steps));
    page.segmentBar()->setChoice(1);   // variant 0, Enterprise: its weights, its accounts
    QCoreApplication::processEvents();
    for (BenchResult &r : percentiles(QStringLiteral("slider_segmented_variant"), accounts, drag(page, steps)))
        out.push_back(std::move(r));
    return out;
}

std::vector<BenchResult> runSlider(std::int64_t accounts, const BenchOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    const int steps = options.runs > 0 ? options.runs : 100;
    ui::DesignerPage page;
    auto data = syntheticSnapshot(accounts);
    if (!show(page, data, DesignerSession::starterModel(*data)))
        return {};
    return percentiles(QStringLiteral("slider"), accounts, drag(page, steps));
}

} // namespace

TIERLAB_BENCH_CASE("slider", (std::vector<std::int64_t>{100000, 1000000}), runSlider);
TIERLAB_BENCH_CASE("slider_segmented", (std::vector<std::int64_t>{100000, 1000000}), runSegmentedSlider);

} // namespace tierlab::bench
#endif
