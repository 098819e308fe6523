"""The columns of each kind's spreadsheet: what export writes, the template offers and import maps.

Built from `domain.record_kinds` so a relabelled field changes here too. The households sheet is one
row per overseas person with the household's columns repeated (how offices keep these lists), so
its layout is the household fields followed by the person fields; the two "Ghi chú" columns get
distinct headers. Every column has synonyms: the wordings found in offices' own lists.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from dnnd_desktop.domain.messages import DOCUMENT_LANGUAGE, Text, render
from dnnd_desktop.domain.record_kinds import REF, WORK_KINDS, FieldSpec, kind_spec

# Kinds with a spreadsheet (CLI names: households persons activities twinnings partners
# contributions commendations consents, and the described work kinds' plural names).
EXCEL_KINDS = ("household", "person", "activity", "twinning", "partner", "contribution", "commendation", "consent",
               *(k.kind for k in WORK_KINDS))

# Kinds that belong to a household (and maybe a person): their sheet names the owner in its first
# columns (head's name, birth year, commune; the person's name), matched on import against the
# households already in the database. Kind -> whether a person is named.
OWNED_KINDS = {"contribution": True, "commendation": True, "consent": False}
OWNER_PREFIX = "owner."


@dataclass(frozen=True)
class ExcelColumn:
    key: str                 # "head_name" or, in the households layout, "person.full_name"
    record_kind: str         # the kind whose field this is
    field: FieldSpec
    heading: Text            # the field's catalogue label (or a distinct wording), rendered when written
    synonyms: tuple[str, ...] = ()
    width: float = 18        # template/export width hint, in characters

    @property
    def header(self) -> str:
        """The header written in exports and templates: Vietnamese, like every file the office keeps
        or sends on (a list goes to the province as it is); imports recognise both languages."""
        return render(self.heading, DOCUMENT_LANGUAGE)

    @property
    def label(self) -> str:
        """The column's name on screen and in messages, in the current language."""
        return render(self.heading)

    @property
    def name(self) -> str:
        return self.field.name

    @property
    def required(self) -> bool:
        return self.field.required and self.field.default is None

    @property
    def sensitive(self) -> bool:
        return self.field.sensitive


