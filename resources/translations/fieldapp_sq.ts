<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldApp</source>
        <translation>Rreth FieldApp</translation>
    </message>
    <message>
        <source>FieldApp %1</source>
        <translation>FieldApp %1</translation>
    </message>
    <message>
        <source>Offline-first case management for returns and reintegration work in Kosovo. Every case is kept encrypted on this laptop and shared only with headquarters.</source>
        <translation>Menaxhim i rasteve pa nevojë për internet për punën e kthimit dhe riintegrimit në Kosovë. Çdo rast ruhet i enkriptuar në këtë laptop dhe ndahet vetëm me selinë qendrore.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Përbërësi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>AssistanceSection</name>
    <message>
        <source>House reconstruction</source>
        <translation>Rindërtim i shtëpisë</translation>
    </message>
    <message>
        <source>House repair</source>
        <translation>Riparim i shtëpisë</translation>
    </message>
    <message>
        <source>Food for about three months</source>
        <translation>Ushqim për rreth tre muaj</translation>
    </message>
    <message>
        <source>Non-food items</source>
        <translation>Artikuj joushqimorë</translation>
    </message>
    <message>
        <source>Firewood</source>
        <translation>Dru zjarri</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Mobilje</translation>
    </message>
    <message>
        <source>Income-generation grant</source>
        <translation>Grant për gjenerim të të ardhurave</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifikuar</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dorëzuar</translation>
    </message>
    <message>
        <source>Remove “%1” from the assistance items?</source>
        <translation>Të hiqet “%1” nga artikujt e ndihmës?</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Shto artikull</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Artikulli i zgjedhur</translation>
    </message>
    <message>
        <source>Pick from the return package or write the item</source>
        <translation>Zgjidhni nga pakoja e kthimit ose shkruani artikullin</translation>
    </message>
    <message>
        <source>A number, e.g. 1 or 2.5</source>
        <translation>Një numër, p.sh. 1 ose 2,5</translation>
    </message>
    <message>
        <source>The harmonised return package is offered as you type the item; any other item can be written out. Marking an item delivered asks for the handover date. Once the case is saved, Forms… (Ctrl+P) prints the handover receipt.</source>
        <translation>Pakoja e harmonizuar e kthimit ofrohet ndërsa shkruani artikullin; çdo artikull tjetër mund të shkruhet i plotë. Kur një artikull shënohet i dorëzuar, kërkohet data e dorëzimit. Pasi të ruhet rasti, Formularët… (Ctrl+P) shtyp fletëpranimin e dorëzimit.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sensitive-data consent</source>
        <translation>Pëlqimi për të dhëna të ndjeshme</translation>
    </message>
    <message>
        <source>Without sensitive-data consent, the community, disability and chronic illness of every member are cleared. Continue?</source>
        <translation>Pa pëlqimin për të dhëna të ndjeshme, komuniteti, aftësia e kufizuar dhe sëmundja kronike e çdo anëtari fshihen. Të vazhdohet?</translation>
    </message>
    <message>
        <source>Clear them</source>
        <translation>Pastroji</translation>
    </message>
    <message>
        <source>Keep consent</source>
        <translation>Mbaje pëlqimin</translation>
    </message>
    <message>
        <source>The case cannot be saved yet: fields to correct, marked in red: %1.</source>
        <translation>Rasti ende nuk mund të ruhet: fusha për t&apos;u korrigjuar, të shënuara me të kuqe: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ndryshime të paruajtura</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>Ky rast ka ndryshime që nuk janë ruajtur.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Mbaje si skicë</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hidh poshtë ndryshimet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(pa koment)</translation>
    </message>
    <message>
        <source>Returned by %1 on %2. The case can be edited again; correct it and submit it again.
“%3”</source>
        <translation>Kthyer nga %1 më %2. Rasti mund të ndryshohet përsëri; korrigjojeni dhe dorëzojeni përsëri.
