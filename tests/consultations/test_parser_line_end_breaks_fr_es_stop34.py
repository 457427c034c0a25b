"""Paragraph parser: a word a line-end hyphen broke in a French, Spanish or Russian text is whole
again, in a preambular paragraph as in an operative one, where what follows the hyphen is an
ending those languages' words have and no compound closes with ("coope-" + "ración", "sécu-" +
"rité", "dévelop-" + "pement", "раз-" + "витие"), or a syllable no word opens ("desa-" +
"rrollo"). Compounds stay hyphenated ("Vice-Président", "porte-parole", "Sur-Sur")."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document


def _texts(chapeau: str, broken: str) -> list[str]:
    content = (
        f"{chapeau}\n\n"
        f"Recordando la resolución 70/1 sobre {broken},\n\n"
        f"1. Decide promover {broken};\n"
    )
    return [p.text for p in parse_document(content).paragraphs if p.anchor in ("pp1", "1")]


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ("el desa-\nrrollo sostenible", "desarrollo"),
        ("la coope-\nración internacional", "cooperación"),
        ("el Secretario Ge-\nneral", "Secretario General"),
        ("la capaci-\ndad de los países", "capacidad"),
        ("la sosteni-\nbilidad", "sostenibilidad"),
        ("le dévelop-\npement durable", "développement"),
        ("la sécu-\nrité alimentaire", "sécurité"),
        ("les capa-\ncités nationales", "capacités"),
        ("le Secré-\ntaire général", "Secrétaire général"),
        ("l’Orga-\nnisation", "l’Organisation"),
        ("la commu-\nnauté internationale", "communauté"),
        ("d’éva-\nluer les progrès", "d’évaluer"),
        ("un dialogue multi-\npartite", "multipartite"),
        ("устойчивое раз-\nвитие", "развитие"),
        ("международное сотруд-\nничество", "сотрудничество"),
    ],
)
def test_a_broken_word_is_whole_again(broken: str, expected: str) -> None:
    texts = _texts("L’Assemblée générale,", broken)
    assert len(texts) == 2
    assert all(expected in text for text in texts), texts


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ("le Vice-\nPrésident", "Vice-Président"),
        ("el Vice-\nPresidente", "Vice-Presidente"),
        ("le porte-\nparole", "porte-parole"),
        ("les organisations non-\ngouvernementales", "non-gouvernementales"),
        ("la coopération sud-\nsud", "sud-sud"),
        ("la cooperación Sur-\nSur", "Sur-Sur"),
        ("la région Asie-\nPacifique", "Asie-Pacifique"),
    ],
)
def test_a_compound_keeps_its_hyphen(broken: str, expected: str) -> None:
    texts = _texts("L’Assemblée générale,", broken)
    assert len(texts) == 2
    assert all(expected in text for text in texts), texts
