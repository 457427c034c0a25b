"""Near-duplicate detection and clustering: units, properties, and the campaign acceptance test."""

import hashlib
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from consultations.similarity import (
    CAMPAIGN_THRESHOLD,
    CLUSTER_THRESHOLD,
    LSH_BANDS,
    MINHASH_SEED,
    NUM_PERM,
    SHINGLE_SIZE,
    Cluster,
    _shingle_hashes,
    band_keys,
    cluster_texts,
    comment_text,
    estimated_jaccard,
    excerpt,
    near_duplicates,
    normalize_for_shingles,
    proposed_change,
    shingles,
    signature,
    signature_bytes,
    signature_from_bytes,
    signature_to_bytes,
)
from moderation.campaigns import CANDIDATES_PER_BAND_KEY
from tests.comment_texts import (
    LETTER_EN,
    LETTER_ZH,
    chinese_comment,
    chinese_variant,
    english_comment,
    english_variant,
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

texts_with_content = st.text(min_size=1).filter(lambda text: normalize_for_shingles(text) != "")


def exact_jaccard(a: str, b: str) -> float:
    left, right = shingles(a), shingles(b)
    return len(left & right) / len(left | right)


@dataclass
class RoundCampaignStore:
    """Stands in for the tables of one round: stored signature per comment, the
    (band_key -> comment ids, oldest first) index, and the campaign of each grouped comment.
    Campaign ids grow with creation, so the smallest is the oldest."""

    signatures: dict[str, bytes] = field(default_factory=dict)
    band_index: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    campaign_of: dict[str, int] = field(default_factory=dict)
    next_campaign: int = 0
    candidates_seen: dict[str, int] = field(default_factory=dict)

    def add(self, comment_id: str, text: str) -> None:
        sig = signature(text)
        keys = band_keys(sig)
        # As campaign detection reads them: a key's newest holders only.
        candidate_ids = sorted(
            {
                other
                for key in keys
                for other in self.band_index.get(key, [])[-CANDIDATES_PER_BAND_KEY:]
            }
        )
        self.candidates_seen[comment_id] = len(candidate_ids)
        matches = near_duplicates(sig, ((other, self.signatures[other]) for other in candidate_ids))
        if matches:
            existing = sorted({self.campaign_of[m] for m in matches if m in self.campaign_of})
            if existing:
                target = existing[0]
                merged = set(existing[1:])
                for member, campaign in self.campaign_of.items():
                    if campaign in merged:
                        self.campaign_of[member] = target
            else:
                target = self.next_campaign
                self.next_campaign += 1
            for member in [*matches, comment_id]:
                self.campaign_of[member] = target
        self.signatures[comment_id] = signature_to_bytes(sig)
        for key in keys:
            self.band_index[key].append(comment_id)

    def campaigns(self) -> list[set[str]]:
        members: dict[int, set[str]] = defaultdict(set)
        for comment_id, campaign in self.campaign_of.items():
            members[campaign].add(comment_id)
        return list(members.values())


def biggest_share(campaigns: Iterable[set[str]], group: set[str]) -> float:
    return max((len(campaign & group) for campaign in campaigns), default=0) / len(group)


# --- Acceptance ------------------------------------------------------------------------------


def test_form_letter_campaigns_are_found_incrementally_among_distinct_comments() -> None:
    rng = random.Random(20240922)
    english_variants = {f"en-letter-{n:04d}": english_variant(rng) for n in range(1000)}
    chinese_variants = {f"zh-letter-{n:04d}": chinese_variant(rng) for n in range(200)}
    distinct = {f"en-comment-{n:04d}": english_comment(rng) for n in range(4000)}
    distinct |= {f"zh-comment-{n:04d}": chinese_comment(rng) for n in range(1000)}
    arrivals = [*english_variants.items(), *chinese_variants.items(), *distinct.items()]
    rng.shuffle(arrivals)

    store = RoundCampaignStore()
    for comment_id, text in arrivals:
        store.add(comment_id, text)
    campaigns = store.campaigns()

    grouped = set().union(*campaigns)
    assert grouped.isdisjoint(distinct), sorted(grouped & set(distinct))[:5]
    assert biggest_share(campaigns, set(english_variants)) >= 0.95
    assert biggest_share(campaigns, set(chinese_variants)) >= 0.95
    assert all(
        campaign <= set(english_variants) or campaign <= set(chinese_variants)
        for campaign in campaigns
    )
    distinct_candidates = [store.candidates_seen[comment_id] for comment_id in distinct]
    assert sum(distinct_candidates) / len(distinct_candidates) < 20, "band keys not selective"


def test_campaigns_do_not_depend_on_arrival_order() -> None:
    rng = random.Random(11)
    comments = [(f"letter-{n:03d}", english_variant(rng)) for n in range(80)]
    comments += [(f"letter-zh-{n:03d}", chinese_variant(rng)) for n in range(40)]
    comments += [(f"comment-{n:03d}", english_comment(rng)) for n in range(200)]
    outcomes = []
    for order_seed in range(3):
        arrivals = list(comments)
        random.Random(order_seed).shuffle(arrivals)
        store = RoundCampaignStore()
        for comment_id, text in arrivals:
            store.add(comment_id, text)
        outcomes.append(sorted(sorted(campaign) for campaign in store.campaigns()))
    assert outcomes[0] == outcomes[1] == outcomes[2]
    assert len(outcomes[0]) == 2


def paragraphs_of_corpus() -> list[str]:
    paragraphs = []
    for path in sorted(CORPUS.glob("*.zh.*")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            if len(normalize_for_shingles(block)) >= 60:
                paragraphs.append(block.strip())
    return paragraphs


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared UN corpus not present")
def test_real_chinese_paragraphs_group_only_true_near_duplicates() -> None:
    paragraphs = paragraphs_of_corpus()
    base = max(paragraphs, key=len)
    rng = random.Random(7)
    variants = {}
    for n in range(60):
        characters = list(base)
        for _ in range(rng.randint(1, 6)):
            position = rng.randrange(len(characters))
            characters[position] = rng.choice(base)
        variants[f"variant-{n:02d}"] = (
            "尊敬的秘书处：" + "".join(characters) + rng.choice("甲乙丙丁")
        )
    comments = variants | {f"paragraph-{n:03d}": text for n, text in enumerate(paragraphs)}
    store = RoundCampaignStore()
    for comment_id, text in comments.items():
        store.add(comment_id, text)

    assert biggest_share(store.campaigns(), set(variants)) == 1.0
    for campaign in store.campaigns():
        members = sorted(campaign)
        for member in members[1:]:
            # Campaigns are connected components, so check each member against its closest peer.
            closest = max(
                exact_jaccard(comments[member], comments[other])
                for other in members
                if other != member
            )
            assert closest >= CAMPAIGN_THRESHOLD - 0.15, (member, closest)


# --- Normalisation and shingles --------------------------------------------------------------


def test_normalisation_folds_width_case_punctuation_and_spacing() -> None:
    assert normalize_for_shingles("ＡＢＣ，Ｄｅｆ！") == normalize_for_shingles("abc, DEF!")
    assert normalize_for_shingles("我们 支持，第 12 段。") == "我们支持第12段"
    assert normalize_for_shingles("Straße\u200b Größe") == "strassegrösse"
    assert normalize_for_shingles("العـــربية") == normalize_for_shingles("العربية")
    assert normalize_for_shingles(" \t\n!?。…") == ""


def test_short_text_is_one_shingle_and_empty_text_has_none() -> None:
    assert shingles("Hi!") == {b"hi"}
    assert shingles("好") == {"好".encode()}
    assert shingles("....") == set()
    assert len(shingles("abcdefg")) == 7 - SHINGLE_SIZE + 1
    with pytest.raises(ValueError, match="positive"):
        shingles("abc", k=0)


# --- Signatures and band keys ----------------------------------------------------------------


def test_signature_values_are_pinned() -> None:
    """Stored signatures outlive processes and library upgrades: a change here means every
    stored signature and band key must be recomputed."""
    sig = signature("Plenary consultations")
    assert len(sig) == NUM_PERM
    assert sig[:3] == PINNED_SIGNATURE_HEAD
    assert band_keys(sig)[:2] == PINNED_BAND_KEYS_HEAD


PINNED_SIGNATURE_HEAD = (612973971, 473054546, 361647446)
PINNED_BAND_KEYS_HEAD = ("00-571d0c1fc0d0a520", "01-b0b5c5c42cb9044a")

LONG_CJK_TEXT = "".join(chr(0x4E00 + index * 7919 % 20902) for index in range(12_000))
# SHA-256 of the stored signature and the last band key, computed with datasketch's
# ``MinHash.update_batch`` before signatures were computed directly: equal values prove that
# stored signatures and band keys stay valid.
PINNED_SIGNATURES = [
    pytest.param(
        "We support paragraph 12 of the draft, but the text on data governance should say who "
        "pays for the regional centres.",
        "7b221a9136f969cceaef76dfe6212ba45c3a546a4bfbdd780226e3659aef98a3",
        "31-a5b5c7d45487f1d1",
        id="english",
    ),
    pytest.param(
        "我们支持第12段，但关于数据治理的案文应说明由谁为区域中心供资。",
        "12b236aca2940e05e91e10b82cfe7a65444aec176f0022829b9104fa83c008cf",
        "31-1e45d509f2dee4a3",
        id="chinese",
    ),
    pytest.param(
        "نؤيد الفقرة ١٢ من المشروع، لكن النص المتعلق بحوكمة البيانات يجب أن يوضح من يموّل المراكز "
        "الإقليمية.",
        "903b8ccbe7e5a8800f1cf35fb077dfe0b86d7bbbf7b52ec2326d95023ebf8a9b",
        "31-65bdc9d529ea750e",
        id="arabic",
    ),
    pytest.param(
        "👍🏽 we agree 🎉🎉",
        "efd74064836d250ffd46fe1844801bb22c7f19c5775348739825adc582fb7f2b",
        "31-676d049a105019fa",
        id="emoji",
    ),
    pytest.param(
        "ax\u0323\u0301 Cafe\u0301 ﬁnal Ｆｕｌｌ",
        "ff44ee17cf7afbf18faff93e156e3377036106730e2646bfbc3d733ebb52c6fb",
        "31-8a8d951cb468d916",
        id="combining-marks",
    ),
    pytest.param(
        "Hi!",
        "e9da4f71aab48a8da58b12e29d45e6daa704c158126217aaa712a2c56ad759bb",
        "31-2f94b7e04abb668e",
        id="shorter-than-a-shingle",
    ),
    pytest.param(
        "好",
        "1ce3d031ce3718aec49a6186e83753fa284bba152d286ceecaa9e126837c8a95",
        "31-a2501d803febf345",
        id="one-character",
    ),
    pytest.param(
        "Cafe\uff0c\u0301 x\u00a0\u0323y\u2026\u0301 \u1100\uff0c\u1161 \u3392",
        "7060958dcee7c15bde3fc8482ac81816a3d6174da9a20f48659ee88af1e2c70e",
        "31-ff799a394b0772ef",
        id="compatibility-punctuation",
    ),
    pytest.param(
        LONG_CJK_TEXT,
        "d14cda88aa205a093330b6722d98a5b8d52e080988a3fef9c2aaf39c01a50d06",
        "31-788d91dc0234a961",
        id="long-cjk-two-blocks",
    ),
]


@pytest.mark.parametrize(("text", "signature_sha256", "last_band_key"), PINNED_SIGNATURES)
def test_signatures_and_band_keys_are_the_ones_stored_before(
    text: str, signature_sha256: str, last_band_key: str
) -> None:
    stored = signature_bytes(text)
    assert hashlib.sha256(stored).hexdigest() == signature_sha256
    assert hashlib.sha256(signature_to_bytes(signature(text))).hexdigest() == signature_sha256
    assert band_keys(stored)[-1] == last_band_key


# The reference for the direct computation: datasketch's own MinHash over the same shingle
# hashes, with the permutations it draws itself from the same seed.
REFERENCE_PERMUTATIONS = MinHash(
    num_perm=NUM_PERM, seed=MINHASH_SEED, scheme="affine32"
).permutations


def already_hashed(value: np.uint32) -> np.uint32:
    return value


def reference_signature(text: str) -> tuple[int, ...]:
    normalized = normalize_for_shingles(text)
    if not normalized:
        return ()
    minhash = MinHash(
        num_perm=NUM_PERM,
        scheme="affine32",
        permutations=REFERENCE_PERMUTATIONS,
        hashfunc=already_hashed,
    )
    code_points = np.frombuffer(normalized.encode("utf-32-le"), dtype="<u4")
    minhash.update_batch(_shingle_hashes(code_points))
    return tuple(int(value) for value in minhash.hashvalues)


def reference_normalization(text: str) -> str:
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return "".join(
        char
        for char in folded
        if char != "\u0640" and not unicodedata.category(char).startswith(("P", "Z", "C"))
    )


# Characters where normalisation is subtle: combining marks that compose (or not) with what
# precedes them, Hangul jamo, compatibility punctuation and spaces next to them, ligatures,
# squared units, joiners, the tatweel, emoji modifiers, a lone surrogate.
TRICKY_CHARACTERS = list(
    "ae<=>.,; 가\u0301\u0308\u0323\u0338\u0345\u1100\u1161\u11a8\uff0c\uff1a\uff08\u3000"
    "\u00a0\u2026\u037e\u2024\ufe50\u3002\u00a8\ufb01\u3392\u2126\u200d\u200b\u0640"
    "\ufe0f\U0001f3fd\U0001f44d\u0130\u00df\u0390\ud800"
)


def long_text(seed: int, length: int) -> str:
    rng = random.Random(seed)
    return "".join(
        chr(rng.choice((0x61, 0x4E00, 0x0627)) + rng.randrange(26)) for _ in range(length)
    )


any_text = st.one_of(
    st.text(),
    st.text(max_size=SHINGLE_SIZE),
    st.text(alphabet=st.characters(exclude_categories=())),
    st.text(alphabet=st.sampled_from(TRICKY_CHARACTERS)),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)),
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)),
    st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)),
    st.text(alphabet=st.one_of(st.characters(categories=("L", "M")), st.sampled_from("，…"))),
    st.builds(long_text, st.integers(0, 1000), st.integers(8_000, 20_000)),
)


