"""A cache of derived data, addressed by content hash, in a folder that is safe to delete.

What the slow passes compute from a text (the ambiguous conversions found in a
source, an article's problems) is stored under a key made of everything it was
computed from: the text, the settings, the versions of OpenCC and jieba and the
code that computed it (`code_digest`: the whole package for the checks, the
`variants` package for the review). A changed input gives another key, so an entry is
never stale, only unused; deleting the folder costs one slow run.

The folder is `.zhpress-cache/` next to the project's `data/` folder (it holds
its own `.gitignore`), or the folder named by the environment variable
`ZHPRESS_CACHE_DIR`; `ZHPRESS_CACHE_DIR=off` turns the cache off. A cache that
cannot be read or written is skipped silently: it only ever saves time.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import tempfile
from pathlib import Path
from typing import Any

CACHE_DIR_NAME = ".zhpress-cache"
ENV_VAR = "ZHPRESS_CACHE_DIR"
PACKAGE = Path(__file__).resolve().parent.parent


def digest(*parts: str | bytes) -> str:
    """A hex SHA-256 over `parts`, each length-prefixed so that no two part lists collide."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


@functools.lru_cache(maxsize=8)
def code_digest(*parts: str) -> str:
    """A digest of the modules of the zhpress package (all of them, or those under `parts`, paths
    relative to the package such as "variants" or "io/cache.py"): a change to them invalidates the entries."""
    files = sorted({f for part in parts or (".",) for f in _modules(PACKAGE / part)})
    return digest(*(f"{p.relative_to(PACKAGE).as_posix()}\0".encode() + p.read_bytes() for p in files))


def _modules(path: Path) -> list[Path]:
    return [path] if path.is_file() else list(path.rglob("*.py"))


def library_stamp(module: str, *names: str) -> str:
    """An installed library named by the size and modification time of some of its files (e.g. its
    code and data), found without importing it: a new version gives a new stamp."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin:
        return module
    folder = os.path.dirname(spec.origin)
    stamps = []
    for name in names:
        try:
            st = os.stat(os.path.join(folder, name))
            stamps.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            stamps.append(name)
    return f"{module} " + " ".join(stamps)


class Cache:
    """JSON values under (kind, key) in `folder`; `Cache(None)` caches nothing."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._folders: set[Path] = set()  # folders this instance made or found (not made again per entry)

    @classmethod
    def for_data(cls, data_dir: Path) -> Cache:
        """The cache of the project whose data folder is `data_dir` (see the module's docstring)."""
        configured = os.environ.get(ENV_VAR)
        if configured is not None and configured.strip().lower() in ("off", "0", "none", ""):
            return cls(None)
        if configured:
            return cls(Path(configured))
        return cls(Path(data_dir).resolve().parent / CACHE_DIR_NAME)

    def _path(self, kind: str, key: str) -> Path:
        assert self.folder is not None
        return self.folder / kind / key[:2] / f"{key}.json"

    def get(self, kind: str, key: str) -> Any | None:
        """The value stored under (kind, key), or None when there is none (or it cannot be read)."""
        if self.folder is None:
            return None
        try:
            return json.loads(self._path(kind, key).read_text(encoding="utf-8"))["value"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, kind: str, key: str, value: Any) -> None:
        """Store `value` (JSON-serialisable) under (kind, key), through a temporary file and a rename."""
        if self.folder is None:
            return
        path = self._path(kind, key)
        try:
            if path.parent not in self._folders:
                self._ensure_folder()
                path.parent.mkdir(parents=True, exist_ok=True)
                self._folders.add(path.parent)
            # json.dumps, not json.dump: only the former uses the C encoder (5-10x faster on large values).
            text = json.dumps({"value": value}, ensure_ascii=False, separators=(",", ":"))
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:  # a read-only or full disk: the work is simply done again next time
            self._folders.discard(path.parent)  # or a deleted cache folder: made again by the next put

    def _ensure_folder(self) -> None:
        assert self.folder is not None
        if not self.folder.is_dir():
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / ".gitignore").write_text("# zhpress's cache: safe to delete\n*\n", encoding="utf-8")
