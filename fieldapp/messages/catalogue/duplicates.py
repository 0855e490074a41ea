"""Messages of finding the same person: why two households may be one, and the duplicate commands."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "duplicates.how.same": {"en": "same spelling", "sq": "i njëjti shkrim", "sr-Latn": "isto pisanje"},
    "duplicates.how.other_spelling": {
        "en": "the other language's spelling or script",
        "sq": "shkrimi i gjuhës tjetër ose alfabeti tjetër",
        "sr-Latn": "pisanje drugog jezika ili drugo pismo",
    },
    "duplicates.how.mistyped": {
        "en": "a letter or two apart", "sq": "një a dy shkronja ndryshim", "sr-Latn": "razlika u slovu ili dva",
    },
    "duplicates.reason.personal_number": {
        "en": "same personal number {number} ({name})",
        "sq": "i njëjti numër personal {number} ({name})",
        "sr-Latn": "isti lični broj {number} ({name})",
    },
    "duplicates.reason.head": {
        "en": "head of household {name} ~ {other} ({how})",
        "sq": "kryefamiljari {name} ~ {other} ({how})",
        "sr-Latn": "nosilac domaćinstva {name} ~ {other} ({how})",
    },
    "duplicates.reason.heads_differ": {
        "en": "same family name, different heads: {name} and {other}",
        "sq": "i njëjti mbiemër, kryefamiljarë të ndryshëm: {name} dhe {other}",
        "sr-Latn": "isto prezime, različiti nosioci: {name} i {other}",
    },
    "duplicates.reason.born": {
        "en": "born {year} and {other}", "sq": "lindur më {year} dhe {other}",
        "sr-Latn": "rođeni {year}. i {other}.",
    },
    "duplicates.reason.born_same": {
        "en": "both born {year}", "sq": "të dy të lindur më {year}", "sr-Latn": "oba rođena {year}.",
    },
    "duplicates.reason.members": {
        "en": "{n} of {of} members in both: {names:list}",
        "sq": "{n} nga {of} anëtarë në të dyja: {names:list}",
        "sr-Latn": "{n} od {of} članova u oba: {names:list}",
    },
    "duplicates.reason.settlement": {
        "en": "same settlement: {settlement}", "sq": "i njëjti vendbanim: {settlement}",
        "sr-Latn": "isto naselje: {settlement}",
    },
    "duplicates.reason.municipality": {
        "en": "same municipality: {code:municipality}", "sq": "e njëjta komunë: {code:municipality}",
        "sr-Latn": "ista opština: {code:municipality}",
    },
    "duplicates.reason.displacement": {
        "en": "same place of displacement: {place}", "sq": "i njëjti vend zhvendosjeje: {place}",
        "sr-Latn": "isto mesto raseljenja: {place}",
    },
    "duplicates.cli.none": {
        "en": "No possible duplicate households.", "sq": "Asnjë familje e mundshme e dyfishtë.",
        "sr-Latn": "Nema mogućih dvostrukih domaćinstava.",
    },
    "duplicates.cli.pair": {
        "en": "{case} ~ {other}  score {score}", "sq": "{case} ~ {other}  pikë {score}",
        "sr-Latn": "{case} ~ {other}  ocena {score}",
    },
    "duplicates.cli.total": {
        "en": "{n} possible duplicate pairs.", "sq": "{n} çifte të mundshme të dyfishta.",
        "sr-Latn": "Mogućih dvostrukih parova: {n}.",
    },
    "duplicates.cli.dismissed": {
        "en": "Dismissed: {case} and {other} are not the same household; they are not offered again.",
        "sq": "U hodh poshtë: {case} dhe {other} nuk janë e njëjta familje; nuk ofrohen më.",
        "sr-Latn": "Odbačeno: {case} i {other} nisu isto domaćinstvo; više se ne nude.",
    },
    "duplicates.cli.not_same_needs_case": {
        "en": "--not-same needs the case it is not the same as: fieldapp case duplicates CASE --not-same OTHER.",
        "sq": "--not-same kërkon rastin me të cilin nuk është i njëjtë: fieldapp case duplicates CASE --not-same OTHER.",
        "sr-Latn": "--not-same traži predmet sa kojim nije isto: fieldapp case duplicates CASE --not-same OTHER.",
    },
    "duplicates.elsewhere": {
        "en": "found at headquarters among every office's cases; held in {municipality}, not on this laptop: ask that office or headquarters to compare",
        "sq": "u gjet në seli mes rasteve të të gjitha zyrave; mbahet në {municipality}, jo në këtë laptop: kërkojini asaj zyre ose selisë t'i krahasojë",
        "sr-Latn": "pronađen u sedištu među predmetima svih kancelarija; vodi se u {municipality}, ne na ovom laptopu: zamolite tu kancelariju ili sedište da uporede",
    },
    "duplicates.not_reviewer": {
        "en": "Only a municipal return officer or a supervisor may say two cases are not the same household; this laptop is enrolled as {role}.",
        "sq": "Vetëm zyrtari komunal për kthim ose mbikëqyrësi mund të thotë se dy raste nuk janë e njëjta familje; ky laptop është regjistruar si {role}.",
        "sr-Latn": "Samo opštinski službenik za povratak ili supervizor može reći da dva predmeta nisu isto domaćinstvo; ovaj laptop je upisan kao {role}.",
    },
    "duplicates.same_case": {
        "en": "A case cannot be dismissed as a duplicate of itself: name two different cases.",
        "sq": "Një rast nuk mund të hidhet poshtë si dublikatë e vetvetes: emërtoni dy raste të ndryshme.",
        "sr-Latn": "Predmet ne može da se odbaci kao duplikat samog sebe: navedite dva različita predmeta.",
    },
    "duplicates.warning": {
        "en": "Possible existing household: {case_number}, {head} ({score}): {reasons:list}",
        "sq": "Familje e mundshme ekzistuese: {case_number}, {head} ({score}): {reasons:list}",
        "sr-Latn": "Moguće postojeće domaćinstvo: {case_number}, {head} ({score}): {reasons:list}",
    },
}
