"""HTTPS client for HQ.

The TLS context trusts exactly one certificate, HQ's, as stored at enrolment (its SHA-256
fingerprint checked then): any other certificate fails the handshake before any request byte is
sent. What the laptop pins is HQ's public key (SPKI): when the handshake fails, the client reads
the certificate HQ now presents, and if its key is a pinned one (the same key, or the next key HQ
announced in a signed pull) it trusts that certificate instead and tries again; otherwise nothing
is sent. Every request is signed with the device's Ed25519 key; bodies
are canonical JSON compressed with zstd.

HQ refuses with a message id and parameters besides its English text; the errors raised here
carry HQ's message, so the laptop words it in its own language.
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import time
from collections.abc import Callable, Collection
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ValidationError

from fieldapp.domain.errors import UserError
from fieldapp.messages import Message, render
from sync.protocol.encoding import encode_json
from sync.protocol.signing import fingerprint_of, sign_request

M = TypeVar("M", bound=BaseModel)
DEFAULT_TIMEOUT = 60.0


class HqUnreachable(UserError):
    """HQ could not be reached or did not answer; nothing was lost, sync again later."""


class CertificateMismatch(UserError):
    """HQ's certificate is not the one pinned at enrolment."""


class DeviceRevoked(UserError):
    """HQ revoked this device and ordered its keys deleted; the message is HQ's."""


class HqRefused(UserError):
    """HQ refused the request; ``code`` says why in a word, ``reason`` (HQ's message) in a sentence."""

    def __init__(self, reason: Message, code: str, status: int):
        super().__init__("sync.hq_refused", reason=reason)
        self.reason = reason
        self.code = code
        self.status = status


def hq_message(payload: object, status: int) -> Message:
    """What HQ said in an error reply, as a message the laptop can word in its language.

    An id this laptop does not know (or with parameters that do not fit it) comes out as
    ``common.unknown_message``; an HQ that sends no id has only its English text to offer.
    """
    if not isinstance(payload, dict):
        return Message("sync.http_status", {"status": str(status)})
    hq_id, params = payload.get("id"), payload.get("params")
    if isinstance(hq_id, str) and hq_id:
        try:
            message = Message.from_json({"id": hq_id, "params": params if isinstance(params, dict) else {}})
            render(message, "en")
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            return Message("common.unknown_message", {"id": hq_id})
        return message
    text = str(payload.get("message") or "")
    if text:
        return Message("sync.hq_said", {"text": text})
    return Message("sync.http_status", {"status": str(status)})


