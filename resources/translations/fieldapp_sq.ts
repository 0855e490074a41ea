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
        <translation>Rasti ende nuk mund të ruhet: fusha për t'u korrigjuar, të shënuara me të kuqe: %1.</translation>
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
        <source>New case</source>
        <translation>Rast i ri</translation>
    </message>
    <message>
        <source>This case can no longer be edited in its current status. Notes can still be added.</source>
        <translation>Ky rast nuk mund të ndryshohet më në statusin e tanishëm. Shënimet mund të shtohen ende.</translation>
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
        <source>Save the case (Ctrl+S)</source>
        <translation>Ruaje rastin (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record each purpose the person agreed to, after reading them the information notice. Consent can be withdrawn at any time.</source>
        <translation>Shënoni çdo qëllim për të cilin personi dha pëlqimin, pasi t'i lexoni njoftimin informues. Pëlqimi mund të tërhiqet në çdo kohë.</translation>
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
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Fjalëkalim i gabuar. Kontrolloni gjuhën e tastierës dhe Caps Lock, pastaj provoni përsëri.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: wait %1 seconds, then try again.</source>
        <translation>Shumë fjalëkalime të gabuara: prisni %1 sekonda, pastaj provoni përsëri.</translation>
    </message>
    <message>
        <source>Case %1 was changed (by a sync) while you were editing it. Your typing is kept as a draft: reopen the case and redo the change.</source>
        <translation>Rasti %1 u ndryshua (nga një sinkronizim) ndërsa e redaktonit. Shkrimi juaj ruhet si skicë: rihapni rastin dhe bëni sërish ndryshimin.</translation>
    </message>
    <message>
        <source>Case %1 can no longer be edited in its current status. It becomes editable again if it is returned.</source>
        <translation>Rasti %1 nuk mund të ndryshohet më në statusin e tanishëm. Bëhet sërish i ndryshueshëm nëse kthehet.</translation>
    </message>
    <message>
        <source>The note is empty; write something to add.</source>
        <translation>Shënimi është bosh; shkruani diçka për ta shtuar.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters (a few words are easier to remember than symbols).</source>
        <translation>Fjalëkalimi është shumë i shkurtër: përdorni të paktën %1 shenja (disa fjalë mbahen mend më lehtë se simbolet).</translation>
    </message>
    <message>
        <source>The officer name must be 1 to 100 printable characters.</source>
        <translation>Emri i zyrtarit duhet të ketë nga 1 deri në 100 shenja të shtypshme.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; it was left as it is. Choose another folder.</source>
        <translation>%1 përmban tashmë një hapësirë pune; u la siç ishte. Zgjidhni një dosje tjetër.</translation>
    </message>
    <message>
        <source>The workspace is locked; unlock it first.</source>
        <translation>Hapësira e punës është e kyçur; shkyçeni më parë.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or does not belong to this key file; it was left as it is. Restore the workspace from a backup.</source>
        <translation>Baza e të dhënave %1 është e dëmtuar ose nuk i përket këtij skedari çelësash; u la siç ishte. Riktheni hapësirën e punës nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The database %1 is missing or damaged; it was left as it is. Restore the workspace from a backup.</source>
        <translation>Baza e të dhënave %1 mungon ose është e dëmtuar; u la siç ishte. Riktheni hapësirën e punës nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The key file %1 is missing: this folder holds no workspace. Choose the right folder or restore a backup.</source>
        <translation>Skedari i çelësave %1 mungon: kjo dosje nuk përmban hapësirë pune. Zgjidhni dosjen e duhur ose riktheni një kopje rezervë.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is. Restore it from a backup.</source>
        <translation>Skedari i çelësave %1 është i dëmtuar; u la siç ishte. Riktheni atë nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>%1 is not a case file: import a .json, .jsonl or .csv file.</source>
        <translation>%1 nuk është skedar rastesh: importoni një skedar .json, .jsonl ose .csv.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 është bosh: nuk ka çfarë të importohet.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON. Check that the file was exported completely.</source>
        <translation>%1 nuk është JSON i vlefshëm. Kontrolloni që skedari të jetë eksportuar i plotë.</translation>
    </message>
    <message>
        <source>%1 is not valid CSV. Check that the file was exported completely.</source>
        <translation>%1 nuk është CSV i vlefshëm. Kontrolloni që skedari të jetë eksportuar i plotë.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it again as UTF-8 and retry.</source>
        <translation>%1 nuk është tekst UTF-8. Ruajeni sërish si UTF-8 dhe provoni përsëri.</translation>
    </message>
    <message>
        <source>%1 does not exist; check the path.</source>
        <translation>%1 nuk ekziston; kontrolloni shtegun.</translation>
    </message>
    <message>
        <source>%1 holds no cases: there is nothing to import.</source>
        <translation>%1 nuk përmban asnjë rast: nuk ka çfarë të importohet.</translation>
    </message>
    <message>
        <source>Case %1 is not in this workspace (any more).</source>
        <translation>Rasti %1 nuk është (më) në këtë hapësirë pune.</translation>
    </message>
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
        <source>Cancelled; nothing was changed.</source>
        <translation>U anulua; asgjë nuk u ndryshua.</translation>
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
        <source>The workspace is busy in another window or command; try again in a moment.</source>
        <translation>Hapësira e punës është e zënë në një dritare ose komandë tjetër; provoni përsëri pas pak.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Diçka shkoi keq</translation>
    </message>
    <message>
        <source>An internal error (%1) stopped this action; nothing more was changed. Details without personal data were written to the log in the workspace folder. If it happens again, restart FieldApp.</source>
        <translation>Një gabim i brendshëm (%1) e ndali këtë veprim; asgjë më shumë nuk u ndryshua. Hollësitë pa të dhëna personale u shkruan në regjistrin në dosjen e hapësirës së punës. Nëse ndodh sërish, rinisni FieldApp.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Në rregull</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Format</source>
        <translation>Formati</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Identifikuesi i rastit</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numri i rastit</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Lloji i rastit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Municipality of return</source>
        <translation>Komuna e kthimit</translation>
    </message>
    <message>
        <source>Settlement of return</source>
        <translation>Vendbanimi i kthimit</translation>
    </message>
    <message>
        <source>Return mode</source>
        <translation>Mënyra e kthimit</translation>
    </message>
    <message>
        <source>Intention registered on</source>
        <translation>Qëllimi u regjistrua më</translation>
    </message>
    <message>
        <source>Municipality of origin</source>
        <translation>Komuna e origjinës</translation>
    </message>
    <message>
        <source>Settlement of origin</source>
        <translation>Vendbanimi i origjinës</translation>
    </message>
    <message>
        <source>Displacement category</source>
        <translation>Kategoria e zhvendosjes</translation>
    </message>
    <message>
        <source>Place of displacement</source>
        <translation>Vendi i zhvendosjes</translation>
    </message>
    <message>
        <source>Displaced since</source>
        <translation>I zhvendosur që nga</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Data e intervistës</translation>
    </message>
    <message>
        <source>Place of interview</source>
        <translation>Vendi i intervistës</translation>
    </message>
    <message>
        <source>Interviewing officer</source>
        <translation>Zyrtari që intervistoi</translation>
    </message>
    <message>
        <source>Language of interview</source>
        <translation>Gjuha e intervistës</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Përkthyes i pranishëm</translation>
    </message>
    <message>
        <source>Interpreter's name</source>
        <translation>Emri i përkthyesit</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Shënimet e intervistës</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Anëtarët e familjes</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Alfabeti</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Gjinia</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data e lindjes</translation>
    </message>
    <message>
        <source>Relationship to head</source>
        <translation>Lidhja me kryefamiljarin</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Numri personal</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Dokumentet në posedim</translation>
    </message>
    <message>
        <source>Community (self-declared)</source>
        <translation>Komuniteti (i vetëdeklaruar)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Aftësia e kufizuar</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Sëmundje kronike</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Arsimimi</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profesioni</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Gjuha e preferuar</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Statusi i pronës</translation>
    </message>
    <message>
        <source>Cadastral municipality</source>
        <translation>Komuna kadastrale</translation>
    </message>
    <message>
        <source>Cadastral zone</source>
        <translation>Zona kadastrale</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Evidence held</source>
        <translation>Dëshmitë në posedim</translation>
    </message>
    <message>
        <source>KPCVA claim number</source>
        <translation>Numri i kërkesës në AKKVP</translation>
    </message>
    <message>
        <source>KPCVA claim decision</source>
        <translation>Vendimi i AKKVP-së për kërkesën</translation>
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
        <source>Processing of personal data</source>
        <translation>Përpunimi i të dhënave personale</translation>
    </message>
    <message>
        <source>Sharing with partner organisations</source>
        <translation>Ndarja me organizatat partnere</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografitë</translation>
    </message>
    <message>
        <source>Sensitive data (community, health)</source>
        <translation>Të dhëna të ndjeshme (komuniteti, shëndeti)</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Pëlqimi u regjistrua më</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Pëlqimin e regjistroi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Shënimet</translation>
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
        <source>Member %1</source>
        <translation>Anëtari %1</translation>
    </message>
    <message>
        <source>Need %1</source>
        <translation>Nevoja %1</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Shënimi %1</translation>
    </message>
    <message>
        <source>Assistance item %1</source>
        <translation>Artikulli i ndihmës %1</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Referimi %1</translation>
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
    <name>HistorySection</name>
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
        <source>Officer: %1 (%2)</source>
        <translation>Zyrtari: %1 (%2)</translation>
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
        <source>Send changes to HQ and receive decisions</source>
        <translation>Dërgo ndryshimet në selinë qendrore dhe merr vendimet</translation>
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
        <translation>Ai mbron çdo rast në këtë laptop. Askush nuk mund t'i hapë të dhënat pa të.</translation>
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
    <name>Problems</name>
    <message>
        <source>Required.</source>
        <translation>E detyrueshme.</translation>
    </message>
    <message>
        <source>This field is not part of the case format.</source>
        <translation>Kjo fushë nuk është pjesë e formatit të rastit.</translation>
    </message>
    <message>
        <source>This column is not part of the case format.</source>
        <translation>Kjo kolonë nuk është pjesë e formatit të rastit.</translation>
    </message>
    <message>
        <source>This required column is missing.</source>
        <translation>Mungon kjo kolonë e detyrueshme.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Duhet të jetë tekst.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Shumë i gjatë: më së shumti %1 shenja.</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Përmban shenja të padukshme kontrolli; rishkruajeni.</translation>
    </message>
    <message>
        <source>%1 is not in the list; pick a value from the list.</source>
        <translation>%1 nuk është në listë; zgjidhni një vlerë nga lista.</translation>
    </message>
    <message>
        <source>Must be a list of values from the code list.</source>
        <translation>Duhet të jetë listë vlerash nga lista e kodeve.</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one and put the details in its note.</source>
        <translation>%1 është shënuar dy herë; mbani njërën dhe shkruani hollësitë në shënimin e saj.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 është shënuar dy herë.</translation>
    </message>
    <message>
        <source>Must be yes or no (true or false).</source>
        <translation>Duhet të jetë po ose jo (true ose false).</translation>
    </message>
    <message>
        <source>Write the year (1968), year and month (1968-03) or the full date (1968-03-21).</source>
        <translation>Shkruani vitin (1968), vitin dhe muajin (1968-03) ose datën e plotë (1968-03-21).</translation>
    </message>
    <message>
        <source>Write the full date as year-month-day, for example 2026-11-20.</source>
        <translation>Shkruani datën e plotë si vit-muaj-ditë, për shembull 2026-11-20.</translation>
    </message>
    <message>
        <source>The year %1 is before %2; check it.</source>
        <translation>Viti %1 është para vitit %2; kontrollojeni.</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation>%1 nuk është datë e kalendarit.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 është në të ardhmen.</translation>
    </message>
    <message>
        <source>Write the date consent was recorded.</source>
        <translation>Shkruani datën kur u regjistrua pëlqimi.</translation>
    </message>
    <message>
        <source>Add at least one household member.</source>
        <translation>Shtoni të paktën një anëtar të familjes.</translation>
    </message>
    <message>
        <source>More than %1 members in one household; split the case.</source>
        <translation>Më shumë se %1 anëtarë në një familje; ndajeni rastin.</translation>
    </message>
    <message>
        <source>The name is written in Cyrillic: choose the Cyrillic script.</source>
        <translation>Emri është shkruar me cirilicë: zgjidhni alfabetin cirilik.</translation>
    </message>
    <message>
        <source>The name holds Latin letters: choose the Latin script, or write it in Cyrillic only.</source>
        <translation>Emri përmban shkronja latine: zgjidhni alfabetin latin, ose shkruajeni vetëm me cirilicë.</translation>
    </message>
    <message>
        <source>Sensitive data: record sensitive-data consent first, or leave it empty.</source>
        <translation>Të dhëna të ndjeshme: regjistroni më parë pëlqimin për të dhëna të ndjeshme, ose lëreni bosh.</translation>
    </message>
    <message>
        <source>Must be 10 digits (Kosovo personal number) or 13 digits (JMBG).</source>
        <translation>Duhet të ketë 10 shifra (numri personal i Kosovës) ose 13 shifra (JMBG).</translation>
    </message>
    <message>
        <source>No member is the head of household: mark exactly one as head.</source>
        <translation>Asnjë anëtar nuk është kryefamiljar: shënoni saktësisht një si kryefamiljar.</translation>
    </message>
    <message>
        <source>Two members are marked head of household: exactly one is allowed.</source>
        <translation>Dy anëtarë janë shënuar si kryefamiljarë: lejohet saktësisht një.</translation>
    </message>
    <message>
        <source>%1 is already in this workspace.</source>
        <translation>%1 është tashmë në këtë hapësirë pune.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 shfaqet dy herë në skedar.</translation>
    </message>
    <message>
        <source>%1 is not a municipality code.</source>
        <translation>%1 nuk është kod komune.</translation>
    </message>
    <message>
        <source>%1 is not a valid case id.</source>
        <translation>%1 nuk është identifikues i vlefshëm rasti.</translation>
    </message>
    <message>
        <source>%1 is not a case number like %2.</source>
        <translation>%1 nuk është numër rasti si %2.</translation>
    </message>
    <message>
        <source>%1 is not a status this type of case can have.</source>
        <translation>%1 nuk është status që mund ta ketë ky lloj rasti.</translation>
    </message>
    <message>
        <source>%1 is not a supported format.</source>
        <translation>%1 nuk është format i mbështetur.</translation>
    </message>
    <message>
        <source>Has the wrong shape for the case format.</source>
        <translation>Ka formë të gabuar për formatin e rastit.</translation>
    </message>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation>Ky rresht ka më shumë qeliza se sa kolona ka koka.</translation>
    </message>
    <message>
        <source>Required: it groups the rows of one case.</source>
        <translation>E detyrueshme: grupon rreshtat e një rasti.</translation>
    </message>
    <message>
        <source>Differs from row %1 of the same case.</source>
        <translation>Ndryshon nga rreshti %1 i të njëjtit rast.</translation>
    </message>
    <message>
        <source>This field cannot be changed by an edit.</source>
        <translation>Kjo fushë nuk mund të ndryshohet me redaktim.</translation>
    </message>
    <message>
        <source>Must be a number, zero or more.</source>
        <translation>Duhet të jetë numër, zero ose më shumë.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Regjistrimi %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Rreshti %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rreshti %1</translation>
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
