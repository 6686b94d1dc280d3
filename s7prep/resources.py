"""Where the shipped content lives (inside the wheel, or beside the package in a
source checkout), and reading a file that comes from outside without trusting it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_HERE / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"s7prep is installed without its {name}/ folder")


def questions_dir() -> Path:
    return _find("questions")


def templates_dir() -> Path:
    return _find("templates")


class Unreadable(Exception):
    """A file we will not read; str() says why in a few words (no path, no content)."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Anything else (a folder,
    a FIFO, a device such as /dev/zero, a file too large) raises Unreadable before
    more than `limit` bytes are read, and nothing waits for a writer."""
    # O_NONBLOCK: opening a FIFO would otherwise wait until someone opens it to write.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise Unreadable("is a folder, not a file") from None
    except OSError as exc:
        raise Unreadable(f"cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise Unreadable("is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise Unreadable("is not a regular file (a device or a pipe, say)")
        if st.st_size > limit:
            raise Unreadable(f"is larger than {_size(limit)}")
        chunks: list[bytes] = []
        left = limit + 1  # one more than allowed: a file that grew since fstat is caught
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise Unreadable(f"cannot be read ({exc.strerror or type(exc).__name__})") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise Unreadable(f"is larger than {_size(limit)}")
    return data


def _size(n: int) -> str:
    return f"{n // 1_000_000} MB" if n % 1_000_000 == 0 else f"{n // (1024 * 1024)} MB"
