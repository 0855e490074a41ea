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
    <name>AssistanceSection</name>
    <message>
        <source>House reconstruction</source>
        <translation>Rekonstrukcija kuće</translation>
    </message>
    <message>
        <source>House repair</source>
        <translation>Popravka kuće</translation>
    </message>
    <message>
        <source>Food for about three months</source>
        <translation>Hrana za oko tri meseca</translation>
    </message>
    <message>
        <source>Non-food items</source>
        <translation>Neprehrambeni artikli</translation>
    </message>
    <message>
        <source>Firewood</source>
        <translation>Ogrevno drvo</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Nameštaj</translation>
    </message>
    <message>
        <source>Income-generation grant</source>
        <translation>Grant za ostvarivanje prihoda</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planirano</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Isporučeno</translation>
    </message>
    <message>
        <source>Remove “%1” from the assistance items?</source>
        <translation>Ukloniti „%1“ iz stavki pomoći?</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Dodaj stavku</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Izabrana stavka</translation>
    </message>
    <message>
        <source>Pick from the return package or write the item</source>
        <translation>Izaberite iz paketa za povratak ili upišite stavku</translation>
    </message>
    <message>
        <source>A number, e.g. 1 or 2.5</source>
        <translation>Broj, npr. 1 ili 2,5</translation>
    </message>
    <message>
        <source>The harmonised return package is offered as you type the item; any other item can be written out. Marking an item delivered asks for the handover date. Once the case is saved, Forms… (Ctrl+P) prints the handover receipt.</source>
        <translation>Usaglašeni paket za povratak nudi se dok upisujete stavku; svaka druga stavka može se upisati u celosti. Kada se stavka označi kao isporučena, traži se datum primopredaje. Kada se predmet sačuva, Obrasci… (Ctrl+P) štampaju potvrdu o primopredaji.</translation>
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
        <source>(no comment)</source>
        <translation>(bez komentara)</translation>
    </message>
    <message>
        <source>Returned by %1 on %2. The case can be edited again; correct it and submit it again.
“%3”</source>
        <translation>Vraćeno od strane %1 dana %2. Predmet ponovo može da se menja; ispravite ga i ponovo ga podnesite.
„%3”</translation>
    </message>
    <message>
        <source>This case was changed here and at HQ at the same time. HQ kept its values for the fields in conflict; the form shows them now.</source>
        <translation>Ovaj predmet je izmenjen ovde i u sedištu u isto vreme. Sedište je zadržalo svoje vrednosti za polja u sukobu; obrazac ih sada prikazuje.</translation>
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
        <source>This case is decided: only assistance and referrals can still be recorded. Notes can still be added.</source>
        <translation>O ovom predmetu je odlučeno: još se mogu beležiti samo pomoć i upućivanja. Beleške se i dalje mogu dodavati.</translation>
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
        <source>Assistance</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
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
        <source>Show both values…</source>
        <translation>Prikaži obe vrednosti…</translation>
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
    <message>
        <source>Refused by HQ</source>
        <translation>Odbijeno u sedištu</translation>
    </message>
    <message>
        <source>Changed on this laptop; HQ has not received the change yet.</source>
        <translation>Izmenjeno na ovom laptopu; sedište još nije primilo izmenu.</translation>
    </message>
    <message>
        <source>HQ holds this case exactly as this laptop does.</source>
        <translation>Sedište ima ovaj predmet tačno onakav kakav je na ovom laptopu.</translation>
    </message>
    <message>
        <source>Changed here and at HQ at the same time: HQ kept its values. Open the case to see both.</source>
        <translation>Izmenjeno ovde i u sedištu u isto vreme: sedište je zadržalo svoje vrednosti. Otvorite predmet da vidite obe.</translation>
    </message>
    <message>
        <source>HQ refused a change to this case; Sync ▸ Conflicts shows HQ&apos;s reason.</source>
        <translation>Sedište je odbilo izmenu ovog predmeta; Sinhronizacija ▸ Sukobi prikazuje razlog.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2:
%3</source>
        <translation>Vraćeno od strane %1 dana %2:
