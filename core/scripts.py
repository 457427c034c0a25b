"""Unicode ranges of the East Asian scripts, for regular-expression character classes.

Han and kana are written without spaces between words, so a character of theirs is a word for
comparing, excerpting and quoting; Hangul is written with spaces but, like Han, has many
distinct letters, so short forms of it compare like Han. Ranges from the Unicode 15.1 block
list (https://www.unicode.org/Public/15.1.0/ucd/Blocks.txt, 2023-07-28).
"""

# CJK Unified Ideographs and Extension A.
HAN_BASIC = "\u3400-\u4dbf\u4e00-\u9fff"
# Hiragana, Katakana, CJK Unified Ideographs with Extension A, CJK Compatibility Ideographs and
# the supplementary ideographic planes (Extensions B and later).
IDEOGRAPHS_AND_KANA = "\u3040-\u30ff" + HAN_BASIC + "\uf900-\ufaff\U00020000-\U0003ffff"
HANGUL_SYLLABLES = "\uac00-\ud7af"
# CJK radicals, ideographic description characters, CJK symbols and punctuation, and the
# full-width and half-width forms from the full-width white parenthesis on.
CJK_MARKS = "\u2e80-\u303f\uff5f-\uffef"
