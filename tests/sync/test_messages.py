"""HQ's refusals travel as message ids with parameters and are worded in the reader's language.

HQ's error replies and the reasons of refused ops carry ``id`` and ``params`` beside the English
text older devices show; the laptop's client turns them into errors worded in the laptop's
language; ``fieldapp-hq`` words its own lines in the language of ``--lang`` / ``FIELDAPP_LANG``.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from fieldapp.messages import Message, render
from sync.client.http import HqClient, HqRefused
from tests.conftest import run_cli
from tests.sync.conftest import FakeDevice, InProcessHq


def forwarding_client(hq: InProcessHq, dev: FakeDevice) -> HqClient:
    """The laptop's real client, its requests answered by the in-process HQ."""

    def forward(request: httpx.Request) -> httpx.Response:
        answer = hq.client.request(request.method, request.url.path, content=request.content,
                                   headers=dict(request.headers))
        return httpx.Response(answer.status_code, content=answer.content,
                              headers={"Content-Type": "application/json"})

    return HqClient("https://hq.test:8443", cert_pem=hq.data.cert.read_text("ascii"),
                    device_id=dev.device_id, sign_key=dev.key, transport=httpx.MockTransport(forward))


def test_an_error_reply_carries_the_message_id_and_its_parameters(app_hq: InProcessHq) -> None:
    officer = app_hq.device(app_hq.user("officer", "20"))
    r = app_hq.call(officer, "GET", f"/cases/{uuid.uuid4()}")
    body = r.json()
    assert r.status_code == 404
    assert body["error"] == "not_found" and body["id"] == "hq.not_found.case" and body["params"] == {}
    assert body["message"] == "No such case in your scope."

    admin = app_hq.device(app_hq.user("admin"))
    r = app_hq.call(admin, "POST", "/users", {"name": "Drita Gashi", "role": "boss", "municipalities": ["20"]})
    body = r.json()
    assert r.status_code == 422 and body["id"] == "hq.user.bad_role"
    assert body["params"] == {"role": "boss", "roles": ["officer", "mocr", "supervisor", "admin"]}
    assert body["message"] == render(Message(body["id"], body["params"]), "en")
    assert body["message"].startswith("'boss' is not a role")
    assert "selia" not in body["message"] and "nuk" in render(Message(body["id"], body["params"]), "sq")


def test_the_openapi_document_describes_the_message_of_a_refusal(app_hq: InProcessHq) -> None:
    spec = app_hq.client.get("/openapi.json").json()
    error = spec["components"]["schemas"]["ErrorOut"]["properties"]
    assert {"error", "message", "id", "params", "wipe"} <= set(error)
    result = spec["components"]["schemas"]["OpResult"]["properties"]
    assert {"reason", "reason_id", "reason_params"} <= set(result)


def test_a_refused_op_carries_its_reason_as_a_message(app_hq: InProcessHq) -> None:
    officer = app_hq.device(app_hq.user("officer", "20"))
    op = {"op_id": str(uuid.uuid4()), "seq": 1, "kind": "case.update", "entity": "case",
          "entity_id": str(uuid.uuid4()), "base_rev": 0, "fields": {"notes_x": 1},
          "hlc": "1700000000000-00000-TEST", "officer": "x", "created_at": "2026-01-01T00:00:00Z"}
    [result] = app_hq.call(officer, "POST", "/sync/push", {"ops": [op]}).json()["results"]
    assert result["status"] == "rejected" and result["reason_id"] == "hq.push.unknown_case"
    assert result["reason"] == "HQ has no case with this id in your scope"
    worded = render(Message(result["reason_id"], result["reason_params"]), "sq")
    assert worded.startswith("Selia qendrore nuk ka rast")


