"""The built wheel, installed into a fresh virtual environment: one top-level package, its
console script, and the README's Python example running against it."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Use from Python", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@pytest.fixture(scope="module")
def fresh_env(tmp_path_factory):
    """A new venv with only the wheel installed; the dependencies come from this test's
    environment through a path entry (no download, and no editable finder: a .pth file's
    own folder is not scanned for further .pth files)."""
    tmp = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                            str(tmp / "dist"), str(ROOT)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    wheel = next((tmp / "dist").glob("diplograph-*.whl"))
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    before = set(os.listdir(site))
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    added = set(os.listdir(site)) - before
    (site / "_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return {"python": python, "bin": env_dir / "bin", "added": added, "tmp": tmp}


def test_the_wheel_installs_one_top_level_package_and_its_script(fresh_env):
    names = {n for n in fresh_env["added"] if not n.endswith(".dist-info") and n != "__pycache__"}
    assert names == {"diplograph"}
    assert (fresh_env["bin"] / "diplograph").is_file()
    top = subprocess.run([str(fresh_env["python"]), "-c",
                          "import diplograph, diplograph.graph.cli as c; print(diplograph.__file__, c.__file__)"],
                         capture_output=True, text=True, cwd=fresh_env["tmp"])
    assert top.returncode == 0, top.stderr
    assert "site-packages/diplograph/__init__.py" in top.stdout
    assert "site-packages/diplograph/graph/cli.py" in top.stdout
    listing = subprocess.run([str(fresh_env["bin"] / "diplograph"), "query", "--list"],
                             capture_output=True, text=True, cwd=fresh_env["tmp"])
    assert listing.returncode == 0 and "meetings" in listing.stdout, listing.stderr
    offices = subprocess.run([str(fresh_env["python"]), "-c", "from diplograph.ontology.offices import "
                              "load_offices; print(len(load_offices()))"],
                             capture_output=True, text=True, cwd=fresh_env["tmp"])
    assert offices.returncode == 0 and int(offices.stdout) > 50, offices.stderr


def test_the_readmes_python_example_runs_on_the_installed_wheel(fresh_env):
    work = fresh_env["tmp"] / "work"
    shutil.copytree(ROOT / "data" / "samples", work / "data" / "samples")
    script = work / "example.py"
    script.write_text(_readme_example() + "\nprint('OK', len(rows), G.number_of_nodes(), len(pages))\n",
                      encoding="utf-8")
    run = subprocess.run([str(fresh_env["python"]), str(script)], capture_output=True, text=True,
                         cwd=work, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    ok, n_rows, n_nodes, n_pages = run.stdout.split()[-4:]
    assert ok == "OK" and int(n_rows) > 0 and int(n_nodes) > 20 and int(n_pages) > 5
    assert (work / "out" / "graph.trig").is_file()
