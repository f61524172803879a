"""Render A/B: the chart's "ready" and "markers" moments (bench/render.py's probe) of two running sites
over the same database, e.g. the main checkout against a branch, loads interleaved in one Chromium.

Each round loads every page at every size once from each site, each load in a fresh browser context, the
sites' order alternating from round to round. Prints, per page and size, the medians of each site and the
median of the per-round ratios (B over A), with the load average before and after: the machine may be shared.

  python bench/render_ab.py --a 500=http://127.0.0.1:8032 2000=http://127.0.0.1:8033 \\
                            --b 500=http://127.0.0.1:8035 2000=http://127.0.0.1:8036 --rounds 11

or saved copies of a page and a variant of it, e.g. served from a site's static files:

  python bench/render_ab.py --a 2000=http://127.0.0.1:8036/static/ab/committed-2000.html \\
                            --b 2000=http://127.0.0.1:8036/static/ab/use-2000.html --pages "" --probe /embed/
"""

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.render import measure
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

MOMENTS = ("markers", "ready")


def sites(pairs):
    """{"500": "http://…"} from ["500=http://…"]."""
    return dict(pair.split("=", 1) for pair in pairs)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", nargs="+", required=True, help="COUNT=URL of site A at each size")
    parser.add_argument("--b", nargs="+", required=True, help="COUNT=URL of site B at each size")
    parser.add_argument("--pages", nargs="+", default=["/embed/", "/"], help="paths after each URL")
    parser.add_argument("--probe", choices=["/embed/", "/"], help="the probe for every page (default: its own)")
    parser.add_argument("--rounds", type=int, default=11)
    return parser.parse_args()


def main():
    arguments = parse_arguments()
    a, b = sites(arguments.a), sites(arguments.b)
    print(f"load average before: {os.getloadavg()}")
    results = {}  # (count, page, site) -> {moment: [ms per round]}
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        for count in a:  # one unmeasured load of each: the servers' caches warm up
            for page in arguments.pages:
                for site in (a, b):
                    measure(browser, site[count] + page, arguments.probe or page, int(count))
        for number in range(arguments.rounds):
            order = (("A", a), ("B", b)) if number % 2 == 0 else (("B", b), ("A", a))
            for count in a:
                for page in arguments.pages:
                    for name, site in order:
                        moments = measure(browser, site[count] + page, arguments.probe or page, int(count))
                        row = results.setdefault((count, page, name), {moment: [] for moment in MOMENTS})
                        for moment in MOMENTS:
                            row[moment].append(moments[moment])
            print(f"round {number + 1} of {arguments.rounds} done, load {os.getloadavg()[0]:.2f}", file=sys.stderr)
        browser.close()
    print(f"load average after: {os.getloadavg()}")
    report(a, arguments.pages, results)


def report(counts, pages, results):
    print(f"{'events':>6} {'page':<8} {'moment':<8} {'A median':>9} {'B median':>9} {'B/A rounds median (range)':>30}")
    for count in counts:
        for page in pages:
            for moment in MOMENTS:
                mine, theirs = results[(count, page, "B")][moment], results[(count, page, "A")][moment]
                ratios = sorted(b / a for b, a in zip(mine, theirs, strict=True))
                medians = f"{statistics.median(theirs):>9.0f} {statistics.median(mine):>9.0f}"
                print(
                    f"{count:>6} {page:<8} {moment:<8} {medians}"
                    f" {statistics.median(ratios):>10.2f}× ({ratios[0]:.2f}–{ratios[-1]:.2f})"
                    f"  B earlier in {sum(r < 1 for r in ratios)}/{len(ratios)}"
                )


if __name__ == "__main__":
    main()
