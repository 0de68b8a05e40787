"""untagged26: images without a tag said in Korean — "태그 없는 이미지 정리해" (docker image prune: the dangling ones,
never -a), "태그 없는 이미지 보여줘" (--filter dangling=true): natural.lark `unused`, grammar/lexicon.txt `dangling`.
Before, both were refused (parse.unknown_word)."""
import pytest
from test_wordings_fresh import answer

READ = [
    ("태그 없는 이미지 정리해", ["docker image prune"]),
    ("태그 안 붙은 이미지 지워줘", ["docker image prune"]),
    ("태그 없는 이미지 보여줘", ["docker images --filter dangling=true"]),
    ("태그 안 붙은 이미지 목록", ["docker images --filter dangling=true"]),
    ("댕글링 이미지 정리해", ["docker image prune"]),
]


@pytest.mark.parametrize("text,want", READ)
def test_read(text, want):
    assert list(answer(text).cli) == want


@pytest.mark.parametrize("text", ["태그 없는 이미지 지우지 마", "태그 없는 이미지 정리했어"])
def test_not_a_write(text):
    assert not answer(text).cli
