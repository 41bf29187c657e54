"""The client fields a column can be brought into, and how header names are matched to them."""

from __future__ import annotations

import re
import unicodedata

#: Field keys, in the order the mapping page lists them. "" means "leave this column out".
FIELDS = (
    "name",
    "given_name",
    "middle_name",
    "family_name",
    "company",
    "kind",
    "phone",
    "email",
    "address",
    "website",
    "notes",
    "tags",
    "grade",
    "status",
    "source",
    "owner",
    "brought_in_by",
    "brought_in_at",
    "last_contact_at",
)
#: Fields that several columns may feed (their values are joined).
MULTI_FIELDS = frozenset({"phone", "email", "address", "notes", "tags", "name"})
#: At least one of these must be mapped for the file to be a list of clients.
IDENTITY_FIELDS = frozenset({"name", "given_name", "family_name", "company", "phone", "email"})

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "display name", "contact name", "client name", "customer name",
        "contact", "client", "customer", "person", "fn", "formatted name",
        "姓名", "名字", "全名", "客户", "客户名", "客户名称", "客户姓名", "联系人", "联系人姓名",
        "顾客", "顾客姓名", "会员姓名", "姓名/名称",
        "фио", "ф.и.о.", "полное имя", "клиент", "контакт", "контактное лицо", "имя клиента",
        "покупатель", "заказчик",
    ),
    "given_name": (
        "first name", "given name", "firstname", "first_name", "given_name", "forename", "名",
        "имя",
    ),
    "middle_name": ("middle name", "additional name", "middle_name", "отчество"),
    "family_name": (
        "last name", "family name", "surname", "lastname", "last_name", "family_name", "姓",
        "фамилия",
    ),
    "company": (
        "company", "organization", "organisation", "company name", "organization name",
        "organization 1 - name", "org", "employer", "account", "account name", "firm",
        "related company", "business",
        "公司", "公司名称", "单位", "单位名称", "工作单位", "企业", "企业名称", "所在公司", "机构",
        "客户公司",
        "компания", "организация", "название компании", "название организации", "фирма",
        "наименование", "наименование организации", "юрлицо", "место работы",
    ),
    "kind": ("company type", "client type", "customer type", "is a company", "kind",
             "客户类型", "类型", "тип клиента", "тип"),
    "phone": (
        "phone", "telephone", "tel", "tel.", "mobile", "mobile phone", "mobile number", "cell",
        "cell phone", "business phone", "business phone 2", "home phone", "home phone 2",
        "work phone", "primary phone", "other phone", "car phone", "company main phone",
        "phone number", "phone 1", "phone 2", "home mobile", "whatsapp", "wechat phone",
        "电话", "手机", "手机号", "手机号码", "电话号码", "联系电话", "移动电话", "座机", "固话",
        "办公电话", "客户电话", "联系方式", "手机/电话", "电话/手机",
        "телефон", "тел", "тел.", "мобильный", "мобильный телефон", "сотовый", "рабочий телефон",
        "домашний телефон", "контактный телефон", "номер телефона", "моб. телефон",
    ),
    "email": (
        "email", "e-mail", "e mail", "mail", "email address", "e-mail address",
        "e-mail 2 address", "e-mail 3 address", "primary email", "secondary email",
        "work email", "home email", "邮箱", "电子邮箱", "电子邮件", "邮件", "email地址",
        "邮箱地址", "эл. почта", "эл.почта", "электронная почта", "почта", "e-mail адрес",
        "адрес электронной почты", "емейл", "имейл",
    ),
    "address": (
        "address", "street", "street2", "street 2", "city", "state", "province", "zip",
        "zip code", "zipcode", "postal code", "postcode", "country", "region", "district",
        "address 1 - formatted", "home address", "home address 2", "work address",
        "work address 2", "home city", "home state", "home zipcode", "home country", "work city",
        "work state", "work zipcode", "work country", "mailing address",
        "地址", "联系地址", "通讯地址", "详细地址", "客户地址", "公司地址", "收货地址",
        "省", "省份",
        "市", "城市", "区", "区县", "邮编", "邮政编码", "国家",
        "адрес", "город", "индекс", "почтовый индекс", "страна", "улица", "область", "регион",
        "юридический адрес", "фактический адрес", "адрес доставки",
    ),
    "website": ("website", "web site", "web page", "web page 1", "web page 2", "url", "homepage",
                "home page", "site", "website 1 - value", "网站", "网址", "主页", "官网",
                "сайт", "веб-сайт", "вебсайт"),
    "notes": ("notes", "note", "comments", "comment", "remark", "remarks", "description",
              "memo", "备注", "说明", "描述", "附注", "备注信息", "留言",
              "примечание", "примечания", "комментарий", "комментарии", "заметки", "описание"),
    "tags": ("tags", "tag", "categories", "category", "group membership", "labels", "groups",
             "标签", "分类", "类别", "分组", "теги", "метки", "категория", "группа", "группы"),
    "grade": ("grade", "rating", "level", "class", "client grade",
              "等级", "客户等级", "级别", "评级", "客户级别",
              "категория клиента", "класс", "уровень", "рейтинг"),
    "status": ("status", "client status", "状态", "客户状态", "статус", "статус клиента"),
    "source": ("source", "lead source", "channel", "referral source", "来源", "客户来源", "渠道",
               "источник", "канал", "откуда узнал"),
    "owner": ("owner", "sales rep", "salesperson", "sales person", "account manager",
              "responsible", "assigned to", "manager", "负责人", "业务员", "销售", "销售员",
              "跟进人", "归属人", "所属销售", "客户经理", "ответственный", "менеджер",
              "владелец", "ответственный менеджер"),
    "brought_in_by": ("brought in by", "created by", "added by", "referred by", "录入人",
                      "创建人", "开发人", "引入人", "添加人", "кто привёл", "кто привел",
                      "привлёк", "привлек", "автор", "создал"),
    "brought_in_at": ("created", "date created", "created at", "created on", "date added",
                      "added on", "创建时间", "录入时间", "添加时间", "创建日期", "录入日期",
                      "дата создания", "дата добавления", "дата регистрации"),
    "last_contact_at": ("last contact", "last contacted", "last contact date", "last activity",
                        "最后联系时间", "上次联系", "最近联系", "最后跟进时间",
                        "последний контакт", "дата последнего контакта"),
}

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:e-?mail|email) ?\d+ - value$"), "email"),
    (re.compile(r"^e-?mail ?\d* ?address$"), "email"),
    (re.compile(r"^phone ?\d+ - value$"), "phone"),
    (re.compile(r"^(?:business|home|other|work) (?:street(?: \d)?|city|state|postal code"
                r"|zip(?: ?code)?|country(?:/region)?|address(?: \d)?|po box)$"), "address"),
    (re.compile(r"^e-?mail (?:home|work|business|other|\d)$"), "email"),
    (re.compile(r"^(?:business|home|other|work) (?:mobile|phone|cell)(?: \d)?$"), "phone"),
    (re.compile(r"^address ?\d+ - formatted$"),
     "address"),
    (re.compile(r"^website ?\d+ - value$"), "website"),
    (re.compile(r"^organi[sz]ation ?\d+ - name$"), "company"),
    (re.compile(r"^(?:телефон|тел\.?) ?\d+$"), "phone"),
    (re.compile(r"^(?:电话|手机)\d+$"), "phone"),
)
_NOT_PHONE = re.compile(r"fax|传真|факс|pager|пейджер")
_DECORATION = re.compile(r"[*＊:：]+$|^[*＊]+|\((?:required|必填|обязательно)\)|（必填）")


def header_key(text: str) -> str:
    """A header as compared: NFKC, lower case, no padding, no trailing colon or star."""
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    folded = _DECORATION.sub("", folded).strip()
    return re.sub(r"\s+", " ", folded).replace("ё", "е")


_LOOKUP: dict[str, str] = {}
for _field, _names in _ALIASES.items():
    for _name in _names:
        _LOOKUP.setdefault(header_key(_name), _field)


def guess_field(header: str) -> str:
    """The client field this header most likely holds, or "" when it is not one of ours."""
    key = header_key(header)
    if not key or _NOT_PHONE.search(key):
        return ""
    found = _LOOKUP.get(key)
    if found:
        return found
    for pattern, field in _PATTERNS:
        if pattern.match(key):
            return field
    return ""


def guess_mapping(headers: list[str]) -> list[str]:
    """One field per column ("" for columns left out); single-value fields are used once."""
    mapping: list[str] = []
    used: set[str] = set()
    for header in headers:
        field = guess_field(header)
        if field and field not in MULTI_FIELDS and field in used:
            field = ""
        if field:
            used.add(field)
        mapping.append(field)
    return mapping


def is_known_header(text: str) -> bool:
    return bool(guess_field(text))
