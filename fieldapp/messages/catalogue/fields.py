"""Labels of the case document's fields, keyed ``field.<path>`` (Cyrillic derived).

``field.item.<list>`` names one numbered record of a list ("Member {n}", counted from 1).
See :mod:`fieldapp.messages.fieldnames` for how a field path becomes its label.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "field.format": {"en": "Format", "sq": "Formati", "sr-Latn": "Format"},
    "field.id": {"en": "Case id", "sq": "Identifikuesi i rastit", "sr-Latn": "Oznaka predmeta"},
    "field.case_number": {"en": "Case number", "sq": "Numri i rastit", "sr-Latn": "Broj predmeta"},
    "field.case_type": {"en": "Case type", "sq": "Lloji i rastit", "sr-Latn": "Vrsta predmeta"},
    "field.status": {"en": "Status", "sq": "Statusi", "sr-Latn": "Status"},
    "field.municipality": {
        "en": "Municipality of return",
        "sq": "Komuna e kthimit",
        "sr-Latn": "Opština povratka",
    },
    "field.settlement": {
        "en": "Settlement of return",
        "sq": "Vendbanimi i kthimit",
        "sr-Latn": "Naselje povratka",
    },
    "field.return_mode": {"en": "Return mode", "sq": "Mënyra e kthimit", "sr-Latn": "Način povratka"},
    "field.intention_registered_on": {
        "en": "Intention registered on",
        "sq": "Qëllimi u regjistrua më",
        "sr-Latn": "Namera zabeležena",
    },
    "field.origin.municipality": {
        "en": "Municipality of origin",
        "sq": "Komuna e origjinës",
        "sr-Latn": "Opština porekla",
    },
    "field.origin.settlement": {
        "en": "Settlement of origin",
        "sq": "Vendbanimi i origjinës",
        "sr-Latn": "Naselje porekla",
    },
    "field.displacement.category": {
        "en": "Displacement category",
        "sq": "Kategoria e zhvendosjes",
        "sr-Latn": "Kategorija raseljenja",
    },
    "field.displacement.location": {
        "en": "Place of displacement",
        "sq": "Vendi i zhvendosjes",
        "sr-Latn": "Mesto raseljenja",
    },
    "field.displacement.since": {
        "en": "Displaced since",
        "sq": "I zhvendosur që nga",
        "sr-Latn": "Raseljen od",
    },
    "field.interview.date": {
        "en": "Interview date",
        "sq": "Data e intervistës",
        "sr-Latn": "Datum intervjua",
    },
    "field.interview.place": {
        "en": "Place of interview",
        "sq": "Vendi i intervistës",
        "sr-Latn": "Mesto intervjua",
    },
    "field.interview.officer": {
        "en": "Interviewing officer",
        "sq": "Zyrtari që intervistoi",
        "sr-Latn": "Službenik koji je vodio intervju",
    },
    "field.interview.language": {
        "en": "Language of interview",
        "sq": "Gjuha e intervistës",
        "sr-Latn": "Jezik intervjua",
    },
    "field.interview.interpreter": {
        "en": "Interpreter present",
        "sq": "Përkthyes i pranishëm",
        "sr-Latn": "Prisutan prevodilac",
    },
    "field.interview.interpreter_name": {
        "en": "Interpreter's name",
        "sq": "Emri i përkthyesit",
        "sr-Latn": "Ime prevodioca",
    },
    "field.interview.notes": {
        "en": "Interview notes",
        "sq": "Shënimet e intervistës",
        "sr-Latn": "Beleške sa intervjua",
    },
    # Members of the household and their fields (the same under every members[i]).
    "field.members": {
        "en": "Household members",
        "sq": "Anëtarët e familjes",
        "sr-Latn": "Članovi domaćinstva",
    },
    "field.given_name": {"en": "Given name", "sq": "Emri", "sr-Latn": "Ime"},
    "field.family_name": {"en": "Family name", "sq": "Mbiemri", "sr-Latn": "Prezime"},
    "field.script": {"en": "Script", "sq": "Alfabeti", "sr-Latn": "Pismo"},
    "field.sex": {"en": "Sex", "sq": "Gjinia", "sr-Latn": "Pol"},
    "field.date_of_birth": {"en": "Date of birth", "sq": "Data e lindjes", "sr-Latn": "Datum rođenja"},
    "field.relationship": {
        "en": "Relationship to head",
        "sq": "Lidhja me kryefamiljarin",
        "sr-Latn": "Srodstvo sa nosiocem",
    },
    "field.personal_number": {"en": "Personal number", "sq": "Numri personal", "sr-Latn": "Lični broj"},
    "field.documents": {
        "en": "Documents held",
        "sq": "Dokumentet në posedim",
        "sr-Latn": "Posedovana dokumenta",
    },
    "field.community": {
        "en": "Community (self-declared)",
        "sq": "Komuniteti (i vetëdeklaruar)",
        "sr-Latn": "Zajednica (po izjašnjenju)",
    },
    "field.disability": {"en": "Disability", "sq": "Aftësia e kufizuar", "sr-Latn": "Invaliditet"},
    "field.chronic_illness": {
        "en": "Chronic illness",
        "sq": "Sëmundje kronike",
        "sr-Latn": "Hronična bolest",
    },
    "field.education": {"en": "Education", "sq": "Arsimimi", "sr-Latn": "Obrazovanje"},
    "field.occupation": {"en": "Occupation", "sq": "Profesioni", "sr-Latn": "Zanimanje"},
    "field.preferred_language": {
        "en": "Preferred language",
        "sq": "Gjuha e preferuar",
        "sr-Latn": "Željeni jezik",
    },
    # Property, needs, consent, notes, assistance and referrals.
    "field.property.tenure": {"en": "Tenure", "sq": "Statusi i pronës", "sr-Latn": "Status imovine"},
    "field.property.cadastral_municipality": {
        "en": "Cadastral municipality",
        "sq": "Komuna kadastrale",
        "sr-Latn": "Katastarska opština",
    },
    "field.property.cadastral_zone": {
        "en": "Cadastral zone",
        "sq": "Zona kadastrale",
        "sr-Latn": "Katastarska zona",
    },
    "field.property.parcel": {"en": "Parcel", "sq": "Parcela", "sr-Latn": "Parcela"},
    "field.property.evidence": {
        "en": "Evidence held",
        "sq": "Dëshmitë në posedim",
        "sr-Latn": "Posedovani dokazi",
    },
    "field.property.claim_number": {
        "en": "KPCVA claim number",
        "sq": "Numri i kërkesës në AKKVP",
        "sr-Latn": "Broj zahteva u KAUVI",
    },
    "field.property.claim_decision": {
        "en": "KPCVA claim decision",
        "sq": "Vendimi i AKKVP-së për kërkesën",
        "sr-Latn": "Odluka KAUVI po zahtevu",
    },
    "field.vulnerabilities": {"en": "Vulnerabilities", "sq": "Cenueshmëritë", "sr-Latn": "Ranjivosti"},
    "field.needs": {"en": "Needs", "sq": "Nevojat", "sr-Latn": "Potrebe"},
    "field.category": {"en": "Need", "sq": "Nevoja", "sr-Latn": "Potreba"},
    "field.priority": {"en": "Priority", "sq": "Përparësia", "sr-Latn": "Prioritet"},
    "field.note": {"en": "Note", "sq": "Shënimi", "sr-Latn": "Beleška"},
    "field.consent.processing": {
        "en": "Processing of personal data",
        "sq": "Përpunimi i të dhënave personale",
        "sr-Latn": "Obrada ličnih podataka",
    },
    "field.consent.share_with_partners": {
        "en": "Sharing with partner organisations",
        "sq": "Ndarja me organizatat partnere",
        "sr-Latn": "Deljenje sa partnerskim organizacijama",
    },
    "field.consent.photos": {"en": "Photographs", "sq": "Fotografitë", "sr-Latn": "Fotografije"},
    "field.consent.sensitive_data": {
        "en": "Sensitive data (community, health)",
        "sq": "Të dhëna të ndjeshme (komuniteti, shëndeti)",
        "sr-Latn": "Osetljivi podaci (zajednica, zdravlje)",
    },
    "field.consent.recorded_on": {
        "en": "Consent recorded on",
        "sq": "Pëlqimi u regjistrua më",
        "sr-Latn": "Datum saglasnosti",
    },
    "field.consent.recorded_by": {
        "en": "Consent recorded by",
        "sq": "Pëlqimin e regjistroi",
        "sr-Latn": "Saglasnost zabeležio",
    },
    "field.notes": {"en": "Notes", "sq": "Shënimet", "sr-Latn": "Beleške"},
    "field.assistance": {"en": "Assistance", "sq": "Ndihma", "sr-Latn": "Pomoć"},
    "field.item": {"en": "Item", "sq": "Artikulli", "sr-Latn": "Stavka"},
    "field.quantity": {"en": "Quantity", "sq": "Sasia", "sr-Latn": "Količina"},
    "field.donor": {"en": "Donor", "sq": "Donatori", "sr-Latn": "Donator"},
    "field.project": {"en": "Project", "sq": "Projekti", "sr-Latn": "Projekat"},
    "field.handover_date": {"en": "Handover date", "sq": "Data e dorëzimit", "sr-Latn": "Datum primopredaje"},
    "field.receipt_reference": {
        "en": "Receipt reference",
        "sq": "Nr. i fletëpranimit",
        "sr-Latn": "Broj potvrde",
    },
    "field.referrals": {"en": "Referrals", "sq": "Referimet", "sr-Latn": "Upućivanja"},
    "field.service": {"en": "Service", "sq": "Shërbimi", "sr-Latn": "Služba"},
    "field.reason": {"en": "Reason", "sq": "Arsyeja", "sr-Latn": "Razlog"},
    "field.date": {"en": "Date", "sq": "Data", "sr-Latn": "Datum"},
    # The fields of a note, and the groups of the document as a whole (a file may get their
    # shape wrong: "Interview: must be an object with keys …").
    "field.text": {"en": "Text", "sq": "Teksti", "sr-Latn": "Tekst"},
    "field.author": {"en": "Author", "sq": "Autori", "sr-Latn": "Autor"},
    "field.at": {"en": "Written at", "sq": "Shkruar më", "sr-Latn": "Napisano"},
    "field.origin": {"en": "Origin", "sq": "Origjina", "sr-Latn": "Poreklo"},
    "field.displacement": {"en": "Displacement", "sq": "Zhvendosja", "sr-Latn": "Raseljenje"},
    "field.interview": {"en": "Interview", "sq": "Intervista", "sr-Latn": "Intervju"},
    "field.property": {"en": "Property", "sq": "Prona", "sr-Latn": "Imovina"},
    "field.consent": {"en": "Consent", "sq": "Pëlqimi", "sr-Latn": "Saglasnost"},
    # Columns of a CSV export that are no field of the document.
    "field.case_ref": {"en": "Case reference in the file", "sq": "Referenca e rastit në skedar",
                       "sr-Latn": "Šifra predmeta u datoteci"},
    "field.score": {"en": "Vulnerability score", "sq": "Pikët e cenueshmërisë", "sr-Latn": "Bodovi ranjivosti"},
    # Values written as words in a CSV export with labels.
    "field.value.yes": {"en": "Yes", "sq": "Po", "sr-Latn": "Da"},
    "field.value.no": {"en": "No", "sq": "Jo", "sr-Latn": "Ne"},
    "field.value.planned": {"en": "Planned", "sq": "Planifikuar", "sr-Latn": "Planirano"},
    "field.value.delivered": {"en": "Delivered", "sq": "Dorëzuar", "sr-Latn": "Isporučeno"},
    "field.value.open": {"en": "Open", "sq": "E hapur", "sr-Latn": "Otvoreno"},
    "field.value.done": {"en": "Done", "sq": "E kryer", "sr-Latn": "Završeno"},
    "field.value.cancelled": {"en": "Cancelled", "sq": "E anuluar", "sr-Latn": "Otkazano"},
    "field.value.centre_for_social_work": {"en": "Centre for Social Work", "sq": "Qendra për Punë Sociale",
                                           "sr-Latn": "Centar za socijalni rad"},
    "field.value.civil_registry": {"en": "Civil registry", "sq": "Gjendja civile", "sr-Latn": "Matična služba"},
    "field.value.employment_office": {"en": "Employment office", "sq": "Zyra e punësimit",
                                      "sr-Latn": "Kancelarija za zapošljavanje"},
    "field.value.health_service": {"en": "Health service", "sq": "Shërbimi shëndetësor",
                                   "sr-Latn": "Zdravstvena služba"},
    "field.value.legal_aid_property": {"en": "Legal aid (property claim)",
                                       "sq": "Ndihma juridike (kërkesë pronësore)",
                                       "sr-Latn": "Pravna pomoć (imovinski zahtev)"},
    # One numbered record of a list: members[1] is "Member 2".
    "field.item.members": {"en": "Member {n}", "sq": "Anëtari {n}", "sr-Latn": "Član {n}"},
    "field.item.needs": {"en": "Need {n}", "sq": "Nevoja {n}", "sr-Latn": "Potreba {n}"},
    "field.item.notes": {"en": "Note {n}", "sq": "Shënimi {n}", "sr-Latn": "Beleška {n}"},
    "field.item.assistance": {
        "en": "Assistance item {n}",
        "sq": "Artikulli i ndihmës {n}",
        "sr-Latn": "Stavka pomoći {n}",
    },
    "field.item.referrals": {"en": "Referral {n}", "sq": "Referimi {n}", "sr-Latn": "Upućivanje {n}"},
}
