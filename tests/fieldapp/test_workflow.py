"""The workflow rule book: states, transitions and who may make them."""

import pytest

from fieldapp.domain import workflow as wf


def test_officer_submits_and_resubmits_but_cannot_approve() -> None:
    assert wf.check_transition("displaced_return", "draft", "submitted", wf.OFFICER)
    assert wf.check_transition("displaced_return", "returned", "submitted", wf.OFFICER)
    with pytest.raises(wf.WorkflowError, match="is for: supervisor"):
        wf.check_transition("displaced_return", "under_review", "approved", wf.OFFICER)


def test_return_needs_a_comment() -> None:
    with pytest.raises(wf.WorkflowError, match="needs a comment"):
        wf.check_transition("displaced_return", "under_review", "returned", wf.SUPERVISOR)
    wf.check_transition("displaced_return", "under_review", "returned", wf.SUPERVISOR, "photo missing")


def test_unknown_move_lists_the_allowed_ones() -> None:
    with pytest.raises(wf.WorkflowError, match="from 'draft' it can go to: submitted, withdrawn"):
        wf.check_transition("displaced_return", "draft", "approved", wf.ADMIN)


def test_every_transition_stays_within_its_case_type() -> None:
    for case_type, rules in wf.TRANSITIONS.items():
        states = set(wf.states_for(case_type))
        for (src, dst), rule in rules.items():
            assert src in states and dst in states, (case_type, src, dst)
            assert rule.roles <= set(wf.ROLES)
            assert src not in wf.FINAL_STATES


def test_decisions_lead_to_states_of_a_return_case() -> None:
    assert set(wf.DECISIONS.values()) <= set(wf.DISPLACED_STATES)


def test_repatriated_path_reaches_closed() -> None:
    path = ["arrival_registered", "emergency_assistance", "municipal_request", "commission_decision",
            "sustainable_measures", "monitoring", "closed"]
    for src, dst in zip(path, path[1:], strict=False):
        wf.check_transition("repatriated", src, dst, wf.ADMIN)


def test_officer_edits_only_drafts_and_returned_cases() -> None:
    assert wf.editable_by("draft", wf.OFFICER) and wf.editable_by("returned", wf.OFFICER)
    assert not wf.editable_by("submitted", wf.OFFICER)
    assert wf.editable_by("under_review", wf.MOCR)
    assert not wf.editable_by("closed", wf.SUPERVISOR)


def test_after_approval_the_officer_keeps_delivery_fields_only() -> None:
    everything = frozenset({"settlement", "members", "assistance", "referrals"})
    assert wf.editable_fields("draft", wf.OFFICER, everything) == everything
    assert wf.editable_fields("assistance_in_progress", wf.OFFICER, everything) == {"assistance", "referrals"}
    assert wf.editable_fields("submitted", wf.OFFICER, everything) == frozenset()
    assert wf.editable_fields("closed", wf.OFFICER, everything) == frozenset()
    assert wf.editable_fields("under_review", wf.MOCR, everything) == everything


@pytest.mark.parametrize(("lang", "words"), [
    ("sq", ("Miratuar", "Dorëzuar", "Tërhequr")),
    ("sr-Latn", ("Nacrt", "Odobreno", "Podneto", "Povučeno")),
    ("sr-Cyrl", ("Нацрт", "Одобрено", "Поднето", "Повучено")),
])
def test_a_refused_move_names_states_by_their_labels_in_the_language(lang: str, words: tuple[str, ...]) -> None:
    with pytest.raises(wf.WorkflowError) as info:
        wf.check_transition("displaced_return", "draft", "approved", wf.OFFICER)
    text = info.value.render(lang)
    assert all(w in text for w in words), text
    assert "draft" not in text and "approved" not in text and "{" not in text
    assert info.value.codes["allowed"] == ["submitted", "withdrawn"]


def test_a_refused_role_names_the_roles_that_may() -> None:
    with pytest.raises(wf.WorkflowError) as info:
        wf.check_transition("displaced_return", "submitted", "under_review", wf.OFFICER)
    assert "Zyrtar komunal për kthim, Mbikëqyrës" in info.value.render("sq")
    assert "Opštinski službenik za povratak, Supervizor" in info.value.render("sr-Latn")


# --- roles as DOMAIN.md gives them: MOCR verifies and presents, the supervisor decides ----------

