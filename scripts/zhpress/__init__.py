"""zhpress: publish Chinese source articles as a Simplified/Traditional/English site.

The library modules (article, figures, numbers, variants, translations, render)
need neither MkDocs nor the CLI; `zhpress.mkdocs` and `zhpress.cli` are thin
adapters on top of them.
"""

__version__ = "0.1.0"
