"""Strict YAML for curated data: line numbers kept, duplicates and aliases refused.

`load_yaml` returns plain Python data whose mappings are `Node` dicts that know
the line of each key, so every message can point at `file:line`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import DataError, Problem, rel
from .textio import atomic_write, read_source

MAX_YAML_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 20

try:  # libyaml when available: same behaviour, much faster on large corpora
    _BaseLoader = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader


class Node(dict):
    """A mapping that remembers where it and each of its keys stand (1-based lines)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _Loader(_BaseLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> Node:
    result = Node()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {result.key_lines[key]})", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _depth_and_aliases(node: yaml.Node, path: str, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise DataError(Problem(file=path, line=node.start_mark.line + 1,
                                message=f"nesting deeper than {MAX_DEPTH} levels", hint="flatten the data"))
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            _depth_and_aliases(k, path, depth + 1)
            _depth_and_aliases(v, path, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _depth_and_aliases(item, path, depth + 1)


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML text; errors become DataError with the file and line."""
    if "*" in text or "&" in text:
        # Reject aliases before composing: a "billion laughs" document expands on compose.
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, yaml.AliasEvent):
                raise DataError(Problem(file=path, line=event.start_mark.line + 1,
                                        message="YAML aliases (*name) are not allowed in curated data",
                                        hint="write the value out in full"))
    try:
        node = yaml.compose(text, Loader=_Loader)
        if node is None:
            return None
        _depth_and_aliases(node, path)
        loader = _Loader(text)
        try:
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        message = exc.problem or str(exc)
        if exc.context:
            message = f"{exc.context}: {message}"
        raise DataError(Problem(file=path, line=line, message=f"YAML syntax: {message}",
                                hint="fix the YAML at that line")) from None
    except yaml.YAMLError as exc:
        raise DataError(Problem(file=path, message=f"YAML: {exc}")) from None


def load_yaml(path: Path) -> Any:
    """Read and parse a curated YAML file (UTF-8, size-limited)."""
    text = read_source(Path(path), max_bytes=MAX_YAML_BYTES)
    return parse_yaml(text, rel(path))


def dump_yaml(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def write_yaml(path: Path, data: Any, header: str = "") -> None:
    atomic_write(Path(path), header + dump_yaml(data))
