"""Paragraph parser for UN-style texts (resolutions, outcome documents, compacts).

``parse_document`` turns plain text or Markdown, as it comes out of PDF or web extraction, into
an ordered tree of paragraphs with stable, language-independent anchors. It is pure: no I/O, no
database. It works line by line with a small state machine and never guesses silently: whatever
it cannot place is reported as a ``ParseWarning``.

Anchors (the contract, see product/api.md "Anchors"; ``P`` is the scope prefix, empty in the
main text and ``annex-N/`` inside annex N):

- operative paragraph 8: ``P8``; its sub-paragraph (c): ``P8.c``; item (ii) of that: ``P8.c.ii``.
  "8)", "c)" and "ii)", as some drafts and web copies print them, are read the same way, unless
  they wrap a sentence the line above left unfinished ("(see paragraph\n3) and"), which a
  paragraph that is a short title ("15. E-government" + "a) Implement …", the WSIS Plan of
  Action) is not: its "a)" or "1)" is its first item. "(1)", "(2)" (Chinese "（1）") number the
  paragraphs of a text, or of an article as model laws print them (``Particle-7/1``, label "(1)"),
  where they run as that numbering: "(1)" not below a colon (there it is an item, kept in the
  text), nor going on with a sentence ("…paragraph" + "(1) of article 5"), and with "(2)" the next
  number below; then each as the paragraph expected next (a "(3)" right after a list "(1)", "(2)"
  inside paragraph 2 is read as the list's, a known limit). A line opening with "(a) of …" under a
  sentence stopped at a reference ("…and subparagraph", "…第 2 段" + "(b) 分段", "…第 1 款" +
  "(a) 项", also one asking for an item or a part, "…paragraph 3 (a)" + "(ii) of …", "…第
  3(a)" + "㈡段", "…下文第二节" + "（一）部分所述") completes that reference: text, no
  sub-paragraph, the line above no title however wide or short (a preambular paragraph's first
  line, "Recalling …, in particular paragraph 5" + "(c) of resolution 70/1 …,", is none, nor
  front matter); below any sentence left unfinished, so does a marker cited as no item's text
  opens, with another marker or the word naming it ("…set out above in" + "(a) to (c) of …",
  "…上文" + "(a)至(c)分段", "(a)和(b)项", "(a)项", "㈠至㈢目"; a Chinese one joins the
  ideograph above without a space when its own ")" is glued to the next, as the printed text
  sets it); and so does the second of a pair the line above stops inside, ending at the first
  and its conjunction ("…paragraph 56 (a) and" + "(b) thereof,", "…paragraph 3 (a) to" + "(c)
  above …", "…第 56 段(a)㈠和" + "㈡目，"), as no list's own marker ends a line that way. So
  does a marker with punctuation, or other markers and then punctuation or "of", right after it
  below a sentence stopping at a numbered reference ("…paragraph 56" + "(a). The Panel …",
  "…paragraph 8" + "(c) (ii), shall apply", "…resolution 70/1" + "(a). It …", "…第 56 段" +
  "(a)。", "…第 8 段" + "(c)㈡，"), as no item's text opens with punctuation, and a marker
  cited by the place it names below a sentence stopping at the preposition before it ("…the
  provisions of" + "(b) above"; below "…; and", "(b) above all, …" stays an item). So does
  whatever follows a Chinese ordinal left open
  ("…该决议第" + "3、第 4 段", "…本决议第 1" + "(b) 段"), and a number with its "、" right below
  a full line whose sentence goes on ("…行动 2 和行动" + "3、《全球数字契约》…", as Chinese
  lines break anywhere; below a short line, "一、背景" + "1、…", it opens what it numbers). "b. …"
  (or "ii. …" under a lettered item) is item (b) when it is the letter expected next, in a list a
  colon opened or that letters already run (pandoc's lettered lists); "i. …" opening a list a
  paragraph's colon opened, no letters running, is its item (i), and "ii.", "iii." follow (pandoc's
  roman lists, as Chinese prints ㈠, ㈡): "i." is the letter (i) only after (h). A paragraph ending
  at its full stop opens such a list too where its "i. …" (or "a. …") right below is followed by
  "ii. …" ("b. …") before the next numbered paragraph; a lone "i. …" there stays its text. Right
  below a heading "i. …" is the heading's item (i), as "(i)" is ("I. …" there is section I, an
  annex's or appendix's first, "Annex" + "I. Mandate"); atop a text, its heading front
  matter ("Summary" + "i. …" + "ii. …"), each numeral opens a paragraph of its own (``p-N``, the
  numeral kept in its text, as a summary's plain paragraphs are). Below an item
  ended as the one before a list's last is, "…divides; and", "; or", "…；和", "…；以及", "…；或",
  the next item in sequence opens the line, "b. …", "b) …" or "ii. …" as "(b)" does, no
  sentence going on there; the conjunction a Chinese line break leaves alone below the item's
  "；" ("…政策；" + "以及") is that item's last word, as a lone "and" is. The words below a list's
  last item ended at its comma or semicolon ("1. Decides:" + "(a) …;" + "(b) …," + "in order to …",
  "以加强…。"), its line short of the text's width, close the paragraph's sentence: they are the
  paragraph's text, after its colon, where they open in lower case (or in a script without
  capitals), end as a sentence does and no item follows (``_Parser.closes_a_list``). In Markdown,
  where indentation shows the nesting, pandoc's upper-case "A.", "B." indented are read alike (a
  section's "A." is at the margin), and an "i." indented deeper than the lettered item above is
  that item's (i), whatever the item ends with ("b. Foster inclusion;" + "   i. …").
  Chinese ㈠ … ㈩ and (一) … (十一) are items too and become roman numerals (㈠ -> i, (十一) -> xi;
  in an article, (一) -> a: see articles); Latin letters, also in Chinese text, stay letters.
  Cyrillic ones, as Russian web copies type them, are the Latin letter they stand for: a
  look-alike ("а)", "с)" among "b)") or a letter at its place in the Russian alphabet ("а) б) в)
  г)" -> a, b, c, d; ё, й, ъ, ы, ь skipped), the list's next letter deciding which ("с)" is c
  after "b)", q after "р)"); the label keeps the letter as printed. So are pandoc's "а.", "б."
  in Russian, then read as "a.", "b." are (an abbreviation at a line's start, "г. Женеве", is
  no letter the list expects). Arabic texts' markers are
  read as the English ones: "1 - " (a dash between spaces, Arabic text after it) as "1."
  ("1 مكررا - " as "1 bis."), the abjad letters "(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)" …
  as (a) … (f) …, and quoted numbers,
  "'1'", "‘2’", as (i), (ii); labels keep them as printed ("2 (ب) '1'").
  Doubled letters (aa), (bb) stay doubled. "(i)" right after "(h)" (also "(v)" after "(u)" and
  its "(iv)", "(x)" after "(w)" and its "(ix)") is either reading, and the next marker below
  decides (``_Parser.roman_by_the_next_item``): "(ii)" makes it (h)'s first roman item, "(j)",
  Russian "к)", or "(i)" again (the letter's own first item) the letter (i); with no marker
  below, the letter, unless (h) ends with the colon that opens a list. An Arabic quoted number
  ("’1‘") is only ever the roman one.
  Items atop the text, no paragraph above them nor any heading but skipped front matter ("(a)
  …" + "(b) …", "Summary" + "(i) …" + "(ii) …", "摘要" + "（一）…" + "（二）…", an excerpt's
  first lines), the first its sequence's with text after its marker and the second opening a
  line below it, are paragraphs of their own anchored by their handle, ``Pa``, ``Pb``; ``Pi``,
  ``Pii`` (Chinese numerals as roman ones), label "(a)" as printed, a title-shaped first one no
  front matter; the items below one are its own (``Pa.i``), and the run ends where another
  paragraph or a heading opens (pandoc's "i." there keeps ``p-N``, above).
  A sub-heading set between the lettered items a numbered paragraph's colon opened, unnumbered or
  lettered, as agreed conclusions print them ("4. … to take the following actions:" + "A.
  Strengthening normative frameworks" + "(a) …;" + "(b) …;" + "B. Strengthening financing" +
  "(c) …;", "4. …采取下列行动：" + "加强规范框架" + "(a) …；"), keeps its own anchor, and the
  items below it that go on with the paragraph's letters stay the paragraph's, ``P4.a`` …
  ``P4.c``; an item starting its letters anew below it is the heading's.
- preambular paragraphs: ``Ppp1``, ``Ppp2`` … They are the unnumbered paragraphs immediately before
  the first operative paragraph of a scope (headings right before paragraph 1, such as
  "Introduction", may sit between them; below the chapeau and a preambular paragraph's comma such a
  heading, "Mandate of UNMISS", is kept, and so is one set apart below where the text began, a
  declaration's "Digital inclusion" below its "We, …," and preamble, even as the text's only
  heading (see front matter; "Recognizing …," + "Primary health care" + "1. …" keeps pp1, pp2 and
  the heading, and so does a compilation's "PP2 bis [Also recognizing …,] (G77 and China)" +
  "Operative part" + "OP1 …", the comma inside the brackets before the sponsors, or any "PP2 …"
  however it ends, "PP2 Stressing … (agreed ad ref)"); elsewhere it is skipped as front
  matter); the run stops at the previous heading or skipped front matter,
  so a title or an "Adopts the following document:" line before it is not counted, and at a
  "Preamble" title or a declaration's long "We, …": a note or a date above them ("Note: text in
  square brackets …", "Adopted on 22 September 2024.") is an unnumbered paragraph. A
  title ending in its revision or document number ("Zero draft, Rev.1", "Version 2.1", "A. Draft
  resolution A/C.2/79/L.15") is unfinished, a title: that number is no note marker after a full
  stop. Without a chapeau above it or a "Preamble" title, such a run is a preamble only when worded
  as one (a paragraph opening with a participle or a declaration's "We, …", or numbered "PP1" as
  a compilation numbers one in any script, or every paragraph ending with a comma, none of them
  a Markdown line set wholly in bold): a report's summary is
  not (nor a Chinese one wrapped at a comma above "并…": "并", unlike "又" and "还", opens no
  preambular paragraph but goes on with the sentence, "…提交的，" + "并提出了…。" being one
  paragraph, as "…resolution 79/194," + "and sets out …" is; nor a line opening with a quotation
  mark right below a comma, the title the paragraph cites wrapped there, "…70/1 of 25 September
  2015," + "“Transforming our world: …”,", unless every paragraph opens with one, a text quoted
  whole),
  nor a caption with a stray comma over its points ("Key messages," + "- … ." +
  "Recommendations:"), nor a bold "**Key messages,**" right above paragraph 1 (a heading over
  it); a bold line ending with a comma is preambular only below a chapeau or among paragraphs
  opening as preambular ones do (a Rev.'s inserted "**Reaffirming its resolution 79/1,**", see
  Markdown below; plain
  text cannot tell a lone "Key messages," above paragraph 1 from a sentence ending with a comma:
  pp1, a known limit). "Preamble", "I. Preamble", "序言" are such titles; a list's "- Preamble"
  (an elements paper's "Proposed structure" + "- Preamble" + "- Commitments") is none, nor is
  one below the text's own numbered paragraphs (it titles a text they adopt: the Pact's
  "Chapeau" is "序言" in Chinese, below "1. 通过以下文件："). Atop the text, no chapeau above it,
  such a title is front matter, skipped, in Markdown ("## Preamble") as in plain text, so that
  both formats anchor the same content alike (below a chapeau and its preambular paragraphs it
  is a heading in both, "The General Assembly," + "Recalling …," + "Preamble" + "1. …"). Below
  one, before any operative paragraph, paragraphs numbered "1.", "2." in sequence and worded as
  preambular ones, a list restarting at "1." below them (the operative part), are its
  ``Ppp1``, ``Ppp2``, label "1", "2" (Word's list numbers, which pandoc keeps without their
  "PP": "## Preamble" + "1.  *Recalling* …," + "## Operative paragraphs" + "1.  *Reaffirms* …",
  the operative numbering then opening at 1, no part of its own), however each ends ("1.
  回顾…；" too). Without that restart they are paragraphs 1, 2: a declaration opens its
  commitments with the same words, "我们，…" + "1. 重申…。" + "2. 认识到…", as in English. The
  chapeau, a line naming the acting body with a comma ("The General Assembly,", "大会，" or spaced
  "大 会，", "L'Assemblée générale,", a conference or assembly with where and when it met, as ITU
  resolutions print it, "The World Telecommunication Standardization Assembly (Geneva, 2022),",
  "世界电信标准化全会（2022 年，日内瓦），", in plain text also wrapped before its parenthesis
  ("…Telecommunication Union" + "(Bucharest, 2022),", read as one line, as the Chinese one fits
  on it), or an organ with where and when it met after a comma, as UNESCO's General Conference
  and the General Assembly print it ("The General Conference of the United Nations Educational,
  Scientific and Cultural Organization (UNESCO), meeting in Paris from 9 to 24 November 2021, at
  its 41st session,", "The General Assembly, at its seventy-ninth session,", "…（教科文组织）大会
  于 2021 年 11 月 9 日至 24 日在巴黎举行第四十一届会议，", in plain text also wrapped over up to
  three lines of a block of its own), but no summit so named, a list's entry, or a bare "We,
  the Member States," / "我们，会员国，" (in English also without its comma, as the Charter's
  "We the peoples": "We the Member States,", below a title too, which it ends) of at
  most eight words or twelve ideographs, with "/" and "的" as anywhere), is ``p-<ordinal>``, never
  pp1 (also a declaration's "We, …," below the resolution's own chapeau and "Adopts the following
  declaration:"), and the run stops there too (a line a paragraph wrapped to leave nothing but
  "大会，" on it reads so as well, a known limit); but a titled preamble may come before the chapeau
  (the Universal Declaration of Human Rights: "Preamble" + "Whereas …," + "Now, therefore," +
  "The General Assembly," + "Proclaims …" + "Article 1"): its paragraphs between the title and the
  chapeau are the preamble, and "Now, therefore," / "因此现在，" and the proclamation are
  unnumbered paragraphs. A negotiators' note bracketed whole in the run ("[Co-facilitators' note:
  PP3 and PP4 are under negotiation.]", "[注：…]") is an unnumbered paragraph, not counted; so
  is one below the draft's title ("Co-facilitators' note: …", "共同主持人的说明：…", bracketed
  or not), which never goes on with that unpunctuated title, however wide, a blank line between
  or none, unless the title stops at a word no title ends with, and which stays the text's above
  its chapeau too (an editorial "Note: … issued without formal editing." is front matter). A
  chapeau plain text wraps once before its last
  words is read on one line right above a preambular or numbered paragraph ("The Conference of
  the Parties serving as the meeting of the Parties to the" + "Paris Agreement," + "Recalling
  …", the CMA's decisions): the decision's number and title above it are then front matter.
  An operative clause printed without a number right above paragraph 1 (its headings between),
  a verb and the semicolon or stop an operative paragraph ends with, as UNESCO's General
  Conference adopts a recommendation below its preamble ("Adopts the present Recommendation … on
  this twenty-third day of November 2021;" + "Recommends that Member States apply …;", "通过本
  建议书…；" + "建议会员国…；"), or a decision's "Decides that the Forum shall:" + its items
  numbered "(1)", "(2)" (held in its text), is an unnumbered paragraph, no preambular one; the
  run goes on above it (a lead-in over "(a)", "(b)" items is read as before).
  "Adopts the following outcome document:" / "通过以下…：" right above paragraph 1 is no
  preambular paragraph either, nor is anything above it (the adopting resolution's); above the
  preamble, such a clause ending with its colon ("At its eightieth session, adopted the outcome
  document …:", "在其第八十届会议上通过了…：", but no "Recalling …, adopted …, which reads:") is an
  unnumbered paragraph, and the run stops there. But below a declaration's "We, …," (or its
  chapeau "We, the Member States,") and the preambular paragraphs after it, the line ending
  with its colon right above paragraph 1 (headings between allowed) is the declaration's own
  formula, its verb the "we"'s: "Adopt the following outcome document:", "Declare the
  following:", "Agree as follows:", "Declare as follows:", "兹宣布：", "通过以下成果文件：" is an
  unnumbered paragraph, as "Have agreed as follows:" is, and the "We, …," and the paragraphs
  below it are the preamble, pp1, pp2 … (below "The General Assembly," / "大会，" the same
  "通过以下…：" is the adopting resolution's). Right below a "We, …," a line whose sentence a
  full stop ends (on it or on the lines wrapped below it) is the verb the "we" waited for,
  whatever it opens with, never a preambular paragraph ("我们，…聚集在联合国总部，" +
  "重申我们对…的坚定承诺。" is one paragraph, as English prints "…, reaffirm our …" in lower
  case); a preambular paragraph there ends with its comma ("回顾…，").
  A decision that numbers no paragraph ("大会，" +
  "回顾其第 70/125 号决议，" + "决定：" + "(a) …") has its preamble between the chapeau (or a
  declaration's "We, …,") and the lead-in its items hang from: "回顾…，" is pp1, "决定：" and
  its items keep ``p-3``, ``p-3.a``; so has a resolution whose one paragraph is unnumbered,
  between its chapeau and the first paragraph not worded as a preambular one ("The General
  Assembly," + "Recalling …," + "Adopts the political declaration … annexed …": pp1, ``p-3``).
  Chinese opens operative paragraphs with a preambular one's words ("欢迎", "敦促", "注意到"):
  where English tells "Welcomes …;" from "Welcoming …," by the verb, Chinese tells them by where
  the sentence ends, a preambular paragraph's going on past its "，", an operative one's ended by
  its "；" or "。" (a lead-in's, "敦促会员国：", by its last item's), so "回顾…，" + "欢迎…；" +
  "决定…。" is pp1, ``p-3``, ``p-4`` as in English.
  An ITU resolution (Plenipotentiary Conference, WTSA, WTDC) sets each section's lead-in alone on
  its line below such a conference's chapeau: "recalling", "considering further", "noting with
  satisfaction", "resolves", "instructs the Secretary-General", "invites Member States" ("忆及",
  "进一步考虑到", "满意地注意到", "做出决议", "责成秘书长", "请各成员国"), in lower case, no final
  punctuation (a colon allowed), at the chapeau's margin, below a finished line or a blank one,
  never stopped at a word no title ends with. Each is a paragraph of its own, never the end of
  the item above it, a heading or front matter, and the items below are its own, as a
  decision's "Decides:" holds its "(a)": its lettered items, "a) …" (``pp1.a``), and its
  operative ones numbered 1, 2, 3 … with or without a full stop, "1       to continue …"
  (``p-8.1``, label "1"; one or two numbers skipped with a warning), under which "a) …" is
  that item's (``p-8.1.a``, label "1 a)"); a number further off is text. A single clause right
  below a lead-in ("invites Member States" + "to participate actively …") is a paragraph of its
  own, whatever its case; no paragraph below the first lead-in is trailing matter. The
  lead-ins above the first operative one ("resolves", "decides", "instructs", "invites",
  "requests", "encourages", "urges", "calls upon", "做出决议", "决定", "责成", "请", "鼓励", "敦促",
  "呼吁" …) are the preamble, ``pp1``, ``pp2`` … as any, their items ``pp1.a``; the operative
  ones keep ``p-<ordinal>``, so the items "a)" and "1" recurring under each lead-in stay apart
  (``pp1.a``, ``pp2.a``, ``p-8.1``, ``p-11.1``) and English and Chinese number alike. An
  operative lead-in above its item "1" may end with the comma closing its qualifier
  ("instructs the Secretary-General, in consultation with the Council,", "责成秘书长，与理事会
  协商，") and a page's width may wrap it over up to three lines at its margin ("…Bureau, in
  close" + "collaboration with the Director of the Telecommunication Development Bureau,"): one
  lead-in, its lines joined. So may a preambular lead-in going on with its clause above its
  item "a)" ("considering further the outcomes of the World Summit …, in" + "particular,"):
  one lead-in holding its items, where the chapeau or the item above took it in. Either may
  end with a colon above its items. A preambular clause in lower case right below the chapeau
  ("recognizing that the digital divide persists …,"), or after a blank line below such a
  clause before any lead-in, is a preambular paragraph of its own, as the Chinese "认识到…，"
  is, never the chapeau's end. An operative lead-in whose list of addressees a comma closes,
  alone between blank lines above its clause ("invites Member States, Sector Members and
  Associates," + "to participate actively …"), is a lead-in too, never the end of the item
  above ending with a comma.
  The run goes on across the sub-headings of a titled preamble ("Preamble" + "People" +
  "Planet") and, below the chapeau, across headings set
  between two preambular paragraphs that each end with their comma ("Recalling …," + "Taking
  stock" + "Noting …,", as ECOSOC resolutions print them): the preamble is counted pp1, pp2 … in
  order across them, the heading keeping its own handle. A heading with no chapeau above it (a
  report's), above the chapeau, above a paragraph that is no preambular one or after paragraph 1
  still ends the run. Only what the line says decides, never its
  display width, so a short "Recalling A," or "重申《联合国宪章》，" is pp1 and every language of
  a version numbers its preamble alike.
- section headings: roman ``I.`` (also ``I、`` and Unicode's numerals, ``Ⅱ、``, as Chinese drafts
  type them) and Chinese ``一.``/``一、`` (also alone on their line above a
  title, "I" + "Implementation of the Convention", when the numeral is the one expected next: a lone
  "X", a site's link, is none), Arabic ordinal words read as roman numerals, "أولا - " (also
  "أولاً - ") as "I.", "ثانيا - " as "II." … (with their dash: "أولا، …" is "firstly, …"),
  but not a list numbered so in the text: "I." / "أولا - " right below a paragraph ending with
  a colon, when it reads as an item ("…the following steps:" + "I. Strengthening …" + "…;": its
  text wrapped on and ended with ";" / "؛" / "," / "; and" or a sentence's full stop, or "II."
  right below it), and the next numeral below that item, ended so or unpunctuated (right below
  it after a full stop), are unnumbered paragraphs of text; an unpunctuated title there with a
  blank line, a numbered paragraph, an "(a)" item or a sentence of its own below it ("…as
  follows:" + "I. Mandate" + "3. …") is a section heading;
  and chapters and a treaty's or report's parts ("Chapter I", "Chapter 2.", "Part
  II", "Part One", "第一章", "第二部分", "الفصل الأول", "الجزء الثاني", the Arabic ordinal read as
  for annexes, the French, Spanish and Russian ordinal words to the tenth as their number,
  "Chapitre premier", "Capítulo segundo", "Глава первая", "Deuxième partie", "Primera parte"
  (not "Première partie du rapport …", a sentence), the Arabic never followed by "من" or
  "في", a sentence's "of" and "in"; their title on the line or the next, in Markdown the next
  heading, deeper or, unpunctuated and unnumbered, of the same level, as reports set it
  ("## 第一章" + "## 需要经济及社会理事会采取行动或提请其注意的事项"); after an article's own
  numbered paragraphs, a chapter or section is the text's, not the article's) -> ``Psection-1``;
  lettered sub-headings ``A.`` (Arabic names the letter, "ألف - ", "باء - " …; Chinese may letter
  them with the heavenly stems, "甲." or "甲、", "乙." …, not before another stem; Russian letters
  them in Cyrillic, "А.", "Б.", "В." …, read as item letters are, the look-alike or the place in the
  Russian alphabet, whichever is the sub-heading expected next: "В." is B after "А.", C after
  "Б."; the label keeps the letter as printed) -> ``Psection-1.a``
  (``Psection-a`` before any numbered section; "C. Action lines" or "C. 行动方针" as a text's
  first section heading, no section above it, is the letter, not section 100: a letter past X
  reads as a roman only where a run of sections leads up to it), as is a
  Chinese "（一）贫困与不平等" below a heading or a finished paragraph that opened no list (or a
  list finished, when it would be an item out of sequence: "(c) 代际差距。" + "（二）人工智能"), a
  short title without final punctuation, commas or semicolons, above a numbered paragraph (also
  one inserted, "5 之二." or "5 bis.") or, in a section numbered "一、" (which holds "（一）"
  as "I." holds "A."), above bullets or prose past a blank line, not a sentence going on
  ("二、行动领域" + "（一）国内公共资源" + "•   加强税收能力" + blank line + "（二）…" +
  "会员国强调…。": a blank line ends the unpunctuated bullets), and any Markdown heading or bold
  line so numbered ("### （一）连通性"); below sub-headings lettered "A.", "B." such a title,
  whatever its numeral, heads the level below, an unnumbered heading labelled "（一）"
  ("A. 数字经济" + "2. …。" + "（一）电子商务" + "3. …"). A plain sub-heading ("A. Digital
  inclusion", "（一）数字包容") under a Markdown section heading ("## II. Main elements", "## 二、
  主要要素") is a part of that section, below it whatever its Markdown level, and so is a
  Markdown sub-heading marked up at the section's own level ("### 二、组成" + "### （一）主席团",
  "### II. Composition" + "### A. Bureau", in an annex too), which keeps that level for the
  headings below it. Bold lines have no
  level of their own: a bold section heading stands
  beside the section before it ("## II." + "**III.**"), else below the Markdown heading above it
  ("## Chapter I" + "**I. Mandate**"), else ranks as one set plain, over the numbered headings
  below it ("**I. Sustainable development**" + "**Action 1. We will …**" + "**II. …**"); a bold
  sub-heading sits under it. A chapter's or part's roman or Chinese numbered sections ("Chapter
  I" + "I. Background" + "II. Purpose", "第一章" + "一、背景", "第一部分" + "一. 导言", "الفصل
  الأول" + "أولا - …"), numbered from 1 in each chapter or on from the last chapter's, are its
  own, ``Psection-1.1``, ``Psection-1.2``, label "I" / "一", below it whatever level Markdown
  gave either, their lettered sub-headings ``Psection-1.2.a`` (the anchors a chapter's
  "Section 1" gets, so a translation printing other numerals has the same), never the letter
  "I" nor the text's next section; the next chapter is ``Psection-2`` again. A part's chapters
  ("Part One" + "Chapter 1" + "Chapter 2" + "Part Two" + "Chapter 1", "第一部分" + "第一章",
  "Première partie" + "Chapitre premier") are the part's, ``Psection-1.1``, ``Psection-1.2``,
  ``Psection-2.1``, below it whatever level Markdown gave either, never its title nor text;
  their numbered sections ``Psection-1.2.1``, their lettered sub-headings below those. A chapter's
  numbered sections, "Section 1. Sessions" / "第一节 会议安排" (title on the line or the next),
  the level below it, are ``Psection-1.1``,
  ``Psection-1.2`` in chapter 1 (as its lettered sub-headings are ``Psection-1.a``), label
  "Section 1" / "第一节", and so are UNESCO's sub-sections of a roman section, "III.1 VALUES" under
  "III. VALUES AND PRINCIPLES" (``Psection-3.1``, label "III.1", the roman numeral the section's
  own; in Chinese "三.1 价值观", title after a space or none), in Markdown too ("### III.1 VALUES",
  "### Section 1. Sessions", as deep as its heading is,
  never the title of a chapter's bare label above it): numbered from 1 in each chapter (or roman
  section) and in sequence, never below an unfinished sentence ("…as set out in" + "Section 2."),
  nor where prose opens a line with it: a lower-case word after the number ("Section 1 of the
  bulletin …"), or words run on from the number with no separator over a line as wide as the text;
  outside any chapter or section, where the text divides into sections so worded, as the
  Secretary-General's bulletins and administrative instructions do ("Section 1" + "General" +
  "1.1 …" + "Section 2" + "Scope", "第一节" + "总则"), each is the text's section as a chapter
  is, ``Psection-1``, ``Psection-2``, label "Section 1", the first as the others, never front
  matter, when its number is the section expected next; another (a budget fascicle's "Section
  23" above its "I. Overall orientation") stays an unnumbered heading or front matter, a known
  limit.
- numbered headings: "Action 35." / "行动 35." (or "Action 35:", "Action 35 – …", "行动 35——…",
  and in Chinese a space alone, "行动 35 我们将…", unless it goes on with a sentence, "行动 35 中…",
  or the line above left one unfinished; right below a sentence left unfinished, any such heading
  goes on with it when that sentence stops at a word no sentence ends with ("…our commitments in" +
  "Action 2. We also decide …") or the heading is out of its sequence, printed again below or not
  the number its kind expects next; "Action 2 bis." / "行动 2 之二." -> ``Paction-2bis``) ->
  ``Paction-35``; "Objective 3." / "目标 3." / "Objectif 3." / "Objetivo 3." -> ``Pobjective-3``,
  the actions below it in plain text its own ("目标 1." + "行动 1.": parent ``Pobjective-1``, as
  Markdown's "## 目标 1." + "行动 1." gives), until the next objective or section, but not
  below objectives listed one right below the other ("Objective 1." + "Objective 2." + "Action
  1. … (objectives 1 and 2)": a list, not containers; the actions stay at the top);
  UNESCO's "POLICY AREA 1: ETHICAL IMPACT ASSESSMENT" / "政策领域 1：…" -> ``Ppolicy-area-1``;
  a report's "Recommendation 1: an international scientific panel on AI" / "建议 1：…" (or alone
  on its line above its title, and in English too a capitalised title after a space alone,
  "Recommendation 1 Establish a global fund") -> ``Precommendation-1``, the paragraphs below
  under it, but prose citing one is none: right below a line that left its sentence unfinished,
  an entry of a list ("Recommendation 1: …;"), or a sentence after a space alone ("建议 6 提出
  …。"; "Recommendation 3 of the report …" and "建议 3 中…" never read as one)
  (French, Spanish, Russian and Arabic keywords are known; Arabic-Indic and full-width digits
  are read as digits, and the traditional characters of Chinese keywords and chapeaux, "行動
  35.", "建議 1：", "人權理事會，", as a copy from Taiwan or Hong Kong prints them, as the
  simplified ones, the text kept as printed; a keyword written in lower case, "action 12."
  opening a line, is one a sentence cites, no heading); the items below such a heading
  ("Action 1. We will:" + "(a) …" +
  "(b) …", or pandoc's "a." + "b." below its colon) are its own, ``Paction-1.a``,
  ``Paction-1.b``, as a numbered paragraph's are. One
  printed without a title ("Action 27" alone on its line, "### Action 1", "行动27") takes the
  commitment on the line below as its title, as on one line ("We will seize … planet.", "我们将
  ……。": a line opening "We will", "We commit", "我们将" or "我们承诺", ending at a full stop or
  at the colon its items hang from, "… We decide to:" + "(a) …" giving ``Paction-1.a`` as on one
  line, with a numbered paragraph, an item or a heading next; any other chapeau of more than a
  word right above its items too, "We decide to:" or "我们决定：" + "(a) …"; prose going on below
  it is a paragraph under it). In
  Markdown, one set in bold right below another set as text ("**Action 2.** We will: …" +
  "**Objective 2. …**") stands beside it, as in plain text; the WSIS Plan of Action's action
  lines,
  "C1. The role of public governance authorities …" -> ``Paction-line-c1``, label "C1" (in
  Markdown as a heading or in bold too, "### C1. …", "**C1. …**", atop the text as well: no
  title block's), unless an entry of a list (below a colon, or ending with punctuation). An
  outcome document's "Action line C1. The role of …" / "行动方针C1. 政府主管部门…" (or "Action
  line C1" alone) is an unnumbered
  heading over the paragraphs below it, as a short unpunctuated line is, however its title wraps:
  the lines right below it go on with the title when they open in lower case, when the line above
  reached the text's edge or stopped at a word no title ends with, or, unpunctuated, when a blank
  line, a page break, a numbered line or the text's end follows them ("行动方针C1. …信通技术" +
  "促进发展方面的作用" + "1. …"), as no paragraph stops so; then no line below goes on with it. So
  English and Chinese, wrapped at different places, number alike, and one atop a text is no
  title block's. Not below a sentence left unfinished or a list's colon, nor when its title ends
  like a sentence ("Action line C1. The role … is vital." is text).
- an elements paper's questions, "Question 1: What should …?" / "问题 1：…", or as such papers
  title them "Guiding question 1: …" / "指导性问题 1：…" (a full stop or colon after the number)
  -> ``Pquestion-1``, label "Question 1" (as printed), the question its text, an unnumbered
  paragraph: never a heading, as the paragraphs after a question are not its own; right below a
  sentence left unfinished ("…In reply to" + "Question 2: most respondents …") it goes on with it.
- paragraphs inserted in negotiation, "8 bis." / "8ter" / "8 quater" / "8 alt." (Chinese "8 之二" is
  "8 bis", "8 之三" "8 ter" …, "8 备选." or "8 备选案文." "8 alt.", "8 备选方案1." "8 alt 1.",
  but not "8 备选方案…"; Russian
  "8 бис." or "8-бис.", "8 тер", "8 кватер"; Arabic "8 مكررا -" or "8 مكرراً", with or without the
  dash, and the ordinals for the others, "8 ثالثا" for "8 ter") while paragraph 9 is the next
  expected (also after another insertion): ``P8bis``, ``P8ter``, ``P8alt`` …, label "8 bis"
  (right below a line left mid-sentence, one without its full stop or dash is cited in the
  sentence: "…proposed in draft" + "3 bis in the course of …"). Printed
  where paragraph 8 itself is expected ("OP8 alt 1." + "OP8 alt 2." + "OP9.", as a Rev prints a
  paragraph left open, or "8 bis" and "8 ter" where 8 was deleted), it stands for 8: 9 follows in
  sequence, and 8, printed after its alternative, still does; "8.bis" (the stop before "bis")
  reads as "8 bis.", and "Alt 8. …", "Alt. 8. …" or, after a blank line, "Alt 8: …" as "8 alt.
  …" (label "8 alt"; not an alternatives list's "Alt 2: …" below "2. Alt 1: …", nor "Alt 1:
  …", which opens one); printed ahead of the numbering
  with its stop, as "12." would be numbered ("12 bis." while 8 is expected, up to 5 ahead), it
  is ``P12bis`` with the warning "paragraph 12 bis where 8 was expected", 13 following; numbered
  alternatives, "8 alt 1." and "8 alt 2.", are ``P8alt1`` and ``P8alt2``, and so are two or more
  each named on a line above the number printed again, "Alt 1:" + "8. …" + "Alt 2:" + "8. …"
  ("备选案文1：" + "8. …", label "8 备选案文1"; "备选方案1" + "8. …", "8 备选方案1"), when each
  label ends with a colon or the numbering above reaches 7 (never "Option 1" + "1. …" +
  "Option 2" + "1. …" + "2. …", headings over lists of their own), and an insertion's
  alternative, "8 bis alt", ``P8bisalt``; sub-paragraphs under them as usual (``P8bis.a``);
  "(a bis)" (Chinese "(a 之二)") or "(a) alt." after (a) is ``P8.abis`` or ``P8.aalt``, and (b)
  stays ``P8.b``. Compilation texts' "PP1." / "PP2 bis." numbers name their paragraphs, ``Ppp1`` /
  ``Ppp2bis``, also with no operative paragraph below them ("PP1 alt" ``Ppp1alt``; unnumbered
  preambular paragraphs after them count on from the last one printed, unless the preamble
  prints the number so counted on another: a note above "PP1" ("Note: text in square brackets
  …") or a paragraph between "PP1" and "PP2" is then an unnumbered
  paragraph, and the printed number keeps its anchor; such a number always begins a paragraph, never
  front matter, and is its label, "PP2 bis", what follows it its text, "(EU) Recalling …" no item;
  its words on the line below its number and tag, "PP3 [EU: delete]" + "Noting …,", go on with it)
  and "OP1." / "OP2 alt." read as "1." / "2 alt." (a sponsor tag after a finished
  paragraph, "…70/1, [G77]", or a sponsor's proposal, "… Society, [EU: add "and the outcome document
  …"]", keeps it finished, and so do the sponsors named in parentheses after a bracketed proposal,
  "[Also recognizing …,] (G77 and China)", "[又认识到…，]（77 国集团和中国）", or after the
  paragraph's own punctuation, "…development, (G77 and China)", "…发展权，（77国集团和中国）": a
  heading after a blank line below it never joins it, and a delegation's position right below it
  stays a line of its own; a tag stating a position, "(G77: retain)", "(EU, US: delete)",
  "（77国集团：保留）", ends its paragraph as a status tag does, its punctuation before it or not
  (a name alone after a word, "…Organization (UNESCO)", may be a sentence's); a status tag,
  "(agreed ad ref)", "[agreed]", "（暂时商定）",
  "（已商定）", ends its paragraph too, "…capacity-building (agreed ad ref)", a comma before it
  deciding as before a sponsor's; a line of tags below a paragraph, "[G77: retain; EU:
  delete]", joins it);
  also "OP.1", "OP1:", "OP1)", "OP2 bis –", full-width "OP1．", "OP1 之二．", "OP2 [Requests", "OP4
  (former OP6) We …", a delegation's tag after the number, "OP2 bis (EU): …", "OP3 ter (G77) Calls
  …", "OP2 之二（欧盟）：…", "PP2 之二（77国集团和中国）…" (a name in ideographs may open with its
  number; the tag kept in the text, as "(new)" is; only before a capital, an
  ideograph, a bracket, a colon or the line's end: "OP3 (Japan) and OP4 (Mexico) were …" wraps a
  sentence), "Alt OP2 …" (read as "OP2
  alt"), "OP2 (bis)", "OP2(alt)" and "OP2.bis" (read as "OP2 bis"), "NEW OP2 bis." / "New PP1 bis"
  and "[PP1 bis] Recalling …", a paragraph bracketed whole with its number, "[PP2 Recalling …,]"
  (read as "PP2 [Recalling …,]", label "PP2"), but only with such a stop, tag or a capital
  after them, in any
  script ("PP2 Étant …", "OP1 Постановляет …"), an Arabic letter ("OP1 تقرر …") or a Russian
  paragraph's opening word in lower case ("PP1 ссылаясь …", "OP1 постановляет …"; "OP 12 of
  resolution 75/1", "OP 12 резолюции …" is a reference), or alone on their line, "PP1" or
  "OP1" above the paragraph's text as pdftotext prints a compilation table's first column
  (the text below is PP1, or paragraph 1; a Markdown heading "**OP1**" stays one, unless the
  text below it, a blank line between or not, is struck through, "~~Reaffirm …~~", read as
  "**OP1** ~~Reaffirm …~~"; not a line numbered on its own, "PP3" + "OP1. Proclaims …": the
  row's text cell is empty, and "PP3" is skipped with a warning). A commented draft names each
  paragraph alone on its line, its text right below: "Paragraph 2" / "第二段" / "第 2 段" + "We
  recognize …" is read as "2." over that text, ``P2``, label "2" (the number, as "OP2" gives it,
  alike in both languages), the name in no text; not below a sentence left unfinished, nor over a
  blank line, a numbered line or a Markdown heading. No label is read right below a line stopping at
  a word that leaves it open ("…proposals made under" + "OP 5 (Sendai targets) and …", a comment
  cell's "Moved from" + "OP2", "See also" + "OP4"): it goes on with that line. A line so
  numbered that numbers nothing (out of sequence, "OP9: …", or a proposal printed under the
  paragraph's own number, "OP3. [EU: …]") is kept as printed, "OP9: …", not "9. …". A
  delegation's position on a line of its own right below a finished paragraph, without brackets
  or bracketed whole past a sponsors' tag line's width ("[Russian Federation: add "…"]"), is a
  line of that paragraph's text, as the bracketed tag line is (never a heading over what
  follows, nor front matter, the paragraph's end above it deciding whether it is finished): a
  name, a few words opening with a capital or ideographs ("EU", "G77 and China", "Proposal by the
  EU", "Mexico, on behalf of a group of countries", "欧盟", not a numbered title, "Section B", nor
  in English words no delegation's name has, "Digital economy", "Capacity-building",
  "Co-facilitators' note", unless a colon above opened their list, nor a note's
  "共同主持人说明"), its colon, and an edit in brackets or a position compilations word so ("EU:
  retain", "US: delete", "G77 and China: retain as drafted", "EU, US: delete; G77: retain",
  "United States: [DEL: …] [ADD: …]", "欧盟：保留"; the position alone, as no title words it:
  "Means of implementation: support for developing countries" and "数字合作：支持能力建设" stay
  headings); in a compilation
  (numbers printed "PP1", "OP1"), whatever proposal follows the colon in lower case, finished or
  wrapped at the text's width ("Japan: Commit to …;", "77国集团和中国：按原样保留"; the name may
  open with a number spaced from its ideographs, "77 国集团和中国：保留", as the official Chinese
  prints it: no note, which would be lost as front matter), and a
  "Proposals:" line with the lines right below it; but an unfinished line in ideographs, or one
  ending at its colon, right above a numbered paragraph is a title over it ("专题一：数字经济" +
  "OP2. …", "Operative paragraphs:"), unless it edits the paragraph above, as English "EU:
  replace with "indefinitely"" does: a verb quoting the words it changes or saying what they
  become ("欧盟：删除“十年”", "日本：增加“和数字公共产品”",
  "77 国集团和中国：改为无限期延长"). A paragraph gone in negotiation keeps its number and anchor:
  "[OP4 deleted]", "[PP2 moved to PP5]", "[OP4 删除]" are read as "OP4. [deleted]", ``P4`` with the
  text "[deleted]"; as Chinese texts name the paragraphs, "[执行部分第 4 段删除]" (and
  "[序言部分第 2 段删除]", "[执行部分第 4 段之二已删除]") is read as "OP4. [删除]" ("PP2. [删除]",
  "OP4 之二. [已删除]"), the anchors of the English "[OP4 deleted]", but not a proposal to
  delete, "[删除执行部分第 4 段]". A paragraph or item bracketed whole, "[8. Decides …]" or "[(b) To
  …]", or marked whole by a draft's tracked changes, "<<1 bis. Encourages …>>", "[[2. Decides …]]",
  "~~3. …~~", is read as "8. [Decides …]": numbered, marks kept; a number bracketed alone, as a
  revised draft prints one in question, "[6] Promote …" ("［6］促进…"), as "[OP6] Promote …" is,
  "6. Promote …", where it is the number expected next and the next number below follows it, or
  where the paragraphs are numbered so in a run, "[1] Decides …" + "[2] …" + "[2 bis] …" ("［2
  之二］…") + "[3] …" as "1." + "2." + "2 bis." + "3." (a note printed "[3] See …", its
  reference lost, numbers nothing); with its stop, "[11.] We decide
  …", it is read as "11. We decide …", no empty brackets kept, as a heading's is ("[B.] Scope",
  "[II. ] Scope", "[二、] 范围" as "B. Scope", "II. Scope", "二、范围"; "[B. Scope]" as "B.
  [Scope]"). A blank line ends a paragraph's text wholly in brackets, a placeholder ("7.
  [Placeholder for text on artificial intelligence]", "[To be completed]"): the unpunctuated heading
  below it is no line of it. The paragraph's next alternative in brackets ("2. [Alt 1: …]" + "[Alt
  2: …]", "[备选案文 2：…]") goes on with it, right below or after a blank line, however the first
  ended. An alternative stopped at its comma ("2. [备选案文 A：…提交报告，]") is a clause, no
  placeholder: the line below the blank line ("并请会员国…") goes on with it.
- articles: "Article 3" (also "Article 3. Title", "Rule 3", "Artículo 3", "Статья 3", "第三条",
  "规则 3" or "规则3", and French treaties' "Article premier", Spanish "Artículo primero" for
  article 1; the title on the line or the next, capitalised, no sentence and no line as
  wide as the text; never under an unfinished sentence, nor going on with one, "规则 3 的规定…")
  -> ``Particle-3``, and the article's numbered paragraphs are its own, ``Particle-3/1``,
  ``Particle-3/1.a``, from 1 again in each article (rules of procedure are articles too: French
  and Chinese word both alike). An article inserted after 4, "Article 4 bis", "Rule 2 bis",
  Chinese "第四条之二", "第 2 条之二", "规则 2 之二" ("之三" "ter" …), is ``Particle-4bis``, its
  paragraphs ``Particle-4bis/1``. A text that numbers its paragraphs on across
  its articles (a report by article) keeps them in its own numbering, the articles as headings; an
  article below which the text's own numbering goes on is one it quotes ("…to read as follows:" +
  "Rule 161" + "2. Requests …"), no article of its own. A convention's preamble ends at the first
  article, without the formula that introduces them ("Have agreed as follows:", "兹协议如下："),
  a paragraph of its own, also below a lettered preamble's last item ("(y) Convinced …,").
  Chinese treaties number an article's paragraphs "一、…" and their items "（一）…": inside an
  article, a sentence so numbered is paragraph 1 (``Particle-3/1``) and its items, also under an
  unnumbered lead-in, are letters (``Particle-3/1.a``), as the English "1." and "(a)" are; a
  title so numbered stays a heading. A treaty's lettered preamble, "(一)" to "(二十五)" above its
  first article (the English "(a)" to "(y)"), is lettered too, unless a numbered paragraph is
  between (articles a resolution quotes); a resolution's preamble above the annex holding the
  treaty keeps its "（一）" as "(i)". An item's own list there, "1.", "2." under "（一）…系指："
  (UNCAC art. 2), is its roman items, ``Particle-2/1.a.i``, as the English "(i)", "(ii)".
- goals and their targets: "Goal 1." is "Objective 1." (``Pobjective-1``), as every other language
  words it, unless it ends a sentence the line above left unfinished ("…Sustainable Development" +
  "Goal 4.") or is an entry of a list (below a colon, or ending with ";" or ","); under it
  (unnumbered headings such as "Finance" between allowed), "1.1 By 2030, …" and "1.a Ensure …",
  never going on with a sentence left without punctuation ("some" + "1.5 billion people …"), are its
  targets, kind ``target``, ``Ptarget-1.1`` and ``Ptarget-1.a``, label "1.1" (but inside a
  decimal title's chapter, "2. Strategic objectives" + "Objective 2. …" + "2.2 …", the decimal
  numbers are the chapter's paragraphs, ``P2.2``, whatever objective holds them); a target
  stops without punctuation, so a blank line ends it, and so does a short line below a line
  short of the page's width ("…commitments" + "Technology", one line each). A text that lists
  its goals before setting them out prints each heading twice: the first, with nothing under
  it, is an unnumbered paragraph of that list, and so is every goal of a run listed with nothing
  under them when a numbered paragraph follows the run ("Goal 17. …" + "55. The Goals and
  targets are integrated …").
- decimal numbers, as terms of reference, programme budget sections and Secretariat notes number
  their paragraphs ("1.1 The Panel shall …", "3.1.1 …", "23.1 …", also "1.1. …"): ``P1.1``,
  ``P3.1.1``, ``P23.1``, label "1.1" (as printed, without a final full stop), the number out of
  the text. The paragraph or title numbered by the prefix is the parent: a numbered paragraph
  holds its decimal ones as sub-paragraphs ("2. … shall include:" + "2.1 …;" + "2.2 …;" ->
  ``P2.1`` and ``P2.2`` under ``P2``, as "3.1.1" under "3.1 …"), and a title, a few words without
  punctuation alone on its line right above its own ".1" ("1. Mandate" + "1.1 …", "3.1
  Meetings" + "3.1.1 …"), or above the keyword headings over it ("2. Strategic objectives" +
  "Objective 1. …" + "2.1 …", "2. 战略目标" + "目标 1. …" + "2.1 …": the objectives a part of
  the chapter, under it), is a heading that keeps its anchor and label (``P1``, "1"), over the
  decimal paragraphs down to the next number of its level (numbered to three levels; above
  anything else than its ".1", "1. Mandate" stays paragraph 1, its title as text). Items
  below are the decimal paragraph's: ``P2.2.a``, label "2.2 (a)". Under a goal, "17.1" is its
  target (above). A decimal number opens a paragraph only as numbered paragraphs open, after a
  finished sentence, a colon, a heading or a blank line (not the blank lines around a page's
  header: a page break ends no sentence), with a word after it, not a unit or a counter ("2.6
  billion", "3.5 per cent", "2.6 亿", capitalised too, "2.1 Billion people …") nor a sub-paragraph
  cited with it ("1.1 (b) of the Staff Regulations"); a word in lower case only as a glossary's
  defined term before its colon ("2.1.1 machine learning: Processes …", "3.1.1 network function
  [b-ITU-T Y.3100]: …", as ITU Recommendations define terms), never right below a line a
  sentence stops on midway, its comma, an open word or "such as", even one read as a heading
  ("Some terms, such as" + "2.1 data localization: the requirement …, are" + "not defined
  here.": text), and in sequence: the next of the
  scope's last decimal number ("2.2" after "2.1", "3.1.1" after "3.1", "3.2" after "3.1.1"), or ".1"
  under the paragraph or title numbered last, after the series before it ("1.2" + "Composition"
  + "2.1"), or before any numbered paragraph (a budget section's "23.1" under "I. Overall
  orientation"), or past a gap the next decimal number below confirms ("1.3" + "1.5" + "1.6",
  with a warning, as a plain number's jump); any other is text ("…as stated in paragraph" +
  "17.8 of the Agenda"), with an "unexpected number" warning where it skips in the series
  ("1.2" + "1.10").
  ITU-T and ITU-R Recommendations number their clauses with no full stop, "1       Scope",
  "2       Definitions", "2.1     Terms defined elsewhere" ("1 范围", "2.1 他处定义的术语"):
  in a text that numbers clauses 1 and 2 so and no line "1." as paragraphs are, such a line, a
  few capitalised words without punctuation or a citation's "/" and parentheses, not below a
  sentence it would go on with ("…of" + "2 Member States"), with its clause's text (no number,
  no lower case) or its first sub-clause right below, its number the next clause's (1, 2, 3 …)
  or a sub-clause of the clause above, is a heading keeping its anchor and label (``P2``,
  ``P2.1``, "2.1"), over the clause's text and the decimal paragraphs down to the next clause
  ("1 Norway" + "2 Switzerland", a ranking's rows, stay text). A Markdown copy's "## 1 Scope"
  stays an unnumbered heading, as "## 1. Scope" does.
- annexes: "Annex I" / "Annex 1" / "附件一" / "المرفق الأول" (Arabic's ordinal words, "الثاني",
  "الثاني عشر" …, read as roman numerals; also spaced, "附 件 一", and "Annex*" with a note's
  asterisk, left out of the label; "Annex A" / "附件A" is the first, "Annex C" the third, but I, V
  and X are roman; Chinese words "Annex I to resolution 79/1" with the annex last, "第 79/1 号决议
  附件一", "第 2024/5 号决定附件", "秘书长报告的附件", its label "附件一" and its text what it
  is annexed to, below a finished sentence) -> heading ``annex-1``; numbering restarts inside
  it with the prefix ``annex-1/``, unless the annex numbers on from the text ("7." + "Annex I" +
  "8." is ``annex-1/8``, its items ``annex-1/8.c``). Its title is on the line (after ":", "." or a
  dash, "Annex I – Global Digital Compact", "المرفق الأول - الاتفاق الرقمي العالمي", which
  neither title nor label keeps) or the next; in Markdown also a deeper heading right
  below ("## Annex" + "### Terms of reference"), so both formats number it alike. A title wrapped
  below it goes on over its unpunctuated lines, however short the line above ("Annex I" +
  "Proposed modalities for the Global Dialogue on Artificial" + "Intelligence Governance"), down
  to a blank line, a page break, a numbered line or the text's end, four lines in all at most, so
  that English and Chinese, wrapped at different places, count alike; not over lines ending like
  a sentence or at a comma (the annex's text begins below its title), nor over a chapeau, a
  preambular opening or a text's name. Below a title
  of its own ("Annex" + "Zero draft — 12 March 2025"), the unpunctuated paragraph above the
  annexed text's chapeau is that text's title, a heading over it, wrapped or not. Appendices
  ("Appendix II", "附录二") likewise, within their annex: ``annex-1/appendix-2`` and
  ``annex-1/appendix-2/3`` (``appendix-2/3`` before any annex), the appendix's sections under
  it (``annex-1/appendix-2/section-1``, parent and heading path the appendix's), up to the next
  annex or appendix. Enclosures ("Enclosure", "Enclosure I", "Pièce jointe 2") are parts of
  their own beside the annexes and appendices, never inside them: ``enclosure-1`` and
  ``enclosure-1/2``. One cited right below a full line
  whose sentence goes on, itself ending a sentence or as wide as the text, is that sentence's when
  it goes on in lower case, or in Chinese with "所", "的" … or a comma ("…as well as" + "Annex I to
  resolution 60/252 …,", "…报告" + "附录 1 所载…"), as a section cited with its letter is ("…in
  section" + "II.B of the annex …", "…和" + "二.B 节…"); "Annex I to the present resolution" alone
  on its line is an annex. The only annex of a letter that circulates the text ("…the zero draft of
  the resolution (see annex)." + "Annex" + "The General Assembly," + "1. …": above it only the
  letter's unnumbered paragraphs or a skipped cover letter, one naming its annex, no heading,
  chapeau or preamble; below it the text's chapeau and no other annex, but below an unnumbered
  "Annex" / "附件" the text's own, numbered from the first, "Annex I" / "附件一") is no annex: the
  heading is skipped with a warning, the letter is front matter, and the text is numbered as when
  issued alone (``pp1``, ``1``, ``annex-1/1``).
  A list restarting at 1 after a heading, without an annex heading, opens a
  scope ``part-N/`` (with a warning); so does a chapeau right below a heading once paragraphs have
  been numbered ("Draft resolution II" + "The Economic and Social Council,", also with a title line
  between, which is a heading, however wide), or once a text numbering none has run below its
  own chapeau (a resolution's part A, "A" + its title + "The General Assembly," + "Taking note
  …," + "Urges …", then "B" + its title + "The General Assembly,": part A is read as a text
  alone, pp1 and ``p-4``, part B's preamble ``part-2/pp1``; not below a last paragraph leading on
  with its colon, "Adopts the following political declaration:", whose declaration is no part
  beside it), or right below a title, unpunctuated, that a blank
  line sets apart below a finished paragraph ("…通过以下决议草案：" + "决议草案一" + "信息社会世界
  峰会成果…进展评估" + "经济及社会理事会，", however wide the title, as ``pdftotext -layout``
  sets it), and so does a draft decision's opening, the acting body with its colon ("The Economic
  and Social Council:" / "经济及社会理事会：" + "(a) …"); that text's preamble is numbered in its
  part (``part-2/pp1``). A chapeau or decision's opening after a blank line never goes on with the
  unpunctuated title above it, nor, without one, with a title right below the paragraph whose
  colon recommends the text ("…the adoption of the following draft resolution:" + "Information
  and communications technologies …" + "The General Assembly,", "…通过以下决议草案：" + its title
  + "大会，", as plain pdftotext prints a committee's report): the title heads a part of its own,
  as where blank lines set it apart (a preambular "回顾……提交" + "大会，" is no title). A title
  read as a paragraph (the report's colon right above it, no blank line between) that the
  chapeau shows to head a text is the heading over that text's
  paragraphs, as when read at its own line; below a heading naming the text it sits under that
  heading, which stays theirs. Below a heading naming a text ("Draft resolution I", "Draft
  decision", "决议草案一", "决定草案", "Decision 28/101", "第28/101号决定"; alone on its line
  after a blank line it is such a heading, however far ``pdftotext -layout`` centres it, never
  a paragraph wrapped there; so is a numbered draft's name with its title on the line, "Draft
  decision I Report of …" / "决定草案一委员会…的报告", between blank lines above its text: a
  chapeau, a decision's opening or its organ's sentence, "经济及社会理事会决定…"), the
  unpunctuated lines right below it down to a blank line are its
  title, one heading however many lines a language wraps the title to, in any layout: a draft
  decision's one sentence after the blank line ("Draft decision" + "Report of the Commission on
  its twenty-eighth session" + "The Economic and Social Council takes note of …") is a paragraph
  under it, never the title's last words. A title read as a heading of its own right below such
  a heading (after blank lines, or above the decision's sentence) is a heading under it, never
  beside it. With no line naming it, a draft decision's title right below the report's
  paragraph whose colon leads into it ("…the adoption of the following draft decision:" +
  "Report of the Commission on its twenty-eighth session" + "The Economic and Social Council
  takes note of …", "…通过以下决定草案：" + "委员会第二十八届会议的报告" + "经济及社会理事会
  注意到…") is a heading over the decision's one sentence all the same, however wide, blank
  lines between or, the title's line short of the text's width, none; and the decision is a
  text so quoted. A text quoted in the report's numbering with no part of its own (a draft
  decision has no chapeau) ends at the report's paragraph numbered next after the one that quoted it
  ("1. … the following draft decision:" + "Draft decision I" + its title and sentence + "2. At
  its 10th meeting …"): that paragraph and those after it sit under the headings paragraph 1
  did, no longer under the decision's, however many texts it quoted ("2. … the following draft
  decisions:" + "Draft decision I" + … + "Draft decision II" + … + "3. …": under the heading
  over paragraph 2, never the first decision's). Such a text's heading right below the
  paragraph's colon (or after a text it quoted) sits inside the headings over that paragraph,
  an unnumbered one too ("一、 决议" + "1. 理事会…通过了下列决议：" + "决定草案"), never beside it.
  A run of texts so named by their number, as a decisions
  compilation, a council's annual report or a report's chapter prints them ("Decision 2025/216" +
  its title + its text + "Decision 2025/217" + …, "第 2025/216 号决定" + …, a UNFCCC session's
  "Decision 1/CP.28" + … + "Decision 2/CP.28", "第 1/CMA.5 号决定"; two or more, each after a blank
  line, a finished sentence or atop the text, with its title right below), begins at the first:
  each is a heading over its text, never front matter, though nothing is numbered above it (a text
  alone under its number is read as before, its number front matter), and the title right below
  it, the chapeau following, a heading under it, the first decision's as the next one's; after a
  blank line one never goes on with the names listed above it. A run printed with no blank
  lines ("…the following member:" + "Germany" + "Decision 2025/202" + its title + "At its 3rd
  plenary meeting, …") reads as printed with them, where two or more names each have their
  title right above their text's opening (its chapeau, its organ's colon or sentence, the
  meeting it was taken at): each name is set apart from the line above, and the text from its
  title, however wide, but for a chapeau (the title then a heading under the decision's, as
  above). A title's one unpunctuated line opening as a preambular paragraph does ("确认职司委员会
  成员") is still the title.
  The text around a part goes on after it where it stopped: a
  paragraph number, section or sub-heading letter the part does not expect and the text around it
  does (a report's "2. The Commission recommends …", "B. Draft decision …" or "Chapter II" after
  the draft resolutions it quotes) closes the part.
- everything else (unnumbered paragraphs after paragraph 1, unnumbered headings, Markdown
  headings without a number): ``p-<ordinal>``.
- items right below a section heading ("二、建议" + "(a) …" + "(b) …") are its own,
  ``Psection-2.a``, ``Psection-2.b``, but ``Psection-2.item-a``, ``Psection-2.item-b`` when the
  section's lettered sub-headings claim those anchors ("A. 筹资" + "B. 数据" below them): the
  sub-headings keep ``Psection-2.a``, as in every other section, whether or not a revision
  prints items above them (the items' label stays "二 (a)", the heading's and the item's).
- should two paragraphs still claim the same anchor (e.g. a document that repeats "I."),
  the later one gets ``_2``, ``_3`` … and a warning. So does a paragraph number printed twice
  in a row by mistake ("5. …" + a blank line + "5. …", at the margin, no heading between, the
  first finished and opening no list; a second "1." restarts the numbering): two paragraphs,
  ``P5`` and ``P5_2``, each open to comments.

Other choices:

- ``label`` is the number as printed: "8", "8 (c)", "8 (c) (ii)", "Action 35", "I", "一",
  "Annex I", a compilation's preambular "PP2 bis"; None when unnumbered. ``text`` excludes the
  label. ``heading_path`` holds each enclosing heading as printed (label and title). ``parent``
  is the enclosing paragraph for sub-paragraphs and items, and the innermost enclosing heading
  for everything else.
- A declaration's "We reaffirm our commitment to:" / "我们重申承诺：" after a blank line opens
  a paragraph of its own, even below a paragraph ending with a comma; below a line stopping
  mid-list ("…、") or mid-phrase (no punctuation) it is that line's last words.
- Lines are joined when the previous line stops mid-sentence (no final punctuation, or inside a
  quotation it opened: "…题为“变革我们的世界：" + "2030年可持续发展议程”…"; in Arabic a
  curly mark after a space opens, as UN Arabic mirrors English's, "…المعنونة ”تحويل عالمنا:" +
  "خطة التنمية المستدامة لعام 2030“؛", and web copies may not; in the preamble a comma also
  ends a paragraph) or when the next one starts in lower case (Arabic, without case, reads a
  line with no marker below an operative paragraph's colon by where its sentence ends: one
  sentence down to the next marker or blank line, ended on its last line by "؛" or ".", goes
  on, "…في دورتها المقبلة:" + "تقرير الأمين العام…؛"; a list's entries or an unpunctuated
  title stand apart): CJK pieces join without a space (also across
  quotation marks, dashes and ellipses between them, "…问题”" + "框架", and inside a number
  Chinese wrapped, "…第 79/" + "325 号", but for a thousands group, "…至少 1" + "000 万人"
  is "1 000 万人" as the Chinese service prints it, unless an ordinal's, "第 2" + "719 号", or
  a year's, "2" + "025 年"; after a mark too, a colon's, a comma's or a stop's, where the line
  below opens with a zero, as no note or paragraph does, "…世界：2" + "030年前…"), others
  with one. A short line (narrower than most lines of the document, notes below a separator, set
  smaller, left out) ends a paragraph even without punctuation, since wrapping only happens at full
  width; in a copy printing a paragraph a line, no blank line between (at least two full lines,
  none of them going on below), so does any line short of the widest's 80%, however long the
  text's other lines ("Enhancing the digital contribution to peace, development and
  sustainability" above its paragraph on a web page); an unpunctuated short line after a
  finished paragraph is an unnumbered heading, a list's
  bullet and a line ending with a URL as a link does excepted (the URL alone or after marks only,
  "@@ https://…", or after a label's
  colon, a pointer or a word it completes: "See also: https://www.who.int/amr", "Further reading
  at www.intgovforum.org", "Read more via https://…", "另见：https://…", "请访问 www.un.org";
  "via" by itself leads into no link: a title printing its site after it, "Internet governance
  https://www.intgovforum.org", "Remote participation via www.intgovforum.org", "Documents
  submitted via https://…", "Apply via https://…", is a heading; a link is a finished paragraph,
  never going on with the line below it, a blank line between or none, "Read more via https://…"
  + "Proposed elements", whatever its width, but for a line going on in lower case) (also
  wrapped at the text's width, after a blank line, over a short unpunctuated line with a blank or
  numbered line below: "建立使用信息和通信技术的信心和" + "安全保障" + "54. …"), and so is a
  text's number and title as compilations print them ("55/116. Internet access …", ECOSOC's
  "2024/220. …") above a blank line, however wide. Where blank lines set the paragraphs apart, so
  is an unpunctuated line alone between two blank lines below a finished paragraph or a heading,
  however wide, in the body or below where the text began ("…的重要契机。" + "优先主题一：科学、
  技术和创新促进具有韧性的城市发展" + "关于第一个优先主题的讨论…", "Priority theme 1: Science,
  technology and innovation for resilient urban development" + "The discussion …"): it never goes
  on into the paragraph below it, unless it stops at a word no title ends with ("…the report of
  the"), inside a quotation or bracket it opened ("…题为《变革我们的世界：2030年可持续发"), opens
  like a preambular paragraph or sits below a colon; a text printed double-spaced, where no
  paragraph goes on right below a full line it left unfinished, sets no line apart so. After a
  blank line it never goes on with a title
  or agenda item above it, nor does any text after a blank line below a letter's title ("Letter
  dated … addressed to the Secretary-General", "…给秘书长的信"), nor below a numbered title, a
  few words without punctuation on a line under 60% of most lines' width ("1. Purpose of this
  policy brief", "3. 后续行动"):
  that is the operative paragraph (``P1``, its title as text), what follows is unnumbered (a
  paragraph a page break cut stops at a full line, or is more than a few words; a page's last
  line, however short, goes on at the next page's first line, "5. We request the" + "\\f" +
  "Secretary-General to report …", as no title ends a page). A number alone titles nothing: its
  text below a blank line, as web copies print it ("1." + "Decides …", "**1.**" + "Welcomes
  …"), is that paragraph's, as right below it. A line opening
  with a quotation mark right below a full line a colon ends goes on with that sentence when the
  sentence goes on past the quotation ("…under the following theme:" + "“Building digital
  trust”, and encourages …"); a quotation alone on its line, a list's entry, does not, nor does
  one whose sentence ends before the quotation closes (quotations nested in it passed over): a
  statement's paragraph, each opening with the quotation mark only the last one closes, as a
  presidential statement prints them ("…发表如下声明：" + "“安全理事会回顾…首要责任。" +
  "“安全理事会确认…"). So, after a blank line, each paragraph of a text quoted whole (a draft
  a resolution recommends: "“The General Assembly," + "“Recalling …," + "“1. Decides …;")
  stands apart, however the one above ends, an unnumbered paragraph, never a heading. The line
  crediting a quotation below it ("— Statement by a participant", pandoc's "--- …", read as its
  em dash, "——一位与会者的发言"), a blank line between or not, is a line of the quotation's
  paragraph: never a heading over what follows, nor front matter. A numbered line right below a
  finished sentence inside a quotation its paragraph opened and left open ("…which reads: \"The
  Agenda is universal." + "5. We commit to act.\"", "“授人以渔。" + "1. 这是一句古老的谚语。”")
  is a line of that paragraph, on a line of its own, when the quotation closes on it or a few
  lines below (no blank line between): the quoted text's number, neither a paragraph nor a list
  restarting inside the text's own. A line
  opening with digits and a comma or a semicolon ("8，", "8,", "8；"; not "2,500") never opens a
  paragraph, and one with "、" ("8、17.9 和 17.10") none below a number broken after its full stop:
  it goes on with the number the line above broke, without a space ("…target 17." + "8," is
  "17.8,"). A line ending in a hyphen after a letter or digit joins the next without a space
  ("Secretary-" + "General"); the hyphen goes ("know-" + "ledge") only when the document spells the
  word whole elsewhere and never hyphenated, or spells it whole in another form, inflected
  ("docu-" + "ment" beside "documents", "docu-" + "ments" beside "document": -s, -es, -ed, -d,
  -ing, -al, -ly) or, in lower case, opening a longer word ("mali-" + "cious" beside
  "maliciously") or a word of its family sharing three letters past the hyphen ("multi-" +
  "lateralism" beside "multilateral"; not "high-" + "level" beside "highlights"), and writes no
  word opening with the first part and its hyphen ("multi-" + "stakeholders" stays so beside
  "multi-stakeholder"); it goes too, the first part ending in a small letter, before an English
  word's ending that is the second half of no compound ("applica-" + "tion", "implemen-" +
  "tation", "regu-" + "lar", "respon-" + "sibilities", "technolo-" + "gies", "sustain-" +
  "able", "tele-" + "phony"; not "ion", "ally", "making"), or a French, Spanish or Russian one
  ("dévelop-" + "pement", "sécu-" + "rité", "coope-" + "ración", "раз-" + "витие"), or before a
  doubled consonant, which opens no word ("desa-" + "rrollo"), unless the document writes the
  first part with its hyphen. A figure or Latin letter
  and an ideograph either side of a wrap join without a space in a text that glues them
  ("2023年", "第70/1号"; at least three glued for one spaced), with one in the official layout
  ("2023 年"). A Chinese preambular paragraph wrapped exactly after a "，" goes on as English
  does in lower case: the next one opens with its verb phrase ("又回顾…", "遗憾地注意到…",
  "再次重申…"). Without blank
  lines between paragraphs or an indent to tell a first line (pdftotext without -layout), a
  line right below it that opens none goes on with its clause ("回顾…第 79/277 号决议，" +
  "该决议确定了…方式，", "…成果，" + "这些成果为审查提供了重要投入，"; "会上通过了…，",
  "题为“…”，") when the clause leaves it open, at its comma or "、", or at the page's edge with
  the text going on below it: a lead-in ("决定："), a sentence, "因此现在，" or an unpunctuated
  title above a numbered paragraph stands apart. In plain text that indents
  its paragraphs' first lines further than their wrapped lines (pdftotext -layout, whatever its
  margin): there a line at the margin right below a full line a comma ends goes on with the
  paragraph ("回顾…普遍，" set 18 columns in + "具有普遍性…目标，" set 10 in is one paragraph;
  the next opens at 18 again), with blank lines between paragraphs or none, however short
  the text, unless it opens a preambular paragraph itself ("又回顾…") or, left unpunctuated,
  stands above a blank line or a numbered paragraph, as a heading does. Nor is it split where
  the line below opens with a conjunction no preambular paragraph opens with ("…国际公约》，"
  + "以及《经济社会文化权利国际公约》，"; "以及", "包括", "特别是", "尤其是", "其中", "同时",
  "和", "及", "而", "但" …, not "和平", "及时"): that line goes on with it, as a line in lower
  case does in English ("…Political Rights," + "and the International Covenant …,"); nor,
  where blank lines set the paragraphs apart, where the line right below it, no blank line
  between, however short the line above, ends with its punctuation and opens no preambular
  paragraph ("深为关切…持续恶化，" + "有 900 多万人需要人道主义援助，" is one paragraph).
- Blank lines: UN drafts converted to Markdown often put each paragraph on its own line without a
  blank line between, so by default a single newline is read like a line wrap (the rules above), not
  as CommonMark's soft break inside a paragraph. But when the document sets its numbered and
  preambular paragraphs apart by blank lines (80% of at least two; in unnumbered prose, a concept
  note or a chair's summary, the lines below its paragraphs' ends count too, a sentence's stop on
  a line short of the text's width: "…信息社会的努力。" + a blank line + "会议将包括…"), as PDF
  extraction and most plain-text copies do, or wraps its text at one width without them (at least
  four lines, and 40% of all, reach 85% of the widest: extraction that keeps no blank lines, not a
  copy with a paragraph per line; or at least two of its full lines stop mid-sentence, the
  sentence going on right below, and no fewer than those ending a sentence or clause there, as
  Chinese shows it, whose paragraphs run to fewer lines, more of them a short last one: a copy
  with a paragraph per line has full lines only where its longest paragraphs end, each
  finished), a line right below a full line (80% of the widest, running
  headers, Markdown headings, the masthead and the page's furniture aside: -layout sets the
  symbol, "Distr.: General" and the date at the page's right edge, past the body's; a joint
  report's symbols, "A/80/62–E/2025/11", are the masthead's too; and a page's notes, below a
  separator or, where a copy lost the rule, right above the page's furniture from a line opening
  with a number the text marks as a reference, each note's above the last, below a finished
  line: "…contributions;3" + "3 Including the private sector, …" + "2/5 25-09876", notes being
  set smaller, more characters to a line, so that the body's full lines read short and a
  wrapped title split in two), or first
  on the next page after one (past the page's furniture, its form feed and the notes at its foot,
  which are no line above), itself finished or full (or, in plain text, at the margin below a
  comma at the edge of a paragraph whose first line is indented, as pdftotext -layout indents no
  wrapped line: "     回顾…主席声明，" + "特别是…该报告可查阅" + a URL too long for that
  line, the paragraph going on below it; see the Chinese preamble above; or, below a full line
  a sentence's stop ends, at the indent of the paragraph's wrapped lines, short of its first
  line's, finished or full, whatever blank lines the text prints or the paragraph, a report's
  summary too: "             The present report …" + "        …today." + "        It describes
  …", "         1.    大会…" + "       …的报告。" + "       大会请秘书长…的报告。", as Chinese
  lines often end at "。" inside a paragraph; a list's entry excepted, whose wrapped lines hang
  under its text), not a marker, not a recorded vote's caption ("…Zimbabwe." + "Against:",
  "…津巴布韦。" + "反对："), alone or with its States beside it as pdftotext -layout sets them
  ("Against:        None", a line of text as the States below a caption alone are, never a
  heading, its list wrapped at a comma going on, "…Nigeria," + "Norway, Switzerland"), not
  indented further than the paragraph's wrapped line above it when that line ends a sentence
  (pdftotext -layout indents a first line: "       …的报告。" + "             大会请秘书长…"
  opens a paragraph)
  and, in the preamble, not opening a preambular paragraph, continues it (but atop a page, in a
  text that indents its paragraphs' first lines and no wrapped line, a line indented as those
  first lines are, below a page whose last line was at the margin, opens a paragraph): a paragraph
  after a sentence that ended at the line's end ("…of people.\nThey hold…"), a preambular
  paragraph after a comma ("the Tunis Commitment,\nTunis Agenda") (without blank lines, only an
  operative paragraph after its full stop, or after its colon when the line below is one
  sentence ending at its full stop, on that line or, that line full, the next ("…from the
  following entities of the system:" + "FAO, ILO, … and the World Bank.", "…下列实体收到了资料：" +
  "粮农组织、…和世界银行。"; a list's entries, a vote's caption, a quotation or an unpunctuated
  title there stand apart), in a text where some full line's sentence goes on below it: there a
  comma or full stop at the edge ends a preambular paragraph, but inside a name, a capitalised
  word on both sides ("…Covenant on Economic," + "Social and Cultural Rights"), unless the word
  below opens a preambular paragraph or a formula, or at the margin below a first line indented
  further; elsewhere one wrapped right after a comma is split, a known limit, but in Chinese
  (above); a semicolon ends a
  paragraph or an item); and, in text, whatever its layout, the line right below continues a heading
  wrapped at full width ("Objective 1. Close … Sustainable\nDevelopment Goals"; but a Chinese
  keyword heading as written, no layout's indent, that stopped short of the width the text wraps its
  Chinese lines at by room for the next line's first ideograph was not wrapped there, as Chinese
  breaks a line at any character: "目标1. …取得进展" + "数字连通性" + "11. …" is a heading and a
  sub-heading; a Chinese action's title, a sentence, cut at an ideograph goes on over the line
  right below ending that sentence, "行动1. 我们将…，落实" + "《2030年议程》。", however much
  wider a right-set line is, when it is about as wide as the text's full lines; a short title,
  "行动1. 加强统计能力" over "会员国将加强国家统计局的能力。", is whole, its sentence below it
  the action's text) or stopped at a word no title ends with
  ("…dimensions of the\nInformation Society"), but for a "Preamble" / "序言" title, a heading
  of its own however wide the title above it ("…共享严重犯罪电子形式证据" + "序言"); where
  blank lines set the paragraphs apart, also an
  unpunctuated line opening with a capital or an ideograph with a blank line below it, as a
  centred title is set narrower than the text ("…functioning of the Global" + "Dialogue on …
  Governance", one heading), but not atop the next page: a title is kept with what follows it,
  so the short line there is a heading of its own ("目标4. …做法" + page furniture +
  "数据隐私和安全"). So English and Chinese, wrapped at different places, number alike; a short
  line still ends the paragraph it is in. In plain text indented as ``pdftotext -layout``
  prints it (a first-line indent, or the number's column with the text hanging under it), a
  line's width is where it ends on the page, its indent and the spaces after its number counted,
  so an indented line as wide as the text is full and its full stop no paragraph's end ("(i)
  安全、…,包" + "    括…机遇。" + "    我们的合作…", indented alike, is one item); a title
  centred on the page (an indent fewer than three lines share, about as much space right of it
  as left) keeps its own width. Text with no indented line is measured as written. In Markdown
  whose blank lines set its paragraphs apart (as above; where too few paragraphs tell, when the
  lines of its blocks, each as wide as its wrapped lines, go on mid-sentence at least as often
  as after a stop, as pandoc wraps at 72 columns: a copy with a paragraph a line ends nearly every
  one at a stop), the lines of one block are one paragraph, however wide and wherever a sentence
  stopped ("…in July 2026." + "It was co-chaired by …" + "Spain."; an item "(a) Inclusive. …" +
  "…divides." + "Everyone should benefit equally;" above a blank line and "(b) …"), as they are
  below a hard break ("…took part.\\" or "…took part.<br>") in any Markdown, so an English copy
  wrapped there numbers as its unwrapped Chinese one does: only a line that opens a paragraph of
  its own (a number, an item, a bullet, a heading, a table row, a note, a preambular paragraph in
  the preamble) or an unpunctuated short line (a title) stands apart, and a line back at the
  margin below a list's entry ("-   …" + "The Co-Chairs thanked …") is none of the entry's.
- Before the body, a line opening with a capitalised preambular participle ("Recalling",
  "Rappelant", "Ссылаясь") starts a paragraph even after an unfinished line, which is then a title
  (unless it opens with a participle too: then it ends only at its comma and "and", as
  conventions join their last preambular paragraphs, "Having met …, and" + "Recalling …,", a
  blank line between or none; a convention's adopting clause in lower case after a blank line
  below the preamble's last comma, "…work," + "adopts this … the following Convention …:", or
  right below a last paragraph ending with a semicolon, "…an international Convention;" + "adopts
  this … which may be cited as … 2019." (ILO), is a paragraph of its own, unnumbered, as
  "于…通过以下公约…：" is); so does a declaration's "We, …" / "我们，…",
  however long, right below a title too ("Outcome document …" + "We, ministers …": a sentence
  going on prints "we", and Chinese sets no comma right after a 我们 it goes on with); so does,
  below a comma, a Russian preambular participle in lower case, as Russian texts print them
  ("ссылаясь на …", "осуждая …", also after an adverb, "настоятельно призывая …"), or an
  operative verb in the third person, as they print the operative paragraphs and the adopting
  clause below the chapeau ("принимает следующий итоговый документ:", "постановляет:",
  "вновь подтверждает …", as English prints "Adopts", "Decides"; "ссылаясь …," + "принимает
  политическую декларацию …" is pp1 and ``p-3``, as in English), and, where
  blank lines set the paragraphs apart, any lower-case Russian line after a blank line below a
  comma (a gerund no list knows, "рассматривая …").
  Otherwise Chinese has no such signal (回顾 may start a wrapped line mid-sentence) but a blank line
  ("关于…的成果文件" + a blank line + "回顾…，" is a title, skipped, and pp1): a Chinese title as
  wide as the body's lines and followed directly by the preamble joins pp1 (a known limit; the
  anchors are unaffected). In the preamble, below the chapeau and a preambular paragraph's comma,
  an unpunctuated title with a blank line above the next preambular paragraph is a heading of the
  preamble, however long or wrapped ("Recalling …," + "Building the information society: …\nof the
  implementation …" + "Noting …,"); so is one opening with a participle when a colon after its
  first few words sets a subtitle apart ("Taking stock: reviewing …"), whereas a preambular
  paragraph that lost its comma ("Recalling A" + "Noting B,") goes on into the next. A short
  unpunctuated line opening with a preambular verb is no title when the line below, a page's
  note number aside, goes on with it, opening with a conjunction ("重申《世界人权宣言》" + "1" +
  "以及相关国际人权条约，", as English goes on in lower case) or, in Chinese, ending as its
  clause with the comma and right below ("重申大会" + "第 60/251 号决议，"): it is the
  paragraph's first line, never front matter.
- A numbered line is a new paragraph when it is the expected next number (small gaps are accepted
  with a warning). A report's third-level heading, "1. Connectivity" between paragraphs 2 and 3, or
  the WSIS Declaration's "5) Building confidence and security in the use of ICTs" between 9 and 10
  (a title without final punctuation, however wide, alone on its line or of a few words, numbered
  apart, with the paragraph expected next below it; never below an unfinished sentence or a colon,
  whose item it is, nor stopped at a word no title ends with right above the number completing
  it, "2. The Secretary-General recalls paragraphs 1 and" + "2. He also notes …"), is an
  unnumbered heading, label "1" or "5)"; so is a chapter numbered as the paragraph it holds,
  "1. Introduction" + "1. Artificial intelligence …", and one above the first paragraphs of a
  chapter extract or addendum that numbers on from its report ("1. Africa" + "14. …" + "15. …":
  no paragraph 1 runs on to 14, beyond the small gap). The text's first
  numbered paragraph may have any number when the next numbered line goes on from it, within a
  small gap (an excerpt, "III. Conclusions" + paragraphs 35 to 41, or paragraph 55, goals and
  targets, then 60, keeps the numbers its paragraphs are cited by). Further on, a number past
  that gap after a blank line and a finished paragraph numbers its paragraph, with a warning,
  when the next numbered line below goes on from it (or, for a paragraph opening with a capital
  or an ideograph, any higher number below it, as an excerpt skips paragraphs all along: "2." +
  "10." + "13.", a year's "2016." aside) and none below comes back to the numbers skipped (an
  abridged text, "2." + "11." + "12."; a quotation's "11." + "12." before the text's own "3."
  stays text). An item marker out of sequence at a line's start, right below a
  full line or across a page break below one (not indented past it, nor as far as the
  paragraph's own indented opening where a text indents first lines alone), whose paragraph
  or numbered heading ("Action 20. We will …, including through (a) …;") prints the marker
  before it inside the sentence ("…measures: (a) …; (b) to" + "(c)
  ensure …", "…包括(一)…、" + "(二)…"), is where the printer broke a list printed inside the
  sentence: the line goes on with the paragraph, whatever the line above ended with; not where
  that marker is only cited ("subparagraph (b) of paragraph 3", "(ii) below", "第3段(b)分段").
  So does a list's first marker there ("…include the following:" + "(a) …; (b) a shortage …")
  when its own text lists the next one and no line below opens with it.
  Any other number, or an item marker out of sequence, is text: below a sentence left unfinished
  a wrap, joined with a space ("…divides by" + "2030. We will …", no warning for the number),
  and so is a year right below a sentence stopped at the word before it, however short its
  last line ("…adopted in" + "2015. It calls …", as pandoc's Markdown wraps, a preambular
  paragraph's first line no heading then), otherwise a line of its own in the paragraph, with a
  warning. So is a number within the
  accepted gap right below a sentence stopped at a word the number completes ("…Sustainable
  Development Goal" + "5. It further …",
  also "paragraph", "resolution", "Action", "Article", "section", "chapter", "annex" …) or with
  the expected number the next numbered line below ("…Goal" + "5. …" + "3. Notes …"), and the
  expected number itself below such a word when the next numbered line prints it again ("…in
  particular paragraph" + "3. It also recalls …" + "3. Notes …"). A list
  restarting at 1 inside a paragraph (typically after a colon) stays in that paragraph's text, one
  item per line, until its numbering or a heading ends it; when its next number equals the expected
  paragraph number, an item that ended with ";" continues the list, and so does one whose numbering
  goes on below and then comes back to that number (the paragraph after the list); otherwise the
  paragraph sequence wins; in Markdown, a line at the margin below the list's indented items ("3\\.
  Requests …" after "  2. …") is always the paragraph. Such a list is the paragraph's also where
  1 is the paragraph number expected next: below an item a colon ends ("（二）中方倡议：" +
  "1、…；" + "2、…；", "(b) China proposes:" + "1. …;"), as a text's numbering never begins inside
  an item; below an unnumbered lead-in ("…the Council decided:" + "1. That …;" + "2. That …;")
  the numbers are the text's paragraphs, as a decision prints them (so a list under a lead-in
  of a text that numbers nothing else is numbered paragraphs too, a known limit). Below an
  item's colon, so is the list's title, unpunctuated on lines of its own right above the list's
  "1." ("(b) Approved the provisional agenda … as set out below:" + "Provisional agenda and
  documentation for the twenty-ninth session of the Commission" + "1. Election of officers."):
  the item's text, never front matter. Between two entries of a list kept in its paragraph,
  unpunctuated lines below a finished entry down to the list's next number are that entry's
  note, one a line in the paragraph, a list of documents' rows too (an agenda's "Documentation"
  + "Report of the Secretary-General", "文件" + "秘书长的报告"), never a heading over the entries
  below nor front matter; below the list's last entry, or an entry without its final stop (which
  the next line goes on with), nothing tells them from a heading, a known limit. Nor does
  anything when the number below may as well go on with the text's numbered paragraphs (the one
  expected next or past it, and no number below coming back to the one expected): a list that
  took the paragraph after it ("2. Requests …:" + "1. …;" + "2. …;" + "3. Invites …." +
  "Follow-up and review" + "4. …" + "5. …") leaves the heading and the paragraphs below it
  the text's, as below a list that did not. An entry of a list of documents that its symbol in
  brackets closes ("Documentation" + "Report of the Secretary-General … (A/81/65-E/2026/10)") is
  finished: a blank line below it (no page break) ends its paragraph, so the next item's "Item
  4"/"项目 4" heads what follows, never the entry's last words; in a paragraph right below its
  caption the next document, unless it opens in lower case, begins a line of its own
  ("…(E/CN.16/2026/2)" + "秘书长关于数据治理的报告（E/CN.16/2026/3）"), and a document a blank
  line below an entry, closed by its symbol too, is the list's next entry, a paragraph under the
  caption, never a heading under the item (Markdown "Documentation" + "Report … (A/82/65)" +
  blank line + "Note by the Secretary-General (E/CN.16/2027/CRP.1)"). Under a caption naming
  documents ("Documentation", "Documents before the Commission", "文件"), the first entry is one
  whatever it ends with, alone or set a blank line below, never a heading over what follows
  (the caption holds it, and what follows as before), and a line below an entry that stopped
  short of the text's width begins the next document on a line of its own ("Report of the
  Secretary-General on the work of the Organization" + "Financial report and audited financial
  statements"). A Markdown list at the
  margin whose every item is "1." ("1. We decide A." + "1. We decide B.") counts up,
  1, 2, 3, as CommonMark renders it: numbered so, its items are paragraphs 1, 2, 3, no list
  restarting at 1; so does pandoc's "#." ("#.  We decide A." + "#.  We decide B."), a "1."
  it numbers for the writer. One below headings
  alone ("## Objectives", or bold "**Action 1. …**", not a chapeau) under a list so counted
  counts on from it, even a single "1.", as a UN text numbers on across its sections: it
  restarts at an annex's or appendix's heading, and at one over a text numbered apart (a further
  "Draft resolution"/"决议草案", an enclosure, addendum or attachment, "Terms of reference",
  "Questions for consultation"). A Markdown decimal list nested under a numbered paragraph
  stays in its text (pandoc's gfm writer prints Word's lettered levels so, "1.  *Decides* …:" +
  "    1.  Scientific excellence;": a known limit, as a text's own numbered list, an agenda
  quoted in a report, prints the same).
- Never paragraph text: running headers (document symbols with, right below, the title a page (one
  line narrower than the text, or up to three lines as the first page prints the title) repeats
  under them, or beside them far apart as ``pdftotext -layout`` prints them, there only at a
  page's top (first lines, a form feed, page furniture just above or below), or as several pages
  print them where one of them heads a page or the symbol is the document's own (its masthead
  prints it): elsewhere such a line is the text's own, a table's row ("A/79/62         Report of
  the Secretary-General …" below "…the following documents:", one a line in that paragraph; the
  same report listed under several items of agenda annotations, each list one paragraph with its
  caption, "Documentation"/"文件", which heads nothing; a symbol opening the row, below such a
  caption, a few words and no clause, when no blank line sets the rows apart, while below a
  sentence, "…as set out in" + "A/79/62        Report of …", or a row's wrapped title it goes on
  with that line), or
  a wrapped line of a sentence or a numbered paragraph ("2. … listed in annex II   UNDP/ITU"),
  read as text; or beside them one space apart, as plain pdftotext prints them ("A/RES/79/1 The
  Pact for the Future", odd pages "The Pact for the Future A/RES/79/1": a capitalised title
  without final punctuation), only printed so on two pages or under the title the first page
  prints (on one line or wrapped over a few, "79/200. Information and communications
  technologies for" + "sustainable development"), and touching the page's furniture (a form
  feed, the page's number, job number or barcode right above or below), or, printed once (a web
  copy of a few pages, a tab apart), the symbol first, the document's own (its first page prints
  it), right beside the page's foot ("24-07993 3/8"), below a finished line ("(b) Encourage
  feedback;") and in no list of documents; laid out
  otherwise
  (below the symbol after a blank line, above it as odd pages print it, with no blank line after it,
  its rest wrapped below or above a symbol beside it), only the whole title as the first page prints
  it, or as two pages print it (but the rest of a long title -layout prints far apart beside the
  symbol and wraps below it, atop even pages, is the header's whatever the first page prints:
  up to three lines each starting at the very column the title starts at, up to a blank line
  or a line at another column), never under 12 columns unless two pages print it, never a chapeau
  ("经济及社会理事会，"), and only at a page's top: near the page's number or job number, as no
  symbol in a list of documents is; a draft's header without a symbol, one to three lines first
  on two pages or more and on at least half the pages whose top the text shows ("Zero draft – 5
  February 2024", "CO-FACILITATORS' ZERO DRAFT" + "For discussion purposes only – 5 February
  2025", also with a full stop, "…Silence procedure until 6 March 2025, 6 p.m."), a page's top
  being the text's first line, the line a form feed opens or the line below a page's number
  ("Page 2 of 3", "- 2 -", "2/3", "第 2 页", or "2", at the foot of the page before or atop its
  own; below a bare "2", a note's or a table row's number as well, only a header the first page,
  a form feed or a page number printed as such shows atop a page too), past the page's
  furniture; never a line a comma, semicolon or colon ends, a marker, a chapeau, nor, where
  blank lines set the paragraphs apart, a line the text goes on below without one: a heading a
  page merely opens with ("Introduction" atop one page or two of many, "Action 1" atop two
  annexes, "Follow-up and review" or "后续行动" atop two pages of three, the body's and the
  annex's) is the text's own: a line atop some pages only, not all, is a header only when it
  dates the draft ("Zero draft – 5 February 2025" below Word's "different first page"), opens
  three pages or more, or opens a page the text runs on across (the line below it goes on with a
  small letter, or the last line above the page's furniture is a full line without punctuation),
  and its removal is warned of, "line atop some pages removed as a running header"), a draft's
  watermark alone on its line ("DRAFT", "ADVANCE
  UNEDITED VERSION", "预发未编辑版本"), job numbers as in New York and Geneva, "GE.25-05432(E)",
  a reissued document's with its asterisk ("24-21345* (E)", "GE.24-12345(E)*"),
  page numbers (full-width too, or beside the symbol: "A/80/L.1 Page 2", also after a dash,
  "A/80/62 – page 2", UNESCO's "41 C/23 – page 2" or "41 C/23" + "Annex – page 2"; but three
  or more figures one a line are a table's cells as plain pdftotext prints them, text, unless
  they count up by one from a small number, a stack of note numbers; years alone, "2024   2025
  2026", are a table's column heads, text, and so is a row of as many figures right below them,
  "45   62   80", or below the column heads or rows of a table under its caption, no blank line
  between ("Table 1" + "Year   Target   Actual" + "2022   10   12", "表 1" + "年份   目标   实际"
  + "2022   10   12"); and "2025/1" alone, whose
  page would come after the last, is a decision's number, text: "2025/1" + "Structured funding
  dialogue" is that decision's heading),
  "Please recycle", "请回收", also beside the job number), a web copy's "Back to top" / "返回
  顶部" and copyright line ("© ITU 2026 All rights reserved", "© 国际电联 2026 版权所有"), a
  heading of the body read above
  printed again atop the page its part runs on to ("Annex I (continued)", "II. Findings
  (continued)", "附件一（续）": what follows goes on in that part, a sentence the page cut
  included; a heading so printed that was never read is text), bare URL lines (but not right
  below a line that stopped mid-sentence, "…available at"; such a line with a blank line
  between it and the URL is a paragraph, not a heading over what follows; the URL ends the
  sentence that led into it, so a heading set apart below it is no longer that sentence's:
  "…available at" + "https://…" + "Closing session"), date-only lines
  (also Russian and Arabic dates, "19 декабря 2025 года", "19 كانون الأول/ديسمبر 2025"), meeting
  lines in the six languages ("56th plenary meeting", "第56次全体会议", "56e séance plénière",
  "56ª sesión plenaria", "56-е пленарное заседание", "الجلسة العامة 56"; as URLs, not right
  below a line that stopped mid-sentence, "…adoptée à la" + "12e séance"), adoption lines
  ("[Adopted without a vote.]", also a recorded vote's, bracketed over several
  lines), WIPO's and WHO's bracketed markers of what follows or ends, alone on their line
  ("[Annex follows]", "[End of Annex and of document]", "[End of document]", "[L'annexe suit]",
  "[Fin del documento]", "[后接附件]", "[附件和文件完]", "[文件完]"),
  separators (``____``, ``---``) and footnote blocks. Before the body, table of contents
  lines with dot leaders, a table of contents under its title ("Contents", "目录": entries ending in
  growing page numbers after dots, spaces or a tab, or linked in Markdown, "I. Introduction
  [3](#i.-introduction)", column titles, wrapped entries and "Annex" groups; without pages, a
  web page's navigation, down to its blank line, where the body prints its entries again as
  headings or as a block's first line; so too on a cover page below the
  part and section headings that open the body, "Part II" + "Section 2" + its title +
  "Contents", nothing numbered above it), and masthead lines made only of
  organ names ("United Nations", "General Assembly",
  "联合国", "大会"), symbols (a web copy's field too, "Document symbol: E/CN.16/2026/CRP.1",
  "文件编号：…"), "Distr.: General", "Resolution adopted by the General Assembly on …" /
  "大会…通过的决议", the Secretariat ("秘书处") and the kind of its issuance ("Secretary-General's
  bulletin", "Administrative instruction", "秘书长公报": the title below it is then the text's
  first line, never glued to the promulgation sentence below), dates, "Original: English" /
  "原文：英文", "中文", sessions ("Eightieth session", "第八十届会议"), agenda items ("Agenda item
  13", "议程项目 13") and adoption lines ("[without reference to a Main Committee
  (A/80/L.41)]"), in any combination on one line; Markdown headings included. A footnote line is
  ``<sup>n</sup> …``, ``¹ …`` (superscript digits; but not above any separator in lower case,
  "²the International Covenant …", a line wrapped right before a note's reference) or ``n
  text`` where n follows a separator, continues a run of footnotes, or was
  seen glued to the text as a reference; in the last case not when it goes on, right below, with an
  unfinished sentence in lower case or with a unit ("more than\n2 billion people", "超过\n2 亿人",
  "低\n30%"), unless it opens like a footnote ("ibid.", "see", a URL), and only when its notes end
  the page: their lines (each numbered one a reference's, the rest no marker) run down to page
  furniture, a form feed or the text's end, or to blank lines below which the sentence a page
  break cut goes on in lower case; so are notes below the text's last paragraph, no rule
  above them, numbered on from the last one read, running in sequence to the text's end, up to
  the highest number a reference in the text points to, each citing a document ("(b) …。" + "1
  A/79/250/Add.1，第 3 段。" + "2 A/79/320。", the first one's reference hidden in "…的建议1决
  定："; lines numbered past it, "3 Member States shall report …", stay text), each said in a
  warning, and a note read right below a line printed as the one before it, which stays text
  ("1 同上。"), is warned of; an ITU list
  below a clause a reference closes ("…合作，1" +
  "做出决议" + "1 继续…；" + "2 …包括：" + "a) …") is the body's items; below a separator, under a
  paragraph a page break cut mid-sentence ("…more than" + notes + "3 billion people"), only the
  run's next number or one seen as a reference, never a line going on in lower case or with a
  counter ("700 million people", "3 个区域"), which joins a paragraph a page's short last line left
  without punctuation; "* A/79/50." or "** Reissued …" too, and anywhere an asterisk note naming a
  symbol, a reissue or a draft's sponsors ("* State not a member of the Human Rights Council.", "*
  On behalf of the States Members …", "* 非人权理事会成员国。"); in Markdown too, where CommonMark
  reads "* A/79/150." as a list of one entry: a line so closed by its stop, below a line carrying
  the mark it answers ("Report of the Secretary-General\\*"), is that note. The asterisks of
  the notes so read ("*", "**"), glued to a paragraph's text, a title or a symbol
  ("…recommendations.*", "…列入建议。*", "A/79/L.1*"), are their references and leave the
  text, as a note's number does; an asterisk no note answers stays as printed. A note goes on over
  the lines right below it that its unfinished sentence takes, never across a blank line, and a
  note a page break cut goes on right below the next page's separator ("…以及人权理事" + "会第
  54/21 号决议。"). Plain
  pdftotext prints a note's number alone on its line and the note's text right below ("1" +
  "Resolution 70/1."): a note where "1 Resolution 70/1." would be one, right below the separator or
  the note above; a number alone after or before a blank line, above page furniture, a numbered
  line, a preambular paragraph or a chapeau is the page's number, as ever, unless its notes end
  the page: Geneva documents draw the separator as a graphic, left out, and a number alone (no
  full stop, which an operative paragraph's number alone on its line has) seen as a reference and
  not yet as a note, not below a running header, with its note's text below (a blank line between
  too, or the numbers as a column above their texts, "1" + "2" + "Resolution 70/1." + …) and page
  furniture right below the notes, is a note, separator or not; a number pdftotext prints alone
  on its line inside a sentence, no blank line around it ("…Declaration of Human Rights" + "1"
  + "and relevant …", "重申《世界人权宣言》" + "1" + "以及…"), is seen as such a reference. A
  stack of two or more numbers
  alone, one after the other, none read yet and at least one a reference on the page above
  points to, right below a paragraph and followed by as many notes, each a finished sentence,
  that end the page (page furniture, a form feed or the text's end) or a blank line closes, is
  the page's notes even where a reference glued to a digit went unseen ("…September 20192 and"
  + "1" + "2" + two notes); but not below a colon ("…ranked as follows:" + "1" + "2" + rows),
  nor when a note block below a separator later holds those numbers: a table's column of
  numbers taken for notes would lose its rows. A paragraph
  stopped at a page's foot goes on past such notes and the furniture ("…remain unevenly
  distributed" + "1 Resolution 79/325." + job number + "within and among countries, …"). Below a
  separator, a
  number glued to a capitalised or CJK text ("1See …", "2见 …", not "5G networks", "3D printing") is
  a note's too when it is the run's next number or was seen as a reference, and so is an Arabic
  note numbered in parentheses, "(1) القرار 79/1." or a document symbol alone, "(2)
  E/CN.16/2025/2." (English's "2 E/CN.16/2025/2."), as its reference is, only on the
  separator's page: after a page break, "(2) …" is the body's list going on. Superscript digits in
  the text are references, removed like ``<sup>n</sup>``, except powers (after a number, a single
  letter or a unit: "10¹⁸", "x²", "20 km²"; but after a number, one the document prints a note
  of, "¹ See …", is that note's reference: "…of 31 July 2014¹," reads "…2014,"). A job-number
  footer ("25-01234 (E) 051225 061225
  *2501234*") is a running header. In Markdown, a separator line (``____``, ``***``) is no bold
  text. Footnote references glued to the text are removed when a footnote with that number exists:
  after closing marks (also a quotation mark before an ideograph: ``文件”5的`` -> ``文件”的``), a
  full stop or a comma (，、, not after a digit; never before a counter, "，3个") in CJK text, or
  the "；" that ends a paragraph (``议程》1 及其`` -> ``议程》及其``), after punctuation or a
  lower-case letter in Latin or Cyrillic text ("будущего1,"; not a unit's power after a number,
  "5000 m2", "300 км2"), after a straight quotation mark closing a word or punctuation
  ('"Governing AI for Humanity"8 and'; not after a space or a digit), in parentheses after an
  Arabic word of two letters or more or a quotation mark
  ("المستقبل(1)،" -> "المستقبل،"; a one-letter prefix cites the number, "و(2)"
  is "and (2)"), or a resolution's number or a year before the clause's punctuation, a word or
  the end ("القرار 60/252(1)،" -> "القرار 60/252،", as "…60/252,1" is cleaned);
  after a year's or a resolution's number's comma before a word
  ("in 2023,4 and", "resolution 70/1,1 and"), after its full stop before a capitalised sentence
  ("in 2023.2 Most of them"); after any number's semicolon, which no number goes on after
  ("in 2023;2 and", "2015-2030;3", but never its colon: 3:2, 10:30); after a comma (also
  "，" and "、") before a space and a year or a resolution's number, which no number goes on
  with ("of 11 July 2019,6 47/23 of", "第 41/11 号、6 2021 年" -> "第 41/11 号、2021 年"; a
  thousands group has three digits, "，3 000"); at a paragraph's end also
  after that full stop ("in 2023.5", "resolution 32/13.4") or any number's comma ("70/1,1") or a
  space ("Agenda, 1", as pdftotext -layout prints them); inside it, a reference set apart after a
  word's comma ("Human Rights, 1 where") stays, a known limit: nothing in the line tells it from
  a count ("Of the Least Developed Countries, 12 that have …"), and a count is text. One set
  apart after a word or a year before the clause's punctuation or a conjunction ("…à l'horizon
  2030 1 et", "…Addis-Abeba 2,"), never after a word citing or counting a figure ("Goals 1,",
  "between 1 and"), is removed when a block of notes proves it: lines ending the page, numbered
  from 1 (or on from the notes before) without a stop and each citing a document ("1 Résolution
  70/1.", "2 See A/79/1."), every number marked above; those lines are notes. A note no
  reference shows, glued to a
  year ("of 26 September 20192 and", the year 19xx or 20xx, no digit or number separator around),
  is removed after that year. After a cited document's noun (报告, 决议, 决定, 公约, 文件,
  宣言, 议程, 契约, 协定, 议定书) and before "，", "。" or "；", as pdftotext glues a Chinese
  reference ("秘书长的报告7；", "第70/125号决议2，"), one or two digits are a reference when
  that note exists; never before "：", where they label what follows ("决定1：“…”"). After the
  nouns of documents cited by symbol or title (报告, 决议, 宣言, 公约, 契约, 协定, 议定书) they
  are one also before the words that go on with the sentence, glued or across the space
  pdftotext sets after the raised digit ("秘书长的报告4所载建议" -> "秘书长的报告所载建议",
  "第 53/29 号决议3 和大会" -> "第 53/29 号决议和大会"), but not before a counter, a range or a
  part ("报告1至3", "决议3号", "公约2条"), nor before an "and" naming another figure ("决议1和
  决议2", "报告3和4"). Set apart by the space pdftotext prints before a raised digit, they are
  one, space and all, after a cited document's noun before the "；" ending a line ("…向卫生大会报告
  1；"), and before the colon of a lead-in whose items follow in its paragraph ("敦促会员国 2：" +
  "(1) …"), unless a noun the number labels stands before it ("决定 1：", "备选案文 2：").
  Digits after a plain ideograph (``第1577卷``, ``目标3``, ``表1。``, ``附件2。``, "人权5，",
  "国际人权法5 和《宪章》") are never touched: figures the sentence names are printed so too
  ("建议3 中", "为期3 天"); references there stay (a known limit).
- The form feed pdftotext ends every page with opens the next page's first line and adds no
  line: the page's number stays right above that line ("1" + "\\fZero draft – 5 February 2024"),
  as a copy without form feeds prints them, and line numbers count as an editor does. That line
  is first on a page, whatever blank line pdftotext sets before the form feed, as a line below
  page furniture is. Inside a line, a form feed breaks it.
- A draft printed with its lines numbered in the margin (" 5   1. Digital technologies …", blank
  lines numbered too; in plain text, when most lines open with such a number going up by one) is
  read without those numbers.
- A cover letter above the draft it circulates ("Excellency," / "Dear colleagues," / "阁下：" near
  the top, down to "… the assurances of our highest consideration." / "Yours sincerely," /
  "顺致最崇高的敬意。" and the signatures right below) is skipped with a warning, and so is a
  letter right below it (the President's, transmitting the co-facilitators'): it is not the text
  under consultation, and its own "1." and "2." would push the draft's numbering into a part of
  its own. A letter with no draft above or below it (a few unnumbered lines at most above its
  salutation, a letterhead and a date, and below its close only signatures and addressee lines,
  "致：全体常驻联合国代表团…") is the text itself, imported alone: its paragraphs are read,
  its letterhead, salutation, close and what is below it skipped. A line of text below the
  signatures ("The General Assembly decides to postpone the review.", a one-sentence draft
  under silence procedure) is the draft the letter covers: the letter is skipped.
- Before the first operative paragraph or numbered heading, unpunctuated text (site menus, titles,
  also over several lines, sponsors) and any text before the chapeau (but a titled preamble's, or
  a decision a report of its organ prints above a resolution, one sentence naming the organ and
  what it decided, "The Seventy-seventh World Health Assembly, having considered …, decided:" +
  "(1) …", "第七十七届世界卫生大会审议了…，决定：", an unnumbered paragraph with its items) are
  front matter: skipped, with a warning (in a text with no structure at all, not even an unnumbered
  heading, only what is skipped line by line: its paragraphs are all it has). There an unpunctuated
  line under 60% of the widest line goes on over no blank line ("Chair's summary" + a blank line +
  "The twentieth Forum …", even in a text too short for its widths to tell a title), when at most 40
  columns wide, or however wide as the text's first line short of its width, its masthead aside
  ("Statement by the President of the Security Council" + a blank line + a wrapped "At the …"),
  and not opening like a preambular paragraph (one that lost its comma, or a sentence its stop
  below a title, goes on as before); nor, however wide, does one between blank lines laid out as a
  title, centred or at an indent no other line of the text starts at, the line below the blank
  one at another ("Co-Chairs' summary" + "          Multi-stakeholder segment: “Building
  capacity …”" + "      The multi-stakeholder segment …": skipped, no words of the paragraph;
  a sentence that lost its stop starts at the paragraphs' own indent), and a meeting's dateline,
  its dates and place ("Lillestrøm, Norway,
  23-27 June 2025", "2025 年 6 月 23 日至 27 日，挪威利勒斯特罗姆", "日内瓦，2025 年 6 月 30 日至 7
  月 2 日"), after a blank line or a finished line, however wide, is front matter of its own, never
  joined to the paragraph below or above it. Front matter is only the masthead and title block above
  where the text begins: once a finished paragraph of the text was read (prose, "The present summary
  is issued under the responsibility of the Chair.", a list's entry ending with a sentence's stop,
  "• Participants welcomed …", the chapeau, a declaration's "We, …," or a preambular paragraph;
  not a bracketed note, "[Note: …]", the adopting resolution's "Adopts the following
  declaration:", nor a note that hands on the text below it, the Secretary-General's
  "…has the honour to transmit to the General Assembly the report of …" / "秘书长谨向大会转递…",
  or "The present document is being issued without formal editing." / "本文件未经正式编辑"), what
  follows is the text's own, however unpunctuated: a list's bullets
  ("• Combating illicit financial flows", also one over a few lines), a table, an unpunctuated
  paragraph, and a few words set apart (a blank line above, and below it a blank line, a bullet, a
  numbered line or, below a finished paragraph of the text, the paragraph they head, a line short of
  the text's width and of the line below by a fifth, so no wrap broke it: "…attended." + "Artificial
  intelligence" + "Participants discussed …", "…planet." + "Session 1: Artificial intelligence for
  the Goals" + "Participants …"; anywhere in a text that prints no blank lines) are a heading
  ("Opening segment" +
  "1. In his opening remarks …", a declaration's "We, …," + its preamble + "Digital inclusion" + "1.
  We recognize …", an elements paper's "Domestic public resources" + its bullets); so is, before
  anything was read, a section's first heading, a few words (60 columns at most) set apart above a
  decimal paragraph, when a line of that shape heads a later paragraph of the same run ("Objective"
  + "9.1 …" + "Strategy" + "9.2 …", "目标" + "9.1 …" + "战略" + "9.2 …": the decimals show a part
  of a larger text, no title; "Draft resolution" + "1. Decides …" keeps its title). A bullet or a
  table is no title, so after a kept heading too ("# Elements paper" + "## Debt" + "- Debt
  restructuring mechanisms"); above both it is a site's menu ("- Home") or a masthead laid out as a
  table, and so is, anywhere before paragraph 1, a run of bullets that lists a site's pages (two or
  more entries of at most three words or four ideographs, no digit, no punctuation, one at least a
  site's own page: "Home", "Contact", "Privacy notice", "Terms of use", "Facebook", "联系我们"). But
  the unpunctuated lines that run into the opening of a text, its chapeau, "We, …", a preambular
  paragraph, a numbered title ("78/1. …"), a "Preamble" title or "Annex to the letter dated …" /
  "…给秘书长的信的附件", are that text's title block, still front matter (a letter's signature,
  "(Signed) …" + "Ambassador", above the declaration it transmits); so is a line below a colon
  ("Adopts the following declaration:" + its title; but not below the bare URL line the colon
  leads into, which finishes that paragraph: "…on the website:" + "https://…" + "Closing session"
  is a heading; below a declaration's own formula, "We,
  …," + its preamble + "Adopt the following outcome document:" + "Introduction" + "1. …", it is
  the text's heading, even its only one), a line right below or above a paragraph
  ("…universal health coverage," + "EU: retain"; above one, but below a finished paragraph, see
  above; below a preambular paragraph's comma under the
  chapeau, or right above paragraph 1 under a declaration's "We, …,", however long, it is a
  heading: "We, the Ministers …," + "Recalling …," + "Introduction" + "1. We reaffirm …"), what
  is above the chapeau, a heading with nothing under it, and the text's only heading right above
  paragraph 1, its title ("Adopted on 22 September 2024." + "Modalities of the review" + "1.
  Decides …"; not below a "We, …," or a preambular paragraph's comma, as no title is printed
  there, nor the name of a text's opening section, which no title is worded as: "Purpose and
  scope", "Background", "Introduction", "Objectives", "目的", "背景情况", "目标" + "1. …" is a
  heading, in each UN language alike). Below "Annex to
  the letter dated …" or a letter's signature ("(Signed) …", "…（签名）") the text transmitted
  begins anew: its title block is front matter ("(Signed) …" + "Revised draft decision" +
  "Modalities of …" + "1. Decides …"). A Chinese title wrapped right after its
  colon ("…独立国际科学小组：" + "初步步骤", a line of its own set apart by a blank line, wider than
  40 columns, no comma in it, leading into no list: "…如下：", "…下列…：") is one title with the
  unpunctuated line right below it that a blank line follows, front matter as the English title
  ("…Scientific Panel:" + "initial steps") is, not the text's first paragraph nor a list. A byline
  in the title block, unpunctuated ("Prepared by the co-facilitators, Ambassador … (Albania) and
  Ambassador … (Thailand)", "由共同协调人……（泰国）编写"; "Submitted by", "Compiled by", "由…提交"
  too), is whole when it closes with a name's bracket or its Chinese verb, or when a date line
  stands below it ("15 April 2025", skipped as furniture): it never goes on into the paragraph
  below ("The present elements paper draws on …", which was its words' end in a copy with a
  paragraph per line), and is front matter; one a page's width wrapped mid-name goes on.
  Known limit: a heading above the text's first paragraph of prose ("Purpose of this paper" + "This
  elements paper is intended …") cannot be told from a title ("Chair's summary" + "The President
  convened …") and is skipped, unless it names the text's opening section, as no title does
  ("Introduction", "导言" + "The nineteenth annual meeting …": a heading, as in Markdown's "##
  Introduction"); but one set apart above a list, right below the meeting's dateline
  that closes the title block ("Chair's summary" + its subtitle + "Geneva, 8 July 2025" + "Key
  messages" + "• Participants welcomed …"), is a heading, as a title is never printed there.
  After the last numbered paragraph, unpunctuated lines and headings with nothing under them are
  trailing matter, skipped the same way, unless an annex or appendix heading follows it (an annex
  listing members or an agenda is the text's own); so is a list of
  documents whose entries their symbols in brackets close, as agenda annotations end ("文件" +
  "秘书长关于数据治理的报告（E/CN.16/2026/3）"), and its caption, and so is any list under a
  caption naming documents ("Documentation", "Reference documents", "文件"), whatever its entries
  end with ("Documentation" + "Report of the Secretary-General on the work of the
  Organization"), unless an entry prints its URL, a web page's links ("Related documents" +
  "Press release: …" + "https://…", "相关文件" + "新闻稿：…"), or its entries, one a line, list
  a site's pages, its menu ("Related documents" + "Terms of use" + "Privacy notice", "相关文件" +
  "使用条款" + "隐私声明"); a list's bullets are the
  text's ("Next steps" + "• Prepare the report of the Forum",
  "Related documents" + "- A/HRC/58/41"), but for a Markdown bullet that is only a
  link ("- [Privacy notice](https://…)") and a run of bullets that lists a site's pages (as
  above: "Follow us" + "- Facebook" + "- Instagram", "- Contact" + "- Privacy notice" + "- Terms
  of use"), a site's menu, before paragraph 1 too.
  Decimal paragraphs ("23.2") do not count: they number budget sections, bulletins and terms of
  reference, whose table titles ("Table 23.1"), source lines and contact blocks after the last one
  are kept. A Markdown line set in bold or as a heading (ATX "# …" or setext), no numbered one
  ("## I. …", "## Action 1.", "## 1. Scope" keep their place), with no numbered heading above it,
  above the chapeau (or, where the text has none, above the declaration's "We, …," or the
  preambular paragraph it opens with, the heading naming its opening section, "## Introduction",
  "## 导言", its paragraph 1 or the note or letter transmitting it, "The Secretary-General has the
  honour to transmit …", "谨随信转递…", only such lines above it), a draft's date line or title
  ("**Rev.1 – 17 March 2025**", "# 56/7. The promotion of human rights on the Internet", "# Pact
  for the Future", "**Draft resolution on …**", "**Riyadh IGF Messages**", "**Modalities of the
  high-level meeting**" + "1. Decides …", "**Note by the Secretary-General**",
  "**…常驻联合国代表给秘书长的信**"), is that title block, skipped as the same line is in plain
  text, never the heading the whole text sits under, so both formats give the same anchors,
  parents and heading paths; but not, above paragraph 1, a caption with a stray comma ("**Key
  messages,**") or a compilation's label ("**OP3**"). So are such lines, only such lines above
  them, above the text's first paragraph of prose, as plain text cannot tell them from a title
  (the known limit above): a report's "# …" + "## Report of the Secretary-General" + "### Summary"
  + "The present report …", "**Chair's summary**" + "The President convened …". So is, below a
  letter, the bold title of its annex and the bold lines below it down to where the text it
  transmits begins ("**Annex to the letter dated …**" + "**Oslo Declaration …**" + "1. We …"), as
  in plain text, and so are the bold lines right below the Secretary-General's note down to where
  the report it transmits begins ("The Secretary-General has the honour to transmit …" + "**Report
  of the Special Rapporteur …**" + "**Summary**" + "In the present report …") or below the
  adopting resolution's clause down to where the text it adopts begins ("Adopts the following
  political declaration:" + "**Political declaration**" + "We, the Heads of State and Government,
  …,"). Other Markdown headings are kept, masthead ones excepted.
- A document of amendments to a draft heads each instruction with the paragraph it amends, on a
  line of its own: "Preambular paragraph 3", "Operative paragraphs 5 and 6", "Operative paragraph
  7 (c)", "New operative paragraph after operative paragraph 9" ("序言部分第 3 段", "执行部分第
  7(c)段", "执行部分第 9 段之后新的执行段落"), with an instruction ("Delete …", "Replace …",
  "Insert …", "After the words …", "删除…", "将…", "插入…", "在…") or the quoted text it
  proposes right below, is an unnumbered heading over them, where the text begins (the title
  above it is front matter), never a line of the quoted text above it nor of the instruction
  below. A sentence citing the paragraph on a line of its own ("…as proposed in" + "Operative
  paragraph 5" + "of the draft") goes on over it, and a commented draft's "Preambular paragraph
  2" above the paragraph's own text ("Noting …,") is front matter, as before.
- A report's figures, tables and boxes: in the body, below a finished paragraph, a caption
  ("Figure I", "Table 2. Internet users …", "Box 1", "图一", "表 2", "专栏 1", an annex's "Table
  A.1" / "表 A.1", whose number alone on the line does not end a sentence with a note; a title
  after it capitalised: "Table 2 shows …" is a sentence) opens an unnumbered paragraph that takes,
  a line each, the title right below it and what the figure prints: short unfinished lines (cells,
  axes, legends), figures ("6.0") and rows of them ("Asia 20.1 35.4", however wide, never a title
  going on, nor with a title going on from them; column heads right above the first row of
  figures, "Period   Deaths per 100,000   Number of countries", however wide or indented as
  pdftotext prints them, a blank line between or not; column heads of years, "2024   2025   2026",
  "2024 年   2025 年" or "2024年  2025年" in Chinese, with the heads right below them, "Object
  of expenditure   expenditure   appropriation"), down
  to its source and notes ("Source: ITU.", "资料来源：国际电联。"). A table printed without a
  caption (an annex that is only a table, below its title) opens so at its unit in parentheses
  ("(Percentage of population)", "（占人口百分比）"), at its column heads right above a row of
  figures, or at that row, when down to its source it prints only short unpunctuated lines and
  two rows of figures or more. Column heads of years alone printed without a caption are no
  heading either: below a paragraph its colon ends ("…strategies rose:" + "2019   2021   2023"),
  a line of that paragraph, elsewhere an unnumbered paragraph; the line right below them
  ("2024   2025" + "Consultations with stakeholders in …", wrapped lines joining it) and the rows
  of figures under them go on in it one a line (a row of as many figures as years right below
  them, "45   62   80", is the table's, no page's numbers). None of it is a heading, so the
  paragraphs after the figure stay in their section; a box's text, after a blank line or, where
  none is printed, a line as wide as the text right below the box's short title
  ("专栏 1" + "普遍和有意义的连通" + "有意义的连通是指…丰") or a sentence ending on that line
  ("Box 1" + "Skills gaps …" + "In 2024, only 8 per cent …skills."), is a paragraph of its own,
  never joined to the box's title, and so is each of its bullets, however short ("Box 1" +
  "Modalities …" + "• Two days of meetings …"); a box printed without a number, its caption
  the word alone on its line ("Box" / "框" + its unpunctuated title right below), is read as a
  numbered one, never a heading over the paragraphs after it; its caption printed again on the
  next page ("Box 2 (continued)", "专栏 2（续）", "Table 2 (continued)", alone on its line) is
  no text, nor a heading, even below the body's next paragraph (a box floated past it) once the
  figure's own caption was read; a caption so printed of no figure read is text. The next numbered
  paragraph or heading ends the figure; an unnumbered heading right below a figure printed
  without a source is read as the figure's (a known limit). In Markdown, where Word's captions
  come out bold, a caption so set ("**Table 23.1**") opens the figure alike, in the body, as does
  one pandoc gives as a heading ("### Table 1. …", "### 表 1. …", "### 图 2. …", "### الجدول 1.
  …", Arabic's number followed by a stop, a colon or a dash, as it has no capitals to tell a
  caption from a sentence), and
  the bold line right below a caption alone is its title ("**Overall: evolution of financial
  resources**"), no heading; its unit in parentheses ("(Thousands of United States dollars)")
  and the table below go on in it, one row a line.
  A list of abbreviations printed in two columns, two rows or more one below the other, each an
  abbreviation of two capitals or more, a run of spaces and its expansion ("AI    artificial
  intelligence" + "GDC   Global Digital Compact", "AI      人工智能"), is a table's rows: text,
  one row a line, with its caption above it ("List of abbreviations", "Abbreviations", "缩略语")
  one unnumbered paragraph (below an "Appendix" the caption is its title), never a heading over
  what follows nor one sentence of its rows run together. A tab reads as one space, so rows set
  apart by a tab alone are not seen (a known limit).
- Markdown: pandoc's metadata block atop the file ("---" + "title: …" + "date: …" + "---" or
  "...": keys and values only) is no text, nor is its notes div ("::: {#footnotes …}" down to its
  closing ":::"; one never closed is read as it stands). A draft converted with its tracked
  changes (pandoc's ``--track-changes=all``: "[text]{.insertion …}", "[text]{.deletion …}",
  reviewers' comments "[note]{.comment-start …}", or gfm's "<span class="deletion" …>") is read
  with its changes accepted, as Word exports it: insertions kept, deletions and comments dropped,
  a change alone on its line ("[36]{.deletion …}[40]{.insertion …}") going on with the line above;
  so is a redline struck in HTML or GFM ("<del>open</del> <ins>trusted</ins>", "<s>old</s>
  <u>new</u>", "<strike>…</strike>", "~~eliminate~~ **reduce**": "trusted", "new", "reduce", no
  double space left, nor a space before the stop a deletion ended at), save a compilation's
  "~~…~~" (paragraphs numbered "PP1", "OP1"), a delegation's proposal, kept as printed;
  a paragraph or heading deleted whole (a block of its own at the margin) goes, while an item
  deleted with its sub-list or text below it, or a nested or tight list's item, stays as printed,
  so that no item after it changes number.
- Markdown: ``#`` headings (but the chapeau set as one, "## The General Assembly,", "## 大会，",
  is the chapeau, as in plain text, and an operative paragraph set as one is that paragraph:
  its number and a sentence ending with ";" or "." that opens with an operative verb ("Welcomes
  the", "We commit", "欢迎", "请") or is longer than a title, "### 1. Welcomes the progress
  made;", or its number alone over its text, "### 1." + "Welcomes the progress made;", read as
  one line; "## 1. Scope" stays a heading), Setext headings (a line underlined with ``===``
  or ``---``) and lines that are entirely bold, unless they end like a sentence, or with a
  comma as a chapeau does ("**大会，**") and a preambular paragraph a Rev. sets in bold as inserted
  ("**Reaffirming its resolution 79/1,**", "**重申…，**", pp2 as in plain text: a line opening as a
  preambular paragraph does below a chapeau, or one with such a paragraph or the chapeau right above
  or below it, "**The importance of an inclusive process,**" between "Recalling …," and "Noting
  …,"), or are a figure's caption (below), are headings (another bold line ending with a comma
  is a title whose comma is stray, at the level of every bold title, a sibling of the bold title
  above it: "**Annex, list of speakers,**" over "- Norway" + "- Brazil", "**Key messages,**"
  over "- … ." points, "**附件，主要目标，**", "**Welcoming the progress made,**" in a report's
  messages with no chapeau above it, heading them; a list's entry below it in lower case,
  "- reduce deaths …", is an entry, none of its words; one opening as a preambular paragraph
  does right above paragraph 1, "**会员国，**" + "**回顾第 79/1 号决议，**" + "1. …", is the
  preamble's last paragraph) (a bold one above the chapeau
  is front matter, above); emphasis (``*x*``, ``_x_``,
  ``**x**``, ``***x***``, paired as CommonMark pairs them, so ``snake_case`` and a lone ``*`` stay,
  also over wrapped lines up to three breaks apart, never across a blank line; emphasis covering its
  lines whole, "**Action 1. We will …" + "… Agenda.**", makes them one line, but for a hard break
  inside it, "**Annex\\" + "Pact for the Future**", which keeps them apart as
  "**Annex**\\" + "**Pact for the Future**" is kept; an ideograph beside
  Chinese punctuation counts as punctuation, so "和**《宣言》**。" is bold), links (a heading's
  permalink "[¶](#…)" dropped; a link's or span's text pandoc wrapped over lines, "[report of
  the" + "Secretary-General](https://…)", is read as on one line), pandoc's attributes after a
  heading or link, whatever its id
  holds ("{#i.-introduction}", "{#_Toc178234 .unnumbered}", "{-}", "{lang="fr"}"), pandoc's
  spans ("[convene]{.mark}", "[x]{.smallcaps}",
  "[text]{custom-style="…"}"; a bracket with no "{" right after it, "[alt 1: …]", stays),
  superscripts raising a power, pandoc's "^9^" or HTML's "<sup>9</sup>" after "10" in
  scientific notation ("3 × 10^9^", "10^-3^") or counting what follows ("10^9^ tonnes"), or
  after a unit of length squared or cubed, written in superscript digits ("10⁹ tonnes", "km²";
  any other superscript number is a note's reference, "Goal 10^3^" and "paragraph 10^4^ of …"
  read "Goal 10", "paragraph 10 of …"), an ordinal's ending raised after a number as text
  ("21^st^" -> "21st", "1<sup>er</sup>" -> "1er"; other letters there mark a table's notes and
  are dropped, "2023^a^" -> "2023"), pandoc's subscript as text ("CO~2~" -> "CO2"),
  autolinks ("<https://www.un.org/wsis>", read as the bare URL), images, entity references
  ("&nbsp;", "&amp;"), escapes and HTML tags (as CommonMark reads them: "<<inserted text>>" is
  no tag, a backslash before any ASCII punctuation is that character, "\\$98,347,300",
  "States\\'", and escaped angle brackets are text, "the \\<Digital Cooperation\\> roadmap")
  are reduced to their text (a line break, "<br>" or "<br/>", joins its pieces as a wrapped
  line's: a space in Latin text);
  a bullet carrying its item's label ("- \\(a\\) Strengthening …;", "- （a）加强…；", in plain text
  "• (a) …" and "- (a) …" wherever it stands) is that item, read as the line without its
  bullet is (2.a, 2.b … below "2. We commit to:"), so a copy printing the bullets numbers as
  one printing none does; other
  ``- `` bullets after a colon stay in the paragraph, one per line (in plain text, and in
  Markdown as Word's glyphs pasted into it, too: "• …",
  "➢ …", "■ …", "✓ …", pdftotext's Symbol- and Wingdings-font glyphs (U+F0B7, U+F0D8 …), a figure
  dash before a word ("‒ Partnerships"), Word's second-level "o" beside another line so opened or,
  set off by a wide gap, indented deeper than a bullet or a colon right above it ("    o
  digital skills"; a lone "o" opening a wrapped line elsewhere is a word), and "- …" or "– …"
  (also "— …", the minus signs "− …" and "－ …", and the glyphs that stand outside lists too:
  "* …", "＊ …", "· …", "・ …", "○ …", "□ …"; in Chinese with no space before a Han character,
  "-弥合…", as Chinese typesetting sets them) below a colon or another bullet, or above
  another item opened by the same dash, as no sentence
  wraps twice at a dash, unless the two are a sentence's paired dashes, right below a line left
  running and in lower case ("…the three
  criteria" + "– income per capita, … index" + "– had been met …": one paragraph, its dashes
  kept; a figure dash or "■" right below a line left running, no blank line between, is read so
  too, and goes on with the sentence when its text opens in lower case, or, in Chinese, below a
  line as wide as the text: "…and that its outputs" + "‒ notably the IGF Messages ‒ had grown
  …", unless indented deeper than the words above it or below an item its glyph opened, "■ the
  strengthening of national" + "capacities" + "■ financing"), its text read without the dash
  as "• …" is, and a list's entry, a symbol alone ("-
  A/HRC/58/41") included, is never page furniture or masthead; so do items numbered "(1) …" or "① …"
  there (below a colon a note's reference follows too, "1. URGES Member States:2"), and a
  paragraph's alternatives ("Option 1: …" + "Option 2: …", "Alt A: …", "备选案文1：…"), below the
  colon or the item above, its wrapped lines between or not, in Markdown too, their numbers kept
  (a numbered paragraph opening with its first, "2. Alt 1: …" + "Alt 2: …", is such an item),
  and names listed without bullets, two or more short
  unpunctuated lines opening with a capital, an ideograph or a digit below a numbered paragraph or
  item ending with a colon, "…the following organizations:" + "Arab Organization for Human Rights" +
  … (one alone too, opening with a word, right above the paragraph numbered next: "1. …the
  following:" + "Close the digital divide" + "2. …", no heading between), or right below an
  unnumbered one, as a decision's one sentence lists them ("…decided to grant
  consultative status to the following non-governmental organizations:" + "Asia Internet Society",
  "…决定给予以下非政府组织咨商地位：" + "亚洲互联网协会"; not below a chapeau or "The Economic and
  Social Council:", nor after a blank line, where a heading stands apart), or a programme of
  work's dates, time slots ("10 a.m.-1 p.m.") and agenda items, "…as follows:" + "3 月 3 日，星期一"
  + "上午 10 时至下午 1 时" + "项目 1. 会议开幕" + …, each its own line
  however wide (only a line right below a full one, or below one stopped at a word no entry ends
  with, "…implementation of the" + "2030 Agenda …", goes on with it), never a heading the next
  paragraph would sit under; but not below "Adopts the following document:", whose title is a
  title); a bullet indented deeper than the bullet paragraph above (two columns or more, as
  Markdown nests lists) is its item, in its text one per line ("•   Capacity-building" + "    –
  digital skills" + "    –   teacher training"), and a bullet back at that paragraph's indent
  below such items is its sibling, below a colon too ("•   …including through:" + "    o   …" +
  "•   Enabling environment"; indents across a page break are not compared). Elsewhere, under a
  heading, each bullet is an unnumbered paragraph of its own, never a heading however
  unpunctuated ("Key messages" + "• Financing gaps are widening" + "2. …": paragraph
  2 stays under "Key messages"), and an unpunctuated one ends at a blank line unless its line
  reached the edge, so a heading below it stands apart ("• Combating illicit financial flows" + a
  blank line + "International development cooperation"). A table
  (rows opening with ``|``) is text, one row a line, cells apart by " | ", its delimiter row
  dropped: part of the paragraph above when that ends with a colon, otherwise an unnumbered
  paragraph of its own, never preambular and never trailing matter, nor front matter once the
  text began or a heading was kept (above both it is a masthead laid out as a table). But a
  compilation laid out as a table, a row's first cell a paragraph's label ("| PP1 | *Recalling*
  … | G77: retain |", "| OP2 bis | … |"), pipe or grid, is read as pdftotext prints one: each
  row a line, its cells apart by a space ("OP1 Welcomes …; US: delete"), so its rows number the
  paragraphs (pp1, 1, 2 …); its header row (the columns' titles) is dropped, and a row's cells
  wrapped over lines (a grid table's, or a pipe table's row with an empty label cell) are
  joined. Pandoc's caption of a table, a line of its
  own right below or above it (": Schedule of meetings", "Table: 会议安排"), is read as a row of
  that table without its "Table:", never a heading; a grid table's borders
  (``+----+``) are dropped and its rows read the same way, as are pandoc's tables set between
  indented rules of dashes: the rule closing a multiline table, indented as the one that opened
  it, right below its last row, is dropped too, no Setext underline. Pandoc's simple and
  multiline tables (a header row, or none, above a column rule, "------  -----", with or without
  rules of dashes around; a simple table with a header ends at a blank line, one without at
  the column rule closing it, since a multiline table sets its rows apart by blank lines) are
  rows too, their cells apart by a space and their rules dropped, so a row opening "1\\." or
  "C1." numbers no paragraph and opens no action line. A paragraph or block quote indented
  under a list item past a blank line, as far as the item's text and less than four columns
  further, is that item's text, as CommonMark continues a list item ("1.  *Requests* … a
  report." + "    The report shall be presented …", "…to read as follows:" + "    > "The
  Commission shall …""): of the innermost item its indent reaches, so text indented under
  paragraph 2 below its items "(a)", "(b)" is paragraph 2's; a line opening with a marker is an
  item however deep. Code fences (```` ``` ````,
  ``~~~``) and HTML comments are dropped, the lines between fences read as any others; a
  backslash ending a line (a hard break) is dropped, the paragraph going on below it, and one
  alone on its line ("\\", "<br>"), an empty line a web page sets between paragraphs, is a blank
  line.
- Notes in brackets, as Word's plain-text copies print them: a number printed both as "[1]"
  glued to the text (not a Markdown link's "][1]", "[1](…)" or "[1]: …") and opening a line
  ("[1] Resolution 70/1.") is a note, read as ``<sup>1</sup>`` is; escaped "\\[1\\]" too. So is
  a "[2] …" line whose reference the copy lost where its number runs on from, or up to, such a
  note ("[1] …" + "[2] See A/79/1."); the notes' title right above them ("Notes:", "注释：",
  "Endnotes") is no text, read as a separator.
- Notes gathered after the body under their title ("Notes", "Endnotes", "注", "注释", a
  Markdown heading or bold line too), numbered from 1 ("1. See resolution 70/1." + "2
  A/79/150.", a note going on over the lines below where it stops mid-sentence), are notes,
  read as a page's notes below a separator, never paragraphs, where the body marks a reference
  to every one: its number glued to the text ("…70/1,1", "…报告；2"), a superscript ("…70/1¹",
  "^1^") or in brackets ("…70/1,[1]"), each dropped from the text. A numbered list the body
  marks no reference to, or under another title ("Annex" + "1. …"), is text as before.
- Web copies' footnotes: below a separator, a numbered line "1. See …" that continues the run
  of footnotes and was seen as a reference ("world.[1](#fn1)", "<sup>[1](#fn1)</sup>",
  "[2](#note-smith)", pandoc's "^1^", Word's "[\\[1\\]](#_ftn1)"; a number ending a line
  and linking to the heading the line names, "I. Introduction [3](#i.-introduction)" (pandoc's
  identifier of the entry's text, or the entry's own link's fragment), is no reference but a
  contents entry's page) is a footnote; the first of a run not when it is the paragraph
  expected next. A line linking back to its reference ("[↩](#fnref1)", "[\\[1\\]](#_ftnref1)
  …") is a footnote wherever it is.
- Markdown footnotes: references ``[^label]`` are removed from the text (with the space before
  them, and in Chinese the one after beside CJK punctuation or between ideographs: "认识到，[^1]
  消除" -> "认识到，消除"; Latin words keep theirs), and so are pandoc's
  inline notes whole, "A^[See resolution 70/1.];" -> "A;" (brackets inside the note nest; one
  left unclosed on its line stays). A definition
  ``[^label]: …`` is dropped with the lines that continue it: lines indented by four spaces
  (blank lines between allowed) and indented lines directly below it, whatever they open with
  ("    2015.", "    (a) A/80/1;", "    Annex II.": pandoc indents every line of a note after
  its first), and lines at the margin directly below it while its text stops mid-sentence,
  unless such a line opens a Markdown block, a paragraph, an item or a numbered heading. A line
  opened by pandoc's superscript, "^1^ Resolution 70/1.", is a note as "<sup>1</sup> …" is, and a
  paragraph a page break cut goes on below the page's notes ("…new and emerging digital" +
  "<sup>1</sup> …" + "technologies and human rights,"), no heading.
- Unnumbered prose alone (a concept note, a chair's summary without numbers, its unnumbered
  headings included) is anchored by place, ``p-1``, ``p-2`` …, with a warning that no numbered
  paragraph or heading was found;
  ``NoStructureError`` is raised only when no paragraph is left at all (an empty text, or one
  of nothing but page furniture and front matter).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from consultations.parser_text import (
    ARABIC_INSERTION,
    ARABIC_INSERTIONS,
    ARABIC_LETTER_RANGE,
    ARABIC_TANWIN,
    BROKEN_NUMBER_RE,
    CHINESE_HEADING_STEMS,
    CHINESE_OPENERS,
    COUNTERS,
    DOCUMENT_SYMBOL,
    MD_FOOTNOTE_LABEL,
    MONTHS,
    PARENTHESIZED_IDEOGRAPHS,
    PREAMBLE_TERMINAL_PUNCTUATION,
    RUSSIAN_PARAGRAPH_OPENING,
    TERMINAL_PUNCTUATION,
    UNFCCC_BODIES,
    arabic_markers_read,
    candidate_glued_markers,
    chinese_stem_heading_read,
    chinese_value,
    clean_inline,
    display_width,
    emphasis_across_lines,
    ends_open,
    ends_with_a_cited_symbol,
    goes_on_a_cut_number,
    is_asterisk_note,
    is_chapeau,
    is_cjk,
    is_contents_line,
    is_dateline,
    is_header_with_title,
    is_junk,
    is_masthead,
    is_meeting_line,
    is_page_foot,
    is_separator,
    is_years_row,
    join_text,
    latin_heading_letter,
    latin_item_letter,
    letter_for,
    letter_index,
    links_across_lines,
    marker_view,
    names_a_conference_met,
    names_a_date,
    names_a_document,
    names_a_meeting,
    names_the_body_where_it_met,
    normalise,
    opens_a_decision,
    opens_operative_in_lower_case,
    opens_preamble,
    opens_preamble_in_lower_case,
    records_a_decision,
    remove_glued_markers,
    remove_spaced_note_markers,
    remove_year_glued_markers,
    roman_value,
    spaced_note_markers,
    speaks_as_we,
    speaks_as_we_at_length,
    starts_as_continuation,
    superscript_note_numbers,
    superscripts_as_sup,
    symbol_opens,
    title_beside_symbol,
    to_roman,
    without_note_marker,
)
from core.graphemes import cut_at_grapheme_boundary
from core.scripts import HAN_BASIC

Kind = Literal["heading", "preamble", "operative", "subparagraph", "target", "unnumbered"]
Format = Literal["text", "markdown"]


@dataclass(frozen=True, slots=True)
class ParsedParagraph:
    anchor: str
    label: str | None
    kind: Kind
    parent: str | None
    ordinal: int
    heading_path: tuple[str, ...]
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class ParseWarning:
    line: int
    message: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class ParseResult:
    paragraphs: tuple[ParsedParagraph, ...]
    warnings: tuple[ParseWarning, ...]


class NoStructureError(ValueError):
    """The text holds no paragraph to anchor comments to."""

    def __init__(self, message: str, problems: tuple[ParseWarning, ...]) -> None:
        super().__init__(message)
        self.problems = problems


# Paragraph numbers beyond the expected one by at most this much are taken as a gap.
_MAX_NUMBER_GAP = 5
# Paragraph numbers an excerpt skips ahead to, not to number + 1, are never higher: a year
# opens a chronology's entry ("2016. …" + "2020. …").
_HIGHEST_NUMBER_SKIPPED_TO = 999
# Numbered or preambular paragraphs needed before blank lines between them are read as the
# layout.
_LEAST_STARTS_FOR_LAYOUT = 2
# How far below an article to look for the paragraph number that says whether it is quoted.
_LOOK_AHEAD_LINES = 200
# The most headings and lines a cover page prints above its table of contents.
_COVER_NODES = 12
# A sub-heading numbered like an item ("（一）贫困与不平等") is a short title.
_MAX_SUB_HEADING_WIDTH = 60
# Headings and titles are never wider than this (in half-width columns).
_MAX_HEADING_WIDTH = 240
# A section titled as the preamble, in the languages the parser knows.
_PREAMBLE_TITLE_RE = re.compile(
    r"^(?:#+\s*)?(?:[IVX]+\s*\.\s*|[一二三四五六七八九十]+\s*[.、]\s*)?"
    r"(?:Preamble|PREAMBLE|Préambule|Preámbulo|Преамбула|الديباجة|序\s*言)\s*[:：]?$"
)
# The name of a text's opening section, which no text is titled: above paragraph 1 it heads the
# text, even as its only heading ("Purpose and scope" + "1. The present guidelines …"). Each name
# in every UN language, as its translations print it, so that they anchor alike: "目标" is
# "Objectives" and "Goals", "背景情况" "Background" and "Context".
_OPENING_SECTION_NAME = (
    r"introduction|background(?:\s+information)?|purposes?|scope|objectives?|goals?|aims?"
    r"|context|overview"
    r"|导\s*言|引\s*言|背\s*景(?:\s*(?:情\s*况|资\s*料))?|目\s*的|目\s*标|范\s*围|宗\s*旨"
    r"|概\s*述|概\s*览"
    r"|contexte|historique|objet|objectifs?|buts?|portée|champ\s+d[’']application"
    r"|aperçu(?:\s+général)?|vue\s+d[’']ensemble"
    r"|introducción|antecedentes|propósito|finalidad|objeto|alcance|ámbito\s+de\s+aplicación"
    r"|objetivos?|metas?|contexto|panorama\s+general|sinopsis"
    r"|введение|общая\s+информация|справочная\s+информация|цели|цель|сфера\s+охвата"
    r"|сфера\s+применения|контекст|обзор"
    r"|مقدمة|معلومات\s+أساسية|الغرض|النطاق|الأهداف|الهدف|الغايات|السياق|لمحة\s+عامة"
)
_OPENING_SECTION_RE = re.compile(
    rf"^(?:{_OPENING_SECTION_NAME})"
    rf"(?:\s*(?:and|和|与|及|et|y|и|و)\s*(?:{_OPENING_SECTION_NAME}))?$",
    re.IGNORECASE,
)
# A sentence's end: its full stop (Latin or CJK, "?" and "!" too) and any closing marks after it.
_SENTENCE_END_RE = re.compile(r"[.。?!？！][”’\"')）」』]*$")


def _ends_a_sentence(text: str) -> bool:
    """Whether a line or paragraph ends at a sentence's stop, a note marker glued after it
    aside: pdftotext prints "…执行情况。1", "…a report.1" at the line's end, and the sentence is
    as finished as without it (whether the paragraph goes on below is the caller's question)."""
    return _SENTENCE_END_RE.search(without_note_marker(text[-_TAIL:])) is not None


# Text is wrapped at one width when at least this many lines, and this share of all, reach it.
_LEAST_FULL_LINES = 4
_WRAPPED_SHARE = 0.4
# Or when at least this many of its full lines stop mid-sentence, the sentence going on below.
_LEAST_MID_SENTENCE_WRAPS = 2
# A line at least this fraction of the typical line width is a wrapped (full) line.
_WRAP_FRACTION = 0.6
# A line this close to the text's width was broken by wrapping, not ended (in a document whose
# paragraphs are apart by blank lines). Proportional type makes a full line of wide letters
# ("UNESCO, UN-Women, UNICEF …") a sixth shorter in characters than one of narrow letters.
_FULL_FRACTION = 0.8
# Text is wrapped at one width when enough of its lines come this close to the widest.
_WRAPPED_FRACTION = 0.85
# An indent this many lines share is the text's margin (a first-line or hanging indent), no
# centred title's; a title is centred within this many columns.
_LEAST_SHARED_INDENT = 3
_CENTRING_SLACK = 2
# A title centred in the body's column ("Follow-up" set 32 columns in, in a column 80 wide) is
# indented at least this share of the column past its margin, further than any first-line or
# hanging indent; and it is only roughly centred (proportional type, and a short text whose
# lines stop short of the page's edge), neither side of it more than this many times the other.
_CENTRED_INDENT_SHARE = 0.2
_CENTRED_SIDES_RATIO = 3
# The least a list's item is indented below the item it belongs to: Markdown's "- ".
_NESTED_INDENT = 2
# The least a paragraph's first line is indented past its wrapped lines (pdftotext -layout);
# a column or two is the play of full-width punctuation at a line's start.
_FIRST_LINE_INDENT = 3
# The formula that introduces a treaty's articles.
_AGREED_FORMULA_RE = re.compile(
    r"(?:Have|Has)\s+agreed\s+as\s+follows|(?:Sont|Est)\s+convenu|Han\s+convenido|"
    r"Договорились|兹(?:协议|议定|商定|协定)如下"
)
_WE_INTRODUCE_A_LIST_RE = re.compile(r"^(?:We\s|我们).{0,120}[:：]$")
# A paragraph's comma at its end, before closing quotes or a note's number: "…uneven,", "…平衡，".
_ENDS_WITH_A_COMMA_RE = re.compile(r"[,，،][\s\d\"'”’」』》〉】）)\]»]*$")
_CAPITALISED_WORD_RE = re.compile(r"[A-Z][a-z'’-]+\b")
_LOWER_CASE_WORD_RE = re.compile(r"\b[a-z][a-z'’-]*\b")
# A capitalised word right after a word in lower case or a comma: "developing States", "the
# United Nations", never a sentence's first word.
_CAPITAL_MID_SENTENCE_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z'’-]+\b")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\W*$")
# A preambular paragraph ending with its comma and "and", as conventions join their last ones
# ("Having been convened at Geneva …, and" + "Recalling that …,"): it ends there, the sentence
# going on with the next paragraph, not inside it.
_ENDS_WITH_A_COMMA_AND_RE = re.compile(r",\s+and$")
# The verb a convention's preamble leads into, in lower case after a blank line below its last
# paragraph ("Having decided …," + "adopts this twenty-first day of June … the following
# Convention …:"), or right below it when a semicolon ends it ("…an international Convention;" +
# "adopts this …", as ILO conventions print it): the adopting clause, a paragraph of its own.
# The verbs an adopting body's unnumbered clause opens with in lower case, below its preamble
# (an ILO convention's "adopts this … the following Convention").
_ADOPTING_VERBS = "adopts|approves|proclaims"
_ADOPTS_BELOW_THE_PREAMBLE_RE = re.compile(rf"(?:{_ADOPTING_VERBS})\b")
_ENDS_WITH_A_SEMICOLON_RE = re.compile(r"[;；][\s\"'”’)\]]*$")
# A recorded vote's caption, alone on its line above the States it lists ("In favour:",
# "反对："), or beside them as pdftotext -layout sets it ("Against:      None", "弃权：    阿根廷、
# 法国"): it opens a paragraph, whatever the line above it.
_VOTE_CAPTION_RE = re.compile(
    r"^(?:In\s+favour|Against|Abstaining|Pour|Contre|Abstentions?|A\s+favor|En\s+contra|"
    r"Abstenciones|Голосовали\s+(?:за|против)|Воздержались|赞成|反对|弃权)\s*[:：]"
)
_NAME_CUT_AT_COMMA_RE = re.compile(r"\b[A-Z][a-z'’-]+,$")
# A letter naming the annex it circulates: "(see annex)", "annexed", "the present letter and its
# annex", "本函及其附件", "见附件".
_NAMES_ITS_ANNEX_RE = re.compile(r"\b(?:see annex|annexed|its annex|the annex)\b|附件", re.I)
_OPENING_WORDS = frozenset(("We", "Have", "Has", "Whereas", "Now", "Hereby", "The"))
# A title's few words and a colon before its subtitle: "Taking stock: reviewing the successes …",
# a heading, whatever participle it opens with.
_SUBTITLED_RE = re.compile(r"^(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*[:：]\s*\S")
_EXCERPT = 60
_TAIL = 16  # enough of a paragraph's end to see its final punctuation
# A word or a figure the printer cut at its hyphen ("multi-", "South-", "2030-"): the line goes
# on below, however short; a dash set apart ("… –", "… -") is no such cut.
_CUT_AT_A_HYPHEN_RE = re.compile(r"[^\W_][-\u2010]$")

_CN = "一二三四五六七八九十百零〇两"
# "8.", "8、" and, in some drafts and web copies, "8)".
# A letter glued to the full stop is a target cited across a line's wrap ("(SDG" + "4.a);").
_NUMBER_RE = re.compile(r"^(\d{1,4})(?:\s*[.、](?![\d.a-z])|\))\s*(.*)$")
# A paragraph's number and its full-width stop glued to a figure, "3．2024年…" (see
# ``number_before_a_figure``).
_DECIMAL_BEFORE_A_UNIT_RE = re.compile(r"\d+\s*[亿万千百%％℃‰倍]")
_FULLWIDTH_STOP_NUMBER_RE = re.compile(r"^(\d{1,4})\s*\.(?=\d)(.*)$")
# Paragraphs inserted during negotiation after paragraph 8: "8 bis.", "8ter", "8 quater." ...
# Negotiation and compilation texts number "PP1." (preambular) and "OP1." (operative), also
# "PP2 bis." and "OP2 alt.": a preambular number is taken off the text (it names the anchor), an
# operative one read as the paragraph's number.
# Insertions: "bis", "ter" … "decies", "alt", and Chinese "之二" ("bis"), "之三" ("ter") …, Russian
# and Arabic ones.
_LATIN_INSERTIONS = (
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
    "novies",
    "decies",
)
_CHINESE_INSERTIONS = dict(
    zip((f"之{numeral}" for numeral in "二三四五六七八九十"), _LATIN_INSERTIONS, strict=True)
)
# Russian texts print "8 бис" or "8-бис" for "8 bis", "8 тер", "8 кватер" for "8 ter", "8 quater";
# Arabic ones "8 مكررا" (see ``ARABIC_INSERTIONS``).
_RUSSIAN_INSERTIONS = {"бис": "bis", "тер": "ter", "кватер": "quater"}
_TRANSLATED_INSERTIONS = _CHINESE_INSERTIONS | _RUSSIAN_INSERTIONS | ARABIC_INSERTIONS
# "nonies" is also written for "novies".
# "alt", or numbered when there are several: "4 alt 1.", "4 alt 2.", "(a) alt.2"; an inserted
# paragraph has alternatives too: "3 bis alt", "OP3 ter alt 2". Chinese texts print "4 备选." or
# "4 备选案文." for "4 alt.", never before another ideograph: "2 备选方案" (options) is a sentence,
# "4 备选方案1." (a label read above the number, ``_with_alternative_labels_read``) is not.
_CHINESE_ALTERNATIVE = r"(?:备选(?:案文)?(?![\u4e00-\u9fff])|备选方案(?=\s*\d))"
_CHINESE_ALTERNATIVE_RE = re.compile(_CHINESE_ALTERNATIVE)
_ALTERNATIVE = rf"(?:alt\b|{_CHINESE_ALTERNATIVE})(?:\.?\s*\d{{1,2}}\b)?"
_INSERTION = (
    rf"(?:(?:(?:{'|'.join(_LATIN_INSERTIONS)}|nonies)\b|{'|'.join(_CHINESE_INSERTIONS)}"
    rf"|-?(?:{'|'.join(_RUSSIAN_INSERTIONS)})\b|{ARABIC_INSERTION})"
    rf"(?:\s*{_ALTERNATIVE})?|{_ALTERNATIVE})"
)
_NEGOTIATION_DIGITS = rf"\d{{1,4}}(?:\s*(?i:{_INSERTION}))?"
_NEGOTIATION_NUMBER = f"({_NEGOTIATION_DIGITS})"
# The number is followed by its full stop (or ":", ")", a dash between spaces; "OP.1" too) or by
# the paragraph's first word, capitalised, or in a script with no capitals or opening in lower
# case as Russian does ("OP 12 of resolution 75/1" on a wrapped line is a reference, not a
# paragraph), a tag in parentheses ("(new)", "(former OP6)", a delegation's
# "(EU)", "(G77 and China)", "（欧盟）", "（77国集团和中国）" (its number before the ideographs),
# the last three also glued to the number), or nothing: "OP1"
# alone on its line, the text below it, as a compilation table's first column comes out of
# pdftotext. Matched on the marker view: "OP1．" is "OP1.". A compilation proposing to delete or
# insert words marks them from the first: "OP2 ~~Decide …~~", "OP3 (EU) <<Invite>> …".
_TRACKED_CHANGE_OPENING = r"(?:~~|<<)?"
# A delegation's tag in parentheses: "(EU)", "(G77 and China)", "（欧盟）", "（77国集团和中国）".
_DELEGATION_TAG = (
    r"[(（](?:[A-Z][\w ,.&'’-]{0,40}|(?:\d{1,3}\s?)?[\u4e00-\u9fff][^()（）]{0,20})[)）]"
)
# The first letter of a paragraph's words in any script: a capital (Latin with its accents,
# "Élit", "Œuvre", or Cyrillic, "Постановляет"), an ideograph, or an Arabic letter (a script
# with no capitals, "تقرر"). Russian opens paragraphs in lower case too ("OP1 постановляет",
# "PP1 ссылаясь"), but so do the words after a reference ("OP 12 резолюции …"): only the
# words a paragraph opens with tell.
_PARAGRAPH_INITIAL = rf"A-ZÀ-ÖØ-ÞŒА-ЯЁ{ARABIC_LETTER_RANGE}\u4e00-\u9fff"
_NEGOTIATION_END = (
    rf"(?:\s*[.:)]\s*|\s+[-–—]\s+(?=[{_PARAGRAPH_INITIAL}\[［(（])|\s*$"
    rf"|\s*(?={_DELEGATION_TAG}"
    rf"\s*(?:$|{_TRACKED_CHANGE_OPENING}[{_PARAGRAPH_INITIAL}\[［(（\"“:：.]))"
    rf"|\s+(?={_TRACKED_CHANGE_OPENING}(?:[{_PARAGRAPH_INITIAL}\[［]"
    rf"|{RUSSIAN_PARAGRAPH_OPENING})"
    r"|[(（](?:former|formerly|previously|new|moved|merged|agreed|ad ref)\b|[(（][原新]))"
)
# A paragraph bracketed whole in negotiation, "[8. Decides …]", or marked whole as inserted or
# deleted in a draft's tracked changes ("<<1 bis. Encourages …>>", "[[2. Decides …]]", "~~3.
# …~~"): the marker is read as if it came first, "8. [Decides …]", and the text keeps its marks.
# So is a heading's number, "[B.] Scope", "[II. ] Scope", "[二、] 范围", "[B. Scope]" (a letter's
# or roman numeral's stop followed by a space or the closing mark: "[U.S. proposal]" is none).
_BRACKETED_MARKER_RE = re.compile(
    rf"^(\[\[?|<<|~~)\s*(OP\.?\s*{_NEGOTIATION_DIGITS}\s*[.、:)]"
    rf"|{_NEGOTIATION_DIGITS}\s*(?:[.、](?![\d.])|\))"
    r"|(?:[IVXLC]{1,6}|[A-Z])\.(?=\s|\]|>>|~~)"
    rf"|[{_CN}]{{1,3}}、"
    r"|\(\s*(?:[a-z]{1,2}|[ivxlc]+)\s*\))\s*(?=\S)"
)
# A heading's number bracketed alone with its stop left outside, "[B]. Scope", "[II]. Scope",
# "[二]、范围": read as "[B.] Scope" is, "B. Scope". A bracketed number so stopped is left as it is:
# "[1]. See …" is also how a web page prints its notes.
_HEADING_NUMBER_BEFORE_ITS_STOP_RE = re.compile(
    rf"^\[\s*([IVXLC]{{1,6}}|[A-Z]|[{_CN}]{{1,3}})\s*\]\s*([.、])\s*(?=\S)"
)
# The mark closing each opening ``_BRACKETED_MARKER_RE`` reads.
_CLOSING_MARKS = {"[": "]", "[[": "]]", "<<": ">>", "~~": "~~"}
# What a line numbered in negotiation opens with (full-width forms included).
_NEGOTIATION_OPENERS = frozenset("[［<~OPＯＰ")
# "[OP4 deleted]", "[PP3 moved to PP1]", "[OP6 merged with OP2]", "[OP4 删除]", "[OP6 并入 OP2]":
# where a paragraph was, read as "OP4. [deleted]" so that its number keeps its anchor.
_CHINESE_GONE = r"已?删除|已?删去|已?移至[^\]]*|已?并入[^\]]*"
_GONE_PARAGRAPH_RE = re.compile(
    rf"^\[\s*((?:OP|PP)\.?\s*{_NEGOTIATION_DIGITS})\s*[.:,–—-]?\s*"
    rf"((?:deleted|moved|merged|withdrawn)\b[^\]]*|{_CHINESE_GONE})\]\s*$",
    re.IGNORECASE,
)
# Chinese texts name "PP2" "序言部分第 2 段" and "OP2" "执行部分第 2 段", and so mark where a
# paragraph was: "[序言部分第 2 段删除]", "[执行部分第 4 段之二已删除]",
# "[执行部分第 6 段已移至执行部分第 2 段]". The verb first, "[删除执行部分第 2 段]", proposes the
# deletion ("[EU: delete OP2]"): not matched.
_CHINESE_GONE_PARAGRAPH_RE = re.compile(
    rf"^\[\s*(序言部分|执行部分)第\s*(\d{{1,4}})\s*(?:段\s*({'|'.join(_CHINESE_INSERTIONS)})"
    rf"|({'|'.join(_CHINESE_INSERTIONS)})\s*段|段)\s*[:,，]?\s*({_CHINESE_GONE})\]\s*$"
)
_CHINESE_PART_PREFIXES = {"序言部分": "PP", "执行部分": "OP"}
# A document of amendments to a draft heads each instruction with the paragraph it amends, a
# line of its own: "Preambular paragraph 3" + "Delete the paragraph.", "Operative paragraph 7
# (c)", "Operative paragraphs 5 and 6", "New operative paragraph after operative paragraph 9" +
# "Insert …"; in Chinese "序言部分第 3 段", "执行部分第 7(c)段", "执行部分第 9 段之后新的执行段落".
_AMENDED_NUMBER = r"\d{1,3}(?:\s*(?:bis|ter|quater))?(?:\s*\([a-z]{1,2}\))?(?:\s*\([ivx]{1,5}\))?"
_AMENDED_PARAGRAPH = (
    rf"(?:preambular|operative)\s+paragraphs?\s+{_AMENDED_NUMBER}"
    rf"(?:\s*(?:,|and|to)\s*{_AMENDED_NUMBER})*(?:,?\s+subparagraph\s+\([a-z]{{1,2}}\))?"
)
_CHINESE_AMENDED_NUMBER = r"\d{1,3}\s*(?:[(（][a-z]{1,2}[)）])?"
_CHINESE_AMENDED_PARAGRAPH = (
    rf"(?:序言部分|执行部分)\s*第\s*{_CHINESE_AMENDED_NUMBER}"
    rf"(?:\s*[、和至]\s*(?:第\s*)?{_CHINESE_AMENDED_NUMBER})*\s*段"
    r"(?:\s*[(（][a-z]{1,2}[)）]\s*分段)?(?:\s*之[二三四五])?"
)
_AMENDED_PARAGRAPH_LINE_RE = re.compile(
    rf"^(?:{_AMENDED_PARAGRAPH}"
    rf"|new\s+(?:(?:preambular|operative)\s+)?(?:sub)?paragraph(?:\s+{_AMENDED_NUMBER})?"
    rf"(?:\s+(?:after|before|following)\s+{_AMENDED_PARAGRAPH})?"
    rf"|(?:新的?)?{_CHINESE_AMENDED_PARAGRAPH}"
    r"(?:\s*(?:之后|之前|后|前)(?:新的?|新增的?)?(?:序言部分|执行部分|序言|执行)?(?:段落|一段|段|分段))?)$",
    re.IGNORECASE,
)
# What such an instruction opens with ("Delete the paragraph.", "After the words … insert …",
# "Replace the subparagraph with the following:", "删除该段。", "在“…”等字之后插入…", "将该分段
# 改为："), or the quoted text it proposes: a paragraph's own text below the same line, as a
# commented draft prints it ("Preambular paragraph 2" + "Noting …,"), makes it no amendment.
_AMENDMENT_INSTRUCTION_RE = re.compile(
    r"^(?:(?:Delete|Replace|Insert|Add|Amend|Reword|Move|Merge|Substitute|Renumber|After|Before"
    r"|Between|At\s+the|In\s+the|Following|Change)\b"
    r"|删除|删去|将|把|插入|增加|添加|加入|在|改为|以|用|替换|移至)"
)
# What a compilation's number spelled otherwise opens with: "[OP4 deleted]", "Alt OP2", "OP2 (alt)",
# "NEW OP2 bis", "[PP1 bis] Recalling …".
_NEGOTIATION_NUMBER_FIRSTS = frozenset("[［AaOoPpNn")
_ALTERNATIVE_FIRST_RE = re.compile(r"^Alt\.?\s+((?:OP|PP)\.?\s*\d{1,4})\s*", re.IGNORECASE)
# "Alt 4. …", "Alt. 4. …", "Alt 4: …", "备选案文 4. …", "备选 4：…": paragraph 4's alternative, read
# as "4 alt. …" ("4 备选案文. …"); bracketed whole, "[Alt 4. …]", as "4 alt. […]".
_ALTERNATIVE_BEFORE_ITS_NUMBER_RE = re.compile(
    r"^(Alt\.?|备选(?:案文)?)\s*(\d{1,4})\s*([.:．：])(?:\s+|(?<=[．：])|(?=[\u4e00-\u9fff]))(?=\S)",
    re.I,
)
# "OP2 (bis)", "OP2(alt)", "OP2.bis": the insertion set apart from the number.
_INSERTION_APART_RE = re.compile(
    rf"^((?:OP|PP)\.?\s*\d{{1,4}})(?:\s*[(（]\s*({_INSERTION})\s*[)）]|\.({_INSERTION}))\s*",
    re.IGNORECASE,
)
# "NEW OP2 bis." / "New PP1 bis": a paragraph proposed new says so before its number.
_NEW_NUMBER_FIRST_RE = re.compile(r"^(?:NEW|New)\s+(?=(?:OP|PP)\.?\s*\d)")
# "[PP1 bis] Recalling …": the number bracketed alone, the text after it.
_BRACKETED_NUMBER_FIRST_RE = re.compile(
    rf"^[\[［]\s*((?:OP|PP)\.?\s*{_NEGOTIATION_DIGITS})\s*[\]］]\s*(?=\S)"
)
# "[PP2 Recalling …,]", "[OP2 We decide …]", "［PP2 回顾…，］": a paragraph bracketed whole with
# its number, read as "PP2 [Recalling …,]" is: the number its label, the brackets its text's.
_NUMBER_BRACKETED_WITH_ITS_TEXT_RE = re.compile(
    rf"^([\[［])\s*((?:OP|PP)\.?\s*{_NEGOTIATION_DIGITS}){_NEGOTIATION_END}(?=\S)"
)
# "[6] Promote …", "［6］促进…": a paragraph's number bracketed alone (see
# ``_Parser.bracketed_number``), read as "[OP6] Promote …" is.
_BRACKETED_PARAGRAPH_NUMBER_RE = re.compile(r"^[\[［]\s*(\d{1,4})\s*[\]］]\s*(\S.*)$")
# "[2 bis] …", "[2 之二] …" in a run of bracketed numbers: groups as ``_INSERTED_RE``'s.
_BRACKETED_INSERTED_RE = re.compile(
    rf"^[\[［]\s*(\d{{1,4}})\s*({_INSERTION})\s*[\]］]\s*(\S.*)$", re.IGNORECASE
)
# "PP1" or "OP1 bis" alone on its line, without a stop.
_NEGOTIATION_NUMBER_ALONE_RE = re.compile(rf"^(?:OP|PP)\.?\s*{_NEGOTIATION_DIGITS}\s*$")
_PREAMBULAR_NUMBER_RE = re.compile(rf"^PP\.?\s*{_NEGOTIATION_NUMBER}{_NEGOTIATION_END}")
_OPERATIVE_PREFIX_RE = re.compile(rf"^OP\.?\s*{_NEGOTIATION_NUMBER}{_NEGOTIATION_END}")
# Chinese texts print "8 之二" for "8 bis", "8 之三" for "8 ter" ….
# "3.bis" as some drafts print it: a stop glued between the number and a Latin insertion.
_INSERTED_RE = re.compile(
    rf"^(\d{{1,4}})(?:\.(?=(?:{'|'.join(_LATIN_INSERTIONS)})\b)|\s*)({_INSERTION})\s*[.、]?\s*(.*)$",
    re.IGNORECASE,
)
# A marker a sentence cites rather than lists: after the paragraph or article it belongs to
# (``_REFERENCE_END_RE``: "subparagraph (b)", "paragraph 3 (b)", "第3段(b)"), or before what says
# so, maybe with other markers between ("(ii) below", "(b) thereof", "(b)分段", "(b)项", "(c) and
# (d) of article 28", "(b), (c) and (d) of the Master Plan").
_CITED_AFTER_A_MARKER_RE = re.compile(
    r"(?:\s*(?:,|，|、|and|or|to|和|及|或|至)\s*[(（]\s*\w{1,4}\s*[)）])*"
    r"\s*(?:above|below|of|thereof|hereof|hereunder|分段|[项款段目])",
    re.IGNORECASE,
)
# The end of a paragraph that introduces what follows it, a quotation or a list: its colon,
# "as follows." / "如下。", "the following report(s)." / "下列文件。", "are reproduced below." /
# "转载于下文。".
_INTRODUCES_A_QUOTATION_RE = re.compile(
    r"(?:[:：]|\bas follows\.?|如下。?|\bthe following(?: [\w-]+){1,3}\.|下列[^。，]{1,12}。"
    r"|\b(?:reproduced|set out|quoted|contained|read)\s+below\.?|(?:转载|载)于下文。?)\s*$",
    re.IGNORECASE,
)
# How much of a paragraph's end may say that it introduces what follows.
_INTRODUCTION_TAIL = 80
# The title of a text's notes, gathered at its end: "Notes", "Endnotes", "注", "尾注"; a web
# copy sets its colon ("Notes:", "注释：").
_NOTES_TITLE_RE = re.compile(r"^(?:(?:end)?notes|注释?|尾注)[:：]?$", re.IGNORECASE)
# A note of the notes gathered below that title: its number, in brackets or followed by a stop,
# a parenthesis or a space, then its text ("1. See resolution 70/1.", "2 A/79/150.", "[3] …").
_ENDNOTE_RE = re.compile(r"^(?:\[(\d{1,3})\]|(\d{1,3})(?:[.)]|(?=\s)))\s*(\S.*)$")
# A clause going on with a sentence a comma left open: a conjunction or adverb opens it.
# Not the words they open: "和平与安全", "及时", "并非".
_GOES_ON_WITH_A_CLAUSE_RE = re.compile(
    r"^(?:并(?!非)|且|以及|及(?!时)|和(?![平解谐睦])|还|又|同时|但|而|或|其中|从而|以便"
    r"|包括|特别是|尤其是)"
)
# A Chinese preambular paragraph opening with its verb's manner or a repetition before the
# verb ("遗憾地注意到", "再次重申", "进一步回顾"), as English says "Noting with regret".
_CHINESE_PREAMBLE_IN_A_MANNER_RE = re.compile(
    rf"^(?:再次|进一步|也|亦|[\u4e00-\u9fff]{{1,4}}地)(?:{CHINESE_OPENERS})"
)
# The numerals of "（一）" … "（十）", Chinese items' markers.
_CHINESE_ITEM_NUMERALS = _CN[:10]
# "(a)", "(ii)", "(十一)" and, in some drafts and web copies, "a)", "ii)".
_PAREN_RE = re.compile(rf"^\(?\s*([A-Za-z]{{1,2}}|[ivxlcIVXLC]+|[{_CN}]+)\s*\)\s*(.*)$")
# A paragraph's alternative in brackets, one of several printed one a line: "[Alt 1: …]", "[Alt
# B: …]", "[Alternative 2] …", "[备选案文 1：…]", "［备选 2：…］".
_BRACKETED_ALTERNATIVE_RE = re.compile(
    r"^[\[［]\s*(?:(?i:alt(?:ernative)?)\.?|备选(?:案文)?)\s*(?:\d{1,2}|[A-Z])?\s*[:：\]］]"
)
# A compilation text's line of sponsors or positions, "[EU]", "[G77: retain; US: delete]":
# short, bracketed whole, no sentence inside.
_SPONSOR_TAG_LINE_RE = re.compile(r"^[\[［][^\[\]［］]{1,60}(?<![,.，。])[\]］]$")
# The same without brackets, a delegation's position on a line of its own: "EU: retain", "G77
# and China: retain as drafted", "Proposal by the EU: delete", "United States: [DEL: …] [ADD:
# …]", "欧盟：保留". The name opens with a capital or an ideograph ("77国集团和中国" too, or
# "77 国集团和中国" as the official Chinese spaces it; see ``_names_a_delegation``).
_DELEGATION_TAG_RE = re.compile(
    r"^(?P<name>(?:[A-Z\u4e00-\u9fff]|\d{1,3}(?= ?[\u4e00-\u9fff]))"
    r"[^\s:：]*(?:,?\s+[^\s:：]+){0,7})"
    r"\s*[:：]\s*(?P<position>.*)$"
)
# A numbered title is no delegation: "Goal 4: …", "Section B: …", "Part II: …".
_NUMBERED_NAME_RE = re.compile(r"^[^\W\d_]+\.?\s+(?:\d[\d.]*|[IVXLC]+|[A-Z])$")
_LONGEST_CJK_DELEGATION = 20
# What a delegation says of a paragraph, in any text: an edit in brackets ("[ADD: …]", "[DEL:
# …]") or its position alone, in a word compilations use ("retain", "delete", "retain as drafted",
# "support EU proposal", "delete; G77: retain", "保留"), not a title's words ("Means of
# implementation: support for developing countries"); in Chinese the position is the whole line
# or names a proposal or text ("支持欧盟提案"), not a title's object ("数字合作：支持能力建设").
_POSITION_RE = re.compile(
    r"^(?:[\[［]"
    r"|(?:retain|delete|support|oppose|reserve|bracket|no\s+(?:change|comment|objection)s?)"
    r"(?:\s+(?:as\s+drafted|as\s+is|(?:the\s+)?(?:[\w-]+\s+)?(?:proposal|text|paragraph)))?"
    r"\s*(?:[.;]|$)"
    r"|(?:保留|删除|删去|支持|反对|按原样保留)"
    r"(?:[^，。；：]{0,6}?(?:提案|案文|原文|措辞|本段|该段|段落))?(?:[。；]|$))",
    re.IGNORECASE,
)
# A Chinese delegation's edit to the paragraph above, in words no title's object opens with:
# a verb that quotes the words it changes ("删除“十年”", "增加“和数字公共产品”") or says what
# the words become ("改为无限期延长"), as English "replace with …" does.
_CHINESE_EDIT_RE = re.compile(
    r"^(?:(?:删除|删去|增加|添加|插入|替换|保留)\s*[“「『\"]|改为|改成|替换为|移至|移到)"
)
# What a delegation's comment set in italics proposes ("*EU: delete "vision"*", "*G77 and China:
# prefer original (b)*", "*欧盟：删除本分段*"): a verb of position, where a title set so goes on
# with its subject ("*Artificial Intelligence: opportunities and risks*").
_PROPOSES_RE = re.compile(
    r"^(?:(?:retain|delete|support|oppose|prefer|reserve|bracket|add|insert|replace|move|merge"
    r"|keep|amend|reword|propose|suggest|accept|agree|object|withdraw|restore|revert|request"
    r"|align)(?:s|d|ed)?\b|(?:no|not|cannot)\b"
    r"|保留|删除|删去|支持|反对|倾向|赞成|接受|增加|添加|插入|替换|改为|移至|合并)",
    re.IGNORECASE,
)
# A caption's name, capitalised as a delegation's is: "*Note: the figures are provisional*".
_CAPTION_NAME_RE = re.compile(r"^(?:Notes?|Sources?|N\.\s?B\.?)$", re.IGNORECASE)
# A compilation's printed number, as read off the line ("OP2 …", "[OP4 deleted]", "NEW OP2 bis").
_COMPILATION_NUMBER_RE = re.compile(r"^(?:[\[［]\s*|(?:new|alt\.?)\s+)?(?:OP|PP)\.?\s*\d", re.I)
# A running title under a page's symbol (``_Parser.mark_running_titles``).
_MOST_RUNNING_TITLE_LINES = 3
_CYRILLIC_LOWER_RE = re.compile("[а-яё]")
# "а)", "(б)": an item lettered in Cyrillic (see ``latin_item_letter``), or "а.", "б." as pandoc
# letters a list: read as "a." is, an item only where the list expects that letter ("г. Женеве",
# "с. 5" wrapped to a line's start abbreviate a word).
_CYRILLIC_ITEM_RE = re.compile(r"^(?:\(?\s*([а-я])\s*\)|([а-я])\.(?=\s))")
# The widest unpunctuated line, in columns, that a blank line below sets apart from the first
# paragraph as a title ("Chair's summary", "主席总结"); a wider one is a sentence that lost its
# stop, and goes on.
_WIDEST_TITLE_APART = 40
# What no heading ends with: a wrapped sentence's or a list's commas and semicolons.
_NO_TITLE_ENDS = frozenset(",;，；、")
# A symbol and its title one space apart fit on a line of the page's header, the whole title
# as a web copy prints it (the symbol and 117 characters of "Seizing the opportunities of safe,
# secure and trustworthy artificial intelligence systems for sustainable development").
_LONGEST_HEADER_ON_ONE_LINE = 170
_FIRST_PAGE_LINES = 40
# The lines at a text's top that print its masthead, its own symbol among them.
_MASTHEAD_LINES = 12
# A caption over a list of documents: "Documentation", "Documents before the Commission", "文件".
_CAPTION_WORDS = 4
_CAPTION_WIDTH = 32
_CLAUSE_MARK_RE = re.compile(r"[,;:，；：、]")
# The caption that names what it lists as documents: "Documentation", "Documents before the
# Commission", "Reference documents", "文件", "参考文件".
_DOCUMENTS_CAPTION_RE = re.compile(
    r"(?:(?:reference|related|background|session)\s+)?(?:documentation|documents)"
    r"(?:\s+before\s+the\s+\w+)?|(?:参考|相关|背景|会议)?文件",
    re.IGNORECASE,
)
# A running title set apart from its symbol is compared with the first page's title, and with
# the other pages', only when at least this wide (half-width columns): shorter lines match too
# easily.
_LEAST_TITLE_WIDTH = 12
# What may precede the title where the first page prints it: the resolution's number.
_TITLE_PREFIX_RE = re.compile(r"^(?:\d{1,4}/\d{1,4}\.?)?$")
_LONGEST_TITLE_PREFIX = len("2024/2024.")
# "(a bis)", "(b ter)", "(b) alt.": items inserted in negotiation; compilations also bracket an
# item's alternative before or after its letter, "[Alt] (b) …", "(b) [Alt] …", "[备选] (b) …".
_INSERTED_ITEM_RE = re.compile(
    rf"^(?:[\[［]\s*(?P<first>(?i:{_ALTERNATIVE}))\.?\s*[\]］]\s*)?\(\s*(?P<letter>[a-z]{{1,2}})\s*"
    rf"(?(first)\)|(?:(?P<inside>(?i:{_INSERTION}))\s*\)|\)\s*(?:(?P<after>(?i:{_INSERTION}))"
    rf"(?:\s*[.:]|(?=\s))|[\[［]\s*(?P<bracketed>(?i:{_INSERTION}))\.?\s*[\]］])))"
    r"\s*(?P<text>.*)$"
)
# Where ``_INSERTED_ITEM_RE`` finds an item's insertion.
_ITEM_INSERTIONS = ("first", "inside", "after", "bracketed")
# "(1) …", "（1）…": an article's paragraph as model laws number it, or a list's item below a colon
# (see ``_Parser.on_parenthesized_number``).
_PARENTHESIZED_NUMBER_RE = re.compile(r"^\((\d{1,3})\)\s*(\S.*)$")
# "a. …", "ii. …", as pandoc writes HTML's lists (see ``_Parser.expected_dotted_item``).
_DOTTED_ITEM_RE = re.compile(r"^([a-z]|[ivx]{1,4}|[A-Z])\.\s+(\S.*)$")
# How far below "i." a text's "ii." is looked for (``_Parser.opens_a_roman_paragraph``).
_LINES_TO_THE_NEXT_ROMAN = 40
# A goal's target, "1.1 By 2030, eradicate …" or "1.a Ensure …", under "Goal 1." / "目标 1".
_TARGET_RE = re.compile(r"^(\d{1,2})\.(\d{1,2}|[a-z])\s+(\S.*)$")
# A decimally numbered paragraph, "1.1 The Panel shall …", "3.1.1 …", "23.1 …", also "1.1. …",
# as terms of reference, budget sections and Secretariat notes number them.
_DECIMAL_NUMBER_RE = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+(\S.*)$")
_IDEOGRAPH_ITEM_RE = re.compile(rf"^([{PARENTHESIZED_IDEOGRAPHS}])\s*(.*)$")
# "II." or, as Chinese drafts set a roman numeral (typed "Ⅱ、", spelled out by ``normalise``),
# "II、".
_ROMAN_HEADING_RE = re.compile(r"^([IVXLC]+)\s*[.、]\s*(.*)$")
# What joins a list's last item to the one before it ("and", "or", "و"; Chinese ones aside).
_ITEM_CONJUNCTIONS = r"and|or|et|ou|y|o|и|или|و|أو"
# A list's item ended for the next to follow: "…stakeholders;", "…; and", "…المصلحة؛", "…؛ و",
# "…countries, and".
_LIST_ITEM_END_RE = re.compile(rf"[;；؛,，،]\s*(?:{_ITEM_CONJUNCTIONS})?\s*$")
# The item before a list's last, as drafting ends it: "…divides; and", "…; or", "…鸿沟；和",
# "…；以及", "…；或". Its sentence reads on, but the next item in sequence opens the next line.
_BEFORE_LAST_ITEM_END_RE = re.compile(rf"[;；؛]\s*(?:{_ITEM_CONJUNCTIONS}|和|以及|或)\s*$")
# An item its comma or semicolon ends with more text to come, no conjunction after it: the list's
# next item or, after its last, the words closing the chapeau's sentence.
_ITEM_CLOSED_FOR_MORE_RE = re.compile(r"[;；؛,，،][\s\"'”’)\]]*$")
# That conjunction alone on its line, below the item's semicolon.
_ITEM_CONJUNCTION_ALONE_RE = re.compile(rf"^(?:{_ITEM_CONJUNCTIONS}|和|以及|或)$")
# A sentence's full stop ending a list's item, which no title ends with.
_ITEM_FULL_STOP_RE = re.compile(r"[.。．]\s*[\"'”’»)]*\s*$")
# A resolution's or decision's number and title, "55/116. Internet access during sessions …",
# as compilations print each text's title: a heading, never the start of the text below it.
_NUMBERED_TITLE_RE = re.compile(r"^(?:\d{1,3}/\d{1,4}|(?:19|20)\d{2}/\d{1,3})\s*\.\s+\S")
# A section's numeral or a part's letter alone on its line, the title below: "I", "B", "二".
_BARE_NUMERAL_RE = re.compile(rf"^(?:[IVXLC]+|[A-Z]|[{_CN}]+)$")
# English reports also number their parts in words, "Part One", "PART TWO".
_ENGLISH_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
)
_CAPITALISED_NUMBER_WORD = "|".join(
    alternative
    for word in _ENGLISH_NUMBER_WORDS
    for alternative in (word.capitalize(), word.upper())
)
# French, Spanish and Russian texts print the first chapters and parts with ordinal words,
# "Chapitre premier", "Capítulo primero", "Глава первая", "Première partie", "Primera parte",
# where the English prints "Chapter I", "Part One": the same number, so the same anchor.
_ORDINAL_WORDS = {
    word: number
    for number, words in enumerate(
        (
            ("premier", "première", "primero", "primera", "первая", "первый"),
            ("deuxième", "second", "seconde", "segundo", "segunda", "вторая", "второй"),
            ("troisième", "tercero", "tercera", "третья", "третий"),
            ("quatrième", "cuarto", "cuarta", "четвертая", "четвёртая", "четвертый"),
            ("cinquième", "quinto", "quinta", "пятая", "пятый"),
            ("sixième", "sexto", "sexta", "шестая", "шестой"),
            ("septième", "séptimo", "séptima", "седьмая", "седьмой"),
            ("huitième", "octavo", "octava", "восьмая", "восьмой"),
            ("neuvième", "noveno", "novena", "девятая", "девятый"),
            ("dixième", "décimo", "décima", "десятая", "десятый"),
        ),
        start=1,
    )
    for word in words
}
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
# "Chapter I" (reports of the Economic and Social Council's commissions), "Chapter 2. Title",
# "第一章", "الفصل الأول" (its ordinal read as "الفصل I"): a section. Its title is on the line
# or, as often, the next; never a lower-case word after it ("Chapter II of the Charter" wraps a
# sentence), nor, in Arabic, which has no case, "of" or "in" ("الفصل الأول من الميثاق").
_CHAPTER_RE = re.compile(
    r"^(?:Chapter|CHAPTER|Chapitre|CHAPITRE|Capítulo|CAPÍTULO|Глава|ГЛАВА|Part|PART|Partie|PARTIE|"
    rf"Parte|PARTE|Часть|ЧАСТЬ|الفصل|الجزء)\s+([IVXLC]+|\d{{1,3}}|{_CAPITALISED_NUMBER_WORD}|"
    rf"(?i:{_ORDINAL_WORD}))"
    r"(?![\w/])(?!\s+(?:من|في)(?![\u0600-\u06ff]))\s*[.:–—-]?\s*(?=[^a-z]|$)(.*)$"
)
# "Première partie", "Deuxième partie. Suivi", "Primera parte": the ordinal before the noun, as
# French and Spanish print a part; a lower-case word after it is a sentence ("Première partie
# du rapport …").
_ORDINAL_PART_RE = re.compile(
    rf"^((?i:{_ORDINAL_WORD}))\s+(?:partie|parte|PARTIE|PARTE)"
    r"(?:\s*[.:–—-]\s*|\s+(?![a-zà-ÿ])|$)(.*)$"
)
# "Article 3", "Article 3. Scope of application", "Rule 12", "第三条", "Article 4 bis": an
# article of a convention or a rule of procedure (one anchor, as French and Chinese word both
# alike). The title follows on the line or the next, capitalised ("Article 19 of the Universal
# Declaration", "Article 2 (4) of the Charter" are sentences). French treaties print the first
# "Article premier" (Spanish ones, at times, "Artículo primero"): article 1.
_ARTICLE_RE = re.compile(
    r"^(?:Article|ARTICLE|Artículo|ARTÍCULO|Artigo|Статья|СТАТЬЯ|Rule|RULE|Règle|Правило)\s+"
    rf"(\d{{1,3}}|premier|PREMIER|primero|PRIMERO)(?:\s*({_INSERTION}))?(?![\w/])\s*[.:–—-]?\s*(?=[A-ZÀ-Þ\u4e00-\u9fff«“\"]|$)(.*)$"
)
# An article or rule inserted after 4 is "第四条之二" ("Article 4 bis"), "规则 2 之二".
_CN_INSERTED_ARTICLE = rf"(?:\s*({'|'.join(_CHINESE_INSERTIONS)}))?"
_CN_ARTICLE_RE = re.compile(
    rf"^第\s*([{_CN}\d]+)\s*条{_CN_INSERTED_ARTICLE}(?:\s*[.、：:]\s*|\s+|$)(.*)$"
)
# "规则 1", "规则1": a rule of procedure as Chinese prints "Rule 1" (never going on with a
# sentence, "规则 1 的规定…").
_CN_RULE_RE = re.compile(
    rf"^规则\s*(\d{{1,3}})(?![\d/]){_CN_INSERTED_ARTICLE}"
    r"(?:\s*[.、：:]\s*|\s+(?![的中之所])|$)(.*)$"
)
_CN_CHAPTER_RE = re.compile(rf"^第([{_CN}]+)(?:章|部分)(?:\s*[.、：:]\s*|\s+|$)(.*)$")
# Which of those headings are parts, which hold chapters: "Part One", "Partie II", "第一部分",
# "Première partie", "الجزء الأول".
_PART_HEADING_RE = re.compile(
    rf"^(?:(?:Part|PART|Partie|PARTIE|Parte|PARTE|Часть|ЧАСТЬ|الجزء)\s|第[{_CN}]+部分|"
    rf"(?i:{_ORDINAL_WORD})\s+(?:partie|parte|PARTIE|PARTE))"
)
# "Section 1. Sessions", "第一节 会议安排": a numbered section inside a chapter, as rules of
# procedure, working methods and model laws divide them. A lower-case word after the number
# makes it a reference in prose ("Section 1 of the bulletin sets out …").
_CHAPTER_SECTION_RE = re.compile(
    r"^(?:(?:Section|SECTION)\s+(\d{1,3})(?![\w/])\s*[.:–—-]?\s*(?=[^\sa-z]|$)"
    rf"|第([{_CN}]+)节(?:\s*[.、：:]\s*|\s+|$))(.*)$"
)
# "III.1 VALUES": UNESCO's numbered sub-section of roman section III, the level a chapter's
# "Section 1" is.
_ROMAN_SUB_SECTION_RE = re.compile(
    r"^([IVXLC]+)\.(\d{1,2})\.?(?:\s*[:–—-])?(?:\s+(?=[^a-z])|$)(.*)$"
)
# Its Chinese text numbers the section in Chinese, "三.1 价值观", the title after a space or none,
# as Chinese sets no space between words.
_CN_SUB_SECTION_RE = re.compile(rf"^([{_CN}]+)[.．](\d{{1,2}})(?:\s+|$|(?=[^\x00-\x7f]))(.*)$")
_CN_HEADING_RE = re.compile(rf"^([{_CN}]+)\s*[.、]\s*(.*)$")
# Russian letters them in Cyrillic, "А.", "Б." or the look-alike "В." for "B." (see
# ``latin_heading_letter``). A conversion that lost the space prints "A.Background" as roman
# headings print "I.Introduction": a capitalised word glued to the full stop is still the title
# ("U.S." or "E.g." is not a letter's heading).
_LETTER_HEADING_RE = re.compile(r"^([A-ZА-ЯЁ])\s*\.(?:\s+|$|(?=[^\x00-\x7f])|(?=[A-Z][a-z]))(.*)$")
# "（一）连通性" as a Markdown heading: Chinese for "A. Connectivity" (matched on the view).
_CN_LETTER_HEADING_RE = re.compile(rf"^\(\s*([{_CN}]+)\s*\)\s*(.*)$")
# A report's figure, table or box: "Figure I", "Table 2. Internet users …", "Box 1", "图一",
# "表 2", "专栏 1", "الجدول 1." (table), "الشكل 1:" (figure), its title (capitalised: "Table 2
# shows that …" is a sentence; Arabic, which has no capitals, only after a stop, a colon or a
# dash, "الشكل 1 يبين …" being a sentence) on the line or the next.
_CAPTION_RE = re.compile(
    r"^(?:(?:Figure|Table|Box|Chart|Graph|Map|Diagram|Infographic|FIGURE|TABLE|BOX|Tableau|"
    r"Graphique|Encadré|Carte|Cuadro|Gráfico|Recuadro|Mapa|Figura|Рисунок|Таблица|Диаграмма|"
    r"Вставка)\s+(?:[IVXLC]+|\d{1,3}(?:\.\d{1,2})?|[A-Z]\.\d{1,2})"
    r"|(?:الجدول|الشكل|الرسم البياني|الخريطة)\s+\d{1,3}(?:\.\d{1,2})?(?=\s*[.:–—-]|$)"
    rf"|(?:图|表|框|专栏)\s*(?:[{_CN}]+|\d{{1,3}}(?:\.\d{{1,2}})?|[A-Z]\.\d{{1,2}}))"
    r"(?:\s*[.:：．、–—-]\s*|\s+|$)(?=[^a-zа-яё]|$)"
)
# A box's caption (``_CAPTION_RE``): its text, below its title, is a paragraph of its own.
_BOX_CAPTION_RE = re.compile(
    r"^(?:Box|BOX|Encadré|Recuadro|Вставка|框|专栏)(?:\s*[\dIVXLC一二三四五六七八九十A-Z]|\n)"
)
# A box printed without a number, its caption the word alone on its line, its title below it
# ("Box" + "Modalities of the Global Dialogue", "框" + "全球对话的模式").
_BOX_ALONE_RE = re.compile(r"^(?:Box|BOX|Encadré|Recuadro|Вставка|框|专栏)$")
# A figure's, table's or box's caption without its title ("Box 2", "专栏 2", "Table 2.1").
_CAPTION_HEAD = (
    r"(?:Figure|Table|Box|Chart|Graph|Map|Diagram|FIGURE|TABLE|BOX|Tableau|Graphique|Encadré|"
    r"Cuadro|Gráfico|Recuadro|Figura|Рисунок|Таблица|Вставка|الجدول|الشكل|الرسم البياني|"
    r"الخريطة|图|表|框|专栏)\s*"
    rf"(?:[IVXLC]+|\d{{1,3}}(?:\.\d{{1,2}})?|[A-Z]\.\d{{1,2}}|[{_CN}]+)"
)
_CAPTION_HEAD_RE = re.compile(rf"^{_CAPTION_HEAD}")
# A figure's, table's or box's caption printed again atop the next page it runs on to ("Box 2
# (continued)", "专栏 2（续）").
_CONTINUED_MARK = r"[(（]\s*(?i:continued|cont['’]?d\.?|suite|continuación|продолжение|续)\s*[)）]$"
_CONTINUED_CAPTION_RE = re.compile(rf"^({_CAPTION_HEAD})\s*{_CONTINUED_MARK}")
# A heading printed again atop the next page its part runs on to ("Annex I (continued)",
# "II. Findings (continued)", "附件一（续）").
_CONTINUED_HEADING_RE = re.compile(rf"^(.+?)\s*{_CONTINUED_MARK}")
# A table printed without a caption is read only down to its source within so many lines, and
# prints at least so many rows of figures.
_MOST_UNCAPTIONED_TABLE_LINES = 40
_LEAST_UNCAPTIONED_TABLE_ROWS = 2
# What ends a figure or a table: its source and notes ("Source: ITU.", "资料来源：国际电联。").
_CAPTION_SOURCE_RE = re.compile(
    r"^(?:Sources?|Notes?|Data sources?|Fuentes?|Notas?|Источники?|Примечания?|资料来源|数据来源|"
    r"来源|出处|注)\s*[:：]"
)
# A table's cell of figures: "6.0", "35.4%", "-1.5".
_FIGURE_CELL_RE = re.compile(r"^[-–+]?\d[\d.,]*%?$")
# "3)", "b)", "ii)": a marker printed without its opening parenthesis.
_BARE_MARKER_RE = re.compile(r"^[0-9A-Za-z]{1,4}\)")
_MAX_NUMBERED_TITLE_WIDTH = 40
_MAX_SUB_SECTION_TITLE_WIDTH = 60
# Titles numbered "1.", "3.1" and "3.1.1" head decimal paragraphs, each a level of its own below
# the numbered headings ("Action 1."); deeper numbers are paragraphs.
_MAX_DECIMAL_TITLE_DEPTH = 3
# How far back a parenthesis a wrapped reference opened may be: "(see paras." + "4-6)".
_REFERENCE_IN_PARENTHESES_WIDTH = 24
# How a cross-reference completed by "(a)" goes on: "(a) of paragraph 3", "(b) above", Chinese
# "(b) 分段", "(a) 项", "(a) 至 (c) 分段", "㈡目", "（一）部分" (not "目前", "目标": words).
_REFERENCE_GOES_ON_RE = re.compile(
    r"(?:[,，、和及或至]|分段|部分|[项款节]|目(?![前标])"
    r"|(?:of|to|in|above|below|thereof|and|or)\b)"
)
# A marker cited with another, or with the word naming what it marks, which no item's text opens
# with: "(a) to (c)", "(a) and (b)", "(a), (b)", Chinese "(a)至(c)", "㈠至㈢", "(a)项", "(b)分段".
# Below any unfinished sentence ("…上文" + "(a)至(c)分段"), such a line goes on with it.
_CITED_MARKER_RE = re.compile(
    r"(?:(?:[,，、和及或至]|(?:to|and|or|through)\b)"
    rf"\s*(?:[(（]\s*(?:[A-Za-z]{{1,4}}|[{_CN}]+)\s*[)）]|[{PARENTHESIZED_IDEOGRAPHS}])"
    r"|(?:分段|[项款段])(?![目项落]))"
)
# The words a wrapped title can stop at, and no title ends with.
_UNFINISHED_TITLE_RE = re.compile(
    r"\b(?:of|the|and|or|for|to|in|on|with|a|an|by|from|at|de|des|du|la|le|les|et|y|del|los|las)$",
    re.IGNORECASE,
)
# A Chinese title a line break cut at a conjunction or a particle: its line ends with one
# ("…的落实和", "…一级的") or the next opens with one ("和贯彻情况", "以及后续行动"), as no title
# ends or opens. Not the words they end or open: "参与", "普及", "目的", "总和", "和平", "与会".
_CHINESE_TITLE_CUT_RE = re.compile(
    r"(?:(?<![总缓温饱调])和|(?<![参给赋])与|以及|(?<![普涉危波提顾触企遍])及|(?<![目有])的)$"
)
_CHINESE_TITLE_GOES_ON_RE = re.compile(r"^(?:和(?![平解谐睦约])|与(?!会)|以及|及(?![时早]))")
# A line stopping at a word that leaves it open, as no paragraph (nor a title, nor a table's cell
# ends): a compilation's label right below it is a reference that goes on with it ("…the text
# of" + "OP3 (Chair's proposal) be revisited …", "Moved from" + "OP2", "See also" + "OP4").
_LABEL_WRAP_RE = re.compile(
    rf"(?:{_UNFINISHED_TITLE_RE.pattern}|\b(?:see|also|cf\.|under|into|between|including))$",
    re.IGNORECASE,
)
# A sentence stopping at a reference to a part of a text ("subparagraph", "paragraph 3",
# "paragraph 3 (a)", "section II", "第 3(a)", "第二节"), which a wrapped "(a) of …" completes.
_REFERENCE_END_RE = re.compile(
    r"(?:\b(?:sub-?paragraphs?|paragraphs?|articles?|sections?|rules?|items?|annex)"
    r"(?:\s+(?:\d+|(?-i:[IVXLC]+))(?:\s*\([a-z]{1,4}\))*)?"
    rf"|第\s*[\d{_CN}]+(?:\s*[(（][a-z]{{1,4}}[)）])*\s*[段款条节]"
    r"|第\s*\d+(?:\s*[(（][a-z]{1,4}[)）])+)$",
    re.IGNORECASE,
)
# A sentence stopping at a marker it cites and the conjunction pairing it with the next
# ("…paragraph 56 (a) and", "…paragraph 3 (a) to", "…paragraph 56 (a) (i) or", "…第 56 段(a)㈠和"):
# a line below opening with that next marker completes the reference ("(b) thereof,", "(c) above
# …", "㈡目，") and is no item, as a list's own markers never end a line that way.
_CITED_MARKER_PAIR_END_RE = re.compile(
    rf"(?:[(（]\s*(?:[A-Za-z]{{1,4}}|[{_CN}]+)\s*[)）]|[{PARENTHESIZED_IDEOGRAPHS}])"
    r"\s*(?:,?\s*\b(?:and|or|to|through)|[和或至及])$",
    re.IGNORECASE,
)
# The same, or a Chinese ordinal whose word follows the marker ("…决议第 5" + "(b)段"): a short
# line stopping there is completed by a marker on the line below, where the printer broke it.
_REFERENCE_BEFORE_A_MARKER_RE = re.compile(
    rf"{_REFERENCE_END_RE.pattern}|第\s*[\d{_CN}]+$", re.IGNORECASE
)
# A sentence stopping at a numbered reference ("…paragraph 56", "…article 5", "…resolution 70/1",
# "…第 56 段"), whose marker a wrapped line completes when punctuation follows it, or other markers
# and then punctuation or what a reference goes on with ("(a). The Panel …", "(c) (ii), shall
# apply", "(c) (ii) of resolution 70/1", "(a)。", "(c)㈡，"), as no item's text opens.
_NUMBERED_REFERENCE_END_RE = re.compile(
    rf"{_REFERENCE_BEFORE_A_MARKER_RE.pattern}|\b(?:resolutions?|decisions?)\s+[\w./-]*\d$",
    re.IGNORECASE,
)
# A Chinese sentence stopping at a paragraph it cites, maybe at markers cited in it ("…执行第 8 段",
# "…第 8 段(c)", "…第 2 段 (a)"): no paragraph's text ends there, so the markers a wrapped line
# opens with are that reference's, whatever follows them ("(c)㈡所述承诺；", "㈡的执行情况；").
_CHINESE_PARAGRAPH_CITED_END_RE = re.compile(
    rf"第\s*[\d{_CN}]+\s*段"
    rf"(?:\s*(?:[(（]\s*(?:[A-Za-z]{{1,4}}|[{_CN}]+)\s*[)）]|[{PARENTHESIZED_IDEOGRAPHS}]))*$"
)
_CITED_MARKER_PUNCTUATED_RE = re.compile(
    rf"(?:\s*(?:[(（]\s*(?:[A-Za-z]{{1,4}}|[{_CN}]+)\s*[)）]|[{PARENTHESIZED_IDEOGRAPHS}]))*"
    r"\s*(?:[.,;:)。，；：）]|(?:of|above|below|thereof|hereof)\b)"
)
# A marker cited by the place it names, below a sentence stopping at the preposition before it
# ("…the provisions of" + "(b) above"), as no item's text opens below such a line (an item's
# "(b) above all, …" follows its list's "; and").
_CITED_BY_ITS_PLACE_RE = re.compile(r"(?:above|below|thereof|hereof)(?![\w-])")
_PREPOSITION_BEFORE_A_MARKER_RE = re.compile(
    r"\b(?:of|in|under|with|by|from|see|cf\.)$", re.IGNORECASE
)
# What that marker goes on with, as no item's text opens: "(c) of resolution 79/194", "(b) above",
# "(b) and 7 of …", Chinese "(b)段", "(b)分段", "㈡目" (not "目前", "目标": words).
_CITED_MARKER_GOES_ON_RE = re.compile(
    r"(?:of|above|below|thereof|hereof)\b|(?:and|or|to)\s+[\d(]|分段|[段款条节项]|目(?![前标])"
)
# A sentence stopping at a word that a number completes, "…Sustainable Development Goal" +
# "5. It further …", "…in particular paragraph" + "3. It also …": the number below goes on with it.
_NUMBER_CITED_END_RE = re.compile(
    r"\b(?:goals?|targets?|(?:sub-?)?paragraphs?|paras?|resolutions?|decisions?|actions?|"
    r"articles?|sections?|chapters?|annex(?:es)?|parts?|rules?|items?|objectives?|principles?|"
    r"commitments?|recommendations?|tables?|figures?|box(?:es)?)$",
    re.IGNORECASE,
)


# A sentence stopping at a word a number completes, or at the "and", "to" or "of" before one
# ("…set out in paragraphs 5 and" + "6 (a) to (c) of …", "…contained in paragraph" + "8 (c) of
# the report;"): a line below opening with a number goes on with it, however short the line
# above; a colon or a stop ("12. We commit to the following:" + "13. …") awaits no number.
_AWAITS_A_NUMBER_RE = re.compile(rf"{_NUMBER_CITED_END_RE.pattern}|\b(?:and|to|of)$", re.I)


def _cites_a_number_at_its_end(text: str) -> bool:
    """Whether the text stops at a word citing one thing by its number ("…and resolution",
    "…in paragraph"), which no title ends with: the plural ("Objectives", "Recommendations")
    may be a title's last word."""
    cited = _NUMBER_CITED_END_RE.search(text[-_TAIL:])
    return cited is not None and not cited.group().endswith("s")


# A year opening a line with its sentence's punctuation, "2015. It calls …", "2015, and …" (a
# table's row, "2005–2014   1.62", is none), and the words a sentence stops at before one.
_YEAR_OPENING_RE = re.compile(r"^(?:1[89]|20)\d\d[.,;:](?:\s|$)")
_AWAITS_A_YEAR_RE = re.compile(
    r"\b(?:in|since|of|by|until|before|after|from|to|between|and|during|early|late|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)$"
)
# A line going on with a number, "700 million people …", "3 个区域…": below a paragraph that
# stopped without punctuation (a short line at a page's end), it is that paragraph's.
_GOES_ON_WITH_A_NUMBER_RE = re.compile(rf"^\d[\d,.]*\s*(?:[a-z]|[{COUNTERS}])")
# A clause's number and title as ITU-T and ITU-R Recommendations print them, no full stop after
# the number: "1       Scope", "3.1     Terms defined elsewhere", "3 定义".
_CLAUSE_TITLE_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[ \t]+(\S.*)$")
# Words that make a number a quantity, no paragraph's or clause's: "2.6 billion people".
_QUANTITY_WORDS = r"(?:billion|million|trillion|thousand|per\s*cent|percent)"
# A numbered paragraph with its full stop, "1. …": a text numbered so numbers no clauses.
_STOPPED_NUMBER_RE = re.compile(r"^\d{1,3}\.\s")
# A title's first word that makes the line a quantity or a date, no clause's title: "2 Billion
# people", "1 January 2025", "3 个区域" (a clause's title is capitalised: case does not matter).
_NO_CLAUSE_TITLE_RE = re.compile(rf"^(?:(?i:{_QUANTITY_WORDS})|{MONTHS})\b|^[{COUNTERS}]")
# A glossary's entry, its defined term in lower case before its colon, as ITU-T and ITU-R
# Recommendations define terms: "2.1.1 machine learning: Processes …", "3.2.4 artificial
# intelligence (AI) [b-ITU-T Y.3172]: …". A word after the number, no counter going on with it
# ("2.6 billion people: …").
_DEFINED_TERM_RE = re.compile(
    rf"^\d[\d.]*\s+(?!{_QUANTITY_WORDS}\b)"
    r"[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,5}(?:\s+\([A-Za-z\-]{1,12}\))?(?:\s+\[[^\[\]]{1,40}\])?:\s"
)
# A line a sentence stops on midway, which a glossary's entry never opens below: its comma, a word
# that leaves it open ("…of", "…including") or a list it leads into ("Some terms, such as" +
# "2.1 data localization: the requirement …, are" + "not defined here.").
_LEFT_OPEN_RE = re.compile(
    rf"{_ENDS_WITH_A_COMMA_RE.pattern}|{_LABEL_WRAP_RE.pattern}"
    r"|\b(?:as|than|namely|is|are|was|were|be)$",
    re.IGNORECASE,
)
# A decimal number that is prose however the line above ended: a counter capitalised as a
# sentence's first word ("2.1 Billion people …", "3.5 Per cent …"), or a sub-paragraph cited
# with it ("1.1 (b) of the Staff Regulations").
_DECIMAL_IN_PROSE_RE = re.compile(
    r"^\d[\d.]*\s+(?:(?:Billion|Million|Trillion|Per\s*cent|Percent)\b"
    r"|\(\s*(?:[A-Za-z]{1,4}|\d{1,3})\s*\)\s*(?:of|to|and|or|above|below|thereof)\b)"
)
# A Chinese ordinal left open: "第", "第 1".
_ORDINAL_END_RE = re.compile(r"第\s*\d{0,4}$")
# A number with the Chinese enumeration comma, "3、": wrapped below a full line a sentence goes on
# past ("…行动 2 和行动" + "3、《全球数字契约》…"), it is that sentence's, no paragraph.
_ENUMERATED_NUMBER_RE = re.compile(r"^\d{1,4}、")
# A section cited with its sub-section's letter, as no heading prints it: "II.B of the annex",
# "二.B 节".
_SECTION_CITED_RE = re.compile(
    rf"^(?:[IVXLC]+\.[A-Z](?:\.\d{{1,2}})?,?\s+[a-z]|[{_CN}]+\.[A-Z](?![A-Za-z]))"
)
# What an annex, an appendix or a section cited at a line's start opens with (a cheap test first).
_CITED_PART_FIRSTS = frozenset(f"AIVXLCПД附{_CN}")
# A section cited at a line's start, "II. A of his report", "IV. B, paragraph 2", "II of the
# annex": "II. A new agenda" may title a section, so it goes on only with a sentence stopping at
# the word citing it (``_SECTION_WORD_END_RE``). A Chinese one names itself with 节 ("二、A 节
# 以及…"), as no title does.
_SECTION_CITED_BELOW_ITS_WORD_RE = re.compile(r"^[IVXLC]+(?:\.\s*[A-Z](?:\.\d{1,2})?)?,?\s+[a-z]")
_SECTION_WORD_END_RE = re.compile(r"\b(?:sections?|chapters?|parts?)$", re.IGNORECASE)
_CN_SECTION_CITED_RE = re.compile(rf"^[{_CN}]+\s*[.．、]\s*[A-Z]\s*节")
# A Chinese annex or appendix going on with a sentence after its number, with a word no title
# opens with or a comma: "附件一 所载…", "附录 1，以及…".
_CN_PART_CITED_RE = re.compile(rf"^附\s*[件录]\s*(?:[{_CN}]+|\d{{1,3}})\s*[所的之及与或至，,]")
# A number broken after its full stop at a line's end: "…具体目标 17.".
_NUMBER_CUT_AT_STOP_RE = re.compile(r"\d\.$")
# What a quotation opens with, Chinese corner brackets and guillemets too.
_QUOTATION_MARKS = frozenset('"“«「『')
# How a sentence or a list's entry ends; a quotation's credit ends with none of them.
_CLAUSE_ENDS = frozenset(".;,:!?。；，：！？")
# A quotation's credit below it: "— Statement by a participant", pandoc's "--- …" (its em dash),
# "——一位与会者的发言"; a line, not a sentence going on.
_QUOTATION_CREDIT_RE = re.compile(r"^(?:—{1,2}|–|-{2,3})\s*[^\s\-—–].{0,200}$")
# A line that is a quotation whole, but for its punctuation: a list's entry ("\"Building digital
# trust\";") or a sentence's end, which a line the quotation goes on past is not.
_QUOTATION_WHOLE_RE = re.compile(r"^[\"“«「『][^\"”»」』]*[\"”»」』]\s*[.;:,。；：，]?$")
# A sentence's end inside a quotation ("…首要责任。", "…security. The"): a quotation holding
# one before it closes quotes a paragraph.
_QUOTED_SENTENCE_END_RE = re.compile(r"[。？！]|[.?!](?=$|\s+[\"“A-Z])")
# The lines a quotation below a colon is followed over to find where it closes.
_MOST_QUOTED_LINES = 4
# The lines a declaration's verb below its "We, …," is followed over to find its sentence's end.
_MOST_VERB_LINES = 4
# Old resolution numbers: "217 A (III)", "2200 A (XXI)", wrapped before the session.
_RESOLUTION_PART_END_RE = re.compile(r"\b\d{2,4}\s?[A-H]$")
_RESOLUTION_SESSION_RE = re.compile(r"^\([IVXLC]+\)")
# How footnotes open in lower case.
_BARE_URL_RE = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
# A line ending with a URL: "See also: https://www.who.int/amr", "另见：https://www.who.int/amr".
_ENDS_WITH_A_URL_RE = re.compile(r"(?<![\w./-])(?:https?://|www\.)\S+$", re.IGNORECASE)
# What leads into a link, before its URL: a pointer ("See also", "Available at", "More
# information", "另见", "详见", "资料来源") opening the line, or a word the URL completes ("…
# reading at", "… available from", "请访问", "载于") closing what comes before it. "via" by
# itself leads into no link ("Read more via" is one by its pointer): a title names its means by
# it, "Remote participation via www.intgovforum.org", "Documents submitted via https://…",
# "Apply via https://…", a heading.
_LINK_LEAD_IN_RE = re.compile(
    r"(?:(?:see|cf\.|source|sources|available|more|further|for\s+more|read\s+more|visit|"
    r"download|website|web\s+site|contact|link|links)\b|"
    r"另见|参见|参看|见|详见|请见|资料来源|来源|更多|详情|请访问|访问|网址|下载|链接|查阅)",
    re.IGNORECASE,
)
_LINK_LEAD_OUT_RE = re.compile(
    r"(?:\b(?:at|from|see|visit|on\s+the\s+website|online)|"
    r"见|访问|查阅|载于|网址)$",
    re.IGNORECASE,
)
_FOOTNOTE_OPENING_RE = re.compile(
    r"(?:https?://|www\.|ibid\b|idem\b|see\b|cf\.|voir\b|véase\b|ver\b|см\.)", re.IGNORECASE
)
# What follows a number in running text and never opens a footnote: units and counters.
_AFTER_A_NUMBER = frozenset(COUNTERS)
# Below a separator, a line opening with asterisks is an unnumbered note.
_ASTERISK_LINE_RE = re.compile(r"^\*{1,3}\s*[^\s*]")
# Not "2 bis. Requests …": an inserted paragraph, whatever footnote 2 says.
_FOOTNOTE_LINE_RE = re.compile(
    rf"^(\d{{1,3}})\s+(?![.、)\]])(?!{_INSERTION})(\S.*)$",
    re.IGNORECASE,
)
# A number alone on its line: a note's, as plain pdftotext prints it (its text on the line
# below), or a page's.
_NUMBER_ALONE_RE = re.compile(r"^\s*(\d{1,3})\s*$")
# A page's number alone on its line, as a draft prints it at a page's foot or top: "2", "- 2 -",
# "Page 2", "Page 2 of 3", "2/3", "第 2 页", "第 2 页，共 3 页" (a draft's header is below it).
_PAGE_NUMBER_LINE_RE = re.compile(
    r"^(?:\d{1,4}|[-–—－]\s*\d{1,4}\s*[-–—－]|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|(?:page|página|pagina|pág\.?|стр\.?)\s*\d{1,4}(?:\s*(?:of|de|sur|из|/)\s*\d{1,4})?"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$",
    re.IGNORECASE,
)
# The page furniture (job number, barcode, page number) a page's top may hold above its header.
_MOST_FURNITURE_ATOP = 3
# The lines a page's notes may take, their numbers, texts and blank lines apart.
_MOST_PAGE_FOOT_LINES = 16
# "[1]" or, escaped in Markdown, "\\[1\\]": glued to the text (not a link's "][1]", "[1](…)" or
# "[1]: …"), or opening a line (the note itself).
_BRACKETED_NOTE_NUMBER = r"\\?\[(\d{1,3})\\?\]"
_BRACKETED_NOTE_REFERENCE_RE = re.compile(rf"(?<=[^\s\]\\]){_BRACKETED_NOTE_NUMBER}(?![(:\[])")
_BRACKETED_NOTE_LINE_RE = re.compile(rf"(?m)^[ \t]*{_BRACKETED_NOTE_NUMBER}[ \t]+(?=\S)")
_BRACKETED_NOTE_START_RE = re.compile(rf"^\s*{_BRACKETED_NOTE_NUMBER}(?=\s+\S)")
# "1See resolution 70/1.", "2见 A/79/1。": a note's number glued to a capitalised or CJK text
# (not "5G networks", "3D printing"), or to a document's symbol, "3A/79/200。", "4E/CN.6/2024/1".
_GLUED_NOTE_LINE_RE = re.compile(r"^(\d{1,3})(?![A-Z]{1,3}\b(?!/))(?=[A-Z\u4e00-\u9fff《“])(.+)$")
# A line opening with an Arabic letter (no digit, mark or punctuation of the Arabic block).
_ARABIC_LETTER_START_RE = re.compile(f"^[{ARABIC_LETTER_RANGE}]")
# The lines a sentence going on past a colon may take (a paragraph's rest, not a page of text).
_MOST_LINES_PAST_A_COLON = 6
# "(1) القرار 79/1.": Arabic texts number their notes in parentheses, as their references
# ("المستقبل(1)،"); a note may be a document symbol alone, "(2) E/CN.16/2025/2.", as English
# prints "2 E/CN.16/2025/2.".
_ARABIC_NOTE_LINE_RE = re.compile(
    rf"^\((\d{{1,3}})\)\s*(?=[\u0600-\u06ff]|{DOCUMENT_SYMBOL}(?![\w/]))(.+)$"
)
# What a note is marked with: its number, or the asterisks (escaped in Markdown too, "\\*"),
# daggers or letter of an unnumbered one ("* A/80/50.", "* Reissued for technical reasons.").
_NOTE_MARK = r"\d{1,3}|(?:\\?\*){1,3}|[†‡]{1,2}|[a-z]"
_SUP_LINE_RE = re.compile(rf"^\s*<sup>\s*({_NOTE_MARK})\s*</sup>\s*(.*)$", re.IGNORECASE)
# Pandoc's superscript opening a line, "^1^ Resolution 70/1.": a note, as "<sup>1</sup> …" is.
_MD_SUPERSCRIPT_NOTE_RE = re.compile(rf"^\s*\^({_NOTE_MARK})\^")
_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
# HTML's line break ending a Markdown line: a hard break, its paragraph going on below it.
_MD_HARD_BREAK_RE = re.compile(r"<br\s*/?>$", re.IGNORECASE)
_MD_HARD_BREAKS_RE = re.compile(r"<br\s*/?>\s*(?:\\|<br\s*/?>)$", re.IGNORECASE)
_MD_BREAK_ALONE_RE = re.compile(r"^(?:\\|(?:<br\s*/?>\s*)+)$", re.IGNORECASE)
_MD_BOLD_LINE_RE = re.compile(r"^\s*(\*\*|__)(?!\s)(.+?)(?<!\s)\1\s*$")
_MD_ITALIC_LINE_RE = re.compile(
    r"^\s*(?:\*(?![\s*])[^*]+(?<![\s*])\*|_(?![\s_])[^_]+(?<![\s_])_)\s*$"
)
_MD_BULLET_RE = re.compile(r"^\s*[-*+]\s+(.*)$")
# A bullet's text that is one link, nothing else: "[Privacy notice](https://www.un.org/…)".
_MD_LINK_ONLY_RE = re.compile(r"^(?:\*\*|__)?\[[^\[\]\n]+\]\([^()\s]*\)(?:\*\*|__)?\s*$")
# Bullets in plain text: Word's and pdftotext's glyphs. U+F0B7 and U+F0A7 are the Symbol and
# Wingdings bullets, U+F076, U+F0D8 and U+F0FC Wingdings' diamond, arrowhead and tick, as
# pdftotext prints them when the font has no Unicode map. A figure dash ("‒ Partnerships") is a
# bullet only before a word: "‒5" is a minus sign.
_TEXT_BULLET_RE = re.compile(
    r"^(?:[•●▪◦‣∙■◆❖►▶➢➤✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*|‒\s+(?=[^\W\d_]))(\S.*)$"
)
# Word's second-level bullet, a letter "o" in Courier New, as pdftotext prints it: a bullet only
# in a list (see ``_letter_o_bullet``), never a word.
_LETTER_O_BULLET_RE = re.compile(r"^o(\s+)(\S.*)$")
# Dashes ("-", "–", "—", the minus signs "−" and "－") and the glyphs that also stand outside
# lists ("*" and "＊" mark notes, "○" is a zero in "二○二四年", "·" and "・" join the parts of a
# transcribed name, "□" is a box to tick): a bullet only where a list shows it is one (see
# ``_text_bullet``). Chinese sets no space between a dash or a dot and a Han character
# ("-弥合…", "·弥合…"); an asterisk glued to a word is emphasis ("*回顾*其…").
_TEXT_DASH_BULLET_RE = re.compile(
    r"^(?:[-–—−－*＊·・‧○□⚫]\s+(?=[^\W\d_])|[-–—−－·・‧○□⚫](?=[\u3400-\u4dbf\u4e00-\u9fff]))(.*)$"
)
_TEXT_DASH_LABELLED_RE = re.compile(r"^[-–]\s+([(（].*)$")
# Bullet glyphs a sentence also sets between its words, as it does a dash ("…and that its
# outputs" + "‒ notably the IGF Messages ‒ had grown …"): right below a line left running, they
# open an item only as "- " and "– " do (see ``_text_bullet``).
_SENTENCE_GLYPHS = frozenset("‒■")
# A plain-text line's leading run of spaces, and a marker set off from its words by a wider gap
# ("1.    The Panel …"): the words begin after both.
_WORDS_COLUMN_RE = re.compile(r"\s*(?:\S+\s{2,}(?=\S))?")
# A bullet's text opening with an item's label, "(a) …", "(iv) …", "（a）…", "（一）…": the item.
_LABELLED_ITEM_RE = re.compile(
    r"^\(\s*(?:[a-z]{1,2}|[ivxlc]{1,6}|[一二三四五六七八九十]{1,3})\s*\)\s*\S"
)
# An item below which the next may follow wraps onto at most so many lines.
_MOST_WRAPPED_ITEM_LINES = 4
# Items numbered in parentheses or circled, which no anchor names: kept in their paragraph's text.
# So are the alternatives a draft offers to complete a paragraph its colon leaves open ("Option
# 1: by 2030, …;" + "Option 2: …", "Alt A:", "备选案文1：…", "备选 2：…").
_NUMBERED_ITEM_RE = re.compile(
    r"^(?:[(（]\d{1,2}[)）]\s*|[\u2460-\u2473\u2474-\u2487]\s*"
    r"|(?:(?i:option|alternative|alt\.?)\s+|(?:备选案文|备选方案|备选|选项)\s*)"
    r"(?:\d{1,2}|[A-Z]|[一二三四五六七八九十])\s*[:：]\s*)\S"
)
_MD_QUOTE_RE = re.compile(r"^\s*>\s?")
# A code fence ("```", "~~~python"), or pandoc's fenced div ("::: {#footer}", ":::"): the lines
# between are kept as text, the fence is markup.
_MD_FENCE_RE = re.compile(r"^(?:`{3,}|~{3,})[^`]*$|^:{3,}(?:\s*\{[^{}]*\}|\s+[\w-]+)?\s*:*$")
# A note's link back to its reference (pandoc's "#fnref1", Word's "#_ftnref1"), and the number
# the note may open with.
_MD_NOTE_BACKLINK_TARGET = r"\(#_?ft?nref(\d{1,3})\)"
_MD_NOTE_BACKLINK_RE = re.compile(rf"\]{_MD_NOTE_BACKLINK_TARGET}")
_MD_NOTE_BACKLINK_LINK_RE = re.compile(
    rf"\[[^\]\n]*(?:\\?\][^\]\n]*)?\]{_MD_NOTE_BACKLINK_TARGET}(?:\{{[^}}]*\}})?"
)
_MD_NOTE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*[.)]?\s+")
# A Setext heading's underline, right below its text ("Follow-up and review" + "-----").
_MD_ORDERED_ITEM_RE = re.compile(r"(\d{1,9})([.)])(?:\s|$)")
# Pandoc's list item it numbers itself, "#.  We decide …".
_MD_AUTO_NUMBERED_ITEM_RE = re.compile(r"#[.)](?:\s|$)")
# What opens a block of its own at the margin, ending a list without a blank line above it.
_MD_BLOCK_OPENERS = frozenset("#>|`~<")
_MD_TABLE_RULE_RE = re.compile(r"-+(?: +-+)*$")
# A pandoc table's column rule, under its header: a run of dashes per column, "------ ----".
_MD_COLUMN_RULE_RE = re.compile(r"-{3,}(?: +-{3,})+$")
_MOST_TABLE_HEADER_LINES = 4
_MD_SETEXT_RE = re.compile(r"^([=-])\1*$")
_MD_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
# A grid table's borders ("+------+-----+", "+======+=====+"); its rows are read as a table's.
_MD_GRID_BORDER_RE = re.compile(r"^\+(?:[-=:]+\+)+$")
# A table drawn in box-drawing characters (U+2500–U+257F), as a converter prints one: its rules
# ("┌────┬────┐", "├────┼────┤", "└────┴────┘") and its cells' vertical borders ("│ 区域 │ 2003 │").
_BOX_DRAWING_RULE_RE = re.compile(r"^[\u2500-\u257f][\u2500-\u257f\s]*$")
_BOX_DRAWING_BORDERS = "│┃║╎╏┆┇┊┋"
_BOX_DRAWING_BORDER_RE = re.compile(f"[{_BOX_DRAWING_BORDERS}]")
# GitHub Flavored Markdown tables, rows opening with a pipe: "| a | b |", "|---|:--:|".
_MD_TABLE_DELIMITER_RE = re.compile(r"^\|[\s:|-]*-[\s:|-]*$")
_MD_TABLE_CELL_RE = re.compile(r"(?<!\\)\|")
# A pandoc line block's line: a bar, a space, then text with no bar setting cells apart.
_MD_LINE_BLOCK_RE = re.compile(r"^\| (?:[^|]|(?<=\\)\|)*$")
# Pandoc's table caption, a paragraph of its own right below or above a table: ": Schedule",
# "Table: 会议安排".
_MD_TABLE_CAPTION_RE = re.compile(r"^(?:[Tt]able)?:\s+(\S.*)$")
_MD_FOOTNOTE_RE = re.compile(rf"^ {{0,3}}{MD_FOOTNOTE_LABEL}:\s*(.*)$")
_MD_INDENTED = "    "  # how far CommonMark indents the continuation of a footnote
# Capitalised: "annex to the present resolution" on a wrapped line, or "…69/313, annex." ending
# a footnote, goes on with a sentence.
# Its title may follow a dash between spaces ("Annex I – Global Digital Compact", "المرفق الأول -
# الاتفاق الرقمي العالمي"), left out of the title as a section heading's is.
_ANNEX_RE = re.compile(
    r"^(Annexe?|ANNEXE?|Anexo|ANEXO|Приложение|ПРИЛОЖЕНИЕ|المرفق)"
    r"(?:\s+([IVXLC]+|\d{1,3}|[A-Z]))?\*?(?:\s*[.:]\s*|\s+[–—-]\s+|\s+|$)(.*)$"
)
# An appendix, to an annex or to the text: numbering restarts inside it too.
_APPENDIX_RE = re.compile(
    r"^(Appendix|APPENDIX|Appendice|APPENDICE|Apéndice|APÉNDICE|Добавление|ДОБАВЛЕНИЕ|التذييل)"
    r"(?:\s+([IVXLC]+|\d{1,3}|[A-Z]))?\*?(?:\s*[.:]\s*|\s+[–—-]\s+|\s+|$)(.*)$"
)
# An enclosure, to a letter or a decision ("Enclosure", "Enclosure I", "Pièce jointe 1"): a part
# of its own beside the annexes and appendices, numbering restarting inside it too.
_ENCLOSURE_RE = re.compile(
    r"^(Enclosure|ENCLOSURE|Pièce jointe|PIÈCE JOINTE)"
    r"(?:\s+([IVXLC]+|\d{1,3}|[A-Z]))?\*?(?:\s*[.:]\s*|\s+[–—-]\s+|\s+|$)(.*)$"
)
# "附件", also spaced as printed ("附 件 一"); "Annex*" / "附件*" carry a footnote's asterisk.
# "Annex to the letter dated … addressed to the Secretary-General": the title of what a letter
# transmits, as Chinese words it ("…的信的附件"), no annex of the text.
_LETTER_ANNEX_RE = re.compile(
    r"^Anne(?:xe?|xo)\s+(?:to|à|de|a)\s+(?:the\s+|la\s+|l['’]|una?\s+)?(?:identical\s+)?"
    r"(?:letters?|note\s+verbale|lettre|carta|nota)\b",
    re.IGNORECASE,
)
# Its Chinese wording, at the end: "2025 年 5 月 20 日…常驻联合国代表给秘书长的信的附件".
_CN_LETTER_ANNEX_RE = re.compile(r"的(?:同文)?(?:信|普通照会)的附件$")
# Chinese texts number annexes and appendices as English ones do, "附件A", "附录 B" too.
_CN_PART_NUMBER = rf"[{_CN}]+|\d{{1,3}}|[A-Z](?![A-Za-z])"
_CN_ANNEX_RE = re.compile(rf"^(附\s*件)\s*({_CN_PART_NUMBER})?\*?(?:[.:、]\s*|\s+|$)(.*)$")
# Chinese words "Annex I to resolution 79/1" with the annex last, after what it annexes to:
# "第 79/1 号决议附件一", "第 2024/5 号决定附件", "秘书长报告的附件", a title of its own (a
# sentence's punctuation never in it).
_CN_ANNEX_TO_RE = re.compile(
    r"^([^\s。；;，,：:！？!?][^。；;，,：:！？!?]{0,60}?(?:决定|决议|报告|公约|宣言|协定|议定书|》|的))"
    rf"\s*(附\s*件)\s*({_CN_PART_NUMBER})?\*?$"
)
_CN_APPENDIX_RE = re.compile(rf"^(附\s*录)\s*({_CN_PART_NUMBER})?\*?(?:[.:、]\s*|\s+|$)(.*)$")
_KEYWORDS = {
    "action": (
        "Action",
        "Acción",
        "Medida",
        "Mesure",
        "Действие",
        "Мера",
        "إجراء",
        "الإجراء",
        "行动",
    ),
    # "Goal 1." (the Sustainable Development Goals) is the same word as "Objective" in every
    # other language of the United Nations ("Objetivo 1", "Цель 1", "目标 1"): one anchor.
    "objective": ("Objective", "Goal", "Objectif", "Objetivo", "Цель", "الهدف", "هدف", "目标"),
    # UNESCO's recommendations set out their policy action so ("POLICY AREA 1: …").
    "policy-area": ("Policy Area", "政策领域"),
    "recommendation": ("Recommendation", "建议"),
}
# After the number, a full stop, a colon or a dash, or in Chinese a space alone ("行动 35——我们将…",
# "行动 35 我们将…"), unless what follows goes on with a sentence ("行动 35 中", "目标 3 的").
_KEYWORD_RE = re.compile(
    r"^("
    + "|".join(re.escape(word) for words in _KEYWORDS.values() for word in words)
    + r")\s*(\d{1,3})(?:\s*("
    + _INSERTION
    + r"))?\s*(?:[.:](?!\d)\s*|[–—-]\s+|[–—]{1,2}(?![\d–—-])\s*"
    # Not before a word the number counts with ("建议 15 个试点国家…": "suggests that 15
    # countries …"), nor one that cites it ("目标 3 的", "建议 3 中").
    + r"|\s(?=[\u4e00-\u9fff])(?![的中之所和及与或至下里内项等"
    + r"个名家位届批])|$)(.*)$",
    re.IGNORECASE,
)
_CHINESE_KEYWORDS = tuple(word for words in _KEYWORDS.values() for word in words if is_cjk(word[0]))
_KEYWORD_KIND = {word.lower(): kind for kind, words in _KEYWORDS.items() for word in words}
# English sets a recommendation's title apart from its number by the layout's gap alone, as
# Chinese does ("Recommendation 1    Establish a global fund …"): a capitalised title, where
# prose goes on in lower case ("Recommendation 3 of the report …").
_SPACED_RECOMMENDATION_RE = re.compile(
    r"^(Recommendation|RECOMMENDATION)\s*(\d{1,3})(?:\s*(" + _INSERTION + r"))?\s+(?=[A-Z])(.*)$"
)
# The commitment an action of an outcome document states, to its full stop ("We will seize the
# opportunities … for the benefit of people and planet.", "我们将加强有效执行的手段。"), or to the
# colon its items hang from ("We will take bold actions … We decide to:", "我们将……。我们决定：");
# a stop inside it ("1.5°C") only before a character other than a space or a sentence's capital.
# A statement ("We will not end extreme poverty by 2030 …", "我们将无法…") is none.
_COMMITMENT_TITLE_RE = re.compile(
    r"^(?:We\s+(?:will|commit)\b(?!\s+not\b)(?:[^.]|\.(?=\S)|\.\s+(?=[A-Z]))*[.:]"
    r"|我们(?:将|承诺)(?![无不]).*[。：:])$"
)
# The fewest ideographs a Chinese chapeau holds ("我们决定："); fewer label a list ("目标：").
_CHINESE_CHAPEAU_LENGTH = 4
_LIST_CONTINUES = (";", "；", ",", "，", " and", " or", " et", " y", " и", "和", "及", "或")

# An elements paper's questions to stakeholders, "Question 1: What should …?" / "问题 1：…"
# ("Guiding question 1:", "指导性问题 1：", as such papers title them): each a paragraph of its
# own, anchored by its number; never a heading, as the paragraphs below a question are not its own.
_QUESTION_RE = re.compile(
    r"^(Question|QUESTION|Guiding\s+[Qq]uestion|GUIDING\s+QUESTION|(?:指导性?)?问题)"
    r"\s*(\d{1,3})\s*[.:](?!\d)\s*(\S.*)$"
)

_KEYWORD_KEY_RE = re.compile("|".join(f"{kind}-" for kind in _KEYWORDS))

_SECTION_LEVEL, _LETTER_LEVEL, _KEYWORD_LEVEL, _PLAIN_LEVEL = 1, 2, 3, 8
# The last roman numeral a text's (or an excerpt's) first section heading may carry: "C." (100),
# "D.", "L.", "M." opening the headings are letters.
_LAST_ROMAN_OPENING_A_TEXT = 10
_BOLD_LEVEL = 7


@dataclass(slots=True)
class _Line:
    number: int
    text: str
    view: str
    md_level: int | None = None
    bullet: bool = False
    glyph: str = ""  # the mark a plain-text bullet is printed with ("•", "o", "–")
    # A Markdown bullet that is only a link ("- [Privacy notice](https://…)"): a site's menu.
    navigation: bool = False
    table_row: bool = False
    sup_footnote: int | str | None = None  # the number of the note it opens, or its mark ("*")
    after_blank: bool = False  # a blank line between it and the line above
    markers: tuple[int, ...] = ()
    width: int = 0
    masthead: bool | None = None  # computed on first need: only lines before the body ask
    running_title: bool = False  # the title printed under the symbol atop a page
    junk: bool | None = None  # computed on first need by ``_is_junk_line``
    header_title: str | None = None  # the running title printed beside the symbol (-layout)
    # The column that title starts at: -layout wraps its rest below, at that column.
    header_title_column: int | None = None
    # A compilation's preambular number, dropped from the text ("PP2 bis"), as anchors spell it:
    # "2", "2bis", "1alt". It said a paragraph begins here.
    preamble_number: str | None = None
    # That number as printed, the paragraph's label: "PP2 bis".
    preamble_label: str | None = None
    # The line as printed where a compilation's number was read as a plain marker ("OP9: …" as
    # "9. …", "[8. Decides …]" as "8. [Decides …]"): what it keeps should it number nothing.
    printed: str | None = None
    indent: int = 0  # leading spaces as written (Markdown nests lists by them)
    # In Markdown, the number of the line opening the list item whose content this line goes
    # on with past a blank line, indented to that content (``_list_item_continuations``).
    continues_item: int | None = None
    # The column where the line ends as laid out (plain text): its indent and the runs of
    # spaces pdftotext -layout sets between a number and its text count, as on the page.
    end: int = 0
    page_top: bool = False  # the first line read on a page a form feed began
    # Set in the middle of the page or of the body's column (plain text laid out as printed):
    # a title's line, never wrapped at the text's width.
    centred: bool = False
    # A compilation's label alone whose text cell is empty ("PP3" + "OP1. Proclaims …").
    empty_label: bool = False
    # A Markdown line set wholly in bold and ending with a comma that reads as a paragraph (see
    # ``_mark_bold_titles_with_a_comma``): no heading, but a caption leading into its points
    # ("**Key messages,**") as much as a Rev.'s inserted preambular paragraph.
    bold_comma: bool = False
    # A Markdown line set wholly in italics, as compilations set a delegation's comment on the
    # paragraph above ("*EU: delete "vision"; USA: retain original*").
    italic: bool = False
    # A Markdown line ending with a hard break ("\\", "<br>"): its paragraph goes on below it.
    hard_break: bool = False


class _Scope:
    __slots__ = (
        "article_of",
        "chapeau_seen",
        "chapter_section",
        "chapter_worded",
        "highest_number",
        "inserted_for",
        "last_chapter_section",
        "letters_in_latin",
        "next_letter_heading",
        "next_section",
        "next_top",
        "numbered_in_parentheses",
        "numbered_on_from",
        "outer",
        "part_chapter",
        "part_worded",
        "preamble_from",
        "preamble_titled",
        "prefix",
        "section",
        "sections_worded",
    )

    def __init__(self, prefix: str, outer: _Scope | None = None) -> None:
        self.prefix = prefix
        # The text a part sits in (a report quoting a draft resolution), which may go on after it.
        self.outer = outer
        # For an article's scope, the scope its articles are numbered in.
        self.article_of: _Scope | None = None
        # Whether a "Preamble" title ("序言") was seen: what follows is one, however worded.
        self.preamble_titled = False
        # The first node that may be preambular: the one after that title (a note or a date
        # above it is not the text's first paragraph).
        self.preamble_from = 0
        self.next_top = 1
        # The highest paragraph number printed in it so far, read as one or kept as text: its
        # numbering jumps ahead past it only ("24." kept as text, then a note's "14." is none).
        self.highest_number = 0
        # The number an insertion or alternative was printed for where that paragraph itself
        # was expected ("OP3 alt" with no OP3 above): the numbering goes on past it, and the
        # paragraph, printed after its alternative, still has its place.
        self.inserted_for: int | None = None
        self.next_section = 1
        self.section: int | None = None
        # Whether its sections are worded "Section 1" / "第一节" with no chapter above them.
        self.sections_worded = False
        # Whether the current section is a chapter or part ("Chapter I", "第一章", "第一部分"):
        # its roman or Chinese numbered headings ("I.", "一、") are its sections, not its letters
        # nor the text's next sections.
        self.chapter_worded = False
        # The number of the chapter's section being read ("II." in chapter 1 is 2), None before
        # the chapter's first: a lettered sub-heading is that section's.
        self.chapter_section: int | None = None
        # The last chapter's last section: a chapter may number its sections on from it.
        self.last_chapter_section = 0
        # Whether the current section is a part ("Part One", "第一部分", "Première partie"): the
        # chapters below it are its own, and the number of the one being read, None before the
        # part's first.
        self.part_worded = False
        self.part_chapter: int | None = None
        self.next_letter_heading = 1
        # Whether the current section letters its sub-headings "A.", "B.", as some Chinese
        # texts do: a "（一）" title under them heads the level below.
        self.letters_in_latin = False
        self.chapeau_seen = False
        # Whether its paragraphs are numbered "(1)", "(2)" rather than "1.", "2.".
        self.numbered_in_parentheses = False
        # For an annex's or an appendix's scope, the number the text above it expected next: an
        # annex may number its paragraphs on from the text's ("7." + "Annex I" + "8.").
        self.numbered_on_from: int | None = None


class _Node:
    __slots__ = (
        "anchor",
        "body",
        "bold_comma",
        "bullet",
        "chapeau",
        "comma_closes",
        "dropped",
        "first_indent",
        "front",
        "glyph",
        "held_list",
        "indent",
        "introduces",
        "itu_section",
        "key",
        "kind",
        "label",
        "level",
        "line",
        "open",
        "parent",
        "path",
        "plain",
        "printed_pp",
        "scope",
        "table",
        "tagged_at",
        "text",
        "title",
    )

    def __init__(
        self,
        kind: str,
        line: int,
        scope: _Scope,
        parent: _Node | None,
        *,
        key: str | None = None,
        label: str | None = None,
    ) -> None:
        self.kind = kind  # heading | operative | subparagraph | text (preamble or unnumbered)
        self.line = line
        self.scope = scope
        self.parent = parent
        self.key = key  # full anchor for headings/operatives, own component for sub-items
        self.label = label
        self.text = ""
        self.open = True
        self.comma_closes = False
        self.level = 0
        self.title = ""
        self.path: tuple[_Node, ...] = ()  # enclosing headings, outermost first
        self.plain = False  # an unnumbered heading recognised from layout only
        self.printed_pp: str | None = None  # a compilation's preambular number ("2bis")
        self.front = False  # created before the body started
        self.chapeau = False  # "The General Assembly,": neither front matter nor preamble
        self.introduces = False  # "Adopts the following document:" above its title: no preamble
        # A table of its own, or the caption its rows join ("Documentation" above a list of
        # documents): never preamble.
        self.table = False
        # Opened by a bullet ("• …", "- …"): a list's entry, never a heading or trailing matter.
        self.bullet = False
        self.glyph = ""  # the mark a plain-text bullet is printed with
        # Read before paragraph 1 but below where the text began (see ``_Parser.text_began``):
        # the text's own, never front matter.
        self.body = False
        # Where its delegations' tag lines begin in its text ("Recalling A," + "EU: retain"), or
        # the names an unnumbered paragraph's colon lists, 0 without any: what ends the
        # paragraph is above them.
        self.tagged_at = 0
        self.dropped = False
        # Read below an ITU resolution's first lead-in ("recalling"): the lead-ins and the
        # clauses under them are the text's own, however unpunctuated, never trailing matter.
        self.itu_section = False
        self.anchor = ""
        self.indent = 0  # an item's, as Markdown nests lists by it
        self.first_indent = 0  # a paragraph's first line's, as written
        # Opened by a Markdown line set wholly in bold and ending with a comma: its comma alone
        # makes no preamble (see ``_run_reads_as_preamble``).
        self.bold_comma = False
        # A sub-heading set between the lettered items a paragraph's colon opened (agreed
        # conclusions' "4. … take the following actions:" + "A. Strengthening …" + "(a) …"):
        # the paragraph, its last lettered item, the next letter and the next roman numeral, its
        # items going on below. So does an unnumbered paragraph set between them that opens no
        # list of its own.
        self.held_list: tuple[_Node, _Node | None, int, int] | None = None


def parse_document(content: str, fmt: Format = "text") -> ParseResult:
    """Parse a UN-style text into ordered, anchored paragraphs (see the module docstring)."""
    if fmt not in ("text", "markdown"):
        raise ValueError(f"unknown format {fmt!r}: expected 'text' or 'markdown'")
    content = normalise(content)
    content = (
        _without_line_numbers(content)
        if fmt == "text"
        else _with_changes_accepted(_without_notes_divs(_without_metadata_block(content)))
    )
    lines = _prepare_lines(content, markdown=fmt == "markdown")
    if fmt == "text":
        _set_runs_of_decisions_apart(lines)
    lines = _with_alternative_labels_read(lines)
    _mark_vote_records(lines)
    _mark_table_columns(lines)
    _mark_rows_below_years(lines)
    letter = _mark_cover_letter(lines)
    parser = _Parser(lines, markdown=fmt == "markdown", cover_letter=letter)
    if letter:
        parser.warn(letter[0], "cover letter skipped")
    return parser.run()


# Pandoc's metadata block atop a Markdown file ("---" + "title: …" + "date: …" + "---" or "..."):
# keys and values, list entries and their indented continuations, never text.
_METADATA_FIELD_RE = re.compile(r"^(?:[A-Za-z][\w-]*\s*:(?:\s.*)?|\s+\S.*|-\s.*|)$")
_MOST_METADATA_LINES = 60


def _without_metadata_block(content: str) -> str:
    """The Markdown text with the metadata block at its top made blank lines (line numbers kept
    for the warnings)."""
    if not content.startswith("---"):
        return content
    lines = content.split("\n", _MOST_METADATA_LINES + 1)
    if lines[0].rstrip() != "---":
        return content
    for end in range(1, min(len(lines), _MOST_METADATA_LINES + 1)):
        if lines[end].rstrip() in ("---", "..."):
            fields = lines[1:end]
            if not any(field.strip() for field in fields) or not all(
                _METADATA_FIELD_RE.match(field) for field in fields
            ):
                return content
            return "\n" * (end + 1) + "\n".join(lines[end + 1 :])
    return content


# Pandoc's tracked changes and comments (``--track-changes=all``): "[text]{.insertion author=…}",
# "[text]{.deletion …}", "[note]{.comment-start …}" + "[]{.comment-end …}", empty
# "{.paragraph-insertion}" marks; as gfm writes them, "<span class="deletion" …>text</span>".
# A span may hold one level of brackets (a link) and run over lines.
_TRACKED_KINDS = (
    "insertion",
    "deletion",
    "comment-start",
    "comment-end",
    "paragraph-insertion",
    "paragraph-deletion",
)
_TRACKED_CLASSES = "|".join(_TRACKED_KINDS)
_TRACKED_SPAN = (
    rf"\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]\{{\.(?P<kind>{_TRACKED_CLASSES})\b[^{{}}]*\}}"
    rf"|<span\s+class=\"(?P<html_kind>{_TRACKED_CLASSES})\"[^>]*>(?P<html_text>.*?)</span>"
)
_TRACKED_SPAN_RE = re.compile(_TRACKED_SPAN, re.DOTALL)
# What a text holds when it holds a tracked change: a cheap test before the patterns.
_TRACKED_MARKS = tuple(f"{{.{kind}" for kind in _TRACKED_KINDS) + tuple(
    f'class="{kind}"' for kind in _TRACKED_KINDS
)
_DELETION_OPENS, _DELETION_CLOSES = "\ue001", "\ue002"  # private-use characters
_COMMENT = "\ue003"  # where a reviewer's comment was
_LINE_DROPPED = "\ue004"  # a line a deletion emptied, to go whole
_DELETION_GONE = "\ue005"  # where a deletion inside a line's words was
# The space left before a deletion that ended at a stop ("the report ~~of the SG~~."), to go.
_SPACE_BEFORE_A_DELETION_RE = re.compile(f"[ \t]+(?:{_DELETION_GONE})+(?=[.,;:!?)\\]])")
# A list's or heading's marker: what a line may hold besides a deletion and still say nothing.
_LINE_MARKER = r"[ \t]*(?:(?:\d{1,3}[.)]|[-*+]|[a-z][.)]|#{1,6})[ \t]*)?"
_MARKER_ONLY_RE = re.compile(_LINE_MARKER)
_DROPPED_LINE_RE = re.compile(rf"^{_LINE_MARKER}(?:{_LINE_DROPPED}[ \t]*)+\n?", re.MULTILINE)
_DELETION_RE = re.compile(f"{_DELETION_OPENS}([^{_DELETION_CLOSES}]*){_DELETION_CLOSES}")
_COMMENT_LINE_RE = re.compile(rf"^[ \t]*(?:{_COMMENT}[ \t]*)+\n?", re.MULTILINE)
# Struck text in HTML or GFM, a redline's deletion: "<del>open</del>", "<s>old</s>",
# "~~eliminate~~" (its tildes glued to the words inside, within one paragraph, never a code
# fence's "~~~"). A compilation ("**OP2** ~~Decide …~~") strikes what a delegation proposes to
# delete, not what was agreed: there the tildes stay, as printed.
_STRUCK_TAG_RE = re.compile(
    r"<(?:(?P<open>del|strike|s)(?:\s[^<>]*)?|/(?P<close>del|strike|s)\s*)>", re.IGNORECASE
)
_STRUCK_RE = re.compile(
    r"(?<!~)~~(?=[^\s~])(?P<text>(?:[^~\n]|~(?!~)|\n(?![ \t]*\n))*?[^\s~])~~(?!~)"
)
_COMPILATION_LABEL_LINE_RE = re.compile(
    r"^[ \t>|#*_\[［]*(?:(?:new|alt\.?)[ \t]+)?(?:OP|PP)\.?[ \t]*\d", re.IGNORECASE | re.MULTILINE
)
_MD_HEADING_LINE_RE = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
# A line opening with a tracked span goes on with the line above ("…composed of" +
# "[36]{.deletion …}[40]{.insertion …}" + "members …"), past a hard break ending it: pandoc never
# breaks inside a span's attributes, so a changed word lands on a line of its own.
_CHANGE_JOINT = "\ue000"  # a private-use character: where such a line break was
_CHANGE_JOINT_RE = re.compile(f"(.){_CHANGE_JOINT}+(.?)", re.DOTALL)
_LINE_OPENING_WITH_A_CHANGE_RE = re.compile(
    rf"(?<=\S)(?:\\|<br\s*/?>)?\n[ \t]*(?=(?:{_TRACKED_SPAN}))", re.DOTALL
)


def _with_changes_accepted(content: str) -> str:
    """The Markdown text as the revision reads with its tracked changes accepted: insertions kept,
    deletions and reviewers' comments dropped, as Word's own export of the text prints it. A
    paragraph or heading deleted whole, a block of its own at the margin ("[2\\. *Requests*
    …]{.deletion …}", "## [II. …]{.deletion …}"), goes with its marker. Any other deletion that
    is all its line says (an item with its sub-list or text below it, a nested item) stays, as
    printed without its marks: dropping it would leave an empty item, or an item's text or
    sub-list under another number, and comments would move with it. Struck text ("<del>…</del>",
    "<s>…</s>", "<strike>…</strike>", GFM's "~~…~~") is such a deletion, save a compilation's
    "~~…~~" (see ``_STRUCK_RE``)."""
    content = _with_struck_text_as_deletions(content)
    if not any(mark in content for mark in (*_TRACKED_MARKS, _DELETION_OPENS)):
        return content
    content = _LINE_OPENING_WITH_A_CHANGE_RE.sub(_joined_unless_below_a_heading, content)

    def accepted(change: re.Match[str]) -> str:
        kind = change.group("kind") or change.group("html_kind")
        text = change.group("text") if change.group("kind") else change.group("html_text")
        if kind == "insertion":
            return text
        if kind == "deletion":
            return f"{_DELETION_OPENS}{text}{_DELETION_CLOSES}"
        return _COMMENT

    content = _COMMENT_LINE_RE.sub("", _TRACKED_SPAN_RE.sub(accepted, content))
    content = _DELETION_RE.sub(_deletion_accepted, content).replace(_COMMENT, "")
    content = _SPACE_BEFORE_A_DELETION_RE.sub("", content).replace(_DELETION_GONE, "")
    content = _DROPPED_LINE_RE.sub("", content).replace(_LINE_DROPPED, "")
    return _CHANGE_JOINT_RE.sub(lambda joint: _joint(joint[1], joint[2]), content)


def _with_struck_text_as_deletions(content: str) -> str:
    """The text with its struck passages marked as tracked deletions."""
    if "<" in content:
        content = _struck_html_as_deletions(content)
    if "~~" in content and not _COMPILATION_LABEL_LINE_RE.search(content):
        content = _STRUCK_RE.sub(_as_deletion, content)
    return content


def _struck_html_as_deletions(content: str) -> str:
    """Each "<del>", "<s>" or "<strike>" paired with the first closing tag of its name after it,
    the leftmost first, and the passage between marked as a tracked deletion; an opening tag
    never closed stays as printed. The closing tags are found first: a pattern looking ahead
    from every opening tag for its closing one read the rest of the text at each of them
    (20,000 unclosed "<s>" took over 20 s)."""
    tags = list(_STRUCK_TAG_RE.finditer(content))
    closing: defaultdict[str, list[int]] = defaultdict(list)
    for index, tag in enumerate(tags):
        if tag["close"]:
            closing[tag["close"].lower()].append(index)
    pieces: list[str] = []
    done = 0
    consumed = -1
    for index, tag in enumerate(tags):
        if not tag["open"] or index <= consumed:
            continue
        closes = closing[tag["open"].lower()]
        found = bisect.bisect_right(closes, index)
        if found == len(closes):
            continue
        consumed = closes[found]
        close = tags[consumed]
        pieces += [
            content[done : tag.start()],
            _DELETION_OPENS,
            content[tag.end() : close.start()],
            _DELETION_CLOSES,
        ]
        done = close.end()
    return "".join(pieces) + content[done:]


def _as_deletion(struck: re.Match[str]) -> str:
    return f"{_DELETION_OPENS}{struck.group('text')}{_DELETION_CLOSES}"


def _deletion_accepted(deletion: re.Match[str]) -> str:
    """The deleted text dropped where its line says more; where it is all its line says, the
    whole line dropped (``_LINE_DROPPED``) when it is a block of its own at the margin with
    nothing indented below it (a paragraph or heading deleted whole), else the text kept."""
    text = deletion.string
    start = text.rfind("\n", 0, deletion.start()) + 1
    end = text.find("\n", deletion.end())
    end = len(text) if end < 0 else end
    around = text[start : deletion.start()] + text[deletion.end() : end]
    rest = _DELETION_RE.sub("", around).replace(_COMMENT, "").replace(_CHANGE_JOINT, "")
    if not _MARKER_ONLY_RE.fullmatch(rest):
        return _DELETION_GONE
    above = text[: max(start - 1, 0)].rsplit("\n", 1)[-1]
    below = text[end + 1 :].lstrip("\n")
    apart = not above.strip() and text[end + 1 : end + 2] in ("", "\n")
    if apart and not text[start : start + 1].isspace() and not below[:1].isspace():
        return _LINE_DROPPED
    return deletion.group(1)


def _joined_unless_below_a_heading(change: re.Match[str]) -> str:
    """The line break before a line opening with a change, made a joint, unless the line above is
    a heading ("## I. Vision" + "[We reaffirm …]{.insertion …}": the paragraph below it)."""
    above = change.string[change.string.rfind("\n", 0, change.start()) + 1 : change.start()]
    return change.group() if _MD_HEADING_LINE_RE.match(above) else _CHANGE_JOINT


def _joint(left: str, right: str) -> str:
    """The two characters around a line break a change opened, joined as wrapped lines are."""
    return join_text(left, right) if right else left


# Pandoc's div holding a web page's notes ("::: {#footnotes .footnotes …}", "::: footnotes"), and
# any div opening or closing inside it ("1.  ::: {#fn1}", ":::").
_NOTES_DIV_RE = re.compile(r"^\s*:{3,}\s*(?:\{[^{}]*\bfootnotes\b[^{}]*\}|footnotes\b)")
_DIV_OPENS_RE = re.compile(r":{3,}\s*[{\w]")
_DIV_CLOSES_RE = re.compile(r"^\s*:{3,}\s*$")
# A web page's notes block opening in raw HTML, its notes in Markdown inside it
# ("<div class=\"footnotes\">" + "1. 见 A/79/L.118。" + "</div>").
_HTML_NOTES_BLOCK_RE = re.compile(
    r"^\s*<(?:div|section)\b[^>]*\b(?:class|id|role)\s*=\s*[\"'][^\"']*\b(?:doc-end|foot|end)notes\b",
    re.IGNORECASE,
)


def _without_notes_divs(content: str) -> str:
    """The Markdown text with pandoc's notes div made blank lines (line numbers kept): its notes,
    numbered from 1 again, are never paragraph text (they were glued into the last item, or read
    as a second part of the text). A notes div never closed leaves the text as it is. A notes
    block opening in raw HTML is a separator, its notes read as a page's below one."""
    if "notes" not in content:
        return content
    lines = ["* * *" if _HTML_NOTES_BLOCK_RE.match(line) else line for line in content.split("\n")]
    content = "\n".join(lines)
    if ":::" not in content or "footnotes" not in content:
        return content
    depth = 0
    for number, line in enumerate(lines):
        if depth == 0 and _NOTES_DIV_RE.match(line) is None:
            continue
        if _DIV_CLOSES_RE.match(line):
            depth -= 1
        elif _DIV_OPENS_RE.search(line):
            depth += 1
        lines[number] = ""
    # A div left open would take the rest of the text with it: read it as it stands.
    return content if depth else "\n".join(lines)


def _prepare_lines(content: str, *, markdown: bool) -> list[_Line]:
    prepared: list[_Line] = []
    if markdown and "<!--" in content:
        # Comments go, their line breaks stay: lines keep their numbers.
        content = _MD_COMMENT_RE.sub(lambda comment: "\n" * comment.group().count("\n"), content)
    raw_lines = content.split("\n")
    page_tops: list[int] = []
    if "\f" in content:
        # A form feed opens a page's first line (see ``normalise``): noted, and read without.
        page_tops = [number for number, raw in enumerate(raw_lines, start=1) if raw[:1] == "\f"]
        raw_lines = [raw.lstrip("\f") for raw in raw_lines]
    if markdown and "|" in content and ("PP" in content or "OP" in content):
        _read_compilation_tables_as_lines(raw_lines)
    if markdown and ("\n1" in content or "#." in content or "#)" in content):
        _count_lazy_lists(raw_lines)
    # A definition opens with "[^": without one, the pass would find nothing.
    footnote_lines = _markdown_footnote_lines(raw_lines) if markdown and "[^" in content else set()
    merged: set[int] = set()
    if markdown and "[" in content:
        _links_wrapped_over_lines(raw_lines, footnote_lines)
    if markdown and ("*" in content or "_" in content):
        merged = _emphasis_wrapped_over_lines(raw_lines, footnote_lines)
    if not markdown and "(" in content:
        merged |= _conference_chapeaux_unwrapped(raw_lines)
    if not markdown and ("session" in content or "届会议" in content):
        merged |= _chapeaux_met_unwrapped(raw_lines)
    if not markdown:
        merged |= _chapeaux_wrapped_once(raw_lines, merged)
    bracketed = _bracketed_note_numbers(content) if "[" in content else frozenset()
    superscript_notes = superscript_note_numbers(content)
    # A compilation's preambular number alone on its line, for the text below it.
    number_alone: tuple[str, str | None, int, bool] | None = None
    # A label alone above its paragraph (a compilation's over its text struck through, a
    # Markdown heading's bare number over its text), and whether a blank line was above it.
    label_over_struck: tuple[str, bool] | None = None
    above = 0  # the number of the last line that was not blank
    table_rule: int | None = None  # the indent of the rule that opened a pandoc table
    table_rule_line = 0  # that rule's line number
    in_table = False  # in a pandoc table's body, below its column rule
    # A table without header rows is closed by a rule, never by a blank line: a multiline one
    # sets its rows apart by blank lines.
    headerless = False
    for number, raw in enumerate(raw_lines, start=1):
        line = raw.strip()
        if markdown and line[-1:] in ("\\", ">") and _MD_BREAK_ALONE_RE.match(line):
            # A hard break alone on its line ("\\", "<br>"), as a web page sets an empty line
            # between two paragraphs: a blank line.
            line = ""
        if line:
            after_blank, above = above > 0 and number - above > 1, number
        elif in_table and table_rule is None and not headerless:
            in_table = False  # a blank line ends a simple table
        if not line or number in footnote_lines or number in merged:
            continue
        if label_over_struck is not None:
            line, after_blank = f"{label_over_struck[0]} {line}", label_over_struck[1]
            label_over_struck = None
        if _BOX_DRAWING_RULE_RE.match(line):
            # A table's rule drawn in box-drawing characters ("┌────┬────┐"): no text.
            continue
        if line[0] in _BOX_DRAWING_BORDERS:
            # Its row ("│ 区域 │ 2003 │"): the cells apart by a space, as a layout table's read.
            line = " ".join(
                cell.strip() for cell in _BOX_DRAWING_BORDER_RE.split(line) if cell.strip()
            )
        row: str | None = None
        if markdown and (in_table or line[:1] == "-"):
            column_rule = _MD_COLUMN_RULE_RE.match(line) is not None
            full_rule = not column_rule and _MD_TABLE_RULE_RE.match(line) is not None
            if in_table and (column_rule or (full_rule and table_rule is None)):
                # A simple table's closing rule (a headerless one's, or a line of dashes).
                in_table = False
                continue
            if column_rule:
                opened = table_rule is not None
                header = _pandoc_table_header(
                    prepared, number, table_rule_line if opened else None, after_blank=after_blank
                )
                if header is not None and number < len(raw_lines) and raw_lines[number].strip():
                    in_table, headerless = True, not header
                    for header_line in header:
                        _read_as_table_row(header_line, raw_lines)
                    continue
            elif in_table and not full_rule:
                row = " ".join(line.split())  # its cells apart by a space, as rows read
        if row is None and is_header_with_title(line):
            # Never text, but kept: the title's wrapped rest may sit on a line beside it.
            text = " ".join(line.split())
            prepared.append(
                _Line(
                    number=number,
                    text=text,
                    view=marker_view(text),
                    after_blank=after_blank,
                    width=display_width(text),
                    junk=True,
                    header_title=" ".join(
                        token for token in text.split() if not names_a_document(token)
                    ),
                    header_title_column=_title_column_beside_symbol(raw),
                )
            )
            continue
        md_level: int | None = None
        bullet = table_row = navigation = bold_comma = italic = hard_break = False
        glyph = ""
        if markdown:
            line = _MD_QUOTE_RE.sub("", line)
            if _MD_FENCE_RE.match(line) or _MD_GRID_BORDER_RE.match(line):
                continue
            if row is not None:
                table_row, line = True, row
            elif line[:1] == "-" and raw[:1] == " " and _MD_TABLE_RULE_RE.match(line):
                indent = len(raw) - len(raw.lstrip())
                if indent == table_rule and " " not in line:
                    # Pandoc's multiline table closes with the rule that opened it: right below
                    # its last row, no Setext underline.
                    table_rule, in_table = None, False
                    continue
                if (
                    table_rule is None
                    and after_blank
                    and number < len(raw_lines)
                    and raw_lines[number].strip()
                ):
                    table_rule, table_rule_line = indent, number
                    if " " not in line and _opens_a_multiline_table(raw_lines, number):
                        continue
            elif raw[:1] != " ":
                table_rule, in_table = None, False
            underline = _MD_SETEXT_RE.match(line)
            if underline and prepared and prepared[-1].number == number - 1:
                heading_line = prepared[-1]
                if heading_line.md_level is None and not (
                    heading_line.bullet or heading_line.table_row
                ):
                    heading_line.md_level = 1 if underline.group(1) == "=" else 2
                    continue
            if line.endswith("\\") and not line.endswith("\\\\"):
                line = line[:-1].rstrip()  # a hard line break: the break is the line's end
                hard_break = True
            elif line[-1:] == ">" and _MD_HARD_BREAK_RE.search(line):
                # One "<br>" ends the line; two set an empty line below it, a paragraph's end.
                hard_break = _MD_HARD_BREAKS_RE.search(line) is None
            heading = _MD_HEADING_RE.match(line)
            if table_row:
                pass
            elif _MD_LINE_BLOCK_RE.match(line) and not _in_a_pipe_table(raw_lines, number):
                # Pandoc's line block ("| Recalling its resolution 79/1,"): its bar keeps the
                # line's breaks, no table; the line is text.
                line = line[1:].strip()
            elif line.startswith("|"):
                if _MD_TABLE_DELIMITER_RE.match(line):
                    continue
                table_row, line = True, _pipe_row_read(line)
            elif caption := _md_table_caption(line, prepared, raw_lines, number):
                # Read with its table's rows, never a heading over the paragraphs below.
                table_row, line = True, caption
            elif heading and (
                is_chapeau(heading.group(2)) or _numbers_an_operative_sentence(heading.group(2))
            ):
                # "## The General Assembly," as a web copy sets the chapeau: the chapeau, as
                # "**The General Assembly,**" and the plain text's line are, its preamble below
                # it the text's own, not front matter above a declaration's "We, …,". So is
                # "### 1. Welcomes the progress made;" paragraph 1, as "1. Welcomes …;" is.
                line = heading.group(2)
            elif heading and _numbers_the_text_below(heading.group(2), raw_lines, number):
                # "### 1." + "Welcomes the progress made;": the paragraph's number set as a
                # heading over its text, read as one line, "1. Welcomes …;".
                label_over_struck = (heading.group(2), after_blank)
                continue
            elif heading:
                md_level, line = len(heading.group(1)), heading.group(2)
            elif (
                _MD_BOLD_LINE_RE.match(line)
                and not is_separator(line)
                and line.rstrip("*_ ")[-1:] not in PREAMBLE_TERMINAL_PUNCTUATION
            ):
                # A bold sentence ("**3. The Secretary-General recommends ….**") is a
                # paragraph set in bold, as reports print recommendations: no heading; nor is
                # a line ending with a comma, a chapeau ("**The General Assembly,**") or a
                # preambular paragraph a Rev. inserts ("**Reaffirming its resolution 79/1,**"),
                # unless it reads as none: ``_mark_bold_titles_with_a_comma``, once all are read.
                md_level = _BOLD_LEVEL
            elif _MD_BOLD_LINE_RE.match(line) and line.rstrip("*_ ").endswith((",", "，", "،")):
                bold_comma = True
            elif _MD_ITALIC_LINE_RE.match(line):
                italic = True
            elif _marks_a_page_note(line, prepared, raw_lines, number):
                # "* A/79/150." below "Report of the Secretary-General\\*": the note the
                # title's mark calls, read below as in plain text, no list of one entry.
                pass
            elif not is_separator(line) and (bulleted := _MD_BULLET_RE.match(line)):
                bullet, line = True, bulleted.group(1)
                navigation = _MD_LINK_ONLY_RE.match(line) is not None
            elif (
                item := _text_bullet(line, prepared, raw_lines, number)
            ) is not None and item != line:
                # Word's glyphs pasted into Markdown ("• …", "▪ …", "– …" below a colon): no
                # list marker to CommonMark, but the list items they are in plain text. "(1) …"
                # keeps its number, read as an item below (``_is_numbered_item``).
                glyph = line[:1]
                bullet, line = True, item
        elif line.startswith("|") and _in_a_pipe_table(raw_lines, number):
            # A Markdown pipe table pasted into plain text: read as Markdown reads one, its
            # rows lines of the paragraph above, as Word's text gives them, never a heading.
            if _MD_TABLE_DELIMITER_RE.match(line):
                continue
            table_row, line = True, _pipe_row_read(line)
        elif item := _text_bullet(line, prepared, raw_lines, number):
            # "(1) …" keeps its number: no glyph.
            glyph = line[:1] if item != line else ""
            bullet, line = True, item
            if _LABELLED_ITEM_RE.match(marker_view(item)):
                bullet, glyph = False, ""  # "• (a) …": the item (a), as in Markdown below
        if bracketed:
            line = _bracketed_notes_as_sup(line, bracketed)
        line = superscripts_as_sup(line, superscript_notes)
        if markdown:
            line = _MD_SUPERSCRIPT_NOTE_RE.sub(r"<sup>\1</sup>", line, count=1)
        sup_line = _SUP_LINE_RE.match(line)
        sup_footnote = _note_number_or_mark(sup_line.group(1)) if sup_line else None
        if markdown and (backlink := _MD_NOTE_BACKLINK_RE.search(line)):
            # A web copy's or Word's note, linking back to its reference: "1. See … [↩](#fnref1)",
            # "[\[1\]](#_ftnref1) See …".
            sup_footnote = int(backlink.group(1))
            line = _MD_NOTE_NUMBER_RE.sub("", _MD_NOTE_BACKLINK_LINK_RE.sub("", line), count=1)
        if sup_line:
            line = sup_line.group(2)
        text, markers = clean_inline(line, markdown=markdown)
        if markdown and bullet and _LABELLED_ITEM_RE.match(marker_view(text)):
            # "- \\(a\\) Strengthening …;", "- （a）加强…；": a bullet carrying its item's label
            # is that item, as the line without its dash is (2.a, 2.b …), never a list's entry
            # the paragraph above holds.
            bullet = navigation = False
        if markdown and md_level is None and not (bullet or table_row):
            # Read without Markdown's escapes: "\(1\) …" is "(1) …".
            bullet = _is_numbered_item(text, prepared)
        printed = text
        if (
            md_level is None
            and text[:1] in "P第"
            and (named := _paragraph_named_above_its_text(text, raw_lines, number)) is not None
            and (
                after_blank or not prepared or not ends_open(prepared[-1].text, comma_closes=False)
            )
        ):
            # "Paragraph 2" + "We recognize …" (a commented draft's shape): read as "2." over
            # its text, as "OP2" alone is; below an unfinished sentence it is a reference.
            text = f"{named}."
        if text[:1] in "Aa备[［":
            text = _alternative_number_first(text, prepared, after_blank=after_blank)
        numbered = _negotiation_number_first(text)
        if _NEGOTIATION_NUMBER_ALONE_RE.match(numbered) and _struck_line_below(raw_lines, number):
            # "**OP1**" + "~~Reaffirm our commitment …~~": a compilation printing its label
            # apart from a paragraph it proposes to delete. No heading over that text, which
            # reads as on one line, "**OP1** ~~Reaffirm …~~".
            label_over_struck = (numbered, after_blank)
            continue
        read = _negotiation_numbers_read(numbered)
        if (md_level is None or not _NEGOTIATION_NUMBER_ALONE_RE.match(numbered)) and not (
            numbered[:1] in _NEGOTIATION_OPENERS
            and prepared
            and not after_blank
            and (
                _LABEL_WRAP_RE.search(prepared[-1].text[-_TAIL:]) is not None
                or _label_goes_on_a_chinese_sentence(prepared[-1].text, numbered, read)
            )
        ):
            # A Markdown heading "**OP1**" stays one, as printed; a label right below a line
            # stopping at a word that leaves it open ("…proposals made under" + "OP 5 (Sendai
            # targets) and …", a comment cell's "Moved from" + "OP2", "…包括对" +
            # "PP2（77国集团和中国）的修正建议，") goes on with that line.
            text = read
        # "PP2 bis [Recognizing …,]": a preambular paragraph's number, dropped from its text,
        # began a paragraph, and names it (``pp2bis``).
        preambular = (
            _PREAMBULAR_NUMBER_RE.match(marker_view(numbered)) if text != numbered else None
        )
        preamble_number = _printed_preamble_number(preambular)
        preamble_label = numbered[: preambular.end(1)] if preambular else None
        if not text and preamble_number is not None:
            # "PP1" (or "PP1.") alone on its line, the paragraph's text on the next, as a
            # compilation table's first column comes out of pdftotext: that text is PP1.
            number_alone = (preamble_number, preamble_label, number, after_blank)
            continue
        if number_alone is not None:
            if (
                preamble_number is not None
                or text != numbered
                or _opens_with_a_marker(marker_view(text))
            ):
                # "PP3" + "OP1. Proclaims …": the row's text cell is empty (a paragraph
                # deleted or merged), the line below numbered on its own. The label numbers
                # nothing: skipped, with a warning.
                label = number_alone[1] or ""
                prepared.append(
                    _Line(
                        number=number_alone[2],
                        text=label,
                        view=marker_view(label),
                        after_blank=number_alone[3],
                        width=display_width(label),
                        empty_label=True,
                    )
                )
            else:
                preamble_number, preamble_label = number_alone[:2]
        number_alone = None
        if not text and sup_footnote is None:
            continue
        width, view = display_width(text), marker_view(text)
        if "\u0600" <= text[:1] <= "\u06ff" or text[:1] in "(0123456789'‘’":
            text, view = arabic_markers_read(text, view)
        elif text[:1] in CHINESE_HEADING_STEMS:
            view = chinese_stem_heading_read(view)
        prepared.append(
            _Line(
                number=number,
                text=text,
                view=view,
                md_level=md_level,
                bullet=bullet,
                glyph=glyph,
                navigation=navigation,
                table_row=table_row,
                sup_footnote=sup_footnote,
                after_blank=after_blank,
                markers=tuple(markers),
                width=width,
                preamble_number=preamble_number,
                preamble_label=preamble_label,
                printed=printed if text != printed and preamble_number is None else None,
                indent=len(raw) - len(raw.lstrip()),
                bold_comma=bold_comma,
                italic=italic,
                hard_break=hard_break,
            )
        )
        if not markdown and (raw[:1] in " \t" or "  " in raw):
            spaced = raw.strip()
            added = prepared[-1]
            added.end = added.indent + added.width + len(spaced) - len(" ".join(spaced.split()))
    if markdown:
        _mark_bold_titles_with_a_comma(prepared)
        if "\n " in content:
            continuations = _list_item_continuations(raw_lines)
            for prepared_line in prepared:
                prepared_line.continues_item = continuations.get(prepared_line.number)
    if page_tops:
        _mark_page_tops(prepared, page_tops)
    if any(line.header_title is not None for line in prepared):
        _keep_rows_beside_symbols(prepared)
    if not markdown:
        _mark_abbreviation_rows(prepared, raw_lines)
        if ":" in content:
            _mark_layout_table_rows(prepared, raw_lines)
    _mark_headers_one_space_apart(prepared)
    if not markdown and any(line.indent for line in prepared):
        _measure_as_laid_out(prepared)
    return prepared


def _mark_bold_titles_with_a_comma(lines: list[_Line]) -> None:
    """Markdown lines set wholly in bold and ending with a comma that read as no paragraph are
    headings, a title's comma a stray one ("**Annex, list of speakers,**" over "- Norway" +
    "- Brazil", "**Key messages,**" over "- … ." points, "**附件，主要目标，**"), at the level of
    every bold title, a sibling of the bold title above it. Such a line is a paragraph only where
    it reads as a preambular one: the chapeau itself ("**大会，**"), a line among paragraphs
    worded as preambular ones (the chapeau, or a paragraph opening as one does or ending with
    its comma right above or below it, past other such bold lines: a Rev.'s inserted "**The
    importance of an inclusive process,**" between "Recalling …," and "Noting …,"), or a line
    opening as a preambular paragraph does below a chapeau ("**Reaffirming its resolution
    79/1,**", "**重申其第79/1号决议，**"). "**Welcoming the progress made,**" in a report's
    messages, with no chapeau above it, is a title: see ``_bold_line_with_a_comma_reads``.
    """
    titles = [
        at
        for at, line in enumerate(lines)
        if line.bold_comma and not _bold_line_with_a_comma_reads(lines, at)
    ]
    for at in titles:
        title = lines[at]
        title.md_level, title.bold_comma, title.bullet = _BOLD_LEVEL, False, False


def _bold_line_with_a_comma_reads(lines: list[_Line], at: int) -> bool:
    """Whether the Markdown line ``lines[at]``, set wholly in bold and ending with a comma,
    reads as a paragraph: see ``_mark_bold_titles_with_a_comma``."""
    text = lines[at].text
    if is_chapeau(text):
        return True
    if (opens_preamble(text) or speaks_as_we_at_length(text)) and (
        any(is_chapeau(above.text) for above in lines[:at]) or _opens_paragraph_one_below(lines, at)
    ):
        # Below a chapeau, or the last of a preamble right above paragraph 1 ("**会员国，**" +
        # "**回顾第 79/1 号决议，**" + "1. 决定…").
        return True
    for step in (-1, 1):
        # The paragraph right above or below, past other bold lines ending with a comma.
        near = at + step
        while 0 <= near < len(lines) and lines[near].bold_comma:
            if is_chapeau(lines[near].text):
                return True
            near += step
        if not 0 <= near < len(lines):
            continue
        first, last = _markdown_block(lines, near)
        if first.md_level is not None or first.bullet or first.table_row:
            continue
        if (
            is_chapeau(first.text)
            or opens_preamble(first.text)
            or speaks_as_we_at_length(first.text)
            or last.text.endswith((",", "，", "،"))
        ):
            return True
    return False


def _opens_paragraph_one_below(lines: list[_Line], at: int) -> bool:
    """Whether the Markdown paragraph right below ``lines[at]``, past bold lines ending with a
    comma, is numbered 1: the operative part a preamble ends above."""
    near = at + 1
    while near < len(lines) and lines[near].bold_comma:
        near += 1
    number = _NUMBER_RE.match(lines[near].view) if near < len(lines) else None
    return number is not None and number.group(1) == "1"


def _markdown_block(lines: list[_Line], at: int) -> tuple[_Line, _Line]:
    """The first and last lines of the Markdown paragraph, list item or heading ``lines[at]``
    is a line of: lines with no blank line between them, up to a bullet or a heading."""

    def apart(upper: _Line, lower: _Line) -> bool:
        return (
            lower.after_blank
            or lower.bullet
            or lower.md_level is not None
            or upper.md_level is not None
            or lower.table_row != upper.table_row
        )

    first = last = at
    while first > 0 and not apart(lines[first - 1], lines[first]):
        first -= 1
    while last + 1 < len(lines) and not apart(lines[last], lines[last + 1]):
        last += 1
    return lines[first], lines[last]


def _measure_as_laid_out(lines: list[_Line]) -> None:
    """Widths as the page sets them, in text indented as ``pdftotext -layout`` prints it (a
    first-line indent, or a number column with the text hanging under it): a line's width is
    where it ends, so a wrapped line indented under its number is as full as the line above it
    and one ending in "。" is no paragraph's end. A title centred on the page or in the body's
    column (an indent no other line shares, about as much space right of it as left; see
    ``_centred_in_the_column``) keeps its own width: short, however far right it ends. So do
    lines aligned one below the other well in from both sides of the column ("Pact for the
    Future" + "Chapeau" set at one indent below "1. Adopts the following document:"), every line
    of the block so set: no centred title, but no body text wrapped at the page's edge either.
    An item's hanging lines run to the edge; a signature is none of it."""
    indents = Counter(line.indent for line in lines if line.indent)
    body = [line for line in lines if line.header_title is None]
    ends = [line.end or line.width for line in body]
    right = max(ends) if ends else 0
    margin = min(line.indent for line in body) if body else 0
    measured = [line for line in body if line.end]
    # Lines set at one indent one below the other are a block aligned on its left edge (a
    # signature, "(Signed) …" + "Under-Secretary-General"), never a title centred in the column.
    blocks: list[list[_Line]] = []
    for upper, lower in pairwise(measured):
        if lower.number == upper.number + 1 and lower.indent == upper.indent:
            if blocks and blocks[-1][-1] is upper:
                blocks[-1].append(lower)
            else:
                blocks.append([upper, lower])
    aligned = {line.number for block in blocks for line in block}
    # A dateline ("Geneva, 4 March 2026") and a signature with the signer's title ("(Signed)
    # Jane Doe" + "Chair", "主席" + "简·多伊（签名）") are set in the column's middle too, and
    # head nothing.
    signed = {
        line.number + offset
        for line in measured
        if _SIGNATURE_RE.search(line.text)
        for offset in range(1 - _SIGNATURE_LINES, _SIGNATURE_LINES)
    }
    for line in measured:
        line.centred = indents[line.indent] < _LEAST_SHARED_INDENT and (
            abs(line.indent - (right - line.end)) <= _CENTRING_SLACK
            or (
                line.number not in aligned
                and line.number not in signed
                and _centred_in_the_column(line, margin, right)
                and not names_a_date(line.text)
            )
        )
    # A title's lines are centred together: down from its short last line, up from its first.
    for ordered in (measured, measured[::-1]):
        for known, uncertain in pairwise(ordered):
            uncertain.centred = uncertain.centred or (
                known.centred
                and abs(known.number - uncertain.number) == 1
                and indents[uncertain.indent] < _LEAST_SHARED_INDENT
                and _wraps_a_centred_title(uncertain, known, margin, right)
            )
    set_in = {
        line.number
        for block in blocks
        if all(
            line.number not in signed and _set_in_from_both_sides(line, margin, right)
            for line in block
        )
        for line in block
    }
    for line in measured:
        if not line.centred and line.number not in set_in:
            line.width = line.end


def _set_in_from_both_sides(line: _Line, margin: int, right: int) -> bool:
    """Whether ``line`` starts well in from the body's margin and ends well short of its right
    edge, its words one space apart: a title's line, never one of a paragraph or of an item's
    hanging lines, which run to the edge."""
    least_space = _CENTRED_INDENT_SHARE * (right - margin)
    return (
        line.end == line.indent + line.width
        and line.indent - margin >= least_space
        and right - line.end >= least_space
    )


def _wraps_a_centred_title(line: _Line, centred: _Line, margin: int, right: int) -> bool:
    """Whether ``line``, right above or below a centred line, is another line of its title,
    too long to show its own centring alone ("Information and communications technologies"
    above "for development"): set about the same middle, well in from both sides."""
    least_space = _CENTRED_INDENT_SHARE / 2 * (right - margin)
    return (
        line.end == line.indent + line.width
        and abs(line.indent + line.end - centred.indent - centred.end) <= 2 * _CENTRING_SLACK
        and line.indent - margin >= least_space
        and right - line.end >= least_space
    )


def _centred_in_the_column(line: _Line, margin: int, right: int) -> bool:
    """Whether ``line`` is set roughly in the middle of the body's column, from its margin to
    its right edge: indented well past the margin, further than a paragraph's first line or
    an item's hanging lines, and ending well short of the edge, where a symbol, a date or a
    page number set at the right edge ends. A table's row sets its cells apart by runs of
    spaces ("2024-2025          2026"); a title's words are one space apart."""
    left_space, right_space = line.indent - margin, right - line.end
    return (
        line.end == line.indent + line.width
        and left_space >= _CENTRED_INDENT_SHARE * (right - margin)
        and left_space <= _CENTRED_SIDES_RATIO * right_space
        and right_space <= _CENTRED_SIDES_RATIO * left_space
    )


def _pandoc_table_header(
    prepared: list[_Line], number: int, opened_at: int | None, *, after_blank: bool
) -> list[_Line] | None:
    """The header rows above a pandoc table's column rule ("-------- ------" at ``number``),
    or None when the rule makes no table: in a multiline table, the lines since the rule that
    opened it; in a simple one, the single line right above it with a blank line above that
    (none when the rule itself follows a blank line: a table without header)."""
    if opened_at is not None:
        return [line for line in prepared if line.number > opened_at]
    if after_blank:
        return []
    if prepared and prepared[-1].number == number - 1 and prepared[-1].after_blank:
        return [prepared[-1]]
    return None


def _md_table_caption(line: str, prepared: list[_Line], raw_lines: list[str], number: int) -> str:
    """The caption ``line`` (line ``number``) gives the table right above or below it, a blank
    line between or none, without its "Table:"; "" when it is none (": …" also opens a
    definition in a list of them)."""
    caption = _MD_TABLE_CAPTION_RE.match(line)
    if caption is None:
        return ""
    between = (
        [raw.strip() for raw in raw_lines[prepared[-1].number : number - 1]] if prepared else []
    )
    if (
        prepared
        and prepared[-1].table_row
        and len(between) <= 2
        # Only blank lines and the rules a table closes with (dropped) between them.
        and all(
            not raw or _MD_TABLE_RULE_RE.match(raw) or _MD_GRID_BORDER_RE.match(raw)
            for raw in between
        )
    ):
        return caption.group(1)
    at = number + 1 if number < len(raw_lines) and not raw_lines[number].strip() else number
    below = [raw.strip() for raw in raw_lines[at : at + 2]]
    if not below or not below[0]:
        return ""
    if (
        below[0][:1] == "|"
        or _MD_GRID_BORDER_RE.match(below[0])
        or _MD_COLUMN_RULE_RE.match(below[0])
        or (_MD_TABLE_RULE_RE.match(below[0]) and _opens_a_multiline_table(raw_lines, at + 1))
        or (at > number and len(below) > 1 and _MD_COLUMN_RULE_RE.match(below[1]))
    ):
        return caption.group(1)  # above a table (a simple one's header row, column rule)
    return ""


def _opens_a_multiline_table(raw_lines: list[str], number: int) -> bool:
    """Whether the rule of dashes at ``number`` opens a pandoc table: a column rule
    ("------- -----") follows its header rows within a few lines."""
    for raw in raw_lines[number : number + _MOST_TABLE_HEADER_LINES + 1]:
        if not raw.strip():
            return False
        if _MD_COLUMN_RULE_RE.match(raw.strip()):
            return True
    return False


def _read_as_table_row(line: _Line, raw_lines: list[str]) -> None:
    """A pandoc table's header row, read as a line of text before its column rule came."""
    text, _ = clean_inline(" ".join(raw_lines[line.number - 1].split()), markdown=True)
    line.text, line.view, line.width = text, marker_view(text), display_width(text)
    line.table_row, line.bullet, line.md_level = True, False, None
    line.header_title, line.junk, line.preamble_number = None, None, None


def _title_column_beside_symbol(raw: str) -> int:
    """The column where a running title starts on a -layout header line: after the symbol
    and the run of spaces that sets them apart ("A/RES/79/325        Terms of …"), or at the
    line's indent when the title comes first ("Terms of …        A/RES/79/325")."""
    printed = raw.lstrip()
    symbol, _, title = printed.partition(" ")
    if not names_a_document(symbol):
        return len(raw) - len(printed)
    return len(raw) - len(title.lstrip())


def _keep_rows_beside_symbols(lines: list[_Line]) -> None:
    """A symbol and a title far apart on one line ("A/RES/79/325          Artificial …") is a
    running header only where a page's header stands: at a page's top (the document's first
    lines, a form feed, or the page furniture just above or below it) or printed on several
    pages. Elsewhere it is the text's own row, a list of documents ("A/79/62         Report of
    the Secretary-General …") or a table's ("Access to information    ITU/UNESCO"): text, a
    table's row (one a line, in the paragraph whose colon introduces them) unless it opens with
    a marker ("2. Reports were issued by …   UNDP/ITU" is paragraph 2) or goes on with the
    sentence the line right above left unfinished ("…in particular to the session" + "of the
    Economic and Social Council …, under the symbol   E/CN.16/2025/2")."""
    printed = Counter(_header_key(line) for line in lines if line.header_title is not None)
    first_printed: dict[tuple[str, str | None], int] = {}
    for index, line in enumerate(lines):
        if line.header_title is not None:
            first_printed.setdefault(_header_key(line), index)
    heading_pages = {
        _header_key(line)
        for index, line in enumerate(lines)
        if line.header_title is not None and (line.page_top or _at_page_top(lines, index))
    }
    for index, line in enumerate(lines):
        key = _header_key(line)
        if line.header_title is None or key in heading_pages:
            continue
        # Printed again and again, the row may still be a list's: agenda annotations list
        # the same report under several items ("Documentation" + "A/79/1      Report of the
        # Secretary-General …"). A running header heads a page somewhere, or names the
        # document itself, as its masthead does.
        if printed[key] > 1 and _masthead_prints(lines, first_printed[key], key[0].split()):
            continue
        line.header_title, line.junk = None, None
        above = lines[index - 1] if index else None
        # A symbol opening the row below a caption ("文件" + "A/79/1        秘书长关于本组织工作
        # 的报告", as texts printed without blank lines set them) is a list's entry; below a
        # sentence ("…as set out in" + "A/79/62        Report of …") or a row's wrapped title it
        # goes on with that line.
        goes_on = (
            above is not None
            and not line.after_blank
            and not above.table_row
            and ends_open(above.text, comma_closes=False)
            and not (symbol_opens(line.text) and _is_caption(above))
        )
        line.table_row = not goes_on and not _opens_with_a_marker(line.view)


def _mark_abbreviation_rows(lines: list[_Line], raw_lines: list[str]) -> None:
    """A list of abbreviations printed as two columns ("AI    artificial intelligence" + "GDC
    Global Digital Compact", "AI      人工智能"), two rows or more one below the other, is a
    table's rows: text, one row a line, in the paragraph of the caption above them ("List of
    abbreviations", "缩略语"), never a heading nor a sentence running its rows together."""
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and _is_abbreviation_row(line, raw_lines[line.number - 1]):
            run.append(line)
            continue
        if len(run) >= _LEAST_ABBREVIATION_ROWS:
            for row in run:
                row.table_row = True
        run = []


def _mark_layout_table_rows(lines: list[_Line], raw_lines: list[str]) -> None:
    """A table pdftotext -layout prints below a paragraph's colon ("…composed as follows:" +
    "Regional group      Members" + "African States      8"), two rows or more one below the
    other, each with cells set apart by a run of three spaces or more, unpunctuated at its end
    and opening with no marker, is a table's rows: that paragraph's text, one row a line, as
    Word's text and Markdown give it, never a paragraph running its rows together."""
    for index, line in enumerate(lines):
        if not line.text.endswith(":"):
            continue
        run: list[_Line] = []
        # Read on from the line below by index, not from a copy of the rest: a text of many
        # colons would copy the rest of its lines at every one.
        for row_index in range(index + 1, len(lines)):
            row = lines[row_index]
            if (
                (run and (row.after_blank or row.number != run[-1].number + 1))
                or _LAYOUT_CELLS_RE.search(raw_lines[row.number - 1].strip()) is None
                or row.header_title is not None
                or row.junk
                or _opens_with_a_marker(row.view)
                or not ends_open(row.text, comma_closes=False)
            ):
                break
            run.append(row)
        if len(run) >= _LEAST_ABBREVIATION_ROWS:
            for row in run:
                row.table_row = True


def _is_abbreviation_row(line: _Line, raw: str) -> bool:
    """Whether a plain-text line is an abbreviation and its expansion set apart by a run of
    spaces: the abbreviation two capitals or more, no roman numeral or compilation's
    label ("IV      Findings", "PP1    Recalling …"); the expansion words one space apart (a
    table's row sets more cells apart), unpunctuated at its end, as no sentence is."""
    row = _ABBREVIATION_ROW_RE.match(raw.strip())
    if (
        row is None
        or line.header_title is not None
        or line.preamble_number is not None
        or line.printed is not None
        or _opens_with_a_marker(line.view)
        or not ends_open(line.text, comma_closes=False)
    ):
        return False
    abbreviation, expansion = row.groups()
    return (
        sum(char.isupper() or char.isdigit() for char in abbreviation) >= 2
        and _ROMAN_NUMERAL_RE.fullmatch(abbreviation) is None
        and any(char.isalpha() for char in expansion)
    )


def _is_caption(line: _Line) -> bool:
    """A list's caption alone on its line (``_reads_as_caption``), never an item ("(b)
    交流最佳做法，载于")."""
    return _reads_as_caption(line.text) and not _opens_with_a_marker(line.view)


def _reads_as_caption(text: str) -> bool:
    """A list's caption: a few words, no clause ("Documentation", "文件")."""
    return (
        len(text.split()) <= _CAPTION_WORDS
        and display_width(text) <= _CAPTION_WIDTH
        and not _CLAUSE_MARK_RE.search(text)
    )


def _ends_a_listed_document(node: _Node) -> bool:
    """Whether ``node`` is an entry of a list of documents under its caption, finished with its
    symbol ("Documentation" + "Report of the Secretary-General on artificial intelligence for" +
    "sustainable development (E/CN.16/2026/2)"): the next document begins on a line of its own
    ("Report of the Secretary-General on data governance (E/CN.16/2026/3)"), not in its title.
    Prose under a heading is set a blank line below it, and a wrapped sentence may break after a
    symbol ("…报告（E/CN.16/2026/2）" + "所载建议。"): it goes on as before."""
    return (
        node.parent is not None
        and node.line == node.parent.line + 1
        and _is_a_listed_document(node)
    )


def _captions_documents(node: _Node) -> bool:
    """Whether ``node`` is the caption of a list of documents by its word ("Documentation",
    "文件"): a plain heading, whatever its entries end with."""
    return (
        node.kind == "heading"
        and node.plain
        and node.key is None
        and _DOCUMENTS_CAPTION_RE.fullmatch(node.title) is not None
    )


def _is_a_listed_document(node: _Node) -> bool:
    """Whether ``node`` is a text under a short caption ("Documentation", "文件") that its
    document's symbol in brackets closes ("Report of the Secretary-General … (A/82/65)"): an
    entry of a list of documents, right below the caption or further down it."""
    caption = node.parent
    return (
        node.kind == "text"
        and caption is not None
        and caption.kind == "heading"
        and caption.plain
        and caption.key is None
        and _reads_as_caption(caption.title)
        and ends_with_a_cited_symbol(node.text)
    )


def _masthead_prints(lines: list[_Line], below: int, symbols: list[str]) -> bool:
    """Whether the masthead, the first lines above ``below``, prints one of ``symbols``."""
    masthead = lines[: min(below, _MASTHEAD_LINES)]
    return any(symbol in line.text.split() for line in masthead for symbol in symbols)


def _mark_headers_one_space_apart(lines: list[_Line]) -> None:
    """A symbol and a short title one space apart ("A/RES/79/1 The Pact for the Future", odd
    pages "The Pact for the Future A/RES/79/1") is a running header when two lines print it
    (either order), or one prints the title the first page printed (wrapped or not), and one
    of them touches the page's furniture: a form feed, or the page's number, job number or
    barcode right above or below it ("2/56 24-27264"). Elsewhere, a list's "A/79/62 Report of
    the Secretary-General", a heading ending in a symbol or a wrapped sentence, it is the
    text's own."""
    candidates: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if line.md_level is not None or line.table_row or line.header_title is not None:
            continue
        if len(line.text) > _LONGEST_HEADER_ON_ONE_LINE or _is_junk_line(line):
            continue
        title = title_beside_symbol(line.text)
        if title is not None:
            candidates.append((index, title))

    def key(index: int, title: str) -> tuple[str, str]:
        symbols = " ".join(t for t in lines[index].text.split() if names_a_document(t))
        return symbols, title

    printed = Counter(key(index, title) for index, title in candidates)
    confirmed: set[tuple[str, str]] = set()
    for index, title in candidates:
        neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
        if lines[index].page_top or any(
            _is_junk_line(neighbour) and not names_a_document(neighbour.text)
            for neighbour in neighbours
        ):
            confirmed.add(key(index, title))
    for index, title in candidates:
        # Printed on one page only, the line may as well be the text's own: a heading ending
        # in a symbol ("A. Draft resolution A/C.2/79/L.15") or a wrapped line of a sentence
        # citing one, both of which can touch a page's number. A running header repeats, or
        # repeats the title the first page printed above it, or opens with its symbol right
        # beside the page's foot.
        if (
            key(index, title) in confirmed
            and (printed[key(index, title)] > 1 or _first_page_prints(lines, title, index))
        ) or _opens_above_a_page_foot(lines, index):
            lines[index].junk, lines[index].header_title = True, title


def _opens_above_a_page_foot(lines: list[_Line], header: int) -> bool:
    """A symbol and a title printed once ("A/RES/78/265 Seizing the opportunities of safe,
    secure and trustworthy …") are a running header still, as a copy of a few pages prints it,
    where the symbol opens the line and is the document's own (its first page prints it), the
    page's foot (its job number beside its number,
    "24-07993 3/8") is right above or below it and the text above the page break is finished
    ("(b) Encourage feedback;"). Ending in the symbol, the line may be a heading or a wrapped
    line ("A. Draft resolution A/C.2/79/L.15", "…contained in document A/79/62"); below an
    unfinished line, a wrapped line citing one ("…载于" + "A/79/62 中的建议，"); below a
    lead-in's colon ("…had before it the following document:"), beside the nearest text's own
    symbol and title, or bulleted, an entry of a list of documents ("A/79/62 Report of the
    Secretary-General", "- A/79/62 …"): text, all of them."""
    line = lines[header]
    if line.bullet or not symbol_opens(line.text):
        return False
    # A running header names the document itself, as its first page does; a list's entry
    # beside the page's foot names another ("E/2025/39 Report of the High-level Committee …").
    if not _masthead_prints(lines, header, line.text.split(maxsplit=1)[:1]):
        return False
    neighbours = lines[max(0, header - 1) : header] + lines[header + 1 : header + 2]
    if not any(is_page_foot(neighbour.text) for neighbour in neighbours):
        return False
    for step in (-1, 1):
        index = header + step
        while 0 <= index < len(lines) and _is_junk_line(lines[index]):
            index += step
        if not 0 <= index < len(lines):
            continue
        text = lines[index].text
        if (
            step < 0
            and (ends_open(text, comma_closes=True) or _INTRODUCES_A_QUOTATION_RE.search(text))
        ) or (symbol_opens(text)):
            return False
    return True


def _first_page_prints(lines: list[_Line], title: str, header: int) -> bool:
    """Whether the first page, above ``header``, prints ``title`` whole, alone or after its
    resolution number ("79/1. The Pact for the Future"): on one line, or wrapped over a few
    lines one right below the other ("79/200. Information and communications technologies
    for" + "sustainable development"), as a title wider than the page is printed."""
    wanted = _compact(title)
    first_page = lines[: min(header, _FIRST_PAGE_LINES)]
    for start, line in enumerate(first_page):
        printed = ""
        for below in first_page[start : start + _MOST_RUNNING_TITLE_LINES]:
            if below is not line and (below.after_blank or _is_junk_line(below)):
                break
            printed += _compact(below.text)
            if printed.endswith(wanted) and _TITLE_PREFIX_RE.match(printed[: -len(wanted)]):
                return True
            if len(printed) >= len(wanted) + _LONGEST_TITLE_PREFIX:
                break
    return False


def _header_key(line: _Line) -> tuple[str, str | None]:
    """A running header as pages print it, symbol first or last: its symbols and title."""
    symbols = " ".join(sorted(token for token in line.text.split() if names_a_document(token)))
    return symbols, line.header_title


def _mark_page_tops(lines: list[_Line], page_tops: list[int]) -> None:
    """Marks the first line read on each page, whatever blank or dropped lines opened it."""
    read_above = 0
    for line in lines:
        following = bisect.bisect_right(page_tops, read_above)
        line.page_top = following < len(page_tops) and page_tops[following] <= line.number
        read_above = line.number


def _next_text_below(raw_lines: list[str], number: int) -> str:
    """The next line with text below line ``number`` (counted from 1), stripped; "" at the end."""
    return next(
        (raw.strip() for raw in itertools.islice(raw_lines, number, None) if raw.strip()), ""
    )


# A paragraph's name alone on its line, its text right below: "Paragraph 2", "第二段", "第 2 段".
_PARAGRAPH_NAMED_RE = re.compile(
    rf"^(?:Paragraph\s+(\d{{1,3}})|第\s*(\d{{1,3}}|[{_CN}]{{1,4}})\s*段)$"
)


def _paragraph_named_above_its_text(text: str, raw_lines: list[str], number: int) -> str | None:
    """The number of a paragraph whose name is alone on line ``number``, its text on the next
    line ("Paragraph 2" + "We recognize …", "第二段" + "我们认识到…"): "2". None for a line
    that names no paragraph, or names one over no text of its own (a blank line, a numbered
    line or a Markdown heading below)."""
    named = _PARAGRAPH_NAMED_RE.match(marker_view(text))
    if named is None or number >= len(raw_lines) or not raw_lines[number].strip():
        return None
    below = raw_lines[number].strip()
    if _opens_with_a_marker(marker_view(below)) or _MD_HEADING_RE.match(below):
        return None
    if named.group(1):
        return named.group(1)
    value = chinese_value(named.group(2)) if not named.group(2).isdigit() else int(named.group(2))
    return str(value) if value else None


def _struck_line_below(raw_lines: list[str], number: int) -> bool:
    """Whether the next line with text below line ``number`` opens struck through ("~~…"),
    and not at a number of its own ("~~OP4. Decide …~~")."""
    below = _next_text_below(raw_lines, number)
    return below.startswith("~~") and _BRACKETED_MARKER_RE.match(below) is None


# What an operative paragraph opens with: a verb in the third person ("Welcomes the", "Calls
# upon", not "Progress made"), "We" and a verb, or a Chinese operative verb.
_OPERATIVE_OPENING_RE = re.compile(
    r"We\s+[a-z]|[A-Z][a-z]+(?<!s)s\s+[a-z]"
    r"|(?:我们)?(?:决定|请|欢迎|鼓励|敦促|呼吁|促请|吁请|要求|邀请|注意到|强调|重申|确认|赞赏"
    r"|核可|赞同|通过|授权|建议|同意|表示|承诺|支持)"
)


def _numbers_an_operative_sentence(heading: str) -> bool:
    """Whether a Markdown heading's words are an operative paragraph, its number first: a
    sentence ending with ";" or "." (full width too) that opens with an operative verb or is
    longer than a title ("### 1. Welcomes the progress made;", "### 1. 欢迎取得的进展；"). A
    title ("## 1. Scope") ends unpunctuated."""
    numbered = _NUMBER_RE.match(marker_view(clean_inline(heading, markdown=True)[0]))
    if numbered is None:
        return False
    words = numbered.group(2).rstrip("\"'”’)）")
    return words.endswith((";", ".", "；", "。")) and (
        _OPERATIVE_OPENING_RE.match(words) is not None
        or display_width(words) > 2 * _MAX_NUMBERED_TITLE_WIDTH
    )


def _numbers_the_text_below(heading: str, raw_lines: list[str], number: int) -> bool:
    """Whether a Markdown heading is a paragraph's number alone ("### 1."), its text the next
    line below, a blank line between or none, as a web copy sets it: a line of text, not a
    heading, a list's entry, a table or another number."""
    numbered = _NUMBER_RE.match(heading)
    if numbered is None or numbered.group(2):
        return False
    below = _next_text_below(raw_lines, number)
    return (
        below != ""
        and _MD_HEADING_RE.match(below) is None
        and _MD_BOLD_LINE_RE.match(below) is None
        and _MD_BULLET_RE.match(below) is None
        and not below.startswith("|")
        and not _opens_with_a_marker(marker_view(clean_inline(below, markdown=True)[0]))
    )


def _alternative_number_first(text: str, prepared: list[_Line], *, after_blank: bool) -> str:
    """ "Alt 4. …" as "4 alt. …" ("备选案文 4. …" as "4 备选案文. …"), the paragraph's number
    first, unless it numbers an alternative in a paragraph's list of them: "Alt 2: …" below "2.
    Alt 1: …", "Alt 1: …" opening one, or "Alt 2: …" right below paragraph 2, no blank line
    between, its first alternative being the paragraph itself. Bracketed whole with its stop,
    "[Alt 4. …]" is "4 alt. […]", as "[8. Decides …]" is "8. [Decides …]"; "[Alt 2: …]" stays a
    line of the paragraph's list. Where the numbering has no place for it, the line keeps its
    text as printed."""
    bracket = text[:1] if text[:1] in "[［" and text.rstrip().endswith(("]", "］")) else ""
    unbracketed = text[len(bracket) :]
    alternative = _ALTERNATIVE_BEFORE_ITS_NUMBER_RE.match(unbracketed)
    if alternative is None:
        return text
    word, number, stop = alternative.group(1), int(alternative.group(2)), alternative.group(3)
    if stop in ":：" and (bracket or number == 1 or not after_blank):
        return text
    if prepared and re.search(
        rf"(?:\bAlt\.?|{_CHINESE_ALTERNATIVE})\s*{number - 1}\b", prepared[-1].text, re.I
    ):
        return text
    printed = "alt" if word[:1] in "Aa" else word
    return f"{number} {printed}. {bracket}{unbracketed[alternative.end() :]}"


def _negotiation_number_first(text: str) -> str:
    """A compilation's number spelled otherwise, put as "OP4." or "PP1 alt" first: "[OP4
    deleted]" -> "OP4. [deleted]" (numbered as the paragraph it stands for), "Alt OP2 We …" ->
    "OP2 alt We …", "PP1 (alt) Recalling …" -> "PP1 alt Recalling …", "OP2 (bis)" or "OP2.bis"
    -> "OP2 bis", "NEW OP2 bis. …" -> "OP2 bis. …", "[PP1 bis] Recalling …" -> "PP1 bis
    Recalling …", "[PP2 Recalling …,]" -> "PP2 [Recalling …,]", "[执行部分第 4 段删除]" -> "OP4.
    [删除]"."""
    first = text[:1]
    if first not in _NEGOTIATION_NUMBER_FIRSTS:
        return text
    if first in "Nn" and (new := _NEW_NUMBER_FIRST_RE.match(text)):
        text = text[new.end() :]
        first = text[:1]
    if first in "[［":
        if gone := _GONE_PARAGRAPH_RE.match(marker_view(text)):
            number, what = text[gone.start(1) : gone.end(1)], text[gone.start(2) : gone.end(2)]
            return f"{number}. [{what.strip()}]"
        if gone := _CHINESE_GONE_PARAGRAPH_RE.match(marker_view(text)):
            insertion = gone.group(3) or gone.group(4)
            number = f"{_CHINESE_PART_PREFIXES[gone.group(1)]}{gone.group(2)}"
            number += f" {insertion}" if insertion else ""
            return f"{number}. [{text[gone.start(5) : gone.end(5)]}]"
        if bracketed := _BRACKETED_NUMBER_FIRST_RE.match(marker_view(text)):
            text = f"{text[bracketed.start(1) : bracketed.end(1)]} {text[bracketed.end() :]}"
            first = text[:1]
        elif bracketed := _NUMBER_BRACKETED_WITH_ITS_TEXT_RE.match(marker_view(text)):
            number = text[bracketed.start(2) : bracketed.end(2)]
            text = f"{number} {text[: bracketed.end(1)]}{text[bracketed.end() :]}"
            first = text[:1]
    if first in "Aa" and (alternative := _ALTERNATIVE_FIRST_RE.match(text)):
        return f"{alternative.group(1)} alt {text[alternative.end() :]}"
    if first in "OoPp" and (apart := _INSERTION_APART_RE.match(text)):
        return f"{apart.group(1)} {apart.group(2) or apart.group(3)} {text[apart.end() :]}".rstrip()
    return text


def _label_goes_on_a_chinese_sentence(above: str, labelled: str, read: str) -> bool:
    """Whether a compilation's label opening a line is a reference in the Chinese sentence the
    line above left open: that line stops at an ideograph, and what follows the label (and its
    sponsors in parentheses) opens with a word no sentence opens with ("…包括对" +
    "PP2（77国集团和中国）的修正建议，"), where a paragraph so labelled opens with its own
    words ("PP2（77国集团和中国）又回顾…"). ``read``: the line as ``_negotiation_numbers_read``
    reads it."""
    if not above or not "\u4e00" <= above[-1] <= "\u9fff":
        return False
    rest = _LEADING_SPONSORS_RE.sub("", read, count=1)
    return rest != labelled and rest[:1] in _CHINESE_NON_OPENING_WORDS


_LEADING_SPONSORS_RE = re.compile(rf"^\s*{_DELEGATION_TAG}\s*")


def _negotiation_numbers_read(text: str) -> str:
    """Negotiation numbering as plain markers (matched on the marker view, so full-width forms
    count): "[8. Decides …]" -> "8. [Decides …]", "OP1 Decides" -> "1. Decides", "PP2 Recalling"
    -> "Recalling"."""
    if text[:1] not in _NEGOTIATION_OPENERS:
        return text
    if stopped := _HEADING_NUMBER_BEFORE_ITS_STOP_RE.match(marker_view(text)):
        number, stop = (
            text[stopped.start(1) : stopped.end(1)],
            text[stopped.start(2) : stopped.end(2)],
        )
        text = f"{number}{stop} {text[stopped.end() :]}"
    if bracketed := _BRACKETED_MARKER_RE.match(view := marker_view(text)):
        marker = text[bracketed.start(2) : bracketed.end(2)]
        closing = _CLOSING_MARKS[bracketed.group(1)]
        if view.startswith(closing, bracketed.end()):
            # "[11.] We decide …": the number alone is bracketed, as "[10] …" is; no marks
            # are left to keep around the text.
            text = f"{marker} {text[bracketed.end() + len(closing) :].lstrip()}"
        else:
            text = f"{marker} {bracketed.group(1)}{text[bracketed.end() :]}"
    view = marker_view(text)
    if operative := _OPERATIVE_PREFIX_RE.match(view):
        return f"{text[operative.start(1) : operative.end(1)]}. {text[operative.end() :]}".rstrip()
    if preambular := _PREAMBULAR_NUMBER_RE.match(view):
        return text[preambular.end() :]
    return text


def _printed_preamble_number(preambular: re.Match[str] | None) -> str | None:
    """ "PP2 bis" -> "2bis", "PP1 alt" -> "1alt", "PP3" -> "3"."""
    if preambular is None:
        return None
    printed = preambular.group(1)
    digits = _leading_digits(printed)
    return digits + _insertion_suffix(printed[len(digits) :].strip())


def _leading_digits(text: str) -> str:
    return text[: len(text) - len(text.lstrip("0123456789"))]


def _marks_a_page_note(line: str, prepared: list[_Line], raw_lines: list[str], number: int) -> bool:
    """Whether a Markdown line CommonMark reads as a list's one entry, "* A/79/150.", "*
    Reissued for technical reasons on 2 May 2025.", is the page's unnumbered note that a line
    above calls with its mark ("Report of the Secretary-General\\*", "临时议程\\*项目 13"), as
    in plain text: a note's sentence closed by its stop, alone, where a list of documents prints
    their symbols one below the other ("* A/79/150" + "* E/CN.16/2025/2")."""
    neighbours = raw_lines[max(number - 2, 0) : number - 1] + raw_lines[number : number + 1]
    return (
        line[:1] == "*"
        and line.rstrip()[-1:] in (".", "。")
        and is_asterisk_note(line)
        and not any(_MD_BULLET_RE.match(neighbour) for neighbour in neighbours)
        and any("*" in above.text for above in prepared)
    )


def _titles_a_letters_annex(line: _Line) -> bool:
    """ "Annex to the letter dated … addressed to the Secretary-General" / "…给秘书长的信的附件":
    the title of what a letter transmits, which begins below it."""
    return _names_a_letters_annex(line.text, line.view)


def _names_a_letters_annex(text: str, view: str) -> bool:
    """Whether a line, as read and in its marker view, titles a letter's annex: see
    ``_titles_a_letters_annex``."""
    return (
        _LETTER_ANNEX_RE.match(view) is not None
        or _CN_LETTER_ANNEX_RE.search(text[-_TAIL:]) is not None
    )


def _text_bullet(line: str, prepared: list[_Line], raw_lines: list[str], number: int) -> str | None:
    """A bullet in plain text, as Word and PDF extraction print lists: "• Item", pdftotext's
    private-use glyphs; "- Item" or "– Item", "(1) Item", "① Item" or "Option 1: …" only below
    a line ending with a colon or another bullet, the bullet's wrapped lines between or not
    (elsewhere a dash opens a wrapped line: "– including women"),
    and a dash's also above another item the same dash opens ("Domestic public resources" +
    "- Strengthening tax administration" + "- Combating illicit financial flows"), as no
    sentence wraps twice at a dash; Word's "o" where a list shows it is one
    (``_letter_o_bullet``). A figure dash or "■" right below a line a sentence left running is
    read as a dash is (``_glyph_goes_on_a_sentence``). The item's text, or None."""
    above = prepared[-1] if prepared else None
    dash_re = _TEXT_DASH_BULLET_RE
    dash: re.Match[str] | None
    if glyph := _TEXT_BULLET_RE.match(line):
        if line[:1] not in _SENTENCE_GLYPHS or not _glyph_goes_on_a_sentence(
            glyph.group(1), prepared, raw_lines, number
        ):
            return glyph.group(1)
        dash, dash_re = glyph, _TEXT_BULLET_RE
    elif letter_o := _letter_o_bullet(line, above, raw_lines, number):
        return letter_o
    elif (labelled := _TEXT_DASH_LABELLED_RE.match(line)) and _LABELLED_ITEM_RE.match(
        marker_view(labelled.group(1))
    ):
        # "- (a) …", "– （b）…": a dash carrying an item's label is that item, wherever it
        # stands, as in Markdown; no sentence wraps at a dash right before a list's marker.
        return labelled.group(1)
    else:
        dash = _TEXT_DASH_BULLET_RE.match(line)
    if dash:
        # The next line that is not blank, below line ``number`` (counted from 1).
        below = next((raw.strip() for raw in raw_lines[number : number + 3] if raw.strip()), "")
        if (
            below[:1] == line[:1]
            and (below_dash := dash_re.match(below))
            and _dashes_open_items(
                raw_lines[number - 2].strip() if number >= 2 else "",
                dash.group(1),
                below_dash.group(1),
            )
        ):
            return dash.group(1)
    # Only a dash or a number can open an item here: the look above is for them alone.
    numbered = dash is None and _NUMBERED_ITEM_RE.match(line) is not None
    if not (dash or numbered) or not _below_a_lead_in_or_an_item(prepared):
        return None
    if dash:
        return dash.group(1)
    return line  # "(1) …", "① …": the number stays, as a list's "1. …" inside a paragraph


def _glyph_goes_on_a_sentence(
    item: str, prepared: list[_Line], raw_lines: list[str], number: int
) -> bool:
    """Whether a line opened by a figure dash or "■" (line ``number``, counted from 1, its text
    ``item``) may go on with the sentence the line right above it left running, to be read as
    "– …" is there (``_text_bullet``: "…and that its outputs" + "‒ notably the IGF Messages ‒
    had grown …" is one sentence, "‒ Domestic resources" + "‒ Partnerships" a list): no blank
    line between, that line unfinished and the item not opening as an entry does
    (``_dashes_open_items``: in lower case, or, in a script without capitals, below a line
    reaching the text's width), nor set as a bullet is, indented deeper than the words of the
    line above or below an item its glyph opened a few lines up, no blank line between ("■ the
    strengthening of national" + "capacities" + "■ financing"). Elsewhere (below a blank line,
    a colon, a finished line) it opens an item."""
    if number < 2 or not prepared:
        return False
    running = raw_lines[number - 2]
    if not running.strip() or running.strip().endswith(_FINISHED_LINE_ENDS):
        return False
    if item[:1].isupper() or item[:1].islower():
        if _dashes_open_items(running.strip(), item, item):
            return False
    elif display_width(running.rstrip()) < _FULL_FRACTION * max(
        display_width(raw.rstrip()) for raw in raw_lines
    ):
        return False  # no capitals to tell: only a line as wide as the text was wrapped
    raw = raw_lines[number - 1]
    words = _WORDS_COLUMN_RE.match(running)
    if words and len(raw) - len(raw.lstrip()) >= words.end() + _NESTED_INDENT:
        return False
    # The item the lines right above belong to, the nearest bullet among them: one the same
    # glyph opened is this one's sibling.
    below = number
    for line_above in itertools.islice(reversed(prepared), _LONGEST_ITEM_LINES):
        if below - line_above.number > 1:
            break
        if line_above.bullet:
            return line_above.glyph != raw.lstrip()[:1]
        below = line_above.number
    return True


# The most lines an item of a bulleted list is wrapped to, as far as its sibling looks up.
_LONGEST_ITEM_LINES = 4


def _letter_o_bullet(
    line: str, above: _Line | None, raw_lines: list[str], number: int
) -> str | None:
    """ "o   digital skills": Word's second-level bullet, an item only where a list shows it is
    one: beside another line so opened at the same indent, blank lines apart or none ("o
    Capacity-building …" + "o Investment …"), or, set off by the spaces pdftotext -layout
    prints for the tab after a bullet, indented deeper than a bullet or a line ending with a
    colon right above it ("•   …including through:" + "    o   digital skills programmes;"). A
    lone "o" opening a wrapped line elsewhere is a word ("•   Fortalecer la cooperación
    internacional" + "    o regional"). The item's text, or None."""
    item = _LETTER_O_BULLET_RE.match(line)
    if item is None:
        return None
    raw = raw_lines[number - 1]
    indent = len(raw) - len(raw.lstrip())
    if (
        above is not None
        and len(item.group(1)) > 1
        and indent >= above.indent + _NESTED_INDENT
        and (above.bullet or _introduces_list(above.text))
    ):
        return item.group(2)
    # The nearest lines that are not blank, above and below line ``number`` (counted from 1).
    above_it = [other for other in raw_lines[max(number - 4, 0) : number - 1] if other.strip()]
    below_it = [other for other in raw_lines[number : number + 3] if other.strip()]
    beside = above_it[-1:] + below_it[:1]
    if any(
        _LETTER_O_BULLET_RE.match(other.strip()) and len(other) - len(other.lstrip()) == indent
        for other in beside
    ):
        return item.group(2)
    return None


def _site_menu_entries(nodes: list[_Node]) -> set[int]:
    """Ids of the bullets, after the last numbered paragraph, that are a web page's menu or
    footer: a list of two or more entries each a name of a few words, no digit and no
    punctuation, one of them at least a site's own (``_WEB_FURNITURE_RE``: "Follow us" + "-
    Facebook" + "- Instagram", "- Contact" + "- Privacy notice" + "- Terms of use", "联系我们").
    A list whose entries say something ("• Prepare the report of the Forum", "• Scale up
    financing", "- A/HRC/58/41") is the text's."""
    bullets = [node.text if node.kind == "text" and node.bullet else None for node in nodes]
    return {id(nodes[index]) for index in _site_menu_indexes(bullets)}


def _site_menu_indexes(bullets: list[str | None]) -> set[int]:
    """The indexes of the runs of bullets (the texts; None for anything else) that list a
    site's menu (``_lists_a_site_menu``)."""
    menu: set[int] = set()
    run: list[int] = []
    for index, bullet in enumerate([*bullets, None]):
        if bullet is not None:
            run.append(index)
            continue
        if _lists_a_site_menu([bullets[entry] or "" for entry in run]):
            menu.update(run)
        run = []
    return menu


def _lists_a_site_menu(entries: list[str]) -> bool:
    """Whether a list's entries are a site's menu (see ``_site_menu_entries``)."""
    return (
        len(entries) >= 2
        and all(_names_a_menu_entry(text) for text in entries)
        and any(_WEB_FURNITURE_RE.match(text) for text in entries)
    )


def _names_a_menu_entry(text: str) -> bool:
    """A site's menu entry: "Privacy notice", "X (Twitter)", "使用条款"; at most three words,
    four ideographs, with no digit and no punctuation of a sentence."""
    if not text or any(ch.isdigit() for ch in text) or re.search(r"[.,;:!?。，；：！？、]", text):
        return False
    if is_cjk(text[0]):
        return len(text) <= 4
    return len(text.split()) <= 3


def _room_for_first_word(line: _Line, following: _Line) -> bool:
    """Whether ``line`` stops short of ``following`` by room for its first word (an ideograph in
    Chinese) and the space before it: no wrap broke ``line`` there."""
    first = following.text.split(maxsplit=1)[0]
    return line.width + 1 + display_width(first[:1] if is_cjk(first[0]) else first) <= (
        following.width
    )


def _is_worded_as_a_note(text: str) -> bool:
    """A note's text as UN documents word one: it cites a document ("A/79/62.", "Resolution
    70/1.") or opens with "See", "Voir", "Véase", "Ibid." or a link."""
    return _CITING_NOTE_RE.match(text) is not None or _FOOTNOTE_OPENING_RE.match(text) is not None


def _few_hidden_references(proven: int, hidden: int) -> bool:
    """Whether a block of notes with ``proven`` numbers the text shows as references and
    ``hidden`` ones it does not is one: all shown, or one hidden among at least two shown."""
    return hidden == 0 or (hidden == 1 and proven >= 2)


# A heading's label and the stop or "、" after it, the title beginning after any spaces (but no
# further number: "III.1 VALUES" is numbered "III.1").
_LABEL_SEPARATOR_RE = re.compile(r"([.．、])\s*(?=[^\d\s])")


def _path_entry(title: str, label: str | None) -> str:
    """A heading as ``heading_path`` holds it: its label, its stop as printed and its title,
    whatever spaces the copy set after that stop: one after an ASCII "." in every language
    ("A. 背景" for "A.背景", "II. Scope" for "II.Scope"), none after the full-width "．" or the
    Chinese "、", as Chinese sets none after its punctuation ("B．范围" for "B．  范围",
    "行动１．我们将…", "一、导言" for "一、 导言")."""
    if not label or not title.startswith(label):
        return title
    separator = _LABEL_SEPARATOR_RE.match(title, len(label))
    if separator is None:
        return title
    stop = separator.group(1)
    apart = ". " if stop == "." else stop
    return f"{label}{apart}{title[separator.end() :]}"


def _below_a_preambles_comma(node: _Node) -> bool:
    """Whether ``node``, right above a heading before paragraph 1, is a declaration's "We, …," or
    a preambular paragraph ending with its comma (not the chapeau): the heading below heads a
    part of that text ("Recognizing …," + "Primary health care" + "1. …"), never its title."""
    if node.kind != "text" or node.chapeau or node.dropped:
        return False
    if node.printed_pp is not None:
        # A compilation's "PP2 …" is preambular by its number, however it ends ("…
        # capacity-building (agreed ad ref)").
        return True
    text = _own_text(node)
    # A note's reference glued after the comma ("…of the Secretary-General,1") leaves it one.
    text = remove_glued_markers(text, frozenset(candidate_glued_markers(text)))
    return _ends_at_a_comma(text)


def _dashes_open_items(above: str, first: str, second: str) -> bool:
    """Whether two lines each opened by the same dash are a list's items, not a sentence's
    paired dashes wrapped at them ("…noted that the three criteria" + "– income per capita, …
    index" + "– had been met by …"): below a blank line or a finished line they are; right below
    a line left running, only if both items open as entries do, not in lower case ("Domestic
    public resources" + "- Strengthening tax administration" + "- Combating …")."""
    if not above or above.endswith(_FINISHED_LINE_ENDS):
        return True
    return not first[:1].islower() and not second[:1].islower()


_FINISHED_LINE_ENDS = (".", ";", ":", "!", "?", "。", "；", "：", "！", "？")


def _is_numbered_item(text: str, prepared: list[_Line]) -> bool:
    """ "(1) …" or "① …" below a line ending with a colon or another item: an item of the list
    that line opened (in Markdown too, which has no such list), never a paragraph's number."""
    return _NUMBERED_ITEM_RE.match(text) is not None and _below_a_lead_in_or_an_item(prepared)


def _below_a_lead_in_or_an_item(prepared: list[_Line]) -> bool:
    """Whether the line read next is below a lead-in's colon or a list's item, a blank line
    between or not: right below the colon, or below the item's own line or its wrapped ones
    ("(1) by 2030, … reviewed" + "at the Forum;" + "(2) …", "Option 1: …" + "…;" + "Option
    2: …"), as a list's next item is wherever the one above it ended. A paragraph whose text
    opens as such an item is its first ("2. Alt 1: …" + "Alt 2: …")."""
    if prepared and _introduces_list(prepared[-1].text):
        return True
    for line in reversed(prepared[-_MOST_WRAPPED_ITEM_LINES:]):
        if line.bullet:
            return True
        if line.after_blank or line.md_level is not None:
            return False
        if _opens_with_a_marker(line.view):
            numbered = _NUMBER_RE.match(line.view)
            return numbered is not None and _opens_as_an_item(numbered.group(2))
    return False


def _opens_as_an_item(text: str) -> bool:
    """Whether a paragraph's text opens as a list's numbered item or a draft's alternative does,
    in brackets or not ("2. Alt 1: …", "2. [Alt 1: …", "2. (1) …"): its first, the next going on
    with the paragraph ("Alt 2: …")."""
    return _NUMBERED_ITEM_RE.match(text.lstrip("[［")) is not None


def _bracketed_note_numbers(content: str) -> frozenset[str]:
    """Plain-text copies of Word documents (pandoc's plain writer, "Save as text") print note
    references as "[1]" glued to the text ("resolution 70/1,[1]") and the notes as "[1] …"
    lines: the numbers printed both ways are notes, read as ``<sup>`` ones are."""
    referenced = set(_BRACKETED_NOTE_REFERENCE_RE.findall(content))
    if not referenced:
        return frozenset()
    noted = _BRACKETED_NOTE_LINE_RE.findall(content)
    notes = referenced.intersection(noted)
    # A note whose reference the copy lost ("[2] See A/79/1." below "[1] …", no "[2]" in the
    # text) is one still where it runs on from, or up to, a note printed both ways.
    for run, step in ((noted, 1), (noted[::-1], -1)):
        for previous, number in pairwise(run):
            if previous in notes and int(number) == int(previous) + step:
                notes.add(number)
    return frozenset(notes)


def _bracketed_notes_as_sup(line: str, numbers: frozenset[str]) -> str:
    def as_sup(match: re.Match[str]) -> str:
        number = match.group(1)
        return f"<sup>{number}</sup>" if number in numbers else match.group()

    line = _BRACKETED_NOTE_START_RE.sub(as_sup, line, count=1)
    return _BRACKETED_NOTE_REFERENCE_RE.sub(as_sup, line)


def _runs_of_text_lines(raw_lines: list[str], footnote_lines: set[int]) -> Iterator[list[int]]:
    """The indexes of each run of two Markdown text lines or more, a paragraph's wrapped lines:
    no blank line, heading, fence, table row, separator or note among them."""
    run: list[int] = []
    for index in range(len(raw_lines) + 1):
        raw = raw_lines[index] if index < len(raw_lines) else ""
        stripped = raw.strip()
        if (
            stripped
            and index + 1 not in footnote_lines
            and not _MD_HEADING_RE.match(raw)
            and not _MD_FENCE_RE.match(stripped)
            and not stripped.startswith("|")
            and not is_separator(stripped)
        ):
            run.append(index)
            continue
        if len(run) > 1:
            yield run
        run = []


def _emphasis_wrapped_over_lines(raw_lines: list[str], footnote_lines: set[int]) -> set[int]:
    """Emphasis wraps with its paragraph's lines in Markdown (CommonMark pairs it across line
    breaks); ``emphasis_across_lines`` reads it in each run of text lines, rewriting
    ``raw_lines`` in place. Returns the numbers of the lines merged into the line above."""
    merged: set[int] = set()
    for run in _runs_of_text_lines(raw_lines, footnote_lines):
        if sum(1 for i in run if "*" in raw_lines[i] or "_" in raw_lines[i]) > 1:
            lines, joined = emphasis_across_lines([raw_lines[i] for i in run])
            for i, line in zip(run, lines, strict=True):
                raw_lines[i] = line
            merged.update(run[position] + 1 for position in joined)
    return merged


def _links_wrapped_over_lines(raw_lines: list[str], footnote_lines: set[int]) -> None:
    """A link or span whose text pandoc wrapped with its paragraph's lines ("[report of the" +
    "Secretary-General](https://…)", "[that" + "request]{.underline}") is read as its text, as
    on one line: ``links_across_lines`` rewrites ``raw_lines`` in place, each line keeping its
    own words."""
    for run in _runs_of_text_lines(raw_lines, footnote_lines):
        if any("[" in raw_lines[i] for i in run[:-1]):
            lines = links_across_lines([raw_lines[i] for i in run])
            for i, line in zip(run, lines, strict=True):
                raw_lines[i] = line


def _conference_chapeaux_unwrapped(raw_lines: list[str]) -> set[int]:
    """An ITU resolution's chapeau wrapped before its place and year, as a page's width breaks
    it ("The Plenipotentiary Conference of the International Telecommunication Union" +
    "(Bucharest, 2022),"), is read on one line, as the Chinese one fits on it: ``raw_lines`` is
    rewritten in place. Returns the numbers of the lines merged into the line above."""
    merged: set[int] = set()
    for index, (upper, lower) in enumerate(pairwise(raw_lines)):
        if not lower.lstrip().startswith("(") or not upper.strip():
            continue
        joined = f"{upper.rstrip()} {lower.strip()}"
        if is_chapeau(joined.strip()) and names_a_conference_met(joined.strip()):
            raw_lines[index] = joined
            merged.add(index + 2)
    return merged


# The most lines a chapeau saying where and when its body met wraps over: UNESCO's full name, its
# place, dates and session fill three.
_MOST_CHAPEAU_LINES = 3


def _chapeaux_met_unwrapped(raw_lines: list[str]) -> set[int]:
    """A chapeau saying where and when its body met, wrapped at a page's width ("The General
    Conference of the United Nations Educational, Scientific and Cultural" + "Organization
    (UNESCO), meeting in Paris from 9 to 24 November 2021, at its 41st" + "session,"), a block
    of its own, is read on one line, as the chapeau it is: ``raw_lines`` is rewritten in place.
    Returns the numbers of the lines merged into the line above."""
    merged: set[int] = set()
    for index, first in enumerate(raw_lines):
        if not first.strip() or (index and raw_lines[index - 1].strip()):
            continue
        joined = first.strip()
        for end in range(index + 1, min(index + _MOST_CHAPEAU_LINES, len(raw_lines))):
            if not raw_lines[end].strip():
                break
            joined = join_text(joined, raw_lines[end].strip())
            if end + 1 < len(raw_lines) and raw_lines[end + 1].strip():
                continue
            if names_the_body_where_it_met(joined) and not is_chapeau(first.strip()):
                raw_lines[index] = joined
                merged.update(range(index + 2, end + 2))
            break
    return merged


def _chapeaux_wrapped_once(raw_lines: list[str], merged: set[int]) -> set[int]:
    """A chapeau a page's width breaks before its last words ("The Conference of the Parties
    serving as the meeting of the Parties to the" + "Paris Agreement,", the CMA's decisions) is
    read on one line, as the Chinese one fits on it: ``raw_lines`` is rewritten in place. Only
    above the paragraph it heads, a preambular or a numbered one (a sentence in a report that
    opens "The …" and wraps at a comma goes on below). ``merged`` holds the numbers of the lines
    already merged; returns those this merges."""
    joined_now: set[int] = set()
    texts = [raw.strip() for raw in raw_lines]
    for index in range(len(texts) - 2):
        upper, lower = texts[index], texts[index + 1]
        if (
            not upper
            or not lower
            or index + 1 in merged
            or index + 2 in merged
            or upper[-1] in ",;:.，；：。"
            or not lower.endswith(",")
            or len(lower) >= len(upper)
        ):
            continue
        # By index: islice would walk the list from its start for every candidate.
        below = next((texts[at] for at in range(index + 2, len(texts)) if texts[at]), "")
        if not (opens_preamble(below) or _NUMBER_RE.match(below)):
            continue
        joined = join_text(upper, lower)
        if is_chapeau(joined):
            raw_lines[index] = raw_lines[index].rstrip() + " " + lower
            joined_now.add(index + 2)
    return joined_now


def _count_lazy_lists(raw_lines: list[str]) -> None:
    """Renumbers, in place, a list at the margin whose every item is "1." (or "1)") as
    CommonMark renders it, 1, 2, 3: such a list counts up. One item numbered otherwise makes the
    list a real one restarting at 1, its numbers kept. Such a list below headings alone (also
    lines set in bold whole, but a chapeau) under one so counted ("## Objectives" + "1. …")
    counts on from it, even with a single item: a UN text numbers its paragraphs on across its
    sections, and restarts only in an annex. Pandoc's "#." (or "#)") is such a "1.", numbered
    for the writer."""
    items: list[int] = []  # indexes of the open list's items
    delimiter = ""
    ones = True
    after_blank = False
    counted_on = 0  # where the lazy list above counted to, with only headings since

    def close() -> None:
        nonlocal counted_on
        if ones and items and (len(items) > 1 or counted_on):
            for count, index in enumerate(items, start=counted_on + 1):
                raw_lines[index] = f"{count}{raw_lines[index][1:]}"
            counted_on += len(items)
        elif items:
            counted_on = 0
        items.clear()

    for index, raw in enumerate(raw_lines):
        first = raw[:1]
        if not raw.strip():
            after_blank = True
            continue
        if first in (" ", "\t"):
            after_blank = False  # the items' own content, indented
            continue
        if first == "#" and _MD_AUTO_NUMBERED_ITEM_RE.match(raw):
            raw = raw_lines[index] = f"1{raw[1:]}"
            first = "1"
        item = _MD_ORDERED_ITEM_RE.match(raw) if first.isdigit() else None
        if item is not None:
            if item.group(2) != delimiter:
                close()
                delimiter, ones = item.group(2), True
            ones = ones and item.group(1) == "1"
            items.append(index)
        elif title := _heading_title(raw):
            close()
            if _opens_an_annex(title) or _NUMBERED_APART_RE.search(title) or is_chapeau(title):
                counted_on = 0
        elif (
            after_blank
            or first in _MD_BLOCK_OPENERS
            or (first in "-*+" and raw[1:2] in (" ", "\t"))
            or is_separator(raw)
        ):
            close()
            counted_on = 0
        after_blank = False
    close()


# A Markdown list item's marker as pandoc writes them: "1.", "a)", "iv.", "(a)", "(1)".
_MD_LIST_MARKER_RE = re.compile(
    r"^(?:\(?(?:\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,8})\)|(?:\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,8})\.)"
    r"(?:\s|$)"
)
# Lines opening a block no list item's paragraph goes on with: a table, a heading, a fence, a
# note's definition, a div.
_MD_OTHER_BLOCK_RE = re.compile(r"^(?:[|#]|\+[-=]|```|~~~|\[\^|:::)")


def _list_item_continuations(raw_lines: list[str]) -> dict[int, int]:
    """The lines (numbered from 1) that go on with a Markdown list item's content past a blank
    line, each with the number of the line opening that item: a paragraph or block quote
    indented at least as far as the item's text, as CommonMark reads a list item's continuation
    ("1.  *Requests* … a report." + "" + "    The report shall be presented …", "…to read as
    follows:" + "" + "    > "The Commission shall …""), and the lines wrapped below it. The
    innermost item whose text it reaches holds it: text indented under paragraph 2 below its
    items "(a)", "(b)" is paragraph 2's. A line opening with a marker is an item of its own,
    however deep (pandoc's nested lists), and nothing at the margin goes on past a blank line."""
    continuations: dict[int, int] = {}
    items: list[tuple[int, int]] = []  # the open items, outermost first: line, text's column
    holder: int | None = None  # the item the block being read goes on with
    after_blank = False
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            after_blank = True
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        body = _MD_QUOTE_RE.sub("", raw.strip())
        if _MD_OTHER_BLOCK_RE.match(body):
            holder = None
            if not indent:
                items.clear()
        elif _MD_BULLET_RE.match(body) or _opens_as_a_list_item(body):
            while items and items[-1][1] > indent:
                items.pop()
            marker, *text = raw.strip().split(None, 1)
            # An item opening with its marker alone has its text one column past it.
            text_column = indent + (len(raw.strip()) - len(text[0]) if text else len(marker) + 1)
            items.append((number, text_column))
            holder = None
        elif after_blank:
            while items and items[-1][1] > indent:
                items.pop()
            # Four columns past the item's text would be code in CommonMark: a layout's indent
            # (a centred title, plain text read as Markdown), no paragraph of the item.
            holder = items[-1][0] if items and indent < items[-1][1] + 4 else None
        if holder is not None:
            continuations[number] = holder
        after_blank = False
    return continuations


def _opens_as_a_list_item(body: str) -> bool:
    """Whether a Markdown line's text opens with an item's marker, pandoc's ("1.", "(a)", "ii.")
    or any the parser reads as one ("（一）", "一、", "Article 5", Russian "а.")."""
    if _MD_LIST_MARKER_RE.match(body):
        return True
    text = clean_inline(body, markdown=True)[0]
    return (
        _MD_LIST_MARKER_RE.match(text) is not None
        or _CYRILLIC_ITEM_RE.match(text) is not None
        or _opens_with_a_marker(marker_view(text))
    )


def _read_compilation_tables_as_lines(raw_lines: list[str]) -> None:
    """Rewrites, in place, a Markdown table laid out as a compilation (a row's first cell a
    paragraph's label, "PP1", "OP2 bis") as plain pdftotext prints one: each row a line, its
    cells apart by a space ("OP1 *Welcomes* the progress made; US: delete"), so each row numbers
    its paragraph. The header row (the columns' titles), the delimiter row and a grid table's
    borders become blank lines (line numbers kept for the warnings); a grid table's cells
    wrapped over lines are joined, as is a pipe table's row whose label cell is empty, the
    label's row wrapped."""
    start = 0
    while start < len(raw_lines):
        if not _is_table_line(raw_lines[start]):
            start += 1
            continue
        end = start
        while end < len(raw_lines) and _is_table_line(raw_lines[end]):
            end += 1
        rows = _table_rows(raw_lines, start, end)
        if any(
            _NEGOTIATION_LABEL_CELL_RE.match(clean_inline(cells[0], markdown=True)[0])
            for _, cells, _ in rows
            if cells
        ):
            for number in range(start, end):
                raw_lines[number] = ""
            for first, cells, header in rows:
                if not header:
                    raw_lines[first] = functools.reduce(join_text, cells, "")
        start = end


# A compilation's label, alone in its table's first cell: "PP1", "OP2 bis", "OP1.", "PP2 (EU)".
_NEGOTIATION_LABEL_CELL_RE = re.compile(
    "|".join(
        pattern.pattern
        for pattern in (_NEGOTIATION_NUMBER_ALONE_RE, _PREAMBULAR_NUMBER_RE, _OPERATIVE_PREFIX_RE)
    )
)


def _in_a_pipe_table(raw_lines: list[str], number: int) -> bool:
    """Whether the line ``number`` (from 1) opening with a bar is in a pipe table: its run of
    such lines holds the table's delimiter row ("|---|---|")."""
    start = end = number - 1
    while start > 0 and raw_lines[start - 1].lstrip().startswith("|"):
        start -= 1
    while end + 1 < len(raw_lines) and raw_lines[end + 1].lstrip().startswith("|"):
        end += 1
    return any(_MD_TABLE_DELIMITER_RE.match(raw.strip()) for raw in raw_lines[start : end + 1])


def _pipe_row_read(line: str) -> str:
    """A pipe table's row as a line of text, its cells apart by " | "."""
    cells = " | ".join(cell.strip() for cell in _MD_TABLE_CELL_RE.split(line[1:]))
    return cells.removesuffix(" | ").strip()


def _is_table_line(raw: str) -> bool:
    line = raw.strip()
    return line.startswith("|") or _MD_GRID_BORDER_RE.match(line) is not None


def _table_rows(raw_lines: list[str], start: int, end: int) -> list[tuple[int, list[str], bool]]:
    """A table's rows: the index of each row's first line, its cells (a grid table's cells
    joined over the lines between its borders) and whether it is a header row."""
    lines = [raw_lines[index].strip() for index in range(start, end)]
    grid = any(_MD_GRID_BORDER_RE.match(line) for line in lines)
    header_ends = next(
        (
            offset
            for offset, line in enumerate(lines)
            if (grid and line.startswith("+") and "=" in line)
            or (not grid and _MD_TABLE_DELIMITER_RE.match(line))
        ),
        0,
    )
    rows: list[tuple[int, list[str], bool]] = []
    if not grid:
        for offset, line in enumerate(lines):
            if _MD_TABLE_DELIMITER_RE.match(line):
                continue
            cells = [cell.strip() for cell in _MD_TABLE_CELL_RE.split(line.strip("|"))]
            if rows and not cells[0] and not rows[-1][2]:
                # The label's row wrapped: each of its cells goes on.
                above = rows[-1][1]
                above += [""] * (len(cells) - len(above))
                for index, cell in enumerate(cells):
                    above[index] = join_text(above[index], cell)
            else:
                rows.append((start + offset, cells, offset < header_ends))
        return rows
    columns: list[list[str]] = []
    first = 0
    for offset, line in enumerate([*lines, "+"]):
        if line.startswith("+"):
            if columns:
                cells = [functools.reduce(join_text, column, "") for column in columns]
                rows.append((start + first, cells, offset <= header_ends))
            columns, first = [], offset + 1
            continue
        pieces = [piece.strip() for piece in _MD_TABLE_CELL_RE.split(line.strip("|"))]
        columns += [[] for _ in range(len(pieces) - len(columns))]
        for column, piece in zip(columns, pieces, strict=False):
            column.append(piece)
    return rows


def _heading_title(raw: str) -> str | None:
    """The title of a Markdown heading, or of a line set in bold whole ("**Action 1. …**"),
    as drafts set their headings; None for any other line."""
    if heading := _MD_HEADING_RE.match(raw):
        return heading.group(2).strip("*_ ")
    if _MD_BOLD_LINE_RE.match(raw.strip()):
        return raw.strip().strip("*_ ")
    return None


# Headings over a text numbered on its own, whose lazy list restarts at 1 like an annex's: a
# further draft in one document, an enclosure, addendum or attachment, terms of reference, the
# questions a consultation asks. What opens the title, but terms of reference wherever the
# title names them ("Working group terms of reference", "工作组职权范围").
_NUMBERED_APART_RE = re.compile(
    r"^(?:(?:[IVXLC]+|\d+)\.\s*)?(?:draft\s+(?:resolution|decision)|projet\s+de\s+(?:résolution"
    r"|décision)|proyecto\s+de\s+(?:resolución|decisión)|enclosure|addendum|attachment"
    r"|questions?\b|决议草案|决定草案|问题|附文)|terms\s+of\s+reference|职权范围",
    re.IGNORECASE,
)


_WHOLLY_BRACKETED_RE = re.compile(r"^[\[［][^\[\]［］]+[\]］]$")
_IDEOGRAPH_RE = re.compile(f"[{HAN_BASIC}]")
# A figure or a Latin letter beside an ideograph, glued ("2023年", "第70/1号") or set apart by a
# space as the official Chinese layout does ("2023 年", "第 70/1 号").
_GLUED_FIGURE_RE = re.compile(f"[0-9A-Za-z][{HAN_BASIC}]|[{HAN_BASIC}][0-9A-Za-z]")
_SPACED_FIGURE_RE = re.compile(f"[0-9A-Za-z] [{HAN_BASIC}]|[{HAN_BASIC}] [0-9A-Za-z]")
# The session a UNFCCC decision's number names: "1/CP.28", "1/CMA.5", "2/CMP.18".
_UNFCCC_SESSION = rf"(?-i:{UNFCCC_BODIES})\.\d{{1,2}}"
# A heading naming a text its title follows: a draft, or a decision or resolution by its number.
_NAMES_A_TEXT_RE = re.compile(
    r"^(?:draft\s+(?:resolution|decision)(?:\s+(?:[IVXLC]+|[A-Z]))?"
    rf"|(?:resolution|decision)\s+(?:[IVXLC]+|[A-Z]|\d+(?:/(?:\d+|{_UNFCCC_SESSION}))?)"
    rf"|(?:决议|决定)草案\s*(?:[{_CN}]+|[IVXLC]+|[A-Z])?"
    rf"|第\s*\d+/(?:\d+|{_UNFCCC_SESSION})\s*号(?:决定|决议))\s*$",
    re.IGNORECASE,
)
# A draft's naming heading with its title on the same line: "Draft decision I Report of the
# Commission …", "决定草案一委员会第二十八届会议的报告" (the title glued or after a space). Only
# a numbered draft: its number ends the name, where "决定草案所附…" may be a sentence's words.
_NAMES_A_TEXT_WITH_TITLE_RE = re.compile(
    r"^(?i:draft\s+(?:resolution|decision))\s+(?:[IVXLC]+|[A-Z])\s+[A-Z]"
    rf"|^(?:决议|决定)草案\s*(?:[{_CN}]+|[IVXLC]+|[A-Z])\s*[{HAN_BASIC}]"
)
# A draft decision's one sentence, its organ acting: "The Economic and Social Council takes note
# of …", "经济及社会理事会决定…" (a report's "委员会随后审议了…" acts on no text).
_DECISION_SENTENCE_RE = re.compile(
    r"(?:The\s+)?[A-Z][\w ]{0,80}?\b(?:Assembly|Council|Commission|Committee|Conference|Board"
    r"|Forum)\s+(?:decides|takes\s+note|endorses|approves|adopts|requests|recommends|welcomes"
    r"|authorizes|notes|invites|reaffirms|elects|appoints|confirms|agrees)\b"
    rf"|[{HAN_BASIC}]{{0,30}}?(?:大会|理事会|委员会|会议|执行局|论坛|缔约方)"
    r"(?:决定|注意到|核可|赞同|通过|请|欢迎|授权|邀请|重申|选举|任命|确认|同意|建议)"
)
# A report's paragraph leading with its colon into the draft decisions it recommends: "…the
# adoption of the following draft decision:", "…通过以下决定草案：", "…通过了下列决定：".
_LEADS_INTO_A_DECISION_RE = re.compile(r"(?:\bdecisions?|决定(?:草案)?)\s*[:：]\s*$", re.IGNORECASE)
# A heading naming a text by its number: "Decision 2025/216", "第 2025/216 号决定".
_NAMES_A_NUMBERED_TEXT_RE = re.compile(
    rf"^(?:(?:resolution|decision)\s+\d+/(?:\d+|{_UNFCCC_SESSION})"
    rf"|第\s*\d+/(?:\d+|{_UNFCCC_SESSION})\s*号(?:决定|决议))\s*$",
    re.IGNORECASE,
)
# The same heading with its title on its line: "Decision 79/501 Election of the President of the
# General Assembly", "第79/501号决定 选举大会主席" (or glued, "第79/501号决定选举大会主席").
_NAMES_A_NUMBERED_TEXT_AND_TITLE_RE = re.compile(
    rf"^(?:(?i:resolution|decision)\s+\d+/(?:\d+|{_UNFCCC_SESSION})\s+[A-Z]"
    rf"|第\s*\d+/(?:\d+|{_UNFCCC_SESSION})\s*号(?:决定|决议)\s*[{HAN_BASIC}])"
)
_LONGEST_TITLE_LINES = 4
# How much a text must show to be read as indenting first lines only (``first_line_indent``).
_LEAST_INDENT_EVIDENCE = 5
_INDENT_EVIDENCE_SHARE = 0.8


# A paragraph's alternative named alone on the line above its number ("Alt 1:" + "4. …",
# "备选案文1：" + "4. …"), and the numbered line below it.
_ALTERNATIVE_LABEL_LINE_RE = re.compile(
    r"^(?:(?i:alt(?:ernative)?\.?|option)\s*|(备选案文|备选方案|备选)\s*)(\d{1,2})\s*([:：]?)$"
)
_NUMBERED_LINE_RE = re.compile(r"^(\d{1,3})\s*[.．]\s*(\S.*)$")


def _with_alternative_labels_read(lines: list[_Line]) -> list[_Line]:
    """A paragraph's alternatives each named on a line of its own above the paragraph's number,
    printed again ("Alt 1:" + "4. …" + "Alt 2:" + "4. …", "备选案文1：" + "4. …" + "备选案文2："
    + "4. …"), read as "4 alt 1. …" + "4 alt 2. …" ("4 备选案文1. …"): ``4alt1``, ``4alt2``.
    Only two or more in a row naming the same number, no other numbered line between them, and
    either each label ending with a colon or the numbering above reaching the number before:
    "Option 1" + "1. …" + "Option 2" + "1. …" + "2. …" are headings over what they number, lists
    of their own. The label keeps the word printed: "备选方案1" + "4. …" is "4 备选方案1"."""
    # label line, its word (Chinese), alternative, its colon, number, text
    labelled: list[tuple[int, str, str, str, str, str]] = []
    for index, (label, numbered) in enumerate(pairwise(lines)):
        alternative = _ALTERNATIVE_LABEL_LINE_RE.match(label.text)
        paragraph = _NUMBERED_LINE_RE.match(numbered.text)
        if alternative and paragraph:
            word, alternative_number, colon = alternative.groups(default="")
            labelled.append((index, word, alternative_number, colon, paragraph[1], paragraph[2]))
    read: set[int] = set()
    for above, below in pairwise(labelled):
        # The same number printed again, no other numbered line between the two.
        if (
            above[4] == below[4]
            and not any(
                _NUMBERED_LINE_RE.match(line.text) for line in lines[above[0] + 2 : below[0]]
            )
            and (
                (above[3] and below[3]) or _numbering_reaches(lines[: above[0]], int(above[4]) - 1)
            )
        ):
            read.update((above[0], below[0]))
    if not read:
        return lines
    for index, word, alternative_number, _, number, text in labelled:
        if index in read:
            label, numbered = lines[index], lines[index + 1]
            named = f"{number} {word or 'alt '}{alternative_number}."
            numbered.printed = numbered.text
            numbered.text = f"{named} {text}"
            numbered.view = marker_view(numbered.text)
            numbered.width = display_width(numbered.text)
            numbered.after_blank = label.after_blank
    return [line for index, line in enumerate(lines) if index not in read]


# Lines indented further are set apart from the text's margin: right-set or centred.
_MOST_MARGIN_INDENT = 8
# An action's number, as its heading's key spells it ("action-35"; not "action-line-c1").
_ACTION_KEY_RE = re.compile(r"action-\d")
# What a Chinese sentence's wrapped line may open with: an ideograph or an opening mark.
_CHINESE_LINE_OPENING_RE = re.compile(f"[{HAN_BASIC}《〈“‘（「『]")


def _action_sentence_goes_on(heading: _Node, line: _Line) -> bool:
    """Whether a Chinese action's title, a sentence ("行动1. 我们将…，落实"), cut at an ideograph,
    goes on over the unnumbered line right below ending that sentence ("《2030年议程》。"): a
    sentence ending so is no sub-heading, and an action's title ends with its full stop. The
    title's width is the caller's to weigh (``ordinary_full_width``)."""
    return (
        heading.key is not None
        and _ACTION_KEY_RE.match(heading.key, len(heading.scope.prefix)) is not None
        and heading.title != ""
        and _IDEOGRAPH_RE.match(heading.title[-1]) is not None
        and _CHINESE_LINE_OPENING_RE.match(line.text) is not None
        and line.text.endswith("。")
        and not _opens_with_a_marker(line.view)
    )


def _numbering_reaches(lines: list[_Line], number: int) -> bool:
    """Whether the last numbered line of ``lines`` is numbered ``number``."""
    printed = next(
        (found[1] for line in reversed(lines) if (found := _NUMBERED_LINE_RE.match(line.text))),
        None,
    )
    return printed is not None and int(printed) == number


def _set_runs_of_decisions_apart(lines: list[_Line]) -> None:
    """A run of decisions printed with no blank line between them ("Decision 2025/201" +
    "Election of members of the Committee" + "At its 2nd plenary meeting, …" + "Germany" +
    "Decision 2025/202" + …) reads as printed with blank lines: each decision's name is set
    apart from the names the decision above listed, and its text from its title, however wide
    (the title never runs into the text, nor the names into the next decision). Only where two
    or more such names each have their title (unpunctuated lines, at most
    ``_LONGEST_TITLE_LINES``) right above the opening of a decision's text: its organ's colon or
    sentence, or the meeting it was taken at ("…in accordance with" + "decision 2025/202" is a
    sentence's words). A chapeau below the title is set apart from it as it is ("Decision
    1/CP.28" + its title + "The Conference of the Parties,": the title a heading under the
    decision's)."""
    starts = [
        (index, opening)
        for index in range(len(lines))
        if (opening := _opening_below_a_decisions_title(lines, index)) is not None
    ]
    if len(starts) < 2:
        return
    for index, opening in starts:
        lines[index].after_blank = index > 0
        if not is_chapeau(lines[opening].text):
            lines[opening].after_blank = True


def _opening_below_a_decisions_title(lines: list[_Line], index: int) -> int | None:
    """Where ``lines[index]`` names a decision by its number ("Decision 2025/202",
    "第2025/202号决定") above its title, the index of the line opening its text below the
    title; else None."""
    line = lines[index]
    if _NAMES_A_NUMBERED_TEXT_RE.match(line.text) is None or line.text[:1].islower():
        return None
    for at in range(index + 1, min(index + 2 + _LONGEST_TITLE_LINES, len(lines))):
        below = lines[at].text
        if at > index + 1 and _opens_a_decisions_text(below):
            return at
        if (
            display_width(below) > _MAX_HEADING_WIDTH
            or not ends_open(below, comma_closes=True)
            or _NAMES_A_NUMBERED_TEXT_RE.match(below) is not None
        ):
            return None
    return None


def _opens_a_decisions_text(text: str) -> bool:
    """Whether a line opens a decision's text: its chapeau ("The Conference of the Parties,"),
    its organ with its colon or acting ("The Economic and Social Council decided …"), or the
    meeting it was taken at ("At its 30th plenary meeting, …")."""
    return (
        is_chapeau(text)
        or opens_a_decision(text)
        or records_a_decision(text)
        or _DECISION_SENTENCE_RE.match(text) is not None
        or names_a_meeting(text)
    )


def _numbers_others_below(node: _Node) -> bool:
    """Whether the numbered lines right below ``node`` are another's than the text's
    paragraphs: the notes' below their title ("Notes" + "14. See …"), a quoted text's below the
    colon or "as follows" introducing it."""
    return (
        node.kind == "heading" and _NOTES_TITLE_RE.match(node.title) is not None
    ) or _INTRODUCES_A_QUOTATION_RE.search(node.text[-_INTRODUCTION_TAIL:]) is not None


def _opens_an_annex(title: str) -> bool:
    """Whether a heading's title opens an annex, an appendix or an enclosure, where numbering
    restarts."""
    return any(
        pattern.match(title)
        for pattern in (_ANNEX_RE, _APPENDIX_RE, _ENCLOSURE_RE, _CN_ANNEX_RE, _CN_APPENDIX_RE)
    )


def _markdown_footnote_lines(raw_lines: list[str]) -> set[int]:
    """Line numbers of Markdown footnote definitions (see the module docstring). A line
    indented by the note's four spaces, or indented at all right below a line of the note, is
    the note's whatever it opens with ("    2015.", "    (a) A/80/1;", "    Annex II."): pandoc
    indents every line of a note after its first, wrapped or of a paragraph of its own."""
    skipped: set[int] = set()
    latest: str | None = None  # the open definition's latest line
    after_blank = False
    for number, raw in enumerate(raw_lines, start=1):
        line = raw.strip()
        if definition := _MD_FOOTNOTE_RE.match(raw):
            latest, after_blank = definition.group(1), False
        elif latest is None:
            continue
        elif not line:
            after_blank = True
            continue
        elif raw.startswith(_MD_INDENTED) or (not after_blank and raw[:1] in " \t"):
            latest, after_blank = line, False
        elif _opens_block(line) or after_blank or not ends_open(latest, comma_closes=False):
            latest = None
            continue
        else:
            latest, after_blank = line, False
        skipped.add(number)
    return skipped


def _excerpt(text: str) -> str:
    if len(text) <= _EXCERPT:
        return text
    return cut_at_grapheme_boundary(text, _EXCERPT - 1) + "…"


def _stopped_insertion(view: str, inserted: re.Match[str]) -> bool:
    """Whether an inserted paragraph's number has its stop, after it ("3 bis.") or before its
    insertion ("3.bis")."""
    stops = (".", "、")
    return (
        view[inserted.end(2) : inserted.start(3)].strip()[:1] in stops
        or view[inserted.end(1) : inserted.start(2)].strip()[:1] in stops
    )


class _Parser:
    def __init__(self, lines: list[_Line], *, markdown: bool, cover_letter: list[_Line]) -> None:
        self.lines = lines
        self.markdown = markdown
        # Lines numbered "1." and annex titles, listed on first need (``numbering_restarts_below``).
        self.numbered_one_lines: list[int] | None = None
        self.annex_lines: list[int] = []
        # A skipped cover letter that names its annex circulates the text annexed to it.
        self.cover_letter_names_its_annex = any(
            _NAMES_ITS_ANNEX_RE.search(line.text) for line in cover_letter
        )
        # Whether the text sets anything apart by blank lines (not a copy with a paragraph a line).
        self.prints_blank_lines = any(line.after_blank for line in lines)
        self.menu_lines: set[int] | None = None  # see ``site_menu_lines``
        self.above: _Line | None = None  # the line dispatched last
        # The paragraph that line went into (opened or went on), None if it went into none.
        self.above_went_into: _Node | None = None
        # The text's line dispatched last, past the notes at a page's foot: the line a
        # paragraph the page break cut was wrapped on.
        self.text_above: _Line | None = None
        self.glued_figures: bool | None = None  # see ``glues_figures_to_ideographs``
        # Running headers, page numbers or a form feed since ``above``.
        self.across_page_break = False
        # The meeting line closing a text ("37th plenary meeting") since ``above``.
        self.below_a_meeting = False
        self.warnings: list[ParseWarning] = []
        self.next_suffix: dict[str, int] = {}
        self.nodes: list[_Node] = []
        self.scope = _Scope("")
        self.scopes = [self.scope]
        self.annex_count = 0
        self.appendix_count = 0  # of the current annex, or of the text before any
        self.enclosure_count = 0
        self.part_count = 1
        self.stack: list[_Node] = []
        # The headings naming a text that a report quotes in its own numbering, no part opened
        # for it (a draft decision has no chapeau): each with the paragraph number the report
        # expected next and the headings over the report's paragraphs, restored when that
        # number comes ("Draft decision I" + its title and sentence + "2. At its 10th …").
        self.quoted_texts: list[tuple[_Node, _Scope, int, list[_Node]]] = []
        self.current: _Node | None = None  # receives continuation lines
        self.host: _Node | None = None  # paragraph that owns (a), (b) …
        # The scope and number of the last paragraph numbered in brackets ("[2] …"): "[3]" below
        # it goes on with the run (see ``bracketed_number``).
        self.bracketed_top: tuple[_Scope, int] | None = None
        self.letter_node: _Node | None = None
        self.next_letter = 1
        self.next_roman = 1
        # Items atop the text, no paragraph above them (see ``on_top_level_item``): the last
        # read, whether they run as roman numerals, and the value expected next.
        self.top_items: tuple[_Node, bool, int] | None = None
        self.inner_owner: _Node | None = None
        # Whether a colon or a lead-in introduced the list kept in ``inner_owner``'s text, not
        # merely a restart at 1 below it.
        self.inner_introduced = False
        self.inner_next = 0
        self.inner_indent = 0
        self.inner_list_continues = False
        self.bullets_open = self.names_open = False
        # Whether the current bullet took items indented deeper than itself (``nests_bullet``),
        # or printed with another glyph (see ``is_sibling_bullet``).
        self.bullets_nested = self.glyphs_apart = False
        self.front = True
        # Whether, before paragraph 1, the text has begun (see ``text_began``): it stays so.
        self.began = False
        self.began_checked = 0
        self.seen_operative = False
        # The paragraph or title last printed with each number, by anchor ("1", "2.2"): the
        # decimal numbers below it ("1.1", "2.2.1") are its own.
        self.numbered_nodes: dict[str, _Node] = {}
        # The last decimal number of each scope (by prefix), which the next one goes on from.
        self.last_decimals: dict[str, tuple[int, ...]] = {}
        # Ids of the decimally numbered paragraphs: no resolution's operative paragraphs, so no
        # sponsors or footers follow the last of them (a budget section's table title does).
        self.decimal_ids: set[int] = set()
        # The last section numbered inside each chapter (by the chapter's anchor).
        self.chapter_sections: dict[str, int] = {}
        # Inside a table of contents before the body: the page its last entry named.
        self.contents_page: int | None = None
        # The index of the line past a table of contents without pages (``unpaged_contents``).
        self.contents_end = 0
        # The objective headings printed one right below the other, no text of their own
        # between them (``add_numbered_heading``), by ``id``.
        self.listed_objectives: set[int] = set()
        self.in_footnotes = False
        # The last note of the block of notes read below the text's last paragraph with no rule
        # above it (``last_cited_note_below``): the lines numbered past it are text.
        self.last_cited_note: int | None = None
        self.footnote_open = False
        self.note_at_a_colon = False
        # The section headings set in bold, ranked by ``bold_section_level``.
        self.bold_sections: set[int] = set()
        self.note_cut_by_page = False  # see the separator in ``dispatch``
        self.separator_active = False
        self.notes_below_separator = 0  # notes read since the last separator
        self.page_ended_below_separator = False  # the last separator's note block is behind
        self.note_number_above: int | None = None  # a note's number alone on the line above
        self.page_foot_notes_end = 0  # the index of the line after the page's notes being skipped
        self.last_footnote = 0
        self.footnote_numbers: set[int] = set()
        # The asterisks of the unnumbered notes read ("*", "**"): the references they answer.
        self.asterisk_note_marks: set[str] = set()
        # Footnote numbers the text marks as references (``<sup>``, superscripts, links to a
        # note), and, computed on first need, those digits merely glued to the text suggest too.
        self.marked_notes = {number for line in lines for number in line.markers}
        self.marker_evidence: set[int] | None = None
        # Of those, the numbers only a block of notes proves references set apart from their
        # word (``_spaced_note_references``).
        self.spaced_references: frozenset[int] = frozenset()
        self.read_endnotes()
        # Every word the document spells, hyphenated compounds whole, computed on first need;
        # sorted, to find the words opening with a given one.
        self.spelled_words: set[str] | None = None
        self.spelled_in_order: list[str] | None = None
        # The words the text spells in lower case, and those it capitalises mid-sentence,
        # computed on first need (``opens_a_sub_heading``).
        self.words_by_case: tuple[set[str], set[str]] | None = None
        # A running header says nothing of the text's width, nor does a page number set at the
        # right edge (an odd page's), nor a Markdown heading, which is never wrapped.
        widths = sorted(
            line.width
            for line in lines
            if line.header_title is None
            and line.md_level is None
            and not (line.junk and _PAGE_NUMBER_LINE_RE.match(line.view.strip()))
        )
        typical = widths[int(0.9 * (len(widths) - 1))] if widths else 0
        self.wrap_width = _WRAP_FRACTION * typical
        self.typical_width = typical
        # Of the widest line of the text: a full line reaches the page's edge (an odd wider line
        # only makes joining rarer). Notes below a separator are set smaller, more to a line, and
        # the masthead reaches past the body's edge: neither counts.
        text_widths = _widths_above_notes(lines, self.reference_evidence)
        widest = max(text_widths) if text_widths else 0
        self.full_width = _FULL_FRACTION * widest
        # A text too short for its typical line to be a wrapped one ("Chair's summary" + a
        # blank line + "The twentieth Forum …") still wraps its lines near its widest.
        self.wrap_width_of_widest = _WRAP_FRACTION * widest
        self.blank_line_paragraphs = _blank_line_paragraphs(lines, self.full_width)
        # A Markdown text whose blank lines set its paragraphs apart: the lines of one block
        # are one paragraph's (see ``goes_on_in_its_block``).
        self.markdown_blocks = markdown and _markdown_blocks(
            lines, self.full_width, self.wrap_width
        )
        # Text wrapped at one width with no blank line between paragraphs (PDF extraction that
        # keeps no blank lines): most lines reach the edge, unlike a copy that puts each
        # paragraph on one line of its own length.
        full_lines = len(widths) - bisect.bisect_left(widths, _WRAPPED_FRACTION * widest)
        self.wrapped_without_blanks = (
            not markdown
            and not self.blank_line_paragraphs
            and (
                (full_lines >= _LEAST_FULL_LINES and full_lines >= _WRAPPED_SHARE * len(widths))
                # Chinese paragraphs run to fewer lines, more of them a paragraph's short last
                # one: there the full lines a sentence goes on below tell the wrapping.
                or _wraps_mid_sentence(lines, self.full_width)
            )
        )
        # The first page's lines without their spaces, computed on first need.
        self.first_page_titles: list[tuple[int, str]] | None = None
        self.mark_running_titles()
        self.articles_restart_numbering = _articles_restart_numbering(lines)
        # Read on first use: only a Chinese "（一）" item asks whether it is in a treaty's
        # preamble, and six patterns over every line cost every text.
        self._treaty_lines: range | None = None
        # What ``decimal_below_keyword_headings`` found, for every line of a run of keyword
        # headings at once: read anew for each heading, a run of them was cubic.
        self._decimal_below: dict[int, tuple[int, ...] | None] = {}
        self.clause_titles = frozenset() if markdown else _clause_titles(lines)
        self.lead_ins, self.lead_in_items, self.lead_in_wraps = _itu_lead_ins(lines)
        # The paragraph an ITU resolution's first operative lead-in opened ("resolves"): the
        # preamble ends above it.
        self.operative_lead_in: _Node | None = None
        self.lead_in: _Node | None = None  # the ITU resolution's lead-in read last
        self.conference_chapeau: _Node | None = None  # the ITU resolution's chapeau read last
        self.next_lead_in_item = 1
        self.position = 0  # the index of the line being read
        # A report's figure, table or box being read, the paragraph its lines go to, and whether
        # its source was (see ``on_figure_line``).
        self.figure: _Node | None = None
        self.figure_sourced = False
        # The captions of the figures read so far, without their spaces ("Box2", "专栏2").
        self.captions_read: set[str] = set()
        # A compilation prints its paragraphs' numbers "PP1", "OP1": there, a delegation's
        # proposal goes on its own line below the paragraph, whatever its words.
        self.compilation = any(
            line.preamble_number is not None
            or (line.printed is not None and _COMPILATION_NUMBER_RE.match(line.printed))
            for line in lines
        )
        # The last delegation's tag line joined to its paragraph (see ``is_delegation_tag``).
        self.tag_line: _Line | None = None
        # Whether a paragraph goes on right below a full line (``wraps_without_blank_lines``).
        self.single_spaced: bool | None = None
        self.line_a_paragraph: bool | None = None  # see ``prints_a_paragraph_a_line``
        self.opening_indent: int | None = None  # see ``first_line_indent``
        # How many lines start at each indent, computed on first need.
        self.indent_counts: Counter[int] | None = None
        # The lines a title read whole with its first line wraps onto (``action_line_title``),
        # and the heading last so read: no line below it goes on with its title.
        self.title_wraps: set[int] = set()
        self.cjk_wrap: int | None = None  # see ``chinese_wrap_width``
        self.full_line_width: float | None = None  # see ``ordinary_full_width``
        self.whole_title: _Node | None = None

    def mark_running_titles(self) -> None:
        """Pages after the first print the symbol and, right below it, the document's title
        ("A/RES/78/123" + "External debt sustainability and development"), then a blank line:
        that title is a running header too. A block of at most three lines between the symbol
        and a blank line, unpunctuated and no marker, when it is one line narrower than the
        text, or the document's title as its first page prints it (a title wraps at full
        width too), or printed so on two pages. Laid out otherwise (``running_title_blocks``),
        a block is a running title only when it is the whole title the first page prints, or
        when two pages print it so."""
        lines = self.lines
        blocks: list[list[_Line]] = []
        others: list[tuple[list[_Line], str, int]] = []  # block, title, the symbol's index
        first_header = len(lines)
        for index, above in enumerate(lines):
            # A draft's header without a symbol: ``mark_draft_headers``.
            if not _is_junk_line(above) or not names_a_document(above.text):
                continue
            block: list[_Line] = []
            for line in lines[index + 1 : index + 1 + _MOST_RUNNING_TITLE_LINES + 1]:
                right_below = (
                    not line.after_blank
                    and line.number == (block[-1] if block else above).number + 1
                )
                # pdftotext sets a blank line before the form feed that opens the next page.
                if not (right_below or (line.page_top and not block)):
                    break
                block.append(line)
            following = index + 1 + len(block)
            if (
                block
                and above.header_title is None
                and _at_page_top(lines, index)
                and len(block) <= _MOST_RUNNING_TITLE_LINES
                and (following == len(lines) or lines[following].after_blank)
                and all(self.could_be_running_title(line) for line in block)
            ):
                blocks.append(block)
                first_header = min(first_header, index)
                continue
            wrapped_rest = self.title_wrapped_below(index)
            if wrapped_rest:
                for line in wrapped_rest:
                    line.running_title = True
                continue
            others.extend(
                (block, title, index) for block, title in self.running_title_blocks(index)
            )
        # The title as the first page prints it, above the first running header.
        first_page = " ".join(line.text for line in lines[: min(first_header, _FIRST_PAGE_LINES)])
        seen = Counter(" ".join(line.text for line in block) for block in blocks)
        seen.update(_compact(title) for _, title, _ in others)
        for block in blocks:
            title = " ".join(line.text for line in block)
            if (
                (len(block) == 1 and block[0].width < self.full_width)
                or seen[title] > 1
                or title in first_page
            ):
                for line in block:
                    line.running_title = True
        for block, title, header in others:
            printed_twice = seen[_compact(title)] > 1
            # A short title ("未来契约", "发展权") only when two pages print it: a page may
            # well open on a short heading the first page prints too ("导言").
            if display_width(_compact(title)) < _LEAST_TITLE_WIDTH and not printed_twice:
                continue
            # A line above the symbol is no title for being printed where it is itself.
            earliest = min(lines[header], block[0], key=lambda line: line.number)
            if printed_twice or self.titles_first_page(title, earliest):
                for line in block:
                    line.running_title = True
        self.mark_draft_headers()

    def mark_draft_headers(self) -> None:
        """A draft's header without a symbol, as missions' Word drafts print it atop every page
        ("Zero draft – 5 February 2025", "CO-FACILITATORS' ZERO DRAFT" + "For discussion
        purposes only – 5 February 2025", "Rev.1 – Silence procedure until 6 March 2025, 6
        p.m."): the same lines, one to three, first on two pages or more and on at least half
        the pages the text shows the top of. A page's top is the text's first line, the line a
        form feed opens, or the line below a page's number ("- 2 -", "Page 2 of 3", "2/3", "第 2
        页", "2", at the foot of the page before or atop its own), past other page furniture.
        A bare "2" may as well number a note or a table's row ("1" + "EU: retain"): a header
        below it counts only when the first page, a form feed or a page number printed as such
        shows it atop a page too. Such a header may end with a full stop ("6 p.m."), never with
        a comma, semicolon or colon, and is no marker, chapeau, Markdown heading or table row;
        where blank lines set the paragraphs apart, a blank line sets it apart from the text.
        A heading a page merely opens with ("Introduction" atop one page or two of many,
        "Action 1" atop two annexes, "Follow-up and review" atop two pages of three) stays: a
        line atop some pages only, not all, is a header only when it dates the draft ("Zero
        draft – 5 February 2025" below Word's "different first page"), opens three pages or
        more, or opens a page the text runs on across (``runs_on_across``); its removal is then
        warned of."""
        lines = self.lines
        # The index a page's top is looked for from, and whether it surely opens a page.
        starts: dict[int, bool] = {0: True}
        for index, line in enumerate(lines):
            if line.page_top:
                starts[index] = True
            elif _is_junk_line(line) and (number := _PAGE_NUMBER_LINE_RE.match(line.view.strip())):
                sure = not number.group().isdigit()
                starts[index + 1] = starts.get(index + 1, False) or sure
        tops: dict[int, bool] = {}
        for start, sure in starts.items():
            index = start
            while index < min(len(lines), start + _MOST_FURNITURE_ATOP) and _is_page_furniture(
                lines[index]
            ):
                # Past a bare number, only a form feed says a page begins.
                sure = sure and (lines[start].page_top or not lines[index].view.strip().isdigit())
                index += 1
            if index < len(lines) and not _is_page_furniture(lines[index]):
                tops[index] = tops.get(index, False) or sure
        if len(tops) < 2:
            return
        # As many pages as form feeds begin, or as tops were found (a note's number alone on its
        # line counts as a page too: fewer headers then, never more).
        form_feeds = sum(1 for line in lines if line.page_top)
        pages = 1 + form_feeds if form_feeds else len(tops)
        blocks: dict[int, list[tuple[str, ...]]] = {}
        printed: Counter[tuple[str, ...]] = Counter()
        printed_surely: set[tuple[str, ...]] = set()
        for top, sure in tops.items():
            run: list[_Line] = []
            for line in lines[top : top + _MOST_RUNNING_TITLE_LINES]:
                if run and (line.after_blank or line.number != run[-1].number + 1):
                    break
                if _is_page_furniture(line) or not _could_be_draft_header(line):
                    break
                run.append(line)
            # Set apart from the text by a blank line (or page furniture), where blank lines set
            # the paragraphs apart.
            keys = [
                tuple(_compact(line.text) for line in run[:size])
                for size in range(1, len(run) + 1)
                if not self.blank_line_paragraphs
                or top + size == len(lines)
                or lines[top + size].after_blank
                or _is_page_furniture(lines[top + size])
            ]
            blocks[top] = keys
            printed.update(keys)
            if sure:
                printed_surely.update(keys)
        found: dict[tuple[str, ...], list[int]] = {}
        for top, keys in blocks.items():
            for key in reversed(keys):
                if printed[key] >= 2 and 2 * printed[key] >= pages and key in printed_surely:
                    found.setdefault(key, []).append(top)
                    break
        for key, key_tops in found.items():
            # Atop some pages only: a heading that happens to open two pages of a short text
            # ("Follow-up and review" atop the body's page and the annex's) is the text's own,
            # unless it dates the draft ("Zero draft – 5 February 2025" after a first page
            # Word prints otherwise), opens three pages or more, or opens a page the text
            # runs on across, as no heading does.
            every_page = printed[key] >= pages
            if not (
                every_page
                or len(key_tops) >= _LEAST_PAGES_A_HEADING_OPENS
                or any(
                    names_a_date(line.text) for line in lines[key_tops[0] : key_tops[0] + len(key)]
                )
                or any(self.runs_on_across(top, len(key)) for top in key_tops)
            ):
                continue
            for top in key_tops:
                for line in lines[top : top + len(key)]:
                    line.running_title = True
            if not every_page:
                self.warn(lines[key_tops[0]], "line atop some pages removed as a running header")

    def runs_on_across(self, top: int, size: int) -> bool:
        """Whether the text runs on across the page whose header, ``size`` lines, is at
        ``top``: the line below the header goes on with a small letter, or the last text line
        above the page's furniture is a full line left without punctuation ("…in the" +
        "implementation of …", "…加强" + "统计能力")."""
        lines = self.lines
        below = top + size
        if below >= len(lines) or _is_page_furniture(lines[below]):
            return False
        after = lines[below]
        if after.md_level is not None or _opens_with_a_marker(after.view):
            return False
        index = top - 1
        while index >= 0 and _is_page_furniture(lines[index]):
            index -= 1
        if index < 0:
            return False
        text = lines[index].text.rstrip()
        return after.text[:1].islower() or (
            bool(text) and text[-1].isalnum() and self.is_wrapped(lines[index])
        )

    def title_wrapped_below(self, header: int) -> list[_Line]:
        """The rest of the running title beside the symbol at ``header`` that pdftotext
        -layout wraps below it ("A/RES/79/325        Terms of reference … functioning of the"
        + "                    Independent International Scientific Panel …"): the lines right
        below, each starting at the very column the title starts at beside the symbol, up to a
        blank line or a line at another column, the page's text. Whether the first page prints
        that title or not (a copy from page 2 on, a first page wrapping it over more lines),
        the column tells the title's rest from the text. A further line at that column (a
        fourth, or one no title reads as) leaves the block undecided: none of it is taken."""
        lines = self.lines
        symbol = lines[header]
        column = symbol.header_title_column
        # A row of a list of documents keeps its title's rest (``_keep_rows_beside_symbols``).
        if symbol.header_title is None or column is None:
            return []
        rest: list[_Line] = []
        for line in lines[header + 1 : header + 1 + _MOST_RUNNING_TITLE_LINES + 1]:
            if (
                line.after_blank
                or line.page_top
                or line.number != (rest[-1] if rest else symbol).number + 1
                or line.indent != column
            ):
                break
            if (
                len(rest) == _MOST_RUNNING_TITLE_LINES
                or _is_junk_line(line)
                or not self.could_be_running_title(line, comma_closes=False)
            ):
                return []
            rest.append(line)
        return rest

    def running_title_blocks(self, header: int) -> list[tuple[list[_Line], str]]:
        """Lines that may be the running title of the header at ``header``, laid out other
        than right below it up to a blank line, each with the title it makes: below it after
        a blank line (plain pdftotext sets the page's pieces apart), right below it with no
        blank line after (text extracted without blank lines), the rest of a title wrapped
        below a symbol that has the title's start beside it (pdftotext -layout), or above it,
        from a blank line or a page number on (odd pages print the title first). A title may
        wrap after a comma here: only the whole title makes these running titles."""
        lines = self.lines
        symbol = lines[header]
        beside = symbol.header_title
        found: list[tuple[list[_Line], str]] = []
        if not _at_page_top(lines, header):
            return found
        block: list[_Line] = []
        for line in lines[header + 1 : header + 1 + _MOST_RUNNING_TITLE_LINES]:
            if block and (line.after_blank or line.number != block[-1].number + 1):
                break
            if _is_junk_line(line) or not self.could_be_running_title(line, comma_closes=False):
                break
            block.append(line)
        if block and not block[0].after_blank:
            found.extend(
                (block[:size], _joined(beside, *block[:size])) for size in range(1, len(block) + 1)
            )
        elif block and beside is None:
            following = header + 1 + len(block)
            if following == len(lines) or lines[following].after_blank:
                found.append((block, _joined(*block)))
        block = []
        start = header
        while start > 0 and len(block) < _MOST_RUNNING_TITLE_LINES:
            line = lines[start - 1]
            gap = (block[0] if block else symbol).after_blank
            if (gap and (block or beside is not None)) or _is_junk_line(line):
                break
            if not self.could_be_running_title(line, comma_closes=False):
                break
            block.insert(0, line)
            start -= 1
            if start == 0 or _is_junk_line(lines[start - 1]):
                found.append((block, _joined(*block, beside)))
                break
            if line.after_blank:
                break
        return found

    def titles_first_page(self, title: str, above: _Line) -> bool:
        """Whether the first page, above ``above`` (the running header, or the candidate title
        itself when set above it), prints ``title`` whole: as a line or lines of its own, or
        after its resolution number ("78/132.")."""
        if self.first_page_titles is None:
            self.first_page_titles = [
                (line.number, _compact(line.text))
                for line in self.lines[:_FIRST_PAGE_LINES]
                if not _is_junk_line(line)
            ]
        printed = [text for number, text in self.first_page_titles if number < above.number]
        wanted = _compact(title)
        for start in range(len(printed)):
            run = ""
            for piece in printed[start : start + _MOST_RUNNING_TITLE_LINES]:
                run += piece
                if run.endswith(wanted) and _TITLE_PREFIX_RE.match(run[: -len(wanted)]):
                    return True
        return False

    @staticmethod
    def could_be_running_title(line: _Line, *, comma_closes: bool = True) -> bool:
        return (
            line.md_level is None
            and not line.table_row
            and ends_open(line.text, comma_closes=comma_closes)
            and not _opens_with_a_marker(line.view)
            # "经济及社会理事会，" at a page's top names the masthead's organ: a chapeau.
            and not is_chapeau(line.text)
        )

    # -- helpers ----------------------------------------------------------------------------

    def warn(self, line: _Line, message: str) -> None:
        self.warnings.append(
            ParseWarning(line.number, message, _excerpt(line.printed or line.text))
        )

    def is_wrapped(self, line: _Line) -> bool:
        return line.width >= self.wrap_width

    def heading_wraps_onto(self, heading: _Node, index: int, line: _Line) -> bool:
        """A heading goes on over the line right below it when it was wrapped at the full
        width of the text or stopped at a word no title ends with ("…dimensions of the",
        "Action 2. We will … to achieve the\n2030 Agenda.", "…一级的落实和" + "后续行动") or
        its next line opens with ("…的落实" + "和贯彻情况"), in any text: a heading as wide as
        the page is wrapped even where the paragraphs are lines of their own. Where blank lines
        set the paragraphs apart, it also goes on over an unpunctuated line opening with a
        capital or an ideograph, with a blank line below it: a centred title is set narrower
        than the text ("…functioning of the Global" + "Dialogue on … Governance")."""
        right_below = (
            (not line.after_blank or self.across_page_break)
            and not line.bullet
            and self.above is not None
            # "…共享严重犯罪电子形式证据" + "序言": a preamble's title is a heading of its own,
            # never the end of the title above it, however wide that is.
            and _PREAMBLE_TITLE_RE.match(line.text) is None
            # "Operative paragraph 7 (c)" + "Replace …": an amendment's heading names a
            # paragraph, whole on its line, however wide (``names_an_amended_paragraph``).
            and _AMENDED_PARAGRAPH_LINE_RE.match(heading.title) is None
            # "Report of the Commission on its twenty-eighth session" + "The Economic and Social
            # Council takes note of …": a draft decision's title above its one sentence, however
            # far right the centred title reaches.
            and not (heading.plain and self.states_a_decision(line))
        )
        return right_below and (
            _UNFINISHED_TITLE_RE.search(heading.title) is not None
            or (
                heading.title != ""
                and is_cjk(heading.title[-1])
                and (
                    _CHINESE_TITLE_CUT_RE.search(heading.title) is not None
                    or _CHINESE_TITLE_GOES_ON_RE.match(line.text) is not None
                )
            )
            or (
                _action_sentence_goes_on(heading, line)
                and self.above is not None
                and self.above.width >= _FULL_FRACTION * self.ordinary_full_width()
            )
            or self.titles_a_named_text(heading, index, line)
            or (
                not self.opens_a_sub_heading(heading, line)
                and (
                    (
                        self.is_full(self.text_above)
                        and not self.stops_short_of_the_wrap(heading, line)
                    )
                    or self.centred_title_goes_on(line)
                    or self.title_goes_on_to_a_blank(heading, index, line)
                    or self.annex_title_goes_on(heading, index, line)
                )
            )
        )

    def opens_a_sub_heading(self, heading: _Node, line: _Line) -> bool:
        """Whether ``line`` opens with a common noun's capital below a title in sentence case
        ("A. Strengthening international cooperation on … governance" + "Capacity"): a heading
        of its own, however wide the title, for a sentence-case title wraps onto a capital only
        at a name's ("…small island developing" + "States"). The noun is common when the text
        spells it in lower case and never with its capital mid-sentence, as it does "States"."""
        first = _CAPITALISED_WORD_RE.match(line.text)
        last = _LAST_WORD_RE.search(heading.title)
        if first is None or last is None or not last.group(1).islower():
            return False
        if self.words_by_case is None:
            texts = [line.text for line in self.lines]
            self.words_by_case = (
                {word for text in texts for word in _LOWER_CASE_WORD_RE.findall(text)},
                {
                    word.casefold()
                    for text in texts
                    for word in _CAPITAL_MID_SENTENCE_RE.findall(text)
                },
            )
        lower_case, capitalised = self.words_by_case
        word = first.group().casefold()
        return word in lower_case and word not in capitalised

    def stops_short_of_the_wrap(self, heading: _Node, line: _Line) -> bool:
        """Whether a keyword heading's line in Chinese ("目标1. 弥合所有数字鸿沟，…取得进展"), as
        written (no layout's indent), stopped short of the width the text wraps its Chinese lines
        at by room for the first ideograph of ``line``: a printer breaks a Chinese line at any
        character, so no wrap broke the heading there, and ``line`` ("数字连通性") is no word of
        its title, however near the text's edge the heading reached. Only where ``line`` could
        be a sub-heading: none ends like a sentence ("行动，不让任何一个人掉队。"), nor opens
        with a heading's keyword it does not number ("目标的进展", the "…可持续发展" + "目标" the
        title goes on with), so the title goes on there, wrapped wherever its width was."""
        above = self.text_above
        if (
            above is None
            or heading.key is None
            or _KEYWORD_KEY_RE.match(heading.key, len(heading.scope.prefix)) is None
            or above.indent
            or line.indent
            or _IDEOGRAPH_RE.match(above.text[-1]) is None
            or _IDEOGRAPH_RE.match(line.text[0]) is None
            or _SENTENCE_END_RE.search(line.text) is not None
            or (line.text.startswith(_CHINESE_KEYWORDS) and _KEYWORD_RE.match(line.text) is None)
        ):
            return False
        wrap = self.chinese_wrap_width()
        return wrap is not None and above.width + display_width(line.text[0]) <= wrap

    def ordinary_full_width(self) -> float:
        """The median width of the text's full lines: of its lines set at the margin (a
        right-set "附件一" or a centred title is not) other than its keyword headings ("行动1.
        …"), those at least half as wide as the widest. An action's title well short of it
        ("行动1. 加强统计能力" over "会员国将加强国家统计局的能力。") is whole, not cut.
        Computed on first need."""
        if self.full_line_width is None:
            widths = [
                line.width
                for line in self.lines
                if not line.centred
                and line.indent <= _MOST_MARGIN_INDENT
                and line.md_level is None
                and _KEYWORD_RE.match(line.text) is None
                and not _is_junk_line(line)
            ]
            widest = max(widths, default=0)
            self.full_line_width = statistics.median(
                [width for width in widths if 2 * width >= widest] or [0]
            )
        return self.full_line_width

    def chinese_wrap_width(self) -> int | None:
        """The width the text wraps its Chinese lines at, as written: the commonest of its lines
        ending with an ideograph right above a line going on with an ideograph, two of them at
        least; None without. Computed on first need."""
        if self.cjk_wrap is None:
            widths = Counter(
                above.width
                for above, below in pairwise(self.lines)
                if not below.after_blank
                and not below.page_top
                and not above.indent
                and not below.indent
                and _IDEOGRAPH_RE.match(above.text[-1]) is not None
                and _IDEOGRAPH_RE.match(below.text[0]) is not None
                and not _opens_with_a_marker(below.view)
            )
            common = widths.most_common(1)
            self.cjk_wrap = common[0][0] if common and common[0][1] >= 2 else 0
        return self.cjk_wrap or None

    def annex_title_goes_on(self, heading: _Node, index: int, line: _Line) -> bool:
        """Whether ``line`` goes on with the title of the annex (or appendix) heading right
        above it ("Annex I" + "Proposed modalities for the Global Dialogue on Artificial" +
        "Intelligence Governance" + a blank line), however short the line above: the title's
        unpunctuated lines, down to a blank line, a page break, a numbered line or the text's
        end, at most ``_LONGEST_TITLE_LINES`` in all, are one heading, so that English and
        Chinese, wrapped at different places, count alike; each below a line at least half the
        text's width, as a wrapped line is, or one leaving the title open ("Terms of reference" +
        "of the Panel", "小组的" + "职权范围"). Not where those lines end like a sentence or at
        a comma (the annex's text begins below its title), nor over a text's chapeau, a
        preambular opening or a text's name."""
        if heading.key is None or _PART_KEY_RE.search(heading.key) is None or not heading.text:
            return False
        end = min(index + _LONGEST_TITLE_LINES - 1, len(self.lines))
        for position in range(index, end + 1):
            if position == len(self.lines):
                return True
            below = self.lines[position]
            if position > index and (
                below.after_blank or below.page_top or self.looks_structural(below)
            ):
                return True
            if (
                # A title wraps only a line of some width, or one that leaves it open ("小组的"
                # + "职权范围", "Terms of reference" + "of the Panel"): below "Composition of
                # the Bureau" come the list's own short lines ("Chair" + "Ms. Amina Hassan").
                (
                    2 * self.lines[position - 1].width < self.full_width
                    and not _title_left_open(self.lines[position - 1].text, below.text)
                )
                or position == end
                or below.bullet
                or below.table_row
                or below.md_level is not None
                or _is_page_furniture(below)
                or self.looks_structural(below)
                or not ends_open(below.text, comma_closes=True)
                or is_chapeau(below.text)
                or opens_a_decision(below.text)
                or opens_preamble(below.text)
                or _NAMES_A_TEXT_RE.match(below.text) is not None
                or _ANNEX_RE.match(below.view) is not None
                or _CN_ANNEX_RE.match(below.view) is not None
            ):
                return False
        return False

    def centred_title_goes_on(self, line: _Line) -> bool:
        """Whether ``line`` is centred right below a centred line: a title set over two or three
        centred lines ("Information and communications technologies" + "for development",
        "建立使用信息和通信技术的" + "信心和安全保障"), one heading, as where it fits one line."""
        above = self.text_above
        return (
            line.centred and above is not None and above.centred and above.number == line.number - 1
        )

    def names_a_text_apart(self, line: _Line, following: _Line) -> bool:
        """Whether ``line`` is a heading naming a text ("Draft decision", "Draft resolution I",
        "决定草案") alone on its line after a blank line: it heads the text, its title below it,
        however far right ``pdftotext -layout`` centres it; never a paragraph wrapped there. So
        is a numbered draft's name with its title on the line ("Draft decision I Report of …",
        "决定草案一委员会…的报告") between blank lines, its text below: the decision's sentence
        after the blank line is no word of its title. Atop the text it stands as after a blank
        line ("第 1/CP.28 号决定" + its title)."""
        if not (line.after_blank or line is self.lines[0]):
            return False
        if _NAMES_A_TEXT_RE.match(line.text) is not None:
            return True
        return (
            _NAMES_A_TEXT_WITH_TITLE_RE.match(line.text) is not None
            and following.after_blank
            and not following.page_top
            and (
                is_chapeau(following.text)
                or opens_a_decision(following.text)
                or _DECISION_SENTENCE_RE.match(following.text) is not None
            )
        )

    def titles_a_named_text(self, heading: _Node, index: int, line: _Line) -> bool:
        """ "Draft resolution I" + "Assessment of the progress made … outcomes of the" + "World
        Summit on the Information Society" + a blank line: below a heading naming a text (a
        draft resolution or decision, a decision by its number, "决议草案一", "第28/101号决定"),
        unpunctuated lines down to a blank line are its title, over as many lines as a language
        wraps it to, so that English and Chinese count alike. This holds in any layout: a report
        quoting one draft decision numbers too few paragraphs to show that blank lines set them
        apart, and the title would otherwise go on into the decision's sentence below it."""
        if (
            line.after_blank
            or self.across_page_break
            or _NAMES_A_TEXT_RE.match(heading.title) is None
        ):
            return False
        for below in self.lines[index : index + _LONGEST_TITLE_LINES + 1]:
            if below.page_top or self.passes_over(below):
                return False  # a title never runs over a page's end
            if below is not line and below.after_blank:
                return True
            if (
                # A title's line may end at one of its commas ("…in particular women and
                # children, and smuggling of migrants," + "including through …").
                not ends_open(below.text, comma_closes=False)
                or is_chapeau(below.text)
                or opens_a_decision(below.text)
                or (opens_preamble(below.text) and not self.title_opening_as_preamble(index, below))
                or self.looks_structural(below)
                # "第70/125号决议" + its title + "第69/313号决议" + …: a list of texts.
                or _NAMES_A_TEXT_RE.match(below.text) is not None
            ):
                return False
        return False

    def title_opening_as_preamble(self, index: int, line: _Line) -> bool:
        """Whether ``line``, right below a heading naming a text ("第2025/202号决定"), is its
        title though it opens with the word a preambular paragraph opens with ("确认职司委员会
        成员": "确认", "Recognizing"): the title's one line, unpunctuated at its end as no
        preambular paragraph is, a blank line below it."""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else None
        return (
            line is self.lines[index]
            and below is not None
            and below.after_blank
            and ends_open(line.text, comma_closes=True)
            and line.text[-1] not in _NO_TITLE_ENDS
        )

    def title_goes_on_to_a_blank(self, heading: _Node, index: int, line: _Line) -> bool:
        following = self.next_content(index)
        return (
            self.blank_line_paragraphs
            # A title is kept with what follows it: one that ends a page ends there, and the
            # short line atop the next page is a heading of its own.
            and not self.across_page_break
            and (line.text[0].isupper() or is_cjk(line.text[0]))
            and ends_open(heading.title, comma_closes=True)
            and ends_open(line.text, comma_closes=True)
            and (following is None or following.after_blank)
        )

    def wraps_onto(self, line: _Line) -> bool:
        """Whether ``line`` goes on with the finished line above it, in a document whose
        paragraphs are apart by blank lines (see ``_blank_line_paragraphs``): right below it,
        the line above at the full width of the text (a break made by wrapping, not an
        ending), the line itself finished or full too (not a heading, "Follow-up and review"),
        and, in the preamble, not opening a preambular paragraph ("…70/1,\nReaffirming …" lost
        a blank line, not a wrap)."""
        return (
            self.right_below(line)
            and self.is_full(self.text_above)
            and not self.opens_a_paragraph_atop_a_page(line)
            and not self.opens_further_in_below_a_stop(line)
            and (not ends_open(line.text, comma_closes=self.front) or self.is_full(line))
            and not (self.front and opens_preamble(line.text))
            and _VOTE_CAPTION_RE.match(line.text) is None
            and (
                self.blank_line_paragraphs
                or self.may_go_on_at_the_edge()
                or self.name_goes_on_in_the_preamble(line)
            )
        )

    def goes_on_in_its_block(self, index: int, line: _Line) -> bool:
        """In Markdown, whether ``line`` goes on with the paragraph the line right above it (no
        blank line between) went into, whatever their widths and wherever a sentence stopped:
        below a hard break ("…took part.\\", "…took part.<br>"), or in a text whose blank
        lines set its paragraphs apart (``_markdown_blocks``; pandoc wraps at 72 columns, a
        Chinese copy not at all, so both number alike). Not a line opening a preambular
        paragraph in the preamble, nor an unpunctuated short line, a title in a block, nor a
        line back at the margin below a list's entry (a paragraph after the list); a marker, a
        bullet, a heading, a table row or a note opens its own as anywhere else."""
        above, current = self.above, self.current
        if (
            not self.markdown
            or current is None
            or above is None
            or self.above_went_into is not current
            or line.after_blank
            or line.bullet
            or above.md_level is not None
            or above.table_row
            or above.sup_footnote is not None
            or not (self.markdown_blocks or above.hard_break)
            or (self.front and opens_preamble(line.text))
            or ((current.bullet or self.bullets_open) and line.indent == 0)
        ):
            return False
        following = self.next_content(index)
        return (
            not ends_open(line.text, comma_closes=True)
            or self.is_wrapped(line)
            or (
                following is not None
                and not following.after_blank
                and starts_as_continuation(following.text)
            )
        )

    def opens_a_paragraph_atop_a_page(self, line: _Line) -> bool:
        """Atop a page, in a text that indents its paragraphs' first lines and no wrapped line,
        a line indented as those first lines are, below a page whose last line was at the
        margin, opens a paragraph. A block indented whole (an item's hanging lines, a
        quotation, a table) goes on at the same indent, and a page set further in or out prints
        its lines at another one."""
        above = self.text_above
        return (
            self.across_page_break
            and line.indent > 0
            and not self.markdown
            and above is not None
            and above.indent == 0
            and line.indent == self.first_line_indent()
        )

    def opens_further_in_below_a_stop(self, line: _Line) -> bool:
        """Below a paragraph's wrapped line ending a sentence, a line indented further opens a
        paragraph: pdftotext -layout indents a paragraph's first line and none of its wrapped
        ones ("       …的报告。" + "             大会请秘书长…"). Below the paragraph's first
        line, a deeper line hangs under its number or bullet."""
        current, above = self.current, self.text_above
        return (
            not self.markdown
            and not self.across_page_break
            and current is not None
            and above is not None
            and above.number != current.line
            and line.indent >= above.indent + _FIRST_LINE_INDENT
            and _ends_a_sentence(above.text)
        )

    def goes_on_with_a_preambular_clause(
        self, index: int, line: _Line, text: str, current: _Node
    ) -> bool:
        """Without blank lines between paragraphs and with no indent to tell a first line, a
        Chinese line right below a preambular paragraph's comma goes on with its clause
        ("回顾…第 79/277 号决议，" + "该决议确定了…方式，", "…成果，" + "这些成果为…投入，"),
        as English does in lower case ("…79/277," + "which established …,"): the next
        preambular paragraph opens with its verb phrase ("又回顾…", "遗憾地注意到…"). Only a
        line the clause leaves open goes on, at its comma or "、", or at the page's edge with
        the text going on below it; a lead-in ("决定："), a sentence, the formula leading into
        the chapeau ("因此现在，") or an unpunctuated title above a numbered paragraph stays
        apart."""
        above = self.text_above
        if (
            self.blank_line_paragraphs
            or (line.after_blank and not self.across_page_break)
            or not is_cjk(text[0])
            or above is None
            or not current.first_indent == above.indent == line.indent
            or not opens_preamble(current.text)
            or _CHINESE_PREAMBLE_IN_A_MANNER_RE.match(text) is not None
            or _LEADS_INTO_CHAPEAU_RE.match(text) is not None
        ):
            return False
        if text[-1] in "，、":
            return True
        following = self.next_content(index)
        return (
            self.is_wrapped(line)
            and following is not None
            and not following.after_blank
            and not self.looks_structural(following)
        )

    def quotes_a_title_below_a_comma(self, line: _Line, text: str, current: _Node) -> bool:
        """Whether a line opening with a quotation mark right below a comma is the title the
        paragraph above cites, wrapped before it ("Recalling its resolution 70/1 of 25 September
        2015," + "“Transforming our world: …”,", as UNFCCC decisions print it): no preambular
        paragraph opens with a quotation mark. A text quoted whole, each of its paragraphs
        opening with the mark ("“The General Assembly," + "“Recalling …,"), is not so wrapped."""
        return (
            text[:1] in _QUOTATION_MARKS
            and (not line.after_blank or self.across_page_break)
            and _own_text(current)[:1] not in _QUOTATION_MARKS
        )

    def goes_on_below_an_indented_opening(self, line: _Line) -> bool:
        """A line at the margin right below a full line a comma ends, in a paragraph whose first
        line is indented further: pdftotext -layout indents a paragraph's first line, never its
        wrapped ones, whatever its margin ("回顾…普遍，" set 18 columns in + "具有普遍性…目标，"
        set 10 in), so the line goes on with the paragraph, blank lines
        between paragraphs or none, however short the text (the indents alone show the wrap):
        the next preambular paragraph opens at the first line's indent. So does a line a symbol
        or URL too long for it left short ("特别是…该报告可查阅" + a URL), when the paragraph
        goes on right below it: a heading that lost its blank line above ("…2030 Agenda," +
        "Governance and coordination") has one below, or a numbered paragraph; a line a comma
        or a stop ends is no heading."""
        current = self.current
        above = self.text_above
        below = self.position + 1
        following = self.lines[below] if below < len(self.lines) else None
        return (
            not self.markdown
            and not self.across_page_break
            and not line.after_blank
            and not line.bullet
            and current is not None
            and above is not None
            and self.is_full(above)
            and line.indent < current.first_indent
            and not (self.front and opens_preamble(line.text))
            and (
                (
                    above.text.endswith((",", "，"))
                    and (
                        not ends_open(line.text, comma_closes=True)
                        or (
                            following is not None
                            and not following.after_blank
                            and not self.looks_structural(following)
                        )
                    )
                )
                or self.sentence_goes_on_at_the_indent(line, current, above)
            )
        )

    def sentence_goes_on_at_the_indent(self, line: _Line, current: _Node, above: _Line) -> bool:
        """Below a full line a sentence's stop ends, a line at the indent of the paragraph's
        wrapped lines (the line above's, or, below its first line, short of it), finished or
        full itself, goes on with the paragraph: pdftotext -layout opens the next paragraph at
        its first line's indent, further in ("         1.    大会…" + "       …的报告。" +
        "       大会请秘书长…的报告。", a summary's "             The present report …" +
        "        …today." + "        It describes …"). Chinese lines often end at "。" inside
        a paragraph, and the English wrapped elsewhere goes on at the same line."""
        return (
            _ends_a_sentence(above.text)
            # A list's entry hangs its wrapped lines under its text: a line set out of it is
            # the paragraph after the list.
            and not current.bullet
            and not self.bullets_open
            and (line.indent == above.indent or above.number == current.line)
            and (not ends_open(line.text, comma_closes=True) or self.is_full(line))
            and _VOTE_CAPTION_RE.match(line.text) is None
            # A block quote set further in wraps at the body's first-line indent: the line there
            # below its closing stop opens the body's next paragraph.
            and not (current.text[:1] in _QUOTATION_MARKS and _closes_a_quotation(above.text))
        )

    def may_go_on_at_the_edge(self) -> bool:
        """Without blank lines between paragraphs, only an operative paragraph goes on after a
        sentence's full stop at the edge. In a preamble a comma or full stop at the edge ends
        the paragraph: no list of preambular openers is complete ("…(2024)," + "Determining
        that …", "Persuaded that …"), and a preamble wrapped right after a comma is split (a
        known limit); a semicolon at the edge ends a paragraph or an item anywhere."""
        current = self.current
        if current is None or self.before_operatives():
            return False
        return _ends_a_sentence(current.text)

    def name_goes_on_in_the_preamble(self, line: _Line) -> bool:
        """ "…the International Covenant on Economic," + "Social and Cultural Rights …": a comma
        at the edge ends a preambular paragraph, but not inside a name, a capitalised word before
        it and after it, when the word after is none a preambular paragraph or a formula opens
        with (a participle "-ing" or "-ed", an adverb "-ly", a known opener, "We", "Have agreed
        as follows:", a chapeau)."""
        current = self.current
        if (
            current is None
            or not self.before_operatives()
            or not _NAME_CUT_AT_COMMA_RE.search(current.text[-_TAIL:])
        ):
            return False
        word = _CAPITALISED_WORD_RE.match(line.text)
        return (
            word is not None
            and not word.group(0).endswith(("ing", "ed", "ly"))
            and word.group(0) not in _OPENING_WORDS
            and not line.text.endswith((":", "："))
            and not opens_preamble(line.text)
            and not is_chapeau(line.text)
        )

    def gives_the_we_its_verb(self, index: int, line: _Line) -> bool:
        """ "我们，国家元首…，" + "重申我们对…的坚定承诺。": right below a declaration's "We, …,"
        waiting for its verb, a line whose sentence a full stop ends (on it or on the lines
        wrapped below it) is that verb, however it opens, as English prints it in lower case
        ("…, reaffirm our …"). A preambular paragraph below the "We, …," ends with its comma
        ("回顾…，"), the verb waiting for the formula ("兹宣布：")."""
        current = self.current
        if (
            current is None
            or current.chapeau
            or (line.after_blank and not self.across_page_break)
            or not speaks_as_we_at_length(current.text)
            or _ENDS_WITH_A_COMMA_RE.search(current.text[-_TAIL:]) is None
        ):
            return False
        sentence = line
        for below in self.lines[index + 1 : index + _MOST_VERB_LINES]:
            # Only a line wrapped at the text's width goes on below: a short one is a title.
            if (
                not ends_open(sentence.text, comma_closes=True)
                or not self.is_wrapped(sentence)
                or below.after_blank
                or self.looks_structural(below)
            ):
                break
            sentence = below
        return _SENTENCE_END_RE.search(sentence.text[-_TAIL:]) is not None

    def byline_ends(self, index: int, current: _Node) -> bool:
        """Whether the title block's byline ("Prepared by the co-facilitators, Ambassador …
        (Albania) and Ambassador … (Thailand)", "由共同协调人……（泰国）编写"), unpunctuated,
        ended above the line at ``index``: it closes with a name's bracket or its Chinese verb,
        or a date line stands between (a copy with a paragraph per line, "15 April 2025" below
        it). A byline is a line of the title block, never the paragraph below's opening words;
        one that a page's width wrapped mid-name goes on."""
        own = _own_text(current)
        if _BYLINE_RE.match(own) is None or current.line is None:
            return False
        if _BYLINE_END_RE.search(own) is not None:
            # "由…合作编写" + "的本审查评估了…": a sentence wrapped right after its verb goes on.
            following = self.lines[index].text
            return not (
                starts_as_continuation(following) or following[:1] in _CHINESE_CONTINUATIONS
            )
        for between in reversed(self.lines[:index]):
            if between.number <= current.line:
                return False
            if is_dateline(between.text):
                return True
        return False

    def right_below(self, line: _Line) -> bool:
        """Right below the line above, or first on a page after it (running headers, page
        numbers and blank lines between)."""
        return (
            (self.blank_line_paragraphs or self.wrapped_without_blanks)
            and (not line.after_blank or self.across_page_break)
            and not line.bullet
            and self.above is not None
        )

    def is_full(self, line: _Line | None) -> bool:
        return line is not None and line.width >= self.full_width

    def append(
        self, node: _Node, text: str, *, newline: bool = False, closing: bool = False
    ) -> None:
        # A bare URL the sentence led into ends it ("…available at" + "https://…"), as its
        # full stop would: a heading set apart below it is no longer that sentence's.
        link_ends_it = _BARE_URL_RE.match(text) is not None and (
            _LINK_LEAD_OUT_RE.search(node.text[-_TAIL:]) is not None
        )
        if newline and node.text:
            node.text = f"{node.text}\n{text}"
        else:
            node.text = self.join(node.text, text)
        node.open = _CUT_AT_A_HYPHEN_RE.search(text) is not None or (
            not (closing or link_ends_it) and ends_open(node.text, comma_closes=node.comma_closes)
        )

    def join(self, left: str, right: str) -> str:
        """``join_text``, and a word hyphenated where a line ends ("know-" above "ledge") is
        whole again when the document spells it whole elsewhere and never with the hyphen, or
        in another form (``spells_another_form``). A hyphen the document spells elsewhere
        ("multi-stakeholder") stays, and so does one the document gives no evidence on: keeping
        it loses nothing."""
        joined = join_text(left, right)
        # Told by length, not by building the alternatives: ``join_text`` gives ``left`` and
        # ``right`` with one space between them, or none, or one of them alone, and copying a
        # long paragraph at each of its lines made joining them quadratic.
        spaced = len(joined) == len(left) + len(right) + 1
        if spaced and self.glues_figures_to_ideographs(left[-1], right[0]):
            return left + right
        broken = _LINE_END_HYPHENATION_RE.search(left[-64:]) if left.endswith("-") else None
        if broken is None or len(joined) != len(left) + len(right):
            return joined
        head = broken.group(1)
        tail = _LEADING_WORD_RE.match(right)
        if tail is None:
            return joined
        if self.spelled_words is None:
            self.spelled_words = {
                word.casefold() for line in self.lines for word in _WORD_RE.findall(line.text)
            }
        whole = (head + tail.group()).casefold()
        hyphenated = f"{head}-{tail.group()}".casefold()
        if whole in self.spelled_words and hyphenated not in self.spelled_words:
            return left[:-1] + right
        if self.spells_another_form(head, tail.group()):
            return left[:-1] + right
        if self.breaks_before_a_suffix(head, tail.group()):
            return left[:-1] + right
        return joined

    def breaks_before_a_suffix(self, head: str, tail: str) -> bool:
        """Whether a line-end hyphen the document gives no other evidence on broke a word
        before its ending ("applica-" + "tion", "regu-" + "lar", "coope-" + "ración", "sécu-" +
        "rité"): an ending no word nor compound has as its second half (``_SUFFIX_FRAGMENTS``),
        or a syllable no word opens ("desa-" + "rrollo"), after a small letter, where the
        document writes no word opening with the first part and its hyphen. Asked once
        ``spelled_words`` is known (``join``)."""
        if not head[-1].islower() or not (
            tail in _SUFFIX_FRAGMENTS or _OPENS_NO_WORD_RE.match(tail) is not None
        ):
            return False
        if self.spelled_in_order is None:
            assert self.spelled_words is not None
            self.spelled_in_order = sorted(self.spelled_words)
        return not _opens_a_longer_word(self.spelled_in_order, f"{head}-".casefold())

    def spells_another_form(self, head: str, tail: str) -> bool:
        """Whether the document, not spelling the word a line-end hyphen broke ("docu-" +
        "ment"), spells it inflected ("documents"; "document" for "docu-" + "ments") or, the
        word in lower case, as the start of a longer one ("malicious" in "maliciously"), or a
        word of its family, solid past the hyphen ("multilateral" for "multi-" + "lateralism"):
        whole then too. Never where it writes the first part with a hyphen ("co-facilitators",
        "multi-stakeholder" for "multi-" + "stakeholders"): a hyphen it writes stays. Asked
        once ``spelled_words`` is known (``join``)."""
        spelled = self.spelled_words
        assert spelled is not None
        if self.spelled_in_order is None:
            self.spelled_in_order = sorted(spelled)
        ordered = self.spelled_in_order
        whole = (head + tail).casefold()
        if _opens_a_longer_word(ordered, f"{head}-".casefold()):
            return False
        if any(
            whole + ending in spelled
            or (
                whole.endswith(ending)
                and len(whole) - len(ending) >= len(head)
                and whole[: -len(ending)] in spelled
            )
            for ending in _INFLECTIONS
        ):
            return True
        if tail.islower() and head.islower() and _opens_a_longer_word(ordered, whole):
            return True
        # A word of its family written solid and sharing some letters past the hyphen
        # ("multilateral" for "multi-" + "lateralism", "peacekeepers" for "peace-" + "keeping"):
        # one letter or two could be another word's ("high-" + "level" beside "highlights",
        # and a first part of two letters a prefix's, "in-" + "depth" beside "independent").
        shared = _SHARED_PAST_THE_HYPHEN
        return (
            tail.islower()
            and len(head) > 2
            and len(tail) > shared
            and _opens_a_longer_word(ordered, (head + tail[:shared]).casefold())
        )

    def glues_figures_to_ideographs(self, last: str, first: str) -> bool:
        """Whether a wrap between a figure or Latin letter and an ideograph ("…第53/29" above
        "号决议", "2023" above "年7月14日") joins them without a space: in a text that sets none
        there ("2023年", "第70/1号"), unlike the official layout ("2023 年", "第 70/1 号").
        Computed on first need."""
        if not (
            (last.isascii() and last.isalnum() and _IDEOGRAPH_RE.match(first))
            or (first.isascii() and first.isalnum() and _IDEOGRAPH_RE.match(last))
        ):
            return False
        if self.glued_figures is None:
            text = "\n".join(line.text for line in self.lines)
            glued = len(_GLUED_FIGURE_RE.findall(text))
            spaced = len(_SPACED_FIGURE_RE.findall(text))
            self.glued_figures = glued >= 2 and glued >= 3 * spaced
        return self.glued_figures

    def enclosing_headings(self) -> tuple[_Node, ...]:
        return tuple(self.stack)

    def reset_paragraph_state(self) -> None:
        self.host = None
        self.letter_node = None
        self.next_letter = 1
        self.next_roman = 1
        self.inner_owner = None
        self.bullets_open = self.names_open = self.bullets_nested = self.glyphs_apart = False

    def leave_footnotes(self) -> None:
        self.in_footnotes = False
        self.separator_active = False

    def is_front_masthead(self, line: _Line) -> bool:
        # A list's entry is never the masthead, a symbol alone ("Documents before the Council" +
        # "- A/HRC/58/41") included: it is the list's text.
        if not self.front or line.bullet:
            return False
        if line.masthead is None:
            line.masthead = is_masthead(line.text)
        return line.masthead

    def lists_names(self, index: int, line: _Line) -> bool:
        """ "(a) To grant special consultative status to the following organizations:" +
        "Arab Organization for Human Rights" + "International Peace Foundation": short unpunctuated
        lines below a numbered paragraph or item that opens a list (two or more, a title is one, but
        for one right above the paragraph numbered next, ``numbers_the_paragraph_after``, or
        ending the text, where it titles nothing) are its
        entries, one per line, never one sentence or front matter. So are a programme of work's
        dates, time slots and agenda items ("…as follows:" + "Monday, 3 March" + "10 a.m.-1 p.m." +
        "Item 1. Opening of the session"), never two joined: in a list so opened an entry is as wide
        as it runs, and only a line right below a full one goes on with it. A text made of such
        lines is short of its widest line's wrap, not of the typical line's. Short lines above a
        chapeau title the text it opens ("…the following draft resolutions:" + "Draft resolution I"
        + its title + "The Economic and Social Council,"): no list; but a chapeau below "Decision
        79/562" set apart over its title opens that decision, the names above it ("…appointed the
        following persons:" + "Zhang Wei (China)") a list."""
        current = self.current
        if current is None or not (
            current.kind in ("operative", "subparagraph") or self.lists_below_a_sentence(line)
        ):
            return False
        if self.names_open:
            return (
                _is_listed_name(line, _MAX_HEADING_WIDTH)
                and not (self.is_full(self.above) and not line.after_blank)
                # "Decision 2025/218" after the list: the next text of a run.
                and not self.names_a_numbered_text_apart(index, line)
            )
        short = max(self.wrap_width, self.wrap_width_of_widest)
        if not _is_listed_name(line, short) or _NAMES_A_TEXT_RE.match(line.text) is not None:
            # "…通过下列决定草案：" + "决定草案" + its title: the text it adopts, no list.
            return False
        following = self.next_content(index)
        return (
            _introduces_list(current.text)
            and not _ADOPTS_TEXT_RE.match(current.text)
            and (
                # The list's one entry ends the text ("…confirmed the nomination of:" + "Ms.
                # Jane Doe (Kenya)"): no heading stands over nothing.
                following is None
                or _is_listed_name(following, short)
                # One entry opens with a word: a figure alone there ("152/150") is the page's.
                or (
                    not line.text[:1].isdigit()
                    and self.numbers_the_paragraph_after(current, following)
                )
            )
            and not self.titles_a_chapeau(index, short)
        )

    def numbers_the_paragraph_after(self, current: _Node, line: _Line) -> bool:
        """Whether ``line`` opens the paragraph numbered after ``current``, a numbered
        paragraph or its item: a single short line between, below the colon, is the one entry
        of the list the colon opened ("1. … to consider the following:" + "Close the digital
        divide" + "2. …"), as no heading sits between a paragraph's colon and the paragraph
        next in sequence. Before paragraph 1 it may title the text a colon introduces, which
        numbers its paragraphs from 1 ("…临时议程和文件：" + its title + "1. …")."""
        numbered = _NUMBER_RE.match(line.view)
        return (
            current.kind in ("operative", "subparagraph")
            and self.scope.next_top > 1
            and numbered is not None
            and int(numbered.group(1)) == self.scope.next_top
        )

    def title_wraps_at_its_colon(self, index: int, line: _Line, current: _Node) -> bool:
        """Whether, above where the text began, ``line`` is the rest of a title wrapped right
        after its colon ("人工智能治理全球对话和人工智能问题独立国际科学小组：" + "初步步骤"): in
        Chinese, one unpunctuated line right below a line of its own that a full-width colon
        ends, as wide as no short title is, with no clause apart by a comma, and leading into no
        list ("…如下：", "…下列…："), a blank line above that line and below this one. No list's
        entry (a list's entries are two at least), nor the text's first words: the title
        block's, as where the English title ("…Scientific Panel:" + "initial steps") goes on as
        a sentence's wrapped line."""
        following = self.next_content(index)
        return (
            self.front
            and current.kind == "text"
            and not current.body
            and not current.bullet
            and self.above is not None
            and current.line == self.above.number  # its one line, right above
            and (self.above.after_blank or self.above is self.lines[0])
            # Chinese sets its title's colon full width, its rest in ideographs; English prints
            # that rest in lower case, and goes on with it as a sentence's wrapped line.
            and current.text.endswith("：")
            and _IDEOGRAPH_RE.match(line.text[0]) is not None
            # A title names; it strings no clauses ("…今后步骤，以及…建议：" is a sentence's).
            and not any(mark in current.text for mark in "，；。")
            # A title as wide as a title apart is, at least; no list's lead-in ("…如下：").
            and display_width(current.text) > _WIDEST_TITLE_APART
            and _LEADS_INTO_A_LIST_RE.search(current.text) is None
            and not line.after_blank
            and not line.page_top
            and not line.bullet
            and ends_open(line.text, comma_closes=True)
            and display_width(line.text) <= _WIDEST_TITLE_APART
            and following is not None
            and self.blank_line_below(index, following)
        )

    def lists_below_a_sentence(self, line: _Line) -> bool:
        """Whether ``line`` may list names below an unnumbered paragraph's colon, as a
        decision's one sentence lists them ("…decided to grant consultative status to the
        following non-governmental organizations:" + "Global Digital Rights Alliance", "…决定
        给予以下非政府组织咨商地位：" + "全球数字权利联盟"): right below it and one another, no
        blank line between (after one, a heading may stand apart), and not below a chapeau, a
        table's caption, a bullet or a decision's opening ("The Economic and Social Council:"),
        which lists its items lettered."""
        current = self.current
        return (
            current is not None
            and current.kind == "text"
            and not current.chapeau
            and not current.table
            and not current.bullet
            and not line.after_blank
            and not opens_a_decision(current.text)
        )

    def nests_bullet(self, current: _Node, line: _Line) -> bool:
        """Whether the bullet ``line`` is an item of the bullet paragraph ``current``, indented
        deeper, as Word prints its second level ("•   Capacity-building" + "    –   digital
        skills"). Across a page break indents are another page's: not compared."""
        return (
            current.bullet
            and not self.across_page_break
            and line.indent >= current.first_indent + _NESTED_INDENT
        )

    def is_sibling_bullet(self, current: _Node, line: _Line) -> bool:
        """Whether the bullet ``line``, below items the bullet paragraph ``current`` took, is
        that paragraph's sibling, below a colon too: back at its indent below items indented
        deeper ("•   …including through:" + "    o   digital skills;" + "•   Enabling
        environment"), or printed with its glyph below items printed with another, as pdftotext
        prints a list without its layout ("• …including through:" + "o digital skills;" + "•
        Enabling environment")."""
        return current.bullet and (
            self.bullets_nested or (self.glyphs_apart and line.glyph == current.glyph)
        )

    def goes_on_a_listed_entry(self, line: _Line) -> bool:
        """Whether ``line`` goes on with the listed entry right above, stopped at a word no
        entry ends with ("…the implementation of the" + "2030 Agenda and of …"): a quotation
        wrapped below "…as follows:", no entry of its own."""
        return (
            self.names_open
            and not line.after_blank
            and self.above is not None
            and _UNFINISHED_TITLE_RE.search(self.above.text) is not None
        )

    def titles_an_items_list(self, index: int, line: _Line, current: _Node) -> bool:
        """Whether an unpunctuated line below an item's colon, right above the list's "1."
        (its own wrapped lines between), is that list's title: "(b) Approved the provisional
        agenda … as set out below:" + "Provisional agenda and documentation for the
        twenty-ninth session of the Commission" + "1. Election of officers.". The title and
        the list are the item's text, as the list is without a title (see
        ``lists_for_the_paragraph_above``), never front matter above the text's paragraphs."""
        if current.kind != "subparagraph" or not _introduces_list(current.text):
            return False
        numbered = self.numbered_below_a_run(index, line)
        return numbered is not None and numbered[1] == 1

    def heads_a_table_below_a_colon(self, line: _Line, current: _Node) -> bool:
        """Whether ``line`` is a table's column heads of years alone ("2019   2021   2023"),
        printed without a caption below a paragraph its colon ends ("…strategies rose:"): a
        line of that paragraph, as its list would be."""
        return (
            is_years_row(line.view)
            and not line.bullet
            and line.preamble_number is None
            and not self.across_page_break
            and _introduces_list(current.text)
        )

    def goes_on_years_row(self, line: _Line, current: _Node) -> bool:
        """Whether ``line``, right below a table's column heads of years that ``current`` holds
        as its last line ("2024   2025" + "Consultations with stakeholders in …"), or below a
        row of figures right under them ("45   62   80"), goes on as a line of its own: the
        row below the heads, not words of the same line. Lines wrapped below it join it as
        usual."""
        above = self.above
        if (
            above is None
            or line.after_blank
            or self.across_page_break
            or line.bullet
            or line.preamble_number is not None
            or self.looks_structural(line)
        ):
            return False
        # Whether the line above is the paragraph's last line, asked without splitting the
        # paragraph at every line (a long one made this quadratic).
        start_of_last = len(current.text) - len(above.text)
        if not current.text.endswith(above.text) or (
            start_of_last > 0 and current.text[start_of_last - 1] != "\n"
        ):
            return False
        if is_years_row(above.view):
            return True
        # Rows of figures below the years, one a line.
        if not (_is_row_of_figures(line.view) and _is_row_of_figures(above.view)):
            return False
        for row in reversed(current.text.split("\n")[:-1]):
            if is_years_row(row):
                return True
            if not _is_row_of_figures(row):
                return False
        return False

    def notes_a_listed_entry(self, index: int, line: _Line, current: _Node) -> bool:
        """Whether an unpunctuated line below a finished entry of the list a paragraph or item
        keeps in its text is a note on that entry, as are the unpunctuated lines below it down
        to the list's next number: an agenda's documentation ("(b) Approved the provisional
        agenda …:" + "2. Progress made ….", "Documentation" + "Report of the
        Secretary-General" + "3. …", "文件" + "秘书长的报告"). It stays in the text, one line
        each, never a heading over the entries below nor front matter. Below the list's last
        entry nothing tells it apart from a heading (a known limit); nor does anything when the
        number below goes on with the text's own paragraphs too (see
        ``resumes_the_texts_numbering``): a heading, over the text's next paragraphs. A list
        kept only because it restarts at 1 below an unpunctuated title (an annotation's "Item 2"
        + its title wrapped + "1. The Commission will review …") keeps no such lines: nothing
        introduced it, and the lines below it are the text's ("Documentation", "Item 3")."""
        if current is not self.inner_owner or current.open or not self.inner_introduced:
            return False
        numbered = self.numbered_below_a_run(index, line)
        if numbered is None:
            return False
        below, number = numbered
        return self.enters_the_inner_list(
            below, self.lines[below], number
        ) and not self.resumes_the_texts_numbering(below, number)

    def resumes_the_texts_numbering(self, index: int, number: int) -> bool:
        """Whether ``number``, opening line ``index`` below a run of unpunctuated lines under
        an entry of the list kept in a paragraph, may as well go on with the text's numbered
        paragraphs: the text numbers them (one is above the list), ``number`` is the one it
        expects next or past it, and the numbers below do not come back to the one it expects,
        as they do below an agenda a paragraph approves ("2. Approves the agenda:" + "1. …" +
        "2. …" + "Documentation" + "3. Adoption of the report." + "3. Decides …"). So a
        resolution's heading and next paragraphs below a list that took the paragraph after it
        ("2. Requests the following reports:" + "1. …;" + "2. …;" + "3. Invites …." + "Follow-up
        and review" + "4. Decides …" + "5. …") are the text's, as below a list that did not."""
        expected = self.scope.next_top
        return 1 < expected <= number and not self.paragraph_number_comes_back(
            index, number, to=expected
        )

    def numbered_below_a_run(self, index: int, line: _Line) -> tuple[int, int] | None:
        """The index and number of the numbered line that ends the run of lines from ``line``
        (at ``index``) down, when they are unpunctuated and no marker or bullet: a title, or a
        list of documents, its rows too ("E/CN.16/2025/2      Report of the
        Secretary-General")."""
        for below in range(index, min(len(self.lines), index + 1 + _LOOK_AHEAD_LINES)):
            candidate = self.lines[below]
            if self.passes_over(candidate):
                continue
            if (numbered := _NUMBER_RE.match(candidate.view)) is not None:
                return (below, int(numbered.group(1))) if below > index else None
            if (
                candidate.bullet
                or self.looks_structural(candidate)
                or not ends_open(candidate.text, comma_closes=True)
                or display_width(candidate.text) > _MAX_HEADING_WIDTH
            ):
                return None
        return None

    def titles_a_chapeau(self, index: int, short: float) -> bool:
        """Whether the run of short lines from ``index`` on ends at a chapeau: not past
        "Decision 79/562" set apart over its title, whose text that chapeau opens, the lines
        above it a list."""
        for at in range(index + 1, min(index + 1 + _LOOK_AHEAD_LINES, len(self.lines))):
            line = self.lines[at]
            if self.names_a_numbered_text_apart(at, line):
                return False
            if not (self.passes_over(line) or _is_listed_name(line, short)):
                return is_chapeau(line.text)
        return False

    def next_content(self, index: int) -> _Line | None:
        for line in self.lines[index + 1 : index + 8]:
            if not self.passes_over(line):
                return line
        return None

    def passes_over(self, line: _Line) -> bool:
        """Page furniture, separators and masthead lines: between the text's lines, none of it."""
        return (
            _is_page_furniture(line)
            or (line.md_level is None and is_separator(line.text))
            or self.is_front_masthead(line)
        )

    def next_text_past_notes(self, index: int) -> _Line | None:
        """The next line of the text itself: past page furniture and the notes at the page's
        foot ("1 Resolution 79/325.", "2", numbers the text marks as references, and a note's
        text below its number alone or below its unfinished line), and in Markdown the notes a
        superscript opens ("<sup>1</sup> General Assembly resolution 217 A (III).") where a page
        break fell mid-sentence."""
        below_a_note = False
        for line in self.lines[index + 1 : index + _MOST_PAGE_FOOT_LINES]:
            if self.passes_over(line):
                continue
            if line.sup_footnote is not None and not starts_as_continuation(line.text):
                below_a_note = False
                continue
            note = self.referenced_note(line)
            if note is None and not below_a_note:
                return line
            below_a_note = note is not None and (
                _NUMBER_ALONE_RE.match(line.view) is not None
                or ends_open(line.text, comma_closes=False)
            )
        return None

    def referenced_note(self, line: _Line) -> int | None:
        """The number of a note the line opens ("1 Resolution 79/325.", or "1" alone) when the
        text marks that number as a reference."""
        note = _FOOTNOTE_LINE_RE.match(line.view) or _NUMBER_ALONE_RE.match(line.view)
        if note is None or not self.seen_as_reference(int(note.group(1))):
            return None
        return int(note.group(1))

    # -- node creation ----------------------------------------------------------------------

    def add_heading(
        self,
        line: _Line,
        *,
        level: int,
        title: str,
        text: str,
        key: str | None,
        label: str | None,
        plain: bool = False,
        lettered: bool = False,
        inside: _Node | None = None,
    ) -> _Node:
        names_a_text = plain and _names_a_text(title)
        above = self.quoting_headings() if names_a_text else self.stack[:]
        quoted = names_a_text and self.scope.next_top > 1
        while (
            self.stack
            and (
                self.stack[-1].level >= level
                # "## 序言" + "兹协议如下：" + "第1条": the preamble ends where the first article
                # or chapter opens, whatever level its title was marked up at.
                or (key is not None and _PREAMBLE_TITLE_RE.match(self.stack[-1].title) is not None)
            )
            and not (plain and not names_a_text and self.titles_the_text_named(line))
            # The text a report's paragraph quotes sits inside the heading over that paragraph
            # ("一、 决议" + "1. …通过了下列决议：" + "决定草案"), never beside it.
            and not (quoted and self.stack[-1] in above and self.quotes_a_text_below())
            # An annex's appendix holds the headings of its own numbering ("annex-1/appendix-1/
            # section-2"), though plain text ranks a section at the appendix's own level.
            and not self.opens_the_scope(self.stack[-1])
            and self.stack[-1] is not inside
        ):
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        node = _Node("heading", line.number, self.scope, parent, key=key, label=label)
        if quoted:
            self.quoted_texts.append((node, self.scope, self.scope.next_top, above))
        node.level, node.title, node.text, node.plain = level, title, text, plain
        node.path = self.enclosing_headings()
        node.open = False
        node.front = self.front
        if key is None or lettered:
            node.held_list = self.list_held_below()
        self.nodes.append(node)
        self.stack.append(node)
        self.reset_paragraph_state()
        self.current = node
        return node

    def opens_the_scope(self, heading: _Node) -> bool:
        """Whether ``heading`` is the annex's or appendix's heading that opened the scope being
        read, holding every heading inside it."""
        return (
            heading.scope is self.scope
            and heading.key is not None
            and _PART_KEY_RE.search(heading.key) is not None
        )

    def titles_the_text_named(self, line: _Line) -> bool:
        """Whether an unpunctuated line read as a heading right below a heading naming a text
        ("Draft decision" + blank lines + "Report of the Commission on its twenty-eighth
        session", or "Draft decision II" + "Dates of the twenty-ninth session" above the
        decision's sentence) is that text's title, a heading under it, as the title a chapeau
        shows one is; never a heading beside it."""
        current = self.current
        return (
            current is not None
            and current.kind == "heading"
            and bool(self.stack)
            and self.stack[-1] is current
            and current.plain
            and _NAMES_A_TEXT_RE.match(current.title) is not None
        )

    def treaty_preamble(self) -> range:
        """The lines of a treaty's preamble (``_treaty_preamble``), read once."""
        if self._treaty_lines is None:
            self._treaty_lines = _treaty_preamble(self.lines)
        return self._treaty_lines

    def list_held_below(self) -> tuple[_Node, _Node | None, int, int] | None:
        """The list a sub-heading interrupts: the numbered paragraph whose colon opened it, right
        above ("…take the following actions:" + "Strengthening normative frameworks") or
        above its lettered items ("(b) …;" + "Strengthening financing"), with the item last
        read and the letter and roman numeral expected next (see ``on_item``)."""
        host, current = self.host, self.current
        if host is not None and host.kind == "text" and current is host and host.held_list:
            # "（1）…；" + "（2）…。" below "（一）…": each unnumbered paragraph in turn holds it.
            return host.held_list
        if (
            host is None
            or current is None
            or host.kind != "operative"
            or not _introduces_list(host.text)
            or not (current is host or (current.kind == "subparagraph" and current.parent is host))
        ):
            return None
        return host, self.letter_node, self.next_letter, self.next_roman

    def quoting_headings(self) -> list[_Node]:
        """The headings over the report's paragraph that quotes the text a heading names: those
        of the text quoted before it by the same paragraph ("2. … the following draft
        decisions:" + "Draft decision I" + … + "Draft decision II"), whose heading is still
        open, or else the headings open now."""
        for heading, scope, expected, above in self.quoted_texts:
            if scope is self.scope and expected == self.scope.next_top and heading in self.stack:
                return above
        return self.stack[:]

    def quotes_a_text_below(self) -> bool:
        """Whether the paragraph just read is the report's last numbered one and leads with its
        colon into the text below it ("1. 理事会在第 61 次会议上通过了下列决议：", "2. … the
        following draft decisions:"), or a text it so quoted is still open."""
        current = self.current
        if any(
            scope is self.scope and expected == self.scope.next_top and heading in self.stack
            for heading, scope, expected, _ in self.quoted_texts
        ):
            return True
        return (
            current is not None
            and current.kind == "operative"
            and current.scope is self.scope
            and current.key == f"{self.scope.prefix}{self.scope.next_top - 1}"
            and current.text.rstrip()[-1:] in (":", "：")
        )

    def close_quoted_text(self, number: int) -> None:
        """A report's paragraph numbered next after the one that quoted a text with no part of
        its own ("1. … the following draft decision:" + "Draft decision I" + its title and
        sentence + "2. At its 10th meeting …"): the quoted text ends there, and the paragraph
        sits under the headings the report's paragraph above it did."""
        for at, (heading, scope, expected, above) in enumerate(self.quoted_texts):
            if scope is self.scope and expected == number and heading in self.stack:
                self.stack[:] = above
                del self.quoted_texts[at:]
                self.reset_paragraph_state()
                return

    def add_paragraph(
        self, line: _Line, kind: str, text: str, *, key: str | None = None, label: str | None = None
    ) -> _Node:
        parent = self.stack[-1] if self.stack else None
        # "PP2 bis": a compilation's preambular number is its paragraph's label, as printed.
        label = label if line.preamble_number is None else line.preamble_label
        node = _Node(kind, line.number, self.scope, parent, key=key, label=label)
        node.first_indent = line.indent
        node.path = self.enclosing_headings()
        node.comma_closes = kind == "text" and self.before_operatives()
        node.front = self.front
        node.printed_pp = line.preamble_number
        node.bullet = line.bullet and not line.navigation
        node.glyph = line.glyph
        node.bold_comma = line.bold_comma
        node.itu_section = self.lead_in is not None
        if kind == "text":
            node.held_list = self.list_held_below()
        self.append(node, text)
        self.nodes.append(node)
        self.reset_paragraph_state()
        self.host = node
        self.current = node
        return node

    def add_item(self, line: _Line, parent: _Node, key: str, marker: str, text: str) -> _Node:
        label = f"{parent.label} {marker}" if parent.label else marker
        node = _Node("subparagraph", line.number, self.scope, parent, key=key, label=label)
        node.path = self.enclosing_headings()
        node.front = self.front
        node.indent = line.indent
        self.append(node, text)
        self.nodes.append(node)
        self.inner_owner = None
        self.bullets_open = self.names_open = self.bullets_nested = self.glyphs_apart = False
        self.current = node
        return node

    def add_lead_in(self, line: _Line, *, operative: bool) -> None:
        """An ITU resolution's lead-in ("considering", "instructs the Secretary-General"): a
        paragraph of its own, which the items below it belong to, never the end of the item
        above it nor a heading."""
        self.leave_footnotes()
        self.figure = None
        node = self.add_paragraph(line, "text", line.text)
        node.open = False
        node.itu_section = True
        node.body = True  # the text's own, however unpunctuated, never front matter
        self.lead_in = node
        self.next_lead_in_item = 1
        if operative and self.operative_lead_in is None:
            self.operative_lead_in = node

    def opens_itu_preamble(self, line: _Line, current: _Node) -> bool:
        """An ITU resolution's preambular clause in lower case, as its lead-ins are, right below
        its conference's chapeau ("The Plenipotentiary Conference … (Bucharest, 2022)," +
        "recognizing that the digital divide persists …,") or after a blank line below another
        such clause, before any lead-in ("noting with concern that …,"): a preambular paragraph
        of its own, as the Chinese "认识到…，" is, never the end of the chapeau or clause above."""
        chapeau = self.conference_chapeau
        if chapeau is None or _ITU_LEAD_IN_CLAUSE_RE.match(line.view) is None:
            return False
        if current is chapeau:
            return True
        return (
            line.after_blank
            and not self.across_page_break
            and current.kind == "text"
            and current.line > chapeau.line
            and current.text.endswith(",")
            and (self.lead_in is None or self.lead_in.line < chapeau.line)
        )

    def add_lead_in_item(self, line: _Line, lead_in: _Node) -> None:
        """An ITU resolution's operative item under its lead-in ("resolves" + "1       to
        continue …"): its number, as printed, is the item's key below the lead-in, and the
        lettered items below it ("1 to invite Member States:" + "a) …") are its own."""
        item = _ITU_ITEM_RE.match(line.view)
        assert item is not None
        self.leave_footnotes()
        number = item.group(1)
        if int(number) != self.next_lead_in_item:
            self.warn(line, f"item {number} out of sequence")
        node = self.add_item(line, lead_in, number, number, line.text[item.start(2) :])
        self.reset_paragraph_state()
        self.host = node
        self.next_lead_in_item = int(number) + 1

    def enter_body(self) -> None:
        self.front = False

    # -- main loop --------------------------------------------------------------------------

    def run(self) -> ParseResult:
        for index, line in enumerate(self.lines):
            self.position = index
            if line.page_top and not self.below_a_meeting:
                self.across_page_break = True
            if self.note_number_above is not None:
                self.on_footnote(self.note_number_above, line.text)
                self.note_number_above = None
                self.above = line
                continue
            if self.is_note_number_alone(index, line):
                continue
            if line.empty_label:
                self.warn(line, "label without text skipped")
                continue
            if index < self.page_foot_notes_end or (
                line.view[:1].isdigit()
                and (
                    self.skips_notes_at_page_foot(index, line)
                    or self.skips_note_stack_at_page_foot(index, line)
                )
            ):
                continue
            if (
                _is_page_furniture(line)
                and not self.is_link_in_a_sentence(line)
                and not self.is_meeting_in_a_sentence(line)
            ):
                if is_meeting_line(line.view):
                    # "37th plenary meeting" closes the text above, page break or not: nothing
                    # below it goes on with that text ("2024/16. …" begins the next one).
                    self.across_page_break = False
                    self.below_a_meeting = True
                elif not self.below_a_meeting:
                    # A page break: the line above the next text is the last one of the page
                    # before.
                    self.across_page_break = True
                continue
            if cyrillic := _CYRILLIC_ITEM_RE.match(line.view):
                self.read_item_letter_as_latin(line, cyrillic)
            if line.after_blank and not self.across_page_break:
                self.end_a_placeholder(line)
            current, text = self.current, self.current.text if self.current else None
            self.dispatch(index, line)
            self.above = line
            went_on = self.current is not None and (
                self.current is not current or self.current.text != text
            )
            self.above_went_into = self.current if went_on else None
            if not self.in_footnotes:
                self.text_above = line
            self.across_page_break = False
            self.below_a_meeting = False
        return self.finish()

    def opened_at(self, number: int) -> _Node | None:
        """The paragraph or item a Markdown line opened, if it opened one."""
        for node in reversed(self.nodes):
            if node.line < number:
                return None
            if node.line == number and node.kind != "heading":
                return node
        return None

    def end_a_placeholder(self, line: _Line) -> None:
        """A blank line ends a paragraph wholly in brackets, a placeholder ("7. [Placeholder for
        text on artificial intelligence]", "[To be completed]"), however unpunctuated: the
        heading below it is no line of it. Right below it, a line goes on with it ("2. [Alt 1]" +
        "Decides that …"), and so does the next alternative in brackets after the blank line
        ("OP4 [Alt 1: …]" + "[Alt 2: …]"). An alternative stopped at its comma ("2. [备选案文
        A：请秘书长…提交报告，]" + "并请会员国…") is a clause its sentence goes on from, no
        placeholder."""
        current = self.current
        if (
            not line.text.startswith(("[", "［"))
            and current is not None
            and current.kind != "heading"
            and current.open
            and (bracketed := _WHOLLY_BRACKETED_RE.match(_own_text(current))) is not None
            and not (
                bracketed.group().rstrip("]］ ").endswith((",", "，", "、"))
                # The sentence goes on with its next clause ("并请…", "以及…"), not with a
                # heading ("后续行动") or a note ("协调人评注：…").
                and _GOES_ON_WITH_A_CLAUSE_RE.match(line.text) is not None
            )
        ):
            current.open = False

    def read_item_letter_as_latin(self, line: _Line, cyrillic: re.Match[str]) -> None:
        """ "а) …" (Cyrillic) is read as the Latin item it stands for, the list's next letter
        deciding between look-alike and alphabet (``latin_item_letter``); its label keeps the
        letter as printed."""
        # "а)" / "(а)" set the pattern's first group, pandoc's "а." its second.
        letter = cyrillic.lastindex or 1
        latin = latin_item_letter(cyrillic.group(letter), self.next_letter)
        if latin is not None:
            start, end = cyrillic.span(letter)
            line.view = line.view[:start] + latin + line.view[end:]

    def is_link_in_a_sentence(self, line: _Line) -> bool:
        """A bare URL right below a line that stopped mid-sentence ("…which is available at")
        is that sentence's, not a page's footer."""
        return (
            _BARE_URL_RE.match(line.text) is not None
            and self.goes_on_the_sentence_above(line)
            # A separator line stops no sentence: the URL below it is a note's or a footer's.
            and self.above is not None
            and not is_separator(self.above.text)
        )

    def leads_into_the_link_below(self, index: int, line: _Line) -> bool:
        """Whether an unpunctuated line stops at a word the bare URL on the next line completes
        ("The zero draft is available at", "零草案载于"), a blank line between or none."""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else None
        return (
            below is not None
            and not below.page_top
            and _BARE_URL_RE.match(below.text) is not None
            and _LINK_LEAD_OUT_RE.search(line.text) is not None
            and not self.ends_a_page(index + 1)
        )

    def ends_a_page(self, index: int) -> bool:
        """Whether the page ends below ``lines[index]``: the next line opens a page or is page
        furniture (its number, "1/5"), another link of a list aside."""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else None
        return below is not None and (
            below.page_top or (_is_page_furniture(below) and _BARE_URL_RE.match(below.text) is None)
        )

    def read_endnotes(self) -> None:
        """The notes a text gathers after its body under their title ("Notes", "Endnotes",
        "注", "注释"; a Markdown heading too) and numbers from 1 ("1. See resolution 70/1." +
        "2 A/79/150.", a note going on over the lines right below where it stops mid-sentence)
        are notes, never paragraphs, where the body above marks every one of them: its number
        glued to the text ("…resolution 70/1,1", "…的报告；2"), set as a superscript or a
        Markdown one ("…70/1¹", "^1^") or in brackets ("…70/1,[1]", dropped from the text as a
        note's reference). Their lines are read as a page's notes below a separator are, the
        title as that separator. A numbered list the body marks no reference to ("Notes" + "1.
        The meeting opened …"), or under any other title ("Annex" + "1. …"), is text."""
        titles = [i for i, line in enumerate(self.lines) if _NOTES_TITLE_RE.match(line.text)]
        if not titles or titles[-1] == 0:
            return
        title = titles[-1]
        notes = self.endnotes_below(title)
        body = self.lines[:title]
        referenced = set(self.marked_notes)
        for line in body:
            referenced.update(candidate_glued_markers(line.text))
            referenced.update(map(int, _BRACKETED_NOTE_REFERENCE_RE.findall(line.text)))
        if not notes or any(number not in referenced for number, _, _ in notes):
            return
        numbers = {str(number) for number, _, _ in notes}
        for line in body:
            if "[" in line.text:
                line.text = _BRACKETED_NOTE_REFERENCE_RE.sub(
                    lambda reference: "" if reference[1] in numbers else reference[0], line.text
                )
                line.view = marker_view(line.text)
        for number, index, text in notes:
            note = self.lines[index]
            note.sup_footnote, note.text, note.view = number, text, marker_view(text)

    def endnotes_below(self, title: int) -> list[tuple[int, int, str]]:
        """The notes right below the notes' title at ``title``, numbered from 1 in sequence:
        each line's note number, index and text (its number dropped); empty if a number out of
        sequence follows them."""
        notes: list[tuple[int, int, str]] = []
        expected = 1
        for index in range(title + 1, len(self.lines)):
            line = self.lines[index]
            numbered = _ENDNOTE_RE.match(line.text)
            if numbered is not None:
                if int(numbered[1] or numbered[2]) != expected:
                    return []
                notes.append((expected, index, numbered[3]))
                expected += 1
            elif (
                notes
                and not line.after_blank
                and not line.page_top
                and ends_open(self.lines[index - 1].text, comma_closes=False)
            ):
                notes.append((notes[-1][0], index, line.text))
            else:
                break
        return notes

    def titles_the_notes_below(self, index: int) -> bool:
        """Whether ``lines[index]`` is the title of the notes right below it ("Notes:" + "[1]
        …"), not a heading over the text's paragraphs ("Notes" + "14. See …" aside)."""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else None
        return (
            below is not None
            and below.sup_footnote is not None
            and _NOTES_TITLE_RE.match(self.lines[index].text) is not None
        )

    def is_meeting_in_a_sentence(self, line: _Line) -> bool:
        """A meeting line right below a line that stopped mid-sentence ("…adoptée à la" +
        "12e séance" + "de la Commission, …") is that sentence's words, not the meeting that
        closes a resolution below its finished last paragraph."""
        return is_meeting_line(line.view) and self.goes_on_the_sentence_above(line)

    def goes_on_the_sentence_above(self, line: _Line) -> bool:
        """Whether ``line`` sits right below a paragraph's line that stopped mid-sentence."""
        return (
            not line.after_blank
            and self.above is not None
            and self.current is not None
            and self.current.kind != "heading"
            and ends_open(self.above.text, comma_closes=False)
        )

    def dispatch(self, index: int, line: _Line) -> None:
        if index in self.title_wraps:
            return  # the rest of a title read whole with its first line
        text, view = line.text, line.view
        if self.across_page_break:
            self.page_ended_below_separator = True
        if _PREAMBLE_TITLE_RE.match(text) and not line.bullet and self.scope.next_top == 1:
            # A list's "- Preamble" (an elements paper's proposed structure) titles nothing;
            # nor does one below this text's numbered paragraphs: it titles a text they adopt
            # (the Pact's "Chapeau" is "序言" in Chinese, below "1. 通过以下文件：").
            self.scope.preamble_titled = True
            self.scope.preamble_from = len(self.nodes)
        if line.sup_footnote is not None:
            if not self.reference_opens_line(line):
                self.on_footnote(line.sup_footnote, text)
                return
            line.sup_footnote = None
        if line.table_row:
            self.leave_footnotes()
            self.on_table_row(line)
            return
        if line.continues_item is not None and (item := self.opened_at(line.continues_item)):
            # A paragraph indented under a list item, past a blank line, is that item's text
            # (CommonMark's continuation), never a paragraph of its own.
            self.append(item, text)
            return
        if (line.md_level is None and is_separator(text)) or self.titles_the_notes_below(index):
            # A web copy prints its notes' title ("Notes:", "注释：") where a page draws the
            # separator: no text, and the notes below it are read as below a separator.
            self.separator_active = True
            self.notes_below_separator = 0
            self.page_ended_below_separator = False
            self.in_footnotes = True
            # A note the page before left unfinished goes on below this separator.
            self.note_cut_by_page = self.footnote_open and self.last_footnote > 0
            self.footnote_open = self.note_at_a_colon = False
            return
        # Contents before the body; in it, a line ending "…… 2027" is text.
        if self.front and is_contents_line(text) and not _NUMBER_RE.match(view):
            return
        if (
            self.front
            or self.contents_on_the_cover(line)
            or (self.contents_page is not None and _CONTENTS_TITLE_RE.match(line.text) is None)
        ) and self.in_contents(index, line):
            return
        if self.is_front_masthead(line):
            return
        if self.repeats_a_heading(line):
            return
        if line.md_level is not None:
            self.leave_footnotes()
            if (
                line.md_level == _BOLD_LEVEL or _CAPTION_RE.match(line.view) is not None
            ) and self.on_markdown_caption(line):
                return
            self.figure = None
            self.on_markdown_heading(line)
            return
        footnote = _FOOTNOTE_LINE_RE.match(view)
        if footnote is None and self.separator_active:
            # Below a separator, pdftotext may glue a note's number to its text: "1See …", when
            # it is the run's next number or was seen as a reference; so, in parentheses, does
            # Arabic, but only in the note block: on the next page, "(2) …" is the body's list
            # going on, whatever number the notes reached.
            glued = _GLUED_NOTE_LINE_RE.match(view) or (
                not self.page_ended_below_separator and _ARABIC_NOTE_LINE_RE.match(view)
            )
            if glued and (
                int(glued.group(1)) == self.last_footnote + 1
                or self.seen_as_reference(int(glued.group(1)))
            ):
                footnote = glued
        if (
            footnote
            and not line.bullet
            and self.accepts_footnote(int(footnote.group(1)), footnote.group(2), line)
        ):
            self.warn_of_a_note_kept_as_text(int(footnote.group(1)), line)
            self.warn_of_a_note_below_the_text(int(footnote.group(1)), line)
            self.on_footnote(int(footnote.group(1)), text[footnote.start(2) :])
            return
        if self.numbered_footnote(index, line):
            return
        if self.note_cut_by_page and self.separator_active and not self.notes_below_separator:
            # "…以及人权理事" + page break + separator + "会第 54/21 号决议。": the rest of it.
            self.note_cut_by_page = False
            self.read_note_line(text)
            return
        if not line.bullet and (
            is_asterisk_note(text) or (self.separator_active and _ASTERISK_LINE_RE.match(text))
        ):
            # "* A/79/50.", "* Reissued for technical reasons …": the page's unnumbered note.
            self.in_footnotes = True
            self.asterisk_note_marks.add(text[: len(text) - len(text.lstrip("*"))])
            self.read_note_line(text)
            return
        if index in self.lead_ins:
            self.add_lead_in(line, operative=self.lead_ins[index])
            return
        if (
            self.lead_in is not None
            and self.current is self.lead_in
            and index not in self.lead_in_items
            and not _opens_with_a_marker(view)
        ):
            if index in self.lead_in_wraps:
                self.append(self.lead_in, text, closing=True)
                return
            if not line.after_blank and _ITU_LEAD_IN_CLAUSE_RE.match(self.lead_in.text):
                # "noting that the report of the Council was" + "considered at length": a
                # preambular clause on the lead-in's line, wrapped; it goes on.
                self.append(self.lead_in, text)
                return
            # "invites Member States" + "to participate actively …": the one clause under
            # the lead-in, a paragraph of its own as the items are, whatever its case.
            self.add_paragraph(line, "text", text)
            return
        self.read_numbered_preamble(index, line)
        # "PP1 bis (EU) Recalling …": a printed preambular number began the paragraph, and
        # what follows it is its text, "(EU)" no item.
        if not line.bullet and line.preamble_number is None and self.on_marker(index, line):
            self.leave_footnotes()
            self.figure = None
            return
        self.on_text(index, line)

    def read_numbered_preamble(self, index: int, line: _Line) -> None:
        """ "## Preamble" + "1.  *Recalling* …," + "2.  *Recognizing* …,": below a "Preamble"
        title, before any operative paragraph, a paragraph numbered next in that run and worded
        as a preambular one is the preamble's, as "PP1", "PP2" are, its number its label, when
        a list restarting at "1." follows (the operative part, under its own heading or not).
        Word numbers a draft's preambular and operative paragraphs with lists, which pandoc
        prints with their numbers only, restarting at "1." below the operative heading. A
        declaration's "我们，…" + "1. 重申我们的承诺。" + "2. 认识到…" opens its commitments with
        the words that open preambular paragraphs and has no such restart: they are paragraphs
        1, 2, as in English; its punctuation tells nothing ("1. 回顾…；" is preambular too)."""
        scope = self.scope
        if (
            not scope.preamble_titled
            or scope.next_top != 1
            or line.bullet
            or line.preamble_number is not None
            or (numbered := _NUMBER_RE.match(line.view)) is None
            or not opens_preamble(numbered.group(2))
            or not self.numbering_restarts_below(index)
        ):
            return
        printed = sum(1 for node in self.nodes[scope.preamble_from :] if node.printed_pp)
        if int(numbered.group(1)) != printed + 1:
            return
        text = numbered.group(2)
        line.preamble_number = line.preamble_label = numbered.group(1)
        line.text, line.view, line.width = text, marker_view(text), display_width(text)

    def numbering_restarts_below(self, index: int) -> bool:
        """Whether a line below ``index`` and before the next annex opens a list at "1."."""
        if self.numbered_one_lines is None:
            self.numbered_one_lines = [
                i
                for i, line in enumerate(self.lines)
                if not line.bullet
                and (numbered := _NUMBER_RE.match(line.view)) is not None
                and numbered.group(1) == "1"
            ]
            self.annex_lines = [
                i
                for i, line in enumerate(self.lines)
                if _ANNEX_RE.match(line.view) or _CN_ANNEX_RE.match(line.view)
            ]
        at = bisect.bisect_right(self.numbered_one_lines, index)
        if at == len(self.numbered_one_lines):
            return False
        restart = self.numbered_one_lines[at]
        annex = bisect.bisect_right(self.annex_lines, index)
        return annex == len(self.annex_lines) or self.annex_lines[annex] > restart

    def on_table_row(self, line: _Line) -> None:
        """A Markdown table is text, one row per line: of the paragraph that introduces it
        (ending with a colon), or else an unnumbered paragraph of its own."""
        current = self.current
        in_table = self.above is not None and self.above.table_row
        own = self.front and self.is_text_of_its_own(self.position, line)
        if (
            current is not None
            and current.kind != "heading"
            and (
                in_table
                or current.table
                or current is self.figure
                or _introduces_list(current.text)
                or self.notes_a_listed_entry(self.position, line, current)
            )
        ):
            self.append(current, line.text, newline=True, closing=True)
            current.body = current.body or own
            return
        node = self.add_paragraph(line, "text", line.text)
        node.open, node.table, node.body = False, True, own

    def in_contents(self, index: int, line: _Line) -> bool:
        """A table of contents opens with its title ("Contents", "目录") and goes on while
        lines are its entries: a title and a page number not smaller than the last entry's
        (tabs or spaces between them, as extraction leaves them), a column title ("Page",
        "页次"), or a line one or two above an entry (an entry wrapped over lines, "I." and its
        title on lines of their own, a group such as "Annex" above the annex's entries). Its
        "I. Introduction … 2" and "Annex" are not the body's sections and annexes. A web page's
        list without pages is one too (``unpaged_contents``)."""
        if index < self.contents_end:
            return True
        if _CONTENTS_TITLE_RE.match(line.text):
            self.contents_end = self.unpaged_contents(index)
            # Below a list without pages the body begins: "Goal 1" there is no entry's page.
            self.contents_page = None if self.contents_end > index + 1 else 0
            self.warn(line, "table of contents skipped")
            if not self.front:
                # On a cover page below the body's first headings: the line below the contents
                # goes on no title above them.
                self.current = None
            return True
        if self.contents_page is None:
            return False
        entry = self.contents_entry(line, self.contents_page)
        if entry is None and any(
            self.contents_entry(following, self.contents_page) is not None
            for following in self.lines[index + 1 : index + 3]
        ):
            entry = self.contents_page
        if entry is None:
            self.contents_page = None
            return False
        self.contents_page = entry
        return True

    def contents_on_the_cover(self, line: _Line) -> bool:
        """Whether ``line`` titles a table of contents printed on the cover page below the part
        and section headings that opened the body ("Part II" + "Section 2" + its title +
        "Contents"), nothing numbered read yet: a budget fascicle's, skipped as one before
        the body is. A cover page prints one."""
        return (
            self.contents_end == 0
            and _CONTENTS_TITLE_RE.match(line.text) is not None
            and len(self.nodes) <= _COVER_NODES
            and all(node.kind in ("heading", "text") for node in self.nodes)
        )

    def unpaged_contents(self, title: int) -> int:
        """The index of the line past a table of contents printed without pages under its title
        (a web page's in-page navigation: "Contents" + "I. Sustainable development …" + "II.
        Science, technology …" + "Action 27. We will seize …"), or the title's next line when
        there is none. Its entries run from the title (or a blank line below it) to the next
        blank line, and the body shows each to be one: it opens a block again further down, just
        as printed ("Action 27" + its commitment right below), or stands alone, as a heading
        does ("II. Science, technology …" between blank lines), whole or as its
        beginning (a truncated "Action 28. We will scale up…"); or it is numbered as such an
        entry is ("I." and "III." beside a repeated "II.", chapters the copy leaves out). The
        list ends at the first line that is neither: with no entry repeated, the lines below
        "Contents" are the body's own ("Contents" + "I. Introduction" + "1. The report …")."""
        lines = self.lines
        block = title + 1
        while (
            block < len(lines)
            and (block == title + 1 or not lines[block].after_blank)
            and len(lines[block].text) <= _LONGEST_CONTENTS_ENTRY
        ):
            block += 1
        entries = lines[title + 1 : block]
        if any(
            _DOT_LEADERS_END_RE.search(entry.text) or is_contents_line(entry.text)
            for entry in entries
        ):
            return title + 1  # a list with its pages, which their run delimits
        alone_below = sorted(
            {
                _spaces_collapsed(line.text)
                for index, line in enumerate(lines[block:], block)
                if _stands_alone(lines, index) and not _is_junk_line(line)
            }
        )
        # A block's first line printed just as the entry is ("Action 27" + "We will seize …"
        # right below it) repeats it too.
        opening_below = {
            _spaces_collapsed(line.text)
            for line in lines[block:]
            if line.after_blank and not _is_junk_line(line)
        }
        repeated = [
            text in opening_below or _names_a_heading(text, alone_below)
            for text in (_spaces_collapsed(entry.text) for entry in entries)
        ]
        numbered_as_repeated = {
            _heading_numbering(entry.view)
            for entry, again in zip(entries, repeated, strict=True)
            if again
        } - {None}
        end = title + 1
        listed: set[str] = set()
        for entry, again in zip(entries, repeated, strict=True):
            text = _spaces_collapsed(entry.text)
            if text in listed:
                break  # the body begins, right below the list: "I. Introduction" again
            if not again and _heading_numbering(entry.view) not in numbered_as_repeated:
                break
            listed.add(text)
            end += 1
        return end if any(repeated[: end - title - 1]) else title + 1

    @staticmethod
    def contents_entry(line: _Line, last_page: int) -> int | None:
        """The page a contents entry names (``last_page`` for a column title), or None. Pages
        only grow, by less than ``_CONTENTS_PAGE_STEP``: a year ending a line is no page."""
        if _CONTENTS_COLUMNS_RE.match(line.text) or _DOT_LEADERS_END_RE.search(line.text):
            return last_page
        if (page := _CONTENTS_PAGE_RE.search(line.text)) is not None and not line.markers:
            number = int(page.group(1))
            return number if last_page <= number < last_page + _CONTENTS_PAGE_STEP else None
        return None

    # -- footnotes --------------------------------------------------------------------------

    def accepts_footnote(self, number: int, text: str, line: _Line) -> bool:
        sentence = self.unfinished_sentence()
        # A sentence the line above left unfinished going on with a number is no note, even
        # where a reference with that number was seen: "…more than" + "2 billion people",
        # "超过" + "3 个区域", "提升至第" + "2 阶段". Counters and units never open a note, nor
        # does lower case (but "ibid.", "see", a URL do), nor anything after an ordinal left
        # open ("第"). Otherwise a Chinese line may be either: pdftotext -layout prints a page's
        # notes right below its last line, rule or no rule, so it is a note.
        if text[0] in _AFTER_A_NUMBER or _completes_an_ordinal(sentence):
            return False
        if text[0].islower() and not _FOOTNOTE_OPENING_RE.match(text):
            return False
        if self.in_footnotes and number == self.last_footnote + 1:
            # Below the text's last paragraph, no rule above, a line past the last note the
            # text points to is the text's: "3 Member States shall report …" below notes 1, 2.
            return (
                self.separator_active
                or self.last_cited_note is None
                or number <= self.last_cited_note
            )
        if self.separator_active:
            # Below a separator, any numbered note; under a paragraph the page break cut off
            # mid-sentence, only a number marked in the text.
            return sentence is None or self.seen_as_reference(number)
        if number == self.last_footnote + 1:
            last_cited = self.last_cited_note_below(self.position)
            if last_cited is not None and number <= last_cited:
                self.last_cited_note = last_cited
                return True
        return (
            self.seen_as_reference(number)
            and number > self.last_footnote
            and self.notes_end_a_page(self.position)
        )

    def warn_of_a_note_below_the_text(self, number: int, line: _Line) -> None:
        """A line below the text's last paragraph, no rule above it, read as a note the text
        points to (``last_cited_note_below``) leaves the text: it is said, so that a line
        printed as text there is never lost unseen."""
        if self.separator_active or self.last_cited_note is None:
            return
        self.warnings.append(
            ParseWarning(
                line.number,
                f"line below the last paragraph, no rule above it, read as footnote {number}, "
                "not as text: check that it is a note",
                _excerpt(line.text),
            )
        )

    def warn_of_a_note_kept_as_text(self, number: int, line: _Line) -> None:
        """A note read with no separator above it, right below a paragraph printed as the note
        before it ("1 同上。" kept as text, "2 A/79/320。" a note): the note leaves the text,
        which a reader comparing it with the printed page would miss, so it is said."""
        current = self.current
        above = _FOOTNOTE_LINE_RE.match(current.text) if current is not None else None
        if self.separator_active or above is None or int(above.group(1)) != number - 1:
            return
        self.warnings.append(
            ParseWarning(
                line.number,
                f"note {number} read as a footnote, not as text, below a paragraph printed as "
                f"note {number - 1}: check whether both are notes",
                _excerpt(line.text),
            )
        )

    def last_cited_note_below(self, index: int) -> int | None:
        """The last note of a block of notes running from ``index`` to the text's end, no
        separator above, as a decision's PDF copy prints it below its last paragraph ("(b) …。"
        + "1 A/79/250/Add.1，第 3 段。" + "2 A/79/320。"): numbered on from the last note read,
        each worded as a note (``_is_worded_as_a_note``) with the lines wrapped below it, the
        block ending at the highest number a reference in the text points to. One whose
        reference the text hides ("…的建议1决定：") is a note all the same: read as a paragraph,
        it would be text while the notes below it were not. Lines numbered past that highest
        reference ("3 Member States shall report …") are the text's, as nothing points to
        them; None when no line from ``index`` is such a note."""
        notes: list[tuple[int, str]] = []
        for below in self.lines[index:]:
            numbered = _FOOTNOTE_LINE_RE.match(below.view)
            if numbered is not None:
                # Stopping at the first number out of sequence keeps a run of numbered lines
                # from being scanned again from each of its lines.
                if int(numbered.group(1)) != self.last_footnote + 1 + len(notes):
                    return None
                notes.append((int(numbered.group(1)), numbered.group(2)))
            elif below.after_blank or not self.goes_on_at_page_foot(below, opens_a_note=False):
                return None
            else:
                number, text = notes[-1]
                notes[-1] = (number, f"{text} {below.view}")
        last_cited = max(
            (number for number, _ in notes if self.seen_as_reference(number)), default=0
        )
        cited_notes = [text for number, text in notes if number <= last_cited]
        if not cited_notes or not all(_is_worded_as_a_note(text) for text in cited_notes):
            return None
        return last_cited

    def notes_end_a_page(self, index: int) -> bool:
        """Whether the notes opening at ``index``, no separator above, end their page: a
        page's notes sit at its foot, so their lines (each numbered note one a reference points
        to, text going on with them, blank lines) run down to the page's furniture, a form
        feed or the text's end. An item list below a clause a reference closes ("…合作，1" +
        "做出决议" + "1 继续…；" + "2 …包括：" + "a) …") goes on with the body: read as notes,
        its items would be lost. Where a plain copy's blank lines stand for the page break,
        the sentence the break cut goes on below them in lower case. One note whose reference
        the text hides (glued where no rule sees it) leaves a block of notes two others' prove
        notes: read as paragraphs, all of them would be the text's. A copy that lost the page
        break sets the notes apart with blank lines where they stood, in the preamble right
        above paragraph 1 too ("…70/125,1" + "1 See A/70/PV.95." + "2 A/79/62." + "1. Decides
        …"): a block so set apart is notes when every note in it is one a reference points to,
        numbered on from the last note read, and worded as a note (``_is_worded_as_a_note``)."""
        end = min(index + _MOST_PAGE_FOOT_LINES, len(self.lines))
        proven = hidden = 0
        notes: list[tuple[int, str]] = []
        for position in range(index, end):
            below = self.lines[position]
            if position > index and (below.page_top or _is_page_furniture(below)):
                return _few_hidden_references(proven, hidden)
            numbered = _FOOTNOTE_LINE_RE.match(below.view)
            if position > index and below.after_blank and numbered is None:
                # Blank lines where a plain copy broke the page: the sentence cut above goes on
                # below the notes ("…World Summit,1 to act and to" + notes + "ensure that …").
                if self.unfinished_sentence() is not None:
                    return starts_as_continuation(below.text)
                return self.notes_set_apart(notes, hidden)
            if numbered is not None:
                if self.seen_as_reference(int(numbered.group(1))):
                    proven += 1
                else:
                    hidden += 1
                notes.append((int(numbered.group(1)), numbered.group(2)))
            elif not self.goes_on_at_page_foot(below, opens_a_note=False):
                return False
            else:
                number, text = notes[-1]
                notes[-1] = (number, f"{text} {below.view}")
        return end == len(self.lines) and _few_hidden_references(proven, hidden)

    def notes_set_apart(self, notes: list[tuple[int, str]], hidden: int) -> bool:
        """Whether ``notes``, the numbered lines of a block between blank lines (each with the
        lines wrapped below it), are notes: all of them referenced above, numbered on from the
        last note read, each worded as a note."""
        first = self.last_footnote + 1
        return (
            hidden == 0
            and [number for number, _ in notes] == list(range(first, first + len(notes)))
            and all(_is_worded_as_a_note(text) for _, text in notes)
        )

    def is_note_number_alone(self, index: int, line: _Line) -> bool:
        """Plain pdftotext prints a note's number on a line of its own and its text right
        below ("1" + "Resolution 70/1."): such a number is a note where a numbered note line
        would be (below a separator, or next in a run of notes), when a note's text follows
        on the very next line. Anything else alone on a line, or a number followed by a blank
        line (the page's number), by page furniture, by a numbered line
        or by what no note opens with, stays what it was."""
        if not (self.separator_active or self.in_footnotes) or line.md_level is not None:
            return False
        alone = _NUMBER_ALONE_RE.match(line.view)
        if alone is None or index + 1 >= len(self.lines):
            return False
        if line.after_blank and not (self.separator_active and not self.notes_below_separator):
            return False  # set apart from the notes above: the page's number
        below = self.lines[index + 1]
        if below.after_blank or below.md_level is not None or below.table_row:
            return False
        if opens_preamble(below.text) or is_chapeau(below.text):
            return False
        if _is_page_furniture(below) or _FOOTNOTE_LINE_RE.match(below.view):
            return False
        if _opens_with_a_marker(below.view):
            return False
        number = int(alone.group(1))
        if not self.separator_active and number != self.last_footnote + 1:
            return False
        if not self.accepts_footnote(number, below.text, below):
            return False
        self.note_number_above = number
        return True

    def skips_notes_at_page_foot(self, index: int, line: _Line) -> bool:
        """Geneva documents draw a page's note separator as a graphic, which pdftotext leaves
        out: the page ends with the note's number alone on its line, its text below ("1" +
        "A/CONF.157/24 (Part I), chap. III." + "GE.24-13170(E)"), maybe a blank line between or
        the numbers printed as a column above the texts ("1" + "2" + "Resolution 217 A (III)." +
        …). Such a number, without the full stop an operative paragraph's number alone on its
        line has, is a note's when it was seen as a reference and not yet as a note, and its
        notes end the page: page furniture right below them. Registers the notes and makes
        ``run`` skip their lines; returns whether it did."""
        alone = _NUMBER_ALONE_RE.match(line.view)
        if alone is None or line.md_level is not None or index == 0:
            return False
        if _is_page_furniture(self.lines[index - 1]):
            return False  # below a running header: the page's own number
        numbers: list[tuple[int, int]] = []  # each note's number and its line's index
        end = 0  # after the last line of a note's text
        below_a_number = False
        for position in range(index, min(index + _MOST_PAGE_FOOT_LINES, len(self.lines))):
            below = self.lines[position]
            number_alone = _NUMBER_ALONE_RE.match(below.view)
            numbered = number_alone or _FOOTNOTE_LINE_RE.match(below.view)
            if numbered and self.next_note_at_page_foot(int(numbered.group(1)), numbers):
                numbers.append((int(numbered.group(1)), position))
            elif _is_page_furniture(below):
                # A number after the notes' last text is the page's.
                notes = [number for number, at in numbers if at < end]
                if not notes:
                    return False
                self.take_page_foot_notes(notes, end)
                return True
            elif not self.goes_on_at_page_foot(below, opens_a_note=below_a_number):
                return False
            below_a_number = number_alone is not None
            if not below_a_number:
                end = position + 1
        return False

    def skips_note_stack_at_page_foot(self, index: int, line: _Line) -> bool:
        """Plain pdftotext prints a page's note numbers as a stack ("1" + "2"), then the notes'
        texts. A reference glued to a digit ("…September 20192 and") is none the text shows, yet
        the stack proves the block: two or more numbers alone, one after the other, at least one
        seen as a reference, right below a paragraph, then (a blank line between or not) as many
        notes, each a finished sentence (a note's unfinished line goes on over the next), the
        last one ending the page (page furniture, a form feed or the text's end right below)
        or followed by a blank line. The numbers must be notes not yet read that a reference on
        the page above points to; a column of numbers below a colon ("…ranked as follows:" +
        "1" + "2" + rows) or whose numbers a note block below a separator later holds is the
        text's own, and a stack taken wrongly would lose it. Registers the notes and makes
        ``run`` skip their lines; returns whether it did."""
        if line.md_level is not None or index == 0 or _is_page_furniture(self.lines[index - 1]):
            return False
        if _introduces_list(self.lines[index - 1].text):
            return False
        numbers: list[int] = []
        position = index
        while position < len(self.lines):
            stacked = self.lines[position]
            alone = _NUMBER_ALONE_RE.match(stacked.view)
            if alone is None or (numbers and stacked.after_blank):
                break
            number = int(alone.group(1))
            if (numbers and number != numbers[-1] + 1) or number <= self.last_footnote:
                return False
            numbers.append(number)
            position += 1
        if (
            len(numbers) < 2
            or not self.referenced_on_the_page(index, numbers)
            or self.noted_below_a_separator(position, numbers)
        ):
            return False
        notes = 0
        note_open = False
        end = min(position + _MOST_PAGE_FOOT_LINES, len(self.lines))
        while position < end:
            below = self.lines[position]
            if notes == len(numbers) and not note_open:
                break
            if _is_page_furniture(below) or (notes and below.after_blank) or below.page_top:
                return False
            if not self.goes_on_at_page_foot(below, opens_a_note=not note_open):
                return False
            if not note_open:
                notes += 1
            note_open = ends_open(below.text, comma_closes=False)
            position += 1
        if notes != len(numbers) or note_open:
            return False
        if position < len(self.lines):
            following = self.lines[position]
            if not (_is_page_furniture(following) or following.page_top or following.after_blank):
                return False
        self.take_page_foot_notes(numbers, position)
        return True

    def take_page_foot_notes(self, numbers: list[int], end: int) -> None:
        """The page's notes ``numbers`` are read, up to the line ``end``, which the body
        goes on from."""
        self.footnote_numbers.update(numbers)
        self.last_footnote = numbers[-1]
        self.leave_footnotes()
        self.footnote_open = self.note_at_a_colon = False
        self.page_foot_notes_end = end

    def referenced_on_the_page(self, index: int, numbers: list[int]) -> bool:
        """Whether a line of the page above ``index`` marks one of ``numbers`` as a reference
        (glued to its text or a superscript)."""
        wanted = set(numbers)
        for position in range(index - 1, -1, -1):
            above = self.lines[position]
            if _is_page_furniture(above):
                return False
            if above.header_title is None and not wanted.isdisjoint(
                {*above.markers, *candidate_glued_markers(above.text)}
            ):
                return True
            if above.page_top:
                return False
        return False

    def noted_below_a_separator(self, index: int, numbers: list[int]) -> bool:
        """Whether a note block below a separator after ``index`` holds one of ``numbers``."""
        below_separator = False
        for below in itertools.islice(self.lines, index, None):
            if below.md_level is None and is_separator(below.text):
                below_separator = True
                continue
            numbered = _NUMBER_ALONE_RE.match(below.view) or _FOOTNOTE_LINE_RE.match(below.view)
            if below_separator and numbered and int(numbered.group(1)) in numbers:
                return True
        return False

    def next_note_at_page_foot(self, number: int, numbers: list[tuple[int, int]]) -> bool:
        return (
            number == numbers[-1][0] + 1 if numbers else number > self.last_footnote
        ) and self.seen_as_reference(number)

    def goes_on_at_page_foot(self, line: _Line, *, opens_a_note: bool) -> bool:
        """Whether ``line`` may be a note's text at a page's foot: no marker, chapeau or
        preambular paragraph, and, right below a note's number, opening as a note does."""
        text = line.text
        if line.md_level is not None or line.table_row or line.bullet or is_separator(text):
            return False
        if _opens_with_a_marker(line.view):
            return False
        if opens_preamble(text) or is_chapeau(text):
            return False
        return not opens_a_note or not (
            text[0] in _AFTER_A_NUMBER
            or (text[0].islower() and not _FOOTNOTE_OPENING_RE.match(text))
        )

    def seen_as_reference(self, number: int) -> bool:
        """Whether ``number`` appears in the text as a footnote reference could."""
        return number in self.reference_evidence()

    def reference_evidence(self) -> set[int]:
        """The numbers the text marks as notes' references or glues to its words as they could
        be, running headers aside, and those pdftotext prints alone on a line inside a sentence
        (``_reference_alone``). Computed on first need."""
        if self.marker_evidence is None:
            self.marker_evidence = set(self.marked_notes)
            for line in self.lines:
                if line.header_title is None:
                    self.marker_evidence.update(candidate_glued_markers(line.text))
            for above, line, below in zip(self.lines, self.lines[1:], self.lines[2:], strict=False):
                if (number := _reference_alone(above, line, below)) is not None:
                    self.marker_evidence.add(number)
            self.spaced_references = _spaced_note_references(self.lines, self.marker_evidence)
            self.marker_evidence.update(self.spaced_references)
        return self.marker_evidence

    def numbered_footnote(self, index: int, line: _Line) -> bool:
        """Web copies list their footnotes as "1. See …" below a separator, referenced by
        links ("world.[1](#fn1)"): a numbered line there that continues the run of footnotes,
        is not the paragraph expected next and was linked to as a note (or marked ``<sup>``)
        is a footnote. Digits merely glued to the text are no such evidence alone: a list
        restarting at 1 below a break is as likely; but an entry citing a document, as a note
        does ("1. 见 A/79/L.118。", "1. See A/79/L.118."), is a note where the text above glues
        its number to a word ("…设立小组1；", "…a group1;"), as "1 见 …" is."""
        if not self.separator_active or line.bullet:
            return False
        numbered = _NUMBER_RE.match(line.view)
        if numbered is None:
            return False
        number = int(numbered.group(1))
        # The paragraph expected next wins, unless notes already run below the separator.
        if number != self.last_footnote + 1 or (
            number == self.scope.next_top and not self.notes_below_separator
        ):
            return False
        note = line.text[numbered.start(2) :]
        if number not in self.marked_notes and not (
            _CITING_NOTE_RE.match(note) is not None
            and any(
                re.search(rf"[^\W\d_]{number}(?!\d)", above.text) for above in self.lines[:index]
            )
        ):
            return False
        self.on_footnote(number, note)
        return True

    def looks_structural(self, line: _Line) -> bool:
        """A cheap look-ahead test: could this line start something other than running text?
        A line opening with a number ("22 December 2004 and …") is a footnote only where
        footnotes are (below a separator or a blank line) or where its number was seen as a
        reference: otherwise it is a wrapped sentence going on with a date or an amount."""
        if line.md_level is not None or line.sup_footnote is not None:
            return True
        view = line.view
        if _opens_with_a_marker(view):
            return True
        footnote = _FOOTNOTE_LINE_RE.match(view)
        return footnote is not None and (
            self.separator_active
            or line.after_blank
            or self.seen_as_reference(int(footnote.group(1)))
        )

    def unfinished_sentence(self) -> str | None:
        """The text of the paragraph the line above left mid-sentence, if it did."""
        current = self.current
        if current is None or current.kind == "heading" or not current.open:
            return None
        return current.text

    def below_a_title(self, line: _Line) -> bool:
        """Whether the line comes after a blank line below the text's title, unpunctuated
        ("Commission on Science and Technology for Development" + "Chapter I"): no sentence
        goes on there, so a chapter or an article opens the text."""
        current = self.current
        return line.after_blank and current is not None and current.front and current.kind == "text"

    def number_before_a_figure(self, line: _Line) -> re.Match[str] | None:
        """The paragraph expected next, its number's full-width stop glued to a figure
        ("3．2024年…", "3．5G网络…"), below a finished paragraph: a full-width stop in a number
        is a decimal point going on with a sentence ("…控制在" + "1．5℃之内"), as "3.5亿" is on
        a wrapped line, before an amount's unit ("2．5亿儿童", "3．5％的国家"), and at the
        margin below a paragraph whose first line is indented, where no number stands."""
        numbered = _numbered_before_a_figure(line)
        current = self.current
        if (
            numbered is None
            or int(numbered.group(1)) != self.scope.next_top
            or self.goes_on_with_a_number()
            or _DECIMAL_BEFORE_A_UNIT_RE.match(numbered.group(2)) is not None
            or (line.indent == 0 and current is not None and current.first_indent > 0)
        ):
            return None
        return numbered

    def bracketed_number(self, line: _Line) -> re.Match[str] | None:
        """The paragraph expected next, its number bracketed alone, as a revised draft prints
        one in question ("5. …;" + "[6] Promote …;" + "7. …"): below a finished paragraph,
        the next number printed below it, bracketed or not, or in a run of bracketed numbers
        ("[1] …" + "[2] …" + "[3] …", the last of it too). A note printed "[3] See …", its
        reference lost, is none (no paragraph 4 follows it), nor is a number a sentence cites
        ("…as set out in" + "[6] …")."""
        numbered = _BRACKETED_PARAGRAPH_NUMBER_RE.match(line.view)
        if (
            numbered is None
            or int(numbered.group(1)) != self.scope.next_top
            or self.unfinished_sentence() is not None
            or not (
                self.number_below() == self.scope.next_top + 1
                or self.goes_on_a_bracketed_run()
                or self.bracketed_number_below() in (self.scope.next_top, self.scope.next_top + 1)
            )
        ):
            return None
        self.bracketed_top = (self.scope, self.scope.next_top)
        return numbered

    def goes_on_a_bracketed_run(self) -> bool:
        """Whether the paragraph above was numbered in brackets, the one expected before the
        next ("[2] …;" + "[3] …."): a text so numbered throughout ends its run so too."""
        return self.bracketed_top == (self.scope, self.scope.next_top - 1)

    def bracketed_number_below(self) -> int | None:
        """The number the next numbered line below prints in brackets ("[2] …", "[1 bis] …"),
        the run a bracketed number opens; none where that line is numbered otherwise."""
        for line in self.lines[self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES]:
            view = line.view
            if bracketed := _BRACKETED_PARAGRAPH_NUMBER_RE.match(
                view
            ) or _BRACKETED_INSERTED_RE.match(view):
                return int(bracketed.group(1))
            if _NUMBER_RE.match(view):
                return None
        return None

    def bracketed_insertion(self, line: _Line) -> re.Match[str] | None:
        """A paragraph inserted in a run of bracketed numbers ("[2] …" + "[2 之二] …"), read as
        "2 bis. …" is."""
        inserted = _BRACKETED_INSERTED_RE.match(line.view)
        if (
            inserted is None
            or int(inserted.group(1)) != self.scope.next_top - 1
            or not self.goes_on_a_bracketed_run()
        ):
            return None
        return inserted

    def bare_marker_in_sentence(self, line: _Line) -> bool:
        """Whether a marker without its opening parenthesis ("3)", "b)") only wraps a sentence
        the line above left unfinished ("…(see paragraph\n3) and requests"). Never below a
        blank line on the page: no sentence wraps there, and an item of a list in that style
        follows one ending with its comma ("ii)  the private sector …," + "b)  Resolution …")."""
        view = line.view
        if _BARE_MARKER_RE.match(view) is None or (line.after_blank and not self.across_page_break):
            return False
        current = self.current
        if current is not None and current.kind != "heading" and _closes_on_next_line(current.text):
            # "…(see para." + "4)." : the parenthesis the line above opened closes here.
            return True
        sentence = self.unfinished_sentence()
        token = view[: view.index(")")]
        if self.item_ended_before_the_last() and (
            letter_index(token) == self.next_letter or roman_value(token) == self.next_roman > 1
        ):
            return False
        return sentence is not None and not (
            view.startswith(("a)", "1)")) and _is_numbered_title(sentence)
        )

    def item_ended_before_the_last(self) -> bool:
        """Whether the line above ended an item of a list as the item before the last ends,
        "…divides; and", "…；以及": the next item in sequence opens the line below, however
        its marker is printed ("b.", "b)", "ii."), no sentence going on there."""
        current = self.current
        return (
            current is not None
            and current.kind == "subparagraph"
            and _BEFORE_LAST_ITEM_END_RE.search(current.text[-_TAIL:]) is not None
        )

    @staticmethod
    def conjunction_below_an_item(current: _Node, text: str) -> bool:
        """Whether the line is a conjunction alone ("以及", "和", "或") joining the item above,
        ended by its semicolon, to the list's last: a Chinese line breaks anywhere, so the
        drafting "…政策；以及" wraps there, the conjunction the item's last word, as a lone
        "and" in lower case is in English."""
        return (
            current.kind == "subparagraph"
            and _ITEM_CONJUNCTION_ALONE_RE.match(text) is not None
            and _ENDS_WITH_A_SEMICOLON_RE.search(current.text[-_TAIL:]) is not None
        )

    def refers_on(self, item_text: str) -> bool:
        """Whether a line opening with "(a)" goes on with a cross-reference the line above
        left unfinished ("…referred to in paragraph 1 and subparagraph\n(a) of paragraph 3",
        "…set out above in\n(a) to (c) of …", "…上文\n(a)至(c)分段…", "…第 3(a)\n㈡段…")
        rather than starting sub-paragraph (a); so does the second marker of a pair the line
        above stops inside ("…paragraph 56 (a) and\n(b) thereof,"), a marker the sentence's
        numbered reference wrapped before, punctuation or another marker right after it
        ("…paragraph 56\n(a). The Panel …", "…paragraph 8\n(c) (ii), shall apply"), and one
        cited by the place it names ("…the provisions of\n(b) above")."""
        sentence = self.unfinished_sentence()
        return sentence is not None and (
            _CITED_MARKER_RE.match(item_text) is not None
            or (
                _CITED_BY_ITS_PLACE_RE.match(item_text) is not None
                and _PREPOSITION_BEFORE_A_MARKER_RE.search(sentence[-_TAIL:]) is not None
            )
            or (
                _CITED_MARKER_PUNCTUATED_RE.match(item_text) is not None
                and _NUMBERED_REFERENCE_END_RE.search(sentence[-_TAIL * 2 :]) is not None
            )
            or _CHINESE_PARAGRAPH_CITED_END_RE.search(sentence[-_TAIL:]) is not None
            or (
                _REFERENCE_GOES_ON_RE.match(item_text) is not None
                and (
                    _REFERENCE_END_RE.search(sentence) is not None
                    or _CITED_MARKER_PAIR_END_RE.search(sentence[-_TAIL:]) is not None
                )
            )
        )

    def reference_completed_below(self, line: _Line, index: int) -> bool:
        """Whether the line right below completes the reference the line stops at with a marker
        ("…taking into account paragraph 5" + "(c) of resolution 79/194;", "…决议第 5" +
        "(b)段；", "…paragraph 56 (a) and" + "(b) thereof,", "…第 56 段(a)㈠和" + "㈡目，") or a
        section ("…and in chapter" + "IV. B, paragraph 2, …"): a line broken
        there, as the printer broke it, leaves its sentence unfinished rather than ending the
        paragraph, and is no title over what follows it."""
        following = self.next_content(index)
        if following is None or following.after_blank:
            return False
        marker = _PAREN_RE.match(following.view) or _IDEOGRAPH_ITEM_RE.match(following.view)
        if marker is None:
            return _cites_a_section(line.text, following)
        return (
            _REFERENCE_BEFORE_A_MARKER_RE.search(line.text) is not None
            or _CITED_MARKER_PAIR_END_RE.search(line.text[-_TAIL:]) is not None
        ) and _CITED_MARKER_GOES_ON_RE.match(marker.group(2)) is not None

    def skip_front_matter(self, line: _Line) -> None:
        self.warn(line, "front matter skipped")
        self.mark_introduction()
        self.current = None

    def mark_introduction(self) -> None:
        """ "Adopts the following outcome document:" above the document's title (skipped front
        matter, or a Markdown heading) introduces that document: the preamble that follows the
        title is the document's own, and the lines above it are not."""
        introducing = self.nodes[-1] if self.nodes else None
        if introducing is not None and introducing.text.endswith((":", "：")):
            introducing.introduces = True

    def titled_below(self, index: int) -> bool:
        """Whether the next line is a title, unpunctuated and no marker or chapeau, and the line
        above has finished its sentence: what makes a numeral alone on its line a heading."""
        following = self.next_content(index)
        return (
            following is not None
            and self.unfinished_sentence() is None
            and following.md_level is None
            and not self.looks_structural(following)
            and not is_chapeau(following.text)
            and ends_open(following.text, comma_closes=True)
            and display_width(following.text) <= _MAX_HEADING_WIDTH
        )

    def heads_the_operative_part(self, index: int) -> bool:
        """Whether an unpunctuated line before paragraph 1 is a heading of the text rather than
        front matter: below the chapeau and a preambular paragraph, which ends with its comma
        ("Acting under Chapter VII of the Charter," + "Mandate of UNMISS" + "1. Decides …"),
        not below a line that introduces a document ("Adopts the following declaration:" + its
        title). A declaration's "We, …," is its chapeau, however long: right above its
        paragraph 1 ("We, the Ministers …," + "Recalling …," + "Introduction" + "1. We
        reaffirm …") the line heads it even where no blank line sets it apart, as its title is
        printed above the "We"."""
        nodes = self.nodes
        if not nodes or not _below_a_preambles_comma(nodes[-1]):
            return False
        return self.scope.chapeau_seen or (
            _declarations_preamble_ends_at(nodes, len(nodes) - 1)
            and self.opens_the_next_paragraph_below(index)
        )

    def opens_the_next_paragraph_below(self, index: int) -> bool:
        """Whether the next line below ``index`` opens the paragraph numbered next ("1.")."""
        following = self.next_content(index)
        number = _NUMBER_RE.match(following.view) if following is not None else None
        return number is not None and int(number.group(1)) == self.scope.next_top

    def text_began(self) -> bool:
        """Whether, before paragraph 1, the text itself has begun above: a finished paragraph of
        it was read (prose, "The present summary is issued under the responsibility of the
        Chair.", the chapeau, a declaration's "We, …," or a preambular paragraph; not a note set
        above the title, "[Note: …]", nor the adopting resolution's clause above the text it
        adopts, "Adopts the following declaration:"), or a list's entry or a heading read as
        the text's. Above it, unpunctuated lines are the masthead and the title block; below
        it, the text's own headings, lists and tables."""
        if self.began:
            return True
        nodes = self.nodes
        # Only the node being read may still change: those before it were looked at.
        for node in nodes[self.began_checked :]:
            if node.body or (
                node.kind == "text"
                and not node.table
                and (not node.bullet or _SENTENCE_END_RE.search(_own_text(node)) is not None)
                and not _adopts_the_text(node.text)
                and not _EDITORIAL_NOTE_RE.match(node.text)
                and not _TRANSMITS_A_TEXT_RE.search(node.text)
                and not ends_open(_own_text(node), comma_closes=True)
            ):
                self.began = True
                return True
        # Never back above a text that began anew (a letter's annex, its signature).
        self.began_checked = max(len(nodes) - 1, self.began_checked)
        return False

    def is_text_of_its_own(self, index: int, line: _Line) -> bool:
        """Whether a line before paragraph 1 is the text's own, never front matter, whatever
        its last word: below where the text began (``text_began``), not the title block of a
        text opening below (``opens_a_text_below``). A bullet or a table is no title: after a
        kept heading too ("# Elements paper" + "## Debt" + "- Debt restructuring mechanisms");
        above both, it is a site's menu ("- Home") or a masthead laid out as a table."""
        if line.navigation or (line.bullet and index in self.site_menu_lines()):
            return False
        if line.bullet or line.table_row:
            return self.text_began() or bool(self.stack)
        return (
            not _titles_a_letters_annex(line)
            and self.text_began()
            and not self.opens_a_text_below(index)
        )

    def site_menu_lines(self) -> set[int]:
        """Indexes of the bullet lines that list a site's menu, a run of bullets whose entries
        are its names ("# Department of Economic and Social Affairs" + "- Home" + "- About" +
        "- Publications"; see ``_site_menu_entries``): before paragraph 1, front matter, as a
        Markdown bullet that is only a link is."""
        if self.menu_lines is None:
            self.menu_lines = _site_menu_indexes(
                [line.text if line.bullet else None for line in self.lines]
            )
        return self.menu_lines

    def heads_a_part_of_the_text(self, index: int) -> bool:
        """Whether an unpunctuated line before paragraph 1, a few words alone, is a heading of
        the text that began above it (``text_began``), set apart (``set_apart``): "The present
        summary is issued …" + "Opening segment" + "1. In his opening remarks …", a
        declaration's "We, …," + its preamble + "Digital inclusion" + "1. We recognize …", an
        elements paper's introduction + "Domestic public resources" + its bullets. Not below a
        colon ("Adopts the following declaration:" + its title), nor above a text opening below
        it (``opens_a_text_below``): that is a title."""
        last = self.nodes[-1] if self.nodes else None
        line = self.lines[index]
        return (
            not _titles_a_letters_annex(line)
            and (
                last is None
                or not _introduces_list(last.text)
                or self.below_a_link_led_into(index)
                # "We, …," + its preamble + "Adopt the following outcome document:" +
                # "Introduction": the formula leads into the text's own paragraphs, its title
                # printed above the "We".
                or _closes_a_declarations_preamble(self.nodes, len(self.nodes) - 1)
            )
            and self.set_apart(index, line)
            and (
                (last is not None and self.text_began())
                or self.heads_a_list_below_a_dateline(index)
                or self.heads_a_run_of_decimals(index)
                or self.names_the_opening_section(index, line)
            )
            and not self.opens_a_text_below(index)
        )

    def names_the_opening_section(self, index: int, line: _Line) -> bool:
        """Whether the line names the text's opening section ("Purpose and scope", "Background",
        "目的", "导言") before paragraph 1, above it or above the unnumbered text it opens with:
        no title is worded so, so it heads the text."""
        return (
            self.scope.next_top == 1
            and _OPENING_SECTION_RE.match(line.view.strip()) is not None
            and self.next_content(index) is not None
        )

    def heads_a_run_of_decimals(self, index: int) -> bool:
        """Whether the line is the first of a section's unnumbered headings, each set apart
        above its decimal paragraph ("Objective" + "9.1 …" + "Strategy" + "9.2 …", "目标" +
        "9.1 …" + "战略" + "9.2 …"): the decimal number says the text is part of a larger one,
        and a line of the same shape heading a later paragraph of the run says this one is its
        sibling, no title ("Draft resolution" + "1. Decides …" keeps its title)."""
        run = self.heads_a_decimal(index)
        following = self.next_content(index)
        if run is None or following is None:
            return False
        # Past the decimal paragraph it heads: page furniture between the two heads nothing.
        start = self.lines.index(following, index + 1) + 1
        return any(self.heads_a_decimal(other) == run for other in range(start, len(self.lines)))

    def heads_a_decimal(self, index: int) -> tuple[int, ...] | None:
        """The numbers before the last of the decimal paragraph right below the line, when the
        line is a heading's few unpunctuated words set apart above it ("Strategy" + "9.2 …"
        gives (9,))."""
        line = self.lines[index]
        following = self.next_content(index)
        if (
            line.bullet
            or not (line.after_blank or index == 0)
            or display_width(line.text) > _MAX_SUB_HEADING_WIDTH
            or not ends_open(line.text, comma_closes=True)
            or self.looks_structural(line)
            or following is None
            or not following.after_blank
            or (decimal := _DECIMAL_NUMBER_RE.match(following.view)) is None
        ):
            return None
        return _decimal_numbers(decimal)[:-1]

    def heads_a_list_below_a_dateline(self, index: int) -> bool:
        """Whether the line is the first heading of a chair's summary, below the meeting's
        dateline that closes its title block and above a list ("…Governance" + "Geneva, 8 July
        2025" + "Key messages" + "• Participants welcomed …"): a title block ends at its
        dateline, and a list has its heading, never a title, right above it. A site's menu
        ("Follow us" + "• Facebook") is no list of the text."""
        following = self.next_content(index)
        return (
            index > 0
            and is_dateline(self.lines[index - 1].text)
            and following is not None
            and following.bullet
            and not following.navigation
            and self.lines.index(following, index + 1) not in self.site_menu_lines()
        )

    def heads_one_of_a_run_of_texts(self, index: int, line: _Line) -> bool:
        """Whether ``line`` names a text by its number ("Decision 2025/216", "第 2025/216 号
        决定", "Resolution 2025/5") as one of a run that a decisions compilation, a council's
        annual report or a commission report's chapter prints, each with its title and text
        below it: another such line heads a text below or above it. A heading naming a text
        whose own heading follows right below is a list of texts ("Resolution 2023/3" +
        "Decision 2024/205"), no run."""
        return self.heads_a_numbered_text(index, line) and any(
            other != index and self.heads_a_numbered_text(other, self.lines[other])
            for other in range(len(self.lines))
        )

    def heads_a_numbered_text(self, index: int, line: _Line) -> bool:
        """Whether ``line`` names a text by its number above its text, its title below it
        (``names_a_numbered_text_apart``) or on its line, as compilations and web copies print
        decisions: "79/501. Election of the President of the General Assembly", "Decision
        79/501 Election …", "第79/501号决定 选举大会主席", set apart above its meeting, organ or
        sentence ("At its 5th plenary meeting, …", "在2024年6月6日第5次全体会议上，…"). A
        resolution's number and title above its chapeau ("78/1. Political declaration …" +
        "The General Assembly,") heads no decision."""
        if self.names_a_numbered_text_apart(index, line):
            return True
        text = line.text
        if (
            not (line.after_blank or index == 0)
            or display_width(text) > _MAX_HEADING_WIDTH
            or not ends_open(text, comma_closes=True)
            or (
                _NAMES_A_NUMBERED_TEXT_AND_TITLE_RE.match(text) is None
                and _NUMBERED_TITLE_RE.match(text) is None
            )
        ):
            return False
        # A long title wraps ("79/504. Appointment of members of the Advisory Committee on" +
        # "Administrative and Budgetary Questions"): its text opens below its last line.
        at, following = index, self.next_content(index)
        for _ in range(_LONGEST_TITLE_LINES):
            if (
                following is None
                or following.after_blank
                or not ends_open(following.text, comma_closes=True)
            ):
                break
            at = self.lines.index(following, at + 1)
            following = self.next_content(at)
        return (
            following is not None
            and following.after_blank
            and _opens_a_decisions_text(following.text)
            and not is_chapeau(following.text)
        )

    def names_a_numbered_text_apart(self, index: int, line: _Line) -> bool:
        """Whether ``line`` is "Decision 2025/216" / "第 2025/216 号决定" (or a UNFCCC one's,
        "Decision 1/CP.28") after a blank line, a finished sentence (a report printing no blank
        lines) or atop the text, with a line of its title right below it, or, as a web copy
        sets every line apart, below a blank line: a title's unpunctuated line, short of a
        paragraph's width ("第79/502号决定" + "任命人权理事会成员" + "在2024年10月9日…")."""
        if _NAMES_A_NUMBERED_TEXT_RE.match(line.text) is None or not (
            line.after_blank
            or index == 0
            or self.lines[index - 1].text.rstrip().endswith((".", ";", "。", "；"))
        ):
            return False
        following = self.next_content(index)
        return (
            following is not None
            and (
                not following.after_blank
                or (
                    display_width(following.text) <= _MAX_HEADING_WIDTH
                    and ends_open(following.text, comma_closes=True)
                    and _may_end_as_a_heading(following.text)
                )
            )
            and _NAMES_A_TEXT_RE.match(following.text) is None
        )

    def set_apart(self, index: int, line: _Line) -> bool:
        """Whether a line stands apart as a heading is printed: where blank lines are printed,
        one above it (or a page break, or the text's top) and one below it, or a list's bullet or
        a numbered line right below it. A line right below a paragraph ("…universal health
        coverage," + "EU: retain") is no heading, nor one right above a paragraph, but below a
        finished paragraph of the text, as a numbered text's heading is read there ("…attended."
        + "Artificial intelligence" + "Participants discussed …")."""
        if not self.prints_blank_lines:
            return True
        if not (line.after_blank or self.across_page_break or index == 0):
            return False
        following = self.next_content(index)
        current = self.current
        return (
            following is None
            or following.after_blank
            or following.page_top
            or following.bullet
            or self.looks_structural(following)
            or (
                current is not None
                and current.kind == "text"
                and not current.open
                and not current.table
                and (
                    _SENTENCE_END_RE.search(_own_text(current)) is not None
                    or self.below_a_link_led_into(index)
                )
            )
        )

    def below_a_link_led_into(self, index: int) -> bool:
        """Whether ``lines[index]`` comes right after a bare URL line that the colon ending the
        line above it leads into ("…all statements on the website:" + "https://…" + "Closing
        session"): the URL, no paragraph text, finishes that paragraph as a stop would."""
        if index < 2:
            return False
        link, above = self.lines[index - 1], self.lines[index - 2]
        return (
            _BARE_URL_RE.match(link.text) is not None
            and not link.after_blank
            and not link.page_top
            and _introduces_list(above.text)
        )

    def opens_a_text_below(self, index: int) -> bool:
        """Whether the unpunctuated lines from ``index`` on run into the opening of a text: its
        chapeau, a declaration's "We, …", a preambular paragraph, a numbered title ("78/1. …")
        or a "Preamble" title. They are that text's title block (a letter's signature above
        the declaration it annexes, "(Signed) …" + "Ministerial declaration" + "We, the
        Ministers …,"), not headings of the text above."""
        for line in self.lines[index + 1 : index + 1 + _LOOK_AHEAD_LINES]:
            if self.passes_over(line):
                continue
            if line.bullet or line.table_row:
                return False
            text, view = line.text, line.view
            if (
                is_chapeau(text)
                or speaks_as_we_at_length(text)
                or opens_preamble(text)
                or _NUMBERED_TITLE_RE.match(view) is not None
                or _PREAMBLE_TITLE_RE.match(text) is not None
                # "Ambassador" + "(Signed) …" + "Annex to the letter dated …": the letter ends,
                # what it transmits begins.
                or _titles_a_letters_annex(line)
            ):
                return True
            if line.md_level is not None and not _opens_with_a_marker(view):
                continue  # a title set in bold or as a Markdown heading, the block going on
            if self.looks_structural(line) or not ends_open(text, comma_closes=True):
                return False
        return False

    def titles_a_text(self, line: _Line, following: _Line) -> bool:
        """Whether an unpunctuated line, however wide, is the title of a text whose chapeau
        follows after a blank line ("…通过下列决议草案：" + a long title + "大会，"): it does
        not go on into the chapeau. (A preambular paragraph wrapped right before the words
        "大会，" is no title.)"""
        return (
            following.after_blank
            and is_chapeau(following.text)
            and not opens_preamble(line.text)
            and ends_open(line.text, comma_closes=True)
        )

    def titles_the_text_below(self, line: _Line, node: _Node) -> bool:
        """Whether ``node``, an unpunctuated paragraph right below a finished one (as "…adoption
        of the following draft resolution:" or the last paragraph of the draft before), is the
        title of the text whose chapeau or decision's opening, ``line``, follows after a blank
        line ("决议草案一" + "信息社会世界峰会成果…进展评估" + "经济及社会理事会，", a title on
        one line or two, however wide): a heading, never that chapeau's first words. Without a
        blank line, as plain ``pdftotext`` prints a report, so is the title right below the
        paragraph whose colon recommends the text ("…the following draft resolution:" + "Information
        and communications technologies …" + "The General Assembly,")."""
        nodes = self.nodes
        return (
            len(nodes) >= 2
            and nodes[-1] is node
            and node.kind == "text"
            and "\n" not in node.text
            and (line.after_blank or _introduces_list(_own_text(nodes[-2])))
            and not self.across_page_break
            and ends_open(node.text, comma_closes=True)
            and not opens_preamble(node.text)
            and display_width(node.text) <= _MAX_HEADING_WIDTH
            and nodes[-2].kind != "heading"
            and not ends_open(_own_text(nodes[-2]), comma_closes=False)
        )

    def titles_the_decision_below(self, line: _Line, node: _Node) -> bool:
        """Whether ``node``, an unpunctuated paragraph or plain heading right below the report's
        last numbered paragraph, whose colon recommends a draft decision, is that decision's
        title, ``line`` its one sentence, its organ acting ("The Economic and Social Council
        takes note of …", "经济及社会理事会注意到…"), after a blank line or right below a title
        line short of the text's width, as plain ``pdftotext`` prints it: no line names the text
        ("Draft decision"), and a draft decision has no chapeau to show its title one."""
        nodes = self.nodes
        if not (
            self.states_a_decision(line)
            and len(nodes) >= 2
            and nodes[-1] is node
            and node.key is None
            and node.scope is self.scope
            and (node.kind == "text" or (node.kind == "heading" and node.plain))
            and "\n" not in node.text
            and ends_open(node.text, comma_closes=True)
            and not opens_preamble(node.text)
            and display_width(node.text) <= _MAX_HEADING_WIDTH
        ):
            return False
        recommending = nodes[-2]
        return (
            recommending.kind == "operative"
            and recommending.scope is self.scope
            and recommending.key == f"{self.scope.prefix}{self.scope.next_top - 1}"
            and _LEADS_INTO_A_DECISION_RE.search(_own_text(recommending)) is not None
        )

    def states_a_decision(self, line: _Line) -> bool:
        """Whether ``line`` opens a draft decision's one sentence, its organ acting ("The
        Economic and Social Council takes note of …", "经济及社会理事会注意到…"), set apart from
        the line above, its title's, by a blank line, or right below it where no wrap broke the
        title: the title's line is short of the text's width, or of ``line`` by room for its
        first word (a centred title, as ``pdftotext -layout`` prints it, may reach as far right
        as the text's lines do)."""
        above = self.above
        return (
            not self.across_page_break
            and _DECISION_SENTENCE_RE.match(line.text) is not None
            and (
                line.after_blank
                or not self.is_full(above)
                or (above is not None and _room_for_first_word(above, line))
            )
        )

    def states_the_named_decision(self, index: int, line: _Line, node: _Node) -> bool:
        """Whether ``line`` is a draft decision's one sentence, its organ acting, right below its
        title ``node`` under the line naming it ("Draft decision" + "Report of the Commission
        on its twenty-eighth session" + "The Economic and Social Council takes note of …"),
        however wide the title: a sentence wrapped there would go on with "the Council", and a
        short text tells no wrap by the width of its lines. Atop the text the naming line is
        its title block's, read as no heading."""
        if (
            self.across_page_break
            or _DECISION_SENTENCE_RE.match(line.text) is None
            or not line.text.startswith("The ")
        ):
            return False
        if self.titles_the_named_text(node):
            return True
        return (
            index >= 2
            and self.nodes == [node]
            and node.front
            and node.line == self.lines[index - 1].number
            and not self.lines[index - 1].after_blank
            and _NAMES_A_TEXT_RE.match(self.lines[index - 2].text) is not None
            and "\n" not in node.text
            and ends_open(node.text, comma_closes=True)
        )

    def is_title_below_heading(self, node: _Node) -> bool:
        """An unnumbered paragraph of one unpunctuated line, right after a heading."""
        nodes = self.nodes
        return (
            len(nodes) >= 2
            and nodes[-1] is node
            and nodes[-2].kind == "heading"
            and node.kind == "text"
            and "\n" not in node.text
            and ends_open(node.text, comma_closes=True)
            and display_width(node.text) <= _MAX_HEADING_WIDTH
        )

    def titles_the_named_text(self, node: _Node) -> bool:
        """Whether ``node``, the paragraph right below a heading naming a text ("Decision
        1/CP.28" + "Operationalization of the new funding arrangements"), is that text's title,
        its chapeau following: a heading, as the next decision's title is below its own."""
        return (
            len(self.nodes) >= 2
            and _NAMES_A_TEXT_RE.match(self.nodes[-2].title) is not None
            and self.is_title_below_heading(node)
        )

    def titles_the_annexed_text(self, node: _Node) -> bool:
        """Whether ``node``, the paragraph right below the heading of the annex being read
        ("Annex" + "Zero draft — 12 March 2025"), is the title of the text annexed, its chapeau
        following: a heading, as the same title is when it fits on its line, however many lines
        it wraps over ("Terms of reference and modalities for the establishment …" on three in
        English, "…的设立和运作职权范围和模式" on one in Chinese)."""
        part = self.nodes[-2] if len(self.nodes) >= 2 else None
        return (
            part is not None
            and part.key is not None
            and self.scope.prefix == f"{part.key}/"
            and self.scope.next_top == 1
            and self.is_title_below_heading(node)
        )

    def before_operatives(self) -> bool:
        """Before the first operative paragraph of the document or of the current scope: where
        a comma ends a (preambular) paragraph."""
        return not self.seen_operative or self.scope.next_top == 1

    def expected_dotted_item(
        self, index: int, token: str, line: _Line
    ) -> tuple[int | None, int | None] | None:
        """(letter, roman) when "b. …" or "ii. …" is the item expected next: item (ii) under a
        lettered item, or under a paragraph no letters run in, that opened a list with a colon
        or whose romans already run, or, in Markdown, that the item is indented deeper than,
        else letter (b) in a list a paragraph opened with a colon or that letters already run
        (pandoc writes HTML's lists "a.", "i."; "i." is letter (i) only after (h)). A paragraph
        ending at its full stop opens the list too where its first item, "i." or "a.", right
        below, is followed by the second, "ii." or "b." (``opens_a_list_below``). Pandoc's
        upper-case lists, "A.", "B.", are read alike when indented in Markdown, as a section's
        "A." never is. A keyword heading whose text opens a list with a colon ("Action 1. We
        will:", "行动 1. 我们将：") hosts it as a numbered paragraph does, as it hosts "(a)".
        Never under an unfinished sentence, but for an item's "; and" (see
        ``item_ended_before_the_last``)."""
        host = self.host or self.keyword_heading_opening_a_list()
        if host is None or (
            self.unfinished_sentence() is not None and not self.item_ended_before_the_last()
        ):
            return self.roman_item_under_a_heading(token)
        nested = self.markdown and line.indent > 0
        if token.isupper() and not nested:
            return None
        under = self.letter_node
        if under is None and self.next_letter == 1:
            under = host
        roman = roman_value(token.lower())
        if (
            under is not None
            and roman is not None
            and roman == self.next_roman
            and (
                self.next_roman > 1
                or _introduces_list(under.text)
                or (nested and under is self.letter_node and line.indent > under.indent)
                or (under is host and self.opens_a_list_below(index, host, "ii. "))
            )
        ):
            return None, roman
        letter = letter_index(token) if len(token) == 1 else None
        if letter == self.next_letter and (
            self.next_letter > 1
            or _introduces_list(host.text)
            or (token.islower() and self.opens_a_list_below(index, host, "b. "))
        ):
            return letter, None
        return None

    def keyword_heading_opening_a_list(self) -> _Node | None:
        """The keyword heading just read ("Action 1. We will:", "目标 1. 我们将："), no item
        below it yet, when its text ends with the colon a list hangs from."""
        current = self.current
        if (
            current is None
            or current.kind != "heading"
            or _KEYWORD_KEY_RE.match(current.key or "", len(current.scope.prefix)) is None
            or not _introduces_list(current.text)
        ):
            return None
        return current

    def closes_a_list(self, index: int, line: _Line, current: _Node) -> _Node | None:
        """The paragraph whose sentence ``line`` goes on with after its list's last item, as UN
        drafting closes a list ("1. Decides:" + "(a) …;" + "(b) …," + "in order to strengthen
        …", "1. 决定：" + "(a) …；" + "(b) …，" + "以加强…。"): the item, right below the
        paragraph's colon or another of its items, ended at its comma or semicolon with more to
        come (a full stop ends the paragraph; "; and" leaves the next item to come) on a line
        that stopped short of the text's width (``stops_short_of``; in Markdown, a block of its
        own); the line opens in lower case or in a script without capitals, its words end as a
        sentence or clause does (an unpunctuated line is a heading), and no item of the list
        follows them before the next paragraph's number. Those words are the paragraph's, not
        its last item's, which a commenter cites alone. None elsewhere."""
        host = self.host
        above = self.above
        if (
            host is None
            or current is host
            or current.parent is not host
            or current.kind == "heading"
            or not _introduces_list(_own_text(host))
            or _ITEM_CLOSED_FOR_MORE_RE.search(current.text[-_TAIL:]) is None
            or above is None
            or self.across_page_break
            or line.bullet
            or not _opens_uncapitalised(line.text)
            or (self.markdown and not line.after_blank)
            or not (self.markdown or self.stops_short_of(above, line))
        ):
            return None
        last = line
        for below in self.lines[index + 1 : index + 1 + _MOST_WRAPPED_ITEM_LINES]:
            if _opens_with_a_marker(below.view):
                if (
                    _PAREN_RE.match(below.view)
                    or _DOTTED_ITEM_RE.match(below.view)
                    or _IDEOGRAPH_ITEM_RE.match(below.view)
                ):
                    return None
                break
            if below.after_blank or below.md_level is not None:
                break
            last = below
        return host if last.text.rstrip().endswith(_FINISHED_LINE_ENDS) else None

    def stops_short_of(self, above: _Line, line: _Line) -> bool:
        """Whether ``above`` ended where its text did, not where the page's edge wrapped it: the
        first word of ``line`` (an ideograph, in a script that breaks lines anywhere) would have
        fitted on it within the text's typical width."""
        words = line.text.split(maxsplit=1)
        if not words:
            return False
        if is_cjk(words[0][0]):
            return above.width + display_width(words[0][0]) <= self.typical_width
        return above.width + 1 + display_width(words[0]) <= self.typical_width

    def opens_a_list_below(self, index: int, host: _Node, second: str) -> bool:
        """Whether the first item of a dotted list, "i. …" or "a. …" on line ``index``, right
        below ``host`` whose sentence ended at its full stop ("1. Member States should consider
        the following." + "i. …;" + "ii. …."), opens that paragraph's list: the second item,
        ``second``, opens a line below before the next numbered paragraph does, as no sentence
        goes on at a lower-case numeral after a full stop. Alone, "i. …" stays the paragraph's
        text."""
        if self.current is not host or not _ends_a_sentence(host.text):
            return False
        for below in self.lines[index + 1 : index + 1 + _LINES_TO_THE_NEXT_ROMAN]:
            if below.view.startswith(second):
                return True
            if _NUMBER_RE.match(below.view):
                return False
        return False

    def roman_item_under_a_heading(self, token: str) -> tuple[None, int] | None:
        """(None, roman) when "i. …", or the roman numeral next in sequence, opens a line right
        below a heading or its items, no paragraph between ("Key messages" + "i. …" + "ii.
        …"): the heading's item, as "(i)" there is (``on_item``). "I. …" there is section I, a
        heading of its own, as "II." after it is ("Annex" + "I. Mandate")."""
        current = self.current
        roman = roman_value(token)
        if (
            self.host is None
            and token.islower()
            and current is not None
            and current.kind == "heading"
            and roman is not None
            and roman == self.next_roman
        ):
            return None, roman
        return None

    def opens_a_roman_paragraph(self, index: int, line: _Line, current: _Node) -> bool:
        """Whether ``line`` opens the next of a run of paragraphs numbered "i.", "ii.", "iii."
        with nothing above them to hold them as items ("Summary" + "i. …" + "ii. …", as a
        report's key messages print them atop the text): each is a paragraph of its own, never
        words its lower-case numeral would have go on with the line above. "i." opens the run
        below a finished sentence, a short line or a blank line, with "ii." opening a line
        further down; "ii." below the finished paragraph "i." opened, and so on."""
        dotted = _DOTTED_ITEM_RE.match(line.view)
        if (
            dotted is None
            or not dotted.group(1).islower()
            or self.letter_node is not None
            or self.next_roman > 1
        ):
            return False
        roman = roman_value(dotted.group(1))
        if roman is None:
            return False
        if roman > 1:
            return _own_text(current).startswith(f"{to_roman(roman - 1)}. ") and _ends_a_sentence(
                current.text
            )
        return (
            roman == 1
            and (
                line.after_blank
                or _ends_a_sentence(current.text)
                or (self.above is not None and not self.is_wrapped(self.above))
            )
            and any(
                below.view.startswith("ii. ")
                for below in self.lines[index + 1 : index + 1 + _LINES_TO_THE_NEXT_ROMAN]
            )
        )

    def reference_opens_line(self, line: _Line) -> bool:
        """Whether a line opening with a superscript number is text that wrapped right before a
        note's reference ("…Political Rights," + "²the International Covenant …"), not a
        note: above no separator, and in lower case, as no note begins (but "see", "ibid."), or
        going on with a sentence left unfinished and marking references of its own, as a note
        does not. (A Chinese line above stopped at "、" is taken for a title before this line is
        read: a known limit.)"""
        text = line.text
        return (
            not self.separator_active
            and not self.in_footnotes
            and self.current is not None
            and self.current.kind != "heading"
            and (
                (text[:1].islower() and not _FOOTNOTE_OPENING_RE.match(text))
                or (self.unfinished_sentence() is not None and bool(line.markers))
            )
        )

    def on_footnote(self, number: int | str, text: str) -> None:
        """A note's line, numbered or marked ("*", "†", "a"): a mark is out of the numbers'
        sequence, which the next numbered note goes on with."""
        self.notes_below_separator += 1
        self.in_footnotes = True
        if isinstance(number, int):
            self.last_footnote = number
            self.footnote_numbers.add(number)
        elif (mark := number.replace("\\", "")) and not mark.strip("*"):
            self.asterisk_note_marks.add(mark)
        self.read_note_line(text)

    def read_note_line(self, text: str) -> None:
        """A note goes on over the line right below where its line leaves it unfinished (an
        empty one too), or stops at a title's colon ("International Telecommunication Union,
        Measuring Digital Development:" + "Facts and Figures 2024 (Geneva, 2024)."), which
        only the same page goes on from: past the page's foot the text resumes."""
        self.footnote_open = not text or ends_open(text, comma_closes=False)
        self.note_at_a_colon = text.rstrip().endswith((":", "："))

    # -- markers ----------------------------------------------------------------------------

    def on_marker(self, index: int, line: _Line) -> bool:
        text, view = line.text, line.view
        if index in self.lead_in_items and self.lead_in is not None:
            self.add_lead_in_item(line, self.lead_in)
            return True
        if (
            _completes_an_ordinal(self.unfinished_sentence())
            or self.goes_on_at_a_wrap(line)
            or self.cites_a_section(line)
            or self.completes_a_broken_number(line)
        ):
            return False
        current = self.current
        if current is not None and current.kind != "heading" and _year_goes_on(current.text, line):
            # "…adopted in" + "2015. It calls …": the year the sentence stopped before, however
            # short the line above (pandoc's Markdown wraps where Word's text did not).
            self.append(current, line.printed or text)
            return True
        if self.current is not None and self.numbered_inside_a_quotation(index, line):
            self.append(self.current, text, newline=True)
            return True
        inserted = _INSERTED_RE.match(view) or self.bracketed_insertion(line)
        if (
            inserted
            and not self.insertion_cited(line, inserted)
            and (
                int(inserted.group(1)) == self.scope.next_top - 1
                # "OP2 alt." or "OP2 bis." with no paragraph 2 above: its base was deleted, or
                # follows; "12 bis." after paragraph 7, printed ahead as "12." would be.
                or (
                    self.scope.next_top
                    <= int(inserted.group(1))
                    <= self.scope.next_top + _MAX_NUMBER_GAP
                    and _stopped_insertion(view, inserted)
                    and self.unfinished_sentence() is None
                )
            )
        ):
            number = int(inserted.group(1))
            if number > self.scope.next_top:
                label = line.text[inserted.start(1) : inserted.end(2)]
                self.warn(line, f"paragraph {label} where {self.scope.next_top} was expected")
                self.scope.next_top = number
            self.add_inserted(line, inserted)
            if number == self.scope.next_top:
                # "OP3 alt 1." + "OP3 alt 2." + "OP4.": 3 is printed only as its alternatives
                # (or its insertions, 3 deleted): 4 comes next, in sequence. "3." may still
                # follow its alternative.
                self.scope.inserted_for = self.scope.next_top
                self.scope.next_top += 1
            return True
        if (
            _BARE_NUMERAL_RE.match(view)
            and self.expects_bare_numeral(view)
            and self.titled_below(index)
        ):
            # "I" or "B" alone, its title on the next line: "I." or "B." as printed elsewhere.
            return self.on_section_heading(line, text, f"{view}.", level=None)
        if self.on_treaty_paragraph(line):
            return True
        if (
            (target := _TARGET_RE.match(view))
            and not self.goes_on_with_a_number()
            and self.under_goal(int(target.group(1)))
        ):
            label = text[: target.start(3)].strip()
            key = f"{self.scope.prefix}target-{target.group(1)}.{target.group(2)}"
            self.add_paragraph(line, "target", text[target.start(3) :], key=key, label=label)
            return True
        if (question := _QUESTION_RE.match(view)) and self.on_question(line, question):
            return True
        if (
            index in self.clause_titles
            and (clause := _CLAUSE_TITLE_RE.match(view))
            and "." not in clause.group(1)
        ):
            # "1       Scope": no full stop after the number, as ITU Recommendations print it (a
            # sub-clause's title, "2.1     Terms defined elsewhere", is a decimal one's).
            self.add_operative(line, int(clause.group(1)), clause.group(1), clause.group(2))
            return True
        if (decimal := _DECIMAL_NUMBER_RE.match(view)) and self.opens_decimal_paragraph(line):
            numbers = _decimal_numbers(decimal)
            next_expected = self.next_decimal(numbers)
            if self.decimal_in_sequence(numbers) or self.decimal_numbering_jumps_to(numbers):
                if next_expected is not None and numbers != next_expected:
                    jump = f"paragraph {_dotted(numbers)} where {_dotted(next_expected)}"
                    self.warn(line, f"{jump} was expected; numbered from it")
                label = text[decimal.start(1) : decimal.end(1)]
                self.add_decimal(line, numbers, label, text[decimal.start(2) :])
                return True
            if next_expected is not None:
                shown = _dotted(next_expected)
                self.warn(
                    line, f"unexpected number {_dotted(numbers)} (expected {shown}); kept as text"
                )
        if (
            (numbered := _NUMBER_RE.match(view))
            and not numbered.group(2)
            and int(numbered.group(1)) != self.scope.next_top
            and self.goes_on_with_a_number()
        ):
            # "…using the Internet in" + "2023.": the number ends the sentence above.
            return False
        numbered = numbered or self.number_before_a_figure(line) or self.bracketed_number(line)
        if numbered and not self.bare_marker_in_sentence(line):
            number = int(numbered.group(1))
            if self.number_completes_a_sentence(line, number):
                return False
            label = text[numbered.start(1) : numbered.end(1)]
            self.on_number(line, number, label, text[numbered.start(2) :])
            return True
        if (parenthesized := _PARENTHESIZED_NUMBER_RE.match(view)) and (
            self.on_parenthesized_number(index, line, parenthesized)
        ):
            return True
        if (added := _INSERTED_ITEM_RE.match(view)) and self.letter_node is not None:
            letter = letter_index(added.group("letter"))
            if letter == self.next_letter - 1:
                # "(a bis)" or "(a) alt." after (a): an item of its own, and (b) is still
                # expected next.
                marker = text[: added.start("text")].strip().rstrip(".:")
                insertion = next(found for found in added.group(*_ITEM_INSERTIONS) if found)
                key = f"{letter_for(letter)}{_insertion_suffix(insertion)}"
                self.leave_footnotes()
                self.letter_node = self.add_item(
                    line, self.host or self.letter_node, key, marker, text[added.start("text") :]
                )
                self.next_roman = 1
                return True
        if paren := _PAREN_RE.match(view):
            if (
                self.refers_on(text[paren.start(2) :])
                or self.bare_marker_in_sentence(line)
                or _completes_resolution_number(self.unfinished_sentence(), view)
            ):
                return False
            token = paren.group(1)
            roman = roman_value(token)
            letter = letter_index(token)
            if roman is None and (numeral := chinese_value(token)) is not None:
                # "（一）" is "(i)" in a resolution, "(a)" in a treaty, its articles and its
                # preamble alike (the English preamble of the CRPD is lettered "(a)" to "(y)").
                in_article = self.scope.article_of is not None or index in self.treaty_preamble()
                letter, roman = (numeral, None) if in_article else (None, numeral)
            if text[:1] in "'‘’":
                # An Arabic item's quoted number, "’1‘", read as "(i)": a roman numeral only.
                letter = None
            marker = text[: paren.start(2)].strip()
            rest = text[paren.start(2) :]
            if (
                roman is not None
                and not token.isascii()
                and self.heads_numbered_paragraphs(index, roman, marker, rest)
            ):
                return True
            return self.on_item(line, letter, roman, marker, rest)
        if (dotted := _DOTTED_ITEM_RE.match(view)) and (
            expected := self.expected_dotted_item(index, dotted.group(1), line)
        ):
            marker = text[: dotted.start(2)].strip()
            return self.on_item(line, *expected, marker, text[dotted.start(2) :])
        if ideograph := _IDEOGRAPH_ITEM_RE.match(view):
            roman = PARENTHESIZED_IDEOGRAPHS.index(ideograph.group(1)) + 1
            rest = text[ideograph.start(2) :]
            if self.refers_on(rest):
                return False
            if self.heads_numbered_paragraphs(index, roman, ideograph.group(1), rest):
                return True
            return self.on_item(line, None, roman, ideograph.group(1), rest)
        return self.on_numbered_heading(line, text, view)

    def goes_on_at_a_wrap(self, line: _Line) -> bool:
        """Whether a line opening like a numbered one or a heading goes on with the sentence
        that the line right above it, a full line (no blank line between), left unfinished: a
        Chinese number with its enumeration comma ("…行动 2 和行动" + "3、《全球数字契约》…",
        "…以及专栏" + "1、资料来源…"), as a Chinese line breaks anywhere, or an annex, an
        appendix or a section cited ("…as well as" + "Annex I to resolution 60/252 …", "…in
        section" + "II.B of the annex …"). A short line above is a title ("一、背景" + "1、…"),
        and a finished one ends its paragraph."""
        return (
            self.may_go_on_at_a_wrap(line)
            and self.above is not None
            and self.is_wrapped(self.above)
            and self.unfinished_sentence() is not None
        )

    def numbered_inside_a_quotation(self, index: int, line: _Line) -> bool:
        """Whether a numbered line, right below, is a line of a quotation the paragraph above
        opened and left open ("Recalling …, which reads: \"The Agenda is universal." + "5. We
        commit to act.\"", "“授人以渔。" + "1. 这是一句古老的谚语。”"): the quoted text's number,
        no paragraph's, so the paragraphs numbered below it are not taken for a list restarting
        inside it. Only a quotation closing on that line or a few lines below is followed: a
        quotation mark left unpaired (a dropped closing mark, inches) opens nothing."""
        current = self.current
        window = self.lines[index : index + _MOST_QUOTED_LINES]
        if (
            current is None
            or current.kind == "heading"
            or current.open
            or line.after_blank
            or not _opens_with_a_marker(line.view)
            or line.text[:1] in _QUOTATION_MARKS
            # No closing mark below, nothing closes: the paragraph, however long it has grown
            # (a list inside a sentence), is not read again for each of its markers.
            or all(_QUOTE_CLOSERS.isdisjoint(below.text) for below in window)
            or not _leaves_a_quotation_open(quoted := _own_text(current))
        ):
            return False
        for below in window:
            if below is not line and below.after_blank:
                return False
            quoted = f"{quoted}\n{below.text}"
            if not _leaves_a_quotation_open(quoted):
                return True
        return False

    def cites_a_section(self, line: _Line) -> bool:
        """Whether a line opening like a section's heading goes on, right below, with the
        sentence the line above left at the word citing that section ("…taking into account
        section" + "II. A of his report and the"), or cites a Chinese section by its word
        ("…其报告" + "二、A 节以及…"), however wide either line is."""
        sentence = self.unfinished_sentence()
        return sentence is not None and not line.after_blank and _cites_a_section(sentence, line)

    def number_completes_a_sentence(self, line: _Line, number: int) -> bool:
        """Whether "5. It further …", right below a line whose sentence stops at a word the
        number completes ("…Sustainable Development Goal"), goes on with that sentence rather
        than numbering a paragraph: a number within the gap accepted after the one expected,
        below such a word or with the expected number the next numbered line below ("…Goal" +
        "5. It further …" + "3. Notes …"); the expected number itself only below such a word and
        printed again right below as the next numbered line ("…Goal" + "4. It …" + "4. Notes …").
        A list's item inside a paragraph ("…objectives:" + "1. …") is never one. Below such a
        word, a number short of the one expected is the one cited too ("…set out in paragraph" +
        "1. It shall …", "…and resolution" + "2. It shall …"), not a list restarting inside the
        sentence nor a paragraph numbered again; but for "1." with "2." the next number below, not
        the paragraph expected: a list."""
        current = self.current
        sentence = self.unfinished_sentence()
        if (
            sentence is None
            or current is None
            or current.kind == "target"
            or line.after_blank
            or (self.inner_owner is not None and number == self.inner_next)
        ):
            return False
        expected = self.scope.next_top
        if number < expected:
            return _NUMBER_CITED_END_RE.search(sentence[-_TAIL:]) is not None and (
                number > 1 or expected == 2 or self.number_below() != 2
            )
        if not expected <= number <= expected + _MAX_NUMBER_GAP:
            return False
        cited = _NUMBER_CITED_END_RE.search(sentence[-_TAIL:]) is not None
        below = self.number_below()
        if number == expected:
            return cited and below == number
        return cited or below == expected

    def completes_a_broken_number(self, line: _Line) -> bool:
        """Whether "8、" (or "8，") goes on with the number the paragraph above broke after its
        full stop ("…具体目标 17." + "8、17.9 和 17.10"), no paragraph or item 8."""
        current = self.current
        return (
            line.view[:1].isdigit()
            and BROKEN_NUMBER_RE.match(line.view) is not None
            and current is not None
            and current.kind != "heading"
            and _NUMBER_CUT_AT_STOP_RE.search(current.text[-_TAIL:]) is not None
        )

    def may_go_on_at_a_wrap(self, line: _Line) -> bool:
        """Whether a line reads as what a wrapped sentence goes on with (see
        ``_goes_on_at_a_wrap``), right below the line above it, and ends a sentence or runs to
        the text's width, as no title does: "Annex I to the present resolution" alone on its
        line is an annex's heading."""
        return (
            not line.after_blank
            and _goes_on_at_a_wrap(line.view)
            and (self.is_wrapped(line) or not ends_open(line.text, comma_closes=True))
        )

    def on_parenthesized_number(self, index: int, line: _Line, numbered: re.Match[str]) -> bool:
        """ "(1) …" numbers the text's (or the article's) paragraphs, as model laws print them,
        where it runs as that numbering: the paragraph expected next, not below a colon (there it
        is an item of the list the colon opened, kept in the text) nor going on with a sentence
        the line above left unfinished ("…paragraph" + "(1) of article 5"); paragraph 1 only
        with "(2)" the next number below, and the others once paragraph 1 was so numbered."""
        number = int(numbered.group(1))
        scope, current = self.scope, self.current
        if (
            number != scope.next_top
            or self.unfinished_sentence() is not None
            or (current is not None and _introduces_list(current.text))
        ):
            return False
        if number == 1:
            if not self.parenthesized_numbering_goes_on(index):
                return False
            scope.numbered_in_parentheses = True
        elif not scope.numbered_in_parentheses:
            return False
        text = line.text
        label = text[: numbered.start(2)].strip()
        self.add_operative(line, number, label, text[numbered.start(2) :])
        return True

    def parenthesized_numbering_goes_on(self, index: int) -> bool:
        """Whether the next paragraph number below (items of a list aside) is "(2)"."""
        for line in self.lines[index + 1 : index + 1 + _LOOK_AHEAD_LINES]:
            if line.bullet:
                continue
            if numbered := _PARENTHESIZED_NUMBER_RE.match(line.view):
                return numbered.group(1) == "2"
            if _NUMBER_RE.match(line.view):
                return False
        return False

    def on_numbered_heading(self, line: _Line, text: str, view: str) -> bool:
        if self.on_annex(line, text, view):
            return True
        if self.on_article(line, text, view, _KEYWORD_LEVEL):
            return True
        if self.on_action_line(line, text, view, self.plain_keyword_level()):
            return True
        keyword = _keyword_heading(view)
        if (
            keyword
            # A keyword heading is capitalised ("Action 35.", "POLICY AREA 1"); "action 12."
            # opening a line is one a sentence cites.
            and not keyword.group(1)[0].islower()
            and not self.names_a_goal_in_a_sentence(line, keyword)
            and not self.cites_a_numbered_heading(keyword)
            and not self.heading_cited_at_a_wrap(line, keyword)
            and not self.cites_a_recommendation(line, keyword)
        ):
            self.add_numbered_heading(line, keyword, self.plain_keyword_level())
            return True
        if self.on_chapter_section(line, text, view):
            return True
        return self.on_section_heading(line, text, view, level=None)

    def on_chapter_section(
        self, line: _Line, text: str, view: str, level: int | None = None
    ) -> bool:
        """ "Section 1. Sessions" / "第一节 会议安排" inside chapter 2 (or section II):
        ``Psection-2.1``, label "Section 1" / "第一节", the level below the chapter, numbered
        from 1 in each chapter and in sequence, never below an unfinished sentence; ``level``
        is given for Markdown headings ("### II.1 VALUES"), ranked as their lettered
        sub-headings are."""
        base = self.scope.article_of or self.scope
        found = _CHAPTER_SECTION_RE.match(view)
        if found is not None:
            token = found.group(1) or found.group(2)
            number = int(token) if token.isdigit() else chinese_value(token)
        elif (
            (found := _ROMAN_SUB_SECTION_RE.match(view) or _CN_SUB_SECTION_RE.match(view))
            and _section_numeral_value(found.group(1)) == base.section
            # A title, not the Advisory Committee's paragraph "II.1 The proposed resources …".
            and _is_sub_section_title(found.group(3))
        ):
            number = int(found.group(2))
        else:
            return False
        if (
            base.section is None
            # "Section 2" below "Section 1" is its sibling, not its sub-section.
            or base.sections_worded
            or self.unfinished_sentence() is not None
            or not self.heading_text_fits(found.group(3))
            or self.runs_on_as_a_sentence(line, found)
        ):
            return False
        chapter = self.chapter_key(base)
        if number != self.chapter_sections.get(chapter, 0) + 1:
            return False
        self.chapter_sections[chapter] = number
        # Sections hold articles, never the other way round.
        self.scope = base
        own_level = _sub_heading_level(level)
        if base.part_chapter is not None:
            # A part's chapter stands a level below its part: its sections go below it.
            held_by = [node.level for node in self.stack if node.key == chapter]
            if held_by:
                own_level = max(own_level, held_by[-1] + 1)
        self.enter_body()
        self.add_heading(
            line,
            level=own_level,
            title=text,
            text=text[found.start(3) :],
            key=f"{chapter}.{number}",
            label=text[: found.start(3)].strip().rstrip(".．、:：–—-").strip(),
        )
        return True

    def chapter_heading(self, line: _Line, view: str) -> tuple[int | None, int] | None:
        """The number of a chapter's or part's heading ("Chapter I", "Part One", "第二部分", or
        a section with no chapter above it) and where its title begins on the line."""
        if chapter := _chapter_match(view):
            return _chapter_number(chapter.group(1)), chapter.start(2)
        section = _CHAPTER_SECTION_RE.match(view)
        if section is None or not (section.group(1) or section.group(2)):
            return None
        number = _chapter_number(section.group(1) or section.group(2))
        scope = self.scope.article_of or self.scope
        if (
            # "Section 1" + "General" / "第一节" + "总则" with no chapter above it, as the
            # Secretary-General's bulletins and administrative instructions divide their rules,
            # is a section of the text as a chapter is, when it is the section expected next (a
            # budget fascicle's "Section 23" above its "I. Overall orientation" is none).
            (scope.section is not None and not scope.sections_worded)
            or number != scope.next_section
            or self.runs_on_as_a_sentence(line, section)
        ):
            return None
        return number, section.start(3)

    def runs_on_as_a_sentence(self, line: _Line, found: re.Match[str]) -> bool:
        """Whether a "Section 1 …" line is a wrapped line of prose ("Section 1 ST/SGB/2019/8
        sets out the principles that apply to"): as wide as the text, its words run on from the
        number with no separator, as a heading's title never does on a line that full."""
        number_end = found.end(1) if found.group(1) else found.end(2) + 1
        separator = line.view[number_end : found.start(3)].strip()
        return bool(found.group(3)) and not separator and self.is_wrapped(line)

    def names_a_goal_in_a_sentence(self, line: _Line, keyword: re.Match[str]) -> bool:
        """ "…contributes to Sustainable Development" + "Goal 4.": right below a paragraph's
        line without final punctuation (however short), "Goal 4." ends its sentence; below a
        colon, or ending with a semicolon or comma, it is an entry of a list of goals."""
        word = keyword.group(1).lower()
        if word not in ("goal", "目标"):
            return False
        if word == "goal" and line.text.rstrip().endswith((";", "；", ",", "，")):
            return True  # an entry of a list of goals ("Goal 3. Ensure healthy lives …;")
        current = self.current
        return (
            not line.after_blank
            and current is not None
            and (
                self.goes_on_with_a_number()
                or (current.kind not in ("heading", "target") and _introduces_list(current.text))
            )
        )

    def cites_a_numbered_heading(self, keyword: re.Match[str]) -> bool:
        """ "…我们在《契约》" + "行动 35 承诺…": a title set apart by a space alone, as Chinese
        prints "行动 35 我们将…", is a sentence's citation of that heading when the line above
        left its sentence unfinished."""
        number_end = keyword.end(3) if keyword.group(3) else keyword.end(2)
        return (
            bool(keyword.group(4))
            and keyword.string[number_end : keyword.start(4)].isspace()
            and self.unfinished_sentence() is not None
        )

    def heading_cited_at_a_wrap(self, line: _Line, keyword: re.Match[str]) -> bool:
        """ "…in line with our commitments in" + "Action 2. We also decide …": right below a
        line whose sentence stops unfinished, "Action 2." goes on with it when that sentence
        stops at a word no sentence ends with ("in", "the", "of", "including" …), or when the
        heading would be out of its sequence: printed again below as a line's start (the real
        heading), or not the number the headings of its kind expect next, 1 for the first
        ("…listed in the Pact, including" + "Action 35. We will also …", "…包括" + "行动 35.
        …", no action above)."""
        sentence = self.unfinished_sentence()
        if sentence is None or line.after_blank:
            return False
        if _LABEL_WRAP_RE.search(sentence[-_TAIL:]) is not None:
            return True
        kind = _KEYWORD_KIND[keyword.group(1).lower()]
        number, suffix = int(keyword.group(2)), _insertion_suffix(keyword.group(3) or "")
        prefix = f"{self.scope.prefix}{kind}-"
        last = next(
            (
                node.key[len(prefix) :]
                for node in reversed(self.nodes)
                if node.kind == "heading" and node.key and node.key.startswith(prefix)
            ),
            None,
        )
        expected = 1 if last is None else int(last) + 1 if last.isdigit() else None
        if not suffix and expected is not None and number != expected:
            return True
        return any(
            _KEYWORD_KIND[again.group(1).lower()] == kind
            and int(again.group(2)) == number
            and _insertion_suffix(again.group(3) or "") == suffix
            for below in self.lines[self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES]
            if below.view[:1] == line.view[:1] and (again := _KEYWORD_RE.match(below.view))
        )

    def on_question(self, line: _Line, question: re.Match[str]) -> bool:
        """ "Question 1: What should be the scope …?" -> ``question-1``, label "Question 1",
        the question its text; right below a sentence left unfinished ("…in reply to" +
        "Question 2: most respondents …"), the line goes on with that sentence."""
        if not line.after_blank and self.unfinished_sentence() is not None:
            return False
        text = line.text
        self.enter_body()
        self.add_paragraph(
            line,
            "text",
            text[question.start(3) :],
            key=f"{self.scope.prefix}question-{int(question.group(2))}",
            label=text[: question.end(2)].strip(),
        )
        return True

    def cites_a_recommendation(self, line: _Line, keyword: re.Match[str]) -> bool:
        """Reports cite recommendations in their prose far more often than texts cite actions:
        right below a line that left its sentence unfinished, whatever that sentence stops at
        ("…and that" + "Recommendation 4. The exchange …"), as an entry of a list, its own end
        or the entry's above saying the list goes on ("Recommendation 1: a scientific panel;"
        + "Recommendation 2: a policy dialogue."), or set apart
        from its number by a space alone before a sentence, no title ("建议 6 提出设立全球基
        金。"), the line is prose."""
        if _KEYWORD_KIND[keyword.group(1).lower()] != "recommendation":
            return False
        if not line.after_blank and self.unfinished_sentence() is not None:
            return True
        current = self.current
        if line.text.rstrip().endswith(_LIST_CONTINUES) or (
            current is not None
            and current.kind != "heading"
            and current.text.rstrip().endswith(_LIST_CONTINUES)
        ):
            return True
        number_end = keyword.end(3) if keyword.group(3) else keyword.end(2)
        spaced = keyword.string[number_end : keyword.start(4)].isspace()
        return spaced and not self.heading_text_fits(keyword.group(4))

    def expects_bare_numeral(self, view: str) -> bool:
        """A numeral alone on its line heads a section only as the one expected next ("I", then
        "II"; "A" under it): a lone "X" (a site's link to the social network) is none."""
        letter = len(view) == 1 and "A" <= view <= "Z" and view not in _ROMAN_LETTERS
        value = letter_index(view) if letter else roman_value(view) or chinese_value(view)
        scope: _Scope | None = self.scope
        while scope is not None:  # the text around a part may go on with it (``open_part``)
            if value == scope.next_letter_heading or (not letter and value == scope.next_section):
                return True
            scope = scope.outer
        return False

    def heads_numbered_paragraphs(self, index: int, value: int, marker: str, rest: str) -> bool:
        """Chinese texts head the parts of a section "（一）贫困与不平等" where English prints
        "A. Poverty and inequality": below a heading or a finished paragraph that opened no
        list (or ended one, when the item would be out of sequence), an unpunctuated title with
        a numbered paragraph next (or one inserted, "5 之二."), and the sub-heading letter
        expected, it is that sub-heading (``Psection-2.a``), not an item. Below sub-headings
        lettered "A.", "B.", every such title heads the level below, unnumbered, label
        "（一）" ("A. 数字经济" + "2. …。" + "（一）电子商务" + "3. …"), whatever its numeral.
        In a section numbered "一、" bullets or prose may stand in for the numbered paragraph
        (``opens_a_sub_section_body``)."""
        current, scope = self.current, self.scope
        following = self.next_content(index)
        line = self.lines[index]
        below_a_paragraph = (
            current is not None
            and current.kind != "heading"
            # A bullet ends unpunctuated: a blank line below it ends its list.
            and (not current.open or (current.bullet and line.after_blank))
            and not _introduces_list(current.text)
            # After a finished list, an item numbered out of its sequence ("(c) 代际差距。" +
            # "（二）人工智能") is the next sub-heading too.
            and ((self.letter_node is None and self.next_roman == 1) or value != self.next_roman)
        )
        if (
            current is None
            or not (current.kind == "heading" or below_a_paragraph)
            or (value != scope.next_letter_heading and not scope.letters_in_latin)
            or not rest
            or not ends_open(rest, comma_closes=True)
            or any(mark in rest for mark in "，；,;")
            or display_width(rest) > _MAX_SUB_HEADING_WIDTH
            or following is None
            # A paragraph inserted in negotiation ("5 之二.", "5 bis.") is numbered too.
            or not (
                _NUMBER_RE.match(following.view)
                or _INSERTED_RE.match(following.view)
                or _numbered_before_a_figure(following)
                or self.opens_a_sub_section_body(following)
            )
        ):
            return False
        if scope.letters_in_latin:
            self.enter_body()
            self.add_heading(
                line, level=_LETTER_LEVEL + 1, title=line.text, text=rest, key=None, label=marker
            )
        else:
            self.add_letter_heading(line, value, marker, rest, level=_LETTER_LEVEL)
        return True

    def opens_a_sub_section_body(self, following: _Line) -> bool:
        """Whether ``following``, below a "（一）" title, is the first line of a sub-section's
        unnumbered body, as "A. Domestic public resources" heads bullets or prose in English: a
        bullet ("• 加强税收能力") or prose past a blank line, not an item of its own ("（二）…"),
        in a section numbered "一、", which holds "（一）" sub-sections as "I." holds "A."
        ("二、行动领域" + "（一）国内公共资源" + "会员国强调…。"). The title's sentence going on
        on the next line makes the line an item."""
        if (
            self.scope.section is None
            or not (following.bullet or following.after_blank)
            or _PAREN_RE.match(following.view)
        ):
            return False
        section = self.section_key()
        heading = next((node for node in reversed(self.nodes) if node.key == section), None)
        return heading is not None and chinese_value(heading.label or "") is not None

    def goes_on_with_a_number(self) -> bool:
        """Whether the paragraph above stopped without punctuation, however short its last line
        ("…and some" + "2.33 billion people faced …"): a target never continues a sentence."""
        current = self.current
        return (
            current is not None
            and current.kind not in ("heading", "target")
            and ends_open(current.text, comma_closes=False)
        )

    def under_goal(self, goal: int) -> bool:
        """Whether the innermost numbered heading is "Goal ``goal``." (or "Objective", "目标"
        …), unnumbered headings ("Finance") under it allowed: its targets, "1.1" and "1.a",
        follow it, apart from the paragraph numbering around. Not inside a decimal title's
        chapter ("2. Strategic objectives" + "Objective 2. …" + "2.2 …"): the decimal numbers
        there are the chapter's paragraphs, whatever objective holds them."""
        for heading in reversed(self.stack):
            if heading.key is not None:
                return heading.key == f"{self.scope.prefix}objective-{goal}" and not any(
                    self.numbered_nodes.get(outer.key) is outer
                    for outer in self.stack
                    if outer.key is not None
                )
        return False

    def add_numbered_heading(self, line: _Line, keyword: re.Match[str], level: int) -> None:
        """ "Action 35." -> ``action-35``; "Action 2 bis." / "行动 2 之二." -> ``action-2bis``."""
        text = line.text
        kind = _KEYWORD_KIND[keyword.group(1).lower()]
        suffix = _insertion_suffix(keyword.group(3) or "")
        key = f"{self.scope.prefix}{kind}-{int(keyword.group(2))}{suffix}"
        if (chapter := self.decimal_title_holding(self.position)) is not None:
            # "2. Strategic objectives" + "Objective 1. …" + "2.1 …": a part of chapter 2,
            # which "3. Implementation" closes with it.
            level = max(level, chapter.level + 1)
        if (
            kind == "action"
            and not self.markdown
            and (goal := self.objective_read()) is not None
            and id(goal) not in self.listed_objectives
        ):
            # "Objective 1. …" + "Action 1. …": the objective's action, as Markdown's "##
            # Objective 1." + "Action 1." nests it; "Objective 2." closes both.
            level = max(level, goal.level + 1)
        above = self.nodes[-1] if self.nodes else None
        listed = (
            kind == "objective"
            and above is not None
            and (above.key or "").startswith(f"{self.scope.prefix}objective-")
        )
        if (article := self.article_read()) is not None:
            # "第三条" + "1. …" + "建议 1：…": anchored in the article ("article-3/
            # recommendation-1"), the heading is the article's, under it, never beside it.
            level = max(level, article.level + 1)
        self.enter_body()
        self.demote_listed_heading(key)
        self.add_heading(
            line,
            level=level,
            title=text,
            text=text[keyword.start(4) :],
            key=key,
            label=text[: keyword.end(3) if keyword.group(3) else keyword.end(2)].strip(),
        )
        if listed and above is not None:
            # "Objective 1. …" + "Objective 2. …" + "Action 1. … (objectives 1 and 2)": the
            # objectives are a list, the actions below theirs all, not the last one's.
            self.listed_objectives.update((id(above), id(self.nodes[-1])))

    def objective_read(self) -> _Node | None:
        """The heading of the objective ("Objective 1.", "目标 1.") of the scope being read,
        while it is open."""
        objective = f"{self.scope.prefix}objective-"
        return next(
            (node for node in reversed(self.stack) if (node.key or "").startswith(objective)),
            None,
        )

    def article_read(self) -> _Node | None:
        """The heading of the article whose own paragraphs are being read, while it is open."""
        if self.scope.article_of is None:
            return None
        key = self.scope.prefix.removesuffix("/")
        return next((node for node in reversed(self.stack) if node.key == key), None)

    def commitment_titles_heading(self, heading: _Node, index: int, line: _Line) -> bool:
        """Whether ``line`` is the title of a keyword heading printed with none of its own, a
        web copy's "Action 27" alone on its line (or Markdown's "### Action 1") above the
        commitment "We will seize … for the benefit of people and planet." (with or without a
        blank line between): the title it has on one line, "Action 27. We will seize …", as an
        unpunctuated title below ("Action 1" + "Strengthening multilateralism") already is. Only
        a line opening "We will", "We commit", "我们将" or "我们承诺", its sentences ending on it
        at a full stop or at the colon its items hang from ("We will take bold actions … We
        decide to:" + "(a) …"), with a numbered paragraph, an item or a heading next ("54. We
        decide to:"): prose that goes on below it is the heading's first paragraph. A commitment
        worded otherwise titles it where it is the chapeau of the items right below it ("We
        decide to:" + "(a) …", "我们决定：" + "(a) …"), as "Action 1. We decide to:" does; a
        word alone, "Targets:" ("目标："), labels the list, no commitment."""
        if (
            heading.text
            or _KEYWORD_KEY_RE.match(heading.key or "", len(heading.scope.prefix)) is None
            or line.bullet
            or line.table_row
            or display_width(line.text) > _MAX_HEADING_WIDTH
        ):
            return False
        if _COMMITMENT_TITLE_RE.match(line.text) is None:
            return self.chapeau_of_the_items_below(index, line)
        following = self.next_content(index)
        return following is None or self.looks_structural(following)

    def chapeau_of_the_items_below(self, index: int, line: _Line) -> bool:
        """Whether ``line`` is a sentence's chapeau ("We decide to:", "我们决定：") with the
        first item of its list right below it, no list's label ("Targets:")."""
        following = self.next_content(index)
        return (
            line.text.endswith((":", "："))
            and _is_a_chapeau(line.text[:-1])
            and not line.text[:1].islower()
            and not _opens_with_a_marker(line.view)
            and following is not None
            and (following.bullet or _opens_preambular_items(following.view))
        )

    def chapeau_goes_on_a_titled_action(self, heading: _Node, index: int, line: _Line) -> bool:
        """Whether ``line`` is the chapeau of the items below a keyword heading with a title of
        its own ("Action 13. We will redouble our efforts …." + "We decide to:" + "(a) …"):
        the rest of the heading's text, as on one line, so that the items are the action's
        (``action-13.a``), as under "Action 1. We will:"; the chapeau of a heading with no
        title is its title (``commitment_titles_heading``)."""
        return (
            bool(heading.text)
            and _KEYWORD_KEY_RE.match(heading.key or "", len(heading.scope.prefix)) is not None
            and _ends_a_sentence(heading.text)
            and not (line.bullet or line.table_row)
            and display_width(line.text) <= _MAX_HEADING_WIDTH
            and self.chapeau_of_the_items_below(index, line)
        )

    def on_action_line(
        self, line: _Line, text: str, view: str, level: int = _KEYWORD_LEVEL
    ) -> bool:
        """The WSIS Plan of Action's action lines, "C1. The role of public governance
        authorities …" -> ``action-line-c1``, label "C1", over the paragraphs that follow (their
        numbering goes on across action lines); ``level`` is given for Markdown headings ("###
        C1. …", "**C1. …**"), ranked as keyword headings are."""
        action_line = _ACTION_LINE_RE.match(view) if view[:1] == "C" else None
        current = self.current
        if (
            action_line is None
            or self.unfinished_sentence() is not None
            or not self.heading_text_fits(action_line.group(2))
            # An entry of a list of action lines ("…as follows:" + "C1. The role …;") is text.
            or not ends_open(action_line.group(2), comma_closes=True)
            or (current is not None and _introduces_list(current.text))
        ):
            return False
        self.enter_body()
        self.add_heading(
            line,
            level=level,
            title=text,
            text=text[action_line.start(2) :],
            key=f"{self.scope.prefix}action-line-c{int(action_line.group(1))}",
            label=text[: action_line.start(2)].strip().rstrip("."),
        )
        return True

    def on_action_line_title(self, index: int, line: _Line, text: str) -> bool:
        """An outcome document's WSIS action line, "Action line C1. The role of public
        governance authorities and all" + "stakeholders in the promotion of ICTs for development"
        / "行动方针C1. 政府主管部门和所有利益攸关方在促进信通技术" + "促进发展方面的作用": a heading
        over the paragraphs below it, its title whole however it wraps, as where it fits one
        line; at the top of a text too, none of the title block's. Not in a sentence left
        unfinished above it, nor an entry of a list a colon introduces, nor a title ending like
        a sentence ("Action line C1. The role … is vital." is text)."""
        wraps = self.action_line_title(index, line)
        if wraps is None:
            return False
        title = text
        for position in wraps:
            title = self.join(title, self.lines[position].text)
        self.enter_body()
        self.whole_title = self.add_heading(
            line, level=_PLAIN_LEVEL, title=title, text=title, key=None, label=None, plain=True
        )
        self.title_wraps.update(wraps)
        return True

    def action_line_title(self, index: int, line: _Line) -> list[int] | None:
        """The indexes of the lines the action line's title on ``line`` wraps onto (see
        ``on_action_line_title``), or None when the line titles none. A line goes on with the
        title right below it when it opens in lower case, when the line above reached the
        text's edge or stopped at a word no title ends with ("…of the"), or, unpunctuated, when
        a blank line, a page break, a numbered line or the text's end follows it ("行动方针C1.
        …信通技术" + "促进发展方面的作用" + "1. …"): no paragraph stops so; never a numbered
        line, a bullet, a page's furniture or another action line."""
        current = self.current
        if (
            _ACTION_LINE_TITLE_RE.match(line.view) is None
            or line.bullet
            or line.table_row
            or line.preamble_number is not None
            or self.unfinished_sentence() is not None
            or (
                current is not None and current.kind != "heading" and _introduces_list(current.text)
            )
        ):
            return None
        wraps: list[int] = []
        last = line
        for position in range(index + 1, min(index + _LONGEST_TITLE_LINES, len(self.lines))):
            below = self.lines[position]
            if (
                below.after_blank
                or below.page_top
                or below.bullet
                or below.table_row
                or below.md_level is not None
                or _is_page_furniture(below)
                or self.looks_structural(below)
                or _ACTION_LINE_TITLE_RE.match(below.view) is not None
                or not (
                    starts_as_continuation(below.text)
                    or self.is_full(last)
                    or _UNFINISHED_TITLE_RE.search(last.text) is not None
                    or (
                        ends_open(below.text, comma_closes=True)
                        and self.ends_a_title_block(position)
                    )
                )
            ):
                break
            wraps.append(position)
            last = below
        title = " ".join([line.text, *(self.lines[position].text for position in wraps)])
        if not ends_open(title, comma_closes=True) or display_width(title) > _MAX_HEADING_WIDTH:
            return None
        return wraps

    def ends_a_title_block(self, index: int) -> bool:
        """Whether the line at ``index`` is the last before a blank line, a page break, a
        numbered line or the text's end: nothing but a title's last line stands there."""
        if index + 1 >= len(self.lines):
            return True
        below = self.lines[index + 1]
        return below.after_blank or below.page_top or self.looks_structural(below)

    def end_listed_goals(self) -> None:
        """A paragraph right below a run of goal headings with nothing under them ("Goal 1. …",
        "Goal 2. …", "Goal 3. …" + "55. The Goals and targets are integrated …") follows a list
        of the goals: every goal of that run is an entry of the list, not a heading (a list
        the goals set out follow at once is left to ``demote_listed_heading``)."""
        listed: list[_Node] = []
        for node in reversed(self.nodes):
            if node.kind != "heading" or not _GOAL_KEY_RE.search(node.key or ""):
                break
            listed.append(node)
        if len(listed) < 2 or self.current is not listed[0]:
            return
        parents = {id(node.parent) for node in self.nodes}
        listed = listed[: next((i for i, n in enumerate(listed) if id(n) in parents), None)]
        if len(listed) < 2:
            return
        # Never set out below, the goals listed above are entries of that list as well: every
        # one of them, not the last alone ("Goal 1." and "Goal 2." headings, "Goal 3." text).
        for entry in listed:
            entry.kind, entry.key, entry.label, entry.text = "text", None, None, entry.title
            if entry in self.stack:
                self.stack.remove(entry)

    def demote_listed_heading(self, key: str) -> None:
        """A text that lists its goals before setting them out ("Goal 1. End poverty …",
        "Goal 2. …", then each goal with its targets) prints every heading twice: the first,
        with nothing under it, was an entry of that list, an unnumbered paragraph."""
        for position in range(len(self.nodes) - 1, -1, -1):
            node = self.nodes[position]
            if node.key != key or node.kind != "heading":
                continue
            # What it holds follows it: a text repeating the heading thousands of times read
            # every paragraph for each.
            if not any(other.parent is node for other in self.nodes[position + 1 :]):
                node.kind, node.key, node.label = "text", None, None
                node.text = node.title
                if node in self.stack:
                    # No heading of the text sits under an entry of the list.
                    self.stack.remove(node)
            return

    def heading_text_fits(self, text: str) -> bool:
        """A heading's title (possibly empty: the title may follow on the next line)."""
        if not text:
            return True
        return display_width(text) <= _MAX_HEADING_WIDTH and ends_open(text, comma_closes=True)

    def numbers_a_list_item(self, numeral: int | None) -> bool:
        """Whether "I. …" / "أولا - …" numbers an item of a list in the text, no section: the
        first right below the colon that opens the list ("…the following steps:" + "I.
        Strengthening …;") when it reads as an item (see ``first_item_reads_as_one``), the
        next below the item before it, ended with a semicolon or comma ("…أصحاب المصلحة؛" +
        "ثانيا - …") or left unpunctuated, or right below it after its full stop. Arabic
        enumerates so far more often than English. Each item is a paragraph of text of its
        own."""
        current = self.current
        if numeral is None or current is None or current.kind == "heading":
            return False
        if numeral == 1:
            return _introduces_list(current.text) and self.first_item_reads_as_one(self.position)
        item = current.text.rsplit("\n", 1)[-1]
        above = _ROMAN_HEADING_RE.match(arabic_markers_read(item, marker_view(item))[1])
        return (
            above is not None
            and roman_value(above.group(1)) == numeral - 1
            and (
                _LIST_ITEM_END_RE.search(current.text[-_TAIL:]) is not None
                or ends_open(current.text, comma_closes=True)
                or (
                    _ITEM_FULL_STOP_RE.search(current.text[-_TAIL:]) is not None
                    and not self.lines[self.position].after_blank
                )
            )
        )

    def first_item_reads_as_one(self, index: int) -> bool:
        """Whether the "I. …" line at ``index``, below a colon, opens an item rather than a
        section: its text wraps on (the line full, stopped at a word no title ends with, or the
        next going on in lower case) to the end of an item, ";" / "؛" / "," / "; and", or of a
        sentence, "."; or "II." follows right below it. Terms of reference adopted "as
        follows:" set out their sections so: "I. Mandate" with a blank line, a numbered
        paragraph, an "(a)" item or a sentence of its own below it is a title."""
        last = self.lines[index]
        item = last.text
        wrapped = False
        for below in self.lines[index + 1 : index + 1 + _LOOK_AHEAD_LINES]:
            if self.passes_over(below):
                continue
            if below.after_blank:
                break
            if (next_numeral := _ROMAN_HEADING_RE.match(below.view)) is not None:
                return roman_value(next_numeral.group(1)) == 2
            if (
                below.bullet
                or _opens_with_a_marker(below.view)
                or not ends_open(item, comma_closes=True)
                or not (
                    self.is_full(last)
                    or _UNFINISHED_TITLE_RE.search(last.text) is not None
                    or below.text[:1].islower()
                )
            ):
                break
            item, last, wrapped = f"{item} {below.text}", below, True
        return wrapped and (
            _LIST_ITEM_END_RE.search(item[-_TAIL:]) is not None
            or _ITEM_FULL_STOP_RE.search(item[-_TAIL:]) is not None
        )

    def on_section_heading(self, line: _Line, text: str, view: str, level: int | None) -> bool:
        """I. / 一、 / A. headings; ``level`` is given for Markdown headings."""
        scope = self.scope
        as_section: int | None = None
        as_letter: int | None = None
        rest_at = 0
        opens_a_chapter = False
        chapter = self.chapter_heading(line, view)
        if (
            chapter is not None
            and self.heading_text_fits(view[chapter[1] :])
            and (self.unfinished_sentence() is None or self.below_a_title(line))
        ):
            as_section, rest_at = chapter
            opens_a_chapter = _chapter_match(view) is not None
        elif (roman := _ROMAN_HEADING_RE.match(view)) and self.heading_text_fits(roman.group(2)):
            as_section, rest_at = roman_value(roman.group(1)), roman.start(2)
            if level is None and self.numbers_a_list_item(as_section):
                self.add_paragraph(line, "text", text)
                return True
        elif (chinese := _CN_HEADING_RE.match(view)) and self.heading_text_fits(chinese.group(2)):
            as_section, rest_at = chinese_value(chinese.group(1)), chinese.start(2)
        in_latin = False
        if (letter := _LETTER_HEADING_RE.match(view)) and self.heading_text_fits(letter.group(2)):
            printed = letter.group(1)
            latin = (
                printed
                if printed.isascii()
                else latin_heading_letter(printed, scope.next_letter_heading)
            )
            as_letter = None if latin is None else letter_index(latin)
            rest_at = letter.start(2)
            in_latin = True
        elif (
            level is not None
            and (chinese_letter := _CN_LETTER_HEADING_RE.match(view))
            and self.heading_text_fits(chinese_letter.group(2))
        ):
            as_letter, rest_at = chinese_value(chinese_letter.group(1)), chinese_letter.start(2)
        if as_section is None and as_letter is None:
            return False
        current = self.current
        if (
            not text[rest_at:].strip()
            and current is not None
            and current.kind != "heading"
            and current.open
            and not (chapter and self.below_a_title(line))
        ):
            # A bare "C." under a sentence that has not ended is its wrapped last word (an
            # initial, "Vitamin C."), not section 100 or sub-heading C.
            return False
        if scope.article_of is not None:
            # "Chapter II" or "Section B" after an article's own numbered paragraphs: chapters
            # and sections hold articles, never the other way round.
            scope = self.scope = scope.article_of
        opens_a_part = opens_a_chapter and _PART_HEADING_RE.match(view) is not None
        if opens_a_chapter and not opens_a_part and scope.part_worded and as_section is not None:
            label = text[:rest_at].strip().rstrip(".．、:：–—-").strip()
            self.add_part_chapter(line, as_section, label, text, text[rest_at:], level)
            return True
        if not opens_a_chapter and self.numbers_a_chapter_section(scope, as_section, as_letter):
            assert as_section is not None
            label = text[:rest_at].strip().rstrip(".．、:：–—-").strip()
            self.add_chapter_section(line, as_section, label, text, text[rest_at:], level)
            return True
        section_expected = as_section == scope.next_section
        letter_expected = as_letter == scope.next_letter_heading
        if not (section_expected or letter_expected) and (
            self.resume_outer_text(section=as_section) or self.resume_outer_text(letter=as_letter)
        ):
            scope = self.scope
            section_expected = as_section == scope.next_section
            letter_expected = as_letter == scope.next_letter_heading
        if section_expected and letter_expected:
            use_section = scope.next_letter_heading == 1
        elif section_expected or letter_expected:
            use_section = section_expected
        elif (
            as_section is not None
            and as_section > scope.next_section - 1
            # "C. Action lines" + "C1. …" as a text's first heading, an excerpt's: a letter
            # past X reads as a roman only where a run of sections leads up to it; no text
            # opens at section L, C, D or M.
            and not (
                as_letter is not None
                and scope.next_section == 1
                and as_section > _LAST_ROMAN_OPENING_A_TEXT
            )
        ):
            use_section = True
            self.warn(line, f"section {as_section} where {scope.next_section} was expected")
        elif as_letter is not None and as_letter > scope.next_letter_heading:
            use_section = False
            self.warn(line, "sub-heading letter out of sequence")
        else:
            return False
        label = text[:rest_at].strip().rstrip(".．、:：–—-").strip()
        self.enter_body()
        if use_section and as_section is not None:
            scope.section, scope.next_section = as_section, as_section + 1
            scope.sections_worded = _CHAPTER_SECTION_RE.match(view) is not None
            scope.chapter_worded = opens_a_chapter
            scope.chapter_section = None
            scope.part_worded = opens_a_part
            scope.part_chapter = None
            scope.next_letter_heading = 1
            scope.letters_in_latin = False
            key = f"{scope.prefix}section-{as_section}"
            if level is None:
                own_level = _SECTION_LEVEL
            elif level == _BOLD_LEVEL:
                own_level = self.bold_section_level(as_section)
            else:
                own_level = level
        else:
            assert as_letter is not None
            own_level = _sub_heading_level(level)
            scope.letters_in_latin = in_latin
            self.add_letter_heading(line, as_letter, label, text[rest_at:], level=own_level)
            return True
        heading = self.add_heading(
            line, level=own_level, title=text, text=text[rest_at:], key=key, label=label
        )
        if level == _BOLD_LEVEL:
            self.bold_sections.add(id(heading))
        return True

    def numbers_a_chapter_section(
        self, scope: _Scope, numeral: int | None, letter: int | None
    ) -> bool:
        """Whether "I." / "一、" below "Chapter I" / "第一章" numbers the chapter's next section:
        numbered from 1 in each chapter and in sequence (or on from the previous chapter's last),
        unless it is the lettered sub-heading expected next ("H." + "I. …")."""
        if numeral is None or scope.section is None or not scope.chapter_worded:
            return False
        if letter is not None and letter == scope.next_letter_heading > 1:
            return False
        if scope.chapter_section is not None:
            return numeral == scope.chapter_section + 1
        return numeral in (1, scope.last_chapter_section + 1)

    def add_chapter_section(
        self, line: _Line, number: int, label: str, title: str, text: str, level: int | None
    ) -> None:
        """Section ``number`` of the current chapter: ``Psection-2.1`` in chapter 2, below the
        chapter whatever level Markdown gave either, its lettered sub-headings
        ``Psection-2.1.a``."""
        scope = self.scope
        chapter = self.chapter_key()
        self.chapter_sections[chapter] = number
        scope.chapter_section = scope.last_chapter_section = number
        self.add_child_heading(line, chapter, number, label, title, text, level)

    def add_part_chapter(
        self, line: _Line, number: int, label: str, title: str, text: str, level: int | None
    ) -> None:
        """Chapter ``number`` of the current part: ``Psection-1.2`` for "Part One" + "Chapter
        2", below the part whatever level Markdown gave either; its numbered sections are
        ``Psection-1.2.1`` and chapter 1 of the next part is ``Psection-2.1``, so chapters
        numbered anew in each part never collide."""
        scope = self.scope
        part = f"{scope.prefix}section-{scope.section}"
        scope.part_chapter = number
        scope.chapter_section = None
        self.add_child_heading(line, part, number, label, title, text, level)

    def add_child_heading(
        self,
        line: _Line,
        parent: str,
        number: int,
        label: str,
        title: str,
        text: str,
        level: int | None,
    ) -> None:
        """Heading ``number`` inside the heading keyed ``parent`` (``parent.number``), below it
        whatever level Markdown gave either, its lettered sub-headings counted anew."""
        scope = self.scope
        scope.next_letter_heading = 1
        scope.letters_in_latin = False
        own_level = _LETTER_LEVEL if level is None or level == _BOLD_LEVEL else level
        parent_node = next((node for node in reversed(self.stack) if node.key == parent), None)
        if parent_node is not None:
            own_level = max(own_level, parent_node.level + 1)
        self.enter_body()
        self.add_heading(
            line, level=own_level, title=title, text=text, key=f"{parent}.{number}", label=label
        )

    def chapter_key(self, scope: _Scope | None = None) -> str:
        """The anchor of the chapter being read (in ``scope``, the current one by default):
        ``Psection-2``, or ``Psection-1.2`` for chapter 2 of part one."""
        scope = scope or self.scope
        key = f"{scope.prefix}section-{scope.section}"
        return key if scope.part_chapter is None else f"{key}.{scope.part_chapter}"

    def section_key(self) -> str | None:
        """The anchor of the section being read, a chapter's section (``Psection-2.1``, in a
        part's chapter ``Psection-1.2.1``) or the text's (``Psection-2``), None before any."""
        scope = self.scope
        if scope.section is None:
            return None
        key = self.chapter_key()
        return key if scope.chapter_section is None else f"{key}.{scope.chapter_section}"

    def bold_section_level(self, section: int) -> int:
        """The level of a bold section heading, as bold lines have none of their own: beside the
        section before it wherever that stands ("## II." + "**III.**"), else below the Markdown
        heading it sits under ("## Chapter I" + "**I. Mandate**"), else as a section set plain,
        over the numbered headings below it ("**I. Sustainable development**" + "**Action 1.
        …**" + "**II. …**")."""
        previous = f"{self.scope.prefix}section-{section - 1}"
        levels = []
        for node in self.stack:
            if node.key == previous and " " not in (node.label or ""):
                return node.level  # "II", not "Chapter I", which holds its sections
            if (
                node.level < _BOLD_LEVEL
                and id(node) not in self.bold_sections
                and _KEYWORD_KEY_RE.match(node.key or "", len(node.scope.prefix)) is None
            ):
                levels.append(node.level)
        return max(levels) + 1 if levels else _SECTION_LEVEL

    def add_letter_heading(
        self, line: _Line, letter: int, label: str, title: str, *, level: int
    ) -> None:
        """Sub-heading ``letter`` of the current section: ``Psection-1.a`` (``Psection-a``
        before any numbered section)."""
        scope = self.scope
        scope.next_letter_heading = letter + 1
        heading = self.section_key()
        section = f"{heading}." if heading is not None else f"{scope.prefix}section-"
        key = f"{section}{letter_for(letter)}"
        above = self.stack
        if heading is None and letter > 1:
            # Before any numbered section, an unnumbered sub-heading opened inside the section
            # lettered before ("A. …" + "Assessment" + "1. …" + "B. …") is not one to sit under,
            # its key None as well: only an unnumbered heading above that section is
            # ("Recommendations" + "A. …" + "B. …").
            previous = f"{section}{letter_for(letter - 1)}"
            above = next(
                (self.stack[:at] for at, node in enumerate(self.stack) if node.key == previous),
                above,
            )
        section_heading = next((node for node in reversed(above) if node.key == heading), None)
        if section_heading is not None and (
            line.md_level is None or scope.chapter_section is not None
        ):
            # A plain "A. Digital inclusion" or "（一）数字包容" under a Markdown "## II. Main
            # elements" ("## 二、主要要素") is a part of that section, whatever level Markdown
            # gave the section: below it, never beside it under the title; so is any lettered
            # sub-heading of a chapter's section.
            level = max(level, section_heading.level + 1)
        self.enter_body()
        # "### 二、组成" + "### （一）主席团": marked up at the section's own level, the
        # sub-heading is still a part of it, and keeps its level, so that the "####" headings
        # below it stay its own.
        same_level = section_heading is not None and level >= section_heading.level
        self.add_heading(
            line,
            level=level,
            title=line.text,
            text=title,
            key=key,
            label=label,
            lettered=True,
            inside=section_heading if same_level else None,
        )

    def on_article(self, line: _Line, text: str, view: str, level: int) -> bool:
        """ "Article 3" (or "Rule 3", "第三条"): a heading ``article-3`` whose numbered
        paragraphs are its own, ``article-3/1``, ``article-3/1.a``, numbered from 1 again in
        the next article (unless the text numbers them on across articles: then the articles
        are headings only). Not under a sentence the line above left unfinished, nor after
        the text's own numbered paragraphs (an article a resolution quotes)."""
        article = _ARTICLE_RE.match(view)
        chinese = None if article else _chinese_article(view)
        found = article or chinese
        if found is None or (
            self.unfinished_sentence() is not None and not self.below_a_title(line)
        ):
            return False
        base = self.scope.article_of or self.scope
        if self.articles_restart_numbering and self.numbering_goes_on_below(base.next_top):
            # The text's own numbering goes on below: an article a resolution quotes ("…to
            # read as follows:" + "Rule 161" + its text + "2. Requests …").
            return False
        title_at = found.start(3)
        if not self.heading_text_fits(text[title_at:]):
            return False
        token = found.group(1)
        number = (
            int(token)
            if token.isdigit()
            else _ORDINAL_WORDS.get(token.lower()) or chinese_value(token)
        )
        if number is None:
            return False
        suffix = _insertion_suffix(found.group(2) or "")
        # The heading belongs to the text the articles are numbered in; what follows, to it,
        # unless the text numbers its paragraphs on across articles (a report by article).
        self.scope = base
        self.enter_body()
        self.add_heading(
            line,
            level=level,
            title=text,
            text=text[title_at:].strip(),
            key=f"{base.prefix}article-{number}{suffix}",
            label=text[:title_at].strip().rstrip(".:–—-").strip(),
        )
        if self.articles_restart_numbering:
            self.scope = _Scope(f"{base.prefix}article-{number}{suffix}/")
            self.scope.article_of = base
            self.scopes.append(self.scope)
        return True

    def is_article_text(self, line: _Line) -> bool:
        """An article's titles are short: a line as wide as the text below an untitled article
        ("Article 1" + "All human beings are born free and equal in dignity and …") is its text."""
        current = self.current
        return current is not None and _opens_articles(current) and self.is_wrapped(line)

    def enters_the_inner_list(self, index: int, line: _Line, number: int) -> bool:
        """Whether ``number``, opening line ``index``, is the next entry of the list kept in
        the paragraph above (``inner_owner``), not a paragraph of the text: a number the text
        does not expect next, or one it does where the list's last entry goes on (";", "and")
        or the numbers below run on past it and come back to it. In Markdown, a line at the
        margin below an indented list is the text's ("  2. …" + "3\\. Requests …")."""
        return (
            self.inner_owner is not None
            and number == self.inner_next
            and (
                number != self.scope.next_top
                or self.inner_list_continues
                or self.paragraph_number_comes_back(index, number)
            )
            and not (self.markdown and line.indent == 0 < self.inner_indent)
        )

    def paragraph_number_comes_back(self, index: int, number: int, to: int | None = None) -> bool:
        """Whether the numbered lines below line ``index`` go on from ``number`` and then come
        back to it (or to ``to``): the list inside a paragraph ("…the following five
        objectives:" + "1. …" to "5. …") runs on past the paragraph number expected next, which
        the paragraph after the list then takes."""
        following = number + 1
        for line in self.lines[index + 1 : index + 1 + _LOOK_AHEAD_LINES]:
            if numbered := _NUMBER_RE.match(line.view):
                value = int(numbered.group(1))
                if value != following:
                    return value == (number if to is None else to)
                following += 1
        return False

    def numbering_jumps_to(self, number: int, rest: str) -> bool:
        """Whether the text's numbering jumps ahead to ``number``, past the gap a missing
        paragraph leaves, and goes on from it: an abridged text ("1." "2." "11." "12."), its
        paragraphs keeping the numbers a delegate cites, with or without blank lines between
        them: the numbers below confirm the jump, not the layout. The next numbered line below is
        ``number`` + 1, or, for a paragraph opening as a sentence does, any higher number, as an
        excerpt skips paragraphs all along ("1." "2." "10." "13." "14."; not a year wrapped in
        prose, "2015. and …", or opening a chronology's entry), and no number from the one
        expected next up to ``number`` is below:
        paragraphs quoted from another text ("11." "12." in a note) before the text's own "3."
        go on as text, and so do paragraphs a colon or "as follows" introduces ("Paragraphs 11
        and 12 of the resolution read as follows:"), numbers below the title of the text's notes
        ("Notes" + "14. See …"), numbers not growing all the way down, and any number no
        higher than one printed above (kept as text or not). The run ends where a number below
        restarts at 1, a list of its own: an annex's or an appendix's ("Annex I" + "1. …"), a
        part's, a paragraph's; what follows it is no part of the body's numbering."""
        expected = self.scope.next_top
        current = self.current
        if number <= expected or current is None or _numbers_others_below(current):
            return False
        numbers_below = list(
            itertools.takewhile(
                # Where 1 is the number expected next, it is the text's own, no restart.
                lambda value: value != 1 or expected == 1,
                (
                    int(numbered.group(1))
                    for line in self.lines[
                        self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES
                    ]
                    if (numbered := _NUMBER_RE.match(line.view))
                ),
            )
        )
        next_below = numbers_below[0] if numbers_below else None
        return (
            next_below is not None
            and (
                next_below == number + 1
                or (number < next_below and self.opens_like_a_paragraph(number, rest))
            )
            # Growing all the way: notes numbered below ("Notes" + "14. See …") are no part
            # of the run.
            and all(earlier < later for earlier, later in pairwise(numbers_below))
            and not any(expected <= value <= number for value in numbers_below)
        )

    def numbers_the_text_alone(self, number: int, highest: int, rest: str) -> bool:
        """Whether the numbered line being read, the first the text numbers (``highest`` the
        highest number above it, 0 for none), is the only one down to the end of the look-ahead
        or an annex restarting at 1: the one paragraph a text holds ("8. We decide:" + "(a) …",
        a paragraph extracted from a larger text), nothing else there to be the text's
        numbering. It opens a sentence below a finished one, as a paragraph does; not a year
        ("2015. …"), a ranking's row, a note ("8. See …", a number referenced as a note's, below
        the notes' title) or a numbered line a colon or "as follows" quotes."""
        current = self.current
        return (
            highest == 0
            and self.unfinished_sentence() is None
            and self.opens_like_a_paragraph(number, rest)
            and _FOOTNOTE_OPENING_RE.match(rest) is None
            and not self.seen_as_reference(number)
            and not (current is not None and _numbers_others_below(current))
            and self.number_below() is None
        )

    def opens_like_a_paragraph(self, number: int, rest: str) -> bool:
        """Whether a numbered line no number below confirms opens a sentence as a paragraph
        does: its number below any year's, its text opening with a capital or a Chinese
        character, no ranking's or listing's row."""
        return (
            number <= _HIGHEST_NUMBER_SKIPPED_TO
            and rest[:1] != ""
            and (rest[0].isupper() or is_cjk(rest[0]))
            and not self.opens_a_numbered_row(rest)
        )

    def opens_a_numbered_row(self, rest: str) -> bool:
        """Whether the numbered line being read is a row of a ranking or a listing, no paragraph
        ("12. Republic of Korea        0.9679" + "15. Singapore …"): its text ends with a figure,
        or the next numbered line follows it with no blank line between."""
        below = self.lines[self.position + 1] if self.position + 1 < len(self.lines) else None
        return rest.rstrip()[-1:].isdigit() or (
            below is not None and not below.after_blank and _NUMBER_RE.match(below.view) is not None
        )

    def numbering_goes_on_below(self, expected: int, *, gap: int = 0) -> bool:
        """Whether the next numbered line below the current one is ``expected`` (or up to
        ``gap`` more), the number the text's own paragraphs go on with (never 1: a list or an
        article starting its own)."""
        if expected == 1:
            return False
        number = self.number_below()
        return number is not None and expected <= number <= expected + gap

    def number_below(self) -> int | None:
        """The number of the next numbered line below the current one; none where it is an
        annex's or an appendix's restarting at 1 ("Annex" + "1. …"), no part of the body's
        numbering (one numbered on from the body's is read)."""
        below_an_annex = False
        for line in self.lines[self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES]:
            if numbered := _NUMBER_RE.match(line.view):
                number = int(numbered.group(1))
                return None if below_an_annex and number == 1 else number
            below_an_annex = below_an_annex or _opens_an_annex(line.view)
        return None

    def on_annex(self, line: _Line, text: str, view: str) -> bool:
        """An annex or appendix heading: a scope of its own, numbered from 1 again. A line
        ending, right below, a sentence the line above left unfinished ("…as provided by" +
        "Annex I.", "…按照" + "附件一。") is that sentence's; without its stop, after a blank line,
        or as a Markdown heading, it heads the annex ("…set out in the annex to the present
        resolution" + "Annex" + "Modalities of the dialogue")."""
        goes_on_with_a_sentence = (
            line.md_level is None
            and _part_cited_at_a_sentence_end(line)
            and self.unfinished_sentence() is not None
        )
        if (
            (annex := _ANNEX_RE.match(view) or _CN_ANNEX_RE.match(view))
            and self.heading_text_fits(annex.group(3))
            and not _LETTER_ANNEX_RE.match(view)
            and not goes_on_with_a_sentence
        ):
            label, title_text = _part_label(text, annex), text[annex.start(3) :].strip()
            self.open_annex(line, annex.group(2), text, label=label, text=title_text)
            return True
        if (
            (annex := _CN_ANNEX_TO_RE.match(view))
            and self.heading_text_fits(annex.group(1))
            and _CN_LETTER_ANNEX_RE.search(view) is None
            and self.unfinished_sentence() is None
        ):
            # "第 79/1 号决议附件一" is "Annex I to resolution 79/1": the annex's label last,
            # what it is annexed to first, the heading's text.
            label = text[annex.start(2) :].rstrip().rstrip("*").rstrip()
            self.open_annex(line, annex.group(3), text, label=label, text=text[: annex.end(1)])
            return True
        appendix = _APPENDIX_RE.match(view) or _CN_APPENDIX_RE.match(view)
        if appendix and self.heading_text_fits(appendix.group(3)) and not goes_on_with_a_sentence:
            self.appendix_count = _heading_number(appendix.group(2), self.appendix_count)
            # An annex's appendix is the annex's: "annex-1/appendix-2/3".
            within = f"annex-{self.annex_count}/" if self.annex_count else ""
            key = f"{within}appendix-{self.appendix_count}"
            self.start_part(
                line,
                text,
                key,
                level=1 if within else 0,
                label=_part_label(text, appendix),
                text=text[appendix.start(3) :].strip(),
            )
            return True
        enclosure = _ENCLOSURE_RE.match(view)
        if (
            enclosure
            and self.heading_text_fits(enclosure.group(3))
            and self.unfinished_sentence() is None
        ):
            # Beside the annex or appendix above it, never inside: what a letter or a decision
            # encloses is none of its annexes' ("enclosure-1/1").
            self.enclosure_count = _heading_number(enclosure.group(2), self.enclosure_count)
            self.start_part(
                line,
                text,
                f"enclosure-{self.enclosure_count}",
                level=0,
                label=_part_label(text, enclosure),
                text=text[enclosure.start(3) :].strip(),
            )
            return True
        return False

    def open_annex(
        self, line: _Line, number: str | None, title: str, *, label: str, text: str
    ) -> None:
        """The annex numbered ``number`` (or the next one) begins at ``line``, unless it is the
        text a cover letter circulates, which is then numbered as when issued alone."""
        if self.annexes_the_circulated_text(numbered=number is not None):
            self.warn(line, "cover letter skipped; its annex is the text under consultation")
            self.current = None
            return
        self.annex_count = _heading_number(number, self.annex_count)
        self.appendix_count = 0
        self.start_part(line, title, f"annex-{self.annex_count}", level=0, label=label, text=text)

    def annexes_the_circulated_text(self, *, numbered: bool) -> bool:
        """Whether the annex heading being read annexes the text under consultation to the letter
        that circulates it ("…the zero draft of the resolution (see annex)." + "Annex" + "The
        General Assembly," + "1. …"): above it only the letter's unnumbered paragraphs (or a
        skipped cover letter), one of them naming its annex, no heading, chapeau or preamble;
        below it the text's chapeau, and no other annex but, below an unnumbered one, the text's
        own, numbered from the first ("Annex I", "附件一"). Its text is then numbered as when
        issued alone (``pp1``, ``1``, ``annex-1/1``), and the letter, above that chapeau, is
        front matter."""
        scope = self.scope
        if (
            self.annex_count
            or scope.prefix
            or scope.chapeau_seen
            or self.seen_operative
            or any(
                node.kind != "text" or node.key is not None or opens_preamble(node.text)
                for node in self.nodes
            )
            or not (
                self.cover_letter_names_its_annex
                or any(_NAMES_ITS_ANNEX_RE.search(node.text) for node in self.nodes)
            )
        ):
            return False
        chapeau = False
        for below in self.lines[self.position + 1 :]:
            if other := _ANNEX_RE.match(below.view) or _CN_ANNEX_RE.match(below.view):
                number = other.group(2)
                # The text's own annexes, below the chapeau, number themselves from the first.
                return (
                    not numbered
                    and chapeau
                    and number is not None
                    and _heading_number(number, 0) == 1
                )
            chapeau = chapeau or is_chapeau(below.text)
        return chapeau

    def start_part(
        self, line: _Line, title: str, key: str, *, level: int, label: str, text: str
    ) -> None:
        """An annex's or appendix's heading, ``title`` the line, labelled ``label`` ("Annex
        I"), ``text`` the rest of it; ``key`` its anchor, and with a slash the prefix of what
        it holds."""
        numbered_above = self.scope.next_top
        self.scope = _Scope(f"{key}/")
        if numbered_above > 1:
            self.scope.numbered_on_from = numbered_above
        self.scopes.append(self.scope)
        self.enter_body()
        self.add_heading(
            line,
            level=level,
            title=title,
            text=text,
            key=key,
            label=label,
        )

    def on_markdown_heading(self, line: _Line) -> None:
        level = line.md_level
        assert level is not None
        text, view = line.text, line.view
        if self.on_annex(line, text, view):
            return
        if self.on_article(line, text, view, level):
            return
        if self.on_action_line(line, text, view, self.keyword_heading_level(level)):
            return
        if (keyword := _keyword_heading(view)) or self.on_section_heading(line, text, view, level):
            if keyword:
                self.add_numbered_heading(line, keyword, self.keyword_heading_level(level))
            return
        if self.on_chapter_section(line, text, view, level):
            return
        current = self.current
        if (
            current is not None
            and current.kind == "heading"
            and current.key is not None
            and not current.text
            and self.titles_the_label_above(current, level, text)
        ):
            # "## Annex" + "### Terms of reference …": the title the text format finds on the
            # line below the label, so both formats number alike.
            current.title = self.title_joined(current, text)
            current.text = text
            return
        if self.front:
            self.mark_introduction()
        self.add_heading(line, level=level, title=text, text=text, key=None, label=None)

    def plain_keyword_level(self) -> int:
        """The level of a keyword heading read as a line of text ("Action 1. …", or Markdown's
        "**Action 1. We will ….**", a bold sentence): its own, but in Markdown below every
        heading above it that is no keyword heading ("#### A. Eradicating poverty" +
        "**Action 1. …**"), as plain text ranks it below its section and sub-heading, so that
        the next "#### B." closes it; beside the keyword headings, as in plain text."""
        if not self.markdown:
            return _KEYWORD_LEVEL
        levels = [
            node.level
            for node in self.stack
            if node.level < _BOLD_LEVEL
            and _KEYWORD_KEY_RE.match(node.key or "", len(node.scope.prefix)) is None
        ]
        return max([_KEYWORD_LEVEL - 1, *levels]) + 1

    def keyword_heading_level(self, level: int) -> int:
        """The level of a Markdown keyword heading ("## Action 35.", "### C1. …") marked up at
        ``level``: its own, but a bold one's right below another keyword heading ("**Action
        2.** We will: …" + "**Objective 2. …**", "### C1. …" + "**C7. …**") is that one's, as
        bold has no level of its own: the two stand side by side, as in plain text."""
        above = self.stack[-1] if self.stack else None
        if (
            level == _BOLD_LEVEL
            and above is not None
            and above.level == _KEYWORD_LEVEL
            and _KEYWORD_KEY_RE.match(above.key or "", len(above.scope.prefix))
        ):
            return _KEYWORD_LEVEL
        return level

    @staticmethod
    def titles_the_label_above(label: _Node, level: int, text: str) -> bool:
        """Whether an unnumbered Markdown heading is the title of the numbered heading right
        above it, a label with no title of its own: a deeper heading ("## Annex" + "### Terms of
        reference …", "**Chapter I**" + "**Matters calling for action …**", the bold chapter
        ranking as a section), or one of the same level that reads as a title, unpunctuated, as
        reports set a chapter's label and title as two headings alike ("## 第一章" + "## 需要经济
        及社会理事会采取行动或提请其注意的事项"; not "## Chapter III" + "## The Commission
        adopted the agenda."), so that both formats title the chapter alike."""
        return level > label.level or (level == label.level and ends_open(text, comma_closes=True))

    def on_number(self, line: _Line, number: int, label: str, rest: str) -> None:
        scope = self.scope
        highest, scope.highest_number = scope.highest_number, max(scope.highest_number, number)
        if self.numbers_an_items_list(number):
            self.on_item(line, None, number, label, rest)
            return
        current = self.current
        if number == 1 and current is not None and self.lists_for_the_paragraph_above(current):
            # "（二）中方倡议：" + "1、…；" + "2、…；": the list of the item or the lead-in above,
            # kept in its text, one entry a line, as "7. …目标：" + "1. …" is.
            self.inner_owner, self.inner_introduced = current, True
            self.inner_indent = line.indent
            self.add_inner_item(current, number, line.printed or line.text, rest)
            return
        owner = self.inner_owner
        if owner is not None and self.enters_the_inner_list(self.position, line, number):
            self.add_inner_item(owner, number, line.printed or line.text, rest)
            return
        if number != scope.next_top and self.resume_outer_text(number=number):
            scope = self.scope
        if number == scope.inserted_for == scope.next_top - 1:
            # "OP2 alt." + "OP2.": the paragraph printed after its alternative.
            self.add_operative(line, number, label, rest)
            return
        if self.titles_the_paragraphs_below(number, rest):
            self.enter_body()
            # "5)" is printed apart from the paragraphs' "5.", and labelled so.
            marker = line.text[: len(line.text) - len(rest)].rstrip()
            self.add_heading(
                line,
                level=_KEYWORD_LEVEL + 1,
                title=line.text,
                text=rest,
                key=None,
                label=f"{label})" if marker.endswith(")") else label,
            )
            return
        if scope.next_top <= number <= scope.next_top + _MAX_NUMBER_GAP:
            if number != scope.next_top:
                self.warn(line, f"paragraph {number} where {scope.next_top} was expected")
            self.add_operative(line, number, label, rest)
            return
        if scope.next_top == 1 and number == scope.numbered_on_from:
            # An annex numbering its paragraphs on from the text's: they keep their numbers.
            self.add_operative(line, number, label, rest)
            return
        if (
            scope.next_top == 1
            and not scope.prefix
            and not self.seen_operative
            and (
                self.numbering_goes_on_below(number + 1, gap=_MAX_NUMBER_GAP)
                or self.numbers_the_text_alone(number, highest, rest)
            )
        ):
            # An excerpt ("III. Conclusions" + paragraphs 35 to 41), a text quoted from the
            # middle of another or one paragraph of it: its paragraphs keep the numbers a
            # delegate cites.
            self.warn(line, f"numbering starts at {number}")
            self.add_operative(line, number, label, rest)
            return
        if (
            number > highest
            and self.unfinished_sentence() is None
            and self.numbering_jumps_to(number, rest)
        ):
            self.warn(
                line, f"paragraph {number} where {scope.next_top} was expected; numbered from it"
            )
            self.add_operative(line, number, label, rest)
            return
        if (
            number == highest == scope.next_top - 1
            and number > 1
            and line.after_blank
            and line.indent == 0
            and self.current is not None
            and self.current.kind != "heading"
            and not _introduces_list(self.current.text)
            and self.unfinished_sentence() is None
        ):
            # A draft printing one number twice by mistake: two paragraphs, each open to
            # comments, the second renamed "5_2" with a warning, as any repeated anchor is. A
            # second "1." restarts the numbering instead (below), as an adopted text's does.
            self.add_operative(line, number, label, rest)
            return
        current = self.current
        content = current if current is not None and current.kind != "heading" else None
        if number == 1 and content is not None:
            self.inner_introduced = _introduces_list(content.text)
            if not self.inner_introduced:
                self.warn(line, "a list restarting at 1 is kept inside the paragraph before it")
            self.inner_owner = content
            # In Markdown a list nested in a paragraph is indented: a line at the margin,
            # "3\\. Requests …" after "  2. …", is the next paragraph, not the list's item 3.
            self.inner_indent = line.indent
            self.add_inner_item(content, number, line.printed or line.text, rest)
            return
        if number == 1:
            self.open_part()
            self.warn(line, "numbering restarts at 1 without an annex heading")
            self.add_operative(line, number, label, rest)
            return
        if self.unfinished_sentence() is None:
            self.warn(line, f"unexpected number {number} (expected {scope.next_top}); kept as text")
        self.place_as_text(line)

    def lists_for_the_paragraph_above(self, current: _Node) -> bool:
        """Whether a list restarting at 1 is the list of the item right above it, which a colon
        ends, even where 1 is the paragraph number expected next ("（二）中方倡议：" + "1、…；",
        "(b) The following measures:" + "1. …;"): a text's numbering never begins inside an
        item. Below an unnumbered lead-in ("…decided:" + "1. That …;") the numbers are the
        text's paragraphs, as a decision prints them."""
        return current.kind == "subparagraph" and _introduces_list(current.text)

    def titles_the_paragraphs_below(self, number: int, rest: str) -> bool:
        """Whether a numbered line is a title above the paragraphs, not one of them: it ends
        without punctuation, stands alone on its line (or is a few words, "1. Connectivity"), and
        the next numbered line below is the paragraph expected next, which its own number is not
        ("1. Connectivity" between paragraphs 2 and 3; "5) Building confidence and security in
        the use of ICTs" between 9 and 10) or is again ("1. Introduction" + "1. Artificial …").
        Below an unfinished sentence or a colon, it is the sentence's or the list's."""
        expected = self.scope.next_top
        if not rest or not ends_open(rest, comma_closes=True):
            return False
        current = self.current
        if (
            current is not None
            and current.kind != "heading"
            and (current.open or _introduces_list(current.text))
        ):
            return False
        if not (_is_numbered_title(rest) or self.stands_alone()):
            return False
        following = self.next_content(self.position)
        if (
            (_UNFINISHED_TITLE_RE.search(rest) is not None or _cites_a_number_at_its_end(rest))
            and following is not None
            and not following.after_blank
            and _NUMBER_RE.match(following.view) is not None
        ):
            # "2. The Secretary-General recalls paragraphs 1 and" + "2. He also notes …": no
            # title stops at "and", nor at "…and resolution" ("2. It shall …" below), a word
            # wanting its number; the number right below completes the sentence.
            return False
        if number == expected:
            return self.number_below() == number or self.numbering_starts_past(number)
        return self.numbering_goes_on_below(expected)

    def numbering_starts_past(self, number: int) -> bool:
        """Whether the text's numbering, not begun yet, starts below at a number ``number``
        cannot run on to, and goes on from there: a chapter extract or addendum continuing its
        report's numbering ("1. Africa" + "14. …" + "15. …") titles its paragraphs with
        third-level headings numbered apart."""
        scope = self.scope
        if scope.next_top != 1 or scope.prefix or self.seen_operative:
            return False
        numbers = (
            int(numbered.group(1))
            for line in self.lines[self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES]
            if (numbered := _NUMBER_RE.match(line.view))
        )
        first, second = next(numbers, None), next(numbers, None)
        return (
            first is not None
            and second is not None
            and first > number + _MAX_NUMBER_GAP
            and first < second <= first + 1 + _MAX_NUMBER_GAP
        )

    def stands_alone(self) -> bool:
        """Whether nothing goes on with the current line: a blank line or a numbered line
        follows."""
        following = self.next_content(self.position)
        return (
            following is None
            or following.after_blank
            or _NUMBER_RE.match(following.view) is not None
        )

    def numbers_an_items_list(self, number: int) -> bool:
        """Chinese treaties number an item's own list "1.", "2." where English prints "(i)",
        "(ii)" ("（一）“公职人员”系指：" + "1. 担任…"): inside an article, the number an item
        ending with a colon expects next is that item's, not the article's paragraph."""
        letter_node = self.letter_node
        return (
            self.scope.article_of is not None
            and letter_node is not None
            and number == self.next_roman
            and _introduces_list(letter_node.text)
        )

    def open_part(self) -> _Scope:
        """Another text begins (a draft resolution a report quotes, a resolution's part B):
        numbered from 1 in a scope of its own, ``part-N/``, inside the text it sits in."""
        self.part_count += 1
        outer = self.scope.outer or self.scope
        self.scope = _Scope(f"part-{self.part_count}/", outer)
        self.scopes.append(self.scope)
        return self.scope

    def ran_an_unnumbered_text(self, scope: _Scope, title: _Node) -> bool:
        """Whether a text that numbers no paragraph ran in ``scope`` above ``title`` (the heading
        or title a chapeau comes below), its chapeau and paragraphs below it: a resolution's
        part A ("A" + its title + "The General Assembly," + "Taking note …," + "Urges …"), after
        which part B's chapeau begins another text as it does after numbered paragraphs. A text
        whose last paragraph leads on with its colon ("Adopts the following political
        declaration:") goes on below the heading: the declaration it adopts, with its "We, …,",
        is no text beside it."""
        last: _Node | None = None
        for node in self.nodes:
            if node is title:
                break
            if node.scope is not scope or node.dropped:
                continue
            if node.chapeau or (last is not None and node.kind in ("text", "subparagraph")):
                last = node
        return last is not None and not last.chapeau and not _introduces_list(last.text)

    def leave_the_parts_headings(self, title: _Node) -> None:
        """The next quoted text's title ("Draft resolution II") sits beside the first's, not
        under the headings the first opened inside it ("Taking stock"): they end there."""
        if self.scope.outer is None:
            return
        while (
            self.stack
            and self.stack[-1].key is None
            and self.stack[-1].scope is self.scope
            # "决议草案二" + a blank line + its title: the heading naming the next text stays.
            and _NAMES_A_TEXT_RE.match(self.stack[-1].title) is None
        ):
            self.stack.pop()
        title.parent = self.stack[-1] if self.stack else None
        title.path = self.enclosing_headings()

    def resume_outer_text(
        self, *, number: int | None = None, section: int | None = None, letter: int | None = None
    ) -> bool:
        """After a text a report quotes ("Draft resolution II" … "2. Requests a report."), the
        report goes on where it was: a paragraph number, section or sub-heading letter the
        part does not expect and the text around it does ("2. The Commission recommends …",
        "B. Draft decision …", "Chapter II") returns to that text. The quoted text's unnumbered
        headings ("Draft resolution II" and its title) end with it."""
        outer = self.scope.outer
        if outer is None or (number, section, letter) == (None, None, None):
            return False
        if (
            (number is not None and number != outer.next_top)
            or (section is not None and section != outer.next_section)
            or (letter is not None and letter != outer.next_letter_heading)
        ):
            return False
        self.scope = outer
        while self.stack and self.stack[-1].key is None:
            self.stack.pop()
        self.reset_paragraph_state()
        return True

    def add_inner_item(self, owner: _Node, number: int, full_line: str, rest: str) -> None:
        self.append(owner, full_line, newline=True)
        self.inner_next = number + 1
        self.inner_list_continues = rest.rstrip().endswith(_LIST_CONTINUES)
        self.current = owner

    def add_operative(self, line: _Line, number: int, label: str, rest: str) -> None:
        self.enter_body()
        self.end_listed_goals()
        self.seen_operative = True
        self.close_quoted_text(number)
        self.scope.next_top = number + 1
        self.scope.inserted_for = None
        key = f"{self.scope.prefix}{number}"
        level = _KEYWORD_LEVEL + 1
        self.close_numbered_titles(level)
        if self.titles_its_decimals((number,), rest):
            node = self.add_heading(
                line, level=level, title=line.text, text=rest, key=key, label=label
            )
        else:
            node = self.add_paragraph(line, "operative", rest, key=key, label=label)
        self.numbered_nodes[key] = node

    def opens_decimal_paragraph(self, line: _Line) -> bool:
        """Whether "2.2 …" opens as a decimally numbered paragraph, not as a sentence going on
        with a number ("…with" + "2.6 billion people", "…growth of" + "3.5 per cent",
        "…paragraph" + "17.8"): it opens a line the way numbered paragraphs do (after a finished
        sentence, a colon, a heading or a blank line), a word, not a unit or a counter, after
        the number. Whether the number makes sense where it is is the caller's (see
        ``decimal_in_sequence``)."""
        return (
            (
                _GOES_ON_WITH_A_NUMBER_RE.match(line.view) is None
                or (
                    _DEFINED_TERM_RE.match(line.view) is not None
                    and not self.leaves_a_term_open(line)
                )
            )
            and _DECIMAL_IN_PROSE_RE.match(line.view) is None
            # A page break ends no sentence, even with blank lines around its header.
            and (
                (line.after_blank and not self.across_page_break)
                or self.unfinished_sentence() is None
            )
        )

    def next_decimal(self, numbers: tuple[int, ...]) -> tuple[int, ...] | None:
        """The number expected after the last decimal one of the scope, at the level and under
        the prefix of ``numbers`` ("1.3" after "1.2" for "1.10"), or None where ``numbers`` is
        at another level or under another prefix: a series of its own, no gap in this one."""
        last = self.last_decimals.get(self.scope.prefix)
        if last is None or len(last) != len(numbers) or last[:-1] != numbers[:-1]:
            return None
        return (*last[:-1], last[-1] + 1)

    def decimal_numbering_jumps_to(self, numbers: tuple[int, ...]) -> bool:
        """Whether the decimal numbering jumps ahead to ``numbers`` past a gap ("1.3" + "1.5",
        the "1.4" line missing or kept as text) and the next decimal number below goes on from
        it ("1.6"), as ``numbering_jumps_to`` accepts a plain number's jump: the numbers below
        confirm it, not the layout."""
        expected = self.next_decimal(numbers)
        if expected is None or numbers[-1] <= expected[-1]:
            return False
        below = (
            _decimal_numbers(decimal)
            for line in self.lines[self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES]
            if (decimal := _DECIMAL_NUMBER_RE.match(line.view))
        )
        return next(below, None) == (*numbers[:-1], numbers[-1] + 1)

    def leaves_a_term_open(self, line: _Line) -> bool:
        """Whether the line above a lower-case defined term ("2.1 data localization: …") left a
        sentence open that the term goes on with: its comma, an open word or "such as" ("Some
        terms, such as" + "2.1 data localization: the requirement …, are" + "not defined
        here."), even where that line was read as a heading. A glossary's entry comes after a
        blank line, a finished sentence, a colon or its clause's title ("2.1 Terms defined
        elsewhere")."""
        above = self.above
        return (
            (not line.after_blank or self.across_page_break)
            and above is not None
            and _LEFT_OPEN_RE.search(above.text.rstrip()[-_TAIL:]) is not None
        )

    def decimal_in_sequence(self, numbers: tuple[int, ...]) -> bool:
        """Whether a decimal number goes on from the last one of its scope ("2.2" after "2.1",
        "3.1.1" after "3.1", "3.2" after "3.1.1") or opens a series at ".1" under its prefix: the
        paragraph or title numbered last ("2. Composition" + "2.1"), the series before it ("1.2"
        + "2.1", unnumbered headings between), or, before any number, whatever the prefix ("一.
        概况" + "23.1", a budget section's)."""
        last = self.last_decimals.get(self.scope.prefix)
        depth = len(numbers) - 1
        if last is not None and (
            (
                depth < len(last)
                and numbers[:depth] == last[:depth]
                and numbers[depth] == last[depth] + 1
            )
            or (numbers[:-1] == last and numbers[-1] == 1)
        ):
            return True
        if depth != 1 or numbers[1] != 1:
            return False
        latest = self.scope.next_top - 1
        if last is None:
            return numbers[0] == latest or latest == 0
        return numbers[0] in (latest, last[0] + 1)

    def add_decimal(self, line: _Line, numbers: tuple[int, ...], label: str, rest: str) -> None:
        """A decimally numbered paragraph ("2.2", label as printed without its full stop): under
        the paragraph numbered by its prefix, when there is one, its sub-paragraph (``P2.2``
        under ``P2``, ``P3.1.1`` under ``P3.1``), else a paragraph of its own; a title above its
        own ".1" is a heading (see ``titles_its_decimals``)."""
        prefix = self.scope.prefix
        key = prefix + ".".join(map(str, numbers))
        self.last_decimals[prefix] = numbers
        self.enter_body()
        self.seen_operative = True
        level = _KEYWORD_LEVEL + len(numbers)
        self.close_numbered_titles(level)
        owner = self.numbered_nodes.get(prefix + ".".join(map(str, numbers[:-1])))
        if self.titles_its_decimals(numbers, rest):
            node = self.add_heading(
                line, level=level, title=line.text, text=rest, key=key, label=label
            )
        elif owner is None or owner.kind == "heading":
            node = self.add_paragraph(line, "operative", rest, key=key, label=label)
        else:
            node = self.add_paragraph(line, "subparagraph", rest, key=str(numbers[-1]), label=label)
            node.parent = owner
        self.numbered_nodes[key] = node
        self.decimal_ids.add(id(node))

    def titles_its_decimals(self, numbers: tuple[int, ...], rest: str) -> bool:
        """Whether a numbered line is the title of the decimal paragraphs right below it ("1.
        Mandate" + "1.1 The Panel shall …", "3.1 Working methods" + "3.1.1 …"): a few words
        without punctuation alone on their line, its own first decimal on the next, or below
        the keyword headings it holds ("2. Strategic objectives" + "Objective 1. …" + "2.1 …")."""
        if self.position in self.clause_titles:
            return True
        if len(numbers) > _MAX_DECIMAL_TITLE_DEPTH or not _is_numbered_title(rest):
            return False
        return self.decimal_below_keyword_headings(self.position) == (*numbers, 1)

    def decimal_below_keyword_headings(self, index: int) -> tuple[int, ...] | None:
        """The decimal number of the first line below ``index`` that is no keyword heading
        ("Objective 1. Strengthen capacities"), None when that line is not a decimal one."""
        if index in self._decimal_below:
            return self._decimal_below[index]
        run = [index]
        following = self.next_content(index)
        while following is not None and (keyword := _keyword_heading(following.view)) is not None:
            if keyword.group(1)[0].islower():
                following = None
                break
            run.append(self.lines.index(following, run[-1] + 1))
            following = self.next_content(run[-1])
        decimal = _DECIMAL_NUMBER_RE.match(following.view) if following is not None else None
        result = _decimal_numbers(decimal) if decimal is not None else None
        self._decimal_below.update(dict.fromkeys(run, result))
        return result

    def decimal_title_holding(self, index: int) -> _Node | None:
        """The decimal title open over a keyword heading at ``index`` whose decimal paragraphs
        go on below it ("2. Strategic objectives" + "Objective 1. …" + "2.1 …"): the heading
        is a part of that title's chapter."""
        for heading in reversed(self.stack):
            if heading.key is None or self.numbered_nodes.get(heading.key) is not heading:
                continue
            numbers = tuple(
                int(part) for part in heading.key[len(heading.scope.prefix) :].split(".")
            )
            below = self.decimal_below_keyword_headings(index)
            return heading if below is not None and below[:-1] == numbers else None
        return None

    def close_numbered_titles(self, level: int) -> None:
        """A numbered paragraph ends the numbered titles ("1. Mandate", "3.1 Working methods")
        at its level or deeper, and the headings under them: "2." is no paragraph of "1. Mandate",
        nor "1.3" of "1.2 …"."""
        for depth, heading in enumerate(self.stack):
            if (
                heading.key is not None
                and self.numbered_nodes.get(heading.key) is heading
                and heading.level >= level
            ):
                del self.stack[depth:]
                return

    def insertion_cited(self, line: _Line, inserted: re.Match[str]) -> bool:
        """Whether "3 bis" without its full stop (or Arabic dash), right below a line that
        stopped mid-sentence, goes on with that sentence: a paragraph cited across the wrap
        ("…proposed in draft" + "3 bis in the course of …", "…в проекте" + "3-бис в ходе …",
        "…مشروع الفقرة" + "2 مكررا من النص …")."""
        return (
            not line.after_blank
            and self.unfinished_sentence() is not None
            and line.view[inserted.end(2) : inserted.start(3)].strip()[:1] not in (".", "、")
        )

    def add_inserted(self, line: _Line, inserted: re.Match[str]) -> None:
        """A paragraph "8 bis" while paragraph 9 is the next expected (also after 8 ter...),
        ``P8bis``, of its own, which leaves the numbering expecting 9."""
        suffix = _insertion_suffix(inserted.group(2))
        self.enter_body()
        self.add_paragraph(
            line,
            "operative",
            line.text[inserted.start(3) :],
            key=f"{self.scope.prefix}{int(inserted.group(1))}{suffix}",
            label=line.text[inserted.start(1) : inserted.end(2)],
        )

    def place_as_text(self, line: _Line) -> None:
        """A marked line that marks nothing: a line of its own below a finished sentence (a list
        printed in the text), a wrap below an unfinished one ("…by" + "2030. We will …"). It
        keeps its text as printed: "OP9: Decides …", not "9. Decides …"."""
        text = line.printed or line.text
        if self.current is not None and self.current.kind != "heading":
            self.append(self.current, text, newline=not self.current.open)
        else:
            self.add_paragraph(line, "text", text)

    def on_treaty_paragraph(self, line: _Line) -> bool:
        """Chinese treaties number an article's paragraphs "一、…" where English prints "1.":
        inside an article (its own numbering), a sentence so numbered is paragraph 1
        (``article-5/1``), and its items "（一）" are letters, as "(a)" in English."""
        if self.scope.article_of is None:
            return False
        chinese = _CN_HEADING_RE.match(line.view)
        if chinese is None:
            return False
        # The printed text, not the view, which maps "：" to ":".
        rest = line.text[chinese.start(2) :]
        # A title ("一、总则") stays a heading; a sentence, or a line wrapped at the text's width,
        # is a paragraph.
        if not (self.is_wrapped(line) or any(mark in rest for mark in "，。；：、")):
            return False
        value = chinese_value(chinese.group(1))
        if value is None:
            return False
        self.on_number(line, value, chinese.group(1), rest)
        return True

    def on_item(
        self, line: _Line, letter: int | None, roman: int | None, marker: str, rest: str
    ) -> bool:
        if self.on_top_level_item(line, letter, roman, marker, rest):
            return True
        host = self.host
        if host is None and self.current is not None and self.current.kind == "heading":
            held = self.current.held_list
            if held is not None and letter == held[2]:
                # The letter the paragraph's list expects next: the sub-heading only groups its
                # items, which stay the paragraph's.
                host, self.letter_node, self.next_letter, self.next_roman = held
                self.host = host
            else:
                # "Action 1. We will:" + "(a) …": the heading holds the list, so (b) after (a)
                # is its item too, as under "1. We will:".
                host = self.host = self.current
        if host is None:
            return False
        held = host.held_list
        goes_on_above = (
            held is not None
            and host.kind == "text"
            and not _introduces_list(host.text)
            and (
                (letter is not None and letter != self.next_letter and letter == held[2])
                # "(ii)", or a Chinese "（二）", a roman numeral only: "（一）" + "（二）" is
                # paragraph 2's list as "(a)" + "(b)" is.
                or (
                    (letter is None or letter != held[2])
                    and roman is not None
                    and roman != self.next_roman
                    and roman == held[3]
                )
            )
        )
        if goes_on_above:
            # "8. …principles:" + "(a) …。" + "我们的合作将…；" + "(b) …": the unnumbered
            # paragraph opened no list, so "(b)" is the next letter of paragraph 8's, not the
            # first of a list of its own (where a wrap was misread as a paragraph's end, every
            # later item of the list would lose its anchor).
            assert held is not None
            printed = letter_for(letter) if letter is not None else to_roman(roman or 0)
            self.warn(line, f"item ({printed}) goes on with the list above the paragraph")
            host, self.letter_node, self.next_letter, self.next_roman = held
            self.host = host
        roman_under = self.letter_node if self.letter_node is not None else host
        current = self.current
        if current is not None and self.goes_on_an_inline_list(
            line,
            current,
            letter if letter != self.next_letter else None,
            roman if roman != self.next_roman else None,
            marker,
        ):
            # Whatever the line above ended with ("…by 2027;"), the sentence goes on here, and
            # "(i)" after "(h) participation," is the letter its list has reached, not a first
            # roman numeral.
            self.go_on_with_the_sentence(current, line)
            return True
        if (
            current is not None
            and self.letter_node is None
            and (letter == self.next_letter == 1 or roman == self.next_roman == 1)
            and self.opens_an_inline_list(
                line,
                current,
                letter if letter == 1 else None,
                roman if roman == 1 else None,
                marker,
                rest,
            )
        ):
            self.go_on_with_the_sentence(current, line)
            return True
        letter_ok = letter is not None and letter == self.next_letter
        roman_ok = roman is not None and roman == self.next_roman
        if self.letter_node is None and self.next_letter > 1:
            roman_ok = False
        if letter_ok and roman_ok:
            assert letter is not None
            assert roman is not None
            read_by_the_next = self.roman_by_the_next_item(letter, roman, marker)
            if read_by_the_next is not None:
                use_roman = read_by_the_next
            else:
                opens_list = _introduces_list(roman_under.text)
                use_roman = self.next_roman > 1 or opens_list
        elif letter_ok or roman_ok:
            use_roman = roman_ok
        elif letter is not None and self.next_letter < letter <= self.next_letter + 2:
            use_roman = False
            self.warn(line, f"item ({letter_for(letter)}) out of sequence")
        elif roman is not None and self.next_roman < roman <= self.next_roman + 2:
            use_roman = True
            self.warn(line, f"item ({to_roman(roman)}) out of sequence")
        else:
            self.warn(line, "item marker out of sequence; kept as text")
            self.place_as_text(line)
            return True
        self.leave_footnotes()
        if use_roman:
            assert roman is not None
            self.add_item(line, roman_under, to_roman(roman), marker, rest)
            self.next_roman = roman + 1
        else:
            assert letter is not None
            self.letter_node = self.add_item(line, host, letter_for(letter), marker, rest)
            self.next_letter = letter + 1
            self.next_roman = 1
        return True

    def roman_by_the_next_item(self, letter: int, roman: int, marker: str) -> bool | None:
        """Whether an item both readings expect ("(i)" after "(h)", "(v)" after "(u)" and its
        "(iv)") is the roman one, as the next item marker below tells: the roman numeral after
        it ("(ii)", "(vi)") makes it roman, the letter after it ("(j)", "(w)", Russian "к)") or
        the same marker again (the letter's first roman item) the letter; None where no marker
        follows before anything else numbered."""
        after_letter = letter_for(letter + 1)
        after_roman = to_roman(roman + 1)
        token = marker.strip("(（)） ")
        for below in self.lines[self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES]:
            paren = _PAREN_RE.match(below.view)
            cyrillic = _CYRILLIC_ITEM_RE.match(below.view)
            if paren is not None:
                following = paren.group(1)
            elif cyrillic is not None and cyrillic.group(1) is not None:
                following = cyrillic.group(1)
            elif _opens_with_a_marker(below.view):
                return None
            else:
                continue
            if following.lower() == after_roman:
                return True
            if following.lower() in (after_letter, token.lower()) or (
                not following.isascii() and latin_item_letter(following, letter + 1) == after_letter
            ):
                return False
            return None
        return None

    def on_top_level_item(
        self, line: _Line, letter: int | None, roman: int | None, marker: str, rest: str
    ) -> bool:
        """Items atop the text, no paragraph above them nor any heading but front matter
        ("(a) …" + "(b) …", "Summary" + "(i) …" + "(ii) …", "摘要" + "（一）…" + "（二）…"): each
        is a paragraph of its own, its handle its anchor (``a``, ``b``; ``i``, ``ii``, as Chinese
        numerals are), its marker as printed its label, and the items below it are its own
        (``a.i``). The first opens the run only with its text and with the second below it; a
        lone "(a)" reads as before. The next of them goes on with the run where the item above,
        or one of its own, is the paragraph last read; "(i)" after "(h)" is the first of (h)'s
        own items where (h) opens a list with its colon, as under a numbered paragraph."""
        if self.top_items is not None and self.host is self.top_items[0]:
            top, as_roman, expected = self.top_items
            if as_roman:
                if roman != expected:
                    return False
            elif letter != expected or (
                roman == self.next_roman == 1
                and self.letter_node is None
                and _introduces_list(top.text)
            ):
                return False
        elif self.front and self.host is None and self.current is None and rest.strip():
            if letter == 1:
                as_roman, expected = False, 1
            elif roman == 1:
                as_roman, expected = True, 1
            else:
                return False
            if not self.next_item_below(
                None if as_roman else letter, roman if as_roman else None, marker
            ):
                return False
        else:
            return False
        self.leave_footnotes()
        self.enter_body()
        handle = to_roman(expected) if as_roman else letter_for(expected)
        node = self.add_paragraph(
            line, "text", rest, key=f"{self.scope.prefix}{handle}", label=marker
        )
        self.top_items = (node, as_roman, expected + 1)
        return True

    def next_item_below(self, letter: int | None, roman: int | None, marker: str) -> bool:
        """Whether a line below opens with the item after ``marker`` (read as ``letter`` or
        ``roman``, None for a reading left out): "(b)" or "b)" below "(a)", "（二）" below
        "（一）", "㈡" below "㈠"."""
        following = _neighbouring_markers(marker, letter, roman, step=1)
        for below in self.lines[self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES]:
            paren = _PAREN_RE.match(below.view)
            if paren is not None and paren.group(1) in following:
                return True
            ideograph = _IDEOGRAPH_ITEM_RE.match(below.view)
            if (
                ideograph is not None
                and roman is not None
                and PARENTHESIZED_IDEOGRAPHS.index(ideograph.group(1)) == roman
            ):
                return True
        return False

    def goes_on_an_inline_list(
        self, line: _Line, current: _Node, letter: int | None, roman: int | None, marker: str
    ) -> bool:
        """Whether an item out of sequence (``letter`` and ``roman`` are its readings out of
        sequence, None for one in sequence) opening a line goes on with a list printed inside the
        sentence above, the line above wrapped right before its marker ("…measures: (a) …;
        (b) promote" + "(c) ensure …"; "…：(a) …；" + "(b) …"; "…包括(一)…、" + "(二)…"): the
        item before it is in that sentence, so the marker is where the printer broke the line,
        not an item of its own. Not where the line is indented past the wrapped line above or
        as far as the paragraph's own indented opening (an item printed on its own line, one
        deleted before it), nor where the marker before it is only cited ("subparagraph (b) of
        paragraph 3", "(ii) below", "第3段(b)分段")."""
        if not self.wraps_before_a_marker(line, current) or self.opens_an_item_of_its_own(line):
            return False
        before = _neighbouring_markers(marker, letter, roman, step=-1)
        return any(_lists_a_marker(current.text, previous) for previous in before)

    def go_on_with_the_sentence(self, current: _Node, line: _Line) -> None:
        text = line.printed or line.text
        if current.kind == "heading":
            self.extend_title(current, text)
        else:
            self.append(current, text)

    def recommends_below(self, heading: _Node, index: int, line: _Line) -> bool:
        """Whether ``line``, right below a recommendation's number alone on its line
        ("Recommendation 1"), opens the recommendation's text, wrapped at the text's width onto
        the next line ("The executive heads should, by the end of 2026, designate a senior
        official" + "accountable for …"), as reports of the Joint Inspection Unit print them: a
        paragraph under the heading, as where it fits one line, not the heading's title. Its
        lines end with a sentence's stop; a title wrapped so ("Establish a global fund … in
        developing" + "countries" + "7.   A global fund should …") ends with none."""
        if not (
            heading.key is not None
            and heading.key[len(heading.scope.prefix) :].startswith("recommendation-")
            and self.is_wrapped(line)
        ):
            return False
        last = line
        for below in self.lines[index + 1 :]:
            if below.after_blank or _opens_with_a_marker(below.view):
                break
            last = below
        return last is not line and _SENTENCE_END_RE.search(last.text) is not None

    def extend_title(self, heading: _Node, text: str) -> None:
        """A heading's title goes on with ``text``, its wrapped rest."""
        heading.title = self.title_joined(heading, text)
        heading.text = self.join(heading.text, text)

    def title_joined(self, heading: _Node, text: str) -> str:
        """The heading's title with ``text`` after it. A title below a number printed alone
        ("附件一" + "职权范围") stays apart from it by a space in every language, as "Annex I" +
        "Terms of reference" does: joined as wrapped Chinese, the two would read as one word."""
        if heading.title and not heading.text:
            return f"{heading.title} {text}"
        return self.join(heading.title, text)

    def wraps_before_a_marker(self, line: _Line, current: _Node) -> bool:
        """Whether the printer may have broken ``current``'s sentence right before the marker
        opening ``line``: right below a full line of it (or across a page break below one), at
        the margin of its wrapped lines, not indented past the line above nor, in a text that
        indents first lines only, as far as the paragraph's own indented opening, as an item
        printed on its own line is."""
        above = self.above
        return not (
            (line.after_blank and not self.across_page_break)
            # A numbered heading's sentence lists too ("Action 20. We will …, including through
            # (a) …;" + "(b) open science; and (c) …"); a plain title does not.
            or (current.kind == "heading" and current.key is None)
            or above is None
            or not self.is_wrapped(above)
            or line.indent > above.indent
            or (
                line.indent == above.indent > 0
                and above.number == current.line
                and self.first_line_indent() > 0
            )
        )

    def opens_an_item_of_its_own(self, line: _Line) -> bool:
        """An item the printer set on a line of its own, below a finished clause: its text opens
        with a capital or a quotation mark ("…as in (d);" + "(e) "Service provider" has the
        meaning …", "(e) Refrain from …"), as a list inside a sentence's does not ("(c) ensure
        …")."""
        above = self.above
        paren = _PAREN_RE.match(line.view)
        first = paren.group(2)[:1] if paren is not None else ""
        return (
            above is not None
            and above.text.rstrip().endswith((";", ".", ":"))
            and (first.isupper() or first in _QUOTATION_MARKS or first == '"')
        )

    def opens_an_inline_list(
        self,
        line: _Line,
        current: _Node,
        letter: int | None,
        roman: int | None,
        marker: str,
        rest: str,
    ) -> bool:
        """Whether a list's first item opening a line, right below a full line of its paragraph
        ("…include the following:" + "(a) insufficient funding …; (b) a shortage of staff"),
        begins a list printed inside the sentence, the printer having broken the line before its
        marker: the next marker follows in its own text, listed, not cited, and no line below
        opens with it, as the list's next item on a line of its own would. ``letter`` and
        ``roman`` are the marker's readings as a list's first (None for another)."""
        if not self.wraps_before_a_marker(line, current):
            return False
        following = _neighbouring_markers(marker, letter, roman, step=1)
        right_below = self.lines[self.position + 1] if self.position + 1 < len(self.lines) else None
        # The line below may go on with a citation ("…under (b)," + "(c) and (d) of the Plan").
        sentence = (
            self.join(rest, right_below.text)
            if right_below is not None and not right_below.after_blank
            else rest
        )
        if not any(_lists_a_marker(sentence, token) for token in following):
            return False
        return not any(
            (paren := _PAREN_RE.match(below.view)) is not None and paren.group(1) in following
            for below in self.lines[self.position + 1 : self.position + 1 + _LOOK_AHEAD_LINES]
        )

    # -- plain text -------------------------------------------------------------------------

    def on_text(self, index: int, line: _Line) -> None:
        # A compilation's number read as a marker that numbers nothing keeps its text as
        # printed ("…as proposed in" + "OP3: …" goes on as "OP3: …", not "3. …").
        text = line.printed or line.text
        current = self.current
        if self.in_footnotes:
            # A note goes on right below its line (a note wrapped at "adopted" + "on 25
            # September 2015."); after a blank line, the page's text resumes (what a note
            # ending in a URL left open is not its business).
            if not line.after_blank and (
                self.footnote_open or (self.note_at_a_colon and not self.across_page_break)
            ):
                self.read_note_line(text)
                return
            self.leave_footnotes()
        if self.on_figure_line(line):
            return
        if (credited := self.credited_quotation(line)) is not None:
            if self.markdown:
                # Pandoc's smart typography: "---" is an em dash, "--" an en dash.
                text = re.sub(r"^---?", lambda dashes: "—" if len(dashes[0]) == 3 else "–", text)
            self.append(credited, text, newline=True, closing=True)
            # Ending with the credit's words, it still ends as the quotation did: no title.
            credited.body = True
            self.current = credited
            return
        if self.on_action_line_title(index, line, text):
            return
        if self.names_an_amended_paragraph(index, line, text):
            # The amendments below are the text's: the title block above them ends here.
            self.enter_body()
            self.add_heading(
                line, level=_PLAIN_LEVEL, title=text, text=text, key=None, label=None, plain=True
            )
            return
        if (
            _BRACKETED_ALTERNATIVE_RE.match(text)
            and line.printed is None
            and current is not None
            and current.kind != "heading"
            and not line.bullet
            and line.preamble_number is None
            and _BRACKETED_ALTERNATIVE_RE.match(_own_text(current))
            and _own_text(current).endswith(("]", "］"))
        ):
            # "2. [Alt 1: We decide ….]" + "[Alt 2: We decide …]": the paragraph's next
            # alternative, right below or after a blank line, however the first one ended and
            # whatever the width of its line.
            self.append(current, text)
            return
        if (
            _SPONSOR_TAG_LINE_RE.match(text)
            and line.printed is None
            and current is not None
            and current.kind != "heading"
            and not line.bullet
            and line.preamble_number is None
        ):
            # "[G77: retain; EU: delete]" below a paragraph of a compilation text: its tag.
            self.append(current, text)
            return
        if current is not None and (
            self.is_delegation_tag(index, line, current) or _comments_as_a_delegation(line, current)
        ):
            # "EU: retain", "US: [DEL: …]" below a paragraph: a line of its text, not a
            # heading over what follows, nor front matter.
            # A tag wrapped at the text's width goes on right below; after a blank line, the
            # paragraph it annotates is as finished as before.
            following = self.next_content(index)
            current.tagged_at = current.tagged_at or len(current.text)
            self.append(
                current,
                text,
                newline=True,
                closing=not self.is_wrapped(line) or following is None or following.after_blank,
            )
            self.tag_line = line
            return
        if current is not None and (host := self.closes_a_list(index, line, current)):
            # "1. Decides:" + "(a) …;" + "(b) …," + "in order to …": the chapeau's sentence goes
            # on after its last item, and its lines below are the chapeau's too.
            self.append(host, text)
            self.current = host
            return
        if (
            self.front
            and is_dateline(text)
            and (line.after_blank or current is None or not current.open)
        ):
            # "主席总结" + "2025 年 6 月 23 日至 27 日，挪威利勒斯特罗姆" + "第二十届…": the
            # meeting's dateline stands apart, whatever the width of the report's lines.
            self.skip_front_matter(line)
            return
        if self.front and (_titles_a_letters_annex(line) or _SIGNATURE_RE.search(text)):
            # "Annex to the letter dated …", or the letter's signature ("(Signed) …", "…（签名）"):
            # what the letter transmits begins below, its title first; the text that began above
            # was the letter's.
            self.began, self.began_checked = False, len(self.nodes)
        if current is not None and self.titles_the_decision_below(line, current):
            # "…the adoption of the following draft decision:" + "Report of the Commission on
            # its twenty-eighth session" + "The Economic and Social Council takes note of …":
            # the decision's title, however wide, heads its one sentence, and the decision ends
            # at the report's next paragraph, as one named "Draft decision" does.
            if current.kind != "heading":
                self.turn_into_heading(current)
            self.quoted_texts.append(
                (current, self.scope, self.scope.next_top, self.stack[: self.stack.index(current)])
            )
            current = self.current
        scope = self.scope
        chapeau = is_chapeau(text)
        opens_a_text = chapeau or opens_a_decision(text)
        if (
            opens_a_text
            and current is not None
            and (scope.next_top > 1 or self.ran_an_unnumbered_text(scope, current))
            and (
                current.kind == "heading"
                or self.is_title_below_heading(current)
                or self.titles_the_text_below(line, current)
            )
        ):
            if current.kind != "heading":
                self.leave_the_parts_headings(current)
                if self.stack and _NAMES_A_TEXT_RE.match(self.stack[-1].title):
                    # "Draft resolution II" + "Future organization of the Commission" + the
                    # chapeau: the unpunctuated line between is that text's title, a heading
                    # under the one naming the text and over its paragraphs, as the first
                    # text's title is ("Draft resolution I" + its title + the chapeau).
                    self.read_as_plain_heading(current)
                    self.stack.append(current)
                else:
                    # "…the following draft resolutions:" + "Draft resolution I" + its title,
                    # no blank line between, read as a paragraph: the text's heading, over its
                    # chapeau and paragraphs, as when read as a heading at its own line.
                    self.turn_into_heading(current)
            # "Draft resolution II" + "The Economic and Social Council,": another text begins,
            # numbered from 1 with a preamble of its own; so does a draft decision, "The
            # Economic and Social Council:" + its items.
            scope = self.open_part()
            self.warn(line, "another text begins after a heading; its anchors are in a new part")
        if chapeau and current is not None and self.titles_the_annexed_text(current):
            self.turn_into_heading(current)
        elif (
            (chapeau or self.states_a_decision(line))
            and current is not None
            and self.titles_the_named_text(current)
        ) or (current is not None and self.states_the_named_decision(index, line, current)):
            # The heading naming the text stays over its title and paragraphs, as when the text
            # is the next of a run ("Decision 2/CP.28" + "Santiago network" + the chapeau); a
            # draft decision's one sentence shows its title as a chapeau does ("Draft decision"
            # + "Report of the working group …" + "The Economic and Social Council takes note …").
            self.read_as_plain_heading(current)
            self.stack.append(current)
        # "大会，" after an unfinished title is the chapeau; after an unfinished "回顾……提交" it
        # is the end of that paragraph, wrapped.
        if (
            chapeau
            and scope.next_top == 1
            and (not scope.chapeau_seen or speaks_as_we(text))
            and not (current is not None and current.open and opens_preamble(current.text))
        ):
            scope.chapeau_seen = True
            node = self.add_paragraph(line, "text", text)
            node.chapeau, node.open = True, False
            if names_a_conference_met(text):
                self.conference_chapeau = node
            return
        if current is not None and self.titles_preambular_paragraphs(line, current):
            self.turn_into_heading(current)
        if current is not None and current.kind != "heading":
            nested = line.bullet and self.nests_bullet(current, line)
            if nested or (
                line.bullet
                and (
                    self.bullets_open
                    or _introduces_list(current.text)
                    or _opens_as_an_item(current.text)
                )
                and not self.is_sibling_bullet(current, line)
            ):
                if self.front and not current.body:
                    # "The elements are:" + its unpunctuated bullets: the text's own.
                    current.body = self.is_text_of_its_own(index, line)
                self.append(current, text, newline=True)
                self.bullets_open = True
                self.bullets_nested = self.bullets_nested or nested
                self.glyphs_apart = self.glyphs_apart or (
                    current.bullet and "" != line.glyph != current.glyph != ""
                )
                return
            if self.goes_on_a_listed_entry(line):
                self.append(current, text)
                return
            if self.title_wraps_at_its_colon(index, line, current):
                self.append(current, text, closing=True)
                return
            if self.lists_names(index, line):
                below_a_sentence = current.kind == "text"
                if below_a_sentence:
                    if self.front and not current.body:
                        # "…decided to grant consultative status to the following
                        # organizations:" + its names: the text's own.
                        current.body = self.is_text_of_its_own(index, line)
                    current.tagged_at = current.tagged_at or len(current.text)
                following = self.next_content(index)
                self.append(
                    current,
                    text,
                    newline=True,
                    # A blank line ends the names an unnumbered sentence lists: what stands
                    # apart below them is no name, nor goes on with the last.
                    closing=below_a_sentence and (following is None or following.after_blank),
                )
                self.names_open = True
                return
            if self.titles_an_items_list(index, line, current):
                # Its list is the item's too, though no colon is right above its 1: the title
                # announces it.
                self.append(current, text, newline=True)
                self.inner_owner, self.inner_next, self.inner_indent = current, 1, line.indent
                self.inner_list_continues = self.inner_introduced = True
                return
            if self.notes_a_listed_entry(index, line, current):
                self.append(current, text, newline=True, closing=True)
                return
            if self.heads_a_table_below_a_colon(line, current) or self.goes_on_years_row(
                line, current
            ):
                # "…rose:" + "2019   2021   2023" + "45   62   80": a table printed without a
                # caption, its column heads of years and its rows one a line, in the paragraph
                # its colon introduces; never a heading over the paragraphs after it.
                self.append(
                    current,
                    text,
                    newline=True,
                    closing=is_years_row(line.view)
                    or _is_row_of_figures(line.view)
                    or not self.is_wrapped(line),
                )
                return
            # "…on the World Summit" + "Recalling …": a title ends. "Recalling A" + "Noting B,"
            # is a paragraph that lost its comma: joined, rather than cut and dropped. Only
            # capitalised scripts tell: 回顾 may start a wrapped Chinese line mid-sentence, but
            # not after a blank line below a title. A declaration's "We, …" / "我们，…" ends its
            # title too: a sentence going on would print "we", and Chinese sets no comma there.
            title_ends = self.front and (
                (
                    (not is_cjk(text[0]) or (line.after_blank and not self.across_page_break))
                    and opens_preamble(text)
                    and not opens_preamble(current.text)
                    # "PP3 [EU: delete]" + "Noting …": a number and its tag above their words,
                    # as Chinese prints them too, no title.
                    and not (
                        not line.after_blank
                        and current.label is not None
                        and _SPONSOR_TAG_LINE_RE.match(_own_text(current))
                    )
                )
                # "Ministerial declaration …" + "We, the Ministers …, having met …,"
                or speaks_as_we_at_length(text)
            )
            # "Recalling …, and" + "Noting …,": the next preambular paragraph, a blank line
            # between or none, as a sentence going on would print "noting".
            preamble_goes_on = (
                scope.next_top == 1
                and not is_cjk(text[0])
                and opens_preamble(text)
                and opens_preamble(current.text)
                and _ENDS_WITH_A_COMMA_AND_RE.search(current.text[-_TAIL:]) is not None
            )
            if preamble_goes_on:
                # Finished as its comma would finish it: the text's own, no title.
                current.open, current.body = False, True
            adopts_below_the_preamble = (
                scope.next_top == 1
                and _ADOPTS_BELOW_THE_PREAMBLE_RE.match(text) is not None
                and opens_preamble(current.text)
                and (
                    (
                        line.after_blank
                        and not self.across_page_break
                        and _ENDS_WITH_A_COMMA_RE.search(current.text[-_TAIL:]) is not None
                    )
                    or _ENDS_WITH_A_SEMICOLON_RE.search(current.text[-_TAIL:]) is not None
                )
            )
            # A target stops without punctuation ("1.1 By 2030, eradicate … everywhere"): a
            # blank line, not a full stop, ends it.
            ended_by_blank = (
                (
                    current.kind == "target"
                    and (
                        (line.after_blank and not self.across_page_break)
                        # Or, with a short line below, by a line short of the page's width: wrapping
                        # fills lines, so the target ended there ("…assistance commitments" +
                        # "Technology", one line each).
                        or (not self.is_full(self.above) and not self.is_wrapped(line))
                    )
                )
                or (
                    # So does a list's entry, as elements papers print them ("• Combating illicit
                    # financial flows" + a blank line + "International development cooperation"),
                    # unless its line reached the edge.
                    (current.bullet or self.bullets_open)
                    and line.after_blank
                    and not self.across_page_break
                    and not self.is_full(self.above)
                )
                or (
                    # So does a listed document's entry, which its symbol closes ("Documentation"
                    # + "Report of the Secretary-General … (A/81/65-E/2026/10)" + a blank line +
                    # "Item 4"): the next item's heading is no words of its title.
                    line.after_blank
                    and not self.across_page_break
                    and ends_with_a_cited_symbol(current.text)
                )
                or (
                    # So does each paragraph of a text quoted whole, every one opening with the
                    # quotation mark ("…the following draft resolution:" + "“The General Assembly,"
                    # + "“Recalling …," + "“1. Decides …;"), however it ends.
                    line.after_blank
                    and not self.across_page_break
                    and text[:1] in _QUOTATION_MARKS
                    and _own_text(current)[:1] in _QUOTATION_MARKS
                )
            )
            # "78/555. Revitalization …" after a blank line begins a text: it never goes on
            # with the title or agenda item above it.
            begins_a_text = (
                line.after_blank
                and (
                    _NUMBERED_TITLE_RE.match(line.view) is not None
                    # So does "Decision 2025/218" + its title, below the names the decision above
                    # listed.
                    or self.names_a_numbered_text_apart(index, line)
                    # A text's title, however wide, above its chapeau or a decision's opening
                    # ("…临时议程及文件" + "经济及社会理事会："): they never run together.
                    or (
                        opens_a_text
                        and not self.across_page_break
                        and ends_open(current.text, comma_closes=True)
                        and not opens_preamble(current.text)
                    )
                    # "Letter dated … addressed to the Secretary-General" is a title, whole, and
                    # so is "78/1. Political declaration …" above it.
                    or _titles_a_letter(current.text)
                    or _NUMBERED_TITLE_RE.match(current.text) is not None
                    # "WSIS+20 Outcome document: Zero draft" + "Co-facilitators' note: This zero
                    # draft …" (or "[Co-facilitators' note: …]"): a note below the title never goes
                    # on with it.
                    or (self.front and _opens_a_negotiators_note(text))
                )
            ) or self.states_the_named_decision(index, line, current)
            # So does one right below the title, however wide the title ("Draft outcome
            # document of the Fourth International Conference on Financing for Development" +
            # "Co-facilitators' note: …"), unless stopped at a word no title ends with.
            note_below_a_title = (
                self.front
                and _opens_a_negotiators_note(text)
                and _UNFINISHED_TITLE_RE.search(current.text) is None
            )
            # "1. Purpose of this policy brief" + a blank line + "This policy brief proposes …":
            # a numbered title, a few words alone on a line well short of the text's (under 60%
            # of most lines). What a page break cut stops near the edge, or is a sentence's piece;
            # a page's last line goes on at the next page's first, as no title ends a page.
            title_stands_alone = (
                line.after_blank
                and not self.across_page_break
                and current.kind == "operative"
                and self.above is not None
                and current.line == self.above.number
                and not self.is_wrapped(self.above)
                # A number alone, its text below a blank line as web copies print it ("1." +
                # "Decides …"), titles nothing.
                and current.text != ""
                and _is_numbered_title(current.text)
                # An article's numbered paragraph titled so ("Article 2" + "1. Principle of
                # sovereignty" + its text), as UNESCO's conventions print their principles, is
                # cited "article 2, paragraph 1" for its text: no title of a section apart.
                and current.scope.article_of is None
            )
            # A web copy sets the adopting clause right below the resolution's number and title
            # ("78/1. Political declaration …" + "The General Assembly" + "Adopts the political
            # declaration …"), no blank line between: no title goes on with it.
            adopted_below_a_title = (
                _NUMBERED_TITLE_RE.match(current.text) is not None
                and _OPERATIVE_FORMULA_RE.match(text) is not None
            )
            joins = (
                (
                    current.open
                    and not ended_by_blank
                    and _VOTE_CAPTION_RE.match(text) is None
                    and not begins_a_text
                    and not adopted_below_a_title
                    and not note_below_a_title
                    and not title_stands_alone
                    and not (self.front and self.byline_ends(index, current))
                )
                or (
                    starts_as_continuation(text)
                    and not (
                        self.front
                        and current.text.endswith(",")
                        and (
                            opens_preamble_in_lower_case(text)
                            or opens_operative_in_lower_case(text)
                            # Where blank lines set the paragraphs apart, a Russian line
                            # after one and a comma opens the next, whatever gerund it opens
                            # with; other scripts capitalise a preambular paragraph's opening.
                            or (
                                self.blank_line_paragraphs
                                and line.after_blank
                                and not self.across_page_break
                                and _CYRILLIC_LOWER_RE.match(text) is not None
                            )
                        )
                    )
                    and not self.opens_itu_preamble(line, current)
                )
                or (
                    (
                        # "…《公民权利和政治权利国际公约》，" +
                        # "以及《经济社会文化权利国际公约》，": a conjunction goes on with the
                        # clause the comma left open, as a line in lower case does; no
                        # preambular paragraph opens so ("又", "还" do).
                        _GOES_ON_WITH_A_CLAUSE_RE.match(text) is not None
                        # Where blank lines set the paragraphs apart, a Chinese line right below
                        # a preambular paragraph's comma is its clause wrapped, however short the
                        # line above ("深为关切…恶化，" + "有 900 多万人…，"), unless it opens
                        # one: a line English goes on with in lower case. Unpunctuated, it is a
                        # title.
                        or (
                            self.blank_line_paragraphs
                            and not line.after_blank
                            and is_cjk(text[0])
                            and text[-1] in _CLAUSE_ENDS
                        )
                        or self.goes_on_with_a_preambular_clause(index, line, text, current)
                        or self.quotes_a_title_below_a_comma(line, text, current)
                    )
                    and not opens_preamble(text)
                    and _ENDS_WITH_A_COMMA_RE.search(current.text[-_TAIL:]) is not None
                    and not current.chapeau
                )
                or self.gives_the_we_its_verb(index, line)
                or self.conjunction_below_an_item(current, text)
                or (
                    (
                        self.wraps_onto(line)
                        or self.goes_on_below_an_indented_opening(line)
                        or self.goes_on_in_its_block(index, line)
                    )
                    and not current.chapeau
                    and not note_below_a_title
                )
                or (
                    _GOES_ON_WITH_A_NUMBER_RE.match(text) is not None
                    and ends_open(current.text, comma_closes=current.comma_closes)
                )
                or (
                    line.view[:1].isdigit()
                    and _AWAITS_A_NUMBER_RE.search(current.text[-_TAIL:]) is not None
                )
                or (
                    _BARE_MARKER_RE.match(line.view) is not None
                    and _closes_on_next_line(current.text)
                )
                or self.quotes_below_a_colon(index, line, current)
                or self.sentence_goes_on_past_a_colon(line, current)
                or self.arabic_sentence_goes_on_past_a_colon(line, current)
                or (line.view[:1].isdigit() and BROKEN_NUMBER_RE.match(line.view) is not None)
                or goes_on_a_cut_number(current.text, line.view)
            )
            if (
                joins
                and not line.bullet
                and not title_ends
                and not preamble_goes_on
                and not adopts_below_the_preamble
                and line.preamble_number is None
                and not self.opens_a_roman_paragraph(index, line, current)
                # Below a lettered preamble's last item, "(y) Convinced that …," (a comma ends
                # no item): the formula is a paragraph of its own.
                and not _AGREED_FORMULA_RE.match(text)
                # A declaration's "We reaffirm our commitment to:" after a blank line, below a
                # paragraph ending with a comma, opens the list that follows; below a line
                # stopping mid-list ("…、") or mid-phrase, it is that line's last words.
                and not (
                    line.after_blank
                    and _WE_INTRODUCE_A_LIST_RE.match(text)
                    and _ENDS_WITH_A_COMMA_RE.search(current.text[-_TAIL:])
                )
            ):
                self.append(
                    current,
                    text,
                    newline=(
                        _ends_a_listed_document(current) or self.lists_the_next_document(current)
                    )
                    and not starts_as_continuation(text),
                    closing=not self.is_wrapped(line)
                    and not self.reference_completed_below(line, index),
                )
                return
        elif (
            current is not None
            and current is not self.whole_title
            and (
                (
                    not current.text
                    and ends_open(text, comma_closes=True)
                    and not self.is_article_text(line)
                    and not self.recommends_below(current, index, line)
                )
                # A Markdown list's entry in lower case ("**Annex I, Targets,**" + "- reduce deaths
                # …") is an entry under the title, none of its words.
                or (starts_as_continuation(text) and not (self.markdown and line.bullet))
                or (not self.markdown and self.heading_wraps_onto(current, index, line))
                or self.commitment_titles_heading(current, index, line)
                or self.chapeau_goes_on_a_titled_action(current, index, line)
            )
        ):
            self.extend_title(current, text)
            return
        if _VOTE_CAPTION_RE.match(text) or (
            current is not None
            and current.text.endswith((":", "："))
            and _VOTE_CAPTION_RE.match(current.text) is not None
        ):
            # "Against:          None", or "Against:" + "None": a line of the vote, never a
            # heading over the paragraphs after it, and no preambular paragraph either, which a
            # comma ends ("In favour:  Algeria, …, Nigeria," + "Norway, Switzerland").
            node = self.add_paragraph(line, "text", text)
            node.comma_closes, node.open = False, ends_open(text, comma_closes=False)
            node.body = self.front and self.is_text_of_its_own(index, line)
            return
        if self.front and self.heads_one_of_a_run_of_texts(index, line):
            # "Decision 2025/216" + its title + its text, then "Decision 2025/217" …: the texts
            # begin at the first heading, no title block above each, and so does a title
            # wrapping on its number's line ("79/501. Election of the President of the General
            # Assembly and of the" + "Chairs of the Main Committees"), a heading as on one.
            self.enter_body()
        following = self.next_text_past_notes(index)
        continues = (
            following is not None
            and (
                starts_as_continuation(following.text)
                or _CUT_AT_A_HYPHEN_RE.search(text) is not None
                # "重申《世界人权宣言》" + "以及相关国际人权条约，": a preambular paragraph's first
                # line stopped short, the conjunction below going on with it as "and relevant
                # treaties," does in English; no title opens with a preambular verb.
                # So does a clause right below it that a preambular comma ends ("重申大会" + "第
                # 70/1 号决议，").
                or (
                    opens_preamble(text)
                    and not opens_preamble(following.text)
                    and (
                        _GOES_ON_WITH_A_CLAUSE_RE.match(following.text) is not None
                        or (
                            is_cjk(text[0])
                            and not following.after_blank
                            and not self.looks_structural(following)
                            and _ENDS_WITH_A_COMMA_RE.search(following.text[-_TAIL:]) is not None
                        )
                    )
                )
                # "Recalling …, in particular paragraph 5" + "(c) of resolution 70/1 …,": what the
                # line below opens with completes the reference, however wide the line, and the
                # sentence goes on; no title stops at a reference.
                or self.reference_completed_below(line, index)
                or (
                    self.is_wrapped(line)
                    # A line short of the text's width wraps nothing in a copy printing a
                    # paragraph a line (a web page's), however long its other lines.
                    and (self.is_full(line) or not self.prints_a_paragraph_a_line())
                    and not (
                        self.front
                        and self.blank_line_below(index, following)
                        and (
                            (
                                line.width < self.wrap_width_of_widest
                                # Only a title stands apart this way: a preambular paragraph that
                                # lost its comma, or a sentence that lost its stop, goes on
                                # (joined, not lost).
                                and line.width <= _WIDEST_TITLE_APART
                            )
                            # The text's first line, short of its width, is its title however
                            # wide ("Statement by the President of the Security Council"): a
                            # sentence that lost its stop follows one.
                            or (
                                not self.is_full(line)
                                and all(map(self.passes_over, itertools.islice(self.lines, index)))
                            )
                        )
                        and not opens_preamble(line.text)
                    )
                    and not following.bullet
                    and not self.titles_a_text(line, following)
                    and not self.names_a_text_apart(line, following)
                    and not self.title_laid_out_apart(index, line, following)
                    # "第79/501号决定" + "大会第七十九届会议主要委员会主席的选举" + "在…全体会议
                    # 上，大会选出…": the title right below a heading naming a text, all set apart.
                    and not (following.after_blank and self.titles_the_text_named(line))
                    and not self.heading_set_apart(index, line, following)
                    and not self.heads_the_paragraph_below(index, line, following)
                    and not (following.after_blank and _NUMBERED_TITLE_RE.match(line.view))
                    # A link is finished: "Read more via https://www.un.org/pact" goes on with no
                    # line below it, whatever its width ("Proposed elements" below is a heading).
                    and not _is_a_link(text)
                    and (
                        not self.looks_structural(following)
                        or _completes_resolution_number(text, following.view)
                        or _year_goes_on(text, following)
                        or _completes_an_ordinal(text)
                        or self.may_go_on_at_a_wrap(following)
                        or (opens_preamble(text) and _part_cited_at_a_sentence_end(following))
                    )
                )
            )
        )
        if not ends_open(text, comma_closes=self.before_operatives()) or (
            continues
            and not self.title_wrapped_over(index, line, following)
            and not self.opens_a_centred_title(line, following)
        ):
            own = self.front and self.is_text_of_its_own(index, line)
            self.add_paragraph(line, "text", text).body = own
            return
        if line.preamble_number is not None:
            # "PP1 Recalling … [G77]": numbered as a preambular paragraph, it is one, whatever
            # its last word.
            self.add_paragraph(line, "text", text)
            return
        if line.bullet:
            # "Key messages" + "• Financing gaps are widening": a list's entry, unpunctuated as
            # elements papers print them, is a paragraph, never a heading over what follows.
            if self.front and not self.is_text_of_its_own(index, line):
                self.skip_front_matter(line)  # a site's menu above the title: "- Home"
                return
            self.add_paragraph(line, "text", text).body = self.front
            return
        if text[:1] in _QUOTATION_MARKS and not self.front:
            # "“The General Assembly,", "“Twenty-year review …": a quoted text's own words.
            self.add_paragraph(line, "text", text)
            return
        if is_years_row(line.view):
            # "2023   2024" + "Price of mobile broadband …": a table's column heads of years,
            # printed without a caption, are text, an unnumbered paragraph whose rows go on
            # below them one a line; never a heading over the paragraphs after it.
            own = self.front and self.is_text_of_its_own(index, line)
            node = self.add_paragraph(line, "text", text)
            node.body, node.open = own, False
            return
        if not self.front and current is not None and _captions_documents(current):
            # "Documentation" + "Report of the Secretary-General on WSIS (A/82/65)", set apart
            # or not, closed by its symbol or not: the list's first entry, under its caption,
            # never a heading, even alone at the text's end.
            self.add_paragraph(line, "text", text)
            return
        if (
            not self.front
            and line.after_blank
            and current is not None
            and _is_a_listed_document(current)
            and ends_with_a_cited_symbol(text)
        ):
            # "Documentation" + "Report of the Secretary-General … (A/82/65-E/2027/10)" + a
            # blank line + "Note by the Secretary-General (E/CN.16/2027/CRP.1)": the list's next
            # entry, a paragraph under its caption as the one above, never a heading under the
            # item holding it (as Markdown, where no width tells a wrapped line, would read it).
            self.add_paragraph(line, "text", text)
            return
        if self.leads_into_the_link_below(index, line):
            # "The zero draft is available at" + "https://…": a sentence the URL below ends (the
            # URL, a bare URL line, is no paragraph text), no title over what follows.
            own = self.front and self.is_text_of_its_own(index, line)
            self.add_paragraph(line, "text", text).body = own
            return
        if _is_a_link(text) and not self.front:
            # "See also: https://www.who.int/amr": a link, which a URL ends with no stop; no
            # title, whose heading would hold every paragraph after it. A title may print its
            # site after it, "Internet governance https://www.intgovforum.org": a heading.
            # A link is a finished paragraph: the line below it, a blank line between or none
            # ("Read more via https://www.un.org/pact" + "Proposed elements"), goes on with it
            # only as a wrapped line does (in lower case, or below a full line).
            self.add_paragraph(line, "text", text).open = False
            return
        if display_width(text) > _MAX_HEADING_WIDTH:
            self.warn(line, "unpunctuated text kept as an unnumbered paragraph")
            own = self.front and self.is_text_of_its_own(index, line)
            self.add_paragraph(line, "text", text).body = own
            return
        # Below the chapeau and a preambular paragraph's comma, a heading of the operative part
        # ("Mandate of UNMISS"); below where the text began, one of a part of it.
        if following is not None and following.table_row and not self.front and not self.markdown:
            # "Documentation" + "A/79/1      Report of the Secretary-General …": the caption of
            # the list of documents below it, not a heading over the items that follow.
            self.add_paragraph(line, "text", text).table = True
            return
        operative_part = self.front and self.heads_the_operative_part(index)
        of_a_part = self.front and not operative_part and self.heads_a_part_of_the_text(index)
        if self.front and not (operative_part or of_a_part):
            self.skip_front_matter(line)
            return
        heading = self.add_heading(
            line, level=_PLAIN_LEVEL, title=text, text=text, key=None, label=None, plain=True
        )
        heading.body = of_a_part

    def lists_the_next_document(self, current: _Node) -> bool:
        """Whether the line below an entry under "Documentation" / "文件" is the list's next
        document ("Report of the Secretary-General on the work of the Organization" + "Financial
        report and audited financial statements"), one a line as printed: the entry stopped
        short of the text's width, so no title of it wrapped there."""
        return (
            current.kind == "text"
            and current.parent is not None
            and _captions_documents(current.parent)
            and not self.is_full(self.above)
        )

    def names_an_amended_paragraph(self, index: int, line: _Line, text: str) -> bool:
        """Whether the line heads an amendment, naming the paragraph it concerns ("Operative
        paragraph 7 (c)" + "Replace the subparagraph with the following:", "序言部分第 3 段" +
        "删除该段。"): a line of its own, an instruction below it, set apart from the sentence
        above (by a blank line, its end or the title block's). A sentence citing the paragraph
        may wrap so that it fills a line ("…as proposed in" + "Operative paragraph 5" + "of the
        draft"): it keeps it."""
        if line.bullet or text[:1].islower() or not _AMENDED_PARAGRAPH_LINE_RE.match(text):
            return False
        following = self.next_content(index)
        if following is None or not (
            _AMENDMENT_INSTRUCTION_RE.match(following.text)
            or following.text[:1] in _QUOTATION_MARKS
        ):
            return False
        current = self.current
        return (
            (line.after_blank and not self.across_page_break)
            or current is None
            or current.kind == "heading"
            or not ends_open(current.text, comma_closes=False)
            or (current.front and not current.body)
        )

    def is_delegation_tag(self, index: int, line: _Line, current: _Node) -> bool:
        """Whether ``line``, right below a finished paragraph, is a delegation's tag on it, as
        compilations print them without brackets: a name ("EU", "G77 and China", "Proposal by
        the EU", "Mexico, on behalf of a group of countries", "欧盟") and its colon, then an
        edit in brackets or a position in a word compilations use ("retain", "delete as
        drafted", "support EU proposal", "[ADD: …]", "保留"). In a compilation (its
        paragraphs numbered "PP1", "OP1"), also any proposal a sentence would be, "Japan:
        Commit to …;", in lower case, finished, or wrapped at the text's width (not a title,
        "Section B: Financing"), and "Proposals:" with the lines right below it."""
        # Below another tag, a tag stands on its own, whatever the one above ended with.
        below_a_tag = self.tag_line is not None and self.tag_line is self.above
        if (
            current.kind == "heading"
            or (current.open and not below_a_tag)
            or line.after_blank
            or line.bullet
            or line.preamble_number is not None
            or line.printed is not None
            or self.above is None
        ):
            return False
        if below_a_tag and self.above.text.endswith((":", "：")):
            return True  # "Proposals:" + what it lists
        # "[Russian Federation: add "…"]": a tag in brackets, too wide for a sponsors' line.
        tagged = line.text[1:-1].strip() if _WHOLLY_BRACKETED_RE.match(line.text) else line.text
        tag = _DELEGATION_TAG_RE.match(tagged)
        if (
            tag is None
            or not _names_a_delegation(tag.group("name"))
            or opens_preamble(tagged)
            or is_chapeau(tagged)
        ):
            return False
        if not _shaped_as_a_delegation(tag.group("name")) and not _own_text(
            current
        ).rstrip().endswith((":", "：")):
            # "Digital economy: bridging the divides", "Capacity-building: support": a title,
            # unless a colon above opened a list of such lines ("…decisions were placed under
            # silence procedure:" + "Draft decision A/79/L.88: no objection.").
            return False
        position = tag.group("position")
        if _POSITION_RE.match(position):
            return True
        if not self.compilation:
            return False
        following = self.next_content(index)
        # A title's shape, unfinished on a line of its own, right above a numbered paragraph
        # ("专题一：数字经济" + "OP2. …", "Operative paragraphs:") heads it: no proposal on the
        # paragraph above. (An English name is told by its words: "Digital economy" names no
        # delegation, so "EU: add a reference to …" above "OP2" stays a tag.)
        name = tag.group("name")
        heads_a_paragraph = (
            (not position or (_named_in_ideographs(name) and not _CHINESE_EDIT_RE.match(position)))
            and following is not None
            and not following.after_blank
            and (
                following.preamble_number is not None
                or following.printed is not None
                or _opens_with_a_marker(following.view)
            )
            and ends_open(position, comma_closes=True)
        )
        if heads_a_paragraph:
            return False
        if not position:
            return following is not None and not following.after_blank
        return (
            is_cjk(position[0])
            or position[0].islower()
            or not ends_open(position, comma_closes=True)
            or self.is_wrapped(line)
        )

    def titles_preambular_paragraphs(self, line: _Line, current: _Node) -> bool:
        """Whether ``current``, an unpunctuated paragraph between a preambular paragraph's comma
        and, after a blank line, a line opening the next one, is a sub-heading of the preamble,
        however long or wrapped ("Recalling …," + "Taking stock: reviewing the successes …\nof
        the implementation …" + "Noting …,"): worded as no preambular paragraph, or as a title
        with its subtitle. A preambular paragraph that lost its comma ("Recalling A" + "Noting
        B,") still goes on."""
        nodes = self.nodes
        return (
            self.front
            and self.scope.chapeau_seen
            and line.after_blank
            and not self.across_page_break
            and opens_preamble(line.text)
            and len(nodes) >= 2
            and nodes[-1] is current
            and current.kind == "text"
            and not current.chapeau
            and not current.table
            and current.printed_pp is None
            and ends_open(current.text, comma_closes=True)
            and display_width(current.text) <= _MAX_HEADING_WIDTH
            and (not opens_preamble(current.text) or _SUBTITLED_RE.match(current.text) is not None)
            and nodes[-2].kind == "text"
            and not nodes[-2].chapeau
            and _ends_at_a_comma(nodes[-2].text)
        )

    @staticmethod
    def read_as_plain_heading(node: _Node) -> None:
        """The paragraph read is an unnumbered heading, its text its title; where it sits in
        the headings is the caller's."""
        node.kind, node.title, node.open = "heading", node.text, False
        node.level, node.plain = _PLAIN_LEVEL, True

    def turn_into_heading(self, node: _Node) -> None:
        """Make the paragraph just read an unnumbered heading, over what follows it."""
        while self.stack and self.stack[-1].level >= _PLAIN_LEVEL:
            self.stack.pop()
        self.read_as_plain_heading(node)
        node.parent = self.stack[-1] if self.stack else None
        node.path = self.enclosing_headings()
        self.stack.append(node)
        self.reset_paragraph_state()

    def heading_set_apart(self, index: int, line: _Line, following: _Line) -> bool:
        """Whether an unpunctuated line, however wide, is a heading because blank lines set it
        apart, where blank lines set the paragraphs apart: one above it, or atop a page the
        page before ended with a finished paragraph (its page number or running header
        between, blank or not) when short of the text's width, and only one below it, under
        a finished paragraph or a heading, in the body or below where the text began
        ("…的重要契机。" +
        "优先主题一：科学、技术和创新促进具有韧性的城市发展" + "关于第一个优先主题的讨论…",
        "Priority theme 1: Science, technology and innovation for resilient urban development"
        + "The discussion …"), in a text that wraps its paragraphs without blank lines between
        their lines (``wraps_without_blank_lines``: a text printed double-spaced sets every
        line apart). It does not go on into the
        paragraph below it, unless it stops at a word no title ends with ("…the report of the")
        or inside a quotation or bracket it opened ("…题为《变革我们的世界：2030年可持续发"), opens
        like a preambular paragraph (one that lost its comma), or sits below a colon, whose list
        or quotation it is. Above where the text began, it is the title block's
        (``_WIDEST_TITLE_APART``)."""
        current = self.current
        return (
            self.blank_line_paragraphs
            and (line.after_blank or self.across_page_break)
            and (
                not self.across_page_break
                # A full line atop a page goes on, whatever the blank line below it.
                or (self.page_ended_a_paragraph() and not self.is_full(line))
            )
            and self.blank_line_below(index, following)
            and self.wraps_without_blank_lines()
            and _may_end_as_a_heading(line.text)
            and (
                current is None
                or current.kind == "heading"
                or not (current.open or _introduces_list(current.text))
            )
            and (not self.front or self.heads_a_part_of_the_text(index))
        )

    def heads_the_paragraph_below(self, index: int, line: _Line, following: _Line) -> bool:
        """Whether an unpunctuated line after a blank line, in prose that numbers nothing yet,
        is a heading over the paragraph right below it, no blank line between: below a finished
        paragraph of the text (``heads_a_part_of_the_text``), it stops short of the text's width
        and of the line below it by a fifth, room for that line's first word (an ideograph in
        Chinese), so no wrap broke it ("…serve people and planet." +
        "Session 1: Artificial intelligence for the Goals" + "Participants discussed …", "第1场
        会议：人工智能促进目标" + "与会者讨论了…"). A line stopped at a word no title ends with,
        or opening like a preambular paragraph, goes on."""
        return (
            self.front
            and line.after_blank
            and not self.across_page_break
            and not following.after_blank
            and not self.is_full(line)
            and line.width < _FULL_FRACTION * following.width
            and _room_for_first_word(line, following)
            and _may_end_as_a_heading(line.text)
            and self.heads_a_part_of_the_text(index)
        )

    def page_ended_a_paragraph(self) -> bool:
        """Whether the page before ended with a finished paragraph, which nothing atop this page
        goes on with."""
        current = self.current
        return current is not None and current.kind != "heading" and not current.open

    def first_line_indent(self) -> int:
        """The indent of the text's paragraphs' first lines where it indents them and no wrapped
        line, as ``pdftotext -layout`` prints a UN document (the one most of them have); 0
        otherwise. Of the first lines of its blocks of two lines or more, at least four in five
        indented, and of its lines right below a full line ending mid-sentence, at least four
        in five at the margin (five of each at least). Computed on first need."""
        if self.opening_indent is None:
            opening_indents = [
                line.indent
                for line, below in pairwise(self.lines)
                if line.after_blank
                and not line.page_top
                and not below.after_blank
                and not _is_page_furniture(line)
                and not _is_page_furniture(below)
            ]
            wrapped_at_the_margin = [
                line.indent == 0
                for above, line in pairwise(self.lines)
                if not line.after_blank
                and not line.page_top
                and self.is_full(above)
                and ends_open(above.text, comma_closes=True)
                and not _is_page_furniture(above)
                and not _is_page_furniture(line)
            ]
            indented = Counter(indent for indent in opening_indents if indent > 0)
            evidence = all(
                len(kind) >= _LEAST_INDENT_EVIDENCE
                and sum(kind) >= _INDENT_EVIDENCE_SHARE * len(kind)
                for kind in ([indent > 0 for indent in opening_indents], wrapped_at_the_margin)
            )
            self.opening_indent = indented.most_common(1)[0][0] if evidence else 0
        return self.opening_indent

    def wraps_without_blank_lines(self) -> bool:
        """Whether a paragraph of the text goes on right below a full line left unfinished, no
        blank line between: the text is not printed double-spaced, where a blank line follows
        every line and sets no heading apart. Computed on first need."""
        if self.single_spaced is None:
            self.single_spaced = any(
                not line.after_blank
                and not line.page_top
                and not line.bullet
                and self.is_full(above)
                and ends_open(above.text, comma_closes=True)
                and not any(
                    piece.md_level is not None
                    or piece.table_row
                    or piece.sup_footnote is not None
                    or _is_page_furniture(piece)
                    for piece in (above, line)
                )
                for above, line in pairwise(self.lines)
            )
        return self.single_spaced

    def prints_a_paragraph_a_line(self) -> bool:
        """Whether the text is a copy printing each paragraph on a line of its own, no blank
        line between: at least two of its lines full, and no full line of it going on below,
        as its longest paragraphs end there (see ``wraps_without_blank_lines``). Computed on
        first need."""
        if self.line_a_paragraph is None:
            self.line_a_paragraph = (
                not self.prints_blank_lines
                and sum(1 for line in self.lines if self.is_full(line)) >= 2
                and not self.wraps_without_blank_lines()
            )
        return self.line_a_paragraph

    def blank_line_below(self, index: int, following: _Line) -> bool:
        """Whether only a blank line, no page break, stands between the line at ``index`` and
        ``following``."""
        return (
            following.after_blank
            and not following.page_top
            and index + 1 < len(self.lines)
            and self.lines[index + 1] is following
        )

    def title_laid_out_apart(self, index: int, line: _Line, following: _Line) -> bool:
        """Whether an unpunctuated line between blank lines in the title block, in text laid
        out as printed, is a title set apart, centred or at an indent no other line of the text
        starts at, the line below the blank one at another ("Co-Chairs' summary" + "Multi-
        stakeholder segment: “Building capacity for AI in developing countries”" set 10 columns
        in + "The multi-stakeholder segment …" set 6 in): it never goes on into the paragraph
        below, however wide. A sentence that lost its stop starts at a paragraph's indent,
        which other lines share."""
        if self.indent_counts is None:
            self.indent_counts = Counter(below.indent for below in self.lines)
        return (
            self.front
            and not self.markdown
            and line.after_blank
            and line.indent > 0
            and self.blank_line_below(index, following)
            and following.indent != line.indent
            and (line.centred or self.indent_counts[line.indent] == 1)
        )

    def title_wrapped_over(self, index: int, line: _Line, following: _Line | None) -> bool:
        """Whether an unpunctuated line after a blank line, in the body, is a heading wrapped at
        the text's width over the short unpunctuated line right below it, a blank line or a
        numbered line next ("建立使用信息和通信技术的信心和" + "安全保障" + "54. …"): a
        heading, as on one line, not an unnumbered paragraph."""
        if (
            following is None
            or self.front
            or not (line.after_blank or index == 0)
            or following.after_blank
            or not (self.is_full(line) or _UNFINISHED_TITLE_RE.search(line.text))
            or self.is_wrapped(following)
            or not ends_open(following.text, comma_closes=True)
            or self.looks_structural(following)
        ):
            return False
        after = self.next_content(self.lines.index(following, index))
        return (
            after is None or after.after_blank or self.looks_structural(after)
        ) and display_width(line.text) + display_width(following.text) <= _MAX_HEADING_WIDTH

    def opens_a_centred_title(self, line: _Line, following: _Line | None) -> bool:
        """Whether an unpunctuated centred line is a title's first, its next line centred right
        below it ("Information and communications technologies" + "for development"): a
        heading going on there, not a paragraph whose words go on in lower case."""
        return (
            line.centred
            and following is not None
            and following.centred
            and following.number == line.number + 1
        )

    def quotes_below_a_colon(self, index: int, line: _Line, current: _Node) -> bool:
        """Whether a line opening with a quotation mark goes on right below a full line that a
        colon ends, the sentence going on past the quotation ("…under the following theme:" +
        "\"Building digital trust\", and encourages …"). A quotation alone on its line is an
        entry of the list the colon opens, or ends the sentence, and one opening with a marker
        ("\"1. Requests …") quotes a paragraph: lines of their own. So does a quotation whose
        sentence ends before the quotation closes: a statement's paragraph, each opening with
        the quotation mark that only the last one closes, as a presidential statement prints
        them ("…发表如下声明：" + "“安全理事会回顾…首要责任。" + "“安全理事会确认…")."""
        return (
            line.text[0] in _QUOTATION_MARKS
            and not line.after_blank
            and current.text.endswith((":", "："))
            and self.above is not None
            and self.is_wrapped(self.above)
            and not _opens_with_a_marker(line.view[1:].lstrip())
            and _QUOTATION_WHOLE_RE.match(line.text) is None
            and not self.quotes_whole_sentences(index, line)
        )

    def sentence_goes_on_past_a_colon(self, line: _Line, current: _Node) -> bool:
        """Whether ``line`` goes on with an operative paragraph whose colon ends the full line
        right above it, in a text that wraps its lines, no blank line between: the rest of the
        sentence, one of its own ending at its full stop ("…from the following entities of the
        system:" + "FAO, ILO, … and the World Bank.", "…下列实体收到了资料：" + "粮农组织、…和
        世界银行。"), or running to the edge unfinished. A list's entries (ending with ";" or
        unpunctuated), a title, a vote or a quotation below the colon stand apart, as does more
        than one sentence."""
        text = line.text
        if (
            line.after_blank
            or self.across_page_break
            or current.chapeau
            or not current.text.endswith((":", "："))
            or (self.before_operatives() and not self.cjk_report_colon_wraps(current, text))
            or not self.is_full(self.above)
            or text[:1] in _QUOTATION_MARKS
            or _VOTE_CAPTION_RE.match(text) is not None
            or not self.wraps_without_blank_lines()
        ):
            return False
        if _SENTENCE_END_RE.search(text) is None:
            # Wrapped, the sentence ends on the line right below.
            below = self.position + 1
            following = self.lines[below] if below < len(self.lines) else None
            if (
                not self.is_full(line)
                or not ends_open(text, comma_closes=False)
                or following is None
                or following.after_blank
                or following.bullet
                or self.looks_structural(following)
            ):
                return False
            text = f"{text} {following.text}"
        end = _SENTENCE_END_RE.search(text)
        return end is not None and _QUOTED_SENTENCE_END_RE.search(text, 0, end.start()) is None

    def cjk_report_colon_wraps(self, current: _Node, text: str) -> bool:
        """Whether a Chinese or Japanese report's unnumbered paragraph, no operative paragraph
        above it, may go on past its colon: pdftotext wraps a narrow CJK line anywhere, the
        colon too ("…以便彻底改变我们的世界：" + "2030年前消除一切形式的贫困…。"), and no case
        tells a sentence's rest from a title as English's lower case does. A preamble's colon
        (a list of clauses below it) keeps its lines apart."""
        return (
            current.kind == "text"
            and not self.front
            and current.text.endswith("：")
            and (is_cjk(text[0]) or text[:1].isdigit())
        )

    def arabic_sentence_goes_on_past_a_colon(self, line: _Line, current: _Node) -> bool:
        """Whether an Arabic line with no marker, right below the colon ending an operative
        paragraph's line, goes on with it: the rest of its sentence, one sentence down to the
        next marker or blank line, its last line ending with "؛" or "." and none above it
        ("…في ما يلي في دورتها المقبلة:" + "تقرير الأمين العام عن تنفيذ هذا القرار؛"), as English
        goes on there in lower case ("…at its next session:" + "the report of …;"). Arabic has
        no case to tell: a list's entries (a sentence ended before the last line) or an
        unpunctuated title stand apart, as English prints them capitalised."""
        if (
            line.after_blank
            or self.across_page_break
            or current.chapeau
            or not current.text.endswith((":", "："))
            or self.before_operatives()
            or _ARABIC_LETTER_START_RE.match(line.text) is None
            or _opens_with_a_marker(line.view)
        ):
            return False
        run = [line]
        for below in self.lines[self.position + 1 : self.position + _MOST_LINES_PAST_A_COLON]:
            if below.after_blank or below.page_top or self.looks_structural(below):
                break
            run.append(below)
        *wrapped, last = run
        return all(ends_open(piece.text, comma_closes=False) for piece in wrapped) and not (
            ends_open(last.text, comma_closes=False) or last.text.endswith((":", "："))
        )

    def quotes_whole_sentences(self, index: int, line: _Line) -> bool:
        """Whether the quotation ``line`` opens holds a sentence's end before it closes (on its
        lines, down to a blank line or the next line a quotation mark opens), and closes at the
        end of a line if at all: a quoted paragraph, not a title or a saying the sentence goes on
        past ("“We are not the leaders of tomorrow. We are …,” she had told the Summit, and …",
        "“Item 172. Observer status …” and recommended …")."""
        quoted = line.text[1:]
        for below in self.lines[index + 1 : index + _MOST_QUOTED_LINES]:
            if (
                below.after_blank
                or below.text[:1] in _QUOTATION_MARKS
                or _quotation_closes_at(quoted) is not None
            ):
                break
            quoted = f"{quoted} {below.text}"
        closed = _quotation_closes_at(quoted)
        stop = _QUOTED_SENTENCE_END_RE.search(quoted)
        return stop is not None and (
            closed is None or (stop.start() < closed and not quoted[closed + 1 :].strip())
        )

    def on_figure_line(self, line: _Line) -> bool:
        """A report's figure, table or box, in the body: its caption ("Figure I", "表 2", "Box
        1"), the title right below it and whatever the figure prints (its cells, one or a row of
        them a line: "区域", "6.0", "Asia 20.1 35.4"; its axes and legends: short lines, a
        sentence's end aside) down to its source ("Source: ITU.", "资料来源：国际电联。") are an
        unnumbered paragraph, never headings that would hold the paragraphs after it. A box's
        text, set apart by a blank line, is a paragraph of its own. The next numbered paragraph
        or heading ends the figure. Returns whether the line was the figure's."""
        text = line.text
        if self.continues_the_figure(line):
            return True
        if (
            not self.front
            and (
                _CAPTION_RE.match(line.view)
                or self.opens_uncaptioned_table(line)
                or self.captions_a_box_alone(line)
            )
            and self.unfinished_sentence() is None
        ):
            self.figure, self.figure_sourced = self.add_figure_paragraph(line), False
            return True
        figure = self.figure
        if figure is None:
            return False
        if self.opens_box_text(figure, line):
            self.add_paragraph(line, "text", text)
            return True
        if line.bullet and _BOX_CAPTION_RE.match(figure.text) is not None:
            # A box's bullets ("• Two days of meetings …", "• 为期两天的会议…") are its text, each
            # a paragraph of its own, however short (as a bullet is under a heading).
            return False
        above = self.above
        source = _CAPTION_SOURCE_RE.match(text) is not None
        # The caption's title, a source wrapped at the page's width: right below a line that
        # left it unfinished or reached the edge. A line as wide as the text right below a short
        # one, the caption's own line aside, is no title going on: the box's text begins
        # ("专栏 1" + "普遍和有意义的连通" + "有意义的连通是指…", where no blank line is printed).
        # A row of figures ("Posts   10 234.5   11 002.3", "2024   2025   2026") is a row of its
        # own, however wide: no title goes on into it, nor on from it as from a full line.
        wrapped_above = (
            above is not None and self.is_full(above) and not _is_row_of_figures(above.view)
        )
        column_heads = self.current is figure and self.heads_a_row_of_figures(line)
        goes_on = (
            self.current is figure
            and not line.after_blank
            and above is not None
            and not _is_row_of_figures(line.view)
            and not (column_heads and not starts_as_continuation(text))
            and (
                wrapped_above
                # "Table A.1", "表 A.1": a caption alone, though its number ends like a sentence
                # with a note ("…A." + "1").
                or _caption_alone(above.view)
                or (
                    ends_open(above.text, comma_closes=False)
                    and (
                        above.number == figure.line
                        or not self.is_full(line)
                        or starts_as_continuation(text)
                    )
                )
            )
        )
        printed = not self.figure_sourced and (
            _FIGURE_CELL_RE.match(line.view) is not None
            # Its unit, however wide the text's lines are (a Markdown copy's are short).
            or _is_unit_line(line.view)
            or (not self.is_wrapped(line) and ends_open(text, comma_closes=False))
            or _is_row_of_figures(line.view)
            or column_heads
            # The heads right below the years, "Object of expenditure   expenditure   estimate",
            # however wide.
            or (
                self.current is figure
                and not line.after_blank
                and above is not None
                and is_years_row(above.view)
            )
        )
        if not (source or goes_on or printed):
            return False
        self.figure_sourced = self.figure_sourced or source
        if self.current is not figure:
            self.figure = self.add_figure_paragraph(line)
        elif goes_on and not source and (starts_as_continuation(text) or wrapped_above):
            figure.text = self.join(figure.text, text)
        else:
            self.append(figure, text, newline=True, closing=True)
        return True

    def heads_a_row_of_figures(self, line: _Line) -> bool:
        """Whether the line is a table's column heads, right above its first row of figures
        ("Period   Deaths per 100,000   Number of countries" + "2005–2014   1.62   121", "时期
        死亡率（每10万人）   报告国家数目" + "2005–2014年   1.62   121"), a blank line between
        or not: cells, however wide or indented as laid out, never a line wrapped at the text's
        width nor a heading over the paragraphs after the table."""
        below = self.next_content(self.position)
        return (
            below is not None
            and _is_row_of_figures(below.view)
            and not _is_row_of_figures(line.view)
            and ends_open(line.text, comma_closes=False)
            and not _opens_with_a_marker(line.view)
        )

    def captions_a_box_alone(self, line: _Line) -> bool:
        """Whether the line is a box's caption printed without a number ("Box", "框") alone on
        its line, its unpunctuated title right below it ("Modalities of the Global Dialogue",
        "全球对话的模式"): read as a numbered box is, one paragraph down to its text, never a
        heading over the paragraphs after the box."""
        following = self.position + 1
        if _BOX_ALONE_RE.match(line.view) is None or following >= len(self.lines):
            return False
        title = self.lines[following]
        return (
            not title.after_blank
            and not title.page_top
            and not title.bullet
            and not title.table_row
            and title.md_level is None
            and not self.looks_structural(title)
            and ends_open(title.text, comma_closes=True)
        )

    def continues_the_figure(self, line: _Line) -> bool:
        """Whether the line is the caption of the figure, table or box being read, printed
        again where it runs on to the next page ("Box 2 (continued)"): page furniture, no text
        of it; what follows goes on as below the page break. Printed where no figure is being
        read, once the figure's own caption was (the box floated past the body's next
        paragraph, "12. …" + "Box 2 (continued)"), it is furniture alike: the box's text below
        it opens a paragraph of its own, never the end of the finished paragraph above it nor
        under a heading. Of no figure read, it is the text's ("As noted in" + "Box 2
        (continued)")."""
        continued = _CONTINUED_CAPTION_RE.match(line.view)
        if continued is None:
            return False
        if self.figure is not None:
            return True
        if _compact(continued.group(1)) not in self.captions_read:
            return False
        if self.unfinished_sentence() is None:
            self.current = None
        return True

    def credited_quotation(self, line: _Line) -> _Node | None:
        """The paragraph quoting someone right above a line that credits the quotation ("—
        Statement by a participant", pandoc's "--- …", "——一位与会者的发言"), a blank line
        between or not: the credit is a line of that paragraph, never a heading over what
        follows, nor front matter. None when the line is no credit (it ends as a sentence or a
        list's entry does, or another dash line follows it: a list) or the paragraph above is no
        quotation (a sentence quoting words and going on, "…"a pragmatic solution"" + "— a
        view shared by …")."""
        if (
            _QUOTATION_CREDIT_RE.match(line.text) is None
            or line.text.rstrip()[-1] in _CLAUSE_ENDS
            or not self.nodes
        ):
            return None
        following = self.next_content(self.position)
        if following is not None and (
            _QUOTATION_CREDIT_RE.match(following.text)
            or not (following.after_blank or _opens_with_a_marker(following.view))
        ):
            # "— Participants called for …;" + "— Many stressed …": a list's entries; "— a
            # principle that should guide the …" + "Future and …": a sentence going on. A credit
            # is a line of its own.
            return None
        quoted = self.nodes[-1]
        if (
            quoted.kind == "heading"
            or quoted.text[:1] not in _QUOTATION_MARKS
            or not _closes_a_quotation(quoted.text)
        ):
            return None
        return quoted

    def repeats_a_heading(self, line: _Line) -> bool:
        """Whether the line is a heading of the body read above, printed again atop the next
        page its part runs on to ("Annex I (continued)", "II. Findings (continued)", "附件一
        （续）"): page furniture, as a figure's caption so printed is (``continues_the_figure``).
        What follows goes on in that part, numbered on ("annex-1/3"), never under a second
        heading ("annex-1_2") that a translation printing no such line would lack. A heading
        named so that was never read is the text's."""
        if self.front or not line.view.endswith((")", "）")):
            return False
        continued = _CONTINUED_HEADING_RE.match(line.view)
        if continued is None:
            return False
        repeated = _compact(continued.group(1)).rstrip(".:：")
        if not repeated or not any(
            repeated in (_compact(node.title), _compact(node.text), _compact(node.label or ""))
            for node in self.stack
        ):
            return False
        if self.unfinished_sentence() is None:
            self.current = None
        return True

    def opens_box_text(self, figure: _Node, line: _Line) -> bool:
        """Whether the line, right below a box's title ("Box 1" + "Skills gaps in …", "Box 1:
        Skills gaps in …"), opens the box's text, a paragraph of its own: a sentence ending on
        the line ("In 2024, only 8 per cent had basic digital skills."), as a text too short to
        fill a line ends, Chinese more often than English, like one filling lines (see
        ``on_figure_line``), so the box reads alike whatever its text's length. A title ends
        open."""
        return (
            self.current is figure
            and _BOX_CAPTION_RE.match(figure.text) is not None
            and ("\n" in figure.text or not _caption_alone(figure.text))
            and not starts_as_continuation(line.text)
            and not _opens_with_a_marker(line.view)
            and not ends_open(line.text, comma_closes=False)
        )

    def on_markdown_caption(self, line: _Line) -> bool:
        """A figure's or table's caption set in bold, as Word sets it in web copies ("**Table
        23.1**"), or as a heading, as pandoc gives a caption styled so ("### Table 1. …", "###
        表 1. …"), and the bold title right below a caption alone ("**Overall: evolution of
        financial resources**"): the figure's paragraph, as in plain text, never headings over
        the paragraphs after it. Returns whether the line was the figure's."""
        if self.continues_the_figure(line):
            return True
        figure = self.figure
        if figure is not None and self.current is figure and _caption_alone(figure.text):
            self.append(figure, line.text, newline=True, closing=True)
            return True
        if (
            self.front
            or _CAPTION_RE.match(line.view) is None
            or self.unfinished_sentence() is not None
        ):
            return False
        self.figure, self.figure_sourced = self.add_figure_paragraph(line), False
        return True

    def opens_uncaptioned_table(self, line: _Line) -> bool:
        """A table printed without a caption (an annex that is only a table, below its title)
        opens with its unit in parentheses ("(Percentage of population)", "（占人口百分比）"),
        its column heads right above its first row, or that row ("Africa 43 32 37"); it is
        one when, down to its source ("Source: ITU.", "资料来源：国际电联。"), it prints only
        short unpunctuated lines (heads, labels) and at least two rows of figures, on no
        caption of its own. Read as a captioned figure is: one unnumbered paragraph, never
        headings."""
        if self.figure is not None or line.md_level is not None or line.bullet:
            return False
        view = line.view
        unit = _is_unit_line(view)
        if not (unit or _is_row_of_figures(view) or self.prints_table_cells(line)):
            return False
        following = self.position + 1
        if not (unit or _is_row_of_figures(view)) and not (
            following < len(self.lines)
            and not self.lines[following].after_blank
            and _is_row_of_figures(self.lines[following].view)
        ):
            return False  # a short line is the column heads only right above a row
        rows = int(_is_row_of_figures(view))
        for below in self.lines[following : following + _MOST_UNCAPTIONED_TABLE_LINES]:
            if self.passes_over(below):
                continue
            if _CAPTION_SOURCE_RE.match(below.text):
                return rows >= _LEAST_UNCAPTIONED_TABLE_ROWS
            if _is_row_of_figures(below.view):
                rows += 1
            elif not self.prints_table_cells(below):
                return False
        return False

    def prints_table_cells(self, line: _Line) -> bool:
        """A short unpunctuated line of a table, its column heads or a label: no marker, no
        caption, no line wrapped at the text's width."""
        return (
            line.md_level is None
            and not line.bullet
            and not self.is_wrapped(line)
            and ends_open(line.text, comma_closes=False)
            and _CAPTION_RE.match(line.view) is None
            and not _opens_with_a_marker(line.view)
        )

    def add_figure_paragraph(self, line: _Line) -> _Node:
        if caption := _CAPTION_HEAD_RE.match(line.view):
            self.captions_read.add(_compact(caption.group()))
        node = self.add_paragraph(line, "text", line.text)
        node.open = False
        # No paragraph of the text: "(a)" below a figure opens no item of it.
        self.host = None
        return node

    # -- finishing --------------------------------------------------------------------------

    def finish(self) -> ParseResult:
        self.drop_front_and_trailing_matter()
        kept = [node for node in self.nodes if not node.dropped]
        preamble = self.find_preamble(kept)
        footnotes = frozenset(self.footnote_numbers)
        asterisk_marks = frozenset(self.asterisk_note_marks)
        # A note no reference shows was marked where the reference cannot be read off the
        # text: glued to a year.
        glued_to_years = frozenset(
            number for number in footnotes if not self.seen_as_reference(number)
        )
        spaced = footnotes & self.spaced_references
        taken: set[str] = set()
        titles = {
            id(node): _path_entry(
                _letter_spacing_closed(
                    _tidy(
                        remove_year_glued_markers(
                            remove_spaced_note_markers(
                                remove_glued_markers(
                                    _without_asterisk_references(node.title, asterisk_marks),
                                    footnotes,
                                ),
                                spaced,
                            ),
                            glued_to_years,
                        )
                    ),
                    node.label,
                ),
                node.label,
            )
            for node in kept
            if node.kind == "heading"
        }
        paragraphs: list[ParsedParagraph] = []
        pp_counts: dict[str, int] = {}
        hosts_beside_sub_headings = self.hosts_beside_sub_headings(kept)
        for ordinal, node in enumerate(kept, start=1):
            kind: Kind
            if node.kind == "heading":
                kind = "heading"
                anchor = node.key or f"p-{ordinal}"
            elif node.kind in ("operative", "target"):
                kind = "operative" if node.kind == "operative" else "target"
                anchor = node.key or f"p-{ordinal}"
            elif node.kind == "subparagraph":
                kind = "subparagraph"
                base = node.parent.anchor if node.parent is not None else ""
                if id(node.parent) in hosts_beside_sub_headings:
                    anchor = f"{base}.item-{node.key}"
                else:
                    anchor = f"{base}.{node.key}" if base else f"{node.key}"
            elif node.kind == "text" and node.key is not None:
                kind = "unnumbered"  # a question, anchored by its number
                anchor = node.key
            elif id(node) in preamble:
                kind = "preamble"
                prefix = node.scope.prefix
                if node.printed_pp is not None:
                    # A compilation's own number: "PP2 bis" is pp2bis, and the count goes on
                    # from it.
                    pp_counts[prefix] = int(_leading_digits(node.printed_pp))
                    anchor = f"{prefix}pp{node.printed_pp}"
                else:
                    pp_counts[prefix] = pp_counts.get(prefix, 0) + 1
                    anchor = f"{prefix}pp{pp_counts[prefix]}"
            else:
                kind = "unnumbered"
                anchor = f"p-{ordinal}"
            anchor = self.unique(anchor, taken, node)
            node.anchor = anchor
            parent = node.parent
            while parent is not None and parent.dropped:
                parent = parent.parent
            text = _tidy(
                remove_year_glued_markers(
                    remove_spaced_note_markers(
                        remove_glued_markers(
                            _without_asterisk_references(node.text, asterisk_marks), footnotes
                        ),
                        spaced,
                    ),
                    glued_to_years,
                )
            )
            if kind == "heading":
                text = _letter_spacing_closed(text, None)
            if not text and kind != "heading":
                self.warnings.append(ParseWarning(node.line, "paragraph without text", anchor))
            paragraphs.append(
                ParsedParagraph(
                    anchor=anchor,
                    label=node.label,
                    kind=kind,
                    parent=parent.anchor if parent is not None else None,
                    ordinal=ordinal,
                    heading_path=tuple(
                        titles[id(heading)] for heading in node.path if not heading.dropped
                    ),
                    text=text,
                    line=node.line,
                )
            )
        # Nothing numbered, unnumbered headings aside ("Opening segment"): every anchor is a
        # place.
        if all(p.kind in ("unnumbered", "heading") and p.label is None for p in paragraphs):
            first = self.lines[0] if self.lines else None
            self.warnings.append(
                ParseWarning(
                    first.number if first else 1,
                    "no numbered paragraphs or numbered headings found"
                    + (
                        "; each paragraph is anchored by its place (p-1, p-2, …)"
                        if paragraphs
                        else ""
                    ),
                    _excerpt(first.text) if first else "",
                )
            )
        self.warnings.sort(key=lambda warning: warning.line)
        warnings = tuple(self.warnings)
        if not paragraphs:
            raise NoStructureError("the text holds no paragraphs to anchor comments to", warnings)
        return ParseResult(paragraphs=tuple(paragraphs), warnings=warnings)

    @staticmethod
    def hosts_beside_sub_headings(kept: list[_Node]) -> set[int]:
        """The headings holding items whose anchors their lettered sub-headings hold too:
        "二、建议" + "(a) …" + "(b) …" + "A. 筹资" + "B. 数据". Their items are
        ``section-2.item-a``, ``section-2.item-b``, so that the sub-headings keep
        ``section-2.a``, the anchor every other section's sub-headings have; items under a
        heading with no such sub-heading keep ``section-2.a``."""
        heading_keys = {node.key for node in kept if node.kind == "heading" and node.key}
        return {
            id(node.parent)
            for node in kept
            if node.kind == "subparagraph"
            and node.parent is not None
            and node.parent.kind == "heading"
            and f"{node.parent.key}.{node.key}" in heading_keys
        }

    def unique(self, anchor: str, taken: set[str], node: _Node) -> str:
        if anchor not in taken:
            taken.add(anchor)
            return anchor
        # The suffixes below the one last given to this anchor are all taken (``taken`` only
        # grows): counting from 2 again made a text repeating one anchor quadratic.
        suffix = self.next_suffix.get(anchor, 2)
        while f"{anchor}_{suffix}" in taken:
            suffix += 1
        self.next_suffix[anchor] = suffix + 1
        self.warnings.append(
            ParseWarning(node.line, f"anchor {anchor} used twice; renamed", _excerpt(node.text))
        )
        taken.add(f"{anchor}_{suffix}")
        return f"{anchor}_{suffix}"

    def preamble_title_atop(self, node: _Node, index: int, first_chapeau: int | None) -> bool:
        """Whether ``node`` is a Markdown "## Preamble" / "## 序言" heading among the text's
        front matter, no chapeau above it: skipped as plain text skips that line, so that a
        text and its translation pasted in the other format have the same anchors (below a
        chapeau and its preambular paragraphs, both keep it as a heading)."""
        return (
            self.markdown
            and node.kind == "heading"
            and node.key is None
            and node.front
            and not node.body
            and _PREAMBLE_TITLE_RE.match(node.text) is not None
            and (first_chapeau is None or first_chapeau > index)
        )

    def drop_front_and_trailing_matter(self) -> None:
        has_children = {id(node.parent) for node in self.nodes if node.parent is not None}
        # Whatever text precedes "The General Assembly," is masthead, title or sponsors; so is
        # unpunctuated text, even when a short last line closed it (a title on two lines).
        chapeau = next((i for i, node in enumerate(self.nodes) if node.chapeau and node.front), 0)
        # Front matter is what comes before a text's structure: prose with none (a concept
        # note, a chair's summary) is all text, its short unpunctuated lines included.
        structured = chapeau or any(
            node.kind != "text" or node.key is not None or node.printed_pp is not None
            for node in self.nodes
        )
        headings = sum(1 for node in self.nodes if node.kind == "heading")
        opening = chapeau or self.text_opening()
        # A title block holds no numbered heading: a heading below one ("## Chapter I. …" +
        # "**Draft resolutions**" + "1. …") is the text's own, as in plain text.
        title_block_end = next(
            (
                i
                for i, node in enumerate(self.nodes[:opening])
                if node.kind == "heading" and node.key is not None
            ),
            opening,
        )
        later_title_blocks = self.later_title_blocks(opening)
        first_chapeau = next((i for i, node in enumerate(self.nodes) if node.chapeau), None)
        for i, node in enumerate(self.nodes):
            if self.preamble_title_atop(node, i, first_chapeau):
                node.dropped = True
                self.warnings.append(
                    ParseWarning(node.line, "front matter skipped", _excerpt(node.text))
                )
                continue
            # Below a "Preamble" title the preamble may come before the chapeau (the Universal
            # Declaration of Human Rights): the text's own.
            titled = node.scope.preamble_titled and i >= node.scope.preamble_from
            # A decision its organ's report prints above a resolution is the text's own.
            above_chapeau = i < chapeau and not titled and not records_a_decision(_own_text(node))
            markdown_title_above = (
                (i < title_block_end or i in later_title_blocks)
                and not titled
                and self.markdown_title(node)
            )
            if (
                structured
                and node.front
                and node.kind == "text"
                and node.printed_pp is None
                and (
                    # The negotiators' note below the draft's title is the text's, above its
                    # chapeau as where it has none: stakeholders comment on it.
                    (above_chapeau and not _is_a_negotiators_note(node.text))
                    or (not node.body and ends_open(_own_text(node), comma_closes=True))
                )
                and id(node) not in has_children
            ) or (
                # A heading read as the text's before paragraph 1 ("Opening segment"): above
                # the chapeau, with nothing under it (a letter's signature, "Ambassador", above
                # the annexed text), or the text's only heading right above paragraph 1, its
                # title ("Adopted on 22 September 2024." + "Modalities of the review" + "1.
                # Decides …"), it is front matter after all; so is a Markdown title (bold or a
                # heading) above the chapeau.
                node.kind == "heading"
                and (node.body or markdown_title_above)
                and (
                    above_chapeau
                    or markdown_title_above
                    or id(node) not in has_children
                    or (
                        headings == 1
                        and i + 1 < len(self.nodes)
                        and self.nodes[i + 1].kind in ("operative", "target")
                        and _OPENING_SECTION_RE.match(node.text) is None
                        # Below a declaration's formula, its "We, …," or a preambular
                        # paragraph's comma it heads the text's paragraphs: a title is never
                        # printed there.
                        and not (
                            i > 0
                            and (
                                _closes_a_declarations_preamble(self.nodes, i - 1)
                                or _below_a_preambles_comma(self.nodes[i - 1])
                            )
                        )
                    )
                )
            ):
                node.dropped = True
                self.warnings.append(
                    ParseWarning(node.line, "front matter skipped", _excerpt(node.text))
                )
        last_numbered = max(
            (
                i
                for i, node in enumerate(self.nodes)
                if node.kind in ("operative", "subparagraph", "target")
                and id(node) not in self.decimal_ids
            ),
            default=-1,
        )
        if last_numbered < 0:
            return
        after = self.nodes[last_numbered + 1 :]
        if any(node.kind == "heading" and _PART_KEY_RE.search(node.key or "") for node in after):
            # An annex or appendix after the last numbered paragraph is the text's own, however
            # it is set out (a list of members, an agenda): nothing there is trailing matter.
            return
        menu = _site_menu_entries(after)
        # The entries under each node, less those dropped below: a heading whose list was a
        # site's menu has nothing left under it.
        children = Counter(id(node.parent) for node in after if node.parent is not None)
        for node in reversed(after):
            trailing = (
                node.kind == "heading" and node.plain and not ends_with_a_cited_symbol(node.text)
            ) or (
                node.kind == "text"
                and not node.table
                and not node.itu_section
                and node.key is None  # a question, numbered, however unpunctuated
                # "Next steps" + "• Prepare the report of the Forum": a list's entry is the
                # text's, however unpunctuated; not a site's menu ("- Privacy notice").
                and (not node.bullet or id(node) in menu)
                and ends_open(_own_text(node), comma_closes=False)
                # "文件" + "秘书长关于数据治理的报告（E/CN.16/2026/3）": the documents before the
                # last item of agenda annotations, as much the text's as a list in mid-text;
                # under "Documentation" / "文件", whatever its entries end with, but for a
                # web page's links ("Related documents" + "Press release: …" + its URL) or
                # its menu, one name a line ("Related documents" + "Terms of use" + "Privacy
                # notice").
                and not ends_with_a_cited_symbol(_own_text(node))
                and not (
                    node.parent is not None
                    and _captions_documents(node.parent)
                    and not any(map(_ENDS_WITH_A_URL_RE.search, node.text.splitlines()))
                    and not _lists_a_site_menu(node.text.splitlines())
                )
            )
            # A web page's disclaimer or cookie notice, however it ends.
            trailing = trailing or (
                node.kind == "text"
                and not node.table
                and _WEB_NOTICE_RE.match(node.text) is not None
            )
            if not trailing or children[id(node)]:
                break
            if node.parent is not None:
                children[id(node.parent)] -= 1
            node.dropped = True
            self.warnings.append(
                ParseWarning(node.line, "trailing text skipped", _excerpt(node.text))
            )

    def text_opening(self, start: int = 0) -> int:
        """The index of the node a text with no chapeau begins with, a declaration's "We, …,",
        a preambular paragraph, its paragraph 1, the note or letter transmitting it ("The
        Secretary-General has the honour to transmit …", "谨随信转递…") or the heading naming its
        opening section ("Introduction", "导言"), when only headings are above it (from
        ``start``), or its first paragraph of prose, when only Markdown titles (bold lines or
        headings) are above it; 0 otherwise. The Markdown titles above it are its title block,
        as above a chapeau ("# 56/7. The promotion of …" + "The Human Rights Council,", "**Rev.1 –
        17 March 2025**" + "We, the Ministers, …,", "**Draft resolution on …**" + "Recalling
        …,", "**Riyadh IGF Messages**" + "## 导言", "**Modalities of the high-level meeting**"
        + "1. Decides …", "**Note by the Secretary-General**" + "The Secretary-General has the
        honour …", "**Summary**" + "The present report …"), skipped as the plain text's title
        is."""
        for i in range(start, len(self.nodes)):
            node = self.nodes[i]
            if node.kind == "heading":
                if _OPENING_SECTION_RE.match(node.text) is not None:
                    return i
                continue
            if (
                node.kind == "text"
                and node.front
                and (
                    opens_preamble(node.text)
                    or speaks_as_we_at_length(node.text)
                    or _TRANSMITS_A_TEXT_RE.search(node.text) is not None
                )
            ) or (
                node.kind == "operative"
                and id(node) not in self.decimal_ids
                and not any(map(self.heads_paragraph_one, self.nodes[start:i]))
            ):
                return i
            if self.opens_with_prose(start, i):
                return i
            return 0
        return 0

    def opens_with_prose(self, start: int, at: int) -> bool:
        """Whether the node ``at`` is a text's first paragraph of prose with only Markdown titles
        above it (from ``start``): "**Report of the Secretary-General**" + "**Summary**" + "The
        present report …", "# Chair's summary" + "## Opening segment" + "The President …".
        Plain text cannot tell a heading above its first paragraph of prose from a title and
        skips it: so are those lines, but for a caption or a label that is the text's own
        (``heads_paragraph_one``)."""
        node, above = self.nodes[at], self.nodes[start:at]
        return (
            node.kind == "text"
            and node.front
            and not node.bullet
            and not node.table
            and _SENTENCE_END_RE.search(_own_text(node)) is not None
            and all(self.markdown_title(line) for line in above)
            and not any(map(self.heads_paragraph_one, above))
        )

    def later_title_blocks(self, opening: int) -> set[int]:
        """The indexes of the title blocks from where the text began (``opening``) on, of the
        text a note or a letter transmits or a resolution adopts, begun anew below it as in
        plain text: the bold lines right below the Secretary-General's note, down to where the
        report begins ("The Secretary-General has the honour to transmit …" + "**Report of the
        Special Rapporteur …**" + "**Summary**" + "In the present report …"), or right below the
        adopting clause ("在其第八十届会议上通过了…成果文件：" + "**…成果文件**" + "我们，…，"),
        and a letter's annex title and the bold lines below it ("**Annex to the letter dated
        …**" + "**Oslo Declaration …**" + "1. We …", "**…给秘书长的信的附件**")."""
        blocks: set[int] = set()
        for i in range(opening, len(self.nodes)):
            node = self.nodes[i]
            if node.kind == "heading" and _names_a_letters_annex(node.text, marker_view(node.text)):
                blocks.update(range(i, self.text_opening(i)))
            elif (
                node.kind == "text"
                and node.front
                and (
                    _TRANSMITS_A_TEXT_RE.search(node.text) is not None
                    or _adopts_the_text(node.text)
                )
            ):
                blocks.update(range(i + 1, self.text_opening(i + 1)))
        return blocks

    @staticmethod
    def heads_paragraph_one(node: _Node) -> bool:
        """Whether a Markdown line above paragraph 1 or the first paragraph of prose is the
        text's own, no title: a caption whose comma is stray ("**Key messages,**"), or a
        compilation's label set in bold ("**OP3**")."""
        return (
            node.text.endswith((",", "，", "،"))
            or _COMPILATION_NUMBER_RE.match(node.text) is not None
        )

    @staticmethod
    def markdown_title(node: _Node) -> bool:
        """A Markdown line set in bold or as a heading, no numbered heading nor one opening with
        a paragraph's number ("## 1. Scope", which plain text reads as paragraph 1): above the
        chapeau, a draft's date line or title ("**Rev.1 – 17 March 2025**", "# Draft resolution
        on …", "# 56/7. The promotion of …"), the title block, skipped as the same line in
        plain text is, never the whole text's heading."""
        return (
            node.kind == "heading"
            and node.key is None
            and node.label is None
            and not node.plain
            and _NUMBER_RE.match(marker_view(node.text)) is None
        )

    def find_preamble(self, kept: list[_Node]) -> set[int]:
        """Ids of preamble nodes: see the module docstring for the rule."""
        preamble: set[int] = set()
        position = {id(node): i for i, node in enumerate(self.nodes)}
        item_parents = {
            id(node.parent)
            for node in self.nodes
            if node.kind == "subparagraph" and node.parent is not None
        }
        # Where a lead-in's sentence ends: its last item, "敦促会员国：" + … + "(b) 加强合作。".
        last_items: dict[int, str] = {}
        for node in self.nodes:
            holder = node
            while holder.kind == "subparagraph" and holder.parent is not None:
                holder = holder.parent
            if holder is not node:
                last_items[id(holder)] = node.text
        tops: defaultdict[int, list[_Node]] = defaultdict(list)
        for node in self.nodes:
            if node.kind != "subparagraph":
                tops[id(node.scope)].append(node)
        for scope in self.scopes:
            top = tops[id(scope)]
            first = next(
                (i for i, n in enumerate(top) if n.kind == "operative" or _opens_articles(n)),
                None,
            )
            # A decision numbers no paragraph: "大会，" + "回顾…，" + "决定：" + "(a) …". Its
            # lead-in, the items under it, is its operative part, below the chapeau (or a
            # declaration's "We, …,"): what is between is its preamble.
            lead_in = first is None
            if lead_in and self.operative_lead_in in top:
                # An ITU resolution's "resolves", "instructs the Secretary-General": its
                # "recalling", "considering" above it, with their items, are its preamble.
                first = top.index(self.operative_lead_in)
            elif lead_in:
                first = next(
                    (
                        i
                        for i, n in enumerate(top)
                        if n.kind == "text"
                        and id(n) in item_parents
                        and _introduces_list(n.text)
                        and not n.chapeau
                        and not _opens_as_preambular(n.text, ending=last_items.get(id(n)))
                        and not speaks_as_we_at_length(n.text)
                    ),
                    None,
                )
            if first is None:
                first = _unnumbered_operative_paragraph(top)
            if first is None:
                continue
            i = first - 1
            while i >= 0 and top[i].kind == "heading" and not top[i].dropped:
                i -= 1
            # A "Preamble" title right above paragraph 1 ("大会，" + "回顾…，" + "序言" + "1.
            # …"), no paragraph below it, titles none: the preamble is the one above it, as
            # where no title is printed.
            titled = scope.preamble_titled and (
                i < 0 or position[id(top[i])] >= scope.preamble_from
            )
            preamble_from = scope.preamble_from if titled else 0
            while i >= 0 and _is_unnumbered_operative_formula(top[i]):
                i -= 1  # "Adopts the present Recommendation …;": the adopting body's, no preamble
            if _opens_articles(top[first]) and i >= 0 and _introduces_list(top[i].text):
                i -= 1  # "Have agreed as follows:", the formula that introduces the articles
            elif i >= 0 and _closes_a_declarations_preamble(top, i):
                i -= 1  # "Adopt the following outcome document:", a declaration's formula
            elif i >= 0 and _ADOPTS_TEXT_RE.match(top[i].text):
                # "Adopts the following outcome document:" right above its paragraph 1: what is
                # above it is the adopting resolution's, not the text's preamble.
                continue
            run: list[_Node] = []
            # How long the run was where it first went on across a heading.
            before_heading: int | None = None
            while i >= 0 and position[id(top[i])] >= preamble_from:
                if top[i].kind == "heading" and titled and position[id(top[i])] > preamble_from:
                    i -= 1  # "People", "Planet": sub-headings of a titled preamble
                    continue
                if top[i].kind == "heading" and run:
                    resumes = _preambular_paragraph_above(top, i, run[-1])
                    if resumes is not None:
                        if before_heading is None:
                            before_heading = len(run)
                        i = resumes  # "Taking stock", "Internet governance": the preamble goes on
                        continue
                if (
                    top[i].kind != "text"
                    or top[i].dropped
                    or top[i].chapeau
                    or top[i].introduces
                    or top[i].table
                    or _adopts_the_text(top[i].text)
                ):
                    break
                if not _EDITORIAL_NOTE_RE.match(top[i].text):
                    run.append(top[i])
                if speaks_as_we_at_length(top[i].text):
                    break  # a declaration's "We, …" opens it: what is above is its title
                i -= 1
            chapeau = i >= 0 and top[i].chapeau
            if before_heading is not None and not chapeau:
                # Only below the chapeau are the paragraphs above a heading the same preamble:
                # elsewhere the heading ends the run, as any heading does.
                del run[before_heading:]
            if chapeau and titled:
                above = self.preamble_above_chapeau(top[:i], preamble_from, position)
                if above:
                    # The proclamation below the chapeau is no preambular paragraph.
                    preamble.update(id(node) for node in above)
                    continue
            if lead_in and not (chapeau or (run and speaks_as_we_at_length(run[-1].text))):
                continue  # a report's "The Committee recommended:" + its items: no decision
            if not chapeau and not titled and not _run_reads_as_preamble(run):
                # No acting body, no "Preamble" title and nothing worded as a preamble: a
                # report's summary or a letter's paragraphs before its numbered text are none.
                continue
            preamble.update(id(node) for node in _counted_in_compilation(run[::-1]))
        # A compilation's printed "PP1" names a preambular paragraph wherever the rules above
        # find no preamble (a compilation of preambular proposals only, no "OP" below them):
        # its anchor is pp1, as its label is "PP1".
        preamble.update(
            id(node) for node in self.nodes if node.printed_pp is not None and node.kind == "text"
        )
        kept_ids = {id(node) for node in kept}
        return preamble & kept_ids

    @staticmethod
    def preamble_above_chapeau(
        above: list[_Node], titled_from: int, position: dict[int, int]
    ) -> list[_Node]:
        """The paragraphs between a "Preamble" title and the chapeau below them ("Whereas …,"
        + "The General Assembly," + "Proclaims …", the Universal Declaration of Human Rights),
        without the "Now, therefore," that leads into the chapeau."""
        return [
            node
            for node in above
            if position[id(node)] >= titled_from
            and node.kind == "text"
            and not node.dropped
            and not node.table
            and not _EDITORIAL_NOTE_RE.match(node.text)
            and not _LEADS_INTO_CHAPEAU_RE.match(node.text)
        ]


_MARKER_RES = (
    _ARTICLE_RE,
    _CN_ARTICLE_RE,
    _CN_RULE_RE,
    _NUMBER_RE,
    _PAREN_RE,
    _IDEOGRAPH_ITEM_RE,
    _KEYWORD_RE,
    _ANNEX_RE,
    _CN_ANNEX_RE,
    _ROMAN_HEADING_RE,
    _CN_HEADING_RE,
    _LETTER_HEADING_RE,
)


# A list of abbreviations' row: the abbreviation ("GDC", "ICT4D", "ITU-T", "LDCs"), a run of
# spaces (a tab was read as one space), and its expansion, its words one space apart.
_ABBREVIATION_ROW_RE = re.compile(r"^([A-Z][A-Za-z0-9&+/.'-]{0,11}) {2,}(\S+(?: \S+)*)$")
_LEAST_ABBREVIATION_ROWS = 2
# A -layout table's row: cells set apart by a run of three spaces or more.
_LAYOUT_CELLS_RE = re.compile(r"\S {3,}\S")
_ROMAN_NUMERAL_RE = re.compile(r"[IVXLC]+")

# Tables of contents before the body (see ``_Parser.in_contents``).
_CONTENTS_TITLE_RE = re.compile(
    r"^(?:(?:table of )?contents|table des matières|sommaire|índice|содержание|المحتويات|目\s*录)"
    r"(?:\s*\((?:continued|suite|continuación)\))?(?:\s+(?:pages?|页次))?$",
    re.IGNORECASE,
)
_CONTENTS_COLUMNS_RE = re.compile(
    r"^(?:(?:paragraphs?|paragraphes|párrafos|段次|段落)\s+)?(?:pages?|páginas?|страница|页次|页码)$",
    re.IGNORECASE,
)
_CONTENTS_PAGE_STEP = 100
_DOT_LEADERS_END_RE = re.compile(r"(?:\s*[.．·…]){4,}$")
# An entry's page: after its title, or alone on the line below a title with dot leaders.
_CONTENTS_PAGE_RE = re.compile(r"(?:^|\S(?:\s+|\s*[.．·…]{2,}\s*))(\d{1,4})$")
# A table of contents without pages: an entry is a heading's length, and one repeated only in
# part names at least this much of it, more than its number ("II.", "Action 2").
_LONGEST_CONTENTS_ENTRY = 200
_LEAST_CONTENTS_PREFIX = 12
# A web page's truncated entry: "Action 28. We will scale up…".
_TRUNCATION_RE = re.compile(r"\s*(?:…+|\.{3,})$")
# How headings are numbered: an entry numbered so is the sibling of another ("I." of "II.").
_HEADING_NUMBERINGS = (
    _ROMAN_HEADING_RE,
    _CN_HEADING_RE,
    _KEYWORD_RE,
    _ANNEX_RE,
    _CN_ANNEX_RE,
    _LETTER_HEADING_RE,
)


def _keyword_heading(view: str) -> re.Match[str] | None:
    """A numbered keyword heading's number and title ("Action 35.", "Recommendation 1 …")."""
    return _KEYWORD_RE.match(view) or _SPACED_RECOMMENDATION_RE.match(view)


def _spaces_collapsed(text: str) -> str:
    return " ".join(text.split())


def _stands_alone(lines: list[_Line], index: int) -> bool:
    """A line with a blank line (or a Markdown heading's break) above and below it."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (line.after_blank or line.md_level is not None) and (
        below is None or below.after_blank or below.md_level is not None
    )


def _names_a_heading(entry: str, headings: list[str]) -> bool:
    """Whether a table of contents' entry names one of ``headings`` (sorted): the same words,
    or enough of its beginning, cut between words ("II. Science, technology" of "II. Science,
    technology and innovation …", not "Action 2" of "Action 27 …"), an ellipsis marking the cut
    or not. The headings are looked up, not each compared: a list of thousands of entries above
    thousands of headings took seconds."""
    at = bisect.bisect_left(headings, entry)
    if at < len(headings) and headings[at] == entry:
        return True
    stem = _TRUNCATION_RE.sub("", entry)
    if len(stem) < _LEAST_CONTENTS_PREFIX:
        return False
    # The headings that begin with the stem sit together in sorted order, grouped by the
    # character after it; in a group where that character goes on the stem's last word, all do.
    at = bisect.bisect_left(headings, stem)
    while at < len(headings) and headings[at].startswith(stem):
        following = headings[at][len(stem) : len(stem) + 1]
        if not (following and _continues_a_word(stem[-1]) and _continues_a_word(following)):
            return True
        at = bisect.bisect_left(headings, stem + chr(ord(following) + 1), at)
    return False


def _continues_a_word(character: str) -> bool:
    # Ideographs have no spaces between words: any of them may end a cut.
    return character.isalnum() and not is_cjk(character)


def _heading_numbering(view: str) -> tuple[int, str] | None:
    """Which way a heading is numbered (``_HEADING_NUMBERINGS``), a keyword's word with it
    ("Action" and "Goal" are not siblings), or None for a line no heading number opens."""
    for position, pattern in enumerate(_HEADING_NUMBERINGS):
        if (numbered := pattern.match(view)) is not None:
            word = numbered.group(1).casefold() if pattern is _KEYWORD_RE else ""
            return position, word
    return None


# Letters, hyphenated compounds as one word ("multi-stakeholder", "know-how").
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LINE_END_HYPHENATION_RE = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
_LEADING_WORD_RE = re.compile(r"[^\W\d_]+")
# The endings a word takes that tell it is the same word: "document" and "documents".
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "al", "ly")
# How many letters after a line-end hyphen a solid word must share to tell the word's family.
_SHARED_PAST_THE_HYPHEN = 3
# A doubled consonant opens no English, French or Spanish word ("ll" does a Spanish one): below a
# line-end hyphen, the second half of a word broken between the two ("desa-" + "rrollo").
_OPENS_NO_WORD_RE = re.compile(r"([bcdfghjkmnpqrstvwxz])\1")
# Ends of English, French, Spanish and Russian words that are the second half of no hyphenated
# compound, most of them no word of their own: below a line-end hyphen ("applica-" + "tion",
# "regu-" + "lar", "respon-" + "sibilities", "tele-" + "phony", "coope-" + "ración", "раз-" +
# "витие"), a word broken where the line ended. ("ion", "ions", "ness", "ally", "ant", "making",
# "nation" are words, "non-ally", "decision-making" and "nation-building" compounds; "able" and
# "ability" are words too, but close none: "sustain-" + "able", "vulner-" + "abilities".) Whole
# families: the endings printers break UN texts' long words before, never one word's.
_SUFFIX_FRAGMENTS = frozenset(
    [
        # responsibility, possibility, accessibility, capability, sustainability
        "bility",
        "bilities",
        "ibility",
        "ibilities",
        "sibility",
        "sibilities",
        # communication, participation, information, population, recommendation
        "cation",
        "cations",
        "nication",
        "nications",
        "pation",
        "ipation",
        "mation",
        "mations",
        "lation",
        "lations",
        "dation",
        "dations",
        "mendation",
        "mendations",
        "gation",
        "gations",
        "vation",
        "vations",
        # sustainable, probably, accountability, capabilities
        "able",
        "ably",
        "ability",
        "abilities",
        # development, agency, efficiency, technology, strategies, economy, democracy, telephony
        "opment",
        "opments",
        "ency",
        "encies",
        "iency",
        "ciency",
        "ciencies",
        "iencies",
        "ancy",
        "ancies",
        "ology",
        "ologies",
        "nology",
        "nologies",
        "gy",
        "gies",
        "graphy",
        "graphic",
        "phony",
        "nomy",
        "nomic",
        "nomies",
        "cracy",
        "cratic",
        # infrastructure, inclusive, substantially, digital
        "ture",
        "tures",
        "cture",
        "ctures",
        "sive",
        "sively",
        "ially",
        "tially",
        "ually",
        "tion",
        "tions",
        "ation",
        "ations",
        "ition",
        "itions",
        "ution",
        "utions",
        "tation",
        "tations",
        "zation",
        "zations",
        "sation",
        "sations",
        "ization",
        "izations",
        "isation",
        "isations",
        "sion",
        "sions",
        "ssion",
        "ssions",
        "ment",
        "ments",
        "ity",
        "ities",
        "ality",
        "alities",
        "ivity",
        "ivities",
        "ance",
        "ances",
        "ence",
        "ences",
        "ing",
        "ings",
        "ular",
        "lar",
        "ive",
        "ives",
        "tive",
        "tives",
        "ative",
        "atives",
        "ize",
        "izes",
        "ized",
        "izing",
        "ise",
        "ised",
        "ising",
        "ible",
        "ibly",
        "ical",
        "ically",
        "ous",
        "ously",
        "ary",
        "ory",
        "ent",
        "ently",
        "ential",
        "tional",
        "ional",
        # French and Spanish: développement, sécurité, capacités, communauté, Secrétaire,
        # Organisation, évaluer, cooperación, capacidad, sostenibilidad, general, multipartite
        "pement",
        "pements",
        "rité",
        "rités",
        "cité",
        "cités",
        "nauté",
        "nautés",
        "taire",
        "taires",
        "nisation",
        "nisations",
        "luer",
        "luation",
        "luations",
        "ration",
        "rations",
        "ción",
        "ciones",
        "ración",
        "raciones",
        "dad",
        "dades",
        "idad",
        "idades",
        "bilidad",
        "bilidades",
        "mente",
        "neral",
        "nerales",
        "partite",
        "partites",
        # Russian: развитие, сотрудничество, деятельность
        "тие",
        "тия",
        "тию",
        "витие",
        "вития",
        "витию",
        "ние",
        "ния",
        "нию",
        "ство",
        "ства",
        "ству",
        "ничество",
        "ничества",
        "ничеству",
        "ность",
        "ности",
    ]
)


def _opens_a_longer_word(ordered: list[str], start: str) -> bool:
    """Whether a word of ``ordered`` (sorted) is ``start`` and more: the first after it."""
    after = bisect.bisect_right(ordered, start)
    return after < len(ordered) and ordered[after].startswith(start)


def _blank_line_paragraphs(lines: list[_Line], full_width: float) -> bool:
    """Whether the numbered and preambular paragraphs are apart by blank lines, as PDF
    extraction and most plain-text copies print them: then line breaks without a blank line
    are read as wrapping (``_Parser.wraps_onto``, ``_Parser.heading_wraps_onto``). Unnumbered
    prose (a concept note, a chair's summary) numbers too few paragraphs to tell: there the
    paragraphs' ends tell too, a sentence's stop on a line short of the text's width (wrapping
    only breaks full lines), and what the text prints right below them (``_prose_starts``)."""
    starts = _paragraph_starts(lines, full_width)
    return starts is not None and sum(starts) >= 0.8 * len(starts)


def _numbered_starts(lines: list[_Line]) -> list[bool]:
    """For each numbered or preambular paragraph's first line, whether a blank line sets it
    apart."""
    return [
        line.after_blank
        for line in lines[1:]
        if _NUMBER_RE.match(line.view) or opens_preamble(line.text)
    ]


def _paragraph_starts(lines: list[_Line], full_width: float) -> list[bool] | None:
    """For each line that opens a paragraph (``_blank_line_paragraphs``), whether a blank line
    sets it apart; None when too few tell."""
    starts = _numbered_starts(lines)
    if len(starts) < _LEAST_STARTS_FOR_LAYOUT:
        prose = _prose_starts(lines, full_width)
        if not prose:
            return None
        starts += prose
    return starts


def _markdown_blocks(lines: list[_Line], full_width: float, wrap_width: float) -> bool:
    """Whether a Markdown text sets its paragraphs apart by blank lines, as CommonMark does and
    pandoc writes it (wrapping at 72 columns): where its paragraphs tell so
    (``_blank_line_paragraphs``), or, where too few tell, when its lines go on in their blocks
    (no blank line between) at least as often mid-sentence as after a sentence's stop, each
    line as wide as the text's wrapped lines: a copy with a paragraph a line and no blank lines
    ends nearly every such line at a stop."""
    starts = _paragraph_starts(lines, full_width)
    if starts is not None:
        return sum(starts) >= 0.8 * len(starts)
    if not all(_numbered_starts(lines)):
        return False
    running = finished = 0
    for above, line in pairwise(lines):
        if (
            line.after_blank
            or above.hard_break
            or above.width < wrap_width
            or _tells_nothing(above, line)
        ):
            continue
        if _SENTENCE_END_RE.search(above.text[-_TAIL:]) is not None:
            finished += 1
        elif above.text[-1:].isalnum():
            running += 1
    return running > 0 and running >= finished


def _wraps_mid_sentence(lines: list[_Line], full_width: float) -> bool:
    """Whether a text printed without blank lines between its paragraphs wraps them at its
    width: at least two of its full lines stop mid-sentence with the sentence going on right
    below ("…决定在联合国内设立人工智能问题" + "独立国际科学小组…"), and no fewer than those
    that end a sentence, a clause or an item there. A copy printing each paragraph on a line of
    its own has full lines only where its longest paragraphs end, each finished. Page
    furniture, notes, Markdown headings, table rows and list bullets tell nothing."""
    wrapped = finished = 0
    for above, line in _telling_line_pairs(lines):
        if above.width < full_width or line.after_blank:
            continue
        if ends_open(above.text, comma_closes=True):
            wrapped += 1
        else:
            finished += 1
    return wrapped >= _LEAST_MID_SENTENCE_WRAPS and wrapped >= finished


def _prose_starts(lines: list[_Line], full_width: float) -> list[bool]:
    """For each line of text right below a paragraph's last line, whether a blank line sets it
    apart: a line ending a sentence short of the text's width ends its paragraph, as wrapping
    only breaks full lines ("…信息社会的努力。" + a blank line + "会议将包括…"). Page furniture,
    notes, Markdown headings, table rows and list bullets tell nothing: a bullet goes right
    below its lead-in, a note below the page's separator."""
    starts: list[bool] = []
    for above, line in _telling_line_pairs(lines):
        if (
            above.width >= full_width
            or _SENTENCE_END_RE.search(above.text[-_TAIL:]) is None
            # A Markdown hard break ("…took part.\\") ends a line, not the paragraph.
            or above.hard_break
        ):
            continue
        starts.append(line.after_blank)
    return starts


def _telling_line_pairs(lines: list[_Line]) -> Iterator[tuple[_Line, _Line]]:
    """Each line of text with the line above it, where the pair can tell how the text sets its
    paragraphs apart: not among the notes below a page's separator, nor one that tells nothing
    (``_tells_nothing``)."""
    in_notes = False
    for above, line in pairwise(lines):
        if above.after_blank:
            in_notes = False
        if above.text[:1] in _SEPARATOR_STARTS and is_separator(above.text):
            in_notes = True
        if not in_notes and not _tells_nothing(above, line):
            yield above, line


def _tells_nothing(above: _Line, line: _Line) -> bool:
    """Whether a line pair tells nothing of how a text sets its paragraphs apart: the line a
    page's first or a list's bullet, either of them a Markdown heading, a table row, a note or
    page furniture."""
    return (
        line.page_top
        or line.bullet
        or any(
            piece.md_level is not None
            or piece.table_row
            or piece.sup_footnote is not None
            or _is_page_furniture(piece)
            for piece in (above, line)
        )
    )


_NESTED_QUOTATIONS = {"“": "”", "«": "»", "「": "」", "『": "』"}
_QUOTE_CLOSERS = frozenset('"”»」』')


def _quotation_closes_at(quoted: str) -> int | None:
    """Where a quotation opened right before ``quoted`` closes, quotations nested in it
    ("…欢迎“数字公共产品”倡议。") passed over; None if it does not."""
    depth = 1
    for position, char in enumerate(quoted):
        if char in _NESTED_QUOTATIONS:
            depth += 1
        elif char in _QUOTE_CLOSERS:
            depth -= 1
            if depth == 0:
                return position
    return None


_PAIRED_MARKS = (
    ("“", "”"),
    ("《", "》"),
    ("「", "」"),
    ("『", "』"),
    ("（", "）"),
    ("(", ")"),
    ("[", "]"),
)


def _leaves_a_pair_open(text: str) -> bool:
    """Whether the text opens a quotation or a bracket it does not close ("…题为《变革我们的世
    界：2030年可持续发"): a sentence wrapped inside it, never a title's end."""
    return any(text.count(opener) > text.count(closer) for opener, closer in _PAIRED_MARKS)


def _may_end_as_a_heading(text: str) -> bool:
    """Whether an unpunctuated line set apart may be a heading whole, going on into nothing
    below it: not stopped at a comma or a word no title ends with ("…the report of the") or
    inside a quotation or bracket it opened ("…题为《变革我们的世界：2030年可持续发"), nor
    opening like a preambular paragraph (one that lost its comma)."""
    return (
        text[-1] not in _NO_TITLE_ENDS
        and _UNFINISHED_TITLE_RE.search(text) is None
        and not _leaves_a_pair_open(text)
        and not opens_preamble(text)
    )


def _leaves_a_quotation_open(text: str) -> bool:
    """Whether the text opens a quotation it does not close: a curly or corner mark without its
    closing one, or an odd number of straight ones."""
    return text.count('"') % 2 == 1 or any(
        text.count(opener) > text.count(closer) for opener, closer in _NESTED_QUOTATIONS.items()
    )


def _insertion_suffix(printed: str) -> str:
    """An insertion as anchors spell it: "Bis" -> "bis", "之二", "-бис", "مكرراً" -> "bis",
    "alt. 2" -> "alt2", "bis alt" -> "bisalt", "备选" -> "alt"."""
    printed = _CHINESE_ALTERNATIVE_RE.sub("alt", printed.lower())
    alternative = printed.find("alt")
    inserted, printed = (
        (printed[:alternative].strip(), printed[alternative:])
        if alternative >= 0
        else (printed, "")
    )
    inserted = inserted.lstrip("-").replace(ARABIC_TANWIN, "")
    return _TRANSLATED_INSERTIONS.get(inserted, inserted) + "".join(
        ch for ch in printed if ch.isalnum()
    )


def _year_goes_on(sentence: str, below: _Line) -> bool:
    """Whether a line opening with a year, right below, goes on with the sentence stopped at the
    word before it ("…adopted by the World Summit in" + "2015. It also recalls …"), however
    short that sentence's last line: no paragraph is numbered 2015."""
    return (
        not below.after_blank
        and not below.table_row
        and _YEAR_OPENING_RE.match(below.view) is not None
        and _AWAITS_A_YEAR_RE.search(sentence[-_TAIL:]) is not None
    )


def _completes_resolution_number(sentence: str | None, view: str) -> bool:
    """Whether a line opening with "(III)" completes the resolution number the sentence above
    stopped at ("…adopted in resolution 217 A" + "(III) of 10 December 1948"), rather than
    starting item (iii)."""
    return (
        sentence is not None
        and _RESOLUTION_PART_END_RE.search(sentence[-_TAIL:]) is not None
        and _RESOLUTION_SESSION_RE.match(view) is not None
    )


def _at_page_top(lines: list[_Line], header: int) -> bool:
    """Whether the symbol at ``header`` heads a page: the document's first lines, or page
    furniture (the page before's number or job number, the page's own) just above or below it.
    A symbol in the text's own lines ("Report of …" + "E/CN.5/2025/2" in a list of documents)
    is not, and neither is the title above it."""
    if header < 2:
        return True
    nearby = lines[max(0, header - 3) : header] + lines[header + 1 : header + 3]
    return any(_is_junk_line(line) and not names_a_document(line.text) for line in nearby)


# Words a title's line does not end with: it goes on below ("Terms of reference of the" +
# "Panel", "小组的" + "职权范围").
_TITLE_LEFT_OPEN_RE = re.compile(
    r"(?:\b(?:of|and|the|for|on|in|to|a|an|with|by|at)|[的和与及之并或])$", re.IGNORECASE
)


def _title_left_open(above: str, below: str) -> bool:
    """Whether a title's line leaves it open: ending with a word that links to more, or with the
    line below going on in lower case."""
    return _TITLE_LEFT_OPEN_RE.search(above.rstrip()) is not None or starts_as_continuation(below)


def _closes_a_quotation(text: str) -> bool:
    """Whether the line ends a quoted sentence: its stop, then a closing quotation mark."""
    return text.rstrip()[-1:] in _QUOTE_CLOSERS


def _compact(text: str) -> str:
    """The text without its spaces: a title compared however its lines were joined."""
    return "".join(text.split())


def _joined(*pieces: _Line | str | None) -> str:
    return " ".join(
        piece.text if isinstance(piece, _Line) else piece for piece in pieces if piece is not None
    )


def _reference_alone(above: _Line, line: _Line, below: _Line) -> int | None:
    """The number of a note's reference that pdftotext printed alone on its line, the sentence
    going on right below it ("Reaffirming the Universal Declaration of Human Rights" + "1" +
    "and relevant …", "重申《世界人权宣言》" + "1" + "以及…"); a page's number is set apart by a
    blank line or opens a page."""
    alone = _NUMBER_ALONE_RE.match(line.view)
    if (
        alone is None
        or line.after_blank
        or below.after_blank
        or line.page_top
        or below.page_top
        or _is_page_furniture(above)
        or not ends_open(above.text, comma_closes=False)
        or not (starts_as_continuation(below.text) or is_cjk(below.text[0]))
    ):
        return None
    return int(alone.group(1))


def _is_page_furniture(line: _Line) -> bool:
    """Running headers, page numbers, job numbers: never text, and the mark of a page break.
    (A table row or a note line is read as such first: "| 2025 |" is a cell.)"""
    return (
        not line.table_row
        and not line.bullet  # "- A/HRC/58/41": a list's entry, its symbol no running header
        and line.sup_footnote is None
        and (line.running_title or _is_junk_line(line))
    )


# A heading opens two pages by chance ("Follow-up and review" atop the body's page and the
# annex's), hardly three.
_LEAST_PAGES_A_HEADING_OPENS = 3


def _could_be_draft_header(line: _Line) -> bool:
    """A line of a draft's header without a symbol (``_Parser.mark_draft_headers``): no
    marker, chapeau, Markdown heading or table row, and no line a comma, semicolon or colon
    ends, as a preambular paragraph, an item or a list's lead-in does (a full stop may end it,
    "…until 6 March 2025, 6 p.m.")."""
    text = line.text.rstrip()
    return (
        bool(text)
        and line.md_level is None
        and not line.table_row
        and text[-1] not in ",;:，；：、"
        and not _opens_with_a_marker(line.view)
        and not is_chapeau(text)
    )


def _is_junk_line(line: _Line) -> bool:
    """``is_junk`` of a line that is no Markdown heading, asked once per line: the look-aheads
    and the running-title pass ask again."""
    if line.junk is None:
        line.junk = line.md_level is None and is_junk(line.text)
    return line.junk


def _note_number_or_mark(printed: str) -> int | str:
    return int(printed) if printed.isdigit() else printed.replace("\\", "")


def _dotted(numbers: tuple[int, ...]) -> str:
    """A decimal number as printed, "1.10" for (1, 10)."""
    return ".".join(map(str, numbers))


def _decimal_numbers(decimal: re.Match[str]) -> tuple[int, ...]:
    return tuple(int(part) for part in decimal.group(1).split("."))


def _sub_heading_level(level: int | None) -> int:
    """The level of a section's sub-heading (lettered, "A.", or numbered in it, "III.1"): in
    plain text the one below sections; in Markdown its heading's, but for a bold line, which has
    no level of its own, so that it sits under the bold section heading above it."""
    if level is None:
        return _LETTER_LEVEL
    return level + 1 if level == _BOLD_LEVEL else level


def _names_a_text(title: str) -> bool:
    """A heading naming a text, alone ("Draft decision I", "决定草案") or with its title
    ("Draft decision I Report of …", "决定草案一委员会…的报告")."""
    return (
        _NAMES_A_TEXT_RE.match(title) is not None
        or _NAMES_A_TEXT_WITH_TITLE_RE.match(title) is not None
    )


def _chapter_match(view: str) -> re.Match[str] | None:
    """A chapter's or part's heading, its number in group 1 and its title from group 2."""
    return _CHAPTER_RE.match(view) or _ORDINAL_PART_RE.match(view) or _CN_CHAPTER_RE.match(view)


def _chapter_number(token: str) -> int | None:
    """A chapter's, part's or section's number as printed: "2", "II", "Two", "premier", "二"."""
    if token.isdigit():
        return int(token)
    if token.lower() in _ENGLISH_NUMBER_WORDS:
        return _ENGLISH_NUMBER_WORDS.index(token.lower()) + 1
    if token.lower() in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[token.lower()]
    return roman_value(token) or chinese_value(token)


def _section_numeral_value(numeral: str) -> int | None:
    """The value of a sub-section's section number: roman ("III.1") or Chinese ("三.1")."""
    return chinese_value(numeral) if numeral[0] in _CN else roman_value(numeral)


def _is_sub_section_title(text: str) -> bool:
    """UNESCO's "III.1 VALUES", "III.2 PRINCIPLES": a few words, no sentence. A paragraph
    numbered the same way ("II.1 The proposed regular budget resources … amount to") is wider
    or ends as sentences do."""
    title = text.rstrip()
    return (
        bool(title)
        and display_width(title) <= _MAX_SUB_SECTION_TITLE_WIDTH
        and title[-1] not in ".;:,。；：，"
    )


def _is_numbered_title(text: str) -> bool:
    """A numbered paragraph that is a title of a few words, no punctuation ("15. E-government"
    above "a) Implement …" in the WSIS Plan of Action): its first item follows, no wrap."""
    # Never narrower than its length: a long paragraph is ruled out before it is measured.
    return (
        len(text) <= _MAX_NUMBERED_TITLE_WIDTH
        and not any(mark in text for mark in ",.;:，。；：、")
        and display_width(text) <= _MAX_NUMBERED_TITLE_WIDTH
    )


_ROMAN_LETTERS = frozenset("IVX")
# The operative clause that adopts the text below it: "Adopts the following declaration:",
# "通过以下《未来契约》：". Never a preambular paragraph of that text.
_ADOPTS_TEXT_RE = re.compile(
    r"^(?:Adopts|Approves|Endorses|Adopte|Aprueba|Принимает|通过|核可|赞同)\b.*[:：]$|^通过.*[:：]$"
)
# The adopting resolution's verb, anywhere in its clause ("At its eightieth session, adopted …").
_ADOPTED_RE = re.compile(r"\b(?:adopted|adopts)\b|通过了?(?:以下|下列|关于)")
# A line's number in the margin, then at least two spaces or a tab before the text (a paragraph's
# own number is followed by its full stop), or nothing: a blank line numbered.
_MARGIN_NUMBER_RE = re.compile(r"^\s*(\d{1,4})(?:(?:\s{2,}|\t)\s*(\S.*)|\s*)$")
_LEAST_NUMBERED_LINES = 10
_LINES_SAMPLED = 200  # the lines that must open with numbers before every line is asked
_NUMBERED_LINES_SHARE = 0.6
# "Now, therefore," / "因此现在，": what leads from a preamble into the chapeau below it (the
# Universal Declaration of Human Rights), no preambular paragraph.
_LEADS_INTO_CHAPEAU_RE = re.compile(r"^(?:Now,?\s+therefore|因此现在)\s*[,，]?$", re.IGNORECASE)
# A note's opening, its name and colon: "Co-facilitators' note:", "Note by the Secretariat:",
# "共同主持人的说明：", "秘书处的说明：".
# A title block's byline: "Prepared by the co-facilitators, …", "Submitted by the Chair",
# "由共同协调人……编写"; and how a whole one ends: a name's bracket ("(Thailand)") or the verb.
_BYLINE_RE = re.compile(
    r"^(?:(?:Prepared|Submitted|Compiled|Drafted|Presented|Circulated) by\s|由\S.{0,150}"
    r"(?:编写|编制|编拟|拟订|起草|提交|汇编)$)"
)
# Characters a Chinese line opens with only to go on with the sentence above ("…编写" + "的本审查").
_CHINESE_CONTINUATIONS = frozenset("的之地得")
# Those, and the conjunctions and particles that join what comes before them, after a label
# ("之" is not among them there: "PP2 之二" is a label, "bis").
_CHINESE_NON_OPENING_WORDS = (_CHINESE_CONTINUATIONS - {"之"}) | frozenset("所和及与或等")
_BYLINE_END_RE = re.compile(r"(?:[)）]|编写|编制|编拟|拟订|起草|提交|汇编)$")
_NOTE_OPENING_RE = re.compile(
    r"^(?:[\w’'.\- ]{0,40}\bnote(?:\s+by\b[^:]{0,60})?|[\u4e00-\u9fff]{0,12}(?:说明|附注))\s*[:：]",
    re.IGNORECASE,
)
# A negotiators' note among the paragraphs, bracketed whole: "[Co-facilitators' note: PP3 and PP4
# are under negotiation.]", "[Note: …]", "[注：…]", "[共同主持人的说明：…]". Never a preambular
# paragraph of the text.
_EDITORIAL_NOTE_RE = re.compile(
    r"^[\[［]\s*(?:[\w’'.\- ]{0,40}\bnote|注|[\u4e00-\u9fff]{0,12}(?:说明|附注))\s*[:：]",
    re.IGNORECASE,
)


def _opens_a_negotiators_note(text: str) -> bool:
    """ "Co-facilitators' note: …", "共同主持人的说明：…", or bracketed whole, "[Co-facilitators'
    note: …]"."""
    return _NOTE_OPENING_RE.match(text) is not None or _EDITORIAL_NOTE_RE.match(text) is not None


def _is_a_negotiators_note(text: str) -> bool:
    """Such a note, not the editorial one handing on the text ("Note: The present document is
    being issued without formal editing.")."""
    return _opens_a_negotiators_note(text) and _TRANSMITS_A_TEXT_RE.search(text) is None


# A note that hands on the text below it, no part of it: the Secretary-General's "…has the honour
# to transmit to the General Assembly the report of …", "秘书长谨向大会转递…的报告。", and the
# editorial "The present document is being issued without formal editing." / "本文件未经正式编辑".
_TRANSMITS_A_TEXT_RE = re.compile(
    r"\bha(?:s|ve)\s+the\s+honou?r\s+to\s+(?:transmit|forward)\b|谨[^。，；]{0,40}?转递"
    r"|\bissued\s+without\s+formal\s+editing\b|未经正式编辑",
    re.IGNORECASE,
)
# What every web page's menu and footer list, never a text's list entry: its social media, its
# contact, legal and help pages ("- Facebook", "- Privacy notice", "- Terms of use", "- 联系我们").
_WEB_FURNITURE_RE = re.compile(
    r"^(?:Facebook|Instagram|YouTube|LinkedIn|Flickr|TikTok|WhatsApp|Twitter|X\s*\(Twitter\)"
    r"|E-?mail|Print|Share|Contact(?:\s+us)?|Copyright|FAQs?|Fraud\s+alert|Site\s*map|Site\s+index"
    r"|Accessibility|Privacy(?:\s+(?:notice|policy))?|Terms\s+of\s+(?:use|service)|Home|Careers"
    r"|About(?:\s+us)?|Footer(?:\s+menu)?|Main\s+menu|Cookies?(?:\s+(?:policy|settings))?"
    r"|联系我们|隐私(?:通知|政策)|使用条款|版权|常见问题|欺诈警告|网站地图)$",
    re.IGNORECASE,
)
# What a web page prints below every text, whatever it ends with: the UN press office's
# disclaimer ("For information media. Not an official record.") and a cookie notice ("We use
# cookies to improve your experience…", "This site uses cookies.").
_WEB_NOTICE_RE = re.compile(
    r"^(?:For\s+information\s+media\W+Not\s+an\s+official\s+record\b"
    r"|(?:We|This\s+(?:web\s*)?site)\s+uses?\s+cookies\b)",
    re.IGNORECASE,
)
# A signature's lines: the name, and the signer's title and body below it ("Chair", "Permanent
# Representative" + "of Kenya to the United Nations") or, in Chinese, above it.
_SIGNATURE_LINES = 3
# A letter's signature: "(Signed) Maria Fernanda Espinosa", "傅聪（签名）".
_SIGNATURE_RE = re.compile(r"^\(Signed\)\s|^[（(]签名[）)]|[（(]签名[）)]$", re.IGNORECASE)
# A cover letter (``_mark_cover_letter``): its salutation near the top, its complimentary close.
_SALUTATION_RE = re.compile(
    r"^(?:(?:Your\s+)?Excellenc(?:y|ies)(?:\s*,\s*(?:dear\s+)?colleagues)?"
    r"|Dear\s+(?:colleagues?|Excellencies|Sir\s+or\s+Madam|Sir|Madam)|各位?阁下|阁下)\s*[,，:：]?$",
    re.IGNORECASE,
)
_COMPLIMENTARY_CLOSE_RE = re.compile(
    r"assurances\s+of\s+(?:my|our)\s+highest\s+consideration|^Yours\s+(?:sincerely|faithfully)"
    r"|^(?:With\s+(?:my|our)\s+(?:best|kind(?:est)?|warm(?:est)?)\s+regards|Sincerely)\s*,?$"
    r"|最?崇高的?敬意",
    re.IGNORECASE,
)
_COVER_LETTER_OPENING_LINES = 40
_LONGEST_SIGNATURE_LINE = 60
# Matched at a title's start, and the Chinese one at its end only: searched over the whole of
# a growing paragraph, at each of its lines, the pattern made a long list quadratic.
_LETTER_TITLE_RE = re.compile(
    r"(?:(?:Identical\s+)?letters?|Note\s+verbale)\s+dated\b.*\baddressed\s+to\b",
    re.IGNORECASE,
)
_CHINESE_LETTER_TITLE_END_RE = re.compile(r"(?:的信|的同文信|的普通照会)$")


def _titles_a_letter(text: str) -> bool:
    """Whether a paragraph is a letter's title: "Letter dated … addressed to the
    Secretary-General", "…致秘书长的信"."""
    return (
        _LETTER_TITLE_RE.match(text) is not None
        or _CHINESE_LETTER_TITLE_END_RE.search(text[-_TAIL:]) is not None
    )


_SEPARATOR_STARTS = frozenset("_-—–=~·•*")  # what ``is_separator`` lines are made of
_VOTE_RECORD_OPENING_RE = re.compile(
    r"^[\[［](?:Adopted\s+by\s+a\s+recorded\s+vote|Adoptée?\s+à\s+l['’]issue\s+d['’]un\s+vote"
    r"|Aprobad[ao]\s+en\s+votación|以\s*\d+\s*票)",
    re.IGNORECASE,
)
_LONGEST_VOTE_RECORD = 80  # lines: every Member State named, a few to a line
_GOAL_KEY_RE = re.compile(r"(?:^|/)objective-\d+$")
# A WSIS action line: "C1. The role of public governance authorities …", "C7. 信通技术应用".
_ACTION_LINE_RE = re.compile(r"^C(\d{1,2})\.\s*(\S.*)$")
# The words a sentence leads into its list with, before the colon ending it ("…as follows:",
# "…the following themes:", "…包括：", "…如下："): no title's.
_LEADS_INTO_A_LIST_RE = re.compile(
    r"(?:\bfollow(?:s|ing)\b|\binclud(?:e|es|ing)\b|\bbelow\b|如下|以下|下列|包括)[^:：]{0,40}[:：]$",
    re.IGNORECASE,
)
# A WSIS action line as an outcome document titles it, "Action line C1. The role of public
# governance authorities …" / "行动方针C1. 政府主管部门…", or its name alone on the line.
_ACTION_LINE_TITLE_RE = re.compile(
    r"^(?:Action [Ll]ine|ACTION LINE|行动方针)\s*C\d{1,2}(?:\s*[.:：．]|\s*[–—-]\s|\s*$)"
)
# The anchor of an annex's or appendix's heading: "annex-2", "annex-1/appendix-1".
_PART_KEY_RE = re.compile(r"(?:^|/)(?:annex|appendix|enclosure)-\d+$")


def _part_label(title: str, heading: re.Match[str]) -> str:
    """ "Annex I", an annex's or appendix's label, without the separator or a note's asterisk
    ("Annex I:", "Annex I –", "附件一："); ``heading`` its match on the line's view. Cut from
    the title, which the view may hold as a shorter numeral ("المرفق الأول")."""
    return title[: heading.start(3)].rstrip().rstrip(".:：、–—-").rstrip().rstrip("*").rstrip()


def _heading_number(token: str | None, count: int) -> int:
    """An annex's or appendix's number: "II", "2", "二", "B", or the next one when it has none."""
    if not token:
        return count + 1
    if token.isdigit():
        return int(token)
    if len(token) == 1 and "A" <= token <= "Z" and token not in _ROMAN_LETTERS:
        # "Annex C" is the third, not the hundredth: single letters count as letters,
        # but I, V and X, which annexes number in roman numerals.
        return letter_index(token) or count + 1
    return roman_value(token) or chinese_value(token) or count + 1


def _closes_on_next_line(text: str) -> bool:
    """Whether the text stops inside a parenthesis it opened near its end, as a reference wrapped
    after its abbreviation does ("…adopted draft resolution A/C.2/79/L.15 (see para.")."""
    opened = text.rfind("(")
    return opened > text.rfind(")") and len(text) - opened <= _REFERENCE_IN_PARENTHESES_WIDTH


def _completes_an_ordinal(sentence: str | None) -> bool:
    """Whether the sentence above stopped at a Chinese ordinal ("…该决议第" + "3、第 4 段",
    "…报告第" + "一、二节", "…本决议第 1" + "(b) 段"): whatever the next line opens with
    completes it, no marker."""
    return sentence is not None and _ORDINAL_END_RE.search(sentence[-_TAIL:]) is not None


_PART_CITED_STOPS = (".", ";", ",", "。", "；", "，")


def _part_cited_at_a_sentence_end(line: _Line) -> bool:
    """Whether a line, right below the one above, is an annex or appendix alone and its
    sentence's stop ("…including its" + "Annex.", "…set out in" + "Appendix I.", "…按照" +
    "附件一。"): the end of a wrapped sentence, as no heading ends. A bare "Annex", "附件" or
    "Appendix III" heads the part whose title follows."""
    view = line.view.rstrip()
    if line.after_blank or not view.endswith(_PART_CITED_STOPS):
        return False
    cited = view[:-1].rstrip()
    part = (
        _ANNEX_RE.match(cited)
        or _APPENDIX_RE.match(cited)
        or _CN_ANNEX_RE.match(cited)
        or _CN_APPENDIX_RE.match(cited)
    )
    return part is not None and not part.group(3)


def _goes_on_at_a_wrap(view: str) -> bool:
    """Whether a line opens with what a wrapped sentence goes on with, though it reads as a
    marker at a line's start (see ``_Parser.goes_on_at_a_wrap``): a number with its "、", or an
    annex, an appendix or a section going on in lower case, or in Chinese with a word that goes
    on with a sentence or a comma, as no heading's title does ("Annex I to resolution 60/252",
    "Appendix 1 of the report", "II.B of the annex", "附录 1 所载…", "附录 1，以及…", "二.B
    节")."""
    first = view[:1]
    if first.isdigit():
        return _ENUMERATED_NUMBER_RE.match(view) is not None
    if first not in _CITED_PART_FIRSTS:
        return False
    if first == "附":
        return _CN_PART_CITED_RE.match(view) is not None
    part = _ANNEX_RE.match(view) or _APPENDIX_RE.match(view)
    if part is not None:
        return part.group(3)[:1].islower()
    return _SECTION_CITED_RE.match(view) is not None


def _cites_a_section(sentence: str, line: _Line) -> bool:
    """Whether a line opening like a section's heading cites that section in the sentence the
    line above stops: below the word citing it ("…taking into account section" + "II. A of his
    report and the"), or by its Chinese word ("…其报告" + "二、A 节以及…")."""
    if _CN_SECTION_CITED_RE.match(line.view) is not None:
        return True
    return (
        _SECTION_CITED_BELOW_ITS_WORD_RE.match(line.view) is not None
        and _SECTION_WORD_END_RE.search(sentence[-_TAIL:]) is not None
    )


def _chinese_article(view: str) -> re.Match[str] | None:
    """ "第三条" or a rule of procedure "规则 3": the number, then the title if any."""
    return _CN_ARTICLE_RE.match(view) or _CN_RULE_RE.match(view)


def _numbered_before_a_figure(line: _Line) -> re.Match[str] | None:
    """A number and its full-width stop glued to a figure, "3．2024年…"."""
    numbered = _FULLWIDTH_STOP_NUMBER_RE.match(line.view)
    if numbered is None or line.text[numbered.start(2) - 1] != "．":
        return None
    return numbered


def _is_a_chapeau(words: str) -> bool:
    """Whether the words before a colon are a sentence's ("We decide to", "我们决定"), not a
    list's label ("Targets", "目标")."""
    if words.isascii():
        return len(words.split()) > 1
    return len(words.strip()) >= _CHINESE_CHAPEAU_LENGTH


def _opens_with_a_marker(view: str) -> bool:
    if (paren := _PAREN_RE.match(view)) and _CITED_MARKER_RE.match(view, paren.start(2)):
        # "(a)项和(b)项，…", "(a) and (b) thereof": a citation a wrapped sentence goes on with.
        return False
    return any(pattern.match(view) for pattern in _MARKER_RES)


def _opens_block(line: str) -> bool:
    """A raw Markdown line that starts a block, a paragraph, an item or a numbered heading."""
    if _MD_HEADING_RE.match(line) or _MD_BULLET_RE.match(line) or _MD_QUOTE_RE.match(line):
        return True
    if is_separator(line) or _SUP_LINE_RE.match(line):
        return True
    view = marker_view(line)
    return _opens_with_a_marker(view)


def _without_line_numbers(content: str) -> str:
    """A draft printed with its lines numbered in the margin (" 5   1. Digital technologies …",
    blank lines numbered too), as negotiators cite them, without those numbers: most of its
    lines open with one, going up by one from line to line."""
    raw_lines = content.split("\n")
    opening = [line.lstrip()[:1] for line in raw_lines[:_LINES_SAMPLED] if line.strip()]
    if sum(1 for first in opening if first.isdigit()) < _NUMBERED_LINES_SHARE * len(opening):
        return content
    numbered = [_MARGIN_NUMBER_RE.match(line) for line in raw_lines]
    numbers = [int(match.group(1)) for match in numbered if match is not None]
    filled = sum(1 for line in raw_lines if line.strip())
    if len(numbers) < _LEAST_NUMBERED_LINES or len(numbers) < _NUMBERED_LINES_SHARE * filled:
        return content
    steps = sum(1 for before, after in pairwise(numbers) if after == before + 1)
    if steps < _NUMBERED_LINES_SHARE * (len(numbers) - 1):
        return content
    return "\n".join(
        line if match is None else match.group(2) or ""
        for line, match in zip(raw_lines, numbered, strict=True)
    )


def _mark_cover_letter(lines: list[_Line]) -> list[_Line]:
    """The co-facilitators' letter that circulates a draft ("Excellency," … "Please accept,
    Excellency, the assurances of our highest consideration." and the signatures below it),
    above the draft itself: not the text under consultation, and its own "1." and "2." would
    push the draft's numbering into a part of its own. Marked as page furniture, and so is a
    letter right below it (the President's letter transmitting the co-facilitators'); their
    lines are returned, from the first salutation. A letter with no draft above or below it (the
    co-facilitators' letter imported alone, a few unnumbered lines at most above its salutation,
    only signatures and addressees below its close) is the text itself: only its letterhead,
    salutation, close and what is below it are furniture."""
    marked: list[_Line] = []
    start = 0
    while (end := _cover_letter_end(lines, start)) is not None:
        salutation, start = end
        if (
            not marked
            and _is_letter_furniture(lines[:salutation])
            and _is_letter_furniture(lines[start:])
            and all(_is_below_signatures(line) for line in lines[start:])
        ):
            closing = next(
                index
                for index in range(start - 1, salutation, -1)
                if _COMPLIMENTARY_CLOSE_RE.search(lines[index].text)
            )
            for line in lines[:salutation] + lines[start:]:
                line.junk = True
            for line in lines[salutation + 1 : closing]:
                line.junk = None
            return []
        marked.extend(lines[salutation:start])
    return marked


# Above a letter's salutation and below its close, what no draft is: a letterhead and a date;
# signatures set side by side, too wide to be read as such, and an addressee line ("To all
# Permanent Representatives …", "致：全体常驻联合国代表团…"); no numbered line among them.
_MOST_LETTER_FURNITURE_LINES = 4


def _is_letter_furniture(lines: list[_Line]) -> bool:
    return len(lines) <= _MOST_LETTER_FURNITURE_LINES and not any(
        _opens_with_a_marker(line.view) for line in lines
    )


# Below a letter imported alone, only its addressees: a line of text there, "Draft decision",
# "The General Assembly decides to postpone the review.", is a short draft the letter covers.
_ADDRESSEE_RE = re.compile(
    r"^(?:To\s*:?\s+)?(?:All\s+)?Permanent\s+(?:Representatives|Observers|Missions)\b"
    r"|^致\s*[:：]|^全体常驻",
    re.IGNORECASE,
)


def _is_below_signatures(line: _Line) -> bool:
    """An addressee line, or signatures set side by side: "(Signed)" or too wide for the
    signature block, ending no sentence."""
    return bool(_ADDRESSEE_RE.match(line.text) or _SIGNATURE_RE.search(line.text)) or (
        line.width > _LONGEST_SIGNATURE_LINE and ends_open(line.text, comma_closes=True)
    )


def _cover_letter_end(lines: list[_Line], start: int) -> tuple[int, int] | None:
    """(salutation, end) of a cover letter opening within a few lines of ``start``, marked."""
    salutation = next(
        (
            index
            for index in range(start, min(start + _COVER_LETTER_OPENING_LINES, len(lines)))
            if _SALUTATION_RE.match(lines[index].text)
        ),
        None,
    )
    if salutation is None:
        return None
    closing = next(
        (
            index
            for index in range(salutation + 1, len(lines))
            if _COMPLIMENTARY_CLOSE_RE.search(lines[index].text)
        ),
        None,
    )
    if closing is None:
        return None
    end = closing + 1
    # The signatures: the block of short unpunctuated lines right below the close.
    while (
        end < len(lines)
        and (end == closing + 1 or not lines[end].after_blank)
        and lines[end].width <= _LONGEST_SIGNATURE_LINE
        and ends_open(lines[end].text, comma_closes=True)
        and not _opens_with_a_marker(lines[end].view)
    ):
        end += 1
    for line in lines[salutation:end]:
        line.junk = True
    return salutation, end


# A figure alone on its line: a table's cell as plain pdftotext prints a table, one cell a line.
_FIGURE_RE = re.compile(r"^\s*[-−–]?\d[\d ,.]{0,11}%?\s*$")
_FEWEST_CELLS = 3
_LARGEST_NOTE_NUMBER = 999


def _mark_table_columns(lines: list[_Line]) -> None:
    """Figures one a line, three or more in a row (the columns of a table plain pdftotext
    prints cell by cell: "2024" + "312" + "204"), are text, not page numbers: a page number
    stands alone. A run counting up by one from a small number (1, 2, 3) stays what it was, a
    stack of note numbers or a ranking's (its rows are kept either way)."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _FIGURE_RE.match(lines[end].text):
            end += 1
        if end - index >= _FEWEST_CELLS and not _counts_up_from_a_note(lines[index:end]):
            for line in lines[index:end]:
                line.junk = False
        index = max(end, index + 1)


def _mark_rows_below_years(lines: list[_Line]) -> None:
    """A row of figures right below a table's column heads of years, as many figures as years
    ("2019   2021   2023" + "45   62   80"), and each such row right below it, is the table's
    row, not a page's numbers. So is one right below a captioned table's column heads or rows,
    as many figures as they have cells ("Table 1" + "Year   Target   Actual" + "2022   10   12",
    "表 1" + "年份   指标   实际" + "2022   10   12"): the lines below its caption, no blank line
    between."""
    years = 0
    captioned = False
    for line in lines:
        cells = line.text.split()
        if line.after_blank or line.page_top or line.md_level is not None:
            years, captioned = 0, False
        if is_years_row(line.text):
            # "2019 年   2021 年": the 年 set apart after a year is no column of its own.
            years = len(cells) - cells.count("年")
        elif years and len(cells) == years and all(_FIGURE_CELL_RE.match(c) for c in cells):
            line.junk = False
        elif captioned and len(cells) > 1 and not _is_junk_line(line):
            years = len(cells)
        else:
            years = 0
        captioned = captioned or _CAPTION_RE.match(line.view) is not None


def _counts_up_from_a_note(run: list[_Line]) -> bool:
    numbers = [line.text.strip() for line in run]
    if not all(number.isdigit() for number in numbers):
        return False
    values = [int(number) for number in numbers]
    return values[0] <= _LARGEST_NOTE_NUMBER and values == list(
        range(values[0], values[0] + len(values))
    )


def _mark_vote_records(lines: list[_Line]) -> None:
    """How a resolution was adopted by a recorded vote, bracketed over several lines below its
    last paragraph ("[Adopted by a recorded vote of 29 to 13, …" + "In favour:" + the States +
    "…]", "[以 29 票对 13 票、5 票弃权获得通过。…]"): page furniture, as a one-line adoption is."""
    index = 0
    while index < len(lines):
        opening = lines[index]
        if _VOTE_RECORD_OPENING_RE.match(opening.text) and "]" not in opening.text:
            closing = next(
                (
                    end
                    for end in range(index + 1, min(index + _LONGEST_VOTE_RECORD, len(lines)))
                    if lines[end].text.rstrip().endswith(("]", "］"))
                ),
                None,
            )
            if closing is not None:
                for line in lines[index : closing + 1]:
                    line.junk = True
                index = closing
        index += 1


def _widths_above_notes(lines: list[_Line], references: Callable[[], set[int]]) -> list[int]:
    """The widths of the lines that are not running headers, Markdown headings or notes: from
    a separator to the next blank line, lines are a page's notes, and so are those of
    ``_page_foot_note_lines`` (a copy that lost the separator). Nor do the masthead and the
    page's furniture count: ``pdftotext -layout`` sets the symbol, "Distr.: General" and the
    date at the page's right edge, past the body's ("大    会 … Distr.: General" ending at
    column 127 above paragraphs wrapped at 90), where every wrapped line would be short.
    ``references`` gives the numbers the text marks as notes' references."""
    widths: list[int] = []
    in_notes = False
    foot_notes = _page_foot_note_lines(lines, references)
    for index, line in enumerate(lines):
        if index in foot_notes:
            continue
        if line.after_blank:
            in_notes = False
        if line.md_level is None and line.text[:1] in _SEPARATOR_STARTS and is_separator(line.text):
            in_notes = True
            continue
        if (
            not in_notes
            and line.header_title is None
            and line.md_level is None
            and not _is_junk_line(line)
            # The masthead is the first page's.
            and not (index < _FIRST_PAGE_LINES and is_masthead(line.text))
        ):
            widths.append(line.width)
    return widths


def _page_foot_note_lines(lines: list[_Line], evidence: Callable[[], set[int]]) -> set[int]:
    """The indexes of a page's notes that no separator sets apart, as a PDF viewer's copy
    prints them (every printed line a line, the rule lost): lines right above the page's
    furniture ("2/5 25-09876"), no blank line between, from one opening with a number the text
    marks as a reference ("…contributions;3" + "3 Including the private sector, …"), the first
    not yet seen so, each note's number above the last, below a line a sentence or clause
    ends. Notes are set smaller, more characters to a line than the body's: counted, they made
    the body's full lines short (a wrapped title read as two headings)."""
    if not any(_FOOTNOTE_LINE_RE.match(line.view) for line in lines):
        return set()
    references = evidence()
    notes: set[int] = set()
    last_note = 0
    for index, line in enumerate(lines):
        if not _is_page_furniture(line) or index == 0 or _is_page_furniture(lines[index - 1]):
            continue
        top = index  # the first line of the run of lines right above the furniture
        while top > max(index - _MOST_PAGE_FOOT_LINES, 1):
            above = lines[top - 1]
            if above.md_level is not None or above.table_row or above.bullet:
                break
            if _is_page_furniture(above):
                break
            top -= 1
            if above.after_blank:
                break
        for first in range(top, index):
            numbered = _FOOTNOTE_LINE_RE.match(lines[first].view)
            if (
                first == 0
                or numbered is None
                or int(numbered.group(1)) not in references
                or int(numbered.group(1)) <= last_note
                or (
                    ends_open(lines[first - 1].text, comma_closes=True)
                    and int(numbered.group(1)) != last_note + 1
                )
            ):
                continue
            block: list[int] = []
            number = last_note
            for position in range(first, index):
                numbered = _FOOTNOTE_LINE_RE.match(lines[position].view)
                if numbered is not None and int(numbered.group(1)) in references:
                    if int(numbered.group(1)) <= number:
                        break
                    number = int(numbered.group(1))
                block.append(position)
            else:
                notes.update(block)
                last_note = number
            break
    return notes


# A note citing a document: a sentence opening with a letter and citing a symbol, a resolution's
# number or an address ("Resolution 70/1.", "See A/79/1.", "Résolution 69/313, annexe.",
# "见 A/79/L.118。").
_CITING_NOTE_RE = re.compile(rf"^[^\W\d_].*?(?:\d/\d|{DOCUMENT_SYMBOL}|https?://|www\.).*[.。]$")


def _spaced_note_references(lines: list[_Line], marked: set[int]) -> frozenset[int]:
    """The numbers of the notes whose references the text sets apart after a word or a year
    (``spaced_note_markers``: "…à l'horizon 2030 1 et", "…Addis-Abeba 2,"), which a block of
    notes proves so: lines numbered as notes are ("1 Résolution 70/1.", no stop after the
    number, unlike a paragraph's "1. Décide"), counting up from 1 or from the last note of the
    block before, each citing a document (``_CITING_NOTE_RE``, a note's unfinished line going on
    below it), each number marked in the text above (set apart so, or as ``marked`` holds), the
    block ending its page (page furniture, a page break, a blank line or the text's end below
    it). Without such a block a figure set apart so is the sentence's ("…Member States, 1
    United Nations entity")."""
    references: set[int] = set()
    body: list[str] = []
    # The markers found in the body so far, read once each: the body is read again only from the
    # line before the last reading's end (a marker's word may end that line), not from its start
    # at every block, which made a text with a block of notes on every page quadratic.
    spaced_above: set[int] = set()
    read = 0
    last_note = 0
    index = 0
    while index < len(lines):
        notes, end = _citing_notes(lines, index, last_note + 1)
        if not notes:
            if lines[index].header_title is None:
                body.append(lines[index].text)
            index += 1
            continue
        last_note = notes[-1]
        below = lines[end] if end < len(lines) else None
        if below is None or below.page_top or below.after_blank or _is_page_furniture(below):
            spaced_above.update(spaced_note_markers(" ".join(body[max(0, read - 1) :])))
            read = len(body)
            spaced = spaced_above.intersection(notes)
            if spaced and all(number in spaced or number in marked for number in notes):
                references.update(spaced)
        index = end
    return frozenset(references)


def _citing_notes(lines: list[_Line], index: int, number: int) -> tuple[list[int], int]:
    """The numbers of the notes citing documents (``_CITING_NOTE_RE``) that open at ``index``,
    the first numbered ``number``, each the next, and the index of the line after them."""
    numbers: list[int] = []
    position = index
    while position < len(lines):
        line = lines[position]
        numbered = _FOOTNOTE_LINE_RE.match(line.view)
        if (
            numbered is None
            or int(numbered.group(1)) != number + len(numbers)
            or line.bullet
            or line.md_level is not None
            or (numbers and (line.page_top or line.after_blank))
        ):
            break
        note = numbered.group(2)
        position += 1
        while not note.endswith(".") and position < len(lines):
            going_on = lines[position]
            if going_on.page_top or going_on.after_blank or _FOOTNOTE_LINE_RE.match(going_on.view):
                break
            note = _joined(note, going_on)
            position += 1
        if not _CITING_NOTE_RE.match(note):
            return [], index
        numbers.append(number + len(numbers))
    return numbers, position


def _clause_titles(lines: list[_Line]) -> frozenset[int]:
    """The indexes of the clause titles of a text numbered as ITU-T and ITU-R Recommendations
    are, no full stop after the number: "1       Scope", "2       Definitions", "2.1     Terms
    defined elsewhere" ("1 范围", "3.1 他处定义的术语"). Each is a few capitalised words without
    punctuation alone on its line, not below a sentence it would go on with ("…of" + "2 Member
    States …"), with its clause's text or first sub-clause below it, no number nor lower case
    ("1 Norway" + "2 Switzerland", a ranking's rows, are none), no citation ("1 Resolution 217 A
    (III)", a note's); a clause's number is the next
    of 1, 2, 3 …, a sub-clause's prefix the clause above it. A text is numbered so only when
    clauses 1 and 2 are, and none of its lines is numbered "1." as paragraphs are."""
    if any(_STOPPED_NUMBER_RE.match(line.view) for line in lines):
        return frozenset()
    titles: list[int] = []
    clauses = 0
    for index, line in enumerate(lines):
        clause = _CLAUSE_TITLE_RE.match(line.view) if line.view[:1].isdigit() else None
        if clause is None or line.md_level is not None or line.bullet:
            continue
        numbers = tuple(int(part) for part in clause.group(1).split("."))
        title = clause.group(2)
        if (
            not (title[:1].isupper() or is_cjk(title[0]))
            or not _is_numbered_title(title)
            or _NO_CLAUSE_TITLE_RE.match(title)
            # A note's citation, "1 Resolution 217 A (III)", "2 A/79/1": no title.
            or any(mark in title for mark in "/()")
            or _is_page_furniture(line)
            or numbers[0] != (clauses + 1 if len(numbers) == 1 else clauses)
        ):
            continue
        above = lines[index - 1] if index else None
        if not (
            line.after_blank
            or above is None
            or (titles and titles[-1] == index - 1)
            or not ends_open(above.text, comma_closes=False)
        ):
            continue
        below = lines[index + 1] if index + 1 < len(lines) else None
        if below is None or starts_as_continuation(below.text):
            continue
        sub_clause = _CLAUSE_TITLE_RE.match(below.view)
        if below.view[:1].isdigit() and not (
            sub_clause is not None and sub_clause.group(1) == f"{clause.group(1)}.1"
        ):
            continue
        titles.append(index)
        if len(numbers) == 1:
            clauses = numbers[0]
    return frozenset(titles) if clauses >= 2 else frozenset()


# The words an ITU resolution's sections open with, alone on their line ("recalling",
# "considering further", "instructs the Secretary-General", "忆及", "责成秘书长"): preambular
# ones, then operative ones, each may be "further" or "also" so.
_ITU_PREAMBULAR_LEAD_IN = (
    r"(?:recalling|considering|recogni[sz]ing|noting|bearing in mind|taking into account|"
    r"taking note|aware|emphasi[sz]ing|having regard|having noted|observing|mindful|convinced|"
    r"concerned|acknowledging|reaffirming|welcoming|stressing|guided by|cognizant|keeping in mind"
    r"|忆及|回顾|考虑到|认识到|注意到|铭记|意识到|强调|认为|鉴于|欢迎|深信|关注|承认|重申|确认|顾及)"
)
_ITU_OPERATIVE_LEAD_IN = (
    r"(?:resolves|decides|instructs|invites|requests|encourages|calls upon|calls on|urges|"
    r"appeals to|做出决议|作出决议|决议|决定|责成|请|鼓励|敦促|呼吁|要求|邀请)"
)
# What a lead-in may open with: "further", "also", or in Chinese its manner before the verb
# ("满意地注意到", where English says "noting with satisfaction").
_ITU_LEAD_IN_OPENING = r"^(?:(?:further|also) |进一步|还|又|并|亦|[\u4e00-\u9fff]{1,4}地)?"
_ITU_LEAD_IN_RE = re.compile(
    _ITU_LEAD_IN_OPENING + rf"(?:{_ITU_PREAMBULAR_LEAD_IN}|(?P<operative>{_ITU_OPERATIVE_LEAD_IN}))"
    # The words after it, the person or body addressed ("Member States", "秘书长"), never ending
    # a clause as an item's text does ("请秘书长提交报告，").
    r"(?:(?<=[\u4e00-\u9fff])[^.;。；]{0,24}|(?: [a-zA-Z][^.;]{0,120})?)(?<![,，、])[:：]?$"
)
# A preambular lead-in going on with a clause on its line ("noting that the report of the
# Council was", "忆及理事会的报告"), not only its manner ("noting with satisfaction").
_ITU_LEAD_IN_CLAUSE_RE = re.compile(
    _ITU_LEAD_IN_OPENING
    + _ITU_PREAMBULAR_LEAD_IN
    # Its manner ("with great concern", "with deep appreciation") is no clause.
    + r"(?! (?:further|also|in particular|with(?: (?!that\b)[a-z]+){1,3})[:：]?$)"
    r"(?: \S|(?<=[\u4e00-\u9fff])[^:：\s])"
)
# An operative lead-in with its words going on, however its line ends: a qualifier closed by
# its comma ("instructs the Secretary-General, in consultation with the Council,", "责成秘书长，
# 与理事会协商，"), or the first line of one a page's width wrapped ("…Bureau, in close").
_ITU_OPERATIVE_LEAD_IN_OPENING_RE = re.compile(
    _ITU_LEAD_IN_OPENING
    + _ITU_OPERATIVE_LEAD_IN
    + r"(?:,? [a-zA-Z]|(?<=[\u4e00-\u9fff])[^\s.;:。；：])"
)
# How a lead-in's last line may end, right above its items ("…, in" + "particular:").
_LEAD_IN_STOPS = (",", "，", ":", "：")
# How many lines a page's width may wrap a lead-in onto, below its first.
_MOST_LEAD_IN_WRAPS = 2
# How many numbers an item list may skip ("(a)" + "(c)"), with a warning.
_MOST_ITEMS_SKIPPED = 2
# An ITU resolution's operative item, numbered with no full stop or one: "1       to continue
# …", "2 国际电联应…".
_ITU_ITEM_RE = re.compile(r"^(\d{1,2})\.?[ \t]+(\S.*)$")


def _opens_operative_items(view: str) -> bool:
    item = _ITU_ITEM_RE.match(view)
    return item is not None and item.group(1) == "1"


def _opens_preambular_items(view: str) -> bool:
    item = _PAREN_RE.match(view)
    return item is not None and item.group(1) == "a"


def _itu_lead_in_wraps(lines: list[_Line], index: int) -> list[int] | None:
    """The lines a lead-in goes on over, where its qualifier or a page's width carries it on
    ("instructs the Director of the Telecommunication Standardization Bureau, in close" +
    "collaboration with the Director of the Telecommunication Development Bureau," + "1      to
    continue …", "considering further the outcomes of the World Summit …, in" + "particular," +
    "a)      the Geneva Declaration …"; none for "instructs the Secretary-General, in
    consultation with the Council," on one line, or a Markdown paragraph's lines read as one):
    an operative lead-in, or a preambular one going on with its clause, at its margin, none of
    its lines stopped as a clause is but the last, which ends with its comma, a colon or a word a
    title may end with, its first item right below, 1 or a). None where the lines read
    otherwise."""
    first = lines[index]
    if _ITU_OPERATIVE_LEAD_IN_OPENING_RE.match(first.view) is not None:
        opens_items = _opens_operative_items
    elif _ITU_LEAD_IN_CLAUSE_RE.match(first.view) is not None:
        opens_items = _opens_preambular_items
    else:
        return None
    wraps: list[int] = []
    for at, below in enumerate(lines[index + 1 : index + 2 + _MOST_LEAD_IN_WRAPS], index + 1):
        last = lines[at - 1].view
        if opens_items(below.view):
            if last.endswith(_LEAD_IN_STOPS) or not (
                last[-1:] in TERMINAL_PUNCTUATION or _UNFINISHED_TITLE_RE.search(last)
            ):
                return wraps
            return None
        if last[-1:] in TERMINAL_PUNCTUATION:
            return None
        if (
            below.after_blank
            or below.indent != first.indent
            or below.md_level is not None
            or below.bullet
            or _opens_with_a_marker(below.view)
            or _ITU_LEAD_IN_RE.match(below.view)
        ):
            return None
        wraps.append(at)
    return None


def _addresses_the_clause_below(lines: list[_Line], index: int) -> bool:
    """An operative lead-in whose list of those it addresses a comma closes, alone between blank
    lines above the one clause it governs ("invites Member States, Sector Members and
    Associates," + "to participate actively …", "请成员国、部门成员和部门准成员，" + "积极参与…"),
    never the end of the item above it. A line going on below it ("and to report …"), a
    capital, a marker or another lead-in there, tells an item's text or a heading."""
    line = lines[index]
    lead_in = _ITU_LEAD_IN_RE.match(line.view[:-1]) if line.view.endswith((",", "，")) else None
    if lead_in is None or lead_in.group("operative") is None or index + 1 == len(lines):
        return False
    below = lines[index + 1]
    return (
        line.after_blank
        and below.after_blank
        and below.md_level is None
        and not below.bullet
        and not below.view[:1].isupper()
        and not _opens_with_a_marker(below.view)
        and _ITU_LEAD_IN_RE.match(below.view) is None
        and not below.view.startswith(("and ", "or "))
    )


def _itu_lead_ins(
    lines: list[_Line],
) -> tuple[dict[int, bool], dict[int, int], frozenset[int]]:
    """An ITU resolution's lead-ins and the operative items under them: below the chapeau that
    names the conference with where and when it met ("The Plenipotentiary Conference of the
    International Telecommunication Union (Bucharest, 2022),"), a lead-in is one of the words its
    sections open with, alone on its line without final punctuation, below a finished line or a
    blank one ("recalling", "instructs the Secretary-General", "做出决议"); the items below it
    numbered 1, 2, 3 … with or without a full stop ("1       to continue …"; one or two
    skipped, as an item list may, with a warning) are its own. The lead-ins by index, each with
    whether it is operative (its words the resolution's acts: "resolves", "invites", "责成"),
    the items' numbers by index, and the lines a lead-in wrapped onto (see
    ``_itu_lead_in_wraps``)."""
    lead_ins: dict[int, bool] = {}
    items: dict[int, int] = {}
    wrapped: set[int] = set()
    # Most texts have no such chapeau: nothing else is read before one is found.
    start = next(
        (
            index
            for index, line in enumerate(lines)
            if names_a_conference_met(line.text) and is_chapeau(line.text)
        ),
        None,
    )
    if start is None:
        return lead_ins, items, frozenset()
    chapeau = lines[start]
    expected_item = 0
    for index in range(start + 1, len(lines)):
        line = lines[index]
        finished_above = (
            line.after_blank
            or not ends_open(lines[index - 1].text, comma_closes=True)
            or index - 1 in lead_ins
            or index - 1 in wrapped
        )
        if line.md_level is not None or line.bullet or not finished_above or index in wrapped:
            continue
        # At the chapeau's margin, as -layout sets it: an item's wrapped line hangs further in
        # ("a)      the outcomes …," + "        noting the work of …").
        at_margin = line.indent <= chapeau.indent
        lead_in = _ITU_LEAD_IN_RE.match(line.view)
        wraps = _itu_lead_in_wraps(lines, index) if at_margin else None
        if wraps is not None:
            lead_ins[index] = _ITU_OPERATIVE_LEAD_IN_OPENING_RE.match(line.view) is not None
            wrapped.update(wraps)
            expected_item = 1
        elif lead_in is not None and at_margin and _UNFINISHED_TITLE_RE.search(line.view) is None:
            lead_ins[index] = lead_in.group("operative") is not None
            expected_item = 1
        elif at_margin and _addresses_the_clause_below(lines, index):
            lead_ins[index] = True
            expected_item = 1
        elif (
            expected_item
            and (item := _ITU_ITEM_RE.match(line.view)) is not None
            and expected_item <= int(item.group(1)) <= expected_item + _MOST_ITEMS_SKIPPED
        ):
            items[index] = int(item.group(1))
            expected_item = items[index] + 1
        elif not _opens_with_a_marker(line.view):
            # A paragraph of its own, an annex's "1 Introduction" below: the items ended.
            expected_item = 0
    return lead_ins, items, frozenset(wrapped)


def _treaty_preamble(lines: list[_Line]) -> range:
    """The lines of a treaty's preamble: from the text's start, or the annex or appendix heading
    that holds the treaty, to its first article, no paragraph numbered between (articles below
    a resolution's numbered paragraphs are ones it quotes). Empty when the text has no articles."""
    start = 0
    numbered = False
    for index, line in enumerate(lines):
        view = line.view
        if _ARTICLE_RE.match(view) or _chinese_article(view):
            return range(0) if numbered else range(start, index)
        if (
            _ANNEX_RE.match(view)
            or _CN_ANNEX_RE.match(view)
            or _APPENDIX_RE.match(view)
            or _CN_APPENDIX_RE.match(view)
        ):
            start, numbered = index + 1, False
        elif _NUMBER_RE.match(view):
            numbered = True
    return range(0)


def _articles_restart_numbering(lines: list[_Line]) -> bool:
    """Whether each article numbers its paragraphs from 1 (a convention), rather than the text
    numbering them on across its articles (a State party's report organised by article)."""
    firsts: list[int] = []
    waiting = False
    for line in lines:
        if line.view[:1] in "ARr第规Сс" and (
            _ARTICLE_RE.match(line.view) or _chinese_article(line.view)
        ):
            waiting = True
        elif waiting and (numbered := _NUMBER_RE.match(line.view)):
            firsts.append(int(numbered.group(1)))
            waiting = False
    return all(first == 1 for first in firsts[1:])


def _counted_in_compilation(run: list[_Node]) -> list[_Node]:
    """A preamble's paragraphs, in order, without an unnumbered one whose number, counted on
    from the last one printed above it (from none above the first), a compilation prints on
    another: that number is the printed paragraph's ("Note: …" above "PP1", an unnumbered
    paragraph between "PP1" and "PP2")."""
    printed = {node.printed_pp for node in run if node.printed_pp is not None}
    if not printed:
        return run
    counted: list[_Node] = []
    count = 0
    for node in run:
        if node.printed_pp is not None:
            count = int(_leading_digits(node.printed_pp))
        elif str(count + 1) in printed:
            continue
        else:
            count += 1
        counted.append(node)
    return counted


# An operative clause printed without a number between a preamble and the text it adopts, as
# UNESCO's General Conference adopts a recommendation ("Adopts the present Recommendation … on
# this twenty-third day of November 2021;" + "Recommends that Member States apply …;", "通过本
# 建议书…；" + "建议会员国…；"), or the International Labour Conference a convention, in lower
# case below its preamble ("adopts this … the following Convention, which may be cited as …"):
# its verb and the semicolon or stop an operative paragraph ends with.
_OPERATIVE_FORMULA_RE = re.compile(
    r"(?:Adopts|Recommends|Decides|Approves|Proclaims|Endorses|Invites|Requests|Authorizes"
    rf"|{_ADOPTING_VERBS})\s"
    r"|(?:通过|建议|决定|核可|宣布)"
)


def _is_unnumbered_operative_formula(node: _Node) -> bool:
    return (
        node.kind == "text"
        and not node.dropped
        and node.key is None
        and node.printed_pp is None
        and not node.chapeau
        and node.text[-1:] in (";", "；", ".", "。")
        and _OPERATIVE_FORMULA_RE.match(node.text) is not None
    )


def _adopts_the_text(text: str) -> bool:
    """The adopting resolution's clause above the text it adopts, a colon ending it: "Adopts the
    following outcome document:", "At its eightieth session, adopted the outcome document …:",
    "在其第八十届会议上通过了…成果文件：". A preambular paragraph quoting what follows ("Recalling
    its resolution 70/1, adopted …, which reads:") is none."""
    return (
        text[-1:] in ":："
        and (_ADOPTS_TEXT_RE.match(text) is not None or _ADOPTED_RE.search(text) is not None)
        and not opens_preamble(text)
    )


def _preambular_paragraph_above(top: list[_Node], heading: int, below: _Node) -> int | None:
    """The index in ``top`` of the paragraph above the headings ending at index ``heading`` when
    they sit between two preambular paragraphs, each ending with its comma ("Recalling …," +
    "Taking stock" + "Noting …,"): the sub-headings an ECOSOC resolution sets inside its preamble.
    None otherwise: a heading above the chapeau or the text's first paragraph ends the preamble."""
    if not _ends_at_a_comma(below.text):
        return None
    above = heading
    while above >= 0 and top[above].kind == "heading" and not top[above].dropped:
        above -= 1
    if above < 0:
        return None
    node = top[above]
    if (
        node.kind != "text"
        or node.dropped
        or node.chapeau
        or node.introduces
        or node.table
        or not _ends_at_a_comma(node.text)
    ):
        return None
    return above


def _own_text(node: _Node) -> str:
    """A paragraph's text above its delegations' tag lines ("EU: retain") or the names an
    unnumbered paragraph's colon lists ("…the following organizations:" + "Asia Internet
    Society"), which say nothing of whether it is finished."""
    return node.text[: node.tagged_at] if node.tagged_at else node.text


def _comments_as_a_delegation(line: _Line, paragraph: _Node) -> bool:
    """Whether ``line``, below ``paragraph``, is a delegation's comment on it as Markdown
    compilations print them, set in italics and apart by a blank line: "*EU: delete "vision";
    USA: retain original*", "*Russian Federation: delete subparagraph*", "*欧盟：保留原案文*".
    A caption set so names no delegation or proposes nothing: "*Note: the figures are
    provisional*", "*Source: World Bank*"."""
    if not line.italic or paragraph.kind == "heading" or line.preamble_number is not None:
        return False
    tag = _DELEGATION_TAG_RE.match(line.text)
    return (
        tag is not None
        and _CAPTION_NAME_RE.match(tag.group("name")) is None
        and _names_a_delegation(tag.group("name"))
        and _shaped_as_a_delegation(tag.group("name"))
        and (
            _POSITION_RE.match(tag.group("position")) is not None
            or _PROPOSES_RE.match(tag.group("position")) is not None
        )
    )


def _names_a_delegation(name: str) -> bool:
    """A delegation's name before its position's colon: a few words ("Mexico, on behalf of a
    group of countries", "G77 and China"), or ideographs, no sentence in them and no numbered
    title ("Goal 4", "Section B")."""
    if _named_in_ideographs(name):
        return len(name) <= _LONGEST_CJK_DELEGATION and not any(mark in name for mark in "，。；")
    return (
        len(name.replace(",", " ").split()) <= 8
        and not any(mark in name for mark in ';!?"“”')
        and _NUMBERED_NAME_RE.match(name) is None
    )


def _named_in_ideographs(name: str) -> bool:
    """A delegation's name in ideographs, past a number opening it ("77国集团和中国", "77 国集团和
    中国")."""
    return is_cjk(name.lstrip("0123456789 ")[:1])


def _shaped_as_a_delegation(name: str) -> bool:
    """An English name's words as a delegation's: capitalised ("G77 and China", "Holy See"),
    or "… on behalf of …", "Proposal by …"; "Digital economy", "Capacity-building",
    "Co-facilitators' note" name none; in ideographs, a note's name ("共同主持人说明") none."""
    if _named_in_ideographs(name):
        return _CJK_NOTE_NAME_RE.search(name) is None
    return _ON_BEHALF_RE.search(name) is not None or all(
        _names_word(word) for word in name.replace(",", " ").split()
    )


# A note's name, "共同主持人说明" ("Co-facilitators' note"), "秘书处注": no delegation's.
_CJK_NOTE_NAME_RE = re.compile(r"(?:说明|备注|附注|注)$")
# "Mexico, on behalf of a group of countries", "Proposal by the EU": a name whatever its words.
_ON_BEHALF_RE = re.compile(r"\bon behalf of\b|^Propos(?:al|ed)s?\s+by\b")
# The lower-case words a delegation's name holds ("Group of 77 and China", "Iran (Islamic
# Republic of)", "European Union and its member States").
_NAME_FUNCTION_WORDS = frozenset(("of", "and", "the", "its", "member", "d'Ivoire", "d’Ivoire"))


def _names_word(word: str) -> bool:
    """A word of a delegation's name: capitalised in each of its parts ("Guinea-Bissau",
    "G77", "EU/US"), or one of the few lower-case words names hold; "Digital economy",
    "Capacity-building", "Co-facilitators' note" name no delegation."""
    word = word.strip("()[]'’")
    return word in _NAME_FUNCTION_WORDS or all(
        part[:1].isupper() or part[:1].isdigit() for part in re.split(r"[-/]", word) if part
    )


# Asterisks glued to what they follow ("…recommendations.*", "…建议。*", "Report\\*"), as a
# reference to an unnumbered note is printed; none inside a word or opening emphasis.
_ASTERISK_REFERENCE_RE = re.compile(r"(?<=[^\s*\\])\\?\*(?:\\?\*){0,2}(?![\w*])")


def _without_asterisk_references(text: str, marks: frozenset[str]) -> str:
    """``text`` without the asterisk references to the notes the text carries (``marks``, "*",
    "**"); an asterisk no such note answers stays as printed."""
    if not marks or "*" not in text:
        return text

    def replace(reference: re.Match[str]) -> str:
        return "" if reference.group().replace("\\", "") in marks else reference.group()

    return _ASTERISK_REFERENCE_RE.sub(replace, text)


def _ends_at_a_comma(text: str) -> bool:
    """Whether a paragraph ends with a comma ("，"), as a preambular paragraph does, also before
    a note's reference ("…levels,2")."""
    return ends_open(text, comma_closes=False) and not ends_open(text, comma_closes=True)


def _neighbouring_markers(
    marker: str, letter: int | None, roman: int | None, *, step: int
) -> list[str]:
    """The tokens of the markers ``step`` away from ``marker`` as printed, read as ``letter`` or
    ``roman`` (None for a reading left out), in its script and case: "(c)" -1 -> "b", "(ii)" -1
    -> "i", "（二）" -1 -> "一", "(A)" +1 -> "B"."""
    token = marker.strip("(（)） ")
    tokens = []
    if letter is not None and letter + step >= 1:
        tokens.append(letter_for(letter + step))
    if roman is not None and not token.isascii():
        if 1 <= roman + step <= len(_CHINESE_ITEM_NUMERALS):
            tokens.append(_CHINESE_ITEM_NUMERALS[roman + step - 1])
    elif roman is not None and roman + step >= 1:
        tokens.append(to_roman(roman + step))
    return [found.upper() for found in tokens] if token.isupper() else tokens


def _lists_a_marker(text: str, token: str) -> bool:
    """Whether ``text`` prints the marker "(token)" inside its sentence as a list's, not at its
    start and not cited ("subparagraph (b) of paragraph 3", "(ii) below", "第3段(b)分段")."""
    return any(
        found.start() > 0
        and not _ends_with_a_reference(text, found.start())
        and _CITED_AFTER_A_MARKER_RE.match(text, found.end()) is None
        for found in re.finditer(rf"[(（]\s*{token}\s*[)）]", text)
    )


# Longer than a reference ``_REFERENCE_END_RE`` finds in a text before the markers it ends with
# ("sub-paragraphs 12", "第 十二 段"), but not than all it can find: one with a run of some
# thirty spaces or digits inside is missed.
_REFERENCE_LOOK_BACK = 48


def _ends_with_a_reference(text: str, end: int) -> bool:
    """Whether ``text`` up to ``end`` (and the spaces before it) ends with a reference, read
    in place: a long paragraph printing many markers was copied and searched whole for each.
    The look-back counts from before the markers the reference ends with, however many
    ("subparagraphs 12 (a) (b) … (k)")."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and text[start - 1] in ")）":
        window = max(0, start - 6)
        opening = max(text.rfind("(", window, start), text.rfind("（", window, start))
        if opening < 0:
            break
        start = opening
        while start > 0 and text[start - 1].isspace():
            start -= 1
    return _REFERENCE_END_RE.search(text, max(0, start - _REFERENCE_LOOK_BACK), end) is not None


def _unnumbered_operative_paragraph(nodes: list[_Node]) -> int | None:
    """Where a resolution numbers no paragraph ("The General Assembly," + "Recalling its
    resolution 78/5," + "Adopts the political declaration … annexed to the present
    resolution."), the first paragraph below the chapeau that is not worded as a preambular one:
    its operative part, the paragraphs between being its preamble."""
    chapeau = next((i for i, node in enumerate(nodes) if node.chapeau and not node.dropped), None)
    if chapeau is None:
        return None
    below = chapeau + 1
    while (
        below < len(nodes)
        and nodes[below].kind == "text"
        and not nodes[below].dropped
        and not nodes[below].chapeau
        # Worded as one, not merely ending with a comma: "Decides …," is operative.
        and (_opens_as_preambular(nodes[below].text) or speaks_as_we_at_length(nodes[below].text))
    ):
        below += 1
    if below == chapeau + 1 or below == len(nodes):
        return None
    operative = nodes[below]
    if operative.kind != "text" or operative.dropped or operative.chapeau or operative.table:
        return None
    return below


def _opens_as_preambular(text: str, *, ending: str | None = None) -> bool:
    """Whether a paragraph opens with a preambular paragraph's participle ("Recalling …",
    "回顾…"). Chinese opens its operative paragraphs with the same words ("欢迎…；", "敦促…。"):
    where English tells "Welcomes …;" from "Welcoming …," by the verb, Chinese tells them apart
    by where the sentence ends (``ending``, a lead-in's last item, else the paragraph itself):
    a preambular paragraph's goes on past its "，", an operative one's "；" or "。" ends it."""
    if not (opens_preamble(text) or opens_preamble_in_lower_case(text)):
        return False
    ending = text if ending is None else ending
    return not is_cjk(text[:1]) or ends_open(ending, comma_closes=False) or _introduces_list(ending)


def _reads_as_preamble(text: str) -> bool:
    """Worded as a preambular paragraph: opening with its participle ("Recalling", "回顾") or a
    declaration's "We, …", or ending with the comma that ends one. A paragraph bracketed whole
    in negotiation, as a zero draft brackets it ("[Also recalling …,]", "[又回顾…，]"), reads as
    its words do."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    return (
        opens_preamble(text)
        or speaks_as_we_at_length(text)
        or text.rstrip().endswith((",", "，", "،"))
    )


def _is_a_link(text: str) -> bool:
    """Whether a line ending with a URL is a link, not a title printing its site after it: the
    URL alone, or after a label's colon ("Online registration: https://…", "另见：https://…"),
    a pointer ("See also https://…", "详见 www.un.org") or a word it completes ("Further
    reading at www.intgovforum.org", "请访问 www.un.org"). "Internet governance
    https://www.intgovforum.org" is a title with its site."""
    url = _ENDS_WITH_A_URL_RE.search(text)
    if url is None:
        return False
    lead = text[: url.start()].strip()
    return (
        # The URL alone, or after marks only ("• https://…", "@@ https://…").
        not any(char.isalnum() for char in lead)
        or lead.endswith((":", "："))
        or _LINK_LEAD_IN_RE.match(lead) is not None
        or _LINK_LEAD_OUT_RE.search(lead) is not None
    )


def _run_reads_as_preamble(run: list[_Node]) -> bool:
    """Whether paragraphs with no chapeau above them and no "Preamble" title are worded as a
    preamble: one opens with a participle ("Recalling", "回顾") or a declaration's "We, …", or
    all of them end with the comma that ends one ("In its resolution 70/125, the Assembly
    recalled the outcomes,"), none of them a line set wholly in bold. "Key messages," over its
    points ("- … ." and "Recommendations:") is a caption with a stray comma, no preamble, and so
    is a bold "**Key messages,**" right above paragraph 1: set in bold, a line ending with a
    comma is a Rev.'s inserted preambular paragraph only among others. A compilation's "PP1"
    says so in any script, however its words open and its tags end it."""
    if any(
        opens_preamble(node.text)
        or speaks_as_we_at_length(node.text)
        or node.printed_pp is not None
        for node in run
    ):
        return True
    return bool(run) and all(_reads_as_preamble(node.text) and not node.bold_comma for node in run)


def _closes_a_declarations_preamble(nodes: list[_Node], at: int) -> bool:
    """Whether ``nodes[at]``, a line ending with its colon, no preambular paragraph, is the
    formula a declaration's preamble ends with ("Adopt the following outcome document:",
    "Declare as follows:", "Agree as follows:", "兹宣布：", "通过以下成果文件："): above it,
    preambular paragraphs up to the declaration's "We, …," (or its chapeau "We, the Member
    States,"), the subject its verb goes on from. The adopting resolution's "Adopts the
    following declaration:" / "通过以下政治宣言：" below "The General Assembly," / "大会，" is
    none: the body that acts is not "we"."""
    node = nodes[at]
    if (
        node.kind != "text"
        or node.chapeau
        or node.table
        or not _introduces_list(node.text)
        or opens_preamble(node.text)
        or speaks_as_we_at_length(node.text)
    ):
        return False
    return _declarations_preamble_ends_at(nodes, at - 1)


def _declarations_preamble_ends_at(nodes: list[_Node], at: int) -> bool:
    """Whether ``nodes[at]`` closes a run of preambular paragraphs that opens with a
    declaration's "We, …," (or its chapeau "We, the Member States,"), the subject they go on
    from, or is that "We, …," itself."""
    for above in reversed(nodes[: at + 1]):
        if above.kind != "text" or above.dropped or above.table:
            return False
        if above.chapeau:
            return speaks_as_we(above.text)
        if speaks_as_we_at_length(above.text):
            return True
        if not _reads_as_preamble(above.text):
            return False
    return False


def _opens_articles(node: _Node) -> bool:
    """An article's heading in the scope its articles are numbered in."""
    key = node.key
    return (
        node.kind == "heading"
        and key is not None
        and key.startswith(f"{node.scope.prefix}article-")
    )


def _caption_alone(view: str) -> bool:
    """A figure's, table's or box's caption alone on its line, its title below: "Table A.1"."""
    caption = _CAPTION_RE.match(view)
    if caption is None:
        return _BOX_ALONE_RE.match(view) is not None
    return not view[caption.end() :].strip()


def _is_unit_line(view: str) -> bool:
    """A table's unit in parentheses: "(Thousands of United States dollars)", "（占人口百分比）"."""
    return view[:1] == "(" and view.rstrip()[-1:] == ")" and not _opens_with_a_marker(view)


def _is_row_of_figures(view: str) -> bool:
    """A table's row as extraction prints it, a label and figures: "Asia 20.1 35.4", or its
    column heads of years ("2024年   2025年" as Chinese prints them)."""
    if is_years_row(view):
        return True
    cells = view.split()
    figures = sum(1 for cell in cells if _FIGURE_CELL_RE.match(cell))
    return figures >= 2 and 2 * figures >= len(cells)


def _is_listed_name(line: _Line, wrap_width: float) -> bool:
    """A short unpunctuated line opening with a capital, an ideograph or a digit: an entry of a
    list of names, or of a programme of work's dates, time slots and agenda items ("3 月 3 日，
    星期一", "10 a.m.-1 p.m.", "Item 1. Opening of the session"), not a wrapped line."""
    text = line.text
    return (
        line.md_level is None
        and not line.bullet
        and line.width < wrap_width
        and (text[:1].isupper() or text[:1].isdigit() or is_cjk(text[0]))
        and (ends_open(text, comma_closes=True) or _TIME_OF_DAY_END_RE.search(text) is not None)
        and not _opens_with_a_marker(line.view)
    )


_TIME_OF_DAY_END_RE = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.m\.$")


# A lead-in's colon with a note's reference glued after it ("URGES Member States:2"); after a
# digit, a ratio or a time ("3:2", "10:30").
_COLON_BEFORE_A_REFERENCE_RE = re.compile(r"[^\d\s][:：]\d{1,2}$")


def _opens_uncapitalised(text: str) -> bool:
    """Whether a line opens with a letter in lower case, or in a script without capitals (an
    ideograph, an Arabic letter): a sentence's words going on, where cased scripts open a new one
    with a capital."""
    first = text[:1]
    return first.isalpha() and not first.isupper() and not first.istitle()


def _introduces_list(text: str) -> bool:
    tail = text[-_TAIL:].rstrip()
    return tail.endswith((":", "：")) or (
        tail[-1:].isdigit() and _COLON_BEFORE_A_REFERENCE_RE.search(tail) is not None
    )


_LINE_SPACES_RE = re.compile(r"[ \t]+")


# A short Chinese title set letter-spaced, as reports print "导  言", "序  言" or "结 论 和 建 议"
# (after its label, "一.  导  言"): pdftotext keeps the spacing, which is no word break. A label
# spaced as printed, "附 件 一", stays the label.
_LETTER_SPACED_TITLE_RE = re.compile(rf"[{HAN_BASIC}](?: +[{HAN_BASIC}])+")


def _letter_spacing_closed(text: str, label: str | None) -> str:
    head = len(label) if label and text.startswith(label) else 0
    head += len(text[head:]) - len(text[head:].lstrip(" .、．"))
    if _LETTER_SPACED_TITLE_RE.fullmatch(text, head) is None:
        return text
    return text[:head] + text[head:].replace(" ", "")


def _tidy(text: str) -> str:
    # Most texts hold no tab and no run of spaces: the substitution would rewrite each space.
    if "\t" in text or "  " in text:
        text = _LINE_SPACES_RE.sub(" ", text)
    lines = (part.strip() for part in text.split("\n"))
    return "\n".join(part for part in lines if part)


__all__ = [
    "Kind",
    "NoStructureError",
    "ParseResult",
    "ParseWarning",
    "ParsedParagraph",
    "parse_document",
]
