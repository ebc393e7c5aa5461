"""Strict YAML for curated data: line numbers kept, duplicates and aliases refused.

`load_yaml` returns plain Python data whose mappings are `Node` dicts that know
the line of each key, and whose lists are `Seq` lists that know the line of each
item, so every message can point at `file:line`. Dates (`2018-01-15`) stay text:
the typed models that read them parse and report them with their field. Structural
problems (duplicate keys, keys that are lists or mappings, nesting deeper than
`MAX_DEPTH`, numbers too long to read) are all collected before one
`DataError` is raised. Limits: `MAX_YAML_BYTES` per file, `MAX_DEPTH` levels,
`MAX_NUMBER_DIGITS` digits per number; aliases are refused outright, so an
alias bomb ("billion laughs") is never expanded.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError, Problem, rel
from .text import read_source
from .write import atomic_write

MAX_YAML_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 20
MAX_NUMBER_DIGITS = 1000

# libyaml when available: same behaviour, much faster on large corpora
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"


class Node(dict):
    """A mapping that remembers where it and each of its keys stand (1-based lines)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class Seq(list):
    """A list that remembers where it and each of its items stand (1-based lines)."""

    line: int = 0
    item_lines: list[int]

    def line_at(self, index: int) -> int:
        """The line of item `index` (the list's own line when unknown)."""
        lines = getattr(self, "item_lines", [])
        return lines[index] if 0 <= index < len(lines) else self.line


def line_of(mapping: object, key: str, default: int = 0) -> int:
    """The line of `key` in a parsed mapping (a `Node`), or `default` for any other value.

    Args:
        mapping: what `parse_yaml` returned for a mapping (or anything else).
        key: the key whose line is wanted.
        default: the line when `mapping` is no `Node`.
    """
    return mapping.line_of(key) if isinstance(mapping, Node) else default


def line_of_item(items: Any, index: int) -> int | None:
    """The line of `items[index]` when `items` came from `load_yaml` (a `Seq`), else None."""
    return items.line_at(index) if isinstance(items, Seq) else None


class _Lines:
    """1-based line numbers of character offsets, counting "\\n" only (as editors and the
    article parser do; YAML would also count U+2028, U+2029 and U+0085 as line breaks).
    `offset` is added to every line: the text starts at line `offset + 1` of its file."""

    def __init__(self, text: str, offset: int = 0):
        self.breaks = [match.start() for match in re.finditer("\n", text)]
        self.offset = offset

    def at(self, index: int) -> int:
        return bisect.bisect_left(self.breaks, index) + 1 + self.offset

    def of(self, mark) -> int | None:
        return self.at(mark.index) if mark is not None else None


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]  # chosen at import time
    lines: _Lines | None = None


def _line(loader, mark) -> int:
    lines = getattr(loader, "lines", None)
    return lines.of(mark) if lines is not None else mark.line + 1


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> Node:
    result = Node()
    result.line = _line(loader, node.start_mark)
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            duplicate = key in result
        except TypeError:  # a list or mapping as key; parse_yaml reports these before construction
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain value", key_node.start_mark
            ) from None
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {result.key_lines[key]})", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = _line(loader, key_node.start_mark)
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode, deep: bool = False) -> Seq:
    result = Seq(loader.construct_object(child, deep=True) for child in node.value)
    result.line = _line(loader, node.start_mark)
    result.item_lines = [_line(loader, child.start_mark) for child in node.value]
    return result


def _construct_timestamp_as_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