@settings(max_examples=300)
@given(any_text)
def test_signatures_are_what_datasketch_computes(text: str) -> None:
    sig = signature(text)
    assert sig == reference_signature(text)
    stored = signature_bytes(text)
    assert stored == signature_to_bytes(sig)
    assert band_keys(stored) == band_keys(sig)


@settings(max_examples=300)
@given(any_text)
def test_normalisation_is_nfkc_casefold_nfkc_without_dropped_characters(text: str) -> None:
    assert normalize_for_shingles(text) == reference_normalization(text)


def test_compatibility_punctuation_normalises_like_the_reference_next_to_anything() -> None:
    """Characters that NFKC turns into ASCII punctuation or spaces are blanked before
    normalising: sound only because no such ASCII character takes part in a canonical
    composition (a singleton decomposition, like U+037E's, is never recomposed)."""
    ascii_dropped = {chr(code) for code in range(128) if reference_normalization(chr(code)) == ""}
    blanked = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        decomposition = unicodedata.decomposition(char).split()
        if decomposition and not decomposition[0].startswith("<") and len(decomposition) == 2:
            assert not {chr(int(part, 16)) for part in decomposition} & ascii_dropped, hex(code)
        compatible = unicodedata.normalize("NFKD", char)
        if compatible != char and set(compatible) <= ascii_dropped:
            blanked.append(char)
            for context in ("e{}\u0301", "\u1100{}\u1161", "a\u0323{}\u0301", "{}{}\u0338"):
                text = context.format(char, char)
                assert normalize_for_shingles(text) == reference_normalization(text), hex(code)
    assert {"\uff0c", "\u3000", "\u00a0", "\u2026"} <= set(blanked)


