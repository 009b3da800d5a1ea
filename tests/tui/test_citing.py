"""Citations for the clipboard and the addresses the reader opens, and the keys c and o."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import parse_article
from briefing.tui.citing import citation, cited, openable
from briefing.tui.widgets.reader_pane import ReaderPane
from tests.tui.test_app import SIZE, ready

STORY = (
    "---\ntitle: Port deal signed\nsource: Harbour Ledger\ndate: 2025-10-28\n"
    "url: https://ledger.example/port-deal\n---\n"
    "The port authority signed the deal on Tuesday.\n\n"
    "\u201cIt is a good day,\u201d the mayor said.\n"
)


def story():
    return parse_article(STORY, Path("port.md"), "port")


def test_a_citation_names_title_outlet_date_paragraph_and_address():
    article = story()
    second = article.paragraphs[1]
    assert citation(article, second.start) == (
        "Port deal signed, Harbour Ledger, 2025-10-28, \u00b62, https://ledger.example/port-deal"
    )
    assert cited("It is\na good day,", article, second.start, "the mayor") == (
        "\u201cIt is a good day,\u201d \u2014 the mayor (Port deal signed, Harbour Ledger, "
        "2025-10-28, \u00b62, https://ledger.example/port-deal)"
    )


def test_control_characters_never_reach_the_clipboard():
    article = story()
    assert "\x1b" not in cited("bad \x1b[31m red", article, 0)


def test_only_web_addresses_are_opened():
    assert openable("https://ledger.example/a") and openable("HTTP://x.example")
    for address in (None, "", "javascript:alert(1)", "file:///etc/passwd", "https://", "x"):
        assert not openable(address)


async def test_c_copies_the_dated_sentence_with_its_citation_and_o_opens_the_address(
    make_app, monkeypatch
):
    opened: list[str] = []
    app = make_app()
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.query_one(ReaderPane).show_paragraph(14)
        await pilot.press("2", "c")
        await pilot.pause()
        article = screen.article
        assert app.clipboard.startswith(  # the paragraph's dated sentence, the one it cites
            "\u201cRutherford said on the 27th that the U.S. will maintain the 15% tariff on "
            "Japanese-made semiconductors and medicines"
        )
        assert app.clipboard.endswith(
            f"({article.title}, Observer Net, undated, \u00b614, {article.url})"
        )
        await pilot.press("o")
        await pilot.pause()
        assert opened == [article.url]
        await pilot.press("4", "j", "c")  # the quotes pane: the quote and who said it
        await pilot.pause()
        assert app.clipboard == (
            "\u201cthe U.S. will maintain the 15% tariff on Japanese-made semiconductors and "
            f"medicines.\u201d \u2014 Rutherford ({article.title}, Observer Net, undated, "
            f"\u00b614, {article.url})"
        )
