"""Indonesian numbers: writing and parsing round-trip (hypothesis), plus the forms news actually uses."""
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from extractor.nlp.numbers import find_numbers, format_number, parse_digits, parse_number_words, parse_rupiah

amounts = st.integers(min_value=0, max_value=10**13)


@given(amounts)
def test_dots_plain_comma_round_trip(n):
    assert parse_digits(format_number(n, "dots")) == n
    assert parse_digits(format_number(n, "plain")) == n
    assert parse_digits(format_number(n, "comma")) == n


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_words_round_trip(n):
    assert parse_number_words(format_number(n, "words")) == n


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from([10**3, 10**6, 10**9, 10**12]))
def test_scaled_rupiah_round_trip(mantissa, scale):
    n = mantissa * scale // 1000 * 1000 if scale > 1000 else mantissa * scale
    written = "Rp" + format_number(n, "scaled")
    assert parse_rupiah(written) == (n, False)


@settings(max_examples=60)
@given(st.integers(min_value=2, max_value=10**7))
def test_found_in_running_text(n):
    text = f"Tercatat sebanyak {format_number(n, 'dots')} peserta aktif."
    (m,) = find_numbers(text)
    assert m.value == n and text[m.start:m.end] == format_number(n, "dots")


@pytest.mark.parametrize("written, value", [
    ("3.732", 3732), ("190,491", 190491), ("27,3", Decimal("27.3")), ("10.000,50", Decimal("10000.50")),
    ("4.629. 474. 400", 4629474400), ("1.000.000", 1_000_000), ("2,25", Decimal("2.25")),
])
def test_digit_forms(written, value):
    assert parse_digits(written) == value


def test_comma_before_a_scale_is_always_decimal():
    assert parse_digits("12,875", before_scale=True) == Decimal("12.875")
    assert parse_rupiah("Rp 12,875 miliar") == (12_875_000_000, False)


@pytest.mark.parametrize("written, value", [
    ("Rp27,3 miliar", 27_300_000_000), ("Rp691 juta", 691_000_000), ("Rp.11,7 Miliar", 11_700_000_000),
    ("Rp 4.629. 474. 400", 4_629_474_400), ("1,5 T", 1_500_000_000_000), ("Rp 1,2 triliun", 1_200_000_000_000),
    ("Rp 2, 5 miliar", 2_500_000_000), ("Rp 3,2 miiliar", 3_200_000_000),   # (a common misspelling)
    ("500 juta rupiah", 500_000_000), ("Rp.500", 500), ("Rp 50.000,-", 50_000), ("Rp 2 M", 2_000_000_000),
])
def test_rupiah_forms(written, value):
    assert parse_rupiah(written) == (value, False)


def test_vague_amounts_are_approximate():
    assert parse_rupiah("ratusan juta rupiah") == (100_000_000, True)
    (m,) = find_numbers("ribuan warga")
    assert m.approximate and m.value == 1000


@pytest.mark.parametrize("words, value", [
    ("dua", 2), ("lima ribu", 5000), ("seratus", 100), ("sejuta", 10**6), ("sebelas", 11), ("dua belas", 12),
    ("dua ratus lima puluh", 250), ("tiga ratus ribu", 300_000), ("seribu lima ratus", 1500),
])
def test_word_numbers(words, value):
    assert parse_number_words(words) == value


def test_not_one_number():
    assert parse_number_words("dua tiga") is None
    assert [m.value for m in find_numbers("dua tiga orang")] == [2, 3]


def test_a_scale_word_with_an_and_a_scale_glued_to_the_next_heading():
    from extractor.nlp.numbers import find_numbers
    got = [(n.int_value, n.approximate) for n in find_numbers("harga Rp 900 ribuan per orang dan 3 miliaran rupiah")]
    assert got == [(900000, True), (3000000000, True)]
    assert [n.int_value for n in find_numbers("Harga pasar : Rp3,04 miliarKarir Klub")] == [3040000000]


def test_a_grouping_glued_to_the_next_word_is_read_whole():
    """A lost line break glues the figure to the next heading: the whole grouping is the number, and a
    dot with more than three digits after it is no number at all (two figures run together)."""
    from extractor.nlp.numbers import find_numbers
    assert [n.int_value for n in find_numbers("Harga TanahRp 480.000.000Biaya Notaris")] == [480000000]
    assert [n.int_value for n in find_numbers("sebanyak 12.500Kendaraan")] == [12500]
    assert parse_digits("3.9000") is None
    assert [n.int_value for n in find_numbers("Permen Rp 3.9000Susu")] == []
