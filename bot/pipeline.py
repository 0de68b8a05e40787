"""The whole flow, top to bottom: one request in, one reply out.

    normalize -> parse -> plan -> authorize -> execute -> render

Front ends (shell, cli, slack) build a `Request`, call `Gorae.handle` and deliver
the `Reply`. When the decision is "confirm", the reply carries a pending id and
the front end calls `Gorae.confirm(pending_id, actor, channel)` once the same
person says yes. Only the executor and the engine view do I/O.

Two answers take more than one plan's worth of care:

- a partial reading (`NotUnderstood.proposal`, with the words not read in `unread`)
  is planned and asked as a question through the same pending path: only the
  asker's yes accepts it, then the policy decides as for any request (deny still
  denies, an approve rule still needs a second person, a confirm rule is met by
  that yes). A refused, foreign or late answer runs nothing.
- a `Sequence` is one Plan whose `steps` are each authorized (any deny denies the
  whole, naming the step), confirmed once, and executed in order, stopping at the
  first failure (the reply says which steps ran and which did not).
"""
from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol

from bot import model as m
from bot import render
from bot.engine.named import DEFAULT, Engines, load_engines
from bot.engine.plan import plan as make_plan
from bot.engine.view import (
    DockerView,
    EngineUnavailable,
    EngineView,
    NullView,
    docker_client,
    probe,
    raw_client,
)
from bot.language.engine_clause import find
from bot.language.normalize import normalize, prompt_host
from bot.language.parse import detect_lang, parse
from bot.model import (
    ALLOW,
    Actor,
    Command,
    Decision,
    Exec,
    Help,
    Lang,
    Msg,
    NotUnderstood,
    Outcome,
    Plan,
    Prohibition,
    RemoveImage,
    Reply,
    Request,
    RunContainer,
    Sequence,
    Unresolved,
    VerbClass,
    reply_lang,
)
from bot.state.backend import StateUnavailable
from bot.state.pending import MemoryPending, Pending, PendingStore
from bot.state.pending import changed as plan_changed

Progress = Callable[[str], None]
log = logging.getLogger(__name__)
_BACKTICKED = re.compile(r"`([^`]+)`")  # the names a message lists (parse.loan_name: "`web`, `cache`")
# (blind13) what a name said with the everyday word for a service is read as on an engine that is no Swarm manager
# (`explain`): a look or a start, stop, restart, pause — never a removal or a kill on that word alone
_KEPT_BY_SERVICE_WORD = (m.Inspect, m.Logs, m.Top, m.Port, m.Stats, m.Start, m.Stop, m.Restart, m.Pause, m.Unpause)

# The engines that answered GET /_ping in the request being handled (`Gorae.handle` / `confirm`):
# each is probed once a request (before the plan reads it), not again before the run. None: not
# inside a request (`gorae explain`, a thread the request started): probed at every use.
_answered: ContextVar[set[str] | None] = ContextVar("gorae_answered", default=None)


@contextmanager
def _one_request() -> Iterator[None]:
    token = _answered.set(set())
    try:
        yield
    finally:
        _answered.reset(token)


def _probe_once(key: str, check: Callable[[], None]) -> None:
    """`check()` (a probe that raises EngineUnavailable), unless engine `key` answered it earlier
    in this request."""
    answered = _answered.get()
    if answered is not None and key in answered:
        return
    check()
    if answered is not None:
        answered.add(key)


def _lang_of(text: str) -> str:
    """The reply language of a request not read yet: ko for any Hangul, else en."""
    return reply_lang(detect_lang(text))


# --------------------------------------------------------------------------- the seams
# What the pipeline asks of the parts a front end plugs in (bot/front/compose.py). The
# engine view's seam is bot.engine.view.EngineView; the pending store's is
# bot.state.pending.PendingStore.


def _runs_in(cmd: Command | NotUnderstood, name: str) -> bool:
    """`cmd` runs a command of its own in the image or container `name`: an exec in it, or a run of
    `name` with a command (planned as an exec when `name` is a running container, bot/engine/plan.py)."""
    if isinstance(cmd, RunContainer):
        return bool(cmd.command) and cmd.image == name
    return isinstance(cmd, Exec) and cmd.target == name


def _joins(cmd: Command | NotUnderstood, name: str) -> bool:
    """`cmd` runs a new container on the network `name` ("run redis with restart policy always on
    backend"): the place of the container, not an engine (the plan checks that the network is one)."""
    return isinstance(cmd, RunContainer) and cmd.network == name


def _publishes(cmd: Command | NotUnderstood, name: str) -> bool:
    """`cmd` starts a new container that publishes the port `name` (a number): "fire up redis on 6380",
    "pull redis then run it on 6380" — a number after "on" is the port, never an engine."""
    if isinstance(cmd, Sequence):
        return any(_publishes(step, name) for step in cmd.steps)
    return (isinstance(cmd, RunContainer) and name.isdigit()
            and any(int(name) in (p.host_port, p.container_port) for p in cmd.ports))


class Authority(Protocol):
    """The policy, as the pipeline uses it (bot.policy.check.Authorizer; `Decide` without one).

    Every member may raise: the pipeline then fails closed (deny with policy.error)."""

    @property
    def confirm_ttl(self) -> float | None: ...  # seconds a question waits; None: Gorae.confirm_ttl

    def __call__(self, plan: Plan, request: Request) -> Decision: ...

    def allowed_classes(self, request: Request) -> Iterable[VerbClass] | None: ...  # None: all

    def can_approve(self, plan: Plan, request: Request, approver: Actor, channel: str) -> Decision: ...

    def take(self, plan: Plan, request: Request) -> Decision | None: ...  # a rate-limit slot; None: taken

    def admit(self, plan: Plan, request: Request, asked: Decision) -> Decision: ...  # decided again at the yes


class AuditSink(Protocol):
    """Where requests and their outcomes are written (bot.state.audit.AuditLog). Rows are ints."""

    def start(self, request: Request, plan: Plan, decision: Decision) -> int: ...

    def begin(self, row: int, *, by: str | None = None, decision: Decision | None = None) -> None: ...

    def finish(self, row: int | None, outcome: Outcome | str | None, seconds: float | None = None, *,
               message: Msg | None = None) -> None: ...

    def record(self, request: Request, status: str, *, plan: Plan | None = None,
               decision: Decision | None = None, message: Msg | None = None) -> int: ...


