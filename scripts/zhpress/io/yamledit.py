"""Edit scalar values of a curated YAML file in place: every other byte (comments, order, style) stays.

`set_scalars(text, changes)` finds each value by its path (mapping keys and list
indexes) in the composed YAML and replaces only that value's characters. A new
value keeps the old one's quoting when it can (a double-quoted value stays
double-quoted; a plain value stays plain while plain YAML reads it back as the
same text); otherwise it is written double-quoted. The result is parsed again
and must give the new values, else ValueError.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import yaml

PathKey = str | int


def _find(node: yaml.Node, path: Sequence[PathKey]) -> yaml.Node:
    for key in path:
        if isinstance(key, int) and isinstance(node, yaml.SequenceNode) and 0 <= key < len(node.value):
            node = node.value[key]
        elif isinstance(key, str) and isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
            if found is None:
                raise KeyError(key)
            node = found
        else:
            raise KeyError(key)
    return node


def _plain_ok(value: str) -> bool:
    if not value or value != value.strip() or "\n" in value:
        return False
    try:
        return yaml.safe_load(value) == value and ": " not in value and " #" not in value
    except yaml.YAMLError:
        return False


def render_scalar(value: str, style: str | None) -> str:
    """`value` as a YAML scalar, plain when the old one was plain and that reads back the same."""
    if style in (None, "") and _plain_ok(value):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid double-quoted YAML scalar


def get_scalar(data, path: Sequence[PathKey]):
    for key in path:
        data = data[key]
    return data


def set_scalars(text: str, changes: list[tuple[Sequence[PathKey], str]]) -> str:
    """`text` with the scalar at each path replaced by its new value (see the module's text).

    Raises:
        KeyError: a path names no value.
        ValueError: a path names a list or mapping, or the result does not read back.
    """
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is None:
        raise KeyError("empty document")
    spans = []
    for path, value in changes:
        node = _find(root, path)
        if not isinstance(node, yaml.ScalarNode):
            raise ValueError(f"{'.'.join(map(str, path))} is not a single value")
        spans.append((node.start_mark.index, node.end_mark.index, render_scalar(value, node.style)))
    out = text
    for start, end, rendered in sorted(spans, reverse=True):
        out = out[:start] + rendered + out[end:]
    data = yaml.safe_load(out)
    for path, value in changes:
        if get_scalar(data, path) != value:
            raise ValueError(f"{'.'.join(map(str, path))} does not read back as {value!r}")
    return out
