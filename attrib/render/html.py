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
from .svg import FLAG_COLOURS, KIND_COLOURS, SEVERITY, GraphDrawing, draw_graph, severity_name

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
    script = _SCRIPT
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
        f"<title>{escape(t('report.title'))} · {escape(headline or name)}</title>\n<style>{_CSS}</style>\n"
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


def _flag_css() -> str:
    """One colour per flag: badges and the claims whose most serious flag it is."""
    out = []
    for name, colour in FLAG_COLOURS.items():
        out.append(f".flag-{name}{{background:{colour}}}"
                   f".sev-{name}{{--c:{colour};--bg:{colour}1f}}")
    out += [f".kind-{kind}{{background:{colour}}}" for kind, colour in KIND_COLOURS.items()]
    return "".join(out)


_CSS = """
:root{--fg:#1d2126;--dim:#5f6670;--line:#d9dde3;--panel:#f6f7f9;font-family:system-ui,-apple-system,
"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--fg);line-height:1.5}
body{margin:0 auto;max-width:1400px;padding:1rem 1.5rem 3rem}
h1{font-size:1.5rem;margin:.2rem 0}h1 .name{font-weight:400;color:var(--dim);font-size:1.1rem}
h2{font-size:1.15rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
.meta,.dim,.hint,.note{color:var(--dim)}.home{margin:0}a{color:#1f5fa8}
dl.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:0}
dl.summary div{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.35rem .75rem}
dl.summary dt{font-size:.8rem;color:var(--dim)}dl.summary dd{margin:0;font-weight:600;font-size:1.1rem}
dl.summary small{font-weight:400;color:var(--dim)}
ul.flags{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem;padding:0;margin:.3rem 0}
.badge{display:inline-block;color:#fff;border-radius:3px;padding:0 .4rem;font-size:.78rem;font-weight:600;
margin-right:.2rem;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.keys span{margin-right:.8rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 360px;gap:1.5rem;align-items:start;margin-top:1rem}
#article{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.02rem;line-height:1.75;
font-family:Georgia,"Noto Serif","Times New Roman",serif}
.claim{background:var(--bg);border-bottom:2px solid var(--c);cursor:pointer;border-radius:2px;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.claim:hover,.claim:focus{outline:2px solid var(--c);outline-offset:1px}
.claim.selected{outline:3px solid var(--c);background:color-mix(in srgb,var(--c) 28%,#fff)}
.claim.linked{outline:2px dashed #d62728;outline-offset:2px}
.mention{font-weight:600;border-bottom:2px solid #4c78a8}
.mention.anon{border-bottom:2px dashed #d9438f}
.mention.lit{background:#fff3a8}
.cue{font-style:italic;text-decoration:underline dotted #5f6670}
.response{background:#eceff3;border-bottom:2px dotted #5f6670}
.nonclaim{color:var(--dim)}
.anon-tag{color:#b0306f;font-weight:600;font-size:.85em;border:1px dashed #d9438f;border-radius:3px;padding:0 .25rem}
#detail{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto;background:var(--panel);
border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;font-size:.92rem}
#detail h3{margin:.1rem 0 .4rem;font-size:1rem}#detail h4{margin:.7rem 0 .2rem;font-size:.85rem;color:var(--dim)}
#detail ul{padding-left:1.1rem;margin:.2rem 0}#detail .flags-why{list-style:none;padding:0;display:grid;grid-template-columns:max-content 1fr;gap:.35rem .5rem;align-items:baseline}
#detail .flags-why li{display:contents}#detail .ctext{border-left:4px solid var(--c,#8a9099);padding-left:.5rem}
#detail .pinned{float:right;font-size:.75rem;color:var(--dim)}
ol.claims{padding-left:0;list-style:none}
ol.claims>li{border-left:5px solid var(--c);padding:.25rem .75rem;margin:.6rem 0;background:#fbfbfc;break-inside:avoid}
ol.claims p{margin:.15rem 0}.cid{font-weight:700}.why{margin:.2rem 0;padding-left:1rem}.why li{margin:.1rem 0}
.arrow{color:#d62728;font-weight:600}
table.sources{border-collapse:collapse;font-size:.9rem;width:100%}
table.sources th,table.sources td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
table.sources tr[data-source]{cursor:pointer}table.sources tr.lit{background:#fff3a8}
table.sources tr.anon td:nth-child(2){color:#b0306f}
.scroll-x{overflow-x:auto}
.graph-box{overflow:auto;max-height:75vh;border:1px solid var(--line);border-radius:6px;background:#fff}
svg.graph{display:block;font:12px system-ui,sans-serif}svg.graph .col{font-weight:700;fill:#5f6670}
svg.graph .id{font-weight:700}svg.graph .node{cursor:pointer}svg.graph .node:hover text{text-decoration:underline}
svg.graph .edge{fill:none;stroke-width:1.2;opacity:.75}svg.graph .disputes{stroke:#d62728;stroke-width:1.8;stroke-dasharray:5 3;opacity:1}
svg.graph .member{stroke:#555;stroke-width:1.5;stroke-dasharray:2 3}svg.graph .affiliation{stroke:#b8a0d8}
svg.graph .hedges{stroke-dasharray:4 3}svg.graph circle.anon{stroke-width:2.5;stroke-dasharray:3 2}
svg.graph .anon-mark{fill:#b0306f}svg.graph .node.selected circle{stroke:#000;stroke-width:3}
.claim[id]::before{content:attr(data-chip);background:var(--c);color:#fff;font:600 .68rem/1.3 system-ui,sans-serif;
border-radius:3px;padding:0 .3rem;margin-right:.25rem;vertical-align:.12em;white-space:nowrap;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
#findings ul{margin:.3rem 0;padding-left:1.2rem}#findings li{margin:.15rem 0}
#findings .finding-disputed,#findings .finding-anonymous{font-weight:600}
.headline{font-size:1.2rem;font-weight:600;margin:.3rem 0;font-family:Georgia,"Noto Serif",serif}
ul.kinds{list-style:none;display:flex;flex-wrap:wrap;gap:.8rem;padding:0;margin:.2rem 0}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.3rem;vertical-align:-.1em;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
svg.graph .asked{stroke-dasharray:1 3;stroke-width:1.5}svg.graph .no-answer{fill:#5f6670;font-style:italic}
#detail .close{display:none;float:right;border:1px solid var(--line);background:#fff;border-radius:4px;cursor:pointer}
/* a narrow window: the panel is a bottom sheet over the article, shown while a claim is selected */
@media (max-width:900px){.layout{grid-template-columns:1fr}
#detail{display:none;position:fixed;left:0;right:0;bottom:0;top:auto;z-index:10;max-height:55vh;
border-radius:12px 12px 0 0;box-shadow:0 -4px 18px rgba(0,0,0,.25);padding-bottom:1.2rem}
#detail.open{display:block}#detail .close{display:inline-block}}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}.home,.hint,#detail{display:none}
.layout{display:block}.claim{outline:none!important}
.graph-box{max-height:none;overflow:visible;border:none}h2{break-after:avoid}
a{color:inherit;text-decoration:none}section,table.sources tr{break-inside:avoid-page}
#claims,#graph{break-before:page}
}
""" + _flag_css()

