"""Quantities in Chinese (zh) and English (en) text."""
