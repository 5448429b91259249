"""One actor per person or body across articles: merges by folded name, given-name
variants and close spellings; namesakes kept apart; roles dated across articles."""

from __future__ import annotations

import json

import pytest

from communique.model import Actor, Article, ArticleResult, Event
from communique.store import Store, actor_index
from communique.store.actor_index import PersonName
from tests.store import helpers


def lavrov(spelling: str, country: str | None = "RUS", roles: list[str] | None = None) -> Actor:
    return Actor(spelling, "person", country, "GOV", [spelling.split()[-1]], roles or [])


def article_on(published: str, text: str) -> tuple:
    doc = helpers.document(text, record_id=f"doc-{published}-{len(text)}")
    article = Article(doc.doc_id, doc.name, 0, text, title="t", published=published)
    return doc, article


def write(store: Store, actors: list[Actor], published: str = "2024-02-28", text: str = "x"):
    doc, article = article_on(published, text + " " + " ".join(a.name for a in actors))
    store.write_document(doc, [ArticleResult(article, actors=actors)])


def stored(store: Store) -> list[tuple[str, str | None]]:
    rows = store.db.execute("SELECT name, country FROM actors ORDER BY rowid")
    return [tuple(row) for row in rows]


def aliases(store: Store, name: str) -> list[str]:
    rows = store.db.execute(
        "SELECT alias FROM actor_aliases JOIN actors USING (actor_id) WHERE name = ?"
        " ORDER BY alias",
        (name,),
    )
    return [row[0] for row in rows]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "actors.db") as opened:
        yield opened


# -- names ---------------------------------------------------------------------------------


def test_person_name_parts_are_folded():
    name = PersonName.parse("Miguel Mario Díaz-Canel")
    assert (name.given, name.middle, name.surname) == ("miguel", ("mario", "diaz"), "canel")
    name = PersonName.parse("Hamad bin Khalifa Al Thani")
    assert (name.given, name.middle, name.surname) == ("hamad", ("khalifa",), "thani")
    assert PersonName.parse("Castro") is None
    assert PersonName.parse("Diaz-Canel") is None


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Sergei Lavrov", "Serguei Lavrov", True),
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("Serguei Lavrov", "Sergey Lavrov", True),
        ("Raul Castro", "Fidel Castro", False),
        ("Donald Trump", "Melania Trump", False),
        ("George W. Bush", "George H. W. Bush", False),
        ("Sergei V. Lavrov", "Sergei Viktorovich Lavrov", True),
        ("Omar el-Bashir", "Omer al-Bashir", True),
        ("Omar Hassan al-Bashir", "Omer al-Bashir", True),
        ("Hamad bin Khalifa al-Thani", "Hamad bin Jassim al-Thani", False),
        ("Donald Trump Jr.", "Donald Trump", False),
        ("John Smith, Jr.", "John Smith Jr", True),
    ],
)
def test_who_could_be_whom(one, other, same):
    assert PersonName.parse(one).could_be(PersonName.parse(other)) is same


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Raul Castro", "Raul Castro Ruz", True),
        ("Lazaro Alberto Alvarez Casas", "Lazaro Alvarez", True),
        ("Hamad Thani", "Hamad bin Khalifa al-Thani", True),
        ("Raul Castro", "Raul Castro", False),  # the same length is the other tiers' business
        ("Raul Castro", "Fidel Castro Ruz", False),
        ("Donald Trump", "Donald Trump Jr.", False),
        ("Lazaro Alvarez", "Lazaro Casas Alvarez Perez", True),
        ("Lazaro Alvarez", "Lazaro Perez", False),
    ],
)
def test_who_has_a_fuller_name(one, other, same):
    assert PersonName.parse(one).is_fuller_or_shorter(PersonName.parse(other)) is same


def test_keys_leave_out_one_word_aliases_of_people():
    keys = actor_index.keys_of(lavrov("Sergei Lavrov"))
    assert keys == ["name:person:sergei lavrov", "surname:lavrov", "word:lavrov", "block:RUS:sl"]


# -- merging across articles ---------------------------------------------------------------


