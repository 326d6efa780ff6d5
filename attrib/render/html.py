"""The HTML view: one self-contained page (inline CSS, JS and SVG; nothing is fetched).

The page opens with the editor's summary (:mod:`attrib.findings`), then shows the article with
its claims, source mentions and cues highlighted (a claim is coloured by its most serious flag
and labelled with its id and flags, as displaCy labels entities), a detail panel that explains the claim under the pointer
or the one clicked (its sources, flags and their reasons, the claims it disputes or that
dispute it), the summary, the sources, the non-responses, the disputes and the claim–source
graph. Everything but the detail panel is plain HTML, so the page reads (and prints) without
JavaScript. On a narrow window (≤ 900 px) the panel is a bottom sheet over the article, so a
click on a claim shows it where the reader is. Every word of the page comes from the message
catalogue of the UI language (:mod:`attrib.lang.messages`).

Safety: every piece of article text is escaped (``html.escape``); the data the script reads is
JSON with ``<``, ``>`` and ``&`` written as ``\\u003c`` etc., so an article saying
``</script>`` cannot close the element; the script builds the panel with ``textContent``, never
``innerHTML``; and a Content-Security-Policy allows only this page's own script (by its hash),
so even markup that slipped through could neither run nor load anything.
"""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from html import escape
from typing import Any, Iterable

from .. import __version__
from ..lang.messages import Catalogue, catalogue, ui_language as _ui_language
from ..model import Claim, Flag, Report, Source
from ..lang import language_name
from .svg import KIND_COLOURS, SEVERITY, GraphDrawing, draw_graph, severity_name
from .html_assets import CSS, SCRIPT

# nesting layers of the highlighted article, outermost first: a claim contains its source
# mentions and cues; a cue that carries its source ("ujarnya") is both, the cue inside
LAYER_BLOCK, LAYER_MENTION, LAYER_CUE = 0, 1, 2
SHORT_CLAIM = 220  # characters of a claim's text in the lists and the panel


