"""A labelled set for finding the same person: households, planted re-registrations, look-alikes.

``generate_labelled(n, seed)`` gives ``n`` distinct households (names from many family names,
Albanian and Serbian, Serbian ones in Cyrillic about half the time) and then, planted among them:

- re-registrations of some households, one kind each: ``other_spelling`` (every name written the
  other language's way: Shaban Berisha ↔ Šaban Beriša), ``other_script`` (Serbian Latin ↔
  Cyrillic; Albanian names written the Serbian way in Cyrillic), ``member_missing`` (a member
  left out), ``typo`` (one letter wrong, missing, extra or swapped in the head's family name);
  each may also have a year of birth one off and another settlement, as a second office writes;
- ``lookalike`` households: a brother's household in the same settlement, same family name,
  other head, other wife and children.

Each document carries its id; the labels say which ids are one household (and of what kind) and
which are look-alikes. Usage: ``python bench/gen_people.py N OUT.jsonl [SEED]``.
"""

from __future__ import annotations

import copy
import json
import random
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gen_cases import DISPLACED_IN, NEEDS, SETTLEMENTS
from bench.gen_cases import SQ_FEMALE as SQ_FEMALE_COMMON
from bench.gen_cases import SQ_MALE as SQ_MALE_COMMON
from bench.gen_cases import SR_FEMALE as SR_FEMALE_COMMON
from bench.gen_cases import SR_MALE as SR_MALE_COMMON
from fieldapp.text.folding import latin_to_cyrillic

# Given names as registers in Kosovo hold them: a few hundred in common use per language (the
# benchmark of the case list uses only the most common few dozen).
SQ_MALE = (*SQ_MALE_COMMON, "Adem", "Afrim", "Agim", "Ahmet", "Albert", "Alban", "Altin", "Ardian", "Armend",
           "Artan", "Astrit", "Avni", "Azem", "Bajram", "Bashkim", "Bedri", "Behxhet", "Besart", "Burim",
           "Dardan", "Demë", "Dritan", "Enver", "Fadil", "Fahri", "Fatos", "Fehmi", "Fisnik", "Flamur",
           "Florent", "Gani", "Genc", "Granit", "Halil", "Hamdi", "Hasan", "Hazir", "Ibrahim", "Idriz", "Isa",
           "Ismet", "Jeton", "Kadri", "Kastriot", "Lavdim", "Leutrim", "Luan", "Mehmet", "Milaim", "Muhamet",
           "Murat", "Naim", "Nexhat", "Nuhi", "Petrit", "Qazim", "Qerim", "Rexhep", "Rrahim", "Sabri", "Sadik",
           "Sami", "Selim", "Shaban", "Shpend", "Skender", "Sokol", "Sylejman", "Taulant", "Uran", "Valdet",
           "Vehbi", "Visar", "Xhemajl", "Ymer", "Zenel", "Zeqir")
SQ_FEMALE = (*SQ_FEMALE_COMMON, "Adelina", "Albana", "Alma", "Antigona", "Ardita", "Arjeta", "Bahrije", "Besarta",
             "Blerina", "Bukurije", "Dafina", "Diellza", "Dhurata", "Ermira", "Fatime", "Fatmire", "Feride",
             "Flaka", "Florije", "Ganimete", "Hajrije", "Hatixhe", "Hava", "Ilirjana", "Kaltrina", "Kimete",
             "Leonora", "Liridona", "Lindita", "Majlinda", "Merita", "Mirlinda", "Nazmije", "Nexhmije",
             "Pranvera", "Qamile", "Rina", "Remzije", "Sabrije", "Sanije", "Shpresa", "Sevdije", "Shukrije",
             "Tringa", "Valbona", "Valentina", "Vlora", "Xhevahire", "Yllka", "Zahide", "Zelfije", "Zyrafete")
SR_MALE = (*SR_MALE_COMMON, "Aleksa", "Bogdan", "Boban", "Bojan", "Borislav", "Branko", "Dalibor", "Danilo",
           "Darko", "Dimitrije", "Dobrivoje", "Dragoljub", "Dragomir", "Đurađ", "Filip", "Gavrilo", "Gojko",
           "Ivan", "Jovan", "Lazar", "Luka", "Ljubiša", "Marko", "Milorad", "Milovan", "Milutin", "Miodrag",
           "Mirko", "Momčilo", "Nebojša", "Novica", "Obrad", "Ognjen", "Pavle", "Petar", "Radomir", "Radovan",
           "Ranko", "Rade", "Sava", "Sima", "Siniša", "Slaviša", "Srećko", "Stojan", "Tihomir", "Tomislav",
           "Uroš", "Velimir", "Veljko", "Vladan", "Vojislav", "Vuk", "Zdravko", "Željko", "Živojin", "Ćamil",
           "Šaban", "Džemajl", "Redžep", "Sulejman", "Ramiz", "Bajram", "Sejdi")