@dataclass(frozen=True)
class Decide:
    """An Authority from one decision function: no roles, no approvers, no rate limit.

    `NO_POLICY` is gorae without a policy file; tests give their own function."""

    decide: Callable[[Plan, Request], Decision]
    confirm_ttl: float | None = None

    def __call__(self, plan: Plan, request: Request) -> Decision:
        return self.decide(plan, request)

    def allowed_classes(self, request: Request) -> Iterable[VerbClass] | None:
        return None

    def can_approve(self, plan: Plan, request: Request, approver: Actor, channel: str) -> Decision:
        return Decision("deny", Msg.of("policy.approve.no_policy"), rule="no_policy")

    def take(self, plan: Plan, request: Request) -> Decision | None:
        return None

    def admit(self, plan: Plan, request: Request, asked: Decision) -> Decision:
        decision = self.decide(plan, request)
        if decision.kind == "deny" or (decision.kind == "approve" and asked.kind != "approve"):
            return decision
        return Decision("allow", decision.reason, decision.rule)


@dataclass(frozen=True)
class Explanation:
    """parse + plan (+ decision), nothing run: what `gorae explain` prints."""

    text: str
    lang: Lang
    parsed: Command | NotUnderstood
    planned: Plan | Unresolved | None
    decision: Decision | None = None  # of `planned`, or of `proposed` for a partial reading
    # a partial reading's closest complete reading, planned: only ever asked as a question
    proposed: Plan | Unresolved | None = None
    unchecked: Msg | None = None  # planned without an engine: why (names were not checked)

    @property
    def understood(self) -> bool:
        return isinstance(self.planned, Plan)