%3</translation>
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
    <name>CaseSheet</name>
    <message>
        <source>Choose a case in the queue to see it here, laid out for a decision.</source>
        <translation>Izaberite predmet u redu da biste ga ovde videli, pripremljen za odluku.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Vrsta predmeta</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Mesto povratka</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Službenik</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čeka</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dana</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogući duplikati</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat predmeta</translation>
    </message>
    <message>
        <source>Household (%1 members)</source>
        <translation>Domaćinstvo (članova: %1)</translation>
    </message>
    <message>
        <source>No members recorded.</source>
        <translation>Nijedan član nije upisan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdravlje</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrebe</translation>
    </message>
    <message>
        <source>No needs recorded.</source>
        <translation>Nijedna potreba nije upisana.</translation>
    </message>
    <message>
        <source>Vulnerabilities — score %1</source>
        <translation>Ranjivosti — bodovi %1</translation>
    </message>
    <message>
        <source>No vulnerability ticked: the score is 0.</source>
        <translation>Nijedna ranjivost nije označena: bodova je 0.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Težina</translation>
    </message>
    <message>
        <source>Displacement and return</source>
        <translation>Raseljenje i povratak</translation>
    </message>
    <message>
        <source>Property and claim</source>
        <translation>Imovina i zahtev</translation>
    </message>
    <message>
        <source>No property recorded.</source>
        <translation>Imovina nije upisana.</translation>
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
        <source>No notes.</source>
        <translation>Nema beleški.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Beleška</translation>
    </message>
    <message>
        <source>History and earlier decisions</source>
        <translation>Istorija i ranije odluke</translation>
    </message>
    <message>
        <source>No moves recorded yet.</source>
        <translation>Još nije upisan nijedan korak.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Korak</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Case for decision</source>
        <translation>Predmet za odluku</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>No consent to processing is recorded.</source>
        <translation>Nije upisana saglasnost za obradu podataka.</translation>
    </message>
    <message>
        <source>(press %1 to compare them side by side)</source>
        <translation>(pritisnite %1 da biste ih uporedili jedan pored drugog)</translation>
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
    <name>Caseload</name>
    <message>
        <source>Case&amp;load</source>
        <translation>&amp;Predmeti opštine</translation>
    </message>
    <message>
        <source>Every case of the municipality: counts per status, assignment, bulk moves (Ctrl+M)</source>
        <translation>Svi predmeti opštine: broj po statusu, dodela, grupni prelazi (Ctrl+M)</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Br. predmeta</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Nosilac domaćinstva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Naselje</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Službenik</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrebe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bodovi</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Čeka (dana)</translation>
    </message>
    <message>
        <source>Assigned to this officer</source>
        <translation>Dodeljen ovom službeniku</translation>
    </message>
    <message>
        <source>In this status since %1</source>
        <translation>U ovom statusu od %1</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>Svi: %1</translation>
    </message>
</context>
<context>
    <name>CaseloadScreen</name>
    <message>
        <source>Selected: %1</source>
        <translation>Izabrano: %1</translation>
    </message>
    <message>
        <source>Pick the officer to assign the cases to.</source>
        <translation>Izaberite službenika kome se dodeljuju predmeti.</translation>
    </message>
    <message>
        <source>Moving a case to “%1” needs a comment saying why: write it in the comment field.</source>
        <translation>Prelazak predmeta u „%1” traži komentar sa razlogom: upišite ga u polje za komentar.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Sve</translation>
    </message>
    <message>
        <source>Name, case number or place</source>
        <translation>Ime, broj predmeta ili mesto</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pretraga</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Opština</translation>
    </message>
    <message>
        <source>Se&amp;ttlement</source>
        <translation>&amp;Naselje</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>Slu&amp;žbenik</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>Po&amp;treba</translation>
    </message>
    <message>
        <source>Score at &amp;least</source>
        <translation>Bodova &amp;najmanje</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Obriši filtere</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Dodeli</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Dodeli</translation>
    </message>
    <message>
        <source>Assign the selected cases to this field officer of the municipality</source>
        <translation>Dodeli izabrane predmete ovom terenskom službeniku opštine</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Premesti u</translation>
    </message>
    <message>
        <source>Comment (where the move needs one)</source>
        <translation>Komentar (kada ga prelazak traži)</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>Pre&amp;mesti</translation>
    </message>
    <message>
        <source>Make this workflow move for every selected case that allows it</source>
        <translation>Izvrši ovaj prelazak za svaki izabrani predmet koji ga dozvoljava</translation>
    </message>
    <message>
        <source>Double-click a case to open it; select several to act on them together</source>
        <translation>Dvaput kliknite predmet da ga otvorite; izaberite više njih da biste radili s njima zajedno</translation>
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
    <name>Conflicts</name>
    <message>
        <source>Origin</source>
        <translation>Poreklo</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Raseljenje</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Imovina</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Saglasnost</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>HQ kept this value; it is what the case holds now.</source>
        <translation>Sedište je zadržalo ovu vrednost; nju predmet sada sadrži.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value, changed here on %1.</source>
        <translation>Vrednost sa ovog laptopa, izmenjena ovde %1.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value.</source>
        <translation>Vrednost sa ovog laptopa.</translation>
    </message>
    <message>
        <source>Conflicts with HQ</source>
        <translation>Sukobi sa sedištem</translation>
    </message>
    <message>
        <source>These fields were changed on this laptop and at HQ at the same time. HQ kept its value (the case shows it now) and recorded this laptop&apos;s value; a reviewer at HQ decides which stays. If this laptop&apos;s value is right, tell your supervisor, or add a note to the case.</source>
        <translation>Ova polja su izmenjena na ovom laptopu i u sedištu u isto vreme. Sedište je zadržalo svoju vrednost (predmet je sada prikazuje) i zabeležilo vrednost sa ovog laptopa; recenzent u sedištu odlučuje koja ostaje. Ako je vrednost sa ovog laptopa tačna, javite svom supervizoru ili dodajte belešku predmetu.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Kept by HQ</source>
        <translation>Zadržalo sedište</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Na ovom laptopu</translation>
    </message>
    <message>
        <source>Changes HQ refused (the case was sent again from HQ):</source>
        <translation>Izmene koje je sedište odbilo (predmet je ponovo poslat iz sedišta):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation>Razlog sedišta</translation>
    </message>
    <message>
        <source>No conflicts: this laptop and HQ agree on every case.</source>
        <translation>Nema sukoba: ovaj laptop i sedište se slažu za svaki predmet.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Otvori predmet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Comment (required): say why. The officer reads it with the case; it is recorded in the case history.</source>
        <translation>Komentar (obavezan): navedite zašto. Službenik ga čita uz predmet; upisuje se u istoriju predmeta.</translation>
    </message>
    <message>
        <source>Comment (optional), recorded in the case history:</source>
        <translation>Komentar (nije obavezan), upisuje se u istoriju predmeta:</translation>
    </message>
    <message>
        <source>This case will be marked as a duplicate of %1.</source>
        <translation>Ovaj predmet biće označen kao duplikat predmeta %1.</translation>
    </message>
    <message>
        <source>Pick the original in the list: the case this one duplicates.</source>
        <translation>Izaberite original sa liste: predmet koji ovaj udvostručuje.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Upiši odluku</translation>
    </message>
    <message>
        <source>Write a comment first: “%1” needs one, so the officer knows what to do.</source>
        <translation>Najpre napišite komentar: „%1” ga zahteva, da bi službenik znao šta da uradi.</translation>
    </message>
    <message>
        <source>Pick the original first: a duplicate names the case it duplicates.</source>
        <translation>Najpre izaberite original: duplikat navodi predmet koji udvostručuje.</translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation>Odluka o predmetu %1</translation>
    </message>
    <message>
        <source>Why this decision; for a return, what to correct</source>
        <translation>Zašto ova odluka; kod vraćanja, šta treba ispraviti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter); it reaches HQ with the next sync</source>
        <translation>Upiši odluku (Ctrl+Enter); stiže u sedište sa sledećom sinhronizacijom</translation>
    </message>