SR_FEMALE = (*SR_FEMALE_COMMON, "Anđela", "Bojana", "Branka", "Dara", "Desanka", "Dragica", "Dušanka", "Gorica",
             "Ivana", "Jasmina", "Jagoda", "Katarina", "Kosara", "Ljubica", "Marina", "Milena", "Milka", "Mira",
             "Nada", "Nevena", "Olivera", "Radmila", "Ružica", "Sanja", "Smiljana", "Sofija", "Stana", "Suzana",
             "Tanja", "Teodora", "Vera", "Verica", "Vida", "Zorica", "Živana", "Fatima", "Zumreta", "Ćamila",
             "Šemsa", "Hatidža", "Sabina", "Elvira")
SQ_ROOTS = ("Krasniq", "Gash", "Berish", "Morin", "Shal", "Hoxh", "Kelmend", "Bytyq", "Hasan", "Rexhep",
            "Thaç", "Ahmet", "Sylejman", "Mustaf", "Zeqir", "Dervish", "Halit", "Jashar", "Liman", "Musli",
            "Hysen", "Gërgur", "Dresh", "Çitak", "Beqir", "Sadik", "Hajdar", "Osman", "Rrahman", "Ismajl",
            "Qerim", "Bajram", "Xhafer", "Salih", "Fejz", "Gjon", "Zymer", "Rustem", "Shaqir", "Dibran")
SR_ROOTS = ("Petr", "Jovan", "Nikol", "Mark", "Đorđ", "Stojan", "Stank", "Pavl", "Miloš", "Todor", "Živk",
            "Rist", "Laz", "Sim", "Kost", "Đuk", "Sav", "Vučk", "Mit", "Trajk", "Den", "Ćir", "Radovan", "Bog",
            "Vuk", "Dragan", "Nenad", "Stefan", "Milut", "Dobr", "Zdrav", "Rad", "Mil", "Ljub", "Živ", "Gaj",
            "Čed", "Dželat", "Šaban", "Ćamil")
ONSETS = ("b", "d", "dr", "f", "g", "gj", "h", "k", "kr", "l", "ll", "m", "n", "p", "r", "rr", "s", "sh", "t",
          "v", "xh", "z", "zh", "q", "ç", "st", "br", "j")
VOWELS_SQ = ("a", "e", "i", "o", "u", "y", "ë")
SQ_ENDINGS = ("i", "aj", "ku", "ja", "llari", "oli")
SR_ENDINGS = ("ović", "ević", "ić", "in", "ac")

# Albanian ⇄ Serbian orthography, sound by sound (how a second office writes the same name).
_SQ_TO_SR = (("xh", "dž"), ("gj", "đ"), ("sh", "š"), ("zh", "ž"), ("dh", "d"), ("th", "t"), ("ll", "l"),
             ("rr", "r"), ("q", "ć"), ("ç", "č"), ("x", "dz"))
_SR_TO_SQ = (("dž", "xh"), ("đ", "gj"), ("š", "sh"), ("ž", "zh"), ("ć", "q"), ("č", "ç"))


def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def sq_to_sr(name: str, rng: random.Random) -> str:
    """An Albanian-spelled name as a Serbian office writes it (Latin)."""
    out = []
    for word in name.split():
        w = word.lower()
        if w.endswith("ë"):
            w = w[:-1]
        for a, b in _SQ_TO_SR:
            w = w.replace(a, b)
        w = w.replace("ë", "e").replace("y", rng.choice("iu"))
        out.append(_cap(w, word))
    return " ".join(out)


def sr_to_sq(name: str) -> str:
    """A Serbian-spelled name (Latin) as an Albanian office writes it."""
    out = []
    for word in name.split():
        w = word.lower()
        for a, b in _SR_TO_SQ:
            w = w.replace(a, b)
        out.append(_cap(w, word))
    return " ".join(out)