def test_band_keys_are_the_same_in_another_process_with_another_hash_seed() -> None:
    texts = [LETTER_EN, LETTER_ZH, "I agree.", "مرحبا بالعالم", "👍👍"]
    script = (
        "import json, sys\n"
        "from consultations.similarity import band_keys, signature\n"
        "texts = json.loads(sys.stdin.read())\n"
        "print(json.dumps([band_keys(signature(text)) for text in texts]))\n"
    )
    for hash_seed in ("0", "4242"):
        completed = subprocess.run(  # noqa: S603 - fixed interpreter and inline script
            [sys.executable, "-c", script],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[2],
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )
        assert json.loads(completed.stdout) == [list(band_keys(signature(text))) for text in texts]


def test_band_keys_are_short_and_name_their_band() -> None:
    keys = band_keys(signature(LETTER_EN))
    assert len(keys) == LSH_BANDS
    assert [int(key.split("-")[0]) for key in keys] == list(range(LSH_BANDS))
    assert all(len(key) <= 20 for key in keys)
    assert band_keys(()) == ()


def test_empty_texts_are_never_near_duplicates() -> None:
    empty = signature("  ...  ")
    assert empty == ()
    assert signature_to_bytes(empty) == b""
    assert signature_bytes("  ...  ") == b""
    assert band_keys(b"") == ()
    assert estimated_jaccard(empty, empty) == 0.0
    assert near_duplicates(empty, [("a", empty), ("b", signature("text"))]) == []
    assert near_duplicates(signature("text"), [("a", empty)]) == []