</context>
<context>
    <name>DuplicatePicker</name>
    <message>
        <source>%1 is held in %2, not on this laptop: ask that office or headquarters to compare the two households.</source>
        <translation>%1 se vodi u %2, ne na ovom laptopu: zamolite tu kancelariju ili sedište da uporede ova dva domaćinstva.</translation>
    </message>
    <message>
        <source>Not the same household</source>
        <translation>Nije isto domaćinstvo</translation>
    </message>
    <message>
        <source>The case compared is another household: it is not offered as a possible duplicate again, here or at headquarters.</source>
        <translation>Upoređeni predmet je drugo domaćinstvo: više se ne nudi kao mogući duplikat, ni ovde ni u sedištu.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultati pretrage</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogući duplikati</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Verovatnoća</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <source>No case matches this search.</source>
        <translation>Nijedan predmet ne odgovara ovoj pretrazi.</translation>
    </message>
    <message>
        <source>No possible duplicate was found. Search for the original by name, case number or personal number.</source>
        <translation>Nije pronađen nijedan mogući duplikat. Potražite original po imenu, broju predmeta ili ličnom broju.</translation>
    </message>
    <message>
        <source>Search another case: name, case number, personal number…</source>
        <translation>Potražite drugi predmet: ime, broj predmeta, lični broj…</translation>
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
    <name>EnrolDialog</name>
    <message>
        <source>Contacting HQ…</source>
        <translation>Povezivanje sa sedištem…</translation>
    </message>
    <message>
        <source>This laptop is enrolled with HQ at %1 as %2 (%3).</source>
        <translation>Ovaj laptop je registrovan u sedištu na %1 kao %2 (%3).</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate fingerprint is:
%1
Check with HQ that it is theirs before the first sync.</source>
        <translation>Otisak sertifikata sedišta je:
%1
Pre prve sinhronizacije proverite sa sedištem da je njihov.</translation>
    </message>
    <message>
        <source>Enrolled with HQ</source>
        <translation>Registrovano u sedištu</translation>
    </message>
    <message>
        <source>Enrol with HQ</source>
        <translation>Registracija u sedištu</translation>
    </message>
    <message>
        <source>HQ gives each laptop a single-use enrolment code. Enter HQ&apos;s address and the code; if HQ also gave you the certificate fingerprint, enter it too, so that this laptop only ever talks to the real HQ.</source>
        <translation>Sedište daje svakom laptopu kod za registraciju za jednokratnu upotrebu. Unesite adresu sedišta i kod; ako vam je sedište dalo i otisak sertifikata, unesite i njega, da bi ovaj laptop razgovarao samo sa pravim sedištem.</translation>
    </message>
    <message>
        <source>HQ &amp;address:</source>
        <translation>&amp;Adresa sedišta:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Kod za registraciju:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Otisak sertifikata:</translation>
    </message>
    <message>
        <source>Optional: SHA-256, as HQ printed it</source>
        <translation>Neobavezno: SHA-256, kako ga je sedište odštampalo</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Registruj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>Errors</name>
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
        <source>Something went wrong</source>
        <translation>Nešto nije u redu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
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
    <name>FormsDialog</name>
    <message>
        <source>The form was not saved</source>
        <translation>Obrazac nije sačuvan</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was saved there; choose another folder, or free some space, and try again.</source>
        <translation>%1 nije mogla da se upiše (%2). Ništa nije sačuvano tamo; izaberite drugu fasciklu ili oslobodite prostor i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Strana %1</translation>
    </message>
    <message>
        <source>The form is ready to save; its pages cannot be shown here.</source>
        <translation>Obrazac je spreman za čuvanje; njegove strane ne mogu da se prikažu ovde.</translation>
    </message>
    <message>
        <source>Preview: %1 page(s). Nothing is written to disk until you save.</source>
        <translation>Pregled: strana: %1. Ništa se ne upisuje na disk dok ne sačuvate.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>Radni prostor je zaključan.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Priprema pregleda…</translation>
    </message>
    <message>
        <source>The preview cannot be shown: this installation of FieldApp lacks its PDF renderer (pypdfium2). Reinstall FieldApp. The form can still be saved as PDF; printing from here needs the preview too.</source>
        <translation>Pregled ne može da se prikaže: ovoj instalaciji programa FieldApp nedostaje PDF prikazivač (pypdfium2). Ponovo instalirajte FieldApp. Obrazac i dalje može da se sačuva kao PDF; štampanje odavde takođe zahteva pregled.</translation>
    </message>
    <message>
        <source>The pages of this form could not be shown here. The form can still be saved as PDF and opened in a PDF reader.</source>
        <translation>Strane ovog obrasca nisu mogle da se prikažu ovde. Obrazac i dalje može da se sačuva kao PDF i otvori u čitaču PDF datoteka.</translation>
    </message>
    <message>
        <source>Forms — %1</source>
        <translation>Obrasci — %1</translation>
    </message>
    <message>
        <source>Save the form as PDF</source>
        <translation>Sačuvaj obrazac kao PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Sačuvano u %1.</translation>
    </message>
    <message>
        <source>Saved to %1. The case had changed since the preview; the file holds the case as it is now.</source>
        <translation>Sačuvano u %1. Predmet se promenio posle pregleda; datoteka sadrži predmet kakav je sada.</translation>
    </message>
    <message>
        <source>Print the form</source>
        <translation>Štampanje obrasca</translation>
    </message>
    <message>
        <source>Sending the form to the printer…</source>
        <translation>Slanje obrasca štampaču…</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 page(s).</source>
        <translation>Poslato štampaču: strana: %1.</translation>
    </message>
    <message>
        <source>The form was not printed</source>
        <translation>Obrazac nije odštampan</translation>
    </message>
    <message>
        <source>The printer could not be prepared for this form. Check the printer, or save the form as PDF and print it from a PDF reader.</source>
        <translation>Štampač nije mogao da se pripremi za ovaj obrazac. Proverite štampač ili sačuvajte obrazac kao PDF i odštampajte ga iz čitača PDF datoteka.</translation>
    </message>
    <message>
        <source>Choose the folder for the forms</source>
        <translation>Izaberite fasciklu za obrasce</translation>
    </message>
    <message>
        <source>Cancelling after the form being written…</source>
        <translation>Otkazivanje posle obrasca koji se upisuje…</translation>
    </message>
    <message>
        <source>Writing the forms… %1 of %2</source>
        <translation>Upisivanje obrazaca… %1 od %2</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 forms were written to %3.</source>
        <translation>Zaustavljeno: %1 od %2 obrazaca je upisano u %3.</translation>
    </message>
    <message>
        <source>The forms were not all written</source>
        <translation>Nisu svi obrasci upisani</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 forms were written to %3; each of them is complete.</source>
        <translation>Otkazano: %1 od %2 obrazaca je upisano u %3; svaki od njih je potpun.</translation>
    </message>
    <message>
        <source>Done: %1 forms were written to %2.</source>
        <translation>Gotovo: %1 obrazaca je upisano u %2.</translation>
    </message>
    <message>
        <source>Blank form, for filling in by hand</source>
        <translation>Prazan obrazac, za popunjavanje rukom</translation>
    </message>
    <message>
        <source>%1 cases selected</source>
        <translation>Izabrano predmeta: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Prazni obrasci</translation>
    </message>
    <message>
        <source>Forms for the selected cases</source>
        <translation>Obrasci za izabrane predmete</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Obrasci</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Obrazac:</translation>
    </message>
    <message>
        <source>Languages on the form</source>
        <translation>Jezici na obrascu</translation>
    </message>
    <message>
        <source>Albanian and Serbian in Latin script</source>
        <translation>Albanski i srpski latinicom</translation>
    </message>
    <message>
        <source>Albanian and Serbian in Cyrillic script</source>
        <translation>Albanski i srpski ćirilicom</translation>
    </message>
    <message>
        <source>Also in English</source>
        <translation>I na engleskom</translation>
    </message>
    <message>
        <source>A blank form holds no personal data. Saved blank forms can be shared and printed freely.</source>
        <translation>Prazan obrazac ne sadrži lične podatke. Sačuvani prazni obrasci mogu slobodno da se dele i štampaju.</translation>
    </message>
    <message>
        <source>One PDF per case is written into the folder you choose, named by case number. Each form is recorded in the audit log. The preview shows the first case.</source>
        <translation>U fasciklu koju izaberete upisuje se po jedan PDF za svaki predmet, nazvan po broju predmeta. Svaki obrazac se beleži u dnevniku revizije. Pregled prikazuje prvi predmet.</translation>
    </message>
    <message>
        <source>Nothing is written to disk until you save. Saving or printing is recorded in the case&apos;s audit log.</source>
        <translation>Ništa se ne upisuje na disk dok ne sačuvate. Čuvanje ili štampanje se beleži u dnevniku revizije predmeta.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Sačuvaj PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Š&amp;tampaj…</translation>
    </message>
    <message>
        <source>Save all to a &amp;folder…</source>
        <translation>Sačuvaj sve u &amp;fasciklu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Item delivered</source>
        <translation>Stavka je isporučena</translation>
    </message>
    <message>
        <source>When was “%1” handed over to the household?</source>
        <translation>Kada je „%1“ predato domaćinstvu?</translation>
    </message>
    <message>
        <source>When was the item handed over to the household?</source>
        <translation>Kada je stavka predata domaćinstvu?</translation>
    </message>
    <message>
        <source>Optional: number of the signed receipt</source>
        <translation>Opciono: broj potpisane potvrde</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Označi kao isporučeno</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Decided at HQ</source>
        <translation>Odlučeno u sedištu</translation>
    </message>
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
    <name>HouseholdCard</name>
    <message>
        <source>Pick a possible original in the list to compare it here.</source>
        <translation>Izaberite mogući original sa liste da biste ga ovde uporedili.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Domaćinstvo</translation>
    </message>
    <message>
        <source>Place and property</source>
        <translation>Mesto i imovina</translation>
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
        <source>%1 of the households imported may already be on this laptop. Compare them before working on them (the review desk shows them side by side):</source>
        <translation>%1 od uvezenih domaćinstava možda su već na ovom laptopu. Uporedite ih pre nego što radite na njima (sto za pregled ih prikazuje jedno pored drugog):</translation>
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
    <message>
        <source>Imported case</source>
        <translation>Uvezeni predmet</translation>
    </message>
    <message>
        <source>Possible existing household</source>
        <translation>Moguće postojeće domaćinstvo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
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
        <source>Save the case first</source>
        <translation>Najpre sačuvajte predmet</translation>
    </message>
    <message>
        <source>A new case is printed once it has been saved: save it, then open Forms again.</source>
        <translation>Novi predmet se štampa kada je sačuvan: sačuvajte ga, pa ponovo otvorite Obrasce.</translation>
    </message>
    <message>
        <source>The form shows the case as last saved; the changes not yet saved in the editor are not on it.</source>
        <translation>Obrazac prikazuje predmet kako je poslednji put sačuvan; izmene koje još nisu sačuvane u uređivaču nisu na njemu.</translation>
    </message>
    <message>
        <source>Select the cases first</source>
        <translation>Najpre izaberite predmete</translation>
    </message>
    <message>
        <source>Select the cases in the list (Ctrl or Shift and click, or Ctrl+A for every case found), then choose Forms for selected cases.</source>
        <translation>Izaberite predmete na listi (Ctrl ili Shift i klik, ili Ctrl+A za sve pronađene predmete), pa izaberite Obrasci za izabrane predmete.</translation>
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
        <source>Forms for selected &amp;cases…</source>
        <translation>Obrasci za izabrane &amp;predmete…</translation>
    </message>
    <message>
        <source>Print one form for every case selected in the list, into a folder</source>
        <translation>Odštampaj jedan obrazac za svaki predmet izabran na listi, u fasciklu</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>&amp;Prazni obrasci…</translation>
    </message>
    <message>
        <source>Print the paper forms with empty lines, for filling in by hand</source>
        <translation>Odštampaj papirne obrasce sa praznim redovima, za popunjavanje rukom</translation>
    </message>
    <message>
        <source>S&amp;ync panel</source>
        <translation>Panel &amp;sinhronizacije</translation>
    </message>
    <message>
        <source>Last sync, changes waiting for HQ, conflicts (F5)</source>
        <translation>Poslednja sinhronizacija, izmene koje čekaju sedište, sukobi (F5)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sinhronizuj &amp;sada</translation>
    </message>
    <message>
        <source>Send changes to HQ and receive decisions (Ctrl+F5)</source>
        <translation>Pošalji izmene sedištu i primi odluke (Ctrl+F5)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>S&amp;ukobi…</translation>
    </message>
    <message>
        <source>Fields changed here and at HQ, with both values</source>
        <translation>Polja izmenjena ovde i u sedištu, sa obe vrednosti</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>I&amp;zvezi paket…</translation>
    </message>
    <message>
        <source>Write the changes waiting for HQ to a file, for a USB stick</source>
        <translation>Upiši izmene koje čekaju sedište u datoteku, za USB</translation>
    </message>
    <message>
        <source>&amp;Import answer…</source>
        <translation>&amp;Uvezi odgovor…</translation>
    </message>
    <message>
        <source>Apply the answer HQ wrote for this laptop (a bundle file)</source>
        <translation>Primeni odgovor koji je sedište napisalo za ovaj laptop (datoteka paketa)</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Registracija u sedištu…</translation>
    </message>
    <message>
        <source>Register this laptop with HQ using a single-use code</source>
        <translation>Registruj ovaj laptop u sedištu pomoću koda za jednokratnu upotrebu</translation>
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
    <message>
        <source>Supervisor: %1</source>
        <translation>Supervizor: %1</translation>
    </message>
    <message>
        <source>Municipal office: %1</source>
        <translation>Opštinska kancelarija: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Službenik: %1</translation>
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
    <name>PossibleHouseholdDialog</name>
    <message>
        <source>Possible existing household</source>
        <translation>Moguće postojeće domaćinstvo</translation>
    </message>
    <message>
        <source>This household may already be on the laptop (%1 found). Compare before saving: a household registered twice is counted and helped twice.</source>
        <translation>Ovo domaćinstvo je možda već na laptopu (pronađeno: %1). Uporedite pre čuvanja: domaćinstvo upisano dvaput broji se i pomaže dvaput.</translation>
    </message>
    <message>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Nazad na obrazac</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Ipak sačuvaj</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Nosilac domaćinstva</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Counting possible duplicates…</source>
        <translation>Broje se mogući duplikati…</translation>
    </message>
    <message>
        <source>Returned to the officer %1 times before</source>
        <translation>Ranije vraćeno službeniku puta: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Nosilac domaćinstva</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bodovi</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Mesto povratka</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Službenik</translation>
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
        <translation>Drugih predmeta koji mogu biti isto domaćinstvo: %1 (%2 ih upoređuje)</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zadrži</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pomeri gore</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pomeri dole</translation>
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
    <name>ReferralsSection</name>
    <message>
        <source>Open</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Završeno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Centre for Social Work</source>
        <translation>Centar za socijalni rad</translation>
    </message>
    <message>
        <source>Civil registry</source>
        <translation>Matična služba</translation>
    </message>
    <message>
        <source>Employment office</source>
        <translation>Kancelarija za zapošljavanje</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Zdravstvena služba</translation>
    </message>
    <message>
        <source>Legal aid (property claim)</source>
        <translation>Pravna pomoć (imovinski zahtev)</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Datum upućivanja</translation>
    </message>
    <message>
        <source>Choose a service…</source>
        <translation>Izaberite službu…</translation>
    </message>
    <message>
        <source>Remove this referral?</source>
        <translation>Ukloniti ovo upućivanje?</translation>
    </message>
    <message>
        <source>&amp;Add referral</source>
        <translation>&amp;Dodaj upućivanje</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Izabrano upućivanje</translation>
    </message>
    <message>
        <source>What the household needs from the service</source>
        <translation>Šta je domaćinstvu potrebno od službe</translation>
    </message>
    <message>
        <source>Refer the household to a Centre for Social Work, the civil registry, the employment office, a health service or legal aid for a property claim. Once the case is saved, Forms… (Ctrl+P) prints the referral.</source>
        <translation>Uputite domaćinstvo centru za socijalni rad, matičnoj službi, kancelariji za zapošljavanje, zdravstvenoj službi ili pravnoj pomoći za imovinski zahtev. Kada se predmet sačuva, Obrasci… (Ctrl+P) štampaju uputnicu.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Red za razmatranje</translation>
    </message>
    <message>
        <source>Cases waiting for a decision, oldest first (Ctrl+R)</source>
        <translation>Predmeti koji čekaju odluku, najstariji prvi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Odobri</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Vrati službeniku</translation>
    </message>
    <message>
        <source>Mark duplicate</source>
        <translation>Označi kao duplikat</translation>
    </message>
    <message>
        <source>Mark ineligible</source>
        <translation>Označi kao neprihvatljiv</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Povuci</translation>
    </message>
    <message>
        <source>The household qualifies; the case goes on to selection.</source>
        <translation>Domaćinstvo ispunjava uslove; predmet ide dalje na izbor.</translation>
    </message>
    <message>
        <source>The case goes back to its officer to be corrected and submitted again.</source>
        <translation>Predmet se vraća svom službeniku da se ispravi i ponovo podnese.</translation>
    </message>
    <message>
        <source>The household is already recorded in another case, which goes on.</source>
        <translation>Domaćinstvo je već upisano u drugom predmetu, koji ide dalje.</translation>
    </message>
    <message>
        <source>The household does not meet the criteria; the case ends here.</source>
        <translation>Domaćinstvo ne ispunjava kriterijume; predmet se ovde završava.</translation>
    </message>
    <message>
        <source>The household gave up its request; the case ends here.</source>
        <translation>Domaćinstvo je odustalo od zahteva; predmet se ovde završava.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Vrati</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Neprihvatljiv</translation>
    </message>
