<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Strata Studio: PostgreSQL migrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project folder (with strata.toml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a dark palette (the system's palette is followed otherwise).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs only walk their plan in the console; no database changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language: en, vi or system.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::BranchChoiceDialog</name>
    <message>
        <source>Down One Step: Choose a Branch</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is at %n head(s). Choose the branch to step down one revision; the other branches stay where they are.</source>
        <translation><numerusform>%1 is at %n head. Choose the branch to step down one revision; the other branches stay where they are.</numerusform><numerusform>%1 is at %n heads. Choose the branch to step down one revision; the other branches stay where they are.</numerusform></translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downgrade %1@-1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan the Step Down…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::CodeTheme</name>
    <message>
        <source>&amp;Code Colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Automatic (follows the palette)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ConnectionTest</name>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ConnectionsLabel</name>
    <message>
        <source>No project: File ▸ Open, or drop a folder with strata.toml here</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — %n revision(s)</source>
        <translation><numerusform>%1 — %n revision</numerusform><numerusform>%1 — %n revisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation><numerusform>, %n problem</numerusform><numerusform>, %n problems</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;running…&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::DiagnosticsAnalyzer</name>
    <message>
        <source>upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'Transactional: no' but no statement needs it: if a statement fails, the ones before it stay applied; consider 'Transactional: yes'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::DirtyResolution</name>
    <message>
        <source>&amp;Resolve Dirty Environment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the dirty state left by a failed Transactional: no revision: retry it, or mark it applied or rolled back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolve %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::DockLayout</name>
    <message>
        <source>&amp;Editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Switch Automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An editor tab shows the Editing layout, the drift tab the Drift layout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::DriftBadge</name>
    <message>
        <source>in sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation><numerusform>%n difference</numerusform><numerusform>%n differences</numerusform></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not compared with the expected schema yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actual schema vs the expected schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to open the comparison in the Drift view.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::DriftComparison</name>
    <message>
        <source>Start the sandbox (strata sandbox start) or set shadow_url to compare with the expected schema.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::DriftSummary</name>
    <message>
        <source>not compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation><numerusform>%n difference</numerusform><numerusform>%n differences</numerusform></translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comparison failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not compared with the expected schema yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not compared with the expected schema yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared with the expected schema at %1: in sync.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Compared with the expected schema at %1: %n difference(s). Open the Drift view to see them.</source>
        <translation><numerusform>Compared with the expected schema at %1: %n difference. Open the Drift view to see them.</numerusform><numerusform>Compared with the expected schema at %1: %n differences. Open the Drift view to see them.</numerusform></translation>
    </message>
    <message>
        <source>Cannot connect (at %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comparison with the expected schema failed (at %1): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::DriftView</name>
    <message>
        <source>only in B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the two schemas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two environments, or an environment and its expected schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>against B:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 and building its expected schema…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 and %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 only in B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 only in A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 column order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New revision from these differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a new revision on the heads whose upgrade brings B to A (what was changed by hand in A) and whose downgrade brings it back; destructive statements come out commented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message of the new revision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>capture drift of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing a revision from the differences of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the revision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap A and B</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %2 are in sync (%n object(s)).</source>
        <translation><numerusform>%1 and %2 are in sync (%n object).</numerusform><numerusform>%1 and %2 are in sync (%n objects).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 vs %2: %n difference(s).</source>
        <translation><numerusform>%1 vs %2: %n difference.</numerusform><numerusform>%1 vs %2: %n differences.</numerusform></translation>
    </message>
    <message>
        <source>Server differences (not drift) (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what the two PostgreSQL versions ship</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n server difference(s), not drift.</source>
        <translation><numerusform>%n server difference, not drift.</numerusform><numerusform>%n server differences, not drift.</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::DryRunSource</name>
    <message>
        <source>dry run of %1 (nothing is executed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::EditorNotices</name>
    <message numerus="yes">
        <source>Applied to %1: editing changes its checksum; &lt;code&gt;strata check&lt;/code&gt; will report it, and those environments keep what already ran. To change them, write a new revision after %2.</source>
        <translation><numerusform>Applied to %1: editing changes its checksum; &lt;code&gt;strata check&lt;/code&gt; will report it, and that environment keeps what already ran. To change it, write a new revision after %2.</numerusform><numerusform>Applied to %1: editing changes its checksum; &lt;code&gt;strata check&lt;/code&gt; will report it, and those environments keep what already ran. To change them, write a new revision after %2.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed on disk&lt;/b&gt; while you were editing it: %1. Reload drops your edits; Keep mine keeps them, and saving writes them over the new file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Deleted from disk&lt;/b&gt;: %1. The text stays here; Save writes the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved with %n error(s) (%1): `strata check` reports it and a run stops before this revision.</source>
        <translation><numerusform>Saved with %n error (%1): `strata check` reports it and a run stops before this revision.</numerusform><numerusform>Saved with %n errors (%1): `strata check` reports it and a run stops before this revision.</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::EditorTabs</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try it: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::EnvironmentActions</name>
    <message>
        <source>&amp;Add Environment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Environment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move Environment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an environment to strata.toml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the target environment in strata.toml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to the target environment and show its server version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the target environment from strata.toml (its database is not touched)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: connected, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from strata.toml? Its database is not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::EnvironmentCard</name>
    <message>
        <source>protected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
    <message>
        <source>Dirty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>files changed since applied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (empty)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::EnvironmentEditor</name>
    <message>
        <source>Protected: runs ask to type its name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up (pg_dump) before every run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Environment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postgresql://user@host:5432/db, service=name or ${VAR}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept for this session only, never written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (e.g. 5s, 2min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel &amp;Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Statement timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour of the environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This URL holds a password: it will be written to strata.toml as typed. Prefer the session password below or ~/.pgpass.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the environment a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid name (use letters, digits, '_', '-' and '.').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An environment called '%1' exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the environment a URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a duration (e.g. 5s, 2min).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::EnvironmentTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1 (double-click to enter the password)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::FileBanner</name>
    <message>
        <source>Open in External Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the file in the desktop's editor for it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::FindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation><numerusform>%n replaced</numerusform><numerusform>%n replaced</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::FleetProgressModel</name>
    <message>
        <source>waiting (canary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running (canary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already at the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::FleetRunDialog</name>
    <message>
        <source>Start no further database after one fails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on group %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the database of group &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the %2 databases of group &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most this many databases at once: one connection each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run this many databases first; if one fails, the others do not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Databases at once:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;anary databases first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no database is changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running: %1 at a time …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: the running databases roll their revision back …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::GoToTargetDialog</name>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to Target: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>heads, base, +2, -1, notes@-1, rev@head, a partial id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic (up or down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp (version table only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is at base (no revision applied).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a target; its plan is shown here as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already there: nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %2: %n step(s), heads after: %3</source>
        <translation><numerusform>%1 %2: %n step, heads after: %3</numerusform><numerusform>%1 %2: %n steps, heads after: %3</numerusform></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::GraphHeadsMenu</name>
    <message>
        <source>Go to &amp;Head of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No environments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::GraphModel</name>
    <message>
        <source>head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merge of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>branch point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an environment is dirty here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file changed since it was applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) (Problems panel): %1</source>
        <translation><numerusform>%n problem (Problems panel): %1</numerusform><numerusform>%n problems (Problems panel): %1</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::GraphRows</name>
    <message numerus="yes">
        <source>… %n revision(s)</source>
        <translation><numerusform>… %n revision</numerusform><numerusform>… %n revisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) from %1 to %2 with no branch, merge, environment or problem; double-click or press Enter to show them</source>
        <translation><numerusform>%n revision from %1 to %2 with no branch, merge, environment or problem; double-click or press Enter to show them</numerusform><numerusform>%n revisions from %1 to %2 with no branch, merge, environment or problem; double-click or press Enter to show them</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::GraphView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search revisions: id, message, branch label or file (Ctrl+F, Enter for next)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the revisions matching the search (id, message, label, file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fold Long Runs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Fold more than %n plain revisions in a row into one row (double-click it to expand)</source>
        <translation><numerusform>Fold more than %n plain revision in a row into one row (double-click it to expand)</numerusform><numerusform>Fold more than %n plain revisions in a row into one row (double-click it to expand)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n revision(s) shown · &lt;a href="all"&gt;Show all&lt;/a&gt;</source>
        <translation><numerusform>%1 of %n revision shown · &lt;a href="all"&gt;Show all&lt;/a&gt;</numerusform><numerusform>%1 of %n revisions shown · &lt;a href="all"&gt;Show all&lt;/a&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>strata::GroupEntry</name>
    <message>
        <source>: reading …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::GroupTreeModel</name>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dirty: %1 did not finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown revision %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n applied revision(s) changed</source>
        <translation><numerusform>%n applied revision changed</numerusform><numerusform>%n applied revisions changed</numerusform></translation>
    </message>
    <message>
        <source>at heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as expected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation><numerusform>%n difference</numerusform><numerusform>%n differences</numerusform></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the schema is what its revisions produce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>discovered on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environments: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation><numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform></translation>
    </message>
    <message>
        <source> (refreshing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>protected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comparing …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group / database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift (vs expected)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::GroupsPanel</name>
    <message>
        <source>&lt;b&gt;Groups&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade group to heads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare every database of the group with the schema its own revisions should have produced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade every database of the group to the heads, a few at a time, with a table of their progress.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::HeaderForm</name>
    <message>
        <source>Transactional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: a base; several, comma separated: a merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revision ids or branch labels, comma separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the revision in one transaction. Unchecked: statement by statement, for CREATE INDEX CONCURRENTLY, VACUUM and the like.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Branch labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Depends on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::HelpMenu</name>
    <message>
        <source>&amp;Documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The documentation is not installed. It is online in the project's repository: README.md and docs/studio.md.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::HistoryCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::HistoryFilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whose history: one environment or all of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started on or after this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started on or before this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of the user, host or database user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision, message or error…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::HistoryFormat</name>
    <message>
        <source>%1 %2 %3, %4 by %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3 at %4 (resolve it first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (resolved: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stamp</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::HistoryModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OS user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DB user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::HistoryView</name>
    <message>
        <source>Select an environment to see its history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of %1: reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of %1: unreachable (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of %1: cannot be read (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write every row the filter shows to a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1</source>
        <translation><numerusform>%Ln row exported to %1</numerusform><numerusform>%Ln rows exported to %1</numerusform></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>History of %1: %Ln row(s)</source>
        <translation><numerusform>History of %1: %Ln row</numerusform><numerusform>History of %1: %Ln rows</numerusform></translation>
    </message>
    <message>
        <source>all environments</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>History of %1: %Ln matching row(s)</source>
        <translation><numerusform>History of %1: %Ln matching row</numerusform><numerusform>History of %1: %Ln matching rows</numerusform></translation>
    </message>
    <message>
        <source>(not read: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 shown; scroll for more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a failed row to see its failing statement.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::LintQuickFix</name>
    <message>
        <source>Fix: build the index CONCURRENTLY (the revision becomes 'Transactional: no')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix: drop the index CONCURRENTLY (the revision becomes 'Transactional: no')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix: add IF NOT EXISTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix: add IF EXISTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix: add the constraint NOT VALID, then VALIDATE CONSTRAINT %1 (the revision becomes 'Transactional: no')</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::MainWindow</name>
    <message>
        <source>Strata Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Project (a folder with strata.toml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Run Log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nvironment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision &amp;Graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Strata Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Strata Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Strata Studio %1&lt;/h3&gt;&lt;p&gt;PostgreSQL migrations, Alembic-compatible.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Environment: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment the actions apply to (Ctrl+1…9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Strata Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A run is in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the run and quit? The current revision rolls back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Revision…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Revision &amp;After This…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge Heads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language changes when Strata Studio starts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::MatrixModel</name>
    <message>
        <source>● current head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— not on this branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2: %3 at it, %4 past it, %5 to run it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::MergeDialog</name>
    <message>
        <source>Merge heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merge heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heads to merge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is only one head: nothing to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check at least two heads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the merge revision…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision &amp;id:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::NewProjectDialog</name>
    <message>
        <source>&amp;Strata project (strata.toml and versions/)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alembic project already in the folder (alembic.ini)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's folder (created when missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, e.g. postgresql://app@localhost/app_dev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left empty, the first environment reads ${DATABASE_URL}. Passwords belong in .pgpass or the keyring, not here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First environment &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes strata.toml with a dev environment, an empty versions/ folder and a .gitignore, as 'strata init' does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes only a strata.toml that follows the folder's alembic.ini (or pyproject.toml), as 'strata init --alembic' does; revisions and the version table stay Alembic's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the project's folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::NewRevisionDialog</name>
    <message>
        <source>Run in one transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: the first revision (a base)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revision ids, comma separated (empty: a new base)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, e.g. feature_x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: revision ids or branch labels, comma separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncheck for CREATE INDEX CONCURRENTLY, VACUUM and the like (the revision then runs statement by statement).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what this revision does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision &amp;id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revises:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Branch label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A revision cannot revise itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A parent is named twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch label %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch label %1 is already used by revision %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch label %1 is a revision id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depends on %1: no such revision or branch label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written as a .py revision by the project's Alembic (%1), so that `alembic upgrade` runs it too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the revision with the project's Alembic…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the revision…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::PasswordDialog</name>
    <message>
        <source>Remember in the system keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This build has no keyring support; use ~/.pgpass to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::PlanDialog</name>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;span style="color:%2"&gt;■&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt; %4&lt;br&gt;Version table: &lt;code&gt;%5&lt;/code&gt; → &lt;code&gt;%6&lt;/code&gt;, %n step(s)</source>
        <translation><numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;span style="color:%2"&gt;■&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt; %4&lt;br&gt;Version table: &lt;code&gt;%5&lt;/code&gt; → &lt;code&gt;%6&lt;/code&gt;, %n step</numerusform><numerusform>&lt;h3&gt;%1&lt;/h3&gt;&lt;span style="color:%2"&gt;■&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt; %4&lt;br&gt;Version table: &lt;code&gt;%5&lt;/code&gt; → &lt;code&gt;%6&lt;/code&gt;, %n steps</numerusform></translation>
    </message>
    <message>
        <source>Dry run: the steps are shown in the console, nothing is executed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do: the environment is already there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not transactional: its statements run one by one in autocommit; a failure leaves the environment dirty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed since it was applied here (checksum differs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp: only the version table changes, no SQL of the revisions runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rows only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>autocommit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 is protected.&lt;/b&gt; Type its name to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-- stamp: no SQL runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-- %1 has no downgrade section: irreversible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version table: %1
Heads after this step: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name typed does not match '%1': nothing runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is irreversible (no downgrade section): the run is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export as SQL…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the plan's SQL as `strata upgrade --sql` writes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy step SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected step's SQL to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>I have read the %n error finding(s)</source>
        <translation><numerusform>I have read the %n error finding</numerusform><numerusform>I have read the %n error findings</numerusform></translation>
    </message>
    <message>
        <source>Export the plan as SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering the plan's SQL…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the plan's SQL to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the SQL of step %1 (%2) to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rendering cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-- %1: rendering its SQL with Alembic's offline mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run is refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type '%1' to confirm: nothing runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick "%1" first: nothing runs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::PreFlightSummary</name>
    <message>
        <source>drift: not compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift: unknown (the last comparison at %1 failed: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift: none, in sync with the expected schema (from the last comparison at %1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>drift: %n difference(s) (from the last comparison at %1)</source>
        <translation><numerusform>drift: %n difference (from the last comparison at %1)</numerusform><numerusform>drift: %n differences (from the last comparison at %1)</numerusform></translation>
    </message>
    <message>
        <source>Lint: %1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style="color:#c62828"&gt;%n destructive statement(s)&lt;/span&gt;</source>
        <translation><numerusform>&lt;span style="color:#c62828"&gt;%n destructive statement&lt;/span&gt;</numerusform><numerusform>&lt;span style="color:#c62828"&gt;%n destructive statements&lt;/span&gt;</numerusform></translation>
    </message>
    <message>
        <source> (reading row estimates from %1…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (estimates not read: %1 cannot be reached)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeouts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run is refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::PreFlightView</name>
    <message>
        <source>broken</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message>
        <source>drops data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(one transaction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(autocommit, statement by statement)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems (strata check): the run is refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(line %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destructive statements (estimates from %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1:%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>help: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lint findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (line %2): no lock on an existing table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locks (held until the revision commits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locks (each held while its statement runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the studio waits for a server before it reports it unreachable (status reads and runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language changes when Strata Studio starts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every run shows its plan first; a protected environment also asks for its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic (follows the palette)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colours of SQL and Python in the editor and every code view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ode colours:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ProblemsList</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2 (file line %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right-click: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file line %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ProtectedConfirmation</name>
    <message>
        <source>&lt;b&gt;%1 is protected.&lt;/b&gt; Type its name to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type '%1' to confirm: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' does not match the environment's name '%2': %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::PythonView</name>
    <message>
        <source>&lt;b&gt;Python revision&lt;/b&gt; — runs through the project's Alembic; edit it in your editor. Strata shows %1 read-only and reloads it when it changes on disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Python revision&lt;/b&gt; — %1 was removed from disk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ResolveDirtyDialog</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 is dirty:&lt;/b&gt; the &lt;code&gt;Transactional: no&lt;/code&gt; revision %2 failed part way (%3), and every run on %1 is refused until this is resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was done about it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cause is fixed: run the failed step again (its statements from the start).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was finished by hand: record %1 as applied, nothing runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark rolled &amp;back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was undone by hand: the version stays where it is, nothing runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The failed step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, not transactional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 of the revision file, error at character %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 of the revision file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-- (the statement is not known)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed statement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (SQLSTATE %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no error recorded: the run was interrupted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what was done: Retry, Mark applied or Mark rolled back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing is changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolving %1 (%2)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1 may still be dirty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ResolveJob</name>
    <message>
        <source>retried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marked applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marked rolled back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2; it is at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>base (no revision)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::RevisionEditor</name>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a scratch database of the sandbox brought to the parents: upgrade, downgrade, upgrade again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade (no section: the revision is irreversible; type here to add one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The revision was not saved: the header would not be valid (%1). Your edits are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only: the revision was not saved. Your edits are kept; make the file writable and save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save %1: %2. Your edits are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n table(s) for completion</source>
        <translation><numerusform>%n table for completion</numerusform><numerusform>%n tables for completion</numerusform></translation>
    </message>
    <message>
        <source>%1 is a Python revision (not only op.execute calls): it runs through the project's Alembic and opens read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;SQL revision in Python form&lt;/b&gt; — %1 is only op.execute(…) calls: Strata edits their SQL here and saving rewrites only those string literals. The header is Alembic's Python: edit it in your editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header of a .py revision is Python (its docstring and revision/down_revision assignments): edit it in your editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade — upgrade()</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade — upgrade() has no op.execute call (read-only: add one in your editor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade — no downgrade() in the file: the revision is irreversible (read-only: add one in your editor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade — downgrade()</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade — downgrade() has no op.execute call (read-only: add one in your editor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The revision was not saved: %1 Your edits are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on disk and is now Python (not only op.execute calls): it will show read-only. Drop your edits? (No keeps them here; saving is refused until the file is SQL form again.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::RevisionIdField</name>
    <message>
        <source>New id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate another random id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id by the project's naming (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The revision id is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A revision with the id %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1.sql already exists in the versions folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::RevisionInspector</name>
    <message>
        <source>Upgrade SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applied (current head)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not on its branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No revision selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt; (statement by statement, autocommit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reversible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;no&lt;/b&gt;: no downgrade section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade checksum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade checksum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade: %1
Downgrade: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-- no downgrade section: irreversible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (reading when…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (stamped) on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade (Python)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade (Python)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::RunActions</name>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 to Here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade %1 to Here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp %1 Here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 to Heads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade %1 One Step…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go to Target on %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 to here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade %1 to here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp %1 here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 to heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Down one step on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a target on %1: heads, base, +2, -1, notes@-1, rev@head, a partial id (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::RunConsole</name>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v / %m revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>index build %p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the run (Ctrl+.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save run log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the finished runs from the console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: succeeded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a statement to see it whole.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::RunCoordinator</name>
    <message>
        <source>Choose an environment first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has not been read yet; wait for its status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stamp %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 to heads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade %1 one step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: nothing to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cancelled, nothing ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade %1 one step: cancelled, nothing ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downgrade %1 one step on the branch of %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to target on %1: cancelled, nothing ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is already at %3, nothing to downgrade on that branch; to step it down, use Down One Step and choose it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::RunEventRows</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for the migration lock: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration lock acquired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3/%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>run finished: %n step(s) in %1</source>
        <translation><numerusform>run finished: %n step in %1</numerusform><numerusform>run finished: %n steps in %1</numerusform></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run cancelled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file: %1:%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLSTATE: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DETAIL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HINT: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statement (line %1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statement:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::RunLogModel</name>
    <message numerus="yes">
        <source>Running… %1/%n revision(s)</source>
        <translation><numerusform>Running… %1/%n revision</numerusform><numerusform>Running… %1/%n revisions</numerusform></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Finished. %1/%n revision(s)</source>
        <translation><numerusform>Finished. %1/%n revision</numerusform><numerusform>Finished. %1/%n revisions</numerusform></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to open %1 at line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::SqlFormWriter</name>
    <message>
        <source>The file has no %1 function: adding one means writing Python. Add it in your editor (op.execute("""...""")); Strata then edits its SQL here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is Python, not only op.execute calls: edit it in your editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This revision uses op.execute("COMMIT"): Alembic sends each call as one query, so %1 gets one statement here; give the others their own op.execute calls in your editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (line %2) has no op.execute call to hold this SQL: adding one means writing Python. Add op.execute("""...""") in your editor; Strata then edits its SQL here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds %2 op.execute calls, and this edit changes the text between two of them (or spans both): the SQL cannot be placed without adding, removing or merging calls, which means rewriting your Python. Keep each call's SQL within its own lines, or change the calls in your editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>op.execute("COMMIT") at line %1 ends Alembic's transaction so that what follows (CREATE INDEX CONCURRENTLY) runs outside one; it stays as written. To remove it, edit the Python in your editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The op.execute call at line %1 would be left without SQL: removing a call means rewriting your Python. Keep some SQL in it, or remove the call in your editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The op.execute call at line %1 would hold %2 statements. This revision uses op.execute("COMMIT"): Alembic sends each call as one query, and a statement such as CREATE INDEX CONCURRENTLY must be alone in its query. Give each statement its own op.execute call in your editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The op.execute call at line %1 is written as several string literals with comments between them, and this edit spans two of them: one literal in their place would drop the comments. Edit each literal's text on its own, or change the call in your editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQL of %1 could not be written back as string literals without changing the Python around them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::SqlLexer</name>
    <message>
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollar-quoted string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escape string</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::ThemeManager</name>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>strata::TryItRunner</name>
    <message>
        <source>FAILED: cannot open the project: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>