def test_signatures_of_the_wrong_size_are_rejected() -> None:
    with pytest.raises(ValueError, match="values"):
        estimated_jaccard((1, 2, 3), signature("text"))
    with pytest.raises(ValueError, match="bytes"):
        signature_from_bytes(b"\x00" * 12)
    with pytest.raises(ValueError, match="bytes"):
        band_keys(b"\x00" * 12)


def test_near_duplicates_accept_stored_bytes_and_return_sorted_ids() -> None:
    letter = signature(LETTER_EN)
    candidates = [
        ("c", signature_to_bytes(signature(LETTER_EN.replace("profit", "profits")))),
        ("a", signature(LETTER_EN.upper())),
        ("b", signature(english_comment(random.Random(1)))),
    ]
    assert near_duplicates(letter, candidates) == ["a", "c"]
    assert near_duplicates(letter, candidates, threshold=1.0) == ["a"]


@settings(max_examples=60)
@given(texts_with_content)
def test_a_text_is_fully_similar_to_itself(text: str) -> None:
    assert estimated_jaccard(signature(text), signature(text)) == 1.0


@settings(max_examples=60)
@given(st.text())
def test_signature_round_trips_through_bytes(text: str) -> None:
    sig = signature(text)
    assert signature_from_bytes(signature_to_bytes(sig)) == sig
    assert band_keys(signature_to_bytes(sig)) == band_keys(sig)


