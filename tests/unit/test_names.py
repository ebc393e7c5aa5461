"""Proper names: the glossary's approved romanisation, checked in the English texts."""

import pytest

from zhpress.errors import DataError
from zhpress.translations.glossary import load_glossary
from zhpress.translations.names import pinyin_runs, syllables

from .translation_helpers import EN, edit, line_of, qa


def test_the_seed_glossary_names_its_people_places_and_organisations(data_copy):
    names = {t.zh: (t.kind, t.en) for t in load_glossary(data_copy / "glossary.yaml") if t.is_name}
    assert names["旬阳"] == ("place", "Xunyang")
    assert names["白河"] == ("place", "Baihe")
    assert names["黄璐琦"] == ("person", "Huang Luqi")
    assert names["西安交大"] == ("organisation", "Xi'an Jiaotong University")


@pytest.mark.parametrize(
    "file,old,new,message",
    [
        ("cadres.md", "Xunyang County", "Xinyang County", "'Xinyang' is not the approved rendering of 旬阳 (place) "),
        ("summary.md", "Baihe County", "Baishui County", "'Baishui' is not the approved rendering of 白河 (place) "),
        ("talent.md", "Huang Luqi", "Huang Luoqi", "'Huang Luoqi' is not the approved rendering of 黄璐琦 (person) "),
        (
            "summary.md",
            "In Langao County",
            "In Lan Gao County",
            "'Lan Gao' is not the approved rendering of 岚皋 (place) ",
        ),
    ],
)
def test_a_name_rendered_differently_is_reported_at_its_line(data_copy, file, old, new, message):
    path = data_copy / EN / file
    edit(path, old, new)
    problems = qa(data_copy)
    assert len(problems) == 1
    assert problems[0].startswith(f"{EN}/{file}:{line_of(path, new)}: {message}(write '")


@pytest.mark.parametrize(
    "file,old,new,message",
    [
        ("cadres.md", "Xunyang County", "Hsunyang County", "'Hsunyang' is the Wade-Giles spelling of 旬阳 (place) "),
        ("cadres.md", "Xunyang County", "Hsün-yang County", "'Hsün-yang' is the Wade-Giles spelling of 旬阳 (place) "),
        (
            "talent.md",
            "Huang Luqi",
            "Huang Lu-ch’i",
            "'Huang Lu-ch’i' is the Wade-Giles spelling of 黄璐琦 (person) ",
        ),
        (
            "cadres.md",
            "Xunyang County",
            "xunyang county",
            "'xunyang' is, in lower case, the approved rendering of 旬阳 (place) ",
        ),
        ("cadres.md", "Xunyang County", "xinyang county", "'xinyang' is not the approved rendering of 旬阳 (place) "),
    ],
)
def test_a_name_in_wade_giles_or_lower_case_is_reported_once(data_copy, file, old, new, message):
    path = data_copy / EN / file
    edit(path, old, new)
    problems = qa(data_copy)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{EN}/{file}:{line_of(path, new)}: {message}(write '")


def test_wade_giles_spelling_of_pinyin_syllables():
    from zhpress.translations.romanisation import wade_giles

    pairs = "xun:hsun qi:chi zhuo:cho luo:lo guo:kuo he:ho zi:tzu si:ssu shi:shih ri:jih xue:hsueh song:sung yan:yen"
    assert all(wade_giles(p) == w for p, w in (pair.split(":") for pair in pairs.split()))


def test_english_words_in_lower_case_are_no_names(data_copy):
    path = data_copy / EN / "cadres.md"
    edit(path, "Xunyang County", "Xunyang County, a long way from the main county town and a rural county,")
    assert qa(data_copy) == []


def test_a_romanised_name_the_source_does_not_give_is_reported(data_copy):
    path = data_copy / EN / "talent.md"
    edit(path, "Pingli County brought", "Pingli County and Hanzhong City brought")
    assert qa(data_copy) == [
        f"{EN}/talent.md:{line_of(path, 'Hanzhong')}: 'Hanzhong' looks like a romanised name, but renders no "
        "name of the source's ankang-2017/talent (use the approved rendering of a name the source gives, or add "
        "the name to data/glossary.yaml with kind: person, place or organisation)"
    ]


def test_a_name_of_another_section_is_reported(data_copy):
    path = data_copy / EN / "cadres.md"
    edit(path, "In April 2017, after", "In April 2017, as Huang Luqi visited, after")
    assert qa(data_copy) == [  # one message: the glossary check's
        f"{EN}/cadres.md:{line_of(path, 'Huang Luqi')}: 'Huang Luqi' renders 黄璐琦, which is not in the source's "
        "cadres (translate what this part of the source says)"
    ]


def test_pinyin_spelling():
    assert syllables("Xi'an") == ("xi", "an")
    assert syllables("Xunyang") == ("xun", "yang")
    assert syllables("Huang") == ("huang",)
    assert syllables("Xian") == ("xian",)
    assert syllables("Era") is None and syllables("Meeting") is None and syllables("Pioneer") is None
    assert syllables("Party") is None and syllables("County") is None
    runs = [r for _, _, r in pinyin_runs("In 2017, Huang Luqi of China visited Xi'an Jiaotong University. More")]
    assert runs == ["Huang Luqi", "Xi'an Jiaotong"]


def test_an_unknown_kind_is_reported(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text("- zh: 旬阳\n  en: Xunyang\n  kind: town\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_glossary(path)
    assert str(caught.value.problems[0]).startswith(
        f"{path}:3: 旬阳: kind 'town' is not one of term, person, place, organisation"
    )
