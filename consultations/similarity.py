"""Language-independent near-duplicate detection and clustering of comments.

Both form-letter campaign detection (moderation) and the clusters of similar comments in the
synthesis (consultations) rest on the same pure primitives here. Nothing in this module touches
the database or keeps state between calls, so any number of API workers can use it.

Text model
    ``normalize_for_shingles`` applies NFKC (full-width and half-width forms become the same
    characters), case folding, NFKC again (case folding can undo it), and then drops every
    punctuation mark, separator (spaces, line breaks, ideographic space) and control/format
    character (zero-width joiners, BOMs), plus the Arabic tatweel, which is pure typographic
    stretching. What remains is a run of letters, digits, marks and symbols. Shingles are the
    overlapping ``SHINGLE_SIZE``-character substrings of that run, so the same code serves
    Chinese (no spaces) and Latin, Cyrillic or Arabic text alike, and punctuation or spacing
    edits change nothing. A text whose normalised form is shorter than a shingle becomes one
    shingle: the whole normalised text. Characters that NFKC would turn into ASCII punctuation
    or spaces (full-width commas, ideographic spaces, ellipses) are replaced by a space before
    normalising: the result is the same, and most Chinese text then passes NFKC's quick check
    instead of going through CPython's full normalisation (0.15 µs a character).

Amendments
    An amendment's proposed text is mostly the paragraph it amends: compared whole, amendments
    to one paragraph proposing different changes looked like copies of one letter. So
    ``comment_text`` compares an amendment by its body and what its proposed text changes in the
    anchored paragraph (``proposed_change``): the words of both texts (normalised as above, the
    dropped characters separating words, each character of a script written without spaces a
    word of its own) are compared with ``difflib``, and every deleted word is written with a
    leading ``⊖``, every inserted one with ``⊕``. Those marks are symbols, which normalisation
    keeps: deleting "fair" and inserting it differ. Copies of one amendment (one change, one
    explanation lightly edited) still match. A general amendment, an unknown paragraph, and a
    proposed text that is not an edit of the paragraph (fewer than ``EDIT_MIN_RATIO`` of their
    words in common: a rewrite, or a text in another language, whose "change" would be the
    whole paragraph deleted, the same for all of them) are compared by the whole proposed text.

    The body and the change are one text to the signature, and a change of a word or two weighs
    little beside an explanation of a sentence: amendments sharing a stock explanation ("We
    propose the following amendment to this paragraph.") matched whatever they changed. So the
    stored signature of an amendment that changes words (``comment_signature_bytes``) carries a
    second signature, of what it is compared by besides its body, and two comments are near
    duplicates only when both their whole texts and those changes are (``StackedSignatures``):
    different edits of one paragraph are never one campaign, while copies of one amendment
    (near-same explanation, same or near-same change) still are; an amendment changing words
    never matches a comment that changes none.

Signatures
    A signature is the MinHash of the shingle set in ``datasketch``'s ``affine32`` scheme
    (``NUM_PERM`` permutations, seed ``MINHASH_SEED``): a tuple of ``NUM_PERM`` unsigned 32-bit
    ints, stored as ``NUM_PERM * 4`` little-endian bytes (``signature_bytes``). Each shingle is
    hashed by a fixed 64-bit mixing chain over its code points, folded to 32 bits and computed
    for all shingles at once with numpy (per-shingle SHA-1 made signing three times slower).
    Then, as ``MinHash.update_batch`` does for ``affine32``, each hash goes through MurmurHash3's
    32-bit finaliser, each permutation maps it to ``a * h + b mod 2**32`` (``a`` and ``b`` drawn
    by datasketch from the seed), and the signature keeps each permutation's minimum, starting
    from ``2**32 - 1``. The module computes these steps itself on the array of shingle hashes,
    bit for bit as ``update_batch`` does (the tests compare the two): ``update_batch`` calls its
    hash function once per shingle in Python and turns the results back into an array, which
    made that step two to three times slower. Nothing depends on Python's randomised ``hash()``,
    so every process and every machine computes the same signature and band keys.
    ``SIGNATURE_SCHEME`` names the parameters: if it ever changes, stored signatures and band
    keys must be recomputed.

    A text with nothing left after normalisation (empty, only spaces or punctuation) has the
    empty signature ``()``, no band keys, and an estimated Jaccard of 0.0 with everything,
    itself included: two empty comments are not a campaign.

Campaigns (incremental, multi-worker safe)
    Per comment, the caller stores ``signature_bytes(text)`` and one row ``(round_id, band_key,
    comment_id)`` per ``band_keys`` entry. For a new comment, the comments sharing any band key
    in the round are the candidates; ``near_duplicates`` keeps those whose estimated Jaccard
    similarity is at least ``CAMPAIGN_THRESHOLD``. The caller then joins the new comment to the
    campaign of its matches (creating one with the matches if none has one yet, and merging
    several campaigns into the oldest). Campaigns are therefore the connected components of the
    near-duplicate graph, whatever order comments arrive in. The candidate query must not return
    the new comment itself (or the caller filters it out).

    ``CAMPAIGN_THRESHOLD`` is 0.6: light edits of a letter of a hundred words or more (own
    greeting and signature, a handful of word edits and typos, punctuation) stay well above it
    against the original and most other copies, while distinct comments that quote the same
    sentence of a draft or share stock policy phrases stay below it.

    The bands (``LSH_BANDS`` bands of ``LSH_ROWS`` rows) put the LSH threshold near 0.42, below
    ``CAMPAIGN_THRESHOLD``, so a pair at the campaign threshold is a candidate with probability
    0.99 and a pair at 0.7 with probability above 0.999, while unrelated comments (Jaccard
    around 0.1) collide in about 0.3% of cases.

    Very short identical texts ("I agree.") are near-duplicates like any others: a campaign of
    one-line messages is still a coordinated campaign.

Synthesis clusters
    ``cluster_texts`` groups comments whose estimated Jaccard similarity is at least the threshold
    (default ``CLUSTER_THRESHOLD``, 0.5), again as connected components, comparing every pair (the
    per-anchor comment sets of a synthesis are small enough: about 3 s for 5,000 comments). The
    similarity is textual: it finds shared wording, not paraphrase, and lower thresholds chain
    unrelated comments that share stock phrases into one component. Clusters smaller than
    ``min_size`` are left out: with the default ``min_size=2``, singletons are excluded and the
    caller lists them separately (``min_size=1`` returns them as clusters of one). The
    representative is the medoid (highest total similarity to the other members, ties to the
    smallest id), and its excerpt comes from ``excerpt``.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

import numpy as np
import numpy.typing as npt
from datasketch import MinHash

from core.graphemes import grapheme_cluster_start

SHINGLE_SIZE: Final = 5
NUM_PERM: Final = 128
MINHASH_SEED: Final = 1
LSH_BANDS: Final = 32
LSH_ROWS: Final = 4
CAMPAIGN_THRESHOLD: Final = 0.6
CLUSTER_THRESHOLD: Final = 0.5
EDIT_MIN_RATIO: Final = 0.5
SIGNATURE_SCHEME: Final = (
    f"minhash-affine32-mix64/k{SHINGLE_SIZE}/p{NUM_PERM}/s{MINHASH_SEED}/b{LSH_BANDS}r{LSH_ROWS}"
)

Signature = tuple[int, ...]
Key = TypeVar("Key")
# Stored signatures can be passed as the bytes of ``signature_to_bytes`` without decoding.
SignatureLike = Sequence[int] | bytes

_SIGNATURE_DTYPE: Final = np.dtype("<u4")
_SIGNATURE_BYTES: Final = NUM_PERM * _SIGNATURE_DTYPE.itemsize
_BAND_BYTES: Final = LSH_ROWS * _SIGNATURE_DTYPE.itemsize
_BAND_DIGEST_BYTES: Final = 8
# The change's row of a comment that changes no words: masked out, never compared.
_NO_EDIT: Final = np.zeros(NUM_PERM, dtype=np.uint32)
_DROPPED_CATEGORY_PREFIXES: Final = ("P", "Z", "C")
_ARABIC_TATWEEL: Final = "\u0640"
_CODE_POINT_DTYPE: Final = np.dtype("<u4")
_SPACE: Final = np.uint32(ord(" "))
_PAIRWISE_BLOCK_CELLS: Final = 1 << 24
# Symbols, so that normalisation keeps them: an inserted word and the same word deleted differ.
_INSERTED_MARK: Final = "\u2295"
_DELETED_MARK: Final = "\u2296"
# Punctuation that reads wrong right before the ellipsis: commas, full stops, dashes, openers.
_DANGLING_CATEGORIES: Final = frozenset({"Po", "Pd", "Ps", "Pi", "Zs"})


def _constant(value: int, dtype: type[np.unsignedinteger[Any]]) -> npt.NDArray[Any]:
    # A 0-d array, not a numpy scalar: numpy converts a scalar operand anew on every operation,
    # which made the fifty small operations of hashing a comment's shingles a third slower.
    return np.array(value, dtype=dtype)


_MIX_MULTIPLIER: Final = _constant(0x9E3779B97F4A7C15, np.uint64)
_FMIX64_SHIFT: Final = _constant(33, np.uint64)
_FMIX64_MULTIPLIERS: Final = (
    _constant(0xFF51AFD7ED558CCD, np.uint64),
    _constant(0xC4CEB9FE1A85EC53, np.uint64),
)
_HALF_WORD: Final = _constant(32, np.uint64)
# MurmurHash3's 32-bit finaliser as datasketch's ``_fmix`` applies it for ``affine32``.
_FMIX32_SHIFTS: Final = (_constant(16, np.uint32), _constant(13, np.uint32))
_FMIX32_MULTIPLIERS: Final = (_constant(0x85EBCA6B, np.uint32), _constant(0xC2B2AE35, np.uint32))

# Permutations are drawn once by datasketch from its seeded numpy generator, so they stay
# exactly the ones ``MinHash(seed=MINHASH_SEED, scheme="affine32")`` uses.
_PERMUTATIONS: Final = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme="affine32").permutations
# As columns, so that one block of shingles is permuted as a (NUM_PERM x shingles) array; in
# uint32 whatever datasketch stores them in, so that the arithmetic wraps around at 2**32.
_MULTIPLIERS: Final = _PERMUTATIONS[0].astype(np.uint32).reshape(NUM_PERM, 1)
_INCREMENTS: Final = _PERMUTATIONS[1].astype(np.uint32).reshape(NUM_PERM, 1)
# datasketch's initial hash values for affine32: the largest uint32.
_EMPTY_MINIMUM: Final = np.iinfo(np.uint32).max
# Bounds the (NUM_PERM x shingles) intermediate to 4 MB (the longest comments would need 15 MB
# at once); blocks of 1,024 shingles measured up to three times slower on long texts.
_SHINGLES_PER_BLOCK: Final = 8192

_BANDS: Final = tuple(
    (f"{band:02d}-", band * _BAND_BYTES, (band + 1) * _BAND_BYTES) for band in range(LSH_BANDS)
)
# Copying a prepared hasher costs half as much as constructing one per band.
_BAND_HASHER: Final = hashlib.blake2b(digest_size=_BAND_DIGEST_BYTES)

# What normalisation needs to know about each code point, decided on first sight (see
# ``_character_flags``). Untouched pages of the zeroed table take no memory.
_CHARACTER_FLAGS: Final = np.zeros(sys.maxunicode + 1, dtype=np.uint8)
_DECIDED: Final = 1
# Dropped from the normalised text: punctuation, separators, control/format, the tatweel.
_DROPPED: Final = 2
# NFKC turns it into ASCII punctuation or spaces only (full-width commas, no-break spaces,
# ellipses): see ``_blank_ascii_compatibility_punctuation``.
_BLANKED: Final = 4


def comment_text(body: str, proposed_text: str | None, paragraph_text: str | None = None) -> str:
    """What a comment says, for near-duplicate detection (see "Amendments" in the module
    docstring): its body, and for an amendment what its proposed text changes in
    ``paragraph_text``, the anchored paragraph (in the version's original language); its whole
    proposed text when the paragraph is unknown (general amendments) or when the proposed text
    is not an edit of it."""
    return _with_edit(body, _compared_edit(proposed_text, paragraph_text))


def _with_edit(body: str, edit: str) -> str:
    return f"{body}\n\n{edit}" if edit else body


def comment_signature_bytes(
    body: str, proposed_text: str | None, paragraph_text: str | None = None
) -> bytes:
    """What campaign detection stores of a comment (see "Amendments" in the module docstring):
    ``signature_bytes`` of its ``comment_text``, and for an amendment that changes words the
    signature of that change alone after it."""
    # The paragraph is diffed once, for both signatures (a submission computes them per
    # request).
    edit = _compared_edit(proposed_text, paragraph_text)
    whole = signature_bytes(_with_edit(body, edit))
    if not whole or not edit:
        return whole
    return whole + signature_bytes(edit)


def _compared_edit(proposed_text: str | None, paragraph_text: str | None) -> str:
    """What an amendment is compared by besides its body: the change it makes to the paragraph,
    or its whole proposed text when it is no edit of it (or the paragraph is unknown)."""
    if not proposed_text:
        return ""
    change = None if paragraph_text is None else proposed_change(paragraph_text, proposed_text)
    return proposed_text if change is None else change


@dataclass(frozen=True, slots=True)
class TokenEdit:
    """One token list edited into another: the common ends set aside (``head`` and ``tail``
    tokens) and ``difflib`` opcodes over the middles between them."""

    head: int
    tail: int
    old_middle: Sequence[str]
    new_middle: Sequence[str]
    opcodes: Sequence[tuple[str, int, int, int, int]]


def token_edit(
    before: Sequence[str],
    after: Sequence[str],
    min_shared: float,
    max_work: int | None = None,
) -> TokenEdit | None:
    """How ``after`` edits ``before``; None when fewer than ``min_shared`` of their tokens are in
    common (a rewrite, another language) or, with ``max_work``, when the middles to compare are
    larger than that product of lengths."""
    total = len(before) + len(after)
    # Most amendments change a few places: the common ends are set aside before comparing, so
    # that difflib, quadratic at worst, only sees what lies between the first and last change.
    shorter = min(len(before), len(after))
    head = 0
    while head < shorter and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < shorter - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    old_middle = before[head : len(before) - tail]
    new_middle = after[head : len(after) - tail]
    if max_work is not None and len(old_middle) * len(new_middle) > max_work:
        return None
    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    # quick_ratio bounds the middle's matches from above in linear time: most rewrites are told
    # from edits without the full comparison.
    bound = matcher.quick_ratio() * (len(old_middle) + len(new_middle)) / 2
    if 2 * (head + tail + bound) < min_shared * total:
        return None
    opcodes = matcher.get_opcodes()
    matched = sum(end - start for tag, start, end, _, _ in opcodes if tag == "equal")
    if 2 * (head + tail + matched) < min_shared * total:
        return None
    return TokenEdit(head, tail, old_middle, new_middle, opcodes)


def proposed_change(paragraph_text: str, proposed_text: str) -> str | None:
    """The words ``proposed_text`` deletes from ``paragraph_text``, each marked ``⊖``, and
    those it inserts, each marked ``⊕``, change after change (a word-level ``difflib``
    comparison; each character is a word in scripts written without spaces). Empty when it
    changes only punctuation, spacing, case or width; None when it is not an edit of the
    paragraph: fewer than ``EDIT_MIN_RATIO`` of their words in common."""
    edit = token_edit(_words(paragraph_text), _words(proposed_text), EDIT_MIN_RATIO)
    if edit is None:
        return None
    changes = [
        " ".join(
            [_DELETED_MARK + word for word in edit.old_middle[old_start:old_end]]
            + [_INSERTED_MARK + word for word in edit.new_middle[new_start:new_end]]
        )
        for tag, old_start, old_end, new_start, new_end in edit.opcodes
        if tag != "equal"
    ]
    return "\n".join(changes)


def normalize_for_shingles(text: str) -> str:
    """NFKC, case-fold, NFKC again, and drop punctuation, separators and control/format
    characters (see the module docstring)."""
    return _normalized_code_points(text).tobytes().decode("utf-32-le")


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[bytes]:
    """The UTF-8 encoded ``k``-character shingles of the normalised text (see module doc)."""
    if k < 1:
        raise ValueError("shingle size must be positive")
    normalized = normalize_for_shingles(text)
    if not normalized:
        return set()
    if len(normalized) <= k:
        return {normalized.encode()}
    return {normalized[start : start + k].encode() for start in range(len(normalized) - k + 1)}


def signature(text: str) -> Signature:
    """The MinHash of the text's shingles: ``NUM_PERM`` ints, or ``()`` for an empty text."""
    return tuple(_minimums(text).tolist())


def signature_bytes(text: str) -> bytes:
    """The stored form of the text's signature, ``signature_to_bytes(signature(text))``
    (empty bytes for an empty text), without going through Python ints."""
    return _minimums(text).astype(_SIGNATURE_DTYPE, copy=False).tobytes()


def signature_to_bytes(sig: SignatureLike) -> bytes:
    """``NUM_PERM * 4`` little-endian bytes (empty bytes for the empty signature)."""
    return _as_array(sig).astype(_SIGNATURE_DTYPE).tobytes()


def signature_from_bytes(data: bytes) -> Signature:
    """Inverse of ``signature_to_bytes``."""
    return tuple(_as_array(data).tolist())


def band_keys(sig: SignatureLike) -> tuple[str, ...]:
    """LSH band keys ``"BB-hhhhhhhhhhhhhhhh"``: band index, 64-bit BLAKE2b of the band's
    ``LSH_ROWS`` little-endian uint32 values. Stored bytes (``signature_bytes``) are hashed as
    they are, without decoding."""
    if isinstance(sig, bytes) and len(sig) in (_SIGNATURE_BYTES, 2 * _SIGNATURE_BYTES):
        # An amendment's stored bytes: its whole text's signature makes the candidates.
        data = sig[:_SIGNATURE_BYTES]
    else:
        data = signature_to_bytes(sig)
    if not data:
        return ()
    keys = []
    for prefix, start, end in _BANDS:
        hasher = _BAND_HASHER.copy()
        hasher.update(data[start:end])
        keys.append(prefix + hasher.hexdigest())
    return tuple(keys)


def estimated_jaccard(a: SignatureLike, b: SignatureLike) -> float:
    """Share of equal MinHash values; 0.0 when either signature is empty."""
    left, right = _as_array(a), _as_array(b)
    if not left.size or not right.size:
        return 0.0
    return int(np.count_nonzero(left == right)) / NUM_PERM


def near_duplicates(
    sig: SignatureLike,
    candidates: Iterable[tuple[str, SignatureLike]],
    threshold: float = CAMPAIGN_THRESHOLD,
) -> list[str]:
    """Ids of the candidates whose estimated Jaccard with ``sig`` is at least ``threshold``."""
    return sorted(StackedSignatures(candidates).near_duplicates(sig, threshold=threshold))


class StackedSignatures(Generic[Key]):
    """Signatures (stored or computed) stacked once as the rows of one matrix, so that many
    comments can each be matched against their own subset of them: the new comments of a
    batch against their LSH candidates. Empty signatures match nothing and are left out.
    Stored bytes of an amendment (``comment_signature_bytes``) match only those whose change
    matches too (see "Amendments" in the module docstring)."""

    def __init__(self, signatures: Iterable[tuple[Key, SignatureLike]]) -> None:
        self._keys: list[Key] = []
        rows: list[npt.NDArray[np.uint32]] = []
        edit_rows: list[npt.NDArray[np.uint32]] = []
        for key, sig in signatures:
            values, edit = _whole_and_edit(sig)
            if values.size:
                self._keys.append(key)
                rows.append(values)
                edit_rows.append(edit)
        self._row_of = {key: row for row, key in enumerate(self._keys)}
        self._matrix = np.stack(rows) if rows else np.empty((0, NUM_PERM), dtype=np.uint32)
        self._has_edit = np.array([edit.size > 0 for edit in edit_rows], dtype=bool)
        edits = [edit if edit.size else _NO_EDIT for edit in edit_rows]
        self._edits = np.stack(edits) if edits else np.empty((0, NUM_PERM), dtype=np.uint32)

    def near_duplicates(
        self,
        sig: SignatureLike,
        among: Iterable[Key] | None = None,
        threshold: float = CAMPAIGN_THRESHOLD,
    ) -> list[Key]:
        """The keys (of ``among``, or of all) whose estimated Jaccard with ``sig`` is at least
        ``threshold``, in the order they were stacked."""
        target, target_edit = _whole_and_edit(sig)
        if not target.size:
            return []
        if among is None:
            rows = np.arange(len(self._keys))
        else:
            rows = np.array(
                sorted({self._row_of[key] for key in among if key in self._row_of}),
                dtype=np.intp,
            )
        if not rows.size:
            return []
        agreement = np.count_nonzero(self._matrix[rows] == target, axis=1) / NUM_PERM
        matching = agreement >= threshold
        if target_edit.size:
            edit_agreement = np.count_nonzero(self._edits[rows] == target_edit, axis=1) / NUM_PERM
            matching &= self._has_edit[rows] & (edit_agreement >= threshold)
        else:
            matching &= ~self._has_edit[rows]
        return [self._keys[rows[index]] for index in np.flatnonzero(matching)]


@dataclass(frozen=True, slots=True)
class Cluster:
    member_ids: tuple[str, ...]
    representative_id: str
    representative_excerpt: str

    @property
    def size(self) -> int:
        return len(self.member_ids)


def cluster_texts(
    items: Sequence[tuple[str, str]],
    threshold: float = CLUSTER_THRESHOLD,
    min_size: int = 2,
) -> list[Cluster]:
    """Connected components of ``(comment_id, text)`` items at estimated Jaccard >= threshold.

    Deterministic: the same items in any order give the same clusters, members sorted by id,
    clusters ordered by size (largest first) then by first member id. Clusters smaller than
    ``min_size`` are omitted. Comment ids must be unique.
    """
    if min_size < 1:
        raise ValueError("min_size must be at least 1")
    ordered = sorted(items)
    ids = [comment_id for comment_id, _ in ordered]
    if len(set(ids)) != len(ids):
        raise ValueError("comment ids must be unique")
    texts = dict(ordered)
    signed = [(comment_id, signature(text)) for comment_id, text in ordered]
    signatures = dict(signed)
    # Empty texts share nothing with anything, so each is its own cluster.
    with_content = [(comment_id, sig) for comment_id, sig in signed if sig]
    groups: list[list[str]] = [[comment_id] for comment_id, sig in signed if not sig]
    if with_content:
        matrix = np.asarray([sig for _, sig in with_content], dtype=np.uint32)
        components = _connected_components(matrix, threshold)
        groups.extend([with_content[index][0] for index in component] for component in components)
    clusters = []
    for group in groups:
        if len(group) < min_size:
            continue
        member_ids = tuple(sorted(group))
        representative_id = _medoid(member_ids, signatures)
        clusters.append(
            Cluster(
                member_ids=member_ids,
                representative_id=representative_id,
                representative_excerpt=excerpt(texts[representative_id]),
            )
        )
    clusters.sort(key=lambda cluster: (-cluster.size, cluster.member_ids[0]))
    return clusters


_BLANK_LINES = re.compile(r"\n{3,}")


def excerpt(text: str, limit: int = 280, *, keep_line_breaks: bool = False) -> str:
    """NFC text with whitespace collapsed, cut to at most ``limit`` characters; with
    ``keep_line_breaks``, the whitespace within each line, its line breaks kept and each run of
    blank lines made one (a comment's paragraphs and numbered points stay apart as written).

    A cut text ends with "…" (counted in the limit). In scripts written with spaces the cut
    falls at the last word boundary (unless that would drop more than a third of the excerpt);
    in Chinese, Japanese, Thai and the like it falls between characters. It falls between
    extended grapheme clusters (UAX #29): never inside a flag, an emoji joined by zero-width
    joiners or given a skin tone, a Hangul syllable spelt in jamo, or between a character and its
    combining marks.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    normalized = unicodedata.normalize("NFC", text)
    if keep_line_breaks:
        lines = "\n".join(" ".join(line.split()) for line in normalized.splitlines())
        collapsed = _BLANK_LINES.sub("\n\n", lines).strip("\n")
    else:
        collapsed = " ".join(normalized.split())
    if len(collapsed) <= limit:
        return collapsed
    cut = grapheme_cluster_start(collapsed, limit - 1)
    if cut > 0 and _inside_word(collapsed, cut):
        boundary = _last_word_boundary(collapsed, cut)
        if boundary >= cut * 2 // 3:
            cut = grapheme_cluster_start(collapsed, boundary)
    head = collapsed[:cut].rstrip()
    while head and unicodedata.category(head[-1]) in _DANGLING_CATEGORIES:
        head = head[:-1].rstrip()
    return f"{head}…"


def _minimums(text: str) -> npt.NDArray[np.uint32]:
    """The signature as an array: what ``MinHash.update_batch`` computes for ``affine32`` over
    the shingle hashes, without its call per shingle (see the module docstring)."""
    codes = _normalized_code_points(text)
    if not codes.size:
        return np.empty(0, dtype=np.uint32)
    mixed = _fmix32(_shingle_hashes(codes))
    minimums = np.full(NUM_PERM, _EMPTY_MINIMUM, dtype=np.uint32)
    for start in range(0, len(mixed), _SHINGLES_PER_BLOCK):
        permuted = _MULTIPLIERS * mixed[start : start + _SHINGLES_PER_BLOCK]
        permuted += _INCREMENTS
        np.minimum(minimums, permuted.min(axis=1), out=minimums)
    return minimums


def _normalized_code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``normalize_for_shingles(text)``."""
    if not unicodedata.is_normalized("NFKC", text):
        text = _blank_ascii_compatibility_punctuation(text)
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    codes = _code_points(folded)
    kept: npt.NDArray[np.uint32] = codes[(_character_flags(codes) & _DROPPED) == 0]
    return kept


def _words(text: str) -> list[str]:
    """The words of the normalised text (``normalize_for_shingles`` before its dropped
    characters are removed): what lies between dropped characters, each character of a script
    written without spaces (``_SPACELESS_RANGES``) a word of its own."""
    if not unicodedata.is_normalized("NFKC", text):
        text = _blank_ascii_compatibility_punctuation(text)
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    codes = _code_points(folded)
    dropped = (_character_flags(codes) & _DROPPED) != 0
    spaced = np.where(dropped, _SPACE, codes).astype(_CODE_POINT_DTYPE, copy=False)
    runs = spaced.tobytes().decode("utf-32-le", "surrogatepass").split()
    return [word for run in runs for word in _WORD_IN_RUN.findall(run)]


def _blank_ascii_compatibility_punctuation(text: str) -> str:
    """The text with a space for each character whose NFKC form is only ASCII punctuation and
    spaces (full-width commas and colons, ideographic and no-break spaces, ellipses).

    Normalising it gives the same result: both forms are dropped, and neither composes with its
    neighbours (no ASCII punctuation or space is part of a canonical composition; the tests check
    every code point). But Chinese with full-width punctuation then usually passes NFKC's quick
    check instead of going through CPython's full normalisation.
    """
    codes = _code_points(text)
    blanked = (_character_flags(codes) & _BLANKED) != 0
    if not blanked.any():
        return text
    spaced = np.where(blanked, _SPACE, codes).astype(_CODE_POINT_DTYPE, copy=False)
    return spaced.tobytes().decode("utf-32-le", "surrogatepass")


def _code_points(text: str) -> npt.NDArray[np.uint32]:
    # Lone surrogates are valid in a str; they are format characters, dropped like the others.
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=_CODE_POINT_DTYPE)


