"""Built-in vocabularies. Records store the stable code; labels are Vietnamese.

Task packages from the province may add terms (stored in the vocab_terms table); these built-in
lists are the floor every installation shares, so their codes never change once released.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from .text import sort_key


@dataclass(frozen=True)
class Term:
    code: str
    label: str


def _terms(*pairs: tuple[str, str]) -> tuple[Term, ...]:
    return tuple(Term(c, l) for c, l in pairs)


# From the seed plans: what offices actually log as people's-diplomacy work.
ACTIVITY_TYPES = _terms(
    ("border_exchange", "Giao lưu biên giới"),
    ("delegation_in", "Đón đoàn vào"),
    ("delegation_out", "Đoàn ra"),
    ("meeting", "Hội đàm, gặp gỡ, làm việc"),
    ("culture_sports", "Giao lưu văn hóa, văn nghệ, thể thao"),
    ("aid_support", "Thăm hỏi, tặng quà, hỗ trợ"),
    ("conference", "Hội nghị, hội thảo, tọa đàm"),
    ("propaganda", "Tuyên truyền"),
    ("overseas_meeting", "Gặp mặt kiều bào, thân nhân kiều bào"),
    ("aid_mobilisation", "Vận động viện trợ, tài trợ"),
    ("other", "Khác"),
)

# Member organisations of the Front named in the seeds (co-organisers of activities).
MEMBER_ORGANISATIONS = _terms(
    ("mttq", "Ủy ban MTTQ Việt Nam"),
    ("lhhn", "Liên hiệp các tổ chức hữu nghị"),
    ("ldld", "Liên đoàn Lao động"),
    ("hnd", "Hội Nông dân"),
    ("dtn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("hlhpn", "Hội Liên hiệp Phụ nữ"),
    ("hccb", "Hội Cựu chiến binh"),
    ("bdbp", "Bộ đội Biên phòng"),
    ("songv", "Sở Ngoại vụ"),
    ("other", "Tổ chức khác"),
)

# Relation of the overseas person to the household head in Vietnam.
RELATIONS = _terms(
    ("child", "Con"), ("grandchild", "Cháu"), ("sibling", "Anh, chị, em"), ("parent", "Cha, mẹ"),
    ("spouse", "Vợ, chồng"), ("in_law", "Con dâu, con rể"), ("relative", "Họ hàng"), ("other", "Khác"),
)

RESIDENCE_STATUSES = _terms(
    ("settled", "Định cư lâu dài"), ("citizen", "Đã nhập quốc tịch nước sở tại"),
    ("worker", "Lao động có thời hạn"), ("student", "Du học"), ("marriage", "Kết hôn với người nước ngoài"),
    ("temporary", "Cư trú tạm thời"), ("undocumented", "Cư trú không hợp pháp"),
    ("returned", "Đã về nước"), ("unknown", "Chưa rõ"),
)

OCCUPATION_GROUPS = _terms(
    ("business", "Doanh nhân"), ("intellectual", "Trí thức, chuyên gia"), ("student", "Học sinh, sinh viên"),
    ("worker", "Lao động"), ("retired", "Nghỉ hưu"), ("other", "Khác"), ("unknown", "Chưa rõ"),
)

CONTRIBUTION_PURPOSES = _terms(
    ("poor_fund", "Quỹ Vì người nghèo"), ("social_welfare", "An sinh xã hội"),
    ("solidarity_house", "Xây nhà Đại đoàn kết"), ("disaster_relief", "Khắc phục thiên tai, dịch bệnh"),
    ("scholarship", "Khuyến học, học bổng"), ("investment", "Đầu tư, kinh doanh"),
    ("sea_islands", "Vì biển đảo quê hương"), ("other", "Khác"),
)

PARTNER_KINDS = _terms(
    ("foreign_ngo", "Tổ chức phi chính phủ nước ngoài"),
    ("fdi_business", "Doanh nghiệp có vốn đầu tư nước ngoài"),
    ("overseas_business", "Doanh nghiệp kiều bào"),
    ("friendship_assoc", "Hội hữu nghị"),
    ("cross_border_org", "Tổ chức đối tác bên kia biên giới"),
    ("front_org", "Tổ chức Mặt trận nước bạn"),
    ("other", "Khác"),
)

TWINNING_KINDS = _terms(
    ("commune_commune", "Xã - xã"), ("village_village", "Bản - bản (thôn - bản)"),
    ("cluster", "Cụm dân cư"), ("border_post_village", "Đồn biên phòng - bản"), ("other", "Khác"),
)

TWINNING_STATUSES = _terms(("active", "Đang hoạt động"), ("paused", "Tạm dừng"), ("ended", "Đã kết thúc"))

COMMENDATION_LEVELS = _terms(
    ("central", "Bằng khen Ủy ban Trung ương MTTQ Việt Nam"), ("province", "Bằng khen cấp tỉnh"),
    ("province_front", "Bằng khen Ủy ban MTTQ tỉnh"), ("certificate", "Giấy khen"),
    ("medal", "Kỷ niệm chương"), ("other", "Khác"),
)

DELEGATION_DIRECTIONS = _terms(("in", "Đoàn vào"), ("out", "Đoàn ra"), ("none", "Không"))

# Vocabulary name -> built-in terms (countries are added below, from Babel).
BUILTIN = {
    "activity_type": ACTIVITY_TYPES,
    "member_org": MEMBER_ORGANISATIONS,
    "relation": RELATIONS,
    "residence_status": RESIDENCE_STATUSES,
    "occupation": OCCUPATION_GROUPS,
    "contribution_purpose": CONTRIBUTION_PURPOSES,
    "partner_kind": PARTNER_KINDS,
    "twinning_kind": TWINNING_KINDS,
    "twinning_status": TWINNING_STATUSES,
    "commendation_level": COMMENDATION_LEVELS,
}

# The three neighbours across the land border come first in every country picker.
NEIGHBOURS = ("CN", "LA", "KH")


@lru_cache(maxsize=1)
def countries() -> tuple[Term, ...]:
    """ISO 3166 alpha-2 countries with Vietnamese names from Babel (CLDR); neighbours first."""
    names = Locale("vi").territories
    codes = [c for c in names if len(c) == 2 and c.isalpha() and c not in {"VN", "ZZ", "EU", "EZ", "UN", "QO"}]
    rest = sorted((c for c in codes if c not in NEIGHBOURS), key=lambda c: sort_key(names[c]))
    return tuple(Term(c, names[c]) for c in (*NEIGHBOURS, *rest))


def terms(vocabulary: str) -> tuple[Term, ...]:
    if vocabulary == "country":
        return countries()
    return BUILTIN[vocabulary]


def label(vocabulary: str, code: str | None) -> str:
    """The Vietnamese label of a code; unknown codes are shown as they are (never lost)."""
    if not code:
        return ""
    for t in terms(vocabulary):
        if t.code == code:
            return t.label
    return code


def vocabulary_names() -> tuple[str, ...]:
    return (*BUILTIN, "country")
