"""PDF pages as PNG images, in memory, through poppler's ``pdftoppm``.

PySide6-Essentials has no QtPdf, and a PDF with names on it must never land on disk before the
officer saves it. ``pdftoppm`` reads the PDF from its standard input and, when it is given no
output file root at all, writes every page's image to its standard output, one after another
(given ``-`` as the root it would write files named ``--1.png`` instead). So the PDF goes in
through a pipe and the pages come back through a pipe: nothing is written anywhere. The PNG
stream is then cut into pages at each image's ``IEND`` chunk.

Runs on an I/O thread (a page takes tens of milliseconds at screen resolution). When poppler is
not installed, :class:`PreviewUnavailable` says so; the dialog shows that instead of a preview.
"""

from __future__ import annotations

import shutil
import struct
import subprocess

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PREVIEW_DPI = 80
PRINT_DPI = 300
TIMEOUT_S = 120.0


class PreviewUnavailable(Exception):
    """Pages cannot be turned into images here; ``reason`` is ``missing`` or ``failed``."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def pdftoppm() -> str | None:
    """The path of ``pdftoppm`` (poppler-utils), or None when it is not installed."""
    return shutil.which("pdftoppm")


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI, *, gray: bool = False) -> list[bytes]:
    """Each page of ``pdf`` as PNG bytes at ``dpi``; raise :class:`PreviewUnavailable`."""
    exe = pdftoppm()
    if exe is None:
        raise PreviewUnavailable("missing")
    args = [exe, "-png", "-r", str(int(dpi))]
    if gray:
        args.append("-gray")
    # "-" is the PDF from stdin; no output root follows, so the images go to stdout.
    args.append("-")
    try:
        proc = subprocess.run(args, input=pdf, capture_output=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        raise PreviewUnavailable("failed") from None
    if proc.returncode != 0 or not proc.stdout:
        raise PreviewUnavailable("failed")
    pages = split_png_stream(proc.stdout)
    if not pages:
        raise PreviewUnavailable("failed")
    return pages


def split_png_stream(data: bytes) -> list[bytes]:
    """Cut a run of concatenated PNG files into one bytes object per image.

    Walks the chunk structure (length, type, data, CRC) of each image to its ``IEND`` chunk;
    stops at anything that is not a PNG.
    """
    pages: list[bytes] = []
    pos = 0
    size = len(data)
    while pos + len(PNG_SIGNATURE) <= size and data.startswith(PNG_SIGNATURE, pos):
        start = pos
        pos += len(PNG_SIGNATURE)
        while pos + 12 <= size:
            (length,) = struct.unpack(">I", data[pos:pos + 4])
            kind = data[pos + 4:pos + 8]
            pos += 12 + length
            if kind == b"IEND":
                break
        else:
            break  # truncated image: keep the complete ones
        if pos > size:
            break
        pages.append(data[start:pos])
    return pages