# The detail panel. Event delegation (one listener per event type) and id → elements indexes
# built once keep it linear in the article; nodes are made with createElement and textContent,
# never innerHTML, so nothing from the article can become markup here either.
_SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("attrib-data").textContent);
  var ui = data.ui;
  function fill(template, key, value) { return template.split("{" + key + "}").join(String(value)); }
  var panel = document.getElementById("detail");
  var article = document.getElementById("article");
  var pieces = {}, mentions = {}, items = {}, nodes = {};
  function index(sel, attr, into) {
    var els = document.querySelectorAll(sel);
    for (var i = 0; i < els.length; i++) {
      var k = els[i].getAttribute(attr);
      (into[k] || (into[k] = [])).push(els[i]);
    }
  }
  index("#article [data-claim]", "data-claim", pieces);
  index("#article .mention[data-source], #sources tr[data-source]", "data-source", mentions);
  index("[data-claim-item]", "data-claim-item", items);
  index("svg.graph .node[data-claim]", "data-claim", nodes);
  var pinned = null, shown = null, marked = [];
  var hint = panel.firstElementChild.cloneNode(true);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function claimLink(id) {
    var a = el("a", null, id);
    a.href = "#" + id;
    a.setAttribute("data-claim-link", id);
    return a;
  }
  function links(label, ids) {
    var p = el("p", "links", label + " ");
    ids.forEach(function (id, i) { if (i) p.appendChild(document.createTextNode(", ")); p.appendChild(claimLink(id)); });
    return p;
  }
  function sourceLine(a) {
    var li = el("li"), s = data.sources[a.source] || null;
    li.appendChild(el("b", null, a.mention || (s ? s.label : "?")));
    if (s && s.label !== a.mention) li.appendChild(document.createTextNode(" = " + s.label));
    var facts = [];
    if (s) {
      facts.push(ui["source_kind." + s.kind] || s.kind);
      if (s.count !== null) facts.push(fill(ui["status.count"], "n", s.count));
      if (s.role) facts.push(s.role);
      if (s.affiliation) facts.push(s.affiliation);
      if (s.member_of) facts.push(fill(ui.one_of, "group", (data.sources[s.member_of] || {label: s.member_of}).label));
    }
    if (facts.length) li.appendChild(el("span", "dim", " (" + facts.join(", ") + ")"));
    if (s && s.anonymous) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "anon-tag", ui["status.anonymous"])); }
    if (a.cue) li.appendChild(el("div", "dim", fill(ui.cue, "cue", a.cue) + (a.stance !== "asserts" ? " · " + (ui["stance." + a.stance] || a.stance) : "")));
    return li;
  }
  function show(id) {
    var c = data.claims[id];
    if (!c) return;
    shown = id;
    panel.textContent = "";
    panel.className = "sev-" + c.severity + " open";
    var close = el("button", "close", ui["html.close"]);
    close.type = "button";
    close.setAttribute("data-close", "1");
    panel.appendChild(close);
    if (pinned) panel.appendChild(el("span", "pinned", ui["html.pinned"]));
    var h = el("h3", null, id + " · " + (ui["kind." + c.kind] || c.kind));
    panel.appendChild(h);
    panel.appendChild(el("p", "ctext", c.text));
    panel.appendChild(el("h4", null, ui["heading.sources"]));
    if (c.attributions.length) {
      var ul = el("ul", "sources");
      c.attributions.forEach(function (a) { ul.appendChild(sourceLine(a)); });
      panel.appendChild(ul);
    } else {
      panel.appendChild(el("p", null, ui.no_source_given));
    }
    panel.appendChild(el("h4", null, ui["heading.flags"]));
    var fl = el("ul", "flags-why");
    c.flags.forEach(function (f) {
      var li = el("li");
      li.appendChild(el("span", "badge flag-" + f, ui["flagname." + f] || f));
      li.appendChild(el("span", "why", c.explanations[f] || ""));
      fl.appendChild(li);
    });
    if (!c.flags.length) fl.appendChild(el("li", "dim", ui.none));
    panel.appendChild(fl);
    if (c.denies.length) panel.appendChild(links(ui.denies_label, c.denies));
    if (c.disputed_by.length) panel.appendChild(links(ui.disputed_by_label, c.disputed_by));
  }
  function mark(els, cls) {
    (els || []).forEach(function (e) { e.classList.add(cls); marked.push([e, cls]); });
  }
  function unmark() {
    marked.forEach(function (m) { m[0].classList.remove(m[1]); });
    marked = [];
  }
  function select(id, pin) {
    unmark();
    pinned = pin ? id : null;
    if (id) {
      var c = data.claims[id];
      mark(pieces[id], "selected");
      mark(nodes[id], "selected");
      if (c) c.denies.concat(c.disputed_by).forEach(function (o) { mark(pieces[o], "linked"); });
      show(id);
    } else {
      shown = null;
      panel.textContent = "";
      panel.className = "";
      panel.appendChild(hint.cloneNode(true));
    }
  }
  function claimOf(target) {
    var e = target.closest ? target.closest("[data-claim]") : null;
    return e && (article.contains(e) || e.closest("svg")) ? e.getAttribute("data-claim") : null;
  }
  article.addEventListener("mouseover", function (ev) {
    var id = claimOf(ev.target);
    if (id && !pinned && id !== shown) select(id, false);
  });
  article.addEventListener("focusin", function (ev) {
    var id = claimOf(ev.target);
    if (id && !pinned) select(id, false);
  });
  document.addEventListener("click", function (ev) {
    if (ev.target.getAttribute && ev.target.getAttribute("data-close")) { select(null, false); return; }
    var link = ev.target.closest ? ev.target.closest("[data-claim-link]") : null;
    if (link) {
      ev.preventDefault();
      var to = link.getAttribute("data-claim-link");
      select(to, true);
      if (pieces[to]) pieces[to][0].scrollIntoView({block: "center"});
      return;
    }
    var id = claimOf(ev.target);
    if (id) { select(pinned === id ? null : id, pinned !== id); if (pinned === null && id) show(id); return; }
    var row = ev.target.closest ? ev.target.closest("[data-source]") : null;
    if (row && !article.contains(row)) {
      var sid = row.getAttribute("data-source");
      unmark();
      mark(mentions[sid], "lit");
      var first = (mentions[sid] || []).filter(function (e) { return article.contains(e); })[0];
      if (first && row.tagName === "TR") first.scrollIntoView({block: "center"});
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { select(null, false); return; }
    var id = claimOf(ev.target);
    if (id && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(id, pinned !== id); }
  });
})();
"""
