"""One error hierarchy for the whole library.

Every problem the library finds in user data is a `Problem`: the file, where in
it (line and/or field), what is wrong and what would be right. Functions that
validate collect every problem before raising, so an editor sees all of them at
once. Only the CLI and the MkDocs plugin turn these errors into messages.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one place."""

    file: str
    message: str
    line: int | None = None
    field: str | None = None
    hint: str | None = None
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        """`file:line: field: message (hint)` on one line, whatever characters the parts hold."""
        where = one_line(self.file)
        if self.line is not None:
            where += f":{self.line}"
        text = f"{where}: "
        if self.field:
            text += f"{one_line(self.field)}: "
        text += one_line(self.message)
        if self.hint:
            text += f" ({one_line(self.hint)})"
        return text


_BREAKS = {ord(ch): ch.encode("unicode_escape").decode("ascii") for ch in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


def one_line(text: str) -> str:
    """`text` with every line break escaped (\\n, \\u2028, …), so one problem stays one line.

    User data reaches messages (ids, file names, quotes); a newline in it must not
    split a message or forge a second `file:line:` line.
    """
    return str(text).translate(_BREAKS)


class ZhpressError(Exception):
    """Base class of every error the library raises on purpose."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(file="zhpress", message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class DataError(ZhpressError):
    """Curated data (YAML, sources, translations) is malformed or inconsistent."""


class InputError(DataError):
    """A file could not be read as text: missing, empty, binary, wrong encoding, too large.

    A kind of DataError, so the loaders that collect every problem of a project
    collect unreadable files too instead of stopping at the first one.
    """


class WriteError(ZhpressError):
    """A file could not be written (permissions, a full disk, a name too long …); nothing was changed."""


class ConflictError(ZhpressError):
    """A file changed between being read and being written (another program or an editor saved it).

    Nothing was written; running the command again reads the new content.
    """


class ConfigError(ZhpressError):
    """The plugin or project configuration is wrong."""


def rel(path: Path | str, root: Path | None = None) -> str:
    """A path as shown in messages: relative to `root` (or the cwd) when possible."""
    p = Path(path)
    cwd = os.getcwd()
    bases = [_resolved(str(base)) for base in (root, cwd) if base is not None]
    # Most paths are inside the project as written (absolute, or relative to the working folder without
    # ".."): no need to resolve each link, which costs a system call per part of the path.
    if p.is_absolute() or ".." not in p.parts:
        plain = Path(os.path.normpath(os.path.join(cwd, p)))
        for base in bases:
            if plain.is_relative_to(base):
                return plain.relative_to(base).as_posix()
    resolved = p.resolve()
    for base in bases:
        if resolved.is_relative_to(base):
            return resolved.relative_to(base).as_posix()
    return p.as_posix()


@functools.lru_cache(maxsize=64)
def _resolved(base: str) -> Path:
    return Path(base).resolve()