</context>
<context>
    <name>ReviewCommentDialog</name>
    <message>
        <source>Comment on %1</source>
        <translation>Komentar na %1</translation>
    </message>
    <message>
        <source>The comment is kept with the case&apos;s notes (it cannot be edited later) and reaches HQ with the next sync.</source>
        <translation>Komentar se čuva uz beleške predmeta (kasnije se ne može menjati) i stiže u sedište sa sledećom sinhronizacijom.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Dodaj komentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
</context>
<context>
    <name>ReviewQueueScreen</name>
    <message>
        <source>All municipalities</source>
        <translation>Sve opštine</translation>
    </message>
    <message>
        <source>All settlements</source>
        <translation>Sva naselja</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Svi službenici</translation>
    </message>
    <message>
        <source>Submitted and under review</source>
        <translation>Podneto i u razmatranju</translation>
    </message>
    <message>
        <source>Waiting: %1 · submitted %2 · under review %3 · possible duplicates %4</source>
        <translation>Čeka: %1 · podneto %2 · u razmatranju %3 · mogući duplikati %4</translation>
    </message>
    <message>
        <source>shown: %1</source>
        <translation>prikazano: %1</translation>
    </message>
    <message>
        <source>No case is waiting for a decision.</source>
        <translation>Nijedan predmet ne čeka odluku.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Nijedan predmet ne odgovara ovim filterima.</translation>
    </message>
    <message>
        <source>Possible duplicates only</source>
        <translation>Samo mogući duplikati</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Poništi filtere</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Opština</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Naselje</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Službenik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment (%1)</source>
        <translation>Komentar (%1)</translation>
    </message>
    <message>
        <source>A comment without a decision, kept with the case&apos;s notes</source>
        <translation>Komentar bez odluke, čuva se uz beleške predmeta</translation>
    </message>
    <message>
        <source>Every tab of the case, as the officer sees it</source>
        <translation>Sve kartice predmeta, kako ih službenik vidi</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Red za razmatranje</translation>
    </message>
    <message>
        <source>Editor (%1)</source>
        <translation>Uređivač (%1)</translation>
    </message>
    <message>
        <source>next or previous case</source>
        <translation>sledeći ili prethodni predmet</translation>
    </message>
    <message>
        <source>read the case</source>
        <translation>čitaj predmet</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>komentar</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>uređivač</translation>
    </message>
    <message>
        <source>search</source>
        <translation>pretraga</translation>
    </message>
    <message>
        <source>Search the queue: names in any script, case numbers… (%1)</source>
        <translation>Pretraži red: imena u bilo kom pismu, brojevi predmeta… (%1)</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Beneficiary &amp;selection</source>
        <translation>&amp;Izbor korisnika</translation>
    </message>
    <message>
        <source>Approved households ranked by score, with a quota or budget line (Ctrl+B)</source>
        <translation>Odobrena domaćinstva rangirana po bodovima, sa linijom kvote ili budžeta (Ctrl+B)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Br. predmeta</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Nosilac domaćinstva</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Naselje</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Članovi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bodovi</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Sastav bodova</translation>
    </message>
    <message>
        <source>Waiting (days)</source>
        <translation>Čeka (dana)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
