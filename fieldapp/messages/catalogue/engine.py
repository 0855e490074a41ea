"""Messages of the device's sync engine and enrolment: id → {"en": …, "sq": …, "sr-Latn": …}."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "engine.revoked_and_wiped": {
        "en": "{reason} The key slots on this laptop were deleted; the workspace can no longer be opened here.",
        "sq": "{reason} Vendet e çelësave në këtë laptop u fshinë; hapësira e punës nuk mund të hapet më këtu.",
        "sr-Latn": "{reason} Mesta ključeva na ovom laptopu su obrisana; radni prostor se ovde više ne može otvoriti.",
    },
    "engine.already_enrolled": {
        "en": "This laptop is already enrolled with HQ; nothing was changed.",
        "sq": "Ky laptop është regjistruar tashmë në selinë qendrore; asgjë nuk u ndryshua.",
        "sr-Latn": "Ovaj laptop je već prijavljen u sedištu; ništa nije promenjeno.",
    },
    "engine.fingerprint_mismatch": {
        "en": "HQ's certificate fingerprint is {fingerprint}, not the one given; do not enrol on this network and check the fingerprint with HQ.",
        "sq": "Gjurma e certifikatës së selisë qendrore është {fingerprint}, jo ajo e dhënë; mos u regjistroni në këtë rrjet dhe kontrolloni gjurmën me selinë qendrore.",
        "sr-Latn": "Otisak sertifikata sedišta je {fingerprint}, a ne onaj koji je dat; ne prijavljujte se na ovoj mreži i proverite otisak sa sedištem.",
    },
    "engine.not_enrolled": {
        "en": "This laptop is not enrolled with HQ; run 'fieldapp enrol --hq URL --code CODE'.",
        "sq": "Ky laptop nuk është regjistruar në selinë qendrore; ekzekutoni 'fieldapp enrol --hq URL --code CODE'.",
        "sr-Latn": "Ovaj laptop nije prijavljen u sedištu; pokrenite 'fieldapp enrol --hq URL --code CODE'.",
        "sr-Cyrl": "Овај лаптоп није пријављен у седишту; покрените 'fieldapp enrol --hq URL --code CODE'.",
    },
    "engine.enrolment_damaged": {
        "en": "This laptop's enrolment record is damaged; ask HQ for a new code and enrol again.",
        "sq": "Regjistrimi i këtij laptopi në selinë qendrore është i dëmtuar; kërkoni një kod të ri nga selia qendrore dhe regjistrohuni përsëri.",
        "sr-Latn": "Zapis o prijavi ovog laptopa je oštećen; zatražite novi kod od sedišta i prijavite se ponovo.",
    },
}
