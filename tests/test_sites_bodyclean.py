"""The shared body cleaner on synthetic chrome (written for these tests, not copied from any corpus)."""
from __future__ import annotations

import pytest

from extractor.sites.bodyclean import clean_body, split_glued_sentences


def clean(text: str, glued: bool = False):
    return clean_body([p for p in text.split("\n") if p.strip()], split_glued=glued)


def test_babel_news_dateline_is_moved_out_of_the_body():
    body = clean("PANGKALPINANG, BABEL NEWS - Dinas Pertanian membagikan 300 bibit lada kepada petani.\n"
                 "Bibit dibagikan di kantor desa, Senin (3/2).")
    assert body.dateline == "PANGKALPINANG"
    assert body.dateline_text == "PANGKALPINANG, BABEL NEWS -"
    assert body.site_label == "BABEL NEWS"
    assert body.paragraphs[0].startswith("Dinas Pertanian membagikan")


@pytest.mark.parametrize("lead, place, label", [
    ("BANGKAPOS.COM, BANGKA - ", "BANGKA", "BANGKAPOS.COM"),
    ("POSBELITUNG.COM, BELITUNG TIMUR - ", "BELITUNG TIMUR", "POSBELITUNG.COM"),
    ("TRIBUNNEWS.COM, JAKARTA - ", "JAKARTA", "TRIBUNNEWS.COM"),
    ("SURYA.co.id | SURABAYA – ", "SURABAYA", "SURYA.co.id"),
    ("SURYA.co.id I MALANG - ", "MALANG", "SURYA.co.id"),
    ("TRIBUNLOMBOK.COM - ", None, "TRIBUNLOMBOK.COM"),
])
def test_dateline_shapes_from_the_layout_notes(lead, place, label):
    body = clean(lead + "Harga cabai rawit di pasar tradisional naik menjadi Rp 60.000 per kilogram.")
    assert body.dateline == place
    assert body.site_label == label
    assert body.paragraphs == ["Harga cabai rawit di pasar tradisional naik menjadi Rp 60.000 per kilogram."]


def test_rubric_byline_and_reporter_lead_before_the_dateline():
    body = clean("Berita Kediri Penulis: Rina Sari | Editor: Adi Wijaya SURYA.co.id | KEDIRI - "
                 "Warga Desa Sumber menggelar kerja bakti membersihkan saluran air.", glued=True)
    assert body.rubric == "Kediri"
    assert body.authors == ["Rina Sari"]
    assert body.editor == "Adi Wijaya"
    assert body.dateline == "KEDIRI"
    assert body.paragraphs == ["Warga Desa Sumber menggelar kerja bakti membersihkan saluran air."]

    body = clean("Laporan Wartawan Pos Belitung Dedy Qurniawan\n"
                 "POSBELITUNG.COM, BELITUNG - Nelayan Tanjungpandan kembali melaut setelah cuaca membaik.")
    assert body.authors == ["Dedy Qurniawan"]
    assert body.dateline == "BELITUNG"
    assert body.paragraphs[0].startswith("Nelayan Tanjungpandan")


def test_editor_name_glued_to_the_site_label():
    body = clean("Penulis: Tono Hartono | Editor: SusantiSURYA.co.id - Pemkot membuka lowongan petugas kebersihan.", glued=True)
    assert body.editor == "Susanti"
    assert body.dateline_text == "SURYA.co.id -"
    assert body.paragraphs == ["Pemkot membuka lowongan petugas kebersihan."]


def test_words_before_a_dateline_are_chrome():
    body = clean("Oleh: Budi Santoso TRIBUNNEWS.COM, JAKARTA - Demokrasi membutuhkan warga yang kritis.")
    assert body.authors == ["Budi Santoso"] and body.dateline == "JAKARTA"
    body = clean("Sari Dewi/Bola.net TRIBUNNEWS.COM - Tim tamu menang dua gol tanpa balas.")
    assert body.authors == ["Sari Dewi"]
    assert body.paragraphs == ["Tim tamu menang dua gol tanpa balas."]


def test_baca_juga_paragraphs_and_inline_headlines():
    body = clean("PANGKALPINANG, BABEL NEWS - Pemprov menyalurkan bantuan beras.\n"
                 "Baca juga: Harga Timah Turun, Penambang Rakyat Mengeluh\n"
                 "Bantuan diterima 1.200 keluarga.")
    assert body.paragraphs == ["Pemprov menyalurkan bantuan beras.", "Bantuan diterima 1.200 keluarga."]
    # glued archive form: the headline runs into the next sentence
    body = clean("Warga mengungsi ke balai desa. Baca juga: Banjir Rendam Tiga Desa di Kabupaten Bangka "
                 "Tengah Petugas BPBD mendirikan dapur umum di lokasi.", glued=True)
    assert " ".join(body.paragraphs) == "Warga mengungsi ke balai desa. Petugas BPBD mendirikan dapur umum di lokasi."
    body = clean("Stok beras aman.Baca juga: Pasar Murah Digelar di Lima KecamatanDinas Perdagangan menjamin harga stabil.", glued=True)
    assert " ".join(body.paragraphs) == "Stok beras aman. Dinas Perdagangan menjamin harga stabil."


