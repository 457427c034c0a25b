"""Re-anchoring across document revisions, and W3C TextQuoteSelector matching.

Everything here is pure: paragraphs and quotes in, frozen dataclasses out, no database.

Text normalisation (three forms, all language-independent, character based)
    *Quote form* (``quote_occurs``, ``locate_quote``): NFC; every run of Unicode whitespace
    (including no-break and ideographic spaces, line breaks) becomes one U+0020, and none is left
    beside a character of a script written without spaces (Han, kana, CJK punctuation; not
    Hangul), so "2025 年 12 月" matches "2025年12月" and a line break between two ideographs
    counts for nothing; full-width ASCII
    forms U+FF01..U+FF5E become their ASCII counterparts (so "，" matches "," and "（" matches
    "("); curly single and double quotation marks become straight ones; invisible characters
    the parser removes from every stored text (zero-width, soft hyphen, bidi marks such as RLM,
    the Arabic Letter Mark and the isolates, ``parser_text.INVISIBLE_CHARACTERS``) are left out,
    so a quote copied from the printed document with them still matches. Case is kept. This form
    keeps one character per source character run, so offsets map back to the caller's text.
    The *loose* variant additionally lower-cases each character (where that keeps its length);
    it is what fuzzy matching and context scoring compare.
    *Similarity form* (``text_similarity``, paragraph matching): NFKC (which folds widths, "，"
    to ","), case folding, curly quotation marks straightened as in the quote form (NFKC
    leaves them, and “数据” against "数据" scored 0.46), whitespace as in the quote form (runs
    folded to one space, none beside a character of a script written without spaces), trimmed:
    a typesetting pass ("2015年9月" -> "2015 年 9 月", curly quotes to straight) scores as the
    width, case or quotation-mark edit it is, not as a rewrite.
    A quote not found in the quote form is looked for again with every hyphen between two
    letters left out of quote and text (``quote_as_printed``): the parser keeps a line-end
    hyphen ("corres-" + "pondence"), which cannot be told from a compound's ("open-" + "ended"),
    so "correspondence" is found where the text prints "corres-pondence".
    *Status form* (``unchanged`` versus ``modified``): NFC, whitespace as in the quote form
    (runs folded to one space, none beside a character of a script written without spaces),
    trimmed; nothing else folded. A paragraph whose only edit is case, punctuation width ("，"
    to ",") or quotation marks (curly to straight) is therefore ``modified`` (with similarity
    0.9999 at most), while reflowed whitespace alone leaves it ``unchanged``.

Text similarity
    Dice coefficient of the sets of character n-grams of the similarity forms: 3-grams, or, when
    both texts are mostly CJK letters (Han, kana, Hangul), characters and bigrams in one set,
    since one character is nearly a word there and 3-grams would make a one-character edit in a
    short paragraph look like a rewrite; shorter n-grams when either text is shorter than n.
    Bigrams alone scored a Chinese rewrite 0.05-0.2 below the same rewrite in English, so a
    revision could be ``modified`` in English and ``removed`` in Chinese; counting characters too
    brings Chinese within a few hundredths of English (a little below, as a rule), while
    unrelated paragraphs stay as far apart as in English (characters alone, or their counts, put
    some above 0.5). Wherever n-grams are compared below (containment, candidate look-up), a CJK
    text's are these. No word segmentation, so it works the same for Chinese as for English.
    Symmetric, 1.0 for texts equal in the similarity form, 0.0 for disjoint texts or when
    exactly one text is empty. Unrelated paragraphs of one UN text score about 0.1-0.35, light
    edits 0.75-0.99.

Paragraph matching (``diff_versions``)
    1. Paragraphs whose similarity forms are identical and unique on both sides are paired at
       once (sim 1.0). The longest order-preserving chain of these pairs is the *backbone*.
    2. For every other old paragraph, candidates are: new paragraphs with the identical text
       (duplicates), the new paragraph with the same anchor and the new paragraphs next to its
       expected position (interpolated from the backbone); unless one of those already reaches
       ``CONFIDENT_MATCH`` (0.9), also the ``CANDIDATES_PER_PARAGRAPH`` new paragraphs sharing
       most of its ``QUERY_GRAMS`` rarest n-grams (inverted index). Only candidates get a
       detailed similarity; there is no all-pairs comparison.
    3. Candidate pairs with similarity >= ``MATCH_THRESHOLD`` (0.5) are assigned greedily by
       weight = similarity + ``SAME_ANCHOR_BONUS`` (same anchor) + ``ORDER_BONUS`` (the new
       paragraph lies between the new partners of the old paragraph's backbone neighbours), ties
       to the candidate nearest the expected position. Text identity therefore wins over anchor
       identity: when paragraph 5 is deleted, old 6 pairs with the identical new 5 (``moved``),
       never with the different new 6.
       Splits: when an old paragraph's partner is preceded by a run of unpaired new paragraphs
       (in the slot its paired old neighbours leave), each holding at least
       ``ABSORBED_MIN_CONTAINMENT`` (0.8) of its n-grams in the old text, as the partner does,
       the one of the run going on with most of the old text's beginning (longest common
       leading run of the similarity forms, at least ``NGRAM`` characters and longer than the
       partner's; of equals the nearest the partner) takes the old paragraph instead when its
       similarity is >= ``SPLIT_HEAD_MIN_SIMILARITY`` (0.3: the head may be a short first
       sentence, "A." + "B, C and D."): the head of a split keeps the anchor and the other parts
       are added, whichever part is longest, however many parts there are and in any script
       ("A and B" -> "A" + "Also B", "A，并B" -> "A" + "又B", "A, B and C" -> "A." + "B." +
       "C.").
    4. Containment, for texts short enough that a small edit moves the Dice coefficient below
       the threshold ("Data governance" -> "Responsible and interoperable data governance",
       "目标" -> "我们的共同目标"): a still unpaired old paragraph pairs with an unpaired new one
       lying strictly between the new partners of its nearest paired old neighbours, at the
       anchor of the old one or within ``POSITION_WINDOW`` of its position in that slot, when
       the one with fewer n-grams has at least ``CONTAINED_MATCH`` (0.65) of them in the other
       (n-grams at the pair's similarity size). A replacement shares far less (about 0.4 for
       two requests to the Secretary-General) and stays removed and added.
       Renamed headings: a still unpaired old heading of the text's structure (an anchor naming its
       printed number: ``section-4``, ``annex-1/section-2.a``, ``annex-2``, ``appendix-1``,
       ``action-12``, ``annex-1/objective-3``; an action or objective counts one level below a
       section, whose paragraphs it heads) pairs with the unpaired new heading of its kind and depth
       (``section-N``, ``annex-N/section-N.x``, ``annex-N/action-N``) right above the partner of the
       first paired paragraph under it, with only unpaired paragraphs between (its first paragraphs
       may have been deleted or rewritten too; not past a heading as high as the old one, nor when
       that partner lies below the next paired old paragraph's, which it left for another section),
       when the paired old paragraphs above it keep their order: "IV. Human rights online" -> "IV.
       Human rights in the digital age" keeps its place and its paragraphs, whatever the new title,
       and so does "II. Digital inclusion" -> "III. Closing digital divides" below an inserted
       section (``moved``); "Action 12. Establish a global fund" -> "Action 12. Create a financing
       facility" over the same paragraphs likewise.
       A paragraph's number is no such evidence: a different request put in place of a deleted
       one takes its number too.
    5. Merges: a still unpaired old paragraph maps to the new partner of its old neighbour just
       above or below (the better one) when that new paragraph holds at least
       ``ABSORBED_MIN_CONTAINMENT`` (0.8) of its n-grams, and as much of the n-grams it does not
       share with that neighbour, so a deleted near-duplicate of the neighbour is not taken for
       merged in; or, merged without its lead-in ("Emphasizes that the dialogue should include
       X;" -> "…, with X;"), when that new paragraph holds at least half of it word for word, in
       one run past its opening that the neighbour's old text does not hold (a run that long is
       about as long in Chinese as in English); or, merged with light edits ("Also decides that
       the panel shall submit an annual report to the General Assembly;" -> "…, which shall
       present an annual summary report to the General Assembly;"), when that new paragraph
       holds at least ``CONTAINED_MATCH`` (0.65) of its n-grams and as much of those it does not
       share with the neighbour, and what the new paragraph gained in the step (its n-grams none
       of its predecessors had) is at least ``GAINED_MIN_SHARE`` (0.5) this paragraph's: the
       merged clause came from it, as a quote of it would follow there. A neighbour redrafted
       around a deleted paragraph's opening holds less of it and gained words of its own. Several
       old paragraphs then share one new anchor (any number, in a chain).
       Failing that, a still unpaired old paragraph of at least ``RELOCATE_MIN_VERBATIM_CHARS``
       (16) characters maps to any new partner that holds at least 0.8 of its n-grams not
       counting those the partner's own predecessors held, the most, ties to the nearest: a
       paragraph folded into one further down ("6" into the paragraph after "7") is ``moved``
       there, as a quote of it would be, while one whose words were there all along is not.
       A paragraph merged after most of it was cut ("A, including B, and C;" + "Invites D;" ->
       "A, and invites D;"), or of which a clause under half of it went on ("…, bearing in mind
       that women and girls remain under-represented"), holds too little of itself there and is
       ``removed``, its comments orphaned (a known limit): what remains, its opening or a clause,
       cannot be told from words a redrafted neighbour took over ("Invites UNESCO to support X"
       -> "Calls upon Member States to promote, with the support of UNESCO, X" in place of a
       deleted "Calls upon Member States to promote …"), and an orphaned comment shows, where a
       wrongly moved one would not.
    6. Rewritten in place: a still unpaired old paragraph, the only old paragraph between two
       paired ones (or the text's edge), pairs with the only new paragraph between their
       partners, itself unpaired, when it keeps the old one's subject: similarity at least
       ``REWRITE_MIN_SIMILARITY`` (0.3) and, past the opening the two share, at least
       ``REWRITE_MIN_KEPT`` (0.4) of the old rest's n-grams in the new rest, with a common run
       of at least ``REWRITE_MIN_SHARED_CHARS`` (12) characters, spaces at its ends aside, a
       character of a script written without spaces counting two ("Emphasizes the need to
       promote information integrity and counter disinformation;" -> "Underlines that promoting
       information integrity requires a whole-of-society approach …;" is ``modified``). The
       slot, one for one, is the evidence the number is not; what the two still say tells a
       rewrite from a different request put in its place, which shares its opening verb, a
       function word or two (" of the ") or a name ("the General Assembly"), whatever its
       similarity (up to 0.48), and stays removed and added. Two new paragraphs in the slot
       leave it removed and added: which one took its place would be a guess.
       Similarity is always the Dice coefficient, so a pair from steps 4 to 6 may report less
       than ``MATCH_THRESHOLD``.
    7. An old paragraph with no partner is ``removed``; unpaired new paragraphs are ``added``.
       Status: ``moved`` when the anchor differs (whatever the similarity), else ``unchanged``
       when the status forms are equal, else ``modified``.
    Anchors must be unique within a version (``ValueError`` otherwise).

Quote location (``locate_quote``)
    ``exact``, ``prefix`` and ``suffix`` are compared in the quote form and trimmed; whitespace at
    the junction between prefix, exact and suffix is not significant. Candidates are every verbatim
    occurrence of ``exact`` and, unless a verbatim occurrence already scores ``PERFECT_SCORE``, the
    approximate occurrences found by Myers' bit-parallel edit-distance search over the loose forms
    with at most ``QUOTE_MAX_ERROR_RATE`` (25%) of the quote's length in edits, a character of a
    script written without spaces counting ``UNSPACED_QUOTE_WEIGHT`` (1.25) in that length (an edit
    there, "、安全", is a larger share of a quote than the same edit in English, ", safe"; the quote
    similarity below is measured against the same length); an approximate occurrence is every
    start as close to the quote as the best for its end ("in low-resource languages" and
    "low-resource languages" for "under-resourced languages": the prefix, "... models in",
    tells that "in" is not quoted; without context, the nearest the quote's length wins, up to
    ``MAX_SCORED_CANDIDATES`` in all). Each candidate scores, as in Hypothesis'
    ``match-quote``, the weighted mean of quote similarity (weight 50), prefix and suffix similarity
    (20 each, only when given; the last ``CONTEXT_LIMIT`` characters of the prefix and first of the
    suffix) and closeness to ``position_hint`` (2, only when given). When the best candidate is
    approximate, its edges grow outwards to the quote's own first and last words (letters and digits
    of scripts written with spaces; CJK stays character based): an edge moves when the span's edge
    (a word or part of one) is not the quote's edge word, that word has at least
    ``EDGE_WORD_MIN_CHARS`` (3) characters and occurs whole within the quote's length outside the
    span (the nearest occurrence). So an insertion is covered ("invest in resilient digital
    infrastructure" for "invest in digital infrastructure", not "ilient digital infrastructure"),
    while a quote that itself starts or ends inside a word keeps its character-based span. Then
    spaces are trimmed off the span's edges, and an edge still inside a word (of a script written
    with spaces) moves to that word's start or end, whichever is closer to the quote, when that
    costs at most one edit more and stays within the error budget ("scientific panel", not "l
    scientific panel", for "a scientific panel"); a quote whose prefix or suffix goes on with a
    letter or digit (selected inside a word) keeps such an edge. A costlier edge stays where it is.
    A grown or moved span is rescored by its full edit distance to the quote.
    A quote that is one bracketed alternative (no other bracket inside) and does not occur as
    quoted is looked for only as its words, verbatim up to case and whole words at both ends,
    never fuzzily: an alternative is either kept as written or negotiated away, and a near match
    of a dropped one is its sibling ("[a scientific panel] [an independent international
    scientific panel]"). Such a quote is the alternative with its brackets ("[a scientific
    panel]", "[alt 1: Urges Member States to ...]"), or the text inside them, with or without
    its label, when the quote's prefix ends with the opening bracket (and the label) and its
    suffix starts with the closing one. Its words are that text without a leading alternative
    label: "alt", "alternative" or "option", an optional period, then digits or a letter ("alt 1",
    "Alt. 1", "Alternative 1", "Option A"); "OP", digits, "alt" and optionally digits or a letter
    ("OP1 alt"); "备选", "备选案文" or "选项" then digits or a letter; in any case, then ":" or
    "：". The words are scored as if quoted in their brackets: two edits, the brackets, and none
    for a label. A comment on a dropped alternative thus stays on its paragraph without a quote
    position.
    A span's edge of a script written without spaces moves likewise to the quote's own first
    (last) two characters standing within the quote's length outside it, when that costs no edit
    more ("有意义、安全且负担得起的连通", not "、安全且负担得起的连通", for
    "有意义且负担得起的连通": three substitutions cost what three insertions do).
    The best candidate with score >= ``QUOTE_MIN_SCORE`` is returned; a verbatim occurrence always
    qualifies. Offsets are into the text as given.

Submission check (``quote_occurs``, ``quote_as_printed``)
    W3C semantics in the quote form: ``exact`` must occur in the paragraph, and one occurrence
    must be immediately preceded by the whole ``prefix`` and followed by the whole ``suffix``
    (those given), within the paragraph. Empty or whitespace-only parts count as absent; an empty
    ``exact`` never occurs. The quote stored is that occurrence as the paragraph prints it.

Comment resolution (``resolve_anchor``), per revision step
    - No quote: follow the paragraph's ``ParagraphChange``; removed means lost (below). A
      paragraph merged with others (its successor is paired with more than one old paragraph)
      keeps its own text on the trail as the merged paragraph holds it (``locate_quote``),
      updated at each step while the successor still holds it. When a later step's successor no
      longer does (the merge undone: "merged in Rev.1, separated in Rev.2", the split's head
      keeping the merged paragraph's anchor), the comment goes to the paragraph the step adds
      that is most similar to that text (at least ``MATCH_THRESHOLD``), and follows it alone
      from then on; failing that, it stays on the successor. Such a text is never reported as a
      quote position.
    - Quote, paragraph survives: the quote is first found in the old paragraph and followed as
      that paragraph prints it, with up to ``CONTEXT_CHARS`` characters of context each side
      (``quote_at``), as after every later step: the context a comment gave chose one of several
      identical passages, and the text around that one goes on telling it apart when an edit
      changes the given prefix ("shall report annually" -> "shall publish its findings
      annually": the suffix still agrees there) or a split leaves it at a paragraph's start.
      The comment follows the paragraph, and its quote only chooses where it goes when the
      paragraph's own text went somewhere, into a *split part*: a paragraph the step adds that
      holds at least ``ABSORBED_MIN_CONTAINMENT`` (0.8) of its n-grams (at the pair's similarity
      size) in the old paragraph's text. UN texts repeat opening verbs and boilerplate ("Requests
      the Secretary-General to", "least developed countries") in nearly every paragraph, so the
      quoted words in any other paragraph are another occurrence of them, not the commented passage
      moved. In order:
      1. ``locate_quote`` places the quote itself (equal up to case) in the successor: stay,
         unless the context given with the quote does not wholly agree there (counted in
         characters of prefix and suffix agreeing next to the best occurrence, up to case) and a
         split part holds the quote with more of the context agreeing, the whole prefix or the
         whole suffix among it (or all of it the paragraph reaches): W3C's prefix and suffix
         choose between occurrences, so when "Encourages Member States to promote digital
         literacy, and encourages the private sector to promote digital literacy in schools" is
         split in two, a quote of the second "promote digital literacy" goes with the private
         sector.
      2. Else the nearest split part holding the quote verbatim wins, its prefix and suffix
         agreeing as far as that paragraph reaches (a context cut short by the paragraph boundary
         agrees, as when a sentence is split off): an exact occurrence in a split part beats an
         edited one in place.
      3. Else an edited occurrence in the successor (``locate_quote``'s fuzzy result) keeps the
         comment there.
      4. Else the split parts are searched as below, and the comment moves to the one found.
      4a. Else, when the successor holds no trace of the quote, the one paragraph newly holding
         it verbatim (none of the old paragraphs paired with it held it) whose new part (the
         n-grams it gained in the step: all of them for a paragraph the step adds) has at least
         ``CONTAINED_MATCH`` (0.65) in the old paragraph's text takes the comment, if the quote
         has at least ``RELOCATE_MIN_VERBATIM_CHARS`` (16) characters, one of a script written
         without spaces counting two: a part split off with light edits ("…, including access to
         open datasets." -> "We also call for access to open datasets for researchers …"),
         also when it took in another old paragraph ("…, including the right to privacy;" +
         "Urges States to refrain from internet shutdowns;" -> "…;" + "Also stresses the right
         to privacy, and urges States to refrain from internet shutdowns;"). A new request
         repeating the quoted boilerplate with words of its own holds too little of the old
         text, and a paragraph whose predecessors held the quoted words holds another occurrence
         of them. So a part split off with words of its own ("…, including satellite and
         community networks;" -> "…;" + "Encourages support for satellite and community networks
         in rural and remote areas, …"; "…, including the right to privacy;" -> "…;" + "Also
         stresses the right to privacy in the digital age, and calls upon States to …") does
         not take a comment quoting its words: the quote alone cannot tell it from a new
         paragraph naming the same thing ("Internet Governance Forum"), and the comment stays on
         its paragraph without its quote (a known limit).
      5. Else the comment stays on the successor without its quote (later steps follow the
         paragraph only).
    - Quote, paragraph removed: search the new version among the paragraphs that *newly* hold the
      quote: added, or none of their predecessors (old paragraphs paired with them) held it,
      verbatim or as ``locate_quote`` finds it. Words that were there all along are another
      occurrence, not this one moved: when "Requests the Secretary-General to convene ..." is
      deleted, a quote of its "Requests" does not go to the surviving "Requests the
      Secretary-General to submit ...". Verbatim first, then fuzzily in the
      ``RELOCATION_CANDIDATES`` such paragraphs sharing most n-grams with the quote; the comment
      moves to the best paragraph when it is unambiguous (no other such paragraph scores within
      ``RELOCATE_MARGIN`` of it) and either scores >= ``RELOCATE_MIN_SCORE`` or holds the quote
      verbatim with at least ``RELOCATE_MIN_VERBATIM_CHARS`` (16) characters; and only when the
      passage moved there, not merely its words (``_passage_moved``): the quote with the old
      text around it (``CONTEXT_CHARS`` each side) agrees there on one side in full (or as far
      as the paragraph reaches), or what that paragraph gained in the step (its n-grams none of
      its predecessors had; all of them for an added paragraph) is at least
      ``GAINED_MIN_SHARE`` (0.5) the removed text (a deleted request joined to a surviving
      one, "…, and to convene an expert group meeting"), or the quote alone is a verbatim
      passage of ``RELOCATE_MIN_PASSAGE_CHARS`` (64) characters, one of a script written
      without spaces counting two. A name or a phrase ("Internet Governance Forum", "论坛")
      recurs in new paragraphs about something else. Otherwise it is lost.
    - A placed quote is carried to the next step as found (its new text and up to
      ``CONTEXT_CHARS`` characters of context), with its relative position as the hint. The
      returned ``QuoteMatch`` gives offsets in the final paragraph; its score is the lowest step
      score and ``exact`` holds only if every step found the quote verbatim.
    - Lost (no paragraph to stay in): the paragraph's last text, and the quote if any, are carried
      on. At each later step it is looked for among the paragraphs that step adds (a paragraph
      deleted in Rev.1 and reinstated in Rev.2 is added by Rev.2): the most similar with
      similarity >= ``MATCH_THRESHOLD``, ties to the nearest relative position. A quote is then
      looked for in that paragraph only, and dropped if not found. The text on return counts as
      a change unless its status form equals the last text.
    Over the chain: ``orphaned`` if lost and never back; else ``moved`` if the final anchor
    differs from the original; else ``modified`` if the comment's paragraph text changed (or the
    quote had to be dropped or relocated) at any step, unless the final paragraph reads as in the
    comment's own version (equal status forms: edits undone, the quote placed as written even
    when dropped on the way); else ``unchanged``. An anchor missing from a step's old version is
    lost with no text to look for. With an empty chain the anchor is
    ``unchanged`` and no quote position is known.
    Diffs of recently seen version pairs are cached, so resolving many comments across the same
    revision is cheap when the caller passes tuples of ``VersionParagraph`` (hashable).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain, islice, pairwise
from typing import Literal

from consultations.parser_text import INVISIBLE_CHARACTERS
from core.scripts import CJK_MARKS, HANGUL_SYLLABLES, IDEOGRAPHS_AND_KANA

ChangeStatus = Literal["unchanged", "modified", "moved", "removed"]
AnchorStatus = Literal["unchanged", "modified", "moved", "orphaned"]

MATCH_THRESHOLD = 0.5
CONTAINED_MATCH = 0.65
ABSORBED_MIN_CONTAINMENT = 0.8
# A leftover paragraph's candidates for having absorbed it, at most: those holding the most of
# its rarest n-grams. A new version that rewrote every paragraph left every one over, each with
# the whole text for candidates (4,000 paragraphs took 20 s); a paragraph that absorbed another
# holds most of its n-grams, so it ranks first.
ABSORBED_CANDIDATES = 32
# A split's head may be a short first sentence: about a fifth of the old text scores 0.33.
SPLIT_HEAD_MIN_SIMILARITY = 0.3
# A paragraph rewritten in place, alone in its slot: the least similarity, share of the old
# text's n-grams past the opening the two share, and passage they must share there. Unrelated
# paragraphs put in another's place score up to 0.48 (two requests to the Secretary-General),
# keep up to 0.28 of the old rest (" of the General Assembly ", "at its eight…"), and otherwise
# share runs of a function word or two (" of the ", " develop"; "报告；"); a rewrite keeping its
# subject ("information integrity", "促进信息完整性") scores about 0.35, keeps 0.45-0.5 and
# shares 14 characters or more.
REWRITE_MIN_SIMILARITY = 0.3
REWRITE_MIN_KEPT = 0.4
REWRITE_MIN_SHARED_CHARS = 12
SAME_ANCHOR_BONUS = 0.05
ORDER_BONUS = 0.1
CANDIDATES_PER_PARAGRAPH = 5
CONFIDENT_MATCH = 0.9
QUERY_GRAMS = 24
# An n-gram held by more new paragraphs than this says too little about where a paragraph went
# to be looked up: reading its holders for every paragraph made a long text of short, alike
# paragraphs quadratic (38,000 of them took 50 s).
MOST_HOLDERS_PER_QUERY_GRAM = 256
POSITION_WINDOW = 1
DUPLICATE_CANDIDATES = 8
NGRAM = 3
# The n-gram sizes of a mostly CJK text: its characters and character bigrams, in one set.
CJK_NGRAMS = (1, 2)

QUOTE_MAX_ERROR_RATE = 0.25
# A character of a script written without spaces is nearly a word, so an edit there (a particle
# "的", a mark "、", a two-character word) is a larger share of a quote than in English: ", safe"
# is 6 edits of the 38 characters of "meaningful and affordable connectivity", "、安全" 3 of the
# 11 of "有意义且负担得起的连通" (27%, over the budget). Such a character counts one and a quarter
# in a quote's length, for its error budget and its score: that edit is then tolerated, quotes
# of up to three characters (a word or two) must still occur verbatim, and quotes cut from one
# paragraph are found fuzzily in unrelated ones no more often than before (measured on the
# audit's texts). Counted as two, as for RELOCATE_MIN_VERBATIM_CHARS, half of a four-character
# quote could change ("数字技能" found in any "数字……"): one such quote in ten was found in an
# unrelated paragraph, and one of three characters in twenty.
UNSPACED_QUOTE_WEIGHT = 1.25
# A passage verbatim long enough to follow (RELOCATE_MIN_VERBATIM_CHARS,
# RELOCATE_MIN_PASSAGE_CHARS) counts such a character as two: it is nearly a word.
UNSPACED_VERBATIM_WEIGHT = 2
QUOTE_MIN_SCORE = 0.5
PERFECT_SCORE = 0.999
EDGE_WORD_MIN_CHARS = 3
CONTEXT_LIMIT = 64
CONTEXT_CHARS = 32
MAX_SCORED_CANDIDATES = 100
QUOTE_WEIGHT = 50.0
CONTEXT_WEIGHT = 20.0
POSITION_WEIGHT = 2.0

RELOCATE_MIN_SCORE = 0.75
RELOCATE_MARGIN = 0.05
RELOCATE_MIN_VERBATIM_CHARS = 16
RELOCATE_MIN_PASSAGE_CHARS = 64
# Of what a paragraph gained, the share that must come from a removed paragraph for its quote
# to follow: an inserted clause's n-grams at its two junctions are new whatever it carried.
GAINED_MIN_SHARE = 0.5
RELOCATION_CANDIDATES = 5
RELOCATION_MIN_CONTAINMENT = 0.5


@dataclass(frozen=True, slots=True)
class VersionParagraph:
    anchor: str
    text: str


@dataclass(frozen=True, slots=True)
class ParagraphChange:
    old_anchor: str
    new_anchor: str | None
    status: ChangeStatus
    similarity: float


@dataclass(frozen=True, slots=True)
class VersionDiff:
    items: tuple[ParagraphChange, ...]
    added: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TextQuote:
    exact: str
    prefix: str | None = None
    suffix: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    start: int
    end: int
    score: float
    exact: bool


@dataclass(frozen=True, slots=True)
class ResolvedAnchor:
    anchor: str | None
    status: AnchorStatus
    quote: QuoteMatch | None


# --------------------------------------------------------------------------- normalisation

_WHITESPACE_RUN = re.compile(r"\s+")
_CHAR_FOLD: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_QUOTATION_MARK_FOLD = {0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"'}
_CHAR_FOLD.update(_QUOTATION_MARK_FOLD)
# The ideographic comma and full stop are typed as "," and "." on keyboards without them, as
# the full-width comma is; the half-width forms are the full-width ones.
_CJK_PUNCTUATION_FOLD = {
    0x3001: ",",
    0x3002: ".",
    0xFF61: ".",
    0xFF62: "\u300c",
    0xFF63: "\u300d",
    0xFF64: ",",
}
_CHAR_FOLD.update(_CJK_PUNCTUATION_FOLD)
_INVISIBLE_REMOVAL: dict[int, None] = dict.fromkeys(map(ord, INVISIBLE_CHARACTERS))


# Scripts written without spaces between words (Han, kana, CJK punctuation; not Hangul): a
# space beside one of their characters is layout ("2025 年" from a Markdown conversion, a line
# break a PDF put between two ideographs), not text a reader would quote.
_UNSPACED_CLASS = f"[{CJK_MARKS}{IDEOGRAPHS_AND_KANA}]"
_UNSPACED = re.compile(_UNSPACED_CLASS)
_SPACE_BY_UNSPACED = re.compile(f"(?<={_UNSPACED_CLASS}) | (?={_UNSPACED_CLASS})")


def _fold_quote_text(text: str) -> str:
    """The quote form of a text, without offsets. Spaces are dropped beside the characters as
    written: "。 The" and "。The" are one form though "。" folds to ".", which is spaced."""
    visible = unicodedata.normalize("NFC", text).translate(_INVISIBLE_REMOVAL)
    return _folded_spacing(visible).translate(_CHAR_FOLD)


def _folded_spacing(text: str) -> str:
    """Whitespace runs as one space, none beside a character of a script written without
    spaces."""
    folded = _WHITESPACE_RUN.sub(" ", text)
    return _SPACE_BY_UNSPACED.sub("", folded) if _UNSPACED.search(folded) else folded


@lru_cache(maxsize=4096)
def _folded_text(text: str) -> str:
    return _fold_quote_text(text)


# A hyphen between two letters, or at a quote's end next to a letter: the parser keeps a
# line-end hyphen, since it cannot tell a word a PDF broke ("corres-" + "pondence") from a
# compound ("open-" + "ended"), so a quote is also looked for with such hyphens left out.
_WORD_HYPHENS = "-\u00ad\u2010\u2011"
_WORD_HYPHEN = re.compile(
    rf"(?<=[^\W\d_])[{_WORD_HYPHENS}](?=[^\W\d_]|$)|^[{_WORD_HYPHENS}](?=[^\W\d_])"
)


def _loosen(folded: str) -> str:
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in folded)


def _nfc_units(text: str) -> list[tuple[str, int, int]]:
    """NFC characters of ``text``, each with the span of source characters it comes from."""
    if unicodedata.is_normalized("NFC", text):
        return [(char, index, index + 1) for index, char in enumerate(text)]
    units: list[tuple[str, int, int]] = []
    segment_start = 0
    for index in range(1, len(text) + 1):
        # Composition never crosses a starter, except Hangul jamo vowels and trailing consonants.
        if index < len(text) and (
            unicodedata.combining(text[index]) or 0x1160 <= ord(text[index]) <= 0x11FF
        ):
            continue
        for char in unicodedata.normalize("NFC", text[segment_start:index]):
            units.append((char, segment_start, index))
        segment_start = index
    return units


@dataclass(frozen=True, slots=True)
class _TextForm:
    exact: str
    loose: str
    starts: array[int]
    ends: array[int]
    source_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            offset = self.starts[start] if start < len(self.starts) else self.source_length
            return offset, offset
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=4096)
def _text_form(text: str, *, without_word_hyphens: bool = False) -> _TextForm:
    chars: list[str] = []
    # Whether each character as written is of a script written without spaces (see
    # ``_fold_quote_text``).
    unspaced: list[bool] = []
    starts: list[int] = []
    ends: list[int] = []
    previous_was_space = False
    for char, start, end in _nfc_units(text):
        if char in INVISIBLE_CHARACTERS:
            continue
        unspaced.append(_UNSPACED.match(char) is not None)
        if char.isspace():
            if previous_was_space:
                unspaced.pop()
                ends[-1] = end
                continue
            char, previous_was_space = " ", True
        else:
            char, previous_was_space = _CHAR_FOLD.get(ord(char), char), False
        chars.append(char)
        starts.append(start)
        ends.append(end)
    if without_word_hyphens:
        kept = [
            index
            for index, char in enumerate(chars)
            if not (
                char in _WORD_HYPHENS
                and 0 < index < len(chars) - 1
                and chars[index - 1].isalpha()
                and chars[index + 1].isalpha()
            )
        ]
        chars = [chars[index] for index in kept]
        unspaced = [unspaced[index] for index in kept]
        starts = [starts[index] for index in kept]
        ends = [ends[index] for index in kept]
    exact = "".join(chars)
    if any(unspaced):
        kept = [
            index
            for index, char in enumerate(chars)
            if not (
                char == " "
                and (
                    (index > 0 and unspaced[index - 1])
                    or (index + 1 < len(chars) and unspaced[index + 1])
                )
            )
        ]
        exact = "".join(chars[index] for index in kept)
        starts = [starts[index] for index in kept]
        ends = [ends[index] for index in kept]
    # Compact offset arrays: cached forms of a 1,000-paragraph version stay a few megabytes.
    return _TextForm(exact, _loosen(exact), array("q", starts), array("q", ends), len(text))


def _similarity_form(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTATION_MARK_FOLD)
    return _folded_spacing(folded).strip()


def _status_form(text: str) -> str:
    return _folded_spacing(unicodedata.normalize("NFC", text)).strip()


def _grams(form: str, sizes: tuple[int, ...]) -> frozenset[str]:
    """The n-grams of ``form`` of each size (the form itself when no longer than the first)."""
    if len(form) <= sizes[0]:
        return frozenset((form,)) if form else frozenset()
    return frozenset(
        chain.from_iterable(
            map("".join, zip(*(form[offset:] for offset in range(size)), strict=False))
            for size in sizes
        )
    )


_LETTER = re.compile(r"[^\W\d_]")
_CJK_RANGES = IDEOGRAPHS_AND_KANA + HANGUL_SYLLABLES
_CJK_LETTER = re.compile(f"[{_CJK_RANGES}]")
# A word of a script written with spaces between words: letters and digits, CJK excluded.
_SPACED_WORD = re.compile(f"[^\\W_{_CJK_RANGES}]+")


def _gram_sizes(form: str) -> tuple[int, ...]:
    """Characters and bigrams when most letters are CJK (a character is nearly a word there),
    else 3-grams."""
    letters = _LETTER.subn("", form)[1]
    cjk = _CJK_LETTER.subn("", form)[1]
    return CJK_NGRAMS if letters and 2 * cjk >= letters else (NGRAM,)


@lru_cache(maxsize=8192)
def _text_profile(text: str) -> tuple[str, tuple[int, ...]]:
    form = _similarity_form(text)
    return form, _gram_sizes(form)


@lru_cache(maxsize=16384)
def _text_grams(text: str, size: tuple[int, ...]) -> frozenset[str]:
    return _grams(_text_profile(text)[0], size)


def _dice(first: frozenset[str], second: frozenset[str]) -> float:
    total = len(first) + len(second)
    return 2.0 * len(first & second) / total if total else 1.0


def _pair_sizes(
    first: str, second: str, first_size: tuple[int, ...], second_size: tuple[int, ...]
) -> tuple[int, ...]:
    if first_size == second_size == CJK_NGRAMS:
        return CJK_NGRAMS  # a text of one character still has that character
    return (min(NGRAM, len(first), len(second)),)


def _forms_similarity(first: str, second: str) -> float:
    if first == second:
        return 1.0
    if not first or not second:
        return 0.0
    size = _pair_sizes(first, second, _gram_sizes(first), _gram_sizes(second))
    return _dice(_grams(first, size), _grams(second, size))


def text_similarity(a: str, b: str) -> float:
    """Character n-gram Dice similarity, 0..1 (see the module docstring)."""
    return _forms_similarity(_similarity_form(a), _similarity_form(b))


def _paragraph_similarity(first_text: str, second_text: str) -> float:
    """``text_similarity`` through the per-text caches."""
    first, first_size = _text_profile(first_text)
    second, second_size = _text_profile(second_text)
    if first == second:
        return 1.0
    if not first or not second:
        return 0.0
    size = _pair_sizes(first, second, first_size, second_size)
    return _dice(_text_grams(first_text, size), _text_grams(second_text, size))


def _own_grams(text: str) -> frozenset[str]:
    return _text_grams(text, _text_profile(text)[1])


# --------------------------------------------------------------------------- paragraph matching


def _require_unique_anchors(paragraphs: Sequence[VersionParagraph], which: str) -> None:
    seen: set[str] = set()
    for paragraph in paragraphs:
        if paragraph.anchor in seen:
            raise ValueError(f"duplicate anchor {paragraph.anchor!r} in the {which} version")
        seen.add(paragraph.anchor)


def _longest_increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of ``pairs`` (sorted by old index) with increasing new index."""
    tails: list[int] = []
    tail_positions: list[int] = []
    predecessors: list[int] = []
    for position, (_, new_index) in enumerate(pairs):
        slot = bisect.bisect_left(tails, new_index)
        predecessors.append(tail_positions[slot - 1] if slot else -1)
        if slot == len(tails):
            tails.append(new_index)
            tail_positions.append(position)
        else:
            tails[slot] = new_index
            tail_positions[slot] = position
    chain: list[tuple[int, int]] = []
    position = tail_positions[-1] if tail_positions else -1
    while position >= 0:
        chain.append(pairs[position])
        position = predecessors[position]
    chain.reverse()
    return chain


