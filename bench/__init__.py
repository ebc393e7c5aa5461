"""The zhpress benchmark: `python -m bench` (see __main__.py)."""
