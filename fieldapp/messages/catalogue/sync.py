"""Messages of the sync area: id → {"en": …, "sq": …, "sr-Latn": …} (Cyrillic derived)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the wire format and bundle files (sync/protocol): the problem inside a longer message ---
    "sync.protocol.not_base64_text": {
        "en": "{what} must be base64 text",
        "sq": "{what} duhet të jetë tekst base64",
        "sr-Latn": "{what} mora biti base64 tekst",
        "sr-Cyrl": "{what} мора бити base64 текст",
    },
    "sync.protocol.bad_base64": {
        "en": "{what} is not valid base64",
        "sq": "{what} nuk është base64 i vlefshëm",
        "sr-Latn": "{what} nije ispravan base64",
        "sr-Cyrl": "{what} није исправан base64",
    },
    "sync.protocol.wrong_size": {
        "en": "{what} must be {size} {size:plural=byte|bytes}",
        "sq": "{what} duhet të ketë {size} {size:plural=bajt|bajte}",
        "sr-Latn": "{what} mora imati {size} {size:plural=bajt|bajta|bajtova}",
    },
    "sync.protocol.bad_zstd": {
        "en": "the body is not valid zstd data",
        "sq": "përmbajtja nuk është në formatin e vlefshëm zstd",
        "sr-Latn": "sadržaj nije u ispravnom zstd formatu",
        "sr-Cyrl": "садржај није у исправном zstd формату",
    },
    "sync.protocol.expands_too_far": {
        "en": "the body expands to more than {limit} {limit:plural=byte|bytes}",
        "sq": "përmbajtja e zbërthyer kalon {limit} {limit:plural=bajt|bajte}",
        "sr-Latn": "raspakovan sadržaj premašuje {limit} {limit:plural=bajt|bajta|bajtova}",
    },
    "sync.protocol.body_too_large": {
        "en": "the body is larger than {limit} {limit:plural=byte|bytes}",
        "sq": "përmbajtja është më e madhe se {limit} {limit:plural=bajt|bajte}",
        "sr-Latn": "sadržaj je veći od {limit} {limit:plural=bajta|bajta|bajtova}",
    },
    "sync.protocol.bad_json": {
        "en": "the body is not valid UTF-8 JSON",
        "sq": "përmbajtja nuk është JSON i vlefshëm në UTF-8",
        "sr-Latn": "sadržaj nije ispravan JSON u UTF-8",
        "sr-Cyrl": "садржај није исправан JSON у UTF-8",
    },
    "sync.protocol.not_ed25519": {
        "en": "{what} is not an Ed25519 public key",
        "sq": "{what} nuk është çelës publik Ed25519",
        "sr-Latn": "{what} nije javni ključ Ed25519",
        "sr-Cyrl": "{what} није јавни кључ Ed25519",
    },
    "sync.protocol.not_x25519": {
        "en": "{what} is not an X25519 public key",
        "sq": "{what} nuk është çelës publik X25519",
        "sr-Latn": "{what} nije javni ključ X25519",
    },
    "sync.protocol.bundle_too_large": {
        "en": "the bundle is larger than any FieldApp bundle can be",
        "sq": "paketa është më e madhe se sa mund të jetë çdo paketë e FieldApp",
        "sr-Latn": "paket je veći nego što ijedan FieldApp paket može da bude",
        "sr-Cyrl": "пакет је већи него што иједан FieldApp пакет може да буде",
    },
    "sync.protocol.not_a_bundle": {
        "en": "this file is not a FieldApp sync bundle",
        "sq": "ky skedar nuk është paketë sinkronizimi e FieldApp",
        "sr-Latn": "ova datoteka nije FieldApp paket za sinhronizaciju",
        "sr-Cyrl": "ова датотека није FieldApp пакет за синхронизацију",
    },
    "sync.protocol.truncated": {
        "en": "the bundle is truncated or damaged",
        "sq": "paketa është e cunguar ose e dëmtuar",
        "sr-Latn": "paket je skraćen ili oštećen",
    },
    "sync.protocol.length_mismatch": {
        "en": "the bundle is truncated or damaged (its length does not add up)",
        "sq": "paketa është e cunguar ose e dëmtuar (gjatësia e saj nuk përputhet)",
        "sr-Latn": "paket je skraćen ili oštećen (njegova dužina se ne slaže)",
    },
    "sync.protocol.header_damaged": {
        "en": "the bundle header is damaged",
        "sq": "koka e paketës është e dëmtuar",
        "sr-Latn": "zaglavlje paketa je oštećeno",
    },
    "sync.protocol.header_foreign": {
        "en": "the bundle header is not a FieldApp bundle header",
        "sq": "koka e paketës nuk është kokë e një pakete FieldApp",
        "sr-Latn": "zaglavlje paketa nije zaglavlje FieldApp paketa",
        "sr-Cyrl": "заглавље пакета није заглавље FieldApp пакета",
    },
    "sync.protocol.header_lacks": {
        "en": "the bundle header lacks '{key}'",
        "sq": "kokës së paketës i mungon '{key}'",
        "sr-Latn": "u zaglavlju paketa nedostaje '{key}'",
    },
    "sync.protocol.bad_signature": {
        "en": "the bundle's signature does not verify: it was altered, damaged, or signed by someone else",
        "sq": "nënshkrimi i paketës nuk verifikohet: është ndryshuar, është dëmtuar ose është nënshkruar nga dikush tjetër",
        "sr-Latn": "potpis paketa nije ispravan: paket je izmenjen, oštećen ili ga je potpisao neko drugi",
    },
    "sync.protocol.foreign_key": {
        "en": "the bundle does not open with this key: it was made for someone else",
        "sq": "paketa nuk hapet me këtë çelës: është bërë për dikë tjetër",
        "sr-Latn": "paket se ne otvara ovim ključem: napravljen je za nekog drugog",
    },
    # --- talking to HQ (sync/client) ---
    "sync.hq_address_invalid": {
        "en": "'{url}' is not an HQ address; give it as https://HOST:PORT.",
        "sq": "'{url}' nuk është adresë e selisë qendrore; shkruajeni si https://HOST:PORT.",
        "sr-Latn": "'{url}' nije adresa sedišta; napišite je kao https://HOST:PORT.",
        "sr-Cyrl": "'{url}' није адреса седишта; напишите је као https://HOST:PORT.",
    },
    "sync.hq_unreachable_at_enrolment": {
        "en": "HQ at {url} cannot be reached ({kind}); check the address and the connection.",
        "sq": "Selia qendrore në {url} nuk mund të arrihet ({kind}); kontrolloni adresën dhe lidhjen.",
        "sr-Latn": "Sedište na {url} nije dostupno ({kind}); proverite adresu i vezu.",
    },
    "sync.hq_no_certificate": {
        "en": "HQ at {url} sent no certificate.",
        "sq": "Selia qendrore në {url} nuk dërgoi asnjë certifikatë.",
        "sr-Latn": "Sedište na {url} nije poslalo sertifikat.",
    },
    "sync.client_not_enrolled": {
        "en": "This laptop is not enrolled with HQ; run 'fieldapp enrol' first.",
        "sq": "Ky laptop nuk është regjistruar në selinë qendrore; ekzekutoni më parë 'fieldapp enrol'.",
        "sr-Latn": "Ovaj laptop nije registrovan u sedištu; prvo pokrenite 'fieldapp enrol'.",
        "sr-Cyrl": "Овај лаптоп није регистрован у седишту; прво покрените 'fieldapp enrol'.",
    },
    "sync.certificate_mismatch": {
        "en": "HQ at {url} presented a certificate that is not the one pinned at enrolment; nothing was sent. Do not sync; contact HQ.",
        "sq": "Selia qendrore në {url} paraqiti një certifikatë që nuk është ajo e ruajtur gjatë regjistrimit; asgjë nuk u dërgua. Mos sinkronizoni; kontaktoni selinë qendrore.",
        "sr-Latn": "Sedište na {url} je pokazalo sertifikat koji nije onaj zapamćen pri registraciji; ništa nije poslato. Ne sinhronizujte; obratite se sedištu.",
    },
    "sync.hq_unreachable": {
        "en": "HQ at {url} cannot be reached; check the connection and sync again. Nothing was lost.",
        "sq": "Selia qendrore në {url} nuk mund të arrihet; kontrolloni lidhjen dhe sinkronizoni përsëri. Asgjë nuk humbi.",
        "sr-Latn": "Sedište na {url} nije dostupno; proverite vezu i ponovo sinhronizujte. Ništa nije izgubljeno.",
    },
    "sync.connection_lost": {
        "en": "The connection to HQ at {url} was lost; sync again to resume. Nothing was lost.",
        "sq": "Lidhja me selinë qendrore në {url} u ndërpre; sinkronizoni përsëri për të vazhduar. Asgjë nuk humbi.",
        "sr-Latn": "Veza sa sedištem na {url} je prekinuta; ponovo sinhronizujte da biste nastavili. Ništa nije izgubljeno.",
    },
    "sync.hq_answer_not_fieldapp": {
        "en": "HQ answered with something that is not a FieldApp answer (HTTP {status}); try again later.",
        "sq": "Selia qendrore u përgjigj me diçka që nuk është përgjigje e FieldApp (HTTP {status}); provoni përsëri më vonë.",
        "sr-Latn": "Sedište je odgovorilo nečim što nije FieldApp odgovor (HTTP {status}); pokušajte ponovo kasnije.",
        "sr-Cyrl": "Седиште је одговорило нечим што није FieldApp одговор (HTTP {status}); покушајте поново касније.",
    },
    "sync.hq_failed": {
        "en": "HQ could not complete the request ({reason}); sync again later. Nothing was lost.",
        "sq": "Selia qendrore nuk mundi ta përfundonte kërkesën ({reason}); sinkronizoni përsëri më vonë. Asgjë nuk humbi.",
        "sr-Latn": "Sedište nije moglo da završi zahtev ({reason}); ponovo sinhronizujte kasnije. Ništa nije izgubljeno.",
    },
    "sync.hq_refused": {
        "en": "HQ refused: {reason}",
        "sq": "Selia qendrore refuzoi: {reason}",
        "sr-Latn": "Sedište je odbilo: {reason}",
    },
    # What an HQ that predates message ids said, in its own (English) words.
    "sync.hq_said": {"en": "{text}", "sq": "{text}", "sr-Latn": "{text}"},
    "sync.http_status": {"en": "HTTP {status}", "sq": "HTTP {status}", "sr-Latn": "HTTP {status}", "sr-Cyrl": "HTTP {status}"},
    "sync.hq_answer_unexpected": {
        "en": "HQ's answer did not have the expected form; is the HQ server the same version as this app?",
        "sq": "Përgjigjja e selisë qendrore nuk kishte formën e pritur; a është serveri i selisë në të njëjtin version me këtë aplikacion?",
        "sr-Latn": "Odgovor sedišta nije imao očekivani oblik; da li je server sedišta iste verzije kao ova aplikacija?",
    },
    # --- USB bundles on the laptop (sync/bundle) ---
    "sync.bundle_not_a_folder": {
        "en": "{path} is not a folder; give the folder (e.g. the USB stick) to write into.",
        "sq": "{path} nuk është dosje; jepni dosjen ku do të shkruhet (p.sh. USB-në).",
        "sr-Latn": "{path} nije fascikla; navedite fasciklu u koju treba pisati (npr. USB stik).",
    },
    "sync.bundle_unreadable": {
        "en": "Cannot read {path} ({reason}).",
        "sq": "{path} nuk mund të lexohet ({reason}).",
        "sr-Latn": "Nije moguće pročitati {path} ({reason}).",
    },
    "sync.bundle_damaged": {
        "en": "{name}: {problem}; nothing was changed.",
        "sq": "{name}: {problem}; asgjë nuk u ndryshua.",
        "sr-Latn": "{name}: {problem}; ništa nije promenjeno.",
    },
    "sync.bundle_not_ack": {
        "en": "{name} is not an acknowledgement from HQ; nothing was changed.",
        "sq": "{name} nuk është përgjigje nga selia qendrore; asgjë nuk u ndryshua.",
        "sr-Latn": "Datoteka {name} nije odgovor sedišta; ništa nije promenjeno.",
    },
    "sync.bundle_foreign": {
        "en": "{name} was made for another laptop or another HQ; nothing was changed.",
        "sq": "{name} është bërë për një laptop tjetër ose për një seli tjetër; asgjë nuk u ndryshua.",
        "sr-Latn": "Datoteka {name} je napravljena za drugi laptop ili drugo sedište; ništa nije promenjeno.",
    },
    "sync.bundle_no_sequence": {
        "en": "{name}: the acknowledgement has no sequence number; nothing was changed.",
        "sq": "{name}: përgjigjja nuk ka numër rendor; asgjë nuk u ndryshua.",
        "sr-Latn": "{name}: odgovor nema redni broj; ništa nije promenjeno.",
    },
    "sync.bundle_replay": {
        "en": "{name} was already imported, or a newer acknowledgement was (a replay); nothing was changed.",
        "sq": "{name} është importuar tashmë, ose është importuar një përgjigje më e re (përsëritje); asgjë nuk u ndryshua.",
        "sr-Latn": "Datoteka {name} je već uvezena, ili je uvezen noviji odgovor (ponavljanje); ništa nije promenjeno.",
    },
    "sync.bundle_invalid_contents": {
        "en": "{name}: its contents are not valid sync data; nothing was changed.",
        "sq": "{name}: përmbajtja nuk përbën të dhëna të vlefshme sinkronizimi; asgjë nuk u ndryshua.",
        "sr-Latn": "{name}: sadržaj nisu ispravni podaci za sinhronizaciju; ništa nije promenjeno.",
    },
    # --- what 'fieldapp enrol' and 'fieldapp sync …' print (sync/device_cli.py) ---
    "sync.cli.check_fingerprint": {
        "en": "HQ's certificate fingerprint is {fingerprint}; check it matches the one HQ gave you.",
        "sq": "Gjurma e certifikatës së selisë qendrore është {fingerprint}; kontrolloni që përputhet me atë që ju dha selia.",
        "sr-Latn": "Otisak sertifikata sedišta je {fingerprint}; proverite da li se poklapa sa onim koji vam je dalo sedište.",
    },
    "sync.cli.enrolled": {
        "en": "Enrolled with HQ at {url} as {user} ({role}); device {device}.",
        "sq": "U regjistrua në selinë qendrore në {url} si {user} ({role}); pajisja {device}.",
        "sr-Latn": "Registrovano u sedištu na {url} kao {user} ({role}); uređaj {device}.",
    },
    "sync.cli.synced": {
        "en": "Synced with HQ: sent {sent} {sent:plural=change|changes}, received {received} case {received:plural=update|updates}.",
        "sq": "U sinkronizua me selinë qendrore: {sent} {sent:plural=ndryshim i dërguar|ndryshime të dërguara}, {received} {received:plural=përditësim rasti i marrë|përditësime rastesh të marra}.",
        "sr-Latn": "Sinhronizovano sa sedištem: {sent} {sent:plural=izmena poslata|izmene poslate|izmena poslato}, {received} {received:plural=ažuriranje predmeta primljeno|ažuriranja predmeta primljena|ažuriranja predmeta primljeno}.",
    },
    "sync.cli.returned": {
        "en": "Returned by the supervisor (editable again): {cases:list}.",
        "sq": "Kthyer nga mbikëqyrësi (mund të redaktohen përsëri): {cases:list}.",
        "sr-Latn": "Vratio supervizor (ponovo se mogu uređivati): {cases:list}.",
    },
    "sync.cli.conflicts": {
        "en": "{n} {n:plural=case has|cases have} conflicts; see 'fieldapp sync conflicts'.",
        "sq": "{n} {n:plural=rast ka|raste kanë} konflikte; shihni 'fieldapp sync conflicts'.",
        "sr-Latn": "{n} {n:plural=predmet ima|predmeta imaju|predmeta ima} sukobe; pogledajte 'fieldapp sync conflicts'.",
        "sr-Cyrl": "{n} {n:plural=предмет има|предмета имају|предмета има} сукобе; погледајте 'fieldapp sync conflicts'.",
    },
    "sync.cli.rejected": {
        "en": "HQ refused {n} {n:plural=change|changes}; see 'fieldapp sync conflicts'.",
        "sq": "Selia qendrore refuzoi {n} {n:plural=ndryshim|ndryshime}; shihni 'fieldapp sync conflicts'.",
        "sr-Latn": "Sedište je odbilo {n} {n:plural=izmenu|izmene|izmena}; pogledajte 'fieldapp sync conflicts'.",
        "sr-Cyrl": "Седиште је одбило {n} {n:plural=измену|измене|измена}; погледајте 'fieldapp sync conflicts'.",
    },
    "sync.cli.exported": {
        "en": "Wrote {n} pending {n:plural=change|changes} to {path}; take it to HQ.",
        "sq": "{n} {n:plural=ndryshim në pritje u shkrua|ndryshime në pritje u shkruan} në {path}; çojeni skedarin te selia qendrore.",
        "sr-Latn": "{n} {n:plural=izmena na čekanju upisana|izmene na čekanju upisane|izmena na čekanju upisano} u {path}; odnesite datoteku u sedište.",
    },
    "sync.cli.imported": {
        "en": "Applied HQ's acknowledgement: {confirmed} {confirmed:plural=change|changes} confirmed, {received} case {received:plural=update|updates} received.",
        "sq": "U zbatua përgjigjja e selisë qendrore: {confirmed} {confirmed:plural=ndryshim i konfirmuar|ndryshime të konfirmuara}, {received} {received:plural=përditësim rasti i marrë|përditësime rastesh të marra}.",
        "sr-Latn": "Primenjen je odgovor sedišta: {confirmed} {confirmed:plural=izmena potvrđena|izmene potvrđene|izmena potvrđeno}, {received} {received:plural=ažuriranje predmeta primljeno|ažuriranja predmeta primljena|ažuriranja predmeta primljeno}.",
    },
    "sync.cli.conflict": {
        "en": "Case {case} field {field}:\n  here: {here}\n  HQ:   {hq}",
        "sq": "Rasti {case}, fusha {field}:\n  këtu:  {here}\n  selia: {hq}",
        "sr-Latn": "Predmet {case}, polje {field}:\n  ovde:    {here}\n  sedište: {hq}",
    },
    "sync.cli.refused": {
        "en": "Refused {kind} on case {case}: {reason}",
        "sq": "U refuzua {kind} në rastin {case}: {reason}",
        "sr-Latn": "Odbijeno {kind} na predmetu {case}: {reason}",
    },
    "sync.cli.no_conflicts": {
        "en": "No conflicts.",
        "sq": "Asnjë konflikt.",
        "sr-Latn": "Nema sukoba.",
    },
}
