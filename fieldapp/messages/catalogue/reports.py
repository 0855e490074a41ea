"""Messages of the reports: the summary's tables, the workbook's headers and the ``report``
commands of the laptop and HQ: id → {"en": …, "sq": …, "sr-Latn": …} (Cyrillic derived).

Ids: ``reports.``. Numbers that are not amounts (years, months) are passed as text.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- filters -------------------------------------------------------------------------------
    "reports.unknown_municipality": {
        "en": "'{code}' is not a municipality code; use the two-digit code (01 to 38).",
        "sq": "'{code}' nuk është kod komune; përdorni kodin me dy shifra (01 deri 38).",
        "sr-Latn": "'{code}' nije šifra opštine; koristite dvocifrenu šifru (01 do 38).",
    },
    "reports.unknown_case_type": {
        "en": "'{code}' is not a case type; use one of {allowed}.",
        "sq": "'{code}' nuk është lloj rasti; përdorni njërin nga: {allowed}.",
        "sr-Latn": "'{code}' nije vrsta predmeta; koristite jednu od: {allowed}.",
    },
    "reports.period_backwards": {
        "en": "The period starts on {date_from}, after it ends on {date_to}; swap the dates.",
        "sq": "Periudha fillon më {date_from}, pasi mbaron më {date_to}; ndërroni datat.",
        "sr-Latn": "Period počinje {date_from}, posle svog kraja {date_to}; zamenite datume.",
    },
    "reports.bad_date": {
        "en": "'{value}' is not a date; write it as YYYY-MM-DD (2026-11-30).",
        "sq": "'{value}' nuk është datë; shkruajeni si VVVV-MM-DD (2026-11-30).",
        "sr-Latn": "'{value}' nije datum; napišite ga kao GGGG-MM-DD (2026-11-30).",
    },
    # --- the summary -----------------------------------------------------------------------------
    "reports.summary.title": {
        "en": "Caseload summary",
        "sq": "Përmbledhja e rasteve",
        "sr-Latn": "Pregled predmeta",
    },
    "reports.section.totals": {"en": "Totals", "sq": "Gjithsej", "sr-Latn": "Ukupno"},
    "reports.section.status": {"en": "Status", "sq": "Statusi", "sr-Latn": "Status"},
    "reports.section.municipality": {"en": "Municipality", "sq": "Komuna", "sr-Latn": "Opština"},
    "reports.section.settlement": {
        "en": "Settlement of return", "sq": "Vendbanimi i kthimit", "sr-Latn": "Naselje povratka",
    },
    "reports.section.case_type": {"en": "Case type", "sq": "Lloji i rastit", "sr-Latn": "Vrsta predmeta"},
    "reports.section.need": {"en": "Need", "sq": "Nevoja", "sr-Latn": "Potreba"},
    "reports.section.vulnerability": {"en": "Vulnerability", "sq": "Cenueshmëria",
                                      "sr-Latn": "Ranjivost"},
    "reports.section.community": {
        "en": "Community (head of household)", "sq": "Komuniteti (kryefamiljari)",
        "sr-Latn": "Zajednica (nosilac domaćinstva)",
    },
    "reports.section.members_by_community": {
        "en": "Community (household members)", "sq": "Komuniteti (anëtarët e familjes)",
        "sr-Latn": "Zajednica (članovi domaćinstva)",
    },
    "reports.section.returns": {"en": "Returns per month", "sq": "Kthimet sipas muajve",
                                "sr-Latn": "Povratci po mesecima"},
    "reports.section.assistance": {"en": "Assistance item", "sq": "Artikulli i asistencës",
                                   "sr-Latn": "Stavka pomoći"},
    "reports.section.donor": {"en": "Donor", "sq": "Donatori", "sr-Latn": "Donator"},
    "reports.section.project": {"en": "Project", "sq": "Projekti", "sr-Latn": "Projekat"},
    "reports.section.referrals": {"en": "Referral to", "sq": "Referimi te",
                                  "sr-Latn": "Upućivanje u"},
    "reports.col.measure": {"en": "Measure", "sq": "Treguesi", "sr-Latn": "Pokazatelj"},
    "reports.col.count": {"en": "Count", "sq": "Numri", "sr-Latn": "Broj"},
    "reports.col.households": {"en": "Households", "sq": "Familje", "sr-Latn": "Domaćinstva"},
    "reports.col.members": {"en": "Household members", "sq": "Anëtarë të familjes",
                            "sr-Latn": "Članovi domaćinstva"},
    "reports.col.people": {"en": "People", "sq": "Persona", "sr-Latn": "Osobe"},
    "reports.col.settlement": {"en": "Settlement", "sq": "Vendbanimi", "sr-Latn": "Naselje"},
    "reports.col.month": {"en": "Month", "sq": "Muaji", "sr-Latn": "Mesec"},
    "reports.col.planned": {"en": "Planned (households)", "sq": "Planifikuar (familje)",
                            "sr-Latn": "Planirano (domaćinstva)"},
    "reports.col.delivered": {"en": "Delivered (households)", "sq": "Dorëzuar (familje)",
                              "sr-Latn": "Isporučeno (domaćinstva)"},
    "reports.community.withheld": {
        "en": "Not recorded: no consent to sensitive data",
        "sq": "Pa të dhëna: pa pëlqim për të dhëna të ndjeshme",
        "sr-Latn": "Nije evidentirano: bez saglasnosti za osetljive podatke",
    },
    "reports.community.not_recorded": {
        "en": "Not recorded", "sq": "Pa të dhëna", "sr-Latn": "Nije evidentirano",
    },
    "reports.none_recorded": {"en": "(none recorded)", "sq": "(pa të dhëna)",
                              "sr-Latn": "(nije evidentirano)"},
    "reports.suppression_note": {
        "en": "Counts from 1 to 4 are shown as <{n}, so that no household can be recognised.",
        "sq": "Numrat nga 1 deri 4 shfaqen si <{n}, që asnjë familje të mos njihet.",
        "sr-Latn": "Brojevi od 1 do 4 prikazani su kao <{n}, da se nijedno domaćinstvo ne bi "
                   "prepoznalo.",
    },
    "reports.empty": {
        "en": "No cases to count.", "sq": "Nuk ka raste për t'u numëruar.",
        "sr-Latn": "Nema predmeta za brojanje.",
    },
    "reports.yes": {"en": "Yes", "sq": "Po", "sr-Latn": "Da"},
    "reports.no": {"en": "No", "sq": "Jo", "sr-Latn": "Ne"},
    # --- the workbook's columns --------------------------------------------------------------
    "reports.xlsx.case_number": {"en": "Case number", "sq": "Numri i rastit", "sr-Latn": "Broj predmeta"},
    "reports.xlsx.case_id": {"en": "Case id", "sq": "Identifikuesi i rastit",
                             "sr-Latn": "Identifikator predmeta"},
    "reports.xlsx.case_type": {"en": "Case type", "sq": "Lloji i rastit", "sr-Latn": "Vrsta predmeta"},
    "reports.xlsx.status": {"en": "Status", "sq": "Statusi", "sr-Latn": "Status"},
    "reports.xlsx.municipality": {"en": "Municipality of return", "sq": "Komuna e kthimit",
                                  "sr-Latn": "Opština povratka"},
    "reports.xlsx.settlement": {"en": "Settlement of return", "sq": "Vendbanimi i kthimit",
                                "sr-Latn": "Naselje povratka"},
    "reports.xlsx.head": {"en": "Head of household", "sq": "Kryefamiljari",
                          "sr-Latn": "Nosilac domaćinstva"},
    "reports.xlsx.members": {"en": "Members", "sq": "Anëtarë", "sr-Latn": "Članovi"},
    "reports.xlsx.score": {"en": "Vulnerability score", "sq": "Pikët e cenueshmërisë",
                           "sr-Latn": "Bodovi ranjivosti"},
    "reports.xlsx.displacement_category": {"en": "Displacement", "sq": "Zhvendosja",
                                           "sr-Latn": "Raseljenje"},
    "reports.xlsx.displaced_in": {"en": "Displaced in", "sq": "I zhvendosur në",
                                  "sr-Latn": "Raseljen u"},
    "reports.xlsx.displaced_since": {"en": "Displaced since", "sq": "I zhvendosur që nga",
                                     "sr-Latn": "Raseljen od"},
    "reports.xlsx.origin_municipality": {"en": "Municipality of origin", "sq": "Komuna e origjinës",
                                         "sr-Latn": "Opština porekla"},
    "reports.xlsx.origin_settlement": {"en": "Settlement of origin", "sq": "Vendbanimi i origjinës",
                                       "sr-Latn": "Naselje porekla"},
    "reports.xlsx.return_mode": {"en": "Return mode", "sq": "Mënyra e kthimit",
                                 "sr-Latn": "Način povratka"},
    "reports.xlsx.intention_registered_on": {
        "en": "Intention registered on", "sq": "Qëllimi u regjistrua më",
        "sr-Latn": "Namera evidentirana"},
    "reports.xlsx.interview_date": {"en": "Interview date", "sq": "Data e intervistës",
                                    "sr-Latn": "Datum razgovora"},
    "reports.xlsx.interview_language": {"en": "Interview language", "sq": "Gjuha e intervistës",
                                        "sr-Latn": "Jezik razgovora"},
    "reports.xlsx.tenure": {"en": "Property", "sq": "Prona", "sr-Latn": "Imovina"},
    "reports.xlsx.claim_number": {"en": "KPCVA claim number", "sq": "Numri i kërkesës në AKKVP",
                                  "sr-Latn": "Broj zahteva KAUPI"},
    "reports.xlsx.vulnerabilities": {"en": "Vulnerabilities", "sq": "Cenueshmëritë",
                                     "sr-Latn": "Ranjivosti"},
    "reports.xlsx.needs": {"en": "Needs", "sq": "Nevojat", "sr-Latn": "Potrebe"},
    "reports.xlsx.consent_processing": {"en": "Consent: processing", "sq": "Pëlqimi: përpunimi",
                                        "sr-Latn": "Saglasnost: obrada"},
    "reports.xlsx.consent_sharing": {"en": "Consent: sharing with partners",
                                     "sq": "Pëlqimi: ndarja me partnerët",
                                     "sr-Latn": "Saglasnost: deljenje sa partnerima"},
    "reports.xlsx.consent_sensitive": {"en": "Consent: sensitive data",
                                       "sq": "Pëlqimi: të dhënat e ndjeshme",
                                       "sr-Latn": "Saglasnost: osetljivi podaci"},
    "reports.xlsx.community": {"en": "Community", "sq": "Komuniteti", "sr-Latn": "Zajednica"},
    "reports.xlsx.owner": {"en": "Officer", "sq": "Zyrtari", "sr-Latn": "Službenik"},
    "reports.xlsx.created": {"en": "Created", "sq": "Krijuar", "sr-Latn": "Napravljeno"},
    "reports.xlsx.updated": {"en": "Last changed", "sq": "Ndryshuar së fundi",
                             "sr-Latn": "Poslednja promena"},
    "reports.xlsx.position": {"en": "No.", "sq": "Nr.", "sr-Latn": "Br."},
    "reports.xlsx.given_name": {"en": "Given name", "sq": "Emri", "sr-Latn": "Ime"},
    "reports.xlsx.family_name": {"en": "Family name", "sq": "Mbiemri", "sr-Latn": "Prezime"},
    "reports.xlsx.script": {"en": "Script", "sq": "Alfabeti", "sr-Latn": "Pismo"},
    "reports.xlsx.sex": {"en": "Sex", "sq": "Gjinia", "sr-Latn": "Pol"},
    "reports.xlsx.date_of_birth": {"en": "Date of birth", "sq": "Data e lindjes",
                                   "sr-Latn": "Datum rođenja"},
    "reports.xlsx.relationship": {"en": "Relationship to head", "sq": "Lidhja me kryefamiljarin",
                                  "sr-Latn": "Srodstvo sa nosiocem"},
    "reports.xlsx.personal_number": {"en": "Personal number", "sq": "Numri personal",
                                     "sr-Latn": "Lični broj"},
    "reports.xlsx.documents": {"en": "Documents", "sq": "Dokumentet", "sr-Latn": "Dokumenta"},
    "reports.xlsx.disability": {"en": "Disability", "sq": "Aftësi e kufizuar",
                                "sr-Latn": "Invaliditet"},
    "reports.xlsx.chronic_illness": {"en": "Chronic illness", "sq": "Sëmundje kronike",
                                     "sr-Latn": "Hronična bolest"},
    "reports.xlsx.education": {"en": "Education", "sq": "Arsimi", "sr-Latn": "Obrazovanje"},
    "reports.xlsx.occupation": {"en": "Occupation", "sq": "Profesioni", "sr-Latn": "Zanimanje"},
    "reports.xlsx.preferred_language": {"en": "Preferred language", "sq": "Gjuha e preferuar",
                                        "sr-Latn": "Željeni jezik"},
    "reports.xlsx.need_category": {"en": "Need", "sq": "Nevoja", "sr-Latn": "Potreba"},
    "reports.xlsx.priority": {"en": "Priority", "sq": "Përparësia", "sr-Latn": "Prioritet"},
    "reports.xlsx.note": {"en": "Note", "sq": "Shënim", "sr-Latn": "Beleška"},
    "reports.xlsx.item": {"en": "Item", "sq": "Artikulli", "sr-Latn": "Stavka"},
    "reports.xlsx.assistance_status": {"en": "Planned or delivered", "sq": "Planifikuar ose dorëzuar",
                                       "sr-Latn": "Planirano ili isporučeno"},
    "reports.xlsx.donor": {"en": "Donor", "sq": "Donatori", "sr-Latn": "Donator"},
    "reports.xlsx.project": {"en": "Project", "sq": "Projekti", "sr-Latn": "Projekat"},
    "reports.xlsx.quantity": {"en": "Quantity", "sq": "Sasia", "sr-Latn": "Količina"},
    "reports.xlsx.handover_date": {"en": "Handover date", "sq": "Data e dorëzimit",
                                   "sr-Latn": "Datum primopredaje"},
    "reports.xlsx.receipt_reference": {"en": "Receipt reference", "sq": "Nr. i fletëpranimit",
                                       "sr-Latn": "Broj potvrde"},
    "reports.xlsx.service": {"en": "Service", "sq": "Shërbimi", "sr-Latn": "Služba"},
    "reports.xlsx.referral_status": {"en": "Referral status", "sq": "Statusi i referimit",
                                     "sr-Latn": "Status upućivanja"},
    "reports.xlsx.referral_date": {"en": "Date", "sq": "Data", "sr-Latn": "Datum"},
    "reports.xlsx.reason": {"en": "Reason", "sq": "Arsyeja", "sr-Latn": "Razlog"},
    "reports.xlsx.title": {"en": "FieldApp caseload", "sq": "Rastet në FieldApp",
                           "sr-Latn": "Predmeti u FieldApp-u", "sr-Cyrl": "Предмети у FieldApp-у"},
    # --- the commands ----------------------------------------------------------------------------
    "reports.not_xlsx": {
        "en": "{path} does not end in .xlsx; give the workbook a name ending in .xlsx.",
        "sq": "{path} nuk mbaron me .xlsx; jepini librit të punës një emër që mbaron me .xlsx.",
        "sr-Latn": "{path} se ne završava sa .xlsx; dajte radnoj svesci ime koje se završava sa .xlsx.",
        "sr-Cyrl": "{path} се не завршава са .xlsx; дајте радној свесци име које се завршава са .xlsx.",
    },
    "reports.is_folder": {
        "en": "{path} is a folder; give a file name ending in .xlsx.",
        "sq": "{path} është dosje; jepni një emër skedari që mbaron me .xlsx.",
        "sr-Latn": "{path} je fascikla; navedite ime datoteke koje se završava sa .xlsx.",
        "sr-Cyrl": "{path} је фасцикла; наведите име датотеке које се завршава са .xlsx.",
    },
    "reports.folder_missing": {
        "en": "The folder {path} does not exist; create it or choose another.",
        "sq": "Dosja {path} nuk ekziston; krijojeni ose zgjidhni një tjetër.",
        "sr-Latn": "Fascikla {path} ne postoji; napravite je ili izaberite drugu.",
    },
    "reports.cannot_write": {
        "en": "The workbook could not be written to {path} ({reason}); nothing was written. "
              "Choose a folder you may write to with free space.",
        "sq": "Libri i punës nuk u shkrua dot në {path} ({reason}); asgjë nuk u shkrua. "
              "Zgjidhni një dosje ku mund të shkruani dhe që ka hapësirë.",
        "sr-Latn": "Radna sveska nije mogla da se upiše u {path} ({reason}); ništa nije upisano. "
                   "Izaberite fasciklu u koju smete da pišete i koja ima slobodnog prostora.",
    },
    "reports.exported": {
        "en": "Workbook written to {path}: {households} {households:plural=household|households}, "
              "{members} {members:plural=member|members}, {needs} {needs:plural=need|needs}, "
              "{assistance} assistance {assistance:plural=item|items}, "
              "{referrals} {referrals:plural=referral|referrals}.",
        "sq": "Libri i punës u shkrua në {path}: {households} {households:plural=familje|familje}, "
              "{members} {members:plural=anëtar|anëtarë}, {needs} {needs:plural=nevojë|nevoja}, "
              "{assistance} {assistance:plural=artikull|artikuj} asistence, "
              "{referrals} {referrals:plural=referim|referime}.",
        "sr-Latn": "Radna sveska je upisana u {path}: {households} "
                   "{households:plural=domaćinstvo|domaćinstva|domaćinstava}, {members} "
                   "{members:plural=član|člana|članova}, {needs} {needs:plural=potreba|potrebe|potreba}, "
                   "{assistance} {assistance:plural=stavka|stavke|stavki} pomoći, {referrals} "
                   "{referrals:plural=upućivanje|upućivanja|upućivanja}.",
    },
}
