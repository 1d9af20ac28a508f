"""Free text from operators, forms and files (names, reasons, notes, CSV cells): checked once,
here, so every way in refuses the same things with the same one-line error."""

from __future__ import annotations

from sendops.errors import SendopsError

NAME = 200  # a person's or an authority's name, an email address, an area
TEXT = 4000  # a reason, a note, an area of weakness
FORMULA = ("=", "+", "-", "@")  # a spreadsheet would run a cell starting so (OWASP: CSV injection)


def check_text(value: str, what: str, *, limit: int = NAME, lines: bool = False) -> str:
    """`value` stripped; refused if it has a control character (a newline or tab only where
    `lines`), or is longer than `limit`."""
    text = value.strip()
    allowed = "\n\t" if lines else ""
    bad = next((c for c in text if (ord(c) < 32 and c not in allowed) or 0x7F <= ord(c) < 0xA0), None)
    if bad is not None:
        raise SendopsError(f"{what}: has a control character ({bad!r})")
    if len(text) > limit:
        raise SendopsError(f"{what}: {len(text)} characters, more than {limit}")
    return text


def check_cell(value: str, what: str, *, limit: int = NAME) -> str:
    """A cell of an imported CSV: as check_text, and not a spreadsheet formula."""
    text = check_text(value, what, limit=limit)
    if text.startswith(FORMULA):
        raise SendopsError(f"{what}: looks like a spreadsheet formula ({text[:20]!r})")
    return text
