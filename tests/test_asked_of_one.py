"""bot/language/asked_of_one.py: what one container (or a volume, a network) is, does, runs or weighs, a file in it, the
containers of an image, what uses a port — each asked, each answered by a read, never a write. Called here directly (the
answers through the whole pipeline: tests/test_parse_lead28b.py)."""
from bot import model as m
from bot.language import asked_of_one as a
from bot.language.normalize import normalize
from bot.language.parse import parse


def read(said: str) -> m.Command | m.NotUnderstood:
    return parse(said, detail=False)


def test_what_one_is_or_does():
    assert a.asked_of_one_en(normalize("what does the my-nginx box do")) == m.Inspect("my-nginx", lang="en")
    assert a.asked_of_one_en(normalize("which version of nginx does web use")) == m.Inspect("web", lang="en")
    assert a.asked_of_one_en(normalize("what does restart do")) is None  # a keyword: no container
    assert a.asked_of_one_ko("my-volume은 뭐 하는 컨테이너예요?") == m.Inspect("my-volume", lang="ko")
    assert a.asked_of_one_ko("pgdata 볼륨 만든 날짜") == m.VolumeInspect("pgdata", lang="ko")
    assert a.asked_of_one_ko("web 버전 지워줘") is None  # a write's word: never among the words of asking


def test_a_file_of_one():
    assert a.file_asked_ko("data /etc/hosts 내용 보여줘") == m.Exec("data", ("cat", "/etc/hosts"), lang="ko")
    assert a.file_asked_ko("web의 /usr/share/nginx/html 안에 뭐 있어?") == m.Exec(
        "web", ("ls", "/usr/share/nginx/html"), lang="ko")
    assert a.file_asked_ko("web /etc 파일 보여줘") is None  # the files in it, or a file? asked
    assert a.file_asked_en("check disk on data with df -h") == m.Exec("data", ("df", "-h"), lang="en")


def test_of_an_image_a_port_a_size():
    got = a.made_from_en("containers built from redis?", read)
    assert isinstance(got, m.ListContainers)
    got = a.port_user_en("is anyone using port 80", read)
    assert isinstance(got, m.ListContainers)
    assert a.port_user_en("is anyone using port 99999", read) is None
    assert a.size_asked_en("how big is the pgdata volume") == m.VolumeInspect("pgdata", lang="en")
    assert a.size_asked_ko("redis 이미지 용량 얼마야") == m.ListImages(reference="redis", lang="ko")