# Other wordings seen in offices' lists, per kind and field (matched after folding, so tone marks,
# case and spacing do not matter).
_SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("household", "head_name"): ("Họ tên chủ hộ", "Tên chủ hộ", "Chủ hộ", "Họ và tên người thân",
                                 "Họ tên thân nhân", "Thân nhân", "Họ và tên thân nhân", "Tên hộ"),
    ("household", "head_birth_year"): ("Năm sinh chủ hộ", "NS chủ hộ", "Năm sinh thân nhân"),
    ("household", "commune_code"): ("Xã", "Phường", "Xã/phường", "Xã, phường, đặc khu", "Địa bàn xã",
                                    "Đơn vị hành chính"),
    ("household", "village"): ("Thôn", "Bản", "Thôn/bản", "Thôn, bản", "Tổ dân phố", "Thôn, tổ",
                               "Địa chỉ", "Nơi ở"),
    ("household", "old_address"): ("Địa chỉ cũ", "Địa chỉ trước sáp nhập", "Quê quán"),
    ("household", "phone"): ("Điện thoại", "SĐT", "Số ĐT", "Điện thoại liên hệ", "Số điện thoại chủ hộ"),
    ("household", "ethnicity"): ("Dân tộc",),
    ("household", "religion"): ("Tôn giáo",),
    ("household", "id_number"): ("CCCD", "Số CCCD", "CMND", "Số CMND", "Căn cước công dân",
                                 "Số định danh", "CMND/CCCD"),
    ("household", "notes"): ("Ghi chú về hộ", "Ghi chú hộ"),
    ("person", "full_name"): ("Họ và tên", "Họ tên", "Tên", "Họ tên kiều bào", "Họ và tên kiều bào",
                              "Tên kiều bào", "Người ở nước ngoài", "Họ và tên người ở nước ngoài",
                              "Họ tên người VN ở nước ngoài", "Kiều bào"),
    ("person", "gender"): ("Giới tính", "Nam/Nữ", "Giới"),
    ("person", "birth_year"): ("Năm sinh", "NS", "Năm sinh kiều bào", "Sinh năm"),
    ("person", "relation"): ("Quan hệ", "Quan hệ với chủ hộ", "Quan hệ với thân nhân", "Mối quan hệ"),
    ("person", "country"): ("Nước", "Quốc gia", "Nước cư trú", "Nước đang sinh sống", "Nước sở tại",
                            "Nước định cư", "Nơi cư trú (nước)"),
    ("person", "city"): ("Thành phố", "Địa phương", "Nơi ở ở nước ngoài", "Thành phố nơi ở"),
    ("person", "residence_status"): ("Tình trạng cư trú", "Diện cư trú", "Hình thức cư trú", "Diện",
                                     "Lý do đi nước ngoài", "Lý do xuất cảnh", "Hình thức xuất cảnh",
                                     "Diện xuất cảnh", "Đi theo diện", "Hình thức đi"),
    ("person", "occupation"): ("Nghề nghiệp", "Nghề", "Công việc"),
    ("person", "workplace"): ("Nơi làm việc", "Nơi công tác", "Nơi học tập", "Nơi làm việc, học tập"),
    ("person", "contact"): ("Liên hệ", "Thông tin liên lạc", "Số điện thoại ở nước ngoài"),
    ("person", "left_year"): ("Năm xuất cảnh", "Năm đi", "Năm ra nước ngoài", "Năm đi nước ngoài"),
    ("person", "aspirations"): ("Tâm tư nguyện vọng", "Nguyện vọng", "Tâm tư"),
    ("person", "id_number"): ("Số hộ chiếu", "Hộ chiếu", "Giấy tờ tùy thân"),
    ("person", "notes"): ("Ghi chú về người ở nước ngoài", "Ghi chú kiều bào"),
    ("activity", "title"): ("Tên hoạt động", "Hoạt động", "Nội dung hoạt động", "Tên chương trình"),
    ("activity", "activity_type"): ("Loại hoạt động", "Loại", "Hình thức", "Hình thức hoạt động"),
    ("activity", "start_date"): ("Ngày", "Thời gian", "Ngày tổ chức", "Ngày thực hiện", "Từ ngày",
                                 "Ngày bắt đầu"),
    ("activity", "end_date"): ("Đến ngày", "Ngày kết thúc"),
    ("activity", "location"): ("Địa điểm", "Nơi tổ chức"),
    ("activity", "commune_code"): ("Xã", "Xã, phường", "Xã/phường"),
    ("activity", "border_area"): ("Biên giới", "Vùng biên", "Khu vực biên giới"),
    ("activity", "country"): ("Nước", "Quốc gia", "Nước đối tác"),
    ("activity", "counterpart"): ("Đối tác", "Phía nước ngoài", "Cơ quan nước ngoài", "Đoàn nước ngoài"),
    ("activity", "counterpart_locality"): ("Địa phương nước bạn", "Địa phương đối tác"),
    ("activity", "delegation_direction"): ("Đoàn vào/đoàn ra", "Đoàn vào, đoàn ra"),
    ("activity", "participants_vn"): ("Số người tham gia", "Số người Việt Nam", "Số lượng tham gia",
                                      "Số người"),
    ("activity", "participants_foreign"): ("Số người nước ngoài", "Số khách nước ngoài"),
    ("activity", "overseas_participants"): ("Số kiều bào", "Số kiều bào tham gia"),
    ("activity", "organisers"): ("Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp"),
    ("activity", "funding_vnd"): ("Kinh phí", "Kinh phí (đồng)", "Giá trị hỗ trợ", "Số tiền"),
    ("activity", "content"): ("Nội dung",),
    ("activity", "result"): ("Kết quả",),
    ("twinning", "kind"): ("Hình thức", "Loại kết nghĩa", "Hình thức kết nghĩa"),
    ("twinning", "local_name"): ("Bên Việt Nam", "Thôn, bản kết nghĩa", "Đơn vị kết nghĩa", "Tên thôn, bản",
                                 "Bản Việt Nam", "Xã Việt Nam"),
    ("twinning", "commune_code"): ("Xã", "Xã, phường", "Xã/phường"),
    ("twinning", "counterpart_name"): ("Bên nước bạn", "Bản nước bạn", "Đối tác kết nghĩa", "Kết nghĩa với"),
    ("twinning", "counterpart_country"): ("Nước", "Quốc gia", "Nước bạn"),
    ("twinning", "counterpart_locality"): ("Địa phương nước bạn", "Thuộc (nước bạn)"),
    ("twinning", "signed_date"): ("Ngày ký", "Ngày kết nghĩa", "Ngày ký kết"),
    ("twinning", "status"): ("Tình trạng", "Trạng thái"),
    ("twinning", "agreement_ref"): ("Số văn bản", "Văn bản thỏa thuận", "Số thỏa thuận"),
    ("partner", "name"): ("Tên đối tác", "Tên tổ chức", "Tên", "Tổ chức", "Tên doanh nghiệp", "Đối tác"),
    ("partner", "kind"): ("Loại", "Loại đối tác", "Loại hình"),
    ("partner", "country"): ("Quốc gia", "Nước"),
    ("partner", "address"): ("Địa chỉ", "Trụ sở"),
    ("partner", "contact_person"): ("Người liên hệ", "Đầu mối", "Người đại diện"),
    ("partner", "phone"): ("Điện thoại", "SĐT", "Số ĐT"),
    ("partner", "email"): ("Email", "E-mail", "Thư điện tử", "Hộp thư"),
    ("partner", "cooperation_areas"): ("Lĩnh vực", "Lĩnh vực hợp tác", "Nội dung hợp tác"),
}

