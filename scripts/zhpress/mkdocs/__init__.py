"""The MkDocs adapter: a plugin that turns the project's data into pages at build time."""
