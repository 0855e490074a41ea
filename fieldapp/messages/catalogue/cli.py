"""Messages of the ``fieldapp`` command line: id → {"en": …, "sq": …, "sr-Latn": …}."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.export_is_folder": {
        "en": "{path} is a folder; give a file name for the export.",
        "sq": "{path} është dosje; jepni një emër skedari për eksportin.",
        "sr-Latn": "{path} je fascikla; navedite ime datoteke za izvoz.",
    },
    "cli.folder_missing": {
        "en": "The folder {path} does not exist.",
        "sq": "Dosja {path} nuk ekziston.",
        "sr-Latn": "Fascikla {path} ne postoji.",
    },
    "cli.no_passphrase": {
        "en": "No passphrase: set {env} or run the command in a terminal.",
        "sq": "Nuk ka fjalëkalim: vendosni {env} ose ekzekutoni komandën në një terminal.",
        "sr-Latn": "Nema lozinke: postavite {env} ili pokrenite komandu u terminalu.",
    },
    "cli.passphrases_differ": {
        "en": "The two passphrases differ; nothing was changed. Try again.",
        "sq": "Dy fjalëkalimet ndryshojnë; asgjë nuk u ndryshua. Provoni përsëri.",
        "sr-Latn": "Dve lozinke se razlikuju; ništa nije promenjeno. Pokušajte ponovo.",
    },
    "cli.audit_broken": {
        "en": "Audit log broken: {reason}. Report this to HQ; do not edit the workspace.",
        "sq": "Regjistri i auditimit është prishur: {reason}. Njoftoni selinë qendrore; mos e ndryshoni hapësirën e punës.",
        "sr-Latn": "Dnevnik revizije je narušen: {reason}. Prijavite to sedištu; ne menjajte radni prostor.",
    },
    "cli.error_line": {
        "en": "fieldapp: {text}",
        "sq": "fieldapp: {text}",
        "sr-Latn": "fieldapp: {text}",
        "sr-Cyrl": "fieldapp: {text}",
    },
    # --- prompts on the terminal -------------------------------------------------------------
    "cli.prompt.passphrase": {"en": "Passphrase: ", "sq": "Fjalëkalimi: ", "sr-Latn": "Lozinka: "},
    "cli.prompt.repeat": {"en": "Repeat it: ", "sq": "Përsëriteni: ", "sr-Latn": "Ponovite je: "},
    "cli.prompt.choose": {"en": "Choose a passphrase: ", "sq": "Zgjidhni një fjalëkalim: ", "sr-Latn": "Izaberite lozinku: "},
    "cli.prompt.current": {
        "en": "Your passphrase (an officer already on this laptop): ",
        "sq": "Fjalëkalimi juaj (i një zyrtari që është tashmë në këtë laptop): ",
        "sr-Latn": "Vaša lozinka (službenika koji je već na ovom laptopu): ",
    },
    "cli.prompt.for_officer": {"en": "Passphrase for {officer}: ", "sq": "Fjalëkalimi për {officer}: ",
                               "sr-Latn": "Lozinka za {officer}: "},
    "cli.prompt.new": {"en": "New passphrase: ", "sq": "Fjalëkalimi i ri: ", "sr-Latn": "Nova lozinka: "},
    # --- what the workspace commands print ----------------------------------------------------
    "cli.workspace_created": {
        "en": "Workspace created in {path} (device {device}).",
        "sq": "Hapësira e punës u krijua në {path} (pajisja {device}).",
        "sr-Latn": "Radni prostor je napravljen u {path} (uređaj {device}).",
    },
    "cli.officer_added": {
        "en": "Officer {officer} can now unlock this laptop with their own passphrase.",
        "sq": "Zyrtari {officer} tani mund ta shkyçë këtë laptop me fjalëkalimin e vet.",
        "sr-Latn": "Službenik {officer} sada može da otključa ovaj laptop svojom lozinkom.",
    },
    "cli.passphrase_changed": {
        "en": "Passphrase changed.",
        "sq": "Fjalëkalimi u ndryshua.",
        "sr-Latn": "Lozinka je promenjena.",
    },
    "cli.status.cases": {"en": "Cases: {n}", "sq": "Raste: {n}", "sr-Latn": "Predmeti: {n}"},
    "cli.status.pending": {"en": "Waiting to sync: {n}", "sq": "Në pritje të sinkronizimit: {n}",
                           "sr-Latn": "Čeka sinhronizaciju: {n}"},
    "cli.status.conflicts": {"en": "Conflicts: {n}", "sq": "Konflikte: {n}", "sr-Latn": "Sukobi: {n}"},
    "cli.status.last_sync": {"en": "Last sync: {when:datetime}", "sq": "Sinkronizimi i fundit: {when:datetime}",
                             "sr-Latn": "Poslednja sinhronizacija: {when:datetime}"},
    "cli.status.never_synced": {"en": "Last sync: never", "sq": "Sinkronizimi i fundit: asnjëherë",
                                "sr-Latn": "Poslednja sinhronizacija: nikad"},
    "cli.status.enrolled": {"en": "Enrolled: yes", "sq": "Regjistruar në selinë qendrore: po",
                            "sr-Latn": "Registrovano u sedištu: da"},
    "cli.status.not_enrolled": {"en": "Enrolled: no", "sq": "Regjistruar në selinë qendrore: jo",
                                "sr-Latn": "Registrovano u sedištu: ne"},
    "cli.audit_intact": {
        "en": "Audit log intact: {events} {events:plural=event|events}, chain verified.",
        "sq": "Regjistri i auditimit është i paprekur: {events} {events:plural=ngjarje|ngjarje}, zinxhiri u verifikua.",
        "sr-Latn": "Dnevnik revizije je netaknut: {events} {events:plural=događaj|događaja|događaja}, lanac je proveren.",
    },
    "cli.backup_written": {
        "en": "Encrypted backup written to {path} ({size} {size:plural=byte|bytes}).",
        "sq": "Kopja rezervë e enkriptuar u shkrua në {path} ({size} {size:plural=bajt|bajtë}).",
        "sr-Latn": "Šifrovana rezervna kopija je upisana u {path} ({size} {size:plural=bajt|bajta|bajtova}).",
    },
    "cli.restored": {
        "en": "Restored {n} {n:plural=case|cases} into {path}.",
        "sq": "{n:plural=U rikthye|U rikthyen} {n} {n:plural=rast|raste} në {path}.",
        "sr-Latn": "{n:plural=Vraćen je|Vraćena su|Vraćeno je} {n} {n:plural=predmet|predmeta|predmeta} u {path}.",
    },
    # --- what the case commands print --------------------------------------------------------------
    "cli.imported": {
        "en": "Imported {n} {n:plural=case|cases}.",
        "sq": "{n:plural=U importua|U importuan} {n} {n:plural=rast|raste}.",
        "sr-Latn": "{n:plural=Uvezen je|Uvezena su|Uvezeno je} {n} {n:plural=predmet|predmeta|predmeta}.",
    },
    "cli.exported": {
        "en": "Exported {n} {n:plural=case|cases} to {path}.",
        "sq": "{n:plural=U eksportua|U eksportuan} {n} {n:plural=rast|raste} në {path}.",
        "sr-Latn": "{n:plural=Izvezen je|Izvezena su|Izvezeno je} {n} {n:plural=predmet|predmeta|predmeta} u {path}.",
    },
    "cli.transitioned": {
        "en": "Case {case_number} is now {status:status}.",
        "sq": "Rasti {case_number} tani është “{status:status}”.",
        "sr-Latn": "Predmet {case_number} je sada u statusu „{status:status}“.",
    },
    "cli.note_added": {
        "en": "Note added to case {case_number}.",
        "sq": "Shënimi iu shtua rastit {case_number}.",
        "sr-Latn": "Beleška je dodata predmetu {case_number}.",
    },
    "cli.no_cases": {"en": "No cases.", "sq": "Asnjë rast.", "sr-Latn": "Nema predmeta."},
    # Column heads of 'case list' and 'case search'.
    "cli.column.case": {"en": "CASE", "sq": "RASTI", "sr-Latn": "PREDMET"},
    "cli.column.status": {"en": "STATUS", "sq": "STATUSI", "sr-Latn": "STANJE"},
    "cli.column.municipality": {"en": "MUN", "sq": "KOM", "sr-Latn": "OPŠ"},
    "cli.column.members": {"en": "MEMBERS", "sq": "ANËTARË", "sr-Latn": "ČLANOVI"},
    "cli.column.head": {"en": "HEAD", "sq": "KRYEFAMILJARI", "sr-Latn": "NOSILAC"},
    "cli.column.matched": {"en": "MATCHED", "sq": "PËRPUTHET", "sr-Latn": "PRONAĐENO"},
    # The lines of 'case show'.
    "cli.show.title": {
        "en": "Case {case_number}  ({status:status}, revision {revision})",
        "sq": "Rasti {case_number}  ({status:status}, versioni {revision})",
        "sr-Latn": "Predmet {case_number}  ({status:status}, verzija {revision})",
    },
    "cli.show.type": {"en": "Type: {case_type:case_type}", "sq": "Lloji: {case_type:case_type}",
                      "sr-Latn": "Vrsta: {case_type:case_type}"},
    "cli.show.municipality": {"en": "Municipality: {municipality:municipality}",
                              "sq": "Komuna: {municipality:municipality}",
                              "sr-Latn": "Opština: {municipality:municipality}"},
    "cli.show.municipality_settlement": {
        "en": "Municipality: {municipality:municipality}, {settlement}",
        "sq": "Komuna: {municipality:municipality}, {settlement}",
        "sr-Latn": "Opština: {municipality:municipality}, {settlement}",
    },
    "cli.show.household": {"en": "Household:", "sq": "Anëtarët e familjes:", "sr-Latn": "Domaćinstvo:"},
    "cli.show.member": {
        "en": "- {name} ({relationship:relationship}, {sex:sex})",
        "sq": "- {name} ({relationship:relationship}, {sex:sex})",
        "sr-Latn": "- {name} ({relationship:relationship}, {sex:sex})",
    },
    "cli.show.member_born": {
        "en": "- {name} ({relationship:relationship}, {sex:sex}, {born:date})",
        "sq": "- {name} ({relationship:relationship}, {sex:sex}, {born:date})",
        "sr-Latn": "- {name} ({relationship:relationship}, {sex:sex}, {born:date})",
    },
    "cli.show.needs": {"en": "Needs: {needs:list}", "sq": "Nevojat: {needs:list}", "sr-Latn": "Potrebe: {needs:list}"},
    "cli.show.need": {"en": "{category:need} ({priority:priority})", "sq": "{category:need} ({priority:priority})",
                      "sr-Latn": "{category:need} ({priority:priority})"},
    "cli.show.vulnerabilities": {"en": "Vulnerabilities: {flags:list}", "sq": "Cenueshmëritë: {flags:list}",
                                 "sr-Latn": "Ranjivosti: {flags:list}"},
    "cli.show.vulnerability": {"en": "{flag:vulnerability}", "sq": "{flag:vulnerability}",
                               "sr-Latn": "{flag:vulnerability}"},
    "cli.show.history": {"en": "History:", "sq": "Historiku:", "sr-Latn": "Istorija:"},
    "cli.show.history_first": {
        "en": "{at:datetime}  - -> {target:status}  by {by}",
        "sq": "{at:datetime}  - -> {target:status}  nga {by}",
        "sr-Latn": "{at:datetime}  - -> {target:status}  – {by}",
    },
    "cli.show.history_move": {
        "en": "{at:datetime}  {source:status} -> {target:status}  by {by}",
        "sq": "{at:datetime}  {source:status} -> {target:status}  nga {by}",
        "sr-Latn": "{at:datetime}  {source:status} -> {target:status}  – {by}",
    },
    "cli.show.history_comment": {"en": "{line}: {comment}", "sq": "{line}: {comment}", "sr-Latn": "{line}: {comment}"},
    "cli.show.note": {
        "en": "Note ({at:datetime}, {author}): {text}",
        "sq": "Shënim ({at:datetime}, {author}): {text}",
        "sr-Latn": "Beleška ({at:datetime}, {author}): {text}",
    },
    # --- what the form commands print (fieldapp/forms/cli.py) ---------------------------------------
    "cli.form.rendered": {
        "en": "Wrote the '{form}' form of case {case_number} (revision {revision}, {langs}) to {path}.",
        "sq": "Formulari '{form}' i rastit {case_number} (versioni {revision}, {langs}) u shkrua në {path}.",
        "sr-Latn": "Obrazac '{form}' predmeta {case_number} (verzija {revision}, {langs}) upisan je u {path}.",
    },
    "cli.form.blank_written": {
        "en": "Wrote a blank '{form}' form ({langs}) to {path}.",
        "sq": "Një formular bosh '{form}' ({langs}) u shkrua në {path}.",
        "sr-Latn": "Prazan obrazac '{form}' ({langs}) upisan je u {path}.",
    },
    "cli.form.batch_written": {
        "en": "Wrote {n} '{form}' {n:plural=form|forms} to {path}.",
        "sq": "{n} {n:plural=formular|formularë} '{form}' u {n:plural=shkrua|shkruan} në {path}.",
        "sr-Latn": "{n} {n:plural=obrazac|obrasca|obrazaca} '{form}' {n:plural=upisan je|upisana su|upisano je} u {path}.",
    },
    "cli.form.office": {
        "en": "Office: {name}; logo: none.",
        "sq": "Zyra: {name}; logoja: asnjë.",
        "sr-Latn": "Kancelarija: {name}; logotip: nema.",
    },
    "cli.form.office_logo": {
        "en": "Office: {name}; logo: set.",
        "sq": "Zyra: {name}; logoja: e vendosur.",
        "sr-Latn": "Kancelarija: {name}; logotip: postavljen.",
    },
    "cli.form.office_default": {
        "en": "(default: the municipal office for communities and returns)",
        "sq": "(e parazgjedhur: zyra komunale për komunitete dhe kthim)",
        "sr-Latn": "(podrazumevano: opštinska kancelarija za zajednice i povratak)",
    },
    # --- usage errors (exit 2): argparse's own wording, worded in the user's language ------------
    "cli.usage.error": {"en": "{prog}: error: {message}", "sq": "{prog}: gabim: {message}",
                        "sr-Latn": "{prog}: greška: {message}"},
    "cli.usage.usage": {"en": "usage: ", "sq": "përdorimi: ", "sr-Latn": "upotreba: "},
    "cli.usage.argument": {"en": "argument {argument}: {message}", "sq": "argumenti {argument}: {message}",
                           "sr-Latn": "argument {argument}: {message}"},
    "cli.usage.invalid_choice": {
        "en": "invalid choice: {value} (choose from {choices})",
        "sq": "zgjedhje e pavlefshme: {value} (zgjidhni nga {choices})",
        "sr-Latn": "nevažeći izbor: {value} (izaberite jedno od: {choices})",
    },
    "cli.usage.required": {
        "en": "the following arguments are required: {args}",
        "sq": "mungojnë argumentet e detyrueshme: {args}",
        "sr-Latn": "nedostaju obavezni argumenti: {args}",
    },
    "cli.usage.one_required": {
        "en": "one of the arguments {args} is required",
        "sq": "kërkohet një nga argumentet {args}",
        "sr-Latn": "potreban je jedan od argumenata {args}",
    },
    "cli.usage.unrecognized": {
        "en": "unrecognized arguments: {args}",
        "sq": "argumente të panjohura: {args}",
        "sr-Latn": "nepoznati argumenti: {args}",
    },
    "cli.usage.expected_one": {"en": "expected one argument", "sq": "pritej një vlerë",
                               "sr-Latn": "očekivana je jedna vrednost"},
    "cli.usage.expected_at_most_one": {"en": "expected at most one argument", "sq": "pritej më së shumti një vlerë",
                                       "sr-Latn": "očekivana je najviše jedna vrednost"},
    "cli.usage.expected_at_least_one": {"en": "expected at least one argument", "sq": "pritej të paktën një vlerë",
                                        "sr-Latn": "očekivana je bar jedna vrednost"},
    "cli.usage.invalid_value": {
        "en": "invalid {type} value: {value}",
        "sq": "vlerë e pavlefshme ({type}): {value}",
        "sr-Latn": "nevažeća vrednost ({type}): {value}",
    },
    "cli.usage.ambiguous": {
        "en": "ambiguous option: {option} could match {matches}",
        "sq": "opsion i paqartë: {option} mund të jetë {matches}",
        "sr-Latn": "dvosmislena opcija: {option} može biti {matches}",
    },
    "cli.usage.not_allowed_with": {
        "en": "not allowed with argument {argument}",
        "sq": "nuk lejohet bashkë me argumentin {argument}",
        "sr-Latn": "nije dozvoljeno uz argument {argument}",
    },
    "cli.usage.ignored_explicit": {
        "en": "ignored explicit argument {value}",
        "sq": "u shpërfill vlera e dhënë {value}",
        "sr-Latn": "zanemarena je navedena vrednost {value}",
    },
}
