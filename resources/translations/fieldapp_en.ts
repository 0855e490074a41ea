<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldApp</source>
        <translation>About FieldApp</translation>
    </message>
    <message>
        <source>FieldApp %1</source>
        <translation>FieldApp %1</translation>
    </message>
    <message>
        <source>Offline-first case management for returns and reintegration work in Kosovo. Every case is kept encrypted on this laptop and shared only with headquarters.</source>
        <translation>Offline-first case management for returns and reintegration work in Kosovo. Every case is kept encrypted on this laptop and shared only with headquarters.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>House reconstruction</source>
        <translation>House reconstruction</translation>
    </message>
    <message>
        <source>House repair</source>
        <translation>House repair</translation>
    </message>
    <message>
        <source>Food for about three months</source>
        <translation>Food for about three months</translation>
    </message>
    <message>
        <source>Non-food items</source>
        <translation>Non-food items</translation>
    </message>
    <message>
        <source>Firewood</source>
        <translation>Firewood</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>Income-generation grant</source>
        <translation>Income-generation grant</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Remove “%1” from the assistance items?</source>
        <translation>Remove “%1” from the assistance items?</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <source>Pick from the return package or write the item</source>
        <translation>Pick from the return package or write the item</translation>
    </message>
    <message>
        <source>A number, e.g. 1 or 2.5</source>
        <translation>A number, e.g. 1 or 2.5</translation>
    </message>
    <message>
        <source>The harmonised return package is offered as you type the item; any other item can be written out. Marking an item delivered asks for the handover date. Once the case is saved, Forms… (Ctrl+P) prints the handover receipt.</source>
        <translation>The harmonised return package is offered as you type the item; any other item can be written out. Marking an item delivered asks for the handover date. Once the case is saved, Forms… (Ctrl+P) prints the handover receipt.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sensitive-data consent</source>
        <translation>Sensitive-data consent</translation>
    </message>
    <message>
        <source>Without sensitive-data consent, the community, disability and chronic illness of every member are cleared. Continue?</source>
        <translation>Without sensitive-data consent, the community, disability and chronic illness of every member are cleared. Continue?</translation>
    </message>
    <message>
        <source>Clear them</source>
        <translation>Clear them</translation>
    </message>
    <message>
        <source>Keep consent</source>
        <translation>Keep consent</translation>
    </message>
    <message>
        <source>The case cannot be saved yet: fields to correct, marked in red: %1.</source>
        <translation>The case cannot be saved yet: fields to correct, marked in red: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>This case has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <source>Returned by %1 on %2. The case can be edited again; correct it and submit it again.
“%3”</source>
        <translation>Returned by %1 on %2. The case can be edited again; correct it and submit it again.
