"""What each video cost: charges, totals, CSV, and SpendService against the simulator."""

from __future__ import annotations

import csv
import io
import os
import stat
from datetime import UTC, datetime

import pytest
from conftest import API_TOKEN, PLATFORM_TOKEN, Recording, run

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.api.platform import PlatformClient
from hailuo_desktop.domain.spend import (
    Charge,
    SpendTask,
    charge_words,
    csv_text,
    totals_by_day,
    totals_by_model,
)
from hailuo_desktop.domain.task import GenerationRequest
from hailuo_desktop.services.spend_service import NO_TOKEN, SpendService


def at(day: int, hour: int = 12) -> float:
    return datetime(2026, 11, day, hour, tzinfo=UTC).timestamp()


TASKS = [SpendTask("l1", "t1", at(1), "minimax-t2v"), SpendTask("l2", "t2", at(1), "minimax-i2v"),
         SpendTask("l3", "t3", at(2, 23), "minimax-i2v"), SpendTask("l4", "t4", at(3)),
         SpendTask("l5", None, at(3), "minimax-t2v"), SpendTask("l6", "t6", at(3), "minimax-t2v")]
CHARGES = {"t1": Charge(3.0, 200), "t2": Charge(3.5, 200), "t3": Charge(3.5, 200),
           "t4": Charge(0.0, 200), "t6": Charge(3.0, 503)}


@pytest.mark.parametrize(("charge", "words"), [
    (Charge(3.5, 200), "3.5 credits"), (Charge(1.0, 200), "1 credit"),
    (Charge(0.0, 200), "not charged"), (Charge(3.0, 400), "not charged"),
    (Charge(3.0, 503), "not charged"), (Charge(3.0, None), "processing"),
    (None, "not known yet")])
def test_charge_words(charge, words):
    assert charge_words(charge) == words


def test_totals_by_day_and_model():
    assert totals_by_day(TASKS, CHARGES, UTC) == [("2026-11-01", 6.5), ("2026-11-02", 3.5)]
    assert totals_by_model(TASKS, CHARGES) == [("minimax-i2v", 7.0), ("minimax-t2v", 3.0)]


def test_csv():
    rows = list(csv.reader(io.StringIO(csv_text(TASKS, CHARGES, UTC))))
    assert rows[0] == ["created", "task", "trace_id", "model", "cost", "credits"]
    assert rows[1] == ["2026-11-01T12:00:00+00:00", "l1", "t1", "minimax-t2v", "3 credits", "3"]
    assert rows[4][4:] == ["not charged", "0"]
    assert rows[5] == ["2026-11-03T12:00:00+00:00", "l5", "", "minimax-t2v", "not known yet", ""]
    assert len(rows) == 7


# --- against the simulator -----------------------------------------------------------------------


def generate(qtbot, event_loop, sim, count: int) -> list[SpendTask]:
    """`count` generations that end at once; the last one fails (not charged)."""
    sim.faults.fail_tasks = 0

    async def make():
        api = HailuoClient(sim.base_url, API_TOKEN)
        tasks = []
        try:
            for n in range(count):
                if n == count - 1:
                    sim.faults.fail_tasks = 1
                model = "minimax-t2v" if n % 2 == 0 else "minimax-i2v"
                request = GenerationRequest(model, f"Take {n}", first_image_url=(
                    sim.sample_image_urls[0] if model == "minimax-i2v" else None))
                submission = await api.generate(request)
                sim.complete_task(submission.task_id)
                record = await api.retrieve(submission.task_id)
                tasks.append(SpendTask(f"local-{n}", record["trace_id"],
                                       record["created_at"], model))
        finally:
            await api.aclose()
        return tasks

    return run(qtbot, event_loop, make())


@pytest.fixture
def spend(sim, closing, tmp_path):
    def make(token=PLATFORM_TOKEN):
        recording = Recording()
        client = closing(PlatformClient(sim.base_url, token, transport=recording))
        service = closing(SpendService(client, tmp_path / "data" / "spend.json"))
        return service, recording

    return make


def test_costs_are_matched_by_trace_id_and_kept(qtbot, event_loop, sim, spend, tmp_path):
    tasks = generate(qtbot, event_loop, sim, 3)
    service, _ = spend()
    with qtbot.waitSignal(service.spendChanged) as signal:
        service.refresh([tuple(task) for task in tasks])
    assert signal.args == [""]
    assert [service.cost_text(task.trace_id) for task in tasks] == [
        "3 credits", "3.5 credits", "not charged"]
    assert service.totals_by_model(tasks) == [("minimax-i2v", 3.5), ("minimax-t2v", 3.0)]
    assert sum(amount for _, amount in service.totals_by_day(tasks)) == 6.5
    assert "local-1" in service.csv_text(tasks)
    cache = tmp_path / "data" / "spend.json"
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o600
    assert tasks[0].trace_id in cache.read_text()
    assert PLATFORM_TOKEN not in cache.read_text()

    # Another run knows them from the file and, all being settled, asks nothing, even with no
    # token.
    later, later_recording = spend(token=None)
    with qtbot.waitSignal(later.spendChanged) as signal:
        later.start()
    assert signal.args == [""]
    assert later.cost_text(tasks[1].trace_id) == "3.5 credits"
    with qtbot.waitSignal(later.spendChanged) as signal:
        later.refresh(tasks)
    assert signal.args == [""] and later_recording.requests == []


def test_without_a_token_unknown_costs_say_how_to_see_them(qtbot, event_loop, sim, spend):
    tasks = generate(qtbot, event_loop, sim, 1)
    service, recording = spend(token=None)
    with qtbot.waitSignal(service.spendChanged) as signal:
        service.refresh(tasks)
    assert signal.args == [NO_TOKEN]
    assert recording.requests == []
    assert service.cost_text(tasks[0].trace_id) == "not known yet"


def test_a_running_generation_is_processing_and_asked_again(qtbot, event_loop, sim, spend):
    sim.generation_seconds = 60

    async def submit():
        api = HailuoClient(sim.base_url, API_TOKEN)
        try:
            submission = await api.generate(GenerationRequest("minimax-t2v", "Slow"))
            return submission.task_id, await api.retrieve(submission.task_id)
        finally:
            await api.aclose()

    task_id, record = run(qtbot, event_loop, submit())
    task = SpendTask("local", record["trace_id"], record["created_at"])
    service, _ = spend()
    with qtbot.waitSignal(service.spendChanged):
        service.refresh([task])
    assert service.cost_text(task.trace_id) == "processing"
    sim.complete_task(task_id)
    with qtbot.waitSignal(service.spendChanged):
        service.refresh([task])
    assert service.cost_text(task.trace_id) == "3 credits"


def test_refreshes_asked_while_one_runs_follow_it(qtbot, event_loop, sim, spend):
    tasks = generate(qtbot, event_loop, sim, 2)
    service, _ = spend()
    emitted = []
    service.spendChanged.connect(emitted.append)
    service.refresh(tasks[:1])
    service.refresh(tasks)
    qtbot.waitUntil(lambda: len(emitted) == 2)
    assert service.cost_text(tasks[1].trace_id) == "not charged"
