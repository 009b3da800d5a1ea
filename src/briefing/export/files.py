"""Writing a brief to disk: all of it or nothing, never half a file.

The text goes to a temporary file in the target's own folder, is flushed to the disk, and
then takes the target's name in one rename: a brief interrupted by a crash, a full disk or
Ctrl+C leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class WriteRefused(Exception):
    """The target may not be written as asked; the message says why."""


def check_target(target: Path, force: bool) -> Path:
    """The file to write for ``target``: refused when it exists (or is a symbolic link,
    which would send the brief somewhere else) unless ``force``; with ``force`` a link is
    written through, to the file it points to."""
    if target.is_symlink():
        if not force:
            raise WriteRefused("is a symbolic link (use --force to write to where it points)")
        return target.resolve()
    if target.exists() and not force:
        raise WriteRefused("exists (use --force to overwrite)")
    if target.is_dir():
        raise WriteRefused("is a folder")
    return target


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``target`` in one step; raises OSError on failure."""
    folder = target.parent if str(target.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o7777)
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to the disk (where the platform allows it)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
