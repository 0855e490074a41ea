"""Messages of the hq area: id → {"en": …, "sq": …, "sr-Latn": …} (Cyrillic derived)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- pieces other HQ messages are built from ---
    # An exception that carries no message id: its own words are all there is.
    "hq.detail": {"en": "{text}", "sq": "{text}", "sr-Latn": "{text}"},
    # Where a problem of a case is, as common.problem shows it ("20-2026-AAAA-0001: Sex: ").
    "hq.problem_at": {"en": "{record}: ", "sq": "{record}: ", "sr-Latn": "{record}: "},
    "hq.problem_at_field": {"en": "{record}: {path:field}: ", "sq": "{record}: {path:field}: ",
                            "sr-Latn": "{record}: {path:field}: "},
    "hq.problem_field": {"en": "{path:field}: ", "sq": "{path:field}: ", "sr-Latn": "{path:field}: "},
    # --- refusals of the HQ API (ErrorOut) ---
    "hq.not_found.case": {
        "en": "No such case in your scope.",
        "sq": "Nuk ka rast të tillë në fushëveprimin tuaj.",
        "sr-Latn": "Nema takvog predmeta u vašem delokrugu.",
    },
    "hq.not_found.conflict": {
        "en": "No such conflict in your scope.",
        "sq": "Nuk ka konflikt të tillë në fushëveprimin tuaj.",
        "sr-Latn": "Nema takvog sukoba u vašem delokrugu.",
    },
    "hq.not_found.device": {
        "en": "No such device in your scope.",
        "sq": "Nuk ka pajisje të tillë në fushëveprimin tuaj.",
        "sr-Latn": "Nema takvog uređaja u vašem delokrugu.",
    },
    "hq.user.bad_name": {
        "en": "The user name must be 1 to 100 printable characters.",
        "sq": "Emri i përdoruesit duhet të ketë nga 1 deri në 100 shenja të shtypshme.",
        "sr-Latn": "Korisničko ime mora imati od 1 do 100 znakova koji se mogu štampati.",
    },
    "hq.user.bad_role": {
        "en": "'{role}' is not a role; use one of {roles:list}.",
        "sq": "'{role}' nuk është rol; përdorni njërin nga këta: {roles:list}.",
        "sr-Latn": "'{role}' nije uloga; koristite jednu od ovih: {roles:list}.",
    },
    "hq.user.bad_municipality": {
        "en": "'{municipality}' is not a municipality code; use the two-digit codes 01 to 38.",
        "sq": "'{municipality}' nuk është kod komune; përdorni kodet dyshifrore nga 01 deri në 38.",
        "sr-Latn": "'{municipality}' nije šifra opštine; koristite dvocifrene šifre od 01 do 38.",
    },
    "hq.user.needs_municipality": {
        "en": "A {role} must be bound to a municipality (--municipality CODE).",
        "sq": "Roli {role} duhet të lidhet me një komunë (--municipality KODI).",
        "sr-Latn": "Uloga {role} mora biti vezana za opštinu (--municipality ŠIFRA).",
    },
    "hq.user.exists": {
        "en": "There is already a user named '{name}'.",
        "sq": "Ekziston tashmë një përdorues me emrin '{name}'.",
        "sr-Latn": "Već postoji korisnik po imenu '{name}'.",
    },
    "hq.user.no_active": {
        "en": "No active user named '{name}'; add one with 'fieldapp-hq user add'.",
        "sq": "Nuk ka përdorues aktiv me emrin '{name}'; shtoni një me 'fieldapp-hq user add'.",
        "sr-Latn": "Nema aktivnog korisnika po imenu '{name}'; dodajte ga pomoću 'fieldapp-hq user add'.",
        "sr-Cyrl": "Нема активног корисника по имену '{name}'; додајте га помоћу 'fieldapp-hq user add'.",
    },
    "hq.user.unknown": {
        "en": "No user named '{name}'; add one with 'fieldapp-hq user add'.",
        "sq": "Nuk ka përdorues me emrin '{name}'; shtoni një me 'fieldapp-hq user add'.",
        "sr-Latn": "Nema korisnika po imenu '{name}'; dodajte ga pomoću 'fieldapp-hq user add'.",
        "sr-Cyrl": "Нема корисника по имену '{name}'; додајте га помоћу 'fieldapp-hq user add'.",
    },
    "hq.review.not_reviewer": {
        "en": "Only MOCR officers, supervisors and admins take review decisions.",
        "sq": "Vetëm zyrtarët komunalë për kthim, mbikëqyrësit dhe administratorët marrin vendime shqyrtimi.",
        "sr-Latn": "Samo opštinski službenici za povratak, supervizori i administratori donose odluke o razmatranju.",
    },
    "hq.review.bad_decision": {
        "en": "'{decision}' is not a decision; use one of {decisions:list}.",
        "sq": "'{decision}' nuk është vendim; përdorni njërin nga këta: {decisions:list}.",
        "sr-Latn": "'{decision}' nije odluka; koristite jednu od ovih: {decisions:list}.",
    },
    "hq.review.duplicate_needs_original": {
        "en": "Marking case {case} a duplicate needs the case it duplicates (--duplicate-of CASE).",
        "sq": "Shënimi i rastit {case} si dyfish kërkon rastin që ai dyfishon (--duplicate-of RASTI).",
        "sr-Latn": "Da bi predmet {case} bio označen kao duplikat, navedite predmet koji duplira (--duplicate-of PREDMET).",
        "sr-Cyrl": "Да би предмет {case} био означен као дупликат, наведите предмет који дуплира (--duplicate-of ПРЕДМЕТ).",
    },
    "hq.review.original_only_for_duplicate": {
        "en": "--duplicate-of goes only with a duplicate decision.",
        "sq": "--duplicate-of përdoret vetëm me vendimin për dyfish.",
        "sr-Latn": "--duplicate-of se koristi samo uz odluku o duplikatu.",
        "sr-Cyrl": "--duplicate-of се користи само уз одлуку о дупликату.",
    },
    "hq.duplicate.unknown_original": {
        "en": "There is no case '{ref}' in your scope to be the original of this duplicate.",
        "sq": "Nuk ka rast '{ref}' në fushëveprimin tuaj që të jetë origjinali i këtij dyfishi.",
        "sr-Latn": "U vašem delokrugu nema predmeta '{ref}' koji bi bio original ovog duplikata.",
    },
    "hq.duplicate.itself": {
        "en": "Case {case} cannot be a duplicate of itself; name the other case.",
        "sq": "Rasti {case} nuk mund të jetë dyfish i vetvetes; emërtoni rastin tjetër.",
        "sr-Latn": "Predmet {case} ne može biti duplikat samog sebe; navedite drugi predmet.",
    },
    "hq.duplicate.of_duplicate": {
        "en": "Case {case} is itself a duplicate; name the case it duplicates instead.",
        "sq": "Rasti {case} është vetë dyfish; emërtoni në vend të tij rastin që ai dyfishon.",
        "sr-Latn": "Predmet {case} je i sam duplikat; umesto njega navedite predmet koji on duplira.",
    },
    "hq.transition.not_a_state": {
        "en": "'{status}' is not a state of a {case_type:case_type} case; use one of {states:list}.",
        "sq": "'{status}' nuk është gjendje e një rasti {case_type:case_type}; përdorni njërën nga këto: {states:list}.",
        "sr-Latn": "'{status}' nije stanje predmeta vrste {case_type:case_type}; koristite jedno od ovih: {states:list}.",
    },
    "hq.transition.not_allowed": {
        "en": "Case {case}: {reason}.",
        "sq": "Rasti {case}: {reason}.",
        "sr-Latn": "Predmet {case}: {reason}.",
    },
    "hq.review.wrong_status": {
        "en": "Case {case} is '{status}'; only submitted or under-review cases can be decided.",
        "sq": "Rasti {case} është '{status}'; vendoset vetëm për raste të dorëzuara ose në shqyrtim.",
        "sr-Latn": "Predmet {case} je '{status}'; odlučuje se samo o podnetim predmetima i predmetima u razmatranju.",
    },
    "hq.review.not_allowed": {
        "en": "Case {case}: {reason}.",
        "sq": "Rasti {case}: {reason}.",
        "sr-Latn": "Predmet {case}: {reason}.",
    },
    "hq.assign.not_reviewer": {
        "en": "Only MOCR officers, supervisors and admins assign cases.",
        "sq": "Vetëm zyrtarët komunalë për kthim, mbikëqyrësit dhe administratorët caktojnë raste.",
        "sr-Latn": "Samo opštinski službenici za povratak, supervizori i administratori dodeljuju predmete.",
    },
    "hq.assign.not_officer": {
        "en": "'{user}' is not an officer of municipality {municipality}.",
        "sq": "'{user}' nuk është zyrtar i komunës {municipality}.",
        "sr-Latn": "'{user}' nije službenik opštine {municipality}.",
    },
    "hq.assign.final": {
        "en": "Case {case} is {status:status}: a closed case is not assigned any more.",
        "sq": "Rasti {case} është {status:status}: një rast i mbyllur nuk caktohet më.",
        "sr-Latn": "Predmet {case} je u statusu {status:status}: zatvoren predmet se više ne dodeljuje.",
    },
    "hq.conflict.decision_stands": {
        "en": "The first decision stands (the case is {status:status}): a second reviewer's decision can only be set aside; make a new move if the workflow allows it.",
        "sq": "Vendimi i parë mbetet në fuqi (rasti është {status:status}): vendimi i shqyrtuesit të dytë vetëm mund të lihet mënjanë; bëni një hap të ri nëse rrjedha e punës e lejon.",
        "sr-Latn": "Prva odluka važi (predmet je u statusu {status:status}): odluka drugog ocenjivača može samo da se odbaci; napravite novi korak ako tok rada to dozvoljava.",
    },
    "hq.conflict.not_reviewer": {
        "en": "Only MOCR officers, supervisors and admins resolve conflicts.",
        "sq": "Vetëm zyrtarët komunalë për kthim, mbikëqyrësit dhe administratorët zgjidhin konfliktet.",
        "sr-Latn": "Samo opštinski službenici za povratak, supervizori i administratori rešavaju sukobe.",
    },
    "hq.conflict.resolved": {
        "en": "This conflict was already resolved.",
        "sq": "Ky konflikt është zgjidhur tashmë.",
        "sr-Latn": "Ovaj sukob je već rešen.",
    },
    "hq.conflict.bad_keep": {
        "en": "keep must be 'hq' or 'device'.",
        "sq": "keep duhet të jetë 'hq' ose 'device'.",
        "sr-Latn": "keep mora biti 'hq' ili 'device'.",
        "sr-Cyrl": "keep мора бити 'hq' или 'device'.",
    },
    "hq.conflict.cannot_keep": {
        "en": "The device's value cannot be kept: {problem}.",
        "sq": "Vlera e pajisjes nuk mund të mbahet: {problem}.",
        "sr-Latn": "Vrednost sa uređaja ne može da se zadrži: {problem}.",
    },
    "hq.request.too_large": {
        "en": "The request body is larger than {limit} {limit:plural=byte|bytes}; send smaller batches.",
        "sq": "Përmbajtja e kërkesës është më e madhe se {limit} {limit:plural=bajt|bajte}; dërgoni pjesë më të vogla.",
        "sr-Latn": "Sadržaj zahteva je veći od {limit} {limit:plural=bajta|bajta|bajtova}; šaljite manje delove.",
    },
    "hq.request.body_malformed": {
        "en": "The request body is not valid: {problem}.",
        "sq": "Përmbajtja e kërkesës nuk është e vlefshme: {problem}.",
        "sr-Latn": "Sadržaj zahteva nije ispravan: {problem}.",
    },
    "hq.request.body_invalid": {
        "en": "The request body is not valid: {where}: {detail}.",
        "sq": "Përmbajtja e kërkesës nuk është e vlefshme: {where}: {detail}.",
        "sr-Latn": "Sadržaj zahteva nije ispravan: {where}: {detail}.",
    },
    "hq.request.not_valid": {
        "en": "The request is not valid: {where}: {detail}.",
        "sq": "Kërkesa nuk është e vlefshme: {where}: {detail}.",
        "sr-Latn": "Zahtev nije ispravan: {where}: {detail}.",
    },
    "hq.request.no_body": {
        "en": "This request takes no body.",
        "sq": "Kjo kërkesë nuk merr përmbajtje.",
        "sr-Latn": "Ovaj zahtev ne prima sadržaj.",
    },
    "hq.auth.unsigned": {
        "en": "This request is not signed by an enrolled device; enrol it with 'fieldapp enrol'.",
        "sq": "Kjo kërkesë nuk është nënshkruar nga një pajisje e regjistruar; regjistrojeni pajisjen me 'fieldapp enrol'.",
        "sr-Latn": "Ovaj zahtev nije potpisao registrovani uređaj; registrujte uređaj pomoću 'fieldapp enrol'.",
        "sr-Cyrl": "Овај захтев није потписао регистровани уређај; региструјте уређај помоћу 'fieldapp enrol'.",
    },
    "hq.auth.malformed_headers": {
        "en": "The request's authentication headers are malformed.",
        "sq": "Kokat e vërtetimit të kërkesës janë të keqformuara.",
        "sr-Latn": "Zaglavlja za autentifikaciju zahteva su neispravna.",
    },
    "hq.auth.clock": {
        "en": "The request's time is too far from HQ's time ({hq_time}).",
        "sq": "Koha e kërkesës është shumë larg nga koha e selisë qendrore ({hq_time}).",
        "sr-Latn": "Vreme zahteva je previše udaljeno od vremena sedišta ({hq_time}).",
    },
    "hq.auth.malformed_signature": {
        "en": "The request's signature is malformed.",
        "sq": "Nënshkrimi i kërkesës është i keqformuar.",
        "sr-Latn": "Potpis zahteva je neispravnog oblika.",
    },
    "hq.auth.not_enrolled": {
        "en": "This device is not enrolled at this HQ; enrol it with 'fieldapp enrol'.",
        "sq": "Kjo pajisje nuk është regjistruar në këtë seli; regjistrojeni me 'fieldapp enrol'.",
        "sr-Latn": "Ovaj uređaj nije registrovan u ovom sedištu; registrujte ga pomoću 'fieldapp enrol'.",
        "sr-Cyrl": "Овај уређај није регистрован у овом седишту; региструјте га помоћу 'fieldapp enrol'.",
    },
    "hq.auth.unusable_key": {
        "en": "This device's key is unusable; enrol it again.",
        "sq": "Çelësi i kësaj pajisjeje nuk mund të përdoret; regjistrojeni përsëri.",
        "sr-Latn": "Ključ ovog uređaja nije upotrebljiv; ponovo ga registrujte.",
    },
    "hq.auth.bad_signature": {
        "en": "The request's signature does not verify.",
        "sq": "Nënshkrimi i kërkesës nuk verifikohet.",
        "sr-Latn": "Potpis zahteva nije ispravan.",
    },
    "hq.auth.revoked": {
        "en": "This device was revoked by HQ; its keys must be deleted from this laptop. Contact HQ.",
        "sq": "Selia qendrore e ka revokuar këtë pajisje; çelësat e saj duhet të fshihen nga ky laptop. Kontaktoni selinë qendrore.",
        "sr-Latn": "Sedište je opozvalo ovaj uređaj; njegovi ključevi moraju biti obrisani sa ovog laptopa. Obratite se sedištu.",
    },
    "hq.auth.disabled": {
        "en": "The user of this device is disabled at HQ; contact HQ.",
        "sq": "Përdoruesi i kësaj pajisjeje është çaktivizuar në selinë qendrore; kontaktoni selinë.",
        "sr-Latn": "Korisnik ovog uređaja je deaktiviran u sedištu; obratite se sedištu.",
    },
    "hq.auth.admin_only": {
        "en": "Only HQ admins may do this.",
        "sq": "Këtë mund ta bëjnë vetëm administratorët e selisë qendrore.",
        "sr-Latn": "Ovo mogu da urade samo administratori sedišta.",
    },
    "hq.enrol.bad_code": {
        "en": "This enrolment code is not valid; check it or ask HQ for a new one.",
        "sq": "Ky kod regjistrimi nuk është i vlefshëm; kontrollojeni ose kërkoni një të ri nga selia qendrore.",
        "sr-Latn": "Ovaj kod za registraciju nije ispravan; proverite ga ili zatražite novi od sedišta.",
    },
    "hq.enrol.code_used": {
        "en": "This enrolment code was already used; ask HQ for a new one.",
        "sq": "Ky kod regjistrimi është përdorur tashmë; kërkoni një të ri nga selia qendrore.",
        "sr-Latn": "Ovaj kod za registraciju je već iskorišćen; zatražite novi od sedišta.",
    },
    "hq.enrol.code_expired": {
        "en": "This enrolment code has expired; ask HQ for a new one.",
        "sq": "Ky kod regjistrimi ka skaduar; kërkoni një të ri nga selia qendrore.",
        "sr-Latn": "Ovom kodu za registraciju je istekao rok; zatražite novi od sedišta.",
    },
    "hq.enrol.user_inactive": {
        "en": "The user of this enrolment code is no longer active.",
        "sq": "Përdoruesi i këtij kodi regjistrimi nuk është më aktiv.",
        "sr-Latn": "Korisnik ovog koda za registraciju više nije aktivan.",
    },
    "hq.db.unavailable": {
        "en": "HQ's database is busy or unavailable; try again in a moment.",
        "sq": "Baza e të dhënave e selisë qendrore është e zënë ose e padisponueshme; provoni përsëri pas pak.",
        "sr-Latn": "Baza podataka sedišta je zauzeta ili nedostupna; pokušajte ponovo za trenutak.",
    },
    "hq.db.failed": {
        "en": "HQ could not complete the request; try again in a moment.",
        "sq": "Selia qendrore nuk mundi ta përfundonte kërkesën; provoni përsëri pas pak.",
        "sr-Latn": "Sedište nije moglo da završi zahtev; pokušajte ponovo za trenutak.",
    },
    "hq.http.not_found": {"en": "Not Found", "sq": "Nuk u gjet", "sr-Latn": "Nije pronađeno"},
    "hq.http.method_not_allowed": {
        "en": "Method Not Allowed",
        "sq": "Metoda nuk lejohet",
        "sr-Latn": "Metoda nije dozvoljena",
    },
    # --- why HQ refused one op of a push (OpResult.reason_id) ---
    "hq.push.clock_ahead": {
        "en": "This laptop's clock is about {minutes} {minutes:plural=minute|minutes} ahead of HQ's; set the correct date and time, then sync again. Nothing was applied.",
        "sq": "Ora e këtij laptopi është rreth {minutes} {minutes:plural=minutë|minuta} përpara orës së selisë qendrore; vendosni datën dhe orën e saktë, pastaj sinkronizoni përsëri. Asgjë nuk u zbatua.",
        "sr-Latn": "Sat ovog laptopa je oko {minutes} {minutes:plural=minut|minuta|minuta} ispred sata sedišta; podesite tačan datum i vreme, pa ponovo sinhronizujte. Ništa nije primenjeno.",
    },
    "hq.push.what.note_text": {"en": "note text", "sq": "teksti i shënimit", "sr-Latn": "tekst beleške"},
    "hq.push.what.comment": {"en": "comment", "sq": "komenti", "sr-Latn": "komentar"},
    "hq.push.required": {
        "en": "{what} is required",
        "sq": "{what} është i detyrueshëm",
        "sr-Latn": "{what} je obavezan",
    },
    "hq.push.text_too_long": {
        "en": "{what} must be text of at most {limit} {limit:plural=character|characters}",
        "sq": "{what} duhet të jetë tekst me jo më shumë se {limit} {limit:plural=shenjë|shenja}",
        "sr-Latn": "{what} mora biti tekst od najviše {limit} {limit:plural=znaka|znaka|znakova}",
    },
    "hq.push.unknown_op": {
        "en": "'{kind}' on '{entity}' is not an operation HQ knows",
        "sq": "'{kind}' mbi '{entity}' nuk është veprim që selia qendrore e njeh",
        "sr-Latn": "'{kind}' nad '{entity}' nije operacija koju sedište poznaje",
    },
    "hq.push.unknown_case": {
        "en": "HQ has no case with this id in your scope",
        "sq": "Selia qendrore nuk ka rast me këtë id në fushëveprimin tuaj",
        "sr-Latn": "Sedište nema predmet sa ovim id u vašem delokrugu",
    },
    "hq.push.case_exists": {
        "en": "a case with this id already exists at HQ",
        "sq": "një rast me këtë id ekziston tashmë në selinë qendrore",
        "sr-Latn": "predmet sa ovim id već postoji u sedištu",
    },
    "hq.push.case_id_unusable": {
        "en": "this case id cannot be used at HQ",
        "sq": "ky id rasti nuk mund të përdoret në selinë qendrore",
        "sr-Latn": "ovaj id predmeta ne može da se koristi u sedištu",
    },
    "hq.push.unknown_fields": {
        "en": "unknown field(s): {fields:list}",
        "sq": "fusha të panjohura: {fields:list}",
        "sr-Latn": "nepoznata polja: {fields:list}",
    },
    "hq.push.case_number_required": {
        "en": "case_number is required",
        "sq": "case_number është i detyrueshëm",
        "sr-Latn": "case_number je obavezan",
        "sr-Cyrl": "case_number је обавезан",
    },
    "hq.push.not_canonical": {
        "en": "the case id is not in canonical form",
        "sq": "id-ja e rastit nuk është në formën kanonike",
        "sr-Latn": "id predmeta nije u kanonskom obliku",
    },
    "hq.push.out_of_scope": {
        "en": "municipality {municipality} is outside your scope",
        "sq": "komuna {municipality} është jashtë fushëveprimit tuaj",
        "sr-Latn": "opština {municipality} je van vašeg delokruga",
    },
    "hq.push.cannot_create_in": {
        "en": "a {role} cannot create a case in status '{status}'",
        "sq": "roli {role} nuk mund të krijojë rast në statusin '{status}'",
        "sr-Latn": "uloga {role} ne može da napravi predmet u statusu '{status}'",
    },
    "hq.push.number_used": {
        "en": "case number {number} is already used at HQ",
        "sq": "numri i rastit {number} është përdorur tashmë në selinë qendrore",
        "sr-Latn": "broj predmeta {number} se već koristi u sedištu",
    },
    "hq.push.notes_not_list": {
        "en": "notes must be a list",
        "sq": "shënimet duhet të jenë listë",
        "sr-Latn": "beleške moraju biti lista",
    },
    "hq.push.note_shape": {
        "en": "each note must be an object with note_id, text, author, at",
        "sq": "çdo shënim duhet të jetë objekt me note_id, text, author, at",
        "sr-Latn": "svaka beleška mora biti objekat sa note_id, text, author, at",
        "sr-Cyrl": "свака белешка мора бити објекат са note_id, text, author, at",
    },
    "hq.push.note_id_needed": {
        "en": "each note needs its own note_id (a UUID)",
        "sq": "çdo shënim ka nevojë për note_id-në e vet (një UUID)",
        "sr-Latn": "svakoj belešci treba sopstveni note_id (UUID)",
        "sr-Cyrl": "свакој белешци треба сопствени note_id (UUID)",
    },
    "hq.push.note_exists": {
        "en": "note {note} already exists at HQ",
        "sq": "shënimi {note} ekziston tashmë në selinë qendrore",
        "sr-Latn": "beleška {note} već postoji u sedištu",
    },
    "hq.push.update_empty": {
        "en": "an update must change at least one field",
        "sq": "një përditësim duhet të ndryshojë të paktën një fushë",
        "sr-Latn": "izmena mora da promeni bar jedno polje",
    },
    "hq.push.not_editable_fields": {
        "en": "field(s) {fields:list} cannot be changed by an edit",
        "sq": "fushat {fields:list} nuk mund të ndryshohen me redaktim",
        "sr-Latn": "polja {fields:list} ne mogu da se promene uređivanjem",
    },
    "hq.push.moved_while_editing": {
        "en": "the case was moved to '{status}' at HQ while it was being edited on the device; HQ's decision stands and the device's values are kept in a conflict record",
        "sq": "rasti u kalua në '{status}' në selinë qendrore ndërsa redaktohej në pajisje; vendimi i selisë mbetet në fuqi dhe vlerat e pajisjes ruhen në një regjistrim konflikti",
        "sr-Latn": "predmet je u sedištu prebačen u '{status}' dok je uređivan na uređaju; odluka sedišta važi, a vrednosti sa uređaja čuvaju se u zapisu o sukobu",
    },
    "hq.push.not_editable": {
        "en": "case {case} is '{status}' and cannot be edited by a {role}",
        "sq": "rasti {case} është '{status}' dhe nuk mund të redaktohet nga roli {role}",
        "sr-Latn": "predmet {case} je '{status}' i uloga {role} ne može da ga uređuje",
    },
    "hq.push.transition_fields": {
        "en": "a transition carries only status, from, comment, decision and duplicate_of",
        "sq": "një kalim mbart vetëm status, from, comment, decision dhe duplicate_of",
        "sr-Latn": "prelaz sadrži samo status, from, comment, decision i duplicate_of",
        "sr-Cyrl": "прелаз садржи само status, from, comment, decision и duplicate_of",
    },
    "hq.push.bad_decision": {
        "en": "decision '{decision}' does not lead to '{status}'",
        "sq": "vendimi '{decision}' nuk çon në '{status}'",
        "sr-Latn": "odluka '{decision}' ne vodi u '{status}'",
        "sr-Cyrl": "одлука '{decision}' не води у '{status}'",
    },
    "hq.push.decision_needs_from": {
        "en": "a decision must say which status it was made on (from)",
        "sq": "një vendim duhet të tregojë në cilin status u mor (from)",
        "sr-Latn": "odluka mora da navede u kom statusu je doneta (from)",
        "sr-Cyrl": "одлука мора да наведе у ком статусу је донета (from)",
    },
    "hq.push.moved_on": {
        "en": "someone else already took the case under review; it is now {status:status}",
        "sq": "dikush tjetër e ka marrë tashmë rastin në shqyrtim; tani është {status:status}",
        "sr-Latn": "neko drugi je već uzeo predmet u razmatranje; sada je u statusu {status:status}",
    },
    "hq.push.decided_first": {
        "en": "{by} decided first (the case is {status:status}); the first decision stands and this one is kept in a conflict record",
        "sq": "{by} vendosi i pari (rasti është {status:status}); vendimi i parë mbetet në fuqi dhe ky ruhet në një regjistrim konflikti",
        "sr-Latn": "{by} je prvi odlučio (predmet je u statusu {status:status}); prva odluka važi, a ova se čuva u zapisu o sukobu",
    },
    "hq.push.duplicate_needs_original": {
        "en": "marking case {case} a duplicate needs duplicate_of: the id of the case it duplicates",
        "sq": "shënimi i rastit {case} si dyfish kërkon duplicate_of: id-në e rastit që ai dyfishon",
        "sr-Latn": "označavanje predmeta {case} kao duplikata traži duplicate_of: id predmeta koji duplira",
        "sr-Cyrl": "означавање предмета {case} као дупликата тражи duplicate_of: id предмета који дуплира",
    },
    "hq.push.original_only_for_duplicate": {
        "en": "duplicate_of goes only with a move to duplicate",
        "sq": "duplicate_of përdoret vetëm me kalimin në dyfish",
        "sr-Latn": "duplicate_of se koristi samo uz prelaz u duplikat",
        "sr-Cyrl": "duplicate_of се користи само уз прелаз у дупликат",
    },
    "hq.push.not_duplicate_fields": {
        "en": "a not-the-same-household op carries only other: the id of the other case",
        "sq": "një veprim 'nuk është e njëjta familje' mbart vetëm other: id-në e rastit tjetër",
        "sr-Latn": "operacija 'nije isto domaćinstvo' sadrži samo other: id drugog predmeta",
    },
    "hq.push.assign_fields": {
        "en": "an assignment carries only officer: the name of an HQ user (1 to 100 characters)",
        "sq": "një caktim mbart vetëm officer: emrin e një përdoruesi të selisë (1 deri në 100 shenja)",
        "sr-Latn": "dodela sadrži samo officer: ime korisnika u sedištu (od 1 do 100 znakova)",
        "sr-Cyrl": "додела садржи само officer: име корисника у седишту (од 1 до 100 знакова)",
    },
    "hq.push.changed_both_sides": {
        "en": "changed on the device and at HQ",
        "sq": "u ndryshua në pajisje dhe në selinë qendrore",
        "sr-Latn": "promenjeno na uređaju i u sedištu",
    },
    "hq.push.not_a_state": {
        "en": "status must be a workflow state",
        "sq": "status duhet të jetë një gjendje e rrjedhës së punës",
        "sr-Latn": "status mora biti stanje toka rada",
        "sr-Cyrl": "status мора бити стање тока рада",
    },
    "hq.push.changed_meanwhile": {
        "en": "the case is now '{status}' at HQ (changed there meanwhile), so it cannot go to '{target}'",
        "sq": "rasti tani është '{status}' në selinë qendrore (u ndryshua atje ndërkohë), prandaj nuk mund të kalojë në '{target}'",
        "sr-Latn": "predmet je sada '{status}' u sedištu (u međuvremenu je tamo promenjen), pa ne može da pređe u '{target}'",
    },
    "hq.push.note_fields": {
        "en": "a note carries only note_id, text, author and at",
        "sq": "një shënim mbart vetëm note_id, text, author dhe at",
        "sr-Latn": "beleška sadrži samo note_id, text, author i at",
        "sr-Cyrl": "белешка садржи само note_id, text, author и at",
    },
    "hq.push.note_id_uuid": {
        "en": "note_id must be a UUID",
        "sq": "note_id duhet të jetë UUID",
        "sr-Latn": "note_id mora biti UUID",
        "sr-Cyrl": "note_id мора бити UUID",
    },
    "hq.push.note_id_used": {
        "en": "this note id is already used",
        "sq": "ky id shënimi është përdorur tashmë",
        "sr-Latn": "ovaj id beleške je već iskorišćen",
    },
    "hq.push.op_id_used": {
        "en": "this op id was already used",
        "sq": "ky id veprimi është përdorur tashmë",
        "sr-Latn": "ovaj id operacije je već iskorišćen",
    },
    # --- a device's USB bundle at HQ (sync/server/bundles) ---
    "hq.bundle.damaged": {
        "en": "{name}: {problem}. Nothing was changed.",
        "sq": "{name}: {problem}. Asgjë nuk u ndryshua.",
        "sr-Latn": "{name}: {problem}. Ništa nije promenjeno.",
    },
    "hq.bundle.not_from_device": {
        "en": "{name} is not a device's bundle (it is an '{kind}' bundle). Nothing was changed.",
        "sq": "{name} nuk është paketë e një pajisjeje (është paketë '{kind}'). Asgjë nuk u ndryshua.",
        "sr-Latn": "Datoteka {name} nije paket uređaja (to je paket '{kind}'). Ništa nije promenjeno.",
    },
    "hq.bundle.other_hq": {
        "en": "{name} was made for another HQ; it cannot be imported here. Nothing was changed.",
        "sq": "{name} është bërë për një seli tjetër; nuk mund të importohet këtu. Asgjë nuk u ndryshua.",
        "sr-Latn": "Datoteka {name} je napravljena za drugo sedište; ne može da se uveze ovde. Ništa nije promenjeno.",
    },
    "hq.bundle.not_enrolled": {
        "en": "{name} comes from a device that is not enrolled at this HQ. Nothing was changed.",
        "sq": "{name} vjen nga një pajisje që nuk është regjistruar në këtë seli. Asgjë nuk u ndryshua.",
        "sr-Latn": "Datoteka {name} dolazi sa uređaja koji nije registrovan u ovom sedištu. Ništa nije promenjeno.",
    },
    "hq.bundle.revoked": {
        "en": "{name} comes from a revoked device; it was quarantined in {folder} and not applied.",
        "sq": "{name} vjen nga një pajisje e revokuar; u vendos në karantinë në {folder} dhe nuk u zbatua.",
        "sr-Latn": "Datoteka {name} dolazi sa opozvanog uređaja; stavljena je u karantin u {folder} i nije primenjena.",
    },
    "hq.bundle.replay": {
        "en": "{name} was already imported on {when} (a replay); ask the officer for a new bundle if the acknowledgement was lost. Nothing was changed.",
        "sq": "{name} është importuar tashmë më {when} (përsëritje); kërkojini zyrtarit një paketë të re nëse përgjigjja ka humbur. Asgjë nuk u ndryshua.",
        "sr-Latn": "Datoteka {name} je već uvezena {when} (ponavljanje); zatražite od službenika novi paket ako je odgovor izgubljen. Ništa nije promenjeno.",
    },
    "hq.bundle.invalid_contents": {
        "en": "{name}: its contents are not valid sync data. Nothing was changed.",
        "sq": "{name}: përmbajtja nuk përbën të dhëna të vlefshme sinkronizimi. Asgjë nuk u ndryshua.",
        "sr-Latn": "{name}: sadržaj nisu ispravni podaci za sinhronizaciju. Ništa nije promenjeno.",
    },
    # --- the HQ data folder (sync/server/config.py) ---
    "hq.config.not_hq_folder": {
        "en": "{root} is not an HQ data folder; run 'fieldapp-hq --data {root} init' first.",
        "sq": "{root} nuk është dosje të dhënash e selisë qendrore; ekzekutoni më parë 'fieldapp-hq --data {root} init'.",
        "sr-Latn": "{root} nije fascikla sa podacima sedišta; prvo pokrenite 'fieldapp-hq --data {root} init'.",
        "sr-Cyrl": "{root} није фасцикла са подацима седишта; прво покрените 'fieldapp-hq --data {root} init'.",
    },
    "hq.config.unreadable": {
        "en": "{path} cannot be read ({reason}); restore it from a backup.",
        "sq": "{path} nuk mund të lexohet ({reason}); riktheni atë nga një kopje rezervë.",
        "sr-Latn": "Datoteka {path} ne može da se pročita ({reason}); vratite je iz rezervne kopije.",
    },
    "hq.config.damaged": {
        "en": "{path} is damaged; restore it from a backup.",
        "sq": "{path} është i dëmtuar; riktheni atë nga një kopje rezervë.",
        "sr-Latn": "Datoteka {path} je oštećena; vratite je iz rezervne kopije.",
    },
    "hq.config.already_hq": {
        "en": "{root} already holds an HQ; it was left as it is.",
        "sq": "{root} përmban tashmë një seli; u la siç ishte.",
        "sr-Latn": "{root} već sadrži sedište; ostavljeno je kakvo jeste.",
    },
    "hq.config.key_damaged": {
        "en": "The key file {path} is missing or damaged; restore it from a backup.",
        "sq": "Skedari i çelësit {path} mungon ose është i dëmtuar; riktheni atë nga një kopje rezervë.",
        "sr-Latn": "Datoteka ključa {path} nedostaje ili je oštećena; vratite je iz rezervne kopije.",
    },
    "hq.config.certificate_damaged": {
        "en": "The certificate {path} is missing or damaged.",
        "sq": "Certifikata {path} mungon ose është e dëmtuar.",
        "sr-Latn": "Sertifikat {path} nedostaje ili je oštećen.",
    },
    # --- fieldapp-hq (sync/server/cli.py): errors ---
    "hq.cli.no_schema": {
        "en": "The database has no HQ schema yet; run 'fieldapp-hq init' (or 'migrate').",
        "sq": "Baza e të dhënave nuk ka ende skemën e selisë qendrore; ekzekutoni 'fieldapp-hq init' (ose 'migrate').",
        "sr-Latn": "Baza podataka još nema šemu sedišta; pokrenite 'fieldapp-hq init' (ili 'migrate').",
        "sr-Cyrl": "База података још нема шему седишта; покрените 'fieldapp-hq init' (или 'migrate').",
    },
    "hq.cli.old_schema": {
        "en": "The database schema is at {current}, this HQ needs {head}; run 'fieldapp-hq migrate'.",
        "sq": "Skema e bazës së të dhënave është në {current}, kjo seli ka nevojë për {head}; ekzekutoni 'fieldapp-hq migrate'.",
        "sr-Latn": "Šema baze podataka je na {current}, a ovom sedištu treba {head}; pokrenite 'fieldapp-hq migrate'.",
        "sr-Cyrl": "Шема базе података је на {current}, а овом седишту треба {head}; покрените 'fieldapp-hq migrate'.",
    },
    "hq.cli.workers_need_port": {
        "en": "Give a --port when running several workers.",
        "sq": "Jepni një --port kur ekzekutoni disa procese punuese.",
        "sr-Latn": "Navedite --port kada pokrećete više radnih procesa.",
        "sr-Cyrl": "Наведите --port када покрећете више радних процеса.",
    },
    "hq.cli.cannot_listen": {
        "en": "Cannot listen on {host}:{port} ({reason}); choose another --port.",
        "sq": "Nuk mund të dëgjohet në {host}:{port} ({reason}); zgjidhni një --port tjetër.",
        "sr-Latn": "Nije moguće slušati na {host}:{port} ({reason}); izaberite drugi --port.",
        "sr-Cyrl": "Није могуће слушати на {host}:{port} ({reason}); изаберите други --port.",
    },
    "hq.cli.bad_hours": {
        "en": "--hours must be between 0 and 720.",
        "sq": "--hours duhet të jetë ndërmjet 0 dhe 720.",
        "sr-Latn": "--hours mora biti između 0 i 720.",
        "sr-Cyrl": "--hours мора бити између 0 и 720.",
    },
    "hq.cli.not_a_folder": {
        "en": "{path} is not a folder; give the folder to write the acknowledgement into.",
        "sq": "{path} nuk është dosje; jepni dosjen ku do të shkruhet përgjigjja.",
        "sr-Latn": "{path} nije fascikla; navedite fasciklu u koju treba upisati odgovor.",
    },
    "hq.cli.cannot_read": {
        "en": "Cannot read {path} ({reason}).",
        "sq": "{path} nuk mund të lexohet ({reason}).",
        "sr-Latn": "Nije moguće pročitati {path} ({reason}).",
    },
    "hq.cli.bad_json": {
        "en": "Cannot read {path} as JSON ({reason}).",
        "sq": "{path} nuk mund të lexohet si JSON ({reason}).",
        "sr-Latn": "Nije moguće pročitati {path} kao JSON ({reason}).",
        "sr-Cyrl": "Није могуће прочитати {path} као JSON ({reason}).",
    },
    "hq.cli.bad_db_url": {
        "en": "--db is not a database URL ({reason}).",
        "sq": "--db nuk është URL e bazës së të dhënave ({reason}).",
        "sr-Latn": "--db nije URL baze podataka ({reason}).",
        "sr-Cyrl": "--db није URL базе података ({reason}).",
    },
    "hq.cli.db_unusable": {
        "en": "cannot use the database {url} ({kind}); check --db and that the server is running.",
        "sq": "baza e të dhënave {url} nuk mund të përdoret ({kind}); kontrolloni --db dhe që serveri është në punë.",
        "sr-Latn": "baza podataka {url} ne može da se koristi ({kind}); proverite --db i da li server radi.",
        "sr-Cyrl": "база података {url} не може да се користи ({kind}); проверите --db и да ли сервер ради.",
    },
    "hq.cli.internal_error": {
        "en": "internal error ({kind}): {summary}",
        "sq": "gabim i brendshëm ({kind}): {summary}",
        "sr-Latn": "interna greška ({kind}): {summary}",
    },
    # --- fieldapp-hq: what commands print ---
    "hq.cli.initialised": {
        "en": "HQ initialised in {root}\nDatabase: {db}\nCertificate SHA-256 fingerprint: {fingerprint}",
        "sq": "Selia qendrore u krijua në {root}\nBaza e të dhënave: {db}\nGjurma SHA-256 e certifikatës: {fingerprint}",
        "sr-Latn": "Sedište je napravljeno u {root}\nBaza podataka: {db}\nSHA-256 otisak sertifikata: {fingerprint}",
        "sr-Cyrl": "Седиште је направљено у {root}\nБаза података: {db}\nSHA-256 отисак сертификата: {fingerprint}",
    },
    "hq.cli.migrated": {
        "en": "Schema is at {schema}.",
        "sq": "Skema është në {schema}.",
        "sr-Latn": "Šema je na {schema}.",
    },
    "hq.cli.listening": {
        "en": "FieldApp HQ listening on {url}\nCertificate SHA-256 fingerprint: {fingerprint}",
        "sq": "Selia qendrore e FieldApp dëgjon në {url}\nGjurma SHA-256 e certifikatës: {fingerprint}",
        "sr-Latn": "FieldApp sedište sluša na {url}\nSHA-256 otisak sertifikata: {fingerprint}",
        "sr-Cyrl": "FieldApp седиште слуша на {url}\nSHA-256 отисак сертификата: {fingerprint}",
    },
    "hq.cli.user_added": {
        "en": "User {name} added as {role}.",
        "sq": "Përdoruesi {name} u shtua si {role}.",
        "sr-Latn": "Korisnik {name} je dodat kao {role}.",
    },
    "hq.cli.user_added_for": {
        "en": "User {name} added as {role} for {municipalities:list}.",
        "sq": "Përdoruesi {name} u shtua si {role} për {municipalities:list}.",
        "sr-Latn": "Korisnik {name} je dodat kao {role} za {municipalities:list}.",
    },
    "hq.cli.no_users": {"en": "No users.", "sq": "Asnjë përdorues.", "sr-Latn": "Nema korisnika."},
    "hq.cli.enrol_code": {
        "en": "Enrolment code for {user}: {code}\nSingle use; expires {expires}.",
        "sq": "Kodi i regjistrimit për {user}: {code}\nPërdoret një herë; skadon më {expires}.",
        "sr-Latn": "Kod za registraciju za {user}: {code}\nZa jednokratnu upotrebu; ističe {expires}.",
    },
    "hq.cli.device_line": {
        "en": "{id}  {user} {role} enrolled {enrolled}  last seen {seen}",
        "sq": "{id}  {user} {role} regjistruar {enrolled}  parë së fundi {seen}",
        "sr-Latn": "{id}  {user} {role} registrovan {enrolled}  poslednji put viđen {seen}",
    },
    "hq.cli.device_revoked_line": {
        "en": "{id}  {user} {role} enrolled {enrolled}  last seen {seen}  REVOKED",
        "sq": "{id}  {user} {role} regjistruar {enrolled}  parë së fundi {seen}  REVOKUAR",
        "sr-Latn": "{id}  {user} {role} registrovan {enrolled}  poslednji put viđen {seen}  OPOZVAN",
    },
    "hq.cli.no_devices": {"en": "No devices.", "sq": "Asnjë pajisje.", "sr-Latn": "Nema uređaja."},
    "hq.cli.revoked": {
        "en": "Device {id} ({user}) is revoked; on its next contact it is refused and deletes its keys.",
        "sq": "Pajisja {id} ({user}) është revokuar; në kontaktin e ardhshëm refuzohet dhe i fshin çelësat e saj.",
        "sr-Latn": "Uređaj {id} ({user}) je opozvan; pri sledećem javljanju biće odbijen i obrisaće svoje ključeve.",
    },
    "hq.cli.bundle_imported": {
        "en": "Imported {n} {n:plural=change|changes} from {user}'s device ({counts:list}).\nAcknowledgement written to {ack}; take it back to the laptop.",
        "sq": "{n} {n:plural=ndryshim u importua|ndryshime u importuan} nga pajisja e {user} ({counts:list}).\nPërgjigjja u shkrua në {ack}; çojeni përsëri te laptopi.",
        "sr-Latn": "{n} {n:plural=izmena uvezena|izmene uvezene|izmena uvezeno} sa uređaja korisnika {user} ({counts:list}).\nOdgovor je upisan u {ack}; odnesite ga nazad na laptop.",
    },
    "hq.cli.count.applied": {"en": "{n} applied", "sq": "{n} të zbatuara", "sr-Latn": "primenjeno: {n}"},
    "hq.cli.count.merged": {"en": "{n} merged", "sq": "{n} të bashkuara", "sr-Latn": "spojeno: {n}"},
    "hq.cli.count.conflict": {"en": "{n} conflict", "sq": "{n} në konflikt", "sr-Latn": "u sukobu: {n}"},
    "hq.cli.count.rejected": {"en": "{n} rejected", "sq": "{n} të refuzuara", "sr-Latn": "odbijeno: {n}"},
    "hq.cli.nothing_new": {"en": "nothing new", "sq": "asgjë e re", "sr-Latn": "ništa novo"},
    "hq.cli.conflict_mark": {"en": "CONFLICT", "sq": "KONFLIKT", "sr-Latn": "SUKOB"},
    "hq.cli.no_cases": {"en": "No cases.", "sq": "Asnjë rast.", "sr-Latn": "Nema predmeta."},
    "hq.cli.case": {
        "en": "Case {case} ({status}, revision {revision}), municipality {municipality}, owner {owner}",
        "sq": "Rasti {case} ({status}, revizioni {revision}), komuna {municipality}, pronari {owner}",
        "sr-Latn": "Predmet {case} ({status}, revizija {revision}), opština {municipality}, vlasnik {owner}",
    },
    "hq.cli.history": {
        "en": "{at}  {source} -> {target} by {by}",
        "sq": "{at}  {source} -> {target} nga {by}",
        "sr-Latn": "{at}  {source} -> {target}, {by}",
    },
    "hq.cli.history_comment": {
        "en": "{at}  {source} -> {target} by {by}: {comment}",
        "sq": "{at}  {source} -> {target} nga {by}: {comment}",
        "sr-Latn": "{at}  {source} -> {target}, {by}: {comment}",
    },
    "hq.cli.case_conflict": {
        "en": "CONFLICT {id} on {field}",
        "sq": "KONFLIKT {id} në {field}",
        "sr-Latn": "SUKOB {id} na {field}",
    },
    "hq.cli.assigned": {
        "en": "Case {case} is assigned to {user}.",
        "sq": "Rasti {case} iu caktua {user}.",
        "sr-Latn": "Predmet {case} je dodeljen korisniku {user}.",
    },
    "hq.cli.duplicate_of": {
        "en": "  duplicate of {case}",
        "sq": "  dyfish i {case}",
        "sr-Latn": "  duplikat predmeta {case}",
    },
    "hq.cli.assigned_line": {
        "en": "  assigned to {user}",
        "sq": "  i caktuar për {user}",
        "sr-Latn": "  dodeljen korisniku {user}",
    },
    "hq.cli.moved": {
        "en": "Case {case} went from {source:status} to {target:status}.",
        "sq": "Rasti {case} kaloi nga {source:status} në {target:status}.",
        "sr-Latn": "Predmet {case} je prešao iz statusa {source:status} u {target:status}.",
    },
    "hq.cli.decided": {
        "en": "Case {case} is now {status:status}.",
        "sq": "Rasti {case} tani është: {status:status}.",
        "sr-Latn": "Predmet {case} je sada u statusu: {status:status}.",
    },
    "hq.cli.conflict_line": {
        "en": "{id}  case {case}  field {field}",
        "sq": "{id}  rasti {case}  fusha {field}",
        "sr-Latn": "{id}  predmet {case}  polje {field}",
    },
    "hq.cli.no_conflicts": {
        "en": "No open conflicts.",
        "sq": "Asnjë konflikt i hapur.",
        "sr-Latn": "Nema otvorenih sukoba.",
    },
    "hq.cli.kept_hq": {
        "en": "Conflict on {field} resolved: kept the hq value.",
        "sq": "Konflikti në {field} u zgjidh: u mbajt vlera e selisë qendrore.",
        "sr-Latn": "Sukob na {field} je rešen: zadržana je vrednost sedišta.",
    },
    "hq.cli.kept_device": {
        "en": "Conflict on {field} resolved: kept the device value.",
        "sq": "Konflikti në {field} u zgjidh: u mbajt vlera e pajisjes.",
        "sr-Latn": "Sukob na {field} je rešen: zadržana je vrednost sa uređaja.",
    },
    "hq.cli.reference_set": {
        "en": "Reference data '{key}' is at version {version}; devices get it on their next sync.",
        "sq": "Të dhënat referuese '{key}' janë në versionin {version}; pajisjet i marrin në sinkronizimin e ardhshëm.",
        "sr-Latn": "Referentni podaci '{key}' su u verziji {version}; uređaji ih dobijaju pri sledećoj sinhronizaciji.",
    },
    # --- fieldapp-hq duplicates ---
    "hq.duplicates.pair": {
        "en": "{case} ~ {other}  score {score}: {reasons}",
        "sq": "{case} ~ {other}  pikë {score}: {reasons}",
        "sr-Latn": "{case} ~ {other}  ocena {score}: {reasons}",
    },
    "hq.duplicates.none": {
        "en": "No possible duplicate households.",
        "sq": "Asnjë familje e mundshme e dyfishtë.",
        "sr-Latn": "Nema mogućih dvostrukih domaćinstava.",
    },
    "hq.duplicates.total": {
        "en": "{n} possible duplicate pairs.",
        "sq": "{n} çifte të mundshme të dyfishta.",
        "sr-Latn": "Mogućih dvostrukih parova: {n}.",
    },
    "hq.duplicates.dismissed": {
        "en": "Recorded: {case} and {other} are not the same household; they are not listed again.",
        "sq": "U regjistrua: {case} dhe {other} nuk janë e njëjta familje; nuk listohen më.",
        "sr-Latn": "Zabeleženo: {case} i {other} nisu isto domaćinstvo; više se ne navode.",
    },
    "hq.duplicates.bad_min_score": {
        "en": "--min-score must be a number from 0 to 1, not {score}.",
        "sq": "--min-score duhet të jetë një numër nga 0 deri në 1, jo {score}.",
        "sr-Latn": "--min-score mora biti broj od 0 do 1, a ne {score}.",
    },
    "hq.duplicates.not_same_needs_two": {
        "en": "--not-same takes two cases: fieldapp-hq duplicates --not-same CASE OTHER --as USER.",
        "sq": "--not-same kërkon dy raste: fieldapp-hq duplicates --not-same CASE OTHER --as USER.",
        "sr-Latn": "--not-same traži dva predmeta: fieldapp-hq duplicates --not-same CASE OTHER --as USER.",
    },
    "hq.duplicates.not_same_needs_user": {
        "en": "--not-same needs --as USER: the reviewer who says the two are not the same household.",
        "sq": "--not-same kërkon --as USER: shqyrtuesi që thotë se të dy nuk janë e njëjta familje.",
        "sr-Latn": "--not-same traži --as USER: recenzent koji kaže da to dvoje nije isto domaćinstvo.",
    },
    "hq.duplicates.not_reviewer": {
        "en": "Only a municipal return officer, a supervisor or an HQ admin may say two cases are not the same household.",
        "sq": "Vetëm zyrtari komunal për kthim, mbikëqyrësi ose administratori i selisë mund të thotë se dy raste nuk janë e njëjta familje.",
        "sr-Latn": "Samo opštinski službenik za povratak, supervizor ili administrator sedišta može reći da dva predmeta nisu isto domaćinstvo.",
    },
    "hq.duplicates.publish_whole": {
        "en": "--publish runs over every case with the default minimum: leave out --municipality, --min-score and --as.",
        "sq": "--publish kalon nëpër çdo rast me minimumin e paracaktuar: hiqni --municipality, --min-score dhe --as.",
        "sr-Latn": "--publish prolazi kroz sve predmete sa podrazumevanim minimumom: izostavite --municipality, --min-score i --as.",
    },
    "hq.duplicates.published": {
        "en": "Laptops are told of {pairs} possible duplicate pairs ({added} new, {removed} gone, {rescored} scored again); {cases} cases go out on their next sync.",
        "sq": "Laptopëve u njoftohen {pairs} çifte të mundshme të dyfishta ({added} të reja, {removed} të hequra, {rescored} të rivlerësuara); {cases} raste dërgohen në sinkronizimin e tyre të ardhshëm.",
        "sr-Latn": "Laptopovima se javlja mogućih dvostrukih parova: {pairs} ({added} novih, {removed} uklonjenih, {rescored} ponovo ocenjenih); predmeta koji se šalju pri sledećoj sinhronizaciji: {cases}.",
    },
    "hq.duplicates.same_case": {
        "en": "{case} cannot be dismissed as a duplicate of itself: name two different cases.",
        "sq": "{case} nuk mund të hidhet poshtë si dublikatë e vetvetes: emërtoni dy raste të ndryshme.",
        "sr-Latn": "{case} ne može da se odbaci kao duplikat samog sebe: navedite dva različita predmeta.",
    },
}