@pytest.mark.parametrize("lang", ["sq", "sr-Latn", "sr-Cyrl"])
def test_the_laptop_words_hqs_refusal_in_its_own_language(app_hq: InProcessHq, lang: str) -> None:
    officer = app_hq.device(app_hq.user("officer", "20"))
    with forwarding_client(app_hq, officer) as client, pytest.raises(HqRefused) as caught:
        client.call("GET", f"/cases/{uuid.uuid4()}")
    exc = caught.value
    assert exc.code == "not_found" and exc.status == 404
    assert exc.reason == Message("hq.not_found.case", {})
    assert str(exc) == "HQ refused: No such case in your scope."
    text = exc.render(lang)
    assert "No such case" not in text and "scope" not in text
    assert text == {"sq": "Selia qendrore refuzoi: Nuk ka rast të tillë në fushëveprimin tuaj.",
                    "sr-Latn": "Sedište je odbilo: Nema takvog predmeta u vašem delokrugu.",
                    "sr-Cyrl": "Седиште је одбило: Нема таквог предмета у вашем делокругу."}[lang]


def test_an_id_the_laptop_does_not_know_is_said_in_words(app_hq: InProcessHq) -> None:
    def newer_hq(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, json={"error": "later", "message": "Something from a newer HQ.",
                                         "id": "hq.from_the_future", "params": {"n": 3}})

    officer = app_hq.device(app_hq.user("officer", "20"))
    client = HqClient("https://hq.test:8443", cert_pem=app_hq.data.cert.read_text("ascii"),
                      device_id=officer.device_id, sign_key=officer.key,
                      transport=httpx.MockTransport(newer_hq))
    with client, pytest.raises(HqRefused) as caught:
        client.call("POST", "/sync/push", body={"ops": []})
    assert caught.value.reason.id == "hq.from_the_future"
    for lang in ("en", "sq", "sr-Latn"):
        expected = render(Message("common.unknown_message", {"id": "hq.from_the_future"}), lang)
        assert caught.value.render(lang).endswith(expected)


def hq_cli(*args: str, env: dict[str, str] | None = None) -> Any:
    """Run ``fieldapp-hq``."""
    return run_cli(*args, program="fieldapp-hq", env=env)


def test_fieldapp_hq_speaks_the_language_it_is_given(tmp_path: Path) -> None:
    data = str(tmp_path / "hq")
    assert hq_cli("--data", data, "init").code == 0
    assert hq_cli("--data", data, "user", "add", "--name", "Arta Krasniqi", "--role", "supervisor",
                  "--municipality", "20").code == 0

    review = ("review", "20-2026-AAAA-0001", "--decision", "approve", "--as", "Arta Krasniqi", "--data", data)
    r = hq_cli("--lang", "sq", *review)
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1
    assert r.err.strip() == "fieldapp-hq: Nuk ka rast të tillë në fushëveprimin tuaj."
    r = hq_cli(*review, "--lang", "sr-Latn")
    assert r.code == 1 and r.err.strip() == "fieldapp-hq: Nema takvog predmeta u vašem delokrugu."
    r = hq_cli(*review, env={"FIELDAPP_LANG": "sr-Cyrl"})
    assert r.code == 1 and r.err.strip() == "fieldapp-hq: Нема таквог предмета у вашем делокругу."

    r = hq_cli("user", "add", "--name", "Besa", "--role", "mocr", "--municipality", "99", "--data", data,
               "--lang", "sq")
    assert r.code == 1
    assert r.err.strip() == ("fieldapp-hq: '99' nuk është kod komune; përdorni kodet dyshifrore "
                             "nga 01 deri në 38.")
    r = hq_cli("--lang", "sq", "user", "add", "--name", "Besa", "--role", "mocr", "--municipality", "19",
               "--data", data)
    assert r.code == 0 and r.out.strip() == "Përdoruesi Besa u shtua si mocr për 19."
    r = hq_cli("--lang", "sq", "device", "list", "--data", data)
    assert r.code == 0 and r.out.strip() == "Asnjë pajisje."


def test_the_device_sync_commands_speak_the_language_of_the_command_line(cli_ws: Path) -> None:
    r = run_cli("--lang", "sq", "sync", "conflicts", "--workspace", str(cli_ws))
    assert r.code == 0 and r.out.strip() == "Asnjë konflikt."
    r = run_cli("sync", "conflicts", "--workspace", str(cli_ws), env={"FIELDAPP_LANG": "sr-Cyrl"})
    assert r.code == 0 and r.out.strip() == "Нема сукоба."
