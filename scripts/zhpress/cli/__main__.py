"""`python -m zhpress.cli`: the same as the `zhpress` command."""

from . import run

run()
