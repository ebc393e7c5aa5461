"""The repository's own data/, whatever articles it holds.

Every other test runs on the test project in tests/fixtures/project; this one
checks what editors have curated in data/, so the promise that every tabled
figure stands in its source covers every article they add. Unfinished work
(todo) does not fail it; errors do.
"""

from click.testing import CliRunner

from zhpress.cli import main

from ..conftest import ROOT


def test_zhpress_check_passes_on_the_repository_data():
    result = CliRunner().invoke(main, ["check", "--data", str(ROOT / "data")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
