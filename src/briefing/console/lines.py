"""What the command line prints: every message one plain line, whatever a file name holds.

File names, article fields and config values may carry escape sequences (OSC 0 retitles
the terminal, CSI 2J clears it, OSC 52 writes the clipboard) or line breaks that forge a
line of output: each message passes :func:`one_line` before it reaches a terminal.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable

from briefing.safe_text import plain

CLOSED_PIPE = 141  # as a shell reports a process ended by SIGPIPE (128 + 13)


def one_line(text: str) -> str:
    """``text`` with control characters and escapes replaced, line breaks included."""
    return plain(text).replace("\n", "\ufffd").replace("\t", " ")


def warn(message: str) -> None:
    """One line on standard error: ``briefing: message``."""
    print(f"briefing: {one_line(message)}", file=sys.stderr)


def say(message: str) -> None:
    """One line on standard output."""
    print(one_line(message))


def guarded(command: Callable[[], int]) -> int:
    """Run a command; a reader that closed the pipe (``| head``) ends it quietly with 141,
    and a full or failing standard output with one line and 1, never a traceback."""
    try:
        status = command()
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        _silence_stdout()
        return CLOSED_PIPE
    except OSError as error:
        if error.errno == errno.EPIPE:
            _silence_stdout()
            return CLOSED_PIPE
        if error.filename is not None:
            raise
        _silence_stdout()
        warn(f"standard output: {error.strerror or error}")
        return 1


def _silence_stdout() -> None:
    """Point standard output at /dev/null so the interpreter's last flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
