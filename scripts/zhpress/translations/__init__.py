"""Translations: English records, drift, QA and the glossary."""