def _typo(word: str, rng: random.Random) -> str:
    """One letter wrong, missing, extra or swapped (not the first letter)."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("wrong", "missing", "extra", "swapped"))
    letters = "aeioumnrstlkv"
    if kind == "wrong":
        return word[:i] + rng.choice([c for c in letters if c != word[i]]) + word[i + 1:]
    if kind == "missing":
        return word[:i] + word[i + 1:]
    if kind == "extra":
        return word[:i] + rng.choice(letters) + word[i:]
    j = min(i + 1, len(word) - 1)
    return word[:i] + word[j] + word[i] + word[j + 1:] if word[i] != word[j] else word[:i] + "e" + word[i + 1:]


@dataclass
class Labels:
    """Which planted households are one (``pairs``: original id, copy id, kind) and which only
    look alike (``lookalikes``: original id, brother's id)."""

    pairs: list[tuple[str, str, str]] = field(default_factory=list)
    lookalikes: list[tuple[str, str]] = field(default_factory=list)


class People:
    """The name pools (family names made from roots and endings, and synthetic roots)."""

    def __init__(self, rng: random.Random):
        synthetic = set()
        while len(synthetic) < 600:
            syllables = [rng.choice(ONSETS) + rng.choice(VOWELS_SQ[:6]) for _ in range(rng.randint(2, 3))]
            synthetic.add("".join(syllables).capitalize())
        self.sq_family = sorted({r + e for r in (*SQ_ROOTS, *sorted(synthetic)[:400]) for e in rng.sample(SQ_ENDINGS, 2)})
        sr_synthetic = [sq_to_sr(r, rng) for r in sorted(synthetic)[400:]]
        self.sr_family = sorted({r + e for r in (*SR_ROOTS, *sr_synthetic) for e in rng.sample(SR_ENDINGS, 2)})


def _member(rng: random.Random, given: str, family: str, sex: str, rel: str, year: int, cyrillic: bool,
            serbian: bool) -> dict[str, Any]:
    g, f = (latin_to_cyrillic(given), latin_to_cyrillic(family)) if cyrillic else (given, family)
    return {"given_name": g, "family_name": f, "script": "Cyrl" if cyrillic else "Latn", "sex": sex,
            "date_of_birth": str(year) if rng.random() < 0.5 else f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "relationship": rel, "documents": [], "community": "serb" if serbian else rng.choice(["albanian", "roma", "ashkali"]),
            "disability": False, "chronic_illness": False}


def household(rng: random.Random, people: People, *, family: str | None = None, serbian: bool | None = None,
              muni: str | None = None, settlement: str | None = None) -> dict[str, Any]:
    """One new household (its own id)."""
    serbian = rng.random() < 0.45 if serbian is None else serbian
    cyrillic = serbian and rng.random() < 0.5
    males, females = (SR_MALE, SR_FEMALE) if serbian else (SQ_MALE, SQ_FEMALE)
    family = family or rng.choice(people.sr_family if serbian else people.sq_family)
    size = max(1, min(10, int(rng.gauss(4.5, 2))))
    head_year = rng.randint(1940, 1992)
    members = [_member(rng, rng.choice(males), family, "M", "head", head_year, cyrillic, serbian)]
    if size > 1:
        members.append(_member(rng, rng.choice(females), family, "F", "spouse", head_year + rng.randint(-6, 4),
                               cyrillic, serbian))
    for _ in range(size - 2):
        sex = rng.choice("MF")
        members.append(_member(rng, rng.choice(males if sex == "M" else females), family, sex, "child",
                               min(2025, head_year + rng.randint(18, 38)), cyrillic, serbian))
    muni = muni or rng.choice(list(SETTLEMENTS))
    return {
        "format": "fieldapp.case/1", "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "case_type": "displaced_return", "municipality": muni, "settlement": settlement or SETTLEMENTS[muni],
        "displacement": {"category": "displaced_in_region", "location": rng.choice(DISPLACED_IN),
                         "since": f"{rng.randint(1998, 2004)}-{rng.randint(1, 12):02d}"},
        "interview": {"date": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
                      "language": "sr-Latn" if serbian else "sq", "interpreter": False, "notes": ""},
        "members": members,
        "property": {"tenure": "owned", "cadastral_zone": None, "parcel": None, "claim_number": None},
        "vulnerabilities": [], "needs": [{"category": rng.choice(NEEDS), "priority": "high", "note": ""}],
        "consent": {"processing": True, "share_with_partners": True, "photos": False, "sensitive_data": True,
                    "recorded_on": "2026-11-20"},
        "notes": [],
    }


def _is_serbian(doc: dict[str, Any]) -> bool:
    return doc["interview"]["language"].startswith("sr")


def _from_cyrillic(text: str) -> str:
    from fieldapp.text.folding import cyrillic_to_latin

    return cyrillic_to_latin(text)


def variant(rng: random.Random, original: dict[str, Any], kind: str) -> dict[str, Any]:
    """The household ``original`` registered again by another office, changed as ``kind`` says."""
    doc = copy.deepcopy(original)
    doc["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    serbian = _is_serbian(original)
    for m in doc["members"]:
        given, family = _from_cyrillic(m["given_name"]), _from_cyrillic(m["family_name"])
        if kind == "typo" and m is doc["members"][0]:
            family = _typo(family, rng)
        if kind == "other_spelling":
            given, family = (sr_to_sq(given), sr_to_sq(family)) if serbian else (sq_to_sr(given, rng), sq_to_sr(family, rng))
            m["script"] = "Latn"
        elif kind == "other_script":
            was_cyrillic = m["script"] == "Cyrl"
            if not serbian:
                given, family = sq_to_sr(given, rng), sq_to_sr(family, rng)
            if not was_cyrillic:
                given, family = latin_to_cyrillic(given), latin_to_cyrillic(family)
            m["script"] = "Latn" if was_cyrillic else "Cyrl"
        elif m["script"] == "Cyrl":
            given, family = latin_to_cyrillic(given), latin_to_cyrillic(family)
        m["given_name"], m["family_name"] = given, family
    if kind == "member_missing" and len(doc["members"]) >= 3:
        del doc["members"][rng.randrange(1, len(doc["members"]))]
    if rng.random() < 0.3:  # another office, another year of birth for someone
        m = rng.choice(doc["members"])
        year = int(m["date_of_birth"][:4]) + rng.choice((-1, 1))
        m["date_of_birth"] = str(year)
    if rng.random() < 0.4:  # registered where the family was displaced, or elsewhere on return
        muni = rng.choice(list(SETTLEMENTS))
        doc["municipality"], doc["settlement"] = muni, SETTLEMENTS[muni]
    return doc


def lookalike(rng: random.Random, people: People, original: dict[str, Any]) -> dict[str, Any]:
    """A brother's household: same family name (as written), municipality and settlement."""
    doc = household(rng, people, family=_from_cyrillic(original["members"][0]["family_name"]),
                    serbian=_is_serbian(original), muni=original["municipality"], settlement=original["settlement"])
    males = SR_MALE if _is_serbian(original) else SQ_MALE
    brother = _from_cyrillic(original["members"][0]["given_name"])
    head = doc["members"][0]
    if _from_cyrillic(head["given_name"]) == brother:
        head["given_name"] = next(m for m in males if m != brother)
        if head["script"] == "Cyrl":
            head["given_name"] = latin_to_cyrillic(head["given_name"])
    return doc


KINDS = ("other_spelling", "other_script", "member_missing", "typo")


def generate_labelled(n: int, seed: int = 7, *, planted: int = 400, lookalikes: int = 400) -> tuple[list[dict[str, Any]], Labels]:
    """``n`` households, then ``planted`` re-registrations of each kind and ``lookalikes``."""
    rng = random.Random(seed)
    people = People(rng)
    docs = [household(rng, people) for _ in range(n)]
    labels = Labels()
    originals = rng.sample(range(n), min(n, planted * len(KINDS) + lookalikes))
    for k, kind in enumerate(KINDS):
        for i in originals[k * planted:(k + 1) * planted]:
            if kind == "member_missing" and len(docs[i]["members"]) < 3:
                continue
            copy_ = variant(rng, docs[i], kind)
            docs.append(copy_)
            labels.pairs.append((docs[i]["id"], copy_["id"], kind))
    for i in originals[len(KINDS) * planted:]:
        brother = lookalike(rng, people, docs[i])
        docs.append(brother)
        labels.lookalikes.append((docs[i]["id"], brother["id"]))
    return docs, labels


def iter_jsonl(docs: list[dict[str, Any]]) -> Iterator[str]:
    """The documents as JSON lines."""
    for doc in docs:
        yield json.dumps(doc, ensure_ascii=False)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("bench/out/people.jsonl")
    generated, found = generate_labelled(count, int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(iter_jsonl(generated)) + "\n", encoding="utf-8")
    out.with_suffix(".labels.json").write_text(json.dumps({"pairs": found.pairs, "lookalikes": found.lookalikes}),
                                               encoding="utf-8")
    print(out)