@pytest.mark.parametrize("target", ["approved", "ineligible", "duplicate"])
def test_mocr_verifies_but_only_a_supervisor_decides(target: str) -> None:
    with pytest.raises(wf.WorkflowError, match="is for: supervisor"):
        wf.check_transition("displaced_return", "under_review", target, wf.MOCR, "why")
    wf.check_transition("displaced_return", "under_review", target, wf.SUPERVISOR, "why")


@pytest.mark.parametrize("target", ["selected", "waitlisted"])
def test_only_a_supervisor_selects_or_waitlists(target: str) -> None:
    with pytest.raises(wf.WorkflowError):
        wf.check_transition("displaced_return", "approved", target, wf.MOCR)
    wf.check_transition("displaced_return", "approved", target, wf.SUPERVISOR)


def test_mocr_takes_under_review_returns_and_follows_assistance() -> None:
    for src, dst, comment in [("submitted", "under_review", None), ("submitted", "returned", "x"),
                              ("under_review", "returned", "x"), ("under_review", "withdrawn", "x"),
                              ("selected", "assistance_in_progress", None),
                              ("assistance_in_progress", "delivered", None),
                              ("delivered", "monitoring", None), ("monitoring", "closed", None)]:
        wf.check_transition("displaced_return", src, dst, wf.MOCR, comment)


def test_officer_submits_withdraws_and_delivers_but_does_not_review() -> None:
    assert wf.next_states("displaced_return", "draft", wf.OFFICER) == ["submitted", "withdrawn"]
    assert wf.next_states("displaced_return", "submitted", wf.OFFICER) == ["withdrawn"]
    assert wf.next_states("displaced_return", "assistance_in_progress", wf.OFFICER) == ["delivered"]
    assert wf.next_states("displaced_return", "under_review", wf.OFFICER) == []


@pytest.mark.parametrize("source", ["approved", "selected", "waitlisted"])
def test_a_household_may_give_up_after_approval(source: str) -> None:
    for role in (wf.MOCR, wf.SUPERVISOR):
        with pytest.raises(wf.WorkflowError, match="needs a comment"):
            wf.check_transition("displaced_return", source, "withdrawn", role)
        wf.check_transition("displaced_return", source, "withdrawn", role, "moved abroad")
    with pytest.raises(wf.WorkflowError):
        wf.check_transition("displaced_return", source, "withdrawn", wf.OFFICER, "moved abroad")


def test_a_refused_commission_request_closes_or_goes_back_with_a_comment() -> None:
    for target in ("closed", "municipal_request"):
        for role in (wf.MOCR, wf.SUPERVISOR):
            with pytest.raises(wf.WorkflowError, match="needs a comment"):
                wf.check_transition("repatriated", "commission_decision", target, role)
            wf.check_transition("repatriated", "commission_decision", target, role, "refused")
    with pytest.raises(wf.WorkflowError, match="is for: supervisor"):
        wf.check_transition("repatriated", "arrival_registered", "duplicate", wf.MOCR)
    wf.check_transition("repatriated", "municipal_request", "duplicate", wf.SUPERVISOR)


def test_every_decision_leads_from_under_review_for_a_supervisor() -> None:
    assert wf.REVIEW_STATES == ("submitted", "under_review")
    for decision, target in wf.DECISIONS.items():
        [step] = wf.decision_steps("displaced_return", "under_review", decision, wf.SUPERVISOR, "why")
        assert (step.source, step.target) == ("under_review", target)


def test_a_decision_on_a_submitted_case_goes_through_under_review() -> None:
    steps = wf.decision_steps("displaced_return", "submitted", "approve", wf.SUPERVISOR)
    assert [(s.source, s.target) for s in steps] == [("submitted", "under_review"),
                                                     ("under_review", "approved")]
    # Both steps are checked: MOCR may take it under review but not approve it.
    with pytest.raises(wf.WorkflowError, match="is for: supervisor"):
        wf.decision_steps("displaced_return", "submitted", "approve", wf.MOCR)
    with pytest.raises(wf.WorkflowError, match="needs a comment"):
        wf.decision_steps("displaced_return", "submitted", "return", wf.MOCR)
    assert len(wf.decision_steps("displaced_return", "submitted", "return", wf.MOCR, "photo")) == 2


def test_only_a_duplicate_names_its_original() -> None:
    assert wf.needs_duplicate_of("duplicate")
    assert not any(wf.needs_duplicate_of(t) for t in wf.DECISIONS.values() if t != "duplicate")
