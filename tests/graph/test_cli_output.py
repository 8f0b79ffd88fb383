"""What the ``diplograph`` command prints (#22 item 7): --version, --quiet, and the
progress bar on a terminal (a real pseudo-terminal) against plain lines elsewhere."""
from __future__ import annotations

import os
import pty
import subprocess
import sys

from diplograph import __version__

CLI = [sys.executable, "-m", "diplograph.graph.cli"]
DE = "Olaf Scholz traf am 2. März 2015 in Berlin Emmanuel Macron. Die beiden sprachen über den Handel."


def articles(tmp_path, n=3):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(DE.replace("2015", str(2010 + i)), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_version():
    proc = subprocess.run(CLI + ["--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == f"diplograph {__version__}"


def test_quiet_prints_only_problems_and_the_summary(tmp_path):
    proc = subprocess.run(CLI + ["build", str(articles(tmp_path)), "-o", str(tmp_path / "out"), "--no-views", "-q"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [f"skipped: {str(tmp_path / 'in' / 'empty.txt')!r}: empty file (no text)"]
    assert proc.stdout.startswith("built 3 articles (1 not built)")


def test_off_a_terminal_each_article_is_a_line(tmp_path):
    proc = subprocess.run(CLI + ["build", str(articles(tmp_path)), "-o", str(tmp_path / "out"), "--no-views"],
                          capture_output=True, text=True, timeout=300)
    counted = [line for line in proc.stderr.splitlines() if line.startswith("[")]
    assert [line.split()[0] for line in counted] == ["[1/3]", "[2/3]", "[3/3]"] and "\r" not in proc.stderr


def test_on_a_terminal_the_articles_are_one_bar_with_rate_and_time_left(tmp_path):
    folder = articles(tmp_path)
    main, child = pty.openpty()
    proc = subprocess.Popen(CLI + ["build", str(folder), "-o", str(tmp_path / "out"), "--no-views"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=child)
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 4096)
        except OSError:            # the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(main)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "\rextracting [" in shown and "3/3" in shown and "articles/s" in shown and "left" in shown
    assert "[1/3]" not in shown
