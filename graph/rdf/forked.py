"""Part of a long computation in a forked child process, on data already in memory.

The build's later steps (the N-Quads and the networkx graph) run in one process while the
second core sits idle, over data that would cost more to send to a worker than to compute
with: a forked child sees it without copying, and sends back only its result.

Where ``fork`` is missing (Windows) or the child fails for any reason, the parent computes
the child's part itself: the result is the same, only slower.

>>> in_two(lambda xs: [x * x for x in xs], list(range(6)), at_least=2)
([0, 1, 4], [9, 16, 25])
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from multiprocessing.connection import wait
from typing import Any, TypeVar

__all__ = ["Forked", "in_two", "can_fork"]

T = TypeVar("T")


def can_fork() -> bool:
    """Whether this platform can fork a child that shares the parent's memory."""
    return "fork" in multiprocessing.get_all_start_methods()


def _child(conn, func: Callable, args: tuple) -> None:
    """Compute, send, and leave at once: the child must not run the exit handlers of the
    parent's threads and pools, which it inherited but does not own."""
    code = 0
    try:
        try:
            answer = ("done", func(*args))
        except BaseException as exc:    # the parent computes this part again
            answer = ("failed", repr(exc))
        conn.send(answer)
    except BaseException:               # nobody to tell (the parent is gone) or unpicklable
        code = 1
    finally:
        os._exit(code)


class Forked:
    """``func(*args)`` computed in a forked child while the ``with`` body runs here.

    ``func`` must only read the state it shares with the parent (what the child changes
    is lost) and return something picklable. :meth:`result` waits for it; when the child
    failed, or ``fork`` is missing, it computes ``func(*args)`` here instead.

    >>> with Forked(sum, [1, 2, 3]) as child:
    ...     mine = 10
    >>> mine + child.result()
    16
    """

    def __init__(self, func: Callable[..., Any], *args):
        self.func, self.args = func, args
        self._child = self._receive = None
        self._done = False

    def __enter__(self) -> "Forked":
        if can_fork():
            context = multiprocessing.get_context("fork")
            self._receive, send = context.Pipe(duplex=False)
            self._child = context.Process(target=_child, args=(send, self.func, self.args), daemon=True)
            try:
                self._child.start()
            except (OSError, AssertionError):   # no memory or processes left; a daemon process
                self._receive.close()
                self._child = self._receive = None
            finally:
                send.close()
        return self

    def result(self) -> Any:
        if self._done:
            raise RuntimeError("the result of a Forked computation is taken once")
        self._done = True
        status, value = "failed", None
        if self._receive is not None:
            try:
                wait([self._receive, self._child.sentinel])
                if self._receive.poll():
                    status, value = self._receive.recv()
            except (EOFError, OSError):      # the child died before it answered
                pass
            self._stop()
        return value if status == "done" else self.func(*self.args)

    def _stop(self) -> None:
        self._receive.close()
        if self._child.is_alive():
            self._child.kill()
        self._child.join()
        self._receive = None

    def __exit__(self, *exc) -> None:
        if self._receive is not None:        # the body failed, or the result was not taken
            self._stop()


def in_two(func: Callable[[Sequence], T], items: Sequence, *, at_least: int = 10_000) -> tuple[T, T]:
    """``(func(first half), func(second half))`` of ``items``, the second half computed in
    a forked child (see :class:`Forked`) while this process computes the first. With fewer
    than ``at_least`` items both halves are computed here."""
    half = len(items) // 2
    first, second = items[:half], items[half:]
    if len(items) < at_least:
        return func(first), func(second)
    with Forked(func, second) as child:
        mine = func(first)
        return mine, child.result()
