"""Comment texts as consultations receive them, for tests and benchmarks of near-duplicate
detection: light edits of a form letter (English and Chinese) and distinct comments built from
shared policy vocabulary (``fixtures/similarity``), which overlap more than unrelated texts do,
as comments on the same draft do."""

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "similarity"
LETTER_EN = (FIXTURES / "form_letter.en.txt").read_text(encoding="utf-8").strip()
LETTER_EN_SENTENCES = re.split(r"(?<=\.) ", LETTER_EN)
LETTER_ZH = (FIXTURES / "form_letter.zh.txt").read_text(encoding="utf-8").strip()
VOCABULARY: dict[str, dict[str, list[str]]] = json.loads(
    (FIXTURES / "comment_vocabulary.json").read_text(encoding="utf-8")
)


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
    _edit_lightly(rng, words, vocab["fillers"], lambda word: typo(rng, word))
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


def _edit_lightly(
    rng: random.Random, units: list[str], fillers: list[str], mistype: Callable[[str], str]
) -> None:
    """One to eight edits of a text's words or characters, in place: two swapped, one
    dropped, a filler inserted, one mistyped."""
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(units) - 1)
        operation = rng.choice(("swap", "delete", "insert", "typo"))
        if operation == "swap":
            units[position], units[position + 1] = units[position + 1], units[position]
        elif operation == "delete":
            del units[position]
        elif operation == "insert":
            units.insert(position, rng.choice(fillers))
        else:
            units[position] = mistype(units[position])


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
    _edit_lightly(rng, characters, vocab["fillers"], lambda _: rng.choice(LETTER_ZH))
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