“%3”</translation>
    </message>
    <message>
        <source>This case was changed here and at HQ at the same time. HQ kept its values for the fields in conflict; the form shows them now.</source>
        <translation>This case was changed here and at HQ at the same time. HQ kept its values for the fields in conflict; the form shows them now.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>This case can no longer be edited in its current status. Notes can still be added.</source>
        <translation>This case can no longer be edited in its current status. Notes can still be added.</translation>
    </message>
    <message>
        <source>This case is decided: only assistance and referrals can still be recorded. Notes can still be added.</source>
        <translation>This case is decided: only assistance and referrals can still be recorded. Notes can still be added.</translation>
    </message>
    <message>
        <source>Unsaved changes (kept as a draft while you type).</source>
        <translation>Unsaved changes (kept as a draft while you type).</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Displacement and return</source>
        <translation>Displacement and return</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilities</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Back to the case list</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Show both values…</source>
        <translation>Show both values…</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Save the case (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record each purpose the person agreed to, after reading them the information notice. Consent can be withdrawn at any time.</source>
        <translation>Record each purpose the person agreed to, after reading them the information notice. Consent can be withdrawn at any time.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <source>Sent to HQ</source>
        <translation>Sent to HQ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refused by HQ</source>
        <translation>Refused by HQ</translation>
    </message>
    <message>
        <source>Changed on this laptop; HQ has not received the change yet.</source>
        <translation>Changed on this laptop; HQ has not received the change yet.</translation>
    </message>
    <message>
        <source>HQ holds this case exactly as this laptop does.</source>
        <translation>HQ holds this case exactly as this laptop does.</translation>
    </message>
    <message>
        <source>Changed here and at HQ at the same time: HQ kept its values. Open the case to see both.</source>
        <translation>Changed here and at HQ at the same time: HQ kept its values. Open the case to see both.</translation>
    </message>
    <message>
        <source>HQ refused a change to this case; Sync ▸ Conflicts shows HQ&apos;s reason.</source>
        <translation>HQ refused a change to this case; Sync ▸ Conflicts shows HQ&apos;s reason.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2:
%3</source>
        <translation>Returned by %1 on %2:
%3</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>All case types</translation>
    </message>
    <message>
        <source>All needs</source>
        <translation>All needs</translation>
    </message>
    <message>
        <source>All vulnerabilities</source>
        <translation>All vulnerabilities</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Any sync state</translation>
    </message>
    <message>
        <source>Cases found: %1</source>
        <translation>Cases found: %1</translation>
    </message>
    <message>
        <source>Search names, case numbers, places… (Ctrl+F)</source>
        <translation>Search names, case numbers, places… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Names match in any script and without diacritics: djordje finds Đorđe and Ђорђе.</source>
        <translation>Names match in any script and without diacritics: djordje finds Đorđe and Ђорђе.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>CaseSheet</name>
    <message>
        <source>Choose a case in the queue to see it here, laid out for a decision.</source>
        <translation>Choose a case in the queue to see it here, laid out for a decision.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Place of return</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Household (%1 members)</source>
        <translation>Household (%1 members)</translation>
    </message>
    <message>
        <source>No members recorded.</source>
        <translation>No members recorded.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>No needs recorded.</source>
        <translation>No needs recorded.</translation>
    </message>
    <message>
        <source>Vulnerabilities — score %1</source>
        <translation>Vulnerabilities — score %1</translation>
    </message>
    <message>
        <source>No vulnerability ticked: the score is 0.</source>
        <translation>No vulnerability ticked: the score is 0.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Displacement and return</source>
        <translation>Displacement and return</translation>
    </message>
    <message>
        <source>Property and claim</source>
        <translation>Property and claim</translation>
    </message>
    <message>
        <source>No property recorded.</source>
        <translation>No property recorded.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History and earlier decisions</source>
        <translation>History and earlier decisions</translation>
    </message>
    <message>
        <source>No moves recorded yet.</source>
        <translation>No moves recorded yet.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Case for decision</source>
        <translation>Case for decision</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No consent to processing is recorded.</source>
        <translation>No consent to processing is recorded.</translation>
    </message>
    <message>
        <source>(press %1 to compare them side by side)</source>
        <translation>(press %1 to compare them side by side)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Municipality · settlement</source>
        <translation>Municipality · settlement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Case&amp;load</source>
        <translation>Case&amp;load</translation>
    </message>
    <message>
        <source>Every case of the municipality: counts per status, assignment, bulk moves (Ctrl+M)</source>
        <translation>Every case of the municipality: counts per status, assignment, bulk moves (Ctrl+M)</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Waiting (days)</translation>
    </message>
    <message>
        <source>Assigned to this officer</source>
        <translation>Assigned to this officer</translation>
    </message>
    <message>
        <source>In this status since %1</source>
        <translation>In this status since %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>All: %1</translation>
    </message>
</context>
<context>
    <name>CaseloadScreen</name>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>Pick the officer to assign the cases to.</source>
        <translation>Pick the officer to assign the cases to.</translation>
    </message>
    <message>
        <source>Moving a case to “%1” needs a comment saying why: write it in the comment field.</source>
        <translation>Moving a case to “%1” needs a comment saying why: write it in the comment field.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Name, case number or place</source>
        <translation>Name, case number or place</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation>Se&amp;ttlement</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Need</translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation>Score at &amp;least</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>Assign the selected cases to this field officer of the municipality</source>
        <translation>Assign the selected cases to this field officer of the municipality</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Comment (where the move needs one)</source>
        <translation>Comment (where the move needs one)</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>Mo&amp;ve</translation>
    </message>
    <message>
        <source>Make this workflow move for every selected case that allows it</source>
        <translation>Make this workflow move for every selected case that allows it</translation>
    </message>
    <message>
        <source>Double-click a case to open it; select several to act on them together</source>
        <translation>Double-click a case to open it; select several to act on them together</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Why? The comment is recorded in the case history.</source>
        <translation>Why? The comment is recorded in the case history.</translation>
    </message>
    <message>
        <source>Comment (optional), recorded in the case history:</source>
        <translation>Comment (optional), recorded in the case history:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Displacement</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>HQ kept this value; it is what the case holds now.</source>
        <translation>HQ kept this value; it is what the case holds now.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value, changed here on %1.</source>
        <translation>This laptop&apos;s value, changed here on %1.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value.</source>
        <translation>This laptop&apos;s value.</translation>
    </message>
    <message>
        <source>Conflicts with HQ</source>
        <translation>Conflicts with HQ</translation>
    </message>
    <message>
        <source>These fields were changed on this laptop and at HQ at the same time. HQ kept its value (the case shows it now) and recorded this laptop&apos;s value; a reviewer at HQ decides which stays. If this laptop&apos;s value is right, tell your supervisor, or add a note to the case.</source>
        <translation>These fields were changed on this laptop and at HQ at the same time. HQ kept its value (the case shows it now) and recorded this laptop&apos;s value; a reviewer at HQ decides which stays. If this laptop&apos;s value is right, tell your supervisor, or add a note to the case.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept by HQ</source>
        <translation>Kept by HQ</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <source>Changes HQ refused (the case was sent again from HQ):</source>
        <translation>Changes HQ refused (the case was sent again from HQ):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation>HQ&apos;s reason</translation>
    </message>
    <message>
        <source>No conflicts: this laptop and HQ agree on every case.</source>
        <translation>No conflicts: this laptop and HQ agree on every case.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Comment (required): say why. The officer reads it with the case; it is recorded in the case history.</source>
        <translation>Comment (required): say why. The officer reads it with the case; it is recorded in the case history.</translation>
    </message>
    <message>
        <source>Comment (optional), recorded in the case history:</source>
        <translation>Comment (optional), recorded in the case history:</translation>
    </message>
    <message>
        <source>This case will be marked as a duplicate of %1.</source>
        <translation>This case will be marked as a duplicate of %1.</translation>
    </message>
    <message>
        <source>Pick the original in the list: the case this one duplicates.</source>
        <translation>Pick the original in the list: the case this one duplicates.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Write a comment first: “%1” needs one, so the officer knows what to do.</source>
        <translation>Write a comment first: “%1” needs one, so the officer knows what to do.</translation>
    </message>
    <message>
        <source>Pick the original first: a duplicate names the case it duplicates.</source>
        <translation>Pick the original first: a duplicate names the case it duplicates.</translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation>Decision on %1</translation>
    </message>
    <message>
        <source>Why this decision; for a return, what to correct</source>
        <translation>Why this decision; for a return, what to correct</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter); it reaches HQ with the next sync</source>
        <translation>Record the decision (Ctrl+Enter); it reaches HQ with the next sync</translation>
    </message>
