"""diplograph.graph.rdf.forked: work done in a forked child comes back whole, and a child that fails
or cannot be forked leaves the parent to do the work itself."""
from __future__ import annotations

import multiprocessing
import os

import pytest

from diplograph.graph.rdf import forked
from diplograph.graph.rdf.forked import Forked, in_two

PARENT = os.getpid()


def _pids_and_squares(items):
    return [(os.getpid(), x * x) for x in items]


def _fails_in_a_child(items):
    if os.getpid() != PARENT:
        raise RuntimeError("child broke")
    return [x + 1 for x in items]


def _dies_in_a_child(items):
    if os.getpid() != PARENT:
        os._exit(3)                            # no answer at all
    return list(items)


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_the_second_half_is_computed_by_a_child():
    mine, theirs = in_two(_pids_and_squares, list(range(7)), at_least=2)
    assert [x for _, x in mine] == [0, 1, 4] and [x for _, x in theirs] == [9, 16, 25, 36]
    assert {pid for pid, _ in mine} == {PARENT}
    assert {pid for pid, _ in theirs} != {PARENT} and len({pid for pid, _ in theirs}) == 1


def test_few_items_stay_in_this_process():
    mine, theirs = in_two(_pids_and_squares, [1, 2, 3], at_least=4)
    assert {pid for pid, _ in mine + theirs} == {PARENT} and [x for _, x in theirs] == [4, 9]


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
@pytest.mark.parametrize("func, expected", [(_fails_in_a_child, [4, 5]), (_dies_in_a_child, [3, 4])])
def test_a_failed_child_leaves_the_work_to_the_parent(func, expected):
    assert in_two(func, [1, 2, 3, 4], at_least=2)[1] == expected


def test_without_fork_the_parent_computes_it(monkeypatch):
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    with Forked(_pids_and_squares, [5]) as child:
        pass_through = child.result()
    assert pass_through == [(PARENT, 25)]


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_a_result_is_taken_once_and_a_failing_body_stops_the_child():
    with Forked(sum, [1, 2]) as child:
        assert child.result() == 3
        with pytest.raises(RuntimeError, match="taken once"):
            child.result()
    with pytest.raises(ValueError, match="body broke"):
        with Forked(_pids_and_squares, [1]) as child:
            raise ValueError("body broke")
    assert child._receive is None and not child._child.is_alive()


def _in_a_daemon(_):
    return in_two(_pids_and_squares, [1, 2, 3, 4], at_least=2), os.getpid()


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_a_process_that_may_not_have_children_computes_both_halves():
    """A pool worker is a daemon process, which multiprocessing forbids to start children."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        (mine, theirs), worker = pool.apply(_in_a_daemon, (None,))
    assert [x for _, x in mine + theirs] == [1, 4, 9, 16]
    assert {pid for pid, _ in mine + theirs} == {worker} != {PARENT}