</context>
<context>
    <name>SelectionScreen</name>
    <message>
        <source>Selecting and waitlisting are for supervisors</source>
        <translation>Izbor i stavljanje na listu čekanja su za supervizore</translation>
    </message>
    <message>
        <source>Print the selection list</source>
        <translation>Štampaj listu za izbor</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>Save the selection list</source>
        <translation>Sačuvaj listu za izbor</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Radne sveske (*.xlsx)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Upisano u %1.</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linija</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>Bez linije</translation>
    </message>
    <message>
        <source>Quota (households)</source>
        <translation>Kvota (domaćinstva)</translation>
    </message>
    <message>
        <source>Budget (amount)</source>
        <translation>Budžet (iznos)</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Domaćinstava</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budžet</translation>
    </message>
    <message>
        <source>&amp;Cost per household</source>
        <translation>&amp;Trošak po domaćinstvu</translation>
    </message>
    <message>
        <source>&amp;Select above the line</source>
        <translation>&amp;Izaberi iznad linije</translation>
    </message>
    <message>
        <source>&amp;Waitlist below the line</source>
        <translation>Na listu &amp;čekanja ispod linije</translation>
    </message>
    <message>
        <source>Select chosen</source>
        <translation>Izaberi označene</translation>
    </message>
    <message>
        <source>Waitlist chosen</source>
        <translation>Označene na listu čekanja</translation>
    </message>
    <message>
        <source>&amp;Print list (PDF)…</source>
        <translation>Štam&amp;paj listu (PDF)…</translation>
    </message>
    <message>
        <source>The bilingual list with signature lines for the commission</source>
        <translation>Dvojezična lista sa linijama za potpis komisije</translation>
    </message>
    <message>
        <source>Save as &amp;workbook…</source>
        <translation>Sačuvaj kao &amp;radnu svesku…</translation>
    </message>
    <message>
        <source>The list as a workbook, labels in the language of the app</source>
        <translation>Lista kao radna sveska, sa oznakama na jeziku aplikacije</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Latin)</source>
        <translation>Albanski + srpski (latinica)</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Cyrillic)</source>
        <translation>Albanski + srpski (ćirilica)</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Latin) + English</source>
        <translation>Albanski + srpski (latinica) + engleski</translation>
    </message>
    <message>
        <source>Albanian + Serbian (Cyrillic) + English</source>
        <translation>Albanski + srpski (ćirilica) + engleski</translation>
    </message>
    <message>
        <source>Double-click a household to open its case; select several to act on them together</source>
        <translation>Dvaput kliknite domaćinstvo da otvorite njegov predmet; izaberite više njih da biste radili s njima zajedno</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>This case</source>
        <translation>Ovaj predmet</translation>
    </message>
    <message>
        <source>Possible original</source>
        <translation>Mogući original</translation>
    </message>
    <message>
        <source>Highlighted: the same in both cases (names compared in either script and without diacritics).</source>
        <translation>Istaknuto: isto u oba predmeta (imena se upoređuju u bilo kom pismu i bez dijakritika).</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The connection to HQ was lost</source>
        <translation>Veza sa sedištem je prekinuta</translation>
    </message>
    <message>
        <source>HQ cannot be reached</source>
        <translation>Sedište nije dostupno</translation>
    </message>
    <message>
        <source>HQ did not answer as expected</source>
        <translation>Sedište nije odgovorilo kako se očekivalo</translation>
    </message>
    <message>
        <source>HQ&apos;s identity could not be confirmed</source>
        <translation>Identitet sedišta nije mogao da se potvrdi</translation>
    </message>
    <message>
        <source>This laptop was revoked by HQ</source>
        <translation>Sedište je opozvalo ovaj laptop</translation>
    </message>
    <message>
        <source>Not enrolled with HQ</source>
        <translation>Nije registrovan u sedištu</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Choose Sync ▸ Enrol with HQ… and enter the address and the code HQ gave you.</source>
        <translation>Ovaj laptop još nije registrovan u sedištu. Izaberite Sinhronizacija ▸ Registracija u sedištu… i unesite adresu i kod koje vam je dalo sedište.</translation>
    </message>
    <message>
        <source>The file was refused</source>
        <translation>Datoteka je odbijena</translation>
    </message>
    <message>
        <source>The enrolment code was refused</source>
        <translation>Kod za registraciju je odbijen</translation>
    </message>
    <message>
        <source>HQ refused the request</source>
        <translation>Sedište je odbilo zahtev</translation>
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
        <translation>Sedište: %1
