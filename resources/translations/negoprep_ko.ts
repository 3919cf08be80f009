<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AgendaView</name>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we say at this step of the mandate ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved this step of the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What settling the item at this step is worth to us, from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (low) to 5 (vital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (none) to 5 (much room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of 100 points across all agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the item matters to them, as we model it: a share of their 100 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood it comes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number this item turns on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD bn, %, KRW tn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From what we ask first to the point where we walk away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of their weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of all agenda items: {total} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they should add up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their weights: not modelled on any item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their weights ({n} item modelled): {total} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their weights ({n} items modelled): {total} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores should fall from the opening to the walk-away point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a track first (Overview → Tracks): every agenda item is on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Charts</source>
        <extracomment>the tables each chart shows: a change to one of them redraws it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a picture (PNG) or a drawing (SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsView</name>
    <message>
        <source>{due} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was due on {due} and is not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today and not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty checklist (from scratch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist with no tasks: add them with New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tasks ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a briefing task per red line ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a briefing task per red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One task &quot;Head of delegation briefed on: &lt;red line&gt;&quot; for each red line of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty checklist: you add its tasks yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tasks, due counted back from the meeting date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move task up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move task down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (click to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done (click to tick off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it must be done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tasks of every checklist or of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty checklist and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist from a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a checklist from a template (pre-departure, briefing, logistics…) or from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the checklist shown (or the current task&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the checklist shown (or the current task&apos;s) with all its tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make, rename or delete a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off / untick task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the current task done, or not done again (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only my tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tasks owned by a participant with your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tasks owned by a participant named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant of this dossier is named {name}, so no task is yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only the tasks owned by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {done} of {total} done · overall {all_done} of {all_total} · overdue {overdue} · due today {today}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner: {owners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the checklist &quot;{title}&quot; and its {count} tasks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the checklist &quot;{title}&quot; and its one task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier has no checklist yet. Start one called &quot;Checklist&quot; for the task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark task not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a value this field can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (the earlier change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (the later change, shown now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common ancestor&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value A wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value B wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value to keep (it starts as B&apos;s), then choose Use this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value written in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or write the value to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record stays deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is kept, with its edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts left to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} “{label}” — {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({a} / {b})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {author}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of you deleted this record while the other changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept and changed the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} and {b} changed this field differently. The record shows B until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before either change: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no common earlier value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>{name} is damaged</source>
        <extracomment>how much of SQLite&apos;s description of a problem the dialog shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and {count} more problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its latest automatic backup is of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept aside under a new name, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage what can be read into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Minister of Trade, Industry and Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant leads the delegation of its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the participants of one side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>an export was written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole store (every dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release copy (leave out everything marked never disclose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records marked “never disclose” are not written to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (anyone with the file can read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For teammates&apos; public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One age1… key per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write, then write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one public key (age1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {records} records to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({count} marked never disclose left out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule this version cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>Series</source>
        <extracomment>the figure add_record made, and which field the person fills in first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of one series make one chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the value sits in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD bn, %, KRW tn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {author} created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {author} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {author} deleted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {author} restored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <extracomment>Which section (its row in the sidebar) shows the records of a table. the window shows another store file (File → Open, Recent, New store, after a restore)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the whole store to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty dossier in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py this dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new dossier as a copy of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this dossier and everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this dossier or the whole store to a file for a teammate, encrypted if you wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a teammate&apos;s changes into this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide what to keep where two people changed the same thing differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything written in the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name as author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded with every change you make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About negoprep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier shown in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store holds no dossier yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the demo dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Korea–US 2+2 trade consultation as an example to explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {path} cannot be changed here. File → Save a copy… makes a copy you can work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} belongs to the store open here: open the store itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the decrypted store as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists: choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists: open it, or choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the negotiation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and everything in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is no longer shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to {name}… ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes made by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} ({mode}) · author: {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make is recorded under this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About negoprep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negoprep {version}

Prepare a negotiation offline: agenda, positions, red lines, packages, paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>A passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file (age identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is encrypted. Open it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the store open here, not a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store as it was before is kept in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} conflict(s) wait for you to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: the store already held everything in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge report</source>
        <extracomment>the person wants to resolve the pending conflicts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the merge did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide, field by field, what two people changed differently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date, or the date and time, of the meeting or session (empty: undated). Times are this computer&apos;s local time ({zone}); add Z or an offset such as +09:00 to give a time in another zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Preparatory meeting with industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersDialog</name>
    <message>
        <source>No agenda item has a weight yet: give the items weights (Agenda) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the weighted items is one we seek (stance Offensive): an offer must get something in return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the weighted items is one we defend (stance Defensive): there is nothing we could give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item we could give without breaking a red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item we could get without breaking a red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {n} agenda items have a weight: ask for fewer items per offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every combination of {size} of the heaviest items breaks a red line or gives more weight than it gets: try fewer items per offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose equivalent offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several packages of about the same value to us, to put on the table at once: which one the other side prefers tells us what it values. Each is built from the heaviest agenda items, gives what we defend (at its fallback) and gets what we seek (at its target), and breaks no red line.</source>
        <extracomment>the packages added, in order (the section selects the first)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many offers to propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many agenda items each offer holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle of what is possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value for us, in points, the offers should be worth; empty: the middle of what is possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far, in points for us, the offers may be apart in value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value for us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build offers from the dossier&apos;s agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked offers as packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked offers to the dossier as our packages (one step to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set what you want and press Propose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be a number of points, e.g. 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer could be built. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} offers worth {low} to {high} points to us, none breaking a red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 offer worth {value} points to us, breaking no red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more differ enough from these within the tolerance: widen it for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives {gives} (weight {given}), gets {gets} (weight {gained})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ours} of {possible} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent offer {letter} ({points} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed as one of several offers of about equal value to us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {n} equivalent offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation, negotiation, working group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our BATNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best alternative to a negotiated agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the preparation stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ({by_likelihood}); {open} still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}, {absolute} absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ours} ours, {theirs} theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} break an absolute red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {tasks} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagesView</name>
    <message>
        <source>Give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond walk-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} (by role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the walk-away point: worth nothing to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth {score} of 100 to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda item&apos;s key figure: {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose equivalent offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose several packages of about equal value to us, none of which breaks a red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose equivalent offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ours} of {possible} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their weights are not modelled for the items of this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{theirs} points for them, as we model their weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives {gives} (weight {given}), gets {gets} (weight {gained})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For us: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who puts it forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item&apos;s weight × the score of the step the package settles it at, ÷ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings on the value of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether we would give this item or get it in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the item&apos;s mandate ladder the package settles it. By role: a get counts at its target, a give at its fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed figure of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure this package proposes for the item, in the item&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected agenda item out of this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier&apos;s agenda items that are not in this package yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the item to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give: we offer it. Get: we obtain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the agenda item to the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen agenda item into this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet: nothing to value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for them: {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for them: not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for us: {ours}; {theirs} — {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by role: {step})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role of package item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change level of package item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit proposed figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit package item notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item to package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item from package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer: use Save as PDF… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no installed font has these characters, they print as boxes: {chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start printing (is the file writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dossier&apos;s checklists, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;briefing book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the briefing book to carry into the room, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print release briefing book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing book without anything marked never disclose, for a wider circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>must not be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text holds a lone surrogate ({char}), which is not Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text holds the control character {char}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an id of at most {limit} printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number within ±1e15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], with an optional Z or offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be null or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a numeric &apos;value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not the time of a change as negoprep stamps it (YYYY-MM-DDTHH:MM:SS.mmmZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a &apos;kind&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line {line}, column {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {value} is not a number JSON allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON for negoprep: a number with {digits} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a negoprep dossier: &apos;format&apos; must be &quot;{format}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer negoprep (format version {version}; this one reads up to {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key &apos;dossier&apos; (an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; was deleted from this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;deleted&apos; (a dossier is not deleted by loading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only for a record already in the store (this document adds a new dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;{id}&quot; appears twice (also at {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same agenda item appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;{id}&quot; is already the id of {a_noun} in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;{id}&quot; already belongs to another dossier in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} &quot;{label}&quot; is deleted by this document but still used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} &quot;{id}&quot; is not {a_noun} of this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {noun} &quot;{label}&quot;, which this document deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda item weights sum to {total}, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a JSON object of a record&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds &apos;{key}&apos;, which is not a field of its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead back to the revision itself: a revision cannot be its own ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule must be an object with a &apos;kind&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is nested deeper than {limit} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule kind {kind} (known kinds: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} rule needs &apos;{param}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} rule takes no &apos;{param}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be a list of track ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; names a track twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must name at least {least} tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must hold exactly {count} groups of tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {group} of &apos;{param}&apos; must be a list of track ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {group} of &apos;{param}&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {group} of &apos;{param}&apos; names a track twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two groups of &apos;{param}&apos; share a track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be an agenda item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be a finite number within ±1e15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be a whole number of at least {least}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos; must be less than the number of tracks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{param}&apos;: &quot;{track}&quot; is not a track of this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group {group} of &apos;{param}&apos;: &quot;{track}&quot; is not a track of this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is not an agenda item of this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} needs an agenda item with a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linkage between {first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not a card to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not a card to give for {tracks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package may span at most {max} of {tracks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: at most {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: at least {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule that cannot be read: check it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it links {first} ({first_tracks}) with {second} ({second_tracks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gives {item}, which is not a card to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gives {item} in a package with {traded} ({tracks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it spans {count} of these tracks ({tracks}) with {items}; at most {max} may go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it proposes {proposed} for {item}, above the ceiling of {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it proposes {proposed} for {item}, below the floor of {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linkage between tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linkage — two groups of tracks are never traded against each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package breaks it when it holds items of tracks of both groups.
Example: no linkage of defense cost-sharing to trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tracks of each group: a package may hold items of one group or of the other, never of both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tracks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…are never traded against these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks of the first group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks of the second group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a track to put it in this group; a track belongs to one group at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a card to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a card — an agenda item that is never given away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package breaks it when it gives this agenda item; with tracks ticked, only when it gives it in exchange for items of those tracks.
Example: Alaska LNG is not a card for tariffs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agenda item we never give. Tick tracks to forbid giving it only in exchange for items of those tracks; tick none to forbid giving it at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item that is not a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda item a package may not give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in exchange for items of these tracks (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in exchange for these tracks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: tick tracks to forbid giving the item only in exchange for items of these tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle of tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle — a package spans at most a number of tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package breaks it when its items span more than the maximum of these tracks.
Example: no one-stop package of tariffs, security and energy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tracks, then how many of them one package may span at most (fewer than the tracks ticked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks no package may all span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least two tracks; a package may hold items of at most the maximum of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tracks a package may span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the ticked tracks one package may span at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling on a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling — an item&apos;s figure may not go above a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package breaks it when it proposes a figure for the item above this value.
Example: no additional defense cost increase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agenda item with a figure: a package may not propose a figure above this value. Items without a figure are marked: there is nothing to limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item whose figure is limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items with a figure can be limited; the others are marked “no figure”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, in the unit of the item&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor on a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor — an item&apos;s figure may not go below a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package breaks it when it proposes a figure for the item below this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agenda item with a figure: a package may not propose a figure below this value. Items without a figure are marked: there is nothing to limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual check by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual — checked by a person, never automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never checked automatically: the red line is shown for a person to confirm against each package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to set. This red line is never checked automatically: it is listed with each package for a person to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such dossier in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such {target} in this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red line &quot;{red_line}&quot; sets a limit on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record stays in the dossier it was made in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {noun} already has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package item stays with its package and agenda item: remove it and add the other item instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (set it to your name, or unset it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date or date-time: YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] followed by Z, an offset such as +09:00, or nothing for this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date-time: YYYY-MM-DDTHH:MM[:SS] followed by Z, an offset such as +09:00, or nothing for this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} never happened in this computer&apos;s time zone (the clocks skipped it): give its offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside the years 1 to 9999 in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {label} is not this computer&apos;s time zone ({local}); give the time with Z or an offset such as +09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rest} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rest} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no conflict {id} in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict on {noun} &quot;{label}&quot; is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {noun} of this conflict is not in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} has no field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no installed font has these characters, the chart shows them as boxes: {chars}</source>
        <translation>설치된 글꼴 중 다음 문자를 가진 글꼴이 없어 차트에 네모로 표시됩니다: {chars}</translation>
    </message>
    <message>
        <source>no Korean, Chinese or Japanese font is installed, so the chart shows these characters as boxes: {chars} (install one, e.g. {package} on Debian or Ubuntu)</source>
        <translation>한글·한자·일본어 글꼴이 설치되어 있지 않아 차트에 다음 문자가 네모로 표시됩니다: {chars} (글꼴을 설치하십시오. 예: Debian·Ubuntu의 {package})</translation>
    </message>
    <message>
        <source>{chars} and {count} more</source>
        <translation>{chars} 외 {count}자</translation>
    </message>
    <message>
        <source>{noun} &quot;{id}&quot; is in dossier &quot;{here}&quot; here and in &quot;{there}&quot; in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is both a {noun} and a {other} in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is a {noun} in {file} and a {other} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision &quot;{id}&quot; ({table} &quot;{row}&quot;) says something else in {file} than here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision is one change to one record, the same in every copy, so the file was changed outside negoprep; nothing was merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record belongs to one dossier and is of one kind, so its id must be unique across dossiers and kinds; nothing was merged (ask for a copy whose records have ids of their own, e.g. with a short name of the dossier before each)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{field}:</source>
        <extracomment>The control each kind of declared value is edited with (&quot;line&quot;: one line of text). Fields no form edits: the store&apos;s bookkeeping, the id, the dossier a record belongs to for ever, and its place in the list (set by moving it). A red line&apos;s rule (kind &quot;rule&quot;, no control here) has an editor of its own in the Red lines section.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedLinesView</name>
    <message>
        <source>Absolute red line: no package may cross it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red line as the delegation states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we hold this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute: never crossed. Firm: held unless decided otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every package is checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New red line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>None</source>
        <extracomment>stands for a part of the rule not chosen yet, so that its words can already be read the most tracks a list shows before it scrolls the largest whole number a spin box offers (far more tracks than a dossier holds)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot edit a rule of this kind. Choose a kind above to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track of this dossier has the id {id} (it was deleted?): untick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item of this dossier has the id {id} (it was deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (no figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} has no figure: a ceiling or floor can only limit an item with a figure (give it one in the Agenda section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current figure of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s figure as the Agenda section holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tracks ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the {count} tracks ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this kind of rule means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule as it reads now, updated as you edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the rule is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this rule for the red line ({shortcut}); Edit → Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget these edits and show the stored rule again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to write this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agenda item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which check this red line&apos;s rule makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: fix what is listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete yet: see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one track in the first group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one track in the second group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one track in group {group}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track cannot be in both groups: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticked track is no longer a track of this dossier (it was deleted?): untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least {least} tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {count} tracks ticked, a package may span at most {most} of them: at {count} or more the rule could never be broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda item chosen is no longer in this dossier (it was deleted?): choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has no figure: only an item with a figure can be limited. Give it one in the Agenda section, or choose another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the kinds listed: this version cannot check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a number between -1e15 and 1e15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find, e.g. alaska lng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find; each matches the start of a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found — Enter shows the first, or pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source> — breaks an absolute red line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Records</source>
        <extracomment>tables whose changes this section shows (its own, plus those it names in columns)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {noun} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {noun} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {nouns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows whose text holds these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {nouns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{label}&quot; cannot be deleted: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also deleted: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer linked to it: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;{label}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkingPointsView</name>
    <message>
        <source>Point to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point to make, a defensive line, an anticipated question, its answer, or a press line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may hear it: anyone, our side only, or never disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the talking points of one agenda item only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agenda item first (Agenda): every talking point belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move talking point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks {n} (absolute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks no red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks no red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks an absolute red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks a firm red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks {n} red lines, all absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks {n} red lines, {a} of them absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks {n} firm red lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks the {severity} red line &quot;{title}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines this package breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the red lines the package breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm by a person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines whose rule a program cannot check: read the package against them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these red lines&apos; rules in the Red lines section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked, their rule needs fixing: {names}</source>
        <extracomment>the labels shown, for reading them back (screen readers, tests)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside negoprep: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the backup of {date} again. The damaged file is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvaged from {name}: {summary}. The damaged file is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the negotiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other party (country, company, organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the negotiation takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD), or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD), or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of meeting, e.g. &quot;consultation&quot; or &quot;negotiation&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BATNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our best alternative to a negotiated agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification label printed at top and bottom of every page, e.g. &quot;RESTRICTED&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the track covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title or rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry, agency or company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side the person is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True for the head of that side&apos;s delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes about the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of a track of this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the item is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their expected position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position we expect the other side to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interests behind the positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate ladder: what we open with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate ladder: what we aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate ladder: what we can fall back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate ladder: the point at which we walk away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the item matters to us, 1 (low) to 5 (high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much room we have, 1 (none) to 5 (much).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue weight for package scoring; the weights of a dossier&apos;s items should sum to 100 (another sum is a warning, not an error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offensive: something we ask for; defensive: something we protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the item is to come up; sets its depth in the briefing book (certain: full brief; unlikely: defensive lines only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the item stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the participant of this dossier who owns the item, or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure tier: may be told to the other side (shareable), to our delegation only (internal), or must never be disclosed (never: left out of release copies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s key figure, the number ceiling and floor rules check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its unit, e.g. &quot;USD bn&quot; or &quot;%&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the number comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the opening step of the mandate ladder (our first ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the target step of the mandate ladder (what we aim to settle at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the fallback step of the mandate ladder (what we accept if we must).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the walk-away step of the mandate ladder (the point at which we walk away).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What settling the item at its opening step is worth to us, 0 to 100 (Raiffa-style scoring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What settling the item at its target step is worth to us, 0 to 100 (Raiffa-style scoring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What settling the item at its fallback step is worth to us, 0 to 100 (Raiffa-style scoring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What settling the item at its walk-away step is worth to us, 0 to 100 (Raiffa-style scoring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the item matters to the other side, as we model it (their weights should sum to 100), or null when not modelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of an agenda item of this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point to make, a defensive line, an anticipated question, our answer, or a press line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red line as stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard the line is; shown with every violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-checkable rule that every package is checked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who proposes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of an agenda item of this dossier (at most once per package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give: we concede it; get: we obtain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed figure for the item in this package (checked by ceiling and floor rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this item in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the item&apos;s mandate ladder this package settles it (used for the package&apos;s value); &apos;beyond&apos; means past the walk-away point, which is warned about. Null: the role decides (get: target, give: fallback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the participant of this dossier who does it, or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD), or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True once done (printed as a ticked box).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of an agenda item of this dossier the task is about, or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of a red line of this dossier the task is about, or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series it belongs to, e.g. &quot;Korea&apos;s goods trade surplus with the US&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point&apos;s label, e.g. &quot;2024&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its unit, e.g. &quot;USD bn&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: a date YYYY-MM-DD, or a date-time YYYY-MM-DDTHH:MM[:SS] with Z, an offset, or none for the loading computer&apos;s local time, kept and written in UTC as YYYY-MM-DDTHH:MM:SSZ; or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
