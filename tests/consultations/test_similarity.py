"""Near-duplicate detection and clustering: units, properties, and the campaign acceptance test."""

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

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultations.similarity import (
    CAMPAIGN_THRESHOLD,
    LSH_BANDS,
    NUM_PERM,
    SHINGLE_SIZE,
    Cluster,
    band_keys,
    cluster_texts,
    estimated_jaccard,
    excerpt,
    near_duplicates,
    normalize_for_shingles,
    shingles,
    signature,
    signature_from_bytes,
    signature_to_bytes,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "similarity"
LETTER_EN = (FIXTURES / "form_letter.en.txt").read_text(encoding="utf-8").strip()
LETTER_EN_SENTENCES = re.split(r"(?<=\.) ", LETTER_EN)
LETTER_ZH = (FIXTURES / "form_letter.zh.txt").read_text(encoding="utf-8").strip()
VOCABULARY: dict[str, dict[str, list[str]]] = json.loads(
    (FIXTURES / "comment_vocabulary.json").read_text(encoding="utf-8")
)
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

texts_with_content = st.text(min_size=1).filter(lambda text: normalize_for_shingles(text) != "")


def exact_jaccard(a: str, b: str) -> float:
    left, right = shingles(a), shingles(b)
    return len(left & right) / len(left | right)


# --- Generators for the acceptance test -------------------------------------------------------


def english_variant(rng: random.Random) -> str:
    """A light edit of the English form letter, as people send them: own greeting and
    signature, a few word-level edits and typos, punctuation and layout changes."""
    vocab = VOCABULARY["en"]
    sentences = list(LETTER_EN_SENTENCES)
    if rng.random() < 0.15:
        del sentences[rng.randrange(1, len(sentences))]
    if rng.random() < 0.15:
        sentences.insert(rng.randrange(len(sentences)), rng.choice(vocab["personal_sentences"]))
    words = " ".join(sentences).split()
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(words) - 1)
        operation = rng.choice(("swap", "delete", "insert", "typo"))
        if operation == "swap":
            words[position], words[position + 1] = words[position + 1], words[position]
        elif operation == "delete":
            del words[position]
        elif operation == "insert":
            words.insert(position, rng.choice(vocab["fillers"]))
        else:
            words[position] = typo(rng, words[position])
    body = " ".join(words)
    if rng.random() < 0.4:
        body = body.replace(",", "")
    if rng.random() < 0.2:
        body = body.replace(".", "!")
    if rng.random() < 0.1:
        body = body.lower()
    if rng.random() < 0.2:
        body = body.replace(". ", ".\n\n")
    name = f"{rng.choice(vocab['first_names'])} {rng.choice(vocab['last_names'])}"
    return "\n\n".join(
        (
            rng.choice(vocab["greetings"]),
            body,
            f"{rng.choice(vocab['closings'])}\n{name}\n{rng.choice(vocab['organizations'])}",
        )
    ).strip()


def typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word + word[-1]
    index = rng.randrange(1, len(word) - 2)
    kind = rng.choice(("replace", "drop", "double", "transpose"))
    if kind == "replace":
        return word[:index] + rng.choice("abcdefghijklmnopqrstuvwxyz") + word[index + 1 :]
    if kind == "drop":
        return word[:index] + word[index + 1 :]
    if kind == "double":
        return word[:index] + word[index] + word[index:]
    return word[:index] + word[index + 1] + word[index] + word[index + 2 :]


def chinese_variant(rng: random.Random) -> str:
    vocab = VOCABULARY["zh"]
    sentences = [sentence for sentence in LETTER_ZH.split("。") if sentence]
    if rng.random() < 0.1:
        del sentences[rng.randrange(1, len(sentences))]
    characters = list("。".join(sentences) + "。")
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(characters) - 1)
        operation = rng.choice(("swap", "delete", "insert", "typo"))
        if operation == "swap":
            characters[position], characters[position + 1] = (
                characters[position + 1],
                characters[position],
            )
        elif operation == "delete":
            del characters[position]
        elif operation == "insert":
            characters.insert(position, rng.choice(vocab["fillers"]))
        else:
            characters[position] = rng.choice(LETTER_ZH)
    body = "".join(characters)
    if rng.random() < 0.3:
        body = body.replace("，", ",")
    if rng.random() < 0.3:
        body = body.replace("。", ". ")
    if rng.random() < 0.2:
        body = body.replace("《", "“").replace("》", "”")
    name = rng.choice(vocab["surnames"]) + "".join(
        rng.choices(vocab["given_names"], k=rng.randint(1, 2))
    )
    return "\n".join(
        (
            rng.choice(vocab["greetings"]),
            body,
            rng.choice(vocab["closings"]),
            f"{rng.choice(vocab['organizations'])} {name}",
        )
    ).strip()


