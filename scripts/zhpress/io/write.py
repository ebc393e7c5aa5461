"""Writing files atomically, without losing a concurrent edit.

`atomic_write` writes through a temporary file and a rename, under a per-folder lock, and refuses
(`ConflictError`) when the file changed since it was read; `update_text` reads, changes and writes
under the lock. A failure of the disk or of permissions is one `WriteError` line. Temporary files
carry their writer's PID, so the next write removes those of dead processes.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import ConflictError, Problem, WriteError, rel
from .text import _fail

LOCK_NAME = ".zhpress.lock"
LOCK_TIMEOUT = 30.0  # seconds a writer waits for another one to finish
STALE_TEMP_SECONDS = 600  # temporary files of unknown owner older than this are left-overs
_TEMP_RE = re.compile(r"\.(?P<name>.+?)\.(?:(?P<pid>[0-9]+)\.)?[0-9a-f]{12}\.tmp\Z")
_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOSPC: "no space left on the disk",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "an input/output error of the disk",
}


class _Unset:
    """No expectation about a file's current content (see `atomic_write`)."""


UNSET = _Unset()


def write_error(path: Path | str, exc: OSError) -> WriteError:
    """An OSError met while writing `path`, as one clear problem: what could not be written, and why."""
    reason = _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    return WriteError(
        Problem(
            rel(path),
            f"cannot be written: {reason}",
            hint="nothing was changed; free some space or fix the folder's permissions and run the command again",
        )
    )


def pid_alive(pid: int) -> bool:
    """Whether a process `pid` runs on this machine (one owned by another user counts as running)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:  # pragma: no cover - e.g. an out-of-range pid
        return False
    return True


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete the temporary files of `atomic_write` in `folder` left by killed processes; returns them.

    A temporary file names the process that made it; it is stale when that process is gone.
    A temporary file without a process id (left by an older version) is stale after
    `STALE_TEMP_SECONDS`.
    """
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _TEMP_RE.match(entry.name)
        if match is None or not entry.is_file():
            continue
        pid = match.group("pid")
        try:
            if pid is not None:
                stale = int(pid) != os.getpid() and not pid_alive(int(pid))
            else:
                stale = time.time() - entry.stat().st_mtime > STALE_TEMP_SECONDS
            if stale:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def _create_temp(path: Path) -> tuple[int, str]:
    """A new temporary file next to `path`, created with mode 0o666 so the umask applies
    (tempfile.mkstemp would make it 0o600, and the rename would carry that over). Its name
    holds this process's id, so a later run can tell a left-over from a write in progress."""
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name next to {path}")  # pragma: no cover


def _try_lock(lock: Path) -> int | None:
    """A descriptor of `lock` holding its exclusive flock, or None when another process holds it.

    The lock file is removed by its holder on release; a file locked after it was removed is
    not the lock any more, so the lock is taken only when the path still names the locked file.
    """
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    try:
        same = os.stat(lock).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        same = False
    if not same:
        os.close(fd)
        return _try_lock(lock)
    return fd


@contextlib.contextmanager
def file_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the writers' lock of `path`'s folder (`.zhpress.lock` there, fcntl.flock) while inside.

    Every zhpress command that reads a curated file to change it holds this lock from the
    read to the write, so two commands never interleave; an editor's save is caught by the
    content check of `atomic_write`. Waits up to `timeout` seconds for another writer. The
    lock file exists only while it is held.

    Args:
        path: the file about to be read and written.
        timeout: seconds to wait for another zhpress command to finish.
    """
    path = Path(path)
    lock = path.parent / LOCK_NAME
    deadline = time.monotonic() + timeout
    while True:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = _try_lock(lock)
        except OSError as exc:
            raise write_error(lock, exc) from None
        if fd is not None:
            break
        if time.monotonic() >= deadline:
            raise WriteError(
                Problem(
                    rel(path),
                    f"another zhpress command has been writing here for {timeout:.0f} s",
                    hint="wait until it has finished, then run the command again; nothing was changed",
                )
            )
        time.sleep(0.05)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)  # releases the lock


def current_text(path: Path) -> str | None:
    """The text of `path` as it is now (None when it does not exist), read as UTF-8 for a content check."""
    try:
        return Path(path).read_bytes().decode("utf-8", errors="surrogateescape")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _fail(path, f"cannot be read: {exc.strerror or exc}") from None


def _check_unchanged(path: Path, expect: str | None) -> None:
    if current_text(path) != expect:
        raise ConflictError(
            Problem(
                rel(path),
                "changed while zhpress was writing it (another program or an editor saved it)",
                hint="nothing was written; run the command again to work on the new content",
            )
        )


def atomic_write(path: Path, text: str, *, expect: str | None | _Unset = UNSET) -> None:
    """Write UTF-8 text to `path` through a temporary file and a rename.

    On any failure the old file stays as it was and no temporary file is left; an
    OSError (permissions, a full disk) becomes a `WriteError` naming the file and the reason.
    The new file keeps the old one's permissions (a new file gets the umask's default).
    Temporary files left next to `path` by killed processes are removed first.

    Args:
        path: the file to write.
        text: its new content.
        expect: the content the caller read before computing `text` (None: the file did not
            exist). Checked right before the rename: when the file changed meanwhile, nothing is
            written and `ConflictError` is raised, so a concurrent edit is never overwritten.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(path.parent, exc) from None
    remove_stale_temps(path.parent)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        fd, tmp = _create_temp(path)
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        if not isinstance(expect, _Unset):
            _check_unchanged(path, expect)
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise write_error(path, exc) from None
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def update_text(path: Path, change: Callable[[str | None], str | None]) -> str | None:
    """Change a file under the writers' lock: `change(current text or None)` gives the new text
    (None: leave the file as it is); written atomically unless the file changed meanwhile.

    Returns the text written, or None when nothing was written.

    Args:
        path: the file to change.
        change: computes the new text from the current one.
    """
    path = Path(path)
    with file_lock(path):
        before = current_text(path)
        after = change(before)
        if after is None or after == before:
            return None
        atomic_write(path, after, expect=before)
        return after
