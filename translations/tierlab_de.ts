<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountHistory</name>
    <message>
        <location filename="../core/analysis/accounthistory.cpp" line="65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/accounthistory.cpp" line="97"/>
        <source>published version &quot;%1&quot;: %2</source>
        <translation>veröffentlichte Version „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/accounthistory.cpp" line="110"/>
        <location filename="../core/analysis/accounthistory.cpp" line="185"/>
        <source>no snapshot of account &quot;%1&quot;</source>
        <translation>keine Momentaufnahme von Konto „%1“</translation>
    </message>
    <message>
        <location filename="../core/analysis/accounthistory.cpp" line="130"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation>Modell „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/accounthistory.cpp" line="142"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>AccountResolver</name>
    <message>
        <location filename="../core/tables/accountresolver.cpp" line="29"/>
        <source>%1: the accounts table &quot;%2&quot; must be keyed by account id, not through --via</source>
        <translation>%1: die Kontentabelle „%2“ muss die Konto-ID als Schlüssel haben, nicht über --via verknüpft sein</translation>
    </message>
    <message>
        <location filename="../core/tables/accountresolver.cpp" line="54"/>
        <source>%1: table &quot;%2&quot; has no key column &quot;%3&quot;</source>
        <translation>%1: Tabelle „%2“ hat keine Schlüsselspalte „%3“</translation>
    </message>
    <message>
        <location filename="../core/tables/accountresolver.cpp" line="70"/>
        <source>%1: table &quot;%2&quot; is keyed through &quot;%3&quot;: %4</source>
        <translation>%1: Tabelle „%2“ ist über „%3“ verknüpft: %4</translation>
    </message>
    <message>
        <location filename="../core/tables/accountresolver.cpp" line="74"/>
        <source>%1: table &quot;%2&quot; is keyed through &quot;%3&quot;, which is itself keyed through another table; --via needs a table keyed by account id</source>
        <translation>%1: Tabelle „%2“ ist über „%3“ verknüpft, die selbst über eine andere Tabelle verknüpft ist; --via braucht eine Tabelle mit der Konto-ID als Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/tables/accountresolver.cpp" line="79"/>
        <source>%1: table &quot;%2&quot; is keyed through &quot;%3&quot;, which has no column &quot;%4&quot;</source>
        <translation>%1: Tabelle „%2“ ist über „%3“ verknüpft, die keine Spalte „%4“ hat</translation>
    </message>
</context>
<context>
    <name>Backtest</name>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="246"/>
        <source>Capped at %1: %2</source>
        <translation>Begrenzt auf %1: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="252"/>
        <source>Penalty %1 (−%2)</source>
        <translation>Abzug %1 (−%2)</translation>
    </message>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="270"/>
        <source>No signal had a value</source>
        <translation>Kein Signal hatte einen Wert</translation>
    </message>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="271"/>
        <source>%1 scored %2</source>
        <translation>%1 erzielte %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="400"/>
        <source>The horizon must be zero or more days, not %1.</source>
        <translation>Der Horizont muss null oder mehr Tage betragen, nicht %1.</translation>
    </message>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="402"/>
        <source>The model has no tiers to back-test.</source>
        <translation>Das Modell hat keine Stufen für einen Backtest.</translation>
    </message>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="641"/>
        <source>All %1 outcomes the back-test evaluates are %2: a back-test needs churned and retained accounts. Import outcomes of the other kind, a label column holding both values, or derive them from churn events with &quot;tierlab outcomes derive&quot;.</source>
        <translation>Alle %1 Ergebnisse, die der Backtest auswertet, lauten „%2“: Ein Backtest braucht abgewanderte und gehaltene Konten. Ergebnisse der anderen Art oder eine Kennzeichenspalte mit beiden Werten importieren oder sie mit „tierlab outcomes derive“ aus Abwanderungsereignissen ableiten.</translation>
    </message>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="645"/>
        <source>retained</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <location filename="../core/analysis/backtest.cpp" line="645"/>
        <source>churned</source>
        <translation>abgewandert</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="209"/>
        <source>The model has no categories to weight.</source>
        <translation>Das Modell hat keine Kategorien zum Gewichten.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="211"/>
        <source>Weight bounds must satisfy 0 ≤ min ≤ max.</source>
        <translation>Die Gewichtungsgrenzen müssen 0 ≤ min ≤ max erfüllen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="214"/>
        <source>Cannot lock &quot;%1&quot;: the model has no such category.</source>
        <translation>„%1“ kann nicht gesperrt werden: das Modell hat keine solche Kategorie.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="218"/>
        <source>Cannot bound &quot;%1&quot;: the model has no such category.</source>
        <translation>Die Grenzen für „%1“ lassen sich nicht setzen: Das Modell hat keine solche Kategorie.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="220"/>
        <source>The bounds of &quot;%1&quot; must satisfy 0 ≤ min ≤ max.</source>
        <translation>Die Grenzen von „%1“ müssen 0 ≤ min ≤ max erfüllen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="223"/>
        <source>The best tier&apos;s churn target must lie between 0 and 1.</source>
        <translation>Die Ziel-Abwanderungsquote der besten Stufe muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="227"/>
        <source>A date to train until applies to a split by date only, not to a holdout or folds.</source>
        <translation>Ein Datum, bis zu dem trainiert wird, gilt nur für eine Aufteilung nach Datum, nicht für einen zurückgehaltenen Anteil oder Folds.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="230"/>
        <source>The holdout fraction must lie strictly between 0 and 1, not %1.</source>
        <translation>Der zurückgehaltene Anteil muss echt zwischen 0 und 1 liegen, nicht %1.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="399"/>
        <source>Calibration was cancelled.</source>
        <translation>Die Kalibrierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="534"/>
        <source>All %1 outcomes count at one date (%2), so they cannot be split by date: a random %3 % of the accounts, churned and retained alike, is held out to test (as --holdout %4 --seed %5).</source>
        <translation>Alle %1 Ergebnisse zählen an einem Datum (%2) und lassen sich daher nicht nach Datum aufteilen: Zufällige %3 % der Konten, abgewanderte wie gehaltene, werden zum Testen zurückgehalten (wie --holdout %4 --seed %5).</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibration.cpp" line="650"/>
        <source>The workspace has no snapshot to count the accounts of.</source>
        <translation>Der Arbeitsbereich hat keine Momentaufnahme, deren Konten sich zählen ließen.</translation>
    </message>
</context>
<context>
    <name>CalibrationSplitter</name>
    <message>
        <location filename="../core/analysis/calibrationsplit.cpp" line="125"/>
        <source>Calibration needs outcomes on both sides of %1: %2 on or before it, %3 after. To validate without a split by date, hold out a random share of the accounts (--holdout FRACTION) or cross-validate by account (--folds K); the Calibrate dialog offers both under Validation.</source>
        <translation>Die Kalibrierung braucht Ergebnisse auf beiden Seiten von %1: %2 an oder vor diesem Tag, %3 danach. Um ohne Aufteilung nach Datum zu validieren, einen zufälligen Anteil der Konten zurückhalten (--holdout ANTEIL) oder nach Konten kreuzvalidieren (--folds K); der Kalibrieren-Dialog bietet beides unter Validierung an.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibrationsplit.cpp" line="143"/>
        <source>The holdout fraction must lie strictly between 0 and 1, not %1.</source>
        <translation>Der zurückgehaltene Anteil muss echt zwischen 0 und 1 liegen, nicht %1.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibrationsplit.cpp" line="159"/>
        <source>A holdout of %1 % of %2 account(s) (%3 churned, %4 retained) leaves %5 account(s) to train on and %6 to test.</source>
        <translation>Ein zurückgehaltener Anteil von %1 % von %2 Konto/Konten (%3 abgewandert, %4 gehalten) lässt %5 Konto/Konten zum Trainieren und %6 zum Testen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibrationsplit.cpp" line="177"/>
        <source>The number of folds must lie between %1 and %2, not %3.</source>
        <translation>Die Zahl der Folds muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <location filename="../core/analysis/calibrationsplit.cpp" line="182"/>
        <source>%1 folds need at least %1 churned and %1 retained accounts; the outcomes have %2 churned and %3 retained.</source>
        <translation>%1 Folds brauchen mindestens %1 abgewanderte und %1 gehaltene Konten; die Ergebnisse haben %2 abgewanderte und %3 gehaltene.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="30"/>
        <source>Writes the deterministic demo portfolio (accounts, weekly snapshots, renewal outcomes) to a new workspace file.</source>
        <translation>Schreibt das deterministische Demo-Portfolio (Konten, wöchentliche Momentaufnahmen, Verlängerungsergebnisse) in eine neue Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="34"/>
        <source>The workspace file to create.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="36"/>
        <source>Number of accounts (default %1).</source>
        <translation>Anzahl der Konten (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="40"/>
        <source>Number of weekly snapshots (default %1).</source>
        <translation>Anzahl der wöchentlichen Momentaufnahmen (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="43"/>
        <source>Random seed (default %1).</source>
        <translation>Zufallsstartwert (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="58"/>
        <source>demo: unexpected argument &apos;%1&apos;</source>
        <translation>demo: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="46"/>
        <source>Also, or instead, write the portfolio as raw exports (CSV files and the recipes.json that rebuilds its signals) into DIR.</source>
        <translation>Das Portfolio zusätzlich oder stattdessen als Rohexporte (CSV-Dateien und die recipes.json, die seine Signale wieder aufbaut) in DIR schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="49"/>
        <source>Overwrite FILE (or the files in DIR) when it exists.</source>
        <translation>FILE (oder die Dateien in DIR) überschreiben, wenn vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="63"/>
        <source>demo: --out FILE or --raw DIR is required</source>
        <translation>demo: --out FILE oder --raw DIR ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="70"/>
        <source>demo: --accounts needs a whole number, not &apos;%1&apos;</source>
        <translation>demo: --accounts erwartet eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="76"/>
        <source>demo: --weeks needs a whole number, not &apos;%1&apos;</source>
        <translation>demo: --weeks erwartet eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="82"/>
        <source>demo: --seed needs a non-negative whole number, not &apos;%1&apos;</source>
        <translation>demo: --seed erwartet eine nicht negative ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="86"/>
        <location filename="../app/cli/democommand.cpp" line="92"/>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="93"/>
        <source>Wrote the raw exports of %1 accounts (%2 weeks to %3, seed %4) to %5 in %6 s:</source>
        <translation>Rohexporte von %1 Konten (%2 Wochen bis %3, Startwert %4) in %6 s nach %5 geschrieben:</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="115"/>
        <source>demo: %1 already exists (use --force to overwrite it)</source>
        <translation>demo: %1 existiert bereits (mit --force überschreiben)</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="119"/>
        <source>demo: cannot remove %1</source>
        <translation>demo: %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="123"/>
        <source>Writing the demo</source>
        <translation>Demo wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="123"/>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="132"/>
        <source>Wrote %1: %2 accounts, %3 snapshots (%4 weeks to %5), outcomes %6 churned, %7 renewed, %8 expanded, %9 contracted, seed %10, in %11 s</source>
        <translation>%1 geschrieben: %2 Konten, %3 Momentaufnahmen (%4 Wochen bis %5), Ergebnisse %6 abgewandert, %7 verlängert, %8 ausgebaut, %9 reduziert, Startwert %10, in %11 s</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="152"/>
        <source>Write the demo portfolio (--out FILE | --raw DIR [--accounts N] [--weeks W] [--seed S] [--force])</source>
        <translation>Das Demo-Portfolio schreiben (--out FILE | --raw DIR [--accounts N] [--weeks W] [--seed S] [--force])</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="53"/>
        <source>Imported %1 (%2, %3, delimiter &quot;%4&quot;)</source>
        <translation>%1 importiert (%2, %3, Trennzeichen „%4“)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="57"/>
        <location filename="../app/cli/tablecommand.cpp" line="36"/>
        <source>Rows:       %1 read, %2 accepted, %3 rejected</source>
        <translation>Zeilen:          %1 gelesen, %2 übernommen, %3 abgewiesen</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="60"/>
        <source>Accounts:   %1 (%2 added, %3 updated)</source>
        <translation>Konten:          %1 (%2 neu, %3 aktualisiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="64"/>
        <source>Hint:       %1 rows repeat an account and date; an export of events (tickets, usage, activities) belongs in an event table: tierlab import table FILE --workspace W --name NAME --key COLUMN --time COLUMN</source>
        <translation>Hinweis:    %1 Zeilen wiederholen Konto und Datum; ein Export von Ereignissen (Tickets, Nutzung, Aktivitäten) gehört in eine Ereignistabelle: tierlab import table DATEI --workspace W --name NAME --key SPALTE --time SPALTE</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="69"/>
        <source>Snapshots:  %1 (%2 added, %3 updated) on %4 as-of dates</source>
        <translation>Momentaufnahmen: %1 (%2 neu, %3 aktualisiert) an %4 Stichtagen</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="76"/>
        <source>Outcomes:   %1 (%2 added, %3 updated)</source>
        <translation>Ergebnisse:      %1 (%2 neu, %3 aktualisiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="80"/>
        <location filename="../app/cli/summarycommand.cpp" line="58"/>
        <source>Signals:    %1</source>
        <translation>Signale:         %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="83"/>
        <source>  (new)</source>
        <translation>  (neu)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="86"/>
        <source>Note:       %1</source>
        <translation>Hinweis:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="97"/>
        <source>  … and %1 more warnings (--json lists the first %2)</source>
        <translation>  … und %1 weitere Warnungen (--json listet die ersten %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="105"/>
        <location filename="../app/cli/tablecommand.cpp" line="49"/>
        <source>  rejected line %1%2: %3</source>
        <translation>  abgewiesene Zeile %1%2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="111"/>
        <source>  … and %1 more rejected rows (use --rejects FILE.csv)</source>
        <translation>  … und %1 weitere abgewiesene Zeilen (siehe --rejects DATEI.csv)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="133"/>
        <source>snapshots or outcomes</source>
        <translation>snapshots oder outcomes</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="292"/>
        <source>The workspace file (.tierlab); created when absent.</source>
        <translation>Die Arbeitsbereichsdatei (.tierlab); wird angelegt, falls sie fehlt.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="138"/>
        <source>A mapping file saved by the wizard.</source>
        <translation>Eine vom Assistenten gespeicherte Zuordnungsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="127"/>
        <source>Imports a CSV file into a workspace in one transaction.
  snapshots: wide format, one row per account per as_of.
  outcomes:  account id, date, kind (churned | renewed | expanded | contracted), optional arr_change.
Without --mapping, types and roles are detected as in the import wizard.
With --postgres and --query instead of FILE, the query&apos;s rows are imported as the CSV file would be.</source>
        <translation>Importiert eine CSV-Datei in einer Transaktion in einen Arbeitsbereich.
  snapshots: breites Format, eine Zeile je Konto und as_of.
  outcomes:  Konto-ID, Datum, Art (churned | renewed | expanded | contracted), optional arr_change.
Ohne --mapping werden Typen und Rollen wie im Import-Assistenten erkannt.
Mit --postgres und --query statt FILE werden die Zeilen der Abfrage wie die CSV-Datei importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="134"/>
        <location filename="../app/cli/tablecommand.cpp" line="163"/>
        <source>The CSV file (not with --postgres).</source>
        <translation>Die CSV-Datei (nicht mit --postgres).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="140"/>
        <source>The account id column.</source>
        <translation>Die Spalte mit der Konto-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="141"/>
        <source>The as_of date column.</source>
        <translation>Die Spalte mit dem Stichtag (as_of).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="143"/>
        <source>One as_of date for every row (YYYY-MM-DD).</source>
        <translation>Ein Stichtag für alle Zeilen (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="146"/>
        <source>A churn label column: each row&apos;s label becomes an outcome of its snapshot.</source>
        <translation>Eine Spalte mit Abwanderungskennzeichen: Das Kennzeichen jeder Zeile wird zum Ergebnis ihrer Momentaufnahme.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="149"/>
        <source>The label value meaning churned (default: a yes/true flag).</source>
        <translation>Der Kennzeichenwert für „abgewandert“ (Standard: ein Ja/Wahr-Wert).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="151"/>
        <location filename="../app/cli/tablecommand.cpp" line="173"/>
        <source>One of , ; tab | (default: detected).</source>
        <translation>Eines von , ; tab | (Standard: erkannt).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="154"/>
        <source>Outcomes: the kind of every row when the file has no kind column.</source>
        <translation>Ergebnisse: die Art aller Zeilen, wenn die Datei keine Spalte für die Art hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="156"/>
        <source>Write the mapping used to a file.</source>
        <translation>Die verwendete Zuordnung in eine Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="158"/>
        <source>Write the rejected rows&apos; reasons as CSV.</source>
        <translation>Die Gründe für abgewiesene Zeilen als CSV schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160"/>
        <location filename="../app/cli/outcomescommand.cpp" line="35"/>
        <location filename="../app/cli/tablecommand.cpp" line="174"/>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="162"/>
        <source>Import even when the file&apos;s ids match none of the workspace&apos;s accounts or would more than double them.</source>
        <translation>Auch dann importieren, wenn die IDs der Datei zu keinem Konto des Arbeitsbereichs passen oder deren Zahl mehr als verdoppeln würden.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="175"/>
        <source>import: usage: tierlab import snapshots|outcomes (FILE | --postgres URL --query SQL) --workspace W [options]</source>
        <translation>import: Aufruf: tierlab import snapshots|outcomes (FILE | --postgres URL --query SQL) --workspace W [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="314"/>
        <source>import: --postgres URL and --query SQL go together</source>
        <translation>import: --postgres URL und --query SQL gehören zusammen</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="316"/>
        <source>import: --delimiter does not apply to --postgres</source>
        <translation>import: --delimiter gilt nicht für --postgres</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="181"/>
        <source>import: give --as-of-column or --as-of, not both</source>
        <translation>import: --as-of-column oder --as-of angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="186"/>
        <location filename="../app/cli/tablecommand.cpp" line="200"/>
        <source>import: --delimiter must be one of , ; tab |</source>
        <translation>import: --delimiter muss eines von , ; tab | sein</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="189"/>
        <source>import: --as-of needs a date as YYYY-MM-DD</source>
        <translation>import: --as-of erwartet ein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="231"/>
        <location filename="../app/cli/importcommand.cpp" line="235"/>
        <location filename="../app/cli/importcommand.cpp" line="237"/>
        <source>%1: no column &quot;%2&quot;</source>
        <translation>%1: keine Spalte „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="250"/>
        <source>import: unknown outcome kind &quot;%1&quot;</source>
        <translation>import: unbekannte Ergebnisart „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="255"/>
        <source>%1: no as_of column detected; give --as-of-column C or --as-of DATE</source>
        <translation>%1: keine as_of-Spalte erkannt; --as-of-column S oder --as-of DATUM angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="267"/>
        <location filename="../app/cli/tablecommand.cpp" line="217"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="299"/>
        <source>Read the rows of --query from this PostgreSQL server (a postgresql:// URL or key=value pairs) instead of a file.</source>
        <translation>Die Zeilen von --query statt aus einer Datei von diesem PostgreSQL-Server lesen (eine postgresql://-URL oder Schlüssel=Wert-Paare).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="306"/>
        <source>With --postgres: the SELECT whose rows are imported.</source>
        <translation>Mit --postgres: das SELECT, dessen Zeilen importiert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="342"/>
        <source>Import a CSV: snapshots|outcomes|table FILE --workspace W [--json]</source>
        <translation>Eine CSV importieren: snapshots|outcomes|table DATEI --workspace W [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="48"/>
        <source>Horizon:    %1 days</source>
        <translation>Horizont:   %1 Tage</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="52"/>
        <source>AUC:        %1 (95 % CI %2–%3)</source>
        <translation>AUC:        %1 (95-%-KI %2–%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="53"/>
        <source>PR-AUC:     %1 (base rate %2)</source>
        <translation>PR-AUC:     %1 (Basisrate %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="55"/>
        <source>Tiers (%1):</source>
        <translation>Stufen (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="55"/>
        <source>churn falls tier by tier</source>
        <translation>Abwanderung sinkt von Stufe zu Stufe</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="55"/>
        <source>NOT monotonic</source>
        <translation>NICHT monoton</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="60"/>
        <source>Relative risk worst vs best: %1 (95 % CI %2–%3)</source>
        <translation>Relatives Risiko schlechteste vs. beste Stufe: %1 (95-%-KI %2–%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="64"/>
        <source>Worst tier: precision %1, recall %2, F1 %3</source>
        <translation>Schlechteste Stufe: Präzision %1, Trefferquote %2, F1 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="67"/>
        <source>Below best: precision %1, recall %2, F1 %3</source>
        <translation>Unter der besten Stufe: Präzision %1, Trefferquote %2, F1 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="77"/>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="79"/>
        <source>(base model)</source>
        <translation>(Basismodell)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="82"/>
        <source>outcomes %1, churned %2, AUC %3, worst tier recall %4</source>
        <translation>Ergebnisse %1, abgewandert %2, AUC %3, Trefferquote schlechteste Stufe %4</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="130"/>
        <source>Hysteresis (%1 points, %2 weeks): weekly flip rate %3 → %4, worst tier recall %5 → %6, lead time %7 → %8 days (%9 → %10 of %11 churn outcomes flagged)</source>
        <translation>Hysterese (%1 Punkte, %2 Wochen): wöchentliche Wechselrate %3 → %4, Trefferquote schlechteste Stufe %5 → %6, Vorlauf %7 → %8 Tage (%9 → %10 von %11 Abwanderungsergebnissen markiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="166"/>
        <source>Survival by tier: %1</source>
        <translation>Überleben nach Stufe: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="171"/>
        <source>Survival by tier from %1 (followed up to %2 days; hazard ratios against %3):</source>
        <translation>Überleben nach Stufe ab %1 (bis zu %2 Tage verfolgt; Hazard Ratios gegenüber %3):</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="178"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="179"/>
        <source>HR %1 [%2–%3]</source>
        <translation>HR %1 [%2–%3]</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="182"/>
        <source>  %1: %2 accounts, %3 churned; retained %4 at 90 days, %5 at 365; %6; expected churned ARR in 90 days %7</source>
        <translation>  %1: %2 Konten, %3 abgewandert; gehalten %4 nach 90 Tagen, %5 nach 365; %6; erwarteter abwandernder ARR in 90 Tagen %7</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="201"/>
        <source>The model file (.json) or the name of a saved version (default: the published model).</source>
        <translation>Die Modelldatei (.json) oder der Name einer gespeicherten Version (Standard: das veröffentlichte Modell).</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="208"/>
        <source>Apply the CSM manual overrides to the tiers, as of each snapshot (excluded by default).</source>
        <translation>Die manuellen CSM-Übersteuerungen auf die Stufen anwenden, zum Stichtag jeder Momentaufnahme (standardmäßig ausgeschlossen).</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="211"/>
        <source>Start the survival by tier at the snapshot on or before this date (default: a year before the data&apos;s end).</source>
        <translation>Das Überleben nach Stufe bei der Momentaufnahme an oder vor diesem Datum beginnen (Standard: ein Jahr vor dem Ende der Daten).</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="232"/>
        <source>backtest: --survival-start needs a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>backtest: --survival-start braucht ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="293"/>
        <source>Manual overrides: included, as of each snapshot (%1 evaluated outcomes&apos; tiers changed)</source>
        <translation>Manuelle Übersteuerungen: einbezogen, zum Stichtag jeder Momentaufnahme (Stufen von %1 ausgewerteten Ergebnissen geändert)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="297"/>
        <source>Manual overrides: excluded (--include-overrides applies them)</source>
        <translation>Manuelle Übersteuerungen: ausgeschlossen (--include-overrides wendet sie an)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="305"/>
        <source>Back-test a model on outcomes (--workspace FILE [--model M] [--horizon-days 90] [--include-overrides] [--survival-start DATE] [--json])</source>
        <translation>Ein Modell an Ergebnissen backtesten (--workspace DATEI [--model M] [--horizon-days 90] [--include-overrides] [--survival-start DATUM] [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="44"/>
        <source>Horizon:    label on the snapshot (each outcome is scored on the snapshot that carries it)</source>
        <translation>Horizont:   Kennzeichen an der Momentaufnahme (jedes Ergebnis wird an der Momentaufnahme bewertet, die es trägt)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="46"/>
        <source>Horizon:    %1 days (labels on a snapshot, %2 of the outcomes, are scored on that snapshot)</source>
        <translation>Horizont:   %1 Tage (Kennzeichen an einer Momentaufnahme, %2 der Ergebnisse, werden an dieser Momentaufnahme bewertet)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="49"/>
        <source>Outcomes:   %1 evaluated, of %2 accounts (%3 churned), %4 excluded (%5 without an early enough snapshot, %6 unscored)</source>
        <translation>Ergebnisse: %1 ausgewertet, von %2 Konten (%3 abgewandert), %4 ausgeschlossen (%5 ohne ausreichend frühe Momentaufnahme, %6 ohne Score)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="58"/>
        <source>outcomes %1, churned %2, %3</source>
        <translation>Ergebnisse %1, abgewandert %2, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="71"/>
        <source>Lead time:  – (no churn outcome has a snapshot before its churn date)</source>
        <translation>Vorlauf:    – (kein Abwanderungsergebnis hat eine Momentaufnahme vor seinem Abwanderungsdatum)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="73"/>
        <source>Lead time:  median %1 days (%2 of %3 churn outcomes were in the worst tier before the churn)</source>
        <translation>Vorlauf:    Median %1 Tage (%2 von %3 Abwanderungsergebnissen waren vor der Abwanderung in der schlechtesten Stufe)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="148"/>
        <source>Trend tier %1: %2 accounts in the latest week; of the %3 evaluated outcomes in tier %4, %5 declining (churn rate %6) and %7 not (churn rate %8)</source>
        <translation>Verlaufsstufe %1: %2 Konten in der letzten Woche; von den %3 ausgewerteten Ergebnissen in Stufe %4 %5 fallend (Abwanderungsrate %6) und %7 nicht (Abwanderungsrate %8)</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="197"/>
        <source>Back-tests a model against the workspace&apos;s outcomes.</source>
        <translation>Testet ein Modell rückwirkend an den Ergebnissen des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="64"/>
        <source>The workspace file (.tierlab).</source>
        <translation>Die Arbeitsbereichsdatei (.tierlab).</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="204"/>
        <source>Score each outcome on a snapshot at least this many days older (default 90).</source>
        <translation>Jedes Ergebnis an einer Momentaufnahme bewerten, die mindestens so viele Tage älter ist (Standard 90).</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="226"/>
        <source>backtest: --horizon-days needs a whole number of days ≥ 0</source>
        <translation>backtest: --horizon-days erwartet eine ganze Zahl von Tagen ≥ 0</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="28"/>
        <source>The model&apos;s name in the workspace.</source>
        <translation>Der Name des Modells im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="29"/>
        <source>A model version id (see model list).</source>
        <translation>Eine Modellversions-ID (siehe model list).</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="30"/>
        <source>A note stored with the version.</source>
        <translation>Eine mit der Version gespeicherte Notiz.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="31"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/backtestcommand.cpp" line="206"/>
        <location filename="../app/cli/calibratecommand.cpp" line="137"/>
        <location filename="../app/cli/checkcommand.cpp" line="26"/>
        <location filename="../app/cli/importundocommand.cpp" line="47"/>
        <location filename="../app/cli/modelcommand.cpp" line="32"/>
        <location filename="../app/cli/modeldiffcommand.cpp" line="22"/>
        <location filename="../app/cli/modelstartercommand.cpp" line="89"/>
        <location filename="../app/cli/reviewcommand.cpp" line="245"/>
        <location filename="../app/cli/summarycommand.cpp" line="108"/>
        <location filename="../app/cli/tablecommand.cpp" line="68"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="54"/>
        <source>model save: usage: model save --workspace FILE [--name NAME] [--note TEXT] MODEL.json</source>
        <translation>model save: Aufruf: model save --workspace DATEI [--name NAME] [--note TEXT] MODELL.json</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="60"/>
        <source>model save: the model has no name; give one with --name NAME</source>
        <translation>model save: Das Modell hat keinen Namen; mit --name NAME einen angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="75"/>
        <source>Saved model &quot;%1&quot; as version %2</source>
        <translation>Modell „%1“ als Version %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="106"/>
        <source>No saved models.</source>
        <translation>Keine gespeicherten Modelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="153"/>
        <source>model export: --id needs a number, not &quot;%1&quot;</source>
        <translation>model export: --id erwartet eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="219"/>
        <location filename="../app/cli/scorecommand.cpp" line="225"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="198"/>
        <source>model validate: usage: model validate MODEL.json [--workspace FILE]</source>
        <translation>model validate: Aufruf: model validate MODELL.json [--workspace DATEI]</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="33"/>
        <source>export: a model file to export instead of a saved version.</source>
        <translation>export: eine Modelldatei statt einer gespeicherten Version exportieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="34"/>
        <source>export: back-test the model on the workspace and embed the metrics.</source>
        <translation>export: das Modell im Arbeitsbereich rückblickend testen und die Kennzahlen einbetten.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="115"/>
        <source>[published]</source>
        <translation>[veröffentlicht]</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="138"/>
        <source>model export: version %1 (&quot;%2&quot;) cannot be read: %3</source>
        <translation>model export: Version %1 („%2“) ist nicht lesbar: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="148"/>
        <source>model export: usage: model export --workspace FILE --name NAME|--id ID|--model FILE --out FILE [--backtest]</source>
        <translation>model export: Aufruf: model export --workspace FILE --name NAME|--id ID|--model FILE --out FILE [--backtest]</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="178"/>
        <source>model export: back-test: %1</source>
        <translation>model export: Backtest: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="180"/>
        <source>model export: the workspace has no outcomes to back-test: exporting without back-test metrics</source>
        <translation>model export: Der Arbeitsbereich hat keine Ergebnisse für einen Backtest: Export ohne Backtest-Kennzahlen</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="189"/>
        <source>Exported &quot;%1&quot; to %2 (sha256 %3)</source>
        <translation>„%1“ nach %2 exportiert (sha256 %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="238"/>
        <source>model adapt: usage: model adapt MODEL.json --workspace FILE --out FILE [--json]</source>
        <translation>model adapt: Aufruf: model adapt MODELL.json --workspace DATEI --out DATEI [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="267"/>
        <source>Kept %1 of %2 signals, %3 of %4 penalties, %5 of %6 overrides, %7 of %8 categories</source>
        <translation>Behalten: %1 von %2 Signalen, %3 von %4 Abzügen, %5 von %6 Übersteuerungen, %7 von %8 Kategorien</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="276"/>
        <source>Nothing dropped: the model fits the workspace as it is.</source>
        <translation>Nichts entfernt: das Modell passt so, wie es ist, zum Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="278"/>
        <source>Dropped %1:</source>
        <translation>Entfernt (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="281"/>
        <source>Category weights are kept as they are (weights are relative): %1</source>
        <translation>Die Kategoriegewichte bleiben, wie sie sind (Gewichte sind relativ): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="285"/>
        <location filename="../app/cli/modelstartercommand.cpp" line="213"/>
        <source>Wrote &quot;%1&quot; to %2</source>
        <translation>„%1“ nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="294"/>
        <source>model publish: usage: model publish --workspace FILE --name NAME|--id ID</source>
        <translation>model publish: Aufruf: model publish --workspace DATEI --name NAME|--id ID</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="303"/>
        <source>model publish: --id needs a version id (see model list)</source>
        <translation>model publish: --id braucht eine Versions-ID (siehe model list)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="312"/>
        <source>Published &quot;%1&quot; (version %2): review, backtest, score and report use it when no --model is given</source>
        <translation>„%1“ (Version %2) veröffentlicht: review, backtest, score und report verwenden es, wenn kein --model angegeben ist</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="332"/>
        <source>Model versions in a workspace and model file checks:
  model save --workspace FILE [--name NAME] [--note TEXT] MODEL.json
  model list --workspace FILE [--json]
  model publish --workspace FILE --name NAME|--id ID
  model export --workspace FILE --name NAME|--id ID|--model FILE --out FILE [--backtest]
  model validate MODEL.json [--workspace FILE]
  model adapt MODEL.json --workspace FILE --out FILE [--json]
  model diff A.json B.json [--json]
  model starter --workspace FILE --out FILE [--horizon-days N] [--holdout FRACTION] [--json]</source>
        <translation>Modellversionen in einem Arbeitsbereich und Prüfungen von Modelldateien:
  model save --workspace DATEI [--name NAME] [--note TEXT] MODELL.json
  model list --workspace DATEI [--json]
  model publish --workspace DATEI --name NAME|--id ID
  model export --workspace DATEI --name NAME|--id ID|--model DATEI --out DATEI [--backtest]
  model validate MODELL.json [--workspace DATEI]
  model adapt MODELL.json --workspace DATEI --out DATEI [--json]
  model diff A.json B.json [--json]
  model starter --workspace DATEI --out DATEI [--horizon-days N] [--holdout ANTEIL] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="344"/>
        <source>save, list, publish, export, validate, adapt, diff or starter</source>
        <translation>save, list, publish, export, validate, adapt, diff oder starter</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="353"/>
        <source>model: an action is required (save, list, publish, export, validate, adapt, diff or starter)</source>
        <translation>model: eine Aktion ist erforderlich (save, list, publish, export, validate, adapt, diff oder starter)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="367"/>
        <source>model: unknown action &quot;%1&quot; (save, list, publish, export, validate, adapt, diff or starter)</source>
        <translation>model: unbekannte Aktion „%1“ (save, list, publish, export, validate, adapt, diff oder starter)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="374"/>
        <source>Model versions and files: save|list|publish|export|validate|adapt|diff|starter (see model --help)</source>
        <translation>Modellversionen und -dateien: save|list|publish|export|validate|adapt|diff|starter (siehe model --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="358"/>
        <source>model list: unexpected argument</source>
        <translation>model list: unerwartetes Argument</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="360"/>
        <source>model publish: unexpected argument</source>
        <translation>model publish: unerwartetes Argument</translation>
    </message>
    <message>
        <location filename="../app/cli/modelcommand.cpp" line="362"/>
        <source>model export: unexpected argument</source>
        <translation>model export: unerwartetes Argument</translation>
    </message>
    <message>
        <location filename="../app/cli/modeldiffcommand.cpp" line="19"/>
        <source>Compares two model files: weights, rules, penalties, overrides and tiers. Exit code 0 either way; 1 when a file cannot be read.</source>
        <translation>Vergleicht zwei Modelldateien: Gewichtungen, Regeln, Abzüge, Übersteuerungen und Stufen. Exit-Code 0 in beiden Fällen; 1, wenn eine Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/modeldiffcommand.cpp" line="23"/>
        <source>The first model file.</source>
        <translation>Die erste Modelldatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/modeldiffcommand.cpp" line="24"/>
        <source>The second model file.</source>
        <translation>Die zweite Modelldatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/modeldiffcommand.cpp" line="33"/>
        <source>model diff: expected two model files, found %1</source>
        <translation>model diff: zwei Modelldateien erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/modeldiffcommand.cpp" line="51"/>
        <source>Compare two model files (A.json B.json [--json]); also `model diff`</source>
        <translation>Zwei Modelldateien vergleichen (A.json B.json [--json]); auch `model diff`</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="110"/>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="106"/>
        <source>Writes the weekly review as a PDF report, or the meeting pack (a workbook and, in the UI build, a PDF) into a folder.</source>
        <translation>Schreibt den Wochenrückblick als PDF-Bericht oder das Meeting-Paket (eine Arbeitsmappe und im UI-Build ein PDF) in einen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="111"/>
        <source>Write the meeting pack into this folder.</source>
        <translation>Das Meeting-Paket in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="112"/>
        <source>With --pack: one pack per CSM as well.</source>
        <translation>Mit --pack: zusätzlich ein Paket je CSM.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="120"/>
        <source>report: --out FILE or --pack DIR is required</source>
        <translation>report: --out DATEI oder --pack ORDNER ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="122"/>
        <source>report: --per-csm needs --pack DIR</source>
        <translation>report: --per-csm braucht --pack ORDNER</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="127"/>
        <source>report: cannot create the folder %1</source>
        <translation>report: der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="147"/>
        <source>report: writing a PDF needs the UI build of Tierlab (configure with TIERLAB_BUILD_UI=ON)</source>
        <translation>report: Für das Schreiben eines PDFs wird der UI-Build von Tierlab benötigt (mit TIERLAB_BUILD_UI=ON konfigurieren)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="150"/>
        <source>report: writing a PDF needs a GUI application object</source>
        <translation>report: Für das Schreiben eines PDFs wird ein GUI-Anwendungsobjekt benötigt</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="157"/>
        <source>Wrote %1 (week %2, %3 movers, ARR at risk %L4)</source>
        <translation>%1 geschrieben (Woche %2, %3 Absteiger, gefährdeter ARR %L4)</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="169"/>
        <source>Weekly review as a PDF, or the meeting pack (--workspace W [--model M] [--week DATE] --out FILE | --pack DIR [--per-csm])</source>
        <translation>Wochenrückblick als PDF oder das Meeting-Paket (--workspace W [--model M] [--week DATUM] --out DATEI | --pack ORDNER [--per-csm])</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="38"/>
        <source>unscored</source>
        <translation>ohne Score</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="43"/>
        <source>Review of %1 (previous week %2), model %3, %4</source>
        <translation>Rückblick auf %1 (Vorwoche %2), Modell %3, %4</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="45"/>
        <location filename="../app/cli/summarycommand.cpp" line="67"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="48"/>
        <source>Tier distribution</source>
        <translation>Verteilung auf Stufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/reviewcommand.cpp" line="54"/>
        <source>%n account(s) (%1 %), ARR %2; last week %3, ARR %4</source>
        <translation>
            <numerusform>%n Konto (%1 %), ARR %2; Vorwoche %3, ARR %4</numerusform>
            <numerusform>%n Konten (%1 %), ARR %2; Vorwoche %3, ARR %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/reviewcommand.cpp" line="60"/>
        <source>%n account(s) (%1 %), ARR %2</source>
        <translation>
            <numerusform>%n Konto (%1 %), ARR %2</numerusform>
            <numerusform>%n Konten (%1 %), ARR %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="64"/>
        <source>unscored %1; new since last week %2; gone %3</source>
        <translation>ohne Score %1; neu seit Vorwoche %2; weggefallen %3</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="67"/>
        <source>unscored %1; the first scored week, nothing to compare against</source>
        <translation>ohne Score %1; die erste bewertete Woche, nichts zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="70"/>
        <source>flip rate %1 % (of the accounts scored both weeks, the share that changed tier)</source>
        <translation>Wechselrate %1 % (Anteil der in beiden Wochen bewerteten Konten, deren Stufe sich geändert hat)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="75"/>
        <source>score PSI against %1: %2 (%3)</source>
        <translation>PSI des Scores gegenüber %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="78"/>
        <source>significant shift: check the data and the model</source>
        <translation>deutliche Verschiebung: Daten und Modell prüfen</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="79"/>
        <source>moderate shift</source>
        <translation>mäßige Verschiebung</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="80"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="85"/>
        <source>Transitions (rows: last week, columns: this week; accounts)</source>
        <translation>Übergänge (Zeilen: Vorwoche, Spalten: diese Woche; Konten)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="97"/>
        <source>Movers: %1</source>
        <translation>Absteiger: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="101"/>
        <source>%1 → %2, score %3 → %4</source>
        <translation>%1 → %2, Score %3 → %4</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="107"/>
        <source>Renewals: %1, %2 at risk, ARR at risk %3</source>
        <translation>Verlängerungen: %1, %2 gefährdet, gefährdeter ARR %3</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="112"/>
        <source>ARR %1</source>
        <translation>ARR %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="113"/>
        <source>Expansion candidates: %1</source>
        <translation>Ausbaukandidaten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="116"/>
        <source>renewing %1</source>
        <translation>Verlängerung am %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="118"/>
        <source> rising from %1</source>
        <translation> steigend von %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="121"/>
        <source>Manual overrides: %1 active, %2 expired</source>
        <translation>Manuelle Übersteuerungen: %1 aktiv, %2 abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="123"/>
        <source>; age median %1 days, oldest %2 days</source>
        <translation>; Alter im Median %1 Tage, älteste %2 Tage</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="128"/>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="129"/>
        <source>active, %1 days</source>
        <translation>aktiv, %1 Tage</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="130"/>
        <source>active, not applied (no such tier in the model)</source>
        <translation>aktiv, nicht angewendet (keine solche Stufe im Modell)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="144"/>
        <source>The model file, or the name of a model saved in the workspace (default: the published model).</source>
        <translation>Die Modelldatei oder der Name eines im Arbeitsbereich gespeicherten Modells (Standard: das veröffentlichte Modell).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="153"/>
        <source>The as_of the score&apos;s PSI and the signals&apos; CSI compare with (default: 12 weeks before the week).</source>
        <translation>Der Stichtag, mit dem PSI des Scores und CSI der Signale vergleichen (Standard: 12 Wochen vor der Woche).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="70"/>
        <source>%1: --workspace FILE is required</source>
        <translation>%1: --workspace DATEI ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="173"/>
        <source>%1: --psi-baseline: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: --psi-baseline: &quot;%2&quot; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="268"/>
        <source>Weekly portfolio review (--workspace W [--model M] [--week DATE] [--json])</source>
        <translation>Wöchentlicher Portfolio-Rückblick (--workspace W [--model M] [--week DATUM] [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/modelargument.cpp" line="20"/>
        <source>%1 (version %2, published)</source>
        <translation>%1 (Version %2, veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelargument.cpp" line="21"/>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelargument.cpp" line="32"/>
        <source>no --model given and %1</source>
        <translation>kein --model angegeben und %1</translation>
    </message>
    <message>
        <location filename="../app/cli/modelargument.cpp" line="44"/>
        <source>%1: no such model file, nor a model of that name in the workspace</source>
        <translation>%1: weder eine Modelldatei noch ein Modell dieses Namens im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/cli/modelargument.cpp" line="18"/>
        <source>%1 (saved in the workspace): %2</source>
        <translation>%1 (im Arbeitsbereich gespeichert): %2</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="145"/>
        <source>The as_of date to review (default: the latest).</source>
        <translation>Der zu betrachtende Stichtag (Standard: der letzte).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="146"/>
        <source>Only the accounts of this CSM.</source>
        <translation>Nur die Konten dieses CSM.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="147"/>
        <source>Only the accounts of this segment.</source>
        <translation>Nur die Konten dieses Segments.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="148"/>
        <source>Only accounts with ARR at least this.</source>
        <translation>Nur Konten mit mindestens diesem ARR.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="149"/>
        <source>Only accounts with ARR under this.</source>
        <translation>Nur Konten mit ARR unter diesem Wert.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="150"/>
        <source>Score fall that makes a mover (default 15).</source>
        <translation>Score-Rückgang, ab dem ein Konto als Absteiger gilt (Standard 15).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="151"/>
        <source>Renewal window in days (default 90).</source>
        <translation>Verlängerungsfenster in Tagen (Standard 90).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="152"/>
        <source>Weeks in the trend (default 12).</source>
        <translation>Wochen im Verlauf (Standard 12).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="167"/>
        <source>%1: --week: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: --week: „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="193"/>
        <source>%1: --%2: expected a number of at least 0, found &quot;%3&quot;</source>
        <translation>%1: --%2: Zahl von mindestens 0 erwartet, „%3“ gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="241"/>
        <source>The weekly portfolio review: tiers against last week, transitions, movers, renewals at risk and expansion candidates (docs/review.md).</source>
        <translation>Der wöchentliche Portfolio-Rückblick: Stufen im Vergleich zur Vorwoche, Übergänge, Absteiger, gefährdete Verlängerungen und Ausbaukandidaten (docs/review.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="253"/>
        <source>review: unexpected argument &quot;%1&quot;</source>
        <translation>review: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="106"/>
        <source>Scored %1 accounts as of %2 with &quot;%3&quot;</source>
        <translation>%1 Konten zum Stichtag %2 mit „%3“ bewertet</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="113"/>
        <location filename="../app/cli/scorecommand.cpp" line="117"/>
        <source>%1 accounts, ARR %2</source>
        <translation>%1 Konten, ARR %2</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="116"/>
        <source>Unscored</source>
        <translation>Ohne Score</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="124"/>
        <source>Scores the accounts of one snapshot with a model file and writes one CSV row per account: account_id, as_of, score, tier, then each category&apos;s score.</source>
        <translation>Bewertet die Konten einer Momentaufnahme mit einer Modelldatei und schreibt je Konto eine CSV-Zeile: account_id, as_of, score, tier, dann den Score jeder Kategorie.</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="129"/>
        <source>The model file (JSON) or the name of a saved version (default: the published model).</source>
        <translation>Die Modelldatei (JSON) oder der Name einer gespeicherten Version (Standard: das veröffentlichte Modell).</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="131"/>
        <source>The snapshot date (YYYY-MM-DD) or &quot;latest&quot; (default).</source>
        <translation>Der Stichtag der Momentaufnahme (JJJJ-MM-TT) oder „latest“ (Standard).</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="133"/>
        <source>Write the CSV to FILE instead of standard output; a FILE ending in .xlsx gets an Excel workbook.</source>
        <translation>Die CSV-Datei nach FILE statt auf die Standardausgabe schreiben; eine FILE mit der Endung .xlsx erhält eine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="239"/>
        <source>Manual overrides: %1 in force, %2 applied (columns effective_tier and override_reason)</source>
        <translation>Manuelle Übersteuerungen: %1 in Kraft, %2 angewendet (Spalten effective_tier und override_reason)</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="250"/>
        <source>Score a snapshot with a model (--workspace FILE --model M.json [--as-of DATE|latest] [--out FILE.csv|FILE.xlsx] [--json])</source>
        <translation>Eine Momentaufnahme mit einem Modell bewerten (--workspace FILE --model M.json [--as-of DATE|latest] [--out FILE.csv|FILE.xlsx] [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="137"/>
        <source>Print the summary as JSON on standard output (the CSV goes to --out only).</source>
        <translation>Die Zusammenfassung als JSON auf der Standardausgabe ausgeben (die CSV geht nur nach --out).</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="148"/>
        <source>score: unexpected argument &quot;%1&quot;</source>
        <translation>score: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="155"/>
        <source>score: --as-of needs a date (YYYY-MM-DD) or &quot;latest&quot;, not &quot;%1&quot;</source>
        <translation>score: --as-of erwartet ein Datum (JJJJ-MM-TT) oder „latest“, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="174"/>
        <source>score: no account has a snapshot on %1</source>
        <translation>score: kein Konto hat eine Momentaufnahme am %1</translation>
    </message>
    <message>
        <location filename="../app/cli/scorecommand.cpp" line="176"/>
        <source>score: the workspace has no snapshot yet</source>
        <translation>score: der Arbeitsbereich hat noch keine Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="50"/>
        <source>Workspace:  %1</source>
        <translation>Arbeitsbereich:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="51"/>
        <source>Accounts:   %1</source>
        <translation>Konten:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="52"/>
        <source>Snapshots:  %1 rows on %2 as-of dates</source>
        <translation>Momentaufnahmen: %1 Zeilen an %2 Stichtagen</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="55"/>
        <source>As of:      %1 to %2</source>
        <translation>Stichtage:       %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="61"/>
        <source>%1 % present</source>
        <translation>%1 % vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="66"/>
        <source>Outcomes:   %1</source>
        <translation>Ergebnisse:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="68"/>
        <source>Models:     %1 saved versions</source>
        <translation>Modelle:         %1 gespeicherte Versionen</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="69"/>
        <source>Imports:    %1</source>
        <translation>Importe:         %1</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="105"/>
        <source>Prints what a workspace holds: accounts, snapshots, signals and outcomes.</source>
        <translation>Zeigt, was ein Arbeitsbereich enthält: Konten, Momentaufnahmen, Signale und Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="123"/>
        <source>What a workspace holds (--workspace FILE [--json])</source>
        <translation>Was ein Arbeitsbereich enthält (--workspace DATEI [--json])</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="21"/>
        <source>Usage: tierlab [--workspace FILE] [--model FILE.json] [--account ID] [--screenshot OUT.png [--page NAME] [--size WxH]]</source>
        <translation>Aufruf: tierlab [--workspace DATEI] [--model DATEI.json] [--account ID] [--screenshot AUSGABE.png [--page NAME] [--size BxH]]</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24"/>
        <source>       tierlab COMMAND [options]   (headless; COMMAND --help for its options)</source>
        <translation>        tierlab BEFEHL [Optionen]   (ohne Fenster; BEFEHL --help zeigt seine Optionen)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Without a command, Tierlab opens its window: on the workspace given, else on the last one opened (the demo portfolio the first time).</source>
        <translation>Ohne Befehl öffnet Tierlab sein Fenster: mit dem angegebenen Arbeitsbereich, sonst mit dem zuletzt geöffneten (beim ersten Mal mit dem Demo-Portfolio).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>  --help       This help</source>
        <translation>  --help       Diese Hilfe</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="35"/>
        <source>  --version    The version</source>
        <translation>  --version    Die Version</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="90"/>
        <source>Fits category weights to the workspace&apos;s outcomes and writes a new model.</source>
        <translation>Passt die Kategorie-Gewichtungen an die Ergebnisse des Arbeitsbereichs an und schreibt ein neues Modell.</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="93"/>
        <source>The model file to start from.</source>
        <translation>Die Modelldatei als Ausgangspunkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="94"/>
        <source>Where to write the calibrated model (never the input).</source>
        <translation>Wohin das kalibrierte Modell geschrieben wird (nie die Eingabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="96"/>
        <source>Back-test horizon (default 90).</source>
        <translation>Backtest-Horizont (Standard 90).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="98"/>
        <source>auc (default) or logloss.</source>
        <translation>auc (Standard) oder logloss.</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="42"/>
        <source>Validation: by date, outcomes on or before %1 train, later ones test</source>
        <translation>Validierung: nach Datum; Ergebnisse an oder vor %1 trainieren, spätere testen</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="46"/>
        <source>Validation: a random %1 % of the accounts tests, churned and retained in proportion (seed %2)</source>
        <translation>Validierung: zufällige %1 % der Konten testen, abgewanderte und gehaltene im selben Verhältnis (Startwert %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="52"/>
        <source>Validation: %1-fold cross-validation by account, churned and retained in proportion (seed %2)</source>
        <translation>Validierung: %1-fache Kreuzvalidierung nach Konten, abgewanderte und gehaltene im selben Verhältnis (Startwert %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="59"/>
        <source>Train:   %1 outcomes (%2 churned) of %3 accounts, %4 to %5</source>
        <translation>Training: %1 Ergebnisse (%2 abgewandert) von %3 Konten, %4 bis %5</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="64"/>
        <source>Test:    %1 outcomes (%2 churned) of %3 accounts, %4 to %5</source>
        <translation>Test:     %1 Ergebnisse (%2 abgewandert) von %3 Konten, %4 bis %5</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="72"/>
        <source>fold %1: trained on %2 outcomes, tested on %3 (%4 churned): test AUC %5 (input model %6)</source>
        <translation>Fold %1: trainiert mit %2 Ergebnissen, getestet mit %3 (%4 abgewandert): Test-AUC %5 (Eingabemodell %6)</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="78"/>
        <source>Folds&apos; test AUC: mean %1 ± %2 (sample standard deviation); input model: mean %3</source>
        <translation>Test-AUC der Folds: Mittel %1 ± %2 (Stichproben-Standardabweichung); Eingabemodell: Mittel %3</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="81"/>
        <source>The weights below are refit on all %1 outcomes; the folds estimate how such a fit does on outcomes it has not seen.</source>
        <translation>Die Gewichtungen unten sind an allen %1 Ergebnissen neu angepasst; die Folds schätzen, wie eine solche Anpassung bei Ergebnissen abschneidet, die sie nicht gesehen hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="101"/>
        <source>Train on outcomes dated on or before this date, test on later ones (default: a 70/30 split by date).</source>
        <translation>Mit Ergebnissen bis einschließlich zu diesem Datum trainieren, mit späteren testen (Standard: eine 70/30-Aufteilung nach Datum).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="105"/>
        <source>Test on this share of the accounts, drawn at random with churned and retained in proportion (0–1).</source>
        <translation>Mit diesem Anteil der Konten testen, zufällig gezogen, abgewanderte und gehaltene im selben Verhältnis (0–1).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="109"/>
        <source>K-fold cross-validation by account (2–20): report each fold&apos;s test AUC; --out gets the model refit on all outcomes.</source>
        <translation>K-fache Kreuzvalidierung nach Konten (2–20): die Test-AUC jedes Folds ausgeben; --out erhält das an allen Ergebnissen neu angepasste Modell.</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="113"/>
        <source>Seed of the random split of --holdout and --folds (default 1).</source>
        <translation>Zufallsstartwert der Aufteilung von --holdout und --folds (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="115"/>
        <source>Keep this category&apos;s weight (repeatable).</source>
        <translation>Die Gewichtung dieser Kategorie beibehalten (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="121"/>
        <source>Highest weight allowed (default none).</source>
        <translation>Höchste zulässige Gewichtung (Standard: keine).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="124"/>
        <source>Weight bounds of one category, ID=MIN:MAX (repeatable; either side may be empty).</source>
        <translation>Grenzen der Gewichtung einer Kategorie, ID=MIN:MAX (wiederholbar; jede Seite darf leer sein).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="128"/>
        <source>Propose the worst tier&apos;s upper edge so that at most K accounts of the latest snapshot fall in it.</source>
        <translation>Die obere Schwelle der schlechtesten Stufe so vorschlagen, dass höchstens K Konten der letzten Momentaufnahme darin liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="132"/>
        <source>Propose the best tier&apos;s lower edge so that its back-tested churn rate is at most RATE (0–1).</source>
        <translation>Die untere Schwelle der besten Stufe so vorschlagen, dass ihre rückblickend getestete Abwanderungsquote höchstens RATE (0–1) beträgt.</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="136"/>
        <source>Also fit the signal weights inside each unlocked category.</source>
        <translation>Auch die Gewichtungen der Signale in jeder nicht gesperrten Kategorie anpassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="149"/>
        <source>calibrate: --workspace FILE, --model FILE and --out FILE are required</source>
        <translation>calibrate: --workspace DATEI, --model DATEI und --out DATEI sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="151"/>
        <source>calibrate: choose one of --train-until, --holdout and --folds</source>
        <translation>calibrate: nur eine der Optionen --train-until, --holdout und --folds wählen</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="157"/>
        <source>calibrate: --horizon-days needs a whole number of days ≥ 0</source>
        <translation>calibrate: --horizon-days erwartet eine ganze Zahl von Tagen ≥ 0</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="159"/>
        <source>calibrate: --objective must be auc or logloss</source>
        <translation>calibrate: --objective muss auc oder logloss sein</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="163"/>
        <source>calibrate: --train-until needs a date YYYY-MM-DD</source>
        <translation>calibrate: --train-until erwartet ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="169"/>
        <source>calibrate: --holdout needs a fraction between 0 and 1 (exclusive)</source>
        <translation>calibrate: --holdout erwartet einen Anteil zwischen 0 und 1 (ausschließlich)</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="175"/>
        <source>calibrate: --folds needs a whole number from %1 to %2</source>
        <translation>calibrate: --folds erwartet eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="183"/>
        <source>calibrate: --seed needs a whole number ≥ 0</source>
        <translation>calibrate: --seed erwartet eine ganze Zahl ≥ 0</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="189"/>
        <source>calibrate: --min-weight needs a number</source>
        <translation>calibrate: --min-weight erwartet eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="194"/>
        <source>calibrate: --max-weight needs a number</source>
        <translation>calibrate: --max-weight erwartet eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="210"/>
        <source>calibrate: --bound needs ID=MIN:MAX, not &quot;%1&quot;</source>
        <translation>calibrate: --bound braucht ID=MIN:MAX, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="216"/>
        <source>calibrate: --red-capacity needs a whole number of accounts ≥ 0</source>
        <translation>calibrate: --red-capacity braucht eine ganze Zahl von Konten ≥ 0</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="221"/>
        <source>calibrate: --best-tier-max-churn needs a rate between 0 and 1</source>
        <translation>calibrate: --best-tier-max-churn braucht eine Quote zwischen 0 und 1</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="230"/>
        <source>calibrate: --out must not be the input model %1</source>
        <translation>calibrate: --out darf nicht das Eingabemodell %1 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="326"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="357"/>
        <source>Lowest weight of a category: %1 (5 % of the weights&apos; sum; --min-weight 0 lets a category drop out)</source>
        <translation>Kleinste Gewichtung einer Kategorie: %1 (5 % der Summe der Gewichtungen; mit --min-weight 0 kann eine Kategorie wegfallen)</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="358"/>
        <source>Lowest weight of a category: %1</source>
        <translation>Kleinste Gewichtung einer Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="362"/>
        <source>Categories at weight 0 (left out of every score): %1</source>
        <translation>Kategorien mit Gewichtung 0 (in keinem Score berücksichtigt): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="366"/>
        <source>Override %1 caps at %2, now in tier %3 (was %4): the accounts it caps change tier; give it &quot;cap_tier&quot; to keep them in %4</source>
        <translation>Übersteuerung %1 begrenzt auf %2, jetzt in Stufe %3 (vorher %4): die begrenzten Konten wechseln die Stufe; mit &quot;cap_tier&quot; bleiben sie in %4</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="381"/>
        <source>Fit category weights to outcomes (--workspace FILE --model FILE --out FILE [--horizon-days 90] [--objective auc|logloss] [--train-until DATE | --holdout FRACTION | --folds K] [--seed S] [--bound ID=MIN:MAX] [--signal-weights] [--red-capacity K] [--best-tier-max-churn RATE])</source>
        <translation>Kategoriegewichtungen an Ergebnisse anpassen (--workspace DATEI --model DATEI --out DATEI [--horizon-days 90] [--objective auc|logloss] [--train-until DATUM | --holdout ANTEIL | --folds K] [--seed S] [--bound ID=MIN:MAX] [--signal-weights] [--red-capacity K] [--best-tier-max-churn RATE])</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="328"/>
        <source>Objective (%1) on train: %2 → %3</source>
        <translation>Zielfunktion (%1) im Training: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="118"/>
        <source>Lowest weight allowed (default 5 % of the model&apos;s category weights&apos; sum; 0 lets a category drop out).</source>
        <translation>Kleinste erlaubte Gewichtung (Standard: 5 % der Summe der Kategoriegewichtungen des Modells; mit 0 kann eine Kategorie wegfallen).</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="332"/>
        <source>Test AUC: %1 → %2</source>
        <translation>Test-AUC: %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="335"/>
        <location filename="../app/cli/calibratecommand.cpp" line="340"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="344"/>
        <source>Worst tier&apos;s upper edge: %1 → %2 (%3 accounts of the latest snapshot below it)</source>
        <translation>Obere Schwelle der schlechtesten Stufe: %1 → %2 (%3 Konten der letzten Momentaufnahme darunter)</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="346"/>
        <source>Worst tier&apos;s upper edge unchanged: %1</source>
        <translation>Obere Schwelle der schlechtesten Stufe unverändert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="351"/>
        <source>Best tier&apos;s lower edge: %1 → %2 (%3 outcomes at or above it, churn %4 %)</source>
        <translation>Untere Schwelle der besten Stufe: %1 → %2 (%3 Ergebnisse auf oder über ihr, Abwanderung %4 %)</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="353"/>
        <source>Best tier&apos;s lower edge unchanged: %1</source>
        <translation>Untere Schwelle der besten Stufe unverändert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/calibratecommand.cpp" line="373"/>
        <location filename="../app/cli/reportcommand.cpp" line="82"/>
        <location filename="../app/cli/reportcommand.cpp" line="88"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="24"/>
        <source>Derives outcomes from a table of churn events: for each period and each account started before it, churned (dated at its first churn row in the period) or retained (dated at the period&apos;s end). Periods past the data&apos;s end are skipped; an account that left before a period gets no outcome for it.</source>
        <translation>Leitet Ergebnisse aus einer Tabelle von Abwanderungsereignissen ab: für jede Periode und jedes Konto, das vor ihr begonnen hat, abgewandert (datiert auf seine erste Abwanderungszeile in der Periode) oder gehalten (datiert auf das Ende der Periode). Perioden nach dem Ende der Daten werden übersprungen; ein Konto, das vor einer Periode ausgeschieden ist, erhält für sie kein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="28"/>
        <source>derive</source>
        <translation>derive</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="30"/>
        <source>The event table of churn events.</source>
        <translation>Die Ereignistabelle der Abwanderungsereignisse.</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="31"/>
        <source>quarter (default), month or a number of days.</source>
        <translation>quarter (Standard), month oder eine Anzahl von Tagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="32"/>
        <source>The first period&apos;s start (default: the period of the earliest row).</source>
        <translation>Der Beginn der ersten Periode (Standard: die Periode der frühesten Zeile).</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="34"/>
        <source>Delete every stored outcome first.</source>
        <translation>Zuerst alle gespeicherten Ergebnisse löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="44"/>
        <source>outcomes: usage: tierlab outcomes derive --workspace W --churn-table T [--every quarter|month|DAYS] [--from DATE]</source>
        <translation>outcomes: Aufruf: tierlab outcomes derive --workspace W --churn-table T [--every quarter|month|TAGE] [--from DATUM]</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="46"/>
        <source>outcomes derive: --workspace FILE and --churn-table T are required</source>
        <translation>outcomes derive: --workspace DATEI und --churn-table T sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="58"/>
        <source>outcomes derive: --every must be quarter, month or a number of days (1 to 3660)</source>
        <translation>outcomes derive: --every muss quarter, month oder eine Anzahl von Tagen (1 bis 3660) sein</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="64"/>
        <source>outcomes derive: --from needs a date as YYYY-MM-DD</source>
        <translation>outcomes derive: --from erwartet ein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="76"/>
        <source>Derived %1 outcomes (%2 churned, %3 retained) over %4 periods from %5 to %6; %7 periods past the data&apos;s end (%8) skipped</source>
        <translation>%1 Ergebnisse abgeleitet (%2 abgewandert, %3 gehalten) über %4 Perioden von %5 bis %6; %7 Perioden nach dem Ende der Daten (%8) übersprungen</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="86"/>
        <source>%1 churn rows name no known account and were left out</source>
        <translation>%1 Abwanderungszeilen nennen kein bekanntes Konto und wurden ausgelassen</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="93"/>
        <source>Writes the stored snapshots (account_id, as_of, the attributes, one column per signal named by its id) as one CSV that tierlab import snapshots reads back (numbers with 17 significant digits), or into a table of a PostgreSQL or SQLite database: the table tierlab export sql reads by default. An existing table is refused unless --replace; the table is written in one transaction.</source>
        <translation>Schreibt die gespeicherten Snapshots (account_id, as_of, die Attribute, eine Spalte je Signal, nach seiner ID benannt) als eine CSV-Datei, die tierlab import snapshots wieder einliest (Zahlen mit 17 signifikanten Stellen), oder in eine Tabelle einer PostgreSQL- oder SQLite-Datenbank: die Tabelle, die tierlab export sql standardmäßig liest. Eine vorhandene Tabelle wird ohne --replace abgelehnt; die Tabelle wird in einer Transaktion geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="118"/>
        <source>snapshots: usage: tierlab snapshots export --workspace W (--out F.csv | --postgres URL | --sqlite FILE) [--table NAME] [--replace] [--as-of DATE]</source>
        <translation>snapshots: Aufruf: tierlab snapshots export --workspace W (--out F.csv | --postgres URL | --sqlite FILE) [--table NAME] [--replace] [--as-of DATE]</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="122"/>
        <source>snapshots export: --table and --replace go with --postgres or --sqlite, not --out</source>
        <translation>snapshots export: --table und --replace gehören zu --postgres oder --sqlite, nicht zu --out</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="164"/>
        <source>Export the snapshots as CSV or into a table: export --workspace W --out F.csv | --postgres URL | --sqlite FILE</source>
        <translation>Die Snapshots als CSV oder in eine Tabelle exportieren: export --workspace W --out F.csv | --postgres URL | --sqlite FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="98"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="100"/>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="102"/>
        <source>Write into a table on this PostgreSQL server (a postgresql:// URL or key=value pairs).</source>
        <translation>In eine Tabelle auf diesem PostgreSQL-Server schreiben (eine postgresql://-URL oder Schlüssel=Wert-Paare).</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="104"/>
        <source>Write into a table of this SQLite file (created when absent).</source>
        <translation>In eine Tabelle dieser SQLite-Datei schreiben (angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="106"/>
        <source>The table&apos;s name (default: snapshots).</source>
        <translation>Der Name der Tabelle (Standard: snapshots).</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="108"/>
        <source>Only this as_of date.</source>
        <translation>Nur dieser Stichtag (as_of).</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="127"/>
        <source>snapshots export: --as-of needs a date as YYYY-MM-DD</source>
        <translation>snapshots export: --as-of erwartet ein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="136"/>
        <source>Wrote %1 snapshot rows to %2</source>
        <translation>%1 Zeilen mit Momentaufnahmen nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="144"/>
        <source>Writing the snapshots</source>
        <translation>Schreibe die Snapshots</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="144"/>
        <source>as-of dates</source>
        <translation>as-of-Daten</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="152"/>
        <source>Wrote %1 snapshot rows (%2 as-of dates, %3 columns) to %4%5</source>
        <translation>%1 Snapshot-Zeilen (%2 as-of-Daten, %3 Spalten) nach %4 geschrieben%5</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="156"/>
        <source>, replacing the table that was there</source>
        <translation>, die vorhandene Tabelle ersetzt</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="163"/>
        <source>Derive outcomes from churn events: derive --workspace W --churn-table T</source>
        <translation>Ergebnisse aus Abwanderungsereignissen ableiten: derive --workspace W --churn-table T</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="23"/>
        <source>Built %1 signals for %2 accounts on %3 dates (%4 to %5, every %6 days): %7 snapshots in %8 s</source>
        <translation>%1 Signale für %2 Konten an %3 Stichtagen aufgebaut (%4 bis %5, alle %6 Tage): %7 Momentaufnahmen in %8 s</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="33"/>
        <source>Replaced:   %1 snapshots of the previous build</source>
        <translation>Ersetzt:      %1 Momentaufnahmen des vorigen Aufbaus</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="35"/>
        <source>Skipped:    %1 accounts that start after the grid&apos;s last date or have no start and no dated row</source>
        <translation>Übersprungen: %1 Konten, die nach dem letzten Rasterdatum beginnen oder weder einen Beginn noch eine datierte Zeile haben</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="104"/>
        <location filename="../app/cli/importundocommand.cpp" line="126"/>
        <location filename="../app/cli/signalscommand.cpp" line="39"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="37"/>
        <source>Ended:      %1 accounts end before the grid&apos;s last date (accounts.end): no snapshots from their end on</source>
        <translation>Beendet:    %1 Konten enden vor dem letzten Rasterdatum (accounts.end): keine Momentaufnahmen ab ihrem Ende</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="41"/>
        <source>, %1 rows of %2 keys name no known account (e.g. %3)</source>
        <translation>, %1 Zeilen von %2 Schlüsseln nennen kein bekanntes Konto (z. B. %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="54"/>
        <source>Builds weekly per-account signals from the workspace&apos;s event tables with a recipes file (format &quot;tierlab-signals&quot;, docs/signals.md): every grid date is rebuilt from the rows dated on or before it.
  build  computes and stores the snapshots (one transaction; an earlier build&apos;s snapshots are replaced)
  check  checks a recipes file against the workspace&apos;s tables
  show   prints the recipes stored by the last build</source>
        <translation>Baut mit einer Rezeptdatei (Format „tierlab-signals“, docs/signals.md) wöchentliche Signale je Konto aus den Ereignistabellen des Arbeitsbereichs auf: Jedes Rasterdatum wird aus den Zeilen neu aufgebaut, die an oder vor ihm datiert sind.
  build  berechnet und speichert die Momentaufnahmen (eine Transaktion; die Momentaufnahmen eines früheren Aufbaus werden ersetzt)
  check  prüft eine Rezeptdatei gegen die Tabellen des Arbeitsbereichs
  show   gibt die beim letzten Aufbau gespeicherten Rezepte aus</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="60"/>
        <source>build, check or show</source>
        <translation>build, check oder show</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="62"/>
        <source>The recipes file (build: default the stored recipes).</source>
        <translation>Die Rezeptdatei (build: standardmäßig die gespeicherten Rezepte).</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="63"/>
        <source>Also delete the snapshots that imports wrote.</source>
        <translation>Auch die von Importen geschriebenen Momentaufnahmen löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="64"/>
        <source>Print the build summary as JSON.</source>
        <translation>Die Zusammenfassung des Aufbaus als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="75"/>
        <source>signals: usage: tierlab signals build|check|show --workspace W [--recipes R.json] [--json]</source>
        <translation>signals: Aufruf: tierlab signals build|check|show --workspace W [--recipes R.json] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="79"/>
        <source>signals check: --recipes R.json is required</source>
        <translation>signals check: --recipes R.json ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="89"/>
        <source>%1: no recipes stored yet; build with: tierlab signals build --workspace W --recipes R.json</source>
        <translation>%1: noch keine Rezepte gespeichert; aufbauen mit: tierlab signals build --workspace W --recipes R.json</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="103"/>
        <source>signals build: --recipes R.json is required (the workspace has no stored recipes)</source>
        <translation>signals build: --recipes R.json ist erforderlich (der Arbeitsbereich hat keine gespeicherten Rezepte)</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="104"/>
        <source>%1 (stored recipes)</source>
        <translation>%1 (gespeicherte Rezepte)</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="112"/>
        <source>%1: %2 signals, OK</source>
        <translation>%1: %2 Signale, OK</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="118"/>
        <source>Building signals</source>
        <translation>Signale werden aufgebaut</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="118"/>
        <source>steps</source>
        <translation>Schritten</translation>
    </message>
    <message>
        <location filename="../app/cli/signalscommand.cpp" line="134"/>
        <source>Build weekly signals from event tables: build|check|show --workspace W [--recipes R.json]</source>
        <translation>Wöchentliche Signale aus Ereignistabellen aufbauen: build|check|show --workspace W [--recipes R.json]</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="35"/>
        <source>Imported %1 as table &quot;%2&quot;%3</source>
        <translation>%1 als Tabelle „%2“ importiert%3</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="35"/>
        <source> (replaced)</source>
        <translation> (ersetzt)</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="38"/>
        <source>Time span:  %1 to %2</source>
        <translation>Zeitspanne:      %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="39"/>
        <source>Keys:       %1 distinct, %2 matched to an account, %3 not</source>
        <translation>Schlüssel:       %1 verschiedene, %2 einem Konto zugeordnet, %3 nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="42"/>
        <source>  %1 rows name no known account, e.g. %2</source>
        <translation>  %1 Zeilen nennen kein bekanntes Konto, z. B. %2</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="44"/>
        <source>Columns:    %1</source>
        <translation>Spalten:         %1</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="52"/>
        <source>  … and %1 more rejected rows (use --json)</source>
        <translation>  … und %1 weitere abgewiesene Zeilen (siehe --json)</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="88"/>
        <location filename="../app/cli/tablecommand.cpp" line="54"/>
        <source>Warnings:   %1 cells did not read as their column&apos;s type and are stored as missing</source>
        <translation>Warnungen:       %1 Zellen ließen sich nicht als Typ ihrer Spalte lesen und sind als fehlend gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="95"/>
        <location filename="../app/cli/tablecommand.cpp" line="56"/>
        <source>  line %1 [%2]: &quot;%3&quot;</source>
        <translation>  Zeile %1 [%2]: „%3“</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="64"/>
        <source>Lists the event tables of a workspace: rows, time span, key column and how the keys match the accounts.</source>
        <translation>Listet die Ereignistabellen eines Arbeitsbereichs auf: Zeilen, Zeitspanne, Schlüsselspalte und wie die Schlüssel den Konten zugeordnet werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="66"/>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="77"/>
        <source>table: usage: tierlab table list --workspace W [--json]</source>
        <translation>table: Aufruf: tierlab table list --workspace W [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="118"/>
        <source>No tables. Import one with: tierlab import table FILE --workspace W --name NAME --key COLUMN --time COLUMN</source>
        <translation>Keine Tabellen. Eine importieren mit: tierlab import table DATEI --workspace W --name NAME --key SPALTE --time SPALTE</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="122"/>
        <source>%1 %2 %3 %4 %5</source>
        <translation>%1 %2 %3 %4 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="122"/>
        <location filename="../app/cli/tablecommand.cpp" line="162"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="122"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="122"/>
        <source>span</source>
        <translation>Zeitspanne</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="123"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="123"/>
        <source>accounts matched / keys unmatched</source>
        <translation>Konten zugeordnet / Schlüssel ohne Zuordnung</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="128"/>
        <source>(no time)</source>
        <translation>(keine Zeit)</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="132"/>
        <source> via %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="136"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="143"/>
        <source>%1 rows name no known account, e.g. %2</source>
        <translation>%1 Zeilen nennen kein bekanntes Konto, z. B. %2</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="157"/>
        <source>Stores a CSV export as an event table of the workspace, in one transaction: any grain (usage events, tickets, subscriptions, …), typed as the snapshot import types columns. Rows repeating a key or a day are kept; a row whose key or time is empty or unreadable is rejected. With --postgres and --query instead of FILE, the query&apos;s rows are imported as the CSV file would be.</source>
        <translation>Speichert einen CSV-Export als Ereignistabelle des Arbeitsbereichs, in einer Transaktion: jede Granularität (Nutzungsereignisse, Tickets, Abonnements, …), typisiert wie beim Snapshot-Import. Zeilen mit wiederholtem Schlüssel oder Tag bleiben erhalten; eine Zeile mit leerem oder unlesbarem Schlüssel oder Zeitpunkt wird abgelehnt. Mit --postgres und --query statt FILE werden die Zeilen der Abfrage wie die CSV-Datei importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="185"/>
        <source>import: usage: tierlab import table (FILE | --postgres URL --query SQL) --workspace W --name NAME --key COLUMN [--via TABLE] [--time COLUMN] [--end COLUMN] [--replace]</source>
        <translation>import: Aufruf: tierlab import table (FILE | --postgres URL --query SQL) --workspace W --name NAME --key COLUMN [--via TABLE] [--time COLUMN] [--end COLUMN] [--replace]</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="167"/>
        <source>The table&apos;s name (accounts: the accounts table).</source>
        <translation>Der Name der Tabelle (accounts: die Kontentabelle).</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="168"/>
        <source>The column holding the account id (or, with --via, a key of that table).</source>
        <translation>Die Spalte mit der Konto-ID (oder, mit --via, einem Schlüssel jener Tabelle).</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="169"/>
        <source>An imported table whose column of the same name leads to the account.</source>
        <translation>Eine importierte Tabelle, deren gleichnamige Spalte zum Konto führt.</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="170"/>
        <source>The event time (date or date-time).</source>
        <translation>Der Zeitpunkt des Ereignisses (Datum oder Datum mit Uhrzeit).</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="171"/>
        <source>The end of an interval (closed, ended); empty: still open.</source>
        <translation>Das Ende eines Intervalls (geschlossen, beendet); leer: noch offen.</translation>
    </message>
    <message>
        <location filename="../app/cli/outcomescommand.cpp" line="107"/>
        <location filename="../app/cli/tablecommand.cpp" line="172"/>
        <source>Replace a table of that name.</source>
        <translation>Eine Tabelle dieses Namens ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="190"/>
        <source>import table: --%1 is required</source>
        <translation>import table: --%1 ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="202"/>
        <source>tierlab: note: table &quot;%1&quot; has no --time column; signals cannot be built from it (only an accounts table goes without)</source>
        <translation>tierlab: Hinweis: Tabelle „%1“ hat keine --time-Spalte; aus ihr lassen sich keine Signale aufbauen (nur eine Kontentabelle kommt ohne aus)</translation>
    </message>
    <message>
        <location filename="../app/cli/tablecommand.cpp" line="234"/>
        <source>List the event tables: list --workspace W [--json]</source>
        <translation>Die Ereignistabellen auflisten: list --workspace W [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/importundocommand.cpp" line="59"/>
        <source>import: usage: tierlab import %1 --workspace W [--json]</source>
        <translation>import: Aufruf: tierlab import %1 --workspace W [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/importundocommand.cpp" line="81"/>
        <source>Takes back the workspace&apos;s last import of any kind (snapshots, outcomes, table, signals build, outcomes derive): the workspace returns to its state before it.</source>
        <translation>Nimmt den letzten Import jeder Art zurück (Momentaufnahmen, Ergebnisse, Tabelle, signals build, outcomes derive): der Arbeitsbereich kehrt in seinen Zustand davor zurück.</translation>
    </message>
    <message>
        <location filename="../app/cli/importundocommand.cpp" line="92"/>
        <source>Undid the %1 import of %2 (%3 rows accepted, %4)</source>
        <translation>Import (%1) von %2 zurückgenommen (%3 Zeilen übernommen, %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/importundocommand.cpp" line="103"/>
        <source>Lists the workspace&apos;s imports, oldest first, and which of them can be undone (tierlab import undo takes back the last).</source>
        <translation>Listet die Importe des Arbeitsbereichs, den ältesten zuerst, und welche davon zurückgenommen werden können (tierlab import undo nimmt den letzten zurück).</translation>
    </message>
    <message>
        <location filename="../app/cli/importundocommand.cpp" line="119"/>
        <source>No imports.</source>
        <translation>Keine Importe.</translation>
    </message>
    <message>
        <location filename="../app/cli/importundocommand.cpp" line="128"/>
        <source>(tierlab import undo takes it back)</source>
        <translation>(tierlab import undo nimmt ihn zurück)</translation>
    </message>
    <message>
        <location filename="../app/cli/importundocommand.cpp" line="130"/>
        <source>(cannot be undone)</source>
        <translation>(kann nicht zurückgenommen werden)</translation>
    </message>
    <message>
        <location filename="../app/cli/importundocommand.cpp" line="132"/>
        <source>(undoable after the ones below)</source>
        <translation>(rücknehmbar nach den folgenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="40"/>
        <source>bands (%1)</source>
        <translation>Bänder (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="42"/>
        <source>map (%1 groups)</source>
        <translation>Zuordnung (%1 Gruppen)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="44"/>
        <source>flag</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="55"/>
        <location filename="../app/cli/modelstartercommand.cpp" line="64"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="71"/>
        <source>Builds a first model from the workspace&apos;s signals and outcomes (docs/backtest.md, &quot;A starter model from data&quot;), writes it and prints its back-test.</source>
        <translation>Erstellt ein erstes Modell aus den Signalen und Ergebnissen des Arbeitsbereichs (docs/backtest.md, „A starter model from data“), schreibt es und gibt seinen Backtest aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="76"/>
        <source>The model file to write (.json).</source>
        <translation>Die zu schreibende Modelldatei (.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="78"/>
        <source>Learn from snapshots at least this many days before each outcome (default 90).</source>
        <translation>Aus Momentaufnahmen lernen, die mindestens so viele Tage vor jedem Ergebnis liegen (Standard 90).</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="81"/>
        <source>The share of accounts kept out of the fit and scored to report a held-out AUC (default 0.333; 0: fit on all).</source>
        <translation>Der Anteil der Konten, der nicht angepasst, sondern für eine AUC auf zurückgehaltenen Daten bewertet wird (Standard 0.333; 0: auf allen anpassen).</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="83"/>
        <source>The held-out split&apos;s seed (default 1).</source>
        <translation>Der Startwert der Aufteilung (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="84"/>
        <source>The tiers&apos; lower edges above the worst tier (default 40,70).</source>
        <translation>Die unteren Grenzen der Stufen über der schlechtesten (Standard 40,70).</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="86"/>
        <source>The model&apos;s name (default &quot;Starter model&quot;).</source>
        <translation>Der Name des Modells (Standard „Startmodell“).</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="87"/>
        <source>Also write each account&apos;s side of the split (account_id,set) to this CSV file.</source>
        <translation>Zusätzlich die Seite der Aufteilung je Konto (account_id,set) in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="98"/>
        <source>model starter: usage: model starter --workspace FILE --out MODEL.json [--horizon-days N] [--holdout FRACTION] [--seed S] [--tiers 40,70] [--name NAME] [--split-out FILE] [--json]</source>
        <translation>model starter: Aufruf: model starter --workspace DATEI --out MODELL.json [--horizon-days N] [--holdout ANTEIL] [--seed S] [--tiers 40,70] [--name NAME] [--split-out DATEI] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="105"/>
        <source>model starter: --horizon-days needs a whole number of days ≥ 0</source>
        <translation>model starter: --horizon-days braucht eine ganze Zahl von Tagen ≥ 0</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="108"/>
        <source>model starter: --holdout needs a share ≥ 0 and below 1, e.g. 0.333</source>
        <translation>model starter: --holdout braucht einen Anteil ≥ 0 und unter 1, z. B. 0.333</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="111"/>
        <source>model starter: --seed needs a whole number ≥ 0</source>
        <translation>model starter: --seed braucht eine ganze Zahl ≥ 0</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="116"/>
        <source>model starter: --tiers needs numbers separated by commas, e.g. 40,70</source>
        <translation>model starter: --tiers braucht durch Kommas getrennte Zahlen, z. B. 40,70</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="126"/>
        <source>model starter: %1</source>
        <translation>model starter: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="182"/>
        <source>Fitted on %1 outcomes of %2 accounts (%3 churned)</source>
        <translation>Angepasst auf %1 Ergebnissen von %2 Konten (%3 abgewandert)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="184"/>
        <source>; %1 accounts held out (seed %2)</source>
        <translation>; %1 Konten zurückgehalten (Startwert %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="189"/>
        <source>Signals kept (%1):</source>
        <translation>Behaltene Signale (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="193"/>
        <source>%1, %2, AUC %3, IV %4, missing: %5</source>
        <translation>%1, %2, AUC %3, IV %4, fehlend: %5</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="197"/>
        <source>Left out (%1):</source>
        <translation>Weggelassen (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="205"/>
        <source>Categories (weight = sum of its signals&apos; 100 × IV): %1</source>
        <translation>Kategorien (Gewichtung = Summe der 100 × IV ihrer Signale): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="207"/>
        <source>Held-out AUC: %1 (95 % CI %2–%3) on %4 outcomes of %5 accounts (%6 churned)</source>
        <translation>AUC zurückgehalten: %1 (95-%-KI %2–%3) auf %4 Ergebnissen von %5 Konten (%6 abgewandert)</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="211"/>
        <source>Back-test on every outcome (the fitted ones included):</source>
        <translation>Backtest auf allen Ergebnissen (die angepassten eingeschlossen):</translation>
    </message>
    <message>
        <location filename="../app/cli/modelstartercommand.cpp" line="219"/>
        <source>Build a first model from the workspace&apos;s data; also `model starter`</source>
        <translation>Ein erstes Modell aus den Daten des Arbeitsbereichs erstellen; auch `model starter`</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprogress.cpp" line="43"/>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>Fortschritt auf stderr melden, auch wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprogress.cpp" line="51"/>
        <source>%1: %2 of %3 kB (%4 %)</source>
        <translation>%1: %2 von %3 kB (%4 %)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprogress.cpp" line="55"/>
        <source>%1: %2 of %3 MB (%4 %)</source>
        <translation>%1: %2 von %3 MB (%4 %)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprogress.cpp" line="58"/>
        <source>%1: %2 of %3 %4 (%5 %)</source>
        <translation>%1: %2 von %3 %4 (%5 %)</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="24"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="37"/>
        <source>account %1, play %2</source>
        <translation>Konto %1, Maßnahme %2</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="40"/>
        <source>Notify the CSM&apos;s manager.</source>
        <translation>Die Führungskraft des CSM informieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="51"/>
        <source>This week&apos;s actions from the playbook: who does what by when, and why.</source>
        <translation>Die Aufgaben dieser Woche aus dem Playbook: wer tut was bis wann und warum.</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="55"/>
        <source>Use this playbook file instead of the workspace&apos;s.</source>
        <translation>Diese Playbook-Datei statt der des Arbeitsbereichs verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="57"/>
        <source>Store this playbook file in the workspace and exit.</source>
        <translation>Diese Playbook-Datei im Arbeitsbereich speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="58"/>
        <source>Print the workspace&apos;s playbook and exit.</source>
        <translation>Das Playbook des Arbeitsbereichs ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="59"/>
        <source>Write the actions to this CSV file (default: standard output).</source>
        <translation>Die Aufgaben in diese CSV-Datei schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/actionscommand.cpp" line="87"/>
        <source>Stored a playbook of %n play(s) in %1</source>
        <translation>
            <numerusform>Ein Playbook mit %n Maßnahme in %1 gespeichert</numerusform>
            <numerusform>Ein Playbook mit %n Maßnahmen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="115"/>
        <source>actions: cannot write %1: %2</source>
        <translation>actions: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/actionscommand.cpp" line="122"/>
        <source>This week&apos;s actions as CRM tasks (--workspace W [--model M] [--week DATE] [--out F.csv])</source>
        <translation>Die Aufgaben dieser Woche als CRM-Aufgaben (--workspace W [--model M] [--week DATUM] [--out D.csv])</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="27"/>
        <source>The account&apos;s id.</source>
        <translation>Die ID des Kontos.</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="28"/>
        <source>set: the tier (its id in the model) the account is placed in.</source>
        <translation>set: die Stufe (ihre ID im Modell), in die das Konto gesetzt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="30"/>
        <source>set: the score (0–100) the account is tiered by.</source>
        <translation>set: der Score (0–100), nach dem das Konto eingestuft wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="32"/>
        <source>set: why (required).</source>
        <translation>set: warum (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="34"/>
        <source>set: the date it stops applying (YYYY-MM-DD; default: never).</source>
        <translation>set: das Datum, ab dem sie nicht mehr gilt (JJJJ-MM-TT; Standard: nie).</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="36"/>
        <source>set: who sets it (default: the OS user).</source>
        <translation>set: wer sie setzt (Standard: der Betriebssystembenutzer).</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="38"/>
        <source>clear: the override&apos;s id (see override list).</source>
        <translation>clear: die ID der Übersteuerung (siehe override list).</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="39"/>
        <source>list: expired and cleared overrides too, with their status.</source>
        <translation>list: auch abgelaufene und aufgehobene Übersteuerungen, mit ihrem Status.</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="40"/>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="69"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="71"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="73"/>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="87"/>
        <source>tierlab: note: &quot;%1&quot; is not a tier of the published model &quot;%2&quot;: the override is kept, and not applied while that model is in use</source>
        <translation>tierlab: Hinweis: „%1“ ist keine Stufe des veröffentlichten Modells „%2“: die Übersteuerung bleibt gespeichert und wird nicht angewendet, solange dieses Modell gilt</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="96"/>
        <source>override set: usage: override set --workspace W --account ID (--tier T | --score S) --reason TEXT [--expires YYYY-MM-DD] [--author NAME]</source>
        <translation>override set: Aufruf: override set --workspace W --account ID (--tier T | --score S) --reason TEXT [--expires JJJJ-MM-TT] [--author NAME]</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="106"/>
        <source>override set: --score needs a number from 0 to 100, not &quot;%1&quot;</source>
        <translation>override set: --score braucht eine Zahl von 0 bis 100, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="110"/>
        <source>override set: --tier needs a tier id</source>
        <translation>override set: --tier braucht eine Stufen-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="114"/>
        <source>override set: --reason must not be empty</source>
        <translation>override set: --reason darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="118"/>
        <source>override set: --expires: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>override set: --expires: „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="124"/>
        <source>override set: the OS user is unknown: name the author with --author NAME</source>
        <translation>override set: der Betriebssystembenutzer ist unbekannt: den Urheber mit --author NAME angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="134"/>
        <source>Set manual override %1 of account &quot;%2&quot;: %3 (%4)</source>
        <translation>Manuelle Übersteuerung %1 von Konto „%2“ gesetzt: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="177"/>
        <source>No manual overrides.</source>
        <translation>Keine manuellen Übersteuerungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="178"/>
        <source>No active manual overrides (--all lists expired and cleared ones).</source>
        <translation>Keine aktiven manuellen Übersteuerungen (--all listet abgelaufene und aufgehobene).</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="183"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="183"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="184"/>
        <source>sets</source>
        <translation>setzt</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="184"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="185"/>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="187"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="188"/>
        <source>author</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="188"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="204"/>
        <source>override clear: usage: override clear --workspace W (--account ID | --id N)</source>
        <translation>override clear: Aufruf: override clear --workspace W (--account ID | --id N)</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="210"/>
        <source>override clear: --id needs an override id (see override list), not &quot;%1&quot;</source>
        <translation>override clear: --id braucht eine Übersteuerungs-ID (siehe override list), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="220"/>
        <source>Cleared manual override %1</source>
        <translation>Manuelle Übersteuerung %1 aufgehoben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/overridecommand.cpp" line="226"/>
        <source>Cleared %n manual override(s) of account &quot;%1&quot;</source>
        <translation>
            <numerusform>%n manuelle Übersteuerung von Konto „%1“ aufgehoben</numerusform>
            <numerusform>%n manuelle Übersteuerungen von Konto „%1“ aufgehoben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="235"/>
        <source>CSM manual overrides of an account&apos;s tier or score, applied after the model (docs/overrides.md):
  override set --workspace W --account ID (--tier T | --score S) --reason TEXT [--expires YYYY-MM-DD] [--author NAME]
  override list --workspace W [--all] [--json]
  override clear --workspace W (--account ID | --id N)</source>
        <translation>Manuelle CSM-Übersteuerungen der Stufe oder des Scores eines Kontos, nach dem Modell angewendet (docs/overrides.md):
  override set --workspace W --account ID (--tier T | --score S) --reason TEXT [--expires JJJJ-MM-TT] [--author NAME]
  override list --workspace W [--all] [--json]
  override clear --workspace W (--account ID | --id N)</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="243"/>
        <source>set, list or clear</source>
        <translation>set, list oder clear</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="252"/>
        <source>override: an action is required (set, list or clear)</source>
        <translation>override: eine Aktion ist erforderlich (set, list oder clear)</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="255"/>
        <source>override: unknown action &quot;%1&quot; (set, list or clear)</source>
        <translation>override: unbekannte Aktion „%1“ (set, list oder clear)</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="257"/>
        <source>override %1: unexpected argument &quot;%2&quot;</source>
        <translation>override %1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/overridecommand.cpp" line="270"/>
        <source>CSM manual overrides: set|list|clear (--workspace W; see override --help)</source>
        <translation>Manuelle CSM-Übersteuerungen: set|list|clear (--workspace W; siehe override --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="21"/>
        <source>Checks a workspace file: SQLite&apos;s integrity and foreign key checks, the schema, the signal catalogue, every snapshot&apos;s values, the import log, event tables and models. Reads only; exit 0 when clean, 1 when damaged.</source>
        <translation>Prüft eine Arbeitsbereichsdatei: die Integritäts- und Fremdschlüsselprüfung von SQLite, das Schema, den Signalkatalog, die Werte jeder Momentaufnahme, das Importprotokoll, Ereignistabellen und Modelle. Liest nur; Exit-Code 0 ohne Befund, 1 bei Schäden.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="57"/>
        <source>%1: no damage found (%2 ms)</source>
        <translation>%1: kein Schaden gefunden (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checkcommand.cpp" line="59"/>
        <source>%1: damaged, %n finding(s):</source>
        <translation>
            <numerusform>%1: beschädigt, %n Befund:</numerusform>
            <numerusform>%1: beschädigt, %n Befunde:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="69"/>
        <source>Check a workspace file for damage (--workspace FILE [--json])</source>
        <translation>Eine Arbeitsbereichsdatei auf Schäden prüfen (--workspace DATEI [--json])</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="23"/>
        <source>Writes a model as SQL: a view (or a SELECT) over a table with one row per account and as_of and one column per signal, returning account_id, as_of, score, tier and one column per category, computed as Tierlab computes them (docs/sql-export.md).</source>
        <translation>Schreibt ein Modell als SQL: eine View (oder ein SELECT) über einer Tabelle mit einer Zeile je Konto und Stichtag und einer Spalte je Signal, die account_id, as_of, score, tier und eine Spalte je Kategorie liefert, so berechnet wie Tierlab sie berechnet (docs/sql-export.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="28"/>
        <source>sql</source>
        <translation>sql</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="29"/>
        <source>The model file.</source>
        <translation>Die Modelldatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="32"/>
        <source>The SQL dialect: postgres or sqlite.</source>
        <translation>Der SQL-Dialekt: postgres oder sqlite.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="35"/>
        <source>The table the SQL reads (default: snapshots).</source>
        <translation>Die Tabelle, die das SQL liest (Standard: snapshots).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="38"/>
        <source>The view&apos;s name (default: tierlab_scores).</source>
        <translation>Der Name der View (Standard: tierlab_scores).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="41"/>
        <source>Write a plain SELECT instead of CREATE VIEW.</source>
        <translation>Ein einfaches SELECT statt CREATE VIEW schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="44"/>
        <source>Read the columns&apos; names and types from this workspace&apos;s signals (with --recipes: its event tables).</source>
        <translation>Namen und Typen der Spalten aus den Signalen dieses Arbeitsbereichs lesen (mit --recipes: aus seinen Ereignistabellen).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="52"/>
        <source>Also write the signal recipes as a view over the raw event tables, named as the --source the model reads (default: tierlab_signals); needs --workspace.</source>
        <translation>Auch die Signalrezepte als View über die rohen Ereignistabellen schreiben, benannt wie die --source, die das Modell liest (Standard: tierlab_signals); braucht --workspace.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="64"/>
        <source>export: usage: tierlab export sql --model M.json --dialect postgres|sqlite [--source TABLE] [--view NAME] [--select] [--workspace W] [--recipes R.json] [--out FILE.sql]</source>
        <translation>export: Aufruf: tierlab export sql --model M.json --dialect postgres|sqlite [--source TABLE] [--view NAME] [--select] [--workspace W] [--recipes R.json] [--out FILE.sql]</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="141"/>
        <source>Export a model as SQL: sql --model M.json --dialect postgres|sqlite [--source TABLE] [--view NAME] [--select] [--workspace W] [--recipes R.json] [--out FILE.sql]</source>
        <translation>Ein Modell als SQL exportieren: sql --model M.json --dialect postgres|sqlite [--source TABLE] [--view NAME] [--select] [--workspace W] [--recipes R.json] [--out FILE.sql]</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="48"/>
        <source>The file to write (default: standard output).</source>
        <translation>Die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="70"/>
        <source>export sql: unknown dialect &quot;%1&quot; (expected postgres or sqlite)</source>
        <translation>export sql: unbekannter Dialekt „%1“ (erwartet: postgres oder sqlite)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="75"/>
        <source>export sql: --recipes needs --workspace W: the event tables&apos; key, time, end and --via columns and the columns&apos; types are in the workspace the tables were imported into, not in the recipes file</source>
        <translation>export sql: --recipes braucht --workspace W: Schlüssel-, Zeit-, Ende- und --via-Spalten der Ereignistabellen und die Typen der Spalten stehen im Arbeitsbereich, in den die Tabellen importiert wurden, nicht in der Rezeptdatei</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="102"/>
        <location filename="../app/cli/exportcommand.cpp" line="105"/>
        <location filename="../app/cli/exportcommand.cpp" line="120"/>
        <source>export sql: %1</source>
        <translation>export sql: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="130"/>
        <source>export sql: cannot write %1: %2</source>
        <translation>export sql: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="132"/>
        <source>Wrote the model &quot;%1&quot; as %2 SQL to %3</source>
        <translation>Modell „%1“ als %2-SQL nach %3 geschrieben</translation>
    </message>
</context>
<context>
    <name>CsvProfiler</name>
    <message>
        <location filename="../core/io/csvprofiler.cpp" line="36"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="88"/>
        <source>open it in its program and save it as CSV (UTF-8)</source>
        <translation>öffnen Sie sie in ihrem Programm und speichern Sie sie als CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="90"/>
        <source>an Excel workbook (ZIP)</source>
        <translation>eine Excel-Arbeitsmappe (ZIP)</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="92"/>
        <source>an old Excel workbook (XLS)</source>
        <translation>eine alte Excel-Arbeitsmappe (XLS)</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="94"/>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="95"/>
        <source>decompress it first (gunzip)</source>
        <translation>entpacken Sie sie zuerst (gunzip)</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="98"/>
        <source>a compressed file</source>
        <translation>eine komprimierte Datei</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="99"/>
        <source>decompress it first</source>
        <translation>entpacken Sie sie zuerst</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="101"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="102"/>
        <location filename="../core/io/csvreader.cpp" line="105"/>
        <source>export the table from its source as CSV</source>
        <translation>exportieren Sie die Tabelle aus ihrer Quelle als CSV</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="104"/>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="107"/>
        <source>a SQLite database (a Tierlab workspace?)</source>
        <translation>eine SQLite-Datenbank (ein Tierlab-Arbeitsbereich?)</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="108"/>
        <source>give it as --workspace, or export a CSV from it</source>
        <translation>geben Sie sie mit --workspace an oder exportieren Sie daraus eine CSV</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="123"/>
        <source>UTF-16LE text without a byte-order mark</source>
        <translation>UTF-16LE-Text ohne Byte-Order-Mark</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="124"/>
        <source>UTF-16BE text without a byte-order mark</source>
        <translation>UTF-16BE-Text ohne Byte-Order-Mark</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="125"/>
        <source>save it as UTF-8, or as UTF-16 with a byte-order mark</source>
        <translation>speichern Sie sie als UTF-8 oder als UTF-16 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="127"/>
        <source>a binary file (a NUL byte at byte %1)</source>
        <translation>eine Binärdatei (ein NUL-Byte bei Byte %1)</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="128"/>
        <location filename="../core/io/csvreader.cpp" line="131"/>
        <source>give a CSV export instead</source>
        <translation>geben Sie stattdessen einen CSV-Export an</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="130"/>
        <source>a binary file (%1 control bytes in the first %2)</source>
        <translation>eine Binärdatei (%1 Steuerbytes in den ersten %2)</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="232"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="286"/>
        <source>the data</source>
        <translation>die Daten</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="287"/>
        <source>%1 looks like %2, not CSV: %3; nothing was imported</source>
        <translation>%1 sieht aus wie %2, nicht wie CSV: %3; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="332"/>
        <location filename="../core/io/csvreader.cpp" line="347"/>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="556"/>
        <source>%1: line %2: a record is longer than %3 bytes (a quote that is never closed?)</source>
        <translation>%1: Zeile %2: ein Datensatz ist länger als %3 Bytes (ein nie geschlossenes Anführungszeichen?)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="54"/>
        <source>The number of accounts must be between 1 and %1, not %2.</source>
        <translation>Die Anzahl der Konten muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="59"/>
        <source>The number of weeks must be between 1 and %1, not %2.</source>
        <translation>Die Anzahl der Wochen muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="62"/>
        <source>The last as-of date is not a valid date.</source>
        <translation>Der letzte Stichtag ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="154"/>
        <source>Generating the demo portfolio was cancelled.</source>
        <translation>Das Erzeugen des Demo-Portfolios wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="171"/>
        <source>%1 already exists: the demo portfolio is only written to a new file.</source>
        <translation>%1 existiert bereits: das Demo-Portfolio wird nur in eine neue Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>DemoRawExport</name>
    <message>
        <location filename="../core/demo/demorawexport.cpp" line="287"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/demo/demorawexport.cpp" line="292"/>
        <source>%1 already exists: the raw exports are only written to new files (overwrite to replace them).</source>
        <translation>%1 existiert bereits: Die Rohexporte werden nur in neue Dateien geschrieben (zum Ersetzen überschreiben).</translation>
    </message>
    <message>
        <location filename="../core/demo/demorawexport.cpp" line="301"/>
        <location filename="../core/demo/demorawexport.cpp" line="306"/>
        <location filename="../core/demo/demorawexport.cpp" line="339"/>
        <location filename="../core/demo/demorawexport.cpp" line="350"/>
        <location filename="../core/demo/demorawexport.cpp" line="354"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/demo/demorawexport.cpp" line="331"/>
        <source>Writing the raw exports was cancelled; no file was written.</source>
        <translation>Das Schreiben der Rohexporte wurde abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <location filename="../core/tables/eventtable.cpp" line="43"/>
        <source>%1: the stored rows of table &quot;%2&quot; are damaged</source>
        <translation>%1: die gespeicherten Zeilen der Tabelle „%2“ sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/tables/eventtable.cpp" line="63"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/tables/tablecolumns.cpp" line="57"/>
        <location filename="../core/tables/tablecolumns.cpp" line="64"/>
        <source>the stored column list of a table is damaged</source>
        <translation>die gespeicherte Spaltenliste einer Tabelle ist beschädigt</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/common/format.cpp" line="65"/>
        <source>d MMM yyyy</source>
        <extracomment>a date for people: day, abbreviated month, year (Qt date format)</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="75"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>HistoryCache</name>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="171"/>
        <location filename="../core/analysis/historycache.cpp" line="193"/>
        <location filename="../core/analysis/historycache.cpp" line="206"/>
        <location filename="../core/analysis/historycache.cpp" line="471"/>
        <location filename="../core/analysis/historycache.cpp" line="481"/>
        <location filename="../core/analysis/historycache.cpp" line="493"/>
        <source>it ends early</source>
        <translation>er endet vorzeitig</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="173"/>
        <source>it cannot be read: %1</source>
        <translation>er kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="191"/>
        <source>a column has %1 values where %2 are expected</source>
        <translation>eine Spalte hat %1 Werte, wo %2 erwartet werden</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="283"/>
        <source>a date is out of range</source>
        <translation>ein Datum liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="335"/>
        <location filename="../core/analysis/historycache.cpp" line="397"/>
        <source>a column has an unknown form</source>
        <translation>eine Spalte hat eine unbekannte Form</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="342"/>
        <location filename="../core/analysis/historycache.cpp" line="399"/>
        <source>a column&apos;s code is out of range</source>
        <translation>ein Code einer Spalte liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="457"/>
        <source>it is not a Tierlab history cache</source>
        <translation>er ist kein Tierlab-Verlaufs-Cache</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="478"/>
        <source>its weeks are out of order</source>
        <translation>seine Wochen sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="489"/>
        <source>an outcome has an unknown kind</source>
        <translation>ein Ergebnis hat eine unbekannte Art</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="502"/>
        <source>a signal&apos;s description is damaged</source>
        <translation>die Beschreibung eines Signals ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="516"/>
        <source>it has too many accounts</source>
        <translation>er enthält zu viele Konten</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="531"/>
        <source>a week names an account that is not there</source>
        <translation>eine Woche nennt ein Konto, das nicht vorhanden ist</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="549"/>
        <source>a week&apos;s counts are damaged</source>
        <translation>die Zählwerte einer Woche sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="555"/>
        <source>a week&apos;s attributes are damaged</source>
        <translation>die Merkmale einer Woche sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="606"/>
        <source>%1: no history cache</source>
        <translation>%1: kein Verlaufs-Cache</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="608"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="611"/>
        <source>%1: the history cache is damaged: it ends early</source>
        <translation>%1: der Verlaufs-Cache ist beschädigt: er endet vorzeitig</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="615"/>
        <source>%1: the history cache is damaged: %2</source>
        <translation>%1: der Verlaufs-Cache ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="621"/>
        <source>%1: the history cache is of other data</source>
        <translation>%1: der Verlaufs-Cache gehört zu anderen Daten</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="630"/>
        <source>it has bytes after its end</source>
        <translation>er enthält Bytes nach seinem Ende</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="633"/>
        <source>its checksum does not match</source>
        <translation>seine Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="636"/>
        <source>an account appears twice</source>
        <translation>ein Konto kommt doppelt vor</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="664"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="667"/>
        <location filename="../core/analysis/historycache.cpp" line="671"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryScorer</name>
    <message>
        <location filename="../core/analysis/historyscorer.cpp" line="107"/>
        <source>no workspace to read the dates from</source>
        <translation>kein Arbeitsbereich, aus dem sich die Stichtage lesen lassen</translation>
    </message>
    <message>
        <location filename="../core/analysis/historyscorer.cpp" line="121"/>
        <source>no model to score history with</source>
        <translation>kein Modell, mit dem der Verlauf bewertet werden kann</translation>
    </message>
    <message>
        <location filename="../core/analysis/historyscorer.cpp" line="129"/>
        <source>the workspace has no snapshot as of %1</source>
        <translation>der Arbeitsbereich hat keine Momentaufnahme zum Stichtag %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/historyscorer.cpp" line="140"/>
        <source>no workspace to read the snapshot from</source>
        <translation>kein Arbeitsbereich, aus dem sich die Momentaufnahme lesen lässt</translation>
    </message>
    <message>
        <location filename="../core/analysis/historyscorer.cpp" line="150"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../core/io/importsession.cpp" line="31"/>
        <source>the file is not valid UTF-8 (byte 0x%1 at line %2, byte %3 of the file); it was read as ISO-8859-1 (Latin-1)</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1 in Zeile %2, Byte %3 der Datei); sie wurde als ISO-8859-1 (Latin-1) gelesen</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="41"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="48"/>
        <source>columns %1 and %2 are both named &quot;%3&quot;; they are kept apart by position</source>
        <translation>die Spalten %1 und %2 heißen beide „%3“; sie werden nach ihrer Position unterschieden</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="74"/>
        <source>%1: the file lacks the mapped column(s) %2; nothing was imported</source>
        <translation>%1: der Datei fehlen die zugeordneten Spalten %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="103"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="107"/>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="120"/>
        <source>the import was cancelled; the workspace is unchanged</source>
        <translation>der Import wurde abgebrochen; der Arbeitsbereich ist unverändert</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="156"/>
        <source> %1 rows repeat an account and date: an export of events (tickets, usage, activities) belongs in an event table (tierlab import table).</source>
        <translation> %1 Zeilen wiederholen Konto und Datum: ein Export von Ereignissen (Tickets, Nutzung, Aktivitäten) gehört in eine Ereignistabelle (tierlab import table).</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="159"/>
        <source>%1: the file&apos;s ids match %2 of the workspace&apos;s %3 accounts and would add %4 new ones%5. Check the id column; to import anyway, confirm (--new-accounts).%6</source>
        <translation>%1: die IDs der Datei passen zu %2 der %3 Konten des Arbeitsbereichs und würden %4 neue hinzufügen%5. Prüfen Sie die ID-Spalte; um trotzdem zu importieren, bestätigen Sie (--new-accounts).%6</translation>
    </message>
    <message>
        <location filename="../core/io/importsession.cpp" line="165"/>
        <source>, more than doubling them</source>
        <translation> und ihre Zahl damit mehr als verdoppeln</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="29"/>
        <source>the mapping is for a snapshot file</source>
        <translation>die Zuordnung gilt für eine Momentaufnahmen-Datei</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="35"/>
        <location filename="../core/io/snapshotimporter.cpp" line="438"/>
        <source>%1: no column is mapped as the account id</source>
        <translation>%1: keine Spalte ist als Konto-ID zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="38"/>
        <source>%1: no column is mapped as the outcome date</source>
        <translation>%1: keine Spalte ist als Ergebnisdatum zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="58"/>
        <location filename="../core/io/snapshotimporter.cpp" line="247"/>
        <source>empty account id</source>
        <translation>leere Konto-ID</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="62"/>
        <location filename="../core/io/snapshotimporter.cpp" line="251"/>
        <source>the account id</source>
        <translation>die Konto-ID</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="68"/>
        <source>unreadable date &quot;%1&quot;</source>
        <translation>unlesbares Datum „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="77"/>
        <source>unknown outcome kind &quot;%1&quot;</source>
        <translation>unbekannte Ergebnisart „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="86"/>
        <source>not a number: &quot;%1&quot;</source>
        <translation>keine Zahl: „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/outcomeimporter.cpp" line="94"/>
        <source>a second %1 outcome for account %2 on %3</source>
        <translation>ein zweites Ergebnis „%1“ für Konto %2 am %3</translation>
    </message>
    <message>
        <location filename="../core/io/snapshotimporter.cpp" line="262"/>
        <source>unreadable as_of date &quot;%1&quot;</source>
        <translation>unlesbarer Stichtag „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/snapshotimporter.cpp" line="275"/>
        <source>a second row for account %1 on %2</source>
        <translation>eine zweite Zeile für Konto %1 am %2</translation>
    </message>
    <message>
        <location filename="../core/io/snapshotimporter.cpp" line="436"/>
        <source>the mapping is for an outcome file</source>
        <translation>die Zuordnung gilt für eine Ergebnisdatei</translation>
    </message>
    <message>
        <location filename="../core/io/snapshotimporter.cpp" line="441"/>
        <source>%1: no column is mapped as the as_of date and no as_of date is given</source>
        <translation>%1: keine Spalte ist als Stichtag zugeordnet und kein Stichtag ist angegeben</translation>
    </message>
    <message>
        <location filename="../core/io/valueparser.cpp" line="291"/>
        <source>%1 contains the control character U+%2 at character %3</source>
        <translation>%1 enthält das Steuerzeichen U+%2 an Zeichen %3</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../core/io/importmapping.cpp" line="145"/>
        <source>a mapping must be a JSON object</source>
        <translation>eine Zuordnung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="152"/>
        <source>/kind: unknown import kind &quot;%1&quot;</source>
        <translation>/kind: unbekannte Importart „%1“</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="157"/>
        <source>/delimiter: must be one of , ; tab |</source>
        <translation>/delimiter: muss eines von , ; tab | sein</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="165"/>
        <source>/as_of: not an ISO date</source>
        <translation>/as_of: kein ISO-Datum</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="172"/>
        <source>/default_outcome_kind: unknown outcome kind</source>
        <translation>/default_outcome_kind: unbekannte Ergebnisart</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="178"/>
        <source>/columns: a list of columns is required</source>
        <translation>/columns: eine Liste von Spalten ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="186"/>
        <source>%1/role: unknown role &quot;%2&quot;</source>
        <translation>%1/role: unbekannte Rolle „%2“</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="190"/>
        <source>%1/type: unknown type &quot;%2&quot;</source>
        <translation>%1/type: unbekannter Typ „%2“</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="203"/>
        <source>%1: invalid mapping: %2</source>
        <translation>%1: ungültige Zuordnung: %2</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="212"/>
        <location filename="../core/io/importmapping.cpp" line="216"/>
        <source>%1: cannot write the mapping: %2</source>
        <translation>%1: die Zuordnung kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/io/importmapping.cpp" line="225"/>
        <source>%1: cannot open the mapping: %2</source>
        <translation>%1: die Zuordnung kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="43"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="45"/>
        <source>comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="47"/>
        <source>semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="49"/>
        <source>pipe ( | )</source>
        <translation>senkrechter Strich ( | )</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="27"/>
        <source>event tables %1 with %2 rows, imports logged %3</source>
        <translation>Ereignistabellen %1 mit %2 Zeilen, protokollierte Importe %3</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="29"/>
        <source>accounts %1, signals %2, as_of dates %3, outcomes %4, imports logged %5</source>
        <translation>Konten %1, Signale %2, Stichtage %3, Ergebnisse %4, protokollierte Importe %5</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../core/io/importsummary.cpp" line="97"/>
        <source>%1: cannot write the rejects: %2</source>
        <translation>%1: die abgewiesenen Zeilen können nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <location filename="../core/common/jsonlimits.cpp" line="64"/>
        <source>the file is %1 bytes; at most %2 are read</source>
        <translation>die Datei hat %1 Bytes; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/common/jsonlimits.cpp" line="70"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/common/jsonlimits.cpp" line="86"/>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/common/jsonlimits.cpp" line="98"/>
        <source>more than %1 elements in one array</source>
        <translation>mehr als %1 Elemente in einem Array</translation>
    </message>
    <message>
        <location filename="../core/common/jsonlimits.cpp" line="99"/>
        <source>more than %1 members in one object</source>
        <translation>mehr als %1 Einträge in einem Objekt</translation>
    </message>
    <message>
        <location filename="../core/common/jsonlimits.cpp" line="116"/>
        <source>a string of more than %1 bytes</source>
        <translation>eine Zeichenkette mit mehr als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/common/jsonlimits.cpp" line="140"/>
        <source>a number of more than %1 characters</source>
        <translation>eine Zahl mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/common/jsonlimits.cpp" line="145"/>
        <source>the number %1 is too large for a double (at most about 1.8e308)</source>
        <translation>die Zahl %1 ist zu groß für einen Double (höchstens etwa 1.8e308)</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app/launcher.cpp" line="52"/>
        <source>The workspace to open.</source>
        <translation>Der zu öffnende Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="53"/>
        <source>A model file to load.</source>
        <translation>Eine zu ladende Modelldatei.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="54"/>
        <source>Render offscreen, save a PNG and exit.</source>
        <translation>Ohne Bildschirm zeichnen, ein PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="56"/>
        <source>The page to show.</source>
        <translation>Die anzuzeigende Seite.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="57"/>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Fenstergröße, z. B. 1366x768.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="58"/>
        <source>The account view of this account id.</source>
        <translation>Die Kontoansicht zu dieser Konto-ID.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="64"/>
        <source>unexpected argument &quot;%1&quot; (see tierlab --help)</source>
        <translation>unerwartetes Argument „%1“ (siehe tierlab --help)</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="77"/>
        <source>--size: expected WIDTHxHEIGHT such as 1366x768, got &quot;%1&quot;</source>
        <translation>--size: BREITExHÖHE wie 1366x768 erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="92"/>
        <source>The last workspace, %1, no longer exists: opened the demo portfolio.</source>
        <translation>Der letzte Arbeitsbereich, %1, existiert nicht mehr: das Demo-Portfolio wurde geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="95"/>
        <source>The last workspace cannot be opened (%1): opened the demo portfolio.</source>
        <translation>Der letzte Arbeitsbereich lässt sich nicht öffnen (%1): das Demo-Portfolio wurde geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="138"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="165"/>
        <source>No display (neither DISPLAY nor WAYLAND_DISPLAY is set): printing the workspace summary instead.</source>
        <translation>Kein Bildschirm (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): stattdessen wird die Zusammenfassung des Arbeitsbereichs ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="168"/>
        <source>This build has no user interface: printing the workspace summary instead.</source>
        <translation>Dieser Build hat keine Benutzeroberfläche: stattdessen wird die Zusammenfassung des Arbeitsbereichs ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="226"/>
        <source>--page: unknown page &quot;%1&quot; (pages: %2)</source>
        <translation>--page: unbekannte Seite „%1“ (Seiten: %2)</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="246"/>
        <source>cannot write the screenshot %1</source>
        <translation>das Bildschirmfoto %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="248"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ManualOverrides</name>
    <message>
        <location filename="../core/analysis/manualoverrides.cpp" line="113"/>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/manualoverrides.cpp" line="113"/>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="28"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="28"/>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="28"/>
        <location filename="../core/pack/meetingpack.cpp" line="67"/>
        <location filename="../core/pack/meetingpack.cpp" line="162"/>
        <source>Movers</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="28"/>
        <location filename="../core/pack/meetingpack.cpp" line="162"/>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="28"/>
        <location filename="../core/pack/meetingpack.cpp" line="68"/>
        <location filename="../core/pack/meetingpack.cpp" line="163"/>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="28"/>
        <source>Per CSM</source>
        <translation>Je CSM</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="34"/>
        <source>%1: nothing to write (no review)</source>
        <translation>%1: nichts zu schreiben (kein Rückblick)</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="55"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="56"/>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="56"/>
        <source>(first week)</source>
        <translation>(erste Woche)</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="57"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="58"/>
        <location filename="../core/pack/meetingpack.cpp" line="74"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="60"/>
        <location filename="../core/pack/meetingpack.cpp" line="74"/>
        <location filename="../core/pack/meetingpack.cpp" line="99"/>
        <location filename="../core/pack/meetingpack.cpp" line="122"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="62"/>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="63"/>
        <source>Tier changes since last week (flip rate)</source>
        <translation>Stufenwechsel seit letzter Woche (Wechselquote)</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="64"/>
        <source>Renewals in the window</source>
        <translation>Verlängerungen im Zeitfenster</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="65"/>
        <source>Renewals below the best tier</source>
        <translation>Verlängerungen unter der besten Stufe</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="66"/>
        <location filename="../core/pack/meetingpack.cpp" line="163"/>
        <source>ARR at risk</source>
        <translation>Gefährdeter ARR</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="70"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="74"/>
        <location filename="../core/pack/meetingpack.cpp" line="122"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="74"/>
        <source>Share of accounts</source>
        <translation>Anteil der Konten</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="74"/>
        <source>Accounts last week</source>
        <translation>Konten letzte Woche</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="75"/>
        <source>ARR last week</source>
        <translation>ARR letzte Woche</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="75"/>
        <source>Change in accounts</source>
        <translation>Veränderung der Konten</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="93"/>
        <source>of them %1</source>
        <translation>davon %1</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="98"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="98"/>
        <location filename="../core/pack/meetingpack.cpp" line="122"/>
        <location filename="../core/pack/meetingpack.cpp" line="145"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="98"/>
        <location filename="../core/pack/meetingpack.cpp" line="122"/>
        <location filename="../core/pack/meetingpack.cpp" line="145"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="98"/>
        <location filename="../core/pack/meetingpack.cpp" line="122"/>
        <location filename="../core/pack/meetingpack.cpp" line="162"/>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="98"/>
        <source>Score last week</source>
        <translation>Score letzte Woche</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="98"/>
        <source>Tier last week</source>
        <translation>Stufe letzte Woche</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="99"/>
        <source>Score this week</source>
        <translation>Score diese Woche</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="99"/>
        <source>Tier this week</source>
        <translation>Stufe diese Woche</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="99"/>
        <source>What moved it</source>
        <translation>Was ihn bewegte</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="122"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="122"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="122"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="134"/>
        <location filename="../core/pack/meetingpack.cpp" line="156"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="134"/>
        <location filename="../core/pack/meetingpack.cpp" line="156"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="145"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="145"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="145"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="145"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="145"/>
        <source>Notify the manager</source>
        <translation>Führungskraft informieren</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="162"/>
        <source>Dropped a tier</source>
        <translation>Eine Stufe gefallen</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="162"/>
        <source>Renewals at risk</source>
        <translation>Gefährdete Verlängerungen</translation>
    </message>
    <message>
        <location filename="../core/pack/meetingpack.cpp" line="167"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/analysis/bootstrap.cpp" line="147"/>
        <location filename="../core/analysis/bootstrap.cpp" line="209"/>
        <location filename="../core/analysis/metrics.cpp" line="38"/>
        <source>The grouped scores are inconsistent (counts, order or totals).</source>
        <translation>Die gruppierten Scores sind inkonsistent (Anzahlen, Reihenfolge oder Summen).</translation>
    </message>
    <message>
        <location filename="../core/analysis/bootstrap.cpp" line="150"/>
        <source>The bootstrap needs at least one resample.</source>
        <translation>Der Bootstrap braucht mindestens eine Stichprobenwiederholung.</translation>
    </message>
    <message>
        <location filename="../core/analysis/bootstrap.cpp" line="152"/>
        <source>The confidence level must lie between 0 and 1 (got %1).</source>
        <translation>Das Konfidenzniveau muss zwischen 0 und 1 liegen (erhalten: %1).</translation>
    </message>
    <message>
        <location filename="../core/analysis/bootstrap.cpp" line="186"/>
        <source>Every bootstrap resample drew a single class: no interval.</source>
        <translation>Jede Bootstrap-Stichprobe enthielt nur eine Klasse: kein Intervall.</translation>
    </message>
    <message>
        <location filename="../core/analysis/bootstrap.cpp" line="212"/>
        <location filename="../core/analysis/metrics.cpp" line="20"/>
        <location filename="../core/analysis/signaldiagnostics.cpp" line="124"/>
        <source>The metric inputs differ in length (%1 and %2 entries).</source>
        <translation>Die Eingaben der Metrik sind unterschiedlich lang (%1 und %2 Einträge).</translation>
    </message>
    <message>
        <location filename="../core/analysis/bootstrap.cpp" line="224"/>
        <location filename="../core/analysis/metrics.cpp" line="43"/>
        <source>No scored accounts.</source>
        <translation>Keine bewerteten Konten.</translation>
    </message>
    <message>
        <location filename="../core/analysis/bootstrap.cpp" line="226"/>
        <location filename="../core/analysis/metrics.cpp" line="28"/>
        <source>No scored account churned: the metric needs at least one churned account.</source>
        <translation>Kein bewertetes Konto ist abgewandert: die Metrik braucht mindestens ein abgewandertes Konto.</translation>
    </message>
    <message>
        <location filename="../core/analysis/bootstrap.cpp" line="228"/>
        <location filename="../core/analysis/metrics.cpp" line="33"/>
        <source>Every scored account churned: the metric needs at least one retained account.</source>
        <translation>Jedes bewertete Konto ist abgewandert: die Metrik braucht mindestens ein gehaltenes Konto.</translation>
    </message>
    <message>
        <location filename="../core/analysis/metrics.cpp" line="149"/>
        <source>Too many accounts for the metrics (%1).</source>
        <translation>Zu viele Konten für die Metriken (%1).</translation>
    </message>
    <message>
        <location filename="../core/analysis/metrics.cpp" line="240"/>
        <source>The model has no tiers.</source>
        <translation>Das Modell hat keine Stufen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/metrics.cpp" line="277"/>
        <source>Account %1 is in tier %2, but the model has %3 tiers.</source>
        <translation>Konto %1 ist in Stufe %2, aber das Modell hat %3 Stufen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/metrics.cpp" line="321"/>
        <source>Fewer than two tiers have accounts: no relative risk.</source>
        <translation>Weniger als zwei Stufen haben Konten: kein relatives Risiko.</translation>
    </message>
    <message>
        <location filename="../core/analysis/metrics.cpp" line="333"/>
        <source>No account churned in the worst or the best tier: no relative risk.</source>
        <translation>In der schlechtesten oder der besten Stufe ist kein Konto abgewandert: kein relatives Risiko.</translation>
    </message>
    <message>
        <location filename="../core/analysis/signaldiagnostics.cpp" line="156"/>
        <source>A category signal has no order: no AUC or range.</source>
        <translation>Ein Kategorie-Signal hat keine Ordnung: keine AUC und keine Spannweite.</translation>
    </message>
</context>
<context>
    <name>ModelAdapter</name>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="24"/>
        <source>not in the workspace</source>
        <translation>nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="25"/>
        <source>not in the workspace (did you mean %1?)</source>
        <translation>nicht im Arbeitsbereich (meinten Sie %1?)</translation>
    </message>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="42"/>
        <source>Adapted model</source>
        <translation>Angepasstes Modell</translation>
    </message>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="43"/>
        <location filename="../core/model/modeladapter.cpp" line="45"/>
        <source>%1 (adapted)</source>
        <translation>%1 (angepasst)</translation>
    </message>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="55"/>
        <source> (column %1)</source>
        <translation> (Spalte %1)</translation>
    </message>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="95"/>
        <source>none of the model&apos;s %1 signals fits the workspace: it has no columns</source>
        <translation>keines der %1 Signale des Modells passt zum Arbeitsbereich: er hat keine Spalten</translation>
    </message>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="97"/>
        <source>none of the model&apos;s %1 signals fits the workspace; its columns are: %2</source>
        <translation>keines der %1 Signale des Modells passt zum Arbeitsbereich; seine Spalten sind: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="110"/>
        <source>no signal of the category is left</source>
        <translation>kein Signal der Kategorie ist übrig</translation>
    </message>
    <message>
        <location filename="../core/model/modeladapter.cpp" line="148"/>
        <source>the adapted model does not validate:
%1</source>
        <translation>das angepasste Modell ist nicht gültig:
%1</translation>
    </message>
</context>
<context>
    <name>ModelDiff</name>
    <message>
        <location filename="../core/model/modeldiff.cpp" line="216"/>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiff.cpp" line="225"/>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiff.cpp" line="226"/>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiff.cpp" line="227"/>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <location filename="../core/model/modelexport.cpp" line="72"/>
        <source>metadata: expected an object</source>
        <translation>metadata: Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/model/modelexport.cpp" line="82"/>
        <source>metadata.created_at: &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>metadata.created_at: „%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../core/model/modelexport.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modelexport.cpp" line="144"/>
        <source>%1: the content does not match its metadata.sha256 (edited after export?): expected %2, found %3</source>
        <translation>%1: der Inhalt passt nicht zu seinem metadata.sha256 (nach dem Export bearbeitet?): erwartet %2, gefunden %3</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <location filename="../core/model/modelfile.cpp" line="56"/>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="68"/>
        <location filename="../core/model/modelfile.cpp" line="407"/>
        <source>must be text, found %1</source>
        <translation>muss Text sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="81"/>
        <location filename="../core/model/modelfile.cpp" line="134"/>
        <location filename="../core/model/modelfile.cpp" line="226"/>
        <location filename="../core/model/modelfile.cpp" line="417"/>
        <source>must be a number, found %1</source>
        <translation>muss eine Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="95"/>
        <source>must be a whole number from %1 to %2, found %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, gefunden %3</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="109"/>
        <source>must be true or false, found %1</source>
        <translation>muss true oder false sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="124"/>
        <source>must be a list of numbers, found %1</source>
        <translation>muss eine Liste von Zahlen sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="143"/>
        <location filename="../core/model/modelfile.cpp" line="387"/>
        <location filename="../core/model/modelfile.cpp" line="452"/>
        <source>must be a list, found %1</source>
        <translation>muss eine Liste sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="154"/>
        <source>must be an object, found %1</source>
        <translation>muss ein Objekt sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="177"/>
        <source>unknown operator &quot;%1&quot; (expected &lt;, &lt;=, &gt;, &gt;=, == or !=)</source>
        <translation>unbekannter Operator „%1“ (erwartet: &lt;, &lt;=, &gt;, &gt;=, == oder !=)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="189"/>
        <source>must be a number, text or true/false, found %1</source>
        <translation>muss eine Zahl, Text oder true/false sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="201"/>
        <source>unknown rule kind &quot;%1&quot; (expected linear, bands, map, flag or percentile)</source>
        <translation>unbekannte Regelart „%1“ (erwartet: linear, bands, map, flag oder percentile)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="218"/>
        <source>must be an object of value: score, found %1</source>
        <translation>muss ein Objekt der Form Wert: Score sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="267"/>
        <source>unknown aggregate &quot;%1&quot; (expected mean or min)</source>
        <translation>unbekannte Aggregation „%1“ (erwartet: mean oder min)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="292"/>
        <location filename="../core/model/modelfile.cpp" line="442"/>
        <source>unknown missing policy &quot;%1&quot; (expected skip, neutral or worst)</source>
        <translation>unbekannte Regel für fehlende Werte „%1“ (erwartet: skip, neutral oder worst)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="400"/>
        <source>must be a list of text, found %1</source>
        <translation>muss eine Liste von Texten sein, gefunden %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="611"/>
        <source>the model file is not valid JSON (%1)</source>
        <translation>die Modelldatei ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="616"/>
        <source>the model file must hold a JSON object, found %1</source>
        <translation>die Modelldatei muss ein JSON-Objekt enthalten, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="622"/>
        <source>expected &quot;tierlab-model&quot;, found &quot;%1&quot;</source>
        <translation>„tierlab-model“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="625"/>
        <source>must be a whole number, found %1</source>
        <translation>muss eine ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="629"/>
        <source>version: the model file has format version %1, newer than this Tierlab supports (%2); update Tierlab to read it</source>
        <translation>version: die Modelldatei hat die Formatversion %1, neuer als von diesem Tierlab unterstützt (%2); zum Lesen Tierlab aktualisieren</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="635"/>
        <source>unsupported version %1</source>
        <translation>nicht unterstützte Version %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="648"/>
        <location filename="../core/model/modelfile.cpp" line="653"/>
        <source>this member needs &quot;version&quot;: 2 (the file says version 1)</source>
        <translation>dieses Element braucht &quot;version&quot;: 2 (die Datei sagt Version 1)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="663"/>
        <source>the model file could not be read (%1)</source>
        <translation>die Modelldatei konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="673"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="675"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/model/modelfile.cpp" line="783"/>
        <location filename="../core/model/modelfile.cpp" line="787"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>ModelSegments</name>
    <message>
        <location filename="../core/model/modelsegments.cpp" line="209"/>
        <source>segments.by: &quot;%1&quot; is neither an account attribute (segment, csm) nor a category column of the workspace</source>
        <translation>segments.by: &quot;%1&quot; ist weder ein Kontoattribut (segment, csm) noch eine Kategoriespalte des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>ModelValidator</name>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="34"/>
        <location filename="../core/model/modelvalidator.cpp" line="224"/>
        <source>an id is required</source>
        <translation>eine ID ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="36"/>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID „%1“</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="44"/>
        <source>the weight must be a finite number</source>
        <translation>die Gewichtung muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="46"/>
        <source>negative weight (%1); weights must be 0 or more</source>
        <translation>negative Gewichtung (%1); Gewichtungen müssen 0 oder größer sein</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="49"/>
        <source>weight %1 is above %2; weights are relative, so smaller numbers say the same</source>
        <translation>Gewichtung %1 liegt über %2; Gewichtungen sind relativ, kleinere Zahlen sagen also dasselbe aus</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="57"/>
        <source>score %1 is outside 0–100</source>
        <translation>Score %1 liegt außerhalb von 0–100</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="65"/>
        <location filename="../core/model/modelvalidator.cpp" line="67"/>
        <location filename="../core/model/modelvalidator.cpp" line="124"/>
        <location filename="../core/model/modelvalidator.cpp" line="135"/>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="69"/>
        <source>worst and best are equal (%1); a linear rule needs two different values</source>
        <translation>schlechtester und bester Wert sind gleich (%1); eine lineare Regel braucht zwei verschiedene Werte</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="75"/>
        <source>at least one edge is required</source>
        <translation>mindestens eine Grenze ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="77"/>
        <source>at most %1 edges are supported</source>
        <translation>höchstens %1 Grenzen werden unterstützt</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="81"/>
        <source>edge %1 is not a finite number</source>
        <translation>Grenze %1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="84"/>
        <source>edges must be strictly increasing (%1 after %2)</source>
        <translation>Grenzen müssen streng aufsteigend sein (%1 nach %2)</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="88"/>
        <source>%1 edges need %2 scores, found %3</source>
        <translation>%1 Grenzen brauchen %2 Scores, gefunden: %3</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="98"/>
        <source>at most %1 values are supported</source>
        <translation>höchstens %1 Werte werden unterstützt</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="104"/>
        <source>the value &quot;%1&quot; is listed twice (after trimming)</source>
        <translation>der Wert „%1“ steht zweimal in der Liste (nach dem Kürzen von Leerraum)</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="137"/>
        <source>&quot;%1&quot; compares numbers only; use == or != for text and flags</source>
        <translation>„%1“ vergleicht nur Zahlen; für Text und Kennzeichen == oder != verwenden</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="165"/>
        <source>name an account attribute (segment, csm) or a category column</source>
        <translation>ein Kontoattribut (segment, csm) oder eine Kategoriespalte angeben</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="167"/>
        <source>at least one variant is required</source>
        <translation>mindestens eine Variante ist nötig</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="169"/>
        <source>at most %1 variants are supported</source>
        <translation>höchstens %1 Varianten werden unterstützt</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="177"/>
        <source>list at least one value</source>
        <translation>mindestens einen Wert angeben</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="187"/>
        <source>unknown signal &quot;%1&quot;</source>
        <translation>unbekanntes Signal &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="204"/>
        <source>list the model&apos;s tiers in its order (%1); a segment changes their min only</source>
        <translation>die Stufen des Modells in seiner Reihenfolge angeben (%1); ein Segment ändert nur deren min</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="214"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="218"/>
        <location filename="../core/model/modelvalidator.cpp" line="281"/>
        <source>unknown tier &quot;%1&quot;</source>
        <translation>unbekannte Stufe &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="220"/>
        <source>must be a whole number from 3 to %1</source>
        <translation>muss eine ganze Zahl von 3 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="222"/>
        <source>the slope must be a number of 0 or more (points a week), found %1</source>
        <translation>die Steigung muss eine Zahl ab 0 sein (Punkte pro Woche), gefunden %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="226"/>
        <source>&quot;%1&quot; is already a tier id</source>
        <translation>&quot;%1&quot; ist bereits die ID einer Stufe</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="236"/>
        <source>a model needs at least one category</source>
        <translation>ein Modell braucht mindestens eine Kategorie</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="238"/>
        <source>at most %1 categories are supported</source>
        <translation>höchstens %1 Kategorien werden unterstützt</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="181"/>
        <location filename="../core/model/modelvalidator.cpp" line="251"/>
        <source>unknown category &quot;%1&quot;</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="258"/>
        <source>at most %1 penalties and overrides together are supported</source>
        <translation>höchstens %1 Abzüge und Übersteuerungen zusammen werden unterstützt</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="212"/>
        <location filename="../core/model/modelvalidator.cpp" line="267"/>
        <source>points must be a number of 0 or more, found %1</source>
        <translation>Punkte müssen eine Zahl von 0 oder mehr sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="276"/>
        <source>cap %1 is outside 0–100</source>
        <translation>Obergrenze %1 liegt außerhalb von 0–100</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="285"/>
        <source>at least one tier is required</source>
        <translation>mindestens eine Stufe ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="287"/>
        <source>at most %1 tiers are supported</source>
        <translation>höchstens %1 Stufen werden unterstützt</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="126"/>
        <source>the first tier must start at 0, found %1</source>
        <translation>die erste Stufe muss bei 0 beginnen, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="128"/>
        <source>tiers must be sorted by strictly increasing min (%1 after %2)</source>
        <translation>Stufen müssen nach streng aufsteigendem min sortiert sein (%1 nach %2)</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="279"/>
        <source>an override needs a cap, a cap_tier or both</source>
        <translation>eine Übersteuerung braucht cap, cap_tier oder beides</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="302"/>
        <source>no category with a weight above 0 holds a signal with a weight above 0: no account would get a score</source>
        <translation>keine Kategorie mit einer Gewichtung über 0 enthält ein Signal mit einer Gewichtung über 0: kein Konto bekäme einen Score</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="327"/>
        <source>a %1 rule needs a number column; &quot;%2&quot; is a %3 column</source>
        <translation>eine Regel vom Typ %1 braucht eine Zahlenspalte; „%2“ ist eine Spalte vom Typ %3</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="332"/>
        <source>a map rule needs a category (text) column; &quot;%1&quot; is a %2 column</source>
        <translation>eine Zuordnungsregel braucht eine Kategorie-(Text-)Spalte; „%1“ ist eine Spalte vom Typ %2</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="345"/>
        <source>&quot;%1&quot; is a category column; compare it with text or true/false using == or !=</source>
        <translation>„%1“ ist eine Kategoriespalte; mit Text oder true/false über == oder != vergleichen</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="348"/>
        <source>&quot;%1&quot; is a %2 column; it cannot be compared with text</source>
        <translation>„%1“ ist eine Spalte vom Typ %2; sie kann nicht mit Text verglichen werden</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="362"/>
        <source>unknown column &quot;%1&quot; in the workspace</source>
        <translation>unbekannte Spalte „%1“ im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="363"/>
        <source>unknown column &quot;%1&quot; in the workspace (did you mean %2?)</source>
        <translation>unbekannte Spalte „%1“ im Arbeitsbereich (meinten Sie %2?)</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="393"/>
        <source>&quot;%1&quot; is a %2 column; segments need an account attribute (segment, csm) or a category column</source>
        <translation>&quot;%1&quot; ist eine Spalte vom Typ %2; Segmente brauchen ein Kontoattribut (segment, csm) oder eine Kategoriespalte</translation>
    </message>
    <message>
        <location filename="../core/model/modelvalidator.cpp" line="434"/>
        <source>The model does not fit this workspace&apos;s columns: keep the part that fits with &quot;tierlab model adapt MODEL.json --workspace W --out M2.json&quot;, or build one from the data with &quot;tierlab model starter&quot; (File → New Model from Data…).</source>
        <translation>Das Modell passt nicht zu den Spalten dieses Arbeitsbereichs: den passenden Teil mit „tierlab model adapt MODELL.json --workspace W --out M2.json“ behalten oder eines aus den Daten mit „tierlab model starter“ erstellen (Datei → Neues Modell aus Daten…).</translation>
    </message>
</context>
<context>
    <name>OutcomeDeriver</name>
    <message>
        <location filename="../core/tables/outcomederiver.cpp" line="50"/>
        <source>a period needs at least one day</source>
        <translation>eine Periode braucht mindestens einen Tag</translation>
    </message>
    <message>
        <location filename="../core/tables/outcomederiver.cpp" line="55"/>
        <source>%1: table &quot;%2&quot; has no time column: churn events need their date (import it with --time)</source>
        <translation>%1: Tabelle „%2“ hat keine Zeitspalte: Abwanderungsereignisse brauchen ihr Datum (mit --time importieren)</translation>
    </message>
    <message>
        <location filename="../core/tables/outcomederiver.cpp" line="100"/>
        <source>%1: the tables hold no dated rows of any account</source>
        <translation>%1: die Tabellen enthalten keine datierten Zeilen irgendeines Kontos</translation>
    </message>
</context>
<context>
    <name>OverrideActions</name>
    <message>
        <location filename="../ui/account/overrideactions.cpp" line="29"/>
        <location filename="../ui/account/overrideactions.cpp" line="37"/>
        <source>CSM Override</source>
        <translation>CSM-Übersteuerung</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="40"/>
        <source> (at character %1)</source>
        <translation> (bei Zeichen %1)</translation>
    </message>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="54"/>
        <source>PostgreSQL server on socket %1/.s.PGSQL.%2, database &quot;%3&quot;</source>
        <translation>PostgreSQL-Server am Socket %1/.s.PGSQL.%2, Datenbank „%3“</translation>
    </message>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="56"/>
        <source>PostgreSQL server %1:%2, database &quot;%3&quot;</source>
        <translation>PostgreSQL-Server %1:%2, Datenbank „%3“</translation>
    </message>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="72"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="75"/>
        <source>invalid PostgreSQL connection string (%1)</source>
        <translation>ungültige PostgreSQL-Verbindungsangabe (%1)</translation>
    </message>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="82"/>
        <source>cannot connect to PostgreSQL: out of memory</source>
        <translation>keine Verbindung zu PostgreSQL: kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="85"/>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>PgQuerySource</name>
    <message>
        <location filename="../core/pg/pgquerysource.cpp" line="49"/>
        <source>--query: the query is empty</source>
        <translation>--query: die Abfrage ist leer</translation>
    </message>
    <message>
        <location filename="../core/pg/pgquerysource.cpp" line="54"/>
        <source>the query on %1</source>
        <translation>die Abfrage auf %1</translation>
    </message>
    <message>
        <location filename="../core/pg/pgquerysource.cpp" line="65"/>
        <source>the query failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/pg/pgquerysource.cpp" line="96"/>
        <source>cannot make a temporary folder for the query&apos;s rows: %1</source>
        <translation>kann keinen temporären Ordner für die Zeilen der Abfrage anlegen: %1</translation>
    </message>
    <message>
        <location filename="../core/pg/pgquerysource.cpp" line="102"/>
        <location filename="../core/pg/pgquerysource.cpp" line="106"/>
        <location filename="../core/pg/pgquerysource.cpp" line="113"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="31"/>
        <source>%1 → %2, score %3 → %4</source>
        <translation>%1 → %2, Score %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="35"/>
        <source>; what moved it: %1</source>
        <translation>; was ihn bewegte: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="41"/>
        <source>Renews on %1; %2, score %3, ARR %4</source>
        <translation>Verlängert am %1; %2, Score %3, ARR %4</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="65"/>
        <source>Check in with the customer</source>
        <translation>Beim Kunden nachfragen</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="66"/>
        <source>Urgent: call the customer</source>
        <translation>Dringend: den Kunden anrufen</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="67"/>
        <source>Escalate the renewal at risk</source>
        <translation>Die gefährdete Verlängerung eskalieren</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="68"/>
        <source>Executive escalation</source>
        <translation>Eskalation an die Geschäftsleitung</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="69"/>
        <source>Send a positive note</source>
        <translation>Eine positive Nachricht senden</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="70"/>
        <source>Start the expansion conversation</source>
        <translation>Das Gespräch über eine Erweiterung beginnen</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="81"/>
        <source>$: not valid JSON</source>
        <translation>$: kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="84"/>
        <source>$: must be an object</source>
        <translation>$: muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="86"/>
        <source>$.format: must be &quot;tierlab-playbook&quot;</source>
        <translation>$.format: muss „tierlab-playbook“ sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="88"/>
        <source>$.version: must be 1</source>
        <translation>$.version: muss 1 sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="92"/>
        <source>$.plays: must be an array</source>
        <translation>$.plays: muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="98"/>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="105"/>
        <source>%1.%2: must be a non-empty text</source>
        <translation>%1.%2: muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="120"/>
        <source>%1.when: unknown &quot;%2&quot;</source>
        <translation>%1.when: unbekannt „%2“</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="123"/>
        <source>%1.due_days: must be a whole number of days from 0 to 365</source>
        <translation>%1.due_days: muss eine ganze Zahl von Tagen von 0 bis 365 sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="128"/>
        <source>%1.notify_manager: must be true or false</source>
        <translation>%1.notify_manager: muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="133"/>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id: „%2“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../core/analysis/playbook.cpp" line="164"/>
        <source>The playbook stored in %1 is broken: %2</source>
        <translation>Das in %1 gespeicherte Playbook ist fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>RecentWorkspaces</name>
    <message>
        <location filename="../ui/recentworkspaces.cpp" line="108"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RecipeSet</name>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="88"/>
        <source>unknown member</source>
        <translation>unbekanntes Element</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="97"/>
        <location filename="../core/recipes/recipeset.cpp" line="155"/>
        <location filename="../core/recipes/recipeset.cpp" line="226"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="101"/>
        <source>must be a non-empty string, not %1</source>
        <translation>muss eine nicht leere Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="115"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="128"/>
        <source>must be a date as &quot;YYYY-MM-DD&quot;</source>
        <translation>muss ein Datum im Format „JJJJ-MM-TT“ sein</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="135"/>
        <source>must be an object {&quot;column&quot;, &quot;op&quot;, &quot;value&quot;}</source>
        <translation>muss ein Objekt {&quot;column&quot;, &quot;op&quot;, &quot;value&quot;} sein</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="150"/>
        <source>unknown operator &quot;%1&quot; (one of %2)</source>
        <translation>unbekannter Operator „%1“ (einer von %2)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="160"/>
        <source>&quot;%1&quot; needs a non-empty array of values</source>
        <translation>„%1“ braucht ein nicht leeres Array von Werten</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="179"/>
        <source>must be a string, a number or a boolean, not %1</source>
        <translation>muss eine Zeichenkette, eine Zahl oder ein Wahrheitswert sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="188"/>
        <location filename="../core/recipes/recipeset.cpp" line="411"/>
        <location filename="../core/recipes/recipeset.cpp" line="426"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="195"/>
        <source>&quot;%1&quot; is not a signal id (lower-case letters, digits and _, starting with a letter, at most 64)</source>
        <translation>„%1“ ist keine Signal-ID (Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben, höchstens 64)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="198"/>
        <source>unknown role &quot;%1&quot; (one of %2)</source>
        <translation>unbekannte Rolle „%1“ (eine von %2)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="208"/>
        <source>unknown expression &quot;%1&quot; (one of %2)</source>
        <translation>unbekannter Ausdruck „%1“ (einer von %2)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="215"/>
        <source>&quot;ratio&quot; needs two signal ids [A, B]</source>
        <translation>„ratio“ braucht zwei Signal-IDs [A, B]</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="219"/>
        <source>&quot;ratio&quot; takes no weeks</source>
        <translation>„ratio“ hat keine Wochenangabe (weeks)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="222"/>
        <source>&quot;%1&quot; needs one signal id</source>
        <translation>„%1“ braucht eine Signal-ID</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="240"/>
        <source>unknown aggregation &quot;%1&quot; (one of %2)</source>
        <translation>unbekannte Aggregation „%1“ (eine von %2)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="244"/>
        <source>&quot;%1&quot; needs a column</source>
        <translation>„%1“ braucht eine Spalte</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="246"/>
        <source>&quot;%1&quot; reads no column</source>
        <translation>„%1“ liest keine Spalte</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="252"/>
        <source>must be an array of conditions</source>
        <translation>muss ein Array von Bedingungen sein</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="392"/>
        <source>%1: line %2, column %3: not valid JSON: %4</source>
        <translation>%1: Zeile %2, Spalte %3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="396"/>
        <source>%1: $: a recipes file is a JSON object</source>
        <translation>%1: $: eine Rezeptdatei ist ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="402"/>
        <source>must be &quot;tierlab-signals&quot;</source>
        <translation>muss „tierlab-signals“ sein</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="406"/>
        <source>version %1 is newer than this Tierlab reads (1)</source>
        <translation>Version %1 ist neuer, als dieses Tierlab lesen kann (1)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="407"/>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="420"/>
        <source>is before $.grid.first</source>
        <translation>liegt vor $.grid.first</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="445"/>
        <source>must be a non-empty array of signal recipes</source>
        <translation>muss ein nicht leeres Array von Signalrezepten sein</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="461"/>
        <source>&quot;%1&quot; is used twice (also %2)</source>
        <translation>„%1“ wird zweimal verwendet (auch %2)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="466"/>
        <source>another signal has the role &quot;%1&quot; already</source>
        <translation>ein anderes Signal hat bereits die Rolle „%1“</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="475"/>
        <source>no signal &quot;%1&quot; in this file</source>
        <translation>kein Signal „%1“ in dieser Datei</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="477"/>
        <source>a signal cannot read itself</source>
        <translation>ein Signal kann sich nicht selbst lesen</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="480"/>
        <source>%1 weeks (%2 days) is not a whole number of grid steps of %3 days</source>
        <translation>%1 Wochen (%2 Tage) sind keine ganze Zahl von Rasterschritten zu %3 Tagen</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="502"/>
        <source>derived signals read each other in a cycle</source>
        <translation>abgeleitete Signale lesen sich gegenseitig im Kreis</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="514"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="516"/>
        <source>%1: a recipes file is at most 16 MiB</source>
        <translation>%1: eine Rezeptdatei ist höchstens 16 MiB groß</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="593"/>
        <source>the workspace has no tables; import them with tierlab import table</source>
        <translation>der Arbeitsbereich hat keine Tabellen; sie mit tierlab import table importieren</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="594"/>
        <source>tables: %1</source>
        <translation>Tabellen: %1</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="620"/>
        <source>no accounts table &quot;%1&quot; in the workspace (%2)</source>
        <translation>keine Kontentabelle „%1“ im Arbeitsbereich (%2)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="625"/>
        <location filename="../core/recipes/recipeset.cpp" line="655"/>
        <location filename="../core/recipes/recipeset.cpp" line="680"/>
        <source>table &quot;%1&quot; has no column &quot;%2&quot; (columns: %3)</source>
        <translation>Tabelle „%1“ hat keine Spalte „%2“ (Spalten: %3)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="630"/>
        <source>column &quot;%1&quot; holds %2 values, not dates (an empty column reads as dates when the table is imported with --time or --end naming it)</source>
        <translation>die Spalte „%1“ enthält %2-Werte, keine Datumswerte (eine leere Spalte gilt als Datumsspalte, wenn die Tabelle mit --time oder --end auf sie importiert wird)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="634"/>
        <source>column &quot;%1&quot; holds %2 values, not numbers</source>
        <translation>Spalte „%1“ enthält Werte vom Typ %2, keine Zahlen</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="643"/>
        <source>no table &quot;%1&quot; (%2)</source>
        <translation>keine Tabelle „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="648"/>
        <source>table &quot;%1&quot; was imported without --time: its rows have no date to build weeks from</source>
        <translation>Tabelle „%1“ wurde ohne --time importiert: ihre Zeilen haben kein Datum, aus dem sich Wochen aufbauen lassen</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="650"/>
        <source>&quot;%1&quot; needs a table with an end time (imported with --end); &quot;%2&quot; has none</source>
        <translation>„%1“ braucht eine Tabelle mit Endzeit (mit --end importiert); „%2“ hat keine</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="661"/>
        <source>&quot;%1&quot; needs a number column; &quot;%2&quot; holds %3 values</source>
        <translation>„%1“ braucht eine Zahlenspalte; „%2“ enthält Werte vom Typ %3</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="664"/>
        <source>&quot;%1&quot; needs a number or date column; &quot;%2&quot; holds %3 values</source>
        <translation>„%1“ braucht eine Zahlen- oder Datumsspalte; „%2“ enthält Werte vom Typ %3</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="687"/>
        <source>&quot;%1&quot; compares numbers or dates; &quot;%2&quot; is a text column</source>
        <translation>„%1“ vergleicht Zahlen oder Datumswerte; „%2“ ist eine Textspalte</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="693"/>
        <source>column &quot;%1&quot; holds text: compare it with a string</source>
        <translation>Spalte „%1“ enthält Text: mit einer Zeichenkette vergleichen</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="695"/>
        <source>column &quot;%1&quot; holds dates: compare it with a date as &quot;YYYY-MM-DD&quot;</source>
        <translation>Spalte „%1“ enthält Datumswerte: mit einem Datum im Format „JJJJ-MM-TT“ vergleichen</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="697"/>
        <source>column &quot;%1&quot; holds %2 values: compare it with a number%3</source>
        <translation>Spalte „%1“ enthält Werte vom Typ %2: mit einer Zahl%3 vergleichen</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="698"/>
        <source> or a boolean</source>
        <translation> oder einem Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="708"/>
        <source>&quot;%1&quot; is a text signal; &quot;%2&quot; needs numbers</source>
        <translation>„%1“ ist ein Textsignal; „%2“ braucht Zahlen</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="715"/>
        <source>the role &quot;%1&quot; needs a text signal (&quot;last&quot; of a text column)</source>
        <translation>die Rolle „%1“ braucht ein Textsignal („last“ einer Textspalte)</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="717"/>
        <source>the role &quot;%1&quot; needs a number signal</source>
        <translation>die Rolle „%1“ braucht ein Zahlensignal</translation>
    </message>
    <message>
        <location filename="../core/recipes/recipeset.cpp" line="721"/>
        <source>the role &quot;renewal_date&quot; needs min, max or last of a date column</source>
        <translation>die Rolle „renewal_date“ braucht min, max oder last einer Datumsspalte</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="177"/>
        <source>nothing to report</source>
        <translation>nichts zu berichten</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="182"/>
        <source>Weekly portfolio review %1</source>
        <translation>Wöchentlicher Portfolio-Rückblick %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="186"/>
        <location filename="../ui/report/reportwriter.cpp" line="352"/>
        <location filename="../ui/report/reportwriter.cpp" line="354"/>
        <source>%1: cannot write the PDF</source>
        <translation>%1: das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="190"/>
        <source>Weekly portfolio review</source>
        <translation>Wöchentlicher Portfolio-Rückblick</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="194"/>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="196"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="197"/>
        <source>Model: %1 (%2)</source>
        <translation>Modell: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="198"/>
        <source>Model SHA-256: %1</source>
        <translation>SHA-256 des Modells: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="199"/>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="202"/>
        <source>Tier distribution</source>
        <translation>Verteilung auf Stufen</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="232"/>
        <source>of them %1</source>
        <extracomment>a row under a tier: the accounts of that tier whose score declines (a trend tier)</extracomment>
        <translation>davon %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="236"/>
        <source>Unscored</source>
        <translation>Ohne Score</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="237"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="240"/>
        <location filename="../ui/report/reportwriter.cpp" line="243"/>
        <location filename="../ui/report/reportwriter.cpp" line="338"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="240"/>
        <location filename="../ui/report/reportwriter.cpp" line="243"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="240"/>
        <location filename="../ui/report/reportwriter.cpp" line="243"/>
        <source>% accounts</source>
        <translation>% Konten</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="240"/>
        <location filename="../ui/report/reportwriter.cpp" line="338"/>
        <location filename="../ui/report/reportwriter.cpp" line="349"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="240"/>
        <source>% ARR</source>
        <translation>% ARR</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="240"/>
        <location filename="../ui/report/reportwriter.cpp" line="243"/>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="240"/>
        <source>ARR last week</source>
        <translation>ARR Vorwoche</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="247"/>
        <source>last week</source>
        <extracomment>what the dashed outlines of the tier bars show in the weekly report</extracomment>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="262"/>
        <source>Filled bars: this week; dashed outlines: last week.</source>
        <translation>Gefüllte Balken: diese Woche; gestrichelte Umrisse: Vorwoche.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="264"/>
        <source>Trend: share of accounts per tier</source>
        <translation>Verlauf: Anteil der Konten je Stufe</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="273"/>
        <source>Movement since last week</source>
        <translation>Bewegung seit der Vorwoche</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="275"/>
        <source>from \ to</source>
        <translation>von \ nach</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="286"/>
        <source>%1 (ARR %2)</source>
        <translation>%1 (ARR %2)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="291"/>
        <source>New since last week: %1 (ARR %2); gone: %3 (ARR %4)</source>
        <translation>Neu seit Vorwoche: %1 (ARR %2); weggefallen: %3 (ARR %4)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="296"/>
        <source>New since last week: %1; gone: %2</source>
        <translation>Neu seit Vorwoche: %1; weggefallen: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="298"/>
        <source>This is the first week of the workspace: nothing to compare with.</source>
        <translation>Dies ist die erste Woche des Arbeitsbereichs: nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="301"/>
        <source>Movers: %1</source>
        <translation>Absteiger: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="315"/>
        <location filename="../ui/report/reportwriter.cpp" line="338"/>
        <location filename="../ui/report/reportwriter.cpp" line="349"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="315"/>
        <location filename="../ui/report/reportwriter.cpp" line="338"/>
        <location filename="../ui/report/reportwriter.cpp" line="349"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="315"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="315"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="315"/>
        <source>Then</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="315"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="315"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="316"/>
        <source>What moved it</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="323"/>
        <source>Renewals at risk</source>
        <translation>Gefährdete Verlängerungen</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="324"/>
        <source>%1 renewals in the window, %2 below the best tier: ARR at risk %3</source>
        <translation>%1 Verlängerungen im Zeitfenster, %2 unterhalb der besten Stufe: gefährdeter ARR %3</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="338"/>
        <location filename="../ui/report/reportwriter.cpp" line="349"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="315"/>
        <location filename="../ui/report/reportwriter.cpp" line="338"/>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="191"/>
        <source>Week of %1 (compared with %2)</source>
        <translation>Woche vom %1 (verglichen mit %2)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="192"/>
        <source>Week of %1 (the first week: nothing to compare with)</source>
        <translation>Woche vom %1 (die erste Woche: kein Vergleich möglich)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="311"/>
        <source>no change in the signals</source>
        <translation>keine Änderung der Signale</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="338"/>
        <location filename="../ui/report/reportwriter.cpp" line="349"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="344"/>
        <source>Expansion candidates: %1</source>
        <translation>Ausbaukandidaten: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportwriter.cpp" line="349"/>
        <source>4 weeks ago</source>
        <translation>vor 4 Wochen</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../core/analysis/review.cpp" line="185"/>
        <source>all accounts</source>
        <translation>alle Konten</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="188"/>
        <source>CSM %1</source>
        <translation>CSM %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="190"/>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="192"/>
        <source>ARR %L1 to under %L2</source>
        <translation>ARR %L1 bis unter %L2</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="194"/>
        <source>ARR at least %L1</source>
        <translation>ARR mindestens %L1</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="196"/>
        <source>ARR under %L1</source>
        <translation>ARR unter %L1</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="216"/>
        <source>Dropped a tier</source>
        <translation>Stufe abgestiegen</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="217"/>
        <source>Score fell</source>
        <translation>Score gefallen</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="218"/>
        <source>In the worst tier for 14 days</source>
        <translation>Seit 14 Tagen in der schlechtesten Stufe</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="219"/>
        <source>Recovered</source>
        <translation>Erholt</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="256"/>
        <source>unscored</source>
        <translation>ohne Score</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="379"/>
        <source>critical override</source>
        <translation>kritische Übersteuerung</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="420"/>
        <source>no model to review with</source>
        <translation>kein Modell für den Rückblick</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="423"/>
        <source>review options out of range</source>
        <translation>Optionen des Rückblicks außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="433"/>
        <source>the workspace has no snapshots</source>
        <translation>der Arbeitsbereich hat keine Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="438"/>
        <source>the workspace has no snapshot as of %1 (it has %2 to %3)</source>
        <translation>der Arbeitsbereich hat keine Momentaufnahme zum Stichtag %1 (er hat %2 bis %3)</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="461"/>
        <source>the previous model has %1 tiers and the current one %2: weeks cannot be compared</source>
        <translation>das vorherige Modell hat %1 Stufen und das aktuelle %2: die Wochen sind nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="648"/>
        <source>model change</source>
        <translation>Modellwechsel</translation>
    </message>
    <message>
        <location filename="../core/analysis/review.cpp" line="404"/>
        <source>the PSI baseline %1 is not an as_of before %2</source>
        <translation>die PSI-Basis %1 ist kein Stichtag vor %2</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="78"/>
        <source>&lt;br&gt;The hysteresis&apos;s effect could not be computed.</source>
        <translation>&lt;br&gt;Die Wirkung der Hysterese konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="83"/>
        <source>&lt;br&gt;With the model&apos;s hysteresis (%1 points, %2 weeks), over all accounts: tier changed for %3 this week (%4 without it); %5 a week on average (%6 without)</source>
        <translation>&lt;br&gt;Mit der Hysterese des Modells (%1 Punkte, %2 Wochen), über alle Konten: Stufe gewechselt bei %3 in dieser Woche (%4 ohne sie); %5 je Woche im Mittel (%6 ohne)</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <location filename="../ui/review/reviewtables.cpp" line="170"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewtables.cpp" line="171"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/reviewtables.cpp" line="179"/>
        <source>%Ln account(s)
ARR %1</source>
        <translation>
            <numerusform>%Ln Konto
ARR %1</numerusform>
            <numerusform>%Ln Konten
ARR %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/reviewtables.cpp" line="180"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/reviewtables.cpp" line="209"/>
        <source>no change in the signals</source>
        <translation>keine Änderung in den Signalen</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewtables.cpp" line="276"/>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewtables.cpp" line="277"/>
        <source>Save Chart as PDF…</source>
        <translation>Diagramm als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewtables.cpp" line="284"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewtables.cpp" line="284"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/review/reviewtables.cpp" line="290"/>
        <source>%1: cannot write the chart</source>
        <translation>%1: das Diagramm kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="36"/>
        <source>linear: %1 → 0, %2 → 100</source>
        <translation>linear: %1 → 0, %2 → 100</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="46"/>
        <source>bands: %1</source>
        <translation>Bänder: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="53"/>
        <source>other = %1</source>
        <translation>sonstige = %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="54"/>
        <source>map: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="58"/>
        <source>flag: yes = %1, no = %2</source>
        <translation>Kennzeichen: ja = %1, nein = %2</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="61"/>
        <source>percentile, lower is better</source>
        <translation>Perzentil, niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="61"/>
        <source>percentile, higher is better</source>
        <translation>Perzentil, höher ist besser</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="66"/>
        <source>; missing: skipped</source>
        <translation>; fehlend: übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="68"/>
        <source>; missing: 50</source>
        <translation>; fehlend: 50</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="70"/>
        <source>; missing: 0</source>
        <translation>; fehlend: 0</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="77"/>
        <source>−%1 points when %2 %3 %4</source>
        <translation>−%1 Punkte, wenn %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="87"/>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="88"/>
        <source>cap at %1 when %2 %3 %4</source>
        <translation>höchstens %1, wenn %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="88"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../core/store/schema.cpp" line="178"/>
        <source>Migrating the workspace to schema version %1 failed: %2</source>
        <translation>Die Migration des Arbeitsbereichs auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ScoredExport</name>
    <message>
        <location filename="../core/io/scoredexport.cpp" line="32"/>
        <source>nothing to export: no scored snapshot</source>
        <translation>nichts zu exportieren: keine bewertete Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../core/io/scoredexport.cpp" line="35"/>
        <source>the scores do not match the snapshot (%1 scores for %2 accounts)</source>
        <translation>die Scores passen nicht zur Momentaufnahme (%1 Scores für %2 Konten)</translation>
    </message>
    <message>
        <location filename="../core/io/scoredexport.cpp" line="40"/>
        <source>the category scores do not match the model</source>
        <translation>die Kategorie-Scores passen nicht zum Modell</translation>
    </message>
    <message>
        <location filename="../core/io/scoredexport.cpp" line="43"/>
        <source>row %1 is outside the snapshot</source>
        <translation>Zeile %1 liegt außerhalb der Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../core/io/scoredexport.cpp" line="104"/>
        <location filename="../core/io/scoredexport.cpp" line="107"/>
        <location filename="../core/io/scoredexportxlsx.cpp" line="120"/>
        <location filename="../core/io/scoredexportxlsx.cpp" line="202"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/io/scoredexportxlsx.cpp" line="112"/>
        <source>%1: %2 accounts do not fit in one worksheet (at most %3 rows)</source>
        <translation>%1: %2 Konten passen nicht in ein Arbeitsblatt (höchstens %3 Zeilen)</translation>
    </message>
    <message>
        <location filename="../core/io/scoredexportxlsx.cpp" line="127"/>
        <location filename="../core/io/scoredexportxlsx.cpp" line="136"/>
        <source>%1: cannot create the workbook</source>
        <translation>%1: Die Arbeitsmappe lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/io/scoredexportxlsx.cpp" line="190"/>
        <location filename="../core/io/scoredexportxlsx.cpp" line="192"/>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: Die Arbeitsmappe lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <location filename="../core/engine/scoringengine.cpp" line="164"/>
        <source>the snapshot is inconsistent: a column does not have one value per account</source>
        <translation>die Momentaufnahme ist inkonsistent: eine Spalte hat nicht genau einen Wert je Konto</translation>
    </message>
    <message>
        <location filename="../core/engine/scoringengine.cpp" line="198"/>
        <source>signals[%1].column: unknown column &quot;%2&quot;</source>
        <translation>signals[%1].column: unbekannte Spalte „%2“</translation>
    </message>
    <message>
        <location filename="../core/engine/scoringengine.cpp" line="265"/>
        <source>%1.column: unknown column &quot;%2&quot;</source>
        <translation>%1.column: unbekannte Spalte „%2“</translation>
    </message>
    <message>
        <location filename="../core/engine/scoringengine.cpp" line="739"/>
        <source>no category %1 in the model</source>
        <translation>keine Kategorie %1 im Modell</translation>
    </message>
    <message>
        <location filename="../core/engine/scoringengine.cpp" line="756"/>
        <location filename="../core/engine/scoringengine.cpp" line="776"/>
        <source>no signal %1 in the model</source>
        <translation>kein Signal %1 im Modell</translation>
    </message>
</context>
<context>
    <name>SignalBuilder</name>
    <message>
        <location filename="../core/recipes/signalbuilder.cpp" line="122"/>
        <source>%1: %2.id: the workspace has a %3 signal &quot;%4&quot; already; a recipe of that id gives %5 values</source>
        <translation>%1: %2.id: der Arbeitsbereich hat bereits ein Signal „%4“ vom Typ %3; ein Rezept mit dieser ID ergibt Werte vom Typ %5</translation>
    </message>
    <message>
        <location filename="../core/recipes/signalbuilder.cpp" line="160"/>
        <source>%1: %2 accounts × %3 grid dates × %4 signals need %5 GB of memory to build; use fewer grid dates (a larger every_days or a later first) or fewer signals</source>
        <translation>%1: %2 Konten × %3 Stichtage × %4 Signale brauchen für den Aufbau %5 GB Speicher; weniger Stichtage (ein größeres every_days oder ein späteres first) oder weniger Signale verwenden</translation>
    </message>
    <message>
        <location filename="../core/recipes/signalbuilder.cpp" line="176"/>
        <location filename="../core/recipes/signalbuilder.cpp" line="262"/>
        <source>%1: the build was cancelled; nothing was written</source>
        <translation>%1: der Aufbau wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>SignalComputer</name>
    <message>
        <location filename="../core/recipes/signalcomputer.cpp" line="156"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/recipes/signalcomputer.cpp" line="281"/>
        <source>%1: the tables hold no dated rows of any account: nothing to build weeks from</source>
        <translation>%1: die Tabellen enthalten keine datierten Zeilen irgendeines Kontos: nichts, woraus sich Wochen aufbauen lassen</translation>
    </message>
    <message>
        <location filename="../core/recipes/signalcomputer.cpp" line="294"/>
        <source>%1: the grid has %2 dates; at most 100,000</source>
        <translation>%1: das Raster hat %2 Stichtage; höchstens 100.000</translation>
    </message>
</context>
<context>
    <name>SignalPreview</name>
    <message>
        <location filename="../core/recipes/signalpreview.cpp" line="19"/>
        <source>no recipe %1 to preview</source>
        <translation>kein Rezept %1 für eine Vorschau</translation>
    </message>
    <message>
        <location filename="../core/recipes/signalpreview.cpp" line="61"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/recipes/signalpreview.cpp" line="90"/>
        <source>a text signal has no AUC</source>
        <translation>ein Textsignal hat keine AUC</translation>
    </message>
    <message>
        <location filename="../core/recipes/signalpreview.cpp" line="95"/>
        <source>no outcomes to compare with (import outcomes or run tierlab outcomes derive)</source>
        <translation>keine Ergebnisse zum Vergleichen (Ergebnisse importieren oder tierlab outcomes derive ausführen)</translation>
    </message>
    <message>
        <location filename="../core/recipes/signalpreview.cpp" line="99"/>
        <source>the outcomes are all of one class</source>
        <translation>die Ergebnisse gehören alle zu einer Klasse</translation>
    </message>
</context>
<context>
    <name>SnapshotCsvExport</name>
    <message>
        <location filename="../core/io/snapshotrows.cpp" line="26"/>
        <source>%1: no snapshot on %2</source>
        <translation>%1: keine Momentaufnahme am %2</translation>
    </message>
    <message>
        <location filename="../core/io/snapshotcsvexport.cpp" line="30"/>
        <location filename="../core/io/snapshotcsvexport.cpp" line="73"/>
        <location filename="../core/io/snapshotcsvexport.cpp" line="79"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotHistory</name>
    <message>
        <location filename="../core/analysis/snapshothistory.cpp" line="394"/>
        <source>%1: the snapshot changed while it was read</source>
        <translation>%1: die Momentaufnahme hat sich beim Lesen geändert</translation>
    </message>
    <message>
        <location filename="../core/analysis/snapshothistory.cpp" line="396"/>
        <source>%1: the values of account %2 on %3 are damaged</source>
        <translation>%1: die Werte von Konto %2 am %3 sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/analysis/historycache.cpp" line="626"/>
        <location filename="../core/analysis/snapshothistory.cpp" line="706"/>
        <source>Loading the history was cancelled.</source>
        <translation>Das Laden des Verlaufs wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SnapshotPush</name>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="34"/>
        <source>%1: the table needs a name (--table)</source>
        <translation>%1: die Tabelle braucht einen Namen (--table)</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="40"/>
        <source>%1: the name &quot;%2&quot; holds a NUL character, which SQL cannot quote; nothing was written</source>
        <translation>%1: der Name „%2“ enthält ein NUL-Zeichen, das SQL nicht quotieren kann; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="43"/>
        <source>%1: the name &quot;%2&quot; is longer than PostgreSQL&apos;s 63 bytes (it would be cut short); nothing was written</source>
        <translation>%1: der Name „%2“ ist länger als die 63 Bytes von PostgreSQL (er würde gekürzt); nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="51"/>
        <source>%1: the columns &quot;%2&quot; and &quot;%3&quot; differ only in case, which SQLite does not tell apart; nothing was written</source>
        <translation>%1: die Spalten „%2“ und „%3“ unterscheiden sich nur in der Groß-/Kleinschreibung, die SQLite nicht unterscheidet; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="153"/>
        <source>table %1 on %2</source>
        <translation>Tabelle %1 auf %2</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="171"/>
        <location filename="../core/push/snapshotpush.cpp" line="320"/>
        <source>%1: the table %2 exists already; give --replace to replace it (nothing was written)</source>
        <translation>%1: die Tabelle %2 gibt es schon; mit --replace wird sie ersetzt (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="271"/>
        <source>%1 is the workspace itself: push the snapshots into another file</source>
        <translation>%1 ist der Arbeitsbereich selbst: die Snapshots in eine andere Datei schreiben</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="278"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="282"/>
        <source>table %1 in %2</source>
        <translation>Tabelle %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/push/snapshotpush.cpp" line="302"/>
        <source>%1 is a Tierlab workspace: push the snapshots into another file (its table &quot;snapshots&quot; is the workspace&apos;s own)</source>
        <translation>%1 ist ein Tierlab-Arbeitsbereich: die Snapshots in eine andere Datei schreiben (seine Tabelle „snapshots“ gehört dem Arbeitsbereich)</translation>
    </message>
</context>
<context>
    <name>SnapshotStream</name>
    <message>
        <location filename="../core/store/snapshotstream.cpp" line="30"/>
        <source>%1: the snapshot changed while it was read</source>
        <translation>%1: die Momentaufnahme hat sich beim Lesen geändert</translation>
    </message>
    <message>
        <location filename="../core/store/snapshotstream.cpp" line="43"/>
        <source>%1: the values of account %2 on %3 are damaged</source>
        <translation>%1: die Werte von Konto %2 am %3 sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/snapshotstream.cpp" line="65"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>SqlExporter</name>
    <message>
        <location filename="../core/sqlexport/sqlexporter.cpp" line="141"/>
        <source>the model is not valid:
%1</source>
        <translation>das Modell ist nicht gültig:
%1</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlexporter.cpp" line="157"/>
        <source>categories: the category id &quot;%1&quot; is also the name of another output column (account_id, as_of, score, tier, declining and the categories must differ, ignoring case)</source>
        <translation>categories: die Kategorie-ID „%1“ ist auch der Name einer anderen Ausgabespalte (account_id, as_of, score, tier, declining und die Kategorien müssen sich ohne Rücksicht auf Groß-/Kleinschreibung unterscheiden)</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlexporter.cpp" line="161"/>
        <source>categories: the category id &quot;%1&quot; is also the name of another output column (account_id, as_of, score, tier and the categories must differ, ignoring case)</source>
        <translation>categories: die Kategorie-ID „%1“ ist auch der Name einer anderen Ausgabespalte (account_id, as_of, score, tier und die Kategorien müssen sich unterscheiden, ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlexporter.cpp" line="169"/>
        <source>an empty table or column name cannot be exported</source>
        <translation>ein leerer Tabellen- oder Spaltenname kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlexporter.cpp" line="171"/>
        <source>the name &quot;%1&quot; holds a NUL character, which SQL cannot quote</source>
        <translation>der Name „%1“ enthält ein NUL-Zeichen, das SQL nicht quotieren kann</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlexporter.cpp" line="174"/>
        <source>the name &quot;%2&quot; is longer than PostgreSQL&apos;s %1 bytes; it would be cut short</source>
        <translation>der Name „%2“ ist länger als die %1 Bytes von PostgreSQL; er würde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlexporter.cpp" line="197"/>
        <source>the value &quot;%1&quot; holds a NUL character, which SQL cannot quote</source>
        <translation>der Wert „%1“ enthält ein NUL-Zeichen, das SQL nicht quotieren kann</translation>
    </message>
</context>
<context>
    <name>SqlRecipeExporter</name>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="108"/>
        <source>an empty name cannot be an SQL identifier</source>
        <translation>ein leerer Name kann kein SQL-Bezeichner sein</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="110"/>
        <source>the name &quot;%1&quot; holds a NUL character, which SQL cannot quote</source>
        <translation>der Name „%1“ enthält ein NUL-Zeichen, das SQL nicht quotieren kann</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="112"/>
        <source>the name &quot;%1&quot; is longer than PostgreSQL&apos;s %2 bytes</source>
        <translation>der Name „%1“ ist länger als die %2 Bytes von PostgreSQL</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="116"/>
        <source>the view: %1</source>
        <translation>die View: %1</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="119"/>
        <source>&quot;%1&quot; is a column of the view itself (account_id, as_of)</source>
        <translation>„%1“ ist eine Spalte der View selbst (account_id, as_of)</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="125"/>
        <source>a text holding a NUL character cannot be an SQL literal</source>
        <translation>ein Text mit einem NUL-Zeichen kann kein SQL-Literal sein</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="146"/>
        <source>table &quot;%1&quot;</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="148"/>
        <source>the accounts table &quot;%1&quot; must be keyed by account id, not through --via</source>
        <translation>die Kontentabelle „%1“ muss über die Konto-ID verschlüsselt sein, nicht über --via</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="155"/>
        <source>%1 has the columns &quot;%2&quot; and &quot;%3&quot;, one name to SQLite</source>
        <translation>%1 hat die Spalten „%2“ und „%3“, für SQLite ein Name</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="160"/>
        <source>%1 has a column &quot;%2&quot;, to SQLite the name the SQL export gives the rows&apos; file order</source>
        <translation>%1 hat eine Spalte „%2“, für SQLite der Name, den der SQL-Export der Dateireihenfolge der Zeilen gibt</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="164"/>
        <source>the tables &quot;%1&quot; and &quot;%2&quot; have one name to SQLite</source>
        <translation>die Tabellen „%1“ und „%2“ haben für SQLite einen Namen</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="174"/>
        <source>%1 has a column &quot;%2&quot;, the name the SQL export gives the rows&apos; file order</source>
        <translation>%1 hat eine Spalte „%2“, der Name, den der SQL-Export der Dateireihenfolge der Zeilen gibt</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="179"/>
        <source>%1 is keyed through &quot;%2&quot;, whose column &quot;%3&quot; does not hold text: no row reaches an account that way</source>
        <translation>%1 ist über „%2“ verschlüsselt, dessen Spalte „%3“ keinen Text enthält: so erreicht keine Zeile ein Konto</translation>
    </message>
    <message>
        <location filename="../core/sqlexport/sqlrecipeexporter.cpp" line="191"/>
        <source>column &quot;%1&quot; holds %2 values; the SQL export reads this attribute from a text column only</source>
        <translation>Spalte „%1“ enthält %2-Werte; der SQL-Export liest dieses Attribut nur aus einer Textspalte</translation>
    </message>
</context>
<context>
    <name>StarterModel</name>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="248"/>
        <location filename="../core/analysis/startermodel.cpp" line="358"/>
        <source>a value on %1 of the outcomes, fewer than %2</source>
        <translation>ein Wert bei %1 der Ergebnisse, weniger als %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="254"/>
        <source>its values are all churned or all retained outcomes</source>
        <translation>seine Werte gehören nur zu abgewanderten oder nur zu gehaltenen Ergebnissen</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="262"/>
        <source>no signal: AUC %1 is within noise of 0.5 (|z| = %2 &lt; 1.96)</source>
        <translation>kein Signal: AUC %1 liegt im Rauschen um 0.5 (|z| = %2 &lt; 1.96)</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="302"/>
        <source>no signal: one band is left once the churn rate is monotone and neighbours differ</source>
        <translation>kein Signal: ein einziges Band bleibt, sobald die Abwanderungsrate monoton ist und Nachbarn sich unterscheiden</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="390"/>
        <source>no signal: every value is the same</source>
        <translation>kein Signal: alle Werte sind gleich</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="391"/>
        <source>no signal: no value holds %1 of the values</source>
        <translation>kein Signal: kein Wert hat %1 der Werte</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="397"/>
        <source>no signal: χ² %1 &lt; %2, the 5 % critical value for %3 degrees of freedom</source>
        <translation>kein Signal: χ² %1 &lt; %2, dem kritischen 5-%-Wert für %3 Freiheitsgrade</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="455"/>
        <source>Engagement &amp; usage</source>
        <translation>Engagement &amp; Nutzung</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="456"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="457"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="458"/>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="459"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="499"/>
        <source>the held-out share must be at least 0 and below 1, not %1</source>
        <translation>der zurückgehaltene Anteil muss mindestens 0 und unter 1 sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="501"/>
        <source>the number of bins must be between 2 and %1</source>
        <translation>die Zahl der Klassen muss zwischen 2 und %1 liegen</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="504"/>
        <source>tier edges must rise strictly between 0 and 100</source>
        <translation>Stufengrenzen müssen zwischen 0 und 100 streng steigen</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="506"/>
        <source>the workspace has no signals to build a model from; import snapshots or build signals first</source>
        <translation>der Arbeitsbereich hat keine Signale für ein Modell; zuerst Momentaufnahmen importieren oder Signale aufbauen</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="512"/>
        <source>no outcome has a snapshot at least %1 days before it (%2 outcomes in the workspace): a starter model learns from outcomes; import them, or derive them with &quot;tierlab outcomes derive&quot;</source>
        <translation>kein Ergebnis hat eine Momentaufnahme mindestens %1 Tage davor (%2 Ergebnisse im Arbeitsbereich): ein Startmodell lernt aus Ergebnissen; importieren Sie sie oder leiten Sie sie mit „tierlab outcomes derive“ ab</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="518"/>
        <location filename="../core/analysis/startermodel.cpp" line="573"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="564"/>
        <source>no value on any outcome&apos;s snapshot</source>
        <translation>kein Wert in der Momentaufnahme irgendeines Ergebnisses</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="656"/>
        <source>one outcome per row is needed</source>
        <translation>je Zeile wird ein Ergebnis gebraucht</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="659"/>
        <source>Starter model</source>
        <translation>Startmodell</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="661"/>
        <source>Built by Tierlab from %1 outcomes of %2 accounts: bands from up to %3 quantile bins merged until the churn rate is monotone, maps and flags from churn rates, each rule scored 0 (riskiest) to 100 (safest); signal weights are 100 × information value.</source>
        <translation>Von Tierlab aus %1 Ergebnissen von %2 Konten erstellt: Bänder aus bis zu %3 Quantilsklassen, zusammengelegt bis die Abwanderungsrate monoton ist, Zuordnungen und Kennzeichen aus Abwanderungsraten, jede Regel von 0 (riskanteste) bis 100 (sicherste) bewertet; Signalgewichtungen sind 100 × Informationswert.</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="700"/>
        <source>repeats %1: their scores correlate %2</source>
        <translation>wiederholt %1: ihre Scores korrelieren mit %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="723"/>
        <source>AUC %1, information value %2 on the fitted outcomes</source>
        <translation>AUC %1, Informationswert %2 auf den angepassten Ergebnissen</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="752"/>
        <source>no signal separates churned from retained outcomes (%1 fitted); nothing to build a model from</source>
        <translation>kein Signal trennt abgewanderte von gehaltenen Ergebnissen (%1 angepasst); nichts, woraus ein Modell entstehen kann</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="758"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="759"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="760"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../core/analysis/startermodel.cpp" line="772"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="26"/>
        <location filename="../ui/designer/structureedits.cpp" line="41"/>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="28"/>
        <source>A model has at most %1 categories.</source>
        <translation>Ein Modell hat höchstens %1 Kategorien.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="35"/>
        <source>Add category %1</source>
        <translation>Kategorie %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="44"/>
        <location filename="../ui/designer/structureedits.cpp" line="65"/>
        <source>No such category.</source>
        <translation>Keine solche Kategorie.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="46"/>
        <source>Rename category %1 to %2</source>
        <translation>Kategorie %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="57"/>
        <source>Move category %1 up</source>
        <translation>Kategorie %1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="58"/>
        <source>Move category %1 down</source>
        <translation>Kategorie %1 nach unten verschieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/structureedits.cpp" line="70"/>
        <source>%1 still has %n signal(s): move them to another category or remove them first.</source>
        <translation>
            <numerusform>%1 hat noch %n Signal: Dieses zuerst in eine andere Kategorie verschieben oder entfernen.</numerusform>
            <numerusform>%1 hat noch %n Signale: Diese zuerst in eine andere Kategorie verschieben oder entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="74"/>
        <source>Remove category %1</source>
        <translation>Kategorie %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="80"/>
        <source>Choose the column the signal reads.</source>
        <translation>Die Spalte wählen, die das Signal liest.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="83"/>
        <source>Add signal %1</source>
        <translation>Signal %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="89"/>
        <source>A signal needs a name.</source>
        <translation>Ein Signal braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="92"/>
        <location filename="../ui/designer/structureedits.cpp" line="134"/>
        <source>No such signal.</source>
        <translation>Kein solches Signal.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="94"/>
        <source>Rename signal %1 to %2</source>
        <translation>Signal %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="111"/>
        <source>Move signal %1 up</source>
        <translation>Signal %1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="112"/>
        <source>Move signal %1 down</source>
        <translation>Signal %1 nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="120"/>
        <source>No such signal or category.</source>
        <translation>Kein solches Signal und keine solche Kategorie.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="127"/>
        <source>Move signal %1 to %2</source>
        <translation>Signal %1 nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="141"/>
        <source>penalty &quot;%1&quot;</source>
        <translation>Abzug „%1“</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="145"/>
        <source>override &quot;%1&quot;</source>
        <translation>Übersteuerung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="148"/>
        <source>%1 cannot be removed: %2 use(s) its column %3. Change or remove them first (Penalties and overrides → Edit…).</source>
        <translation>%1 kann nicht entfernt werden: %2 verwendet/verwenden seine Spalte %3. Diese zuerst ändern oder entfernen (Abzüge und Übersteuerungen → Bearbeiten…).</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="154"/>
        <source>Remove signal %1</source>
        <translation>Signal %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="160"/>
        <source>A model has at most %1 tiers here.</source>
        <translation>Ein Modell hat hier höchstens %1 Stufen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="162"/>
        <source>There is already a tier &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Stufe „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="168"/>
        <source>Add tier %1</source>
        <translation>Stufe %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="174"/>
        <location filename="../ui/designer/structureedits.cpp" line="193"/>
        <source>No such tier.</source>
        <translation>Keine solche Stufe.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="187"/>
        <source>Change tier %1</source>
        <translation>Stufe %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="195"/>
        <source>A model needs at least %1 tiers.</source>
        <translation>Ein Modell braucht mindestens %1 Stufen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/structureedits.cpp" line="202"/>
        <source>Remove tier %1</source>
        <translation>Stufe %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Survival</name>
    <message>
        <location filename="../core/analysis/survival.cpp" line="130"/>
        <source>no churn in the reference tier</source>
        <translation>keine Abwanderung in der Referenzstufe</translation>
    </message>
    <message>
        <location filename="../core/analysis/survival.cpp" line="130"/>
        <source>no churn in this tier</source>
        <translation>keine Abwanderung in dieser Stufe</translation>
    </message>
    <message>
        <location filename="../core/analysis/survival.cpp" line="147"/>
        <source>The workspace has no snapshots.</source>
        <translation>Der Arbeitsbereich hat keine Momentaufnahmen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/survival.cpp" line="159"/>
        <source>No outcome has a date: survival needs dated churn and retained outcomes.</source>
        <translation>Kein Ergebnis hat ein Datum: das Überleben braucht datierte Abwanderungs- und Halteergebnisse.</translation>
    </message>
    <message>
        <location filename="../core/analysis/survival.cpp" line="168"/>
        <source>No snapshot on or before %1: the first is %2.</source>
        <translation>Keine Momentaufnahme an oder vor %1: die erste ist vom %2.</translation>
    </message>
    <message>
        <location filename="../core/analysis/survival.cpp" line="238"/>
        <source>no account in this tier</source>
        <translation>kein Konto in dieser Stufe</translation>
    </message>
    <message>
        <location filename="../core/analysis/survival.cpp" line="238"/>
        <source>the reference tier</source>
        <translation>die Referenzstufe</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="292"/>
        <source>%1: a table needs a name (--name)</source>
        <translation>%1: eine Tabelle braucht einen Namen (--name)</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="294"/>
        <source>%1: a table needs a key column (--key)</source>
        <translation>%1: eine Tabelle braucht eine Schlüsselspalte (--key)</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="306"/>
        <source>%1: no column &quot;%2&quot; (%3); the columns are: %4</source>
        <translation>%1: keine Spalte „%2“ (%3); die Spalten sind: %4</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="323"/>
        <source>%1: --end needs --time (the start of each interval)</source>
        <translation>%1: --end braucht --time (den Beginn jedes Intervalls)</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="331"/>
        <source>%1: the column name &quot;%2&quot; appears twice in the header (columns %3 and %4)</source>
        <translation>%1: der Spaltenname „%2“ kommt in der Kopfzeile zweimal vor (Spalten %3 und %4)</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="340"/>
        <source>%1: --via %2: no table of that name in the workspace; import it first</source>
        <translation>%1: --via %2: keine Tabelle dieses Namens im Arbeitsbereich; sie zuerst importieren</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="346"/>
        <source>%1: --via %2: that table has no column &quot;%3&quot; to look the key up in</source>
        <translation>%1: --via %2: diese Tabelle hat keine Spalte „%3“, in der der Schlüssel nachgeschlagen werden kann</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="349"/>
        <source>%1: --via %2: that table is itself keyed through &quot;%3&quot;; --via needs a table keyed by account id</source>
        <translation>%1: --via %2: diese Tabelle ist selbst über „%3“ verknüpft; --via braucht eine Tabelle mit der Konto-ID als Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="355"/>
        <source>%1: the workspace has a table named &quot;%2&quot; already; give --replace to replace it</source>
        <translation>%1: der Arbeitsbereich hat bereits eine Tabelle namens „%2“; mit --replace wird sie ersetzt</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="385"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="488"/>
        <source>%1: the import was cancelled; nothing was stored</source>
        <translation>%1: der Import wurde abgebrochen; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="493"/>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="497"/>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="502"/>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="506"/>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="514"/>
        <source>the time is empty</source>
        <translation>die Zeit ist leer</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="515"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="526"/>
        <source>&quot;%1&quot; is not a date (leave it empty for a row still open)</source>
        <translation>„%1“ ist kein Datum (für eine noch offene Zeile leer lassen)</translation>
    </message>
    <message>
        <location filename="../core/tables/tableimporter.cpp" line="572"/>
        <source>%1: all %2 rows were rejected, nothing was stored; the first, line %3%4: %5</source>
        <translation>%1: alle %2 Zeilen wurden abgewiesen, nichts wurde gespeichert; die erste, Zeile %3%4: %5</translation>
    </message>
</context>
<context>
    <name>ThresholdProposal</name>
    <message>
        <location filename="../core/analysis/thresholdproposal.cpp" line="32"/>
        <location filename="../core/analysis/thresholdproposal.cpp" line="70"/>
        <source>The model has a single tier: there is no edge to move.</source>
        <translation>Das Modell hat nur eine Stufe: Es gibt keine Schwelle zu verschieben.</translation>
    </message>
    <message>
        <location filename="../core/analysis/thresholdproposal.cpp" line="37"/>
        <source>The capacity must be zero or more accounts.</source>
        <translation>Die Kapazität muss null oder mehr Konten betragen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/thresholdproposal.cpp" line="52"/>
        <source>%n account(s) score %1 or less: no edge leaves at most %2 in the first tier.</source>
        <translation>
            <numerusform>%n Konto hat einen Score von %1 oder weniger: Keine Schwelle lässt höchstens %2 in der ersten Stufe.</numerusform>
            <numerusform>%n Konten haben einen Score von %1 oder weniger: Keine Schwelle lässt höchstens %2 in der ersten Stufe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/thresholdproposal.cpp" line="75"/>
        <source>The target churn rate must lie between 0 and 1.</source>
        <translation>Die Ziel-Abwanderungsquote muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/thresholdproposal.cpp" line="104"/>
        <source>No edge above %1 keeps the best tier&apos;s churn rate at or below %2 %.</source>
        <translation>Keine Schwelle über %1 hält die Abwanderungsquote der besten Stufe bei höchstens %2 %.</translation>
    </message>
</context>
<context>
    <name>TierPalette</name>
    <message>
        <location filename="../ui/charts/tierpalette.cpp" line="25"/>
        <source>Unscored</source>
        <translation>Ohne Score</translation>
    </message>
</context>
<context>
    <name>TierPaths</name>
    <message>
        <location filename="../core/analysis/tierpaths.cpp" line="48"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="18"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/designer/rulesummary.cpp" line="18"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../core/store/workspace.cpp" line="37"/>
        <source>%1: the signal catalogue is damaged: signal &quot;%2&quot; %3</source>
        <translation>%1: der Signalkatalog ist beschädigt: Signal „%2“ %3</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="42"/>
        <source>has index %1 (0 to 65535 expected)</source>
        <translation>hat den Index %1 (0 bis 65535 erwartet)</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="45"/>
        <source>has the unknown type &quot;%1&quot;</source>
        <translation>hat den unbekannten Typ „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="47"/>
        <source>has the unknown role &quot;%1&quot;</source>
        <translation>hat die unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="191"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="193"/>
        <source>%1: the file exists already</source>
        <translation>%1: die Datei existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="195"/>
        <source>%1: is a folder, not a workspace file</source>
        <translation>%1: ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="201"/>
        <source>%1: the file is empty (0 bytes), not a Tierlab workspace; nothing was written to it</source>
        <translation>%1: Die Datei ist leer (0 Byte), kein Tierlab-Arbeitsbereich; es wurde nichts hineingeschrieben</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="210"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="212"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="229"/>
        <source>%1: not a Tierlab workspace (%2)</source>
        <translation>%1: kein Tierlab-Arbeitsbereich (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="220"/>
        <source>%1: the workspace is damaged (%2); nothing was written to it. `tierlab check --workspace FILE` lists what is wrong</source>
        <translation>%1: der Arbeitsbereich ist beschädigt (%2); nichts wurde hineingeschrieben. `tierlab check --workspace DATEI` listet, was nicht stimmt</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="119"/>
        <source>%1: the workspace is locked by another program writing to it (a signal build or an import, say); try again once it has finished</source>
        <translation>%1: der Arbeitsbereich ist von einem anderen Programm gesperrt, das in ihn schreibt (etwa ein Signal-Aufbau oder ein Import); bitte erneut versuchen, sobald es fertig ist</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="257"/>
        <source>%1: not a Tierlab workspace (an empty SQLite database)</source>
        <translation>%1: kein Tierlab-Arbeitsbereich (eine leere SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="260"/>
        <source>%1: not a Tierlab workspace (a SQLite database of another application)</source>
        <translation>%1: kein Tierlab-Arbeitsbereich (eine SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="263"/>
        <source>%1: the workspace was written by a newer Tierlab (schema version %2; this version reads up to %3)</source>
        <translation>%1: der Arbeitsbereich wurde von einem neueren Tierlab geschrieben (Schemaversion %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="284"/>
        <location filename="../core/store/workspace.cpp" line="288"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="321"/>
        <source>a transaction is already open</source>
        <translation>eine Transaktion ist bereits offen</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="355"/>
        <source>no transaction is open</source>
        <translation>keine Transaktion ist offen</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="463"/>
        <source>too many signals: a workspace holds at most 65,536</source>
        <translation>zu viele Signale: ein Arbeitsbereich fasst höchstens 65.536</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="485"/>
        <location filename="../core/store/workspacetables.cpp" line="285"/>
        <source>an account needs an id</source>
        <translation>ein Konto braucht eine ID</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="516"/>
        <source>no account with id %1</source>
        <translation>kein Konto mit der ID %1</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="551"/>
        <location filename="../core/store/workspace.cpp" line="584"/>
        <source>a snapshot needs a valid as_of date</source>
        <translation>eine Momentaufnahme braucht einen gültigen Stichtag</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="761"/>
        <location filename="../core/store/workspace.cpp" line="771"/>
        <location filename="../core/store/workspacehistory.cpp" line="89"/>
        <source>%1: the snapshot changed while it was read</source>
        <translation>%1: die Momentaufnahme hat sich beim Lesen geändert</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="766"/>
        <location filename="../core/store/workspacehistory.cpp" line="123"/>
        <source>%1: the values of account %2 on %3 are damaged</source>
        <translation>%1: die Werte von Konto %2 am %3 sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="784"/>
        <source>%1: the workspace has no snapshots yet</source>
        <translation>%1: der Arbeitsbereich hat noch keine Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../core/store/workspace.cpp" line="796"/>
        <source>an outcome needs a date or the snapshot it belongs to</source>
        <translation>ein Ergebnis braucht ein Datum oder die zugehörige Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceversions.cpp" line="24"/>
        <source>a model version needs a name</source>
        <translation>eine Modellversion braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceversions.cpp" line="74"/>
        <source>%1: no model version with id %2</source>
        <translation>%1: keine Modellversion mit der ID %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceversions.cpp" line="90"/>
        <source>%1: no model version named &quot;%2&quot;</source>
        <translation>%1: keine Modellversion namens „%2“</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceversions.cpp" line="130"/>
        <source>%1: no model is published; publish a saved version with &quot;tierlab model publish --workspace W --name NAME&quot;</source>
        <translation>%1: kein Modell ist veröffentlicht; eine gespeicherte Version mit „tierlab model publish --workspace W --name NAME“ veröffentlichen</translation>
    </message>
    <message>
        <location filename="../core/store/workspacesummary.cpp" line="103"/>
        <source>%1: snapshot values are damaged</source>
        <translation>%1: Werte der Momentaufnahme sind beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/workspacehistory.cpp" line="103"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/store/workspacetables.cpp" line="70"/>
        <source>%1: no table named &quot;%2&quot;</source>
        <translation>%1: keine Tabelle namens „%2“</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="60"/>
        <location filename="../core/store/workspaceundo.cpp" line="65"/>
        <source>%1: cannot record the import for undo: %2</source>
        <translation>%1: Der Import kann nicht zum Rückgängigmachen aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="117"/>
        <source>%1: cannot undo an import while another change is being written</source>
        <translation>%1: Ein Import kann nicht rückgängig gemacht werden, während eine andere Änderung geschrieben wird</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="122"/>
        <source>%1: there is no import to undo</source>
        <translation>%1: Es gibt keinen Import, der rückgängig gemacht werden kann</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="124"/>
        <source>the last import (%1, %2 of %3)</source>
        <translation>der letzte Import (%1, %2 vom %3)</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="127"/>
        <source>%1: %2 cannot be undone: the workspace keeps no undo record of imports of files over %3 MB, of builds writing over %4 snapshot rows, of imports older than the last %5, or of imports made before undo existed</source>
        <translation>%1: %2 kann nicht zurückgenommen werden: der Arbeitsbereich bewahrt keine Rücknahme-Daten für Importe von Dateien über %3 MB, für Builds, die mehr als %4 Momentaufnahme-Zeilen schreiben, für Importe vor den letzten %5 und für Importe aus der Zeit vor der Rücknahme-Funktion</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="192"/>
        <source>%1: undoing %2 would leave rows of %3 without their %4; nothing was changed</source>
        <translation>%1: die Rücknahme von %2 ließe Zeilen von %3 ohne ihr %4 zurück; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="161"/>
        <source>%1: the undo record of the last import has gone</source>
        <translation>%1: Die Aufzeichnung zum Rückgängigmachen des letzten Imports ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="165"/>
        <source>%1: the undo record of the last import is damaged</source>
        <translation>%1: Die Aufzeichnung zum Rückgängigmachen des letzten Imports ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="179"/>
        <source>%1: %2 cannot be undone exactly: a later change touched the same rows (table %3); nothing was changed</source>
        <translation>%1: %2 kann nicht genau rückgängig gemacht werden: Eine spätere Änderung hat dieselben Zeilen berührt (Tabelle %3); nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceundo.cpp" line="182"/>
        <source>%1: undoing %2 failed: %3</source>
        <translation>%1: Das Rückgängigmachen von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="76"/>
        <source>a manual override needs an account id</source>
        <translation>eine manuelle Übersteuerung braucht eine Konto-ID</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="79"/>
        <source>manual override of account &quot;%1&quot;: give either a tier or a score, not %2</source>
        <translation>manuelle Übersteuerung von Konto „%1“: entweder eine Stufe oder einen Score angeben, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="80"/>
        <source>both</source>
        <translation>beides</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="80"/>
        <source>neither</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="83"/>
        <source>manual override of account &quot;%1&quot;: the score must be between 0 and 100, not %2</source>
        <translation>manuelle Übersteuerung von Konto „%1“: der Score muss zwischen 0 und 100 liegen, nicht %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="87"/>
        <source>manual override of account &quot;%1&quot;: a reason is required</source>
        <translation>manuelle Übersteuerung von Konto „%1“: ein Grund ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="89"/>
        <source>manual override of account &quot;%1&quot;: an author is required</source>
        <translation>manuelle Übersteuerung von Konto „%1“: ein Urheber ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="92"/>
        <source>manual override of account &quot;%1&quot;: the expiry date %2 must be after the day it is set (%3)</source>
        <translation>manuelle Übersteuerung von Konto „%1“: das Ablaufdatum %2 muss nach dem Tag liegen, an dem sie gesetzt wird (%3)</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="97"/>
        <source>%1: no account &quot;%2&quot;</source>
        <translation>%1: kein Konto „%2“</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="150"/>
        <source>%1: no manual override with id %2</source>
        <translation>%1: keine manuelle Übersteuerung mit der ID %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="154"/>
        <source>manual override %1 of account &quot;%2&quot; was cleared already on %3</source>
        <translation>manuelle Übersteuerung %1 von Konto „%2“ wurde bereits am %3 aufgehoben</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="159"/>
        <source>manual override %1 of account &quot;%2&quot; expired on %3</source>
        <translation>manuelle Übersteuerung %1 von Konto „%2“ ist am %3 abgelaufen</translation>
    </message>
    <message>
        <location filename="../core/store/workspaceoverrides.cpp" line="177"/>
        <source>%1: account &quot;%2&quot; has no active manual override</source>
        <translation>%1: Konto „%2“ hat keine aktive manuelle Übersteuerung</translation>
    </message>
    <message>
        <location filename="../core/store/sqlitestatement.cpp" line="97"/>
        <source>%1: cannot write the file: it would grow past this process&apos;s file size limit (ulimit -f, %2 bytes); nothing of this change was kept</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: Sie würde die Dateigrößenbegrenzung dieses Prozesses überschreiten (ulimit -f, %2 Byte); von dieser Änderung wurde nichts übernommen</translation>
    </message>
    <message>
        <location filename="../core/store/sqlitestatement.cpp" line="106"/>
        <source>%1: a change to it was interrupted and the file is read-only, so it cannot be rolled back (%1-journal is beside it): make the file and its folder writable, then open it again</source>
        <translation>%1: Eine Änderung wurde unterbrochen und die Datei ist schreibgeschützt, daher kann sie nicht zurückgesetzt werden (%1-journal liegt daneben): Machen Sie die Datei und ihren Ordner beschreibbar und öffnen Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../core/store/sqlitestatement.cpp" line="113"/>
        <source>%1: cannot write the file: it is read-only (the file or its folder)</source>
        <translation>%1: die Datei kann nicht geschrieben werden: sie ist schreibgeschützt (die Datei oder ihr Ordner)</translation>
    </message>
    <message>
        <location filename="../core/store/sqlitestatement.cpp" line="116"/>
        <source>%1: cannot write the file: the disk is full (nothing of this change was kept)</source>
        <translation>%1: die Datei kann nicht geschrieben werden: der Datenträger ist voll (von dieser Änderung wurde nichts behalten)</translation>
    </message>
    <message>
        <location filename="../core/store/sqlitestatement.cpp" line="119"/>
        <source>%1: cannot open the file or its journal: %2 (is the folder read-only?)</source>
        <translation>%1: die Datei oder ihr Journal kann nicht geöffnet werden: %2 (ist der Ordner schreibgeschützt?)</translation>
    </message>
    <message>
        <location filename="../core/store/sqlitestatement.cpp" line="122"/>
        <source>%1: disk I/O error: %2</source>
        <translation>%1: Ein-/Ausgabefehler des Datenträgers: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sqlitestatement.cpp" line="124"/>
        <source>%1: the workspace is damaged (%2); `tierlab check --workspace FILE` lists what is wrong</source>
        <translation>%1: der Arbeitsbereich ist beschädigt (%2); `tierlab check --workspace DATEI` listet, was nicht stimmt</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="62"/>
        <source>and %1 more findings of this check, not listed</source>
        <translation>und %1 weitere Befunde dieser Prüfung, nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="89"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="95"/>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="99"/>
        <source>not a SQLite database (the file does not start with a SQLite header)</source>
        <translation>keine SQLite-Datenbank (die Datei beginnt nicht mit einem SQLite-Header)</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="106"/>
        <source>the header&apos;s page size %1 is not valid</source>
        <translation>die Seitengröße %1 im Header ist nicht gültig</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="113"/>
        <source>the file is %1 bytes, not a whole number of %2-byte pages: it was cut short</source>
        <translation>die Datei hat %1 Bytes, keine ganze Zahl von Seiten zu %2 Bytes: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="122"/>
        <source>the file is %1 bytes but its header counts %2 pages of %3 bytes (%4 bytes): it was cut short</source>
        <translation>die Datei hat %1 Bytes, ihr Header zählt aber %2 Seiten zu %3 Bytes (%4 Bytes): sie wurde abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="134"/>
        <location filename="../core/store/workspacecheck.cpp" line="138"/>
        <source>cannot read the schema: %1</source>
        <translation>das Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="144"/>
        <source>the table is missing (schema version %1 has it)</source>
        <translation>die Tabelle fehlt (Schemaversion %1 hat sie)</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="147"/>
        <source>the table belongs to schema version %1 but the file says version %2: the version was changed</source>
        <translation>die Tabelle gehört zu Schemaversion %1, die Datei nennt aber Version %2: die Version wurde geändert</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="208"/>
        <source>rowid %1</source>
        <translation>rowid %1</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="209"/>
        <source>refers to a row of %1 that does not exist</source>
        <translation>verweist auf eine Zeile von %1, die es nicht gibt</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="227"/>
        <source>signal &quot;%1&quot;</source>
        <translation>Signal „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="231"/>
        <source>index %1 (0 to 65535 expected)</source>
        <translation>Index %1 (0 bis 65535 erwartet)</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="235"/>
        <source>the unknown type &quot;%1&quot;</source>
        <translation>der unbekannte Typ „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="237"/>
        <source>the unknown role &quot;%1&quot;</source>
        <translation>die unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="254"/>
        <source>as_of %1, account %2</source>
        <translation>Stichtag %1, Konto %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="256"/>
        <source>the as_of is not a date</source>
        <translation>der Stichtag ist kein Datum</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="269"/>
        <source>the values do not decode (%1 bytes)</source>
        <translation>die Werte lassen sich nicht dekodieren (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="271"/>
        <source>a value of signal index %1, which the catalogue does not have</source>
        <translation>ein Wert von Signalindex %1, den der Katalog nicht kennt</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="288"/>
        <source>pk %1</source>
        <translation>pk %1</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="290"/>
        <source>the unknown kind &quot;%1&quot;</source>
        <translation>die unbekannte Art „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="292"/>
        <source>a negative row count</source>
        <translation>eine negative Zeilenzahl</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="296"/>
        <source>a start or finish time that is not a date-time</source>
        <translation>eine Start- oder Endzeit, die kein Zeitpunkt ist</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="298"/>
        <source>finished before it started</source>
        <translation>vor dem Start beendet</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="316"/>
        <source>table &quot;%1&quot;</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="320"/>
        <source>the column list is not a JSON array</source>
        <translation>die Spaltenliste ist kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="324"/>
        <source>%1 rows in chunks of %2</source>
        <translation>%1 Zeilen in Blöcken zu %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="336"/>
        <source>chunks of column %1, which the table does not have</source>
        <translation>Blöcke von Spalte %1, die die Tabelle nicht hat</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="338"/>
        <source>column %1 has %2 chunks, %3 expected for %4 rows</source>
        <translation>Spalte %1 hat %2 Blöcke, %3 erwartet für %4 Zeilen</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="347"/>
        <source>column %1 has no chunks, %2 expected</source>
        <translation>Spalte %1 hat keine Blöcke, %2 erwartet</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="369"/>
        <source>the model is not valid JSON</source>
        <translation>das Modell ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="373"/>
        <source>the published model is not a saved version</source>
        <translation>das veröffentlichte Modell ist keine gespeicherte Version</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="376"/>
        <source>names a model version that is not saved</source>
        <translation>nennt eine Modellversion, die nicht gespeichert ist</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="412"/>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="451"/>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="453"/>
        <source>%1: is a folder, not a workspace file</source>
        <translation>%1: ist ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="483"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="483"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="494"/>
        <source>cannot read the header: %1</source>
        <translation>der Header kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="499"/>
        <source>not a Tierlab workspace (application id %1)</source>
        <translation>kein Tierlab-Arbeitsbereich (Anwendungs-ID %1)</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="504"/>
        <source>schema version %1; this Tierlab reads up to %2</source>
        <translation>Schemaversion %1; dieses Tierlab liest bis %2</translation>
    </message>
    <message>
        <location filename="../core/store/workspacecheck.cpp" line="506"/>
        <source>schema version %1 is not valid</source>
        <translation>Schemaversion %1 ist nicht gültig</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <location filename="../core/io/xlsxworkbook.cpp" line="75"/>
        <location filename="../core/io/xlsxworkbook.cpp" line="186"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxworkbook.cpp" line="80"/>
        <location filename="../core/io/xlsxworkbook.cpp" line="84"/>
        <source>%1: cannot create the workbook</source>
        <translation>%1: die Arbeitsmappe kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxworkbook.cpp" line="173"/>
        <location filename="../core/io/xlsxworkbook.cpp" line="175"/>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: die Arbeitsmappe kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tierlab::AccountsModel</name>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="84"/>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="84"/>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="85"/>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="181"/>
        <source>unscored</source>
        <translation>ohne Score</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="232"/>
        <source>Manual override, %1</source>
        <translation>Manuelle Übersteuerung, %1</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="244"/>
        <source>not scored: too few signals have a value</source>
        <translation>nicht bewertet: zu wenige Signale haben einen Wert</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="267"/>
        <source>Current score minus the baseline model&apos;s score</source>
        <translation>Aktueller Score minus Score des Referenzmodells</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="269"/>
        <source>Share of the model&apos;s signal weight that has a value for this account</source>
        <translation>Anteil der Signalgewichtung des Modells, für den dieses Konto einen Wert hat</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="272"/>
        <source>What the saved baseline model gives this account</source>
        <translation>Was das gespeicherte Referenzmodell diesem Konto gibt</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="281"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="283"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="285"/>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="287"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="289"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="291"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="293"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="295"/>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="297"/>
        <source>Baseline tier</source>
        <translation>Referenzstufe</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="299"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/accountsmodel.cpp" line="301"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
</context>
<context>
    <name>tierlab::ColumnMappingModel</name>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="85"/>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="87"/>
        <source>account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="89"/>
        <source>as_of date</source>
        <translation>Stichtag (as_of)</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="91"/>
        <source>account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="93"/>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="95"/>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="97"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="99"/>
        <source>renewal date</source>
        <translation>Verlängerungsdatum</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="101"/>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="103"/>
        <source>churn label</source>
        <translation>Abwanderungskennzeichen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="105"/>
        <source>outcome date</source>
        <translation>Ergebnisdatum</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="107"/>
        <source>outcome kind</source>
        <translation>Ergebnisart</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="109"/>
        <source>ARR change</source>
        <translation>ARR-Änderung</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="118"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="120"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="122"/>
        <source>flag</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="124"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="230"/>
        <source>Stored as the number of days before as_of</source>
        <translation>Gespeichert als Anzahl der Tage vor dem Stichtag</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="232"/>
        <source>The role %1 fixes the type; a value that does not read as %2 rejects its row</source>
        <translation>Die Rolle %1 legt den Typ fest; ein Wert, der sich nicht als %2 lesen lässt, weist seine Zeile ab</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="236"/>
        <source>The signal&apos;s id in the workspace</source>
        <translation>Die ID des Signals im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="297"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="299"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="301"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="303"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/columnmappingmodel.cpp" line="305"/>
        <source>Signal id</source>
        <translation>Signal-ID</translation>
    </message>
</context>
<context>
    <name>tierlab::CsvPreviewModel</name>
    <message>
        <location filename="../core/itemmodels/csvpreviewmodel.cpp" line="63"/>
        <source>Line %1: expected %2 fields, found %3. The import will reject this row.</source>
        <translation>Zeile %1: %2 Felder erwartet, %3 gefunden. Der Import wird diese Zeile abweisen.</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/csvpreviewmodel.cpp" line="83"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/csvpreviewmodel.cpp" line="90"/>
        <source>(extra field %1)</source>
        <translation>(zusätzliches Feld %1)</translation>
    </message>
</context>
<context>
    <name>tierlab::DesignerSession</name>
    <message>
        <location filename="../core/engine/designersession.cpp" line="72"/>
        <source>The baseline model does not fit this snapshot: %1</source>
        <translation>Das Referenzmodell passt nicht zu dieser Momentaufnahme: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="133"/>
        <location filename="../core/engine/designersession.cpp" line="151"/>
        <source>No snapshot to load</source>
        <translation>Keine Momentaufnahme zum Laden</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="261"/>
        <source>Tier %1 has no movable threshold</source>
        <translation>Stufe %1 hat keine verschiebbare Schwelle</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="435"/>
        <source>Starter model</source>
        <translation>Startmodell</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="436"/>
        <source>Generated from the workspace&apos;s signals; no seed model fits it.</source>
        <translation>Aus den Signalen des Arbeitsbereichs erzeugt; kein Vorlagenmodell passt dazu.</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="447"/>
        <location filename="../core/engine/designersession.cpp" line="466"/>
        <source>Measures</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="452"/>
        <source>Flags</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="457"/>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="467"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="468"/>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location filename="../core/engine/designersession.cpp" line="469"/>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
</context>
<context>
    <name>tierlab::EventTablesModel</name>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="53"/>
        <source>(no time)</source>
        <translation>(keine Zeit)</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="55"/>
        <source>(no dated rows)</source>
        <translation>(keine datierten Zeilen)</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="56"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="58"/>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="82"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="84"/>
        <source>Time column: %1</source>
        <translation>Zeitspalte: %1</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="86"/>
        <source>End column: %1</source>
        <translation>Endspalte: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="87"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="91"/>
        <source>Imported without a time column: no signal can be built from its rows</source>
        <translation>Ohne Zeitspalte importiert: aus ihren Zeilen lässt sich kein Signal aufbauen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="92"/>
        <source>Earliest and latest date in column %1</source>
        <translation>Frühestes und spätestes Datum in Spalte %1</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="94"/>
        <source>Column %1 holds the account id</source>
        <translation>Spalte %1 enthält die Konto-ID</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="95"/>
        <source>Column %1 leads to the account through table %2</source>
        <translation>Spalte %1 führt über Tabelle %2 zum Konto</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="99"/>
        <source>%1 of %2 distinct keys name a known account</source>
        <translation>%1 von %2 verschiedenen Schlüsseln nennen ein bekanntes Konto</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="104"/>
        <source>Every key names a known account</source>
        <translation>Jeder Schlüssel nennt ein bekanntes Konto</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="105"/>
        <source>%1 rows name no known account. First unmatched keys: %2</source>
        <translation>%1 Zeilen nennen kein bekanntes Konto. Erste nicht zugeordnete Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="129"/>
        <source>The table&apos;s name in the workspace</source>
        <translation>Der Name der Tabelle im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="129"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="131"/>
        <source>Rows stored</source>
        <translation>Gespeicherte Zeilen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="131"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="133"/>
        <source>Earliest and latest row date</source>
        <translation>Frühestes und spätestes Datum der Zeilen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="133"/>
        <source>Time span</source>
        <translation>Zeitspanne</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="135"/>
        <source>The column that leads each row to its account</source>
        <translation>Die Spalte, die jede Zeile zu ihrem Konto führt</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="135"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="137"/>
        <source>Distinct keys that name a known account</source>
        <translation>Verschiedene Schlüssel, die ein bekanntes Konto nennen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="137"/>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="139"/>
        <source>Distinct keys that name no known account</source>
        <translation>Verschiedene Schlüssel, die kein bekanntes Konto nennen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="139"/>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/eventtablesmodel.cpp" line="183"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>tierlab::ModelDiffModel</name>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="40"/>
        <source>+ added</source>
        <translation>+ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="41"/>
        <source>- removed</source>
        <translation>- entfernt</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="42"/>
        <source>~ changed</source>
        <translation>~ geändert</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="50"/>
        <source>Identical: no differences</source>
        <translation>Identisch: keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="68"/>
        <source>%n weight(s)</source>
        <translation>
            <numerusform>%n Gewichtung</numerusform>
            <numerusform>%n Gewichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="70"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="72"/>
        <source>%n tier threshold(s)</source>
        <translation>
            <numerusform>%n Stufenschwelle</numerusform>
            <numerusform>%n Stufenschwellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="74"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="76"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="78"/>
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n andere Änderung</numerusform>
            <numerusform>%n andere Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="80"/>
        <source>%n difference(s): %1</source>
        <extracomment>%1 lists the kinds of difference, e.g. &quot;2 weight(s), 1 added&quot;</extracomment>
        <translation>
            <numerusform>%n Unterschied: %1</numerusform>
            <numerusform>%n Unterschiede: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="121"/>
        <source>(whole item)</source>
        <translation>(ganzer Eintrag)</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="133"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="134"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="135"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="136"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="137"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/modeldiffmodel.cpp" line="138"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>tierlab::RejectsModel</name>
    <message>
        <location filename="../core/itemmodels/rejectsmodel.cpp" line="35"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/rejectsmodel.cpp" line="37"/>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/rejectsmodel.cpp" line="53"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/rejectsmodel.cpp" line="55"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/rejectsmodel.cpp" line="57"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>tierlab::SignalCoverageModel</name>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="38"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="40"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="42"/>
        <source>flag</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="48"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="62"/>
        <source>Signal id: %1</source>
        <translation>Signal-ID: %1</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="75"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="77"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="79"/>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <location filename="../core/itemmodels/signalcoveragemodel.cpp" line="81"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
</context>
<context>
    <name>tierlab::WorkspaceSession</name>
    <message>
        <location filename="../core/session/workspacesession.cpp" line="150"/>
        <location filename="../core/session/workspacesession.cpp" line="183"/>
        <location filename="../core/session/workspacesession.cpp" line="337"/>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich ist geöffnet</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::AccountChart</name>
    <message>
        <location filename="../ui/account/accountchart.cpp" line="25"/>
        <source>The score week by week over the tier bands of the model in force; a dashed line marks where the published model changed</source>
        <translation>Der Score Woche für Woche vor den Stufenbändern des jeweils geltenden Modells; eine gestrichelte Linie markiert, wo sich das veröffentlichte Modell geändert hat</translation>
    </message>
    <message>
        <location filename="../ui/account/accountchart.cpp" line="33"/>
        <location filename="../ui/account/accountchart.cpp" line="111"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::AccountPage</name>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="376"/>
        <location filename="../ui/account/accountpage.cpp" line="422"/>
        <location filename="../ui/account/accountpage.cpp" line="426"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="63"/>
        <source>cleared %1</source>
        <translation>aufgehoben %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="65"/>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="67"/>
        <source>in force until %1</source>
        <translation>in Kraft bis %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="67"/>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="69"/>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="70"/>
        <source>%1 %2 — %3 (%4, set %5; %6)</source>
        <translation>%1 %2 — %3 (%4, gesetzt %5; %6)</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="92"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="93"/>
        <source>Back to the page the account was opened from</source>
        <translation>Zurück zur Seite, von der aus das Konto geöffnet wurde</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="96"/>
        <location filename="../ui/account/accountpage.cpp" line="267"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="104"/>
        <source>Set CSM &amp;Override…</source>
        <translation>CSM-Ü&amp;bersteuerung setzen…</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="106"/>
        <source>Place this account in a tier, or give it a score, whatever the model says (with a reason)</source>
        <translation>Dieses Konto in eine Stufe setzen oder ihm ein Ergebnis geben, gleich was das Modell sagt (mit Begründung)</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="107"/>
        <source>C&amp;lear Override</source>
        <translation>Übersteuerung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="109"/>
        <source>End this account&apos;s CSM overrides in force; they stay listed as cleared</source>
        <translation>Die geltenden CSM-Übersteuerungen dieses Kontos beenden; sie bleiben als aufgehoben aufgeführt</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="114"/>
        <source>Before the first &amp;publication:</source>
        <translation>Vor der ersten &amp;Veröffentlichung:</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="117"/>
        <source>Every week is scored with the model published then; the weeks before the first publication (all of them when none was published) with this one</source>
        <translation>Jede Woche wird mit dem damals veröffentlichten Modell bewertet; die Wochen vor der ersten Veröffentlichung (alle, wenn keines veröffentlicht wurde) mit diesem</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="148"/>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="151"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="151"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="151"/>
        <location filename="../ui/account/accountpage.cpp" line="164"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="151"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="151"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="151"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="152"/>
        <source>Model change</source>
        <translation>Modellwechsel</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="152"/>
        <source>What moved it</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="153"/>
        <source>Newest first. Change: since the account&apos;s previous scored week; behaviour: the part its data caused under last week&apos;s model; model change: the part the newly published model caused on this week&apos;s data</source>
        <translation>Neueste zuerst. Änderung: seit der vorigen bewerteten Woche des Kontos; Verhalten: der Anteil, den seine Daten unter dem Modell der Vorwoche bewirkt haben; Modellwechsel: der Anteil, den das neu veröffentlichte Modell auf den Daten dieser Woche bewirkt hat</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="160"/>
        <source>Latest week</source>
        <translation>Neueste Woche</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="164"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="164"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="164"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="164"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="165"/>
        <source>The signals of the latest week under the model in force: value, its 0–100 score (– when skipped) and weight</source>
        <translation>Die Signale der neuesten Woche unter dem geltenden Modell: Wert, sein Score von 0–100 (– wenn übersprungen) und Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="195"/>
        <location filename="../ui/account/accountpage.cpp" line="200"/>
        <source>Double-click an account on the designer, the weekly review or the back-test to see it here.</source>
        <translation>Doppelklicken Sie im Designer, im Wochenrückblick oder im Backtest auf ein Konto, um es hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="223"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="331"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="332"/>
        <source>CSM %1 · segment %2 · ARR %3 · renewal %4</source>
        <translation>CSM %1 · Segment %2 · ARR %3 · Verlängerung %4</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="339"/>
        <source>Week %1: score &lt;b&gt;%2&lt;/b&gt;, &lt;span style=&quot;background-color:%3;color:%4&quot;&gt;&amp;nbsp;%5&amp;nbsp;&lt;/span&gt; under %6</source>
        <translation>Woche %1: Score &lt;b&gt;%2&lt;/b&gt;, &lt;span style=&quot;background-color:%3;color:%4&quot;&gt;&amp;nbsp;%5&amp;nbsp;&lt;/span&gt; unter %6</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="345"/>
        <source> (published %1)</source>
        <translation> (veröffentlicht %1)</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="348"/>
        <source>&lt;br&gt;%1 CSM override: %2 — %3 (%4)</source>
        <translation>&lt;br&gt;%1 CSM-Übersteuerung: %2 — %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="351"/>
        <source>: shown as %1</source>
        <translation>: angezeigt als %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="353"/>
        <source>: not applied (the model has no such tier)</source>
        <translation>: nicht angewendet (das Modell hat keine solche Stufe)</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="370"/>
        <source>▸ %1</source>
        <translation>▸ %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="378"/>
        <source>A CSM override places the account in %1</source>
        <translation>Eine CSM-Übersteuerung setzt das Konto in %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="379"/>
        <source>A CSM override is in force but not applied: the model has no such tier</source>
        <translation>Eine CSM-Übersteuerung ist in Kraft, wird aber nicht angewendet: Das Modell hat keine solche Stufe</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="382"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="391"/>
        <source>the model change</source>
        <translation>der Modellwechsel</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="391"/>
        <source>no change in the signals</source>
        <translation>keine Änderung in den Signalen</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="402"/>
        <source>Signals as of %1 under %2</source>
        <translation>Signale zum Stichtag %1 unter %2</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="423"/>
        <source>&lt;b&gt;Categories:&lt;/b&gt; %1; base score %2</source>
        <translation>&lt;b&gt;Kategorien:&lt;/b&gt; %1; Basisscore %2</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="427"/>
        <source>&lt;b&gt;Penalties:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abzüge:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="427"/>
        <location filename="../ui/account/accountpage.cpp" line="434"/>
        <location filename="../ui/account/accountpage.cpp" line="438"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="430"/>
        <source>tier at most %1</source>
        <translation>Stufe höchstens %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="430"/>
        <source>score at most %1</source>
        <translation>Score höchstens %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="431"/>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="432"/>
        <source>, lowered it</source>
        <translation>, gesenkt</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="434"/>
        <source>&lt;b&gt;Model overrides:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Modell-Übersteuerungen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/account/accountpage.cpp" line="438"/>
        <source>&lt;b&gt;CSM overrides:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;CSM-Übersteuerungen:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::AccountsPane</name>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="69"/>
        <source>Search account or name…</source>
        <translation>Konto oder Name suchen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="71"/>
        <source>Show only accounts whose id or name contains this text</source>
        <translation>Nur Konten anzeigen, deren ID oder Name diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="74"/>
        <source>Show only the accounts in one tier</source>
        <translation>Nur die Konten einer Stufe anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="77"/>
        <source>Show only the accounts of one customer success manager</source>
        <translation>Nur die Konten eines Customer Success Managers anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="80"/>
        <source>Show only the accounts of one segment</source>
        <translation>Nur die Konten eines Segments anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="81"/>
        <source>Changed tier</source>
        <translation>Stufe geändert</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="83"/>
        <source>Show only the accounts whose tier differs from the baseline model&apos;s</source>
        <translation>Nur die Konten anzeigen, deren Stufe von der des Referenzmodells abweicht</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="115"/>
        <source>Accounts of the shown snapshot; select one to see why it scores what it does, double-click it to see its weeks</source>
        <translation>Konten der angezeigten Momentaufnahme; eines auswählen, um zu sehen, wie sein Score zustande kommt, doppelklicken, um seine Wochen zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="187"/>
        <source>&amp;Open Account</source>
        <translation>Konto ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="190"/>
        <source>Set CSM &amp;Override…</source>
        <translation>CSM-Ü&amp;bersteuerung setzen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="193"/>
        <source>C&amp;lear Override</source>
        <translation>Übersteuerung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="213"/>
        <source>All CSMs</source>
        <translation>Alle CSMs</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="214"/>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="232"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../ui/designer/accountspane.cpp" line="235"/>
        <source>Unscored</source>
        <translation>Ohne Score</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ActionsPanel</name>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="24"/>
        <source>P&amp;lay:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="27"/>
        <source>Only the tasks of one play</source>
        <translation>Nur die Aufgaben einer Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="35"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="35"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="35"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="35"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="35"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="36"/>
        <source>The playbook&apos;s tasks for this week: who does what by when, and what triggered it (tierlab actions writes them as CRM tasks)</source>
        <translation>Die Aufgaben des Playbooks für diese Woche: wer tut was bis wann und was sie auslöste (tierlab actions schreibt sie als CRM-Aufgaben)</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="48"/>
        <source>All plays</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <location filename="../ui/review/actionspanel.cpp" line="78"/>
        <source>%1 (notify the manager)</source>
        <translation>%1 (Führungskraft informieren)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::AddSignalDialog</name>
    <message>
        <location filename="../ui/designer/addsignaldialog.cpp" line="16"/>
        <source>Add Signal</source>
        <translation>Signal hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/addsignaldialog.cpp" line="21"/>
        <source>The workspace signal it reads</source>
        <translation>Das Signal des Arbeitsbereichs, das es liest</translation>
    </message>
    <message>
        <location filename="../ui/designer/addsignaldialog.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/designer/addsignaldialog.cpp" line="34"/>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/designer/addsignaldialog.cpp" line="35"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/designer/addsignaldialog.cpp" line="36"/>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::BacktestCharts</name>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="56"/>
        <source>ROC curve (risk = low score)</source>
        <translation>ROC-Kurve (Risiko = niedriger Score)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="57"/>
        <source>True positive rate against false positive rate when flagging the lowest scores first; the dashed diagonal is a random ranking</source>
        <translation>Richtig-Positiv-Rate gegen Falsch-Positiv-Rate, wenn die niedrigsten Scores zuerst markiert werden; die gestrichelte Diagonale entspricht einer zufälligen Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="59"/>
        <source>Churn rate per tier: outcomes (solid), ARR (light)</source>
        <translation>Abwanderungsrate je Stufe: Ergebnisse (voll), ARR (hell)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="60"/>
        <source>Share of the evaluated outcomes that were churn in each tier, and share of their ARR</source>
        <translation>Anteil der ausgewerteten Ergebnisse je Stufe, die Abwanderung waren, und Anteil ihres ARR</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="61"/>
        <source>Lift per score decile (1 = riskiest)</source>
        <translation>Lift je Score-Dezil (1 = höchstes Risiko)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="62"/>
        <source>Churn rate of each score decile divided by the overall churn rate; the dashed line is 1</source>
        <translation>Abwanderungsrate jedes Score-Dezils geteilt durch die gesamte Abwanderungsrate; die gestrichelte Linie liegt bei 1</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="63"/>
        <source>Mean score before the outcome</source>
        <translation>Mittlerer Score vor dem Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="64"/>
        <source>Mean score of churned and retained accounts 180, 90, 60 and 30 days before the outcome</source>
        <translation>Mittlerer Score abgewanderter und gehaltener Konten 180, 90, 60 und 30 Tage vor dem Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="70"/>
        <source>False positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="71"/>
        <source>True positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="74"/>
        <source>Churn rate (%)</source>
        <translation>Abwanderungsrate (%)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="77"/>
        <source>Score decile</source>
        <translation>Score-Dezil</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="78"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="83"/>
        <source>Days before the outcome</source>
        <translation>Tage vor dem Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="84"/>
        <source>Mean score</source>
        <translation>Mittlerer Score</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="164"/>
        <source>AUC %1</source>
        <translation>AUC %1</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="176"/>
        <source>%1
(%2 outcomes)</source>
        <translation>%1
(%2 Ergebnisse)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="223"/>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <location filename="../ui/backtest/backtestcharts.cpp" line="227"/>
        <source>Retained</source>
        <translation>Gehalten</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::BacktestHeadline</name>
    <message>
        <location filename="../ui/designer/backtestheadline.cpp" line="68"/>
        <source>Back-test of the current model on the workspace&apos;s outcomes (%1-day horizon). In brackets: the change against the baseline model. Precision and recall flag the worst tier; relative risk is the churn rate of the worst tier over the best one.</source>
        <translation>Backtest des aktuellen Modells an den Ergebnissen des Arbeitsbereichs (Horizont %1 Tage). In Klammern: die Änderung gegenüber dem Referenzmodell. Präzision und Trefferquote markieren die schlechteste Stufe; das relative Risiko ist die Abwanderungsrate der schlechtesten Stufe geteilt durch die der besten.</translation>
    </message>
    <message>
        <location filename="../ui/designer/backtestheadline.cpp" line="162"/>
        <source> · updating…</source>
        <translation> · wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/designer/backtestheadline.cpp" line="204"/>
        <source>Back-test: %1</source>
        <translation>Backtest: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/backtestheadline.cpp" line="217"/>
        <source>Back-test: computing…</source>
        <translation>Backtest: wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/designer/backtestheadline.cpp" line="219"/>
        <source>Back-test: no outcomes to back-test</source>
        <translation>Backtest: keine Ergebnisse für einen Backtest</translation>
    </message>
    <message>
        <location filename="../ui/designer/backtestheadline.cpp" line="222"/>
        <source>label on the snapshot</source>
        <translation>Kennzeichen an der Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../ui/designer/backtestheadline.cpp" line="223"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../ui/designer/backtestheadline.cpp" line="224"/>
        <source>Back-test %1: AUC %2%3 · relative risk %4×%5 · worst-tier precision %6%7 · recall %8%9 · %10 outcomes, %11 churned</source>
        <translation>Backtest %1: AUC %2%3 · relatives Risiko %4×%5 · Präzision der schlechtesten Stufe %6%7 · Trefferquote %8%9 · %10 Ergebnisse, %11 abgewandert</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::BacktestPage</name>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="119"/>
        <source>Back-test</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="127"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="131"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="134"/>
        <source>Each outcome is scored on the account&apos;s latest snapshot at least this many days before it, so no later data leaks in</source>
        <translation>Jedes Ergebnis wird an der letzten Momentaufnahme des Kontos bewertet, die mindestens so viele Tage davor liegt, damit keine späteren Daten einfließen</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="137"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="140"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="142"/>
        <source>Run the back-test again (re-reads the workspace)</source>
        <translation>Den Backtest erneut ausführen (liest den Arbeitsbereich neu ein)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="175"/>
        <source>ROC AUC [95 % CI]</source>
        <translation>ROC-AUC [95-%-KI]</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="176"/>
        <source>Chance that a churned account scored lower than a retained one; bootstrap interval</source>
        <translation>Wahrscheinlichkeit, dass ein abgewandertes Konto einen niedrigeren Score hatte als ein gehaltenes; Bootstrap-Intervall</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="177"/>
        <source>PR-AUC (base rate)</source>
        <translation>PR-AUC (Basisrate)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="178"/>
        <source>Average precision; a random ranking scores the churn rate</source>
        <translation>Durchschnittliche Präzision; eine zufällige Reihenfolge erreicht die Abwanderungsrate</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="179"/>
        <source>Relative risk worst vs best [95 % CI]</source>
        <translation>Relatives Risiko schlechteste vs. beste Stufe [95-%-KI]</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="180"/>
        <source>Churn rate of the worst tier divided by that of the best non-empty tier</source>
        <translation>Abwanderungsrate der schlechtesten Stufe geteilt durch die der besten nicht leeren Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="181"/>
        <source>Worst-tier precision</source>
        <translation>Präzision der schlechtesten Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="182"/>
        <source>Share of the worst-tier accounts that churned</source>
        <translation>Anteil der Konten in der schlechtesten Stufe, die abgewandert sind</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="183"/>
        <source>Worst-tier recall</source>
        <translation>Trefferquote der schlechtesten Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="184"/>
        <source>Share of the churned accounts that were in the worst tier</source>
        <translation>Anteil der abgewanderten Konten, die in der schlechtesten Stufe waren</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="185"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="186"/>
        <source>Evaluated outcomes, churned among them, and outcomes excluded (no snapshot early enough, or no score)</source>
        <translation>Ausgewertete Ergebnisse, davon abgewandert, und ausgeschlossene Ergebnisse (keine ausreichend frühe Momentaufnahme oder kein Score)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="197"/>
        <source>The model&apos;s hysteresis against the same model without it: how often accounts change tier from one week to the next, and how many churners the worst tier flagged, how early</source>
        <translation>Die Hysterese des Modells gegenüber demselben Modell ohne sie: wie oft Konten von einer Woche zur nächsten die Stufe wechseln und wie viele Abwanderer die schlechteste Stufe wie früh markiert hat</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="204"/>
        <source>Within the tier the trend splits: how often the accounts declining at their snapshot churned, against the others in that tier. A split that tells churners apart shows a higher rate for the declining ones</source>
        <translation>Innerhalb der Stufe, die der Verlauf teilt: wie oft die Konten, deren Score zur Momentaufnahme fiel, abgewandert sind, gegenüber den anderen dieser Stufe. Eine Teilung, die Abwanderer trennt, zeigt für die fallenden eine höhere Rate</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="212"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="215"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="215"/>
        <source>Scored on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="215"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="215"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="215"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="215"/>
        <source>Top reason</source>
        <translation>Hauptgrund</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="216"/>
        <source>Missed churn (churned outside the worst tier)</source>
        <translation>Übersehene Abwanderung (abgewandert außerhalb der schlechtesten Stufe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="219"/>
        <source>Churned accounts the worst tier missed, highest score first</source>
        <translation>Abgewanderte Konten, die die schlechteste Stufe nicht erfasst hat, höchster Score zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="221"/>
        <source>False alarms (retained in the worst tier)</source>
        <translation>Fehlalarme (gehalten in der schlechtesten Stufe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="224"/>
        <source>Retained accounts flagged in the worst tier, lowest score first</source>
        <translation>Gehaltene Konten, die in der schlechtesten Stufe markiert waren, niedrigster Score zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="230"/>
        <source>Missed and false alarms</source>
        <translation>Übersehene Fälle und Fehlalarme</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="236"/>
        <source>How long before the churn each churner was already in the worst tier (the run of worst-tier weeks that reaches the last snapshot before the churn)</source>
        <translation>Wie lange vor der Abwanderung jedes abgewanderte Konto bereits in der schlechtesten Stufe war (die ununterbrochene Folge von Wochen in der schlechtesten Stufe bis zur letzten Momentaufnahme vor der Abwanderung)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="239"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="239"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="239"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="239"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="239"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="240"/>
        <source>Low variance</source>
        <translation>Geringe Varianz</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="240"/>
        <source>Mean churned</source>
        <translation>Mittelwert abgewandert</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="240"/>
        <source>Mean retained</source>
        <translation>Mittelwert gehalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="241"/>
        <source>Each model signal over the evaluated rows: how often it is present and how well it orders churn on its own</source>
        <translation>Jedes Signal des Modells über die ausgewerteten Zeilen: wie oft es vorhanden ist und wie gut es die Abwanderung für sich allein ordnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="246"/>
        <source>Signal diagnostics</source>
        <translation>Signaldiagnose</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="248"/>
        <source>Survival by tier</source>
        <translation>Überleben nach Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="251"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="336"/>
        <source>Back-testing %1 at %2 days…</source>
        <translation>Backtest von %1 mit %2 Tagen Horizont…</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="393"/>
        <source>no churn outcome has a snapshot before its churn date</source>
        <translation>kein Abwanderungsergebnis hat eine Momentaufnahme vor seinem Abwanderungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="394"/>
        <source>no churn outcome was in the worst tier before the churn</source>
        <translation>kein Abwanderungsergebnis war vor der Abwanderung in der schlechtesten Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="395"/>
        <source>median lead time %1 days (%2 of %3 churn outcomes in the worst tier before the churn)</source>
        <translation>Median-Vorlauf %1 Tage (%2 von %3 Abwanderungsergebnissen vor der Abwanderung in der schlechtesten Stufe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="402"/>
        <source>label on the snapshot</source>
        <translation>Kennzeichen an der Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="402"/>
        <source>horizon %1 days</source>
        <translation>Horizont %1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="403"/>
        <source>Model %1 · %2 · %3 outcomes in the workspace · %4 · %5</source>
        <translation>Modell %1 · %2 · %3 Ergebnisse im Arbeitsbereich · %4 · %5</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="472"/>
        <source>&lt;b&gt;Lead time&lt;/b&gt; of %1 churn outcomes with a snapshot before the churn: median %2 days · %3</source>
        <translation>&lt;b&gt;Vorlauf&lt;/b&gt; von %1 Abwanderungsergebnissen mit einer Momentaufnahme vor der Abwanderung: Median %2 Tage · %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="513"/>
        <source>%1 outcomes of %2 accounts · %3 churned · %4 excluded</source>
        <translation>%1 Ergebnisse von %2 Konten · %3 abgewandert · %4 ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="399"/>
        <source>churn falls tier by tier</source>
        <translation>Abwanderung sinkt von Stufe zu Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="50"/>
        <source>Hysteresis: %1</source>
        <translation>Hysterese: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="53"/>
        <source>Hysteresis (%1 points, %2 weeks): weekly flip rate %3 → %4 · worst-tier recall %5 → %6 · median lead time %7 → %8 days (%9 → %10 of %11 churners flagged)</source>
        <translation>Hysterese (%1 Punkte, %2 Wochen): wöchentliche Wechselrate %3 → %4 · Recall der schlechtesten Stufe %5 → %6 · mittlere Vorlaufzeit %7 → %8 Tage (%9 → %10 von %11 Abwanderern markiert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="69"/>
        <source>Trend tier: %1</source>
        <translation>Verlaufsstufe: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="72"/>
        <source>Trend tier %1: of the %2 evaluated outcomes in %3, the %4 declining at their snapshot churned %5, the other %6 churned %7</source>
        <translation>Verlaufsstufe %1: von den %2 ausgewerteten Ergebnissen in %3 sind die %4 zur Momentaufnahme fallenden zu %5 abgewandert, die übrigen %6 zu %7</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="400"/>
        <source>churn rate rises at tier %1</source>
        <translation>Abwanderungsrate steigt bei Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="415"/>
        <source>Back-test done: %1 outcomes evaluated</source>
        <translation>Backtest abgeschlossen: %1 Ergebnisse ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="427"/>
        <source>tied to snapshot</source>
        <translation>an die Momentaufnahme gebunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="450"/>
        <source>higher is riskier</source>
        <translation>höher ist riskanter</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="453"/>
        <source>lower is riskier</source>
        <translation>niedriger ist riskanter</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="456"/>
        <source>no order</source>
        <translation>keine Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="460"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="460"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="467"/>
        <source>never flagged</source>
        <translation>nie markiert</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="467"/>
        <source>≤ 30 days</source>
        <translation>≤ 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="467"/>
        <source>≤ 60 days</source>
        <translation>≤ 60 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="467"/>
        <source>≤ 90 days</source>
        <translation>≤ 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="468"/>
        <source>≤ 180 days</source>
        <translation>≤ 180 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="468"/>
        <source>&gt; 180 days</source>
        <translation>&gt; 180 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="471"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="488"/>
        <source>%1 (base %2)</source>
        <translation>%1 (Basis %2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="497"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/pages/backtestpage.cpp" line="498"/>
        <source>%1× [%2–%3]</source>
        <translation>%1× [%2–%3]</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::CalibrateDialog</name>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="60"/>
        <source>Calibrate weights</source>
        <translation>Gewichtungen kalibrieren</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="67"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="71"/>
        <source>Ranking (AUC)</source>
        <translation>Rangfolge (AUC)</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="72"/>
        <source>Probability fit (log loss)</source>
        <translation>Wahrscheinlichkeit (Log-Loss)</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="73"/>
        <source>Also fit the signal weights inside each category</source>
        <translation>Auch die Gewichtungen der Signale in jeder Kategorie anpassen</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="75"/>
        <source>Horizon:</source>
        <translation>Horizont:</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="76"/>
        <source>Objective:</source>
        <translation>Zielgröße:</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="83"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="84"/>
        <source>By date</source>
        <translation>Nach Datum</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="85"/>
        <source>Random holdout of accounts</source>
        <translation>Zufällig zurückgehaltene Konten</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="86"/>
        <source>Cross-validation (K folds)</source>
        <translation>Kreuzvalidierung (K Folds)</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="87"/>
        <source>Which outcomes the fit never sees: the test AUC is measured on them. Holdout and folds split by account, churned and retained in proportion.</source>
        <translation>Welche Ergebnisse die Anpassung nie sieht: An ihnen wird die Test-AUC gemessen. Zurückhalten und Folds teilen nach Konten auf, abgewanderte und gehaltene im selben Verhältnis.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="89"/>
        <source>by date, the latest 30 % of the outcomes test; a random %1 % of the accounts when all outcomes share one date</source>
        <translation>nach Datum, die jüngsten 30 % der Ergebnisse testen; zufällige %1 % der Konten, wenn alle Ergebnisse dasselbe Datum haben</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="95"/>
        <source>Train up to and including</source>
        <translation>Trainieren bis einschließlich</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="101"/>
        <source>automatic (~70 %)</source>
        <translation>automatisch (~70 %)</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="103"/>
        <source>Outcomes dated on or before this day train; later ones test. Automatic: the date of the outcome at 70 % by date. After a run it shows the date used.</source>
        <translation>Ergebnisse an oder vor diesem Tag trainieren, spätere testen. Automatisch: das Datum des Ergebnisses bei 70 % nach Datum. Nach einem Lauf zeigt es das verwendete Datum.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="110"/>
        <source> % of the accounts test</source>
        <translation> % der Konten testen</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="115"/>
        <source> folds</source>
        <translation> Folds</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="116"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="121"/>
        <source>The same seed draws the same accounts.</source>
        <translation>Derselbe Startwert zieht dieselben Konten.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="132"/>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="138"/>
        <source>Worst tier holds at most</source>
        <translation>Schlechteste Stufe umfasst höchstens</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="144"/>
        <source> accounts</source>
        <translation> Konten</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="150"/>
        <source>Best tier&apos;s churn rate at most</source>
        <translation>Abwanderungsquote der besten Stufe höchstens</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="157"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="164"/>
        <source>Tier edges:</source>
        <translation>Stufenschwellen:</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="180"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="180"/>
        <source>Current weight</source>
        <translation>Aktuelle Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="180"/>
        <source>Proposed weight</source>
        <translation>Vorgeschlagene Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="180"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="180"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="180"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="213"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="213"/>
        <source>Lower edge now</source>
        <translation>Untere Schwelle jetzt</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="213"/>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="220"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="222"/>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="410"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="416"/>
        <source>Cross-validating over %1 folds, then fitting the category weights to all outcomes (%2-day horizon)…</source>
        <translation>Kreuzvalidierung über %1 Folds, dann Anpassung der Kategoriegewichtungen an alle Ergebnisse (Horizont %2 Tage)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/calibratedialog.cpp" line="529"/>
        <source>%n signal weight(s) changed inside their categories.</source>
        <translation>
            <numerusform>%n Signal-Gewichtung innerhalb ihrer Kategorie geändert.</numerusform>
            <numerusform>%n Signal-Gewichtungen innerhalb ihrer Kategorien geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/calibratedialog.cpp" line="531"/>
        <source>Worst tier with the proposed edge: %n account(s) of the latest snapshot.</source>
        <translation>
            <numerusform>Schlechteste Stufe mit der vorgeschlagenen Schwelle: %n Konto der letzten Momentaufnahme.</numerusform>
            <numerusform>Schlechteste Stufe mit der vorgeschlagenen Schwelle: %n Konten der letzten Momentaufnahme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="533"/>
        <source>Best tier&apos;s back-tested churn: %1 %.</source>
        <translation>Rückblickend getestete Abwanderung der besten Stufe: %1 %.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="571"/>
        <source>Weighed 0, so left out of the score: %1.</source>
        <translation>Mit 0 gewichtet und damit nicht im Score: %1.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="575"/>
        <source>&quot;%1&quot; (cap %2) from %3 to %4</source>
        <translation>„%1“ (Obergrenze %2) von %3 nach %4</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="578"/>
        <source>With the proposed edges these overrides&apos; caps land in another tier: %1.</source>
        <translation>Mit den vorgeschlagenen Grenzen landen die Obergrenzen dieser Übersteuerungen in einer anderen Stufe: %1.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="601"/>
        <source>Trained on %1 outcomes of %2 accounts: objective %3 → %4. Held-out test, a random %5 % of the accounts (%6 accounts, %7 outcomes, seed %8): AUC %9 → %10.</source>
        <translation>Trainiert mit %1 Ergebnissen von %2 Konten: Zielwert %3 → %4. Zurückgehaltener Test, zufällige %5 % der Konten (%6 Konten, %7 Ergebnisse, Startwert %8): AUC %9 → %10.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="616"/>
        <source>%1-fold cross-validation by account (seed %2): test AUC per fold %3; mean %4 ± %5 (input model: %6). The proposal is refit on all %7 outcomes: objective %8 → %9.</source>
        <translation>%1-fache Kreuzvalidierung nach Konten (Startwert %2): Test-AUC je Fold %3; Mittel %4 ± %5 (Eingabemodell: %6). Der Vorschlag ist an allen %7 Ergebnissen neu angepasst: Zielwert %8 → %9.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="420"/>
        <source>Fitting the category weights to the workspace&apos;s outcomes (%1-day horizon)…</source>
        <translation>Die Kategoriegewichtungen werden an die Ergebnisse des Arbeitsbereichs angepasst (Horizont %1 Tage)…</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="183"/>
        <source>Lock keeps a weight as it is; Min and Max bound the search (empty Min: the guard rail below; empty Max: no limit).</source>
        <translation>Sperren hält eine Gewichtung fest; Min und Max begrenzen die Suche (leeres Min: die Leitplanke unten; leeres Max: keine Grenze).</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="185"/>
        <source>Guard rail: no category&apos;s weight goes below %1 (%2 % of the weights&apos; sum) unless you type its Min; type 0 to let a category drop out of the score.</source>
        <translation>Leitplanke: keine Kategorie fällt unter die Gewichtung %1 (%2 % der Summe der Gewichtungen), außer Sie geben ihr Min ein; 0 lässt eine Kategorie aus dem Score fallen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="435"/>
        <source>Reading snapshot %1 of %2…</source>
        <translation>Momentaufnahme %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="447"/>
        <source>Searching the weights (step %1 of at most %2)…</source>
        <translation>Gewichtungen werden gesucht (Schritt %1 von höchstens %2)…</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="461"/>
        <source>Calibration cancelled.</source>
        <translation>Kalibrierung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="492"/>
        <source>Calibration failed: %1</source>
        <translation>Kalibrierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="518"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/designer/calibratedialog.cpp" line="593"/>
        <source>Trained on %1 outcomes until %2: objective %3 → %4. Held-out test (%5 outcomes): AUC %6 → %7.</source>
        <translation>Trainiert mit %1 Ergebnissen bis %2: Zielwert %3 → %4. Zurückgehaltener Test (%5 Ergebnisse): AUC %6 → %7.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::CompareDialog</name>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="22"/>
        <source>Compare with baseline</source>
        <translation>Mit Referenzmodell vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="29"/>
        <source>Rows: the tier under the baseline model; columns: the tier under the current edits. Off-diagonal cells are the accounts that change tier.</source>
        <translation>Zeilen: die Stufe nach dem Referenzmodell; Spalten: die Stufe nach den aktuellen Änderungen. Zellen abseits der Diagonale sind die Konten, die die Stufe wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="43"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="43"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="43"/>
        <source>Churned on</source>
        <translation>Abgewandert am</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="43"/>
        <source>Score now</source>
        <translation>Score jetzt</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="43"/>
        <source>Score before</source>
        <translation>Score vorher</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="44"/>
        <source>Churned accounts of the back-test (scored %1 days before the churn) that the edit moves into the worst tier (caught) or out of it (lost)</source>
        <translation>Abgewanderte Konten des Backtests (bewertet %1 Tage vor der Abwanderung), die die Änderung in die schlechteste Stufe verschiebt (erkannt) oder aus ihr heraus (verloren)</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="69"/>
        <source>was %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="72"/>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/comparedialog.cpp" line="78"/>
        <source>%Ln account(s)
ARR %1</source>
        <translation>
            <numerusform>%Ln Konto
ARR %1</numerusform>
            <numerusform>%Ln Konten
ARR %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="92"/>
        <source>Against the baseline &quot;%1&quot;: %2 accounts (ARR %3) change tier.</source>
        <translation>Gegenüber dem Referenzmodell „%1“ wechseln %2 Konten (ARR %3) die Stufe.</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="93"/>
        <source>unsaved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="112"/>
        <source>Churned accounts caught or lost: waiting for the back-test…</source>
        <translation>Erkannte oder verlorene abgewanderte Konten: warte auf den Backtest…</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="116"/>
        <source>Churned accounts caught or lost: no outcomes to back-test</source>
        <translation>Erkannte oder verlorene abgewanderte Konten: keine Ergebnisse für einen Backtest</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="120"/>
        <source>Back-test churners in the worst tier: %1 newly caught, %2 lost by the edit.</source>
        <translation>Abgewanderte Konten des Backtests in der schlechtesten Stufe: %1 neu erkannt, %2 durch die Änderung verloren.</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="124"/>
        <source>unscored</source>
        <translation>ohne Score</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="135"/>
        <source>caught</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location filename="../ui/designer/comparedialog.cpp" line="137"/>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ConditionsDialog</name>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="26"/>
        <source>Penalties and overrides</source>
        <translation>Abzüge und Übersteuerungen</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="28"/>
        <source>A penalty takes points off the score when its condition holds; an override caps the score (and says why). Value: a number, yes/no, or text.</source>
        <translation>Ein Abzug zieht Punkte vom Score ab, wenn seine Bedingung zutrifft; eine Übersteuerung begrenzt den Score (mit Begründung). Wert: eine Zahl, ja/nein oder Text.</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="35"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="35"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="35"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="35"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="35"/>
        <source>Points / cap</source>
        <translation>Punkte / Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="36"/>
        <source>Label / reason</source>
        <translation>Bezeichnung / Begründung</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="46"/>
        <source>Add penalty</source>
        <translation>Abzug hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="47"/>
        <source>Add override</source>
        <translation>Übersteuerung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="48"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="49"/>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="85"/>
        <source>Penalty</source>
        <translation>Abzug</translation>
    </message>
    <message>
        <location filename="../ui/designer/conditionsdialog.cpp" line="86"/>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::DesignerBar</name>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="41"/>
        <source>The snapshot date the scores are shown for</source>
        <translation>Das Datum der Momentaufnahme, für das die Scores angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="45"/>
        <source>Saved model versions of this workspace: pick one to edit it; it becomes the baseline the edits are compared against</source>
        <translation>Gespeicherte Modellversionen dieses Arbeitsbereichs: eine wählen, um sie zu bearbeiten; sie wird zur Basis, mit der die Änderungen verglichen werden</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="48"/>
        <source>Save version…</source>
        <translation>Version speichern…</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="49"/>
        <source>Save the current model as a named version in the workspace (Ctrl+Shift+S)</source>
        <translation>Das aktuelle Modell als benannte Version im Arbeitsbereich speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="50"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="51"/>
        <source>Which accounts and how much ARR change tier between the baseline and the current edits</source>
        <translation>Welche Konten und wie viel ARR zwischen der Basis und den aktuellen Änderungen die Stufe wechseln</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="52"/>
        <source>Calibrate…</source>
        <translation>Kalibrieren…</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="53"/>
        <source>Fit the category weights to the workspace&apos;s outcomes and review them before applying</source>
        <translation>Die Kategoriegewichtungen an die Ergebnisse des Arbeitsbereichs anpassen und vor dem Übernehmen prüfen</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="54"/>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="55"/>
        <source>Make this version the workspace&apos;s published model: the default of the weekly review, the back-test and the command line</source>
        <translation>Diese Version zum veröffentlichten Modell des Arbeitsbereichs machen: Standard für den Wochenrückblick, den Backtest und die Kommandozeile</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="59"/>
        <source>As of:</source>
        <translation>Stichtag:</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="62"/>
        <source>Baseline:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="102"/>
        <source>(no saved version)</source>
        <translation>(keine gespeicherte Version)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerbar.cpp" line="106"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::DesignerDialogs</name>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="27"/>
        <location filename="../ui/designer/designerdialogs.cpp" line="32"/>
        <source>Open Model File</source>
        <translation>Modelldatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="28"/>
        <source>Tierlab models (*.json);;All files (*)</source>
        <translation>Tierlab-Modelle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="37"/>
        <location filename="../ui/designer/designerdialogs.cpp" line="40"/>
        <source>Save Model File</source>
        <translation>Modelldatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="48"/>
        <location filename="../ui/designer/designerdialogs.cpp" line="54"/>
        <source>Export Model with Metadata</source>
        <translation>Modell mit Metadaten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="62"/>
        <source>Tierlab models (*.json)</source>
        <translation>Tierlab-Modelle (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="89"/>
        <source>Wrote the model as SQL to %1</source>
        <translation>Modell als SQL nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="101"/>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="120"/>
        <location filename="../ui/designer/designerdialogs.cpp" line="124"/>
        <location filename="../ui/designer/designerdialogs.cpp" line="134"/>
        <location filename="../ui/designer/designerdialogs.cpp" line="142"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="121"/>
        <source>The model has unsaved edits: they are saved as this version, then published.</source>
        <translation>Das Modell hat ungespeicherte Änderungen: sie werden als diese Version gespeichert und dann veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="135"/>
        <source>Publish &quot;%1&quot;? The weekly review, the back-test and the command line use the published model unless told otherwise.</source>
        <translation>„%1“ veröffentlichen? Der Wochenrückblick, der Backtest und die Befehlszeile verwenden das veröffentlichte Modell, sofern nichts anderes angegeben ist.</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="165"/>
        <source>Calibrate</source>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <location filename="../ui/designer/designerdialogs.cpp" line="181"/>
        <source>New Model from Data</source>
        <translation>Neues Modell aus Daten</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::DesignerEdits</name>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="56"/>
        <source>%1 in %2</source>
        <extracomment>%1 is an edit (&quot;Change weight of Support&quot;), %2 a segment variant&apos;s name</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="95"/>
        <source>No category %1 in the model</source>
        <translation>Keine Kategorie %1 im Modell</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="113"/>
        <location filename="../ui/designer/designeredits.cpp" line="133"/>
        <source>Change weight of %1</source>
        <translation>Gewichtung von %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="123"/>
        <location filename="../ui/designer/designeredits.cpp" line="143"/>
        <source>No signal %1 in the model</source>
        <translation>Kein Signal %1 im Modell</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="150"/>
        <source>Change rule of %1</source>
        <translation>Regel von %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="160"/>
        <source>Tier %1 has no movable threshold</source>
        <translation>Stufe %1 hat keine verschiebbare Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="177"/>
        <source>Normalise weights to 100</source>
        <translation>Gewichtungen auf 100 normieren</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="199"/>
        <source>the tier edges</source>
        <translation>die Stufengrenzen</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="203"/>
        <source>Use the base model&apos;s %1</source>
        <translation>Basismodell für %1 übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="209"/>
        <source>Add segment variant %1</source>
        <translation>Segmentvariante %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/designeredits.cpp" line="218"/>
        <source>Remove segment variant %1</source>
        <translation>Segmentvariante %1 entfernen</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::DesignerPage</name>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="159"/>
        <source>Change weight</source>
        <translation>Gewichtung ändern</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="184"/>
        <source>Move tier threshold</source>
        <translation>Stufenschwelle verschieben</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="190"/>
        <source>Set tier threshold</source>
        <translation>Stufenschwelle setzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="282"/>
        <source>Loading the snapshot of %1…</source>
        <translation>Lade die Momentaufnahme vom %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="283"/>
        <source>Loading the latest snapshot…</source>
        <translation>Lade die neueste Momentaufnahme…</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="332"/>
        <source>Version &quot;%1&quot; cannot be read: %2</source>
        <translation>Version „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="369"/>
        <location filename="../ui/pages/designerpage.cpp" line="608"/>
        <source>%1 does not fit this workspace:
%2</source>
        <translation>%1 passt nicht zu diesem Arbeitsbereich:
%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/designerpage.cpp" line="391"/>
        <source>%n account(s) as of %1</source>
        <translation>
            <numerusform>%n Konto zum Stichtag %1</numerusform>
            <numerusform>%n Konten zum Stichtag %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="407"/>
        <source>Untitled model</source>
        <translation>Unbenanntes Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="452"/>
        <source>Version &quot;%1&quot;</source>
        <translation>Version &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="453"/>
        <source>%1 · version &quot;%2&quot;</source>
        <translation>%1 · Version &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="455"/>
        <source> (edited)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="552"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="567"/>
        <source>Edit segment variant</source>
        <translation>Segmentvariante bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="588"/>
        <source>Penalties and overrides</source>
        <translation>Abzüge und Übersteuerungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="587"/>
        <source>Edit penalties and overrides</source>
        <translation>Abzüge und Übersteuerungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="174"/>
        <source>Model structure</source>
        <translation>Modellstruktur</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="474"/>
        <source>Score distribution</source>
        <translation>Score-Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="486"/>
        <source>Score distribution · %1: %2 of %3 accounts (line: all)</source>
        <extracomment>%1 a segment, %2 its accounts, %3 all accounts; the grey line is every account&apos;s distribution</extracomment>
        <translation>Score-Verteilung · %1: %2 von %3 Konten (Linie: alle)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="607"/>
        <source>Open model file %1</source>
        <translation>Modelldatei %1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="610"/>
        <source>Opened model file %1</source>
        <translation>Modelldatei %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="623"/>
        <source>Saved model file %1</source>
        <translation>Modelldatei %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="651"/>
        <source>Exported model file %1 (SHA-256 %2)</source>
        <translation>Modelldatei %1 exportiert (SHA-256 %2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="658"/>
        <source>A version needs a name</source>
        <translation>Eine Version braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="660"/>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich ist geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="670"/>
        <source>Saved version &quot;%1&quot;</source>
        <translation>Version „%1“ gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="679"/>
        <source>No saved version %1</source>
        <translation>Keine gespeicherte Version %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="686"/>
        <source>Switch to version &quot;%1&quot;</source>
        <translation>Zu Version „%1“ wechseln</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="690"/>
        <source>Editing version &quot;%1&quot;</source>
        <translation>Version „%1“ wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="700"/>
        <source>Published &quot;%1&quot;</source>
        <translation>„%1“ veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="751"/>
        <source>New model from data</source>
        <translation>Neues Modell aus Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="753"/>
        <source>Built a starter model from the workspace&apos;s data</source>
        <translation>Ein Startmodell aus den Daten des Arbeitsbereichs erstellt</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="761"/>
        <source>The autosaved model does not fit this workspace:
%1</source>
        <translation>Das automatisch gesicherte Modell passt nicht zu diesem Arbeitsbereich:
%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="760"/>
        <source>Restore unsaved edits</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="762"/>
        <source>Restored the unsaved model edits</source>
        <translation>Die nicht gespeicherten Modelländerungen wurden wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="769"/>
        <source>Calibrate weights</source>
        <translation>Gewichtungen kalibrieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="771"/>
        <source>Applied the calibrated weights</source>
        <translation>Die kalibrierten Gewichtungen wurden übernommen</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ExplanationView</name>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="37"/>
        <source>How the score is built: each category adds its weighted points, penalties take points off, an override may cap the result</source>
        <translation>Wie der Score entsteht: Jede Kategorie trägt ihre gewichteten Punkte bei, Abzüge ziehen Punkte ab, eine Übersteuerung kann das Ergebnis begrenzen</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="43"/>
        <source>Score points</source>
        <translation>Score-Punkte</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="46"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="46"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="46"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="46"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="51"/>
        <source>Each signal&apos;s value for this account and the 0–100 score its rule gives it; a dash means missing (skipped)</source>
        <translation>Der Wert jedes Signals für dieses Konto und der Score von 0–100, den seine Regel daraus macht; ein Strich bedeutet fehlend (übersprungen)</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="62"/>
        <source>Select an account to see why it scores what it does.</source>
        <translation>Ein Konto auswählen, um zu sehen, wie sein Score zustande kommt.</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="74"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: not scored — too few of its signals have a value (coverage %2%).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: nicht bewertet – zu wenige seiner Signale haben einen Wert (Abdeckung %2 %).</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="78"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: score &lt;b&gt;%2&lt;/b&gt;, tier &lt;b&gt;%3&lt;/b&gt; · base %4, after penalties %5 · coverage %6%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Score &lt;b&gt;%2&lt;/b&gt;, Stufe &lt;b&gt;%3&lt;/b&gt; · Basis %4, nach Abzügen %5 · Abdeckung %6 %</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="91"/>
        <source>Capped at %1 by %2: %3</source>
        <translation>Durch %2 auf %1 begrenzt: %3</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="91"/>
        <source>Override %2 (cap %1) matched but did not lower the score: %3</source>
        <translation>Übersteuerung %2 (Obergrenze %1) traf zu, senkte den Score aber nicht: %3</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="92"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="123"/>
        <source>penalty: %1</source>
        <translation>Abzug: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="132"/>
        <source>cap: %1</source>
        <translation>Obergrenze: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/explanationview.cpp" line="142"/>
        <source>score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::GettingStartedDialog</name>
    <message>
        <location filename="../ui/dialogs/gettingstarteddialog.cpp" line="70"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/gettingstarteddialog.cpp" line="73"/>
        <source>The README is missing from this build.</source>
        <translation>Die README fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::HistogramChart</name>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="31"/>
        <source>How many accounts get each score, coloured by tier. Drag a dashed line to move that tier&apos;s threshold; type an exact value in the tier edges below the chart.</source>
        <translation>Wie viele Konten welchen Score erhalten, nach Stufe gefärbt. Eine gestrichelte Linie ziehen, um die Schwelle dieser Stufe zu verschieben; einen genauen Wert in die Stufengrenzen unter dem Diagramm eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="34"/>
        <source>Score distribution</source>
        <translation>Score-Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="37"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="38"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="141"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="190"/>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogramchart.cpp" line="190"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ImportFilePage</name>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="26"/>
        <location filename="../ui/import/importfilepage.cpp" line="163"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="27"/>
        <source>Pick a CSV file, or a query on a PostgreSQL server, and say what it holds. Nothing is written before the last step.</source>
        <translation>Wählen Sie eine CSV-Datei oder eine Abfrage auf einem PostgreSQL-Server und sagen Sie, was sie enthält. Vor dem letzten Schritt wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="33"/>
        <source>A CSV fi&amp;le</source>
        <translation>Eine &amp;CSV-Datei</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="35"/>
        <source>A &amp;query on a PostgreSQL server</source>
        <translation>Eine &amp;Abfrage auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="37"/>
        <source>The query&apos;s rows are read in a read-only transaction and imported as a CSV file would be: same mapping, checks, warnings, progress and undo</source>
        <translation>Die Zeilen der Abfrage werden in einer schreibgeschützten Transaktion gelesen und wie eine CSV-Datei importiert: dieselbe Zuordnung, Prüfungen, Warnungen, Fortschritt und Rücknahme</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="44"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="48"/>
        <source>A .csv, .tsv or .txt file</source>
        <translation>Eine .csv-, .tsv- oder .txt-Datei</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="56"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="62"/>
        <source>postgresql://user@host:5432/database, or host=… dbname=…</source>
        <translation>postgresql://benutzer@host:5432/datenbank oder host=… dbname=…</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="63"/>
        <source>A libpq connection string; a password comes from ~/.pgpass or PGPASSWORD, not from here</source>
        <translation>Eine libpq-Verbindungszeichenfolge; ein Passwort kommt aus ~/.pgpass oder PGPASSWORD, nicht von hier</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="65"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="70"/>
        <source>SELECT account_id, as_of, … FROM …</source>
        <translation>SELECT account_id, as_of, … FROM …</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="73"/>
        <source>Q&amp;uery:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="76"/>
        <source>Run Quer&amp;y</source>
        <translation>Abfrage a&amp;usführen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="78"/>
        <source>Reads the query&apos;s rows from the server; Next then shows them</source>
        <translation>Liest die Zeilen der Abfrage vom Server; Weiter zeigt sie dann</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="90"/>
        <source>The workspace file (.tierlab) to import into</source>
        <translation>Die Arbeitsbereichsdatei (.tierlab), in die importiert wird</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="91"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="96"/>
        <source>&amp;Into workspace:</source>
        <translation>&amp;In Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="104"/>
        <location filename="../ui/import/importfilepage.cpp" line="164"/>
        <source>The file holds</source>
        <translation>Die Datei enthält</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="107"/>
        <source>&amp;Snapshots: one row per account and as_of date, with its signals (account attributes and a churn label may be columns too)</source>
        <translation>&amp;Momentaufnahmen: eine Zeile je Konto und Stichtag mit seinen Signalen (Kontomerkmale und ein Abwanderungskennzeichen dürfen ebenfalls Spalten sein)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="111"/>
        <source>&amp;Outcomes: account id, date and kind (churned, renewed, expanded, contracted), optionally the ARR change</source>
        <translation>&amp;Ergebnisse: Konto-ID, Datum und Art (abgewandert, verlängert, ausgebaut, reduziert), optional die ARR-Änderung</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="115"/>
        <source>&amp;Event table (any export: usage events, tickets, subscriptions, …)</source>
        <translation>Ereignis&amp;tabelle (beliebiger Export: Nutzungsereignisse, Tickets, Abonnements, …)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="117"/>
        <source>Stored as it is, for signal recipes to aggregate into weekly snapshots</source>
        <translation>Wird unverändert gespeichert, damit Signalrezepte sie zu wöchentlichen Momentaufnahmen aggregieren</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="163"/>
        <source>Choose a query</source>
        <translation>Abfrage wählen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="164"/>
        <source>The rows hold</source>
        <translation>Die Zeilen enthalten</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="187"/>
        <source>Name the server and write the query first.</source>
        <translation>Nennen Sie zuerst den Server und schreiben Sie die Abfrage.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="195"/>
        <source>Running the query…</source>
        <translation>Die Abfrage läuft…</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="218"/>
        <source>Rows read from %1 (%2). Next shows them.</source>
        <translation>Zeilen gelesen aus %1 (%2). Weiter zeigt sie.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="222"/>
        <source>The query changed while it ran: run it again.</source>
        <translation>Die Abfrage hat sich geändert, während sie lief: Führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="234"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="235"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="243"/>
        <source>Import into Workspace</source>
        <translation>In Arbeitsbereich importieren</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="244"/>
        <source>Tierlab workspaces (*.tierlab)</source>
        <translation>Tierlab-Arbeitsbereiche (*.tierlab)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="254"/>
        <source>Open a workspace first, or name a new one here.</source>
        <translation>Zuerst einen Arbeitsbereich öffnen oder hier einen neuen benennen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="256"/>
        <source>Rows are added to %1 or update what it has.</source>
        <translation>Zeilen werden zu %1 hinzugefügt oder aktualisieren dessen Inhalt.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="258"/>
        <source>A new workspace is created at the end of the import.</source>
        <translation>Am Ende des Imports wird ein neuer Arbeitsbereich angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="271"/>
        <source>Run the query first.</source>
        <translation>Führen Sie zuerst die Abfrage aus.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="273"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="41"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="42"/>
        <source>Check what each column is. Roles and types were detected from the header and the values; change any of them with the combo boxes.</source>
        <translation>Prüfen, was jede Spalte ist. Rollen und Typen wurden aus Kopfzeile und Werten erkannt; jede davon lässt sich über die Auswahlfelder ändern.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="45"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="90"/>
        <source>choose a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="93"/>
        <source>The file has no as_of column: every row is a snapshot on this date</source>
        <translation>Die Datei hat keine as_of-Spalte: jede Zeile ist eine Momentaufnahme zu diesem Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="94"/>
        <source>&amp;as_of date of every row:</source>
        <translation>&amp;Stichtag (as_of) aller Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="106"/>
        <source>The label value that means the account churned; leave empty for yes/true/1/churned. With a value, only it means churned, no/false/0/retained/active mean retained, and any other value gives a warning and no outcome</source>
        <translation>Der Kennzeichenwert, der bedeutet, dass das Konto abgewandert ist; leer lassen für yes/true/1/churned. Mit einem Wert bedeutet nur er „abgewandert“, no/false/0/retained/active bedeuten „gehalten“, und jeder andere Wert ergibt eine Warnung und kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="109"/>
        <source>Churn &amp;label value meaning churned:</source>
        <translation>Abwanderungs&amp;kennzeichen für „abgewandert“:</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="121"/>
        <source>Outcome &amp;kind of every row:</source>
        <translation>Ergebnis&amp;art aller Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="128"/>
        <source>&amp;Remember this mapping for files with the same header</source>
        <translation>Diese Zuordnung für Dateien mit gleicher Kopfzeile &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="131"/>
        <source>Save Mapping &amp;File…</source>
        <translation>Zuordnungs&amp;datei speichern…</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="132"/>
        <source>Write the mapping to a .json file, for `tierlab import --mapping`</source>
        <translation>Die Zuordnung in eine .json-Datei schreiben, für `tierlab import --mapping`</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="186"/>
        <source>This file has the same header as one imported before: the mapping chosen then is used again.</source>
        <translation>Diese Datei hat dieselbe Kopfzeile wie eine früher importierte: die damals gewählte Zuordnung wird wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="188"/>
        <source>Use &amp;Detected Mapping</source>
        <translation>&amp;Erkannte Zuordnung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="190"/>
        <source>A mapping was saved for files with this header.</source>
        <translation>Für Dateien mit dieser Kopfzeile wurde eine Zuordnung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="191"/>
        <source>Use &amp;Saved Mapping</source>
        <translation>&amp;Gespeicherte Zuordnung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="214"/>
        <source>a yes/true value</source>
        <translation>ein Ja/Wahr-Wert</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="240"/>
        <source>The file has no as_of column: choose the as_of date of every row, or give a column that role.</source>
        <translation>Die Datei hat keine as_of-Spalte: den Stichtag aller Zeilen wählen oder einer Spalte diese Rolle geben.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="243"/>
        <source>The churn label &quot;%1&quot; is not a yes/no column: choose the value that means churned.</source>
        <translation>Das Abwanderungskennzeichen „%1“ ist keine Ja/Nein-Spalte: den Wert wählen, der „abgewandert“ bedeutet.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="247"/>
        <source>Choose the account id column.</source>
        <translation>Die Spalte mit der Konto-ID wählen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="249"/>
        <source>Choose the outcome date column.</source>
        <translation>Die Spalte mit dem Ergebnisdatum wählen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="256"/>
        <source>Two columns would become the signal &quot;%1&quot;: rename one of them.</source>
        <translation>Zwei Spalten würden zum Signal „%1“: eine davon umbenennen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="268"/>
        <source>No account id column: each row becomes an account named %1#&lt;row number&gt;.</source>
        <translation>Keine Spalte mit Konto-ID: jede Zeile wird zu einem Konto namens %1#&lt;Zeilennummer&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="273"/>
        <source>Columns that become signals: %1.</source>
        <translation>Spalten, die zu Signalen werden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="275"/>
        <source>Each row&apos;s churn label becomes an outcome of its snapshot.</source>
        <translation>Das Abwanderungskennzeichen jeder Zeile wird zum Ergebnis ihrer Momentaufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="279"/>
        <source>The column &quot;%1&quot; looks like an outcome kind: if this is an outcome file, go back and choose Outcomes.</source>
        <translation>Die Spalte „%1“ sieht nach einer Ergebnisart aus: Wenn dies eine Ergebnisdatei ist, zurückgehen und „Ergebnisse“ wählen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="321"/>
        <source>Save Mapping File</source>
        <translation>Zuordnungsdatei speichern</translation>
    </message>
    <message>
        <location filename="../ui/import/importmappingpage.cpp" line="324"/>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="62"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="63"/>
        <source>The first rows as Tierlab reads them. Rows tinted red have the wrong number of fields and will be rejected.</source>
        <translation>Die ersten Zeilen, wie Tierlab sie liest. Rot getönte Zeilen haben die falsche Anzahl an Feldern und werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="70"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="78"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="84"/>
        <source>Header:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="88"/>
        <source>Profiled:</source>
        <translation>Analysiert:</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="105"/>
        <source>Line numbers in the file</source>
        <translation>Zeilennummern in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="126"/>
        <source>detected: %1</source>
        <translation>erkannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="127"/>
        <source>line 1 (%1 columns): %2</source>
        <translation>Zeile 1 (%1 Spalten): %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="130"/>
        <source>the whole file: %1 data rows, %2</source>
        <translation>die ganze Datei: %1 Datenzeilen, %2</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="132"/>
        <source>the first %1 data rows of %2</source>
        <translation>die ersten %1 Datenzeilen von %2</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ImportProgressPage</name>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="21"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="22"/>
        <source>The file is read, checked and written in one transaction. Cancel leaves the workspace exactly as it was.</source>
        <translation>Die Datei wird in einer Transaktion gelesen, geprüft und geschrieben. Abbrechen lässt den Arbeitsbereich genau so, wie er war.</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="26"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="41"/>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="50"/>
        <source>Cancelling: rolling back what was written so far…</source>
        <translation>Abbruch: bisher Geschriebenes wird zurückgenommen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="62"/>
        <source>Importing %1 into %2…</source>
        <translation>Importiere %1 in %2…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="74"/>
        <source>Importing %1: %2 of %3 read…</source>
        <translation>Importiere %1: %2 von %3 gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="84"/>
        <source>Import Many New Accounts?</source>
        <translation>Viele neue Konten importieren?</translation>
    </message>
    <message>
        <location filename="../ui/import/importprogresspage.cpp" line="85"/>
        <source>%1

Import anyway?</source>
        <translation>%1

Trotzdem importieren?</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ImportResultPage</name>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="40"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="64"/>
        <source>&amp;Export Rejects as CSV…</source>
        <translation>Abgewiesene Zeilen als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="100"/>
        <location filename="../ui/import/importresultpage.cpp" line="153"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="101"/>
        <source>%1 was imported into %2.</source>
        <translation>%1 wurde in %2 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="102"/>
        <location filename="../ui/import/importresultpage.cpp" line="156"/>
        <source>%1 rows accepted, %2 rejected, of %3 read.</source>
        <translation>%1 Zeilen übernommen, %2 abgewiesen, von %3 gelesenen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="106"/>
        <source>Accounts: %1 added, %2 updated (%3 in this file).</source>
        <translation>Konten: %1 neu, %2 aktualisiert (%3 in dieser Datei).</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="111"/>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="112"/>
        <source> on %1 as_of dates from %2 to %3</source>
        <translation> an %1 Stichtagen von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="115"/>
        <source>Snapshots: %1 added, %2 updated%3.</source>
        <translation>Momentaufnahmen: %1 neu, %2 aktualisiert%3.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="119"/>
        <source>Outcomes: %1 added, %2 updated.</source>
        <translation>Ergebnisse: %1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="125"/>
        <source>New signals (%1): %2.</source>
        <translation>Neue Signale (%1): %2.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="127"/>
        <source>Signals already in the workspace (%1): %2.</source>
        <translation>Signale, die schon im Arbeitsbereich sind (%1): %2.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="136"/>
        <source>Warnings per column: %1.</source>
        <translation>Warnungen je Spalte: %1.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="138"/>
        <source>A churn label that is neither churned nor retained gives its row no outcome.</source>
        <translation>Ein Abwanderungskennzeichen, das weder „abgewandert“ noch „gehalten“ bedeutet, gibt seiner Zeile kein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="141"/>
        <source>%1 rejected rows repeat an account and date: an export of events (tickets, usage, activities) belongs in an event table (choose Event table on the first page).</source>
        <translation>%1 abgewiesene Zeilen wiederholen Konto und Datum: ein Export von Ereignissen (Tickets, Nutzung, Aktivitäten) gehört in eine Ereignistabelle (wählen Sie auf der ersten Seite „Ereignistabelle“).</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="154"/>
        <source>%1 was stored as the event table &quot;%2&quot; in %3.</source>
        <translation>%1 wurde als Ereignistabelle „%2“ in %3 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="160"/>
        <source>Table &quot;%1&quot;: %2 rows in %3 columns, replacing the table of that name.</source>
        <translation>Tabelle „%1“: %2 Zeilen in %3 Spalten; sie ersetzt die Tabelle dieses Namens.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="161"/>
        <source>Table &quot;%1&quot;: %2 rows in %3 columns.</source>
        <translation>Tabelle „%1“: %2 Zeilen in %3 Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="164"/>
        <source>Time: the rows carry no date.</source>
        <translation>Zeit: die Zeilen tragen kein Datum.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="164"/>
        <source>Time: no row was accepted.</source>
        <translation>Zeit: keine Zeile wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="166"/>
        <source>Time: every row on %1 (%2).</source>
        <translation>Zeit: alle Zeilen am %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="168"/>
        <source>Time: %1 to %2 (%3%4).</source>
        <translation>Zeit: %1 bis %2 (%3%4).</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="170"/>
        <source>, ending at %1</source>
        <translation>, Ende: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="173"/>
        <source>Warnings: none; every cell read as its column&apos;s type.</source>
        <translation>Warnungen: keine; jede Zelle ließ sich als Typ ihrer Spalte lesen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="184"/>
        <source>Warnings: %1 cells did not read as their column&apos;s type and are stored as missing.</source>
        <translation>Warnungen: %1 Zellen ließen sich nicht als Typ ihrer Spalte lesen und sind als fehlend gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="187"/>
        <source>line %1, %2 &quot;%3&quot;</source>
        <translation>Zeile %1, %2 „%3“</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="189"/>
        <source>Warnings: 1 cell did not read as its column&apos;s type and is stored as missing (%1).</source>
        <translation>Warnungen: 1 Zelle ließ sich nicht als Typ ihrer Spalte lesen und ist als fehlend gespeichert (%1).</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="190"/>
        <source>Warnings: %1 cells did not read as their column&apos;s type and are stored as missing (the first: %2).</source>
        <translation>Warnungen: %1 Zellen ließen sich nicht als Typ ihrer Spalte lesen und sind als fehlend gespeichert (die erste: %2).</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="199"/>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="199"/>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="202"/>
        <source>Keys: %1, each an account (the workspace has no accounts table to match them against).</source>
        <translation>Schlüssel: %1, jeder ein Konto (der Arbeitsbereich hat keine Kontentabelle, mit der sie abgeglichen werden könnten).</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="203"/>
        <source>Keys: %1, all matched.</source>
        <translation>Schlüssel: %1, alle zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="203"/>
        <source>Keys: %1, all matched through %2.</source>
        <translation>Schlüssel: %1, alle über %2 zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="209"/>
        <source>1 row names no known account: %1.</source>
        <translation>1 Zeile nennt kein bekanntes Konto: %1.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="210"/>
        <source>%1 rows name no known account: %2.</source>
        <translation>%1 Zeilen nennen kein bekanntes Konto: %2.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="212"/>
        <source>Keys: %1, %2 matched; %3</source>
        <translation>Schlüssel: %1, %2 zugeordnet; %3</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="220"/>
        <source>No row was rejected.</source>
        <translation>Keine Zeile wurde abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="222"/>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Abgewiesene Zeilen (die ersten %1 von %2):</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="224"/>
        <source>Rejected rows:</source>
        <translation>Abgewiesene Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="234"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="234"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="235"/>
        <source>The import was stopped and rolled back.</source>
        <translation>Der Import wurde angehalten und zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="236"/>
        <source>The import stopped on an error and was rolled back.</source>
        <translation>Der Import wurde wegen eines Fehlers angehalten und zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="237"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="243"/>
        <source>The workspace is exactly as it was before the import (%1).</source>
        <translation>Der Arbeitsbereich ist genau so wie vor dem Import (%1).</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="244"/>
        <source>The workspace changed: before %1; now %2.</source>
        <translation>Der Arbeitsbereich hat sich geändert: vorher %1; jetzt %2.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="277"/>
        <source>There are no rejected rows to export.</source>
        <translation>Es gibt keine abgewiesenen Zeilen zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="290"/>
        <source>Export Rejects</source>
        <translation>Abgewiesene Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="291"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/import/importresultpage.cpp" line="297"/>
        <source>Rejected rows (saved to %1):</source>
        <translation>Abgewiesene Zeilen (gespeichert in %1):</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ImportTablePage</name>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="70"/>
        <source>Event table</source>
        <translation>Ereignistabelle</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="71"/>
        <source>The file is stored as it is, one row per event, for signal recipes to aggregate. Say what to call it, which column names the account and which columns date each row.</source>
        <translation>Die Datei wird unverändert gespeichert, eine Zeile je Ereignis, damit Signalrezepte sie aggregieren. Angeben, wie sie heißen soll, welche Spalte das Konto nennt und welche Spalten jede Zeile datieren.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="74"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="90"/>
        <source>e.g. feature_usage</source>
        <translation>z. B. feature_usage</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="91"/>
        <source>Recipes name the table by this; &quot;accounts&quot; is the list of accounts</source>
        <translation>Rezepte nennen die Tabelle bei diesem Namen; „accounts“ ist die Liste der Konten</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="92"/>
        <source>Table &amp;name:</source>
        <translation>Tabellen&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="100"/>
        <source>&amp;Replace the table of that name</source>
        <translation>Tabelle dieses Namens e&amp;rsetzen</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="102"/>
        <source>The old table is deleted in the same transaction as the new one is written</source>
        <translation>Die alte Tabelle wird in derselben Transaktion gelöscht, in der die neue geschrieben wird</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="107"/>
        <source>The column holding the account id, or a key of another table (see Via table)</source>
        <translation>Die Spalte mit der Konto-ID oder einem Schlüssel einer anderen Tabelle (siehe Verknüpfungstabelle)</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="108"/>
        <source>&amp;Key column:</source>
        <translation>&amp;Schlüsselspalte:</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="114"/>
        <source>A table imported before, keyed by account id, that has a column named like this key</source>
        <translation>Eine früher importierte Tabelle mit der Konto-ID als Schlüssel, die eine Spalte mit dem Namen dieses Schlüssels hat</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="115"/>
        <source>&amp;Via table:</source>
        <translation>&amp;Verknüpfungstabelle:</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="126"/>
        <source>The date (or date and time) of each row; the start of a row with an end</source>
        <translation>Das Datum (oder Datum und Uhrzeit) jeder Zeile; bei einer Zeile mit Ende ihr Beginn</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="127"/>
        <source>&amp;Time column:</source>
        <translation>Zei&amp;tspalte:</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="133"/>
        <source>For rows that last (subscriptions, tickets): when each ended; an empty cell is still open</source>
        <translation>Für Zeilen mit Dauer (Abonnements, Tickets): wann jede endete; eine leere Zelle ist noch offen</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="134"/>
        <source>&amp;End column:</source>
        <translation>&amp;Endspalte:</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="153"/>
        <source>Columns as read</source>
        <translation>Spalten wie gelesen</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="158"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="158"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="158"/>
        <source>Used as</source>
        <translation>Verwendet als</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="158"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="166"/>
        <source>Types as profiled; the key is kept as text and the time and end columns as dates</source>
        <translation>Typen wie analysiert; der Schlüssel wird als Text gespeichert, Zeit- und Endspalte als Datum</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="273"/>
        <source>none: the key is the account id</source>
        <translation>keine: der Schlüssel ist die Konto-ID</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="280"/>
        <source>none (only for the accounts table)</source>
        <translation>keine (nur für die Kontentabelle)</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="281"/>
        <source>none: the rows do not end</source>
        <translation>keine: die Zeilen enden nicht</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="341"/>
        <source>The workspace has a table of that name: %1 rows from %2.</source>
        <translation>Der Arbeitsbereich hat eine Tabelle dieses Namens: %1 Zeilen aus %2.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="347"/>
        <source>A new table. The workspace has: %1.</source>
        <translation>Eine neue Tabelle. Der Arbeitsbereich hat: %1.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="349"/>
        <source>A new table; the workspace has none yet.</source>
        <translation>Eine neue Tabelle; der Arbeitsbereich hat noch keine.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="379"/>
        <source>The accounts table is keyed by the account id itself.</source>
        <translation>Die Kontentabelle hat die Konto-ID selbst als Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="380"/>
        <source>The key is an account id: no other table is needed.</source>
        <translation>Der Schlüssel ist eine Konto-ID: keine weitere Tabelle nötig.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="382"/>
        <source>No table keyed by account id to look the key up in: import one first (e.g. subscriptions), or the key is taken as the account id.</source>
        <translation>Keine Tabelle mit der Konto-ID als Schlüssel, in der der Schlüssel nachgeschlagen werden könnte: zuerst eine importieren (z. B. Abonnements), sonst wird der Schlüssel als Konto-ID genommen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="385"/>
        <source>None: each %1 is taken as an account id.</source>
        <translation>Keine: jeder Wert von %1 wird als Konto-ID genommen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="387"/>
        <source>Each %1 is looked up in %2; the row found names the account.</source>
        <translation>Jeder Wert von %1 wird in %2 nachgeschlagen; die gefundene Zeile nennt das Konto.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="408"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="409"/>
        <source>key: account id</source>
        <translation>Schlüssel: Konto-ID</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="409"/>
        <source>key via %1</source>
        <translation>Schlüssel über %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="412"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="412"/>
        <source>time: start</source>
        <translation>Zeit: Beginn</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="415"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="441"/>
        <source>Name the table.</source>
        <translation>Die Tabelle benennen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="443"/>
        <source>The workspace has a table named &quot;%1&quot; already: check &quot;Replace the table of that name&quot; or choose another name.</source>
        <translation>Der Arbeitsbereich hat bereits eine Tabelle namens „%1“: „Tabelle dieses Namens ersetzen“ ankreuzen oder einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="447"/>
        <source>Choose the key column.</source>
        <translation>Die Schlüsselspalte wählen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="451"/>
        <source>A table cannot reach its accounts through itself: choose another via table.</source>
        <translation>Eine Tabelle kann ihre Konten nicht über sich selbst erreichen: eine andere Verknüpfungstabelle wählen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="453"/>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot; to look the key up in.</source>
        <translation>Die Tabelle „%1“ hat keine Spalte „%2“, in der der Schlüssel nachgeschlagen werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="456"/>
        <source>Choose the time column: only the accounts table may have rows without a date.</source>
        <translation>Die Zeitspalte wählen: nur die Kontentabelle darf Zeilen ohne Datum haben.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="458"/>
        <source>The time column cannot be the key column too.</source>
        <translation>Die Zeitspalte kann nicht zugleich die Schlüsselspalte sein.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="461"/>
        <source>An end column needs a time column (when each row starts).</source>
        <translation>Eine Endspalte braucht eine Zeitspalte (wann jede Zeile beginnt).</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="463"/>
        <source>The end column must differ from the time column.</source>
        <translation>Die Endspalte muss sich von der Zeitspalte unterscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="465"/>
        <source>The end column cannot be the key column too.</source>
        <translation>Die Endspalte kann nicht zugleich die Schlüsselspalte sein.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="475"/>
        <source>&quot;%1&quot; did not read as dates in the profiled rows: rows whose %1 is not a date are rejected.</source>
        <translation>„%1“ ließ sich in den analysierten Zeilen nicht als Datum lesen: Zeilen, deren %1 kein Datum ist, werden abgewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="478"/>
        <source>The accounts table lists the accounts: rows of other tables whose key resolves to none of them are counted as unmatched.</source>
        <translation>Die Kontentabelle listet die Konten auf: Zeilen anderer Tabellen, deren Schlüssel zu keinem davon führt, zählen als nicht zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="481"/>
        <source>The workspace has no accounts table yet: every key of this table counts as an account.</source>
        <translation>Der Arbeitsbereich hat noch keine Kontentabelle: jeder Schlüssel dieser Tabelle zählt als Konto.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="484"/>
        <source>The table &quot;%1&quot; is replaced in the same transaction; nothing else changes.</source>
        <translation>Die Tabelle „%1“ wird in derselben Transaktion ersetzt; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtablepage.cpp" line="486"/>
        <source>No row is rejected for repeating a key or a day. Cells that do not read as their column&apos;s type are stored as missing and counted as warnings.</source>
        <translation>Keine Zeile wird abgewiesen, weil sie einen Schlüssel oder einen Tag wiederholt. Zellen, die sich nicht als Typ ihrer Spalte lesen lassen, werden als fehlend gespeichert und als Warnungen gezählt.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ImportUndoAction</name>
    <message>
        <location filename="../ui/import/importundoaction.cpp" line="16"/>
        <location filename="../ui/import/importundoaction.cpp" line="40"/>
        <source>Undo &amp;Import</source>
        <translation>&amp;Import zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/import/importundoaction.cpp" line="42"/>
        <source>No import to undo</source>
        <translation>Kein Import zum Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/import/importundoaction.cpp" line="57"/>
        <source>the %1 import of %2 (%3 rows, %4)</source>
        <translation>den Import (%1) von %2 (%3 Zeilen, %4)</translation>
    </message>
    <message>
        <location filename="../ui/import/importundoaction.cpp" line="62"/>
        <source>Undo &amp;Import of “%1”</source>
        <translation>&amp;Import von „%1“ zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/import/importundoaction.cpp" line="64"/>
        <source>Take back %1: the workspace returns to its state before it</source>
        <translation>Nimmt %1 zurück: der Arbeitsbereich kehrt in seinen Zustand davor zurück</translation>
    </message>
    <message>
        <location filename="../ui/import/importundoaction.cpp" line="65"/>
        <source>%1 cannot be undone: the workspace keeps undo records only for files up to %2 MB, builds of up to %3 snapshot rows and the last 5 imports</source>
        <translation>%1 kann nicht zurückgenommen werden: der Arbeitsbereich bewahrt Rücknahme-Daten nur für Dateien bis %2 MB, Builds bis %3 Momentaufnahme-Zeilen und die letzten 5 Importe</translation>
    </message>
    <message>
        <location filename="../ui/import/importundoaction.cpp" line="78"/>
        <source>Undo Import</source>
        <translation>Import zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/import/importundoaction.cpp" line="79"/>
        <source>Take back %1? The workspace returns to its state before that import.</source>
        <translation>%1 zurücknehmen? Der Arbeitsbereich kehrt in seinen Zustand vor diesem Import zurück.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="22"/>
        <source>Import CSV — Tierlab</source>
        <translation>CSV importieren — Tierlab</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="133"/>
        <source>%1: the file has no header row</source>
        <translation>%1: die Datei hat keine Kopfzeile</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Switch between the pages of the workbench (Ctrl+1 … Ctrl+9)</source>
        <translation>Zwischen den Seiten der Werkbank wechseln (Strg+1 … Strg+9)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Model designer</source>
        <translation>Modell-Designer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Back-test</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Open a Tierlab workspace file (.tierlab)</source>
        <translation>Eine Tierlab-Arbeitsbereichsdatei (.tierlab) öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Import snapshots or outcomes from a CSV file into the workspace</source>
        <translation>Momentaufnahmen oder Ergebnisse aus einer CSV-Datei in den Arbeitsbereich importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>New Model from &amp;Data…</source>
        <translation>Neues Modell aus &amp;Daten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Build a first model from the workspace&apos;s signals and outcomes, with its held-out AUC</source>
        <translation>Ein erstes Modell aus den Signalen und Ergebnissen des Arbeitsbereichs erstellen, mit seiner AUC auf zurückgehaltenen Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Open &amp;Model File…</source>
        <translation>&amp;Modelldatei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Load a model file (.json) into the designer</source>
        <translation>Eine Modelldatei (.json) in den Designer laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Save Model &amp;File…</source>
        <translation>Modell&amp;datei speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Write the designer&apos;s model to a file (.json)</source>
        <translation>Das Modell des Designers in eine Datei (.json) schreiben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Export Model with Metadata…</source>
        <translation>Modell mit Metadaten &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>Write the designer&apos;s model to a file with its metadata: author, date, data fingerprint, back-test figures and SHA-256</source>
        <translation>Das Modell des Designers mit seinen Metadaten in eine Datei schreiben: Autor, Datum, Daten-Fingerabdruck, Backtest-Kennzahlen und SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>Export Model as S&amp;QL…</source>
        <translation>Modell als S&amp;QL exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Write the designer&apos;s model as one SQL view for PostgreSQL or SQLite: the warehouse scores every account as Tierlab does</source>
        <translation>Das Modell des Designers als eine SQL-View für PostgreSQL oder SQLite schreiben: das Data Warehouse bewertet jedes Konto wie Tierlab</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Save &amp;Version…</source>
        <translation>&amp;Version speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Save the designer&apos;s model as a named version in the workspace</source>
        <translation>Das Modell des Designers als benannte Version im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Publish Version…</source>
        <translation>Version &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Make the designer&apos;s version the published model: the default of the weekly review, the back-test and the command line</source>
        <translation>Die Version des Designers zum veröffentlichten Modell machen: die Vorgabe für den Wochenrückblick, den Backtest und die Befehlszeile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Undo Import</source>
        <translation>Import zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Took back %1</source>
        <translation>%1 zurückgenommen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Compare with Baseline…</source>
        <translation>Mit Referenzmodell &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Compare &amp;Models…</source>
        <translation>&amp;Modelle vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Show the differences between two models: the designer&apos;s, its baseline, saved versions, the built-in seeds or model files</source>
        <translation>Die Unterschiede zwischen zwei Modellen zeigen: dem des Designers, seinem Referenzmodell, gespeicherten Versionen, den eingebauten Vorlagen oder Modelldateien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Normalise Weights to 100</source>
        <translation>Gewichtungen auf 100 &amp;normieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>The walkthrough from the README: from raw exports to a back-test, and the designer</source>
        <translation>Der Rundgang aus der README: von Rohexporten zum Backtest, und der Designer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>List every keyboard shortcut of the menus</source>
        <translation>Alle Tastenkürzel der Menüs auflisten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>&amp;About Tierlab</source>
        <translation>&amp;Über Tierlab</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>About Tierlab</source>
        <translation>Über Tierlab</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&lt;h3&gt;Tierlab %1&lt;/h3&gt;&lt;p&gt;Design, validate and operate customer health score models, offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tierlab %1&lt;/h3&gt;&lt;p&gt;Customer-Health-Score-Modelle entwerfen, prüfen und betreiben – offline.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Baseline</source>
        <translation>Referenzmodell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Baseline: %1</source>
        <translation>Referenzmodell: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Current model (designer)</source>
        <translation>Aktuelles Modell (Designer)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Tierlab workspaces (*.tierlab);;All files (*)</source>
        <translation>Tierlab-Arbeitsbereiche (*.tierlab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>%1 — %2[*] — Tierlab</source>
        <translation>%1 — %2[*] — Tierlab</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ModelAutosave</name>
    <message>
        <location filename="../ui/designer/modelautosave.cpp" line="75"/>
        <source>Cannot autosave the model to %1: %2</source>
        <translation>Das Modell kann nicht automatisch in %1 gesichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/designer/modelautosave.cpp" line="100"/>
        <location filename="../ui/designer/modelautosave.cpp" line="109"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/designer/modelautosave.cpp" line="104"/>
        <source>%1: not an autosaved model (%2)</source>
        <translation>%1: kein automatisch gesichertes Modell (%2)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ModelChooser</name>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="25"/>
        <source>%1 (saved %2)</source>
        <translation>%1 (gespeichert %2)</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="36"/>
        <source>The model to use: the designer&apos;s current model, the published one, a saved version, a built-in seed or a model file</source>
        <translation>Das zu verwendende Modell: das aktuelle Modell des Designers, das veröffentlichte, eine gespeicherte Version, eine eingebaute Vorlage oder eine Modelldatei</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="80"/>
        <source>That model version is no longer in the workspace</source>
        <translation>Diese Modellversion ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="83"/>
        <source>Version &quot;%1&quot; cannot be read: %2</source>
        <translation>Version „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="88"/>
        <source>No designer model</source>
        <translation>Kein Modell im Designer</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="99"/>
        <location filename="../ui/common/modelchooser.cpp" line="170"/>
        <source>No such model entry</source>
        <translation>Kein solcher Modelleintrag</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="108"/>
        <source>Current model (designer)</source>
        <translation>Aktuelles Modell (Designer)</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="110"/>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="113"/>
        <source>Seed default (built in)</source>
        <translation>Vorlage Standard (eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="114"/>
        <source>Seed simple (built in)</source>
        <translation>Vorlage Einfach (eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="117"/>
        <source>Model file…</source>
        <translation>Modelldatei…</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="205"/>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="216"/>
        <source>Open Model File</source>
        <translation>Modelldatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/modelchooser.cpp" line="216"/>
        <source>Model files (*.json)</source>
        <translation>Modelldateien (*.json)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ModelDiffDialog</name>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="58"/>
        <source>Compare Models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="64"/>
        <source>The model the differences are read from (before)</source>
        <translation>Das Modell, von dem die Unterschiede ausgehen (vorher)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="67"/>
        <source>The model the differences lead to (after)</source>
        <translation>Das Modell, zu dem die Unterschiede führen (nachher)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="68"/>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="70"/>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="72"/>
        <source>&amp;Swap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="74"/>
        <source>Exchange the two models</source>
        <translation>Die beiden Modelle vertauschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="101"/>
        <source>One row per difference; click a column header to sort (by section: grouped in the model file&apos;s order; by change: the diff&apos;s own order)</source>
        <translation>Eine Zeile je Unterschied; ein Klick auf einen Spaltenkopf sortiert (nach Abschnitt: in der Reihenfolge der Modelldatei; nach Änderung: in der Reihenfolge des Vergleichs)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="119"/>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="121"/>
        <source>Copy the differences, one a line (as tierlab model diff prints them)</source>
        <translation>Die Unterschiede kopieren, einer je Zeile (wie tierlab model diff sie ausgibt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="132"/>
        <source>Model file…</source>
        <translation>Modelldatei…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="135"/>
        <source>Seed default (built in)</source>
        <translation>Vorlage Standard (eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="136"/>
        <source>Seed simple (built in)</source>
        <translation>Vorlage Einfach (eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="171"/>
        <source>Version %1 (saved %2)</source>
        <translation>Version %1 (gespeichert %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="229"/>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="232"/>
        <source>Open Model File</source>
        <translation>Modelldatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="229"/>
        <source>Model files (*.json)</source>
        <translation>Modelldateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/modeldiffdialog.cpp" line="248"/>
        <source>Choose the two models to compare.</source>
        <translation>Wählen Sie die beiden Modelle für den Vergleich.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::OverrideDialog</name>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="22"/>
        <source>CSM Override for %1</source>
        <translation>CSM-Übersteuerung für %1</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="24"/>
        <source>Places the account in a tier, or gives it a score, whatever the model says, from this week on. Overrides should be rare: say why.</source>
        <translation>Setzt das Konto ab dieser Woche in eine Stufe oder gibt ihm ein Ergebnis, gleich was das Modell sagt. Übersteuerungen sollten selten sein: nennen Sie den Grund.</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="31"/>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="37"/>
        <source>&amp;Score:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="58"/>
        <source>Why, for the next reader (required)</source>
        <translation>Warum, für den nächsten Leser (erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="59"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="62"/>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="72"/>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="77"/>
        <source>Set Override</source>
        <translation>Übersteuerung setzen</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="101"/>
        <source>Say why: an override without a reason cannot be reviewed.</source>
        <translation>Nennen Sie den Grund: eine Übersteuerung ohne Grund lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="103"/>
        <source>Choose a tier.</source>
        <translation>Wählen Sie eine Stufe.</translation>
    </message>
    <message>
        <location filename="../ui/account/overridedialog.cpp" line="105"/>
        <source>The expiry must be after today.</source>
        <translation>Der Ablauf muss nach heute liegen.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="30"/>
        <source>Portfolio overview</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="38"/>
        <location filename="../ui/pages/overviewpage.cpp" line="58"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="39"/>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="40"/>
        <source>As-of range</source>
        <translation>Stichtagsbereich</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="41"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="53"/>
        <source>How many accounts have a snapshot on each as-of date</source>
        <translation>Wie viele Konten an jedem Stichtag eine Momentaufnahme haben</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="55"/>
        <source>Accounts with a snapshot, per as-of date</source>
        <translation>Konten mit Momentaufnahme je Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="76"/>
        <source>The signals in this workspace and the share of snapshots that have a value for each</source>
        <translation>Die Signale dieses Arbeitsbereichs und der Anteil der Momentaufnahmen, die jeweils einen Wert haben</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="131"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="179"/>
        <source>… on %1 dates</source>
        <translation>… an %1 Stichtagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="210"/>
        <source>%1 on %2 dates</source>
        <translation>%1 an %2 Stichtagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="180"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="182"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="189"/>
        <source>%1 (%2 churned)</source>
        <translation>%1 (%2 abgewandert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overviewpage.cpp" line="230"/>
        <source>%1 accounts, %2 signals</source>
        <translation>%1 Konten, %2 Signale</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::RecipeEditor</name>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="30"/>
        <source>count: the rows in the window</source>
        <translation>count: die Zeilen im Fenster</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="32"/>
        <source>sum: the column&apos;s total over the rows in the window</source>
        <translation>sum: die Summe der Spalte über die Zeilen im Fenster</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="34"/>
        <source>mean: the column&apos;s average over the rows in the window; missing without rows</source>
        <translation>mean: der Mittelwert der Spalte über die Zeilen im Fenster; fehlend ohne Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="36"/>
        <source>min: the column&apos;s smallest value (a number or a date) in the window</source>
        <translation>min: der kleinste Wert der Spalte (eine Zahl oder ein Datum) im Fenster</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="38"/>
        <source>max: the column&apos;s largest value (a number or a date) in the window</source>
        <translation>max: der größte Wert der Spalte (eine Zahl oder ein Datum) im Fenster</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="40"/>
        <source>distinct: how many different values the column takes in the window</source>
        <translation>distinct: wie viele verschiedene Werte die Spalte im Fenster annimmt</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="42"/>
        <source>last: the column&apos;s value in the latest row; text gives a category signal</source>
        <translation>last: der Wert der Spalte in der neuesten Zeile; Text ergibt ein Kategorie-Signal</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="44"/>
        <source>days_since: days from the latest row&apos;s date to the as-of date</source>
        <translation>days_since: Tage vom Datum der neuesten Zeile bis zum Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="46"/>
        <source>open: the rows open on the as-of date (started, not yet ended); needs a table with an end time</source>
        <translation>open: die am Stichtag offenen Zeilen (begonnen, noch nicht beendet); braucht eine Tabelle mit Endzeit</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="48"/>
        <source>open_sum: the column&apos;s total over the rows open on the as-of date</source>
        <translation>open_sum: die Summe der Spalte über die am Stichtag offenen Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="59"/>
        <source>ratio: A / B on each date; missing when B is 0</source>
        <translation>ratio: A / B an jedem Stichtag; fehlend, wenn B 0 ist</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="61"/>
        <source>change: A now minus A the given weeks before</source>
        <translation>change: A jetzt minus A die angegebenen Wochen zuvor</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="63"/>
        <source>pct_change: the change in percent of A the given weeks before</source>
        <translation>pct_change: die Änderung in Prozent von A die angegebenen Wochen zuvor</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="65"/>
        <source>slope: the least-squares slope of A per week over the given weeks</source>
        <translation>slope: die Steigung von A je Woche über die angegebenen Wochen (kleinste Quadrate)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="72"/>
        <source>Also use the signal as this account attribute, as of each week: arr needs a number, renewal_date min, max or last of a date column, csm, segment and name a text signal</source>
        <translation>Das Signal zu jeder Woche auch als dieses Kontomerkmal verwenden: arr braucht eine Zahl, renewal_date min, max oder last einer Datumsspalte, csm, segment und name ein Textsignal</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="88"/>
        <source>The signal&apos;s id: lower-case letters, digits and _, starting with a letter</source>
        <translation>Die ID des Signals: Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="89"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="93"/>
        <source>Aggregation of a table&apos;s rows</source>
        <translation>Aggregation der Zeilen einer Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="94"/>
        <source>Derived from other signals</source>
        <translation>Aus anderen Signalen abgeleitet</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="95"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="99"/>
        <source>The event table whose rows the signal aggregates</source>
        <translation>Die Ereignistabelle, deren Zeilen das Signal aggregiert</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="100"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="108"/>
        <source>A&amp;ggregation:</source>
        <translation>A&amp;ggregation:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="112"/>
        <source>The column the aggregation reads; only the columns of a type it accepts are listed</source>
        <translation>Die Spalte, die die Aggregation liest; nur Spalten eines Typs, den sie annimmt, werden aufgeführt</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="113"/>
        <source>&amp;Column:</source>
        <translation>Spa&amp;lte:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="116"/>
        <source>Where:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="121"/>
        <source>all rows up to as-of</source>
        <translation>alle Zeilen bis zum Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="122"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="123"/>
        <source>Only rows dated in the last N days before each as-of date (as-of included) count; 0: every row up to as-of</source>
        <translation>Nur Zeilen, die in den letzten N Tagen vor jedem Stichtag (einschließlich) datiert sind, zählen; 0: jede Zeile bis zum Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="125"/>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="133"/>
        <source>E&amp;xpression:</source>
        <translation>Ausdru&amp;ck:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="140"/>
        <source>The signal A it reads</source>
        <translation>Das Signal A, das es liest</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="144"/>
        <source>The signal B (the denominator)</source>
        <translation>Das Signal B (der Nenner)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="152"/>
        <source>Of:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="157"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="158"/>
        <source>How far back the change or slope reaches; 7 × weeks days must be whole grid steps</source>
        <translation>Wie weit die Änderung oder Steigung zurückreicht; 7 × Wochen Tage müssen ganze Rasterschritte ergeben</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="159"/>
        <source>&amp;Weeks:</source>
        <translation>&amp;Wochen:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="164"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="166"/>
        <source>&amp;Role:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="323"/>
        <source>Imported without a time column: its rows cannot be dated</source>
        <translation>Ohne Zeitspalte importiert: ihre Zeilen lassen sich nicht datieren</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="328"/>
        <source>%1 (not in the workspace)</source>
        <translation>%1 (nicht im Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="341"/>
        <source>(reads no column)</source>
        <translation>(liest keine Spalte)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="352"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="360"/>
        <source>%1 (does not fit)</source>
        <translation>%1 (passt nicht)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="364"/>
        <source>(no column fits)</source>
        <translation>(keine Spalte passt)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="375"/>
        <source>(choose a signal)</source>
        <translation>(ein Signal wählen)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipeeditor.cpp" line="380"/>
        <source>%1 (no such signal)</source>
        <translation>%1 (kein solches Signal)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::RecipeProblemsPanel</name>
    <message>
        <location filename="../ui/signals/recipeproblemspanel.cpp" line="21"/>
        <source>What keeps the recipes from building, by JSON path; click one to select its recipe</source>
        <translation>Was den Aufbau der Rezepte verhindert, nach JSON-Pfad; einen Eintrag anklicken, um sein Rezept auszuwählen</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::RecipeSettingsForm</name>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="38"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="39"/>
        <source>The distance between two snapshot dates</source>
        <translation>Der Abstand zwischen zwei Stichtagen der Momentaufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="40"/>
        <source>Every:</source>
        <translation>Abstand:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="45"/>
        <location filename="../ui/signals/recipesettingsform.cpp" line="49"/>
        <source>from the data</source>
        <translation>aus den Daten</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="46"/>
        <source>The first snapshot date, YYYY-MM-DD; empty: the Monday on or after the earliest row</source>
        <translation>Der erste Stichtag, JJJJ-MM-TT; leer: der Montag am oder nach dem Datum der frühesten Zeile</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="50"/>
        <source>The last snapshot date, YYYY-MM-DD; empty: the first grid date on or after the latest row</source>
        <translation>Der letzte Stichtag, JJJJ-MM-TT; leer: das erste Rasterdatum am oder nach dem Datum der neuesten Zeile</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="51"/>
        <source>First:</source>
        <translation>Erster:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="53"/>
        <source>Last:</source>
        <translation>Letzter:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="59"/>
        <source>The table whose keys are the accounts and whose columns give their attributes</source>
        <translation>Die Tabelle, deren Schlüssel die Konten sind und deren Spalten ihre Merkmale liefern</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="60"/>
        <source>Acco&amp;unts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="63"/>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="63"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="64"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="64"/>
        <source>CSM:</source>
        <translation>CSM:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="65"/>
        <source>ARR:</source>
        <translation>ARR:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="65"/>
        <source>Renewal:</source>
        <translation>Verlängerung:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="66"/>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="67"/>
        <source>A date column: each account&apos;s first snapshot is on or after it</source>
        <translation>Eine Datumsspalte: die erste Momentaufnahme jedes Kontos liegt an oder nach diesem Datum</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="68"/>
        <source>The account&apos;s name</source>
        <translation>Der Name des Kontos</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="68"/>
        <source>The account&apos;s segment</source>
        <translation>Das Segment des Kontos</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="68"/>
        <source>The account&apos;s CSM</source>
        <translation>Der CSM des Kontos</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="69"/>
        <source>A number column: the account&apos;s ARR</source>
        <translation>Eine Zahlenspalte: der ARR des Kontos</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="69"/>
        <source>A date column: the account&apos;s renewal date</source>
        <translation>Eine Datumsspalte: das Verlängerungsdatum des Kontos</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="70"/>
        <source>A date column, such as a churn date: no snapshot on or after it</source>
        <translation>Eine Datumsspalte, etwa ein Abwanderungsdatum: keine Momentaufnahme an oder nach diesem Tag</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="161"/>
        <source>%1: &quot;%2&quot; is not a date as &quot;YYYY-MM-DD&quot; (leave it empty for the default)</source>
        <translation>%1: „%2“ ist kein Datum im Format „JJJJ-MM-TT“ (für den Standard leer lassen)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="185"/>
        <source>%1 (not in the workspace)</source>
        <translation>%1 (nicht im Arbeitsbereich)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="204"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/signals/recipesettingsform.cpp" line="216"/>
        <source>%1 (does not fit)</source>
        <translation>%1 (passt nicht)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ReviewPage</name>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="116"/>
        <source>Weekly portfolio review</source>
        <translation>Wöchentlicher Portfolio-Rückblick</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="133"/>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="133"/>
        <source>The as-of date to review; last week is the one before it</source>
        <translation>Der zu betrachtende Stichtag; die Vorwoche ist der Stichtag davor</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="135"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="144"/>
        <source>&amp;CSM:</source>
        <translation>&amp;CSM:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="144"/>
        <source>Only the accounts of one CSM</source>
        <translation>Nur die Konten eines CSM</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="145"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="145"/>
        <source>Only the accounts of one segment</source>
        <translation>Nur die Konten eines Segments</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="146"/>
        <source>&amp;ARR:</source>
        <translation>&amp;ARR:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="146"/>
        <source>Only the accounts in one ARR band</source>
        <translation>Nur die Konten in einem ARR-Band</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="147"/>
        <source>All ARR</source>
        <translation>Jeder ARR</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="150"/>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="152"/>
        <source>%1 and more</source>
        <translation>%1 und mehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="154"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="156"/>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="159"/>
        <source>Presentation mode: full screen, large type, colour-blind-safe tier colours (F6 / Shift+F6 move between sections, Esc leaves)</source>
        <translation>Präsentationsmodus: Vollbild, große Schrift, farbenblindsichere Stufenfarben (F6 / Umschalt+F6 wechseln zwischen Abschnitten, Esc beendet)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="162"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="163"/>
        <source>The scored accounts of this week, as filtered, as CSV (formulas neutralised)</source>
        <translation>Die bewerteten Konten dieser Woche, gefiltert, als CSV (Formeln entschärft)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="165"/>
        <source>Report PDF…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="166"/>
        <source>The weekly report as a PDF: tiers, trend, transitions, movers, renewals, model and hash</source>
        <translation>Der Wochenbericht als PDF: Stufen, Verlauf, Übergänge, Absteiger, Verlängerungen, Modell und Hash</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="458"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 accounts (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Konten (%3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="461"/>
        <source>, ARR %1 (%2)</source>
        <translation>, ARR %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="523"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="47"/>
        <source>Tier distribution (filled: this week, dashed: last week)</source>
        <translation>Verteilung auf Stufen (gefüllt: diese Woche, gestrichelt: Vorwoche)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="51"/>
        <source>last week</source>
        <extracomment>what the dashed outlines of the tier bars show on the review page</extracomment>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="52"/>
        <source>Accounts and ARR per tier this week (filled) and last week (dashed outline)</source>
        <translation>Konten und ARR je Stufe in dieser Woche (gefüllt) und der Vorwoche (gestrichelter Umriss)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="61"/>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="67"/>
        <source>By ARR</source>
        <translation>Nach ARR</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="68"/>
        <source>Shares of ARR instead of shares of accounts</source>
        <translation>ARR-Anteile statt Kontenanteile</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="72"/>
        <source>Movement since last week</source>
        <translation>Bewegung seit der Vorwoche</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="75"/>
        <source>Rows: tier last week; columns: tier this week; accounts and ARR</source>
        <translation>Zeilen: Stufe der Vorwoche; Spalten: Stufe dieser Woche; Konten und ARR</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="84"/>
        <source>Movers</source>
        <translation>Absteiger</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="87"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="87"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="119"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="128"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="87"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="119"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="128"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="87"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="119"/>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="87"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="87"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="87"/>
        <source>Score then</source>
        <translation>Score vorher</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="88"/>
        <source>Score now</source>
        <translation>Score jetzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="88"/>
        <source>What moved it</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="89"/>
        <source>Accounts that dropped a tier, fell by the threshold or more, stayed in the worst tier for 14 days, or recovered, with the signals whose change moved the score most</source>
        <translation>Konten, die eine Stufe abgestiegen sind, um mindestens die Schwelle gefallen sind, 14 Tage in der schlechtesten Stufe blieben oder sich erholt haben, mit den Signalen, deren Änderung den Score am stärksten bewegt hat</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="93"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="96"/>
        <source>Only the movers of one kind</source>
        <translation>Nur die Bewegungen einer Art</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="102"/>
        <source>The movers shown, counted per CSM, most first</source>
        <translation>Die gezeigten Bewegungen je CSM gezählt, die meisten zuerst</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="113"/>
        <source>Renewals in the next 90 days</source>
        <translation>Verlängerungen in den nächsten 90 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="119"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="128"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="119"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="128"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="119"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="119"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="128"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="120"/>
        <source>Accounts renewing soon, weakest first; ARR at risk = those below the best tier</source>
        <translation>Konten mit baldiger Verlängerung, schwächste zuerst; gefährdeter ARR = Konten unterhalb der besten Stufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="125"/>
        <source>Expansion candidates</source>
        <translation>Ausbaukandidaten</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="128"/>
        <source>4 weeks ago</source>
        <translation>vor 4 Wochen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="129"/>
        <source>Best-tier accounts renewing soon or whose score rose over the last 4 weeks</source>
        <translation>Konten der besten Stufe mit baldiger Verlängerung oder steigendem Score in den letzten 4 Wochen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="131"/>
        <source>This week&apos;s actions</source>
        <translation>Aufgaben dieser Woche</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="136"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="137"/>
        <source>This week&apos;s actions: %1</source>
        <translation>Aufgaben dieser Woche: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="142"/>
        <source>Stability and drift</source>
        <translation>Stabilität und Drift</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="205"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="207"/>
        <location filename="../ui/pages/reviewpage.cpp" line="215"/>
        <source>Export Scored Accounts</source>
        <translation>Bewertete Konten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="204"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="138"/>
        <source>The model every week is scored with, so weeks compare like for like: the published one unless you choose another</source>
        <translation>Das Modell, mit dem jede Woche bewertet wird, damit Wochen vergleichbar bleiben: das veröffentlichte, sofern Sie kein anderes wählen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="217"/>
        <location filename="../ui/pages/reviewpage.cpp" line="226"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="220"/>
        <location filename="../ui/pages/reviewpage.cpp" line="224"/>
        <source>Weekly Report</source>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="220"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="335"/>
        <source>Scoring the weeks with %1…</source>
        <translation>Bewerte die Wochen mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="429"/>
        <source>Week %1 against %2 · model %3 · %4</source>
        <translation>Woche %1 gegenüber %2 · Modell %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="431"/>
        <source>no earlier week</source>
        <translation>keine frühere Woche</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="493"/>
        <source>All CSMs</source>
        <translation>Alle CSMs</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="494"/>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="502"/>
        <source>&lt;br&gt;Tier changed since last week: %1 of the accounts scored both weeks</source>
        <translation>&lt;br&gt;Stufe seit letzter Woche geändert: %1 der in beiden Wochen bewerteten Konten</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="505"/>
        <source>score distribution against %1: PSI %2</source>
        <translation>Score-Verteilung gegenüber %1: PSI %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="509"/>
        <source>&lt;b&gt;&lt;font color=&quot;#b3261e&quot;&gt;Significant shift in the %1&lt;/font&gt;&lt;/b&gt;: check the data and the model before reading the tiers</source>
        <translation>&lt;b&gt;&lt;font color=&quot;#b3261e&quot;&gt;Deutliche Verschiebung der %1&lt;/font&gt;&lt;/b&gt;: vor dem Lesen der Stufen Daten und Modell prüfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="510"/>
        <source>Moderate shift in the %1</source>
        <translation>Mäßige Verschiebung der %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="511"/>
        <source>Stable %1</source>
        <translation>Stabile %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="523"/>
        <source>Tier distribution</source>
        <translation>Verteilung auf Stufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="527"/>
        <source>New since last week: %1 (ARR %2) · gone: %3 (ARR %4) · unscored now: %5</source>
        <translation>Neu seit Vorwoche: %1 (ARR %2) · weggefallen: %3 (ARR %4) · jetzt ohne Score: %5</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="525"/>
        <source>This is the first week of the workspace: nothing to compare with.</source>
        <translation>Dies ist die erste Woche des Arbeitsbereichs: nichts zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="546"/>
        <location filename="../ui/pages/reviewpage.cpp" line="593"/>
        <location filename="../ui/pages/reviewpagelayout.cpp" line="139"/>
        <source> (the first %1 listed)</source>
        <translation> (die ersten %1 aufgeführt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="573"/>
        <source>Every kind (%1)</source>
        <translation>Alle Arten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="575"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="591"/>
        <source>Movers: %1</source>
        <translation>Absteiger: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="549"/>
        <source>&lt;b&gt;%1 renewals&lt;/b&gt;, %2 below the best tier: &lt;b&gt;ARR at risk %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Verlängerungen&lt;/b&gt;, %2 unterhalb der besten Stufe: &lt;b&gt;gefährdeter ARR %3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="451"/>
        <source>; last week %1</source>
        <translation>; Vorwoche %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="465"/>
        <source>&amp;nbsp;&amp;nbsp;&amp;nbsp;of them &lt;b&gt;%1&lt;/b&gt;: %2, ARR %3</source>
        <translation>&amp;nbsp;&amp;nbsp;&amp;nbsp;davon &lt;b&gt;%1&lt;/b&gt;: %2, ARR %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="535"/>
        <source>New since last week: %1 · gone: %2 · unscored now: %3</source>
        <translation>Neu seit Vorwoche: %1 · weggefallen: %2 · jetzt ohne Score: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="555"/>
        <source>Expansion candidates: %1</source>
        <translation>Ausbaukandidaten: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="591"/>
        <source>Movers: %1 of %2</source>
        <translation>Bewegungen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="600"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="600"/>
        <source>no CSM</source>
        <translation>kein CSM</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="601"/>
        <source>Per CSM: %1</source>
        <translation>Je CSM: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="647"/>
        <source>nothing to export yet: the review is still loading</source>
        <translation>noch nichts zu exportieren: der Rückblick wird noch geladen</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="651"/>
        <source>no workspace</source>
        <translation>kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="667"/>
        <source>no account matches the filters</source>
        <translation>kein Konto passt zu den Filtern</translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="682"/>
        <source>nothing to report yet: the review is still loading</source>
        <translation>noch nichts zu berichten: der Rückblick wird noch geladen</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::RuleCurveChart</name>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="55"/>
        <source>Bars: how many accounts have each value in this week&apos;s snapshot, split into those that churned later and the others. Line or dots: the score the rule gives each value (right axis).</source>
        <translation>Balken: wie viele Konten jeden Wert in der Momentaufnahme dieser Woche haben, aufgeteilt in später abgewanderte und die übrigen. Linie oder Punkte: der Score, den die Regel jedem Wert gibt (rechte Achse).</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="58"/>
        <location filename="../ui/charts/rulecurvechart.cpp" line="216"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="60"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="72"/>
        <location filename="../ui/charts/rulecurvechart.cpp" line="75"/>
        <source>Score by the rule</source>
        <translation>Score nach der Regel</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="92"/>
        <source>How well this signal alone orders the accounts that churned later above the others, in this week&apos;s snapshot: 0.5 is chance, 1 a perfect ordering. The direction says which end of the values is the risky one.</source>
        <translation>Wie gut dieses Signal allein die später abgewanderten Konten vor die übrigen ordnet, in der Momentaufnahme dieser Woche: 0,5 ist Zufall, 1 eine perfekte Ordnung. Die Richtung sagt, welches Ende der Werte das riskante ist.</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="111"/>
        <source>AUC: no outcomes yet.</source>
        <translation>AUC: noch keine Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="114"/>
        <source>%1 of %2 accounts have a value, %3 of them churned later.</source>
        <translation>%1 von %2 Konten haben einen Wert, %3 davon sind später abgewandert.</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="119"/>
        <source>No AUC: %1</source>
        <translation>Keine AUC: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="122"/>
        <source>higher values are riskier</source>
        <translation>höhere Werte sind riskanter</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="123"/>
        <source>lower values are riskier</source>
        <translation>niedrigere Werte sind riskanter</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="124"/>
        <source>no direction</source>
        <translation>keine Richtung</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="125"/>
        <source>AUC %1 (%2)</source>
        <translation>AUC %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="216"/>
        <source>Others (%1)</source>
        <translation>Übrige (%1)</translation>
    </message>
    <message>
        <location filename="../ui/charts/rulecurvechart.cpp" line="219"/>
        <source>Churned later (%1)</source>
        <translation>Später abgewandert (%1)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::RuleEditorDialog</name>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="72"/>
        <source>Rule for %1</source>
        <translation>Regel für %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="83"/>
        <source>Linear: a worst and a best value</source>
        <translation>Linear: ein schlechtester und ein bester Wert</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="84"/>
        <source>Bands: a score per range</source>
        <translation>Bänder: ein Score je Bereich</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="85"/>
        <source>Map: a score per category</source>
        <translation>Zuordnung: ein Score je Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="86"/>
        <source>Flag: a score for yes and for no</source>
        <translation>Kennzeichen: ein Score für ja und für nein</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="87"/>
        <source>Percentile: rank among all accounts</source>
        <translation>Perzentil: Rang unter allen Konten</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="88"/>
        <source>How a value of this signal becomes a 0–100 score</source>
        <translation>Wie ein Wert dieses Signals zu einem Score von 0–100 wird</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="89"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="100"/>
        <source>The value that scores 0 (best may be below worst: lower is then better)</source>
        <translation>Der Wert mit Score 0 (der beste Wert darf unter dem schlechtesten liegen: niedriger ist dann besser)</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="101"/>
        <source>The value that scores 100</source>
        <translation>Der Wert mit Score 100</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="102"/>
        <source>Worst value (score 0):</source>
        <translation>Schlechtester Wert (Score 0):</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="103"/>
        <source>Best value (score 100):</source>
        <translation>Bester Wert (Score 100):</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="109"/>
        <source>e.g. 10, 20, 40</source>
        <translation>z. B. 10, 20, 40</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="110"/>
        <source>Increasing band edges, comma-separated; k edges make k + 1 bands</source>
        <translation>Aufsteigende Bandgrenzen, durch Kommas getrennt; k Grenzen ergeben k + 1 Bänder</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="114"/>
        <source>e.g. 0, 40, 70, 100</source>
        <translation>z. B. 0, 40, 70, 100</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="115"/>
        <source>One score per band, lowest band first</source>
        <translation>Ein Score je Band, das niedrigste Band zuerst</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="116"/>
        <source>Edges:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="117"/>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="139"/>
        <source>Scores:</source>
        <translation>Scores:</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="127"/>
        <source>One &quot;value = score&quot; per line</source>
        <translation>Ein „Wert = Score“ je Zeile</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="134"/>
        <source>Values in this snapshot: %1</source>
        <translation>Werte in dieser Momentaufnahme: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="140"/>
        <source>Any other value:</source>
        <translation>Jeder andere Wert:</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="149"/>
        <source>Score for yes:</source>
        <translation>Score für ja:</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="150"/>
        <source>Score for no:</source>
        <translation>Score für nein:</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="155"/>
        <source>Lower values are better</source>
        <translation>Niedrigere Werte sind besser</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="164"/>
        <source>Skip the signal</source>
        <translation>Signal überspringen</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="165"/>
        <source>Score 50 (neutral)</source>
        <translation>Score 50 (neutral)</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="166"/>
        <source>Score 0 (worst)</source>
        <translation>Score 0 (schlechtester)</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="168"/>
        <source>What an account without a value for this signal gets</source>
        <translation>Was ein Konto ohne Wert für dieses Signal erhält</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="169"/>
        <source>When missing:</source>
        <translation>Wenn fehlend:</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="190"/>
        <source>The week whose values the histogram shows, split by the accounts that churned after it: the latest week has little churn still to come, an earlier one shows which values churn followed</source>
        <translation>Die Woche, deren Werte das Histogramm zeigt, getrennt nach den Konten, die danach abgewandert sind: Die letzte Woche hat kaum noch Abwanderung vor sich, eine frühere zeigt, auf welche Werte Abwanderung folgte</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="196"/>
        <source>&amp;Week:</source>
        <translation>&amp;Woche:</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="213"/>
        <source>AUC: no workspace outcomes to compare with.</source>
        <translation>AUC: keine Ergebnisse im Arbeitsbereich zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="250"/>
        <source>AUC: reading the outcomes…</source>
        <translation>AUC: die Ergebnisse werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="279"/>
        <source>the week of %1 has no values of this signal</source>
        <translation>die Woche vom %1 hat keine Werte dieses Signals</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="291"/>
        <source>nobody churned after %1 yet. Choose an earlier week to see which values churn followed.</source>
        <translation>nach dem %1 ist noch niemand abgewandert. Wählen Sie eine frühere Woche, um zu sehen, auf welche Werte Abwanderung folgte.</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="325"/>
        <source>AUC: %1</source>
        <translation>AUC: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/ruleeditordialog.cpp" line="360"/>
        <source>Edges and scores must be numbers separated by commas</source>
        <translation>Grenzen und Scores müssen durch Kommas getrennte Zahlen sein</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SaveVersionDialog</name>
    <message>
        <location filename="../ui/designer/saveversiondialog.cpp" line="16"/>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/designer/saveversiondialog.cpp" line="29"/>
        <source>What changed and why (optional)</source>
        <translation>Was sich geändert hat und warum (optional)</translation>
    </message>
    <message>
        <location filename="../ui/designer/saveversiondialog.cpp" line="32"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/designer/saveversiondialog.cpp" line="33"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../ui/designer/saveversiondialog.cpp" line="36"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SegmentBar</name>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="29"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="33"/>
        <source>Which accounts the charts show, and which model the weights edit: the base model, or one segment&apos;s variant (its own weights, rules and tier edges)</source>
        <translation>Welche Konten die Diagramme zeigen und welches Modell die Gewichtungen bearbeiten: das Basismodell oder die Variante eines Segments (mit eigenen Gewichtungen, Regeln und Stufengrenzen)</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="38"/>
        <source>Add a segment variant: accounts with chosen values of an attribute get their own weights, rules and tier edges</source>
        <translation>Eine Segmentvariante hinzufügen: Konten mit ausgewählten Werten eines Merkmals erhalten eigene Gewichtungen, Regeln und Stufengrenzen</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="43"/>
        <source>Edit variant</source>
        <translation>Variante bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="44"/>
        <source>Edit the chosen variant&apos;s label and the values whose accounts it scores</source>
        <translation>Bezeichnung der gewählten Variante und die Werte bearbeiten, deren Konten sie bewertet</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="48"/>
        <source>Remove the chosen variant: its accounts are scored by the base model</source>
        <translation>Die ausgewählte Variante entfernen: Ihre Konten werden mit dem Basismodell bewertet</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="80"/>
        <source>All accounts · base model</source>
        <translation>Alle Konten · Basismodell</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="81"/>
        <source>All accounts · base model (%1)</source>
        <translation>Alle Konten · Basismodell (%1)</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="83"/>
        <source>Every account, each scored by its segment&apos;s variant; the weights edit the base model</source>
        <translation>Alle Konten, jedes mit der Variante seines Segments bewertet; die Gewichtungen bearbeiten das Basismodell</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="91"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="92"/>
        <source>%1: the accounts whose %2 is %3</source>
        <translation>%1: die Konten, deren %2 %3 ist</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="92"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="98"/>
        <source>Base (accounts in no variant)</source>
        <translation>Basis (Konten ohne Variante)</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="99"/>
        <source>The accounts no variant lists: the base model scores them</source>
        <translation>Die Konten, die keine Variante aufführt: Das Basismodell bewertet sie</translation>
    </message>
    <message>
        <location filename="../ui/designer/segmentbar.cpp" line="101"/>
        <source>accounts in no variant</source>
        <translation>Konten ohne Variante</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SegmentMetricsTable</name>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="15"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="15"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="15"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="15"/>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="15"/>
        <source>AUC [95 % CI]</source>
        <translation>AUC [95-%-KI]</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="16"/>
        <source>Recall (worst tier)</source>
        <translation>Trefferquote (schlechteste Stufe)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="16"/>
        <source>Precision (worst tier)</source>
        <translation>Präzision (schlechteste Stufe)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="16"/>
        <source>Median lead time</source>
        <translation>Median-Vorlauf</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="17"/>
        <source>The back-test of each segment variant on the outcomes it scored (the variant of the account&apos;s snapshot), and of the accounts no variant lists; the first row is every outcome</source>
        <translation>Der Backtest jeder Segmentvariante an den Ergebnissen, die sie bewertet hat (die Variante der Momentaufnahme des Kontos), und der Konten, die keine Variante aufführt; die erste Zeile umfasst alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="34"/>
        <source>%1 [%2–%3]</source>
        <translation>%1 [%2–%3]</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="39"/>
        <source>%1 (%2 of %3 churned)</source>
        <translation>%1 (%2 von %3 abgewandert)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="44"/>
        <source>%1 (%2 of %3 flagged)</source>
        <translation>%1 (%2 von %3 markiert)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="50"/>
        <source>no churn before its snapshot</source>
        <translation>keine Abwanderung mit vorheriger Momentaufnahme</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="50"/>
        <source>none flagged before the churn</source>
        <translation>keine vor der Abwanderung markiert</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="51"/>
        <source>%1 days (%2 of %3 churned flagged)</source>
        <translation>%1 Tage (%2 von %3 abgewanderten markiert)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="60"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="65"/>
        <source>in no variant</source>
        <translation>in keiner Variante</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="69"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/backtest/segmentmetricstable.cpp" line="72"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="32"/>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="62"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="69"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="69"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SignalBuildRunner</name>
    <message>
        <location filename="../ui/signals/signalbuildrunner.cpp" line="48"/>
        <source>Built %1 snapshots: %2 accounts on %3 dates from %4 to %5, %6 signals, in %7 s.</source>
        <translation>%1 Momentaufnahmen aufgebaut: %2 Konten an %3 Stichtagen von %4 bis %5, %6 Signale, in %7 s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signals/signalbuildrunner.cpp" line="57"/>
        <source>%n account(s) got no snapshot (no start, or a start after the last date).</source>
        <translation>
            <numerusform>%n Konto erhielt keine Momentaufnahme (kein Beginn oder ein Beginn nach dem letzten Stichtag).</numerusform>
            <numerusform>%n Konten erhielten keine Momentaufnahme (kein Beginn oder ein Beginn nach dem letzten Stichtag).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SignalPreviewPanel</name>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="36"/>
        <source>How many accounts have each value on the grid&apos;s latest date</source>
        <translation>Wie viele Konten am letzten Rasterdatum welchen Wert haben</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="37"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="38"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="55"/>
        <source>Accounts with a snapshot on the grid&apos;s latest date, and how many of them have a value</source>
        <translation>Konten mit einer Momentaufnahme am letzten Rasterdatum und wie viele davon einen Wert haben</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="56"/>
        <source>The smallest, middle and largest value on that date</source>
        <translation>Der kleinste, mittlere und größte Wert an diesem Datum</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="58"/>
        <source>How well the signal alone ranks the churned outcomes: each outcome is matched with the account&apos;s value at least 90 days before it (as the back-test does); 0.5 is chance</source>
        <translation>Wie gut das Signal allein die Abwanderungen ordnet: Jedem Ergebnis wird der Wert des Kontos mindestens 90 Tage davor zugeordnet (wie im Backtest); 0,5 ist Zufall</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="66"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="66"/>
        <source>Select a recipe to see its values.</source>
        <translation>Ein Rezept auswählen, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="107"/>
        <source>Coverage %1 %: %2 of %3 accounts have a value on %4</source>
        <translation>Abdeckung %1 %: %2 von %3 Konten haben am %4 einen Wert</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="122"/>
        <source>min %1 · median %2 · max %3</source>
        <translation>Min. %1 · Median %2 · Max. %3</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="128"/>
        <source>AUC n/a: %1</source>
        <translation>AUC k. A.: %1</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="129"/>
        <source>AUC %1 (%2), %3 outcomes, %4 churned</source>
        <translation>AUC %1 (%2), %3 Ergebnisse, %4 abgewandert</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="131"/>
        <source>higher = riskier</source>
        <translation>höher = riskanter</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="131"/>
        <source>lower = riskier</source>
        <translation>niedriger = riskanter</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="138"/>
        <source>Computing %1…</source>
        <translation>Berechne %1…</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="160"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="164"/>
        <source>Outcomes matched with a value at least %1 days before them: %2 (%3 churned); %4 left out (no snapshot that early, or no value). %5</source>
        <translation>Ergebnisse mit einem Wert mindestens %1 Tage davor: %2 (%3 abgewandert); %4 ausgelassen (keine so frühe Momentaufnahme oder kein Wert). %5</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="170"/>
        <source>AUC reading higher values as riskier: %1</source>
        <translation>AUC, wenn höhere Werte als riskanter gelten: %1</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="179"/>
        <source>A text signal: no histogram.</source>
        <translation>Ein Textsignal: kein Histogramm.</translation>
    </message>
    <message>
        <location filename="../ui/signals/signalpreviewpanel.cpp" line="180"/>
        <source>No account has a value on that date.</source>
        <translation>Kein Konto hat an diesem Datum einen Wert.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SignalsPage</name>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="55"/>
        <source>, %1 w</source>
        <translation>, %1 Wo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="58"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="100"/>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="107"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="109"/>
        <source>Read a recipes file (tierlab-signals JSON) into the editor</source>
        <translation>Eine Rezeptdatei (tierlab-signals-JSON) in den Editor laden</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="110"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="112"/>
        <source>Write the recipes to a file (tierlab-signals JSON)</source>
        <translation>Die Rezepte in eine Datei schreiben (tierlab-signals-JSON)</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="113"/>
        <source>Re&amp;place imported snapshots</source>
        <translation>Importierte Momentaufnahmen &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="115"/>
        <source>Also delete the snapshots CSV imports wrote (by default only an earlier build&apos;s snapshots are replaced)</source>
        <translation>Auch die von CSV-Importen geschriebenen Momentaufnahmen löschen (standardmäßig werden nur die Momentaufnahmen eines früheren Aufbaus ersetzt)</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="117"/>
        <source>&amp;Build snapshots</source>
        <translation>Momentaufnahmen a&amp;ufbauen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="119"/>
        <source>Compute every recipe at every grid date and write the snapshots into the workspace, replacing an earlier build&apos;s</source>
        <translation>Jedes Rezept an jedem Rasterdatum berechnen und die Momentaufnahmen in den Arbeitsbereich schreiben; die eines früheren Aufbaus werden ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="125"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="127"/>
        <source>Stop the build; nothing is written</source>
        <translation>Den Aufbau anhalten; es wird nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="147"/>
        <source>Event tables</source>
        <translation>Ereignistabellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="161"/>
        <source>The workspace&apos;s event tables (tierlab import table): rows, time span, key, and how many keys name a known account</source>
        <translation>Die Ereignistabellen des Arbeitsbereichs (tierlab import table): Zeilen, Zeitspanne, Schlüssel und wie viele Schlüssel ein bekanntes Konto nennen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="165"/>
        <source>Snapshot grid and accounts</source>
        <translation>Raster der Momentaufnahmen und Konten</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="177"/>
        <source>Recipes</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="182"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="182"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="190"/>
        <source>The signal recipes, in file order; select one to edit and preview it</source>
        <translation>Die Signalrezepte in der Reihenfolge der Datei; eines auswählen, um es zu bearbeiten und in der Vorschau zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="193"/>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="195"/>
        <source>Add a recipe: a count of rows over 30 days, to edit</source>
        <translation>Ein Rezept hinzufügen: eine Zählung der Zeilen über 30 Tage, zum Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="196"/>
        <source>&amp;Duplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="198"/>
        <source>Add a copy of the selected recipe</source>
        <translation>Eine Kopie des ausgewählten Rezepts hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="199"/>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="201"/>
        <source>Remove the selected recipe</source>
        <translation>Das ausgewählte Rezept entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="209"/>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="220"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="234"/>
        <location filename="../ui/pages/signalspage.cpp" line="472"/>
        <location filename="../ui/pages/signalspage.cpp" line="632"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="277"/>
        <location filename="../ui/pages/signalspage.cpp" line="326"/>
        <source>Open a workspace with event tables (tierlab import table) to write signal recipes.</source>
        <translation>Einen Arbeitsbereich mit Ereignistabellen (tierlab import table) öffnen, um Signalrezepte zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="345"/>
        <source>Reading the event tables of %1…</source>
        <translation>Lese die Ereignistabellen von %1…</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="372"/>
        <source>This workspace has no event tables yet. Import the exports with tierlab import table (see docs/signals.md), then come back to write recipes.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Ereignistabellen. Die Exporte mit tierlab import table importieren (siehe docs/signals.md) und dann zurückkommen, um Rezepte zu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="376"/>
        <source>stored recipes</source>
        <translation>gespeicherte Rezepte</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="387"/>
        <source>No recipes are stored in this workspace yet: add one, or open a recipes file.</source>
        <translation>In diesem Arbeitsbereich sind noch keine Rezepte gespeichert: eines hinzufügen oder eine Rezeptdatei öffnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="403"/>
        <source>%n event table(s)</source>
        <translation>
            <numerusform>%n Ereignistabelle</numerusform>
            <numerusform>%n Ereignistabellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="472"/>
        <location filename="../ui/pages/signalspage.cpp" line="632"/>
        <source>Select a recipe to see its values.</source>
        <translation>Ein Rezept auswählen, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="569"/>
        <source>Open a workspace to preview the recipe.</source>
        <translation>Einen Arbeitsbereich öffnen, um die Vorschau des Rezepts zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="570"/>
        <source>No preview while the recipes have problems (listed under Check).</source>
        <translation>Keine Vorschau, solange die Rezepte Probleme haben (aufgeführt unter „Prüfung“).</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="640"/>
        <source>No preview: this recipe, or one it reads, has problems (listed under Check).</source>
        <translation>Keine Vorschau: dieses Rezept oder eines, das es liest, hat Probleme (aufgeführt unter „Prüfung“).</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="662"/>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="669"/>
        <source>Also the account attribute %1</source>
        <translation>Auch das Kontomerkmal %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="682"/>
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="684"/>
        <source>%n problem(s); Build waits until they are fixed:</source>
        <translation>
            <numerusform>%n Problem; der Aufbau wartet, bis es behoben ist:</numerusform>
            <numerusform>%n Probleme; der Aufbau wartet, bis sie behoben sind:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="686"/>
        <source>Checking the recipes against the tables…</source>
        <translation>Prüfe die Rezepte gegen die Tabellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="688"/>
        <source>The %n recipe(s) check out against the workspace&apos;s tables.</source>
        <translation>
            <numerusform>%n Rezept besteht die Prüfung gegen die Tabellen des Arbeitsbereichs.</numerusform>
            <numerusform>%n Rezepte bestehen die Prüfung gegen die Tabellen des Arbeitsbereichs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="712"/>
        <source>Opened %1: %n recipe(s). Build writes their snapshots into the workspace.</source>
        <translation>
            <numerusform>%1 geöffnet: %n Rezept. Der Aufbau schreibt seine Momentaufnahmen in den Arbeitsbereich.</numerusform>
            <numerusform>%1 geöffnet: %n Rezepte. Der Aufbau schreibt ihre Momentaufnahmen in den Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="722"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="727"/>
        <source>Saved the recipes to %1.</source>
        <translation>Rezepte in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="733"/>
        <source>Open Recipes</source>
        <translation>Rezepte öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="734"/>
        <source>Recipes files (*.json);;All files (*)</source>
        <translation>Rezeptdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="741"/>
        <source>Save Recipes</source>
        <translation>Rezepte speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="742"/>
        <source>Recipes files (*.json)</source>
        <translation>Rezeptdateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/signalspage.cpp" line="758"/>
        <source>Building the snapshots of %n signal(s)…</source>
        <translation>
            <numerusform>Baue die Momentaufnahmen von %n Signal auf…</numerusform>
            <numerusform>Baue die Momentaufnahmen von %n Signalen auf…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="768"/>
        <source>Cancelling the build…</source>
        <translation>Breche den Aufbau ab…</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="789"/>
        <source>The build was cancelled; nothing was written.</source>
        <translation>Der Aufbau wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/pages/signalspage.cpp" line="791"/>
        <source>Signals build: %1</source>
        <translation>Aufbau der Signale: %1</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SqlExportDialog</name>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="23"/>
        <source>Export Model as SQL</source>
        <translation>Modell als SQL exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="25"/>
        <source>The model &quot;%1&quot; as one SQL view over a table with one row per account per as_of and one column per signal: every score, tier and category score as Tierlab computes them, for a warehouse to refresh nightly.</source>
        <translation>Das Modell „%1“ als eine SQL-View über einer Tabelle mit einer Zeile je Konto und as_of und einer Spalte je Signal: jedes Ergebnis, jede Stufe und jedes Kategorie-Ergebnis, wie Tierlab sie berechnet, damit ein Data Warehouse sie jede Nacht aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="36"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="37"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="38"/>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="41"/>
        <source>The table the view reads: account_id, as_of, the attributes and one column per signal (`tierlab snapshots export --postgres` writes it)</source>
        <translation>Die Tabelle, die die View liest: account_id, as_of, die Attribute und eine Spalte je Signal (`tierlab snapshots export --postgres` schreibt sie)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="43"/>
        <source>&amp;Source table:</source>
        <translation>&amp;Quelltabelle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="46"/>
        <source>&amp;View name:</source>
        <translation>&amp;Name der View:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="47"/>
        <source>A plain &amp;SELECT instead of CREATE VIEW</source>
        <translation>Ein einfaches &amp;SELECT statt CREATE VIEW</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="65"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="95"/>
        <source>Name the source table.</source>
        <translation>Die Quelltabelle benennen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="97"/>
        <source>Name the view.</source>
        <translation>Die View benennen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="106"/>
        <source>%n line(s); identifiers are quoted and every value is a literal.</source>
        <translation>
            <numerusform>%n Zeile; Bezeichner sind quotiert und jeder Wert ist ein Literal.</numerusform>
            <numerusform>%n Zeilen; Bezeichner sind quotiert und jeder Wert ist ein Literal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="116"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="122"/>
        <source>Save the SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sqlexportdialog.cpp" line="122"/>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::StabilityChart</name>
    <message>
        <location filename="../ui/review/stabilitychart.cpp" line="45"/>
        <source>Flip rate: the share of the accounts scored in both weeks whose tier changed from the week before</source>
        <translation>Wechselrate: der Anteil der in beiden Wochen bewerteten Konten, deren Stufe sich gegenüber der Vorwoche geändert hat</translation>
    </message>
    <message>
        <location filename="../ui/review/stabilitychart.cpp" line="47"/>
        <source>Tier changed (% of accounts)</source>
        <translation>Stufe gewechselt (% der Konten)</translation>
    </message>
    <message>
        <location filename="../ui/review/stabilitychart.cpp" line="55"/>
        <source>PSI of the score and CSI of each signal against the baseline week: below 0.1 stable, 0.1–0.25 moderate, above 0.25 significant</source>
        <translation>PSI des Scores und CSI jedes Signals gegenüber der Vergleichswoche: unter 0,1 stabil, 0,1–0,25 mäßig, über 0,25 deutlich</translation>
    </message>
    <message>
        <location filename="../ui/review/stabilitychart.cpp" line="58"/>
        <source>PSI / CSI against the baseline week</source>
        <translation>PSI / CSI gegenüber der Vergleichswoche</translation>
    </message>
    <message>
        <location filename="../ui/review/stabilitychart.cpp" line="91"/>
        <source>Score (PSI)</source>
        <translation>Score (PSI)</translation>
    </message>
    <message>
        <location filename="../ui/review/stabilitychart.cpp" line="119"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../ui/review/stabilitychart.cpp" line="119"/>
        <source>significant</source>
        <translation>deutlich</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::StarterDialog</name>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="36"/>
        <source>%1 bands</source>
        <translation>%1 Bänder</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="38"/>
        <source>map, %1 groups</source>
        <translation>Zuordnung, %1 Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="40"/>
        <source>flag</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="50"/>
        <source>missing scores worst</source>
        <translation>fehlend: schlechtester Score</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="52"/>
        <source>missing scores 50</source>
        <translation>fehlend: Score 50</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="56"/>
        <source>missing is skipped</source>
        <translation>fehlend: übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="71"/>
        <source>New Model from Data</source>
        <translation>Neues Modell aus Daten</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="72"/>
        <source>Builds a first model from this workspace&apos;s signals and outcomes: monotone bands for number signals, maps for categories and flags, each scored from its churn rates; signals that do not separate churned from retained accounts are left out. It learns on part of the accounts and reports its AUC on the others.</source>
        <translation>Erstellt ein erstes Modell aus den Signalen und Ergebnissen dieses Arbeitsbereichs: monotone Bänder für Zahlensignale, Zuordnungen für Kategorien und Kennzeichen, jeweils aus ihren Abwanderungsraten bewertet; Signale, die abgewanderte nicht von gehaltenen Konten trennen, werden weggelassen. Es lernt auf einem Teil der Konten und meldet seine AUC auf den übrigen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="82"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="83"/>
        <source>Learn from each account&apos;s snapshot at least this long before its outcome</source>
        <translation>Aus der Momentaufnahme jedes Kontos lernen, die mindestens so lange vor seinem Ergebnis liegt</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="89"/>
        <source> % of accounts</source>
        <translation> % der Konten</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="90"/>
        <source>Accounts kept out of the fit, stratified by churn, to measure the model honestly; 0 fits on all</source>
        <translation>Konten, die nach Abwanderung geschichtet aus der Anpassung herausgehalten werden, um das Modell ehrlich zu messen; 0 passt auf allen an</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="105"/>
        <source>Neutral from</source>
        <translation>Neutral ab</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="107"/>
        <source>Healthy from</source>
        <translation>Gesund ab</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="113"/>
        <source>Horizon:</source>
        <translation>Horizont:</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="114"/>
        <source>Held out:</source>
        <translation>Zurückgehalten:</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="115"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="116"/>
        <source>Tiers:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="118"/>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="134"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="134"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="134"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="134"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="134"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="134"/>
        <source>IV</source>
        <translation>IV</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="134"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="143"/>
        <source>&amp;Open in Designer</source>
        <translation>Im Designer ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="220"/>
        <source>Healthy must start above Neutral (%1 ≤ %2).</source>
        <translation>Gesund muss über Neutral beginnen (%1 ≤ %2).</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="225"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="228"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="229"/>
        <source>Building a starter model from the workspace&apos;s outcomes (%1-day horizon)…</source>
        <translation>Startmodell wird aus den Ergebnissen des Arbeitsbereichs erstellt (Horizont %1 Tage)…</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="238"/>
        <source>Reading snapshot %1 of %2…</source>
        <translation>Momentaufnahme %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="247"/>
        <source>Fitting the rules…</source>
        <translation>Regeln werden angepasst…</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="261"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="269"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="274"/>
        <source>No starter model: %1</source>
        <translation>Kein Startmodell: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="297"/>
        <source>%1 of %2 signals kept (%3); fitted on %4 outcomes of %5 accounts (%6 churned).</source>
        <translation>%1 von %2 Signalen behalten (%3); angepasst auf %4 Ergebnissen von %5 Konten (%6 abgewandert).</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="305"/>
        <source>&lt;b&gt;Held-out AUC %1&lt;/b&gt; (95 % CI %2–%3) on %4 outcomes of %5 accounts the fit never saw (%6 churned).</source>
        <translation>&lt;b&gt;AUC zurückgehalten %1&lt;/b&gt; (95-%-KI %2–%3) auf %4 Ergebnissen von %5 Konten, die die Anpassung nie sah (%6 abgewandert).</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="313"/>
        <source>%1 %2 % churned</source>
        <translation>%1 %2 % abgewandert</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="314"/>
        <source>Back-test on every outcome: AUC %1; %2.</source>
        <translation>Backtest auf allen Ergebnissen: AUC %1; %2.</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="322"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/designer/starterdialog.cpp" line="322"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::SurvivalView</name>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="64"/>
        <source>&amp;Start week:</source>
        <translation>&amp;Startwoche:</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="67"/>
        <source>The accounts scored in this week are followed from its date, grouped by that week&apos;s tier</source>
        <translation>Die in dieser Woche bewerteten Konten werden ab ihrem Datum verfolgt, gruppiert nach der Stufe dieser Woche</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="83"/>
        <source>Kaplan–Meier estimate of the share of each tier&apos;s accounts still customers that many days after the start week</source>
        <translation>Kaplan-Meier-Schätzung des Anteils der Konten jeder Stufe, die so viele Tage nach der Startwoche noch Kunden sind</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="85"/>
        <source>Days after the start week</source>
        <translation>Tage nach der Startwoche</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="86"/>
        <source>Still customers (%)</source>
        <translation>Noch Kunden (%)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="91"/>
        <location filename="../ui/backtest/survivalview.cpp" line="97"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="93"/>
        <source>At risk, day %1</source>
        <translation>Unter Risiko, Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="95"/>
        <source>Accounts of each tier still followed (not churned, not censored) that many days after the start</source>
        <translation>Konten jeder Stufe, die so viele Tage nach dem Start noch verfolgt werden (nicht abgewandert, nicht zensiert)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="97"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="97"/>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="97"/>
        <source>Retained at 90 days</source>
        <translation>Gehalten nach 90 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="97"/>
        <source>Retained at 365 days</source>
        <translation>Gehalten nach 365 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="98"/>
        <source>Hazard ratio [95 % CI]</source>
        <translation>Hazard Ratio [95-%-KI]</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="98"/>
        <source>Accounts now</source>
        <translation>Konten jetzt</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="98"/>
        <source>ARR now</source>
        <translation>ARR jetzt</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="98"/>
        <source>Expected churned ARR, 90 days</source>
        <translation>Erwarteter abwandernder ARR, 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="100"/>
        <source>Hazard ratio: the tier&apos;s churn hazard against the best tier&apos;s (log-rank estimate). Expected churned ARR: the tier&apos;s ARR in the latest week × the share its accounts lost in 90 days</source>
        <translation>Hazard Ratio: das Abwanderungsrisiko der Stufe gegenüber dem der besten Stufe (Log-Rank-Schätzung). Erwarteter abwandernder ARR: der ARR der Stufe in der neuesten Woche × der Anteil, den ihre Konten in 90 Tagen verloren</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="146"/>
        <source>Following the accounts from the start week…</source>
        <translation>Die Konten werden ab der Startwoche verfolgt…</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="167"/>
        <source>Default: a year before the data&apos;s end</source>
        <translation>Standard: ein Jahr vor dem Ende der Daten</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="190"/>
        <source>Accounts scored on %1, followed for up to %2 days (data until %3); hazard ratios against %4.</source>
        <translation>Am %1 bewertete Konten, bis zu %2 Tage verfolgt (Daten bis %3); Hazard Ratios gegenüber %4.</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="212"/>
        <source>1 (reference)</source>
        <translation>1 (Referenz)</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="213"/>
        <source>%1 [%2–%3]</source>
        <translation>%1 [%2–%3]</translation>
    </message>
    <message>
        <location filename="../ui/backtest/survivalview.cpp" line="223"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::TierBarsChart</name>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="18"/>
        <source>baseline</source>
        <translation>Referenzmodell</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="22"/>
        <source>Accounts and ARR in each tier with the current model (filled) and the saved baseline model (dashed outline), plus the accounts that could not be scored</source>
        <translation>Konten und ARR je Stufe mit dem aktuellen Modell (gefüllt) und dem gespeicherten Referenzmodell (gestrichelter Umriss) sowie die Konten, die nicht bewertet werden konnten</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="35"/>
        <location filename="../ui/charts/tierbarschart.cpp" line="37"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="36"/>
        <location filename="../ui/charts/tierbarschart.cpp" line="38"/>
        <location filename="../ui/charts/tierbarschart.cpp" line="179"/>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="178"/>
        <source>No ARR in this data</source>
        <translation>Keine ARR in diesen Daten</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="284"/>
        <source>Per tier</source>
        <translation>Je Stufe</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="284"/>
        <source>Per tier · %1</source>
        <translation>Je Stufe · %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="287"/>
        <source>Per tier · %1 (dashed: %2)</source>
        <extracomment>%1 is a segment (&quot;Enterprise&quot;), %2 what the dashed outlines show, e.g. &quot;baseline&quot;</extracomment>
        <translation>Je Stufe · %1 (gestrichelt: %2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="289"/>
        <source>Per tier (dashed: %1)</source>
        <extracomment>%1 is what the dashed outlines show, e.g. &quot;baseline&quot; or &quot;last week&quot;</extracomment>
        <translation>Je Stufe (gestrichelt: %1)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="179"/>
        <source>ARR (millions)</source>
        <translation>ARR (Millionen)</translation>
    </message>
    <message>
        <location filename="../ui/charts/tierbarschart.cpp" line="179"/>
        <source>ARR (thousands)</source>
        <translation>ARR (Tausend)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/tierbarschart.cpp" line="235"/>
        <source>%n account(s) unscored</source>
        <translation>
            <numerusform>%n Konto ohne Score</numerusform>
            <numerusform>%n Konten ohne Score</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierlab::ui::TierDialog</name>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="19"/>
        <source>Add Tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="19"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="24"/>
        <source>The tier&apos;s id in the model file and in overrides that cap at a tier</source>
        <translation>Die ID der Stufe in der Modelldatei und in Übersteuerungen, die auf eine Stufe begrenzen</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="27"/>
        <source>The name shown on charts and in tables</source>
        <translation>Der in Diagrammen und Tabellen angezeigte Name</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="30"/>
        <source>#rrggbb, or empty for the default colour</source>
        <translation>#rrggbb oder leer für die Standardfarbe</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="34"/>
        <source>The first tier starts at 0</source>
        <translation>Die erste Stufe beginnt bei 0</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="34"/>
        <source>The lowest score in this tier (0–100)</source>
        <translation>Der niedrigste Score in dieser Stufe (0–100)</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="36"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="37"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="38"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="39"/>
        <source>&amp;Minimum score:</source>
        <translation>&amp;Mindestscore:</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="65"/>
        <source>A tier needs an id.</source>
        <translation>Eine Stufe braucht eine ID.</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="69"/>
        <source>The minimum score must be a number from 0 to 100.</source>
        <translation>Der Mindestscore muss eine Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <location filename="../ui/designer/tierdialog.cpp" line="71"/>
        <source>&quot;%1&quot; is not a colour: use #rrggbb.</source>
        <translation>„%1“ ist keine Farbe: #rrggbb verwenden.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::TierEdgesEditor</name>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="69"/>
        <source>Tier edges:</source>
        <translation>Stufengrenzen:</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="70"/>
        <source>Each tier starts at the score typed here; type a number and press Enter, or step with the arrow keys</source>
        <translation>Jede Stufe beginnt beim hier eingegebenen Score; eine Zahl eingeben und Enter drücken oder mit den Pfeiltasten schrittweise ändern</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="73"/>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="74"/>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="119"/>
        <source>The first tier always starts at 0</source>
        <translation>Die erste Stufe beginnt immer bei 0</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="84"/>
        <source>%1 ≥ </source>
        <translation>%1 ≥ </translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="85"/>
        <source>Minimum score of %1</source>
        <translation>Kleinster Score von %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="86"/>
        <source>The lowest score of %1: above the previous tier&apos;s and below the next tier&apos;s</source>
        <translation>Der kleinste Score von %1: über dem der vorigen Stufe und unter dem der nächsten</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="122"/>
        <source>%1 must start at a score from 0 to 100</source>
        <translation>%1 muss bei einem Score von 0 bis 100 beginnen</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="125"/>
        <source>%1 must start above %2, which starts at %3</source>
        <translation>%1 muss über %2 beginnen, das bei %3 beginnt</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="130"/>
        <source>%1 must start below %2, which starts at %3</source>
        <translation>%1 muss unter %2 beginnen, das bei %3 beginnt</translation>
    </message>
    <message>
        <location filename="../ui/designer/tieredgeseditor.cpp" line="146"/>
        <source>Type a number</source>
        <translation>Eine Zahl eingeben</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::TrendChart</name>
    <message>
        <location filename="../ui/review/trendchart.cpp" line="11"/>
        <source>Share of accounts (or ARR) in each tier, week by week; a dashed line marks a new model version</source>
        <translation>Anteil der Konten (oder des ARR) je Stufe, Woche für Woche; eine gestrichelte Linie markiert eine neue Modellversion</translation>
    </message>
    <message>
        <location filename="../ui/review/trendchart.cpp" line="20"/>
        <location filename="../ui/review/trendchart.cpp" line="54"/>
        <source>% of accounts</source>
        <translation>% der Konten</translation>
    </message>
    <message>
        <location filename="../ui/review/trendchart.cpp" line="54"/>
        <source>% of ARR</source>
        <translation>% des ARR</translation>
    </message>
    <message>
        <location filename="../ui/review/trendchart.cpp" line="97"/>
        <source>model version</source>
        <translation>Modellversion</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::UnsavedEditsGuard</name>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="27"/>
        <source>Unsaved Model Edits</source>
        <translation>Nicht gespeicherte Modelländerungen</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="28"/>
        <source>The model “%1” has edits that are not saved as a version.</source>
        <translation>Das Modell „%1“ hat Änderungen, die nicht als Version gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="31"/>
        <source>Save them as a version in the workspace before quitting?</source>
        <translation>Vor dem Beenden als Version im Arbeitsbereich speichern?</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="32"/>
        <source>Save them as a version in the workspace before opening another workspace?</source>
        <translation>Vor dem Öffnen eines anderen Arbeitsbereichs als Version im Arbeitsbereich speichern?</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="33"/>
        <source>&amp;Save Version…</source>
        <translation>Version &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="47"/>
        <source>The model&apos;s edits are saved as a version in the workspace.</source>
        <translation>Die Änderungen am Modell werden als Version im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="90"/>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="51"/>
        <location filename="../ui/unsavededitsguard.cpp" line="151"/>
        <source>Restore Unsaved Edits</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="52"/>
        <source>Restore unsaved model edits from %1?</source>
        <translation>Nicht gespeicherte Modelländerungen vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/unsavededitsguard.cpp" line="55"/>
        <source>Tierlab did not close normally while the designer&apos;s model had unsaved edits. Restoring them is one step you can undo; No deletes them.</source>
        <translation>Tierlab wurde nicht normal beendet, während das Modell des Designers nicht gespeicherte Änderungen hatte. Das Wiederherstellen ist ein Schritt, den Sie rückgängig machen können; Nein löscht sie.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::VariantDialog</name>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="55"/>
        <source>Add Segment Variant</source>
        <translation>Segmentvariante hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="55"/>
        <source>Edit Segment Variant</source>
        <translation>Segmentvariante bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="59"/>
        <source>The accounts with the chosen values are scored by this variant. Its own weights, rules and tier edges stay as they are; edit them in the weights panel.</source>
        <translation>Die Konten mit den gewählten Werten werden von dieser Variante bewertet. Ihre eigenen Gewichtungen, Regeln und Stufengrenzen bleiben, wie sie sind; bearbeiten Sie sie im Gewichtungsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="61"/>
        <source>The accounts with the chosen values get a variant of the model: it starts as the base model, and the weights panel then edits its own weights, rules and tier edges.</source>
        <translation>Die Konten mit den ausgewählten Werten erhalten eine Variante des Modells: Sie beginnt als Basismodell, und der Gewichtungsbereich bearbeitet dann ihre eigenen Gewichtungen, Regeln und Stufengrenzen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="73"/>
        <source>Every variant of a model splits by the same attribute</source>
        <translation>Alle Varianten eines Modells teilen nach demselben Merkmal auf</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="75"/>
        <source>Account segment</source>
        <translation>Kontosegment</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="76"/>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="82"/>
        <source>Split by:</source>
        <translation>Aufteilen nach:</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="85"/>
        <source>e.g. ent</source>
        <translation>z. B. ent</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="86"/>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="89"/>
        <source>e.g. Enterprise</source>
        <translation>z. B. Enterprise</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="90"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="93"/>
        <source>The values whose accounts this variant scores</source>
        <translation>Die Werte, deren Konten diese Variante bewertet</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="94"/>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="106"/>
        <source>A variant keeps its id</source>
        <translation>Eine Variante behält ihre ID</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/variantdialog.cpp" line="125"/>
        <source>%1 (%n account(s))</source>
        <translation>
            <numerusform>%1 (%n Konto)</numerusform>
            <numerusform>%1 (%n Konten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="133"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="161"/>
        <source>The variant needs an id.</source>
        <translation>Die Variante braucht eine ID.</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="164"/>
        <source>There is already a variant &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Variante „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="167"/>
        <source>A model has at most %1 variants.</source>
        <translation>Ein Modell hat höchstens %1 Varianten.</translation>
    </message>
    <message>
        <location filename="../ui/designer/variantdialog.cpp" line="169"/>
        <source>Choose at least one value.</source>
        <translation>Mindestens einen Wert auswählen.</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::WeightsPanel</name>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="51"/>
        <source>&lt;b&gt;Weights&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gewichtungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="53"/>
        <source>The sum of the category weights; each category&apos;s share is its weight divided by it</source>
        <translation>Die Summe der Kategorie-Gewichtungen; der Anteil jeder Kategorie ist ihre Gewichtung geteilt durch diese Summe</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="54"/>
        <source>Normalise to 100</source>
        <translation>Auf 100 normieren</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="56"/>
        <source>Scale the unlocked category weights so that all weights add up to 100 (shares stay the same)</source>
        <translation>Die nicht gesperrten Kategorie-Gewichtungen so skalieren, dass alle Gewichtungen 100 ergeben (die Anteile bleiben gleich)</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="58"/>
        <source>Add Category…</source>
        <translation>Kategorie hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="60"/>
        <source>Add a category of signals to the model (each row&apos;s ⋯ menu renames, moves or removes it, and adds signals to it)</source>
        <translation>Dem Modell eine Kategorie von Signalen hinzufügen (das ⋯-Menü jeder Zeile benennt sie um, verschiebt oder entfernt sie und fügt ihr Signale hinzu)</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="91"/>
        <source>&lt;b&gt;Tiers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stufen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="92"/>
        <source>Add Tier…</source>
        <translation>Stufe hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="94"/>
        <source>Add a tier (a model has %1 to %2 tiers)</source>
        <translation>Eine Stufe hinzufügen (ein Modell hat %1 bis %2 Stufen)</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="98"/>
        <source>Edit Tiers</source>
        <translation>Stufen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="99"/>
        <source>Change a tier&apos;s id, label, colour or minimum score, or remove a tier</source>
        <translation>ID, Bezeichnung, Farbe oder Mindestscore einer Stufe ändern oder eine Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="107"/>
        <source>Edit %1…</source>
        <translation>%1 bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="112"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="132"/>
        <source>&lt;b&gt;Penalties and overrides&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abzüge und Übersteuerungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="133"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="135"/>
        <source>Add, change or remove the penalties (points off when a condition holds) and overrides (a cap on the score, with a reason)</source>
        <translation>Abzüge (Punktabzug, wenn eine Bedingung zutrifft) und Übersteuerungen (eine Obergrenze für den Score, mit Begründung) hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="150"/>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="152"/>
        <source>This segment uses the base model&apos;s value; changing it gives the segment its own</source>
        <translation>Dieses Segment verwendet den Wert des Basismodells; eine Änderung gibt dem Segment einen eigenen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="158"/>
        <source>Use the base model&apos;s tier edges in this segment again</source>
        <translation>In diesem Segment wieder die Stufengrenzen des Basismodells verwenden</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="159"/>
        <source>Use the base model&apos;s value in this segment again</source>
        <translation>In diesem Segment wieder den Wert des Basismodells verwenden</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="186"/>
        <source>Segment %1: &quot;inherited&quot; values are the base model&apos;s; changing one gives the segment its own, ↺ gives it back.</source>
        <translation>Segment %1: „Geerbte“ Werte stammen aus dem Basismodell; eine Änderung gibt dem Segment einen eigenen Wert, ↺ stellt den geerbten wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="302"/>
        <source>Show the signals of %1, their weights and rules</source>
        <translation>Die Signale von %1 mit ihren Gewichtungen und Regeln anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="309"/>
        <source>This category&apos;s share of the total weight: how much of the score it decides</source>
        <translation>Der Anteil dieser Kategorie an der Gesamtgewichtung: wie viel vom Score sie bestimmt</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="310"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="312"/>
        <source>Keep this weight fixed; moving another slider then rebalances the unlocked ones so the total stays the same</source>
        <translation>Diese Gewichtung festhalten; das Verschieben eines anderen Reglers gleicht dann die nicht gesperrten aus, sodass die Summe gleich bleibt</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="318"/>
        <source>Rename, move or remove %1, or add a signal to it (F2 renames, Alt+Up / Alt+Down move)</source>
        <translation>%1 umbenennen, verschieben oder entfernen oder ihr ein Signal hinzufügen (F2 benennt um, Alt+Hoch / Alt+Runter verschieben)</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="334"/>
        <source>Weight of %1: how much it counts in the score (arrow keys: ±1, Page Up/Down: ±10)</source>
        <translation>Gewichtung von %1: wie stark sie in den Score eingeht (Pfeiltasten: ±1, Bild auf/ab: ±10)</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="374"/>
        <source>Column: %1</source>
        <translation>Spalte: %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="377"/>
        <source>This signal&apos;s share of its category&apos;s weight</source>
        <translation>Der Anteil dieses Signals an der Gewichtung seiner Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="383"/>
        <source>Weight of %1 inside its category</source>
        <translation>Gewichtung von %1 innerhalb seiner Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="395"/>
        <source>Rule…</source>
        <translation>Regel…</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="396"/>
        <source>Change how %1 turns a value into a 0–100 score</source>
        <translation>Ändern, wie %1 einen Wert in einen Score von 0–100 umrechnet</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="402"/>
        <source>Rename, move or remove %1, or put it in another category (F2 renames, Alt+Up / Alt+Down move)</source>
        <translation>%1 umbenennen, verschieben oder entfernen oder in eine andere Kategorie setzen (F2 benennt um, Alt+Hoch / Alt+Runter verschieben)</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="458"/>
        <source>total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="482"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="574"/>
        <source>Use the Base Model&apos;s Value</source>
        <translation>Wert des Basismodells verwenden</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="583"/>
        <location filename="../ui/designer/weightspanel.cpp" line="598"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="584"/>
        <location filename="../ui/designer/weightspanel.cpp" line="599"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="587"/>
        <location filename="../ui/designer/weightspanel.cpp" line="600"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="590"/>
        <source>Add Signal…</source>
        <translation>Signal hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="592"/>
        <source>Remove Category</source>
        <translation>Kategorie entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="602"/>
        <source>Move to Category</source>
        <translation>In Kategorie verschieben</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="610"/>
        <source>Remove Signal</source>
        <translation>Signal entfernen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="619"/>
        <source>Model structure</source>
        <translation>Modellstruktur</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="630"/>
        <source>A segment&apos;s variant changes weights, rules and tier edges only: choose &quot;All accounts&quot; in the segment list to change the model&apos;s structure.</source>
        <translation>Die Variante eines Segments ändert nur Gewichtungen, Regeln und Stufengrenzen: „Alle Konten“ in der Segmentliste wählen, um die Struktur des Modells zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="635"/>
        <source>This edit would leave the model invalid:
%1</source>
        <translation>Diese Änderung würde das Modell ungültig machen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="734"/>
        <source>A model has at most %1 tiers here.</source>
        <translation>Ein Modell hat hier höchstens %1 Stufen.</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="704"/>
        <source>Add Category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="704"/>
        <source>Name of the new category:</source>
        <translation>Name der neuen Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="725"/>
        <source>Rename Category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="725"/>
        <source>Rename Signal</source>
        <translation>Signal umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="725"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="740"/>
        <source>New tier</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <location filename="../ui/designer/weightspanel.cpp" line="760"/>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::WhereEditor</name>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="27"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="29"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="31"/>
        <source>flag</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="33"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="51"/>
        <source>Every row counts.</source>
        <translation>Jede Zeile zählt.</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="53"/>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="55"/>
        <source>Only rows that meet every condition count</source>
        <translation>Nur Zeilen, die jede Bedingung erfüllen, zählen</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="81"/>
        <source>%1: %2 values</source>
        <translation>%1: Werte vom Typ %2</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="85"/>
        <source>%1 (not in the table)</source>
        <translation>%1 (nicht in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="109"/>
        <source>The column the condition reads</source>
        <translation>Die Spalte, die die Bedingung liest</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="114"/>
        <source>== != compare any value; &lt; &lt;= &gt; &gt;= numbers and dates; in / not_in a list</source>
        <translation>== != vergleichen beliebige Werte; &lt; &lt;= &gt; &gt;= Zahlen und Datumswerte; in / not_in eine Liste</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="123"/>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="163"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="166"/>
        <source>text, exact</source>
        <translation>Text, exakt</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="169"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="172"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="176"/>
        <source>%1, comma-separated</source>
        <translation>%1, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="178"/>
        <source>Values separated by commas; a row matches when its value is %1 them</source>
        <translation>Werte durch Kommas getrennt; eine Zeile trifft zu, wenn ihr Wert %1 ist</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="179"/>
        <source>one of</source>
        <translation>einer davon</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="179"/>
        <source>none of</source>
        <translation>keiner davon</translation>
    </message>
    <message>
        <location filename="../ui/signals/whereeditor.cpp" line="180"/>
        <source>The value to compare with: %1</source>
        <translation>Der Vergleichswert: %1</translation>
    </message>
</context>
<context>
    <name>tierlab::ui::WorkspaceErrorDialog</name>
    <message>
        <location filename="../ui/dialogs/workspaceerrordialog.cpp" line="14"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/workspaceerrordialog.cpp" line="15"/>
        <source>Tierlab cannot open %1.</source>
        <translation>Tierlab kann %1 nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/workspaceerrordialog.cpp" line="19"/>
        <source>%1

File: %2</source>
        <translation>%1

Datei: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/workspaceerrordialog.cpp" line="20"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/workspaceerrordialog.cpp" line="21"/>
        <source>Open Another…</source>
        <translation>Andere öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/workspaceerrordialog.cpp" line="22"/>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/workspaceerrordialog.cpp" line="23"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
</TS>
