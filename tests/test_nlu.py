"""The NLU as the hub uses it: `hub classify`, the engine, its entities and the routing it feeds.

The model is trained once per test session from the project's corpus (nlu_data_dir); every message
here is written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import joblib
import yaml

from agencies.catalog import catalogue
from hub.cases import flows
from hub.cases.enums import Channel
from hub.settings import Settings
from intake.rasa_project import RASA_DIR
from intake.wiring import LazyEngine
from nlu import dates
from nlu.corpus import (
    HELDOUT_DIR,
    TRAIN_DIR,
    parse_example,
    read_corpus,
    text_key,
    to_rasa_yaml,
    training_corpus,
    without_heldout,
)
from nlu.engine import INLINE_CHARS, run_nlu
from nlu.lexicon import segmenter, tokenizer
from nlu.meaning import Meaning, PlaceMatch
from nlu.pipeline import NluEngine
from nlu.training import BackgroundEngine, model_path
from routing.decide import decide
from tests.conftest import MONDAY_9AM

THRESHOLD = 0.35
CONTRACT = {
    "text",
    "category",
    "department",
    "unit",
    "district",
    "street",
    "police_station",
    "confidence",
    "alternatives",
    "entities",
}


def classify(lines: list[str], data_dir: Path) -> list[dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
    env |= {"HUB_DATA_DIR": str(data_dir), "HUB_TRIAGE_THRESHOLD": str(THRESHOLD)}
    result = subprocess.run(
        [sys.executable, "-m", "hub", "classify"],
        input="\n".join(lines).encode(),
        capture_output=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


UNSEEN = [
    (
        "我家楼下那家火锅店后厨的排风管直接对着我们卧室窗户，一到饭点满屋子牛油味，湖里区华荣路",
        "ecology_environment",
    ),
    ("包工头欠了我们八个人两个月工钱，打电话就说再等等，我们在翔安干的活", "human_resources"),
    ("半夜十二点楼上还在开派对蹦迪，喊了几次都不理，莲前西路这边", "police"),
    ("小区门口的路灯坏了快一个月了，晚上黑漆漆的老人走路摔了一跤", "municipal_gardens"),
    ("在超市买的牛奶回家一看已经过期两个礼拜了，还在货架上卖", "market_regulation"),
    ("中国移动的宽带这周断了四次，打10086说派人来修到现在没人影", "china_mobile"),
    ("我要给新招的三个员工做从业人员申报，店在集美区嘉庚路", "police"),
    ("有人在朋友圈拉人投资养老项目，说月息三分保本，已经好多老人把积蓄投进去了", "local_finance"),
]


def test_classify_follows_the_contract_and_routes_unseen_messages(nlu_data_dir: Path) -> None:
    results = classify([text for text, _ in UNSEEN], nlu_data_dir)
    assert len(results) == len(UNSEEN)
    for result, (text, department) in zip(results, UNSEEN, strict=True):
        assert set(result) == CONTRACT
        assert result["text"] == text
        assert result["department"] == department, result
        alternatives = result["alternatives"]
        assert isinstance(alternatives, list) and len(alternatives) == 3
        assert set(alternatives[0]) == {"category", "department", "score"}
        entities = result["entities"]
        assert isinstance(entities, dict)
        assert {"name", "phone", "id_number", "address", "count", "date"} <= set(entities)
    assert results[1]["entities"]["count"] == 8  # type: ignore[index]
    assert results[6]["unit"] == "集美派出所"  # a self-report goes to the station of the address
    assert results[5]["entities"]["carrier"] == "移动"  # type: ignore[index]


def test_vague_and_odd_input_goes_to_triage_without_errors(nlu_data_dir: Path) -> None:
    lines = [
        "你好，有个事想问一下",
        "",
        "asdkjh qweoiu zxcmnb",
        "The street light outside my flat has been broken for weeks.",
        "？？？！！！",
        "投诉" * 5000,  # 10,000 characters
        "１３８ 全角字符 ＡＢＣ",
    ]
    results = classify(lines, nlu_data_dir)
    assert len(results) == len(lines)
    for result in results:
        assert set(result) == CONTRACT
    for result in results[:5]:
        assert result["department"] == "triage", result
    assert results[1]["category"] == "other" and results[1]["confidence"] == 0.0
    assert results[0]["alternatives"]  # the triage queue gets the top suggestions


def test_identity_numbers_are_checked(engine: NluEngine) -> None:
    valid = engine.entities("租客身份证35020319900101123X，今天住进来")
    assert valid["id_number"] == "35020319900101123X"
    assert valid["invalid_id_number"] is None
    wrong_digit = engine.entities("租客身份证350203199001011238，今天住进来")
    assert wrong_digit["id_number"] is None
    assert wrong_digit["invalid_id_number"] == {
        "text": "350203199001011238",
        "reason": "校验位不符",
    }


def test_names_before_id_numbers_and_phones_need_no_cue_word(engine: NluEngine) -> None:
    def names(text: str) -> list[str]:
        return [f.text for f in engine.extraction(text).spans if f.entity == "name"]

    assert names("王丽 13912345678") == ["王丽"]
    assert names("张伟 350203199003071236，李娜 350211199512120024") == ["张伟", "李娜"]
    assert names("张伟 350203199003071236\n欧阳娜娜 350211199512120024") == ["张伟", "欧阳娜娜"]
    assert names("还有王建国35020319900101123X") == ["王建国"]
    assert names("和张伟，身份证号是350203199003071236") == ["张伟"]
    assert names("庄国栋的电话13912345678") == ["庄国栋"]
    assert names("李娜的身份证号应该是350211199512120024") == ["李娜"]
    assert names("房东 13912345678") == []  # a role, not a name
    assert names("明天下午打13912345678") == []
    assert engine.entities("王丽 13912345678")["name"] == "王丽"


def test_one_reading_of_a_chat_message(engine: NluEngine) -> None:
    reading = engine.read("我要登记租客，租客张伟 350203199003071236，住思明区莲前西路288号")
    assert reading.intent.name in ("start_report", "report")
    assert reading.meaning is not None and reading.meaning.category == "tenant_report"
    kinds = [(f.entity, f.text) for f in reading.found]
    assert ("name", "张伟") in kinds and ("id_number", "350203199003071236") in kinds
    assert reading.place is not None and reading.place.police_station == "莲前派出所"
    short = engine.read("两个", about=False)
    assert short.meaning is None and [f.value for f in short.found] == [2]


def test_phones_dates_counts_and_carriers(engine: NluEngine) -> None:
    found = engine.entities(
        "联系人王建国，手机139-5020-1844，座机0592-5551234，下周一上午来了三个人"
    )
    assert found["name"] == "王建国"
    assert found["phone"] == "13950201844"
    assert found["date"] == "2026-12-07"
    assert found["count"] == 3
    assert engine.entities("2026年12月1日搬进来")["date"] == "2026-12-01"
    assert engine.entities("3月5号那天")["date"] == "2026-03-05"
    assert engine.entities("明天下午三点")["date"] == "2026-12-01T15:00"
    assert engine.entities("住着十二户人家")["count"] == 12
    assert engine.entities("联通信号太差")["carrier"] == "联通"
    assert engine.entities("接到电信诈骗电话")["carrier"] is None  # fraud, not a carrier


def _spans(engine: NluEngine, text: str, entity: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in engine.extraction(text).spans if f.entity == entity]


def test_dates_are_points_in_time_not_durations_or_habits(engine: NluEngine) -> None:
    text = "上周三下午去办事排了两个小时，每天晚上十一点还在施工，这几天半夜也吵，三个月前反映过"
    assert _spans(engine, text, "date") == [
        ("上周三下午", "2026-11-25"),
        ("三个月前", "2026-09-01"),
    ]
    assert _spans(engine, "凌晨2点左右还有人唱歌，晚上睡不着", "date") == [
        ("凌晨2点", "2026-11-30T02:00")
    ]
    assert _spans(engine, "术后第二天人就没了，前几天才出院", "date") == [
        ("第二天", None),  # a point, but after the operation, not after today
        ("前几天", None),
    ]
    assert _spans(engine, "每周三有义诊，下午好", "date") == []
    assert engine.entities("去年年底搬进来的")["date"] == "2025-12"


def test_counts_have_measure_words_and_count_people_or_things(engine: NluEngine) -> None:
    text = "房东把一套房隔成六个单间，住了十几个人，押金三千块，住了两个月，跑了三趟"
    assert _spans(engine, text, "count") == [("六个单间", 6), ("十几个人", None)]
    assert _spans(engine, "一家四口，外加5名员工，近两百名群众围观", "count") == [
        ("一家四口", 4),
        ("5名员工", 5),
        ("近两百名群众", 200),
    ]
    # vague, an article, an order, money, an address
    vague = "好几个人来过，一个老板说第三家店九块九只，住5栋1203"
    assert _spans(engine, vague, "count") == [("好几个人", None)]
    assert _spans(engine, "反映几个问题，几个字开车根本看不清", "count") == []


def test_segmenter_cuts_as_jieba_does() -> None:
    """The hub's segmentation is jieba's without its HMM, word for word: on every message of the
    corpus, as the engine reads it and as written, and on mixed scripts, spaces and line ends."""
    texts = [e.text for e in read_corpus(TRAIN_DIR).examples + read_corpus(HELDOUT_DIR).examples]
    texts += [
        "",
        " \t\r\n ",
        "ab cd\r\n12 34 x.y-z 12:30 a+b#c&d_e%f İ \u9fd6\u9fff \U00020000 ok",
        "我叫张伟,手机13800138000,住在思明区莲前西路288号5栋1203室",
        "wifi信号差ABC123abc中国移动10086",
    ]
    cut = tokenizer()
    for text in texts:
        for variant in (text, text.lower()):
            assert segmenter().words(variant) == cut.lcut(variant, HMM=False), variant


def test_companies_are_found_wherever_they_stand(engine: NluEngine) -> None:
    """The company finder starts near the first kind word (公司, 厂): names before it are found."""
    text = "投诉，鑫达贸易商务咨询服务管理公司拖欠工资，后面的鸿运五金厂也是"
    assert [span for span, _ in _spans(engine, text, "company")] == [
        "鑫达贸易商务咨询服务管理公司",  # twelve characters of name: the longest there is
        "后面的鸿运五金厂",
    ]


def test_date_atoms_are_only_tried_where_one_can_start() -> None:
    """The date finder scans for ATOM_STARTS first: every character an atom can start with must
    be in it, or dates starting with it would be missed."""
    universe = [
        chr(c) for c in (*range(0x20, 0x7F), *range(0x4E00, 0xA000), *range(0xFF10, 0xFF1A))
    ]
    tails = ("", "月", "号", "日", "点", "天前", "周一", "年", "个月前", "星期二", "节")
    missing = {
        ch
        for ch in universe
        for tail in tails
        if not dates.ATOM_STARTS.match(ch)
        and (atom := dates._ATOM.match(ch + tail)) is not None
        and atom.end() > 0
    }
    assert missing == set()


def test_ambiguous_place_is_reported_or_resolved_by_context(engine: NluEngine) -> None:
    alone = engine.place("莲花那边垃圾好几天没人收")
    assert alone is not None and alone.ambiguous and alone.district is None
    assert set(alone.candidates) == {"嘉莲街道", "莲花镇"}
    tongan = engine.place("同安莲花那边垃圾好几天没人收")
    assert tongan is not None and tongan.street == "莲花镇" and tongan.district == "同安区"
    siming = engine.place("思明区莲花新村3栋楼道")
    assert siming is not None and siming.police_station == "嘉莲派出所"
    assert siming.text == "思明区莲花新村3栋"
    assert engine.place("中华人民共和国") is None  # 中华 inside a word is no street


def test_dialogue_intents(engine: NluEngine) -> None:
    assert engine.intent("您好，在吗").name == "greet"
    status = engine.intent("帮我查下XM20261130000012办到哪了")
    assert status.name == "ask_status"
    assert status.entities["case_number"] == "XM20261130000012"
    fix = engine.intent("电话写错了，应该是13912345678")
    assert fix.name == "correct"
    assert fix.entities["slot"] == "phone" and fix.entities["value"] == "13912345678"
    assert engine.intent("我要找人工客服").name == "ask_human"
    assert engine.intent("楼下餐馆油烟太大了熏得家里没法开窗").name == "report"


def _meaning(
    category: str, confidence: float, place: PlaceMatch | None, carrier: str | None = None
) -> Meaning:
    return Meaning("…", category, confidence, place=place, carrier=carrier)


def test_routing_rules(engine: NluEngine) -> None:
    books = catalogue()
    jiangtou = engine.place("湖里区江头台湾街")
    family = decide(_meaning("dispute_family", 0.9, jiangtou), books, threshold=THRESHOLD)
    assert family.department == "huli_district" and family.rule == "district_of_place"
    assert family.unit == "江头街道"
    nowhere = decide(_meaning("dispute_family", 0.9, None), books, threshold=THRESHOLD)
    assert nowhere.to_triage and nowhere.rule == "no_place_for_district"
    unicom = decide(_meaning("telecom_service", 0.9, None, "联通"), books, threshold=THRESHOLD)
    assert unicom.department == "china_unicom" and unicom.rule == "carrier"
    tenant = decide(_meaning("tenant_report", 0.9, jiangtou), books, threshold=THRESHOLD)
    assert (tenant.department, tenant.unit, tenant.rule) == (
        "police",
        "江头派出所",
        "self_report_station",
    )
    unsure = decide(_meaning("dispute_labor", 0.2, jiangtou), books, threshold=THRESHOLD)
    assert unsure.to_triage and unsure.rule == "below_threshold"
    returned = decide(
        _meaning("dispute_labor", 0.9, jiangtou),
        books,
        threshold=THRESHOLD,
        excluded=["human_resources"],
    )
    assert returned.to_triage and returned.rule == "lead_returned"


def test_explanation_carries_evidence(engine: NluEngine) -> None:
    meaning = engine.understand("公司拖欠我三个月工资，老板电话也不接")
    decision = decide(meaning, catalogue(), threshold=THRESHOLD)
    explanation = decision.explanation()
    assert explanation["category"] == "dispute_labor"
    assert explanation["evidence"] and any(
        "工资" in e or "拖欠" in e for e in explanation["evidence"]
    )
    assert len(explanation["suggestions"]) == 3


async def test_second_report_on_the_same_matter_joins_the_open_case(
    orm: str, engine: NluEngine
) -> None:
    first_text = "台湾街288号楼下的烧烤摊天天占道经营到半夜，油烟熏人"
    second_text = "台湾街那个烧烤摊又摆到人行道上了，晚上根本没法走路"
    filed = []
    for text in (first_text, second_text):
        meaning = engine.understand(text)
        decision = decide(meaning, catalogue(), threshold=THRESHOLD)
        filed.append(
            await flows.open_case(
                flows.NewReport(Channel.API, text),
                decision,
                now=MONDAY_9AM,
                duplicate_window=timedelta(hours=72),
            )
        )
    assert filed[0].duplicate is False
    assert filed[1].duplicate is True
    assert filed[1].case.number == filed[0].case.number
    assert filed[0].case.routing["place"]["place"] == "台湾街"


def test_corpus_reader_parses_rasa_annotations() -> None:
    example = parse_example(
        '[莲花](address)那边[王大明]{"entity": "name"}说'
        '[电信]{"entity": "carrier", "value": "电信"}[宽带](product:broadband)不行',
        "telecom_service",
    )
    assert example.text == "莲花那边王大明说电信宽带不行"
    spans = {(s.entity, s.text, s.value) for s in example.entities}
    assert spans == {
        ("address", "莲花", None),
        ("name", "王大明", None),
        ("carrier", "电信", "电信"),
        ("product", "宽带", "broadband"),
    }
    assert example.text[example.entities[1].start : example.entities[1].end] == "王大明"
    corpus = read_corpus(TRAIN_DIR)
    assert len(corpus.by_intent()) >= 80
    exported = to_rasa_yaml(corpus, catalogue())
    assert "lookup: place" in exported and "莲花新村" in exported
    assert "synonym: 思明区" in exported


def _write_corpus(folder: Path, intent: str, lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    body = "".join(f"    - {line}\n" for line in lines)
    (folder / "part.yml").write_text(
        f'version: "3.1"\nnlu:\n- intent: {intent}\n  examples: |\n{body}', encoding="utf-8"
    )
    return folder


def test_a_worker_reads_messages_without_loading_scikit_learn(nlu_data_dir: Path) -> None:
    """Serving needs numpy and jieba only: scikit-learn (training) stays out of a hub worker."""
    code = (
        "import sys; from pathlib import Path; from nlu.training import load_engine; "
        "meaning = load_engine(Path(sys.argv[1])).understand('楼下烧烤摊油烟太大，天天开到凌晨'); "
        "print(meaning.category, sorted({m.split('.')[0] for m in sys.modules} & {'sklearn'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(nlu_data_dir)], capture_output=True, timeout=300
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().split() == ["street_vending", "[]"]


def test_training_drops_every_heldout_message(tmp_path: Path) -> None:
    train = _write_corpus(
        tmp_path / "train",
        "street_vending",
        [
            "[湖里区江头](address)楼下烧烤摊天天开到半夜",  # the held-out message, annotated
            "烧烤摊的油烟飘进窗户",
            "夜市摊贩占了整条人行道",
        ],
    )
    heldout = _write_corpus(
        tmp_path / "heldout", "street_vending", ["湖里区江头楼下烧烤摊，天天开到半夜！"]
    )
    kept, dropped = without_heldout(read_corpus(train), read_corpus(heldout))
    assert [e.text for e in dropped] == ["湖里区江头楼下烧烤摊天天开到半夜"]
    assert [e.text for e in kept.examples] == ["烧烤摊的油烟飘进窗户", "夜市摊贩占了整条人行道"]
    assert training_corpus(train, heldout).examples == kept.examples


def test_the_hub_learns_from_no_heldout_message(nlu_data_dir: Path) -> None:
    heldout = {text_key(e.text) for e in read_corpus(HELDOUT_DIR).examples}
    corpus = training_corpus()
    assert heldout and not any(text_key(e.text) in heldout for e in corpus.examples)
    models = joblib.load(model_path(nlu_data_dir))
    assert models["fingerprint"] == corpus.fingerprint()
    assert not any(text_key(text) in heldout for text in _rasa_examples())


def _rasa_examples() -> list[str]:
    data = yaml.safe_load((RASA_DIR / "data" / "nlu.yml").read_text(encoding="utf-8"))
    return [
        parse_example(line[2:], entry["intent"]).text
        for entry in data["nlu"]
        if "intent" in entry
        for line in entry["examples"].splitlines()
        if line.startswith("- ")
    ]


class Watched:
    """An engine that notes the thread each message is read in."""

    def __init__(self, engine: NluEngine, loaded_now: bool) -> None:
        self.engine = engine
        self.loaded_now = loaded_now
        self.threads: list[int] = []

    def read(self, text: str, about: bool = True) -> object:
        self.threads.append(threading.get_ident())
        return self.engine.read(text, about)


async def test_short_messages_are_read_on_the_loop_long_ones_in_a_thread(
    engine: NluEngine,
) -> None:
    """A short message of a loaded engine is read at once (handing it to a thread and back costs
    more); a long message, or any for an engine still loading, is read in the executor."""
    loop = threading.get_ident()
    loaded = Watched(engine, loaded_now=True)
    await run_nlu(loaded.read, "庄国栋")
    await run_nlu(loaded.read, "确" * INLINE_CHARS)
    await run_nlu(loaded.read, "确" * (INLINE_CHARS + 1))
    assert loaded.threads[:2] == [loop, loop] and loaded.threads[2] != loop
    loading = Watched(engine, loaded_now=False)
    await run_nlu(loading.read, "庄国栋")
    assert loading.threads[0] != loop


def test_engines_say_whether_they_answer_at_once(
    engine: NluEngine, settings: Settings, tmp_path: Path
) -> None:
    assert engine.loaded_now is True
    assert LazyEngine(settings, lambda: engine).loaded_now is True
    assert LazyEngine(settings, lambda: None).loaded_now is False  # would load on first use
    waiting = BackgroundEngine(tmp_path / "nothing-yet")
    assert waiting.loaded_now is False
    assert LazyEngine(settings, lambda: waiting).loaded_now is False
