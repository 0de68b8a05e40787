"""named26: a name said in a clause before a look is never dropped from the look. "data 로그에 에러 찍히는데 봐줄 수
있어?" was read as a pasted error before a request (`_after_pasted_error`) and "캐시 쪽이 좀 느린 것 같은데 확인
부탁드려요" as a context clause (`_without_context`): both answered `docker ps`, the container they are about dropped.
The one now refused (asked again), the other read as the complaint about cache it is (its status and last lines)."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("캐시 쪽이 좀 느린 것 같은데 확인 부탁드려요", ["docker inspect cache", "docker logs --tail 20 cache"]),
    ("웹이 좀 이상한데 확인 좀", ["docker inspect web", "docker logs --tail 20 web"]),
    # kept: a context clause naming nothing; a pasted error before a request that names nothing
    ("요즘 좀 느린 것 같은데 컨테이너 목록 보여줘", ["docker ps"]),
    ("pull access denied for my-app, repository does not exist 라는데 이미지 목록 좀", ["docker images"]),
    ("Bind for 0.0.0.0:8080 failed: port is already allocated 이래요. nginx 8081 포트로 실행해줘",
     ["docker run -d -p 8081:80 nginx"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["data 로그에 에러 찍히는데 봐줄 수 있어?", "data 로그에 에러 찍혀요 봐줄 수 있어?",
                                  "cache 상태가 이상한데 확인 부탁해요"])
def test_never_a_listing_that_drops_the_name(text):
    assert list(answer(text).cli) != ["docker ps"], answer(text)