def _structure_problems(root: yaml.Node, path: str, loader: _Loader, lines: _Lines) -> list[Problem]:
    """Every duplicate key, non-scalar key, over-long number and over-deep nesting, in document order."""
    problems: list[Problem] = []
    too_deep = False
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            if too_deep:  # one report is enough: the same structure is too deep
                continue
            too_deep = True
            problems.append(
                Problem(
                    file=path,
                    line=lines.of(node.start_mark),
                    message=f"nesting deeper than {MAX_DEPTH} levels",
                    hint="flatten the data",
                )
            )
            continue
        if isinstance(node, yaml.ScalarNode):
            if node.tag in (_INT_TAG, _FLOAT_TAG) and len(node.value) > MAX_NUMBER_DIGITS:
                problems.append(
                    Problem(
                        file=path,
                        line=lines.of(node.start_mark),
                        message=f"number is {len(node.value):,} characters long, more than the "
                        f"limit of {MAX_NUMBER_DIGITS:,}",
                        hint="quote it if it is text",
                    )
                )
            continue
        children = []
        if isinstance(node, yaml.MappingNode):
            seen: dict = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    kind = "list" if isinstance(key_node, yaml.SequenceNode) else "mapping"
                    problems.append(
                        Problem(
                            file=path,
                            line=lines.of(key_node.start_mark),
                            message=f"YAML syntax: a key must be a plain value, not a {kind}",
                            hint="fix the YAML at that line",
                        )
                    )
                else:
                    try:
                        key = loader.construct_object(key_node, deep=True)
                        hash(key)
                    except (yaml.YAMLError, TypeError, ValueError):
                        key = None  # reported by construction (e.g. an unknown tag) or harmless
                    else:
                        if key in seen:
                            problems.append(
                                Problem(
                                    file=path,
                                    line=lines.of(key_node.start_mark),
                                    message=f"YAML syntax: duplicate key {key!r} (first on line {seen[key]})",
                                    hint="fix the YAML at that line",
                                )
                            )
                        else:
                            seen[key] = lines.of(key_node.start_mark)
                children += [key_node, value_node]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        stack.extend((child, depth + 1) for child in reversed(children))
    problems.sort(key=lambda p: p.line or 0)
    return problems


_STR_TAG = "tag:yaml.org,2002:str"
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")  # line breaks YAML counts and `_Lines` does not


class _Fallback(Exception):
    """Raised by the fast construction on anything but well-formed data: the full path decides."""


def _fast_construct(root: yaml.Node, loader: _Loader, lines: _Lines, exact_lines: bool) -> Any:
    """The data `construct_document` gives, for a document without structural problems.

    One recursive pass with no bookkeeping of PyYAML's constructor: text scalars are taken as
    they are, other scalars go through the loader's constructors. Anything `_structure_problems`
    would report (a duplicate or non-scalar key, a number too long, nesting too deep) or that
    needs more than plain construction (a merge key, a tagged collection) raises `_Fallback`.

    Args:
        root: the composed document.
        loader: a loader of the same text (constructs the non-text scalars).
        lines: the text's line numbers.
        exact_lines: the text has no line break but "\n", so YAML's own line count is the editor's.
    """
    return _FastBuilder(loader, lines, exact_lines).build(root, 0)


