"""Full cycle collections wait for the reader to be idle, and the thresholds come back."""

from __future__ import annotations

import gc
import weakref

import pytest

from briefing.tui import collector
from briefing.tui.collector import IdleCollector
from tests.tui.test_app import SIZE, ready


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Knot:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


def garbage_in_the_oldest_generation() -> weakref.ref[Knot]:
    """A cycle that survived the young passes, then was dropped: only a full pass frees it."""
    knot = Knot()
    gc.collect(1)  # still held: moved on to the oldest generation
    return weakref.ref(knot)


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def test_start_holds_only_the_full_passes_off_and_stop_gives_them_back(thresholds):
    idle = IdleCollector()
    idle.start()
    young, middle, full = gc.get_threshold()
    assert (young, middle) == thresholds[:2]
    assert full == collector._NEVER
    idle.stop()
    assert gc.get_threshold() == thresholds


def test_a_full_pass_waits_until_no_input_has_come_for_a_while(thresholds):
    clock = Clock()
    idle = IdleCollector(clock)
    idle.start()
    knot = garbage_in_the_oldest_generation()
    idle.saw_input()
    clock.now += collector.IDLE_SECONDS / 2
    assert idle.tick() is False
    assert knot() is not None
    clock.now += collector.IDLE_SECONDS
    assert idle.tick() is True
    assert knot() is None
    assert idle.tick() is False  # nothing pending any more
    idle.stop()


def test_a_full_pass_runs_while_keys_come_once_much_is_pending(thresholds):
    clock = Clock()
    idle = IdleCollector(clock)
    idle.start()
    knot = garbage_in_the_oldest_generation()
    for _ in range(collector.MOST_PENDING):
        gc.collect(1)  # each young pass counts towards the next full one
    idle.saw_input()
    assert idle.tick() is True
    assert knot() is None
    idle.stop()


def test_work_in_the_background_holds_the_idle_pass_off(thresholds):
    clock = Clock()
    working = [True]
    idle = IdleCollector(clock, busy=lambda: working[0])
    idle.start()
    knot = garbage_in_the_oldest_generation()
    clock.now += 2 * collector.IDLE_SECONDS
    assert idle.tick() is False and knot() is not None
    working[0] = False
    assert idle.tick() is True and knot() is None
    idle.stop()


def test_a_full_pass_is_followed_by_a_rest_that_keeps_it_to_a_tenth_of_the_time(
    thresholds, monkeypatch
):
    clock = Clock()
    idle = IdleCollector(clock)
    collect = gc.collect

    def slow_collect(*generation: int) -> int:  # a full pass takes 50 ms on the clock
        if not generation:
            clock.now += 0.05
        return collect(*generation)

    monkeypatch.setattr(collector.gc, "collect", slow_collect)
    idle.start()
    garbage_in_the_oldest_generation()
    clock.now += collector.IDLE_SECONDS
    assert idle.tick() is True
    knot = garbage_in_the_oldest_generation()
    clock.now += 0.05 / collector.SHARE - 0.01  # idle, but still resting
    assert idle.tick() is False and knot() is not None
    clock.now += 0.02
    assert idle.tick() is True and knot() is None
    idle.stop()


def test_nothing_runs_unless_started(thresholds):
    clock = Clock()
    idle = IdleCollector(clock)
    garbage_in_the_oldest_generation()
    clock.now += 10
    assert idle.tick() is False


async def test_the_reader_collects_when_idle_and_restores_the_thresholds(make_app, thresholds):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert app.collector.running  # started once the corpus was in
        assert gc.get_threshold()[2] == collector._NEVER
        await pilot.press("j")
        knot = garbage_in_the_oldest_generation()
        await pilot.pause(collector.IDLE_SECONDS + 4 * collector.TICK_SECONDS)
        assert knot() is None
    assert gc.get_threshold() == thresholds
