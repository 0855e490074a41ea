"""Messages of the municipal caseload and the beneficiary selection list (bulk actions, the
printed list and workbook, the command line): id → {"en": …, "sq": …, "sr-Latn": …}.

Serbian Cyrillic is derived from the Latin unless an entry gives its own.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the line --------------------------------------------------------------------------
    "selection.quota_negative": {
        "en": "A quota of {quota} households cannot draw a line; enter 0 or more.",
        "sq": "Një kuotë prej {quota} familjesh nuk mund të vizatojë vijë; shkruani 0 ose më shumë.",
        "sr-Latn": "Kvota od {quota} domaćinstava ne može da povuče liniju; unesite 0 ili više.",
    },
    "selection.budget_negative": {
        "en": "A budget of {budget} cannot draw a line; enter 0 or more.",
        "sq": "Një buxhet prej {budget} nuk mund të vizatojë vijë; shkruani 0 ose më shumë.",
        "sr-Latn": "Budžet od {budget} ne može da povuče liniju; unesite 0 ili više.",
    },
    "selection.budget_needs_cost": {
        "en": "A budget line needs the cost of one household: enter it (--cost AMOUNT on the command line).",
        "sq": "Vija e buxhetit kërkon koston e një familjeje: shkruajeni (--cost SHUMA në rreshtin e komandave).",
        "sr-Latn": "Linija budžeta traži trošak jednog domaćinstva: unesite ga (--cost IZNOS u komandnoj liniji).",
    },
    "selection.cost_not_positive": {
        "en": "A cost of {cost} per household is not a cost; enter an amount above 0.",
        "sq": "Një kosto prej {cost} për familje nuk është kosto; shkruani një shumë mbi 0.",
        "sr-Latn": "Trošak od {cost} po domaćinstvu nije trošak; unesite iznos veći od 0.",
    },
    "selection.quota_or_budget": {
        "en": "Give a quota or a budget, not both.",
        "sq": "Jepni një kuotë ose një buxhet, jo të dyja.",
        "sr-Latn": "Navedite kvotu ili budžet, ne oba.",
    },
    "selection.cost_without_budget": {
        "en": "--cost is the cost of one household under a budget line; give --budget AMOUNT too.",
        "sq": "--cost është kostoja e një familjeje nën vijën e buxhetit; jepni edhe --budget SHUMA.",
        "sr-Latn": "--cost je trošak jednog domaćinstva ispod linije budžeta; navedite i --budget IZNOS.",
    },
    "selection.bad_amount": {
        "en": "'{value}' is not an amount; write digits, with a point or comma for decimals (2500 or 2500,50).",
        "sq": "'{value}' nuk është shumë; shkruani shifra, me pikë ose presje për decimalet (2500 ose 2500,50).",
        "sr-Latn": "'{value}' nije iznos; pišite cifre, sa tačkom ili zarezom za decimale (2500 ili 2500,50).",
    },
    "selection.nothing_chosen": {
        "en": "No case was given; name the cases by case number or id.",
        "sq": "Nuk u dha asnjë rast; emërtoni rastet me numër ose identifikues.",
        "sr-Latn": "Nije naveden nijedan predmet; navedite predmete brojem ili identifikatorom.",
    },
    "selection.not_a_folder_file": {
        "en": "{path} is a folder; give a file name.",
        "sq": "{path} është dosje; jepni një emër skedari.",
        "sr-Latn": "{path} je fascikla; navedite ime datoteke.",
    },
    "selection.folder_missing": {
        "en": "The folder {path} does not exist; create it or choose another.",
        "sq": "Dosja {path} nuk ekziston; krijojeni ose zgjidhni një tjetër.",
        "sr-Latn": "Fascikla {path} ne postoji; napravite je ili izaberite drugu.",
    },
    # --- bulk actions ------------------------------------------------------------------------
    "selection.bulk.moved": {
        "en": "{n} {n:plural=case|cases} moved to {status:status}.",
        "sq": "{n} {n:plural=rast u kalua|raste u kaluan} në {status:status}.",
        "sr-Latn": "{n} {n:plural=predmet je premešten|predmeta su premeštena|predmeta je premešteno} u {status:status}.",
    },
    "selection.bulk.assigned": {
        "en": "{n} {n:plural=case|cases} assigned to {officer}.",
        "sq": "{n} {n:plural=rast iu caktua|raste iu caktuan} {officer}.",
        "sr-Latn": "{n} {n:plural=predmet je dodeljen|predmeta su dodeljena|predmeta je dodeljeno}: {officer}.",
    },
    "selection.bulk.refused": {
        "en": "{n} {n:plural=case was|cases were} left as {n:plural=it was|they were}:",
        "sq": "{n} {n:plural=rast mbeti|raste mbetën} si {n:plural=ishte|ishin}:",
        "sr-Latn": "{n} {n:plural=predmet je ostao|predmeta su ostala|predmeta je ostalo} kako je bilo:",
    },
    "selection.bulk.nothing_done": {
        "en": "Nothing was changed.",
        "sq": "Asgjë nuk u ndryshua.",
        "sr-Latn": "Ništa nije promenjeno.",
    },
    "selection.bulk.refusal": {
        "en": "{case_number}: {reason}",
        "sq": "{case_number}: {reason}",
        "sr-Latn": "{case_number}: {reason}",
    },
    # --- the printed list and the workbook -----------------------------------------------------
    "selection.list.title": {
        "en": "Beneficiary selection list",
        "sq": "Lista e përzgjedhjes së përfituesve",
        "sr-Latn": "Lista za izbor korisnika",
    },
    "selection.list.subtitle": {
        "en": "Approved households ranked by vulnerability score, for the Municipal Working Group on Returns and the Central Review Commission",
        "sq": "Familjet e miratuara të renditura sipas pikëve të cenueshmërisë, për Grupin Punues Komunal për Kthim dhe Komisionin Qendror Shqyrtues",
        "sr-Latn": "Odobrena domaćinstva rangirana po bodovima ranjivosti, za Opštinsku radnu grupu za povratak i Centralnu komisiju za razmatranje",
    },
    "selection.list.sheet": {
        "en": "Selection",
        "sq": "Përzgjedhja",
        "sr-Latn": "Izbor",
    },
    "selection.list.municipality": {
        "en": "Municipality",
        "sq": "Komuna",
        "sr-Latn": "Opština",
    },
    "selection.list.date": {
        "en": "Date",
        "sq": "Data",
        "sr-Latn": "Datum",
    },
    "selection.list.rank": {
        "en": "Rank",
        "sq": "Radha",
        "sr-Latn": "Rang",
    },
    "selection.list.case_number": {
        "en": "Case no.",
        "sq": "Nr. i rastit",
        "sr-Latn": "Br. predmeta",
    },
    "selection.list.head": {
        "en": "Head of household",
        "sq": "Kryefamiljari",
        "sr-Latn": "Nosilac domaćinstva",
    },
    "selection.list.settlement": {
        "en": "Settlement",
        "sq": "Vendbanimi",
        "sr-Latn": "Naselje",
    },
    "selection.list.members": {
        "en": "Members",
        "sq": "Anëtarë",
        "sr-Latn": "Članovi",
    },
    "selection.list.score": {
        "en": "Score",
        "sq": "Pikët",
        "sr-Latn": "Bodovi",
    },
    "selection.list.breakdown": {
        "en": "Score breakdown",
        "sq": "Përbërja e pikëve",
        "sr-Latn": "Sastav bodova",
    },
    "selection.list.waiting": {
        "en": "Waiting (days)",
        "sq": "Në pritje (ditë)",
        "sr-Latn": "Čeka (dana)",
    },
    "selection.list.cost": {
        "en": "Cost",
        "sq": "Kostoja",
        "sr-Latn": "Trošak",
    },
    "selection.list.decision": {
        "en": "Decision",
        "sq": "Vendimi",
        "sr-Latn": "Odluka",
    },
    "selection.list.status": {
        "en": "Status",
        "sq": "Statusi",
        "sr-Latn": "Status",
    },
    "selection.list.line_quota": {
        "en": "Line: a quota of {quota} {quota:plural=household|households}",
        "sq": "Vija: kuota prej {quota} {quota:plural=familjeje|familjesh}",
        "sr-Latn": "Linija: kvota od {quota} {quota:plural=domaćinstva|domaćinstva|domaćinstava}",
    },
    "selection.list.line_budget": {
        "en": "Line: a budget of {budget}, {cost} per household",
        "sq": "Vija: buxhet prej {budget}, {cost} për familje",
        "sr-Latn": "Linija: budžet od {budget}, {cost} po domaćinstvu",
    },
    "selection.list.no_line": {
        "en": "No line drawn",
        "sq": "Pa vijë",
        "sr-Latn": "Bez linije",
    },
    "selection.list.totals": {
        "en": "{within} of {total} households above the line",
        "sq": "{within} nga {total} familje mbi vijë",
        "sr-Latn": "{within} od {total} domaćinstava iznad linije",
    },
    "selection.list.spent": {
        "en": "Cost above the line: {spent}; left of the budget: {remaining}",
        "sq": "Kostoja mbi vijë: {spent}; mbetet nga buxheti: {remaining}",
        "sr-Latn": "Trošak iznad linije: {spent}; ostatak budžeta: {remaining}",
    },
    "selection.list.line_row": {
        "en": "— the line —",
        "sq": "— vija —",
        "sr-Latn": "— linija —",
    },
    "selection.list.empty": {
        "en": "No approved or waitlisted household.",
        "sq": "Asnjë familje e miratuar ose në listë pritjeje.",
        "sr-Latn": "Nema odobrenih domaćinstava ni domaćinstava na listi čekanja.",
    },
    "selection.list.signatures": {
        "en": "Signatures of the commission members",
        "sq": "Nënshkrimet e anëtarëve të komisionit",
        "sr-Latn": "Potpisi članova komisije",
    },
    "selection.list.chair": {
        "en": "Chair of the commission",
        "sq": "Kryesuesi i komisionit",
        "sr-Latn": "Predsedavajući komisije",
    },
    "selection.list.member": {
        "en": "Commission member",
        "sq": "Anëtar i komisionit",
        "sr-Latn": "Član komisije",
    },
    "selection.list.name_signature": {
        "en": "Name and signature",
        "sq": "Emri dhe nënshkrimi",
        "sr-Latn": "Ime i potpis",
    },
    "selection.list.place_date": {
        "en": "Place and date",
        "sq": "Vendi dhe data",
        "sr-Latn": "Mesto i datum",
    },
    "selection.list.confidential": {
        "en": "CONFIDENTIAL – contains personal data",
        "sq": "KONFIDENCIALE – përmban të dhëna personale",
        "sr-Latn": "POVERLJIVO – sadrži lične podatke",
    },
    "selection.list.page": {
        "en": "Page {page} of {pages}",
        "sq": "Faqja {page} nga {pages}",
        "sr-Latn": "Strana {page} od {pages}",
    },
    "selection.list.printed": {
        "en": "Printed on {date:date}",
        "sq": "Shtypur më {date:date}",
        "sr-Latn": "Štampano {date:date}",
    },
    # --- the command line ----------------------------------------------------------------------
    "selection.cli.pdf_written": {
        "en": "The selection list ({n} {n:plural=household|households}, {langs}) was written to {path}.",
        "sq": "Lista e përzgjedhjes ({n} {n:plural=familje|familje}, {langs}) u shkrua në {path}.",
        "sr-Latn": "Lista za izbor ({n} {n:plural=domaćinstvo|domaćinstva|domaćinstava}, {langs}) upisana je u {path}.",
    },
    "selection.cli.xlsx_written": {
        "en": "The selection workbook ({n} {n:plural=household|households}) was written to {path}.",
        "sq": "Libri i punës i përzgjedhjes ({n} {n:plural=familje|familje}) u shkrua në {path}.",
        "sr-Latn": "Radna sveska izbora ({n} {n:plural=domaćinstvo|domaćinstva|domaćinstava}) upisana je u {path}.",
    },
    "selection.cli.line_after": {
        "en": "The line falls after rank {rank}.",
        "sq": "Vija bie pas renditjes {rank}.",
        "sr-Latn": "Linija pada posle ranga {rank}.",
    },
}