def test_a_name_the_article_repeats_ends_the_headline():
    body = clean("Pelatih Ahmad Fauzi memuji pemainnya. • Jadwal Liga 2 Pekan Depan, Tim Tamu Datang Lebih Awal "
                 "Ahmad Fauzi mengatakan timnya siap.", glued=True)
    assert "Jadwal" not in " ".join(body.paragraphs)
    assert " ".join(body.paragraphs).endswith("Ahmad Fauzi mengatakan timnya siap.")


def test_a_bullet_list_is_not_a_link():
    text = "Syaratnya sebagai berikut. • membawa KTP asli • mengisi formulir pendaftaran"
    body = clean(text)
    assert body.paragraphs == [text]


def test_summary_box_is_dropped():
    body = clean("Ringkasan Berita:\n• Dinkes mencatat 40 kasus DBD.\n• Fogging digelar di tiga kelurahan.\n"
                 "BANGKAPOS.COM, BANGKA - Dinas Kesehatan mencatat 40 kasus demam berdarah sejak Januari.")
    assert body.dateline == "BANGKA"
    assert body.paragraphs == ["Dinas Kesehatan mencatat 40 kasus demam berdarah sejak Januari."]


def test_syndication_and_promo_trailers():
    body = clean("Polisi masih menyelidiki kasus itu.\n"
                 "Artikel ini telah tayang di Bangkapos.com dengan judul Polisi Selidiki Kasus Pencurian, "
                 "Penulis: Andi | Editor: Rusaidah\n"
                 "Simak berita terbaru Bangka Pos di Google News")
    assert body.paragraphs == ["Polisi masih menyelidiki kasus itu."]
    assert body.syndicated_from == "Bangkapos.com"
    body = clean("Polisi masih menyelidiki kasus itu.Update berita lainnya di Google News SURYA.co.id", glued=True)
    assert body.paragraphs == ["Polisi masih menyelidiki kasus itu."]


@pytest.mark.parametrize("ending", [" (t3)", " (frh/fsr)", " (*)", " (Tribunnews.com/Rina Sari)", "(*)",
                                    " (tribunjogja.com)", " (tribun babel/wikipedia)"])
def test_sign_off_codes_and_credit_lines(ending):
    body = clean("Kegiatan ditutup dengan doa bersama." + ending)
    assert body.paragraphs == ["Kegiatan ditutup dengan doa bersama."]


def test_a_number_in_parentheses_is_not_a_sign_off():
    body = clean("Peringkat ketiga ditempati Budi (5)")
    assert body.paragraphs == ["Peringkat ketiga ditempati Budi (5)"]


def test_trailing_byline_names_the_author():
    body = clean("Anggaran itu disetujui DPRD. Penulis : Wahyu Pratama")
    assert body.paragraphs == ["Anggaran itu disetujui DPRD."]
    assert body.authors == ["Wahyu Pratama"]


def test_photo_caption_with_credit_inside_the_text():
    body = clean("Wisatawan berdatangan ke pantai. Pengunjung bermain pasir di Pantai Tikus. (Bangka Pos/Sela Agustika) "
                 "Pengelola menyiapkan lahan parkir baru.", glued=True)
    assert " ".join(body.paragraphs) == "Wisatawan berdatangan ke pantai. Pengelola menyiapkan lahan parkir baru."
    assert body.captions == ["Pengunjung bermain pasir di Pantai Tikus. (Bangka Pos/Sela Agustika)"]


def test_glued_sentences_are_split_but_not_at_abbreviations_or_domains():
    parts = split_glued_sentences("Rapat digelar di Kab.Bangka kemarin.Hasilnya diumumkan lewat Bangkapos.com hari ini.Warga menyambut baik.")
    assert parts == ["Rapat digelar di Kab.Bangka kemarin.", "Hasilnya diumumkan lewat Bangkapos.com hari ini.", "Warga menyambut baik."]


def test_a_dangling_embed_label_after_the_last_sentence():
    body = clean("Laga disiarkan langsung.Link", glued=True)
    assert body.paragraphs == ["Laga disiarkan langsung."]
