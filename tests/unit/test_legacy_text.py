"""TCVN3 / VNI legacy text: tables letter by letter, known strings, detection, no harm to Unicode."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd_desktop.exchange.legacy_tables import all_vowel_letters
from dnnd_desktop.exchange.legacy_text import (
    detect_column_encoding,
    detect_encoding,
    fix_column,
    fix_legacy,
    font_encoding,
    from_unicode,
    is_plausible_syllable,
    to_unicode,
)

LOWER_ROWS = ["aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị", "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ",
              "ưừửữứự", "yỳỷỹýỵ"]
LOWER_LETTERS = [ch for row in LOWER_ROWS for ch in row] + ["đ"]
UPPER_LETTERS = [ch.upper() for ch in LOWER_LETTERS]

# Written out by hand from the TCVN3 (ABC) chart, same row order as LOWER_ROWS.
TCVN3_ROWS = [
    "aµ¶·¸¹", "¨»¼½¾Æ", "©ÇÈÉÊË", "eÌÎÏÐÑ", "ªÒÓÔÕÖ", "i×ØÜÝÞ",
    "oßáâãä", "«åæçèé", "¬êëìíî", "uïñòóô", "\xadõö÷øù", "yúûüýþ",
]
# Written out by hand from the VNI chart: base letter + mark, or a single code.
VNI_ROWS = [
    "a aø aû aõ aù aï", "aê aè aú aü aé aë", "aâ aà aå aã aá aä", "e eø eû eõ eù eï",
    "eâ eà eå eã eá eä", "i ì æ ó í ò", "o oø oû oõ où oï", "oâ oà oå oã oá oä",
    "ô ôø ôû ôõ ôù ôï", "u uø uû uõ uù uï", "ö öø öû öõ öù öï", "y yø yû yõ yù î",
]


def test_the_test_alphabet_is_every_vietnamese_vowel_letter():
    assert sorted(LOWER_LETTERS[:-1]) == sorted(all_vowel_letters())
    assert len(set(LOWER_LETTERS)) == 73 and len(set(UPPER_LETTERS)) == 73


@pytest.mark.parametrize("row, codes", list(zip(LOWER_ROWS, TCVN3_ROWS, strict=False)))
def test_tcvn3_lowercase_letters_match_the_chart(row, codes):
    for letter, code in zip(row, codes, strict=False):
        assert from_unicode(letter, "tcvn3") == code
        assert to_unicode(code, "tcvn3") == letter


@pytest.mark.parametrize("row, codes", list(zip(LOWER_ROWS, VNI_ROWS, strict=False)))
def test_vni_letters_match_the_chart_in_both_cases(row, codes):
    for letter, code in zip(row, codes.split(), strict=False):
        assert from_unicode(letter, "vni") == code
        assert to_unicode(code, "vni") == letter
        assert from_unicode(letter.upper(), "vni") == code.upper()
        assert to_unicode(code.upper(), "vni") == letter.upper()


def test_d_with_stroke_and_tcvn3_capital_codes():
    assert from_unicode("đĐ", "vni") == "ñÑ"
    assert from_unicode("đ", "tcvn3") == "®"
    assert from_unicode("ĂÂÊÔƠƯĐ", "tcvn3") == "¡¢£¤¥¦§"
    assert to_unicode("¡¢£¤¥¦§®", "tcvn3") == "ĂÂÊÔƠƯĐđ"


@pytest.mark.parametrize("letter", LOWER_LETTERS + UPPER_LETTERS)
def test_every_letter_round_trips_through_vni(letter):
    assert to_unicode(from_unicode(letter, "vni"), "vni") == letter


@pytest.mark.parametrize("letter", LOWER_LETTERS + ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])
def test_every_representable_letter_round_trips_through_tcvn3(letter):
    code = from_unicode(letter, "tcvn3")
    assert len(code) == 1 and to_unicode(code, "tcvn3") == letter


@pytest.mark.parametrize("letter", UPPER_LETTERS)
def test_every_capital_round_trips_through_the_tcvn3_caps_fonts(letter):
    assert to_unicode(from_unicode(letter, "tcvn3_caps"), "tcvn3_caps") == letter


def test_codes_are_distinct_so_decoding_is_unambiguous():
    for encoding in ("tcvn3", "vni"):
        codes = [from_unicode(ch, encoding) for ch in LOWER_LETTERS]
        assert len(set(codes)) == len(codes)
    vni_upper = [from_unicode(ch, "vni") for ch in UPPER_LETTERS]
    assert len(set(vni_upper)) == len(vni_upper)


def test_toned_capitals_have_no_tcvn3_code():
    with pytest.raises(ValueError):
        from_unicode("NGUYỄN", "tcvn3")


def test_unknown_encoding_is_refused():
    with pytest.raises(ValueError):
        to_unicode("x", "cp1258")
    with pytest.raises(ValueError):
        from_unicode("x", "cp1258")


KNOWN_TCVN3 = [
    ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("NguyÔn V¨n §øc", "Nguyễn Văn Đức"),
    ("§ç V¨n D\xad¬ng", "Đỗ Văn Dương"),
    ("MÆt trËn Tæ quèc", "Mặt trận Tổ quốc"),
    ("ng\xadêi ViÖt Nam ë n\xadíc ngoµi", "người Việt Nam ở nước ngoài"),
    ("Uû ban nh©n d©n x· B¸t X¸t, tØnh Lµo Cai", "Uỷ ban nhân dân xã Bát Xát, tỉnh Lào Cai"),
    ("kiÒu bµo, Ch÷ ký", "kiều bào, Chữ ký"),
]
KNOWN_VNI = [
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("Nguyeãn Vaên Ñöùc", "Nguyễn Văn Đức"),
    ("Ñoã Vaên Döông", "Đỗ Văn Dương"),
    ("Maët traän Toå quoác", "Mặt trận Tổ quốc"),
    ("ngöôøi Vieät Nam ôû nöôùc ngoaøi", "người Việt Nam ở nước ngoài"),
    ("UÛy ban nhaân daân xaõ Baùt Xaùt, tænh Laøo Cai", "Ủy ban nhân dân xã Bát Xát, tỉnh Lào Cai"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Thaønh phoá Hoà Chí Minh, Myõ, Kyø hoïp", "Thành phố Hồ Chí Minh, Mỹ, Kỳ họp"),
]


@pytest.mark.parametrize("legacy, expected", KNOWN_TCVN3)
def test_known_tcvn3_strings(legacy, expected):
    assert to_unicode(legacy, "tcvn3") == expected
    assert from_unicode(expected, "tcvn3") == legacy
    assert fix_legacy(legacy) == expected


@pytest.mark.parametrize("legacy, expected", KNOWN_VNI)
def test_known_vni_strings(legacy, expected):
    assert to_unicode(legacy, "vni") == expected
    assert from_unicode(expected, "vni") == legacy
    assert fix_legacy(legacy) == expected


def test_caps_font_text_is_upper_cased():
    assert to_unicode("céng hßa x· héi", "tcvn3_caps") == "CỘNG HÒA XÃ HỘI"
    assert fix_legacy("céng hßa x· héi", font_name=".VnTimeH") == "CỘNG HÒA XÃ HỘI"


def test_vni_mark_of_the_other_case_still_converts_by_its_letter():
    assert to_unicode("Uûy NGUYEãN", "vni") == "Ủy NGUYỄN"


REALISTIC = [
    "Nguyễn Văn Đức", "Đỗ Văn Dương", "Lào Cai", "Bát Xát", "Trần Thị Hương", "Hoàng Văn Thụ",
    "Lê Thị Mỹ Hạnh", "Phạm Minh Tuấn", "xã Bản Vược, huyện Bát Xát, tỉnh Lào Cai", "Thôn Tân Bảo",
    "Cộng hòa xã hội chủ nghĩa Việt Nam", "Thái Bình", "Trường", "Hạ Long", "Mường Khương",
]


@pytest.mark.parametrize("text", REALISTIC)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_realistic_names_and_addresses_are_detected(text, encoding):
    legacy = from_unicode(text, encoding)
    assert detect_encoding(legacy) == encoding
    assert fix_legacy(legacy) == text


@pytest.mark.parametrize("text", REALISTIC)
def test_the_same_names_in_unicode_are_left_alone(text):
    assert detect_encoding(text) == "unicode"
    assert fix_legacy(text) == text


@pytest.mark.parametrize("text", [
    "Café", "naïve", "Crème brûlée", "São Paulo", "Müller", "Où est la gare ?", "à la carte",
    "Hôtel de Ville", "Señor José", "résumé", "Zoë", "Ça va", "Hà Nội", "Đà Nẵng", "Mê Linh",
    "Tô Lâm", "Bùi Thị Xuân", "UBND xã", "§ 5", "12345", "", "plain ASCII text",
])
def test_unicode_english_and_french_are_never_altered(text):
    assert detect_encoding(text) == "unicode"
    assert fix_legacy(text) == text


def test_fix_legacy_normalises_unicode_to_nfc_and_keeps_none():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    assert fix_legacy(decomposed) == "Nguyễn Văn Đức"
    assert fix_legacy(None) is None


def test_caps_font_recognised_from_text_typed_with_caps_lock():
    assert detect_encoding("NGUYÔN V¡N §øC") == "tcvn3_caps"
    assert fix_legacy("NGUYÔN V¡N §øC") == "NGUYỄN VĂN ĐỨC"
    assert detect_encoding("Hµ") == "tcvn3"  # one capital is just a capitalised name


@pytest.mark.parametrize("font, expected", [
    (".VnTime", "tcvn3"), (".VnArial", "tcvn3"), (".VnTimeH", "tcvn3_caps"), (".VnArialH", "tcvn3_caps"),
    ("VNI-Times", "vni"), ("VNI-Helve", "vni"), ("Times New Roman", None), (None, None), ("", None),
])
def test_font_names(font, expected):
    assert font_encoding(font) == expected


def test_font_name_decides_when_text_alone_cannot():
    # "Lª" could be Unicode; in a .VnTime cell it is "Lê". VNI "Hoàng" is "Hồng".
    assert fix_legacy("Lª", font_name=".VnTime") == "Lê"
    assert fix_legacy("Hoàng", font_name="VNI-Times") == "Hồng"
    assert fix_legacy("nguyÔn", font_name=".VnTimeH") == "NGUYỄN"
    # Genuine Unicode letters cannot come from a legacy font: left alone whatever the font says.
    assert fix_legacy("Nguyễn", font_name=".VnTime") == "Nguyễn"


def test_a_column_decides_what_one_cell_cannot():
    column = ["Hoàng", "Nguyeãn Vaên Ñöùc", "Traàn Thò Hoa", None, "Ñoã Thò Lan"]
    assert detect_encoding("Hoàng") == "unicode"
    assert detect_column_encoding([v for v in column if v]) == "vni"
    assert fix_column(column) == ["Hồng", "Nguyễn Văn Đức", "Trần Thị Hoa", None, "Đỗ Thị Lan"]


def test_fix_column_keeps_cells_that_are_certainly_unicode():
    column = ["NguyÔn V¨n §øc", "Hµ Néi", "Nguyễn Thị Hà"]
    assert detect_column_encoding(column) == "tcvn3"
    assert fix_column(column) == ["Nguyễn Văn Đức", "Hà Nội", "Nguyễn Thị Hà"]


def test_long_columns_are_decided_from_a_sample_with_the_same_outcome():
    legacy = from_unicode("Nguyễn Văn Đức, xã Bản Vược", "vni")
    assert detect_column_encoding([legacy] * 3000) == "vni"
    # Genuine Unicode cells outnumbering the legacy-looking ones keep the column Unicode.
    assert detect_column_encoding([legacy] * 1000 + ["Nguyễn Văn Đức"] * 2000) == "unicode"
    assert detect_column_encoding([legacy] * 2000 + ["Nguyễn Văn Đức"] * 1000) == "vni"


def test_unicode_column_with_legacy_font_stays_unicode():
    assert detect_column_encoding(["Nguyễn Văn Đức", "Trần Thị Hà"], font_name=".VnTime") == "unicode"


def test_column_of_unicode_names_stays_unicode():
    assert detect_column_encoding(["Hoàng Văn Lý", "Mê Linh", "Tô Lâm", "Café"]) == "unicode"


@pytest.mark.parametrize("word", [
    "nguyễn", "Trường", "quốc", "khuya", "giữ", "gìn", "xoong", "hoà", "hòa", "tuyết", "NGHIÊNG",
    "khuỷu", "người", "anh", "kênh", "uỷ", "ủy",
])
def test_plausible_syllables(word):
    assert is_plausible_syllable(word)


@pytest.mark.parametrize("word", [
    "cafe", "naïve", "nguyeãn", "taù", "màt", "ônh", "ing", "kan", "ce", "NguyỄn", "mttq", "hóà",
    "quoác", "coõng",
])
def test_implausible_syllables(word):
    assert not is_plausible_syllable(word)


VIETNAMESE_LOWER = "".join(LOWER_LETTERS) + "bcdghklmnpqrstvx"
ASCII_EXTRA = " 0123456789.,;:-/()"
TCVN3_SAFE_CAPS = "ĂÂÊÔƠƯĐBCDGHKLMNPQRSTVX"


@given(st.text(alphabet=VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper() + ASCII_EXTRA, max_size=60))
def test_any_vietnamese_text_round_trips_through_vni(text):
    assert to_unicode(from_unicode(text, "vni"), "vni") == text


@given(st.text(alphabet=VIETNAMESE_LOWER + TCVN3_SAFE_CAPS + ASCII_EXTRA, max_size=60))
def test_any_representable_vietnamese_text_round_trips_through_tcvn3(text):
    assert to_unicode(from_unicode(text, "tcvn3"), "tcvn3") == text


@given(st.text(max_size=40))
def test_detection_never_fails_on_any_text(text):
    assert detect_encoding(text) in ("unicode", "tcvn3", "tcvn3_caps", "vni")
    assert isinstance(fix_legacy(text), str)