@settings(max_examples=40)
@given(texts_with_content, texts_with_content)
def test_estimated_jaccard_tracks_exact_jaccard(a: str, b: str) -> None:
    assert abs(estimated_jaccard(signature(a), signature(b)) - exact_jaccard(a, b)) <= 0.25


@settings(max_examples=40)
@given(st.text(alphabet=st.characters(categories=("L", "N")), min_size=1))
def test_punctuation_and_width_do_not_change_band_keys(text: str) -> None:
    spaced = " , ".join(text)
    assert band_keys(signature(spaced)) == band_keys(signature(text))


# --- Amendments ------------------------------------------------------------------------------

PARAGRAPH_EN = (
    "We commit to foster an inclusive, open, sustainable, fair, safe and secure digital future "
    "for all, to close all digital divides between and within countries, including the gender "
    "digital divide, and to ensure that the benefits of digital technologies reach everyone."
)
PARAGRAPH_ZH = (
    "我们承诺促进一个包容、开放、可持续、公平、安全和有保障的数字未来，弥合一切数字鸿沟。"
)


def test_an_amendment_is_compared_by_the_words_it_deletes_and_inserts() -> None:
    without_fair = PARAGRAPH_EN.replace("fair, ", "")
    assert proposed_change(PARAGRAPH_EN, without_fair) == "\u2296fair"
    assert proposed_change(without_fair, PARAGRAPH_EN) == "\u2295fair"
    assert shingles(proposed_change(PARAGRAPH_EN, without_fair) or "").isdisjoint(
        shingles(proposed_change(without_fair, PARAGRAPH_EN) or "")
    )
    stronger = PARAGRAPH_EN.replace("foster", "achieve").replace("everyone.", "everyone, now.")
    assert proposed_change(PARAGRAPH_EN, stronger) == "\u2296foster \u2295achieve\n\u2295now"
    assert comment_text("Stronger.", stronger, PARAGRAPH_EN) == (
        "Stronger.\n\n\u2296foster \u2295achieve\n\u2295now"
    )


