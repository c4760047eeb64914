"""Dates in the text, resolved against the publication date.

Our patterns find the spans ("Kamis (20/3)", "Selasa (21/3/2017)", "20 Maret 2025", "Maret 2025",
"tahun 2024", "Januari hingga Desember 2024", "sepanjang tahun 2025 hingga Februari", "kemarin",
"pekan lalu"); the resolution is ours too (weekday checked against the publication year, a month
without a year taking the year of its range partner). dateparser is not needed on this path, which
keeps a date at microseconds rather than milliseconds. Calendar words are in models/calendar.json,
relative expressions in models/relative_dates.json.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..calendar import calendar
from ..resources import load_json
from .counts import listed_noun_at
from .numbers import _lex as _number_lex
from .words import text_of, words_of
from .base import FactCandidate, facts_of, reference_date


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# the weekdays as written with a capital, for the patterns of a weekday alone and in lists
_WEEKDAY_NAMES = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)"


@lru_cache(maxsize=1)
def _patterns() -> dict:
    cal = calendar()
    full = _alt(w.capitalize() for w in cal["full_months"]) + "|" + _alt(w.upper() for w in cal["full_months"]) + "|" + _alt(cal["full_months"])
    # a month in capitals after a day only when written in full ("9-15 MARET 2022"; not 'DES', 'AGS')
    any_month = _alt(set(cal["months"]) | {m.capitalize() for m in cal["months"]} | {m.upper() for m in cal["full_months"]})
    wd = _alt({w.capitalize() for w in cal["weekdays"]} | {w.upper() for w in cal["weekdays"]} | set(cal["weekdays"]))
    rel = load_json("relative_dates.json")
    year = r"(?:19|20)\d{2}"
    tod = _alt(rel["times_of_day"])
    bare_wd = rf"(?P<wd>{_WEEKDAY_NAMES})"
    range_word = r"\s*(?:-|–|—|s/d|s\.d\.?|hingga|sampai(?: dengan)?)\s*"
    return {
        # Kamis (20/3), Rabu (5/1/2022), Kamis dan Jumat (6-7/1/2022), Senin, (20/3)
        "weekday_paren": re.compile(
            rf"\b(?P<wd>{wd})(?:\s*(?:dan|-|,)\s*(?P<wd2>{wd}))?(?:\s+(?:{tod}))?\s*,?\s*\(\s*(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)"),
        # Senin, 23 November 2020 / 20 Maret 2025 / 7-9 Januari 2022 / 20 Maret
        "day_month": re.compile(
            rf"(?:\b(?P<wd>{wd}),?\s+)?\b(?P<d>\d{{1,2}})(?:{range_word}(?P<d2>\d{{1,2}}))?\s+(?P<mon>{any_month})\.?(?:\s+(?P<y>{year}))?(?![\w])"),
        # Januari-Februari 2025, Januari hingga Desember 2024
        "month_range": re.compile(
            rf"\b(?P<mon>{full}){range_word}(?P<mon2>{full})(?:\s+(?P<y>{year}))?(?![\w])"),
        # Maret 2025
        "month_year": re.compile(rf"\b(?P<mon>{full})\s+(?:[Tt]ahun\s+)?(?P<y>{year})(?![\w])"),   # "Oktober tahun 2019" too
        # bulan Maret, hingga Februari, pada Mei (a month alone needs a time word before it)
        "month_alone": re.compile(
            rf"\b(?P<cue>{_alt(rel['month_cues'])})\s+(?P<mon>{_alt(w.capitalize() for w in cal['full_months'])})(?![\w])(?!\s+\d)"),
        # tahun 2024, Tahun 2022, TA 2021, sejak 1977, (1983)
        "year": re.compile(
            rf"(?P<kw>\b(?:{_alt(rel['year_words'])})\s+)(?P<y>{year})(?![\w/.,]\d)(?![\w])"
            rf"|\b(?P<cue>{_alt(rel['year_cues'])})\s+(?P<y2>{year})(?![\w/.,]\d)(?![\w])"
            rf"|(?<=\()(?P<y3>{year})(?:\s*[-–]\s*(?P<y4>{year}))?(?=\))"),
        # "target cukai 2016", "anggaran 2021": a bare year after a lower-case word (checked further in find)
        "year_after_word": re.compile(rf"(?<![\w.,/-])(?P<pre>[a-z]{{3,}})[ \u00a0]+(?P<y>{year})(?![\w/.,%]\d)(?![\w%])"),
        # 20/03/2025, 20-03-2025, 2025-03-20, (20/3)
        "numeric": re.compile(
            rf"(?<![\d/.-])(?P<d>\d{{1,2}})(?P<sep>[/-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{year})(?![\d/])"
            rf"|(?<![\d/.-])(?P<iy>{year})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?![\d])"
            rf"|\(\s*(?P<pd>\d{{1,2}})\s*/\s*(?P<pm>\d{{1,2}})(?:\s*/\s*(?P<py>\d{{4}}|\d{{2}}))?\s*\)"),
        "relative": re.compile(rf"\b(?P<rel>{_alt(rel['relative'])})\b", re.I),
        "bare_month": re.compile(rf"\b(?:{_alt(w.capitalize() for w in cal['full_months'])})(?![\w])(?!\s+(?:19|20)\d\d)"),
        "n_years_ago": re.compile(rf"\b(?P<n>\d{{1,2}}|{_alt(_small_number_words())})\s+tahun\s+(?:yang\s+)?lalu\b", re.I),
        # "Senin kemarin", "Kamis lalu": the weekday just past ("Minggu lalu" is also "last week": left to
        # the relative words); "Juni tahun lalu": the month a year back
        "weekday_past": re.compile(r"(?<![\w])(?:(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu)[ \u00a0]+(?:kemarin|lalu)|(?P<sun>Minggu)[ \u00a0]+kemarin)(?![\w])"),
        # "..., kata Yusri saat dikonfirmasi, Minggu.", "pada Senin pukul 23.30", "hari Rabu": a weekday alone
        "weekday_bare": re.compile(
            rf"(?<![\w]){bare_wd}"
            rf"(?:[ \u00a0]+(?:{tod}))?(?![\w])(?![ \u00a0]*\()(?![ \u00a0]+(?:{_alt(rel['not_after_weekday'])}|\d)(?![\w]))"),
        "date_then_relative": re.compile(rf"\)?\s*(?:(?:{tod})\s*)?"),
        "relative_then_date": re.compile(r"\s*(?:hari\s*)?"),
        "weekday_cue_before": re.compile(rf"(?:,|(?<![\w])(?:{_alt(rel['weekday_cues'])}))[ \u00a0]$"),
        "month_last_year": re.compile(r"(?<![\w])(?P<mon>[A-Z][a-z]{3,8})[ \u00a0]+tahun[ \u00a0]+lalu(?![\w])"),
        "range_between": re.compile(rf"^{range_word}$"),
        "relative_table": rel["relative"],
    }


# "setiap hari Sabtu", "per hari Jumat", "tiap Senin": a weekday every week, no date
_HABITUAL_BEFORE = re.compile(r"(?<![\w])(?:setiap|tiap|per|saban)[ \u00a0]+(?:hari[ \u00a0]+)?$", re.I)
_WEEKDAY_BEFORE_COMMA = re.compile(rf"(?<![\w]){_WEEKDAY_NAMES},[ \u00a0]+$")
_WEEKDAY_AFTER = re.compile(rf"(?:,|[ \u00a0]*[-–]|[ \u00a0]+(?:dan|atau|serta|hingga|sampai))[ \u00a0]*{_WEEKDAY_NAMES}(?![\w])")
# after a lone weekday: a capitalised word ("Jumat Agung", "Rabu Abu": a feast) or the full date ("Minggu pagi, 16 Maret")
_NAME_OR_DATE_AFTER = re.compile(r"[ \u00a0]+[A-Z]|[ \u00a0]*,?[ \u00a0]*\d")


def _valid(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(day: int, month: int, ref: Optional[date], weekday: Optional[int]) -> Optional[int]:
    """The year of a day/month written without one: the weekday decides when given, otherwise the
    occurrence nearest the publication date (a January article's '20 Desember' is last year's)."""
    if ref is None:
        return None
    candidates = [y for y in (ref.year, ref.year - 1, ref.year + 1) if _valid(y, month, day)]
    if not candidates:
        return None
    if weekday:
        matching = [y for y in candidates if _valid(y, month, day).isoweekday() == weekday]
        if matching:
            return min(matching, key=lambda y: abs((_valid(y, month, day) - ref).days))
    return min(candidates, key=lambda y: abs((_valid(y, month, day) - ref).days))


def _full_year(y: Optional[str]) -> Optional[int]:
    if not y:
        return None
    n = int(y)
    return n + 2000 if n < 100 else n


_ALPHA = re.compile(r"[A-Za-z]+")
_YEAR_RANGE_END = re.compile(r"[ \u00a0]*(?:-|–|—|s/d|s\.d\.?|hingga|sampai(?: dengan)?)[ \u00a0]*(?:tahun[ \u00a0]+)?(?P<y>(?:19|20)\d\d)(?!\d)")
_PERCENT_AFTER = re.compile(r"[ \u00a0]*(?:%|persen\b)")


def _counted_thing_at(text: str, pos: int) -> bool:
    """'2016 peserta', '2019 unit', '2015 persen': a counted noun, classifier or percent after the number."""
    if _PERCENT_AFTER.match(text, pos):
        return True
    return text[pos:pos + 1] in (" ", "\u00a0") and listed_noun_at(text, pos + 1, classifiers=True)


_YEAR_AND = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:dan|atau|serta)[ \u00a0]+)(?:tahun[ \u00a0]+)?(?P<y>(?:19|20)\d\d)(?![\w/.,]\d)(?![\w%])")
_DIGIT_ANCHOR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[/-]\d{1,2}")


@lru_cache(maxsize=1)
def _small_number_words() -> dict[str, int]:
    """'dua' .. 'sepuluh' (models/numbers.json): 'tiga tahun lalu' is the year three before publication."""
    lex = _number_lex()
    words = {w: v for w, v in lex.units.items() if 1 < v <= 9}
    words.update({w: v for w, v in lex.special.items() if isinstance(v, int) and 1 < v <= 12})
    return words


# days listed before a dated day: "9, 10, 16, 17, 23, dan " / "5 dan " before "24 April 2022"
_DAY_LIST_BEFORE = re.compile(r"(?<![\w/.,:-])(?P<days>\d{1,2}(?:[ \u00a0]*,[ \u00a0]*\d{1,2})*)[ \u00a0]*,?[ \u00a0]*(?:dan|&)[ \u00a0]+$")


class DateFinder:
    def __init__(self):
        self.p = _patterns()
        self.cal = calendar()
        self.full_months = {m.lower() for m in self.cal["full_months"]}
        rel = load_json("relative_dates.json")
        self.anchor_words = (set(self.cal["months"]) | set(self.cal["weekdays"])
                             | {w.split()[0].lower() for w in rel["relative"]} | {"tahun", "lalu"})
        self.not_before_year = frozenset(rel["not_before_year"])

    def month(self, word: str) -> Optional[int]:
        return self.cal["months"].get(word.lower().rstrip("."))

    def weekday(self, word: Optional[str]) -> Optional[int]:
        return self.cal["weekdays"].get(word.lower()) if word else None

    def _days_in_lists(self, text: str, found: list[FactCandidate], add) -> None:
        """'tanggal 9, 10, 16, 17, 23, dan 24 April 2022', '5 dan 6 Mei': the days listed before a dated
        day share its month and year."""
        for fact in [f for f in found if len(f.fields["value"]) == 10 and not f.fields.get("relative")]:
            m = _DAY_LIST_BEFORE.search(text, max(0, fact.start - 60), fact.start)
            if not m:
                continue
            year, month = int(fact.fields["value"][:4]), int(fact.fields["value"][5:7])
            for d in re.finditer(r"\d{1,2}", m.group("days")):
                day = int(d.group(0))
                if 1 <= day <= 31 and _valid(year, month, day):
                    add(m.start("days") + d.start(), m.start("days") + d.end(), f"{year:04d}-{month:02d}-{day:02d}")

    def _windows(self, text: str, words=None) -> list[tuple[int, int]]:
        """Stretches of text around the words a date needs (a month, a weekday, a year, a relative
        day word, a '(d/m' bracket): the date patterns run only there, which is most of the speed."""
        if words is not None:
            anchor_words = self.anchor_words
            anchors = [words.starts[i] for i, w in enumerate(words.lower)
                       if w in anchor_words or ("-" in w and any(part in anchor_words for part in w.split("-")))]
        else:
            anchors = [m.start() for m in _ALPHA.finditer(text) if m.group(0).lower() in self.anchor_words]
        anchors += [m.start() for m in _DIGIT_ANCHOR.finditer(text)]
        if not anchors:
            return []
        anchors.sort()
        windows: list[list[int]] = []
        for a in anchors:
            lo, hi = max(0, a - 30), min(len(text), a + 50)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        return [(a, b) for a, b in windows]

    def _scan(self, name: str, text: str):
        pattern = self.p[name]
        for a, b in self.windows:
            yield from pattern.finditer(text, a, b)

    def find(self, text: str, ref: Optional[date], words=None) -> list[FactCandidate]:
        found: list[FactCandidate] = []
        self.windows = self._windows(text, words)

        def add(start: int, end: int, value: Optional[str], relative: bool = False, **link) -> Optional[FactCandidate]:
            if value is None or any(f.overlaps(start, end) for f in found):
                return None
            fact = FactCandidate("date", start, end, {"value": value, "relative": relative}, dict(link))
            found.append(fact)
            return fact

        def day_value(d: int, m: int, y: Optional[int], wd: Optional[int]) -> Optional[str]:
            if not (1 <= m <= 12 and 1 <= d <= 31):
                return None
            year = y or _year_for(d, m, ref, wd)
            if year is None or not _valid(year, m, d):
                return None
            return f"{year:04d}-{m:02d}-{d:02d}"

        for m in self._scan("weekday_paren", text):
            month, y = int(m["m"]), _full_year(m["y"])
            if m["d2"]:   # Kamis dan Jumat (6-7/1/2022): two days
                a = add(m.start(), m.end(), day_value(int(m["d"]), month, y, self.weekday(m["wd"])))
                end_value = day_value(int(m["d2"]), month, y, self.weekday(m["wd2"]))
                if a and end_value:
                    second = FactCandidate("date", m.start("d2"), m.end("d2"), {"value": end_value, "relative": False}, {"range_start": a})
                    a.link["range_end"] = second
                    found.append(second)
            else:
                add(m.start(), m.end(), day_value(int(m["d"]), month, y, self.weekday(m["wd"])))
        for m in self._scan("day_month", text):
            month = self.month(m["mon"])
            if not month or (len(m["mon"].rstrip(".")) <= 3 and not m["y"] and m["mon"][0].islower()):
                continue
            y = int(m["y"]) if m["y"] else None
            wd = self.weekday(m["wd"])
            if m["d2"]:
                first = add(m.start(), m.start("d2") - 1 if m.start("d2") > m.start() else m.end(), day_value(int(m["d"]), month, y, None))
                second = add(m.start("d2"), m.end(), day_value(int(m["d2"]), month, y, wd))
                if first and second:
                    first.link["range_end"], second.link["range_start"] = second, first
                    first.start, first.end = m.start("d"), m.end("d")
            else:
                add(m.start(), m.end(), day_value(int(m["d"]), month, y, wd))
        for m in self._scan("month_range", text):
            y = int(m["y"]) if m["y"] else (ref.year if ref else None)
            if y is None:
                continue
            a = add(m.start("mon"), m.end("mon"), f"{y:04d}-{self.month(m['mon']):02d}")
            b = add(m.start("mon2"), m.end(), f"{y:04d}-{self.month(m['mon2']):02d}")
            if a and b:
                a.link["range_end"], b.link["range_start"] = b, a
        for m in self._scan("month_year", text):
            add(m.start(), m.end(), f"{int(m['y']):04d}-{self.month(m['mon']):02d}")
        for m in self._scan("year", text):
            if m["y"]:
                add(m.start(), m.end(), m["y"])
            elif m["y2"]:
                add(m.start("y2"), m.end("y2"), m["y2"])
            elif m["y3"]:
                a = add(m.start("y3"), m.end("y3"), m["y3"])
                if m["y4"]:
                    b = add(m.start("y4"), m.end("y4"), m["y4"])
                    if a and b:
                        a.link["range_end"], b.link["range_start"] = b, a
        for m in self._scan("year_after_word", text):
            if m["pre"] in self.not_before_year or _counted_thing_at(text, m.end()):
                continue                                 # "sebanyak 2016", "2016 peserta": a count
            add(m.start("y"), m.end("y"), m["y"])
        for m in self._scan("numeric", text):
            if m["d"]:
                add(m.start(), m.end(), day_value(int(m["d"]), int(m["m"]), int(m["y"]), None))
            elif m["iy"]:
                v = _valid(int(m["iy"]), int(m["im"]), int(m["id"]))
                add(m.start(), m.end(), v.isoformat() if v else None)
            elif m["pd"]:
                add(m.start(), m.end(), day_value(int(m["pd"]), int(m["pm"]), _full_year(m["py"]), None))
        if ref is not None:
            self._past_weekdays_and_months(text, ref, add, found)
        for m in self._scan("month_alone", text):
            month = self.month(m["mon"])
            year = self._year_from_partner(text, m.start("mon"), m.end("mon"), found) or self._nearest_month_year(month, ref)
            if year is None:
                continue
            fact = add(m.start("mon"), m.end("mon"), f"{year:04d}-{month:02d}")
            if fact:
                self._link_range(text, fact, found)
        self._days_in_lists(text, found, add)
        self._months_in_lists(text, found, add)
        self._year_range_ends(text, found, add)
        self._coordinated_years(text, found, add)
        if ref is not None:
            self._relative(text, ref, found, add)
        found.sort(key=lambda f: f.start)
        for fact in found:
            if "range_end" not in fact.link and "range_start" not in fact.link:
                self._link_range(text, fact, found)
        return found

    def _past_weekdays_and_months(self, text: str, ref: date, add, found: list[FactCandidate]) -> None:
        """'Senin kemarin', 'Kamis lalu': the last such weekday before publication; 'Juni tahun lalu':
        that month of the year before. A weekday alone ('..., kata Yusri, Minggu.') is the day of that
        name nearest (within three days) the last full date written before it, which sets the story's
        week ('Minggu (6/2/2022) ... hari Senin' is 7 February; the ends of a range, often a term ahead, set
        none), else the last one on or before publication."""
        for m in self._scan("weekday_past", text):       # ("Minggu kemarin" is last Sunday, "Minggu lalu" last week)
            wd = self.weekday(m.group("wd") or m.group("sun"))
            if wd is not None:
                back = (ref.isoweekday() - wd) % 7 or 7
                add(m.start(), m.end(), (ref - timedelta(days=back)).isoformat(), relative=True)
        for m in self._scan("weekday_bare", text):
            wd = self.weekday(m.group("wd"))
            if wd is None or not self.p["weekday_cue_before"].search(text, max(0, m.start() - 6), m.start()):
                continue                             # a weekday alone needs a comma or 'pada'/'hari' before it
            if _HABITUAL_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    or _WEEKDAY_BEFORE_COMMA.search(text, max(0, m.start() - 12), m.start()) \
                    or _WEEKDAY_AFTER.match(text, m.end()) or _NAME_OR_DATE_AFTER.match(text, m.end()):
                continue                             # "setiap hari Sabtu", "Senin, Rabu dan Jumat": no one day
            anchors = [f for f in found if f.end <= m.start() and not f.fields.get("relative")
                       and len(f.fields.get("value") or "") == 10
                       and "range_start" not in f.link and "range_end" not in f.link]
            if anchors:
                anchor = date.fromisoformat(max(anchors, key=lambda f: f.end).fields["value"])
                day = anchor + timedelta(days=(wd - anchor.isoweekday() + 3) % 7 - 3)
            else:
                day = ref - timedelta(days=(ref.isoweekday() - wd) % 7)
            add(m.start(), m.end(), day.isoformat(), relative=True)
        for m in self._scan("month_last_year", text):       # (the two patterns cannot overlap)
            month = self.month(m.group("mon"))
            if month and m.group("mon").lower() in self.full_months:
                add(m.start(), m.end(), f"{ref.year - 1:04d}-{month:02d}", relative=True)

    @staticmethod
    def _nearest_month_year(month: int, ref: Optional[date]) -> Optional[int]:
        """A month written alone is the occurrence nearest the publication ('November' in a January
        article is last November)."""
        if ref is None:
            return None
        candidates = (ref.year - 1, ref.year, ref.year + 1)
        return min(candidates, key=lambda y: abs((y * 12 + month) - (ref.year * 12 + ref.month)) + (0.5 if y > ref.year else 0))

    def _year_range_ends(self, text: str, found: list[FactCandidate], add) -> None:
        """'tahun 2009-2021', 'kurun 2020 hingga 2021': the year after a dated year and a range word."""
        for fact in sorted(found, key=lambda f: f.start):
            if len(fact.fields["value"]) != 4 or "range_end" in fact.link:
                continue
            m = _YEAR_RANGE_END.match(text, fact.end)
            if m:
                end = add(m.start("y"), m.end("y"), m.group("y"))
                if end is not None:
                    fact.link["range_end"], end.link["range_start"] = end, fact

    def _coordinated_years(self, text: str, found: list[FactCandidate], add) -> None:
        """'tahun 2020 dan 2021', 'pada 1998 dan 2008': a year joined to a dated year is a date too."""
        for fact in sorted(found, key=lambda f: f.start):
            if len(fact.fields["value"]) == 4:
                m = _YEAR_AND.match(text, fact.end)
                if m:
                    add(m.start("y"), m.end("y"), m.group("y"))

    def _months_in_lists(self, text: str, found: list[FactCandidate], add) -> None:
        """'pada Januari 2021 ada 16 kasus, Februari 7 kasus, Maret 5 kasus': bare month names in the
        sentence of a dated month take its year."""
        anchored = [f for f in found if len(f.fields["value"]) == 7]
        if not anchored:
            return
        for m in self._scan("bare_month", text):
            if any(f.overlaps(m.start(), m.end()) for f in found):
                continue
            sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
            paragraph_start = text.rfind("\n", 0, m.start())
            before = [f for f in anchored if sentence_start < f.start < m.start()]
            if not before and re.match(r"[ \u00a0]*(?:\d|,|dan\b)", text[m.end():m.end() + 5]):
                # a list that runs on into the next sentence: "... Mei 6 kasus. Lalu Juni 7 kasus, Agustus dan ..."
                before = [f for f in anchored if paragraph_start < f.start < m.start()]
            if before:
                add(m.start(), m.end(), f"{before[-1].fields['value'][:4]}-{self.month(m.group(0)):02d}")

    def _year_from_partner(self, text: str, start: int, end: int, found: list[FactCandidate]) -> Optional[int]:
        """'tahun 2025 hingga Februari' / 'Januari hingga Desember 2024': the year of the range partner."""
        for fact in found:
            gap = text[fact.end:start] if fact.end <= start else text[end:fact.start]
            if len(gap) <= 20 and self.p["range_between"].match(gap):
                return int(fact.fields["value"][:4])
        return None

    def _link_range(self, text: str, fact: FactCandidate, found: list[FactCandidate]) -> None:
        for other in found:
            if other is fact:
                continue
            if other.end <= fact.start and self.p["range_between"].match(text[other.end:fact.start] or "x"):
                if "range_end" not in other.link:
                    other.link["range_end"], fact.link["range_start"] = fact, other
                return

    def _relative(self, text: str, ref: date, found: list[FactCandidate], add) -> None:
        table = self.p["relative_table"]
        for m in self._scan("relative", text):
            rule = table[m["rel"].lower()]
            before = text[max(0, m.start() - 25):m.start()]
            if rule.get("not_after_date") and any(
                (f.end <= m.start() and self.p["date_then_relative"].fullmatch(text[f.end:m.start()]))
                or (f.start >= m.end() and self.p["relative_then_date"].fullmatch(text[m.end():f.start]))
                for f in found
            ):   # "Rabu (8/6/2022) kemarin", "Sabtu (7/5/2022) malam kemarin", "kemarin hari Selasa 8 Maret 2022": one date
                continue
            if re.search(r"\d\s*$", before) or before.rstrip().rsplit(" ", 1)[-1].lower() in _small_number_words():
                continue                         # "3 hari lalu", "tiga tahun lalu": a count of units, not this rule
            if before.rstrip().rsplit(" ", 1)[-1].lower() in rule.get("not_after_words", ()):
                continue                         # "dalam semalam": a duration, not last night
            unit, offset = rule["unit"], rule["offset"]
            if unit == "day":
                value = (ref + timedelta(days=offset)).isoformat()
            elif unit == "month":
                y, mo = divmod(ref.year * 12 + ref.month - 1 + offset, 12)
                value = f"{y:04d}-{mo + 1:02d}"
            else:
                value = f"{ref.year + offset:04d}"
            add(m.start(), m.end(), value, relative=True)
        words = _small_number_words()
        for m in self._scan("n_years_ago", text):
            n = m["n"]
            add(m.start(), m.end(), f"{ref.year - (int(n) if n.isdigit() else words[n.lower()]):04d}", relative=True)


@Language.factory("id_dates")
def make_dates(nlp: Language, name: str):
    finder = DateFinder()

    def component(doc: Doc) -> Doc:
        facts_of(doc).extend(finder.find(text_of(doc), reference_date(doc), words_of(doc)))
        return doc

    return component
