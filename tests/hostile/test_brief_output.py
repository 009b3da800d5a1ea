"""The brief given hostile metadata, and written so that no failure leaves half a file."""

from __future__ import annotations

import os

import pytest
from markdown_it import MarkdownIt

from briefing.cli import main
from briefing.export import files as files_module
from briefing.export.files import write_atomically
from tests.export.test_markdown import table_rows

HOSTILE = (
    "---\n"
    'title: "Steel tariffs"\n'
    "url: https://example.org/a|b?x=1\n"
    'source: "Wire\\nService | second cell"\n'
    "date: 2025-03-04\n"
    "---\n"
    "Tariffs on steel rose 25% on Monday, officials said, as talks stalled.\n"
)


def _tables(text: str) -> list[list[list[str]]]:
    """Each table of the brief as rows of cell texts, as a GFM renderer splits them."""
    return table_rows(MarkdownIt("commonmark").enable("table").parse(text))


def test_pipes_and_newlines_in_metadata_never_split_a_row(tmp_path):
    (tmp_path / "a.md").write_text(HOSTILE)
    out = tmp_path / "brief.md"
    assert main(["export", str(tmp_path / "a.md"), "-o", str(out)]) == 0
    brief = out.read_text()
    assert "<https://example.org/a%7Cb?x=1>" in brief and "a|b" not in brief
    for table in _tables(brief):
        assert len({len(row) for row in table}) == 1  # every row has the header's cells
    timeline = next(t for t in _tables(brief) if t[0][0] == "Date")
    assert timeline[1][2] == "Wire Service | second cell"  # the newline a space, the pipe text


def test_an_interrupted_write_leaves_the_old_brief_whole(tmp_path, monkeypatch):
    target = tmp_path / "brief.md"
    target.write_text("the old brief\n")

    def crash(source, destination):
        raise KeyboardInterrupt  # Ctrl+C at the worst moment

    monkeypatch.setattr(files_module.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "the new brief\n" * 1000)
    assert target.read_text() == "the old brief\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]  # no temporary left


def test_a_full_disk_leaves_the_old_brief_whole(tmp_path, monkeypatch):
    target = tmp_path / "brief.md"
    target.write_text("the old brief\n")

    def full(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "fsync", full)
    with pytest.raises(OSError):
        write_atomically(target, "the new brief\n")
    assert target.read_text() == "the old brief\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_output_through_a_symbolic_link_is_refused_without_force(tmp_path, capsys):
    (tmp_path / "a.md").write_text(HOSTILE)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    link = tmp_path / "brief.md"
    link.symlink_to(victim)
    assert main(["export", str(tmp_path / "a.md"), "-o", str(link)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"briefing: {link}: is a symbolic link (use --force to write to where it points)"
    ]
    assert victim.read_text() == "precious\n"
    assert main(["export", str(tmp_path / "a.md"), "-o", str(link), "--force"]) == 0
    assert link.is_symlink() and victim.read_text().startswith("# ")


def test_the_written_brief_keeps_the_files_mode(tmp_path):
    target = tmp_path / "brief.md"
    target.write_text("old\n")
    target.chmod(0o640)
    write_atomically(target, "new\n")
    assert (target.read_text(), os.stat(target).st_mode & 0o777) == ("new\n", 0o640)