Korisnik: %2 (%3)</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with HQ yet. Enrol it with the code HQ gave you; until then, work stays on this laptop.</source>
        <translation>Ovaj laptop još nije registrovan u sedištu. Registrujte ga kodom koji vam je dalo sedište; do tada rad ostaje na ovom laptopu.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikad</translation>
    </message>
    <message>
        <source>%1 change(s) in %2 case(s)</source>
        <translation>Izmena: %1, predmeta: %2</translation>
    </message>
    <message>
        <source>Nothing: HQ has every change</source>
        <translation>Ništa: sedište ima sve izmene</translation>
    </message>
    <message>
        <source>%1 case(s), %2 field(s)</source>
        <translation>Predmeta: %1, polja: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nema</translation>
    </message>
    <message>
        <source>%1 case(s): see the highlighted rows</source>
        <translation>Predmeta: %1 (istaknuti redovi)</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>Povezivanje sa sedištem…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Otkazivanje posle tekuće grupe…</translation>
    </message>
    <message>
        <source>Sending changes: batch %1 of %2 (%3 of %4 changes)</source>
        <translation>Slanje izmena: grupa %1 od %2 (%3 od %4 izmena)</translation>
    </message>
    <message>
        <source>Nothing to send; asking HQ for news…</source>
        <translation>Nema ništa za slanje; traže se novosti iz sedišta…</translation>
    </message>
    <message>
        <source>Receiving updates from HQ: %1 case(s) so far</source>
        <translation>Primanje novosti iz sedišta: do sada predmeta: %1</translation>
    </message>
    <message>
        <source>Sent %1 · received %2</source>
        <translation>Poslato %1 · primljeno %2</translation>
    </message>
    <message>
        <source>Sync cancelled. What HQ already confirmed is kept; the rest goes at the next sync.</source>
        <translation>Sinhronizacija je otkazana. Ono što je sedište već potvrdilo je sačuvano; ostatak ide pri sledećoj sinhronizaciji.</translation>
    </message>
    <message>
        <source>Sync stopped because the workspace was locked. Sync again after unlocking.</source>
        <translation>Sinhronizacija je zaustavljena jer je radni prostor zaključan. Ponovo sinhronizujte posle otključavanja.</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 case update(s) received.</source>
        <translation>Sinhronizovano: poslato izmena: %1, primljeno novosti o predmetima: %2.</translation>
    </message>
    <message>
        <source>Returned by HQ, editable again: %1.</source>
        <translation>Vraćeno iz sedišta, ponovo se može menjati: %1.</translation>
    </message>
    <message>
        <source>%1 case(s) in conflict: see Conflicts.</source>
        <translation>Predmeta u sukobu: %1 (pogledajte Sukobe).</translation>
    </message>
    <message>
        <source>HQ refused %1 change(s): see Conflicts.</source>
        <translation>Sedište je odbilo izmena: %1 (pogledajte Sukobe).</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) for the bundle</source>
        <translation>Izaberite USB (ili fasciklu) za paket</translation>
    </message>
    <message>
        <source>Wrote %1 change(s) to %2. Take the file to HQ; the changes stay waiting here until HQ&apos;s answer is imported.</source>
        <translation>Upisano izmena: %1 u %2. Odnesite datoteku u sedište; izmene ovde čekaju dok se ne uveze odgovor sedišta.</translation>
    </message>
    <message>
        <source>Import HQ&apos;s answer</source>
        <translation>Uvoz odgovora sedišta</translation>
    </message>
    <message>
        <source>FieldApp bundles (*%1);;All files (*)</source>
        <translation>FieldApp paketi (*%1);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>HQ&apos;s answer was applied: %1 change(s) confirmed, %2 case update(s) received.</source>
        <translation>Odgovor sedišta je primenjen: potvrđeno izmena: %1, primljeno novosti o predmetima: %2.</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Poslednja sinhronizacija:</translation>
    </message>
    <message>
        <source>Waiting to send:</source>
        <translation>Čeka slanje:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Sukobi:</translation>
    </message>
    <message>
        <source>Refused by HQ:</source>
        <translation>Odbijeno u sedištu:</translation>
    </message>
    <message>
        <source>Returned by HQ:</source>
        <translation>Vraćeno iz sedišta:</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Prikaži &amp;sukobe…</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>&amp;Registracija u sedištu…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sinhronizuj &amp;sada</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to HQ and receive decisions, comments and assignments</source>
        <translation>Pošalji izmene sa ovog laptopa sedištu i primi odluke, komentare i dodele</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>No connection?</source>
        <translation>Nema veze?</translation>
    </message>
    <message>
        <source>Take the changes to HQ on a USB stick: export a bundle, and import the answer HQ gives you.</source>
        <translation>Odnesite izmene u sedište na USB-u: izvezite paket i uvezite odgovor koji vam sedište da.</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>I&amp;zvezi paket…</translation>
    </message>
    <message>
        <source>&amp;Import answer…</source>
        <translation>&amp;Uvezi odgovor…</translation>
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
