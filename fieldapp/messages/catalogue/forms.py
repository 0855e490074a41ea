"""Messages of the PDF forms: id → {"en": …, "sq": …, "sr-Latn": …} (Cyrillic derived)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "forms.bad_languages": {
        "en": "'{spec}' is not a language choice for a form ({reason}).",
        "sq": "'{spec}' nuk është zgjedhje gjuhe për një formular ({reason}).",
        "sr-Latn": "'{spec}' nije izbor jezika za obrazac ({reason}).",
    },
    "forms.bad_language_choice": {
        "en": "'{spec}' is not a language choice for a form: a form is printed in Albanian and Serbian in one script: use sq+sr-Latn or sq+sr-Cyrl (add +en for English).",
        "sq": "'{spec}' nuk është zgjedhje gjuhe për një formular: formulari shtypet në shqip dhe serbisht me një alfabet: përdorni sq+sr-Latn ose sq+sr-Cyrl (shtoni +en për anglisht).",
        "sr-Latn": "'{spec}' nije izbor jezika za obrazac: obrazac se štampa na albanskom i srpskom jednim pismom: koristite sq+sr-Latn ili sq+sr-Cyrl (dodajte +en za engleski).",
        "sr-Cyrl": "'{spec}' није избор језика за образац: образац се штампа на албанском и српском једним писмом: користите sq+sr-Latn или sq+sr-Cyrl (додајте +en за енглески).",
    },
    "forms.unknown_form": {
        "en": "'{form}' is not a form; use one of {forms:list}.",
        "sq": "'{form}' nuk është formular; përdorni njërin nga {forms:list}.",
        "sr-Latn": "'{form}' nije obrazac; koristite jedan od sledećih: {forms:list}.",
    },
    "forms.unsaved_case": {
        "en": "The case has no id or revision yet; save it before printing a form.",
        "sq": "Rasti nuk ka ende identifikues ose version; ruajeni para se të shtypni një formular.",
        "sr-Latn": "Predmet još nema identifikator ni verziju; sačuvajte ga pre štampanja obrasca.",
    },
    "forms.logo_too_large": {
        "en": "The logo {path} is larger than 5 MB; use a smaller image.",
        "sq": "Logoja {path} është më e madhe se 5 MB; përdorni një imazh më të vogël.",
        "sr-Latn": "Logo {path} je veći od 5 MB; koristite manju sliku.",
    },
    "forms.logo_missing": {
        "en": "The logo file {path} does not exist.",
        "sq": "Skedari i logos {path} nuk ekziston.",
        "sr-Latn": "Datoteka logotipa {path} ne postoji.",
    },
    "forms.logo_unreadable": {
        "en": "{path} is not an image FieldApp can read; use a PNG or JPEG file.",
        "sq": "{path} nuk është imazh që FieldApp mund ta lexojë; përdorni një skedar PNG ose JPEG.",
        "sr-Latn": "{path} nije slika koju FieldApp može da pročita; koristite PNG ili JPEG datoteku.",
        "sr-Cyrl": "{path} није слика коју FieldApp може да прочита; користите PNG или JPEG датотеку.",
    },
    "forms.office_name_invalid": {
        "en": "The office name must be at most 200 printable characters.",
        "sq": "Emri i zyrës duhet të ketë më së shumti 200 shenja të shtypshme.",
        "sr-Latn": "Naziv kancelarije može imati najviše 200 znakova koji se mogu odštampati.",
    },
    "forms.pdf_is_folder": {
        "en": "{path} is a folder; give a file name for the PDF.",
        "sq": "{path} është dosje; jepni një emër skedari për PDF-në.",
        "sr-Latn": "{path} je fascikla; navedite ime datoteke za PDF.",
    },
    "forms.batch_folder_missing": {
        "en": "The folder {path} does not exist; create it or choose another.",
        "sq": "Dosja {path} nuk ekziston; krijojeni ose zgjidhni një tjetër.",
        "sr-Latn": "Fascikla {path} ne postoji; napravite je ili izaberite drugu.",
    },
    "forms.verify.folder": {
        "en": "{path} is a folder, not a PDF file.",
        "sq": "{path} është dosje, jo skedar PDF.",
        "sr-Latn": "{path} je fascikla, a ne PDF datoteka.",
    },
    "forms.verify.missing": {
        "en": "{path} does not exist; check the file name.",
        "sq": "{path} nuk ekziston; kontrolloni emrin e skedarit.",
        "sr-Latn": "{path} ne postoji; proverite ime datoteke.",
    },
    "forms.verify.permission": {
        "en": "{path} cannot be read (permission denied).",
        "sq": "{path} nuk mund të lexohet (leja u refuzua).",
        "sr-Latn": "{path} ne može da se pročita (pristup odbijen).",
    },
    "forms.verify.not_pdf": {
        "en": "{path} is not a PDF file, so it is not a FieldApp form.",
        "sq": "{path} nuk është skedar PDF, prandaj nuk është formular i FieldApp.",
        "sr-Latn": "{path} nije PDF datoteka, pa nije obrazac aplikacije FieldApp.",
        "sr-Cyrl": "{path} није PDF датотека, па није образац апликације FieldApp.",
    },
    "forms.verify.too_large": {
        "en": "{path} is too large to be a FieldApp form.",
        "sq": "{path} është shumë i madh për të qenë formular i FieldApp.",
        "sr-Latn": "{path} je prevelik da bi bio obrazac aplikacije FieldApp.",
        "sr-Cyrl": "{path} је превелик да би био образац апликације FieldApp.",
    },
    "forms.verify.truncated": {
        "en": "{path} is damaged (the end of the file is missing); print the form again from the case.",
        "sq": "{path} është i dëmtuar (mungon fundi i skedarit); shtypeni formularin përsëri nga rasti.",
        "sr-Latn": "{path} je oštećen (nedostaje kraj datoteke); odštampajte obrazac ponovo iz predmeta.",
    },
    "forms.verify.encrypted": {
        "en": "{path} is an encrypted PDF; FieldApp forms are never encrypted, so it is not one of ours.",
        "sq": "{path} është PDF i enkriptuar; formularët e FieldApp nuk enkriptohen kurrë, prandaj nuk është i yni.",
        "sr-Latn": "{path} je šifrovan PDF; obrasci aplikacije FieldApp nikad nisu šifrovani, pa nije naš.",
        "sr-Cyrl": "{path} је шифрован PDF; обрасци апликације FieldApp никад нису шифровани, па није наш.",
    },
    "forms.verify.unreadable": {
        "en": "{path} is damaged and cannot be read as a PDF; print the form again from the case.",
        "sq": "{path} është i dëmtuar dhe nuk mund të lexohet si PDF; shtypeni formularin përsëri nga rasti.",
        "sr-Latn": "{path} je oštećen i ne može se pročitati kao PDF; odštampajte obrazac ponovo iz predmeta.",
        "sr-Cyrl": "{path} је оштећен и не може се прочитати као PDF; одштампајте образац поново из предмета.",
    },
    "forms.verify.no_pages": {
        "en": "{path} is damaged (it has no pages).",
        "sq": "{path} është i dëmtuar (nuk ka faqe).",
        "sr-Latn": "{path} je oštećen (nema stranica).",
    },
    "forms.verify.blank": {
        "en": "{path} is a blank '{form}' form for filling in by hand; it holds no case record to check.",
        "sq": "{path} është formular bosh '{form}' për t'u plotësuar me dorë; nuk përmban asnjë rast për t'u kontrolluar.",
        "sr-Latn": "{path} je prazan obrazac '{form}' za popunjavanje rukom; ne sadrži predmet koji bi se proverio.",
    },
    "forms.verify.no_payload": {
        "en": "{path} is not a FieldApp form (it carries no verification data).",
        "sq": "{path} nuk është formular i FieldApp (nuk mbart të dhëna verifikimi).",
        "sr-Latn": "{path} nije obrazac aplikacije FieldApp (ne nosi podatke za proveru).",
        "sr-Cyrl": "{path} није образац апликације FieldApp (не носи податке за проверу).",
    },
    "forms.verify.bad_payload": {
        "en": "{path} is not a FieldApp form, or its verification data is damaged.",
        "sq": "{path} nuk është formular i FieldApp, ose të dhënat e verifikimit janë të dëmtuara.",
        "sr-Latn": "{path} nije obrazac aplikacije FieldApp ili su njegovi podaci za proveru oštećeni.",
        "sr-Cyrl": "{path} није образац апликације FieldApp или су његови подаци за проверу оштећени.",
    },
    "forms.batch_case_missing": {
        "en": "No case '{ref}' in this workspace; nothing was written. 'fieldapp case list' shows the case numbers.",
        "sq": "Nuk ka rast '{ref}' në këtë hapësirë pune; asgjë nuk u shkrua. 'fieldapp case list' tregon numrat e rasteve.",
        "sr-Latn": "Nema predmeta '{ref}' u ovom radnom prostoru; ništa nije upisano. 'fieldapp case list' prikazuje brojeve predmeta.",
        "sr-Cyrl": "Нема предмета '{ref}' у овом радном простору; ништа није уписано. 'fieldapp case list' приказује бројеве предмета.",
    },
    "forms.batch_cases_missing": {
        "en": "No case '{ref}' in this workspace (and {more} more {more:plural=case|cases}); nothing was written. 'fieldapp case list' shows the case numbers.",
        "sq": "Nuk ka rast '{ref}' në këtë hapësirë pune (dhe {more} {more:plural=rast tjetër|raste të tjera}); asgjë nuk u shkrua. 'fieldapp case list' tregon numrat e rasteve.",
        "sr-Latn": "Nema predmeta '{ref}' u ovom radnom prostoru (i još {more} {more:plural=predmet|predmeta|predmeta}); ništa nije upisano. 'fieldapp case list' prikazuje brojeve predmeta.",
        "sr-Cyrl": "Нема предмета '{ref}' у овом радном простору (и још {more} {more:plural=предмет|предмета|предмета}); ништа није уписано. 'fieldapp case list' приказује бројеве предмета.",
    },
    "forms.font_missing": {
        "en": "The form font {path} is missing; reinstall FieldApp.",
        "sq": "Shkronja e formularëve {path} mungon; instaloni përsëri FieldApp.",
        "sr-Latn": "Font obrazaca {path} nedostaje; ponovo instalirajte FieldApp.",
        "sr-Cyrl": "Фонт образаца {path} недостаје; поново инсталирајте FieldApp.",
    },
    # Why a language choice for a form is refused (parse_langs); shown inside forms.bad_languages.
    "forms.langs.unknown": {
        "en": "'{lang}' is not a form language; use sq, sr-Latn, sr-Cyrl and en, joined with '+', e.g. sq+sr-Cyrl",
        "sq": "'{lang}' nuk është gjuhë formulari; përdorni sq, sr-Latn, sr-Cyrl dhe en, të bashkuara me '+', p.sh. sq+sr-Cyrl",
        "sr-Latn": "'{lang}' nije jezik obrasca; koristite sq, sr-Latn, sr-Cyrl i en, spojene znakom '+', npr. sq+sr-Cyrl",
        "sr-Cyrl": "'{lang}' није језик обрасца; користите sq, sr-Latn, sr-Cyrl и en, спојене знаком '+', нпр. sq+sr-Cyrl",
    },
    "forms.langs.twice": {
        "en": "a form language is given twice; write e.g. sq+sr-Latn",
        "sq": "një gjuhë e formularit është dhënë dy herë; shkruani p.sh. sq+sr-Latn",
        "sr-Latn": "jezik obrasca je naveden dvaput; napišite npr. sq+sr-Latn",
        "sr-Cyrl": "језик обрасца је наведен двапут; напишите нпр. sq+sr-Latn",
    },
    "forms.langs.one_script": {
        "en": "a form is printed in Albanian and Serbian in one script: use sq+sr-Latn or sq+sr-Cyrl (add +en for English)",
        "sq": "formulari shtypet në shqip dhe serbisht me një alfabet: përdorni sq+sr-Latn ose sq+sr-Cyrl (shtoni +en për anglisht)",
        "sr-Latn": "obrazac se štampa na albanskom i srpskom jednim pismom: koristite sq+sr-Latn ili sq+sr-Cyrl (dodajte +en za engleski)",
        "sr-Cyrl": "образац се штампа на албанском и српском једним писмом: користите sq+sr-Latn или sq+sr-Cyrl (додајте +en за енглески)",
    },
    # What 'form verify' (and the desktop app's check) says about a printed form.
    "forms.result.unknown": {
        "en": "unknown: the '{form}' form names case {case}, which is not in this workspace.",
        "sq": "i panjohur: formulari '{form}' i përket rastit {case}, i cili nuk është në këtë hapësirë pune.",
        "sr-Latn": "nepoznat: obrazac '{form}' odnosi se na predmet {case}, koji nije u ovom radnom prostoru.",
    },
    "forms.result.matches": {
        "en": "matches: the '{form}' form of case {case}, printed at revision {printed}, matches the record.",
        "sq": "përputhet: formulari '{form}' i rastit {case}, i shtypur në versionin {printed}, përputhet me regjistrin.",
        "sr-Latn": "odgovara: obrazac '{form}' predmeta {case}, odštampan u verziji {printed}, odgovara evidenciji.",
    },
    "forms.result.matches_since": {
        "en": "matches: the '{form}' form of case {case}, printed at revision {printed}, matches the record (the case is now at revision {current}, but nothing on this form changed).",
        "sq": "përputhet: formulari '{form}' i rastit {case}, i shtypur në versionin {printed}, përputhet me regjistrin (rasti tani është në versionin {current}, por asgjë në këtë formular nuk ka ndryshuar).",
        "sr-Latn": "odgovara: obrazac '{form}' predmeta {case}, odštampan u verziji {printed}, odgovara evidenciji (predmet je sada u verziji {current}, ali ništa na ovom obrascu nije promenjeno).",
    },
    "forms.result.changed": {
        "en": "changed: the '{form}' form of case {case} was printed at revision {printed}; the case is now at revision {current} and has changed since printing in: {sections}. Print it again.",
        "sq": "ndryshuar: formulari '{form}' i rastit {case} u shtyp në versionin {printed}; rasti tani është në versionin {current} dhe që nga shtypja ka ndryshuar në: {sections}. Shtypeni përsëri.",
        "sr-Latn": "promenjeno: obrazac '{form}' predmeta {case} odštampan je u verziji {printed}; predmet je sada u verziji {current} i od štampanja je promenjen u delovima: {sections}. Odštampajte ga ponovo.",
    },
    # The named sections of a form's content, as forms.result.changed lists them.
    "forms.section.case": {"en": "case details", "sq": "të dhënat e rastit", "sr-Latn": "podaci o predmetu"},
    "forms.section.household": {"en": "household members", "sq": "anëtarët e familjes", "sr-Latn": "članovi domaćinstva"},
    "forms.section.consent": {"en": "consent", "sq": "pëlqimi", "sr-Latn": "saglasnost"},
    "forms.section.interview": {"en": "interview", "sq": "intervista", "sr-Latn": "razgovor"},
    "forms.section.displacement": {"en": "displacement history", "sq": "historiku i zhvendosjes", "sr-Latn": "istorija raseljenja"},
    "forms.section.return": {"en": "intended place of return", "sq": "vendi i synuar i kthimit",
                             "sr-Latn": "mesto nameravanog povratka"},
    "forms.section.property": {"en": "property", "sq": "prona", "sr-Latn": "imovina"},
    "forms.section.needs": {"en": "needs", "sq": "nevojat", "sr-Latn": "potrebe"},
    "forms.section.documents": {"en": "documents attached", "sq": "dokumentet e bashkëngjitura", "sr-Latn": "priložena dokumenta"},
    "forms.section.vulnerabilities": {"en": "vulnerability flags and score", "sq": "shenjat e cenueshmërisë dhe pikët",
                                      "sr-Latn": "pokazatelji ranjivosti i bodovi"},
    "forms.section.narrative": {"en": "officer's narrative", "sq": "përshkrimi i zyrtarit", "sr-Latn": "zapažanja službenika"},
    "forms.section.assistance": {"en": "assistance items", "sq": "artikujt e asistencës", "sr-Latn": "stavke pomoći"},
    "forms.section.referrals": {"en": "referrals", "sq": "referimet", "sr-Latn": "upućivanja"},
    "forms.section.eligibility": {"en": "eligibility checklist", "sq": "lista e kontrollit të pranueshmërisë",
                                  "sr-Latn": "kontrolna lista podobnosti"},
    "forms.section.history": {"en": "case history", "sq": "historiku i rastit", "sr-Latn": "istorija predmeta"},
    "forms.section.notes": {"en": "notes", "sq": "shënimet", "sr-Latn": "beleške"},
    "forms.section.content": {"en": "its content", "sq": "përmbajtja e formularit", "sr-Latn": "sadržaj obrasca"},
}
