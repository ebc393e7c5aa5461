"""Compiled theme templates, kept for the whole process.

Every MkDocs build makes a new Jinja environment, which compiles Material's templates
again: four times in a build of four languages, and again on every rebuild of
`mkdocs serve`, where it was most of the time an edit took on a small site. Set as
the environment's bytecode cache, this keeps each template's compiled code under
its name and checks it against the source's checksum (Jinja's own bucket logic), so
an edited template is compiled again.
"""

from __future__ import annotations

import jinja2
from jinja2.bccache import Bucket


class MemoryBytecodeCache(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = MemoryBytecodeCache()


def cache_templates(env: jinja2.Environment) -> None:
    """Let `env` reuse the templates compiled by earlier builds of this process."""
    if env.bytecode_cache is None:
        env.bytecode_cache = TEMPLATES
