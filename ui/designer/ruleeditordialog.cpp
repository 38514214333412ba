#include "ruleeditordialog.h"

#include "analysis/signaldiagnostics.h"
#include "charts/rulecurvechart.h"
#include "common/exactspinbox.h"
#include "model/modelvalidator.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

ExactSpinBox *scoreSpin(QWidget *parent, double value, double lo = 0, double hi = 100)
{
    auto *spin = new ExactSpinBox(parent);
    spin->setRange(lo, hi);
    spin->setExactValue(value);
    return spin;
}

// The shortest text that reads back as the same double: a number is shown as it was typed.
QString exactText(double x)
{
    return QString::number(x, 'f', QLocale::FloatingPointShortest);
}

QString joinNumbers(const std::vector<double> &v)
{
    QStringList parts;
    for (double x : v)
        parts << exactText(x);
    return parts.join(QStringLiteral(", "));
}

bool parseNumbers(const QString &text, std::vector<double> *out)
{
    out->clear();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok)
            return false;
        out->push_back(v);
    }
    return true;
}

} // namespace

RuleEditorDialog::RuleEditorDialog(const Signal &signal, std::shared_ptr<const Dataset> snapshotData,
                                   WorkspaceSession *workspace, QWidget *parent)
    : CheckedDialog(parent), m_signal(signal), m_snapshot(std::move(snapshotData)), m_shown(m_snapshot), m_workspace(workspace)
{
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(tr("Rule for %1").arg(signal.label.isEmpty() ? signal.id : signal.label));
    const Dataset *snapshot = m_snapshot.get();
    if (snapshot)
        m_column = snapshot->columnIndex(signal.columnName());
    // The fields on the left, the rule over the data on the right.
    auto *outer = new QHBoxLayout(this);
    auto *layout = new QVBoxLayout;
    outer->addLayout(layout);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_kind->addItem(tr("Linear: a worst and a best value"), int(RuleKind::Linear));
    m_kind->addItem(tr("Bands: a score per range"), int(RuleKind::Bands));
    m_kind->addItem(tr("Map: a score per category"), int(RuleKind::Map));
    m_kind->addItem(tr("Flag: a score for yes and for no"), int(RuleKind::Flag));
    m_kind->addItem(tr("Percentile: rank among all accounts"), int(RuleKind::Percentile));
    m_kind->setToolTip(tr("How a value of this signal becomes a 0–100 score"));
    form->addRow(tr("Kind:"), m_kind);
    layout->addLayout(form);

    const SignalRule &r = signal.rule;
    m_pages = new QStackedWidget(this);
    auto *linear = new QWidget(m_pages);
    auto *linearForm = new QFormLayout(linear);
    m_worst = scoreSpin(linear, r.worst, -1e12, 1e12);
    m_best = scoreSpin(linear, r.best, -1e12, 1e12);
    m_worst->setObjectName(QStringLiteral("ruleWorst"));
    m_best->setObjectName(QStringLiteral("ruleBest"));
    m_worst->setToolTip(tr("The value that scores 0 (best may be below worst: lower is then better)"));
    m_best->setToolTip(tr("The value that scores 100"));
    linearForm->addRow(tr("Worst value (score 0):"), m_worst);
    linearForm->addRow(tr("Best value (score 100):"), m_best);
    m_pages->addWidget(linear);

    auto *bands = new QWidget(m_pages);
    auto *bandsForm = new QFormLayout(bands);
    m_edges = new QLineEdit(joinNumbers(r.edges), bands);
    m_edges->setPlaceholderText(tr("e.g. 10, 20, 40"));
    m_edges->setToolTip(tr("Increasing band edges, comma-separated; k edges make k + 1 bands"));
    m_bandScores = new QLineEdit(joinNumbers(r.bandScores), bands);
    m_edges->setObjectName(QStringLiteral("bandEdges"));
    m_bandScores->setObjectName(QStringLiteral("bandScores"));
    m_bandScores->setPlaceholderText(tr("e.g. 0, 40, 70, 100"));
    m_bandScores->setToolTip(tr("One score per band, lowest band first"));
    bandsForm->addRow(tr("Edges:"), m_edges);
    bandsForm->addRow(tr("Scores:"), m_bandScores);
    m_pages->addWidget(bands);

    auto *map = new QWidget(m_pages);
    auto *mapForm = new QFormLayout(map);
    QStringList mapLines;
    for (const auto &[value, score] : r.mapScores)
        mapLines << QStringLiteral("%1 = %2").arg(value, exactText(score));
    m_map = new QPlainTextEdit(mapLines.join(u'\n'), map);
    m_map->setObjectName(QStringLiteral("mapScores"));
    m_map->setToolTip(tr("One \"value = score\" per line"));
    if (snapshot) {
        const int c = m_column;
        if (c >= 0 && !snapshot->columns[std::size_t(c)].dictionary.empty()) {
            QStringList values;
            for (const QString &v : snapshot->columns[std::size_t(c)].dictionary)
                values << v;
            m_map->setPlaceholderText(tr("Values in this snapshot: %1").arg(values.join(QStringLiteral(", "))));
        }
    }
    m_mapDefault = scoreSpin(map, r.mapDefault);
    m_mapDefault->setObjectName(QStringLiteral("mapDefault"));
    mapForm->addRow(tr("Scores:"), m_map);
    mapForm->addRow(tr("Any other value:"), m_mapDefault);
    m_pages->addWidget(map);

    auto *flag = new QWidget(m_pages);
    auto *flagForm = new QFormLayout(flag);
    m_true = scoreSpin(flag, r.trueScore);
    m_false = scoreSpin(flag, r.falseScore);
    m_true->setObjectName(QStringLiteral("flagTrue"));
    m_false->setObjectName(QStringLiteral("flagFalse"));
    flagForm->addRow(tr("Score for yes:"), m_true);
    flagForm->addRow(tr("Score for no:"), m_false);
    m_pages->addWidget(flag);

    auto *percentile = new QWidget(m_pages);
    auto *percentileForm = new QFormLayout(percentile);
    m_invert = new QCheckBox(tr("Lower values are better"), percentile);
    m_invert->setChecked(r.invert);
    percentileForm->addRow(m_invert);
    m_pages->addWidget(percentile);
    layout->addWidget(m_pages);

    auto *missingForm = new QFormLayout;
    m_missing = new QComboBox(this);
    m_missing->setObjectName(QStringLiteral("missingPolicy"));
    m_missing->addItem(tr("Skip the signal"), int(MissingPolicy::Skip));
    m_missing->addItem(tr("Score 50 (neutral)"), int(MissingPolicy::Neutral));
    m_missing->addItem(tr("Score 0 (worst)"), int(MissingPolicy::Worst));
    m_missing->setCurrentIndex(m_missing->findData(int(signal.missing)));
    m_missing->setToolTip(tr("What an account without a value for this signal gets"));
    missingForm->addRow(tr("When missing:"), m_missing);
    layout->addLayout(missingForm);
    layout->addStretch(1);

    layout->addWidget(makeErrorLabel(QStringLiteral("ruleError")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
    m_pages->setCurrentIndex(m_kind->currentIndex());

    if (m_column >= 0) {
        auto *right = new QVBoxLayout;
        outer->addLayout(right, 1);
        if (m_workspace && m_workspace->isOpen()) {
            auto *weekRow = new QHBoxLayout;
            m_week = new QComboBox(this);
            m_week->setObjectName(QStringLiteral("ruleWeek"));
            m_week->setToolTip(tr("The week whose values the histogram shows, split by the accounts that churned after "
                                  "it: the latest week has little churn still to come, an earlier one shows which values "
                                  "churn followed"));
            m_week->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            m_week->setEnabled(false);   // until the weeks are read
            m_week->addItem(QLocale().toString(m_snapshot->asOf, QLocale::ShortFormat), m_snapshot->asOf);
            auto *weekLabel = new QLabel(tr("&Week:"), this);
            weekLabel->setBuddy(m_week);
            weekRow->addWidget(weekLabel);
            weekRow->addWidget(m_week);
            weekRow->addStretch(1);
            right->addLayout(weekRow);
            connect(m_week, &QComboBox::activated, this, [this] { readOutcomes(m_week->currentData().toDate()); });
        }
        m_chart = new RuleCurveChart(this);
        m_chart->setMinimumWidth(480);
        m_chart->setValues(snapshot->columns[std::size_t(m_column)]);
        right->addWidget(m_chart, 1);
        connectLiveCurve();
        updateCurve();
        if (m_week)
            readOutcomes(QDate());
        else
            m_chart->setDiagnostics(nullptr, tr("AUC: no workspace outcomes to compare with."));
        resize(960, 560);   // room for the histogram's bars; fits a 1366 × 768 screen
    }
}

QDate RuleEditorDialog::shownWeek() const
{
    return m_shown ? m_shown->asOf : QDate();
}

void RuleEditorDialog::connectLiveCurve()
{
    const auto update = [this] { updateCurve(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, update);
    connect(m_missing, &QComboBox::currentIndexChanged, this, update);
    for (QDoubleSpinBox *spin : {m_worst, m_best, m_mapDefault, m_true, m_false})
        connect(spin, &QDoubleSpinBox::valueChanged, this, update);
    for (QLineEdit *edit : {m_edges, m_bandScores})
        connect(edit, &QLineEdit::textChanged, this, update);
    connect(m_map, &QPlainTextEdit::textChanged, this, update);
    connect(m_invert, &QCheckBox::toggled, this, update);
}

void RuleEditorDialog::updateCurve()
{
    if (!m_chart)
        return;
    // A rule that is not valid yet (edges being typed) draws no curve rather than a wrong one.
    const Signal s = signal();
    if (problem().isEmpty())
        m_chart->setRule(s.rule, s.missing);
    else
        m_chart->setRule(std::nullopt);
}

void RuleEditorDialog::readOutcomes(QDate week)
{
    m_chart->setDiagnostics(nullptr, tr("AUC: reading the outcomes…"));
    if (m_week)
        m_week->setEnabled(false);
    // A new read replaces the watcher's future: the result of an earlier one is never shown.
    disconnect(&m_outcomes, &QFutureWatcherBase::finished, this, nullptr);
    connect(&m_outcomes, &QFutureWatcherBase::finished, this, [this] { showOutcomes(*m_outcomes.result()); });
    const std::shared_ptr<const Dataset> designerWeek = m_snapshot;
    const QString columnName = m_signal.columnName();
    m_outcomes.setFuture(m_workspace->run<std::shared_ptr<RuleEditorData>>([designerWeek, week, columnName](SessionJob &job) {
        auto read = std::make_shared<RuleEditorData>();
        auto ws = job.workspace();
        if (!ws) {
            read->problem = ws.error().message;
            return read;
        }
        if (auto dates = (*ws)->asOfDates())
            read->dates = std::move(*dates);
        if (!week.isValid() || week == designerWeek->asOf) {
            read->snapshot = designerWeek;
        } else {
            auto loaded = (*ws)->loadSnapshot(week);
            if (!loaded) {
                read->problem = loaded.error().message;
                return read;
            }
            read->snapshot = std::make_shared<const Dataset>(std::move(*loaded));
        }
        read->column = read->snapshot->columnIndex(columnName);
        if (read->column < 0) {
            read->problem = RuleEditorDialog::tr("the week of %1 has no values of this signal")
                                .arg(QLocale().toString(read->snapshot->asOf, QLocale::ShortFormat));
            return read;
        }
        auto outcomes = (*ws)->outcomes();
        if (!outcomes) {
            read->problem = outcomes.error().message;
            return read;
        }
        read->churned = churnedAfter(*read->snapshot, *outcomes);
        if (std::find(read->churned.begin(), read->churned.end(), 1) == read->churned.end()) {
            read->churned.clear();   // nothing to split: one series of bars
            read->problem = RuleEditorDialog::tr("nobody churned after %1 yet. Choose an earlier week to see "
                                                 "which values churn followed.")
                                .arg(QLocale().toString(read->snapshot->asOf, QLocale::ShortFormat));
            return read;
        }
        auto diagnostics = diagnoseColumn(read->snapshot->columns[std::size_t(read->column)], read->churned);
        if (diagnostics)
            read->diagnostics = std::make_shared<const SignalDiagnostics>(std::move(*diagnostics));
        else
            read->problem = diagnostics.error().message;
        return read;
    }));
}

void RuleEditorDialog::showOutcomes(const RuleEditorData &read)
{
    if (m_week && !read.dates.empty()) {
        const QSignalBlocker block(m_week);
        if (m_week->count() != int(read.dates.size())) {
            m_week->clear();
            for (auto it = read.dates.rbegin(); it != read.dates.rend(); ++it)
                m_week->addItem(QLocale().toString(*it, QLocale::ShortFormat), *it);
        }
        m_week->setEnabled(true);
    }
    if (read.snapshot && read.column >= 0) {
        m_shown = read.snapshot;
        m_chart->setValues(read.snapshot->columns[std::size_t(read.column)], read.churned);
    }
    if (m_week && m_shown) {
        const QSignalBlocker block(m_week);
        m_week->setCurrentIndex(m_week->findData(m_shown->asOf));
    }
    if (!read.problem.isEmpty()) {
        m_chart->setDiagnostics(nullptr, tr("AUC: %1").arg(read.problem));
        return;
    }
    m_chart->setDiagnostics(read.diagnostics.get());
}

Signal RuleEditorDialog::signal() const
{
    Signal s = m_signal;
    SignalRule &r = s.rule;
    r.kind = RuleKind(m_kind->currentData().toInt());
    r.worst = m_worst->exactValue();
    r.best = m_best->exactValue();
    parseNumbers(m_edges->text(), &r.edges);
    parseNumbers(m_bandScores->text(), &r.bandScores);
    r.mapScores.clear();
    for (const QString &line : m_map->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.lastIndexOf(u'=');
        if (eq <= 0)
            continue;
        r.mapScores.emplace_back(line.left(eq).trimmed(), line.mid(eq + 1).trimmed().toDouble());
    }
    r.mapDefault = m_mapDefault->exactValue();
    r.trueScore = m_true->exactValue();
    r.falseScore = m_false->exactValue();
    r.invert = m_invert->isChecked();
    s.missing = MissingPolicy(m_missing->currentData().toInt());
    return s;
}

QString RuleEditorDialog::problem() const
{
    std::vector<double> numbers;
    if (m_kind->currentData().toInt() == int(RuleKind::Bands)
        && (!parseNumbers(m_edges->text(), &numbers) || !parseNumbers(m_bandScores->text(), &numbers)))
        return tr("Edges and scores must be numbers separated by commas");
    // Check the rule the way the engine will: inside a one-signal model.
    Model probe;
    probe.categories.push_back(Category{QStringLiteral("c"), {}, {}, 1, Aggregate::Mean, {}});
    Signal s = signal();
    s.category = QStringLiteral("c");
    probe.signals.push_back(s);
    probe.tiers.push_back(Tier{QStringLiteral("t"), {}, {}, 0, {}});
    const std::vector<ModelIssue> issues = ModelValidator::checkStructure(probe);
    return issues.empty() ? QString() : ModelValidator::joinIssues(issues);
}

} // namespace tierlab::ui
