"""Messages every front end shares: internal errors, interruptions, the shape of a problem list."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "common.unknown_message": {
        "en": "An error this version does not know ({id}); update FieldApp and try again.",
        "sq": "Një gabim që ky version nuk e njeh ({id}); përditësoni FieldApp dhe provoni përsëri.",
        "sr-Latn": "Greška koju ova verzija ne poznaje ({id}); ažurirajte FieldApp i pokušajte ponovo.",
        "sr-Cyrl": "Грешка коју ова верзија не познаје ({id}); ажурирајте FieldApp и покушајте поново.",
    },
    "common.internal_error": {
        "en": "internal error ({kind}); nothing more was changed. Details without personal data are in the workspace log.",
        "sq": "gabim i brendshëm ({kind}); asgjë tjetër nuk u ndryshua. Hollësitë pa të dhëna personale janë në regjistrin e hapësirës së punës.",
        "sr-Latn": "interna greška ({kind}); ništa više nije promenjeno. Detalji bez ličnih podataka su u dnevniku radnog prostora.",
    },
    # The desktop app's wording: a sentence in a dialog, and restarting is something it can advise.
    "common.internal_error.desktop": {
        "en": "An internal error ({kind}) stopped this action; nothing more was changed. Details without personal "
              "data were written to the log in the workspace folder. If it happens again, restart FieldApp.",
        "sq": "Një gabim i brendshëm ({kind}) e ndali këtë veprim; asgjë më shumë nuk u ndryshua. Hollësitë pa të "
              "dhëna personale u shkruan në regjistrin në dosjen e hapësirës së punës. Nëse ndodh sërish, rinisni FieldApp.",
        "sr-Latn": "Unutrašnja greška ({kind}) je prekinula ovu radnju; ništa više nije promenjeno. Pojedinosti bez "
                   "ličnih podataka upisane su u dnevnik u fascikli radnog prostora. Ako se ponovi, ponovo pokrenite FieldApp.",
        "sr-Cyrl": "Унутрашња грешка ({kind}) је прекинула ову радњу; ништа више није промењено. Појединости без "
                   "личних података уписане су у дневник у фасцикли радног простора. Ако се понови, поново покрените FieldApp.",
    },
    "common.interrupted": {
        "en": "interrupted; nothing was changed.",
        "sq": "u ndërpre; asgjë nuk u ndryshua.",
        "sr-Latn": "prekinuto; ništa nije promenjeno.",
    },
    "common.cancelled": {
        "en": "Cancelled; nothing was changed.",
        "sq": "U anulua; asgjë nuk u ndryshua.",
        "sr-Latn": "Otkazano; ništa nije promenjeno.",
    },
    "common.workspace_busy": {
        "en": "The workspace is busy in another window or command; try again in a moment.",
        "sq": "Hapësira e punës është e zënë në një dritare ose komandë tjetër; provoni përsëri pas pak.",
        "sr-Latn": "Radni prostor je zauzet u drugom prozoru ili komandi; pokušajte ponovo za trenutak.",
    },
    "common.database_damaged": {
        "en": "The workspace database is damaged; it was left as it is. Restore the workspace from a backup.",
        "sq": "Baza e të dhënave e hapësirës së punës është e dëmtuar; u la siç ishte. Riktheni hapësirën e punës nga një kopje rezervë.",
        "sr-Latn": "Baza podataka radnog prostora je oštećena; ostavljena je kakva jeste. Vratite radni prostor iz rezervne kopije.",
    },
    "common.no_gui": {
        "en": "The desktop app is not installed here; run 'make run' or install the app with pip.",
        "sq": "Aplikacioni i desktopit nuk është i instaluar këtu; ekzekutoni 'make run' ose instaloni aplikacionin me pip.",
        "sr-Latn": "Desktop aplikacija ovde nije instalirana; pokrenite 'make run' ili instalirajte aplikaciju pomoću pip.",
    },
    # How a list of problems in a record reads: "Line 4 · Sex: 'X' is not a known code (allowed: M, F)".
    "common.problem": {
        "en": "{where}{text}{allowed}",
        "sq": "{where}{text}{allowed}",
        "sr-Latn": "{where}{text}{allowed}",
    },
    "common.problem_field": {"en": "{path:field_path}", "sq": "{path:field_path}", "sr-Latn": "{path:field_path}"},
    "common.field_label": {"en": "{path:field}", "sq": "{path:field}", "sr-Latn": "{path:field}"},
    "common.problem_allowed": {
        "en": " (allowed: {codes:list})",
        "sq": " (të lejuara: {codes:list})",
        "sr-Latn": " (dozvoljeno: {codes:list})",
    },
    "common.more_problems": {
        "en": "{first} (and {more} more {more:plural=problem|problems})",
        "sq": "{first} (dhe {more} {more:plural=problem|probleme} të tjera)",
        "sr-Latn": "{first} (i još {more} {more:plural=problem|problema|problema})",
    },
    "common.invalid_data": {
        "en": "invalid data",
        "sq": "të dhëna të pavlefshme",
        "sr-Latn": "neispravni podaci",
    },
    "common.nothing_changed_fix_file": {
        "en": "{problem}. Nothing was changed; fix the file and try again.",
        "sq": "{problem}. Asgjë nuk u ndryshua; korrigjoni skedarin dhe provoni përsëri.",
        "sr-Latn": "{problem}. Ništa nije promenjeno; ispravite datoteku i pokušajte ponovo.",
    },
    "record.line": {"en": "line {n}", "sq": "rreshti {n}", "sr-Latn": "red {n}"},
    "record.row": {"en": "row {n}", "sq": "rreshti {n}", "sr-Latn": "red {n}"},
    "record.record": {"en": "record {n}", "sq": "regjistrimi {n}", "sr-Latn": "zapis {n}"},
}