# Headers that mark a column the importer knows to ignore (row numbers, signatures).
IGNORED_HEADERS = ("STT", "TT", "Số TT", "Số thứ tự", "Ký tên", "Chữ ký")

_RENAMED = {("household", "notes"): "Ghi chú về hộ",
            ("person", "notes"): "Ghi chú về người ở nước ngoài"}


def _width(f: FieldSpec) -> float:
    if f.type == "longtext":
        return 40
    if f.type in ("int", "year", "bool", "money", "date"):
        return 14 if f.type != "money" else 16
    return min(36, max(12, (f.max_len or 60) // 8))


def _columns_of(kind: str, prefix: str, renamed: bool) -> list[ExcelColumn]:
    spec = kind_spec(kind)
    out = []
    for f in spec.fields:
        if f.type == REF:
            continue  # links are made by the grouping (households) or in the app
        # The heading stays a catalogue text: `header` writes it in Vietnamese (the exchange format of
        # offices' files, templates and the importer's matching), `label` shows it on screen.
        heading = _RENAMED.get((kind, f.name), f.label) if renamed else f.label
        out.append(ExcelColumn(prefix + f.name, kind, f, heading, _SYNONYMS.get((kind, f.name), ()), _width(f)))
    return out


def _owner_columns(kind: str) -> list[ExcelColumn]:
    """The household (head's name, birth year, commune) and, for contributions and commendations, the
    person's name: how a row names whose record it is."""
    household = {f.name: f for f in kind_spec("household").fields}
    out = [ExcelColumn(OWNER_PREFIX + name, "household", household[name], household[name].label,
                       _SYNONYMS.get(("household", name), ()), _width(household[name]))
           for name in ("head_name", "head_birth_year", "commune_code")]
    if OWNED_KINDS[kind]:
        person_ref = next(f for f in kind_spec(kind).fields if f.name == "person_id")
        full_name = next(f for f in kind_spec("person").fields if f.name == "full_name")
        out.append(ExcelColumn(OWNER_PREFIX + "person_name", "person", replace(full_name, required=False),
                               person_ref.label, ("Người ở nước ngoài", "Họ và tên kiều bào", "Kiều bào"), 24))
    return out


@cache
def excel_columns(kind: str) -> tuple[ExcelColumn, ...]:
    """Every column of `kind`'s sheet, sensitive ones included (export leaves those out unless asked)."""
    kind = kind_spec(kind).kind
    if kind == "household":
        return tuple(_columns_of("household", "", True) + _columns_of("person", "person.", True))
    if kind in OWNED_KINDS:
        return tuple(_owner_columns(kind) + _columns_of(kind, "", False))
    return tuple(_columns_of(kind, "", False))


def column(kind: str, key: str) -> ExcelColumn:
    for c in excel_columns(kind):
        if c.key == key:
            return c
    raise KeyError(key)