@dataclass(frozen=True)
class Mark:
    """A stretch of the text to wrap in an element: ``<tag attrs>text[start:end]</tag>``.

    Marks of a lower ``layer`` enclose those of a higher one. ``ident`` is written as the
    element's ``id`` on its first piece only, when overlaps split the element in pieces.
    """

    start: int
    end: int
    layer: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    ident: str | None = None

    def open(self, first: bool) -> str:
        attrs = self.attrs + ((("id", self.ident),) if first and self.ident else ())
        return f"<{self.tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs) + ">"


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """``text`` escaped, with every mark wrapped in its element, properly nested.

    Marks may nest or overlap in any way. The text is cut at every mark boundary; each piece
    is wrapped in the marks covering it, ordered by layer (then outer before inner), and
    between two pieces only the elements that change are closed and opened. A mark cut by
    another it overlaps becomes several elements, so the result is always well-formed.
    Linear in the text plus the marks (times the few marks that cover one piece).
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, m in enumerate(marks):
        starts.setdefault(m.start, []).append(i)
        ends.setdefault(m.end, []).append(i)
    cuts = sorted({0, len(text), *starts, *ends})
    order = lambda i: (marks[i].layer, marks[i].start, -marks[i].end, i)  # noqa: E731
    active: set[int] = set()
    stack: list[int] = []  # the marks whose elements are open, outermost first
    opened: set[int] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        want = sorted(active, key=order)
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] == want[keep]:
            keep += 1
        out.extend(f"</{marks[i].tag}>" for i in reversed(stack[keep:]))
        for i in want[keep:]:
            out.append(marks[i].open(i not in opened))
            opened.add(i)
        stack = want
        out.append(escape(text[a:b], quote=False))
    out.extend(f"</{marks[i].tag}>" for i in reversed(stack))
    return "".join(out)


def article_marks(report: Report, t: Catalogue | None = None) -> list[Mark]:
    """The highlights of the article: claims (their id and flags as a label, ``data-chip``),
    non-responses and non-claims; source mentions (anonymous ones marked) and cues inside them."""
    t = t or catalogue(_ui_language(report.language))
    marks: list[Mark] = []
    for c in report.claims:
        names = ", ".join(_flag_name(t, f) for f in c.flags) or t("flagname.none")
        marks.append(Mark(c.start, c.end, LAYER_BLOCK, "span", (
            ("class", f"claim sev-{severity_name(c)}"), ("data-claim", c.id), ("tabindex", "0"),
            ("data-chip", f"{c.id} · {names}" if c.flags else c.id),
            ("title", f"{c.id}: {names}")), ident=c.id))
    for r in report.responses:
        marks.append(Mark(r.start, r.end, LAYER_BLOCK, "span", (
            ("class", "response"), ("title", t(f"response.{r.kind.value}")))))
    for s in report.non_claims:
        marks.append(Mark(s.start, s.end, LAYER_BLOCK, "span", (("class", "nonclaim"),)))
    seen: set[tuple[int, int]] = set()
    for src in report.sources:
        for m in src.mentions:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                marks.append(Mark(m.start, m.end, LAYER_MENTION, "span", (
                    ("class", "mention anon" if src.anonymous else "mention"),
                    ("data-source", src.id), ("title", _source_title(src, t)))))
    cues: set[tuple[int, int]] = set()
    for c in report.claims:
        for a in c.attributions:
            # a mention the resolver left out of the source's list is still highlighted
            if a.mention and (a.mention.start, a.mention.end) not in seen:
                seen.add((a.mention.start, a.mention.end))
                src = report.source(a.source)
                marks.append(Mark(a.mention.start, a.mention.end, LAYER_MENTION, "span", (
                    ("class", "mention anon" if src and src.anonymous else "mention"),
                    ("data-source", a.source or ""))))
            if a.cue and (a.cue.start, a.cue.end) not in cues:
                cues.add((a.cue.start, a.cue.end))
                marks.append(Mark(a.cue.start, a.cue.end, LAYER_CUE, "span", (("class", "cue"),)))
    return marks


def render_html(report: Report, *, title: str | None = None, home: str | None = None,
                max_graph_claims: int = 300, ui_language: str | None = None,
                headline: str | None = None) -> str:
    """The report as one self-contained HTML page.

    Args:
        report: the report to show.
        title: what the report is about (a file name); shown in the heading and the tab.
        home: a link back to where another article can be submitted (``attrib serve``).
        max_graph_claims: the graph draws at most this many claims (the first ones).
        ui_language: the language of the page's words (a code with a message catalogue); default the article's.
        headline: the article's headline (an HTML input's ``<h1>``), shown above the report.
    """
    t = catalogue(_ui_language(report.language, ui_language))
    headline = headline or report.headline
    script = SCRIPT
    csp = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
           f"script-src '{_sha256(script)}'; base-uri 'none'; form-action 'none'")
    name = title or t("html.article")
    lang = t(f"language.{report.language}") if f"language.{report.language}" in t else language_name(report.language)
    drawing = draw_graph(report, max_claims=max_graph_claims)
    parts = [
        f"<!DOCTYPE html>\n<html lang=\"{escape(t.code)}\">\n<head>\n<meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta name="generator" content="attrib {escape(__version__)}">\n',
        f"<title>{escape(t('report.title'))} · {escape(headline or name)}</title>\n<style>{CSS}</style>\n"
        "</head>\n<body>\n<header>",
        f'<p class="home"><a href="{escape(home)}">{escape(t("html.home"))}</a></p>' if home else "",
        f"<h1>{escape(t('report.title'))} <span class=\"name\">{escape(name)}</span></h1>",
        f'<p class="headline" lang="{escape(report.language)}">{escape(headline)}</p>' if headline else "",
        '<p class="meta">' + escape(t("html.meta", language=lang, chars=f"{len(report.text):,}",
                                      version=__version__)) + "</p></header>\n",
        _findings(report, t), _summary(report, t), _legend(t),
        '<div class="layout">\n',
        f'<article id="article" lang="{escape(report.language)}">{highlight(report.text, article_marks(report, t))}</article>\n',
        f'<aside id="detail" aria-live="polite"><p class="hint">{escape(t("html.hint"))}</p></aside>\n',
        "</div>\n",
        _claims(report, t), _disputes(report, t), _sources(report, t), _responses(report, t),
        _graph(drawing, t),
        f'<script type="application/json" id="attrib-data">{script_json(_data(report, t))}</script>\n',
        f"<script>{script}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` are ``\\u`` escapes (so
    ``</script>`` or ``<!--`` in the data cannot end or change the element), as are U+2028/9."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


# --- parts of the page -------------------------------------------------------------------------
def _flag_name(t: Catalogue, f: Flag) -> str:
    return t(f"flagname.{f.value}")


def _findings(report: Report, t: Catalogue) -> str:
    """The editor's summary: one sentence per finding, most serious first."""
    items = "".join(f'<li class="finding-{escape(f.kind)}">{escape(f.text)}</li>'
                    for f in report.findings(t.code))
    return (f'<section id="findings"><h2>{escape(t("heading.findings"))}</h2>'
            f'<ul class="findings">{items}</ul></section>\n')