def test_each_chinese_character_is_a_word_of_the_comparison() -> None:
    assert proposed_change(PARAGRAPH_ZH, PARAGRAPH_ZH.replace("公平、", "")) == "\u2296公 \u2296平"
    assert proposed_change(PARAGRAPH_ZH, PARAGRAPH_ZH.replace("促进", "实现")) == (
        "\u2296促 \u2296进 \u2295实 \u2295现"
    )


def test_an_amendment_changing_only_punctuation_or_case_is_compared_by_its_body() -> None:
    retyped = PARAGRAPH_EN.upper().replace(",", ";")
    assert proposed_change(PARAGRAPH_EN, retyped) == ""
    assert comment_text("Typography.", retyped, PARAGRAPH_EN) == "Typography."


def test_an_amendment_without_a_paragraph_to_edit_is_compared_by_its_whole_text() -> None:
    rewrite = "Member States shall fund universal connectivity by 2030 through public budgets."
    assert proposed_change(PARAGRAPH_EN, rewrite) is None
    assert comment_text("New text.", rewrite, PARAGRAPH_EN) == f"New text.\n\n{rewrite}"
    assert comment_text("General.", rewrite, None) == f"General.\n\n{rewrite}"
    assert comment_text("Only a comment.", None, PARAGRAPH_EN) == "Only a comment."


def test_different_edits_of_one_paragraph_are_far_apart_and_copies_of_one_are_close() -> None:
    edits = [
        PARAGRAPH_EN.replace("fair, ", ""),
        PARAGRAPH_EN.replace("foster", "achieve"),
        PARAGRAPH_EN.replace("for all", "for all, including persons with disabilities"),
        PARAGRAPH_EN.replace("everyone.", "everyone, in particular the least developed countries."),
    ]
    explanations = ["Delete it.", "Make it stronger.", "Name them.", "Name the LDCs."]
    signatures = [
        signature(comment_text(explanation, edit, PARAGRAPH_EN))
        for explanation, edit in zip(explanations, edits, strict=True)
    ]
    for index, first in enumerate(signatures):
        for second in signatures[index + 1 :]:
            assert estimated_jaccard(first, second) < CLUSTER_THRESHOLD
    letter = f"{LETTER_EN} Please name persons with disabilities."
    copies = [letter, letter.replace("I am writing", "We write"), f"{letter} Regards, a network."]
    signed_copies = [signature(comment_text(copy, edits[2], PARAGRAPH_EN)) for copy in copies]
    assert min(estimated_jaccard(signed_copies[0], other) for other in signed_copies[1:]) >= (
        CAMPAIGN_THRESHOLD
    )


# --- Clusters --------------------------------------------------------------------------------


