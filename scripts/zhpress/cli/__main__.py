"""`python -m zhpress.cli`: the same as the `zhpress` command."""

from .app import main

main()
