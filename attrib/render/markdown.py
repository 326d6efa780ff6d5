"""A Markdown view, for pasting into an editor's ticket: the editor's summary (findings),
counts, claims, sources, non-responses; in the UI language's words (:mod:`attrib.lang.messages`)."""
from __future__ import annotations

from ..lang import language_name
from ..lang.messages import Catalogue, catalogue, ui_language as _ui_language
from ..model import Attribution, Report, Source



def render_markdown(report: Report, *, claim_chars: int = 160, ui_language: str | None = None) -> str:
    """The report as GitHub-flavoured Markdown, in ``ui_language`` (default: the article's)."""
    t = catalogue(_ui_language(report.language, ui_language))
    s = report.summary
    n = s["claims"]
    pct = lambda k: f"{s[k]} ({100 * s[k] / n:.0f}%)" if n else str(s[k])  # noqa: E731
    lang = t(f"language.{report.language}") if f"language.{report.language}" in t else language_name(report.language)
    counts = [f"**{t('summary.claims')}** {n} ({t('summary.attributed', n=s['attributed'])})"]
    counts += [f"{t('summary.' + k)} {pct(k)}" for k in ("unattributed", "single_source", "anonymous",
                                                          "corroborated", "disputed")]
    counts.append(f"{t('summary.sources')} {s['sources']} ("
                  + t("summary.sources_detail", named=s["named_sources"], anonymous=s["anonymous_sources"]) + ")")
    counts.append(f"{t('summary.responses')} {s['responses']}")
    lines = [f"# {t('report.title')} ({lang})", ""]
    if report.headline:
        lines += [f"**{_inline(report.headline)}**", ""]
    lines += [f"## {t('heading.findings')}", ""]
    lines += [f"- {_inline(f.text)}" for f in report.findings(t.code)]
    lines += ["", f"## {t('heading.summary')}", "", " · ".join(counts), "",
              f"## {t('heading.claims')}", "",
              f"| # | {t('column.claim')} | {t('column.sources')} | {t('column.flags')} |", "|---|---|---|---|"]
    for c in report.claims:
        srcs = [_attribution(report, a, t) for a in c.attributions]
        lines.append(f"| {c.id} | {_cell(_short(c.text, claim_chars))} | {_cell('; '.join(srcs)) or '—'} | "
                     f"{', '.join(f'`{f.value}`' for f in c.flags)} |")
    flagged = [c for c in report.claims if c.explanations]
    if flagged:
        lines += ["", f"### {t('heading.why')}", ""]
        for c in flagged:
            for f in c.flags:
                why = c.explanations.get(f.value)
                if why:
                    lines.append(f"- **{c.id}** `{f.value}`: {_inline(why)}")
    lines += ["", f"## {t('heading.sources')}", ""]
    members: dict[str, list[Source]] = {}
    for src in report.sources:
        if src.member_of:
            members.setdefault(src.member_of, []).append(src)
    for src in report.sources:
        if src.member_of and report.source(src.member_of) is not None:
            continue
        lines += _source(src, members, 0, t)
    if report.responses:
        lines += ["", f"## {t('heading.responses')}", ""]
        for r in report.responses:
            p = report.source(r.party)
            who = (p.name or p.label) if p else r.party
            lines.append(f"- **{_inline(who)}** {t('response.' + r.kind.value)}: “{_inline(r.text)}”")
    return "\n".join(lines) + "\n"


def _attribution(report: Report, a: Attribution, t: Catalogue) -> str:
    """``who (cue[, stance])``; a cue that carries its source ("ujarnya") is written once."""
    src = report.source(a.source)
    who = a.mention.text if a.mention else (src.label if src else "?")
    if not a.cue:
        return who
    stance = f", {t('stance.' + a.stance.value)}" if a.stance.value != "asserts" else ""
    # "ujarnya", "katanya": the mention is the cue itself; name the source it stands for instead
    if a.mention and (a.mention.start, a.mention.end) == (a.cue.start, a.cue.end):
        return f"{src.name or src.label if src else '?'} ({a.cue.text}{stance})"
    return f"{who} ({a.cue.text}{stance})"


def _source(s: Source, members: dict[str, list[Source]], depth: int, t: Catalogue) -> list[str]:
    facts = [t(f"source_kind.{s.kind.value}")]
    if s.count is not None:
        facts.append(t("status.count", n=s.count))
    facts.append(t("status.anonymous") if s.anonymous else t("status.named" if s.named else "status.unnamed"))
    facts += [_inline(x) for x in (s.role, s.affiliation) if x]
    texts: list[str] = []
    for m in s.mentions:
        if m.text not in texts:
            texts.append(m.text)
    line = (f"{'  ' * depth}- **{s.id}** {_inline(s.name or s.label)} — {', '.join(facts)}; "
            + t("mentions", n=len(s.mentions)) + ": " + ", ".join(f"‘{_inline(m)}’" for m in texts))
    out = [line]
    for sub in members.get(s.id, []):
        out += _source(sub, members, depth + 1, t)
    return out


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# what the article's own text must not do in the Markdown: raw HTML ("<script>", "<iframe
# srcdoc=…>") as entities; links, images and emphasis ("[x](javascript:…)", "![…]") and the
# table's "|" as backslash escapes, so the report is safe to paste into a ticket or a wiki
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKUP = frozenset("\\`*_[]|")


def _inline(text: str) -> str:
    """Article text on one line, with its markup neutralised (see _ENTITIES, _MARKUP)."""
    out = []
    for ch in " ".join(text.split()):
        out.append(_ENTITIES.get(ch) or ("\\" + ch if ch in _MARKUP else ch))
    return "".join(out)


def _cell(text: str) -> str:
    return _inline(text)