def _summary(report: Report, t: Catalogue) -> str:
    s = report.summary
    n = s["claims"]
    share = lambda k: f"{s[k]} <small>({100 * s[k] / n:.0f}%)</small>" if n else str(s[k])  # noqa: E731
    rows = [(t("summary.claims"), f"{n} <small>({escape(t('summary.attributed', n=s['attributed']))})</small>")]
    rows += [(t(f"summary.{k}"), share(k)) for k in ("unattributed", "single_source", "anonymous",
                                                      "corroborated", "disputed")]
    rows += [(t("summary.sources"), f"{s['sources']} <small>(" + escape(t(
                 "summary.sources_detail", named=s["named_sources"], anonymous=s["anonymous_sources"]))
              + ")</small>"),
             (t("summary.responses"), str(s["responses"]))]
    cells = "".join(f"<div><dt>{escape(k)}</dt><dd>{v}</dd></div>" for k, v in rows)
    return (f'<section id="summary"><h2>{escape(t("heading.summary"))}</h2><dl class="summary">{cells}</dl>'
            "</section>\n")


def _legend(t: Catalogue) -> str:
    items = "".join(f'<li><span class="badge flag-{f.value}">{escape(_flag_name(t, f))}</span></li>'
                    for f in SEVERITY)
    return (f'<section id="legend"><p>{escape(t("html.legend"))}</p><ul class="flags">{items}'
            f'<li><span class="badge flag-none">{escape(t("flagname.none"))}</span>'
            f'</li></ul><p class="keys"><span class="mention">{escape(t("html.key.mention"))}</span> '
            f'<span class="mention anon">{escape(t("html.key.anonymous"))}</span> '
            f'<span class="cue">{escape(t("html.key.cue"))}</span> '
            f'<span class="response">{escape(t("html.key.response"))}</span></p></section>\n')


def _badges(c: Claim, t: Catalogue) -> str:
    return "".join(f'<span class="badge flag-{f.value}">{escape(_flag_name(t, f))}</span>' for f in c.flags)


def _claim_refs(ids: Iterable[str]) -> str:
    return ", ".join(f'<a href="#{escape(i)}" data-claim-link="{escape(i)}">{escape(i)}</a>' for i in ids)