“%3”</translation>
    </message>
    <message>
        <source>This case was changed here and at HQ at the same time. HQ kept its values for the fields in conflict; the form shows them now.</source>
        <translation>Ky rast u ndryshua këtu dhe në selinë qendrore në të njëjtën kohë. Selia ruajti vlerat e saj për fushat në konflikt; formulari i tregon ato tani.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Rast i ri</translation>
    </message>
    <message>
        <source>This case can no longer be edited in its current status. Notes can still be added.</source>
        <translation>Ky rast nuk mund të ndryshohet më në statusin e tanishëm. Shënimet mund të shtohen ende.</translation>
    </message>
    <message>
        <source>This case is decided: only assistance and referrals can still be recorded. Notes can still be added.</source>
        <translation>Ky rast është vendosur: mund të regjistrohen ende vetëm asistenca dhe referimet. Shënimet mund të shtohen ende.</translation>
    </message>
    <message>
        <source>Unsaved changes (kept as a draft while you type).</source>
        <translation>Ndryshime të paruajtura (ruhen si skicë ndërsa shkruani).</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervista</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Familja</translation>
    </message>
    <message>
        <source>Displacement and return</source>
        <translation>Zhvendosja dhe kthimi</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Prona</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Cenueshmëritë</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nevojat</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Pëlqimi</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Ndihma</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referimet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Shënimet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historiku</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Lista e rasteve</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Kthehu te lista e rasteve</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ruaj</translation>
    </message>
    <message>
        <source>Show both values…</source>
        <translation>Shfaq të dyja vlerat…</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Ruaje rastin (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record each purpose the person agreed to, after reading them the information notice. Consent can be withdrawn at any time.</source>
        <translation>Shënoni çdo qëllim për të cilin personi dha pëlqimin, pasi t&apos;i lexoni njoftimin informues. Pëlqimi mund të tërhiqet në çdo kohë.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Not yet sent</source>
        <translation>Ende i padërguar</translation>
    </message>
    <message>
        <source>Sent to HQ</source>
        <translation>Dërguar në selinë qendrore</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused by HQ</source>
        <translation>Refuzuar nga selia qendrore</translation>
    </message>
    <message>
        <source>Changed on this laptop; HQ has not received the change yet.</source>
        <translation>Ndryshuar në këtë laptop; selia qendrore ende nuk e ka marrë ndryshimin.</translation>
    </message>
    <message>
        <source>HQ holds this case exactly as this laptop does.</source>
        <translation>Selia qendrore e ka këtë rast saktësisht si ky laptop.</translation>
    </message>
    <message>
        <source>Changed here and at HQ at the same time: HQ kept its values. Open the case to see both.</source>
        <translation>Ndryshuar këtu dhe në selinë qendrore në të njëjtën kohë: selia ruajti vlerat e saj. Hapni rastin për t&apos;i parë të dyja.</translation>
    </message>
    <message>
        <source>HQ refused a change to this case; Sync ▸ Conflicts shows HQ&apos;s reason.</source>
        <translation>Selia qendrore refuzoi një ndryshim të këtij rasti; Sinkronizimi ▸ Konfliktet tregon arsyen.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2:
%3</source>
        <translation>Kthyer nga %1 më %2:
%3</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Të gjitha statuset</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Të gjitha komunat</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>Të gjitha llojet e rasteve</translation>
    </message>
    <message>
        <source>All needs</source>
        <translation>Të gjitha nevojat</translation>
    </message>
    <message>
        <source>All vulnerabilities</source>
        <translation>Të gjitha cenueshmëritë</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Çdo gjendje sinkronizimi</translation>
    </message>
    <message>
        <source>Cases found: %1</source>
        <translation>Raste të gjetura: %1</translation>
    </message>
    <message>
        <source>Search names, case numbers, places… (Ctrl+F)</source>
        <translation>Kërko emra, numra rastesh, vende… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Names match in any script and without diacritics: djordje finds Đorđe and Ђорђе.</source>
        <translation>Emrat gjenden në çdo alfabet dhe pa shenja diakritike: djordje gjen Đorđe dhe Ђорђе.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Pastro filtrat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Komuna</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Lloji i rastit</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Nevoja</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Cenueshmëria</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Gjendja e sinkronizimit</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Rastet</translation>
    </message>
</context>
<context>
    <name>CaseSheet</name>
    <message>
        <source>Choose a case in the queue to see it here, laid out for a decision.</source>
        <translation>Zgjidhni një rast në radhë për ta parë këtu, të përgatitur për vendim.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Jo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Lloji i rastit</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Vendi i kthimit</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Zyrtari</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Në pritje</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ditë</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Dublikata të mundshme</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Dublikatë e</translation>
    </message>
    <message>
        <source>Household (%1 members)</source>
        <translation>Familja (%1 anëtarë)</translation>
    </message>
    <message>
        <source>No members recorded.</source>
        <translation>Nuk është regjistruar asnjë anëtar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Shëndeti</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nevojat</translation>
    </message>
    <message>
        <source>No needs recorded.</source>
        <translation>Nuk është regjistruar asnjë nevojë.</translation>
    </message>
    <message>
        <source>Vulnerabilities — score %1</source>
        <translation>Cenueshmëritë — pikët %1</translation>
    </message>
    <message>
        <source>No vulnerability ticked: the score is 0.</source>
        <translation>Nuk është shënuar asnjë cenueshmëri: pikët janë 0.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Shenja</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pesha</translation>
    </message>
    <message>
        <source>Displacement and return</source>
        <translation>Zhvendosja dhe kthimi</translation>
    </message>
    <message>
        <source>Property and claim</source>
        <translation>Prona dhe kërkesa</translation>
    </message>
    <message>
        <source>No property recorded.</source>
        <translation>Nuk është regjistruar asnjë pronë.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Pëlqimi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Shënimet</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Nuk ka shënime.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kush</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënimi</translation>
    </message>
    <message>
        <source>History and earlier decisions</source>
        <translation>Historiku dhe vendimet e mëparshme</translation>
    </message>
    <message>
        <source>No moves recorded yet.</source>
        <translation>Ende nuk është regjistruar asnjë lëvizje.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Lëvizja</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komenti</translation>
    </message>
    <message>
        <source>Case for decision</source>
        <translation>Rasti për vendim</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gjithsej</translation>
    </message>
    <message>
        <source>No consent to processing is recorded.</source>
        <translation>Nuk është regjistruar pëlqim për përpunimin e të dhënave.</translation>
    </message>
    <message>
        <source>(press %1 to compare them side by side)</source>
        <translation>(shtypni %1 për t&apos;i krahasuar krah për krah)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Numri i rastit</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Kryefamiljari</translation>
    </message>
    <message>
        <source>Municipality · settlement</source>
        <translation>Komuna · vendbanimi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nevojat</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ndryshimi i fundit</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronizimi</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <source>Case&amp;load</source>
        <translation>&amp;Rastet e komunës</translation>
    </message>
    <message>
        <source>Every case of the municipality: counts per status, assignment, bulk moves (Ctrl+M)</source>
        <translation>Të gjitha rastet e komunës: numri sipas statusit, caktimi, kalimet në grup (Ctrl+M)</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Nr. i rastit</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Kryefamiljari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Vendbanimi</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Zyrtari</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nevojat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pikët</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Në pritje (ditë)</translation>
    </message>
    <message>
        <source>Assigned to this officer</source>
        <translation>I caktuar këtij zyrtari</translation>
    </message>
    <message>
        <source>In this status since %1</source>
        <translation>Në këtë status që nga %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Të gjitha: %1</translation>
    </message>
</context>
<context>
    <name>CaseloadScreen</name>
    <message>
        <source>Selected: %1</source>
        <translation>Të zgjedhura: %1</translation>
    </message>
    <message>
        <source>Pick the officer to assign the cases to.</source>
        <translation>Zgjidhni zyrtarin të cilit t&apos;i caktohen rastet.</translation>
    </message>
    <message>
        <source>Moving a case to “%1” needs a comment saying why: write it in the comment field.</source>
        <translation>Kalimi i rastit në “%1” kërkon një koment që shpjegon pse: shkruajeni në fushën e komentit.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Të gjitha</translation>
    </message>
    <message>
        <source>Name, case number or place</source>
        <translation>Emri, numri i rastit ose vendi</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Kërko</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Komuna</translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation>&amp;Vendbanimi</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Zyrtari</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Nevoja</translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation>&amp;Pikë të paktën</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Pastro filtrat</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Cakto te</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Cakto</translation>
    </message>
    <message>
        <source>Assign the selected cases to this field officer of the municipality</source>
        <translation>Caktoja rastet e zgjedhura këtij zyrtari në terren të komunës</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Kalo në</translation>
    </message>
    <message>
        <source>Comment (where the move needs one)</source>
        <translation>Komenti (kur kalimi e kërkon)</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>Ka&amp;lo</translation>
    </message>
    <message>
        <source>Make this workflow move for every selected case that allows it</source>
        <translation>Bëje këtë kalim për çdo rast të zgjedhur që e lejon</translation>
    </message>
    <message>
        <source>Double-click a case to open it; select several to act on them together</source>
        <translation>Klikoni dy herë një rast për ta hapur; zgjidhni disa për të vepruar me to së bashku</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Why? The comment is recorded in the case history.</source>
        <translation>Pse? Komenti regjistrohet në historikun e rastit.</translation>
    </message>
    <message>
        <source>Comment (optional), recorded in the case history:</source>
        <translation>Koment (sipas dëshirës), i regjistruar në historikun e rastit:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Origin</source>
        <translation>Origjina</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Zhvendosja</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervista</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Prona</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Pëlqimi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(bosh)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Jo</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>HQ kept this value; it is what the case holds now.</source>
        <translation>Selia qendrore e ruajti këtë vlerë; kjo është ajo që ka rasti tani.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value, changed here on %1.</source>
        <translation>Vlera e këtij laptopi, ndryshuar këtu më %1.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value.</source>
        <translation>Vlera e këtij laptopi.</translation>
    </message>
    <message>
        <source>Conflicts with HQ</source>
        <translation>Konfliktet me selinë qendrore</translation>
    </message>
    <message>
        <source>These fields were changed on this laptop and at HQ at the same time. HQ kept its value (the case shows it now) and recorded this laptop&apos;s value; a reviewer at HQ decides which stays. If this laptop&apos;s value is right, tell your supervisor, or add a note to the case.</source>
        <translation>Këto fusha u ndryshuan në këtë laptop dhe në selinë qendrore në të njëjtën kohë. Selia ruajti vlerën e saj (rasti e tregon tani) dhe regjistroi vlerën e këtij laptopi; një shqyrtues në seli vendos cila mbetet. Nëse vlera e këtij laptopi është e saktë, njoftoni mbikëqyrësin tuaj ose shtoni një shënim në rast.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Rasti</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fusha</translation>
    </message>
    <message>
        <source>Kept by HQ</source>
        <translation>E ruajtur nga selia qendrore</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Në këtë laptop</translation>
    </message>
    <message>
        <source>Changes HQ refused (the case was sent again from HQ):</source>
        <translation>Ndryshimet që selia qendrore refuzoi (rasti u dërgua përsëri nga selia):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation>Arsyeja e selisë qendrore</translation>
    </message>
    <message>
        <source>No conflicts: this laptop and HQ agree on every case.</source>
        <translation>Asnjë konflikt: ky laptop dhe selia qendrore pajtohen për çdo rast.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Hap rastin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Comment (required): say why. The officer reads it with the case; it is recorded in the case history.</source>
        <translation>Komenti (i detyrueshëm): thoni pse. Zyrtari e lexon bashkë me rastin; regjistrohet në historikun e rastit.</translation>
    </message>
    <message>
        <source>Comment (optional), recorded in the case history:</source>
        <translation>Komenti (opsional), regjistrohet në historikun e rastit:</translation>
    </message>
    <message>
        <source>This case will be marked as a duplicate of %1.</source>
        <translation>Ky rast do të shënohet si dublikatë e %1.</translation>
    </message>
    <message>
        <source>Pick the original in the list: the case this one duplicates.</source>
        <translation>Zgjidhni origjinalin në listë: rastin që ky e dyfishon.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Regjistro vendimin</translation>
    </message>
    <message>
        <source>Write a comment first: “%1” needs one, so the officer knows what to do.</source>
        <translation>Shkruani më parë një koment: „%1” e kërkon, që zyrtari ta dijë çfarë të bëjë.</translation>
    </message>
    <message>
        <source>Pick the original first: a duplicate names the case it duplicates.</source>
        <translation>Zgjidhni më parë origjinalin: një dublikatë emërton rastin që dyfishon.</translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation>Vendim për %1</translation>
    </message>
    <message>
        <source>Why this decision; for a return, what to correct</source>
        <translation>Pse ky vendim; për kthim, çfarë duhet korrigjuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter); it reaches HQ with the next sync</source>
        <translation>Regjistro vendimin (Ctrl+Enter); arrin në selinë qendrore me sinkronizimin e ardhshëm</translation>
    </message>