def english_comment(rng: random.Random) -> str:
    """A distinct comment of 40-120 words of its own, built from shared policy vocabulary,
    paragraph numbers and places; some also quote a sentence of the form letter, as people
    discussing the same draft do."""
    vocab = VOCABULARY["en"]
    target_words = rng.randint(40, 120)
    parts: list[str] = []
    while sum(len(part.split()) for part in parts) < target_words:
        sentence = f"{rng.choice(vocab['subjects'])} {rng.choice(vocab['verbs'])} "
        sentence += rng.choice(vocab["objects"])
        if rng.random() < 0.5:
            sentence += f" in paragraph {rng.randint(1, 90)}"
        if rng.random() < 0.5:
            sentence += f", {rng.choice(vocab['clauses'])}"
        if rng.random() < 0.3:
            sentence += f", with {rng.choice(vocab['common_phrases'])}"
        parts.append(sentence + ".")
        if rng.random() < 0.5:
            context = rng.choice(vocab["contexts"])
            filled = context.format(place=rng.choice(vocab["places"]), number=rng.randint(2, 900))
            parts.append(filled[0].upper() + filled[1:] + ".")
    if rng.random() < 0.05:
        quote = f'We agree that "{rng.choice(LETTER_EN_SENTENCES)}"'
        parts.insert(rng.randrange(len(parts)), quote)
    return " ".join([rng.choice(vocab["openers"]), *parts]).strip()


def chinese_comment(rng: random.Random) -> str:
    vocab = VOCABULARY["zh"]
    sentences = []
    for _ in range(rng.randint(3, 8)):
        sentence = rng.choice(vocab["subjects"]) + rng.choice(vocab["verbs"])
        if rng.random() < 0.5:
            sentence += f"第{rng.randint(1, 90)}段中"
        sentence += rng.choice(vocab["objects"])
        if rng.random() < 0.6:
            sentence += "，" + rng.choice(vocab["clauses"])
        if rng.random() < 0.3:
            sentence += "，推动" + rng.choice(vocab["common_phrases"])
        sentences.append(sentence + "。")
        if rng.random() < 0.5:
            context = rng.choice(vocab["contexts"])
            place, number = rng.choice(vocab["places"]), rng.randint(2, 900)
            sentences.append(context.format(place=place, number=number) + "。")
    return "".join(sentences)


@dataclass
class RoundCampaignStore:
    """Stands in for the tables of one round: stored signature per comment, the
    (band_key -> comment ids) index, and the campaign of each grouped comment. Campaign ids
    grow with creation, so the smallest is the oldest."""

    signatures: dict[str, bytes] = field(default_factory=dict)
    band_index: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    campaign_of: dict[str, int] = field(default_factory=dict)
    next_campaign: int = 0
    candidates_seen: dict[str, int] = field(default_factory=dict)

    def add(self, comment_id: str, text: str) -> None:
        sig = signature(text)
        keys = band_keys(sig)
        candidate_ids = sorted({other for key in keys for other in self.band_index.get(key, ())})
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
    assert estimated_jaccard(empty, empty) == 0.0
    assert near_duplicates(empty, [("a", empty), ("b", signature("text"))]) == []
    assert near_duplicates(signature("text"), [("a", empty)]) == []


def test_signatures_of_the_wrong_size_are_rejected() -> None:
    with pytest.raises(ValueError, match="values"):
        estimated_jaccard((1, 2, 3), signature("text"))
    with pytest.raises(ValueError, match="bytes"):
        signature_from_bytes(b"\x00" * 12)


def test_near_duplicates_accept_stored_bytes_and_return_sorted_ids() -> None:
    letter = signature(LETTER_EN)
    candidates = [
        ("c", signature_to_bytes(signature(LETTER_EN.replace("profit", "profits")))),
        ("a", signature(LETTER_EN.upper())),
        ("b", signature(english_comment(random.Random(1)))),
    ]
    assert near_duplicates(letter, candidates) == ["a", "c"]
    assert near_duplicates(letter, candidates, threshold=1.0) == ["a"]


@settings(max_examples=60, deadline=None)
@given(texts_with_content)
def test_a_text_is_fully_similar_to_itself(text: str) -> None:
    assert estimated_jaccard(signature(text), signature(text)) == 1.0


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_signature_round_trips_through_bytes(text: str) -> None:
    sig = signature(text)
    assert signature_from_bytes(signature_to_bytes(sig)) == sig
    assert band_keys(signature_to_bytes(sig)) == band_keys(sig)


@settings(max_examples=40, deadline=None)
@given(texts_with_content, texts_with_content)
def test_estimated_jaccard_tracks_exact_jaccard(a: str, b: str) -> None:
    assert abs(estimated_jaccard(signature(a), signature(b)) - exact_jaccard(a, b)) <= 0.25


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "N")), min_size=1))
def test_punctuation_and_width_do_not_change_band_keys(text: str) -> None:
    spaced = " , ".join(text)
    assert band_keys(signature(spaced)) == band_keys(signature(text))


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


@settings(max_examples=25, deadline=None)
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


@settings(max_examples=100, deadline=None)
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
