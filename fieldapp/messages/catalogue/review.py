"""Messages of the review and caseload desk: id → {"en": …, "sq": …, "sr-Latn": …} (Cyrillic derived).

Ids: ``review.`` (decisions, assignment, possible duplicates on the laptop, and their command
line). An entry gives its own ``sr-Cyrl`` only where a word must stay in Latin letters (an option
to type).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "review.municipality": {"en": "{code:municipality}", "sq": "{code:municipality}",
                            "sr-Latn": "{code:municipality}"},
    # --- who may decide ----------------------------------------------------------------------
    "review.not_a_reviewer": {
        "en": "This laptop is enrolled as {role}; only municipal return officers and supervisors "
              "make review decisions.",
        "sq": "Ky laptop është regjistruar si {role}; vendimet e shqyrtimit i marrin vetëm zyrtarët "
              "komunalë për kthim dhe mbikëqyrësit.",
        "sr-Latn": "Ovaj laptop je registrovan kao {role}; odluke o pregledu donose samo opštinski "
                   "službenici za povratak i supervizori.",
    },
    "review.not_a_reviewer_assign": {
        "en": "This laptop is enrolled as {role}; only municipal return officers and supervisors "
              "assign cases.",
        "sq": "Ky laptop është regjistruar si {role}; rastet i caktojnë vetëm zyrtarët komunalë për "
              "kthim dhe mbikëqyrësit.",
        "sr-Latn": "Ovaj laptop je registrovan kao {role}; predmete dodeljuju samo opštinski "
                   "službenici za povratak i supervizori.",
    },
    "review.out_of_scope": {
        "en": "Case {case_number} belongs to {municipality}; this laptop acts only on cases of "
              "{municipalities}.",
        "sq": "Rasti {case_number} i përket komunës {municipality}; ky laptop vepron vetëm për rastet "
              "e {municipalities}.",
        "sr-Latn": "Predmet {case_number} pripada opštini {municipality}; ovaj laptop radi samo sa "
                   "predmetima opština {municipalities}.",
    },
    "review.unknown_decision": {
        "en": "'{decision}' is not a decision; use one of {decisions}.",
        "sq": "'{decision}' nuk është vendim; përdorni njërin nga këta: {decisions}.",
        "sr-Latn": "'{decision}' nije odluka; koristite jednu od ovih: {decisions}.",
    },
    "review.not_waiting": {
        "en": "Case {case_number} is {status}, not waiting for a decision; move it with "
              "'case transition' if the workflow allows.",
        "sq": "Rasti {case_number} është “{status}”, nuk pret vendim; kalojeni me "
              "'case transition' nëse rrjedha e punës e lejon.",
        "sr-Latn": "Predmet {case_number} je u statusu „{status}“ i ne čeka odluku; pomerite ga "
                   "komandom 'case transition' ako tok rada to dozvoljava.",
        "sr-Cyrl": "Предмет {case_number} је у статусу „{status}“ и не чека одлуку; померите га "
                   "командом 'case transition' ако ток рада то дозвољава.",
    },
    # --- duplicates --------------------------------------------------------------------------
    "review.duplicate_needs_original": {
        "en": "Marking case {case_number} a duplicate needs the case it duplicates: "
              "give --duplicate-of CASE.",
        "sq": "Shënimi i rastit {case_number} si dyfish kërkon rastin që ai dyfishon: "
              "jepni --duplicate-of RASTI.",
        "sr-Latn": "Da bi se predmet {case_number} označio kao duplikat, potreban je predmet koji "
                   "udvostručuje: navedite --duplicate-of PREDMET.",
        "sr-Cyrl": "Да би се предмет {case_number} означио као дупликат, потребан је предмет који "
                   "удвостручује: наведите --duplicate-of ПРЕДМЕТ.",
    },
    "review.original_only_for_duplicate": {
        "en": "--duplicate-of goes only with the decision 'duplicate'.",
        "sq": "--duplicate-of shkon vetëm me vendimin 'duplicate'.",
        "sr-Latn": "--duplicate-of ide samo uz odluku 'duplicate'.",
        "sr-Cyrl": "--duplicate-of иде само уз одлуку 'duplicate'.",
    },
    "review.original_not_found": {
        "en": "No case '{ref}' on this laptop to name as the original; give its id or case number.",
        "sq": "Në këtë laptop nuk ka rast '{ref}' për ta emërtuar si origjinal; jepni id-në ose "
              "numrin e rastit.",
        "sr-Latn": "Na ovom laptopu nema predmeta '{ref}' koji bi se naveo kao izvorni; navedite "
                   "njegov id ili broj predmeta.",
    },
    "review.original_is_itself": {
        "en": "Case {case_number} cannot be a duplicate of itself; name the other case.",
        "sq": "Rasti {case_number} nuk mund të jetë dyfish i vetvetes; emërtoni rastin tjetër.",
        "sr-Latn": "Predmet {case_number} ne može biti duplikat samog sebe; navedite drugi predmet.",
    },
    "review.original_is_duplicate": {
        "en": "Case {case_number} is itself a duplicate; name the case it duplicates instead.",
        "sq": "Rasti {case_number} është vetë dyfish; emërtoni në vend të tij rastin që ai dyfishon.",
        "sr-Latn": "Predmet {case_number} je i sam duplikat; umesto njega navedite predmet koji on "
                   "udvostručuje.",
    },
    "review.original_out_of_scope": {
        "en": "Case {case_number} belongs to {municipality}, outside this laptop's {municipalities}; "
              "it cannot be named as the original here.",
        "sq": "Rasti {case_number} i përket komunës {municipality}, jashtë {municipalities} të këtij "
              "laptopi; këtu nuk mund të emërtohet si origjinal.",
        "sr-Latn": "Predmet {case_number} pripada opštini {municipality}, van opština {municipalities} "
                   "ovog laptopa; ovde ne može da se navede kao izvorni.",
    },
    "review.duplicate.personal_number": {
        "en": "same personal number {number} ({name})",
        "sq": "i njëjti numër personal {number} ({name})",
        "sr-Latn": "isti lični broj {number} ({name})",
    },
    "review.duplicate.name_and_birth": {
        "en": "same name and date of birth: {name}, {born}",
        "sq": "i njëjti emër dhe datë lindjeje: {name}, {born}",
        "sr-Latn": "isto ime i datum rođenja: {name}, {born}",
    },
    "review.duplicate.head_and_settlement": {
        "en": "same head of household in {settlement}: {name}",
        "sq": "i njëjti kryefamiljar në {settlement}: {name}",
        "sr-Latn": "isti nosilac domaćinstva u mestu {settlement}: {name}",
    },
    "review.interchange.duplicate_of_not_duplicate": {
        "en": "duplicate_of belongs only to a case in status 'duplicate', not '{status}'",
        "sq": "duplicate_of i përket vetëm një rasti me status 'duplicate', jo '{status}'",
        "sr-Latn": "duplicate_of pripada samo predmetu u statusu 'duplicate', ne '{status}'",
        "sr-Cyrl": "duplicate_of припада само предмету у статусу 'duplicate', не '{status}'",
    },
    "review.interchange.duplicate_of_itself": {
        "en": "duplicate_of names the case itself",
        "sq": "duplicate_of emërton vetë rastin",
        "sr-Latn": "duplicate_of navodi sam predmet",
        "sr-Cyrl": "duplicate_of наводи сам предмет",
    },
    # --- assignment --------------------------------------------------------------------------
    "review.assign_needs_officer": {
        "en": "Name the officer to assign the case to (--officer NAME).",
        "sq": "Emërtoni zyrtarin të cilit i caktohet rasti (--officer EMRI).",
        "sr-Latn": "Navedite službenika kome se predmet dodeljuje (--officer IME).",
        "sr-Cyrl": "Наведите службеника коме се предмет додељује (--officer ИМЕ).",
    },
    "review.assign_unknown_officer": {
        "en": "{officer} is not a field officer of {municipality} known to this laptop; "
              "officers there: {officers}. Sync to refresh the list.",
        "sq": "{officer} nuk është zyrtar terreni i komunës {municipality} i njohur nga ky laptop; "
              "zyrtarët atje: {officers}. Sinkronizoni për ta rifreskuar listën.",
        "sr-Latn": "{officer} nije terenski službenik opštine {municipality} poznat ovom laptopu; "
                   "službenici tamo: {officers}. Sinhronizujte da biste osvežili spisak.",
    },
    "review.assign_final": {
        "en": "Case {case_number} is {status}; a finished case is not assigned.",
        "sq": "Rasti {case_number} është “{status}”; një rast i mbyllur nuk caktohet.",
        "sr-Latn": "Predmet {case_number} je u statusu „{status}“; završen predmet se ne dodeljuje.",
    },
    # --- the command line --------------------------------------------------------------------
    "review.cli.decided": {
        "en": "Case {case_number} is now {status:status}; the decision goes to HQ with the next sync.",
        "sq": "Rasti {case_number} tani është “{status:status}”; vendimi shkon në seli me "
              "sinkronizimin e ardhshëm.",
        "sr-Latn": "Predmet {case_number} je sada u statusu „{status:status}“; odluka ide u centralu "
                   "sa sledećom sinhronizacijom.",
    },
    "review.cli.assigned": {
        "en": "Case {case_number} is assigned to {officer}; their laptop receives it after the next sync.",
        "sq": "Rasti {case_number} i është caktuar {officer}; laptopi i tij/saj e merr pas "
              "sinkronizimit të ardhshëm.",
        "sr-Latn": "Predmet {case_number} je dodeljen službeniku {officer}; njegov laptop ga prima "
                   "posle sledeće sinhronizacije.",
    },
    "review.cli.queue_empty": {
        "en": "No case is waiting for a decision.",
        "sq": "Asnjë rast nuk pret vendim.",
        "sr-Latn": "Nijedan predmet ne čeka odluku.",
    },
    "review.cli.queue_total": {
        "en": "{n} {n:plural=case waits|cases wait} for a decision.",
        "sq": "{n} {n:plural=rast pret|raste presin} vendim.",
        "sr-Latn": "{n} {n:plural=predmet čeka|predmeta čekaju|predmeta čeka} odluku.",
    },
    "review.cli.column.days": {"en": "DAYS", "sq": "DITË", "sr-Latn": "DANA"},
    "review.cli.column.score": {"en": "SCORE", "sq": "PIKË", "sr-Latn": "BODOVI"},
    "review.cli.column.duplicates": {"en": "DUP", "sq": "DYF", "sr-Latn": "DUP"},
    "review.cli.column.officer": {"en": "OFFICER", "sq": "ZYRTARI", "sr-Latn": "SLUŽBENIK"},
    "review.cli.status_role": {
        "en": "Works for: {role:role} ({municipalities})",
        "sq": "Punon për: {role:role} ({municipalities})",
        "sr-Latn": "Radi za: {role:role} ({municipalities})",
    },
}