class _Backbone:
    """Order-preserving identical pairs: the frame for expected positions and order bonuses."""

    def __init__(self, chain: list[tuple[int, int]], old_count: int, new_count: int) -> None:
        self._old = [old_index for old_index, _ in chain]
        self._new = [new_index for _, new_index in chain]
        self._old_count = old_count
        self._new_count = new_count

    def gap(self, old_index: int) -> tuple[int, int]:
        """New indices strictly between which the partner of ``old_index`` keeps the order."""
        slot = bisect.bisect_left(self._old, old_index)
        low = self._new[slot - 1] if slot else -1
        high = self._new[slot] if slot < len(self._new) else self._new_count
        return low, high

    def expected(self, old_index: int) -> int:
        slot = bisect.bisect_left(self._old, old_index)
        if slot:
            guess = self._new[slot - 1] + old_index - self._old[slot - 1]
        elif slot < len(self._old):
            guess = self._new[slot] - (self._old[slot] - old_index)
        else:
            guess = round(old_index * self._new_count / max(1, self._old_count))
        low, high = self.gap(old_index)
        return min(max(guess, low + 1), max(low + 1, high - 1))


def _match_paragraphs(
    old: Sequence[VersionParagraph], new: Sequence[VersionParagraph]
) -> dict[int, tuple[int, float]]:
    old_forms = [_text_profile(paragraph.text)[0] for paragraph in old]
    new_forms = [_text_profile(paragraph.text)[0] for paragraph in new]
    old_by_form: defaultdict[str, list[int]] = defaultdict(list)
    new_by_form: defaultdict[str, list[int]] = defaultdict(list)
    for index, form in enumerate(old_forms):
        old_by_form[form].append(index)
    for index, form in enumerate(new_forms):
        new_by_form[form].append(index)

    matches: dict[int, tuple[int, float]] = {}
    settled_new: set[int] = set()
    for form, old_indices in old_by_form.items():
        new_indices = new_by_form.get(form, [])
        if len(old_indices) == 1 and len(new_indices) == 1:
            matches[old_indices[0]] = (new_indices[0], 1.0)
            settled_new.add(new_indices[0])
    backbone = _Backbone(
        _longest_increasing_chain(sorted((i, j) for i, (j, _) in matches.items())),
        len(old),
        len(new),
    )

    def similarity(old_index: int, new_index: int) -> float:
        return _paragraph_similarity(old[old_index].text, new[new_index].text)

    open_old = [index for index in range(len(old)) if index not in matches]
    gram_index: defaultdict[str, list[int]] = defaultdict(list)
    document_frequency: dict[str, int] = {}

    def similar_by_grams(old_index: int) -> Iterable[int]:
        if not document_frequency:
            for new_index in range(len(new)):
                if new_index not in settled_new:
                    for gram in _own_grams(new[new_index].text):
                        gram_index[gram].append(new_index)
            document_frequency.update((gram, len(hits)) for gram, hits in gram_index.items())
        present = sorted(gram for gram in _own_grams(old[old_index].text) if gram in gram_index)
        present.sort(key=document_frequency.__getitem__)
        shared: Counter[int] = Counter()
        for gram in present[:QUERY_GRAMS]:
            if document_frequency[gram] > MOST_HOLDERS_PER_QUERY_GRAM:
                break  # the grams after it are held more widely still
            shared.update(gram_index[gram])
        return (new_index for new_index, _ in shared.most_common(CANDIDATES_PER_PARAGRAPH))

    new_by_anchor = {paragraph.anchor: index for index, paragraph in enumerate(new)}
    weighted: list[tuple[float, int, int, int, float]] = []
    for old_index in open_old:
        expected = backbone.expected(old_index)
        candidates = set(
            _nearest(new_by_form.get(old_forms[old_index], []), expected, DUPLICATE_CANDIDATES)
        )
        same_anchor = new_by_anchor.get(old[old_index].anchor)
        if same_anchor is not None:
            candidates.add(same_anchor)
        candidates.update(range(expected - POSITION_WINDOW, expected + POSITION_WINDOW + 1))
        candidates = {j for j in candidates if 0 <= j < len(new) and j not in settled_new}
        scores = {new_index: similarity(old_index, new_index) for new_index in candidates}
        if max(scores.values(), default=0.0) < CONFIDENT_MATCH:
            for new_index in similar_by_grams(old_index):
                if new_index not in scores:
                    scores[new_index] = similarity(old_index, new_index)
        low, high = backbone.gap(old_index)
        for new_index, score in scores.items():
            if score < MATCH_THRESHOLD:
                continue
            weight = score
            if new_index == same_anchor:
                weight += SAME_ANCHOR_BONUS
            if low < new_index < high:
                weight += ORDER_BONUS
            weighted.append((-weight, abs(new_index - expected), old_index, new_index, score))

    weighted.sort()
    for _, _, old_index, new_index, score in weighted:
        if old_index in matches or new_index in settled_new:
            continue
        matches[old_index] = (new_index, score)
        settled_new.add(new_index)
    _prefer_split_heads(old, new, old_forms, new_forms, matches, settled_new)
    _pair_contained(old, new, matches, settled_new)
    _pair_renamed_headings(old, new, matches, settled_new)
    _absorb_merged(old, new, matches)
    _pair_rewritten_in_place(old, new, matches)
    return matches


