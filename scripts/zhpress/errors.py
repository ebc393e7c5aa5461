"""One error hierarchy for the whole library.

Every problem the library finds in user data is a `Problem`: the file, where in
it (line and/or field), what is wrong and what would be right. Functions that
validate collect every problem before raising, so an editor sees all of them at
once. Only the CLI and the MkDocs plugin turn these errors into messages.
"""

from __future__ import annotations

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
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        text = f"{where}: "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class ZhpressError(Exception):
    """Base class of every error the library raises on purpose."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(file="zhpress", message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(ZhpressError):
    """A file could not be read as text: missing, empty, binary, wrong encoding, too large."""


class DataError(ZhpressError):
    """Curated data (YAML, sources, translations) is malformed or inconsistent."""


class ConfigError(ZhpressError):
    """The plugin or project configuration is wrong."""


def rel(path: Path | str, root: Path | None = None) -> str:
    """A path as shown in messages: relative to `root` (or the cwd) when possible."""
    p = Path(path)
    for base in (root, Path.cwd()):
        if base is None:
            continue
        try:
            return p.resolve().relative_to(Path(base).resolve()).as_posix()
        except ValueError:
            continue
    return p.as_posix()