def _claims(report: Report, t: Catalogue) -> str:
    items = []
    for c in report.claims:
        who = []
        for a in c.attributions:
            src = report.source(a.source)
            label = a.mention.text if a.mention else (src.label if src else "?")
            text = f"<b>{escape(label)}</b>"
            if src is not None and src.label != label:
                text += f" = {escape(src.name or src.label)}"
            if src is not None and src.anonymous:
                text += f' <span class="anon-tag">{escape(t("status.anonymous"))}</span>'
            # "ujarnya": a cue that carries its source is the mention already; not twice
            if a.cue and not (a.mention and (a.mention.start, a.mention.end) == (a.cue.start, a.cue.end)):
                stance = f", {t('stance.' + a.stance.value)}" if a.stance.value != "asserts" else ""
                text += f' <span class="dim">({escape(a.cue.text)}{escape(stance)})</span>'
            who.append(text)
        why = "".join(f"<li><span class=\"badge flag-{f.value}\">{escape(_flag_name(t, f))}</span> "
                      f"{escape(c.explanations[f.value])}</li>" for f in c.flags if c.explanations.get(f.value))
        links = ""
        if c.denies:
            links += f'<p class="links">{escape(t("denies"))} {_claim_refs(c.denies)}</p>'
        if c.disputed_by:
            links += f'<p class="links">{escape(t("disputed_by"))} {_claim_refs(c.disputed_by)}</p>'
        items.append(
            f'<li class="sev-{severity_name(c)}" data-claim-item="{escape(c.id)}">'
            f'<p><a href="#{escape(c.id)}" data-claim-link="{escape(c.id)}" class="cid">{escape(c.id)}</a> '
            f'<span class="dim">{escape(t("kind." + c.kind.value))}</span> {_badges(c, t)}</p>'
            f'<p class="ctext">{escape(_short(c.text))}</p>'
            + (f'<p class="who">← {"; ".join(who)}</p>' if who else "")
            + (f'<ul class="why">{why}</ul>' if why else "") + links + "</li>")
    body = f'<ol class="claims">{"".join(items)}</ol>' if items else f"<p>{escape(t('no_claims'))}</p>"
    return f'<section id="claims"><h2>{escape(t("heading.claims"))}</h2>{body}</section>\n'


def _disputes(report: Report, t: Catalogue) -> str:
    rows = []
    for c in report.claims:
        if not c.denies:
            continue
        who = ", ".join(escape(_source_name(report.source(a.source))) for a in c.attributions) or "?"
        rows.append(f'<li><a href="#{escape(c.id)}" data-claim-link="{escape(c.id)}">{escape(c.id)}</a> '
                    f"({who}): “{escape(_unquoted(_short(c.text, 120)))}” "
                    f"<span class=\"arrow\">{escape(t('disputes_arrow'))}</span> {_claim_refs(c.denies)}</li>")
    if not rows:
        return ""
    return (f'<section id="disputes"><h2>{escape(t("heading.disputes"))}</h2><ul>{"".join(rows)}</ul>'
            "</section>\n")


def _unquoted(text: str) -> str:
    """A quote's text without its own quotation marks (we add ours): ‘“It is wrong,”’ → ‘It is
    wrong,’, so the list never shows ““…””."""
    return text.strip("“”„\"'‘’ ")


