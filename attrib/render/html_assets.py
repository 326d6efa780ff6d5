"""The report page's stylesheet and script, which :mod:`attrib.render.html` inlines: one colour
per flag and kind, the panel, the bottom sheet on narrow screens, the links of the highlights."""
from __future__ import annotations

from .svg import FLAG_COLOURS, KIND_COLOURS


def _flag_css() -> str:
    """One colour per flag: badges and the claims whose most serious flag it is."""
    out = []
    for name, colour in FLAG_COLOURS.items():
        out.append(f".flag-{name}{{background:{colour}}}"
                   f".sev-{name}{{--c:{colour};--bg:{colour}1f}}")
    out += [f".kind-{kind}{{background:{colour}}}" for kind, colour in KIND_COLOURS.items()]
    return "".join(out)


CSS = """
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
SCRIPT = r"""
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
