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
}
