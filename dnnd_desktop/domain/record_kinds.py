"""The one description of every record kind: its Vietnamese name, its fields (label as in an Excel
header, type, rules, whether personal or sensitive), its list columns, default sort and filters.

GUI forms and list pages, Excel import/export, PDF printouts and reports all read these specs, so a
field is added or relabelled here once. Validation of values lives in `validation.py`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import vocab
from .vocab import Term

# Field types. "ref" holds the id of another record (`ref_kind`); "vocab" a code of `vocabulary`
# (several codes joined by commas when `multi`); "commune" a GSO commune code of the office's
# province; "country" an ISO 3166 alpha-2 code; "year" a year not after this year; "money" whole VND.
TEXT, LONGTEXT, INT, MONEY, DATE, BOOL, YEAR = "text", "longtext", "int", "money", "date", "bool", "year"
VOCAB, COMMUNE, COUNTRY, PHONE, EMAIL, REF = "vocab", "commune", "country", "phone", "email", "ref"
FIELD_TYPES = (TEXT, LONGTEXT, INT, MONEY, DATE, BOOL, YEAR, VOCAB, COMMUNE, COUNTRY, PHONE, EMAIL, REF)

# Small fixed lists that records need but that are not (yet) province-extensible vocabularies.
GENDERS = (Term("male", "Nam"), Term("female", "Nữ"), Term("other", "Khác"))
COMMENDATION_STATUSES = (Term("proposed", "Đề nghị"), Term("awarded", "Đã khen thưởng"))
LOCAL_VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "gender": GENDERS,
    "commendation_status": COMMENDATION_STATUSES,
    "delegation_direction": vocab.DELEGATION_DIRECTIONS,
}


def vocabulary_terms(name: str) -> tuple[Term, ...]:
    """Built-in terms of a vocabulary used by a record field (shared or record-local)."""
    if name in LOCAL_VOCABULARIES:
        return LOCAL_VOCABULARIES[name]
    return vocab.terms(name)


def vocabulary_label(name: str, code: str | None) -> str:
    """Label of a code; several comma-joined codes give their labels joined by "; "."""
    if not code:
        return ""
    by_code = {t.code: t.label for t in vocabulary_terms(name)}
    return "; ".join(by_code.get(c, c) for c in code.split(",") if c)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str                       # Vietnamese, as in an Excel header and next to a form field
    type: str = TEXT
    required: bool = False
    vocabulary: str | None = None    # for VOCAB (and COUNTRY: "country")
    multi: bool = False              # VOCAB: several codes, comma-joined
    ref_kind: str | None = None      # for REF
    max_len: int | None = None
    min: int | None = None
    max: int | None = None           # YEAR: None means "this year"
    pattern: str | None = None       # regular expression the cleaned text must match
    pattern_hint: str | None = None  # Vietnamese example shown when it does not
    sensitive: bool = False          # Decree 356/2025: hidden unless asked, audited when shown
    personal: bool = False           # wiped on delete / anonymise
    list_column: bool = False
    filterable: bool = False
    searchable: bool = False
    computed: bool = False           # list-only value computed in SQL, never in a form
    help: str = ""                   # a hint under the form field
    default: object = None           # value a new record gets when the field is left empty

    @property
    def sortable(self) -> bool:
        return self.list_column


@dataclass(frozen=True)
class FilterSpec:
    """A filter a list page offers. `key` is the ListQuery.filters key; `type` says which widget:
    "period" (a Period code such as 2026-Q1, or date_from/date_to), "vocab", "country", "commune",
    "bool", "ref"."""

    key: str
    label: str
    type: str
    vocabulary: str | None = None


@dataclass(frozen=True)
class KindSpec:
    kind: str
    label: str                           # "Hộ thân nhân kiều bào"
    fields: tuple[FieldSpec, ...]
    list_columns: tuple[str, ...]        # in display order; names of fields or computed columns
    default_sort: str
    default_descending: bool = False
    name_field: str = ""                 # the field that names a record in lists and search hits
    computed: tuple[FieldSpec, ...] = ()
    filters: tuple[FilterSpec, ...] = ()
    date_field: str | None = None        # what a period / date range filter applies to

    def field(self, name: str) -> FieldSpec:
        for f in (*self.fields, *self.computed):
            if f.name == name:
                return f
        raise KeyError(f"{self.kind}: no field {name!r}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def columns(self) -> tuple[FieldSpec, ...]:
        return tuple(self.field(n) for n in self.list_columns)

    @property
    def sensitive_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.sensitive)

    @property
    def personal_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.personal)


def F(name: str, label: str, type: str = TEXT, **kw) -> FieldSpec:
    return FieldSpec(name, label, type, **kw)


_NOTES = F("notes", "Ghi chú", LONGTEXT)
# Citizen id (CCCD, 12 digits) or the older 9-digit identity card number.
_ID_NUMBER_PATTERN = r"^(\d{9}|\d{12})$"
_PERIOD = FilterSpec("period", "Thời gian", "period")

ACTIVITY = KindSpec(
    kind="activity", label="Hoạt động", name_field="title", date_field="start_date",
    fields=(
        F("title", "Tên hoạt động", required=True, max_len=500, list_column=True, searchable=True),
        F("activity_type", "Loại hoạt động", VOCAB, required=True, vocabulary="activity_type",
          list_column=True, filterable=True),
        F("start_date", "Ngày bắt đầu", DATE, required=True, list_column=True, filterable=True),
        F("end_date", "Ngày kết thúc", DATE),
        F("location", "Địa điểm", max_len=500, list_column=True, searchable=True),
        F("commune_code", "Xã, phường", COMMUNE, filterable=True),
        F("border_area", "Vùng biên giới", BOOL, filterable=True, default=False),
        F("country", "Nước đối tác", COUNTRY, vocabulary="country", list_column=True, filterable=True),
        F("counterpart", "Đối tác nước ngoài", max_len=500, searchable=True),
        F("counterpart_locality", "Địa phương nước bạn", max_len=300, searchable=True,
          help="Ví dụ: Hà Khẩu (Vân Nam, Trung Quốc), Phông Sa Lỳ (Lào)."),
        F("delegation_direction", "Đoàn vào/đoàn ra", VOCAB, vocabulary="delegation_direction"),
        F("participants_vn", "Số người Việt Nam tham gia", INT, min=0, list_column=True),
        F("participants_foreign", "Số người nước ngoài tham gia", INT, min=0),
        F("overseas_participants", "Số kiều bào tham gia", INT, min=0),
        F("organisers", "Cơ quan phối hợp", VOCAB, vocabulary="member_org", multi=True),
        F("funding_vnd", "Kinh phí, giá trị hỗ trợ (đồng)", MONEY, min=0),
        F("content", "Nội dung", LONGTEXT, searchable=True),
        F("result", "Kết quả", LONGTEXT, searchable=True),
        _NOTES,
    ),
    list_columns=("start_date", "title", "activity_type", "country", "location", "participants_vn"),
    default_sort="start_date", default_descending=True,
    filters=(
        _PERIOD,
        FilterSpec("activity_type", "Loại hoạt động", "vocab", "activity_type"),
        FilterSpec("country", "Nước đối tác", "country", "country"),
        FilterSpec("commune_code", "Xã, phường", "commune"),
        FilterSpec("border_area", "Vùng biên giới", "bool"),
        FilterSpec("twinning_id", "Cặp kết nghĩa", "ref"),
        FilterSpec("partner_id", "Đối tác", "ref"),
        FilterSpec("person_id", "Người Việt Nam ở nước ngoài", "ref"),
        FilterSpec("task_id", "Nhiệm vụ", "ref"),
    ),
)

TWINNING = KindSpec(
    kind="twinning", label="Cặp kết nghĩa", name_field="local_name", date_field="signed_date",
    fields=(
        F("kind", "Hình thức kết nghĩa", VOCAB, required=True, vocabulary="twinning_kind",
          list_column=True, filterable=True),
        F("local_name", "Bên Việt Nam (thôn, bản, xã, đồn)", required=True, max_len=300,
          list_column=True, searchable=True),
        F("commune_code", "Xã, phường", COMMUNE, filterable=True),
        F("counterpart_name", "Bên kết nghĩa nước bạn", required=True, max_len=300, list_column=True,
          searchable=True),
        F("counterpart_country", "Nước", COUNTRY, vocabulary="country", list_column=True, filterable=True),
        F("counterpart_locality", "Địa phương nước bạn", max_len=300, searchable=True),
        F("signed_date", "Ngày ký kết", DATE, list_column=True),
        F("status", "Tình trạng", VOCAB, required=True, vocabulary="twinning_status", list_column=True,
          filterable=True, default="active"),
        F("agreement_ref", "Số văn bản thỏa thuận", max_len=200),
        F("notes", "Ghi chú", LONGTEXT, searchable=True),
    ),
    computed=(
        F("activity_count", "Số hoạt động", INT, list_column=True, computed=True),
        F("last_activity_date", "Hoạt động gần nhất", DATE, list_column=True, computed=True),
        F("dormant", "Quá 12 tháng chưa hoạt động", BOOL, list_column=True, computed=True),
    ),
    list_columns=("local_name", "counterpart_name", "counterpart_country", "kind", "status", "signed_date",
                  "activity_count", "last_activity_date", "dormant"),
    default_sort="local_name",
    filters=(
        FilterSpec("status", "Tình trạng", "vocab", "twinning_status"),
        FilterSpec("kind", "Hình thức kết nghĩa", "vocab", "twinning_kind"),
        FilterSpec("counterpart_country", "Nước", "country", "country"),
        FilterSpec("commune_code", "Xã, phường", "commune"),
        FilterSpec("dormant", "Quá 12 tháng chưa hoạt động", "bool"),
    ),
)

HOUSEHOLD = KindSpec(
    kind="household", label="Hộ thân nhân kiều bào", name_field="head_name",
    fields=(
        F("head_name", "Họ và tên chủ hộ", required=True, max_len=200, personal=True, list_column=True,
          searchable=True),
        F("head_birth_year", "Năm sinh chủ hộ", YEAR, min=1900, personal=True, list_column=True),
        F("commune_code", "Xã, phường", COMMUNE, list_column=True, filterable=True),
        F("village", "Thôn, bản, tổ dân phố", max_len=200, personal=True, list_column=True, searchable=True),
        F("old_address", "Địa chỉ cũ (trước 01/7/2025)", max_len=500, personal=True, searchable=True,
          help="Ghi nguyên văn địa chỉ theo đơn vị hành chính cũ, nếu có."),
        F("phone", "Số điện thoại", PHONE, max_len=40, personal=True, list_column=True, searchable=True),
        F("ethnicity", "Dân tộc", max_len=60, personal=True, sensitive=True),
        F("religion", "Tôn giáo", max_len=60, personal=True, sensitive=True),
        F("id_number", "Số định danh cá nhân (CCCD)", max_len=20, personal=True, sensitive=True,
          pattern=_ID_NUMBER_PATTERN, pattern_hint="12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ)"),
        F("notes", "Ghi chú", LONGTEXT, personal=True),
    ),
    computed=(F("person_count", "Số người ở nước ngoài", INT, list_column=True, computed=True),),
    list_columns=("head_name", "head_birth_year", "village", "commune_code", "phone", "person_count"),
    default_sort="head_name",
    filters=(
        FilterSpec("commune_code", "Xã, phường", "commune"),
        FilterSpec("person_country", "Nước có người thân", "country", "country"),
    ),
)

PERSON = KindSpec(
    kind="person", label="Người Việt Nam ở nước ngoài", name_field="full_name",
    fields=(
        F("household_id", "Hộ thân nhân", REF, ref_kind="household"),
        F("full_name", "Họ và tên", required=True, max_len=200, personal=True, list_column=True,
          searchable=True),
        F("gender", "Giới tính", VOCAB, vocabulary="gender", personal=True),
        F("birth_year", "Năm sinh", YEAR, min=1900, personal=True, list_column=True),
        F("relation", "Quan hệ với chủ hộ", VOCAB, vocabulary="relation"),
        F("country", "Nước đang sinh sống", COUNTRY, vocabulary="country", list_column=True, filterable=True),
        F("city", "Thành phố, địa phương", max_len=200, personal=True, list_column=True, searchable=True),
        F("residence_status", "Tình trạng cư trú", VOCAB, vocabulary="residence_status", list_column=True,
          filterable=True),
        F("occupation", "Nghề nghiệp", VOCAB, vocabulary="occupation", list_column=True, filterable=True),
        F("workplace", "Nơi làm việc, học tập", max_len=300, personal=True, searchable=True),
        F("contact", "Thông tin liên hệ", max_len=200, personal=True),
        F("left_year", "Năm ra nước ngoài", YEAR, min=1900),
        F("aspirations", "Tâm tư, nguyện vọng", LONGTEXT, personal=True, searchable=True),
        F("id_number", "Số hộ chiếu, giấy tờ tùy thân", max_len=30, personal=True, sensitive=True),
        F("notes", "Ghi chú", LONGTEXT, personal=True),
    ),
    computed=(F("household_head", "Chủ hộ", list_column=True, computed=True),),
    list_columns=("full_name", "birth_year", "country", "city", "residence_status", "occupation",
                  "household_head"),
    default_sort="full_name",
    filters=(
        FilterSpec("country", "Nước đang sinh sống", "country", "country"),
        FilterSpec("residence_status", "Tình trạng cư trú", "vocab", "residence_status"),
        FilterSpec("occupation", "Nghề nghiệp", "vocab", "occupation"),
        FilterSpec("commune_code", "Xã, phường của hộ", "commune"),
        FilterSpec("household_id", "Hộ thân nhân", "ref"),
    ),
)

CONTRIBUTION = KindSpec(
    kind="contribution", label="Đóng góp", name_field="description", date_field="date",
    fields=(
        F("person_id", "Người đóng góp", REF, ref_kind="person"),
        F("household_id", "Hộ thân nhân", REF, ref_kind="household"),
        F("date", "Ngày đóng góp", DATE, list_column=True, filterable=True),
        F("purpose", "Mục đích", VOCAB, required=True, vocabulary="contribution_purpose", list_column=True,
          filterable=True),
        F("amount_vnd", "Số tiền (đồng)", MONEY, min=0, list_column=True),
        F("description", "Nội dung (hiện vật, công trình…)", LONGTEXT, list_column=True, searchable=True),
    ),
    computed=(F("contributor", "Người đóng góp", list_column=True, computed=True),),
    list_columns=("date", "contributor", "purpose", "amount_vnd", "description"),
    default_sort="date", default_descending=True,
    filters=(
        _PERIOD,
        FilterSpec("purpose", "Mục đích", "vocab", "contribution_purpose"),
        FilterSpec("person_id", "Người đóng góp", "ref"),
        FilterSpec("household_id", "Hộ thân nhân", "ref"),
    ),
)

COMMENDATION = KindSpec(
    kind="commendation", label="Khen thưởng", name_field="reason", date_field="date",
    fields=(
        F("person_id", "Người được khen", REF, ref_kind="person"),
        F("household_id", "Hộ thân nhân", REF, ref_kind="household"),
        F("date", "Ngày khen thưởng", DATE, list_column=True, filterable=True),
        F("level", "Hình thức khen thưởng", VOCAB, required=True, vocabulary="commendation_level",
          list_column=True, filterable=True),
        F("status", "Trạng thái", VOCAB, required=True, vocabulary="commendation_status", list_column=True,
          filterable=True, default="proposed"),
        F("issuer", "Cơ quan khen thưởng", max_len=300),
        F("decision_no", "Số quyết định", max_len=100, list_column=True, searchable=True),
        F("reason", "Thành tích", LONGTEXT, searchable=True),
    ),
    computed=(F("recipient", "Người được khen", list_column=True, computed=True),),
    list_columns=("date", "recipient", "level", "status", "decision_no"),
    default_sort="date", default_descending=True,
    filters=(
        _PERIOD,
        FilterSpec("level", "Hình thức khen thưởng", "vocab", "commendation_level"),
        FilterSpec("status", "Trạng thái", "vocab", "commendation_status"),
        FilterSpec("person_id", "Người được khen", "ref"),
        FilterSpec("household_id", "Hộ thân nhân", "ref"),
    ),
)

PARTNER = KindSpec(
    kind="partner", label="Đối tác", name_field="name",
    fields=(
        F("name", "Tên đối tác", required=True, max_len=300, list_column=True, searchable=True),
        F("kind", "Loại đối tác", VOCAB, required=True, vocabulary="partner_kind", list_column=True,
          filterable=True),
        F("country", "Quốc gia", COUNTRY, vocabulary="country", list_column=True, filterable=True),
        F("address", "Địa chỉ", max_len=500, searchable=True),
        F("contact_person", "Người liên hệ", max_len=200, list_column=True, searchable=True),
        F("phone", "Số điện thoại", PHONE, max_len=40, list_column=True),
        F("email", "Thư điện tử", EMAIL, max_len=200),
        F("cooperation_areas", "Lĩnh vực hợp tác", LONGTEXT, searchable=True),
        _NOTES,
    ),
    list_columns=("name", "kind", "country", "contact_person", "phone"),
    default_sort="name",
    filters=(
        FilterSpec("kind", "Loại đối tác", "vocab", "partner_kind"),
        FilterSpec("country", "Quốc gia", "country", "country"),
    ),
)

CONSENT = KindSpec(
    kind="consent", label="Đồng ý xử lý dữ liệu", name_field="scope", date_field="given_date",
    fields=(
        F("household_id", "Hộ thân nhân", REF, required=True, ref_kind="household"),
        F("given_date", "Ngày đồng ý", DATE, required=True, list_column=True),
        F("scope", "Phạm vi, mục đích xử lý", LONGTEXT, list_column=True,
          help="Ví dụ: quản lý thông tin thân nhân kiều bào phục vụ công tác vận động, khen thưởng."),
        F("method", "Hình thức đồng ý", max_len=200, list_column=True,
          help="Ví dụ: văn bản có chữ ký, đồng ý trực tiếp có người làm chứng."),
        F("withdrawn_date", "Ngày rút lại đồng ý", DATE, list_column=True),
        _NOTES,
    ),
    list_columns=("given_date", "scope", "method", "withdrawn_date"),
    default_sort="given_date", default_descending=True,
    filters=(FilterSpec("household_id", "Hộ thân nhân", "ref"),),
)

KINDS: dict[str, KindSpec] = {k.kind: k for k in (
    ACTIVITY, TWINNING, HOUSEHOLD, PERSON, CONTRIBUTION, COMMENDATION, PARTNER, CONSENT)}

# The kinds with their own list page and full-text search.
SEARCHABLE_KINDS = ("household", "person", "activity", "twinning", "partner")

# Plural names used on the command line (import-excel KIND, search --kind) -> kind.
KIND_ALIASES = {
    "activities": "activity", "twinnings": "twinning", "households": "household", "persons": "person",
    "people": "person", "contributions": "contribution", "commendations": "commendation",
    "partners": "partner", "consents": "consent",
}


def kind_spec(kind: str) -> KindSpec:
    from .errors import ValidationError

    name = KIND_ALIASES.get(kind, kind)
    try:
        return KINDS[name]
    except KeyError:
        raise ValidationError(
            f"Không có loại bản ghi «{kind}». Các loại: {', '.join(KINDS)}.", code="unknown_kind"
        ) from None


@cache
def _code_lookup(vocabulary: str) -> dict[str, str]:
    """Folded code and folded label -> code, so imports may use either ("Lào", "la", "LA")."""
    from .text import fold

    out: dict[str, str] = {}
    for t in (vocab.countries() if vocabulary == "country" else vocabulary_terms(vocabulary)):
        out.setdefault(fold(t.label), t.code)
        out[fold(t.code)] = t.code
    return out


def resolve_code(vocabulary: str, value: str, extra: dict[str, str] | None = None) -> str | None:
    """The code a typed value stands for (a code or a label, any case, with or without tone
    marks), among built-in terms and `extra` ({code: label}); None when unknown."""
    from .text import fold

    key = fold(value)
    found = _code_lookup(vocabulary).get(key)
    if found is not None:
        return found
    for code, lbl in (extra or {}).items():
        if key in (fold(code), fold(lbl)):
            return code
    return None