def synthesis_items() -> list[tuple[str, str]]:
    rng = random.Random(3)
    items = [(f"e{n}", english_variant(rng)) for n in range(4)]
    items += [(f"z{n}", chinese_variant(rng)) for n in range(3)]
    items += [(f"x{n}", english_comment(rng)) for n in range(3)]
    items += [("blank", "   "), ("blank2", "—")]
    return items


def test_cluster_texts_groups_near_duplicates_and_orders_clusters() -> None:
    clusters = cluster_texts(synthesis_items())
    assert [cluster.member_ids for cluster in clusters] == [
        ("e0", "e1", "e2", "e3"),
        ("z0", "z1", "z2"),
    ]
    assert clusters[0].size == 4
    assert clusters[0].representative_id in clusters[0].member_ids
    assert len(clusters[0].representative_excerpt) <= 280
    assert clusters[0].representative_excerpt.endswith("…")


def test_cluster_texts_min_size_one_returns_singletons() -> None:
    clusters = cluster_texts(synthesis_items(), min_size=1)
    singletons = [cluster.member_ids for cluster in clusters if cluster.size == 1]
    assert singletons == [("blank",), ("blank2",), ("x0",), ("x1",), ("x2",)]
    assert clusters[-1] == Cluster(("x2",), "x2", excerpt(dict(synthesis_items())["x2"]))


def test_cluster_representative_is_the_medoid() -> None:
    core = LETTER_EN
    items = [
        ("a", core + " Signed by many friends of the open internet."),
        ("b", core),
        ("c", core + " With additional thoughts on rural libraries and schools."),
    ]
    [cluster] = cluster_texts(items)
    assert cluster.representative_id == "b"
    assert cluster.representative_excerpt == excerpt(core)


def test_cluster_texts_rejects_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="unique"):
        cluster_texts([("a", "one text"), ("a", "another")])


@settings(max_examples=25)
@given(st.permutations(synthesis_items()), st.sampled_from([0.3, 0.5, 0.8]))
def test_cluster_texts_is_independent_of_input_order(
    items: list[tuple[str, str]], threshold: float
) -> None:
    assert cluster_texts(items, threshold) == cluster_texts(synthesis_items(), threshold)


# --- Excerpts --------------------------------------------------------------------------------


def test_excerpt_keeps_short_texts_with_collapsed_whitespace() -> None:
    assert excerpt("  We   support\n\nparagraph 5. ") == "We support paragraph 5."


def test_excerpt_cuts_english_at_a_word_boundary() -> None:
    cut = excerpt(LETTER_EN, limit=60)
    assert cut == "I am writing to ask that the final text of the Global…"
    assert LETTER_EN.startswith(cut[:-1])


def test_excerpt_cuts_chinese_between_characters() -> None:
    cut = excerpt(LETTER_ZH, limit=20)
    assert len(cut) == 20
    assert cut == LETTER_ZH[:19] + "…"


def test_excerpt_drops_dangling_punctuation() -> None:
    assert excerpt("我们写信呼吁，全球数字契约", limit=8) == "我们写信呼吁…"
    assert excerpt("We support it, but (only) if funded.", limit=17) == "We support it…"


def test_excerpt_never_separates_combining_marks() -> None:
    # x with dot below and acute has no precomposed form, so NFC keeps three code points.
    text = "ax\u0323\u0301" * 10
    for limit in range(2, 12):
        head = excerpt(text, limit)[:-1]
        assert text.startswith(head)
        assert not unicodedata.category(text[len(head)]).startswith("M")


def test_excerpt_hard_cuts_a_very_long_word() -> None:
    assert excerpt("a" * 500, limit=10) == "a" * 9 + "…"


@settings(max_examples=100)
@given(st.text(), st.integers(min_value=1, max_value=300))
def test_excerpt_is_a_bounded_prefix(text: str, limit: int) -> None:
    collapsed = " ".join(unicodedata.normalize("NFC", text).split())
    cut = excerpt(text, limit)
    assert len(cut) <= limit
    if len(collapsed) <= limit:
        assert cut == collapsed
    else:
        assert cut.endswith("…")
        assert collapsed.startswith(cut[:-1])