def _pair_rewritten_in_place(
    old: Sequence[VersionParagraph],
    new: Sequence[VersionParagraph],
    matches: dict[int, tuple[int, float]],
) -> None:
    """Pair a leftover that is the only old paragraph between two paired ones with the only new
    paragraph between their partners, when the new one keeps the old one's subject (see
    ``_keeps_its_subject``).

    Its place alone says little: a different request put in place of a deleted one takes it
    too. A rewrite of the same paragraph keeps some of its words together ("information
    integrity"), an unrelated paragraph at most an opening verb and function words.
    """
    paired_new = {new_index for new_index, _ in matches.values()}
    bounds = [(-1, -1), *sorted((i, j) for i, (j, _) in matches.items()), (len(old), len(new))]
    for (old_above, new_above), (old_below, new_below) in pairwise(bounds):
        if old_below - old_above != 2 or new_below - new_above != 2:
            continue
        old_index, new_index = old_above + 1, new_above + 1
        if new_index in paired_new:
            continue
        old_text, new_text = old[old_index].text, new[new_index].text
        score = _paragraph_similarity(old_text, new_text)
        if score >= REWRITE_MIN_SIMILARITY and _keeps_its_subject(old_text, new_text):
            matches[old_index] = (new_index, score)


def _keeps_its_subject(old_text: str, new_text: str) -> bool:
    """Whether a new text still says much of what an old one said past the opening they share
    ("Calls upon Member States to pro…"): at least ``REWRITE_MIN_KEPT`` of the old rest's
    n-grams are in the new rest, some of them in one run of at least ``REWRITE_MIN_SHARED_CHARS``
    characters, spaces at its ends aside (a character of a script written without spaces counting
    ``UNSPACED_VERBATIM_WEIGHT``)."""
    old_form, new_form = _text_profile(old_text)[0], _text_profile(new_text)[0]
    opening = _common_prefix_length(old_form, new_form)
    old_rest, new_rest = old_form[opening:], new_form[opening:]
    if not old_rest or not new_rest:
        return False
    size = _pair_sizes(old_rest, new_rest, _gram_sizes(old_rest), _gram_sizes(new_rest))
    if _share_contained(_grams(old_rest, size), _grams(new_rest, size)) < REWRITE_MIN_KEPT:
        return False
    run = SequenceMatcher(None, old_rest, new_rest, autojunk=False).find_longest_match()
    passage = old_rest[run.a : run.a + run.size].strip()
    return _weighted_length(passage, UNSPACED_VERBATIM_WEIGHT) >= REWRITE_MIN_SHARED_CHARS