</context>
<context>
    <name>DuplicatePicker</name>
    <message>
        <source>%1 is held in %2, not on this laptop: ask that office or headquarters to compare the two households.</source>
        <translation>%1 is held in %2, not on this laptop: ask that office or headquarters to compare the two households.</translation>
    </message>
    <message>
        <source>Not the same household</source>
        <translation>Not the same household</translation>
    </message>
    <message>
        <source>The case compared is another household: it is not offered as a possible duplicate again, here or at headquarters.</source>
        <translation>The case compared is another household: it is not offered as a possible duplicate again, here or at headquarters.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Likely</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>No case matches this search.</source>
        <translation>No case matches this search.</translation>
    </message>
    <message>
        <source>No possible duplicate was found. Search for the original by name, case number or personal number.</source>
        <translation>No possible duplicate was found. Search for the original by name, case number or personal number.</translation>
    </message>
    <message>
        <source>Search another case: name, case number, personal number…</source>
        <translation>Search another case: name, case number, personal number…</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Return to officer</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Mark ineligible</source>
        <translation>Mark ineligible</translation>
    </message>
    <message>
        <source>Mark duplicate</source>
        <translation>Mark duplicate</translation>
    </message>
    <message>
        <source>Select for assistance</source>
        <translation>Select for assistance</translation>
    </message>
    <message>
        <source>Put on waiting list</source>
        <translation>Put on waiting list</translation>
    </message>
    <message>
        <source>Start assistance</source>
        <translation>Start assistance</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation>Start monitoring</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Move to: %1</source>
        <translation>Move to: %1</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Contacting HQ…</source>
        <translation>Contacting HQ…</translation>
    </message>
    <message>
        <source>This laptop is enrolled with HQ at %1 as %2 (%3).</source>
        <translation>This laptop is enrolled with HQ at %1 as %2 (%3).</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate fingerprint is:
%1
Check with HQ that it is theirs before the first sync.</source>
        <translation>HQ&apos;s certificate fingerprint is:
%1
Check with HQ that it is theirs before the first sync.</translation>
    </message>
    <message>
        <source>Enrolled with HQ</source>
        <translation>Enrolled with HQ</translation>
    </message>
    <message>
        <source>Enrol with HQ</source>
        <translation>Enrol with HQ</translation>
    </message>
    <message>
        <source>HQ gives each laptop a single-use enrolment code. Enter HQ&apos;s address and the code; if HQ also gave you the certificate fingerprint, enter it too, so that this laptop only ever talks to the real HQ.</source>
        <translation>HQ gives each laptop a single-use enrolment code. Enter HQ&apos;s address and the code; if HQ also gave you the certificate fingerprint, enter it too, so that this laptop only ever talks to the real HQ.</translation>
    </message>
    <message>
        <source>HQ &amp;address:</source>
        <translation>HQ &amp;address:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>Certificate &amp;fingerprint:</translation>
    </message>
    <message>
        <source>Optional: SHA-256, as HQ printed it</source>
        <translation>Optional: SHA-256, as HQ printed it</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Please correct these fields</source>
        <translation>Please correct these fields</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the fields below and try again:</source>
        <translation>Nothing was saved. Correct the fields below and try again:</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Workspace locked</source>
        <translation>Workspace locked</translation>
    </message>
    <message>
        <source>This cannot be done</source>
        <translation>This cannot be done</translation>
    </message>
    <message>
        <source>The workspace is busy</source>
        <translation>The workspace is busy</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>FieldApp — first start</source>
        <translation>FieldApp — first start</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Create workspace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Workspace folder</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Creating the encrypted workspace…</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Where to keep the workspace</translation>
    </message>
    <message>
        <source>All cases are kept encrypted in one folder on this laptop.</source>
        <translation>All cases are kept encrypted in one folder on this laptop.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The suggested folder is right for most laptops. Choose another one only if your office asks you to.</source>
        <translation>The suggested folder is right for most laptops. Choose another one only if your office asks you to.</translation>
    </message>
