"""Mutated sample files: never a traceback (only the importer's errors), never half an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from crm_desktop.services.errors import ServiceError
from crm_desktop.services.import_export.batch import ImportOptions, run_import
from crm_desktop.services.workspace import Workspace
from crm_desktop.store.models import Client, ContactKey

SAMPLES = sorted(
    p.name for p in (Path(__file__).resolve().parents[3] / "shared" / "samples").glob("*.*")
    if p.suffix != ".md"
)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int]]]:
    name = draw(st.sampled_from(SAMPLES)) if SAMPLES else ""
    edits = draw(st.lists(
        st.tuples(st.sampled_from(["flip", "insert", "delete", "truncate"]),
                  st.integers(min_value=0, max_value=60_000),
                  st.integers(min_value=0, max_value=255)),
        min_size=1, max_size=6))
    return name, edits


def mutate(data: bytes, edits: list[tuple[str, int, int]]) -> bytes:
    buffer = bytearray(data)
    for kind, position, value in edits:
        if not buffer:
            break
        at = position % len(buffer)
        if kind == "flip":
            buffer[at] = value
        elif kind == "insert":
            buffer[at:at] = bytes([value]) * (1 + value % 7)
        elif kind == "delete":
            del buffer[at : at + 1 + value % 32]
        else:
            del buffer[at:]
    return bytes(buffer)


def _counts(ws: Workspace) -> tuple[int, int]:
    with ws.session() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Client)) or 0),
            int(session.scalar(select(func.count()).select_from(ContactKey)) or 0),
        )


@pytest.mark.slow
@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=mutations())
def test_mutated_samples_import_whole_or_not_at_all(
    case: tuple[str, list[tuple[str, int, int]]],
    workspace: Workspace, samples_dir: Path, tmp_path: Path,
) -> None:
    name, edits = case
    source = samples_dir / name
    target = tmp_path / f"mutated{source.suffix}"
    target.write_bytes(mutate(source.read_bytes(), edits))
    before = _counts(workspace)
    try:
        result = workspace.run(run_import, target, ImportOptions())
    except ServiceError as exc:
        assert exc.message and "Traceback" not in exc.message
        assert _counts(workspace) == before
        return
    after = _counts(workspace)
    assert after[0] == before[0] + result.created
    assert result.created + result.skipped + len({p.row for p in result.errors}) == result.rows
