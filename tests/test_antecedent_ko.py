"""bot/language/antecedent_ko.py: a Korean clause that says one thing, then a request that names nothing — the request of
that thing (a read; a write only after a complaint of the thing said first). Called here directly (the answers through
the whole pipeline: tests/test_parse_lead28.py)."""
from bot import model as m
from bot.language.antecedent_ko import antecedent
from bot.language.normalize import normalize
from bot.language.parse import negated, parse


def read(said: str) -> m.Command | m.NotUnderstood:
    return parse(said, detail=False)


def test_a_read_of_the_thing_said():
    # (session 33) "제 앱이 web 컨테이너에서 도는데 …" is the speaker's own service, set aside before (ko33a,
    # bot/language/own_service.py): the clause here is another said of where the thing is
    got = antecedent(normalize("어제 web 컨테이너에서 배치가 돌았는데 로그 좀 볼 수 있을까요?"), read, negated)
    assert isinstance(got, m.Logs) and got.target == "web"
    assert normalize("제 앱이 web 컨테이너에서 도는데 로그 좀 볼 수 있을까요?") == "web 로그 좀 볼 수 있을까요?"
    got = antecedent(normalize("pgdata 볼륨이 꽉 찼는데 상태 좀 보여줄래?"), read, negated)
    assert isinstance(got, m.VolumeInspect) and got.name == "pgdata"  # its kind kept


def test_a_write_only_after_a_complaint_of_the_thing_said_first():
    got = antecedent(normalize("web에 배포한 게 반영이 안 된 것 같은데 재시작 한번 해주실래요?"), read, negated)
    assert isinstance(got, m.Restart) and got.targets == ("web",)
    assert antecedent(normalize("web에 배포했는데 지워줘"), read, negated) is None  # told, no complaint


def test_nothing_else():
    assert antecedent(normalize("web이랑 cache가 느린데 재시작해줘"), read, negated) is None  # two things
    assert antecedent(normalize("web 지우니까 로그 보여줘"), read, negated) is None  # a verb of gorae's said of it
    assert antecedent(normalize("web 쉘 붙어서 보고 싶은데"), read, negated) is None  # no request said
