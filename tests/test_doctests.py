"""The docstring examples of every module of the installed package, as pytest's doctests ran
them (ELLIPSIS on), each module imported by its ``diplograph.*`` name."""
from __future__ import annotations

import doctest
import importlib
import io
import pkgutil

import pytest

import diplograph

STAGES = ("diplograph.extract", "diplograph.ontology", "diplograph.graph")


def _modules() -> list[str]:
    names = ["diplograph", *STAGES]
    for stage in STAGES:
        package = importlib.import_module(stage)
        names += [m.name for m in pkgutil.walk_packages(package.__path__, stage + ".")]
    return sorted(set(names))


MODULES = _modules()


def test_every_stage_and_subpackage_is_found():
    for name in ("diplograph.graph.fusion.fuse", "diplograph.graph.rdf.trig",
                 "diplograph.graph.store.query", "diplograph.graph.analysis.measures",
                 "diplograph.graph.views.site", "diplograph.extract.read.reader",
                 "diplograph.extract.components.events", "diplograph.ontology.kb"):
        assert name in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    tests = doctest.DocTestFinder(exclude_empty=True).find(module, name)
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in sorted(tests, key=lambda t: t.name):
        runner.run(test, out=out.write)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, out.getvalue()


def test_the_version_comes_from_the_package_metadata():
    from importlib.metadata import version
    assert diplograph.__version__ == version("diplograph") != "0+unknown"