@dataclass
class Gorae:
    """One bot: an engine, a policy (authorize), an audit log, pending confirmations."""

    authorizer: Authority | None = None  # None: no policy file (NO_POLICY)
    audit: AuditSink | None = None  # None: nothing is recorded
    confirm_ttl: float = 300.0  # a policy's confirm_ttl (authorizer.confirm_ttl) wins
    _client: Any = None  # the docker SDK's DockerClient, made on first use
    pending: PendingStore = field(default_factory=MemoryPending)  # Slack: StatePending (shared)
    clock: Callable[[], float] = time.time
    # the named engines (docker contexts + gorae's `engines:`); None: read on first use
    engines: Engines | None = None
    _clients: dict[str, Any] = field(default_factory=dict)  # engine name -> SDK client (not the env default)

    @property
    def authority(self) -> Authority:
        return self.authorizer if self.authorizer is not None else NO_POLICY

    # ----------------------------------------------------------------- engine
    def known_engines(self) -> Engines:
        """The engines (bot/engine/named.py load_engines), read once. Raises EnginesInvalid."""
        if self.engines is None:
            self.engines = load_engines()
        return self.engines

    def _env_default(self, engine: str | None) -> bool:
        """Is `engine` the CLI's implicit default context (DOCKER_HOST / the default socket)?"""
        if engine is None:
            engine = self.known_engines().default
        spec = self.known_engines().get(engine)
        return spec is None or (spec.name == DEFAULT and spec.source == "env")

    def client(self, engine: str | None = None) -> Any:
        """The SDK client of `engine` (None: the default), made once and kept (also across
        failures). An engine that has stopped answering raises EngineUnavailable within
        seconds (`bot.engine.view.probe`, once per engine in a request), naming the engine."""
        if self._env_default(engine):
            if self._client is None:
                self._client = docker_client()
            else:
                _probe_once("", probe)  # "": the environment's default engine
            return self._client
        from bot.engine.named import client_for

        spec = self.known_engines().get(engine or self.known_engines().default)
        assert spec is not None
        client = self._clients.get(spec.name)
        if client is None:
            client = self._clients[spec.name] = client_for(spec)
        elif spec.tls is None:
            try:
                _probe_once(spec.name, lambda: probe(spec.host))
            except EngineUnavailable as e:
                raise EngineUnavailable(spec.where, denied=e.denied, timeout=e.timeout) from None
        return client

    def view(self, engine: str | None = None) -> EngineView:
        """The engine, read-only, for planning. Without an SDK client yet (`gorae explain`),
        a small direct client answers: planning alone never pays for importing the SDK."""
        if self._env_default(engine):
            if self._client is None:
                raw = raw_client()
                if raw is not None:
                    return DockerView(raw)
        try:
            return DockerView(self.client(engine))
        except EngineUnavailable as e:
            return NullView(e.message())

    def _plan(self, cmd: Command, text: str = "") -> Plan | Unresolved:
        """`cmd` planned on the engine(s) it names (bot/engine/choose.py); engine errors translated."""
        from bot.engine.choose import plan_on

        def view_of(name: str) -> EngineView:  # the env default through view() as before
            return self.view() if self._env_default(name) else self.view(name)

        try:
            return plan_on(cmd, self.known_engines(), view_of, text)
        except Exception as e:  # an engine error while reading: translated once (`_unplanned`)
            return self._unplanned(cmd, e)

    # ----------------------------------------------------------------- stages
    def _read(self, clean: str) -> tuple[Command | NotUnderstood, str, Unresolved | None]:
        """parse, with the engine clause taken off ("prod-1에서 …", "… on every host", "(staging)"):
        (parsed, the request text without the clause, a refusal of an unknown engine)."""
        import bot.engine.choose as choose  # (`import … as`: ~0.4 µs a call, `from … import` ~2 µs)

        conflict, unknown = choose.conflict, choose.unknown
        clause = find(clean)
        engine, sure = choose.take_clause(clause, self.known_engines())
        if clause is None or engine is None:
            return parse(clean), clean, None
        if choose.excluded_said(clause, clean) is not None:
            # "restart web except on prod-1": the engine is left out, never named; the rest without its
            # exclusion word is read only to say what is refused (an exclusion naming nothing is unread)
            asked = parse(choose.without_exclusion(clause), detail=False)
            if isinstance(asked, Command) and not isinstance(asked, (Help, Prohibition)):
                return asked, clause.rest, conflict(asked, clause, clean)
        if not sure:  # "web에서 ls 실행": an ordinary phrase, unless only the rest reads
            # only whether (and as what) the rest reads is asked of it: a rest not understood is
            # never what is answered, so it needs no suggestions or partial reading
            whole = parse(clean)
            if isinstance(whole, (Help, Prohibition)):
                return whole, clean, None  # whatever the rest reads as, the answer below is `whole`
            if _runs_in(whole, engine) or _joins(whole, engine):
                # "data에서 whoami 실행", "exec ps aux on data", "run echo hi there in alpine": a command
                # run in the clause's name — a container or an image; "run redis … on backend": a new
                # container on that network. A loose clause (not `sure`) names no known engine: the
                # place of the command or container, whatever the rest reads as (so the rest is not
                # parsed). Never "restart web on prod-9" with a container prod-9: that runs nothing
                # in it, and is decided below.
                return whole, clean, None
            if _publishes(whole, engine) and self.known_engines().get(engine) is None:
                # "run nginx on 8082": the port it publishes, named by no engine — the whole, whatever
                # the rest reads as (so the rest is not parsed)
                return whole, clean, None
            rest = parse(clause.rest, detail=False)
            if isinstance(rest, NotUnderstood) or isinstance(rest, (Help, Prohibition)):
                return whole, clean, None
            # "restart web on prod-9" also reads as restart web, prod-9: the same verb with the
            # clause taken off says the clause named an engine; "web에서 ls 실행" reads otherwise
            if not isinstance(whole, NotUnderstood) and type(whole) is not type(rest):
                return whole, clean, None
            if conflict(rest, clause, clean) is None and self.known_engines().get(engine) is None:
                thing = choose.read_of_a_thing(rest, engine, self.view())
                if thing is not None:
                    # (w2en) "which containers are on backend?": the network's containers, never an engine asked for
                    return thing, clean, None
            return rest, clause.rest, (conflict(rest, clause, clean) or choose.unread_place(rest, clause)
                                       or unknown(rest, engine, self.known_engines()))
        parsed = parse(clause.rest)
        if isinstance(parsed, NotUnderstood):
            if parsed.proposal is not None:
                parsed = replace(parsed, proposal=replace(parsed.proposal, engine=engine))
            return parsed, clause.rest, None
        if isinstance(parsed, (Help, Prohibition)):
            return parsed, clause.rest, None
        if (clash := conflict(parsed, clause, clean)) is not None:
            return parsed, clause.rest, clash
        if engine != "*" and self.known_engines().get(engine) is None:
            return parsed, clause.rest, unknown(parsed, engine, self.known_engines())
        return replace(parsed, engine=engine), clause.rest, None

    def explain(self, text: str, request: Request | None = None) -> Explanation:
        from bot.language.parse_natural import reads_only as _transcript_read
        from bot.language.pasted import fence_asked_otherwise, pasted_apart, transcript

        if (otherwise := fence_asked_otherwise(text)) is not None:
            # (safe34en) "```docker stop web```\nrun this on cache instead": the command changed, never run as it is
            clean = normalize(text)
            lang = detect_lang(normalize(otherwise))
            return Explanation(clean, lang, NotUnderstood(clean, lang, Msg.of("parse.fence_changed", said=otherwise)), None)
        # (lead32b) output pasted before the request (a log line, a code fence, an error before an arrow): the request
        # alone is read — no word of the paste is one of the order, a write inside it never runs
        text = pasted_apart(text) or text
        clean = normalize(text)
        parsed, said, refused = self._read(clean)
        if parsed.lang == "cli" and transcript(text) and (
                isinstance(parsed, NotUnderstood) or not _transcript_read(parsed)):
            # (breaker34) "$ docker volume rm db\ndb": a terminal session pasted, what happened there — a write in it
            # never runs again (a read that reads whole, "$ docker ps\nweb", is answered)
            parsed, refused = NotUnderstood(text, "cli", Msg.of("parse.transcript")), None
        if "@" in text and (host := prompt_host(text)) is not None:
            parsed, refused = self._prompt_engine(host, parsed, refused)
        if parsed.lang != "cli" and refused is None and not isinstance(parsed, (Help, Prohibition)) and (
                isinstance(parsed, NotUnderstood) or m.named(parsed).targets):
            # (perf25) gated: a handover is taken (below) only when the whole does not read or names more targets than
            # the request alone; a whole that names no target ("음.. 이미지 목록 보여줄래": a listing; a Sequence, whose
            # `m.named` is empty) can take none, so its sentences are not read again (bench item 6's tail: 3 of its 4
            # parses). The same answers (bench/explain_diff.py: 0 differences).
            # (hand21) a handover: reports told, then one request ("EOD handover. I stopped my-volume at 6pm. Please
            # start it again"): that request alone, read as said (bot/language/handover.py) — when the whole does not
            # read, or reads the same command on more names, the reports' words among them ("Back from lunch. data
            # seems stuck. Can you pause data?" paused a container `lunch` too)
            from bot.language.handover import handed_over
            from bot.language.parse import negated

            handed = handed_over(text, lambda said_one: parse(normalize(said_one), detail=False), negated)
            if handed is not None:
                reread = self._read(normalize(handed))
                if isinstance(parsed, NotUnderstood) or (
                        type(reread[0]) is type(parsed) and isinstance(reread[0], Command) and reread[2] is None
                        and set(m.named(reread[0]).targets) < set(m.named(parsed).targets)):
                    clean = normalize(handed)
                    parsed, said, refused = reread
        if "?" in text and isinstance(parsed, Command):
            from bot.language.outside import asked_before_more

            # (lead31) "restart web ok? cache too": a tag question after a write, then more words — asked back
            parsed = asked_before_more(text, parsed, lambda before: parse(normalize(before), detail=False))
        if isinstance(parsed, Command):
            from bot.language.unordered_ko import disbelief_en

            # (lead31c) "seriously, rm cache?"; (lead32) "rm cache?!", "u want me to rm cache": asked back, never run
            parsed = disbelief_en(text, parsed)
            if refused is None and isinstance(parsed, Command) and ":" in text:
                from bot.language.outside import label_unknown

                # (brk34a) "then: rm data", "afterwards: rm data": a label normalize or a handover took off, as said
                parsed = label_unknown(text, parsed, lambda said_one: parse(normalize(said_one), detail=False))
        if request is not None and request.bot_id and isinstance(parsed, Command) and "<@" in text:
            from bot.language.outside import addressed_by_mention

            # (safe33en) "<@U0MINSU> restart web": said to another user, asked back, never run as gorae's
            parsed = addressed_by_mention(text, request.bot_id, parsed)
        lang = detect_lang(said)
        if refused is not None:
            lang_of = parsed.lang if isinstance(parsed, Command) else lang
            return Explanation(clean, lang_of, parsed, refused)
        if (apart := self._addressed_apart(parsed, said)) is not None:
            return Explanation(clean, apart.lang, apart, None)
        if isinstance(parsed, NotUnderstood):
            proposal = parsed.proposal
            if proposal is None and (glued := self._glued_read(said)) is not None:
                decision = self.authorize(glued[1], request) if request is not None else None
                return Explanation(clean, parsed.lang, glued[0], glued[1], decision)
            if proposal is None or isinstance(proposal, (Help, Prohibition)):
                return Explanation(clean, parsed.lang, parsed, None)
            if proposal.typos and (named := self._typo_named(proposal)) is not None:
                return Explanation(clean, parsed.lang, NotUnderstood(said, parsed.lang, named), None)
            if proposal.lang != parsed.lang:  # answered, after the yes too, in the asker's language
                proposal = replace(proposal, lang=parsed.lang)
            proposed = self._plan(proposal, said)
            if parsed.reason.key == "parse.keyboard" and not isinstance(proposed, Plan):
                # (kbd22) "data wkaRks ajacnj": the fewest words decoded named no container ("wkaRks"): more are decoded
                from bot.language.parse import keyboard_slip

                again = keyboard_slip(said, lambda cmd: isinstance(self._plan(cmd, said), Plan))
                if isinstance(again, NotUnderstood) and again.proposal is not None:
                    if (named := self._typo_named(again.proposal)) is not None:
                        return Explanation(clean, again.lang, NotUnderstood(said, again.lang, named), None)
                    parsed, proposal = again, replace(again.proposal, lang=again.lang)
                    proposed = self._plan(proposal, said)
            if (read := self._loan_read(parsed, proposal, proposed)) is not None:
                decision = self.authorize(read, request) if request is not None else None
                return Explanation(clean, parsed.lang, proposal, read, decision)
            asked = None
            if request is not None and isinstance(proposed, Plan):
                asked = self.authorize(proposed, request)
            return Explanation(clean, parsed.lang, parsed, None, asked, proposed)
        plan_fn: Callable[[Command], Plan | Unresolved]
        if parsed.engine is None and not self.known_engines().many:
            view = self.view()
            plan_fn = lambda cmd: self._plan_on(cmd, view)  # noqa: E731
            unchecked = (view.reason or Msg.of("engine.unreachable", where="?")) if isinstance(view, NullView) else None
        else:
            plan_fn = lambda cmd: self._plan(cmd, said)  # noqa: E731
            unchecked = None
        planned = plan_fn(parsed)
        if parsed.not_a_service and isinstance(planned, Plan) and self._a_service(parsed):
            # "web 서비스 중지" with a service web on the engine: services have no such verb (never the container)
            return Explanation(clean, parsed.lang, NotUnderstood(said, parsed.lang, Msg.of(
                "swarm.no_such_verb", verb=planned.verb)), None)
        if isinstance(planned, Unresolved) and planned.reason.key == "swarm.not_manager":
            # (blind13) "web 서비스 로그 보여줘", "restart the cache service" on an engine that is no Swarm manager: there
            # is no service at all, so the everyday word names the container (compose's word for one): read without it
            from bot.language.parse import without_service_word

            bare = without_service_word(said)
            if bare is not None and isinstance(again := parse(bare), _KEPT_BY_SERVICE_WORD):  # never a removal
                planned_again = plan_fn(again)
                if isinstance(planned_again, Plan):
                    parsed, planned = again, planned_again
        if isinstance(planned, Unresolved) and planned.reason.key == "plan.no_such_container":
            # (kbd22) "web fhrm qhduwnj": words typed with the other keyboard layout on read as names no container has
            from bot.language.parse import keyboard_slip

            again = keyboard_slip(said, lambda cmd: isinstance(plan_fn(cmd), Plan))
            if isinstance(again, NotUnderstood) and again.proposal is not None:
                if (named := self._typo_named(again.proposal)) is not None:
                    return Explanation(clean, again.lang, NotUnderstood(said, again.lang, named), None)
                proposed = plan_fn(again.proposal)
                asked = self.authorize(proposed, request) if request is not None and isinstance(proposed, Plan) else None
                return Explanation(clean, again.lang, again, None, asked, proposed)
            if isinstance(again, Command):
                parsed, planned = again, plan_fn(again)
        if parsed.typos and isinstance(planned, Plan):
            if (named := self._typo_named(parsed)) is not None:
                return Explanation(clean, parsed.lang, NotUnderstood(said, parsed.lang, named), None)
            planned = replace(planned, notes=planned.notes + tuple(
                Msg.of("parse.typo_read", typed=typed, meant=meant) for typed, meant in parsed.typos))
        if isinstance(planned, Unresolved) and (image := self._image_meant(parsed, planned)) is not None:
            # "alpine 지워줘" with no container alpine but an image alpine: the image removal asked back
            nu = NotUnderstood(said, parsed.lang, Msg.of("parse.image_meant", name=image.images[0]), proposal=image)
            proposed = plan_fn(image)
            asked = self.authorize(proposed, request) if request is not None and isinstance(proposed, Plan) else None
            return Explanation(clean, parsed.lang, nu, None, asked, proposed)
        if isinstance(planned, Unresolved) and (guess := self._without_unknown_words(parsed, planned, said, plan_fn)):
            nu, proposed = guess  # "stop the flibber web": `flibber` names nothing — proposed without it
            asked = self.authorize(proposed, request) if request is not None else None
            return Explanation(clean, parsed.lang, nu, None, asked, proposed)
        decision = None
        if request is not None and isinstance(planned, Plan):
            decision = self.authorize(planned, request)
        return Explanation(clean, parsed.lang or lang, parsed, planned, decision, unchecked=unchecked)

    def _prompt_engine(self, host: str, parsed: Command | NotUnderstood,
                       refused: Unresolved | None) -> tuple[Command | NotUnderstood, Unresolved | None]:
        """(lead27) A docker command pasted with its shell prompt naming a host ("root@prod-9:~# docker rm web", bot/
        language/normalize.py `prompt_host`): run on the engine of that name when gorae knows one (its first DNS label
        too: "prod-9.corp" -> prod-9); when gorae knows several engines and none by that name, a write is refused
        (engines.prompt_unknown: the engine is said, never guessed — it ran on the default); a read, or a write with
        gorae's one engine (a prompt is often a laptop's: "me@laptop:~$ docker ps"), as before. An engine said in
        the request itself ("… on staging", `--context`) is kept."""
        if refused is not None or not isinstance(parsed, Command) or parsed.engine is not None:
            return parsed, refused
        from bot.language.parse_natural import reads_only

        engines = self.known_engines()
        for name in (host, host.split(".")[0]):
            if engines.get(name) is not None:
                return replace(parsed, engine=name), None
        if engines.many and not reads_only(parsed):
            return parsed, Unresolved(parsed, Msg.of("engines.prompt_unknown", host=host,
                                                     known=", ".join(engines.names())),
                                      suggestions=tuple(engines.names()))
        return parsed, refused

    def _loan_read(self, parsed: NotUnderstood, proposal: Command, proposed: Plan | Unresolved) -> Plan | None:
        """(voice22) A READ whose name was said by its Hangul transliteration (parse.loan_name: "웹 로그 보여줘",
        "캐시 프로세스 보여 줘") answered directly when each name guessed matches exactly one existing thing on the
        engine it is planned on — a container, an image, a network or a volume of that very name (session 22
        decision): the plan, with a note saying how the name was read. (lead23) A WRITE so said ("캐시 재시작해 줘",
        "디비 켜 줘", "데이터 컨테이너 삭제해 줘": only the writes parse offers, grammar/lexicon.txt `loan_name_offered`,
        and `loan_name_destroyed` with 컨테이너 said) is planned the same way when each name matches exactly one
        container (the only kind these verbs act on): the policy then confirms a destructive one as every other; a
        name that matches no container or more than one stays asked. (loan25) A pull said with 이미지 ("알파인 이미지 받아
        줘", `loan_name_image_offered`) is planned when that image is here (pulled again), else asked; (lead32a) so is a
        removal ("알파인 이미지 삭제하기").
        None: asked back as before."""
        from bot.language.parse_natural import reads_only

        if parsed.reason.key != "parse.loan_name" or not isinstance(proposed, Plan):
            return None
        writes = proposed.writes or not reads_only(proposal)
        params = dict(parsed.reason.params)
        names = _BACKTICKED.findall(str(params.get("name", "")))
        if not names:
            return None
        view = self.view(proposal.engine) if proposal.engine not in (None, "*") else self.view()
        if not view.available:
            return None
        containers = [c.name for c in view.containers()]
        networks, volumes = view.networks(), view.volumes()
        for name in names:
            found = (containers.count(name) + networks.count(name) + volumes.count(name)
                     + (view.image(name) is not None))
            if isinstance(proposal, (m.Pull, m.RemoveImage)):
                if view.image(name) is None or (isinstance(proposal, m.RemoveImage) and proposal.of_containers):
                    # (loan25) "알파인 이미지 받아 줘": pulled again only when that image is here; (lead32a) so removed
                    return None
                continue
            if (containers.count(name) != 1) if writes else (found != 1):
                return None  # a write acts on containers only: a volume db beside the container db is no doubt
        note = Msg.of("plan.loan_name_read", said=params.get("said", ""), name=params.get("name", ""))
        return replace(proposed, notes=(note, *proposed.notes))

    def _glued_read(self, said: str) -> tuple[Command, Plan] | None:
        """(voice24) A verb glued to a name, typed on a phone ("restartweb", "webrestart", "logsweb"; bot/language/parse.py
        `glued_readings`): (the command, its plan with a note saying how it was read) when exactly one way of splitting
        it names exactly one container on the engine and plans; None otherwise — nothing is offered then, never a
        name guessed ("restartfoo": no container foo; "startstop": no name)."""
        from bot.language.parse import glued_readings

        readings = glued_readings(said)
        if not readings:
            return None
        view = self.view()
        if not view.available:
            return None
        containers = [c.name for c in view.containers()]
        typed = said.strip()
        if ({typed, typed.lower()} & (set(containers) | set(view.networks()) | set(view.volumes()))
                or view.image(typed) is not None):
            return None  # "webstop" a container of its own: a name, never web's stop
        found = [(cmd, verb, name) for cmd, verb, name in readings if containers.count(name) == 1]
        if len(found) != 1:
            return None
        cmd, verb, name = found[0]
        proposed = self._plan(cmd, said)
        if not isinstance(proposed, Plan):
            return None
        note = Msg.of("plan.glued_read", said=said.strip(), verb=verb, name=name)
        return cmd, replace(proposed, notes=(note, *proposed.notes))

    def _addressed_apart(self, parsed: Command | NotUnderstood, said: str) -> NotUnderstood | None:
        """(break7) A name said first and addressed (`Command.addressed`, bot/language/parse.py `_addressed_apart`: "web,
        restart cache", "hey cache, restart web", "web: cache 재시작") that is a container on the engine the command is
        planned on: the refusal that says it was said apart (parse.addressed) — never dropped, never one more target;
        None otherwise (a first word that names no container is context)."""
        cmd = parsed.proposal if isinstance(parsed, NotUnderstood) else parsed
        if cmd is None or cmd.addressed is None:
            return None
        view = self.view(cmd.engine) if cmd.engine not in (None, "*") else self.view()
        if not view.available or cmd.addressed not in {c.name for c in view.containers()}:
            return None
        return NotUnderstood(said, cmd.lang, Msg.of("parse.addressed", name=cmd.addressed, said=said))

    def _a_service(self, cmd: Command) -> bool:
        """Whether a name said with the everyday word for a service (`cmd.not_a_service`) is a Swarm service
        on the engine the command is planned on (bot/engine/view.py `services`, None: not a manager)."""
        view = self.view(cmd.engine) if cmd.engine not in (None, "*") else self.view()
        services = (view.services() if view.available else None) or []
        return any(n in services for n in cmd.not_a_service)

    def _typo_named(self, cmd: Command) -> Msg | None:
        """A word typed one slip from a verb and read as it (`cmd.typos`, bot/language/typo.py) that is a
        container or image name on the engine the command is planned on: the refusal that says so (a typo
        never becomes a name, nor a name a verb); None when no such word is a name."""
        typed_ascii = [(typed, meant) for typed, meant in cmd.typos if typed.isascii()]
        if not typed_ascii:
            return None  # a Korean word is never a name (every Docker entity is ASCII)
        view = self.view(cmd.engine) if cmd.engine not in (None, "*") else self.view()
        if not view.available:
            return None
        names = {c.name for c in view.containers()}
        for typed, meant in typed_ascii:
            if typed in names or view.image(typed) is not None:
                return Msg.of("parse.typo_is_name", typed=typed, meant=meant)
        return None

    def _image_meant(self, cmd: Command, planned: Unresolved) -> RemoveImage | None:
        """A removal of one name that is no container but an image on the engine it is planned on ("alpine 지워줘",
        bot/engine/plan.py `image_removal`): the image removal to ask back; None otherwise."""
        if planned.reason.key != "plan.no_such_container":
            return None
        from bot.engine.plan import image_removal

        view = self.view(cmd.engine) if cmd.engine not in (None, "*") else self.view()
        return image_removal(cmd, view) if view.available else None

    @staticmethod
    def _without_unknown_words(cmd: Command, planned: Unresolved, said: str,
                               plan_fn: Callable[[Command], Plan | Unresolved]) -> tuple[NotUnderstood, Plan] | None:
        """An English word read as one more container that names none ("stop the flibber web",
        bot.language.parse.without_word): the reading without it, as a partial reading to propose
        (`unread` = those words), when the rest plans; None otherwise (the refusal stands)."""
        from bot.language.parse import MAX_UNREAD, without_word

        unread: list[str] = []
        now: Plan | Unresolved = planned
        while isinstance(now, Unresolved) and now.reason.key == "plan.no_such_container":
            word = str(dict(now.reason.params).get("name", ""))
            smaller = without_word(cmd, word, said) if len(unread) < MAX_UNREAD else None
            if smaller is None:
                return None
            unread.append(word)
            cmd, now = smaller, plan_fn(smaller)
        if not unread or not isinstance(now, Plan):
            return None
        reason = Msg.of("parse.partial", words=", ".join(f"`{w}`" for w in unread))
        return NotUnderstood(said, cmd.lang, reason, proposal=cmd, unread=tuple(unread)), now

    def _plan_on(self, cmd: Command, view: EngineView) -> Plan | Unresolved:
        """`plan(cmd, view)` on one engine; an engine error while reading is translated (`_unplanned`)."""
        try:
            return make_plan(cmd, view)
        except Exception as e:
            return self._unplanned(cmd, e)

    def _unplanned(self, cmd: Command, e: Exception) -> Unresolved:
        """An engine error raised while planning, translated here, once, into an Unresolved with the
        sentence to show (bot.engine.docker_errors.read_error): front ends never see an exception
        from planning, and no exception name."""
        from bot.config import docker_host
        from bot.engine.docker_errors import read_error

        return Unresolved(cmd, read_error(e, where=docker_host()))

    def authorize(self, plan: Plan, request: Request) -> Decision:
        """The policy's decision; a sequence is decided step by step (`_authorize_steps`),
        and so is a plan on every engine (one step per engine)."""
        if plan.steps:
            decision = self._authorize_steps(plan, request)
            if plan.engine == "*" and decision.rule == "sequence":  # several engines: asked as such
                engines = [s.engine or "?" for s in plan.steps]
                return Decision("confirm", Msg.of("engines.confirm_many", count=len(engines),
                                                  engines=", ".join(engines)), rule="engines.many")
            return decision
        return self._authorize_one(plan, request)

    def _authorize_one(self, plan: Plan, request: Request) -> Decision:
        if self.authorizer is None:
            return default_decision(plan)
        try:
            return self.authorizer(plan, request)
        except StateUnavailable:  # the state database: refused as such by handle/confirm
            raise
        except Exception:  # fail closed
            return Decision("deny", Msg.of("policy.error"), rule="error")

    def handle(self, request: Request, *, progress: Progress | None = None) -> Reply:
        """Answer one request. The state database unreachable (bot.state.backend.StateUnavailable:
        no audit row, no rate-limit slot, no pending): refused in one sentence, nothing run."""
        try:
            with _one_request():
                return self._handle(request, progress=progress)
        except StateUnavailable as e:
            log.error("request refused, state database unavailable: %s", e)
            return render.simple("failed", Msg.of("state.unavailable"), _lang_of(request.text))

    def _handle(self, request: Request, *, progress: Progress | None = None) -> Reply:
        started = time.monotonic()
        ex = self.explain(request.text, request)
        lang = reply_lang(ex.lang)
        if isinstance(ex.parsed, Help):  # only what this asker may do, here
            allowed = self.authority.allowed_classes(request)
            classes = None if allowed is None else [c.value for c in allowed]
            return render.help_reply(lang, classes, ex.parsed.topic)
        if isinstance(ex.parsed, NotUnderstood) and isinstance(ex.proposed, Plan):
            return self._propose(request, ex.parsed, ex.proposed, ex.decision or ALLOW, lang)
        if not isinstance(ex.planned, Plan):
            self._audit_note(request, ex)
            return render.not_planned(ex.parsed, ex.planned, lang)
        plan, decision = ex.planned, ex.decision or ALLOW
        if decision.kind in ("confirm", "approve"):
            pend = self._park(request, plan, decision)
            return render.ask_confirm(plan, decision, lang, pend.id)
        if decision.allowed:
            decision = self._take_slot(plan, request, decision)
        if not decision.allowed:
            self._audit(request, plan, decision, None, started)
            return render.denied(plan, decision, lang)
        return self._run(request, plan, decision, lang, started, progress)

    def confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                progress: Progress | None = None, accepted: Callable[[], None] | None = None) -> Reply:
        """See `_confirm`. The state database unreachable: refused in one sentence, nothing run."""
        try:
            with _one_request():
                return self._confirm(pending_id, actor, channel, yes=yes, progress=progress, accepted=accepted)
        except StateUnavailable as e:
            log.error("answer refused, state database unavailable: %s", e)
            return render.simple("failed", Msg.of("state.unavailable"), "en")

    def _confirm(self, pending_id: str, actor: Actor, channel: str, *, yes: bool = True,
                 progress: Progress | None = None, accepted: Callable[[], None] | None = None) -> Reply:
        """The same person, in the same place, within the time limit, says yes (or no).

        When the decision was "approve", the yes must come from someone else holding an
        approver role, in the same channel (the asker may still withdraw with a no). A refused
        answer consumes nothing; a pending runs at most once. The plan is made again at the
        yes: if its targets changed (other IDs, more or fewer matches), gorae asks again.
        `accepted()` is called once the answer counts and the plan is about to run (a front
        end shows nothing of the click before that: a refused click leaves the question as it was).
        """
        pend = self.pending.get(pending_id)
        if pend is None:
            return render.simple("info", Msg.of("confirm.unknown"), "en")
        lang = reply_lang(pend.plan.command.lang)
        refusal = self._refuse_answer(pend, actor, channel, yes)
        if refusal is not None:
            return render.simple("denied", refusal, lang)
        pend = self.pending.take(pending_id)
        if pend is None:  # another answer got there first
            return render.simple("info", Msg.of("confirm.unknown"), lang)
        if pend.expired(self.clock()):
            self._audit_end(pend.audit_row, "expired")
            return render.simple("info", Msg.of("confirm.expired"), lang)
        if not yes:
            self._audit_end(pend.audit_row, "cancelled")
            return render.simple("info", Msg.of("confirm.cancelled"), lang)
        started = time.monotonic()
        fresh = self._replan(pend.plan)
        moved = plan_changed(pend.plan, fresh)
        if moved is not None or not isinstance(fresh, Plan):
            self._audit_end(pend.audit_row, "changed")
            if not isinstance(fresh, Plan):
                return render.simple("failed", Msg.of("confirm.gone"), lang)
            return self._ask_again(pend.request, fresh, lang, Msg.of("confirm.changed", what=moved))
        decision = self._admit(pend)
        if decision.kind in ("confirm", "approve"):  # the policy now wants a second person
            # a proposal's yes accepted the reading; the approval is a question of its own
            self._audit_end(pend.audit_row, "accepted" if pend.proposal else "changed")
            return self._ask_again(pend.request, fresh, lang, decision.reason)
        if not decision.allowed:
            self._audit_end(pend.audit_row, "denied", decision.reason)
            return render.denied(pend.plan, decision, lang)
        if pend.proposal:  # the audit row keeps the question (what was guessed, what was not read)
            decision = Decision(decision.kind, pend.decision.reason, f"proposal, then {decision.rule or 'allow'}")
        if accepted is not None:  # the answer counts and the plan runs now (Slack shows "working")
            accepted()
        return self._run(pend.request, pend.plan, decision, lang, started, progress,
                         row=pend.audit_row, by=actor.user)

    # ----------------------------------------------------------------- confirmation (issue 3)
    def _refuse_answer(self, pend: Pending, actor: Actor, channel: str, yes: bool) -> Msg | None:
        """Why this answer does not count (nothing is consumed), or None when it does."""
        if channel != pend.request.channel:
            return Msg.of("confirm.foreign")
        asker = actor.user == pend.request.actor.user
        if pend.decision.kind != "approve" or (asker and not yes):
            return None if asker else Msg.of("confirm.foreign")
        plans: tuple[Plan, ...] = (pend.plan,)
        if pend.plan.steps:  # the steps that need approval now (none: every step, which fails closed)
            plans = tuple(s for s in pend.plan.steps
                          if self._authorize_one(s, pend.request).kind == "approve") or pend.plan.steps
        try:
            for plan in plans:
                verdict = self.authority.can_approve(plan, pend.request, actor, channel)
                if not verdict.allowed:
                    return verdict.reason or Msg.of("policy.denied")
        except StateUnavailable:  # the state database: refused as such by handle/confirm
            raise
        except Exception:  # fail closed
            return Msg.of("policy.error")
        return None

    def _authorize_steps(self, plan: Plan, request: Request) -> Decision:
        """Every step through the policy: any deny denies the whole (naming the step); any
        approve or confirm asks once for the whole; a sequence that writes is always asked."""
        decisions = [self._authorize_one(step, request) for step in plan.steps]
        for kind in ("deny", "approve", "confirm"):
            for n, d in enumerate(decisions, 1):
                if d.kind == kind:
                    return replace(d, step=n)
        if plan.writes:  # two verbs read as one request: shown and confirmed together
            return Decision("confirm", Msg.of("sequence.confirm", count=len(plan.steps)), rule="sequence")
        return Decision("allow", None, rule=decisions[0].rule if decisions else None)

    def _take_slot(self, plan: Plan, request: Request, decision: Decision) -> Decision:
        """An allowed write takes its rate-limit slot when it runs (explain never does);
        a sequence takes one per step."""
        try:
            for n, step in enumerate(plan.steps or (plan,), 1):
                refused = self.authority.take(step, request)
                if refused is not None:
                    return replace(refused, step=n) if plan.steps else refused
        except StateUnavailable:  # the state database: refused as such by handle/confirm
            raise
        except Exception:  # fail closed
            return Decision("deny", Msg.of("policy.error"), rule="error")
        return decision

    def _admit(self, pend: Pending) -> Decision:
        """Decide again at the yes (the policy or the rate limit may say no now), step by step."""
        decisions = []
        for n, step in enumerate(pend.plan.steps or (pend.plan,), 1):
            d = self._admit_one(step, pend)
            if pend.plan.steps and d.kind != "allow":
                d = replace(d, step=n)
            if d.kind == "deny":
                return d
            decisions.append(d)
        return next((d for d in decisions if d.kind == "approve"), None) or decisions[0]

    def _admit_one(self, plan: Plan, pend: Pending) -> Decision:
        try:
            return self.authority.admit(plan, pend.request, pend.decision)
        except StateUnavailable:  # the state database: refused as such by handle/confirm
            raise
        except Exception:  # fail closed
            return Decision("deny", Msg.of("policy.error"), rule="error")

    # ----------------------------------------------------------------- a partial reading (issue 8)
    def _propose(self, request: Request, nu: NotUnderstood, plan: Plan, decision: Decision,
                 lang: str) -> Reply:
        """Ask the closest complete reading as a yes/no question, bound to the asker.

        Nothing runs here. A reading the policy would refuse is not asked at all (the
        reply says so); otherwise the yes goes through `confirm` and the policy again.
        """
        if decision.kind == "deny":
            if self.audit is not None:
                self.audit.record(request, "not_understood", plan=plan, decision=decision, message=nu.reason)
            return render.proposal_refused(nu, plan, decision, lang)
        question = render.proposal_question(plan, nu)
        pend = self._park(request, plan, Decision("confirm", question, rule="proposal"), proposal=True)
        return render.ask_proposal(plan, question, decision, lang, pend.id)

    def _replan(self, plan: Plan) -> Plan | Unresolved | None:
        try:
            if plan.command.engine is None and plan.engine is None and not self.known_engines().many:
                return make_plan(plan.command, self.view())
            return self._plan(plan.command)
        except Exception:  # a plan that cannot be made again is a changed world
            return None

    def _ask_again(self, request: Request, plan: Plan, lang: str, why: Msg | None) -> Reply:
        decision = self.authorize(plan, request)
        if decision.kind == "deny":
            self._audit(request, plan, decision, None, time.monotonic())
            return render.denied(plan, decision, lang)
        kind: Literal["approve", "confirm"] = "approve" if decision.kind == "approve" else "confirm"
        pend = self._park(request, plan, Decision(kind, decision.reason, decision.rule or "changed"))
        return render.ask_confirm(plan, Decision(kind, why or decision.reason, decision.rule), lang, pend.id)

    def _audit_note(self, request: Request, ex: Explanation) -> None:
        if self.audit is None:
            return
        if isinstance(ex.parsed, NotUnderstood):
            self.audit.record(request, "not_understood", message=ex.parsed.reason)
        elif isinstance(ex.planned, Unresolved):
            self.audit.record(request, "unresolved", message=ex.planned.reason)
        else:
            self.audit.record(request, "not_run")

    def _audit_end(self, row: int | None, status: str, message: Msg | None = None) -> None:
        if self.audit is not None and row is not None:
            self.audit.finish(row, status, None, message=message)

    # ----------------------------------------------------------------- helpers
    def _park(self, request: Request, plan: Plan, decision: Decision, *, proposal: bool = False) -> Pending:
        now = self.clock()
        ttl = self.authority.confirm_ttl or self.confirm_ttl
        row = self.audit.start(request, plan, decision) if self.audit is not None else None
        pend = Pending(secrets.token_hex(8), request, plan, decision, now, now + ttl, row, proposal)
        self.pending.put(pend)
        return pend

    def _run(self, request: Request, plan: Plan, decision: Decision, lang: str,
             started: float, progress: Progress | None, *, row: int | None = None, by: str | None = None) -> Reply:
        from bot.engine.execute import execute  # imports the docker SDK

        if row is None:
            row = self._audit(request, plan, decision, None, started)
        elif self.audit is not None:
            self.audit.begin(row, by=by, decision=decision)  # the pending row now runs
        if plan.engine == "*":
            from bot.engine.fanout import run_fanout

            outcome = run_fanout(plan, self.client, progress=progress)
        else:
            try:
                client = self.client(plan.engine) if plan.engine else self.client()
            except EngineUnavailable as e:
                outcome = Outcome(False, e.message())
            else:
                if plan.steps:
                    outcome = run_steps(plan, client, progress=progress)
                else:
                    outcome = execute(plan, client, progress=progress)
        self._audit(request, plan, decision, outcome, started, row=row)
        return render.outcome(plan, outcome, lang)

    def _audit(self, request: Request, plan: Plan, decision: Decision,
               outcome: Outcome | None, started: float, row: int | None = None) -> int | None:
        if self.audit is None:
            return None
        if outcome is None and row is None:
            return self.audit.start(request, plan, decision)
        if row is not None:
            try:
                self.audit.finish(row, outcome, time.monotonic() - started)
            except StateUnavailable as e:  # it ran: the row stays "started, no outcome" (true), the reply stands
                log.error("audit row %s: outcome not recorded: %s", row, e)
        return row


