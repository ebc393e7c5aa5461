"""The `zhpress` command line: a thin adapter over the library (`app` holds the click group)."""

from .app import main

__all__ = ["main"]
