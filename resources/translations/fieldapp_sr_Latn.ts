<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldApp</source>
        <translation>O programu FieldApp</translation>
    </message>
    <message>
        <source>FieldApp %1</source>
        <translation>FieldApp %1</translation>
    </message>
    <message>
        <source>Offline-first case management for returns and reintegration work in Kosovo. Every case is kept encrypted on this laptop and shared only with headquarters.</source>
        <translation>Vođenje predmeta bez stalne veze za poslove povratka i reintegracije na Kosovu. Svaki predmet se čuva šifrovan na ovom laptopu i deli se samo sa sedištem.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponenta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Sensitive-data consent</source>
        <translation>Saglasnost za osetljive podatke</translation>
    </message>
    <message>
        <source>Without sensitive-data consent, the community, disability and chronic illness of every member are cleared. Continue?</source>
        <translation>Bez saglasnosti za osetljive podatke brišu se zajednica, invaliditet i hronična bolest svakog člana. Nastaviti?</translation>
    </message>
    <message>
        <source>Clear them</source>
        <translation>Obriši ih</translation>
    </message>
    <message>
        <source>Keep consent</source>
        <translation>Zadrži saglasnost</translation>
    </message>
    <message>
        <source>The case cannot be saved yet: fields to correct, marked in red: %1.</source>
        <translation>Predmet još ne može da se sačuva: polja za ispravku, označena crvenom bojom: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmene</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>Ovaj predmet ima izmene koje nisu sačuvane.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Zadrži kao nacrt</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odbaci izmene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novi predmet</translation>
    </message>
    <message>
        <source>This case can no longer be edited in its current status. Notes can still be added.</source>
        <translation>Ovaj predmet se više ne može menjati u sadašnjem statusu. Beleške se i dalje mogu dodavati.</translation>
    </message>
    <message>
        <source>Unsaved changes (kept as a draft while you type).</source>
        <translation>Nesačuvane izmene (čuvaju se kao nacrt dok kucate).</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Domaćinstvo</translation>
    </message>
    <message>
        <source>Displacement and return</source>
        <translation>Raseljenje i povratak</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Imovina</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Ranjivosti</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrebe</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Saglasnost</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Beleške</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Lista predmeta</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Nazad na listu predmeta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Sačuvaj predmet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record each purpose the person agreed to, after reading them the information notice. Consent can be withdrawn at any time.</source>
        <translation>Označite svaku svrhu sa kojom se osoba saglasila, pošto joj pročitate obaveštenje. Saglasnost se može povući u bilo kom trenutku.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Not yet sent</source>
        <translation>Još nije poslato</translation>
    </message>
    <message>
        <source>Sent to HQ</source>
        <translation>Poslato sedištu</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Sukob</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Sve opštine</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>Sve vrste predmeta</translation>
    </message>
    <message>
        <source>All needs</source>
        <translation>Sve potrebe</translation>
    </message>
    <message>
        <source>All vulnerabilities</source>
        <translation>Sve ranjivosti</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Bilo koje stanje sinhronizacije</translation>
    </message>
    <message>
        <source>Cases found: %1</source>
        <translation>Pronađeno predmeta: %1</translation>
    </message>
    <message>
        <source>Search names, case numbers, places… (Ctrl+F)</source>
        <translation>Pretraži imena, brojeve predmeta, mesta… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Names match in any script and without diacritics: djordje finds Đorđe and Ђорђе.</source>
        <translation>Imena se pronalaze na oba pisma i bez dijakritika: djordje pronalazi Đorđe i Ђорђе.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Poništi filtere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Opština</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Vrsta predmeta</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potreba</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Ranjivost</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stanje sinhronizacije</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Predmeti</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Broj predmeta</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Nosilac domaćinstva</translation>
    </message>
    <message>
        <source>Municipality · settlement</source>
        <translation>Opština · naselje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrebe</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Poslednja izmena</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizacija</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Why? The comment is recorded in the case history.</source>
        <translation>Zašto? Komentar se beleži u istoriji predmeta.</translation>
    </message>
    <message>
        <source>Comment (optional), recorded in the case history:</source>
        <translation>Komentar (neobavezno), beleži se u istoriji predmeta:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Submit</source>
        <translation>Podnesi</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Povuci</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Započni razmatranje</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Vrati službeniku</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Odobri</translation>
    </message>
    <message>
        <source>Mark ineligible</source>
        <translation>Označi kao neprihvatljiv</translation>
    </message>
    <message>
        <source>Mark duplicate</source>
        <translation>Označi kao duplikat</translation>
    </message>
    <message>
        <source>Select for assistance</source>
        <translation>Izaberi za pomoć</translation>
    </message>
    <message>
        <source>Put on waiting list</source>
        <translation>Stavi na listu čekanja</translation>
    </message>
    <message>
        <source>Start assistance</source>
        <translation>Započni pomoć</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Označi kao isporučeno</translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation>Započni praćenje</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Zatvori predmet</translation>
    </message>
    <message>
        <source>Move to: %1</source>
        <translation>Prebaci u: %1</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>GGGG, GGGG-MM ili GGGG-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>GGGG-MM-DD</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Pogrešna lozinka. Proverite raspored tastature i Caps Lock, pa pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: wait %1 seconds, then try again.</source>
        <translation>Previše pogrešnih lozinki: sačekajte %1 s, pa pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Case %1 was changed (by a sync) while you were editing it. Your typing is kept as a draft: reopen the case and redo the change.</source>
        <translation>Predmet %1 je promenjen (sinhronizacijom) dok ste ga uređivali. Vaš unos je sačuvan kao nacrt: ponovo otvorite predmet i ponovite izmenu.</translation>
    </message>
    <message>
        <source>Case %1 can no longer be edited in its current status. It becomes editable again if it is returned.</source>
        <translation>Predmet %1 se više ne može menjati u sadašnjem statusu. Ponovo se može menjati ako bude vraćen.</translation>
    </message>
    <message>
        <source>The note is empty; write something to add.</source>
        <translation>Beleška je prazna; napišite nešto da biste je dodali.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters (a few words are easier to remember than symbols).</source>
        <translation>Lozinka je prekratka: koristite najmanje %1 znakova (nekoliko reči se lakše pamti od simbola).</translation>
    </message>
    <message>
        <source>The officer name must be 1 to 100 printable characters.</source>
        <translation>Ime službenika mora imati od 1 do 100 znakova koji se mogu štampati.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; it was left as it is. Choose another folder.</source>
        <translation>%1 već sadrži radni prostor; ostavljen je kakav jeste. Izaberite drugu fasciklu.</translation>
    </message>
    <message>
        <source>The workspace is locked; unlock it first.</source>
        <translation>Radni prostor je zaključan; najpre ga otključajte.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or does not belong to this key file; it was left as it is. Restore the workspace from a backup.</source>
        <translation>Baza podataka %1 je oštećena ili ne pripada ovoj datoteci ključeva; ostavljena je kakva jeste. Vratite radni prostor iz rezervne kopije.</translation>
    </message>
    <message>
        <source>The database %1 is missing or damaged; it was left as it is. Restore the workspace from a backup.</source>
        <translation>Baza podataka %1 nedostaje ili je oštećena; ostavljena je kakva jeste. Vratite radni prostor iz rezervne kopije.</translation>
    </message>
    <message>
        <source>The key file %1 is missing: this folder holds no workspace. Choose the right folder or restore a backup.</source>
        <translation>Datoteka ključeva %1 nedostaje: ova fascikla ne sadrži radni prostor. Izaberite pravu fasciklu ili vratite rezervnu kopiju.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; it was left as it is. Restore it from a backup.</source>
        <translation>Datoteka ključeva %1 je oštećena; ostavljena je kakva jeste. Vratite je iz rezervne kopije.</translation>
    </message>
    <message>
        <source>%1 is not a case file: import a .json, .jsonl or .csv file.</source>
        <translation>%1 nije datoteka sa predmetima: uvezite datoteku .json, .jsonl ili .csv.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 je prazna: nema šta da se uveze.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON. Check that the file was exported completely.</source>
        <translation>%1 nije ispravan JSON. Proverite da li je datoteka potpuno izvezena.</translation>
    </message>
    <message>
        <source>%1 is not valid CSV. Check that the file was exported completely.</source>
        <translation>%1 nije ispravan CSV. Proverite da li je datoteka potpuno izvezena.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it again as UTF-8 and retry.</source>
        <translation>%1 nije UTF-8 tekst. Sačuvajte je ponovo kao UTF-8 i pokušajte opet.</translation>
    </message>
    <message>
        <source>%1 does not exist; check the path.</source>
        <translation>%1 ne postoji; proverite putanju.</translation>
    </message>
    <message>
        <source>%1 holds no cases: there is nothing to import.</source>
        <translation>%1 ne sadrži nijedan predmet: nema šta da se uveze.</translation>
    </message>
    <message>
        <source>Case %1 is not in this workspace (any more).</source>
        <translation>Predmet %1 (više) nije u ovom radnom prostoru.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… i još %1.</translation>
    </message>
    <message>
        <source>Please correct these fields</source>
        <translation>Molimo ispravite ova polja</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the fields below and try again:</source>
        <translation>Ništa nije sačuvano. Ispravite polja ispod i pokušajte ponovo:</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Otkazano; ništa nije promenjeno.</translation>
    </message>
    <message>
        <source>Workspace locked</source>
        <translation>Radni prostor je zaključan</translation>
    </message>
    <message>
        <source>This cannot be done</source>
        <translation>Ovo nije moguće</translation>
    </message>
    <message>
        <source>The workspace is busy</source>
        <translation>Radni prostor je zauzet</translation>
    </message>
    <message>
        <source>The workspace is busy in another window or command; try again in a moment.</source>
        <translation>Radni prostor je zauzet u drugom prozoru ili komandi; pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Nešto nije u redu</translation>
    </message>
    <message>
        <source>An internal error (%1) stopped this action; nothing more was changed. Details without personal data were written to the log in the workspace folder. If it happens again, restart FieldApp.</source>
        <translation>Unutrašnja greška (%1) je prekinula ovu radnju; ništa više nije promenjeno. Pojedinosti bez ličnih podataka upisane su u dnevnik u fascikli radnog prostora. Ako se ponovi, ponovo pokrenite FieldApp.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Oznaka predmeta</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Broj predmeta</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Vrsta predmeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality of return</source>
        <translation>Opština povratka</translation>
    </message>
    <message>
        <source>Settlement of return</source>
        <translation>Naselje povratka</translation>
    </message>
    <message>
        <source>Return mode</source>
        <translation>Način povratka</translation>
    </message>
    <message>
        <source>Intention registered on</source>
        <translation>Namera zabeležena</translation>
    </message>
    <message>
        <source>Municipality of origin</source>
        <translation>Opština porekla</translation>
    </message>
    <message>
        <source>Settlement of origin</source>
        <translation>Naselje porekla</translation>
    </message>
    <message>
        <source>Displacement category</source>
        <translation>Kategorija raseljenja</translation>
    </message>
    <message>
        <source>Place of displacement</source>
        <translation>Mesto raseljenja</translation>
    </message>
    <message>
        <source>Displaced since</source>
        <translation>Raseljen od</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Datum intervjua</translation>
    </message>
    <message>
        <source>Place of interview</source>
        <translation>Mesto intervjua</translation>
    </message>
    <message>
        <source>Interviewing officer</source>
        <translation>Službenik koji je vodio intervju</translation>
    </message>
    <message>
        <source>Language of interview</source>
        <translation>Jezik intervjua</translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation>Prisutan prevodilac</translation>
    </message>
    <message>
        <source>Interpreter's name</source>
        <translation>Ime prevodioca</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Beleške sa intervjua</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Članovi domaćinstva</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Relationship to head</source>
        <translation>Srodstvo sa nosiocem</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Lični broj</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Posedovana dokumenta</translation>
    </message>
    <message>
        <source>Community (self-declared)</source>
        <translation>Zajednica (po izjašnjenju)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Invaliditet</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Hronična bolest</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Obrazovanje</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Zanimanje</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Željeni jezik</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Status imovine</translation>
    </message>
    <message>
        <source>Cadastral municipality</source>
        <translation>Katastarska opština</translation>
    </message>
    <message>
        <source>Cadastral zone</source>
        <translation>Katastarska zona</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Evidence held</source>
        <translation>Posedovani dokazi</translation>
    </message>
    <message>
        <source>KPCVA claim number</source>
        <translation>Broj zahteva u KAUVI</translation>
    </message>
    <message>
        <source>KPCVA claim decision</source>
        <translation>Odluka KAUVI po zahtevu</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Ranjivosti</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrebe</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potreba</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Beleška</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>Obrada ličnih podataka</translation>
    </message>
    <message>
        <source>Sharing with partner organisations</source>
        <translation>Deljenje sa partnerskim organizacijama</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografije</translation>
    </message>
    <message>
        <source>Sensitive data (community, health)</source>
        <translation>Osetljivi podaci (zajednica, zdravlje)</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Datum saglasnosti</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Saglasnost zabeležio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Beleške</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Član %1</translation>
    </message>
    <message>
        <source>Need %1</source>
        <translation>Potreba %1</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Beleška %1</translation>
    </message>
    <message>
        <source>Assistance item %1</source>
        <translation>Stavka pomoći %1</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Upućivanje %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>FieldApp — first start</source>
        <translation>FieldApp — prvo pokretanje</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Nazad</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalje &gt;</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Napravi radni prostor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Workspace folder</source>
        <translation>Fascikla radnog prostora</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Pravljenje šifrovanog radnog prostora…</translation>
    </message>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Gde čuvati radni prostor</translation>
    </message>
    <message>
        <source>All cases are kept encrypted in one folder on this laptop.</source>
        <translation>Svi predmeti se čuvaju šifrovani u jednoj fascikli na ovom laptopu.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Fascikla:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pregledaj…</translation>
    </message>
    <message>
        <source>The suggested folder is right for most laptops. Choose another one only if your office asks you to.</source>
        <translation>Predložena fascikla odgovara većini laptopova. Izaberite drugu samo ako to traži vaša kancelarija.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Iz</translation>
    </message>
    <message>
        <source>To</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>The case has not been saved yet.</source>
        <translation>Predmet još nije sačuvan.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Otkazivanje…</translation>
    </message>
    <message>
        <source>Checking the records… %1 of %2</source>
        <translation>Provera zapisa… %1 od %2</translation>
    </message>
    <message>
        <source>Writing the cases… %1 of %2</source>
        <translation>Upisivanje predmeta… %1 od %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Čitanje datoteke…</translation>
    </message>
    <message>
        <source>Cases imported: %1.</source>
        <translation>Uvezeno predmeta: %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Otkazano; ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>The file was refused and nothing was imported. Correct the problems listed below in the file, then import it again.</source>
        <translation>Datoteka je odbijena i ništa nije uvezeno. Ispravite u datoteci probleme navedene ispod, pa je ponovo uvezite.</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Uvoz predmeta</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datoteka: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Dozvoljene vrednosti</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to FieldApp</source>
        <translation>Dobro došli u FieldApp</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>Izaberite jezik aplikacije.</translation>
    </message>
    <message>
        <source>You can change it at any time from the Settings menu.</source>
        <translation>Možete ga promeniti u bilo kom trenutku iz menija Podešavanja.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import cases</source>
        <translation>Uvoz predmeta</translation>
    </message>
    <message>
        <source>Case files (*.json *.jsonl *.csv);;All files (*)</source>
        <translation>Datoteke sa predmetima (*.json *.jsonl *.csv);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Cases imported: %1.</source>
        <translation>Uvezeno predmeta: %1.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Uvoz je otkazan; ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Automatsko zaključavanje</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input:</source>
        <translation>Zaključaj posle ovoliko minuta bez unosa:</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Radni prostor: %1</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>Službenik: %1 (%2)</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Predmeta: %1</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>Čeka sinhronizaciju: %1</translation>
    </message>
    <message>
        <source>Changes on this laptop not yet acknowledged by HQ</source>
        <translation>Izmene na ovom laptopu koje sedište još nije potvrdilo</translation>
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
        <translation>&amp;Predmet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>P&amp;rikaz</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sinhronizacija</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Podešavanja</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Traka sa alatkama</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Novi predmet</translation>
    </message>
    <message>
        <source>Record a new household (Ctrl+N)</source>
        <translation>Upiši novo domaćinstvo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>Save the open case (Ctrl+S)</source>
        <translation>Sačuvaj otvoreni predmet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Lista predmeta</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Nazad na listu predmeta</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Uvezi predmete…</translation>
    </message>
    <message>
        <source>Import cases from a JSON or CSV file</source>
        <translation>Uvezi predmete iz JSON ili CSV datoteke</translation>
    </message>
    <message>
        <source>&amp;Forms…</source>
        <translation>&amp;Obrasci…</translation>
    </message>
    <message>
        <source>Print the forms of the open case</source>
        <translation>Odštampaj obrasce otvorenog predmeta</translation>
    </message>
    <message>
        <source>Send changes to HQ and receive decisions</source>
        <translation>Pošalji izmene sedištu i primi odluke</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zaključaj</translation>
    </message>
    <message>
        <source>Lock now: the passphrase is needed to continue (Ctrl+L)</source>
        <translation>Zaključaj sada: za nastavak je potrebna lozinka (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>Close FieldApp</source>
        <translation>Zatvori FieldApp</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pretraga</translation>
    </message>
    <message>
        <source>Search the cases (Ctrl+F)</source>
        <translation>Pretraži predmete (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Sledeći odeljak</translation>
    </message>
    <message>
        <source>Next tab of the case (Ctrl+PgDown)</source>
        <translation>Sledeća kartica predmeta (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Prethodni odeljak</translation>
    </message>
    <message>
        <source>Previous tab of the case (Ctrl+PgUp)</source>
        <translation>Prethodna kartica predmeta (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Automatsko zaključavanje…</translation>
    </message>
    <message>
        <source>How long FieldApp waits before locking itself</source>
        <translation>Koliko FieldApp čeka pre nego što se sam zaključa</translation>
    </message>
    <message>
        <source>&amp;About FieldApp</source>
        <translation>&amp;O programu FieldApp</translation>
    </message>
    <message>
        <source>Versions and licence</source>
        <translation>Verzije i licenca</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizacija</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Recognised from the letters</source>
        <translation>Prepoznaje se po slovima</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Ima invaliditet</translation>
    </message>
    <message>
        <source>Has a chronic illness</source>
        <translation>Ima hroničnu bolest</translation>
    </message>
    <message>
        <source>Year, or YYYY-MM-DD</source>
        <translation>Godina, ili GGGG-MM-DD</translation>
    </message>
    <message>
        <source>10 or 13 digits</source>
        <translation>10 ili 13 cifara</translation>
    </message>
    <message>
        <source>As written, in either script</source>
        <translation>Kako je napisano, na bilo kom pismu</translation>
    </message>
    <message>
        <source>Community, disability and chronic illness are sensitive data: they can be recorded once sensitive-data consent is ticked on the Consent tab.</source>
        <translation>Zajednica, invaliditet i hronična bolest su osetljivi podaci: mogu se upisati kada se na kartici Saglasnost označi saglasnost za osetljive podatke.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Head of household</source>
        <translation>Nosilac domaćinstva</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Nosilac</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Remove member</source>
        <translation>Ukloni člana</translation>
    </message>
    <message>
        <source>Remove this member from the household?</source>
        <translation>Ukloniti ovog člana iz domaćinstva?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zadrži</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Dodaj člana</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pomeri gore</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pomeri dole</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>Postavi za nosioca</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>Izabrani član</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <source>Need</source>
        <translation>Potreba</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Beleška</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Pojedinosti (neobavezno)</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>No notes yet.</source>
        <translation>Još nema beleški.</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Dodaj &amp;belešku</translation>
    </message>
    <message>
        <source>Write a new note…</source>
        <translation>Napišite novu belešku…</translation>
    </message>
    <message>
        <source>Notes cannot be changed or removed once added; they are shared with your office.</source>
        <translation>Beleške se ne mogu menjati ni brisati kada se dodaju; dele se sa vašom kancelarijom.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Who will use this laptop?</source>
        <translation>Ko će koristiti ovaj laptop?</translation>
    </message>
    <message>
        <source>Your name is recorded on the cases you create. Other officers can be added later.</source>
        <translation>Vaše ime se beleži na predmetima koje napravite. Ostali službenici mogu se dodati kasnije.</translation>
    </message>
    <message>
        <source>Officer &amp;name:</source>
        <translation>&amp;Ime službenika:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Opština:</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Kucajte za pretragu</translation>
    </message>
    <message>
        <source>The municipality is where you register cases; every new case starts there.</source>
        <translation>Opština je mesto gde upisujete predmete; svaki novi predmet počinje tamo.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Strength: very weak</source>
        <translation>Jačina: veoma slaba</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Jačina: slaba</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Jačina: srednja</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Jačina: dobra</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Jačina: jaka</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Koristite najmanje %1 znakova.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Dve lozinke se razlikuju.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Izaberite lozinku</translation>
    </message>
    <message>
        <source>It protects every case on this laptop. Nobody can open the data without it.</source>
        <translation>Ona štiti svaki predmet na ovom laptopu. Bez nje niko ne može otvoriti podatke.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ponovite je:</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few words only you know are easier to remember than symbols. Write it nowhere on the laptop.</source>
        <translation>Koristite najmanje %1 znakova; nekoliko reči koje samo vi znate lakše se pamti od simbola. Nigde je ne zapisujte na laptopu.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Required.</source>
        <translation>Obavezno.</translation>
    </message>
    <message>
        <source>This field is not part of the case format.</source>
        <translation>Ovo polje nije deo formata predmeta.</translation>
    </message>
    <message>
        <source>This column is not part of the case format.</source>
        <translation>Ova kolona nije deo formata predmeta.</translation>
    </message>
    <message>
        <source>This required column is missing.</source>
        <translation>Nedostaje ova obavezna kolona.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Mora biti tekst.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Predugačko: najviše %1 znakova.</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Sadrži nevidljive kontrolne znakove; otkucajte ponovo.</translation>
    </message>
    <message>
        <source>%1 is not in the list; pick a value from the list.</source>
        <translation>%1 nije na listi; izaberite vrednost sa liste.</translation>
    </message>
    <message>
        <source>Must be a list of values from the code list.</source>
        <translation>Mora biti lista vrednosti iz šifarnika.</translation>
    </message>
    <message>
        <source>%1 is listed twice; keep one and put the details in its note.</source>
        <translation>%1 je navedeno dva puta; zadržite jedno i upišite pojedinosti u njegovu belešku.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 je navedeno dva puta.</translation>
    </message>
    <message>
        <source>Must be yes or no (true or false).</source>
        <translation>Mora biti da ili ne (true ili false).</translation>
    </message>
    <message>
        <source>Write the year (1968), year and month (1968-03) or the full date (1968-03-21).</source>
        <translation>Upišite godinu (1968), godinu i mesec (1968-03) ili pun datum (1968-03-21).</translation>
    </message>
    <message>
        <source>Write the full date as year-month-day, for example 2026-11-20.</source>
        <translation>Upišite pun datum kao godina-mesec-dan, na primer 2026-11-20.</translation>
    </message>
    <message>
        <source>The year %1 is before %2; check it.</source>
        <translation>Godina %1 je pre %2; proverite je.</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation>%1 nije datum iz kalendara.</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 je u budućnosti.</translation>
    </message>
    <message>
        <source>Write the date consent was recorded.</source>
        <translation>Upišite datum kada je saglasnost zabeležena.</translation>
    </message>
    <message>
        <source>Add at least one household member.</source>
        <translation>Dodajte bar jednog člana domaćinstva.</translation>
    </message>
    <message>
        <source>More than %1 members in one household; split the case.</source>
        <translation>Više od %1 članova u jednom domaćinstvu; podelite predmet.</translation>
    </message>
    <message>
        <source>The name is written in Cyrillic: choose the Cyrillic script.</source>
        <translation>Ime je napisano ćirilicom: izaberite ćirilicu.</translation>
    </message>
    <message>
        <source>The name holds Latin letters: choose the Latin script, or write it in Cyrillic only.</source>
        <translation>Ime sadrži latinična slova: izaberite latinicu ili ga napišite samo ćirilicom.</translation>
    </message>
    <message>
        <source>Sensitive data: record sensitive-data consent first, or leave it empty.</source>
        <translation>Osetljivi podaci: najpre zabeležite saglasnost za osetljive podatke ili ostavite prazno.</translation>
    </message>
    <message>
        <source>Must be 10 digits (Kosovo personal number) or 13 digits (JMBG).</source>
        <translation>Mora imati 10 cifara (lični broj Kosova) ili 13 cifara (JMBG).</translation>
    </message>
    <message>
        <source>No member is the head of household: mark exactly one as head.</source>
        <translation>Nijedan član nije nosilac domaćinstva: označite tačno jednog kao nosioca.</translation>
    </message>
    <message>
        <source>Two members are marked head of household: exactly one is allowed.</source>
        <translation>Dva člana su označena kao nosioci domaćinstva: dozvoljen je tačno jedan.</translation>
    </message>
    <message>
        <source>%1 is already in this workspace.</source>
        <translation>%1 je već u ovom radnom prostoru.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 se pojavljuje dva puta u datoteci.</translation>
    </message>
    <message>
        <source>%1 is not a municipality code.</source>
        <translation>%1 nije šifra opštine.</translation>
    </message>
    <message>
        <source>%1 is not a valid case id.</source>
        <translation>%1 nije ispravna oznaka predmeta.</translation>
    </message>
    <message>
        <source>%1 is not a case number like %2.</source>
        <translation>%1 nije broj predmeta poput %2.</translation>
    </message>
    <message>
        <source>%1 is not a status this type of case can have.</source>
        <translation>%1 nije status koji ova vrsta predmeta može imati.</translation>
    </message>
    <message>
        <source>%1 is not a supported format.</source>
        <translation>%1 nije podržan format.</translation>
    </message>
    <message>
        <source>Has the wrong shape for the case format.</source>
        <translation>Ima pogrešan oblik za format predmeta.</translation>
    </message>
    <message>
        <source>This row has more cells than the header has columns.</source>
        <translation>Ovaj red ima više ćelija nego što zaglavlje ima kolona.</translation>
    </message>
    <message>
        <source>Required: it groups the rows of one case.</source>
        <translation>Obavezno: grupiše redove jednog predmeta.</translation>
    </message>
    <message>
        <source>Differs from row %1 of the same case.</source>
        <translation>Razlikuje se od reda %1 istog predmeta.</translation>
    </message>
    <message>
        <source>This field cannot be changed by an edit.</source>
        <translation>Ovo polje se ne može promeniti izmenom.</translation>
    </message>
    <message>
        <source>Must be a number, zero or more.</source>
        <translation>Mora biti broj, nula ili više.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Zapis %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Red %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Red %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>New case</source>
        <translation>Novi predmet</translation>
    </message>
    <message>
        <source>last typed %1</source>
        <translation>poslednji unos %1</translation>
    </message>
    <message>
        <source>Recovered work</source>
        <translation>Vraćeni rad</translation>
    </message>
    <message>
        <source>FieldApp was closed while you were typing. Your unsaved work was kept, encrypted. Restore it to continue where you stopped.</source>
        <translation>FieldApp je zatvoren dok ste kucali. Vaš nesačuvani rad je zadržan, šifrovan. Vratite ga da biste nastavili gde ste stali.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Vrati</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Odbaci</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Kasnije</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Type your passphrase.</source>
        <translation>Unesite svoju lozinku.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation>Previše pogrešnih lozinki zaredom.</translation>
    </message>
    <message>
        <source>Wrong passphrase (failed attempts: %1). Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Pogrešna lozinka (neuspelih pokušaja: %1). Proverite raspored tastature i Caps Lock, pa pokušajte ponovo.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sada možete pokušati ponovo.</translation>
    </message>
    <message>
        <source>Wait %1 s before the next try.</source>
        <translation>Sačekajte %1 s pre sledećeg pokušaja.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Otključavanje…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Otključaj</translation>
    </message>
    <message>
        <source>FieldApp</source>
        <translation>FieldApp</translation>
    </message>
    <message>
        <source>The workspace is locked. Choose your name and type your passphrase.</source>
        <translation>Radni prostor je zaključan. Izaberite svoje ime i unesite lozinku.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Službenik:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Vaša lozinka</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Fascikla radnog prostora</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>FieldApp — unlock</source>
        <translation>FieldApp — otključavanje</translation>
    </message>
</context>
<context>
    <name>VulnerabilitySection</name>
    <message>
        <source>Vulnerability score: %1</source>
        <translation>Bodovi ranjivosti: %1</translation>
    </message>
    <message>
        <source>No vulnerability ticked.</source>
        <translation>Nije označena nijedna ranjivost.</translation>
    </message>
    <message>
        <source>The number after each flag is its weight. No official matrix is published: offices set the weights in the reference data.</source>
        <translation>Broj posle svake oznake je njen ponder. Zvanična matrica nije objavljena: kancelarije određuju pondere u referentnim podacima.</translation>
    </message>
</context>
</TS>
