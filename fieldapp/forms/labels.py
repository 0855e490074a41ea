"""The printed wording of the forms in Albanian, Serbian (Latin and Cyrillic) and English.

Code values (relationship, need, tenure …) take their labels from the reference data
(:func:`fieldapp.domain.reference.shipped`); this module holds only the forms' own wording.
Serbian Cyrillic is derived from the Serbian Latin text with
:func:`fieldapp.text.folding.latin_to_cyrillic`, except where an entry gives its own Cyrillic
(words in which ``dž``, ``lj`` or ``nj`` are two letters, not one, would come out wrong).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from fieldapp.domain.errors import UserError
from fieldapp.domain.reference import shipped
from fieldapp.text.folding import latin_to_cyrillic

LANGS = ("sq", "sr-Latn", "sr-Cyrl", "en")
SERBIAN = ("sr-Latn", "sr-Cyrl")
DEFAULT_LANGS = ("sq", "sr-Latn")

# key -> (Albanian, Serbian Latin, English[, Serbian Cyrillic when the transliteration is wrong])
TEXT: dict[str, tuple[str, ...]] = {
    # --- form titles ---------------------------------------------------------------------
    "title.consent": ("Njoftim për përpunimin e të dhënave dhe pëlqim",
                      "Obaveštenje o obradi podataka i saglasnost",
                      "Information notice and consent"),
    "title.application": ("Kërkesë për asistencë në kthim / riintegrim",
                          "Zahtev za pomoć pri povratku / reintegraciji",
                          "Return / reintegration assistance application"),
    "title.needs-assessment": ("Vlerësimi i nevojave dhe i cenueshmërisë së familjes",
                               "Procena potreba i ranjivosti domaćinstva",
                               "Household needs and vulnerability assessment"),
    "title.handover-receipt": ("Fletëpranim për dorëzimin e asistencës",
                               "Potvrda o primopredaji pomoći",
                               "Assistance handover receipt"),
    "title.referral": ("Fletë referimi", "Uputnica", "Referral"),
    "title.case-summary": ("Përmbledhje e lëndës për shqyrtim në grupin punues dhe komision",
                           "Rezime predmeta za razmatranje u radnoj grupi i komisiji",
                           "Case summary for MWGR / CRC review"),
    # --- page furniture ------------------------------------------------------------------
    "office.default": ("Zyra Komunale për Komunitete dhe Kthim",
                       "Opštinska kancelarija za zajednice i povratak",
                       "Municipal Office for Communities and Returns"),
    "case_number": ("Nr. i lëndës", "Br. predmeta", "Case no."),
    "printed": ("Shtypur më", "Štampano", "Printed"),
    "revision": ("Versioni", "Verzija", "Revision"),
    "page": ("Faqja", "Strana", "Page"),
    "confidential": ("KONFIDENCIALE", "POVERLJIVO", "CONFIDENTIAL"),
    "confidential.note": ("Përmban të dhëna personale – ruajeni të sigurt",
                          "Sadrži lične podatke – čuvati na sigurnom",
                          "Contains personal data – keep secure"),
    "blank": ("FORMULAR I ZBRAZËT – plotësohet me dorë",
              "PRAZAN OBRAZAC – popunjava se rukom",
              "BLANK FORM – fill in by hand"),
    "qr.note": ("Kodi QR vërteton këtë formular kundrejt regjistrit",
                "QR kod proverava ovaj obrazac prema evidenciji",
                "The QR code checks this form against the record"),
    "yes": ("Po", "Da", "Yes"),
    "no": ("Jo", "Ne", "No"),
    "none": ("Asnjë", "Nema", "None"),
    # --- case ----------------------------------------------------------------------------
    "sec.case": ("Të dhënat e lëndës", "Podaci o predmetu", "Case details"),
    "case_type": ("Lloji i lëndës", "Vrsta predmeta", "Case type"),
    "status": ("Statusi", "Status", "Status"),
    "municipality": ("Komuna", "Opština", "Municipality"),
    "settlement": ("Vendbanimi", "Naselje", "Settlement"),
    "return_place": ("Vendi i synuar i kthimit", "Mesto nameravanog povratka",
                     "Intended place of return"),
    "origin": ("Vendi i origjinës", "Mesto porekla", "Place of origin"),
    "return_mode": ("Mënyra e kthimit", "Način povratka", "Return mode"),
    "intention": ("Qëllimi për kthim regjistruar më", "Namera povratka evidentirana",
                  "Intention to return registered on"),
    "score": ("Pikët e cenueshmërisë", "Bodovi ranjivosti", "Vulnerability score"),
    # --- displacement --------------------------------------------------------------------
    "sec.displacement": ("Historiku i zhvendosjes", "Istorija raseljenja", "Displacement history"),
    "displacement.category": ("Kategoria", "Kategorija", "Category"),
    "displacement.location": ("Vendi i tanishëm i qëndrimit", "Sadašnje mesto boravka",
                              "Current place of stay"),
    "displacement.since": ("I zhvendosur që nga", "Raseljen od", "Displaced since"),
    # --- household -----------------------------------------------------------------------
    "sec.household": ("Anëtarët e familjes", "Članovi domaćinstva", "Household members"),
    "sec.household.consent": ("Anëtarët e familjes që mbulon ky pëlqim",
                              "Članovi domaćinstva na koje se saglasnost odnosi",
                              "Household members this consent covers"),
    "sec.household.referral": ("Personat e referuar dhe familja e tyre",
                               "Upućena lica i njihovo domaćinstvo",
                               "Persons referred and their household"),
    "sec.household.receipt": ("Familja përfituese", "Domaćinstvo korisnik", "Beneficiary household"),
    "col.no": ("Nr.", "Br.", "No."),
    "col.name": ("Emri dhe mbiemri", "Ime i prezime", "Name"),
    "col.sex": ("Gjinia", "Pol", "Sex"),
    "col.dob": ("Datëlindja", "Datum rođenja", "Date of birth"),
    "col.relationship": ("Lidhja me kryefamiljarin", "Srodstvo s nosiocem", "Relationship to head"),
    "col.personal_number": ("Nr. personal", "Lični broj", "Personal no."),
    "col.documents": ("Dokumentet", "Dokumenta", "Documents"),
    "col.community": ("Komuniteti", "Zajednica", "Community"),
    "col.disability": ("Aftësi e kufizuar", "Invaliditet", "Disability"),
    "col.chronic": ("Sëmundje kronike", "Hronična bolest", "Chronic illness"),
    "col.education": ("Arsimimi", "Obrazovanje", "Education"),
    "col.occupation": ("Profesioni", "Zanimanje", "Occupation"),
    "sensitive.caption": ("Të dhëna të ndjeshme (me pëlqim për të dhëna të ndjeshme)",
                          "Osetljivi podaci (uz saglasnost za osetljive podatke)",
                          "Sensitive data (with consent to sensitive data)"),
    "sensitive.withheld": ("Të dhënat e ndjeshme (komuniteti, shëndeti) nuk shtypen: nuk është "
                           "regjistruar pëlqimi për të dhëna të ndjeshme.",
                           "Osetljivi podaci (zajednica, zdravlje) se ne štampaju: saglasnost za "
                           "osetljive podatke nije evidentirana.",
                           "Sensitive data (community, health) is not printed: no consent to "
                           "sensitive data is recorded."),
    # --- property ------------------------------------------------------------------------
    "sec.property": ("Prona", "Imovina", "Property"),
    "property.tenure": ("Statusi i pronës", "Status imovine", "Tenure"),
    "property.cadastral_zone": ("Zona kadastrale", "Katastarska zona", "Cadastral zone"),
    "property.cadastral_municipality": ("Komuna kadastrale (emri origjinal)",
                                        "Katastarska opština (izvorni naziv)",
                                        "Cadastral municipality (original name)"),
    "property.parcel": ("Parcela", "Parcela", "Parcel"),
    "property.claim_number": ("Nr. i kërkesës pronësore (AKKVP/AKP)",
                              "Br. imovinskog zahteva (KAUVI/KAI)",
                              "Property claim no. (KPCVA/KPA)"),
    "property.claim_decision": ("Vendimi për kërkesën", "Odluka po zahtevu", "Claim decision"),
    "property.evidence": ("Dëshmitë e pronësisë", "Dokazi o vlasništvu", "Evidence of ownership"),
    # --- needs and vulnerabilities -------------------------------------------------------
    "sec.needs": ("Nevojat", "Potrebe", "Needs"),
    "col.need": ("Nevoja", "Potreba", "Need"),
    "col.priority": ("Prioriteti", "Prioritet", "Priority"),
    "col.note": ("Shënim", "Napomena", "Note"),
    "sec.vulnerabilities": ("Shenjat e cenueshmërisë dhe pikët", "Pokazatelji ranjivosti i bodovi",
                            "Vulnerability flags and score"),
    "col.flag": ("Shenja e cenueshmërisë", "Pokazatelj ranjivosti", "Vulnerability flag"),
    "col.present": ("Po", "Da", "Yes"),
    "col.weight": ("Pesha", "Težina", "Weight"),
    "score.total": ("Pikët gjithsej", "Ukupno bodova", "Total score"),
    "score.withheld": ("Shenja të ndjeshme shëndetësore (pa pëlqim, nuk shtypen)",
                       "Osetljivi zdravstveni pokazatelji (bez saglasnosti, ne štampaju se)",
                       "Sensitive health flags (no consent, not printed)"),
    "score.note": ("Peshat i cakton zyra; nuk ka matricë zyrtare të publikuar.",
                   "Težine određuje kancelarija; zvanična matrica nije objavljena.",
                   "The office sets the weights; no official matrix is published."),
    "sec.narrative": ("Përshkrimi i zyrtarit", "Zapažanja službenika", "Officer's narrative"),
    # --- interview -----------------------------------------------------------------------
    "sec.interview": ("Intervista", "Razgovor", "Interview"),
    "interview.date": ("Data e intervistës", "Datum razgovora", "Interview date"),
    "interview.place": ("Vendi i intervistës", "Mesto razgovora", "Place of interview"),
    "interview.officer": ("Zyrtari", "Službenik", "Officer"),
    "interview.language": ("Gjuha e intervistës", "Jezik razgovora", "Language of the interview"),
    "interview.interpreter": ("Me përkthyes", "Uz prevodioca", "With an interpreter"),
    "interview.interpreter_name": ("Emri i përkthyesit", "Ime prevodioca", "Interpreter's name"),
    # --- consent -------------------------------------------------------------------------
    "sec.notice": ("Njoftim për përpunimin e të dhënave personale",
                   "Obaveštenje o obradi ličnih podataka",
                   "Notice on the processing of personal data"),
    "notice.controller": ("Kontrollues i të dhënave: {office}. Të dhënat tuaja përpunohen sipas "
                          "Ligjit Nr. 06/L-082 për Mbrojtjen e të Dhënave Personale.",
                          "Rukovalac podacima: {office}. Vaši podaci se obrađuju u skladu sa "
                          "Zakonom br. 06/L-082 o zaštiti ličnih podataka.",
                          "Controller: {office}. Your data are processed under Law No. 06/L-082 "
                          "on Protection of Personal Data."),
    "notice.purposes": ("Qëllimet: regjistrimi i kërkesës suaj për kthim ose riintegrim, "
                        "vlerësimi i nevojave, përzgjedhja e përfituesve, dhënia e asistencës "
                        "dhe monitorimi pas kthimit.",
                        "Svrhe: evidentiranje vašeg zahteva za povratak ili reintegraciju, procena "
                        "potreba, izbor korisnika, pružanje pomoći i praćenje posle povratka.",
                        "Purposes: registering your request for return or reintegration, assessing "
                        "needs, selecting beneficiaries, providing assistance and monitoring after "
                        "return."),
    "notice.recipients": ("Marrësit: zyra komunale për komunitete dhe kthim, Ministria për "
                          "Komunitete dhe Kthim, grupi punues komunal për kthim dhe komisioni "
                          "qendror i shqyrtimit; partnerët e emëruar vetëm nëse pajtoheni më "
                          "poshtë.",
                          "Primaoci: opštinska kancelarija za zajednice i povratak, Ministarstvo "
                          "za zajednice i povratak, opštinska radna grupa za povratak i centralna "
                          "komisija za razmatranje; navedeni partneri samo ako se saglasite ispod.",
                          "Recipients: the municipal office for communities and returns, the "
                          "Ministry for Communities and Returns, the municipal working group on "
                          "returns and the central review commission; named partners only if you "
                          "agree below."),
    "notice.retention": ("Ruajtja: të dhënat ruhen aq sa nevojiten për lëndën dhe monitorimin, "
                         "pastaj fshihen ose anonimizohen sipas afateve të ruajtjes.",
                         "Čuvanje: podaci se čuvaju dok su potrebni za predmet i praćenje, zatim "
                         "se brišu ili anonimizuju prema rokovima čuvanja.",
                         "Retention: data are kept as long as the case and monitoring need them, "
                         "then erased or anonymised according to the retention periods."),
    "notice.rights": ("Të drejtat tuaja: qasja në të dhënat, korrigjimi dhe fshirja e tyre; "
                      "pëlqimin mund ta tërhiqni në çdo kohë.",
                      "Vaša prava: pristup podacima, njihova ispravka i brisanje; saglasnost "
                      "možete povući u svakom trenutku.",
                      "Your rights: access to your data, rectification and erasure; you may "
                      "withdraw consent at any time."),
    "notice.complaint": ("Ankesat: Agjencia për Informim dhe Privatësi (AIP), Prishtinë.",
                         "Pritužbe: Agencija za informisanje i privatnost (AIP), Priština.",
                         "Complaints: the Information and Privacy Agency (IPA), Prishtinë/Priština."),
    "sec.consent": ("Pëlqimi sipas qëllimit", "Saglasnost po svrsi", "Consent by purpose"),
    "consent.statement": ("Ky njoftim më është shpjeguar në një gjuhë që e kuptoj. Pëlqimi im për "
                          "secilin qëllim është shënuar më poshtë.",
                          "Ovo obaveštenje mi je objašnjeno na jeziku koji razumem. Moja "
                          "saglasnost za svaku svrhu označena je ispod.",
                          "This notice was explained to me in a language I understand. My consent "
                          "for each purpose is marked below."),
    "col.purpose": ("Qëllimi", "Svrha", "Purpose"),
    "col.agree": ("Pajtohem", "Saglasan/na sam", "I agree"),
    "col.disagree": ("Nuk pajtohem", "Nisam saglasan/na", "I do not agree"),
    "consent.recorded_on": ("Regjistruar më", "Evidentirano", "Recorded on"),
    "consent.recorded_by": ("Regjistruar nga", "Evidentirao/la", "Recorded by"),
    "sec.interpreter": ("Përkthyesi", "Prevodilac", "Interpreter"),
    "interpreter.declaration": ("Unë, përkthyesi, deklaroj se këtë njoftim ia kam përkthyer "
                                "besnikërisht personit në gjuhën e shënuar.",
                                "Ja, prevodilac, izjavljujem da sam ovo obaveštenje verno "
                                "preveo/la licu na navedeni jezik.",
                                "I, the interpreter, declare that I translated this notice "
                                "faithfully into the language stated."),
    "interpreter.language": ("Gjuha e përkthimit", "Jezik prevoda", "Language of interpretation"),
    # --- application ---------------------------------------------------------------------
    "sec.return": ("Vendi i synuar i kthimit", "Mesto nameravanog povratka",
                   "Intended place of return"),
    "sec.documents": ("Dokumentet e bashkëngjitura", "Priložena dokumenta", "Documents attached"),
    "doc.property_evidence": ("Dëshmi pronësie", "Dokaz o vlasništvu", "Proof of property"),
    "doc.other": ("Tjetër", "Drugo", "Other"),
    "sec.declaration": ("Deklarata", "Izjava", "Declaration"),
    "decl.true": ("Deklaroj se të dhënat në këtë kërkesë janë të vërteta dhe të plota.",
                  "Izjavljujem da su podaci u ovom zahtevu istiniti i potpuni.",
                  "I declare that the information in this application is true and complete."),
    "decl.selection": ("Jam në dijeni se regjistrimi i kërkesës nuk do të thotë përzgjedhje "
                       "për asistencë.",
                       "Upoznat/a sam da evidentiranje zahteva ne znači izbor za pomoć.",
                       "I understand that registering this application does not mean selection "
                       "for assistance."),
    "decl.changes": ("Do ta njoftoj zyrën për çdo ndryshim në familje, adresë ose gjendje.",
                     "Obavestiću kancelariju o svakoj promeni u domaćinstvu, adresi ili stanju.",
                     "I will inform the office of any change in the household, address or "
                     "situation."),
    # --- handover receipt ----------------------------------------------------------------
    "sec.items": ("Artikujt e asistencës", "Stavke pomoći", "Assistance items"),
    "col.item": ("Artikulli", "Stavka", "Item"),
    "col.quantity": ("Sasia", "Količina", "Quantity"),
    "col.donor": ("Donatori / projekti", "Donator / projekat", "Donor / project"),
    "col.handover_date": ("Data e dorëzimit", "Datum primopredaje", "Handover date"),
    "col.receipt": ("Nr. i fletëpranimit", "Br. potvrde", "Receipt ref."),
    "col.received": ("Pranuar", "Primljeno", "Received"),
    "handover.declaration": ("Konfirmoj se kam pranuar artikujt e shënuar më lart.",
                             "Potvrđujem da sam primio/la gore označene stavke.",
                             "I confirm that I received the items marked above."),
    "assistance.planned": ("Planifikuar", "Planirano", "Planned"),
    "assistance.delivered": ("Dorëzuar", "Isporučeno", "Delivered"),
    # --- referral ------------------------------------------------------------------------
    "sec.referral": ("Referimi", "Upućivanje", "Referral"),
    "referral.to": ("Referohet te", "Upućuje se", "Referred to"),
    "col.service": ("Shërbimi", "Služba", "Service"),
    "col.reason": ("Arsyeja", "Razlog", "Reason"),
    "col.date": ("Data", "Datum", "Date"),
    "col.status": ("Statusi", "Status", "Status"),
    "service.centre_for_social_work": ("Qendra për Punë Sociale", "Centar za socijalni rad",
                                       "Centre for Social Work"),
    "service.civil_registry": ("Gjendja civile", "Matična služba", "Civil registry"),
    "service.employment_office": ("Zyra e punësimit", "Kancelarija za zapošljavanje",
                                  "Employment office"),
    "service.health_service": ("Shërbimi shëndetësor", "Zdravstvena služba", "Health service"),
    "service.legal_aid_property": ("Ndihma juridike (kërkesë pronësore)",
                                   "Pravna pomoć (imovinski zahtev)",
                                   "Legal aid (property claim)"),
    "referral.open": ("E hapur", "Otvoreno", "Open"),
    "referral.done": ("E kryer", "Završeno", "Done"),
    "referral.cancelled": ("E anuluar", "Otkazano", "Cancelled"),
    "referral.share_consent": ("Pëlqimi për ndarje me partnerët", "Saglasnost za deljenje sa "
                               "partnerima", "Consent to share with partners"),
    "referral.no_share": ("Kujdes: nuk është regjistruar pëlqimi për ndarje me partnerët – "
                          "dërgojeni vetëm me pëlqim të ri me shkrim.",
                          "Pažnja: saglasnost za deljenje sa partnerima nije evidentirana – "
                          "poslati samo uz novu pismenu saglasnost.",
                          "Caution: no consent to share with partners is recorded – send only "
                          "with new written consent."),
    "sec.feedback": ("Përgjigja e shërbimit pranues", "Povratna informacija službe",
                     "Feedback from the receiving service"),
    "feedback.received_by": ("Pranuar nga", "Primio/la", "Received by"),
    "feedback.action": ("Veprimi i ndërmarrë", "Preduzeta mera", "Action taken"),
    # --- case summary --------------------------------------------------------------------
    "sec.eligibility": ("Lista e kontrollit të pranueshmërisë", "Kontrolna lista podobnosti",
                        "Eligibility checklist"),
    "chk.status": ("Statusi i personit të zhvendosur / të riatdhesuar është vërtetuar",
                   "Utvrđen je status raseljenog / repatriranog lica",
                   "Displaced / repatriated status established"),
    "chk.intention": ("Qëllimi për kthim është regjistruar", "Namera povratka je evidentirana",
                      "Intention to return registered"),
    "chk.documents": ("Anëtarët kanë dokumente identifikimi", "Članovi imaju lična dokumenta",
                      "Members hold identity documents"),
    "chk.property": ("Statusi i pronës është sqaruar", "Status imovine je utvrđen",
                     "Property status established"),
    "chk.consent": ("Pëlqimi për përpunim është regjistruar",
                    "Saglasnost za obradu je evidentirana",
                    "Consent to processing recorded"),
    "chk.visit": ("Vizita „shko e shih” është kryer", "Obavljena je poseta „idi i vidi”",
                  "Go-and-see visit done"),
    "sec.recommendation": ("Rekomandimi dhe vendimi", "Preporuka i odluka",
                           "Recommendation and decision"),
    "recommendation": ("Rekomandimi i zyrës", "Preporuka kancelarije", "Office recommendation"),
    "decision": ("Vendimi i komisionit", "Odluka komisije", "Commission decision"),
    "sec.history": ("Historiku i lëndës", "Istorija predmeta", "Case history"),
    "col.change": ("Ndryshimi", "Promena", "Change"),
    "col.by": ("Nga", "Izvršio/la", "By"),
    "col.comment": ("Komenti", "Komentar", "Comment"),
    "sec.notes": ("Shënimet", "Beleške", "Notes"),
    # --- signatures ----------------------------------------------------------------------
    "sec.signatures": ("Nënshkrimet", "Potpisi", "Signatures"),
    "sig.beneficiary": ("Nënshkrimi ose gjurma e gishtit e përfituesit",
                        "Potpis ili otisak prsta korisnika",
                        "Beneficiary's signature or thumbprint"),
    "sig.applicant": ("Nënshkrimi ose gjurma e gishtit e parashtruesit",
                      "Potpis ili otisak prsta podnosioca",
                      "Applicant's signature or thumbprint"),
    "sig.officer": ("Nënshkrimi i zyrtarit", "Potpis službenika", "Officer's signature"),
    "sig.interpreter": ("Nënshkrimi i përkthyesit", "Potpis prevodioca", "Interpreter's signature"),
    "sig.receiving": ("Nënshkrimi dhe vula e shërbimit pranues",
                      "Potpis i pečat službe primaoca",
                      "Signature and stamp of the receiving service"),
    "sig.chair": ("Kryesuesi i komisionit", "Predsedavajući komisije", "Chair of the commission"),
    "sig.member": ("Anëtar i komisionit", "Član komisije", "Commission member"),
    "thumbprint": ("Gjurma e gishtit", "Otisak prsta", "Thumbprint"),
    "sig.name": ("Emri", "Ime", "Name"),
    "sig.date": ("Data", "Datum", "Date"),
}

# English-only abbreviations stay as they are in Cyrillic text: a word holding a letter that the
# Serbian alphabet lacks (QR, MWGR) is not Serbian.
_FOREIGN_WORD = re.compile(r"\b\w*[QWXYqwxy]\w*\b")


def serbian_cyrillic(text: str) -> str:
    """Serbian Latin ``text`` in Cyrillic, leaving foreign words and placeholders alone."""
    out: list[str] = []
    pos = 0
    for m in re.finditer(r"\{[a-z_]+\}|" + _FOREIGN_WORD.pattern, text):
        out.append(latin_to_cyrillic(text[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(latin_to_cyrillic(text[pos:]))
    return "".join(out)


@lru_cache(maxsize=4096)
def text(key: str, lang: str) -> str:
    """The form wording ``key`` in ``lang`` (``sq``, ``sr-Latn``, ``sr-Cyrl`` or ``en``)."""
    entry = TEXT[key]
    if lang == "sq":
        return entry[0]
    if lang == "sr-Latn":
        return entry[1]
    if lang == "sr-Cyrl":
        return entry[3] if len(entry) > 3 else serbian_cyrillic(entry[1])
    if lang == "en":
        return entry[2]
    raise KeyError(f"no form language {lang!r}")


def texts(key: str, langs: Sequence[str]) -> list[str]:
    """``key`` in each of ``langs``, in order."""
    return [text(key, lang) for lang in langs]


def code_label(list_name: str, code: str | None, lang: str) -> str:
    """The reference-data label of ``code`` in ``lang`` (empty for no code)."""
    if code is None or code == "":
        return ""
    return shipped().label(list_name, code, lang)


def municipality_name(code: str | None, lang: str) -> str:
    """The municipality's name in ``lang``; Serbian names come in the script asked for."""
    if not code:
        return ""
    muni = shipped().municipalities.get(code)
    if muni is None:
        return code
    if lang == "sr-Cyrl":
        return muni.names.get("sr-Cyrl") or serbian_cyrillic(muni.name("sr-Latn"))
    return muni.name(lang)