class _FastBuilder:
    """`_fast_construct`'s pass (a class, not nested functions: those would form a reference cycle
    holding the loader and its text until the garbage collector's next walk)."""

    def __init__(self, loader: _Loader, lines: _Lines, exact_lines: bool):
        self.loader, self.lines, self.exact_lines = loader, lines, exact_lines
        self.offset = lines.offset + 1

    def line(self, mark) -> int:
        return mark.line + self.offset if self.exact_lines else self.lines.at(mark.index)

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag == _STR_TAG:
            return node.value
        if tag in (_INT_TAG, _FLOAT_TAG) and len(node.value) > MAX_NUMBER_DIGITS:
            raise _Fallback
        return self.loader.construct_object(node, deep=True)

    def build(self, node: yaml.Node, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise _Fallback
        kind = type(node)
        if kind is yaml.ScalarNode:
            return self.scalar(node)  # type: ignore[arg-type]
        if kind is yaml.MappingNode and node.tag == yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG:
            return self.mapping(node, depth)  # type: ignore[arg-type]
        if kind is yaml.SequenceNode and node.tag == yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG:
            items = Seq(self.build(child, depth + 1) for child in node.value)
            items.line = self.line(node.start_mark)
            items.item_lines = [self.line(child.start_mark) for child in node.value]
            return items
        raise _Fallback

    def mapping(self, node: yaml.MappingNode, depth: int) -> Node:
        result = Node()
        result.line = self.line(node.start_mark)
        key_lines: dict = {}
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode:
                raise _Fallback
            key = self.scalar(key_node)
            try:
                if key in result:
                    raise _Fallback
            except TypeError:
                raise _Fallback from None
            result[key] = self.build(value_node, depth + 1)
            key_lines[key] = self.line(key_node.start_mark)
        result.key_lines = key_lines
        return result


def _syntax_error(exc: yaml.MarkedYAMLError, path: str, lines: _Lines) -> DataError:
    mark = exc.problem_mark or exc.context_mark
    message = exc.problem or str(exc)
    if "exceeded maximum nesting depth" in message:  # libyaml's own guard, far beyond ours
        return DataError(
            Problem(
                file=path,
                line=lines.of(mark),
                message=f"nesting deeper than {MAX_DEPTH} levels",
                hint="flatten the data",
            )
        )
    if exc.context:
        message = f"{exc.context}: {message}"
    return DataError(
        Problem(file=path, line=lines.of(mark), message=f"YAML syntax: {message}", hint="fix the YAML at that line")
    )


def parse_yaml(text: str, path: str, first_line: int = 1) -> Any:
    """Parse YAML text; errors become DataError with the file and line (all structural ones at once).

    Args:
        text: the YAML text.
        path: the file as shown in messages.
        first_line: the line of the file the text starts on (e.g. 2 for front matter after `---`).
    """
    lines = _Lines(text, first_line - 1)
    try:
        if "*" in text:
            # Reject aliases before composing: a "billion laughs" document expands on compose.
            for event in yaml.parse(text, Loader=_BaseLoader):
                if isinstance(event, yaml.AliasEvent):
                    raise DataError(
                        Problem(
                            file=path,
                            line=lines.of(event.start_mark),
                            message="YAML aliases (*name) are not allowed in curated data",
                            hint="write the value out in full",
                        )
                    )
        node = yaml.compose(text, Loader=_Loader)
        if node is None:
            return None
        fast = _Loader(text)
        fast.lines = lines
        try:
            return _fast_construct(node, fast, lines, exact_lines=not _OTHER_BREAKS.search(text))
        except (_Fallback, yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
            pass  # the full path below collects every problem, or constructs what the fast one would not
        finally:
            fast.dispose()
        checker = _Loader(text)  # constructs keys only; a failed construction leaves state behind
        try:
            problems = _structure_problems(node, path, checker, lines)
        finally:
            checker.dispose()
        if problems:
            raise DataError(problems)
        loader = _Loader(text)
        loader.lines = lines
        try:
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, path, lines) from None
    except yaml.reader.ReaderError as exc:
        character = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        index = text.find(character)
        raise DataError(
            Problem(
                file=path,
                line=lines.at(index) if index >= 0 else None,
                message=f"YAML: the character U+{ord(character[:1] or ' '):04X} is not allowed ({exc.reason})",
                hint="remove it",
            )
        ) from None
    except yaml.YAMLError as exc:
        raise DataError(Problem(file=path, message=f"YAML: {exc}", hint="fix the YAML")) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # a value the constructors refuse
        raise DataError(Problem(file=path, message=f"YAML value cannot be read: {exc}", hint="fix the YAML")) from None


def load_yaml(path: Path) -> Any:
    """Read and parse a curated YAML file (UTF-8, LF line endings, size-limited); empty gives None."""
    text = read_source(
        Path(path),
        max_bytes=MAX_YAML_BYTES,
        allow_empty=True,
        too_large_hint=f"curated YAML files are limited to {MAX_YAML_BYTES // (1024 * 1024)} MB; "
        "is this the right file?",
    )
    return parse_yaml(text, rel(path))


class _Dumper(yaml.SafeDumper):
    """Safe dumping that also writes the loader's own `Node` mappings and `Seq` lists."""


_Dumper.add_representer(Node, yaml.SafeDumper.represent_dict)
_Dumper.add_representer(Seq, yaml.SafeDumper.represent_list)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


def write_yaml(path: Path, data: Any, header: str = "") -> None:
    atomic_write(Path(path), header + dump_yaml(data))