def _nearest(ascending: list[int], target: int, count: int) -> list[int]:
    """The ``count`` values of an ascending list nearest ``target``, the lower first at equal
    distance: what sorting the list by distance would put first, without sorting it (a
    document repeating a short paragraph hundreds of times sorted that list for each)."""
    right = bisect.bisect_left(ascending, target)
    left = right - 1
    nearest: list[int] = []
    while len(nearest) < count and (left >= 0 or right < len(ascending)):
        if right >= len(ascending) or (
            left >= 0 and target - ascending[left] <= ascending[right] - target
        ):
            nearest.append(ascending[left])
            left -= 1
        else:
            nearest.append(ascending[right])
            right += 1
    return nearest


def _gram_sets(*texts: str) -> list[frozenset[str]]:
    """The n-grams of each text at the size their similarity would use (that of the first two)."""
    first, first_size = _text_profile(texts[0])
    second, second_size = _text_profile(texts[1])
    if not first or not second:
        return [frozenset() for _ in texts]
    size = _pair_sizes(first, second, first_size, second_size)
    return [_text_grams(text, size) for text in texts]


def _share_contained(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _common_prefix_length(first: str, second: str) -> int:
    length = 0
    for first_char, second_char in zip(first, second, strict=False):
        if first_char != second_char:
            break
        length += 1
    return length


def _prefer_split_heads(
    old: Sequence[VersionParagraph],
    new: Sequence[VersionParagraph],
    old_forms: Sequence[str],
    new_forms: Sequence[str],
    matches: dict[int, tuple[int, float]],
    settled_new: set[int],
) -> None:
    """Give a split paragraph's anchor to the piece that goes on with its beginning.

    Old 1 "A and B" split into new 1 "A" and new 2 "Also B": either piece may have the higher
    similarity (the longer one, as a rule), so the pair would depend on the lengths of the parts
    and on the script. The head keeps the anchor; the other parts, however many, are added.
    """
    matched_old = sorted(matches)
    for slot, old_index in enumerate(matched_old):
        low = matches[matched_old[slot - 1]][0] if slot else -1
        new_index = matches[old_index][0]
        old_text = old[old_index].text
        # The parts before the partner, nearest first: unpaired, in the slot, made of the old text.
        heads: list[tuple[int, int]] = []
        head = new_index - 1
        while head > low and head not in settled_new:
            own, head_grams = _gram_sets(old_text, new[head].text)
            if _share_contained(head_grams, own) < ABSORBED_MIN_CONTAINMENT:
                break
            heads.append((_common_prefix_length(old_forms[old_index], new_forms[head]), head))
            head -= 1
        if not heads:
            continue
        # The part going on with most of the old beginning; of equals, the one nearest the partner.
        head_start, head = max(heads, key=lambda entry: (entry[0], entry[1]))
        tail_start = _common_prefix_length(old_forms[old_index], new_forms[new_index])
        if head_start < NGRAM or head_start <= tail_start:
            continue
        own, tail_grams = _gram_sets(old_text, new[new_index].text)
        if _share_contained(tail_grams, own) < ABSORBED_MIN_CONTAINMENT:
            continue
        score = _paragraph_similarity(old_text, new[head].text)
        if score < SPLIT_HEAD_MIN_SIMILARITY:
            continue
        matches[old_index] = (head, score)
        settled_new.discard(new_index)
        settled_new.add(head)


def _pair_contained(
    old: Sequence[VersionParagraph],
    new: Sequence[VersionParagraph],
    matches: dict[int, tuple[int, float]],
    settled_new: set[int],
) -> None:
    """Pair leftovers where one text holds most of the other, in the slot their neighbours leave.

    Short texts (headings, list items) change little in absolute terms but a lot in n-gram share.
    """
    matched_old = sorted(matches)
    new_by_anchor = {paragraph.anchor: index for index, paragraph in enumerate(new)}
    for old_index in range(len(old)):
        if old_index in matches:
            continue
        slot = bisect.bisect_left(matched_old, old_index)
        before = matched_old[slot - 1] if slot else -1
        low = matches[before][0] if slot else -1
        high = matches[matched_old[slot]][0] if slot < len(matched_old) else len(new)
        expected = low + old_index - before
        candidates = set(range(expected - POSITION_WINDOW, expected + POSITION_WINDOW + 1))
        same_anchor = new_by_anchor.get(old[old_index].anchor)
        if same_anchor is not None:
            candidates.add(same_anchor)
        ranked: list[tuple[float, int, int]] = []
        for new_index in candidates:
            if not low < new_index < high or new_index in settled_new:
                continue
            old_grams, new_grams = _gram_sets(old[old_index].text, new[new_index].text)
            if len(old_grams) <= len(new_grams):
                contained = _share_contained(old_grams, new_grams)
            else:
                contained = _share_contained(new_grams, old_grams)
            if contained >= CONTAINED_MATCH:
                ranked.append((-contained, abs(new_index - expected), new_index))
        if ranked:
            new_index = min(ranked)[2]
            score = _paragraph_similarity(old[old_index].text, new[new_index].text)
            matches[old_index] = (new_index, score)
            settled_new.add(new_index)
            bisect.insort(matched_old, old_index)


# The anchor of a heading of the text's structure names its printed number ("section-4",
# "annex-1/section-2.a", "annex-2", "action-12", "objective-3"); a paragraph's ordinal ("p-3",
# "pp2") is no such number.
_NUMBERED_HEADING = re.compile(r"(?:^|/)(?:section|annex|appendix|action|objective)-[^/]+$")
# An action or objective heads paragraphs inside a section ("II. Digital inclusion" / "Action 3.
# ..."), though its anchor is no deeper than the section's.
_INNER_HEADING = re.compile(r"(?:^|/)(?:action|objective)-[^/]*$")


_HEADING_NUMBERS = re.compile(r"(?<=-)[^/.]+|(?<=\.)[^/.]+")


def _heading_kind(anchor: str) -> str | None:
    """A structural heading's kind and depth, its numbers left out: "annex-1/section-2.a" ->
    "annex-/section-."; None for any other paragraph."""
    if not _NUMBERED_HEADING.search(anchor):
        return None
    return _HEADING_NUMBERS.sub("", anchor)


def _pair_renamed_headings(
    old: Sequence[VersionParagraph],
    new: Sequence[VersionParagraph],
    matches: dict[int, tuple[int, float]],
    settled_new: set[int],
) -> None:
    """Pair a leftover heading with the new heading of its kind right above its paragraphs.

    A retitled section ("Human rights online" -> "Human rights in the digital age") shares too
    little text to pair, but keeps its place and the paragraphs under it, and its number unless
    a section inserted above renumbers it ("II. Digital inclusion" -> "III. Closing digital
    divides"). Bottom up, so a retitled sub-heading is paired before the heading right above it.
    """
    matched_old = sorted(matches)
    for old_index in reversed(range(len(old) - 1)):
        anchor = old[old_index].anchor
        if old_index in matches or not _NUMBERED_HEADING.search(anchor):
            continue
        kind = _heading_kind(anchor)
        new_index = _renamed_heading_above(old, new, matches, settled_new, old_index, kind)
        if new_index is None:
            continue
        slot = bisect.bisect_left(matched_old, old_index)
        if slot and matches[matched_old[slot - 1]][0] >= new_index:
            continue
        score = _paragraph_similarity(old[old_index].text, new[new_index].text)
        matches[old_index] = (new_index, score)
        settled_new.add(new_index)
        bisect.insort(matched_old, old_index)


def _renamed_heading_above(
    old: Sequence[VersionParagraph],
    new: Sequence[VersionParagraph],
    matches: dict[int, tuple[int, float]],
    settled_new: set[int],
    old_index: int,
    kind: str | None,
) -> int | None:
    """The unpaired new heading of ``kind`` right above the partner of the first paired paragraph
    under the old heading at ``old_index``, only unpaired paragraphs between them: the section's
    first paragraphs may have been deleted or rewritten along with its title. None when there is
    no such heading, when a heading as high as the old one comes first on either side (the
    section held nothing that stayed, or that paragraph now sits in a section of its own), or
    when that paragraph's partner lies below the partner of the paired old paragraph after it
    (it moved away, into another section)."""
    depth = _heading_depth(kind)
    for below in range(old_index + 1, len(old)):
        below_kind = _heading_kind(old[below].anchor)
        if below_kind is not None and _heading_depth(below_kind) <= depth:
            return None
        if below not in matches:
            continue
        partner = matches[below][0]
        after = next((later for later in range(below + 1, len(old)) if later in matches), None)
        if after is not None and matches[after][0] < partner:
            return None
        new_index = partner - 1
        while new_index >= 0 and new_index not in settled_new:
            above_kind = _heading_kind(new[new_index].anchor)
            if above_kind == kind:
                return new_index
            if above_kind is not None and _heading_depth(above_kind) <= depth:
                return None
            new_index -= 1
        return None
    return None


def _heading_depth(kind: str | None) -> int:
    """How deep a structural heading's kind sits: "section-" 0, "section-." or "annex-/section-"
    or "action-" 1, "annex-/action-" 2, and so on."""
    if kind is None:
        return 0
    return kind.count(".") + kind.count("/") + (1 if _INNER_HEADING.search(kind) else 0)


def _absorb_merged(
    old: Sequence[VersionParagraph],
    new: Sequence[VersionParagraph],
    matches: dict[int, tuple[int, float]],
) -> None:
    """Map a leftover paragraph to its neighbour's successor when that one absorbed its text.

    Absorbed: the successor holds most of the leftover's n-grams, and most of those it does not
    share with the neighbour, so a near-duplicate of the neighbour is not taken for merged in.
    """
    absorbed_any = True
    while absorbed_any:
        absorbed_any = False
        predecessors: defaultdict[int, list[int]] = defaultdict(list)
        for paired_old, (paired_new, _) in matches.items():
            predecessors[paired_new].append(paired_old)
        for old_index in range(len(old)):
            if old_index in matches:
                continue
            best: tuple[float, int] | None = None
            for neighbour in (old_index - 1, old_index + 1):
                if neighbour not in matches:
                    continue
                new_index = matches[neighbour][0]
                own, merged, neighbours = _gram_sets(
                    old[old_index].text, new[new_index].text, old[neighbour].text
                )
                contained = min(
                    _share_contained(own, merged), _share_contained(own - neighbours, merged)
                )
                absorbed = (
                    contained >= ABSORBED_MIN_CONTAINMENT
                    or _holds_body(old[old_index].text, new[new_index].text, old[neighbour].text)
                    or (
                        contained >= CONTAINED_MATCH
                        and _gained_mostly_from(
                            old[old_index].text,
                            new[new_index].text,
                            [old[index].text for index in predecessors[new_index]],
                        )
                    )
                )
                if absorbed and (best is None or contained > best[0]):
                    best = (contained, new_index)
            if best is not None:
                new_index = best[1]
                score = _paragraph_similarity(old[old_index].text, new[new_index].text)
                matches[old_index] = (new_index, score)
                predecessors[new_index].append(old_index)
                absorbed_any = True
        if not absorbed_any:
            absorbed_any = _absorb_elsewhere(old, new, matches)


def _gained_mostly_from(text: str, merged_text: str, predecessor_texts: list[str]) -> bool:
    """Whether what a paragraph gained in the step (its n-grams none of its predecessors had) is
    mostly ``text``'s (``GAINED_MIN_SHARE``): a leftover merged in with light edits ("Also
    decides that the panel shall submit an annual report" -> "…, which shall present an annual
    summary report") is where the merged paragraph's new clause came from. A neighbour redrafted
    around words of a deleted paragraph gains words of its own too."""
    own, merged, *given = _gram_sets(text, merged_text, *predecessor_texts)
    return _share_contained(merged.difference(*given), own) >= GAINED_MIN_SHARE


def _holds_body(text: str, merged_text: str, neighbour_text: str) -> bool:
    """Whether a paragraph was merged in without its lead-in ("Emphasizes that the dialogue should
    include X;" -> "…, with X;"): the merged paragraph holds at least half of it word for word, in
    one run past its opening that its neighbour did not have. A neighbour that took over a deleted
    paragraph's opening, or a clause of it, holds less."""
    own, merged, neighbour = (
        _text_profile(part)[0] for part in (text, merged_text, neighbour_text)
    )
    if not own:
        return False
    # A run of at least half the text goes through one of its middle characters.
    for middle in {(len(own) - 1) // 2, len(own) // 2}:
        up_to, from_ = own[middle::-1], own[middle:]
        at = merged.find(own[middle])
        while at >= 0:
            before = _common_prefix_length(up_to, merged[at::-1]) - 1
            after = _common_prefix_length(from_, merged[at:])
            run = own[middle - before : middle + after]
            if (
                middle > before
                and 2 * len(run) >= len(own)
                and _weighted_length(run, UNSPACED_VERBATIM_WEIGHT) >= RELOCATE_MIN_VERBATIM_CHARS
                and run not in neighbour
            ):
                return True
            at = merged.find(own[middle], at + 1)
    return False


def _absorb_elsewhere(
    old: Sequence[VersionParagraph],
    new: Sequence[VersionParagraph],
    matches: dict[int, tuple[int, float]],
) -> bool:
    """Map leftover paragraphs to a successor further away that absorbed their text; True if any.

    As for a neighbour's successor, but the n-grams its own predecessors gave it do not count:
    the leftover's text must be new there, as a quote moving to another paragraph must be.
    """
    predecessors: defaultdict[int, list[int]] = defaultdict(list)
    for old_index, (new_index, _) in matches.items():
        predecessors[new_index].append(old_index)
    postings: dict[tuple[int, ...], defaultdict[str, list[int]]] = {}
    absorbed: dict[int, int] = {}
    for old_index in range(len(old)):
        text = old[old_index].text
        form, size = _text_profile(text)
        if old_index in matches or len(form) < RELOCATE_MIN_VERBATIM_CHARS:
            continue
        if size not in postings:
            postings[size] = defaultdict(list)
            for new_index in predecessors:
                for gram in _text_grams(new[new_index].text, size):
                    postings[size][gram].append(new_index)
        own_grams = _text_grams(text, size)
        found = sorted(
            (gram for gram in own_grams if gram in postings[size]),
            key=lambda gram: len(postings[size][gram]),
        )
        # One holding ABSORBED_MIN_CONTAINMENT of the n-grams holds one of any larger share.
        rarest = found[: int(len(own_grams) * (1 - ABSORBED_MIN_CONTAINMENT)) + 1]
        holders = Counter(index for gram in rarest for index in postings[size][gram])
        candidates = [index for index, _ in holders.most_common(ABSORBED_CANDIDATES)]
        best: tuple[float, int, int] | None = None
        for new_index in candidates:
            own, merged, *given = _gram_sets(
                text, new[new_index].text, *(old[index].text for index in predecessors[new_index])
            )
            contained = _share_contained(own - frozenset().union(*given), merged)
            if contained >= ABSORBED_MIN_CONTAINMENT:
                entry = (-contained, abs(new_index - old_index), new_index)
                best = entry if best is None or entry < best else best
        if best is not None:
            absorbed[old_index] = best[2]
    for old_index, new_index in absorbed.items():
        score = _paragraph_similarity(old[old_index].text, new[new_index].text)
        matches[old_index] = (new_index, score)
    return bool(absorbed)


def diff_versions(old: Sequence[VersionParagraph], new: Sequence[VersionParagraph]) -> VersionDiff:
    """Pair every paragraph of ``old`` with its successor in ``new`` (see the module docstring)."""
    _require_unique_anchors(old, "old")
    _require_unique_anchors(new, "new")
    matches = _match_paragraphs(old, new)
    items: list[ParagraphChange] = []
    for old_index, paragraph in enumerate(old):
        if old_index not in matches:
            items.append(ParagraphChange(paragraph.anchor, None, "removed", 0.0))
            continue
        new_index, score = matches[old_index]
        successor = new[new_index]
        if _status_form(paragraph.text) == _status_form(successor.text):
            similarity = 1.0
        else:
            similarity = min(round(score, 4), 0.9999)
        status: ChangeStatus
        if successor.anchor != paragraph.anchor:
            status = "moved"
        elif similarity == 1.0:
            status = "unchanged"
        else:
            status = "modified"
        items.append(ParagraphChange(paragraph.anchor, successor.anchor, status, similarity))
    matched_new = {new_index for new_index, _ in matches.values()}
    added = tuple(
        paragraph.anchor for index, paragraph in enumerate(new) if index not in matched_new
    )
    return VersionDiff(tuple(items), added)


# --------------------------------------------------------------------------- quotes


@dataclass(frozen=True, slots=True)
class _QuoteForm:
    exact: str
    exact_loose: str
    prefix_loose: str
    suffix_loose: str
    prefix: str
    suffix: str
    # The quote begins (ends) inside a word: its context goes on with a letter or digit.
    opens_in_word: bool
    closes_in_word: bool
    # The words of a quote that is one bracketed alternative ("[a scientific panel]").
    alternative: str | None


def _is_word_char(char: str) -> bool:
    return _SPACED_WORD.match(char) is not None


# A label negotiators put before an alternative's words: "alt 1:", "Alt. 1:", "Alternative 1:",
# "Option A:", "OP1 alt:", "备选1：", "备选案文1：", "选项1：" (the quote form reads "：" as ":").
# A letter only as a separate token, so "alternatives:" is not "alternative s:".
_LABEL = (
    r"(?:(?:alt(?:ernative)?|option)\.?\s*(?:\d+|(?<=[\s.])[a-z])"
    r"|op\s*\d+\s*alt\.?(?:\s*(?:\d+|(?<=\s)[a-z]))?"
    r"|(?:备选(?:案文)?|选项)\s*(?:\d+|[a-z]))\s*:"
)
_ALTERNATIVE_LABEL = re.compile(_LABEL + r"\s*", re.IGNORECASE)
_ALTERNATIVE_OPENING = re.compile(rf"\[\s*(?:{_LABEL})?$", re.IGNORECASE)


def _alternative_words(exact: str, prefix: str, suffix: str) -> str | None:
    """The words of a quote that is one bracketed alternative, without its label; else None.

    "x" for "[x]", "[alt 1: x]", or for "x" or "alt 1: x" whose prefix ends with "[" (and the
    label) and whose suffix starts with "]"; the alternative holds no other bracket.
    """
    if len(exact) >= 3 and exact[0] == "[" and exact[-1] == "]":
        inner = exact[1:-1]
    elif _ALTERNATIVE_OPENING.search(prefix) and suffix.startswith("]"):
        inner = exact
    else:
        return None
    label = _ALTERNATIVE_LABEL.match(inner.strip())
    words = inner.strip()[label.end() if label else 0 :]
    if not words or "[" in words or "]" in words:
        return None
    return words


def _quote_form(quote: TextQuote, *, without_word_hyphens: bool = False) -> _QuoteForm:
    def fold(text: str) -> str:
        folded = _fold_quote_text(text)
        return _WORD_HYPHEN.sub("", folded) if without_word_hyphens else folded

    exact = fold(quote.exact).strip()
    raw_prefix = fold(quote.prefix or "")
    raw_suffix = fold(quote.suffix or "")
    prefix, suffix = raw_prefix.strip(), raw_suffix.strip()
    alternative = _alternative_words(exact, prefix, suffix)
    return _QuoteForm(
        exact,
        _loosen(exact),
        _loosen(prefix)[-CONTEXT_LIMIT:],
        _loosen(suffix)[:CONTEXT_LIMIT],
        prefix,
        suffix,
        bool(exact and raw_prefix and _is_word_char(raw_prefix[-1]) and _is_word_char(exact[0])),
        bool(exact and raw_suffix and _is_word_char(raw_suffix[0]) and _is_word_char(exact[-1])),
        _loosen(alternative) if alternative else None,
    )


def _occurrences(needle: str, haystack: str) -> Iterable[int]:
    position = haystack.find(needle)
    while position >= 0:
        yield position
        position = haystack.find(needle, position + 1)


def quote_occurs(quote: TextQuote, text: str) -> bool:
    """W3C TextQuoteSelector check against one paragraph (see the module docstring)."""
    return quote_as_printed(quote, text) is not None


def quote_as_printed(quote: TextQuote, text: str) -> TextQuote | None:
    """The first occurrence ``quote_occurs`` accepts, cut from ``text``: ``exact`` as the
    paragraph prints it; ``prefix`` from the start of the given prefix up to ``exact`` and
    ``suffix`` from ``exact`` to the end of the given suffix, or each as given when the text
    prints it so up to spaces at its ends (clients often trim them). Other annotation tools
    compare characters, so a quote sent with other spacing inside, curly or full-width forms is
    stored as the text has it. None when the quote does not occur.

    A quote that does not occur as given is looked for again with every hyphen between two
    letters left out of both (see ``_WORD_HYPHEN``): "correspondence" is found in a text
    printing "corres-pondence", "open-ended" in one printing "openended"."""
    found = _printed_occurrence(quote, text, _quote_form(quote), _text_form(text))
    if found is None and any(hyphen in quote.exact + text for hyphen in _WORD_HYPHENS):
        found = _printed_occurrence(
            quote,
            text,
            _quote_form(quote, without_word_hyphens=True),
            _text_form(text, without_word_hyphens=True),
        )
    return found


def _printed_occurrence(
    quote: TextQuote, text: str, form: _QuoteForm, printed: _TextForm
) -> TextQuote | None:
    if not form.exact:
        return None
    folded = printed.exact
    for start in _occurrences(form.exact, folded):
        end = start + len(form.exact)
        prefix_end = len(folded[:start].rstrip())
        if form.prefix and not folded[:prefix_end].endswith(form.prefix):
            continue
        after = folded[end:]
        suffix_start = end + len(after) - len(after.lstrip())
        if form.suffix and not folded[suffix_start:].startswith(form.suffix):
            continue

        exact_start, exact_end = printed.source_span(start, end)

        def context(given: str | None, source_start: int, source_end: int) -> str:
            # Up to the quote itself: the spaces between belong to the context.
            found = text[source_start:source_end]
            return given if given is not None and given.strip() == found.strip() else found

        prefix_start = printed.source_span(prefix_end - len(form.prefix), prefix_end)[0]
        suffix_end = printed.source_span(suffix_start, suffix_start + len(form.suffix))[1]
        return TextQuote(
            text[exact_start:exact_end],
            context(quote.prefix, prefix_start, exact_start) if form.prefix else None,
            context(quote.suffix, exact_end, suffix_end) if form.suffix else None,
        )
    return None


def _edit_distance(first: str, second: str) -> int:
    if first == second:
        return 0
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, start=1):
        current = [row]
        for column, other in enumerate(second, start=1):
            current.append(
                min(previous[column] + 1, current[-1] + 1, previous[column - 1] + (char != other))
            )
        previous = current
    return previous[-1]


def _myers_distances(pattern: str, text: str, anchored: bool) -> list[int]:
    """Edit distance of ``pattern`` to the best substring of ``text`` ending after each character.

    Myers' bit-vector algorithm (Hyyrö's formulation) with Python integers as bit vectors. When
    ``anchored``, substrings must start at the beginning of ``text`` (plain prefix distance).
    """
    length = len(pattern)
    mask = (1 << length) - 1
    high = 1 << (length - 1)
    equal: dict[str, int] = {}
    for position, char in enumerate(pattern):
        equal[char] = equal.get(char, 0) | (1 << position)
    positive, negative, score = mask, 0, length
    distances: list[int] = []
    carry = 1 if anchored else 0
    for char in text:
        matches = equal.get(char, 0)
        vertical = matches | negative
        horizontal = ((((matches & positive) + positive) & mask) ^ positive) | matches
        horizontal_positive = (negative | ~(horizontal | positive)) & mask
        horizontal_negative = positive & horizontal
        if horizontal_positive & high:
            score += 1
        elif horizontal_negative & high:
            score -= 1
        horizontal_positive = ((horizontal_positive << 1) | carry) & mask
        horizontal_negative = (horizontal_negative << 1) & mask
        positive = (horizontal_negative | ~(vertical | horizontal_positive)) & mask
        negative = horizontal_positive & vertical
        distances.append(score)
    return distances


def _weighted_length(text: str, unspaced_weight: float) -> float:
    """``text``'s length, a character of a script written without spaces counting
    ``unspaced_weight``: ``UNSPACED_QUOTE_WEIGHT`` in a quote's error budget and score,
    ``UNSPACED_VERBATIM_WEIGHT`` in a verbatim passage's length."""
    return len(text) + (unspaced_weight - 1) * len(_UNSPACED.findall(text))


def _error_budget(quote: str) -> int:
    """The edits a fuzzy occurrence of ``quote`` may differ by."""
    return int(_weighted_length(quote, UNSPACED_QUOTE_WEIGHT) * QUOTE_MAX_ERROR_RATE)


def _approximate_spans(pattern: str, text: str) -> list[tuple[int, int, int]]:
    """(start, end, edits) of the best approximate occurrences of ``pattern`` in ``text``.

    Every start as close to the pattern as the best for an end is given, nearest the pattern's
    length first: for "under-resourced languages", "in low-resource languages" costs what
    "low-resource languages" does, and only the context can tell that "in" is not quoted.
    """
    length = len(pattern)
    budget = _error_budget(pattern)
    if not length or len(text) < length - budget:
        return []
    distances = _myers_distances(pattern, text, anchored=False)
    ends: list[tuple[int, int]] = []
    for index, distance in enumerate(distances):
        if distance > budget:
            continue
        if index and distances[index - 1] < distance:
            continue
        if index + 1 < len(distances) and distances[index + 1] < distance:
            continue
        if index and distances[index - 1] == distance and ends and ends[-1][1] == index:
            continue
        ends.append((distance, index + 1))
    ends.sort()
    spans: list[tuple[int, int, int]] = []
    for distance, end in ends[:MAX_SCORED_CANDIDATES]:
        window_start = max(0, end - length - distance)
        backwards = _myers_distances(pattern[::-1], text[window_start:end][::-1], anchored=True)
        fewest = min(backwards)
        sizes = [size for size in range(1, len(backwards) + 1) if backwards[size - 1] == fewest]
        for size in sorted(sizes, key=lambda size: abs(size - length)):
            spans.append((end - size, end, fewest))
    return spans[:MAX_SCORED_CANDIDATES]


def _context_score(wanted: str, available: str) -> float:
    if not wanted:
        return 1.0
    if available == wanted:
        return 1.0
    return 1.0 - min(len(wanted), _edit_distance(wanted, available)) / len(wanted)


def _candidate_score(
    quote: _QuoteForm,
    form: _TextForm,
    start: int,
    end: int,
    quote_score: float,
    position_hint: float | None,
) -> float:
    total = QUOTE_WEIGHT * quote_score
    weights = QUOTE_WEIGHT
    if quote.prefix_loose:
        before = form.loose[:start].rstrip()[-len(quote.prefix_loose) :]
        total += CONTEXT_WEIGHT * _context_score(quote.prefix_loose, before)
        weights += CONTEXT_WEIGHT
    if quote.suffix_loose:
        after = form.loose[end:].lstrip()[: len(quote.suffix_loose)]
        total += CONTEXT_WEIGHT * _context_score(quote.suffix_loose, after)
        weights += CONTEXT_WEIGHT
    if position_hint is not None:
        relative = start / max(1, len(form.loose))
        total += POSITION_WEIGHT * (1.0 - min(1.0, abs(relative - position_hint)))
        weights += POSITION_WEIGHT
    return total / weights


def _locate_in_form(
    quote: _QuoteForm, form: _TextForm, position_hint: float | None
) -> tuple[int, int, float, bool] | None:
    """Best (start, end, score, verbatim) in quote-form indices, or None."""
    if not quote.exact:
        return None
    best: tuple[float, int, int, bool] | None = None
    for count, start in enumerate(_occurrences(quote.exact, form.exact)):
        if count >= MAX_SCORED_CANDIDATES:
            break
        end = start + len(quote.exact)
        score = _candidate_score(quote, form, start, end, 1.0, position_hint)
        if best is None or score > best[0]:
            best = (score, start, end, True)
    if best is None and quote.alternative is not None:
        return _locate_alternative(quote, form, position_hint)
    if best is None or best[0] < PERFECT_SCORE:
        for start, end, edits in _approximate_spans(quote.exact_loose, form.loose):
            quote_score = 1.0 - edits / _weighted_length(quote.exact_loose, UNSPACED_QUOTE_WEIGHT)
            score = _candidate_score(quote, form, start, end, quote_score, position_hint)
            if best is None or score > best[0] + 1e-9:
                best = (score, start, end, False)
    if best is not None and not best[3]:
        _, start, end, _ = best
        grown_start, grown_end = _grow_to_quote_words(quote, form, start, end)
        grown_start, grown_end = _grow_to_unspaced_edges(quote, form, grown_start, grown_end)
        grown_start, grown_end = _snap_to_words(quote, form, grown_start, grown_end)
        if (grown_start, grown_end) != (start, end):
            edits = _edit_distance(quote.exact_loose, form.loose[grown_start:grown_end])
            quote_score = max(
                0.0, 1.0 - edits / _weighted_length(quote.exact_loose, UNSPACED_QUOTE_WEIGHT)
            )
            score = _candidate_score(
                quote, form, grown_start, grown_end, quote_score, position_hint
            )
            best = (score, grown_start, grown_end, False)
    if best is None or best[0] < QUOTE_MIN_SCORE:
        return None
    score, start, end, verbatim = best
    return start, end, score, verbatim


def _grow_to_quote_words(
    quote: _QuoteForm, form: _TextForm, start: int, end: int
) -> tuple[int, int]:
    """Grow a fuzzy span outwards to the quote's own edge words (see the module docstring).

    Edit distance alone prefers "ilient digital infrastructure" to "invest in resilient digital
    infrastructure" for "invest in digital infrastructure": the insertion costs more than a
    half-word substitution.
    """
    quote_words = list(_SPACED_WORD.finditer(quote.exact_loose))
    if not quote_words:
        return start, end
    window = len(quote.exact_loose)
    text_words = list(_SPACED_WORD.finditer(form.loose))
    first, last = quote_words[0], quote_words[-1]
    if first.start() == 0 and len(first.group()) >= EDGE_WORD_MIN_CHARS:
        edge = next((w for w in text_words if w.start() <= start < w.end()), None)
        edge_text = form.loose[start : min(edge.end(), end)] if edge else ""
        if edge_text != first.group():
            starts = [
                word.start()
                for word in text_words
                if word.group() == first.group() and start - window <= word.start() <= start
            ]
            if starts:
                start = min(starts, key=lambda position: abs(position - start))
    if last.end() == len(quote.exact_loose) and len(last.group()) >= EDGE_WORD_MIN_CHARS:
        edge = next((w for w in text_words if w.start() < end <= w.end()), None)
        edge_text = form.loose[max(edge.start(), start) : end] if edge else ""
        if edge_text != last.group():
            ends = [
                word.end()
                for word in text_words
                if word.group() == last.group() and end <= word.end() <= end + window
            ]
            if ends:
                end = min(ends, key=lambda position: abs(position - end))
    return start, end


def _grow_to_unspaced_edges(
    quote: _QuoteForm, form: _TextForm, start: int, end: int
) -> tuple[int, int]:
    """Move a fuzzy span's edge to the quote's own first (last) two characters of a script written
    without spaces, when they stand within the quote's length outside it and that costs no edit
    more (the nearest occurrence).

    Edit distance alone reads "有意义且负担得起的连通" in "有意义、安全且负担得起的连通" as
    "、安全且负担得起的连通": three substituted characters cost what three inserted ones do,
    and the span of the quote's length wins.
    """
    exact, loose = quote.exact_loose, form.loose
    window = len(exact)
    edits = _edit_distance(exact, loose[start:end])
    head, tail = exact[:2], exact[-2:]
    if len(head) == 2 and _UNSPACED.fullmatch(head[0]) and _UNSPACED.fullmatch(head[1]):
        found = loose.rfind(head, max(0, start - window), start)
        if (
            loose[start : start + 2] != head
            and found >= 0
            and _edit_distance(exact, loose[found:end]) <= edits
        ):
            start = found
    if len(tail) == 2 and _UNSPACED.fullmatch(tail[0]) and _UNSPACED.fullmatch(tail[1]):
        found = loose.find(tail, end, end + window)
        if (
            loose[end - 2 : end] != tail
            and found >= 0
            and _edit_distance(exact, loose[start : found + 2]) <= edits
        ):
            end = found + 2
    return start, end


def _snap_to_words(quote: _QuoteForm, form: _TextForm, start: int, end: int) -> tuple[int, int]:
    """Trim spaces off a fuzzy span's edges and move an edge out of the middle of a word.

    The edge goes to the start or end of that word, whichever leaves the span closer to the quote,
    when that costs at most one edit more and stays within the quote's error budget; a quote whose
    context says it begins or ends inside a word keeps such an edge.
    """
    loose = form.loose
    budget = _error_budget(quote.exact_loose)
    if start < end and " " in (loose[start], loose[end - 1]):
        budget = min(budget, _edit_distance(quote.exact_loose, loose[start:end].strip()) + 1)
    else:
        budget = min(budget, _edit_distance(quote.exact_loose, loose[start:end]) + 1)
    while start < end and loose[start] == " ":
        start += 1
    while end > start and loose[end - 1] == " ":
        end -= 1
    if start >= end:
        return start, end

    def closest(options: list[tuple[int, int]], fallback: tuple[int, int]) -> tuple[int, int]:
        scored = [
            (_edit_distance(quote.exact_loose, loose[first:last]), first, last)
            for first, last in options
            if first < last
        ]
        scored = [entry for entry in scored if entry[0] <= budget]
        if not scored:
            return fallback
        _, first, last = min(scored)
        return first, last

    if (
        not quote.opens_in_word
        and start > 0
        and _is_word_char(loose[start - 1])
        and _is_word_char(loose[start])
    ):
        word_start = word_end = start
        while word_start and _is_word_char(loose[word_start - 1]):
            word_start -= 1
        while word_end < end and _is_word_char(loose[word_end]):
            word_end += 1
        while word_end < end and loose[word_end] == " ":
            word_end += 1
        start, end = closest([(word_start, end), (word_end, end)], (start, end))
    if (
        not quote.closes_in_word
        and end < len(loose)
        and _is_word_char(loose[end - 1])
        and _is_word_char(loose[end])
    ):
        word_start = word_end = end
        while word_end < len(loose) and _is_word_char(loose[word_end]):
            word_end += 1
        while word_start > start and _is_word_char(loose[word_start - 1]):
            word_start -= 1
        while word_start > start and loose[word_start - 1] == " ":
            word_start -= 1
        start, end = closest([(start, word_end), (start, word_start)], (start, end))
    return start, end


def _locate_alternative(
    quote: _QuoteForm, form: _TextForm, position_hint: float | None
) -> tuple[int, int, float, bool] | None:
    """A bracketed alternative not found as quoted: its words as written, or nothing.

    Alternatives of one choice share most of their words ("[a scientific panel] [an independent
    international scientific panel]"), so a near match of a dropped one is its sibling.
    """
    inner = quote.alternative
    assert inner is not None
    loose = form.loose
    best: tuple[float, int, int, bool] | None = None
    # Scored as the words in their brackets: the brackets are two edits, a label none (it would
    # outweigh the words of a short alternative).
    quote_score = 1.0 - 2 / (len(inner) + 2)
    for count, start in enumerate(_occurrences(inner, loose)):
        if count >= MAX_SCORED_CANDIDATES:
            break
        end = start + len(inner)
        if start and _is_word_char(loose[start - 1]) and _is_word_char(inner[0]):
            continue
        if end < len(loose) and _is_word_char(loose[end]) and _is_word_char(inner[-1]):
            continue
        score = _candidate_score(quote, form, start, end, quote_score, position_hint)
        if best is None or score > best[0]:
            best = (score, start, end, False)
    if best is None or best[0] < QUOTE_MIN_SCORE:
        return None
    score, start, end, verbatim = best
    return start, end, score, verbatim


def _to_match(form: _TextForm, located: tuple[int, int, float, bool]) -> QuoteMatch:
    start, end, score, verbatim = located
    source_start, source_end = form.source_span(start, end)
    return QuoteMatch(source_start, source_end, round(min(1.0, max(0.0, score)), 4), verbatim)


def locate_quote(
    quote: TextQuote, text: str, position_hint: float | None = None
) -> QuoteMatch | None:
    """Where ``quote`` sits in ``text``, fuzzily (see the module docstring)."""
    form = _text_form(text)
    located = _locate_in_form(_quote_form(quote), form, position_hint)
    return _to_match(form, located) if located else None


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class _Revision:
    """One revision step's diff, and its new version searchable for a quote in one pass."""

    diff: VersionDiff
    # Quote forms of the new paragraphs, one per line: the forms hold no line breaks, so no
    # occurrence spans two paragraphs.
    new_lines: str
    line_starts: tuple[int, ...]
    # By new anchor, the indexes of the old paragraphs paired with it: built once with the
    # revision (cached per pair of versions), read for every comment followed through it.
    paired: Mapping[str, tuple[int, ...]]

    def predecessors(self, anchor: str) -> tuple[int, ...]:
        """The indexes of the old paragraphs paired with the new paragraph ``anchor``."""
        return self.paired.get(anchor, ())

    def paragraphs_containing(self, needle: str) -> list[int]:
        found: list[int] = []
        for position in _occurrences(needle, self.new_lines):
            index = bisect.bisect_right(self.line_starts, position) - 1
            if not found or found[-1] != index:
                found.append(index)
        return found


@lru_cache(maxsize=16)
def _cached_revision(
    old: tuple[VersionParagraph, ...], new: tuple[VersionParagraph, ...]
) -> _Revision:
    lines = [_folded_text(paragraph.text) for paragraph in new]
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    diff = diff_versions(old, new)
    paired: defaultdict[str, list[int]] = defaultdict(list)
    for old_index, item in enumerate(diff.items):
        if item.new_anchor is not None:
            paired[item.new_anchor].append(old_index)
    return _Revision(
        diff,
        "\n".join(lines),
        tuple(starts),
        {anchor: tuple(indexes) for anchor, indexes in paired.items()},
    )


def _revision(old: Sequence[VersionParagraph], new: Sequence[VersionParagraph]) -> _Revision:
    return _cached_revision(tuple(old), tuple(new))


def _relative_start(match: QuoteMatch, text: str) -> float:
    return match.start / max(1, len(text))


def quote_at(match: QuoteMatch, text: str) -> TextQuote:
    """The quote ``match`` found in ``text``, as a TextQuoteSelector: its text there and up to
    ``CONTEXT_CHARS`` characters of context each side (none at the paragraph's edge)."""
    prefix = text[max(0, match.start - CONTEXT_CHARS) : match.start]
    suffix = text[match.end : match.end + CONTEXT_CHARS]
    return TextQuote(text[match.start : match.end], prefix or None, suffix or None)


def _relocate(
    quote: TextQuote,
    new: Sequence[VersionParagraph],
    revision: _Revision,
    eligible: Callable[[int], bool],
    position_hint: float | None,
) -> tuple[int, QuoteMatch] | None:
    """The one ``eligible`` paragraph of ``new`` where the quote clearly sits."""
    form = _quote_form(quote)
    if not form.exact:
        return None
    hits = [index for index in revision.paragraphs_containing(form.exact) if eligible(index)]
    if not hits:
        quote_form = _similarity_form(form.exact)
        quote_size = _gram_sizes(quote_form)
        quote_grams = _grams(quote_form, quote_size)
        if not quote_grams:
            return None
        ranked: list[tuple[float, int]] = []
        for index, paragraph in enumerate(new):
            paragraph_grams = _text_grams(paragraph.text, quote_size)
            containment = len(quote_grams & paragraph_grams) / len(quote_grams)
            if containment >= RELOCATION_MIN_CONTAINMENT:
                ranked.append((-containment, index))
        candidates = (index for _, index in sorted(ranked) if eligible(index))
        hits = list(islice(candidates, RELOCATION_CANDIDATES))
    found: list[tuple[float, int, QuoteMatch]] = []
    for index in hits:
        paragraph_form = _text_form(new[index].text)
        located = _locate_in_form(form, paragraph_form, position_hint)
        if located is not None:
            found.append((located[2], index, _to_match(paragraph_form, located)))
    if not found:
        return None
    found.sort(key=lambda entry: -entry[0])
    best_score, best_index, best_match = found[0]
    if len(found) > 1 and found[1][0] > best_score - RELOCATE_MARGIN:
        return None
    long_verbatim = best_match.exact and len(form.exact) >= RELOCATE_MIN_VERBATIM_CHARS
    if best_score < RELOCATE_MIN_SCORE and not long_verbatim:
        return None
    return best_index, best_match


def _split_parts(
    old_text: str, new: Sequence[VersionParagraph], revision: _Revision
) -> frozenset[int]:
    """The paragraphs ``new`` adds that are made mostly of ``old_text``: parts split off from it.

    Only there can a quote take a surviving paragraph's comment: UN texts repeat their opening
    verbs and boilerplate in nearly every paragraph, so the quoted words standing elsewhere say
    little about where the commented passage went.
    """
    added = set(revision.diff.added)
    parts: set[int] = set()
    for index, paragraph in enumerate(new):
        if paragraph.anchor not in added:
            continue
        part_grams, old_grams = _gram_sets(paragraph.text, old_text)
        if _share_contained(part_grams, old_grams) >= ABSORBED_MIN_CONTAINMENT:
            parts.add(index)
    return frozenset(parts)


def _newly_holding(
    quote: TextQuote,
    old: Sequence[VersionParagraph],
    new: Sequence[VersionParagraph],
    revision: _Revision,
) -> Callable[[int], bool]:
    """Whether a paragraph of ``new`` holds the quote newly: none of its predecessors held it.

    A predecessor held it when the quote is found there, verbatim or fuzzily. Words that were
    there all along are another occurrence of them, not the commented one moved.
    """
    form = _quote_form(quote)

    def newly(index: int) -> bool:
        return all(
            _locate_in_form(form, _text_form(old[old_index].text), None) is None
            for old_index in revision.predecessors(new[index].anchor)
        )

    return newly


def _reads_quote(quote: _QuoteForm, form: _TextForm, located: tuple[int, int, float, bool]) -> bool:
    """Whether the located span is the quote itself, up to case (not an edited version of it)."""
    start, end, _, _ = located
    return form.loose[start:end] == quote.exact_loose


def _holds_quote_verbatim(quote: _QuoteForm, text: str) -> bool:
    """A verbatim occurrence whose context agrees with the quote's as far as the paragraph goes.

    A context cut short by the paragraph boundary still agrees: that is how a sentence split off
    into a paragraph of its own looks.
    """
    folded = _folded_text(text)
    for start in _occurrences(quote.exact, folded):
        before = folded[:start].rstrip()
        after = folded[start + len(quote.exact) :].lstrip()
        if not (before.endswith(quote.prefix) or quote.prefix.endswith(before)):
            continue
        if not (after.startswith(quote.suffix) or quote.suffix.startswith(after)):
            continue
        return True
    return False


def _context_agreement(quote: _QuoteForm, loose: str, start: int, end: int) -> tuple[int, bool]:
    """How many characters of the given context agree around the occurrence at start..end.

    The characters of the prefix that end where the occurrence begins plus those of the suffix
    that begin where it ends (up to case, junction spaces aside), and whether one of the given
    contexts agrees in full, or as far as the paragraph reaches (a clause split off loses the
    start of its prefix with the paragraph boundary).
    """
    before = loose[:start].rstrip()
    after = loose[end:].lstrip()
    prefix, suffix = quote.prefix_loose, quote.suffix_loose
    agreed_before = _common_prefix_length(before[::-1], prefix[::-1]) if prefix else 0
    agreed_after = _common_prefix_length(after, suffix) if suffix else 0
    whole = (0 < agreed_before in (len(prefix), len(before))) or (
        0 < agreed_after in (len(suffix), len(after))
    )
    return agreed_before + agreed_after, whole


def _best_context_agreement(quote: _QuoteForm, text: str) -> tuple[int, bool]:
    """The best ``_context_agreement`` over the occurrences of the quote (up to case) in text."""
    loose = _text_form(text).loose
    return max(
        (
            _context_agreement(quote, loose, start, start + len(quote.exact_loose))
            for start in _occurrences(quote.exact_loose, loose)
        ),
        default=(0, False),
    )


def _quote_moved_out(
    quote: TextQuote,
    new: Sequence[VersionParagraph],
    new_index: int,
    split_parts: frozenset[int],
    holds: Callable[[_QuoteForm, str], bool] = _holds_quote_verbatim,
) -> tuple[int, QuoteMatch] | None:
    """The split part nearest ``new_index`` that holds the quote verbatim, if any.

    ``holds`` says which occurrences count (by default: context agreeing as far as the paragraph
    reaches).
    """
    form = _quote_form(quote)
    if not form.exact:
        return None
    holders = [
        index
        for index in split_parts
        if form.exact in _folded_text(new[index].text) and holds(form, new[index].text)
    ]
    if not holders:
        return None
    nearest = min(holders, key=lambda index: (abs(index - new_index), index))
    paragraph_form = _text_form(new[nearest].text)
    located = _locate_in_form(form, paragraph_form, None)
    if located is None:
        return None
    return nearest, _to_match(paragraph_form, located)


def _quote_carried_off(
    quote: TextQuote,
    old: Sequence[VersionParagraph],
    old_index: int,
    new: Sequence[VersionParagraph],
    revision: _Revision,
) -> tuple[int, QuoteMatch] | None:
    """The one paragraph newly holding the quote verbatim whose new part is mostly the old text.

    Its new part is what it gained in the step (its n-grams none of its predecessors had; all of
    them for an added paragraph), and at least ``CONTAINED_MATCH`` of it must be in the old
    paragraph: a part split off with light edits carries the comment, also when it took in
    another old paragraph too; a request that merely repeats the quoted boilerplate with words
    of its own does not, nor a paragraph whose predecessors held the quote already.
    """
    form = _quote_form(quote)
    if _weighted_length(form.exact, UNSPACED_VERBATIM_WEIGHT) < RELOCATE_MIN_VERBATIM_CHARS:
        return None

    def carrier(index: int) -> bool:
        predecessors = [old[i].text for i in revision.predecessors(new[index].anchor)]
        if any(form.exact in _folded_text(text) for text in predecessors):
            return False
        grams, old_grams, *given = _gram_sets(new[index].text, old[old_index].text, *predecessors)
        return _share_contained(grams.difference(*given), old_grams) >= CONTAINED_MATCH

    carriers = [index for index in revision.paragraphs_containing(form.exact) if carrier(index)]
    if len(carriers) != 1:
        return None
    paragraph_form = _text_form(new[carriers[0]].text)
    located = _locate_in_form(form, paragraph_form, None)
    if located is None or not located[3]:
        return None
    return carriers[0], _to_match(paragraph_form, located)


@dataclass(slots=True)
class _Trail:
    anchor: str
    quote: TextQuote | None
    position_hint: float | None
    match: QuoteMatch | None = None
    text_changed: bool = False
    # While the paragraph is lost: its text and relative position when last seen.
    last_seen: str | None = None
    # While the paragraph (followed without a quote) is merged into another: its own text there.
    merged_text: str | None = None
    last_position: float = 0.0

    def drop_quote(self) -> None:
        """The quote could not be followed: later steps follow the paragraph only."""
        self.quote = None
        self.match = None
        self.position_hint = None


def _follow_step(
    trail: _Trail, old: Sequence[VersionParagraph], new: Sequence[VersionParagraph]
) -> bool:
    """Advance ``trail`` by one revision; False when its paragraph is lost."""
    old_index = next(
        (index for index, paragraph in enumerate(old) if paragraph.anchor == trail.anchor), None
    )
    revision = _revision(old, new)
    change = revision.diff.items[old_index] if old_index is not None else None
    successor = change.new_anchor if change is not None else None
    new_index = next(
        (index for index, paragraph in enumerate(new) if paragraph.anchor == successor), None
    )

    in_old = None
    if trail.quote is not None and old_index is not None:
        in_old = locate_quote(trail.quote, old[old_index].text, trail.position_hint)
        if in_old is not None:
            trail.position_hint = _relative_start(in_old, old[old_index].text)

    if trail.quote is not None:
        if old_index is not None and new_index is not None:
            if in_old is not None:
                # The context given chose this occurrence among identical ones; the text around it
                # goes on telling it apart where an edit or a split cut the context given.
                trail.quote = quote_at(in_old, old[old_index].text)
            return _follow_quote_in_survivor(
                trail, old, old_index, new, new_index, revision, _is_identical(change)
            )
        eligible = _newly_holding(trail.quote, old, new, revision)
        relocated = _relocate(trail.quote, new, revision, eligible, trail.position_hint)
        old_text = old[old_index].text if old_index is not None else None
        if relocated is not None and _passage_moved(
            trail.quote if in_old is None or old_text is None else quote_at(in_old, old_text),
            old_text,
            new[relocated[0]],
            relocated[1],
            [old[index].text for index in revision.predecessors(new[relocated[0]].anchor)],
        ):
            index, match = relocated
            return _settle(trail, new[index], match, identical=False)
        return _lose(trail, old, old_index)

    if old_index is None or new_index is None:
        return _lose(trail, old, old_index)
    if trail.merged_text is not None or len(revision.predecessors(new[new_index].anchor)) > 1:
        new_index = _follow_merged_text(trail, old[old_index].text, new, new_index, revision)
    trail.anchor = new[new_index].anchor
    trail.text_changed = trail.text_changed or not _is_identical(change)
    return True


def _follow_merged_text(
    trail: _Trail,
    old_text: str,
    new: Sequence[VersionParagraph],
    new_index: int,
    revision: _Revision,
) -> int:
    """Where a comment without a quote on a merged paragraph goes: after its own text.

    The paragraph's own text is kept from the step that merged it with others. While the merged
    paragraph's successor holds it (``locate_quote``), the comment stays there; once it does not
    (a later revision split it out again: "merged in Rev.1, separated in Rev.2"), the comment
    goes to the paragraph the step adds that is most similar to that text, at least
    ``MATCH_THRESHOLD``, and follows that paragraph alone from then on. The head of the split
    keeps the merged paragraph's anchor, whichever part the comment's text went to.
    """
    own_text = trail.merged_text if trail.merged_text is not None else old_text
    held = locate_quote(TextQuote(own_text), new[new_index].text)
    if held is not None:
        trail.merged_text = new[new_index].text[held.start : held.end]
        return new_index
    trail.merged_text = None
    added = set(revision.diff.added)
    ranked = [
        (similarity, index)
        for index, paragraph in enumerate(new)
        if paragraph.anchor in added
        and (similarity := _paragraph_similarity(own_text, paragraph.text)) >= MATCH_THRESHOLD
    ]
    if not ranked:
        return new_index
    trail.text_changed = True
    return max(ranked)[1]


def _passage_moved(
    passage: TextQuote,
    old_text: str | None,
    paragraph: VersionParagraph,
    match: QuoteMatch,
    held_before: list[str],
) -> bool:
    """Whether a removed paragraph's quoted passage is what ``paragraph`` holds at ``match``, not
    merely its words: the quote with the old text around it (``passage``: up to
    ``CONTEXT_CHARS`` each side) agrees there on one side in full, or as far as the paragraph
    reaches; or what the paragraph gained in this step (its n-grams none of its predecessors,
    ``held_before``, had; all of them for an added paragraph) is mostly the removed text
    (``GAINED_MIN_SHARE``): the removed request joined to a surviving one, the removed paragraph
    rewritten under another number; or the quote alone is a passage too long to recur by
    chance (``RELOCATE_MIN_PASSAGE_CHARS``, verbatim). A name ("Internet Governance Forum",
    "论坛") or a phrase recurs in new text about something else."""
    form = _quote_form(passage)
    if (
        match.exact
        and _weighted_length(form.exact, UNSPACED_VERBATIM_WEIGHT) >= RELOCATE_MIN_PASSAGE_CHARS
    ):
        return True
    if _best_context_agreement(form, paragraph.text)[1]:
        return True
    if old_text is None:
        return False
    grams, old_grams, *earlier = _gram_sets(paragraph.text, old_text, *held_before)
    gained = grams.difference(*earlier)
    return _share_contained(gained, old_grams) >= GAINED_MIN_SHARE


def _follow_quote_in_survivor(
    trail: _Trail,
    old: Sequence[VersionParagraph],
    old_index: int,
    new: Sequence[VersionParagraph],
    new_index: int,
    revision: _Revision,
    identical: bool,
) -> bool:
    """Keep a quoted comment on its paragraph's successor, unless the quote went to a split part
    or was carried off verbatim with the text around it."""
    assert trail.quote is not None
    old_paragraph = old[old_index]
    split_parts = _split_parts(old_paragraph.text, new, revision)
    quote = _quote_form(trail.quote)
    successor = new[new_index]
    paragraph_form = _text_form(successor.text)
    located = _locate_in_form(quote, paragraph_form, trail.position_hint)
    moved_to: tuple[int, QuoteMatch] | None = None
    if located is not None and _reads_quote(quote, paragraph_form, located):
        context = len(quote.prefix_loose) + len(quote.suffix_loose)
        agreed = _best_context_agreement(quote, successor.text)[0]

        # The words are here, but not (all of) their context: an occurrence that a split part
        # holds with a whole prefix or suffix and more of the context agreeing is the one
        # commented on (W3C: the context chooses the occurrence).
        def better_described(form: _QuoteForm, text: str) -> bool:
            there, whole = _best_context_agreement(form, text)
            return whole and there > agreed

        if agreed < context:
            moved_to = _quote_moved_out(trail.quote, new, new_index, split_parts, better_described)
    else:
        moved_to = _quote_moved_out(trail.quote, new, new_index, split_parts)
        if moved_to is None and located is None:
            moved_to = _relocate(
                trail.quote, new, revision, split_parts.__contains__, trail.position_hint
            )
        if moved_to is None and located is None:
            moved_to = _quote_carried_off(trail.quote, old, old_index, new, revision)
    if moved_to is not None:
        index, match = moved_to
        return _settle(trail, new[index], match, identical=False)
    if located is not None:
        return _settle(trail, successor, _to_match(paragraph_form, located), identical)
    trail.drop_quote()
    trail.anchor = successor.anchor
    trail.text_changed = True
    return True


def _lose(trail: _Trail, old: Sequence[VersionParagraph], old_index: int | None) -> bool:
    """Keep the paragraph's last text (and any quote) in case a later version restores it."""
    if old_index is not None:
        trail.last_seen = old[old_index].text
        trail.last_position = old_index / len(old)
    return False


def _recover(
    trail: _Trail, old: Sequence[VersionParagraph], new: Sequence[VersionParagraph]
) -> bool:
    """Find a lost paragraph among those ``new`` adds; True when it is back."""
    if trail.last_seen is None:
        return False
    added = set(_revision(old, new).diff.added)
    ranked: list[tuple[float, float, int]] = []
    for index, paragraph in enumerate(new):
        if paragraph.anchor not in added:
            continue
        similarity = _paragraph_similarity(trail.last_seen, paragraph.text)
        if similarity >= MATCH_THRESHOLD:
            distance = abs(index / len(new) - trail.last_position)
            ranked.append((-similarity, distance, index))
    if not ranked:
        return False
    restored = new[min(ranked)[2]]
    identical = _status_form(trail.last_seen) == _status_form(restored.text)
    trail.last_seen = None
    if trail.quote is not None:
        match = locate_quote(trail.quote, restored.text, trail.position_hint)
        if match is not None:
            return _settle(trail, restored, match, identical)
        trail.drop_quote()
        identical = False
    trail.anchor = restored.anchor
    trail.text_changed = trail.text_changed or not identical
    return True


def _is_identical(change: ParagraphChange | None) -> bool:
    return change is not None and change.similarity == 1.0


def _settle(trail: _Trail, paragraph: VersionParagraph, match: QuoteMatch, identical: bool) -> bool:
    trail.anchor = paragraph.anchor
    if trail.match is not None:
        # Confidence and verbatim-ness are about the original quote, so they hold for the chain
        # only as far as they hold for its weakest step.
        match = QuoteMatch(
            match.start,
            match.end,
            min(match.score, trail.match.score),
            match.exact and trail.match.exact,
        )
    trail.match = match
    trail.quote = quote_at(match, paragraph.text)
    trail.position_hint = _relative_start(match, paragraph.text)
    trail.text_changed = trail.text_changed or not identical
    return True


def resolve_anchor(
    anchor: str,
    quote: TextQuote | None,
    chain: Sequence[tuple[Sequence[VersionParagraph], Sequence[VersionParagraph]]],
) -> ResolvedAnchor:
    """Follow a comment's anchor (and quote) through consecutive revisions."""
    trail = _Trail(anchor, quote, None)
    lost = False
    for old, new in chain:
        step = _recover if lost else _follow_step
        lost = not step(trail, old, new)
    if lost:
        return ResolvedAnchor(None, "orphaned", None)
    if trail.anchor == anchor and trail.text_changed and chain:
        written = next((p.text for p in chain[0][0] if p.anchor == anchor), None)
        final = next(p.text for p in chain[-1][1] if p.anchor == anchor)
        if written is not None and _status_form(written) == _status_form(final):
            # The edits were undone: the paragraph reads as the comment's version printed it, so
            # the comment, and its quote, are where they were written.
            trail.text_changed = False
            trail.match = locate_quote(quote, final) if quote is not None else None
    status: AnchorStatus
    if trail.anchor != anchor:
        status = "moved"
    elif trail.text_changed:
        status = "modified"
    else:
        status = "unchanged"
    return ResolvedAnchor(trail.anchor, status, trail.match)
