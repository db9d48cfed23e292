"""Shared test helpers: a seeded data folder (demo workspace + indexed coaching material) and a live app server."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.localproc import free_loopback_port, stop_process

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

_SEED_SCRIPT = """
import json
from assistant.services.demo import ensure_demo
from assistant.factory import build_app
from assistant.retrieval.ingest import ingest_knowledge
app = build_app()
info = ensure_demo(app)
if app.index.count("knowledge") == 0:
    ingest_knowledge(app.index, app.settings.resolved_knowledge_dir())
print(json.dumps({username: password for _role, username, password in info.credentials}))
"""
_seed: Path | None = None
_seed_passwords: dict[str, str] = {}


def seeded_data_dir(target: Path) -> Path:
    """Copy a data folder holding the demo workspace and the indexed coaching material into `target`.

    The seed is built once per test process, in a child process, so that no chromadb client in this
    process holds the files while they are copied.
    """
    global _seed
    if _seed is None:
        seed = Path(tempfile.mkdtemp(prefix="coach-seed-")) / "data"
        atexit.register(shutil.rmtree, seed.parent, ignore_errors=True)
        env = {**os.environ, "COACH_DATA_DIR": str(seed), "COACH_LLM": "offline"}
        run = subprocess.run(
            [sys.executable, "-c", _SEED_SCRIPT],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=600,
            stdout=subprocess.PIPE,
            text=True,
        )
        _seed_passwords.update(json.loads(run.stdout.strip().splitlines()[-1]))
        _seed = seed
    shutil.copytree(_seed, target)
    return target


def demo_login(role: str) -> tuple[str, str]:
    """(username, password) of a demo account in the seeded data (role: CIO, coach or admin).

    The demo loader gives the accounts random passwords and returns them once, when it creates them.
    """
    from assistant.services.demo import DEMO_USERS

    username = DEMO_USERS[role]
    assert username in _seed_passwords, "call seeded_data_dir() first"
    return username, _seed_passwords[username]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@contextmanager
def running_app(data_dir: Path, log_path: Path, port: int | None = None) -> Iterator[str]:
    """Start `streamlit run ui/app.py` on a free loopback port (or `port`); yield its base URL; stop it afterwards."""
    port = port or free_loopback_port()
    env = {
        **os.environ,
        "COACH_DATA_DIR": str(data_dir),
        "COACH_LLM": "offline",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "ui/app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.fileWatcherType",
        "none",
    ]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", proc)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop_process(proc)


@contextmanager
def chromium_tab(timeout_ms: int = 120_000, width: int = 1400, height: int = 1000) -> Iterator[object]:
    """A page in Debian's headless Chromium, driven by Playwright (its own browser download cannot work here)."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": width, "height": height})
        tab = context.new_page()
        tab.set_default_timeout(timeout_ms)
        try:
            yield tab
        finally:
            context.close()
            browser.close()


# --- Driving Streamlit pages in Playwright -------------------------------------------------

LONG_MS = 120_000  # the first run of a page builds the app and loads models


def wait_idle(page, settle_ms: int = 400) -> None:  # type: ignore[no-untyped-def]
    """Wait until Streamlit has finished running the script and no new run starts within `settle_ms`.

    A widget change reaches the server a moment after the browser shows it, so the status widget can
    still be absent just after an input; checking twice, `settle_ms` apart, sees that next run.
    """
    status = "[data-testid='stStatusWidget']"
    deadline = time.monotonic() + LONG_MS / 1000
    while True:
        page.wait_for_selector(status, state="detached", timeout=LONG_MS)
        page.wait_for_timeout(settle_ms)
        if page.locator(status).count() == 0 or time.monotonic() > deadline:
            return


def go(page, title: str, heading: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Open a page from the sidebar and wait for its heading and its script run."""
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    page.get_by_role("heading", name=heading or title, exact=True).wait_for()
    wait_idle(page)


def pick(page, label: str, option: str, attempts: int = 3) -> None:  # type: ignore[no-untyped-def]
    """Choose `option` in the selectbox `label` by typing it and pressing Enter.

    Clicking the option itself races the list's re-renders on a loaded machine (the option is
    detached between resolving and clicking); the keyboard does not.
    """
    box = page.get_by_role("combobox", name=label)
    for _ in range(attempts):
        wait_idle(page)
        box.click()
        box.fill(option)
        page.get_by_role("option", name=option, exact=False).first.wait_for(timeout=LONG_MS)
        box.press("Enter")
        wait_idle(page)
        if option in box.input_value():
            return
    raise AssertionError(f"could not choose {option!r} in {label!r}; the box shows {box.input_value()!r}")



def press_until(page, button: str, expected, attempts: int = 3, wait_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    """Press the button `button` until `expected` (a locator) shows.

    Under load a click that lands while a widget's own rerun is starting can be dropped by the app;
    a user would press again, and so does this helper. A slow run is waited out before pressing again.
    """
    for _ in range(attempts):
        wait_idle(page)
        page.get_by_role("button", name=button).click()
        try:
            expected.first.wait_for(timeout=wait_ms)
            return
        except Exception:  # noqa: BLE001 - Playwright's TimeoutError: wait for the run, then look again
            wait_idle(page)
            if expected.first.is_visible():
                return
    raise AssertionError(f"pressed {button!r} {attempts} times and {expected} never showed")


def open_partner_from_portfolio(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """On the portfolio, choose `name`, press "Open partner" and wait for the partner's page."""
    pick(page, "Open a partner", name)
    press_until(page, "Open partner", page.get_by_role("heading", name=name))
    wait_idle(page)