class FormLanguageError(UserError, ValueError):
    """A language choice that is not one a form can be printed in; the message says why."""


def parse_langs(spec: str | Sequence[str] | None) -> tuple[str, ...]:
    """Check a language choice such as ``sq+sr-Cyrl`` or ``sq+sr-Latn+en``; raise
    :class:`FormLanguageError` (a ValueError).

    A form is always bilingual, Albanian and Serbian, with Serbian in one script; English may
    be added. The order given is the order on the page. A single Serbian script (``sr-Cyrl``)
    or ``en`` alone is read as that choice added to the default pair.
    """
    if spec is None or spec == "":
        return DEFAULT_LANGS
    parts = [p.strip() for p in spec.split("+")] if isinstance(spec, str) else [str(p) for p in spec]
    if len(parts) == 1:
        if parts[0] in SERBIAN:
            return ("sq", parts[0])
        if parts[0] == "sq":
            return DEFAULT_LANGS
        if parts[0] == "en":
            return (*DEFAULT_LANGS, "en")
    unknown = [p for p in parts if p not in LANGS]
    if unknown:
        raise FormLanguageError("forms.langs.unknown", lang=unknown[0])
    if len(set(parts)) != len(parts):
        raise FormLanguageError("forms.langs.twice")
    serbian = [p for p in parts if p in SERBIAN]
    if "sq" not in parts or len(serbian) != 1:
        raise FormLanguageError("forms.langs.one_script")
    return tuple(parts)


def langs_spec(langs: Sequence[str]) -> str:
    """The ``sq+sr-Latn`` spelling of a language choice."""
    return "+".join(langs)