def _character_flags(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint8]:
    flags = _CHARACTER_FLAGS[codes]
    if not flags.all():
        # Concurrent callers may decide the same code point: they write the same flags.
        for code in np.unique(codes[flags == 0]).tolist():
            _CHARACTER_FLAGS[code] = _decided_flags(chr(code))
        flags = _CHARACTER_FLAGS[codes]
    return flags


def _decided_flags(char: str) -> int:
    flags = _DECIDED
    if _is_dropped(char):
        flags |= _DROPPED
    compatible = unicodedata.normalize("NFKD", char)
    if compatible != char and all(part.isascii() and _is_dropped(part) for part in compatible):
        flags |= _BLANKED
    return flags


def _is_dropped(char: str) -> bool:
    return char == _ARABIC_TATWEEL or unicodedata.category(char).startswith(
        _DROPPED_CATEGORY_PREFIXES
    )


def _shingle_hashes(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """32-bit hashes of the ``SHINGLE_SIZE``-code-point windows of the normalised code points
    (one window, the whole run, when it is shorter)."""
    # Converted once: XOR with the uint32 slices would convert each of them anew.
    wide = codes.astype(np.uint64)
    width = min(SHINGLE_SIZE, len(wide))
    count = len(wide) - width + 1
    hashes = np.full(count, width, dtype=np.uint64)
    for offset in range(width):
        hashes = _fmix64((hashes ^ wide[offset : offset + count]) * _MIX_MULTIPLIER)
    folded: npt.NDArray[np.uint32] = ((hashes >> _HALF_WORD) ^ hashes).astype(np.uint32)
    return folded


def _fmix64(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """MurmurHash3's finaliser: an avalanching bijection on 64-bit words."""
    first, second = _FMIX64_MULTIPLIERS
    values = (values ^ (values >> _FMIX64_SHIFT)) * first
    values = (values ^ (values >> _FMIX64_SHIFT)) * second
    mixed: npt.NDArray[np.uint64] = values ^ (values >> _FMIX64_SHIFT)
    return mixed


def _fmix32(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's 32-bit finaliser, datasketch's pre-mix of each hash for ``affine32``."""
    outer_shift, middle_shift = _FMIX32_SHIFTS
    first, second = _FMIX32_MULTIPLIERS
    values = (values ^ (values >> outer_shift)) * first
    values = (values ^ (values >> middle_shift)) * second
    mixed: npt.NDArray[np.uint32] = values ^ (values >> outer_shift)
    return mixed


def _whole_and_edit(
    sig: SignatureLike,
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """The whole text's signature and the change's (empty when there is none) of a signature or
    of stored bytes (``comment_signature_bytes``)."""
    if isinstance(sig, bytes | bytearray | memoryview) and len(sig) == 2 * _SIGNATURE_BYTES:
        return _as_array(sig[:_SIGNATURE_BYTES]), _as_array(sig[_SIGNATURE_BYTES:])
    return _as_array(sig), np.empty(0, dtype=np.uint32)


def _as_array(sig: SignatureLike) -> npt.NDArray[np.uint32]:
    if isinstance(sig, bytes | bytearray | memoryview):
        if len(sig) not in (0, NUM_PERM * _SIGNATURE_DTYPE.itemsize):
            raise ValueError(f"a stored signature has {NUM_PERM * 4} bytes, not {len(sig)}")
        return np.frombuffer(sig, dtype=_SIGNATURE_DTYPE).astype(np.uint32)
    if len(sig) not in (0, NUM_PERM):
        raise ValueError(f"a signature has {NUM_PERM} values, not {len(sig)}")
    return np.asarray(sig, dtype=np.uint32)


def _connected_components(matrix: npt.NDArray[np.uint32], threshold: float) -> list[list[int]]:
    count = len(matrix)
    sources: list[npt.NDArray[np.intp]] = []
    targets: list[npt.NDArray[np.intp]] = []
    block = max(1, _PAIRWISE_BLOCK_CELLS // (count * NUM_PERM))
    for start in range(0, count, block):
        rows = matrix[start : start + block]
        # Only columns from `start` on: each pair is compared once, from its smaller index.
        agreement = np.count_nonzero(rows[:, None, :] == matrix[None, start:, :], axis=2)
        row_offsets, column_offsets = np.nonzero(agreement / NUM_PERM >= threshold)
        rows_index = row_offsets + start
        columns_index = column_offsets + start
        distinct = rows_index < columns_index
        sources.append(rows_index[distinct])
        targets.append(columns_index[distinct])
    labels = _min_label_per_component(count, np.concatenate(sources), np.concatenate(targets))
    components: dict[int, list[int]] = {}
    for node, label in enumerate(labels.tolist()):
        components.setdefault(label, []).append(node)
    return list(components.values())


def _min_label_per_component(
    count: int, sources: npt.NDArray[np.intp], targets: npt.NDArray[np.intp]
) -> npt.NDArray[np.intp]:
    """Label every node with the smallest node of its component (min-label propagation).

    Labels only decrease and always name a node of the same component, so the loop ends; at the
    fixed point both ends of every edge carry the same label, hence one label per component.
    """
    labels = np.arange(count)
    while True:
        lowest = np.minimum(labels[sources], labels[targets])
        updated = labels.copy()
        np.minimum.at(updated, sources, lowest)
        np.minimum.at(updated, targets, lowest)
        updated = updated[updated]
        if np.array_equal(updated, labels):
            return labels
        labels = updated


def _medoid(member_ids: tuple[str, ...], signatures: dict[str, Signature]) -> str:
    if len(member_ids) == 1:
        return member_ids[0]
    matrix = np.asarray([signatures[member_id] for member_id in member_ids], dtype=np.uint32)
    totals = np.zeros(len(member_ids), dtype=np.int64)
    block = max(1, _PAIRWISE_BLOCK_CELLS // (len(member_ids) * NUM_PERM))
    for start in range(0, len(member_ids), block):
        rows = matrix[start : start + block]
        totals[start : start + block] = np.count_nonzero(
            rows[:, None, :] == matrix[None, :, :], axis=(1, 2)
        )
    # argmax returns the first maximum, which is the smallest id because members are sorted.
    return member_ids[int(np.argmax(totals))]


def _last_word_boundary(text: str, cut: int) -> int:
    for index in range(cut - 1, 0, -1):
        if not _inside_word(text, index):
            return index
    return 0


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _inside_word(text: str, cut: int) -> bool:
    before, after = text[cut - 1], text[cut]
    return (
        _is_word_char(before)
        and _is_word_char(after)
        and not _is_spaceless_script(before)
        and not _is_spaceless_script(after)
    )


_SPACELESS_RANGES: Final = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x9FFF),  # CJK radicals, kana, CJK symbols, ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width katakana
    (0x20000, 0x3FFFF),  # CJK extensions
)


_SPACELESS_CLASS: Final = "".join(f"{chr(low)}-{chr(high)}" for low, high in _SPACELESS_RANGES)
_WORD_IN_RUN: Final = re.compile(f"[{_SPACELESS_CLASS}]|[^{_SPACELESS_CLASS}]+")


def _is_spaceless_script(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _SPACELESS_RANGES)