def test_transliterations_merge_into_the_first(store):
    for spelling in ("Sergei Lavrov", "Serguei Lavrov", "Sergey Lavrov"):
        write(store, [lavrov(spelling)], text=spelling)
    assert stored(store) == [("Sergei Lavrov", "RUS")]
    assert aliases(store, "Sergei Lavrov") == ["Lavrov", "Sergey Lavrov", "Serguei Lavrov"]
    rules = store.db.execute("SELECT rule FROM actor_merges ORDER BY rowid").fetchall()
    assert [row[0] for row in rules] == ["given-name", "given-name"]


def test_accents_and_hyphens_merge_by_folded_name(store):
    write(store, [Actor("Miguel Díaz-Canel", "person", "CUB", "GOV")])
    write(store, [Actor("Miguel Diaz Canel", "person", None, None)], text="second")
    assert stored(store) == [("Miguel Díaz-Canel", "CUB")]
    merge = store.db.execute("SELECT rule FROM actor_merges").fetchone()
    assert merge[0] == "name"


def test_close_spelling_merges_within_a_country(store):
    write(store, [Actor("Volodymyr Zelensky", "person", "UKR", "GOV")])
    write(store, [Actor("Volodymyr Zelenskyy", "person", "UKR", "GOV")], text="2")
    write(store, [Actor("Volodymyr Zelenskyi", "person", None, "GOV")], text="3")
    assert stored(store) == [("Volodymyr Zelensky", "UKR"), ("Volodymyr Zelenskyi", None)]


def test_namesakes_never_merge(store):
    write(store, [Actor("Raul Castro", "person", "CUB", "GOV"), Actor("Fidel Castro", "person")])
    write(store, [Actor("Donald Trump", "person", "USA", "GOV")], text="2")
    write(store, [Actor("Melania Trump", "person", "USA", None)], text="3")
    assert [name for name, _ in stored(store)] == [
        "Raul Castro", "Fidel Castro", "Donald Trump", "Melania Trump",
    ]  # fmt: skip


def test_a_namesake_raul_goes_to_raul(store):
    write(store, [Actor("Raul Castro", "person", "CUB"), Actor("Fidel Castro", "person", "CUB")])
    write(store, [Actor("Raúl Castro", "person", None, "MIL")], text="2")
    assert [name for name, _ in stored(store)] == ["Raul Castro", "Fidel Castro"]
    assert aliases(store, "Raul Castro") == ["Raúl Castro"]


def test_a_fuller_name_merges_within_its_country(store):
    write(store, [Actor("Raul Castro", "person", "CUB", "MIL")])
    write(store, [Actor("Raul Castro Ruz", "person", "CUB", "MIL")], text="2")
    write(store, [Actor("Raul Castro Ruz", "person", None, "MIL")], text="3")
    assert stored(store) == [("Raul Castro", "CUB")]
    rules = store.db.execute("SELECT rule FROM actor_merges ORDER BY rowid").fetchall()
    assert [row[0] for row in rules] == ["more-words", "name"]


def test_a_shorter_name_two_fuller_ones_share_merges_with_neither(store):
    write(store, [Actor("Hamad bin Khalifa al-Thani", "person", "QAT")])
    write(store, [Actor("Hamad bin Jassim al-Thani", "person", "QAT")], text="2")
    write(store, [Actor("Hamad al-Thani", "person", "QAT")], text="3")
    write(store, [Actor("Donald Trump", "person", "USA")], text="4")
    write(store, [Actor("Donald Trump Jr.", "person", "USA")], text="5")
    assert len(stored(store)) == 5


def test_another_country_never_merges(store):
    write(store, [Actor("Mohammed Ali", "person", "EGY")])
    write(store, [Actor("Mohammed Ali", "person", "PAK")], text="2")
    assert stored(store) == [("Mohammed Ali", "EGY"), ("Mohammed Ali", "PAK")]


def test_an_actor_without_country_matching_two_stays_apart(store):
    write(store, [Actor("Mohammed Ali", "person", "EGY")])
    write(store, [Actor("Mohammed Ali", "person", "PAK")], text="2")
    write(store, [Actor("Muhammed Ali", "person", None)], text="3")
    assert len(stored(store)) == 3


