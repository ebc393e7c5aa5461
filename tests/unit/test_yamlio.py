import pytest

from zhpress.errors import DataError
from zhpress.io.yamlfile import parse_yaml


def error_of(text: str) -> str:
    with pytest.raises(DataError) as info:
        parse_yaml(text, "figures.yaml")
    return str(info.value)


def test_lines_are_kept():
    data = parse_yaml("a: 1\nb:\n  c: [1, 2]\n  d: x\n", "t.yaml")
    assert data == {"a": 1, "b": {"c": [1, 2], "d": "x"}}
    assert data.line_of("b") == 2
    assert data["b"].line_of("d") == 4


def test_duplicate_key():
    assert error_of("a: 1\na: 2\n") == (
        "figures.yaml:2: YAML syntax: duplicate key 'a' (first on line 1) (fix the YAML at that line)"
    )


def test_syntax_error_names_the_line():
    assert error_of("a:\n  - [1\nb: 2\n").startswith("figures.yaml:3: YAML syntax:")


def test_aliases_are_refused_before_expansion():
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for name, prev in zip("bcdefghi", "abcdefgh"):
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    assert error_of(bomb) == (
        "figures.yaml:2: YAML aliases (*name) are not allowed in curated data (write the value out in full)"
    )


def test_depth_limit():
    deep = "a: " + "[" * 30 + "]" * 30 + "\n"
    assert "nesting deeper than 20 levels" in error_of(deep)