def _sources(report: Report, t: Catalogue) -> str:
    rows = []
    for s in report.sources:
        org = report.source(s.affiliated_with) if s.affiliated_with else None
        affiliation = _source_name(org) if org else (s.affiliation or "")
        group = report.source(s.member_of) if s.member_of else None
        texts: list[str] = []
        for m in s.mentions:
            if m.text not in texts:
                texts.append(m.text)
        status = (f'<span class="anon-tag">{escape(t("status.anonymous"))}</span>' if s.anonymous
                  else escape(t("status.named" if s.named else "status.unnamed")))
        anon = ' class="anon"' if s.anonymous else ""
        rows.append(
            f'<tr id="src-{escape(s.id)}" data-source="{escape(s.id)}"{anon}>'
            f"<td>{escape(s.id)}</td><td>{escape(_source_name(s))}</td><td>{escape(t('source_kind.' + s.kind.value))}</td>"
            f"<td>{'' if s.count is None else s.count}</td><td>{status}</td>"
            f"<td>{escape(s.role or '')}</td><td>{escape(affiliation)}</td>"
            f"<td>{escape(_source_name(group)) + ' (' + escape(group.id) + ')' if group else ''}</td>"
            f"<td>×{len(s.mentions)}: {', '.join('‘' + escape(t) + '’' for t in texts)}</td></tr>")
    heading = escape(t("heading.sources"))
    if not rows:
        return f'<section id="sources"><h2>{heading}</h2><p>{escape(t("no_sources"))}</p></section>\n'
    head = "".join(f"<th>{escape(t('column.' + h))}</th>" for h in (
        "id", "source", "kind", "count", "status", "role", "affiliation", "member_of", "mentions"))
    return (f'<section id="sources"><h2>{heading}</h2><div class="scroll-x"><table class="sources">'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>\n')


def _responses(report: Report, t: Catalogue) -> str:
    heading = escape(t("heading.responses"))
    if not report.responses:
        return f'<section id="responses"><h2>{heading}</h2><p>{escape(t("no_responses"))}</p></section>\n'
    items = []
    for r in report.responses:
        who = _source_name(report.source(r.party)) if report.source(r.party) else r.party
        items.append(f"<li><b>{escape(who)}</b> {escape(t('response.' + r.kind.value))}: "
                     f"“{escape(_unquoted(_short(r.text)))}”</li>")
    return f'<section id="responses"><h2>{heading}</h2><ul>{"".join(items)}</ul></section>\n'


def _graph(drawing: GraphDrawing, t: Catalogue) -> str:
    note = ""
    if drawing.claims_shown < drawing.claims_total:
        note = f'<p class="note">{escape(t("html.graph_cut", shown=drawing.claims_shown, total=drawing.claims_total))}</p>'
    # the legend of the nodes' colours: one swatch per kind of source (svg.KIND_COLOURS)
    kinds = "".join(f'<li><span class="swatch kind-{k}"></span>{escape(t("source_kind." + k))}</li>'
                    for k in KIND_COLOURS)
    return (f'<section id="graph"><h2>{escape(t("heading.graph"))}</h2>'
            f'<div class="graph-legend"><p class="dim">{escape(t("html.graph_edges"))}</p>'
            f'<p class="dim">{escape(t("html.graph_nodes"))}</p><ul class="kinds">{kinds}</ul>'
            f'<p class="dim">{escape(t("html.graph_responses"))}</p></div>{note}'
            f'<div class="graph-box">{drawing.svg}</div></section>\n')


def _data(report: Report, t: Catalogue) -> dict[str, Any]:
    """What the detail panel needs, keyed by id, and the panel's words (``ui``)."""
    claims = {}
    for c in report.claims:
        claims[c.id] = {
            "kind": c.kind.value, "text": _short(c.text), "severity": severity_name(c),
            "flags": [f.value for f in c.flags], "explanations": dict(c.explanations),
            "attributions": [{"source": a.source, "mention": a.mention.text if a.mention else None,
                              "cue": a.cue.text if a.cue else None, "stance": a.stance.value}
                             for a in c.attributions],
            "disputed_by": list(c.disputed_by), "denies": list(c.denies),
        }
    sources = {s.id: {"label": _source_name(s), "kind": s.kind.value, "count": s.count,
                      "anonymous": s.anonymous, "named": s.named, "role": s.role,
                      "affiliation": s.affiliation, "member_of": s.member_of}
               for s in report.sources}
    ui = {k: t(k) for k in ("heading.sources", "heading.flags", "no_source_given", "none", "html.pinned",
                            "html.close", "denies_label", "disputed_by_label", "status.anonymous")}
    ui.update({k: t.messages.get(k) or t(k) for k in ("one_of", "cue", "status.count")})
    for group, values in (("flagname", [f.value for f in Flag]), ("kind", ["direct", "indirect", "mixed",
                          "unattributed"]), ("stance", ["asserts", "denies", "hedges"]),
                          ("source_kind", list(KIND_COLOURS))):
        ui.update({f"{group}.{v}": t(f"{group}.{v}") for v in values})
    return {"claims": claims, "sources": sources, "ui": ui}


def _source_name(s: Source | None) -> str:
    return "?" if s is None else (s.name or s.label)


def _source_title(s: Source, t: Catalogue) -> str:
    facts = [t(f"source_kind.{s.kind.value}")] + ([t("status.count", n=s.count)] if s.count is not None else [])
    facts.append(t("status.anonymous") if s.anonymous else t("status.named" if s.named else "status.unnamed"))
    return f"{s.id}: {_source_name(s)} ({', '.join(facts)})"


def _short(text: str, limit: int = SHORT_CLAIM) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip(" ,;:") + "…"


def _sha256(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
