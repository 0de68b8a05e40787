"""exec27: commands said in words that were read short or not at all —
- a user said with 에 as the place ("web에 root로 whoami 실행해 줘", "web에 루트로 id 실행": parse.stray_words; 에서 read);
- a program typed after a container with words the sentence reader reads as its own ("cache: redis-cli info memory",
  "cache redis-cli info": read as docker inspect cache redis-cli, or refused) — the command line as typed;
- the Korean words of echo/printf said unquoted ("alpine으로 echo 안녕 실행": parse.unknown_word) — the program's."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("web에 root로 whoami 실행해 줘", ["docker exec -u root web whoami"]),
    ("web 컨테이너에 root로 id 실행", ["docker exec -u root web id"]),
    ("web에 루트로 id 실행", ["docker exec -u root web id"]),
    ("web에서 루트로 id 실행", ["docker exec -u root web id"]),
    ("web에서 root로 whoami 실행", ["docker exec -u root web whoami"]),
    ("cache: redis-cli info memory", ["docker exec cache redis-cli info memory"]),
    ("cache: redis-cli config get maxmemory", ["docker exec cache redis-cli config get maxmemory"]),
    ("cache redis-cli info", ["docker exec cache redis-cli info"]),
    ("data: cat /etc/hostname", ["docker exec data cat /etc/hostname"]),
    ("cache에 redis-cli info memory 보내", ["docker exec cache redis-cli info memory"]),  # sent into it (fresh16)
    ("cache에 redis-cli ping 보내", ["docker exec cache redis-cli ping"]),
    ("alpine으로 echo 안녕 실행", ["docker run alpine echo '안녕'"]),
    ("alpine으로 echo 안녕 한번 돌려봐", ["docker run alpine echo '안녕'"]),  # fresh17: 한번 is the sentence's
    ("alpine으로 echo '안녕' 한번 돌려봐", ["docker run alpine echo '안녕'"]),  # the quoted word was dropped too
    ("alpine으로 echo 안녕하세요 실행해줘", ["docker run alpine echo '안녕하세요'"]),
    ("web에서 echo 안녕 실행", ["docker exec web echo '안녕'"]),
    ("web에서 echo 배포 완료 찍어줘", ["docker exec web echo '배포' '완료'"]),
    ("data에서 echo web 지워 실행", ["docker exec data echo web '지워'"]),  # break8: each word one argument
    # as before
    ("inspect web and cache", ["docker inspect web cache"]),
    ("web: restart cache", []),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["web에서 echo 안녕 실행하고 web 재시작", "cache: redis-cli info memory pls", "web에 ping 보내",
                                  "alpine에 echo hi 보내"])
def test_never_run_short(text):
    a = answer(text)
    assert not a.cli or all("echo" in c or "redis-cli" in c for c in a.cli), a