def run_steps(plan: Plan, client: Any, *, progress: Progress | None = None) -> Outcome:
    """Execute a sequence's steps in order, stopping at the first that fails (an error, or a
    command that exits non-zero); one Outcome says which steps ran and which did not."""
    from bot.engine import execute as execute_mod  # imports the docker SDK

    outs: list[Outcome] = []
    for step in plan.steps:
        out = execute_mod.execute(step, client, progress=progress)
        outs.append(out)
        if _failed(out):
            break
    return combine_steps(plan, outs)


def _failed(out: Outcome) -> bool:
    return not out.ok or out.exit_code not in (None, 0)


def combine_steps(plan: Plan, outs: list[Outcome]) -> Outcome:
    """The outcomes of a sequence's steps (in order; the last may have failed) as one Outcome."""
    count = len(plan.steps)
    table = next((o.table for o in reversed(outs) if o.table is not None), None)
    fields = tuple(f for o in outs for f in o.fields)
    out_text = "\n".join(o.text for o in outs if o.text) or None
    exit_code = outs[-1].exit_code if outs else None

    def listed(numbers: range) -> str:
        return ", ".join(f"{n} (`{' && '.join(plan.steps[n - 1].cli)}`)" for n in numbers)

    if not outs or not _failed(outs[-1]):
        details = tuple(d for o in outs for d in ((o.message,) if o.message else ()) + o.details)
        return Outcome(len(outs) == count, Msg.of("sequence.done", count=count), table, fields, out_text,
                       exit_code, details)
    last = outs[-1]
    n = len(outs)
    details = ((last.message,) if last.message else ()) + last.details
    if n > 1:
        details += (Msg.of("sequence.ran", steps=listed(range(1, n))),)
    if n < count:
        details += (Msg.of("sequence.not_run", steps=listed(range(n + 1, count + 1))),)
    head = Msg.of("sequence.failed", n=n, count=count, cli=" && ".join(plan.steps[n - 1].cli))
    return Outcome(False, head, table, fields, out_text, exit_code, details)


def default_decision(plan: Plan) -> Decision:
    """Without a policy (the local user): everything allowed, destructive things confirmed."""
    if plan.destructive:
        return Decision("confirm", Msg.of("confirm.destructive"), rule="default")
    return ALLOW


NO_POLICY = Decide(lambda plan, request: default_decision(plan))  # Gorae.authorizer None
