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
        "sq": "Nuk ka frazëkalim: vendosni {env} ose ekzekutoni komandën në një terminal.",
        "sr-Latn": "Nema lozinke: postavite {env} ili pokrenite komandu u terminalu.",
    },
    "cli.passphrases_differ": {
        "en": "The two passphrases differ; nothing was changed. Try again.",
        "sq": "Dy frazëkalimet ndryshojnë; asgjë nuk u ndryshua. Provoni përsëri.",
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
}
