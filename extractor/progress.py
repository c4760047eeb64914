"""A progress line on a terminal (stderr), silent when not a terminal; and the end-of-run summary."""
from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Summary:
    units: int = 0
    records: int = 0
    rejects: int = 0
    skipped: int = 0
    facts: Counter = field(default_factory=Counter)
    reject_reasons: Counter = field(default_factory=Counter)
    statistics: int = 0
    seconds: float = 0.0
    shards: int = 0
    shards_resumed: int = 0          # finished by an earlier, interrupted run (--resume)
    records_resumed: int = 0
    workers: int = 1
    engine: str = "local"

    @property
    def rate(self) -> float:
        done_now = self.records - self.records_resumed
        return done_now / self.seconds if self.seconds > 0 else 0.0

    def counts(self) -> dict:
        """The additive part (what a batch shard reports in its manifest row)."""
        return {"units": self.units, "records": self.records, "rejects": self.rejects, "skipped": self.skipped,
                "facts": dict(sorted(self.facts.items())), "statistics": self.statistics,
                "reject_reasons": dict(sorted(self.reject_reasons.items()))}

    @classmethod
    def from_counts(cls, counts: dict) -> "Summary":
        return cls(units=counts["units"], records=counts["records"], rejects=counts["rejects"],
                   skipped=counts["skipped"], facts=Counter(counts["facts"]), statistics=counts["statistics"],
                   reject_reasons=Counter(counts["reject_reasons"]))

    def add(self, other: "Summary") -> None:
        self.units += other.units
        self.records += other.records
        self.rejects += other.rejects
        self.skipped += other.skipped
        self.facts.update(other.facts)
        self.reject_reasons.update(other.reject_reasons)
        self.statistics += other.statistics

    def to_dict(self) -> dict:
        return {"units": self.units, "records": self.records, "rejects": self.rejects, "skipped": self.skipped,
                "facts": dict(self.facts), "statistics": self.statistics, "reject_reasons": dict(self.reject_reasons),
                "seconds": round(self.seconds, 3), "articles_per_second": round(self.rate, 1)}

    def render(self) -> str:
        facts = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"
        lines = [
            f"articles: {self.records} records from {self.units} input units"
            + (f" ({self.skipped} non-article WARC records skipped)" if self.skipped else ""),
            f"facts:    {sum(self.facts.values())} ({facts}); statistics {self.statistics}",
            f"rejects:  {self.rejects}" + (" (" + ", ".join(f"{k} {v}" for k, v in self.reject_reasons.most_common()) + ")" if self.rejects else ""),
            f"speed:    {self.rate:.1f} articles/s ({self.seconds:.1f} s)",
        ]
        if self.shards > 1 or self.shards_resumed or self.workers > 1:
            lines.append(f"batch:    {self.shards} shards, {self.workers} workers ({self.engine})"
                         + (f"; {self.shards_resumed} shards ({self.records_resumed} records) done by the earlier run"
                            if self.shards_resumed else ""))
        return "\n".join(lines)


class StatusLine:
    """One line that redraws itself in place on a terminal, at most every `interval` seconds; silent
    when the stream is not a terminal (a log file gets the final summary only). The batch progress
    and the crawler's both draw through it."""

    interval = 0.5

    def __init__(self, enabled: bool | None = None, stream=sys.stderr):
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.width = 0

    def due(self, force: bool = False) -> float | None:
        """Seconds since the start when a redraw is due now, else None."""
        if not self.enabled:
            return None
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return None
        self.last = now
        return now - self.start

    def show(self, line: str) -> None:
        line = line[:160]
        self.stream.write("\r" + line.ljust(self.width))      # pad over a longer previous line
        self.width = len(line)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


class Progress(StatusLine):
    """units | records | rejects | rate | ETA of an extraction run."""

    def update(self, summary: Summary, note: str = "", force: bool = False, total: int | None = None,
               done_before: int = 0) -> None:
        """`total`: the units expected in the whole run (an estimate); `done_before`: units that an
        earlier run had finished (not counted in the rate)."""
        elapsed = self.due(force)
        if elapsed is None:
            return
        rate = (summary.units - done_before) / elapsed if elapsed > 0 else 0.0
        units = f"{summary.units}/{max(total, summary.units)} units" if total else f"{summary.units} units"
        eta = ""
        if total and rate > 0 and total > summary.units:
            left = int((total - summary.units) / rate)
            eta = f" | ETA {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d}"
        self.show(f"{units} | {summary.records} records | {summary.rejects} rejects | {rate:.0f} units/s{eta} {note}".rstrip())
