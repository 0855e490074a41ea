"""Messages of HQ operations and key pinning: id → {"en": …, "sq": …, "sr-Latn": …} (Cyrillic derived).

``pinning.*``: enrolling a laptop (the fingerprint shown and confirmed before the code is sent);
``hqops.tls.*``: ``fieldapp-hq tls``; ``hqops.backup.*`` and ``hqops.restore.*``:
``fieldapp-hq backup``.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- fieldapp enrol ---
    "pinning.fingerprint_needed": {
        "en": "Give HQ's certificate fingerprint with --fingerprint (as 'fieldapp-hq serve' prints it); "
              "with no terminal to confirm it on, only --trust-first-use enrols without it. Nothing was sent.",
        "sq": "Jepni gjurmën e certifikatës së selisë qendrore me --fingerprint (siç e shfaq 'fieldapp-hq serve'); "
              "pa terminal për ta konfirmuar, vetëm --trust-first-use regjistron pa të. Asgjë nuk u dërgua.",
        "sr-Latn": "Navedite otisak sertifikata sedišta pomoću --fingerprint (kako ga prikazuje 'fieldapp-hq serve'); "
                   "bez terminala za potvrdu, samo --trust-first-use prijavljuje bez njega. Ništa nije poslato.",
    },
    "pinning.shown": {
        "en": "HQ presents this certificate:\n  SHA-256 fingerprint: {fingerprint}\n  public key (SPKI): {spki}\n"
              "Compare it with the fingerprint HQ gave you (by phone or on paper).",
        "sq": "Selia qendrore paraqet këtë certifikatë:\n  gjurma SHA-256: {fingerprint}\n  çelësi publik (SPKI): {spki}\n"
              "Krahasojeni me gjurmën që ju dha selia (me telefon ose në letër).",
        "sr-Latn": "Sedište pokazuje ovaj sertifikat:\n  SHA-256 otisak: {fingerprint}\n  javni ključ (SPKI): {spki}\n"
                   "Uporedite ga sa otiskom koji vam je dalo sedište (telefonom ili na papiru).",
    },
    "pinning.ask": {
        "en": "Is this HQ's fingerprint? Enrol now [y/N]: ",
        "sq": "A është kjo gjurma e selisë qendrore? Regjistrohu tani [p/J]: ",
        "sr-Latn": "Da li je ovo otisak sedišta? Prijavi se sada [d/N]: ",
    },
    # The answers that mean yes, comma-separated (always lower case).
    "pinning.yes_words": {"en": "y,yes", "sq": "p,po,y,yes", "sr-Latn": "d,da,y,yes"},
    "engine.fingerprint_not_confirmed": {
        "en": "Enrolment stopped: the fingerprint was not confirmed. Nothing was sent to HQ.",
        "sq": "Regjistrimi u ndal: gjurma nuk u konfirmua. Asgjë nuk iu dërgua selisë qendrore.",
        "sr-Latn": "Prijava je zaustavljena: otisak nije potvrđen. Sedištu ništa nije poslato.",
    },
    # --- fieldapp-hq serve / tls ---
    "hqops.tls.spki_line": {
        "en": "Public key (SPKI) SHA-256, pinned by laptops: {spki}",
        "sq": "SHA-256 i çelësit publik (SPKI), që ruajnë laptopët: {spki}",
        "sr-Latn": "SHA-256 javnog ključa (SPKI), koji laptopovi pamte: {spki}",
    },
    "hqops.tls.announcing": {
        "en": "Announcing the next key to laptops (SPKI SHA-256): {spki}",
        "sq": "Po njoftohet çelësi i ardhshëm te laptopët (SHA-256 i SPKI): {spki}",
        "sr-Latn": "Laptopovima se najavljuje sledeći ključ (SPKI SHA-256): {spki}",
    },
    "hqops.tls.current": {
        "en": "Certificate SHA-256 fingerprint: {fingerprint}\nPublic key (SPKI) SHA-256: {spki}\nValid until: {expires}",
        "sq": "Gjurma SHA-256 e certifikatës: {fingerprint}\nSHA-256 i çelësit publik (SPKI): {spki}\nE vlefshme deri më: {expires}",
        "sr-Latn": "SHA-256 otisak sertifikata: {fingerprint}\nSHA-256 javnog ključa (SPKI): {spki}\nVaži do: {expires}",
    },
    "hqops.tls.next": {
        "en": "Announced next key, not yet in use: certificate {fingerprint}, SPKI {spki}",
        "sq": "Çelësi i ardhshëm i njoftuar, ende jo në përdorim: certifikata {fingerprint}, SPKI {spki}",
        "sr-Latn": "Najavljeni sledeći ključ, još nije u upotrebi: sertifikat {fingerprint}, SPKI {spki}",
    },
    "hqops.tls.bad_days": {
        "en": "--days must be between 1 and 10950.",
        "sq": "--days duhet të jetë ndërmjet 1 dhe 10950.",
        "sr-Latn": "--days mora biti između 1 i 10950.",
    },
    "hqops.tls.renewed": {
        "en": "Certificate renewed with the same key; laptops keep working. Restart 'fieldapp-hq serve' to use it.\n"
              "Certificate SHA-256 fingerprint: {fingerprint}\nPublic key (SPKI) SHA-256: {spki}\nValid until: {expires}",
        "sq": "Certifikata u rinovua me të njëjtin çelës; laptopët vazhdojnë të punojnë. Rinisni 'fieldapp-hq serve' për ta përdorur.\n"
              "Gjurma SHA-256 e certifikatës: {fingerprint}\nSHA-256 i çelësit publik (SPKI): {spki}\nE vlefshme deri më: {expires}",
        "sr-Latn": "Sertifikat je obnovljen sa istim ključem; laptopovi nastavljaju da rade. Ponovo pokrenite 'fieldapp-hq serve' da bi se koristio.\n"
                   "SHA-256 otisak sertifikata: {fingerprint}\nSHA-256 javnog ključa (SPKI): {spki}\nVaži do: {expires}",
    },
    "hqops.tls.prepared": {
        "en": "A new key is prepared (SPKI {spki}, certificate {fingerprint}). Restart 'fieldapp-hq serve': it then "
              "announces the key to laptops at each sync. When every laptop has synced, run 'fieldapp-hq tls activate' "
              "and restart again.",
        "sq": "Një çelës i ri është përgatitur (SPKI {spki}, certifikata {fingerprint}). Rinisni 'fieldapp-hq serve': "
              "ai pastaj ua njofton çelësin laptopëve në çdo sinkronizim. Kur të gjithë laptopët të kenë sinkronizuar, "
              "ekzekutoni 'fieldapp-hq tls activate' dhe rinisni përsëri.",
        "sr-Latn": "Novi ključ je pripremljen (SPKI {spki}, sertifikat {fingerprint}). Ponovo pokrenite 'fieldapp-hq serve': "
                   "on tada najavljuje ključ laptopovima pri svakoj sinhronizaciji. Kada se svi laptopovi sinhronizuju, "
                   "pokrenite 'fieldapp-hq tls activate' i ponovo pokrenite server.",
    },
    "hqops.tls.nothing_announced": {
        "en": "No new key is prepared; run 'fieldapp-hq tls rotate --new-key' first and let laptops sync.",
        "sq": "Nuk është përgatitur asnjë çelës i ri; ekzekutoni së pari 'fieldapp-hq tls rotate --new-key' dhe lërini laptopët të sinkronizojnë.",
        "sr-Latn": "Nijedan novi ključ nije pripremljen; prvo pokrenite 'fieldapp-hq tls rotate --new-key' i pustite laptopove da se sinhronizuju.",
    },
    "hqops.tls.activated": {
        "en": "The announced key is now HQ's (the previous one is kept in tls/previous). Restart 'fieldapp-hq serve'.\n"
              "Certificate SHA-256 fingerprint: {fingerprint}\nPublic key (SPKI) SHA-256: {spki}",
        "sq": "Çelësi i njoftuar tani është i selisë qendrore (i mëparshmi ruhet në tls/previous). Rinisni 'fieldapp-hq serve'.\n"
              "Gjurma SHA-256 e certifikatës: {fingerprint}\nSHA-256 i çelësit publik (SPKI): {spki}",
        "sr-Latn": "Najavljeni ključ je sada ključ sedišta (prethodni se čuva u tls/previous). Ponovo pokrenite 'fieldapp-hq serve'.\n"
                   "SHA-256 otisak sertifikata: {fingerprint}\nSHA-256 javnog ključa (SPKI): {spki}",
    },
    "hqops.tls.file": {
        "en": "Certificate SHA-256 fingerprint: {fingerprint}\nPublic key (SPKI) SHA-256: {spki}\nValid until: {expires}",
        "sq": "Gjurma SHA-256 e certifikatës: {fingerprint}\nSHA-256 i çelësit publik (SPKI): {spki}\nE vlefshme deri më: {expires}",
        "sr-Latn": "SHA-256 otisak sertifikata: {fingerprint}\nSHA-256 javnog ključa (SPKI): {spki}\nVaži do: {expires}",
    },
    # --- fieldapp-hq backup ---
    "hqops.backup.no_passphrase": {
        "en": "Set {env} or run on a terminal to give the backup passphrase.",
        "sq": "Vendosni {env} ose ekzekutojeni në terminal për të dhënë fjalëkalimin e kopjes rezervë.",
        "sr-Latn": "Postavite {env} ili pokrenite na terminalu da biste uneli lozinku rezervne kopije.",
    },
    "hqops.backup.prompt": {
        "en": "Backup passphrase: ",
        "sq": "Fjalëkalimi i kopjes rezervë: ",
        "sr-Latn": "Lozinka rezervne kopije: ",
    },
    "hqops.backup.prompt_again": {"en": "Repeat it: ", "sq": "Përsëriteni: ", "sr-Latn": "Ponovite je: "},
    "hqops.backup.passphrases_differ": {
        "en": "The two passphrases differ; nothing was written.",
        "sq": "Dy fjalëkalimet ndryshojnë; asgjë nuk u shkrua.",
        "sr-Latn": "Dve lozinke se razlikuju; ništa nije upisano.",
    },
    "hqops.backup.short_passphrase": {
        "en": "A backup passphrase needs at least {n} characters.",
        "sq": "Fjalëkalimi i kopjes rezervë duhet të ketë të paktën {n} shenja.",
        "sr-Latn": "Lozinka rezervne kopije mora imati najmanje {n} znakova.",
    },
    "hqops.backup.created": {
        "en": "Backup written to {path} (cases: {cases}; {seconds} s). It holds HQ's keys: keep it as safe as keys/recovery.key.",
        "sq": "Kopja rezervë u shkrua në {path} (raste: {cases}; {seconds} s). Ajo përmban çelësat e selisë qendrore: ruajeni po aq mirë sa keys/recovery.key.",
        "sr-Latn": "Rezervna kopija je upisana u {path} (predmeta: {cases}; {seconds} s). Sadrži ključeve sedišta: čuvajte je jednako pažljivo kao keys/recovery.key.",
    },
    "hqops.backup.no_such_file": {
        "en": "no such file",
        "sq": "nuk ka skedar të tillë",
        "sr-Latn": "nema takve datoteke",
    },
    "hqops.backup.cannot_write": {
        "en": "Cannot write the backup {path} ({reason}); nothing was left behind.",
        "sq": "Kopja rezervë {path} nuk mund të shkruhet ({reason}); asgjë nuk mbeti pas.",
        "sr-Latn": "Nije moguće upisati rezervnu kopiju {path} ({reason}); ništa nije ostalo.",
    },
    "hqops.backup.is_a_folder": {
        "en": "{path} is a folder; give the name of the backup file to write.",
        "sq": "{path} është dosje; jepni emrin e skedarit të kopjes rezervë që do të shkruhet.",
        "sr-Latn": "{path} je fascikla; navedite ime datoteke rezervne kopije koju treba upisati.",
    },
    "hqops.backup.no_folder": {
        "en": "The folder {path} does not exist; create it or write the backup elsewhere.",
        "sq": "Dosja {path} nuk ekziston; krijojeni ose shkruajeni kopjen rezervë diku tjetër.",
        "sr-Latn": "Fascikla {path} ne postoji; napravite je ili upišite rezervnu kopiju na drugo mesto.",
    },
    "hqops.backup.no_database": {
        "en": "HQ's database {url} does not exist; nothing to back up.",
        "sq": "Baza e të dhënave e selisë qendrore {url} nuk ekziston; nuk ka asgjë për kopje rezervë.",
        "sr-Latn": "Baza podataka sedišta {url} ne postoji; nema šta da se sačuva.",
    },
    "hqops.backup.not_a_backup": {
        "en": "{path} is not a FieldApp HQ backup.",
        "sq": "{path} nuk është kopje rezervë e selisë qendrore të FieldApp.",
        "sr-Latn": "{path} nije rezervna kopija FieldApp sedišta.",
    },
    "hqops.backup.unknown_format": {
        "en": "{path} is an HQ backup in a format this version does not know ({format}); restore it with a newer FieldApp.",
        "sq": "{path} është kopje rezervë në një format që ky version nuk e njeh ({format}); riktheheni me një FieldApp më të ri.",
        "sr-Latn": "{path} je rezervna kopija u formatu koji ova verzija ne poznaje ({format}); vratite je novijom verzijom FieldApp-a.",
    },
    "hqops.backup.wrong_passphrase": {
        "en": "The passphrase does not open the backup {path}; nothing was changed.",
        "sq": "Fjalëkalimi nuk e hap kopjen rezervë {path}; asgjë nuk u ndryshua.",
        "sr-Latn": "Lozinka ne otvara rezervnu kopiju {path}; ništa nije promenjeno.",
    },
    "hqops.backup.damaged": {
        "en": "The backup {path} is damaged or was altered; nothing was changed.",
        "sq": "Kopja rezervë {path} është e dëmtuar ose është ndryshuar; asgjë nuk u ndryshua.",
        "sr-Latn": "Rezervna kopija {path} je oštećena ili izmenjena; ništa nije promenjeno.",
    },
    "hqops.backup.truncated": {
        "en": "The backup {path} is incomplete (cut short); nothing was changed.",
        "sq": "Kopja rezervë {path} është e paplotë (e prerë); asgjë nuk u ndryshua.",
        "sr-Latn": "Rezervna kopija {path} je nepotpuna (prekinuta); ništa nije promenjeno.",
    },
    # --- fieldapp-hq backup restore ---
    "hqops.restore.live_hq": {
        "en": "{root} already holds an HQ; restore into a new folder, or add --force to replace it (it is kept aside).",
        "sq": "{root} përmban tashmë një seli qendrore; riktheni në një dosje të re, ose shtoni --force për ta zëvendësuar (ruhet mënjanë).",
        "sr-Latn": "{root} već sadrži sedište; vratite u novu fasciklu ili dodajte --force da biste ga zamenili (čuva se po strani).",
    },
    "hqops.restore.not_empty": {
        "en": "{root} is not empty; restore into an empty or new folder, or add --force.",
        "sq": "{root} nuk është bosh; riktheni në një dosje bosh ose të re, ose shtoni --force.",
        "sr-Latn": "{root} nije prazna; vratite u praznu ili novu fasciklu ili dodajte --force.",
    },
    "hqops.restore.not_a_folder": {
        "en": "{path} is not a folder; give the HQ folder to restore into with --data.",
        "sq": "{path} nuk është dosje; jepni me --data dosjen e selisë qendrore ku do të rikthehet.",
        "sr-Latn": "{path} nije fascikla; pomoću --data navedite fasciklu sedišta u koju treba vratiti.",
    },
    "hqops.restore.database_not_empty": {
        "en": "The database {url} already has tables; restore into an empty database, or add --force to replace them.",
        "sq": "Baza e të dhënave {url} ka tashmë tabela; riktheni në një bazë bosh, ose shtoni --force për t'i zëvendësuar.",
        "sr-Latn": "Baza podataka {url} već ima tabele; vratite u praznu bazu ili dodajte --force da biste ih zamenili.",
    },
    "hqops.restore.newer_schema": {
        "en": "The backup {path} has schema {schema}, newer than this HQ knows; restore it with a newer FieldApp.",
        "sq": "Kopja rezervë {path} ka skemën {schema}, më të re se ç'njeh kjo seli; riktheheni me një FieldApp më të ri.",
        "sr-Latn": "Rezervna kopija {path} ima šemu {schema}, noviju nego što ovo sedište poznaje; vratite je novijom verzijom FieldApp-a.",
    },
    "hqops.restore.schema_differs": {
        "en": "The table {table} in the backup {path} does not match the schema it names; nothing was changed.",
        "sq": "Tabela {table} në kopjen rezervë {path} nuk përputhet me skemën që ajo emërton; asgjë nuk u ndryshua.",
        "sr-Latn": "Tabela {table} u rezervnoj kopiji {path} ne odgovara šemi koju navodi; ništa nije promenjeno.",
    },
    "hqops.restore.done": {
        "en": "HQ restored into {root}, database {db} (cases: {cases}; {seconds} s). Start it with 'fieldapp-hq serve'.",
        "sq": "Selia qendrore u rikthye në {root}, baza e të dhënave {db} (raste: {cases}; {seconds} s). Niseni me 'fieldapp-hq serve'.",
        "sr-Latn": "Sedište je vraćeno u {root}, baza podataka {db} (predmeta: {cases}; {seconds} s). Pokrenite ga sa 'fieldapp-hq serve'.",
    },
    "hqops.restore.kept_aside": {
        "en": "The folder it replaced is kept at {path}.",
        "sq": "Dosja që u zëvendësua ruhet në {path}.",
        "sr-Latn": "Fascikla koja je zamenjena čuva se u {path}.",
    },
}
