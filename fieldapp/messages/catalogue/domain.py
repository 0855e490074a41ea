"""Messages of the domain: problems of a case document, of a case file, dates and the workflow.

A problem's text follows its field's label in a list ("Sex: 'X' is not a known code"), so it is
a phrase, not a sentence. An id ending in ``.sentence`` words the same problem as a sentence of
its own, for a screen that shows it beside the field it concerns ("Required."); it takes the
same parameters (it may leave some out).

``{value!r}`` quotes a value as the file or form has it.
"""

from __future__ import annotations

_WRONG_SHAPE = {
    "en": "Has the wrong shape for the case format.",
    "sq": "Ka formë të gabuar për formatin e rastit.",
    "sr-Latn": "Ima pogrešan oblik za format predmeta.",
}
_NOT_IN_LIST = {
    "en": "{value!r} is not in the list; pick a value from the list.",
    "sq": "{value!r} nuk është në listë; zgjidhni një vlerë nga lista.",
    "sr-Latn": "{value!r} nije na listi; izaberite vrednost sa liste.",
}
_YES_OR_NO = {
    "en": "Must be yes or no (true or false).",
    "sq": "Duhet të jetë po ose jo (true ose false).",
    "sr-Latn": "Mora biti da ili ne (true ili false).",
    "sr-Cyrl": "Мора бити да или не (true или false).",
}