</context>
<context>
    <name>FormsDialog</name>
    <message>
        <source>The form was not saved</source>
        <translation>The form was not saved</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved there; choose another folder, or free some space, and try again.</source>
        <translation>%1 could not be written (%2). Nothing was saved there; choose another folder, or free some space, and try again.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>The form is ready to save; its pages cannot be shown here.</source>
        <translation>The form is ready to save; its pages cannot be shown here.</translation>
    </message>
    <message>
        <source>Preview: %1 page(s). Nothing is written to disk until you save.</source>
        <translation>Preview: %1 page(s). Nothing is written to disk until you save.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>The workspace is locked.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>The preview cannot be shown: this installation of FieldApp lacks its PDF renderer (pypdfium2). Reinstall FieldApp. The form can still be saved as PDF; printing from here needs the preview too.</source>
        <translation>The preview cannot be shown: this installation of FieldApp lacks its PDF renderer (pypdfium2). Reinstall FieldApp. The form can still be saved as PDF; printing from here needs the preview too.</translation>
    </message>
    <message>
        <source>The pages of this form could not be shown here. The form can still be saved as PDF and opened in a PDF reader.</source>
        <translation>The pages of this form could not be shown here. The form can still be saved as PDF and opened in a PDF reader.</translation>
    </message>
    <message>
        <source>Forms — %1</source>
        <translation>Forms — %1</translation>
    </message>
    <message>
        <source>Save the form as PDF</source>
        <translation>Save the form as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Saved to %1. The case had changed since the preview; the file holds the case as it is now.</source>
        <translation>Saved to %1. The case had changed since the preview; the file holds the case as it is now.</translation>
    </message>
    <message>
        <source>Print the form</source>
        <translation>Print the form</translation>
    </message>
    <message>
        <source>Sending the form to the printer…</source>
        <translation>Sending the form to the printer…</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>Sent to the printer: %1 page(s).</translation>
    </message>
    <message>
        <source>The form was not printed</source>
        <translation>The form was not printed</translation>
    </message>
    <message>
        <source>The printer could not be prepared for this form. Check the printer, or save the form as PDF and print it from a PDF reader.</source>
        <translation>The printer could not be prepared for this form. Check the printer, or save the form as PDF and print it from a PDF reader.</translation>
    </message>
    <message>
        <source>Choose the folder for the forms</source>
        <translation>Choose the folder for the forms</translation>
    </message>
    <message>
        <source>Cancelling after the form being written…</source>
        <translation>Cancelling after the form being written…</translation>
    </message>
    <message>
        <source>Writing the forms… %1 of %2</source>
        <translation>Writing the forms… %1 of %2</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 forms were written to %3.</source>
        <translation>Stopped: %1 of %2 forms were written to %3.</translation>
    </message>
    <message>
        <source>The forms were not all written</source>
        <translation>The forms were not all written</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 forms were written to %3; each of them is complete.</source>
        <translation>Cancelled: %1 of %2 forms were written to %3; each of them is complete.</translation>
    </message>
    <message>
        <source>Done: %1 forms were written to %2.</source>
        <translation>Done: %1 forms were written to %2.</translation>
    </message>
    <message>
        <source>Blank form, for filling in by hand</source>
        <translation>Blank form, for filling in by hand</translation>
    </message>
    <message>
        <source>%1 cases selected</source>
        <translation>%1 cases selected</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Blank forms</translation>
    </message>
    <message>
        <source>Forms for the selected cases</source>
        <translation>Forms for the selected cases</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Languages on the form</source>
        <translation>Languages on the form</translation>
    </message>
    <message>
        <source>Albanian and Serbian in Latin script</source>
        <translation>Albanian and Serbian in Latin script</translation>
    </message>
    <message>
        <source>Albanian and Serbian in Cyrillic script</source>
        <translation>Albanian and Serbian in Cyrillic script</translation>
    </message>
    <message>
        <source>Also in English</source>
        <translation>Also in English</translation>
    </message>
    <message>
        <source>A blank form holds no personal data. Saved blank forms can be shared and printed freely.</source>
        <translation>A blank form holds no personal data. Saved blank forms can be shared and printed freely.</translation>
    </message>
    <message>
        <source>One PDF per case is written into the folder you choose, named by case number. Each form is recorded in the audit log. The preview shows the first case.</source>
        <translation>One PDF per case is written into the folder you choose, named by case number. Each form is recorded in the audit log. The preview shows the first case.</translation>
    </message>
    <message>
        <source>Nothing is written to disk until you save. Saving or printing is recorded in the case&apos;s audit log.</source>
        <translation>Nothing is written to disk until you save. Saving or printing is recorded in the case&apos;s audit log.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save all to a &amp;folder…</source>
        <translation>Save all to a &amp;folder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Item delivered</source>
        <translation>Item delivered</translation>
    </message>
    <message>
        <source>When was “%1” handed over to the household?</source>
        <translation>When was “%1” handed over to the household?</translation>
    </message>
    <message>
        <source>When was the item handed over to the household?</source>
        <translation>When was the item handed over to the household?</translation>
    </message>
    <message>
        <source>Optional: number of the signed receipt</source>
        <translation>Optional: number of the signed receipt</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Decided at HQ</source>
        <translation>Decided at HQ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>The case has not been saved yet.</source>
        <translation>The case has not been saved yet.</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <source>Pick a possible original in the list to compare it here.</source>
        <translation>Pick a possible original in the list to compare it here.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Place and property</source>
        <translation>Place and property</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Checking the records… %1 of %2</source>
        <translation>Checking the records… %1 of %2</translation>
    </message>
    <message>
        <source>Writing the cases… %1 of %2</source>
        <translation>Writing the cases… %1 of %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Cases imported: %1.</source>
        <translation>Cases imported: %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>The file was refused and nothing was imported. Correct the problems listed below in the file, then import it again.</source>
        <translation>The file was refused and nothing was imported. Correct the problems listed below in the file, then import it again.</translation>
    </message>
    <message>
        <source>%1 of the households imported may already be on this laptop. Compare them before working on them (the review desk shows them side by side):</source>
        <translation>%1 of the households imported may already be on this laptop. Compare them before working on them (the review desk shows them side by side):</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Import cases</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Allowed values</translation>
    </message>
    <message>
        <source>Imported case</source>
        <translation>Imported case</translation>
    </message>
    <message>
        <source>Possible existing household</source>
        <translation>Possible existing household</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to FieldApp</source>
        <translation>Welcome to FieldApp</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>Choose the language of the application.</translation>
    </message>
    <message>
        <source>You can change it at any time from the Settings menu.</source>
        <translation>You can change it at any time from the Settings menu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import cases</source>
        <translation>Import cases</translation>
    </message>
    <message>
        <source>Case files (*.json *.jsonl *.csv);;All files (*)</source>
        <translation>Case files (*.json *.jsonl *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Cases imported: %1.</source>
        <translation>Cases imported: %1.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Save the case first</translation>
    </message>
    <message>
        <source>A new case is printed once it has been saved: save it, then open Forms again.</source>
        <translation>A new case is printed once it has been saved: save it, then open Forms again.</translation>
    </message>
    <message>
        <source>The form shows the case as last saved; the changes not yet saved in the editor are not on it.</source>
        <translation>The form shows the case as last saved; the changes not yet saved in the editor are not on it.</translation>
    </message>
    <message>
        <source>Select the cases first</source>
        <translation>Select the cases first</translation>
    </message>
    <message>
        <source>Select the cases in the list (Ctrl or Shift and click, or Ctrl+A for every case found), then choose Forms for selected cases.</source>
        <translation>Select the cases in the list (Ctrl or Shift and click, or Ctrl+A for every case found), then choose Forms for selected cases.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Auto-lock</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input:</source>
        <translation>Lock after this many minutes without input:</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Cases: %1</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>Waiting to sync: %1</translation>
    </message>
    <message>
        <source>Changes on this laptop not yet acknowledged by HQ</source>
        <translation>Changes on this laptop not yet acknowledged by HQ</translation>
    </message>
    <message>
        <source>FieldApp</source>
        <translation>FieldApp</translation>
    </message>
    <message>
        <source>FieldApp — %1</source>
        <translation>FieldApp — %1</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Record a new household (Ctrl+N)</source>
        <translation>Record a new household (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the open case (Ctrl+S)</source>
        <translation>Save the open case (Ctrl+S)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>Case &amp;list</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Back to the list of cases</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Import cases…</translation>
    </message>
    <message>
        <source>Import cases from a JSON or CSV file</source>
        <translation>Import cases from a JSON or CSV file</translation>
    </message>
    <message>
        <source>&amp;Forms…</source>
        <translation>&amp;Forms…</translation>
    </message>
    <message>
        <source>Print the forms of the open case</source>
        <translation>Print the forms of the open case</translation>
    </message>
    <message>
        <source>Forms for selected &amp;cases…</source>
        <translation>Forms for selected &amp;cases…</translation>
    </message>
    <message>
        <source>Print one form for every case selected in the list, into a folder</source>
        <translation>Print one form for every case selected in the list, into a folder</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>&amp;Blank forms…</translation>
    </message>
    <message>
        <source>Print the paper forms with empty lines, for filling in by hand</source>
        <translation>Print the paper forms with empty lines, for filling in by hand</translation>
    </message>
    <message>
        <source>S&amp;ync panel</source>
        <translation>S&amp;ync panel</translation>
    </message>
    <message>
        <source>Last sync, changes waiting for HQ, conflicts (F5)</source>
        <translation>Last sync, changes waiting for HQ, conflicts (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Send changes to HQ and receive decisions (Ctrl+F5)</source>
        <translation>Send changes to HQ and receive decisions (Ctrl+F5)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Fields changed here and at HQ, with both values</source>
        <translation>Fields changed here and at HQ, with both values</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xport bundle…</translation>
    </message>
    <message>
        <source>Write the changes waiting for HQ to a file, for a USB stick</source>
        <translation>Write the changes waiting for HQ to a file, for a USB stick</translation>
    </message>
    <message>
        <source>&amp;Import answer…</source>
        <translation>&amp;Import answer…</translation>
    </message>
    <message>
        <source>Apply the answer HQ wrote for this laptop (a bundle file)</source>
        <translation>Apply the answer HQ wrote for this laptop (a bundle file)</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Enrol with HQ…</translation>
    </message>
    <message>
        <source>Register this laptop with HQ using a single-use code</source>
        <translation>Register this laptop with HQ using a single-use code</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock now: the passphrase is needed to continue (Ctrl+L)</source>
        <translation>Lock now: the passphrase is needed to continue (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close FieldApp</source>
        <translation>Close FieldApp</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search the cases (Ctrl+F)</source>
        <translation>Search the cases (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <source>Next tab of the case (Ctrl+PgDown)</source>
        <translation>Next tab of the case (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <source>Previous tab of the case (Ctrl+PgUp)</source>
        <translation>Previous tab of the case (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Auto-lock…</translation>
    </message>
    <message>
        <source>How long FieldApp waits before locking itself</source>
        <translation>How long FieldApp waits before locking itself</translation>
    </message>
    <message>
        <source>&amp;About FieldApp</source>
        <translation>&amp;About FieldApp</translation>
    </message>
    <message>
        <source>Versions and licence</source>
        <translation>Versions and licence</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Supervisor: %1</translation>
    </message>
    <message>
        <source>Municipal office: %1</source>
        <translation>Municipal office: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Recognised from the letters</source>
        <translation>Recognised from the letters</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Has a disability</translation>
    </message>
    <message>
        <source>Has a chronic illness</source>
        <translation>Has a chronic illness</translation>
    </message>
    <message>
        <source>Year, or YYYY-MM-DD</source>
        <translation>Year, or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>10 or 13 digits</source>
        <translation>10 or 13 digits</translation>
    </message>
    <message>
        <source>As written, in either script</source>
        <translation>As written, in either script</translation>
    </message>
    <message>
        <source>Community, disability and chronic illness are sensitive data: they can be recorded once sensitive-data consent is ticked on the Consent tab.</source>
        <translation>Community, disability and chronic illness are sensitive data: they can be recorded once sensitive-data consent is ticked on the Consent tab.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Remove this member from the household?</source>
        <translation>Remove this member from the household?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>Make head</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>Selected member</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>Write a new note…</source>
        <translation>Write a new note…</translation>
    </message>
    <message>
        <source>Notes cannot be changed or removed once added; they are shared with your office.</source>
        <translation>Notes cannot be changed or removed once added; they are shared with your office.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Who will use this laptop?</source>
        <translation>Who will use this laptop?</translation>
    </message>
    <message>
        <source>Your name is recorded on the cases you create. Other officers can be added later.</source>
        <translation>Your name is recorded on the cases you create. Other officers can be added later.</translation>
    </message>
    <message>
        <source>Officer &amp;name:</source>
        <translation>Officer &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Given name and family name</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <source>The municipality is where you register cases; every new case starts there.</source>
        <translation>The municipality is where you register cases; every new case starts there.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Strength: very weak</source>
        <translation>Strength: very weak</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Strength: weak</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Strength: good</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>It protects every case on this laptop. Nobody can open the data without it.</source>
        <translation>It protects every case on this laptop. Nobody can open the data without it.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few words only you know are easier to remember than symbols. Write it nowhere on the laptop.</source>
        <translation>Use at least %1 characters; a few words only you know are easier to remember than symbols. Write it nowhere on the laptop.</translation>
    </message>
</context>
<context>
    <name>PossibleHouseholdDialog</name>
    <message>
        <source>Possible existing household</source>
        <translation>Possible existing household</translation>
    </message>
    <message>
        <source>This household may already be on the laptop (%1 found). Compare before saving: a household registered twice is counted and helped twice.</source>
        <translation>This household may already be on the laptop (%1 found). Compare before saving: a household registered twice is counted and helped twice.</translation>
    </message>
    <message>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Go back to the form</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Counting possible duplicates…</source>
        <translation>Counting possible duplicates…</translation>
    </message>
    <message>
        <source>Returned to the officer %1 times before</source>
        <translation>Returned to the officer %1 times before</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Place of return</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Dupl.</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 other cases may be the same household (%2 compares them)</source>
        <translation>%1 other cases may be the same household (%2 compares them)</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>last typed %1</source>
        <translation>last typed %1</translation>
    </message>
    <message>
        <source>Recovered work</source>
        <translation>Recovered work</translation>
    </message>
    <message>
        <source>FieldApp was closed while you were typing. Your unsaved work was kept, encrypted. Restore it to continue where you stopped.</source>
        <translation>FieldApp was closed while you were typing. Your unsaved work was kept, encrypted. Restore it to continue where you stopped.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Centre for Social Work</source>
        <translation>Centre for Social Work</translation>
    </message>
    <message>
        <source>Civil registry</source>
        <translation>Civil registry</translation>
    </message>
    <message>
        <source>Employment office</source>
        <translation>Employment office</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Health service</translation>
    </message>
    <message>
        <source>Legal aid (property claim)</source>
        <translation>Legal aid (property claim)</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Date of referral</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>Choose a service…</translation>
    </message>
    <message>
        <source>Remove this referral?</source>
        <translation>Remove this referral?</translation>
    </message>
    <message>
        <source>&amp;Add referral</source>
        <translation>&amp;Add referral</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Selected referral</translation>
    </message>
    <message>
        <source>What the household needs from the service</source>
        <translation>What the household needs from the service</translation>
    </message>
    <message>
        <source>Refer the household to a Centre for Social Work, the civil registry, the employment office, a health service or legal aid for a property claim. Once the case is saved, Forms… (Ctrl+P) prints the referral.</source>
        <translation>Refer the household to a Centre for Social Work, the civil registry, the employment office, a health service or legal aid for a property claim. Once the case is saved, Forms… (Ctrl+P) prints the referral.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Review queue</translation>
    </message>
    <message>
        <source>Cases waiting for a decision, oldest first (Ctrl+R)</source>
        <translation>Cases waiting for a decision, oldest first (Ctrl+R)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Return to officer</translation>
    </message>
    <message>
        <source>Mark duplicate</source>
        <translation>Mark duplicate</translation>
    </message>
    <message>
        <source>Mark ineligible</source>
        <translation>Mark ineligible</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>The household qualifies; the case goes on to selection.</source>
        <translation>The household qualifies; the case goes on to selection.</translation>
    </message>
    <message>
        <source>The case goes back to its officer to be corrected and submitted again.</source>
        <translation>The case goes back to its officer to be corrected and submitted again.</translation>
    </message>
    <message>
        <source>The household is already recorded in another case, which goes on.</source>
        <translation>The household is already recorded in another case, which goes on.</translation>
    </message>
    <message>
        <source>The household does not meet the criteria; the case ends here.</source>
        <translation>The household does not meet the criteria; the case ends here.</translation>
    </message>
    <message>
        <source>The household gave up its request; the case ends here.</source>
        <translation>The household gave up its request; the case ends here.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Ineligible</translation>
    </message>
</context>
<context>
    <name>ReviewCommentDialog</name>
    <message>
        <source>Comment on %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <source>The comment is kept with the case&apos;s notes (it cannot be edited later) and reaches HQ with the next sync.</source>
        <translation>The comment is kept with the case&apos;s notes (it cannot be edited later) and reaches HQ with the next sync.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>All settlements</source>
        <translation>All settlements</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Submitted and under review</source>
        <translation>Submitted and under review</translation>
    </message>
    <message>
        <source>Waiting: %1 · submitted %2 · under review %3 · possible duplicates %4</source>
        <translation>Waiting: %1 · submitted %2 · under review %3 · possible duplicates %4</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>shown: %1</translation>
    </message>
    <message>
        <source>No case is waiting for a decision.</source>
        <translation>No case is waiting for a decision.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>No case matches these filters.</translation>
    </message>
    <message>
        <source>Possible duplicates only</source>
        <translation>Possible duplicates only</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment (%1)</source>
        <translation>Comment (%1)</translation>
    </message>
    <message>
        <source>A comment without a decision, kept with the case&apos;s notes</source>
        <translation>A comment without a decision, kept with the case&apos;s notes</translation>
    </message>
    <message>
        <source>Every tab of the case, as the officer sees it</source>
        <translation>Every tab of the case, as the officer sees it</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Editor (%1)</source>
        <translation>Editor (%1)</translation>
    </message>
    <message>
        <source>next or previous case</source>
        <translation>next or previous case</translation>
    </message>
    <message>
        <source>read the case</source>
        <translation>read the case</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <source>Search the queue: names in any script, case numbers… (%1)</source>
        <translation>Search the queue: names in any script, case numbers… (%1)</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Beneficiary &amp;selection</source>
        <translation>Beneficiary &amp;selection</translation>
    </message>
    <message>
        <source>Approved households ranked by score, with a quota or budget line (Ctrl+B)</source>
        <translation>Approved households ranked by score, with a quota or budget line (Ctrl+B)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Score breakdown</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Waiting (days)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>SelectionScreen</name>
    <message>
        <source>Selecting and waitlisting are for supervisors</source>
        <translation>Selecting and waitlisting are for supervisors</translation>
    </message>
    <message>
        <source>Print the selection list</source>
        <translation>Print the selection list</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the selection list</source>
        <translation>Save the selection list</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Line</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>No line</translation>
    </message>
    <message>
        <source>Quota (households)</source>
        <translation>Quota (households)</translation>
    </message>
    <message>
        <source>Budget (amount)</source>
        <translation>Budget (amount)</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Households</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Cost per household</source>
        <translation>&amp;Cost per household</translation>
    </message>
    <message>
        <source>&amp;Select above the line</source>
        <translation>&amp;Select above the line</translation>
    </message>
    <message>
        <source>&amp;Waitlist below the line</source>
        <translation>&amp;Waitlist below the line</translation>
    </message>
    <message>
        <source>Select chosen</source>
        <translation>Select chosen</translation>
    </message>
    <message>
        <source>Waitlist chosen</source>
        <translation>Waitlist chosen</translation>
    </message>
    <message>
        <source>&amp;Print list (PDF)…</source>
        <translation>&amp;Print list (PDF)…</translation>
    </message>
    <message>
        <source>The bilingual list with signature lines for the commission</source>
        <translation>The bilingual list with signature lines for the commission</translation>
    </message>
    <message>
        <source>Save as &amp;workbook…</source>
        <translation>Save as &amp;workbook…</translation>
    </message>
    <message>
        <source>The list as a workbook, labels in the language of the app</source>
        <translation>The list as a workbook, labels in the language of the app</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Latin)</source>
        <translation>Albanian + Serbian (Latin)</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Cyrillic)</source>
        <translation>Albanian + Serbian (Cyrillic)</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Latin) + English</source>
        <translation>Albanian + Serbian (Latin) + English</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Cyrillic) + English</source>
        <translation>Albanian + Serbian (Cyrillic) + English</translation>
    </message>
    <message>
        <source>Double-click a household to open its case; select several to act on them together</source>
        <translation>Double-click a household to open its case; select several to act on them together</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>This case</source>
        <translation>This case</translation>
    </message>
    <message>
        <source>Possible original</source>
        <translation>Possible original</translation>
    </message>
    <message>
        <source>Highlighted: the same in both cases (names compared in either script and without diacritics).</source>
        <translation>Highlighted: the same in both cases (names compared in either script and without diacritics).</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The connection to HQ was lost</source>
        <translation>The connection to HQ was lost</translation>
    </message>
    <message>
        <source>HQ cannot be reached</source>
        <translation>HQ cannot be reached</translation>
    </message>
    <message>
        <source>HQ did not answer as expected</source>
        <translation>HQ did not answer as expected</translation>
    </message>
    <message>
        <source>HQ&apos;s identity could not be confirmed</source>
        <translation>HQ&apos;s identity could not be confirmed</translation>
    </message>
    <message>
        <source>This laptop was revoked by HQ</source>
        <translation>This laptop was revoked by HQ</translation>
    </message>
    <message>
        <source>Not enrolled with HQ</source>
        <translation>Not enrolled with HQ</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Choose Sync ▸ Enrol with HQ… and enter the address and the code HQ gave you.</source>
        <translation>This laptop is not enrolled with HQ yet. Choose Sync ▸ Enrol with HQ… and enter the address and the code HQ gave you.</translation>
    </message>
    <message>
        <source>The file was refused</source>
        <translation>The file was refused</translation>
    </message>
    <message>
        <source>The enrolment code was refused</source>
        <translation>The enrolment code was refused</translation>
    </message>
    <message>
        <source>HQ refused the request</source>
        <translation>HQ refused the request</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>HQ: %1
Signed in as %2 (%3)</source>
        <translation>HQ: %1
Signed in as %2 (%3)</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Enrol it with the code HQ gave you; until then, work stays on this laptop.</source>
        <translation>This laptop is not enrolled with HQ yet. Enrol it with the code HQ gave you; until then, work stays on this laptop.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>%1 change(s) in %2 case(s)</source>
        <translation>%1 change(s) in %2 case(s)</translation>
    </message>
    <message>
        <source>Nothing: HQ has every change</source>
        <translation>Nothing: HQ has every change</translation>
    </message>
    <message>
        <source>%1 case(s), %2 field(s)</source>
        <translation>%1 case(s), %2 field(s)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 case(s): see the highlighted rows</source>
        <translation>%1 case(s): see the highlighted rows</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Connecting to HQ…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelling after the current batch…</translation>
    </message>
    <message>
        <source>Sending changes: batch %1 of %2 (%3 of %4 changes)</source>
        <translation>Sending changes: batch %1 of %2 (%3 of %4 changes)</translation>
    </message>
    <message>
        <source>Nothing to send; asking HQ for news…</source>
        <translation>Nothing to send; asking HQ for news…</translation>
    </message>
    <message>
        <source>Receiving updates from HQ: %1 case(s) so far</source>
        <translation>Receiving updates from HQ: %1 case(s) so far</translation>
    </message>
    <message>
        <source>Sent %1 · received %2</source>
        <translation>Sent %1 · received %2</translation>
    </message>
    <message>
        <source>Sync cancelled. What HQ already confirmed is kept; the rest goes at the next sync.</source>
        <translation>Sync cancelled. What HQ already confirmed is kept; the rest goes at the next sync.</translation>
    </message>
    <message>
        <source>Sync stopped because the workspace was locked. Sync again after unlocking.</source>
        <translation>Sync stopped because the workspace was locked. Sync again after unlocking.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 case update(s) received.</source>
        <translation>Synced: %1 change(s) sent, %2 case update(s) received.</translation>
    </message>
    <message>
        <source>Returned by HQ, editable again: %1.</source>
        <translation>Returned by HQ, editable again: %1.</translation>
    </message>
    <message>
        <source>%1 case(s) in conflict: see Conflicts.</source>
        <translation>%1 case(s) in conflict: see Conflicts.</translation>
    </message>
    <message>
        <source>HQ refused %1 change(s): see Conflicts.</source>
        <translation>HQ refused %1 change(s): see Conflicts.</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) for the bundle</source>
        <translation>Choose the USB stick (or folder) for the bundle</translation>
    </message>
    <message>
        <source>Wrote %1 change(s) to %2. Take the file to HQ; the changes stay waiting here until HQ&apos;s answer is imported.</source>
        <translation>Wrote %1 change(s) to %2. Take the file to HQ; the changes stay waiting here until HQ&apos;s answer is imported.</translation>
    </message>
    <message>
        <source>Import HQ&apos;s answer</source>
        <translation>Import HQ&apos;s answer</translation>
    </message>
    <message>
        <source>FieldApp bundles (*%1);;All files (*)</source>
        <translation>FieldApp bundles (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>HQ&apos;s answer was applied: %1 change(s) confirmed, %2 case update(s) received.</source>
        <translation>HQ&apos;s answer was applied: %1 change(s) confirmed, %2 case update(s) received.</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Waiting to send:</source>
        <translation>Waiting to send:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>Refused by HQ:</source>
        <translation>Refused by HQ:</translation>
    </message>
    <message>
        <source>Returned by HQ:</source>
        <translation>Returned by HQ:</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Show &amp;conflicts…</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Enrol with HQ…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to HQ and receive decisions, comments and assignments</source>
        <translation>Send this laptop&apos;s changes to HQ and receive decisions, comments and assignments</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No connection?</source>
        <translation>No connection?</translation>
    </message>
    <message>
        <source>Take the changes to HQ on a USB stick: export a bundle, and import the answer HQ gives you.</source>
        <translation>Take the changes to HQ on a USB stick: export a bundle, and import the answer HQ gives you.</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xport bundle…</translation>
    </message>
    <message>
        <source>&amp;Import answer…</source>
        <translation>&amp;Import answer…</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation>Too many wrong passphrases in a row.</translation>
    </message>
    <message>
        <source>Wrong passphrase (failed attempts: %1). Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Wrong passphrase (failed attempts: %1). Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>Wait %1 s before the next try.</source>
        <translation>Wait %1 s before the next try.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>FieldApp</source>
        <translation>FieldApp</translation>
    </message>
    <message>
        <source>The workspace is locked. Choose your name and type your passphrase.</source>
        <translation>The workspace is locked. Choose your name and type your passphrase.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Workspace folder</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>FieldApp — unlock</source>
        <translation>FieldApp — unlock</translation>
    </message>
</context>
<context>
    <name>VulnerabilitySection</name>
    <message>
        <source>Vulnerability score: %1</source>
        <translation>Vulnerability score: %1</translation>
    </message>
    <message>
        <source>No vulnerability ticked.</source>
        <translation>No vulnerability ticked.</translation>
    </message>
    <message>
        <source>The number after each flag is its weight. No official matrix is published: offices set the weights in the reference data.</source>
        <translation>The number after each flag is its weight. No official matrix is published: offices set the weights in the reference data.</translation>
    </message>
</context>
</TS>