def test_bodies_merge_by_folded_name_and_alias_within_their_country(store):
    council = Actor("Security Council", "org", "RUS", "GOV", ["Russian Security Council"])
    write(store, [council, Actor("Security Council", "org", "IGO", "IGO")])
    write(store, [Actor("Russian security council", "org", None, "GOV")], text="2")
    assert stored(store) == [("Security Council", "RUS"), ("Security Council", "IGO")]


def test_unnamed_groups_merge_only_within_one_country(store):
    write(store, [Actor("police", "group", "SEN", "COP")])
    write(store, [Actor("Police", "group", None, "COP")], text="2")
    write(store, [Actor("Police", "group", "SEN", "COP")], text="3")
    assert stored(store) == [("police", "SEN"), ("Police", None)]


def test_a_merged_variant_fills_what_the_first_lacked(store):
    write(store, [Actor("Nikolai Patrushev", "person", None, None)])
    write(store, [Actor("Nikolay Patrushev", "person", "RUS", "GOV")], text="2")
    row = store.db.execute("SELECT country, sector FROM actors").fetchone()
    assert tuple(row) == ("RUS", "GOV")


# -- roles over time and events ------------------------------------------------------------


def test_roles_keep_first_and_last_date_and_count_across_variants(store):
    write(store, [lavrov("Sergei Lavrov", roles=["Foreign Minister"])], "2024-01-05", "a")
    write(store, [lavrov("Sergey Lavrov", roles=["Foreign Minister"])], "2024-03-09", "b")
    write(store, [lavrov("Serguei Lavrov", roles=["Foreign Minister"])], "2024-02-01", "c")
    spans = store.db.execute("SELECT role, first_seen, last_seen, articles FROM actor_role_spans")
    assert [tuple(row) for row in spans] == [("Foreign Minister", "2024-01-05", "2024-03-09", 3)]


def test_an_undated_story_dates_roles_by_its_page(store):
    doc, article = article_on("2024-05-01", "An undated story.")
    article.published, article.page_date = None, "2024-04-30"
    store.write_document(doc, [ArticleResult(article, [lavrov("Sergei Lavrov", roles=["FM"])])])
    span = store.db.execute("SELECT first_seen, last_seen FROM actor_role_spans").fetchone()
    assert tuple(span) == ("2024-04-30", "2024-04-30")


def test_events_point_to_the_canonical_actor(store):
    doc = helpers.document()
    store.write_document(doc, [helpers.result(doc)])
    variant = Actor("Nikolay Patrushev", "person", "RUS", "GOV")
    text = helpers.TEXT + " A second report."
    doc2 = helpers.document(text, record_id="doc-2")
    events = [_with_target(e, variant) for e in helpers.events(text)[:1]]
    store.write_document(doc2, [ArticleResult(helpers.article(doc2, 0, text), [variant], events)])
    first = helpers.PATRUSHEV.actor_id
    rows = store.db.execute("SELECT target_actor_id, record FROM events WHERE mode = 'meeting'")
    ids = {(row[0], json.loads(row[1])["target"]["actor_id"]) for row in rows}
    assert ids == {(first, first)}
    assert variant.actor_id != first


def _with_target(event: Event, actor: Actor) -> Event:
    event.target = helpers.part(actor, event.target.text, event.target.start)
    return event


def test_same_input_in_the_same_order_gives_the_same_database(tmp_path):
    def build(path):
        with Store(path) as store:
            for spelling in ("Sergey Lavrov", "Sergei Lavrov", "Serguei Lavrov"):
                write(store, [lavrov(spelling, roles=["Minister"])], text=spelling)
            return dump(store)

    assert build(tmp_path / "a.db") == build(tmp_path / "b.db")


def dump(store: Store) -> list:
    tables = ("actors", "actor_aliases", "actor_roles", "actor_keys", "actor_merges")
    return [sorted(tuple(row) for row in store.db.execute(f"SELECT * FROM {t}")) for t in tables]


def test_an_older_database_gets_keys_for_its_actors(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        write(store, [lavrov("Sergei Lavrov")])
        store.db.execute("DELETE FROM actor_keys")  # as a database written before the index
    with Store(path) as store:
        write(store, [lavrov("Sergey Lavrov")], text="2")
        assert stored(store) == [("Sergei Lavrov", "RUS")]
