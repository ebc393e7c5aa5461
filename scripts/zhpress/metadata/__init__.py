"""Typed models of curated metadata: an article's `article.yaml`, and the slugs that name pages."""
