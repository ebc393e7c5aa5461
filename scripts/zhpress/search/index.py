"""Writing a language's search index with Pagefind (`pagefind[extended]`, through its Python API).

`write_index` writes one language's index into its own folder (`<site>/pagefind/`
of that language's build): the Pagefind bundle the browser needs (pagefind.js,
its WebAssembly, the index and one fragment per page, fetched only as a query
needs them) and, for a Chinese index, `zhpress-fold.json`: the fold table the
browser applies to a query (`fold.browser_table`) and the punctuation the index
holds as words.
"""

from __future__ import annotations

import asyncio
import html
import json
import shutil
import tempfile
import unicodedata
from pathlib import Path

from pagefind.service import get_executable

from ..errors import ConfigError, Problem
from .fold import browser_table
from .records import SEPARATOR, Record

FOLD_FILE = "zhpress-fold.json"
# What Pagefind writes that the site does not use: its own interfaces (the header search box is Material's).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")  # fmt: skip


def punctuation(records: list[Record]) -> str:
    """Every character of the Chinese records that is neither a letter, a digit nor a space: indexed as a word."""
    chars = {ch for r in records for ch in r.tokens().replace(" ", "")}
    return "".join(sorted(ch for ch in chars if ch != SEPARATOR and not _is_word(ch)))


def _is_word(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNM"


def write_index(records: list[Record], folder: Path, language: str, chinese: bool) -> dict:
    """Write the index of `records` into `folder` (replaced whole); the sizes written.

    Args:
        records: the pages of one language.
        folder: the index's folder, `pagefind/` under the language's site folder.
        language: the Pagefind language of the records ("zh", "en" …).
        chinese: index folded single characters (`Record.tokens`) rather than words.

    Raises ConfigError when Pagefind cannot be run.
    """
    folder = Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    punct = punctuation(records) if chinese else ""
    try:
        asyncio.run(_write(records, folder, language, chinese, punct))
    except (OSError, RuntimeError, AssertionError, KeyError) as exc:
        raise ConfigError(
            Problem(
                str(folder),
                f"Pagefind could not write the search index: {exc}",
                hint="pip install 'pagefind[extended]'",
            )
        ) from None
    _verify(folder, language, len(records))
    for name in UNUSED:
        (folder / name).unlink(missing_ok=True)
    if chinese:
        indexed = {ch for r in records for ch in r.tokens().replace(" ", "")}
        table = {"map": browser_table(indexed), "punctuation": punct, "separator": SEPARATOR}
        (folder / FOLD_FILE).write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {p.relative_to(folder).as_posix(): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def _verify(folder: Path, language: str, pages: int) -> None:
    """Raise ConfigError unless Pagefind wrote an index of `pages` pages (never ship a broken search)."""
    try:
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        written = entry["languages"][language]["page_count"]
        fragments = len(list((folder / "fragment").glob("*.pf_fragment")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        written, fragments = None, 0
        detail = f"{type(exc).__name__}: {exc}"
    else:
        detail = f"{written} page(s) in its entry, {fragments} fragment(s)"
    if written != pages or fragments != pages:
        raise ConfigError(
            Problem(str(folder), f"the search index of {pages} page(s) is incomplete ({detail})", hint="build again")
        )


async def _write(records: list[Record], folder: Path, language: str, chinese: bool, punct: str) -> None:
    # The page files are indexed by Pagefind's own command (the binary of `pagefind[extended]`,
    # found by its Python API), which exits only when every file is written. The API's service
    # answers before its files are flushed and is stopped right after, which left incomplete
    # indexes on a busy machine; it also answers one request per tenth of a second.
    binary = get_executable()
    if binary is None:
        raise OSError("the pagefind binary is not installed")
    with tempfile.TemporaryDirectory(prefix="zhpress-search-") as tmp:
        for record in records:
            path = Path(tmp) / (record.url + "index.html" if not record.url or record.url.endswith("/") else record.url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_page(record, language, chinese), encoding="utf-8")
        cmd = [str(binary), "--site", tmp, "--output-path", str(folder.resolve()), "--force-language", language]
        if punct:
            cmd += ["--include-characters", punct]
        process = await asyncio.create_subprocess_exec(
            *cmd, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
        )
        _, err = await process.communicate()
        if process.returncode != 0:
            raise RuntimeError(err.decode("utf-8", "replace").strip()[-500:] or f"exit status {process.returncode}")


def _page(record: Record, language: str, chinese: bool) -> str:
    """The page Pagefind reads for `record`: its content, and its title (and own text) as metadata."""
    if chinese:
        content = html.escape(record.tokens())
    else:
        content = "</p><p>".join(html.escape(block) for block in record.text.split(SEPARATOR))
    meta = f'<i data-pagefind-meta="title[data-title]" data-title="{html.escape(record.title)}"></i>'
    if chinese:
        meta += f'<i data-pagefind-meta="text[data-text]" data-text="{html.escape(record.text)}"></i>'
    return (
        f'<!DOCTYPE html><html lang="{html.escape(language)}"><head><meta charset="utf-8"></head>'
        f"<body><main data-pagefind-body>{meta}<p>{content}</p></main></body></html>"
    )
