"""look27: reads of one container asked in words that were refused or answered short.
- its published ports: "web 컨테이너가 공개한 포트를 알려주시겠습니까?" (the port it published, a relative clause),
  "db 컨테이너 3306 포트 매핑 돼 있어?" (mapped, asked in the passive; the port said: docker port db 3306),
  "web 80번 포트가 호스트 몇 번에 매핑돼 있어?" (the host's number asked), "ports on my-nginx" (docker port);
- its files: "data 파일 목록" and "data 안에 파일 리스트" answered docker inspect data (the files dropped), "data 안에
  파일 뭐 있어요?" was refused — the listing run there (docker exec data ls); "web /etc 안에 뭐 있어?" was offered back
  as a write to run (a yes asked): a listing changes nothing, it is answered."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("web 컨테이너가 공개한 포트를 알려주시겠습니까?", ["docker port web"]),
    ("cache가 매핑한 포트 보여줘", ["docker port cache"]),
    ("db 컨테이너 3306 포트 매핑 돼 있어?", ["docker port db"]),  # whether, asked: all its mappings (run21, fresh18)
    ("web 80번 포트가 호스트 몇 번에 매핑돼 있어?", ["docker port web"]),
    ("web 포트 매핑 돼 있어?", ["docker port web"]),
    ("cache 포트 매핑 되어 있나요?", ["docker port cache"]),
    ("web 80 포트 열려 있어?", ["docker port web"]),
    ("ports on my-nginx", ["docker port my-nginx"]),
    ("ports of my-nginx", ["docker port my-nginx"]),
    ("the ports on web?", ["docker port web"]),
    ("ip on web", ["docker inspect web"]),
    ("data 파일 목록", ["docker exec data ls"]),
    ("data 안에 파일 리스트", ["docker exec data ls"]),
    ("data 안에 파일 뭐 있어요?", ["docker exec data ls"]),
    ("list files in data", ["docker exec data ls"]),
    ("web /etc 안에 뭐 있어?", ["docker exec web ls /etc"]),
    ("data /etc 폴더에 뭐 있어?", ["docker exec data ls /etc"]),
    # as before
    ("web 포트 보여줘", ["docker port web"]),
    ("web 로그 tail", ["docker logs -f web"]),  # fresh19: the word tail said last, as ops chat says a follow
    ("`my-nginx` 로그 tail", ["docker logs -f my-nginx"]),
    ("web 로그 tail 50", ["docker logs --tail 50 web"]),
    ("web 로그 하루치", ["docker logs --since 24h web"]),  # a day's worth (fresh19)
    ("cache 로그 하루 치 보여줘", ["docker logs --since 24h cache"]),
    ("data 로그 처음부터 끝까지", ["docker logs data"]),  # from the first line to the last (fresh19)
    ("list files in /etc on web", ["docker exec web ls /etc"]),
    ("nginx 8080 포트 매핑해서 실행", ["docker run -d -p 8080:80 nginx"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["web 지워도 돼?", "web에서 rm -rf /tmp 해볼까?", "web 파일 뭐 지웠어?"])
def test_a_write_asked_is_never_run(text):
    assert not answer(text).cli, answer(text)