def split_url(url: str) -> tuple[str, int, str]:
    """(host, port, path prefix) of an ``https://`` URL; raise :class:`UserError` otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise UserError("sync.hq_address_invalid", url=url)
    return parts.hostname, parts.port or 443, parts.path.rstrip("/")


def fetch_certificate(url: str, timeout: float = 15.0) -> tuple[str, str]:
    """HQ's certificate (PEM) and its SHA-256 fingerprint, read without trusting it yet.

    Only a TLS handshake happens: no request byte is sent.
    """
    host, port, _ = split_url(url)
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw, \
                ctx.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        raise HqUnreachable("sync.hq_unreachable_at_enrolment", url=url, kind=exc.__class__.__name__) from None
    if not der:
        raise HqUnreachable("sync.hq_no_certificate", url=url)
    return ssl.DER_cert_to_PEM_cert(der), fingerprint_of(der)


def pinned_context(cert_pem: str) -> ssl.SSLContext:
    """A client TLS context whose only trust anchor is HQ's own certificate."""
    ctx = ssl.create_default_context(cadata=cert_pem)
    # The certificate itself is pinned, so the host name (often a bare IP in the field) is moot.
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    # A certificate issued by a CA (a reverse proxy's) is trusted as itself, without its chain.
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class HqClient:
    """Signed, compressed requests to one HQ.

    ``pins`` are the SPKI SHA-256 pins (hex) the laptop accepts; with them, a certificate that
    is not ``cert_pem`` but carries a pinned key is taken instead, and ``on_certificate`` is told
    its PEM so the laptop stores it. Without pins only ``cert_pem`` itself is trusted.
    """

    def __init__(self, url: str, *, cert_pem: str, device_id: str | None = None,
                 sign_key: Ed25519PrivateKey | None = None, timeout: float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None, pins: Collection[str] = (),
                 on_certificate: Callable[[str], None] | None = None):
        self.url = url.rstrip("/")
        _, _, self._prefix = split_url(url)
        self.device_id = device_id
        self._key = sign_key
        self.offset_ms = 0
        self.bytes_sent = 0
        self.bytes_received = 0
        self.requests = 0
        self.cert_pem = cert_pem
        self._pins = frozenset(pins)
        self._on_certificate = on_certificate
        self._timeout = timeout
        self._own_transport = transport is None
        self._http = self._connect(cert_pem, transport)

    def _connect(self, cert_pem: str, transport: httpx.BaseTransport | None) -> httpx.Client:
        context = pinned_context(cert_pem)
        if transport is None:
            # Headers and body go out as separate writes: without TCP_NODELAY the second waits
            # for the server's delayed ACK.
            transport = httpx.HTTPTransport(
                verify=context, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
        return httpx.Client(base_url=self.url, verify=context,
                            timeout=httpx.Timeout(self._timeout, connect=min(self._timeout, 15.0)),
                            transport=transport, headers={"Accept-Encoding": "zstd"})

    def _renewed(self) -> bool:
        """After a failed handshake: whether HQ now presents a certificate with a pinned key.

        If so the client trusts that certificate from now on (and the laptop stores it).
        """
        if not self._pins or not self._own_transport:
            return False
        from sync.protocol.pinning import spki_of_pem

        pem, _fp = fetch_certificate(self.url, timeout=min(self._timeout, 15.0))
        try:
            if spki_of_pem(pem) not in self._pins or pem == self.cert_pem:
                return False
            fresh = self._connect(pem, None)
        except (ValueError, ssl.SSLError):
            return False
        self._http.close()
        self._http = fresh
        self.cert_pem = pem
        if self._on_certificate is not None:
            self._on_certificate(pem)
        return True

    def close(self) -> None:
        """Close pooled connections."""
        self._http.close()

    def __enter__(self) -> HqClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- requests -----------------------------------------------------------------------------
    def call(self, method: str, path: str, model: type[M] | None = None, body: Any = None, *,
             query: str = "", signed: bool = True) -> Any:
        """Send one request and return the parsed answer (as ``model`` when given)."""
        data = encode_json(body) if body is not None else b""
        renewed = clock_learned = False
        for _attempt in range(3):
            headers = {"Content-Type": "application/json"}
            if data:
                headers["Content-Encoding"] = "zstd"
            if signed:
                if self._key is None or self.device_id is None:
                    raise UserError("sync.client_not_enrolled")
                signed_headers = sign_request(
                    self._key, method=method, path=self._prefix + path, query=query,
                    device_id=self.device_id, body=data,
                    timestamp_ms=int(time.time() * 1000) + self.offset_ms)
                headers.update(signed_headers.as_dict())
            target = path + (f"?{query}" if query else "")
            try:
                response = self._http.request(method, target, content=data, headers=headers)
            except httpx.ConnectError as exc:
                if _is_certificate_error(exc):
                    # The handshake failed: nothing of the request was sent.
                    if not renewed and self._renewed():
                        renewed = True
                        continue
                    raise CertificateMismatch("sync.certificate_mismatch", url=self.url) from None
                raise HqUnreachable("sync.hq_unreachable", url=self.url) from None
            except httpx.TransportError:
                raise HqUnreachable("sync.connection_lost", url=self.url) from None
            finally:
                self.requests += 1
                self.bytes_sent += len(data)
            self.bytes_received += response.num_bytes_downloaded
            if response.status_code == 401 and not clock_learned and self._error_code(response) == "clock":
                clock_learned = True
                self._learn_offset(response)
                continue
            return self._answer(response, model)
        raise AssertionError("unreachable")

    @staticmethod
    def _error_code(response: httpx.Response) -> str:
        try:
            return str(response.json().get("error", ""))
        except (ValueError, AttributeError):
            return ""

    def _learn_offset(self, response: httpx.Response) -> None:
        """Sign later requests in HQ's time: a laptop with a wrong clock can still sync."""
        try:
            hq_time = dt.datetime.fromisoformat(str(response.json()["hq_time"]).replace("Z", "+00:00"))
        except (ValueError, KeyError, TypeError):
            return
        self.offset_ms = int(hq_time.timestamp() * 1000) - int(time.time() * 1000)

    def _answer(self, response: httpx.Response, model: type[M] | None) -> Any:
        try:
            payload = response.json()
        except ValueError:
            raise HqUnreachable("sync.hq_answer_not_fieldapp", status=str(response.status_code)) from None
        if response.status_code >= 400:
            message = hq_message(payload, response.status_code)
            code = str(payload.get("error", "")) if isinstance(payload, dict) else ""
            if response.status_code == 403 and isinstance(payload, dict) and payload.get("wipe"):
                raise DeviceRevoked(message.id, **message.params)
            if response.status_code >= 500:
                raise HqUnreachable("sync.hq_failed", reason=message)
            raise HqRefused(message, code, response.status_code)
        if model is None:
            return payload
        try:
            return model.model_validate(payload)
        except ValidationError:
            raise HqUnreachable("sync.hq_answer_unexpected") from None


def _is_certificate_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, ssl.SSLCertVerificationError):
            return True
        if isinstance(cur, ssl.SSLError) and "CERTIFICATE" in str(cur).upper():
            return True
        cur = cur.__cause__ or cur.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)
