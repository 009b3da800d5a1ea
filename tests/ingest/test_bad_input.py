"""Files that cannot be read: one reason each, the rest still load."""

from __future__ import annotations

import pytest

from briefing.ingest import IngestError, load_articles, read_article


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
        (b"caf\xe9 au lait\n", "not valid UTF-8 text (byte 0xe9 at offset 3)"),
        (b"ab\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x1f cd", "binary file (control characters)"),
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter at line 2"),
        (b"---\ntitle: no end\nBody.\n", "malformed front matter: no closing '---' line"),
        (b"---\ndate: tomorrow\n---\nBody.\n", "malformed front matter: date 'tomorrow'"),
    ],
)
def test_bad_file_reasons(tmp_path, content, reason):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(IngestError) as raised:
        read_article(path, "bad")
    assert str(raised.value).startswith(reason)


def test_a_few_controls_in_prose_still_load(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Tariffs \x1b[31mrose\x1b[0m in May.\x01\n" * 3)
    assert "Tariffs" in read_article(path, "odd").body


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (1024 * 1024 + 10))
    with pytest.raises(IngestError, match=r"file too large \(5\.0 MB; the limit is 5 MB\)"):
        read_article(path, "big")


def test_others_still_load(tmp_path):
    (tmp_path / "good.txt").write_text("A good article about tariffs.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    articles, failures = load_articles([tmp_path, tmp_path / "missing.txt"])
    assert [a.id for a in articles] == ["good"]
    assert [(f.path.rsplit("/", 1)[-1], f.reason) for f in failures] == [
        ("missing.txt", "no such file or directory"),
        ("bad.txt", "binary file (contains NUL bytes)"),
    ]