MESSAGES: dict[str, dict[str, str]] = {
    # How records of a file are named where a problem is listed.
    "record.case": {"en": "case", "sq": "rasti", "sr-Latn": "predmet"},
    "record.header": {"en": "{name}, header", "sq": "{name}, koka", "sr-Latn": "{name}, zaglavlje"},
    "record.case_ref_row": {
        "en": "case_ref {ref} (row {row})",
        "sq": "case_ref {ref} (rreshti {row})",
        "sr-Latn": "case_ref {ref} (red {row})",
        "sr-Cyrl": "case_ref {ref} (ред {row})",
    },
    "record.case_ref_rows": {
        "en": "case_ref {ref} (rows {first}-{last})",
        "sq": "case_ref {ref} (rreshtat {first}-{last})",
        "sr-Latn": "case_ref {ref} (redovi {first}-{last})",
        "sr-Cyrl": "case_ref {ref} (редови {first}-{last})",
    },

    # Problems of one case document.
    "domain.not_object": {
        "en": "must be an object with keys {keys:list}",
        "sq": "duhet të jetë objekt me çelësat {keys:list}",
        "sr-Latn": "mora biti objekat sa ključevima {keys:list}",
    },
    "domain.not_object.sentence": _WRONG_SHAPE,
    "domain.not_a_case_object": {
        "en": "must be a JSON object (one case)",
        "sq": "duhet të jetë objekt JSON (një rast)",
        "sr-Latn": "mora biti JSON objekat (jedan predmet)",
        "sr-Cyrl": "мора бити JSON објекат (један предмет)",
    },
    "domain.not_a_case_object.sentence": _WRONG_SHAPE,
    "domain.not_an_object_list": {
        "en": "must be a list of objects with keys {keys:list}",
        "sq": "duhet të jetë listë objektesh me çelësat {keys:list}",
        "sr-Latn": "mora biti lista objekata sa ključevima {keys:list}",
    },
    "domain.not_an_object_list.sentence": _WRONG_SHAPE,
    "domain.unknown_key": {"en": "unknown key", "sq": "çelës i panjohur", "sr-Latn": "nepoznat ključ"},
    "domain.unknown_key.sentence": {
        "en": "This field is not part of the case format.",
        "sq": "Kjo fushë nuk është pjesë e formatit të rastit.",
        "sr-Latn": "Ovo polje nije deo formata predmeta.",
    },
    "domain.required": {"en": "is required", "sq": "fushë e detyrueshme", "sr-Latn": "obavezno polje"},
    "domain.required.sentence": {"en": "Required.", "sq": "E detyrueshme.", "sr-Latn": "Obavezno."},
    "domain.not_text": {
        "en": "must be text, not {kind}",
        "sq": "duhet të jetë tekst, jo {kind}",
        "sr-Latn": "mora biti tekst, a ne {kind}",
    },
    "domain.not_text.sentence": {"en": "Must be text.", "sq": "Duhet të jetë tekst.", "sr-Latn": "Mora biti tekst."},
    "domain.too_long": {
        "en": "is longer than {limit} characters",
        "sq": "ka më shumë se {limit} shenja",
        "sr-Latn": "ima više od {limit} znakova",
    },
    "domain.too_long.sentence": {
        "en": "Too long: at most {limit} characters.",
        "sq": "Shumë i gjatë: më së shumti {limit} shenja.",
        "sr-Latn": "Predugačko: najviše {limit} znakova.",
    },
    "domain.control_characters": {
        "en": "contains control characters",
        "sq": "përmban shenja kontrolli",
        "sr-Latn": "sadrži kontrolne znakove",
    },
    "domain.control_characters.sentence": {
        "en": "Contains invisible control characters; retype it.",
        "sq": "Përmban shenja të padukshme kontrolli; rishkruajeni.",
        "sr-Latn": "Sadrži nevidljive kontrolne znakove; otkucajte ponovo.",
    },
    "domain.unknown_code": {
        "en": "{value!r} is not a known code",
        "sq": "{value!r} nuk është kod i njohur",
        "sr-Latn": "{value!r} nije poznata šifra",
    },
    "domain.unknown_code.sentence": _NOT_IN_LIST,
    "domain.not_a_code_list": {
        "en": "must be a list of codes",
        "sq": "duhet të jetë listë kodesh",
        "sr-Latn": "mora biti lista šifara",
    },
    "domain.not_a_code_list.sentence": {
        "en": "Must be a list of values from the code list.",
        "sq": "Duhet të jetë listë vlerash nga lista e kodeve.",
        "sr-Latn": "Mora biti lista vrednosti iz šifarnika.",
    },
    "domain.listed_twice": {
        "en": "{value!r} is listed twice",
        "sq": "{value!r} është shënuar dy herë",
        "sr-Latn": "{value!r} je navedeno dva puta",
    },
    "domain.listed_twice.sentence": {
        "en": "{value!r} is listed twice.",
        "sq": "{value!r} është shënuar dy herë.",
        "sr-Latn": "{value!r} je navedeno dva puta.",
    },
    "domain.not_a_boolean": {
        "en": "must be true or false",
        "sq": "duhet të jetë po ose jo (true ose false)",
        "sr-Latn": "mora biti da ili ne (true ili false)",
        "sr-Cyrl": "мора бити да или не (true или false)",
    },
    "domain.not_a_boolean.sentence": _YES_OR_NO,
    "domain.unknown_format": {
        "en": "{value!r} is not a supported format",
        "sq": "{value!r} nuk është format i mbështetur",
        "sr-Latn": "{value!r} nije podržan format",
    },
    "domain.unknown_format.sentence": {
        "en": "{value!r} is not a supported format.",
        "sq": "{value!r} nuk është format i mbështetur.",
        "sr-Latn": "{value!r} nije podržan format.",
    },
    "domain.not_a_uuid": {
        "en": "{value!r} is not a UUID",
        "sq": "{value!r} nuk është UUID",
        "sr-Latn": "{value!r} nije UUID",
        "sr-Cyrl": "{value!r} није UUID",
    },
    "domain.not_a_uuid.sentence": {
        "en": "{value!r} is not a valid case id.",
        "sq": "{value!r} nuk është identifikues i vlefshëm rasti.",
        "sr-Latn": "{value!r} nije ispravna oznaka predmeta.",
    },
    "domain.not_a_case_number": {
        "en": "{value!r} is not a case number like {example}",
        "sq": "{value!r} nuk është numër rasti si {example}",
        "sr-Latn": "{value!r} nije broj predmeta poput {example}",
    },
    "domain.not_a_case_number.sentence": {
        "en": "{value!r} is not a case number like {example}.",
        "sq": "{value!r} nuk është numër rasti si {example}.",
        "sr-Latn": "{value!r} nije broj predmeta poput {example}.",
    },
    # The case type is named by its code, as the file being checked has it.
    "domain.not_a_state": {
        "en": "{value!r} is not a state of a {case_type} case",
        "sq": "{value!r} nuk është status i rasteve të llojit {case_type}",
        "sr-Latn": "{value!r} nije status predmeta vrste {case_type}",
    },
    "domain.not_a_state.sentence": {
        "en": "{value!r} is not a status this type of case can have.",
        "sq": "{value!r} nuk është status që mund ta ketë ky lloj rasti.",
        "sr-Latn": "{value!r} nije status koji ova vrsta predmeta može imati.",
    },
    "domain.consent_date_required": {
        "en": "is required when any consent is given",
        "sq": "duhet plotësuar kur jepet ndonjë pëlqim",
        "sr-Latn": "obavezno je kada je data bilo koja saglasnost",
    },
    "domain.consent_date_required.sentence": {
        "en": "Write the date consent was recorded.",
        "sq": "Shkruani datën kur u regjistrua pëlqimi.",
        "sr-Latn": "Upišite datum kada je saglasnost zabeležena.",
    },
    "domain.unknown_municipality": {
        "en": "{value!r} is not a municipality code",
        "sq": "{value!r} nuk është kod komune",
        "sr-Latn": "{value!r} nije šifra opštine",
    },
    "domain.unknown_municipality.sentence": {
        "en": "{value!r} is not a municipality code.",
        "sq": "{value!r} nuk është kod komune.",
        "sr-Latn": "{value!r} nije šifra opštine.",
    },
    "domain.no_members": {
        "en": "at least one household member is required",
        "sq": "kërkohet të paktën një anëtar i familjes",
        "sr-Latn": "potreban je bar jedan član domaćinstva",
    },
    "domain.no_members.sentence": {
        "en": "Add at least one household member.",
        "sq": "Shtoni të paktën një anëtar të familjes.",
        "sr-Latn": "Dodajte bar jednog člana domaćinstva.",
    },
    "domain.too_many_members": {
        "en": "more than {max} members in one household",
        "sq": "më shumë se {max} anëtarë në një familje",
        "sr-Latn": "više od {max} članova u jednom domaćinstvu",
    },
    "domain.too_many_members.sentence": {
        "en": "More than {max} members in one household; split the case.",
        "sq": "Më shumë se {max} anëtarë në një familje; ndajeni rastin.",
        "sr-Latn": "Više od {max} članova u jednom domaćinstvu; podelite predmet.",
    },
    "domain.latin_script_cyrillic_name": {
        "en": "is 'Latn' but the name is written in Cyrillic",
        "sq": "është 'Latn' por emri është shkruar me cirilicë",
        "sr-Latn": "je 'Latn' ali je ime napisano ćirilicom",
        "sr-Cyrl": "је 'Latn' али је име написано ћирилицом",
    },
    "domain.latin_script_cyrillic_name.sentence": {
        "en": "The name is written in Cyrillic: choose the Cyrillic script.",
        "sq": "Emri është shkruar me cirilicë: zgjidhni alfabetin cirilik.",
        "sr-Latn": "Ime je napisano ćirilicom: izaberite ćirilicu.",
    },
    "domain.cyrillic_script_latin_name": {
        "en": "is 'Cyrl' but the name holds Latin letters",
        "sq": "është 'Cyrl' por emri përmban shkronja latine",
        "sr-Latn": "je 'Cyrl' ali ime sadrži latinična slova",
        "sr-Cyrl": "је 'Cyrl' али име садржи латинична слова",
    },
    "domain.cyrillic_script_latin_name.sentence": {
        "en": "The name holds Latin letters: choose the Latin script, or write it in Cyrillic only.",
        "sq": "Emri përmban shkronja latine: zgjidhni alfabetin latin, ose shkruajeni vetëm me cirilicë.",
        "sr-Latn": "Ime sadrži latinična slova: izaberite latinicu ili ga napišite samo ćirilicom.",
    },
    "domain.sensitive_without_consent": {
        "en": "is sensitive data: record sensitive-data consent (consent.sensitive_data) or leave it empty",
        "sq": "është e dhënë e ndjeshme: regjistroni pëlqimin për të dhëna të ndjeshme "
              "(consent.sensitive_data) ose lëreni bosh",
        "sr-Latn": "osetljiv je podatak: zabeležite saglasnost za osetljive podatke "
                   "(consent.sensitive_data) ili ostavite prazno",
        "sr-Cyrl": "осетљив је податак: забележите сагласност за осетљиве податке "
                   "(consent.sensitive_data) или оставите празно",
    },
    "domain.sensitive_without_consent.sentence": {
        "en": "Sensitive data: record sensitive-data consent first, or leave it empty.",
        "sq": "Të dhëna të ndjeshme: regjistroni më parë pëlqimin për të dhëna të ndjeshme, ose lëreni bosh.",
        "sr-Latn": "Osetljivi podaci: najpre zabeležite saglasnost za osetljive podatke ili ostavite prazno.",
    },
    "domain.personal_number": {
        "en": "must be 10 digits (Kosovo) or 13 digits (JMBG)",
        "sq": "duhet të ketë 10 shifra (Kosovë) ose 13 shifra (JMBG)",
        "sr-Latn": "mora imati 10 cifara (Kosovo) ili 13 cifara (JMBG)",
    },
    "domain.personal_number.sentence": {
        "en": "Must be 10 digits (Kosovo personal number) or 13 digits (JMBG).",
        "sq": "Duhet të ketë 10 shifra (numri personal i Kosovës) ose 13 shifra (JMBG).",
        "sr-Latn": "Mora imati 10 cifara (lični broj Kosova) ili 13 cifara (JMBG).",
    },
    "domain.no_head": {
        "en": "no member is the head of household; mark exactly one with relationship 'head'",
        "sq": "asnjë anëtar nuk është kryefamiljar; shënoni saktësisht njërin me lidhjen 'head'",
        "sr-Latn": "nijedan član nije nosilac domaćinstva; označite tačno jednog srodstvom 'head'",
        "sr-Cyrl": "ниједан члан није носилац домаћинства; означите тачно једног сродством 'head'",
    },
    "domain.no_head.sentence": {
        "en": "No member is the head of household: mark exactly one as head.",
        "sq": "Asnjë anëtar nuk është kryefamiljar: shënoni saktësisht një si kryefamiljar.",
        "sr-Latn": "Nijedan član nije nosilac domaćinstva: označite tačno jednog kao nosioca.",
    },
    # Members are counted from 0, as in the field paths (members[1]).
    "domain.two_heads": {
        "en": "two heads of household (members {members:list}); exactly one is allowed",
        "sq": "dy kryefamiljarë (anëtarët {members:list}); lejohet saktësisht një",
        "sr-Latn": "dva nosioca domaćinstva (članovi {members:list}); dozvoljen je tačno jedan",
    },
    "domain.two_heads.sentence": {
        "en": "Two members are marked head of household: exactly one is allowed.",
        "sq": "Dy anëtarë janë shënuar si kryefamiljarë: lejohet saktësisht një.",
        "sr-Latn": "Dva člana su označena kao nosioci domaćinstva: dozvoljen je tačno jedan.",
    },
    "domain.needs_not_a_list": {
        "en": "must be a list of objects with category, priority and note",
        "sq": "duhet të jetë listë objektesh me category, priority dhe note",
        "sr-Latn": "mora biti lista objekata sa category, priority i note",
        "sr-Cyrl": "мора бити листа објеката са category, priority и note",
    },
    "domain.needs_not_a_list.sentence": _WRONG_SHAPE,
    "domain.need_listed_twice": {
        "en": "{value!r} is listed twice; put the details in one note",
        "sq": "{value!r} është shënuar dy herë; shkruani hollësitë në një shënim",
        "sr-Latn": "{value!r} je navedeno dva puta; upišite pojedinosti u jednu belešku",
    },
    "domain.need_listed_twice.sentence": {
        "en": "{value!r} is listed twice; keep one and put the details in its note.",
        "sq": "{value!r} është shënuar dy herë; mbani njërën dhe shkruani hollësitë në shënimin e saj.",
        "sr-Latn": "{value!r} je navedeno dva puta; zadržite jedno i upišite pojedinosti u njegovu belešku.",
    },
    "domain.not_allowed": {
        "en": "{value!r} is not allowed",
        "sq": "{value!r} nuk lejohet",
        "sr-Latn": "{value!r} nije dozvoljeno",
    },
    "domain.not_allowed.sentence": _NOT_IN_LIST,
    "domain.not_a_quantity": {
        "en": "must be a number, zero or more",
        "sq": "duhet të jetë numër, zero ose më shumë",
        "sr-Latn": "mora biti broj, nula ili više",
    },
    "domain.not_a_quantity.sentence": {
        "en": "Must be a number, zero or more.",
        "sq": "Duhet të jetë numër, zero ose më shumë.",
        "sr-Latn": "Mora biti broj, nula ili više.",
    },
    "domain.unknown_service": {
        "en": "{value!r} is not a known service",
        "sq": "{value!r} nuk është shërbim i njohur",
        "sr-Latn": "{value!r} nije poznata služba",
    },
    "domain.unknown_service.sentence": _NOT_IN_LIST,
    "domain.notes_not_a_list": {
        "en": "must be a list of notes",
        "sq": "duhet të jetë listë shënimesh",
        "sr-Latn": "mora biti lista beležaka",
    },
    "domain.notes_not_a_list.sentence": _WRONG_SHAPE,

    # Problems of a CSV file's rows and header.
    "domain.csv.not_a_boolean": {
        "en": "{value!r} is not true or false",
        "sq": "{value!r} nuk është po ose jo",
        "sr-Latn": "{value!r} nije da ili ne",
    },
    "domain.csv.not_a_boolean.sentence": _YES_OR_NO,
    "domain.csv.unknown_column": {"en": "unknown column", "sq": "kolonë e panjohur", "sr-Latn": "nepoznata kolona"},
    "domain.csv.unknown_column.sentence": {
        "en": "This column is not part of the case format.",
        "sq": "Kjo kolonë nuk është pjesë e formatit të rastit.",
        "sr-Latn": "Ova kolona nije deo formata predmeta.",
    },
    "domain.csv.missing_column": {
        "en": "required column is missing",
        "sq": "mungon kolona e detyrueshme",
        "sr-Latn": "nedostaje obavezna kolona",
    },
    "domain.csv.missing_column.sentence": {
        "en": "This required column is missing.",
        "sq": "Mungon kjo kolonë e detyrueshme.",
        "sr-Latn": "Nedostaje ova obavezna kolona.",
    },
    "domain.csv.extra_cells": {
        "en": "has more cells than the header has columns",
        "sq": "ka më shumë qeliza se sa kolona ka koka",
        "sr-Latn": "ima više ćelija nego što zaglavlje ima kolona",
    },
    "domain.csv.extra_cells.sentence": {
        "en": "This row has more cells than the header has columns.",
        "sq": "Ky rresht ka më shumë qeliza se sa kolona ka koka.",
        "sr-Latn": "Ovaj red ima više ćelija nego što zaglavlje ima kolona.",
    },
    "domain.csv.case_ref_required": {
        "en": "is required: it groups the rows of one case",
        "sq": "duhet plotësuar: grupon rreshtat e një rasti",
        "sr-Latn": "obavezno je: grupiše redove jednog predmeta",
    },
    "domain.csv.case_ref_required.sentence": {
        "en": "Required: it groups the rows of one case.",
        "sq": "E detyrueshme: grupon rreshtat e një rasti.",
        "sr-Latn": "Obavezno: grupiše redove jednog predmeta.",
    },
    "domain.csv.differs": {
        "en": "differs from row {row} of the same case_ref",
        "sq": "ndryshon nga rreshti {row} me të njëjtin case_ref",
        "sr-Latn": "razlikuje se od reda {row} sa istim case_ref",
        "sr-Cyrl": "разликује се од реда {row} са истим case_ref",
    },
    "domain.csv.differs.sentence": {
        "en": "Differs from row {row} of the same case.",
        "sq": "Ndryshon nga rreshti {row} i të njëjtit rast.",
        "sr-Latn": "Razlikuje se od reda {row} istog predmeta.",
    },

    # Dates as field work writes them.
    "domain.date.partial_format": {
        "en": "must be YYYY, YYYY-MM or YYYY-MM-DD",
        "sq": "duhet të jetë VVVV, VVVV-MM ose VVVV-MM-DD",
        "sr-Latn": "mora biti GGGG, GGGG-MM ili GGGG-MM-DD",
    },
    "domain.date.partial_format.sentence": {
        "en": "Write the year (1968), year and month (1968-03) or the full date (1968-03-21).",
        "sq": "Shkruani vitin (1968), vitin dhe muajin (1968-03) ose datën e plotë (1968-03-21).",
        "sr-Latn": "Upišite godinu (1968), godinu i mesec (1968-03) ili pun datum (1968-03-21).",
    },
    "domain.date.full_format": {
        "en": "must be a date written YYYY-MM-DD",
        "sq": "duhet të jetë datë e shkruar VVVV-MM-DD",
        "sr-Latn": "mora biti datum napisan kao GGGG-MM-DD",
    },
    "domain.date.full_format.sentence": {
        "en": "Write the full date as year-month-day, for example 2026-11-20.",
        "sq": "Shkruani datën e plotë si vit-muaj-ditë, për shembull 2026-11-20.",
        "sr-Latn": "Upišite pun datum kao godina-mesec-dan, na primer 2026-11-20.",
    },
    "domain.date.year_too_early": {
        "en": "year {year} is before {earliest}",
        "sq": "viti {year} është para vitit {earliest}",
        "sr-Latn": "godina {year} je pre {earliest}",
    },
    "domain.date.year_too_early.sentence": {
        "en": "The year {year} is before {earliest}; check it.",
        "sq": "Viti {year} është para vitit {earliest}; kontrollojeni.",
        "sr-Latn": "Godina {year} je pre {earliest}; proverite je.",
    },
    "domain.date.not_in_calendar": {
        "en": "'{value}' is not a date in the calendar",
        "sq": "'{value}' nuk është datë e kalendarit",
        "sr-Latn": "'{value}' nije datum iz kalendara",
    },
    "domain.date.not_in_calendar.sentence": {
        "en": "{value} is not a date in the calendar.",
        "sq": "{value} nuk është datë e kalendarit.",
        "sr-Latn": "{value} nije datum iz kalendara.",
    },
    "domain.date.future": {
        "en": "'{value}' is in the future",
        "sq": "'{value}' është në të ardhmen",
        "sr-Latn": "'{value}' je u budućnosti",
    },
    "domain.date.future.sentence": {
        "en": "{value} is in the future.",
        "sq": "{value} është në të ardhmen.",
        "sr-Latn": "{value} je u budućnosti.",
    },

    # A case file that cannot be read as a whole.
    "domain.file.no_type": {
        "en": "{name}: unknown file type 'none'; import a .json, .jsonl or .csv file.",
        "sq": "{name}: lloj i panjohur skedari (pa prapashtesë); importoni një skedar .json, .jsonl ose .csv.",
        "sr-Latn": "{name}: nepoznata vrsta datoteke (bez nastavka); uvezite datoteku .json, .jsonl ili .csv.",
        "sr-Cyrl": "{name}: непозната врста датотеке (без наставка); увезите датотеку .json, .jsonl или .csv.",
    },
    "domain.file.unknown_type": {
        "en": "{name}: unknown file type '{suffix}'; import a .json, .jsonl or .csv file.",
        "sq": "{name}: lloj i panjohur skedari '{suffix}'; importoni një skedar .json, .jsonl ose .csv.",
        "sr-Latn": "{name}: nepoznata vrsta datoteke '{suffix}'; uvezite datoteku .json, .jsonl ili .csv.",
        "sr-Cyrl": "{name}: непозната врста датотеке '{suffix}'; увезите датотеку .json, .jsonl или .csv.",
    },
    "domain.file.too_large": {
        "en": "{name} is larger than {mb} MB; split it into smaller files.",
        "sq": "{name} është më i madh se {mb} MB; ndajeni në skedarë më të vegjël.",
        "sr-Latn": "{name} je veća od {mb} MB; podelite je na manje datoteke.",
        "sr-Cyrl": "{name} је већа од {mb} MB; поделите је на мање датотеке.",
    },
    "domain.file.missing": {
        "en": "{path} does not exist; check the path.",
        "sq": "{path} nuk ekziston; kontrolloni shtegun.",
        "sr-Latn": "{path} ne postoji; proverite putanju.",
    },
    "domain.file.is_a_folder": {
        "en": "{path} is a folder; give the path of a file.",
        "sq": "{path} është dosje; jepni shtegun e një skedari.",
        "sr-Latn": "{path} je fascikla; navedite putanju datoteke.",
    },
    "domain.file.no_permission": {
        "en": "{path} cannot be read (permission denied).",
        "sq": "{path} nuk mund të lexohet (nuk ka leje).",
        "sr-Latn": "{path} ne može da se pročita (pristup nije dozvoljen).",
    },
    "domain.file.empty": {
        "en": "{name} is empty: there is nothing to import.",
        "sq": "{name} është bosh: nuk ka çfarë të importohet.",
        "sr-Latn": "{name} je prazna: nema šta da se uveze.",
    },
    "domain.file.not_utf8": {
        "en": "{name} is not UTF-8 text (bad byte at offset {offset}); save it as UTF-8 and try again.",
        "sq": "{name} nuk është tekst UTF-8 (bajt i gabuar në pozicionin {offset}); "
              "ruajeni si UTF-8 dhe provoni përsëri.",
        "sr-Latn": "{name} nije UTF-8 tekst (neispravan bajt na poziciji {offset}); "
                   "sačuvajte je kao UTF-8 i pokušajte ponovo.",
        "sr-Cyrl": "{name} није UTF-8 текст (неисправан бајт на позицији {offset}); "
                   "сачувајте је као UTF-8 и покушајте поново.",
    },
    "domain.file.csv_encoding": {
        "en": "{name} is not UTF-8, Windows-1250 or Windows-1252 text; save it as \"CSV UTF-8\" and try again.",
        "sq": "{name} nuk është tekst UTF-8, Windows-1250 apo Windows-1252; "
              "ruajeni si \"CSV UTF-8\" dhe provoni përsëri.",
        "sr-Latn": "{name} nije tekst u kodiranju UTF-8, Windows-1250 ili Windows-1252; "
                   "sačuvajte je kao \"CSV UTF-8\" i pokušajte ponovo.",
        "sr-Cyrl": "{name} није текст у кодирању UTF-8, Windows-1250 или Windows-1252; "
                   "сачувајте је као \"CSV UTF-8\" и покушајте поново.",
    },
    "domain.file.csv_labelled": {
        "en": "{name} has labels for column names (an export to read); import a file exported "
              "without --labels.",
        "sq": "{name} ka etiketa në vend të emrave të kolonave (eksport për lexim); importoni "
              "një skedar të eksportuar pa --labels.",
        "sr-Latn": "{name} umesto imena kolona ima nazive (izvoz za čitanje); uvezite datoteku "
                   "izvezenu bez --labels.",
        "sr-Cyrl": "{name} уместо имена колона има називе (извоз за читање); увезите датотеку "
                   "извезену без --labels.",
    },
    "domain.file.nul_bytes": {
        "en": "{name} is not a text file (it contains NUL bytes).",
        "sq": "{name} nuk është skedar teksti (përmban bajte NUL).",
        "sr-Latn": "{name} nije tekstualna datoteka (sadrži NUL bajtove).",
        "sr-Cyrl": "{name} није текстуална датотека (садржи NUL бајтове).",
    },
    # kind: the JSON value found, as Python names its type (dict, list, str, int).
    "domain.file.json_not_an_array": {
        "en": "{name} must hold a JSON array of cases, not a {kind}.",
        "sq": "{name} duhet të përmbajë një varg JSON me raste, jo {kind}.",
        "sr-Latn": "{name} mora da sadrži JSON niz predmeta, a ne {kind}.",
        "sr-Cyrl": "{name} мора да садржи JSON низ предмета, а не {kind}.",
    },
    "domain.file.json_empty_array": {
        "en": "{name} holds an empty array: there is nothing to import.",
        "sq": "{name} përmban një varg bosh: nuk ka çfarë të importohet.",
        "sr-Latn": "{name} sadrži prazan niz: nema šta da se uveze.",
    },
    # detail: what the JSON reader found, in its own (English) words.
    "domain.file.json_invalid": {
        "en": "{name} is not valid JSON (line {line}, column {column}: {detail}).",
        "sq": "{name} nuk është JSON i vlefshëm (rreshti {line}, kolona {column}: {detail}).",
        "sr-Latn": "{name} nije ispravan JSON (red {line}, kolona {column}: {detail}).",
        "sr-Cyrl": "{name} није исправан JSON (ред {line}, колона {column}: {detail}).",
    },
    "domain.file.jsonl_invalid": {
        "en": "{name}, line {line} is not valid JSON (column {column}: {detail}).",
        "sq": "{name}, rreshti {line} nuk është JSON i vlefshëm (kolona {column}: {detail}).",
        "sr-Latn": "{name}, red {line} nije ispravan JSON (kolona {column}: {detail}).",
        "sr-Cyrl": "{name}, ред {line} није исправан JSON (колона {column}: {detail}).",
    },
    "domain.file.no_cases": {
        "en": "{name} holds no cases: there is nothing to import.",
        "sq": "{name} nuk përmban asnjë rast: nuk ka çfarë të importohet.",
        "sr-Latn": "{name} ne sadrži nijedan predmet: nema šta da se uveze.",
    },
    "domain.file.csv_invalid": {
        "en": "{name} is not valid CSV ({detail}).",
        "sq": "{name} nuk është CSV i vlefshëm ({detail}).",
        "sr-Latn": "{name} nije ispravan CSV ({detail}).",
        "sr-Cyrl": "{name} није исправан CSV ({detail}).",
    },
    "domain.file.no_rows": {
        "en": "{name} holds no rows: there is nothing to import.",
        "sq": "{name} nuk përmban asnjë rresht: nuk ka çfarë të importohet.",
        "sr-Latn": "{name} ne sadrži nijedan red: nema šta da se uveze.",
    },

    # Workflow moves that the rules refuse; states, case types and roles by their labels.
    "domain.workflow.not_a_move": {
        "en": "a {case_type:case_type} case cannot go from '{source:status}' to '{target:status}'; "
              "from '{source:status}' it can go to: {allowed:list}",
        "sq": "një rast i llojit “{case_type:case_type}” nuk mund të kalojë nga “{source:status}” në "
              "“{target:status}”; nga “{source:status}” mund të kalojë në: {allowed:list}",
        "sr-Latn": "predmet vrste „{case_type:case_type}“ ne može da pređe iz „{source:status}“ u "
                   "„{target:status}“; iz „{source:status}“ može da pređe u: {allowed:list}",
    },
    "domain.workflow.not_your_move": {
        "en": "moving a case from '{source:status}' to '{target:status}' is for: {roles:list}",
        "sq": "kalimi i një rasti nga “{source:status}” në “{target:status}” u takon vetëm këtyre roleve: "
              "{roles:list}",
        "sr-Latn": "prebacivanje predmeta iz „{source:status}“ u „{target:status}“ dozvoljeno je samo ulogama: "
                   "{roles:list}",
    },
    "domain.workflow.needs_comment": {
        "en": "moving a case to '{target:status}' needs a comment (--comment) saying why",
        "sq": "kalimi i një rasti në “{target:status}” kërkon një koment (--comment) që tregon arsyen",
        "sr-Latn": "za prebacivanje predmeta u „{target:status}“ potreban je komentar (--comment) sa obrazloženjem",
        "sr-Cyrl": "за пребацивање предмета у „{target:status}“ потребан је коментар (--comment) са образложењем",
    },
    "domain.workflow.state": {"en": "{code:status}", "sq": "{code:status}", "sr-Latn": "{code:status}"},
    "domain.workflow.role": {"en": "{code:role}", "sq": "{code:role}", "sr-Latn": "{code:role}"},
    "domain.workflow.nowhere": {"en": "none", "sq": "askund", "sr-Latn": "nigde"},
}
