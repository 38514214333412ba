<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/actionscommand.cpp" line="87"/>
        <source>Stored a playbook of %n play(s) in %1</source>
        <translation>
            <numerusform>Stored a playbook of %n play in %1</numerusform>
            <numerusform>Stored a playbook of %n plays in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="59"/>
        <source>%1: damaged, %n finding(s):</source>
        <translation>
            <numerusform>%1: damaged, %n finding:</numerusform>
            <numerusform>%1: damaged, %n findings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/overridecommand.cpp" line="226"/>
        <source>Cleared %n manual override(s) of account &quot;%1&quot;</source>
        <translation>
            <numerusform>Cleared %n manual override of account &quot;%1&quot;</numerusform>
            <numerusform>Cleared %n manual overrides of account &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/reviewcommand.cpp" line="54"/>
        <source>%n account(s) (%1 %), ARR %2; last week %3, ARR %4</source>
        <translation>
            <numerusform>%n account (%1 %), ARR %2; last week %3, ARR %4</numerusform>
            <numerusform>%n accounts (%1 %), ARR %2; last week %3, ARR %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/reviewcommand.cpp" line="60"/>
        <source>%n account(s) (%1 %), ARR %2</source>
        <translation>
            <numerusform>%n account (%1 %), ARR %2</numerusform>
            <numerusform>%n accounts (%1 %), ARR %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message numerus="yes">
        <location filename="../ui/review/reviewtables.cpp" line="179"/>
        <source>%Ln account(s)
ARR %1</source>
        <translation>
            <numerusform>%Ln account
ARR %1</numerusform>
            <numerusform>%Ln accounts
ARR %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/reviewtables.cpp" line="180"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message numerus="yes">
        <location filename="../ui/designer/structureedits.cpp" line="70"/>
        <source>%1 still has %n signal(s): move them to another category or remove them first.</source>
        <translation>
            <numerusform>%1 still has %n signal: move them to another category or remove them first.</numerusform>
            <numerusform>%1 still has %n signals: move them to another category or remove them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdProposal</name>
    <message numerus="yes">
        <location filename="../core/analysis/thresholdproposal.cpp" line="52"/>
        <source>%n account(s) score %1 or less: no edge leaves at most %2 in the first tier.</source>
        <translation>
            <numerusform>%n account score %1 or less: no edge leaves at most %2 in the first tier.</numerusform>
            <numerusform>%n accounts score %1 or less: no edge leaves at most %2 in the first tier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::EventTablesModel</name>
    <message numerus="yes">
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="87"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ModelDiffModel</name>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="68"/>
        <source>%n weight(s)</source>
        <translation>
            <numerusform>%n weight</numerusform>
            <numerusform>%n weights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="70"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="72"/>
        <source>%n tier threshold(s)</source>
        <translation>
            <numerusform>%n tier threshold</numerusform>
            <numerusform>%n tier thresholds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="74"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="76"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="78"/>
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="80"/>
        <source>%n difference(s): %1</source>
        <extracomment>%1 lists the kinds of difference, e.g. &quot;2 weight(s), 1 added&quot;</extracomment>
        <translation>
            <numerusform>%n difference: %1</numerusform>
            <numerusform>%n differences: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::CalibrateDialog</name>
    <message numerus="yes">
        <location filename="../ui/designer/calibratedialog.cpp" line="529"/>
        <source>%n signal weight(s) changed inside their categories.</source>
        <translation>
            <numerusform>%n signal weight changed inside their categories.</numerusform>
            <numerusform>%n signal weights changed inside their categories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/calibratedialog.cpp" line="531"/>
        <source>Worst tier with the proposed edge: %n account(s) of the latest snapshot.</source>
        <translation>
            <numerusform>Worst tier with the proposed edge: %n account of the latest snapshot.</numerusform>
            <numerusform>Worst tier with the proposed edge: %n accounts of the latest snapshot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::CompareDialog</name>
    <message numerus="yes">
        <location filename="../ui/designer/comparedialog.cpp" line="78"/>
        <source>%Ln account(s)
ARR %1</source>
        <translation>
            <numerusform>%Ln account
ARR %1</numerusform>
            <numerusform>%Ln accounts
ARR %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::DesignerPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/designerpage.cpp" line="391"/>
        <source>%n account(s) as of %1</source>
        <translation>
            <numerusform>%n account as of %1</numerusform>
            <numerusform>%n accounts as of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SignalBuildRunner</name>
    <message numerus="yes">
        <location filename="../ui/signals/signalbuildrunner.cpp" line="57"/>
        <source>%n account(s) got no snapshot (no start, or a start after the last date).</source>
        <translation>
            <numerusform>%n account got no snapshot (no start, or a start after the last date).</numerusform>
            <numerusform>%n accounts got no snapshot (no start, or a start after the last date).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SignalsPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="403"/>
        <source>%n event table(s)</source>
        <translation>
            <numerusform>%n event table</numerusform>
            <numerusform>%n event tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="684"/>
        <source>%n problem(s); Build waits until they are fixed:</source>
        <translation>
            <numerusform>%n problem; Build waits until they are fixed:</numerusform>
            <numerusform>%n problems; Build waits until they are fixed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="688"/>
        <source>The %n recipe(s) check out against the workspace&apos;s tables.</source>
        <translation>
            <numerusform>The %n recipe check out against the workspace&apos;s tables.</numerusform>
            <numerusform>The %n recipes check out against the workspace&apos;s tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="712"/>
        <source>Opened %1: %n recipe(s). Build writes their snapshots into the workspace.</source>
        <translation>
            <numerusform>Opened %1: %n recipe. Build writes their snapshots into the workspace.</numerusform>
            <numerusform>Opened %1: %n recipes. Build writes their snapshots into the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="758"/>
        <source>Building the snapshots of %n signal(s)…</source>
        <translation>
            <numerusform>Building the snapshots of %n signal…</numerusform>
            <numerusform>Building the snapshots of %n signals…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SqlExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="106"/>
        <source>%n line(s); identifiers are quoted and every value is a literal.</source>
        <translation>
            <numerusform>%n line; identifiers are quoted and every value is a literal.</numerusform>
            <numerusform>%n lines; identifiers are quoted and every value is a literal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::TierBarsChart</name>
    <message numerus="yes">
        <location filename="../ui/charts/tierbarschart.cpp" line="235"/>
        <source>%n account(s) unscored</source>
        <translation>
            <numerusform>%n account unscored</numerusform>
            <numerusform>%n accounts unscored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::VariantDialog</name>
    <message numerus="yes">
        <location filename="../ui/designer/variantdialog.cpp" line="125"/>
        <source>%1 (%n account(s))</source>
        <translation>
            <numerusform>%1 (%n account)</numerusform>
            <numerusform>%1 (%n accounts)</numerusform>
        </translation>
    </message>
</context>
</TS>