</context>
<context>
    <name>DuplicatePicker</name>
    <message>
        <source>%1 is held in %2, not on this laptop: ask that office or headquarters to compare the two households.</source>
        <translation>%1 mbahet në %2, jo në këtë laptop: kërkojini asaj zyre ose selisë t&apos;i krahasojë të dy familjet.</translation>
    </message>
    <message>
        <source>Not the same household</source>
        <translation>Nuk është e njëjta familje</translation>
    </message>
    <message>
        <source>The case compared is another household: it is not offered as a possible duplicate again, here or at headquarters.</source>
        <translation>Rasti i krahasuar është një familje tjetër: nuk ofrohet më si dublikatë e mundshme, as këtu as në seli.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultatet e kërkimit</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Dublikata të mundshme</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Rasti</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Gjasa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pse</translation>
    </message>
    <message>
        <source>No case matches this search.</source>
        <translation>Asnjë rast nuk përputhet me këtë kërkim.</translation>
    </message>
    <message>
        <source>No possible duplicate was found. Search for the original by name, case number or personal number.</source>
        <translation>Nuk u gjet asnjë dublikatë e mundshme. Kërkoni origjinalin sipas emrit, numrit të rastit ose numrit personal.</translation>
    </message>
    <message>
        <source>Search another case: name, case number, personal number…</source>
        <translation>Kërkoni një rast tjetër: emri, numri i rastit, numri personal…</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Submit</source>
        <translation>Dorëzo</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tërhiq</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Fillo shqyrtimin</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Ktheje te zyrtari</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Mirato</translation>
    </message>
    <message>
        <source>Mark ineligible</source>
        <translation>Shëno si të papërshtatshëm</translation>
    </message>
    <message>
        <source>Mark duplicate</source>
        <translation>Shëno si dublikatë</translation>
    </message>
    <message>
        <source>Select for assistance</source>
        <translation>Përzgjidh për ndihmë</translation>
    </message>
    <message>
        <source>Put on waiting list</source>
        <translation>Vendos në listën e pritjes</translation>
    </message>
    <message>
        <source>Start assistance</source>
        <translation>Fillo ndihmën</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Shëno si të dorëzuar</translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation>Fillo monitorimin</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Mbyll rastin</translation>
    </message>
    <message>
        <source>Move to: %1</source>
        <translation>Kalo në: %1</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>VVVV, VVVV-MM ose VVVV-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>VVVV-MM-DD</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Contacting HQ…</source>
        <translation>Duke kontaktuar selinë qendrore…</translation>
    </message>
    <message>
        <source>This laptop is enrolled with HQ at %1 as %2 (%3).</source>
        <translation>Ky laptop është regjistruar në selinë qendrore në %1 si %2 (%3).</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate fingerprint is:
%1
Check with HQ that it is theirs before the first sync.</source>
        <translation>Gjurma e certifikatës së selisë qendrore është:
%1
Kontrolloni me selinë që është e saj para sinkronizimit të parë.</translation>
    </message>
    <message>
        <source>Enrolled with HQ</source>
        <translation>Regjistruar në selinë qendrore</translation>
    </message>
    <message>
        <source>Enrol with HQ</source>
        <translation>Regjistrohu në selinë qendrore</translation>
    </message>
    <message>
        <source>HQ gives each laptop a single-use enrolment code. Enter HQ&apos;s address and the code; if HQ also gave you the certificate fingerprint, enter it too, so that this laptop only ever talks to the real HQ.</source>
        <translation>Selia qendrore i jep çdo laptopi një kod regjistrimi për një përdorim. Shkruani adresën e selisë dhe kodin; nëse selia ju dha edhe gjurmën e certifikatës, shkruajeni edhe atë, që ky laptop të flasë vetëm me selinë e vërtetë.</translation>
    </message>
    <message>
        <source>HQ &amp;address:</source>
        <translation>&amp;Adresa e selisë qendrore:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Kodi i regjistrimit:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Gjurma e certifikatës:</translation>
    </message>
    <message>
        <source>Optional: SHA-256, as HQ printed it</source>
        <translation>Opsionale: SHA-256, siç e shtypi selia qendrore</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Regjistrohu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… dhe %1 të tjera.</translation>
    </message>
    <message>
        <source>Please correct these fields</source>
        <translation>Ju lutemi korrigjoni këto fusha</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the fields below and try again:</source>
        <translation>Asgjë nuk u ruajt. Korrigjoni fushat më poshtë dhe provoni përsëri:</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>U anulua</translation>
    </message>
    <message>
        <source>Workspace locked</source>
        <translation>Hapësira e punës u kyç</translation>
    </message>
    <message>
        <source>This cannot be done</source>
        <translation>Kjo nuk mund të bëhet</translation>
    </message>
    <message>
        <source>The workspace is busy</source>
        <translation>Hapësira e punës është e zënë</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Diçka shkoi keq</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Në rregull</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>FieldApp — first start</source>
        <translation>FieldApp — nisja e parë</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Prapa</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tjetra &gt;</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Krijo hapësirën e punës</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Workspace folder</source>
        <translation>Dosja e hapësirës së punës</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Duke krijuar hapësirën e enkriptuar të punës…</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Ku të mbahet hapësira e punës</translation>
    </message>
    <message>
        <source>All cases are kept encrypted in one folder on this laptop.</source>
        <translation>Të gjitha rastet ruhen të enkriptuara në një dosje në këtë laptop.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dosja:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Shfleto…</translation>
    </message>
    <message>
        <source>The suggested folder is right for most laptops. Choose another one only if your office asks you to.</source>
        <translation>Dosja e propozuar është e përshtatshme për shumicën e laptopëve. Zgjidhni një tjetër vetëm nëse jua kërkon zyra.</translation>
    </message>
