"""Messages of the store area: id → {"en": …, "sq": …, "sr-Latn": …} (Cyrillic derived).

Ids: ``store.`` (the workspace folder and its database), ``keys.`` (the key file and
passphrases), ``backup.``, ``migrate.``, ``cases.`` (case operations and their import checks) and
``audit.`` (the audit log's chain).
An entry gives its own ``sr-Cyrl`` only where a word must stay in Latin letters (Caps Lock,
FieldApp, a command to type).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the workspace folder ------------------------------------------------------------------
    "store.unknown_municipality": {
        "en": "'{code}' is not a municipality code; use one of {codes:list}.",
        "sq": "'{code}' nuk është kod komune; përdorni njërin nga këta: {codes:list}.",
        "sr-Latn": "'{code}' nije šifra opštine; koristite jednu od ovih: {codes:list}.",
    },
    "store.already_a_workspace": {
        "en": "{path} already holds a workspace; it was left as it is. Choose another folder with --workspace.",
        "sq": "{path} përmban tashmë një hapësirë pune; u la siç ishte. Zgjidhni një dosje tjetër me --workspace.",
        "sr-Latn": "{path} već sadrži radni prostor; ostavljen je kakav jeste. Izaberite drugu fasciklu pomoću --workspace.",
    },
    "store.locked": {
        "en": "The workspace is locked; unlock it first.",
        "sq": "Hapësira e punës është e kyçur; shkyçeni më parë.",
        "sr-Latn": "Radni prostor je zaključan; najpre ga otključajte.",
    },
    "store.slot_gone": {
        "en": "The officer's key slot is no longer on this laptop; unlock again.",
        "sq": "Çelësi i zyrtarit nuk është më në këtë laptop; shkyçeni përsëri.",
        "sr-Latn": "Ključ službenika više nije na ovom laptopu; ponovo otključajte.",
    },
    "store.own_slot_gone": {
        "en": "Your key slot is no longer in the key file; unlock again.",
        "sq": "Çelësi juaj nuk është më në skedarin e çelësave; shkyçeni përsëri.",
        "sr-Latn": "Vaš ključ više nije u datoteci ključeva; ponovo otključajte.",
    },
    "store.schema_changed": {
        "en": "The workspace schema changed meanwhile; unlock it again.",
        "sq": "Skema e hapësirës së punës ndryshoi ndërkohë; shkyçeni përsëri.",
        "sr-Latn": "Šema radnog prostora se u međuvremenu promenila; ponovo ga otključajte.",
    },
    "store.database_damaged_or_foreign": {
        "en": "The database {path} is damaged or does not belong to this key file; it was left as it is. "
              "Restore the workspace from a backup.",
        "sq": "Baza e të dhënave {path} është e dëmtuar ose nuk i përket këtij skedari çelësash; u la siç ishte. "
              "Riktheni hapësirën e punës nga një kopje rezervë.",
        "sr-Latn": "Baza podataka {path} je oštećena ili ne pripada ovoj datoteci ključeva; ostavljena je kakva "
                   "jeste. Vratite radni prostor iz rezervne kopije.",
    },
    "store.database_unopenable": {
        "en": "The database {path} cannot be opened: {reason}.",
        "sq": "Baza e të dhënave {path} nuk mund të hapet: {reason}.",
        "sr-Latn": "Baza podataka {path} ne može da se otvori: {reason}.",
    },
    "store.database_wrong_key": {
        "en": "The database {path} cannot be opened with this key.",
        "sq": "Baza e të dhënave {path} nuk mund të hapet me këtë çelës.",
        "sr-Latn": "Baza podataka {path} ne može da se otvori ovim ključem.",
    },
    "store.database_missing": {
        "en": "The database {path} is missing; restore the workspace from a backup.",
        "sq": "Baza e të dhënave {path} mungon; riktheni hapësirën e punës nga një kopje rezervë.",
        "sr-Latn": "Baza podataka {path} nedostaje; vratite radni prostor iz rezervne kopije.",
    },
    "store.database_empty": {
        "en": "The database {path} is empty (truncated); it was left as it is. Restore the workspace from a backup.",
        "sq": "Baza e të dhënave {path} është bosh (e cunguar); u la siç ishte. "
              "Riktheni hapësirën e punës nga një kopje rezervë.",
        "sr-Latn": "Baza podataka {path} je prazna (skraćena); ostavljena je kakva jeste. "
                   "Vratite radni prostor iz rezervne kopije.",
    },
    "store.database_truncated": {
        "en": "The database {path} is truncated or damaged; it was left as it is. Restore the workspace from a backup.",
        "sq": "Baza e të dhënave {path} është e cunguar ose e dëmtuar; u la siç ishte. "
              "Riktheni hapësirën e punës nga një kopje rezervë.",
        "sr-Latn": "Baza podataka {path} je skraćena ili oštećena; ostavljena je kakva jeste. "
                   "Vratite radni prostor iz rezervne kopije.",
    },
    "store.officer_name_invalid": {
        "en": "The officer name must be 1 to 100 printable characters.",
        "sq": "Emri i zyrtarit duhet të ketë nga 1 deri në 100 shenja të shtypshme.",
        "sr-Latn": "Ime službenika mora imati od 1 do 100 znakova koji se mogu štampati.",
    },
    "store.passphrase_too_short": {
        "en": "The passphrase is too short: use at least {min} characters "
              "(a few words are easier to remember than symbols).",
        "sq": "Fjalëkalimi është shumë i shkurtër: përdorni të paktën {min} shenja "
              "(disa fjalë mbahen mend më lehtë se simbolet).",
        "sr-Latn": "Lozinka je prekratka: koristite najmanje {min} znakova "
                   "(nekoliko reči se lakše pamti od simbola).",
    },
    # --- the key file and passphrases -------------------------------------------------------------
    "keys.missing": {
        "en": "The key file {path} is missing: this folder is not an initialised workspace "
              "(run 'fieldapp init', or restore a backup).",
        "sq": "Skedari i çelësave {path} mungon: kjo dosje nuk është hapësirë pune e krijuar "
              "(ekzekutoni 'fieldapp init' ose riktheni një kopje rezervë).",
        "sr-Latn": "Datoteka ključeva {path} nedostaje: ova fascikla nije pripremljen radni prostor "
                   "(pokrenite 'fieldapp init' ili vratite rezervnu kopiju).",
        "sr-Cyrl": "Датотека кључева {path} недостаје: ова фасцикла није припремљен радни простор "
                   "(покрените 'fieldapp init' или вратите резервну копију).",
    },
    "keys.unreadable": {
        "en": "The key file {path} cannot be read ({reason}).",
        "sq": "Skedari i çelësave {path} nuk mund të lexohet ({reason}).",
        "sr-Latn": "Datoteka ključeva {path} ne može da se pročita ({reason}).",
    },
    "keys.damaged": {
        "en": "The key file {path} is damaged or is not a FieldApp key file; it was left as it is. "
              "Restore the workspace from a backup.",
        "sq": "Skedari i çelësave {path} është i dëmtuar ose nuk është skedar çelësash i FieldApp; u la siç ishte. "
              "Riktheni hapësirën e punës nga një kopje rezervë.",
        "sr-Latn": "Datoteka ključeva {path} je oštećena ili nije datoteka ključeva programa FieldApp; "
                   "ostavljena je kakva jeste. Vratite radni prostor iz rezervne kopije.",
        "sr-Cyrl": "Датотека кључева {path} је оштећена или није датотека кључева програма FieldApp; "
                   "остављена је каква јесте. Вратите радни простор из резервне копије.",
    },
    "keys.no_slot": {
        "en": "The key file {path} holds no key slot; restore it from a backup.",
        "sq": "Skedari i çelësave {path} nuk përmban asnjë çelës; riktheni atë nga një kopje rezervë.",
        "sr-Latn": "Datoteka ključeva {path} ne sadrži nijedan ključ; vratite je iz rezervne kopije.",
    },
    "keys.officer_has_slot": {
        "en": "Officer '{officer}' already has a key slot on this laptop.",
        "sq": "Zyrtari '{officer}' ka tashmë një çelës në këtë laptop.",
        "sr-Latn": "Službenik '{officer}' već ima ključ na ovom laptopu.",
    },
    "keys.unknown_officer": {
        "en": "No officer '{officer}' on this laptop; officers: {officers:list}.",
        "sq": "Nuk ka zyrtar '{officer}' në këtë laptop; zyrtarët: {officers:list}.",
        "sr-Latn": "Nema službenika '{officer}' na ovom laptopu; službenici: {officers:list}.",
    },
    "keys.wrong_passphrase": {
        "en": "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.",
        "sq": "Fjalëkalim i gabuar. Kontrolloni gjuhën e tastierës dhe Caps Lock, pastaj provoni përsëri.",
        "sr-Latn": "Pogrešna lozinka. Proverite raspored tastature i Caps Lock, pa pokušajte ponovo.",
        "sr-Cyrl": "Погрешна лозинка. Проверите распоред тастатуре и Caps Lock, па покушајте поново.",
    },
    "keys.wrong_passphrase_counted": {
        "en": "Wrong passphrase ({failures} failed {failures:plural=attempt|attempts}). "
              "Check the keyboard layout and Caps Lock, then try again.",
        "sq": "Fjalëkalim i gabuar ({failures} {failures:plural=përpjekje e dështuar|përpjekje të dështuara}). "
              "Kontrolloni gjuhën e tastierës dhe Caps Lock, pastaj provoni përsëri.",
        "sr-Latn": "Pogrešna lozinka ({failures} {failures:plural=neuspeo pokušaj|neuspela pokušaja|neuspelih pokušaja}). "
                   "Proverite raspored tastature i Caps Lock, pa pokušajte ponovo.",
        "sr-Cyrl": "Погрешна лозинка ({failures} {failures:plural=неуспео покушај|неуспела покушаја|неуспелих покушаја}). "
                   "Проверите распоред тастатуре и Caps Lock, па покушајте поново.",
    },
    "keys.wrong_passphrase_counted_wait": {
        "en": "Wrong passphrase ({failures} failed {failures:plural=attempt|attempts}). "
              "Check the keyboard layout and Caps Lock, then try again. Wait {seconds} s before the next try.",
        "sq": "Fjalëkalim i gabuar ({failures} {failures:plural=përpjekje e dështuar|përpjekje të dështuara}). "
              "Kontrolloni gjuhën e tastierës dhe Caps Lock, pastaj provoni përsëri. "
              "Prisni {seconds} s para përpjekjes tjetër.",
        "sr-Latn": "Pogrešna lozinka ({failures} {failures:plural=neuspeo pokušaj|neuspela pokušaja|neuspelih pokušaja}). "
                   "Proverite raspored tastature i Caps Lock, pa pokušajte ponovo. "
                   "Sačekajte {seconds} s pre sledećeg pokušaja.",
        "sr-Cyrl": "Погрешна лозинка ({failures} {failures:plural=неуспео покушај|неуспела покушаја|неуспелих покушаја}). "
                   "Проверите распоред тастатуре и Caps Lock, па покушајте поново. "
                   "Сачекајте {seconds} с пре следећег покушаја.",
    },
    "keys.too_many_attempts": {
        "en": "Too many wrong passphrases: wait {seconds} s, then try again.",
        "sq": "Shumë fjalëkalime të gabuara: prisni {seconds} s, pastaj provoni përsëri.",
        "sr-Latn": "Previše pogrešnih lozinki: sačekajte {seconds} s, pa pokušajte ponovo.",
    },
    "keys.no_recovery_slot": {
        "en": "This workspace has no recovery slot (the device was never enrolled).",
        "sq": "Kjo hapësirë pune nuk ka çelës rikuperimi (pajisja nuk u regjistrua kurrë).",
        "sr-Latn": "Ovaj radni prostor nema ključ za oporavak (uređaj nikada nije registrovan).",
    },
    # --- backups -------------------------------------------------------------------------------
    "backup.target_is_folder": {
        "en": "{path} is a folder; give a file name for the backup.",
        "sq": "{path} është dosje; jepni një emër skedari për kopjen rezervë.",
        "sr-Latn": "{path} je fascikla; dajte ime datoteke za rezervnu kopiju.",
    },
    "backup.folder_missing": {
        "en": "The folder {path} does not exist.",
        "sq": "Dosja {path} nuk ekziston.",
        "sr-Latn": "Fascikla {path} ne postoji.",
    },
    "backup.missing": {
        "en": "{path} does not exist; check the path.",
        "sq": "{path} nuk ekziston; kontrolloni shtegun.",
        "sr-Latn": "{path} ne postoji; proverite putanju.",
    },
    "backup.not_a_backup": {
        "en": "{path} is not a FieldApp backup.",
        "sq": "{path} nuk është kopje rezervë e FieldApp.",
        "sr-Latn": "{path} nije rezervna kopija programa FieldApp.",
        "sr-Cyrl": "{path} није резервна копија програма FieldApp.",
    },
    "backup.header_too_long": {
        "en": "{path} is damaged (header too long).",
        "sq": "{path} është i dëmtuar (kreu i skedarit është shumë i gjatë).",
        "sr-Latn": "{path} je oštećena (zaglavlje je predugačko).",
    },
    "backup.damaged_or_not_a_backup": {
        "en": "{path} is damaged or is not a FieldApp backup.",
        "sq": "{path} është i dëmtuar ose nuk është kopje rezervë e FieldApp.",
        "sr-Latn": "{path} je oštećena ili nije rezervna kopija programa FieldApp.",
        "sr-Cyrl": "{path} је оштећена или није резервна копија програма FieldApp.",
    },
    "backup.unknown_version": {
        "en": "{path} is not a FieldApp backup of a known version.",
        "sq": "{path} nuk është kopje rezervë e FieldApp e një versioni të njohur.",
        "sr-Latn": "{path} nije rezervna kopija programa FieldApp poznate verzije.",
        "sr-Cyrl": "{path} није резервна копија програма FieldApp познате верзије.",
    },
    "backup.target_holds_workspace": {
        "en": "{path} already holds a workspace; restore into an empty folder.",
        "sq": "{path} përmban tashmë një hapësirë pune; riktheni në një dosje bosh.",
        "sr-Latn": "{path} već sadrži radni prostor; vratite u praznu fasciklu.",
    },
    "backup.keyfile_unreadable": {
        "en": "{path} is damaged: its key file cannot be read.",
        "sq": "{path} është i dëmtuar: skedari i tij i çelësave nuk mund të lexohet.",
        "sr-Latn": "{path} je oštećena: njena datoteka ključeva ne može da se pročita.",
    },
    "backup.size_mismatch": {
        "en": "{path} is truncated or damaged ({size} {size:plural=byte|bytes}, expected {expected}).",
        "sq": "{path} është i cunguar ose i dëmtuar ({size} {size:plural=bajt|bajtë}, pritej {expected}).",
        "sr-Latn": "{path} je skraćena ili oštećena ({size} {size:plural=bajt|bajta|bajtova}, očekivano {expected}).",
    },
    "backup.altered": {
        "en": "{path} is damaged or was altered; it was not restored.",
        "sq": "{path} është i dëmtuar ose është ndryshuar; nuk u rikthye.",
        "sr-Latn": "{path} je oštećena ili izmenjena; nije vraćena.",
    },
    # --- migrations -------------------------------------------------------------------------------
    "migrate.newer_schema": {
        "en": "The database {path} was written by a newer version of FieldApp (schema {schema}); "
              "update FieldApp on this laptop, then open it again.",
        "sq": "Baza e të dhënave {path} u shkrua nga një version më i ri i FieldApp (skema {schema}); "
              "përditësoni FieldApp në këtë laptop, pastaj hapeni përsëri.",
        "sr-Latn": "Bazu podataka {path} upisala je novija verzija programa FieldApp (šema {schema}); "
                   "ažurirajte FieldApp na ovom laptopu, pa je ponovo otvorite.",
        "sr-Cyrl": "Базу података {path} уписала је новија верзија програма FieldApp (шема {schema}); "
                   "ажурирајте FieldApp на овом лаптопу, па је поново отворите.",
    },
    # --- cases -----------------------------------------------------------------------------------
    "cases.not_found": {
        "en": "No case '{ref}' in this workspace; 'fieldapp case list' shows the case numbers.",
        "sq": "Nuk ka rast '{ref}' në këtë hapësirë pune; 'fieldapp case list' tregon numrat e rasteve.",
        "sr-Latn": "Nema predmeta '{ref}' u ovom radnom prostoru; 'fieldapp case list' prikazuje brojeve predmeta.",
        "sr-Cyrl": "Нема предмета '{ref}' у овом радном простору; 'fieldapp case list' приказује бројеве предмета.",
    },
    "cases.changed_meanwhile": {
        "en": "Case {case_number} changed while you were editing it (revision {revision}, you started from "
              "{base_rev}); reopen it and redo the change.",
        "sq": "Rasti {case_number} u ndryshua ndërsa e redaktonit (versioni {revision}, ju filluat nga "
              "{base_rev}); rihapeni dhe bëni sërish ndryshimin.",
        "sr-Latn": "Predmet {case_number} je promenjen dok ste ga uređivali (revizija {revision}, počeli ste od "
                   "{base_rev}); ponovo ga otvorite i ponovite izmenu.",
    },
    "cases.not_editable": {
        "en": "Case {case_number} is '{status:status}' and can no longer be edited by a {role:role}; "
              "it becomes editable again if it is returned.",
        "sq": "Rasti {case_number} është në statusin '{status:status}' dhe nuk mund të ndryshohet më nga roli "
              "'{role:role}'; bëhet sërish i ndryshueshëm nëse kthehet.",
        "sr-Latn": "Predmet {case_number} je u statusu '{status:status}' i više ga ne može menjati uloga "
                   "'{role:role}'; ponovo se može menjati ako bude vraćen.",
    },
    # The fields an officer may still fill in once a case is decided (workflow.DELIVERY_FIELDS).
    "cases.not_editable_but_delivery": {
        "en": "Case {case_number} is '{status:status}' and can no longer be edited by a {role:role} "
              "(only assistance, referrals can still change); it becomes editable again if it is returned.",
        "sq": "Rasti {case_number} është në statusin '{status:status}' dhe nuk mund të ndryshohet më nga roli "
              "'{role:role}' (mund të ndryshohen ende vetëm asistenca dhe referimet); "
              "bëhet sërish i ndryshueshëm nëse kthehet.",
        "sr-Latn": "Predmet {case_number} je u statusu '{status:status}' i više ga ne može menjati uloga "
                   "'{role:role}' (još se mogu menjati samo pomoć i upućivanja); "
                   "ponovo se može menjati ako bude vraćen.",
    },
    "cases.not_editable_but": {
        "en": "Case {case_number} is '{status:status}' and can no longer be edited by a {role:role} "
              "(only {fields:list} can still change); it becomes editable again if it is returned.",
        "sq": "Rasti {case_number} është në statusin '{status:status}' dhe nuk mund të ndryshohet më nga roli "
              "'{role:role}' (mund të ndryshohen ende vetëm: {fields:list}); bëhet sërish i ndryshueshëm nëse kthehet.",
        "sr-Latn": "Predmet {case_number} je u statusu '{status:status}' i više ga ne može menjati uloga "
                   "'{role:role}' (još se može menjati samo: {fields:list}); ponovo se može menjati ako bude vraćen.",
    },
    "cases.transition_refused": {
        "en": "Case {case_number}: {reason}.",
        "sq": "Rasti {case_number}: {reason}.",
        "sr-Latn": "Predmet {case_number}: {reason}.",
    },
    "cases.note_empty": {
        "en": "The note is empty; write something to add.",
        "sq": "Shënimi është bosh; shkruani diçka për ta shtuar.",
        "sr-Latn": "Beleška je prazna; napišite nešto da biste je dodali.",
    },
    # Problems of one record (they follow "line 4 · Case id: ").
    "cases.field_not_editable": {
        "en": "cannot be changed by an edit",
        "sq": "nuk mund të ndryshohet me redaktim",
        "sr-Latn": "ne može se promeniti izmenom",
    },
    "cases.id_in_workspace": {
        "en": "case {id} is already in this workspace",
        "sq": "rasti {id} është tashmë në këtë hapësirë pune",
        "sr-Latn": "predmet {id} je već u ovom radnom prostoru",
    },
    "cases.id_twice": {
        "en": "case {id} appears twice in the file",
        "sq": "rasti {id} shfaqet dy herë në skedar",
        "sr-Latn": "predmet {id} se pojavljuje dva puta u datoteci",
    },
    "cases.number_in_workspace": {
        "en": "{case_number} is already in this workspace",
        "sq": "{case_number} është tashmë në këtë hapësirë pune",
        "sr-Latn": "{case_number} je već u ovom radnom prostoru",
    },
    "cases.number_twice": {
        "en": "{case_number} appears twice in the file",
        "sq": "{case_number} shfaqet dy herë në skedar",
        "sr-Latn": "{case_number} se pojavljuje dva puta u datoteci",
    },
    # --- the audit log: why its chain is broken (a part of "Audit log broken: …") -----------------
    "audit.event_missing": {
        "en": "event {seq} is missing (next found is {found})",
        "sq": "ngjarja {seq} mungon (e para që gjendet pas saj është {found})",
        "sr-Latn": "događaj {seq} nedostaje (sledeći pronađeni je {found})",
    },
    "audit.event_out_of_order": {
        "en": "event {seq} does not follow event {previous} (removed, reordered or edited)",
        "sq": "ngjarja {seq} nuk vjen pas ngjarjes {previous} (është hequr, zhvendosur ose ndryshuar)",
        "sr-Latn": "događaj {seq} ne sledi događaj {previous} (uklonjen, premešten ili izmenjen)",
    },
    "audit.event_changed": {
        "en": "event {seq} was changed after it was written",
        "sq": "ngjarja {seq} u ndryshua pasi ishte shkruar",
        "sr-Latn": "događaj {seq} je izmenjen nakon što je zapisan",
    },
    "audit.end_cut": {
        "en": "the log ends at event {count} but {written} were written (events removed from the end)",
        "sq": "regjistri mbaron te ngjarja {count}, por ishin shkruar {written} (ngjarje të hequra nga fundi)",
        "sr-Latn": "dnevnik se završava događajem {count}, a zapisano ih je {written} (događaji uklonjeni sa kraja)",
    },
    "audit.head_missing": {
        "en": "the record of the newest event is missing",
        "sq": "mungon shënimi i ngjarjes më të re",
        "sr-Latn": "nedostaje zapis o najnovijem događaju",
    },
}
