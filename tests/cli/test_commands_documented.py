"""Every command has help with an example, and a row in the README's command table."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from zhpress.cli import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
TABLE = README.split("## The `zhpress` command", 1)[1].split("\n\n", 2)[1]


def commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from commands(command, prefix + (name,))
        else:
            yield prefix + (name,)


ALL = list(commands(main))


def test_the_walk_finds_the_commands():
    assert ("check",) in ALL and ("figures", "renumber") in ALL and len(ALL) >= 10


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_every_command_has_help_with_an_example(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert re.search(rf"zhpress {' '.join(path)}\b", result.output.split("Example:", 1)[1])


@pytest.mark.parametrize("path", ALL, ids=" ".join)
def test_every_command_has_a_row_in_the_readme(path):
    rows = [line for line in TABLE.splitlines() if line.startswith("| `zhpress ")]
    *group, name = path
    head = f"zhpress {' '.join(path)}"
    # a row names the command, or the group's row names it after a slash (`variants review` / `confirm`)
    assert any(
        f"`{head}" in row or (group and f"`zhpress {' '.join(group)} " in row and f"/ `{name}`" in row) for row in rows
    ), f"no row for `{head}` in the README's command table"
