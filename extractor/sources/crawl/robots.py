"""robots.txt, read the way the major crawlers read it (RFC 9309): groups by user-agent, the group of
the most specific matching agent (else `*`), `Allow`/`Disallow` patterns with `*` and `$`, the
longest matching rule wins and `Allow` wins a tie; plus the non-standard `Crawl-delay` and the
`Sitemap` lines.

What a fetch outcome means: a 2xx body is parsed; 4xx (no robots.txt) allows everything; 5xx, 429
and network errors disallow everything for the run (the site is not answering: do not crawl it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import unquote, urlsplit

MAX_ROBOTS_BYTES = 500 * 1024   # RFC 9309: at least 500 KiB must be parsed; the rest is ignored


@dataclass
class _Rule:
    allow: bool
    pattern: str
    regex: re.Pattern

    @property
    def length(self) -> int:
        return len(self.pattern)


@dataclass
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list)
    crawl_delay: Optional[float] = None


def _normalise(path: str) -> str:
    """Paths and patterns are compared percent-decoded."""
    return unquote(path)


def _compile(pattern: str) -> re.Pattern:
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    regex = "".join(".*" if ch == "*" else re.escape(ch) for ch in _normalise(body))
    return re.compile(regex + ("$" if anchored else ""), re.S)


class Robots:
    """The rules for one host, for one user-agent token."""

    def __init__(self, groups: list[_Group], agent: str, sitemaps: list[str], allow_all: bool = False,
                 disallow_all: bool = False, note: str = ""):
        self.agent = agent.lower()
        self.sitemaps = sitemaps
        self.note = note
        self._allow_all = allow_all
        self._disallow_all = disallow_all
        self.group = self._select(groups)

    @classmethod
    def parse(cls, text: str, agent: str) -> "Robots":
        groups: list[_Group] = []
        sitemaps: list[str] = []
        current: Optional[_Group] = None
        in_agents = False
        for raw in text[:MAX_ROBOTS_BYTES].splitlines():
            line = raw.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, value = line.split(":", 1)
            key, value = key.strip().lower(), value.strip()
            if key in ("user-agent", "useragent"):
                if not in_agents:
                    current = _Group()
                    groups.append(current)
                    in_agents = True
                current.agents.append(value.lower())
                continue
            if key == "sitemap":
                if value:
                    sitemaps.append(value)
                continue
            in_agents = False
            if current is None:
                continue                      # rules before any user-agent line belong to nobody
            if key in ("allow", "disallow"):
                if key == "disallow" and not value:
                    continue                  # "Disallow:" (empty) allows everything
                if not value.startswith(("/", "*")):
                    value = "/" + value
                current.rules.append(_Rule(key == "allow", value, _compile(value)))
            elif key == "crawl-delay":
                try:
                    delay = float(value)
                except ValueError:
                    continue
                if delay >= 0:
                    current.crawl_delay = delay
        return cls(groups, agent, sitemaps)

    @classmethod
    def from_fetch(cls, status: Optional[int], body: bytes, agent: str) -> "Robots":
        """What a robots.txt fetch means (see the module doc). `status` None is a network error."""
        if status is not None and 200 <= status < 300:
            return cls.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace"), agent)
        if status is not None and 400 <= status < 500 and status != 429:
            return cls([], agent, [], allow_all=True, note=f"robots.txt: HTTP {status}, everything allowed")
        why = f"HTTP {status}" if status is not None else "unreachable"
        return cls([], agent, [], disallow_all=True, note=f"robots.txt {why}: the host is not crawled")

    def _select(self, groups: list[_Group]) -> Optional[_Group]:
        best: Optional[_Group] = None
        best_len = -1
        merged_star: Optional[_Group] = None
        for group in groups:
            for name in group.agents:
                if name == "*":
                    if merged_star is None:
                        merged_star = _Group(agents=["*"])
                    merged_star.rules.extend(group.rules)
                    if group.crawl_delay is not None:
                        merged_star.crawl_delay = group.crawl_delay
                elif name and name in self.agent and len(name) > best_len:
                    best, best_len = group, len(name)
        if best is not None:
            # several groups naming the same agent are one group
            same = _Group(agents=best.agents)
            for group in groups:
                if any(name == best.agents[0] for name in group.agents):
                    same.rules.extend(group.rules)
                    if group.crawl_delay is not None:
                        same.crawl_delay = group.crawl_delay
            return same
        return merged_star

    @property
    def unreachable(self) -> bool:
        """robots.txt could not be read (5xx, 429, network): nothing of the host may be fetched."""
        return self._disallow_all

    @property
    def crawl_delay(self) -> Optional[float]:
        return self.group.crawl_delay if self.group else None

    def allowed(self, url: str) -> bool:
        if self._disallow_all:
            return False
        if self._allow_all or self.group is None:
            return True
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            return True
        target = _normalise((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        verdict, length = True, -1
        for rule in self.group.rules:
            if rule.regex.match(target):
                if rule.length > length or (rule.length == length and rule.allow):
                    verdict, length = rule.allow, rule.length
        return verdict