</context>
<context>
    <name>FormsDialog</name>
    <message>
        <source>The form was not saved</source>
        <translation>Formulari nuk u ruajt</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved there; choose another folder, or free some space, and try again.</source>
        <translation>%1 nuk mund të shkruhej (%2). Asgjë nuk u ruajt atje; zgjidhni një dosje tjetër ose lironi hapësirë dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Faqja %1</translation>
    </message>
    <message>
        <source>The form is ready to save; its pages cannot be shown here.</source>
        <translation>Formulari është gati për t&apos;u ruajtur; faqet e tij nuk mund të shfaqen këtu.</translation>
    </message>
    <message>
        <source>Preview: %1 page(s). Nothing is written to disk until you save.</source>
        <translation>Parapamja: %1 faqe. Asgjë nuk shkruhet në disk derisa të ruani.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>Hapësira e punës është e kyçur.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Duke përgatitur parapamjen…</translation>
    </message>
    <message>
        <source>The preview cannot be shown: this installation of FieldApp lacks its PDF renderer (pypdfium2). Reinstall FieldApp. The form can still be saved as PDF; printing from here needs the preview too.</source>
        <translation>Parapamja nuk mund të shfaqet: këtij instalimi të FieldApp i mungon renderuesi i PDF-ve (pypdfium2). Instalojeni përsëri FieldApp. Formulari mund të ruhet sidoqoftë si PDF; shtypja nga këtu ka nevojë gjithashtu për parapamjen.</translation>
    </message>
    <message>
        <source>The pages of this form could not be shown here. The form can still be saved as PDF and opened in a PDF reader.</source>
        <translation>Faqet e këtij formulari nuk mund të shfaqeshin këtu. Formulari mund të ruhet sidoqoftë si PDF dhe të hapet në një lexues PDF.</translation>
    </message>
    <message>
        <source>Forms — %1</source>
        <translation>Formularët — %1</translation>
    </message>
    <message>
        <source>Save the form as PDF</source>
        <translation>Ruaje formularin si PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Skedarë PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>U ruajt në %1.</translation>
    </message>
    <message>
        <source>Saved to %1. The case had changed since the preview; the file holds the case as it is now.</source>
        <translation>U ruajt në %1. Rasti kishte ndryshuar pas parapamjes; skedari e përmban rastin siç është tani.</translation>
    </message>
    <message>
        <source>Print the form</source>
        <translation>Shtyp formularin</translation>
    </message>
    <message>
        <source>Sending the form to the printer…</source>
        <translation>Duke dërguar formularin te printeri…</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>U dërgua te printeri: %1 faqe.</translation>
    </message>
    <message>
        <source>The form was not printed</source>
        <translation>Formulari nuk u shtyp</translation>
    </message>
    <message>
        <source>The printer could not be prepared for this form. Check the printer, or save the form as PDF and print it from a PDF reader.</source>
        <translation>Printeri nuk mund të përgatitej për këtë formular. Kontrolloni printerin, ose ruajeni formularin si PDF dhe shtypeni nga një lexues PDF.</translation>
    </message>
    <message>
        <source>Choose the folder for the forms</source>
        <translation>Zgjidhni dosjen për formularët</translation>
    </message>
    <message>
        <source>Cancelling after the form being written…</source>
        <translation>Duke anuluar pas formularit që po shkruhet…</translation>
    </message>
    <message>
        <source>Writing the forms… %1 of %2</source>
        <translation>Duke shkruar formularët… %1 nga %2</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 forms were written to %3.</source>
        <translation>U ndal: %1 nga %2 formularë u shkruan në %3.</translation>
    </message>
    <message>
        <source>The forms were not all written</source>
        <translation>Jo të gjithë formularët u shkruan</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 forms were written to %3; each of them is complete.</source>
        <translation>U anulua: %1 nga %2 formularë u shkruan në %3; secili prej tyre është i plotë.</translation>
    </message>
    <message>
        <source>Done: %1 forms were written to %2.</source>
        <translation>Përfundoi: %1 formularë u shkruan në %2.</translation>
    </message>
    <message>
        <source>Blank form, for filling in by hand</source>
        <translation>Formular bosh, për t&apos;u plotësuar me dorë</translation>
    </message>
    <message>
        <source>%1 cases selected</source>
        <translation>%1 raste të zgjedhura</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Rasti</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Formularë bosh</translation>
    </message>
    <message>
        <source>Forms for the selected cases</source>
        <translation>Formularët për rastet e zgjedhura</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularët</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulari:</translation>
    </message>
    <message>
        <source>Languages on the form</source>
        <translation>Gjuhët në formular</translation>
    </message>
    <message>
        <source>Albanian and Serbian in Latin script</source>
        <translation>Shqip dhe serbisht me alfabet latin</translation>
    </message>
    <message>
        <source>Albanian and Serbian in Cyrillic script</source>
        <translation>Shqip dhe serbisht me alfabet cirilik</translation>
    </message>
    <message>
        <source>Also in English</source>
        <translation>Edhe në anglisht</translation>
    </message>
    <message>
        <source>A blank form holds no personal data. Saved blank forms can be shared and printed freely.</source>
        <translation>Një formular bosh nuk përmban të dhëna personale. Formularët bosh të ruajtur mund të ndahen dhe të shtypen lirisht.</translation>
    </message>
    <message>
        <source>One PDF per case is written into the folder you choose, named by case number. Each form is recorded in the audit log. The preview shows the first case.</source>
        <translation>Në dosjen që zgjidhni shkruhet një PDF për çdo rast, me emrin sipas numrit të rastit. Çdo formular regjistrohet në regjistrin e auditimit. Parapamja tregon rastin e parë.</translation>
    </message>
    <message>
        <source>Nothing is written to disk until you save. Saving or printing is recorded in the case&apos;s audit log.</source>
        <translation>Asgjë nuk shkruhet në disk derisa të ruani. Ruajtja ose shtypja regjistrohet në regjistrin e auditimit të rastit.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Ruaj PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Shtyp…</translation>
    </message>
    <message>
        <source>Save all to a &amp;folder…</source>
        <translation>Ruaji të gjitha në një &amp;dosje…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Item delivered</source>
        <translation>Artikulli u dorëzua</translation>
    </message>
    <message>
        <source>When was “%1” handed over to the household?</source>
        <translation>Kur iu dorëzua familjes “%1”?</translation>
    </message>
    <message>
        <source>When was the item handed over to the household?</source>
        <translation>Kur iu dorëzua familjes artikulli?</translation>
    </message>
    <message>
        <source>Optional: number of the signed receipt</source>
        <translation>Opsionale: numri i fletëpranimit të nënshkruar</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Shëno si të dorëzuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Decided at HQ</source>
        <translation>Vendosur në selinë qendrore</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kush</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Në</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komenti</translation>
    </message>
    <message>
        <source>The case has not been saved yet.</source>
        <translation>Rasti ende nuk është ruajtur.</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <source>Pick a possible original in the list to compare it here.</source>
        <translation>Zgjidhni një origjinal të mundshëm në listë për ta krahasuar këtu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Familja</translation>
    </message>
    <message>
        <source>Place and property</source>
        <translation>Vendi dhe prona</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Duke anuluar…</translation>
    </message>
    <message>
        <source>Checking the records… %1 of %2</source>
        <translation>Duke kontrolluar të dhënat… %1 nga %2</translation>
    </message>
    <message>
        <source>Writing the cases… %1 of %2</source>
        <translation>Duke shkruar rastet… %1 nga %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Duke lexuar skedarin…</translation>
    </message>
    <message>
        <source>Cases imported: %1.</source>
        <translation>Raste të importuara: %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>U anulua; asgjë nuk u importua.</translation>
    </message>
    <message>
        <source>The file was refused and nothing was imported. Correct the problems listed below in the file, then import it again.</source>
        <translation>Skedari u refuzua dhe asgjë nuk u importua. Korrigjoni në skedar problemet e listuara më poshtë, pastaj importojeni përsëri.</translation>
    </message>
    <message>
        <source>%1 of the households imported may already be on this laptop. Compare them before working on them (the review desk shows them side by side):</source>
        <translation>%1 nga familjet e importuara mund të jenë tashmë në këtë laptop. Krahasojini para se të punoni me to (tryeza e shqyrtimit i tregon krah për krah):</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importo raste</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Skedari: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Regjistrimi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fusha</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Vlerat e lejuara</translation>
    </message>
    <message>
        <source>Imported case</source>
        <translation>Rasti i importuar</translation>
    </message>
    <message>
        <source>Possible existing household</source>
        <translation>Familje e mundshme ekzistuese</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pse</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to FieldApp</source>
        <translation>Mirë se vini në FieldApp</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>Zgjidhni gjuhën e aplikacionit.</translation>
    </message>
    <message>
        <source>You can change it at any time from the Settings menu.</source>
        <translation>Mund ta ndryshoni në çdo kohë nga menyja Cilësimet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import cases</source>
        <translation>Importo raste</translation>
    </message>
    <message>
        <source>Case files (*.json *.jsonl *.csv);;All files (*)</source>
        <translation>Skedarë rastesh (*.json *.jsonl *.csv);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Cases imported: %1.</source>
        <translation>Raste të importuara: %1.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importimi u anulua; asgjë nuk u importua.</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Ruajeni rastin më parë</translation>
    </message>
    <message>
        <source>A new case is printed once it has been saved: save it, then open Forms again.</source>
        <translation>Një rast i ri shtypet pasi të jetë ruajtur: ruajeni, pastaj hapni përsëri Formularët.</translation>
    </message>
    <message>
        <source>The form shows the case as last saved; the changes not yet saved in the editor are not on it.</source>
        <translation>Formulari e tregon rastin siç u ruajt për herë të fundit; ndryshimet e paruajtura në redaktues nuk janë në të.</translation>
    </message>
    <message>
        <source>Select the cases first</source>
        <translation>Zgjidhni rastet më parë</translation>
    </message>
    <message>
        <source>Select the cases in the list (Ctrl or Shift and click, or Ctrl+A for every case found), then choose Forms for selected cases.</source>
        <translation>Zgjidhni rastet në listë (Ctrl ose Shift dhe klikim, ose Ctrl+A për çdo rast të gjetur), pastaj zgjidhni Formularët për rastet e zgjedhura.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Kyçja automatike</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input:</source>
        <translation>Kyçe pas kaq minutash pa veprim:</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Hapësira e punës: %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Raste: %1</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>Në pritje të sinkronizimit: %1</translation>
    </message>
    <message>
        <source>Changes on this laptop not yet acknowledged by HQ</source>
        <translation>Ndryshime në këtë laptop që selia qendrore ende nuk i ka konfirmuar</translation>
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
        <translation>&amp;Rasti</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pamja</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sinkronizimi</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cilësimet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Shiriti i veglave</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>Rast i &amp;ri</translation>
    </message>
    <message>
        <source>Record a new household (Ctrl+N)</source>
        <translation>Regjistro një familje të re (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ruaj</translation>
    </message>
    <message>
        <source>Save the open case (Ctrl+S)</source>
        <translation>Ruaj rastin e hapur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Lista e rasteve</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Kthehu te lista e rasteve</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Importo raste…</translation>
    </message>
    <message>
        <source>Import cases from a JSON or CSV file</source>
        <translation>Importo raste nga një skedar JSON ose CSV</translation>
    </message>
    <message>
        <source>&amp;Forms…</source>
        <translation>&amp;Formularët…</translation>
    </message>
    <message>
        <source>Print the forms of the open case</source>
        <translation>Shtyp formularët e rastit të hapur</translation>
    </message>
    <message>
        <source>Forms for selected &amp;cases…</source>
        <translation>Formularët për &amp;rastet e zgjedhura…</translation>
    </message>
    <message>
        <source>Print one form for every case selected in the list, into a folder</source>
        <translation>Shtyp një formular për çdo rast të zgjedhur në listë, në një dosje</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>Formularë &amp;bosh…</translation>
    </message>
    <message>
        <source>Print the paper forms with empty lines, for filling in by hand</source>
        <translation>Shtyp formularët në letër me rreshta bosh, për t&apos;u plotësuar me dorë</translation>
    </message>
    <message>
        <source>S&amp;ync panel</source>
        <translation>Paneli i &amp;sinkronizimit</translation>
    </message>
    <message>
        <source>Last sync, changes waiting for HQ, conflicts (F5)</source>
        <translation>Sinkronizimi i fundit, ndryshimet që presin për selinë qendrore, konfliktet (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sinkronizo &amp;tani</translation>
    </message>
    <message>
        <source>Send changes to HQ and receive decisions (Ctrl+F5)</source>
        <translation>Dërgo ndryshimet në selinë qendrore dhe merr vendimet (Ctrl+F5)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konfliktet…</translation>
    </message>
    <message>
        <source>Fields changed here and at HQ, with both values</source>
        <translation>Fushat e ndryshuara këtu dhe në selinë qendrore, me të dyja vlerat</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;ksporto paketën…</translation>
    </message>
    <message>
        <source>Write the changes waiting for HQ to a file, for a USB stick</source>
        <translation>Shkruaj ndryshimet që presin për selinë qendrore në një skedar, për një USB</translation>
    </message>
    <message>
        <source>&amp;Import answer…</source>
        <translation>&amp;Importo përgjigjen…</translation>
    </message>
    <message>
        <source>Apply the answer HQ wrote for this laptop (a bundle file)</source>
        <translation>Zbato përgjigjen që selia qendrore shkroi për këtë laptop (një skedar paketë)</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Regjistrohu në selinë qendrore…</translation>
    </message>
    <message>
        <source>Register this laptop with HQ using a single-use code</source>
        <translation>Regjistro këtë laptop në selinë qendrore me një kod për një përdorim</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kyç</translation>
    </message>
    <message>
        <source>Lock now: the passphrase is needed to continue (Ctrl+L)</source>
        <translation>Kyçe tani: duhet fjalëkalimi për të vazhduar (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Close FieldApp</source>
        <translation>Mbyll FieldApp</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Kërko</translation>
    </message>
    <message>
        <source>Search the cases (Ctrl+F)</source>
        <translation>Kërko rastet (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Pjesa &amp;tjetër</translation>
    </message>
    <message>
        <source>Next tab of the case (Ctrl+PgDown)</source>
        <translation>Skeda tjetër e rastit (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Pjesa e &amp;mëparshme</translation>
    </message>
    <message>
        <source>Previous tab of the case (Ctrl+PgUp)</source>
        <translation>Skeda e mëparshme e rastit (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Kyçja automatike…</translation>
    </message>
    <message>
        <source>How long FieldApp waits before locking itself</source>
        <translation>Sa pret FieldApp para se të kyçet vetë</translation>
    </message>
    <message>
        <source>&amp;About FieldApp</source>
        <translation>&amp;Rreth FieldApp</translation>
    </message>
    <message>
        <source>Versions and licence</source>
        <translation>Versionet dhe licenca</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronizimi</translation>
    </message>
    <message>
        <source>Supervisor: %1</source>
        <translation>Mbikëqyrës: %1</translation>
    </message>
    <message>
        <source>Municipal office: %1</source>
        <translation>Zyra komunale: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Zyrtar: %1</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Recognised from the letters</source>
        <translation>Njihet nga shkronjat</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Ka aftësi të kufizuar</translation>
    </message>
    <message>
        <source>Has a chronic illness</source>
        <translation>Ka sëmundje kronike</translation>
    </message>
    <message>
        <source>Year, or YYYY-MM-DD</source>
        <translation>Viti, ose VVVV-MM-DD</translation>
    </message>
    <message>
        <source>10 or 13 digits</source>
        <translation>10 ose 13 shifra</translation>
    </message>
    <message>
        <source>As written, in either script</source>
        <translation>Siç është shkruar, në cilindo alfabet</translation>
    </message>
    <message>
        <source>Community, disability and chronic illness are sensitive data: they can be recorded once sensitive-data consent is ticked on the Consent tab.</source>
        <translation>Komuniteti, aftësia e kufizuar dhe sëmundja kronike janë të dhëna të ndjeshme: mund të regjistrohen pasi të shënohet pëlqimi për të dhëna të ndjeshme në skedën Pëlqimi.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Head of household</source>
        <translation>Kryefamiljari</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kryefamiljari</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Remove member</source>
        <translation>Hiq anëtarin</translation>
    </message>
    <message>
        <source>Remove this member from the household?</source>
        <translation>Ta hiqni këtë anëtar nga familja?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mbaje</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Shto anëtar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lëviz lart</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Lëviz poshtë</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>Bëje kryefamiljar</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>Anëtari i zgjedhur</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <source>Need</source>
        <translation>Nevoja</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Përparësia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënimi</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Hollësi (sipas dëshirës)</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>No notes yet.</source>
        <translation>Ende nuk ka shënime.</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Shto &amp;shënim</translation>
    </message>
    <message>
        <source>Write a new note…</source>
        <translation>Shkruani një shënim të ri…</translation>
    </message>
    <message>
        <source>Notes cannot be changed or removed once added; they are shared with your office.</source>
        <translation>Shënimet nuk mund të ndryshohen ose hiqen pasi shtohen; ato ndahen me zyrën tuaj.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Who will use this laptop?</source>
        <translation>Kush do ta përdorë këtë laptop?</translation>
    </message>
    <message>
        <source>Your name is recorded on the cases you create. Other officers can be added later.</source>
        <translation>Emri juaj regjistrohet në rastet që krijoni. Zyrtarë të tjerë mund të shtohen më vonë.</translation>
    </message>
    <message>
        <source>Officer &amp;name:</source>
        <translation>&amp;Emri i zyrtarit:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Komuna:</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Emri dhe mbiemri</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Shkruani për të kërkuar</translation>
    </message>
    <message>
        <source>The municipality is where you register cases; every new case starts there.</source>
        <translation>Komuna është vendi ku regjistroni rastet; çdo rast i ri fillon aty.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Strength: very weak</source>
        <translation>Forca: shumë e dobët</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Forca: e dobët</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Forca: mesatare</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Forca: e mirë</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Forca: e fortë</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Përdorni të paktën %1 shenja.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Dy fjalëkalimet ndryshojnë.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Zgjidhni një fjalëkalim</translation>
    </message>
    <message>
        <source>It protects every case on this laptop. Nobody can open the data without it.</source>
        <translation>Ai mbron çdo rast në këtë laptop. Askush nuk mund t&apos;i hapë të dhënat pa të.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Përsëriteni:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few words only you know are easier to remember than symbols. Write it nowhere on the laptop.</source>
        <translation>Përdorni të paktën %1 shenja; disa fjalë që i dini vetëm ju mbahen mend më lehtë se simbolet. Mos e shkruani askund në laptop.</translation>
    </message>
</context>
<context>
    <name>PossibleHouseholdDialog</name>
    <message>
        <source>Possible existing household</source>
        <translation>Familje e mundshme ekzistuese</translation>
    </message>
    <message>
        <source>This household may already be on the laptop (%1 found). Compare before saving: a household registered twice is counted and helped twice.</source>
        <translation>Kjo familje mund të jetë tashmë në laptop (u gjetën %1). Krahasoni para ruajtjes: një familje e regjistruar dy herë numërohet dhe ndihmohet dy herë.</translation>
    </message>
    <message>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Kthehu te formulari</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Ruaje gjithsesi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Rasti</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Kryefamiljari</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pikët</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pse</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Counting possible duplicates…</source>
        <translation>Po numërohen dublikatat e mundshme…</translation>
    </message>
    <message>
        <source>Returned to the officer %1 times before</source>
        <translation>Kthyer te zyrtari %1 herë më parë</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Rasti</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Kryefamiljari</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ditë</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pikët</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Vendi i kthimit</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Zyrtari</translation>
    </message>
    <message>
        <source>Dupl.</source>
        <translation>Dubl.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>%1 other cases may be the same household (%2 compares them)</source>
        <translation>%1 raste të tjera mund të jenë e njëjta familje (%2 i krahason)</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mbaje</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lëviz lart</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Lëviz poshtë</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>New case</source>
        <translation>Rast i ri</translation>
    </message>
    <message>
        <source>last typed %1</source>
        <translation>shkruar së fundi më %1</translation>
    </message>
    <message>
        <source>Recovered work</source>
        <translation>Punë e rikuperuar</translation>
    </message>
    <message>
        <source>FieldApp was closed while you were typing. Your unsaved work was kept, encrypted. Restore it to continue where you stopped.</source>
        <translation>FieldApp u mbyll ndërsa shkruanit. Puna juaj e paruajtur u mbajt, e enkriptuar. Riktheni atë për të vazhduar aty ku e latë.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Rikthe</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hidh poshtë</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Më vonë</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <source>Open</source>
        <translation>E hapur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>E kryer</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>E anuluar</translation>
    </message>
    <message>
        <source>Centre for Social Work</source>
        <translation>Qendra për Punë Sociale</translation>
    </message>
    <message>
        <source>Civil registry</source>
        <translation>Gjendja civile</translation>
    </message>
    <message>
        <source>Employment office</source>
        <translation>Zyra e punësimit</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Shërbimi shëndetësor</translation>
    </message>
    <message>
        <source>Legal aid (property claim)</source>
        <translation>Ndihma juridike (kërkesë pronësore)</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Data e referimit</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>Zgjidhni shërbimin…</translation>
    </message>
    <message>
        <source>Remove this referral?</source>
        <translation>Të hiqet ky referim?</translation>
    </message>
    <message>
        <source>&amp;Add referral</source>
        <translation>&amp;Shto referim</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Referimi i zgjedhur</translation>
    </message>
    <message>
        <source>What the household needs from the service</source>
        <translation>Çfarë i nevojitet familjes nga shërbimi</translation>
    </message>
    <message>
        <source>Refer the household to a Centre for Social Work, the civil registry, the employment office, a health service or legal aid for a property claim. Once the case is saved, Forms… (Ctrl+P) prints the referral.</source>
        <translation>Referojeni familjen te një Qendër për Punë Sociale, gjendja civile, zyra e punësimit, një shërbim shëndetësor ose ndihma juridike për një kërkesë pronësore. Pasi të ruhet rasti, Formularët… (Ctrl+P) shtyp fletën e referimit.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Radha e shqyrtimit</translation>
    </message>
    <message>
        <source>Cases waiting for a decision, oldest first (Ctrl+R)</source>
        <translation>Rastet që presin vendim, më të vjetrat së pari (Ctrl+R)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Mirato</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Ktheje te zyrtari</translation>
    </message>
    <message>
        <source>Mark duplicate</source>
        <translation>Shëno si dublikatë</translation>
    </message>
    <message>
        <source>Mark ineligible</source>
        <translation>Shëno si të papërshtatshëm</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tërhiq</translation>
    </message>
    <message>
        <source>The household qualifies; the case goes on to selection.</source>
        <translation>Familja i plotëson kushtet; rasti kalon në përzgjedhje.</translation>
    </message>
    <message>
        <source>The case goes back to its officer to be corrected and submitted again.</source>
        <translation>Rasti i kthehet zyrtarit të vet për t&apos;u korrigjuar dhe dorëzuar përsëri.</translation>
    </message>
    <message>
        <source>The household is already recorded in another case, which goes on.</source>
        <translation>Familja është regjistruar tashmë në një rast tjetër, i cili vazhdon.</translation>
    </message>
    <message>
        <source>The household does not meet the criteria; the case ends here.</source>
        <translation>Familja nuk i plotëson kriteret; rasti përfundon këtu.</translation>
    </message>
    <message>
        <source>The household gave up its request; the case ends here.</source>
        <translation>Familja hoqi dorë nga kërkesa; rasti përfundon këtu.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Kthe</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublikatë</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>I papërshtatshëm</translation>
    </message>
</context>
<context>
    <name>ReviewCommentDialog</name>
    <message>
        <source>Comment on %1</source>
        <translation>Koment për %1</translation>
    </message>
    <message>
        <source>The comment is kept with the case&apos;s notes (it cannot be edited later) and reaches HQ with the next sync.</source>
        <translation>Komenti ruhet me shënimet e rastit (nuk mund të ndryshohet më vonë) dhe arrin në selinë qendrore me sinkronizimin e ardhshëm.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Shto komentin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message>
        <source>All municipalities</source>
        <translation>Të gjitha komunat</translation>
    </message>
    <message>
        <source>All settlements</source>
        <translation>Të gjitha vendbanimet</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Të gjithë zyrtarët</translation>
    </message>
    <message>
        <source>Submitted and under review</source>
        <translation>Dorëzuar dhe në shqyrtim</translation>
    </message>
    <message>
        <source>Waiting: %1 · submitted %2 · under review %3 · possible duplicates %4</source>
        <translation>Në pritje: %1 · dorëzuar %2 · në shqyrtim %3 · dublikata të mundshme %4</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>të shfaqura: %1</translation>
    </message>
    <message>
        <source>No case is waiting for a decision.</source>
        <translation>Asnjë rast nuk pret vendim.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Asnjë rast nuk përputhet me këta filtra.</translation>
    </message>
    <message>
        <source>Possible duplicates only</source>
        <translation>Vetëm dublikatat e mundshme</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Pastro filtrat</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Komuna</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Vendbanimi</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Zyrtari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Comment (%1)</source>
        <translation>Koment (%1)</translation>
    </message>
    <message>
        <source>A comment without a decision, kept with the case&apos;s notes</source>
        <translation>Një koment pa vendim, ruhet me shënimet e rastit</translation>
    </message>
    <message>
        <source>Every tab of the case, as the officer sees it</source>
        <translation>Të gjitha skedat e rastit, siç i sheh zyrtari</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Radha e shqyrtimit</translation>
    </message>
    <message>
        <source>Editor (%1)</source>
        <translation>Redaktuesi (%1)</translation>
    </message>
    <message>
        <source>next or previous case</source>
        <translation>rasti i ardhshëm ose i mëparshëm</translation>
    </message>
    <message>
        <source>read the case</source>
        <translation>lexo rastin</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>koment</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktuesi</translation>
    </message>
    <message>
        <source>search</source>
        <translation>kërko</translation>
    </message>
    <message>
        <source>Search the queue: names in any script, case numbers… (%1)</source>
        <translation>Kërkoni në radhë: emra në çdo alfabet, numra rastesh… (%1)</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Beneficiary &amp;selection</source>
        <translation>&amp;Përzgjedhja e përfituesve</translation>
    </message>
    <message>
        <source>Approved households ranked by score, with a quota or budget line (Ctrl+B)</source>
        <translation>Familjet e miratuara të renditura sipas pikëve, me vijë kuote ose buxheti (Ctrl+B)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Radha</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Nr. i rastit</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Kryefamiljari</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Vendbanimi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anëtarë</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pikët</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Përbërja e pikëve</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Në pritje (ditë)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vendimi</translation>
    </message>
</context>
<context>
    <name>SelectionScreen</name>
    <message>
        <source>Selecting and waitlisting are for supervisors</source>
        <translation>Përzgjedhja dhe vendosja në listë pritjeje u takojnë mbikëqyrësve</translation>
    </message>
    <message>
        <source>Print the selection list</source>
        <translation>Shtyp listën e përzgjedhjes</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Skedarë PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the selection list</source>
        <translation>Ruaj listën e përzgjedhjes</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Libra pune (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>U shkrua në %1.</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Vija</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>Pa vijë</translation>
    </message>
    <message>
        <source>Quota (households)</source>
        <translation>Kuota (familje)</translation>
    </message>
    <message>
        <source>Budget (amount)</source>
        <translation>Buxheti (shuma)</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Familje</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Buxheti</translation>
    </message>
    <message>
        <source>&amp;Cost per household</source>
        <translation>&amp;Kostoja për familje</translation>
    </message>
    <message>
        <source>&amp;Select above the line</source>
        <translation>&amp;Përzgjidh mbi vijë</translation>
    </message>
    <message>
        <source>&amp;Waitlist below the line</source>
        <translation>Në listë &amp;pritjeje nën vijë</translation>
    </message>
    <message>
        <source>Select chosen</source>
        <translation>Përzgjidh të shënuarat</translation>
    </message>
    <message>
        <source>Waitlist chosen</source>
        <translation>Të shënuarat në listë pritjeje</translation>
    </message>
    <message>
        <source>&amp;Print list (PDF)…</source>
        <translation>&amp;Shtyp listën (PDF)…</translation>
    </message>
    <message>
        <source>The bilingual list with signature lines for the commission</source>
        <translation>Lista dygjuhëshe me vija nënshkrimi për komisionin</translation>
    </message>
    <message>
        <source>Save as &amp;workbook…</source>
        <translation>Ruaj si &amp;libër pune…</translation>
    </message>
    <message>
        <source>The list as a workbook, labels in the language of the app</source>
        <translation>Lista si libër pune, me etiketa në gjuhën e aplikacionit</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Latin)</source>
        <translation>Shqip + serbisht (latinisht)</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Cyrillic)</source>
        <translation>Shqip + serbisht (cirilik)</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Latin) + English</source>
        <translation>Shqip + serbisht (latinisht) + anglisht</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Cyrillic) + English</source>
        <translation>Shqip + serbisht (cirilik) + anglisht</translation>
    </message>
    <message>
        <source>Double-click a household to open its case; select several to act on them together</source>
        <translation>Klikoni dy herë një familje për të hapur rastin e saj; zgjidhni disa për të vepruar me to së bashku</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>This case</source>
        <translation>Ky rast</translation>
    </message>
    <message>
        <source>Possible original</source>
        <translation>Origjinali i mundshëm</translation>
    </message>
    <message>
        <source>Highlighted: the same in both cases (names compared in either script and without diacritics).</source>
        <translation>Të theksuara: e njëjta në të dy rastet (emrat krahasohen në cilindo alfabet dhe pa diakritikë).</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The connection to HQ was lost</source>
        <translation>Lidhja me selinë qendrore u ndërpre</translation>
    </message>
    <message>
        <source>HQ cannot be reached</source>
        <translation>Selia qendrore nuk mund të arrihet</translation>
    </message>
    <message>
        <source>HQ did not answer as expected</source>
        <translation>Selia qendrore nuk u përgjigj si pritej</translation>
    </message>
    <message>
        <source>HQ&apos;s identity could not be confirmed</source>
        <translation>Identiteti i selisë qendrore nuk mund të konfirmohej</translation>
    </message>
    <message>
        <source>This laptop was revoked by HQ</source>
        <translation>Selia qendrore e ka revokuar këtë laptop</translation>
    </message>
    <message>
        <source>Not enrolled with HQ</source>
        <translation>I paregjistruar në selinë qendrore</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Choose Sync ▸ Enrol with HQ… and enter the address and the code HQ gave you.</source>
        <translation>Ky laptop ende nuk është regjistruar në selinë qendrore. Zgjidhni Sinkronizimi ▸ Regjistrohu në selinë qendrore… dhe shkruani adresën dhe kodin që ju dha selia.</translation>
    </message>
    <message>
        <source>The file was refused</source>
        <translation>Skedari u refuzua</translation>
    </message>
    <message>
        <source>The enrolment code was refused</source>
        <translation>Kodi i regjistrimit u refuzua</translation>
    </message>
    <message>
        <source>HQ refused the request</source>
        <translation>Selia qendrore e refuzoi kërkesën</translation>
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
        <translation>Selia qendrore: %1
Përdoruesi: %2 (%3)</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Enrol it with the code HQ gave you; until then, work stays on this laptop.</source>
        <translation>Ky laptop ende nuk është regjistruar në selinë qendrore. Regjistrojeni me kodin që ju dha selia; deri atëherë, puna mbetet në këtë laptop.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Asnjëherë</translation>
    </message>
    <message>
        <source>%1 change(s) in %2 case(s)</source>
        <translation>%1 ndryshim(e) në %2 rast(e)</translation>
    </message>
    <message>
        <source>Nothing: HQ has every change</source>
        <translation>Asgjë: selia qendrore i ka të gjitha ndryshimet</translation>
    </message>
    <message>
        <source>%1 case(s), %2 field(s)</source>
        <translation>%1 rast(e), %2 fushë/a</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Asnjë</translation>
    </message>
    <message>
        <source>%1 case(s): see the highlighted rows</source>
        <translation>%1 rast(e): shihni rreshtat e theksuar</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Duke u lidhur me selinë qendrore…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Duke anuluar pas grupit aktual…</translation>
    </message>
    <message>
        <source>Sending changes: batch %1 of %2 (%3 of %4 changes)</source>
        <translation>Duke dërguar ndryshimet: grupi %1 nga %2 (%3 nga %4 ndryshime)</translation>
    </message>
    <message>
        <source>Nothing to send; asking HQ for news…</source>
        <translation>Asgjë për të dërguar; duke pyetur selinë qendrore për të reja…</translation>
    </message>
    <message>
        <source>Receiving updates from HQ: %1 case(s) so far</source>
        <translation>Duke marrë përditësime nga selia qendrore: %1 rast(e) deri tani</translation>
    </message>
    <message>
        <source>Sent %1 · received %2</source>
        <translation>Dërguar %1 · marrë %2</translation>
    </message>
    <message>
        <source>Sync cancelled. What HQ already confirmed is kept; the rest goes at the next sync.</source>
        <translation>Sinkronizimi u anulua. Ajo që selia qendrore konfirmoi tashmë ruhet; pjesa tjetër shkon në sinkronizimin e ardhshëm.</translation>
    </message>
    <message>
        <source>Sync stopped because the workspace was locked. Sync again after unlocking.</source>
        <translation>Sinkronizimi u ndal sepse hapësira e punës u kyç. Sinkronizoni përsëri pasi ta shkyçni.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 case update(s) received.</source>
        <translation>U sinkronizua: %1 ndryshim(e) u dërgua(n), %2 përditësim(e) rastesh u mor(ën).</translation>
    </message>
    <message>
        <source>Returned by HQ, editable again: %1.</source>
        <translation>Kthyer nga selia qendrore, mund të ndryshohen përsëri: %1.</translation>
    </message>
    <message>
        <source>%1 case(s) in conflict: see Conflicts.</source>
        <translation>%1 rast(e) në konflikt: shihni Konfliktet.</translation>
    </message>
    <message>
        <source>HQ refused %1 change(s): see Conflicts.</source>
        <translation>Selia qendrore refuzoi %1 ndryshim(e): shihni Konfliktet.</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) for the bundle</source>
        <translation>Zgjidhni USB-në (ose dosjen) për paketën</translation>
    </message>
    <message>
        <source>Wrote %1 change(s) to %2. Take the file to HQ; the changes stay waiting here until HQ&apos;s answer is imported.</source>
        <translation>U shkruan %1 ndryshim(e) në %2. Çojeni skedarin në selinë qendrore; ndryshimet mbeten në pritje këtu derisa të importohet përgjigja e selisë.</translation>
    </message>
    <message>
        <source>Import HQ&apos;s answer</source>
        <translation>Importo përgjigjen e selisë qendrore</translation>
    </message>
    <message>
        <source>FieldApp bundles (*%1);;All files (*)</source>
        <translation>Paketat e FieldApp (*%1);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>HQ&apos;s answer was applied: %1 change(s) confirmed, %2 case update(s) received.</source>
        <translation>Përgjigja e selisë qendrore u zbatua: %1 ndryshim(e) u konfirmua(n), %2 përditësim(e) rastesh u mor(ën).</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Sinkronizimi i fundit:</translation>
    </message>
    <message>
        <source>Waiting to send:</source>
        <translation>Në pritje për t&apos;u dërguar:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konfliktet:</translation>
    </message>
    <message>
        <source>Refused by HQ:</source>
        <translation>Refuzuar nga selia qendrore:</translation>
    </message>
    <message>
        <source>Returned by HQ:</source>
        <translation>Kthyer nga selia qendrore:</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Shfaq &amp;konfliktet…</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Regjistrohu në selinë qendrore…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sinkronizo &amp;tani</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to HQ and receive decisions, comments and assignments</source>
        <translation>Dërgo ndryshimet e këtij laptopi në selinë qendrore dhe merr vendimet, komentet dhe caktimet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>No connection?</source>
        <translation>Pa lidhje?</translation>
    </message>
    <message>
        <source>Take the changes to HQ on a USB stick: export a bundle, and import the answer HQ gives you.</source>
        <translation>Çojini ndryshimet në selinë qendrore me një USB: eksportoni një paketë dhe importoni përgjigjen që ju jep selia.</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;ksporto paketën…</translation>
    </message>
    <message>
        <source>&amp;Import answer…</source>
        <translation>&amp;Importo përgjigjen…</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Shkruani fjalëkalimin tuaj.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation>Shumë fjalëkalime të gabuara njëri pas tjetrit.</translation>
    </message>
    <message>
        <source>Wrong passphrase (failed attempts: %1). Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Fjalëkalim i gabuar (përpjekje të dështuara: %1). Kontrolloni gjuhën e tastierës dhe Caps Lock, pastaj provoni përsëri.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Tani mund të provoni përsëri.</translation>
    </message>
    <message>
        <source>Wait %1 s before the next try.</source>
        <translation>Prisni %1 s para provës tjetër.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Duke shkyçur…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Shkyç</translation>
    </message>
    <message>
        <source>FieldApp</source>
        <translation>FieldApp</translation>
    </message>
    <message>
        <source>The workspace is locked. Choose your name and type your passphrase.</source>
        <translation>Hapësira e punës është e kyçur. Zgjidhni emrin tuaj dhe shkruani fjalëkalimin.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Zyrtari:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Fjalëkalimi juaj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dosja e hapësirës së punës</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>FieldApp — unlock</source>
        <translation>FieldApp — shkyçja</translation>
    </message>
</context>
<context>
    <name>VulnerabilitySection</name>
    <message>
        <source>Vulnerability score: %1</source>
        <translation>Pikët e cenueshmërisë: %1</translation>
    </message>
    <message>
        <source>No vulnerability ticked.</source>
        <translation>Asnjë cenueshmëri e shënuar.</translation>
    </message>
    <message>
        <source>The number after each flag is its weight. No official matrix is published: offices set the weights in the reference data.</source>
        <translation>Numri pas çdo shenje është pesha e saj. Nuk ka matricë zyrtare të publikuar: zyrat i caktojnë peshat në të dhënat e referencës.</translation>
    </message>
</context>
</TS>
