/** The page's one stylesheet, inlined: a clean screen layout and a print layout. */
export const VIEW_CSS = `
:root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#f6f8fa; --accent:#0b5cad;
  --cite:#dbeafe; --cite-b:#3b82f6; --unit:#dcfce7; --unit-b:#16a34a; --date:#ffedd5; --date-b:#ea580c;
  --time:#f3e8ff; --time-b:#9333ea; --warn:#fff4d6; --warn-b:#d4a72c; --info-b:#8c959f; }
* { box-sizing: border-box; }
[id] { scroll-margin-top: 48px; }
html { font-family: "Noto Sans", "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: #fff; font-size: 15px; line-height: 1.5; }
body { margin: 0; }
header.top { background: var(--accent); color: #fff; padding: 14px 28px; }
header.top h1 { margin: 0; font-size: 20px; font-weight: 600; }
header.top p { margin: 2px 0 0; opacity: .85; font-size: 13px; }
nav.toc { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 28px; display: flex; gap: 18px; flex-wrap: wrap; font-size: 14px; }
nav.toc a { color: var(--accent); text-decoration: none; }
main { padding: 18px 28px 40px; max-width: 1280px; }
section { margin: 0 0 28px; }
h2 { font-size: 18px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin: 24px 0 12px; }
h3 { font-size: 16px; margin: 16px 0 6px; }
a { color: var(--accent); }
.card { display: grid; grid-template-columns: 190px 1fr; gap: 6px 16px; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; background: var(--bg); margin: 0; }
.card dt { color: var(--muted); font-weight: 600; }
.card dd { margin: 0; }
.card dd a { text-decoration: none; border-bottom: 1px dotted var(--accent); }
.stats { display: flex; gap: 10px; flex-wrap: wrap; margin: 12px 0 0; padding: 0; list-style: none; }
.stats li { border: 1px solid var(--line); border-radius: 999px; padding: 2px 12px; font-size: 13px; background: #fff; }
.legend { display: flex; gap: 10px; flex-wrap: wrap; font-size: 13px; margin: 0 0 8px; }
.muted { color: var(--muted); }
table.tasks { border-collapse: collapse; width: 100%; font-size: 14px; }
table.tasks th, table.tasks td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
table.tasks thead th { background: var(--bg); position: sticky; top: 38px; }
table.tasks tr.group th { background: #eef4fb; font-weight: 600; }
table.tasks tr.group.depth-2 th { background: #f5f9fd; font-weight: 600; padding-left: 22px; }
table.tasks td.stt { white-space: nowrap; width: 1%; }
table.tasks thead th:nth-child(3), table.tasks thead th:nth-child(4) { width: 18%; }
table.tasks thead th:nth-child(5) { width: 12%; }
table.tasks td.stt a { text-decoration: none; font-weight: 600; }
table.tasks tr.task:target { outline: 3px solid var(--warn-b); }
.chip { display: inline-block; margin: 1px 4px 4px 0; padding: 1px 7px; border-radius: 6px; font-size: 13px; text-decoration: none; border: 1px solid var(--unit-b); background: var(--unit); color: var(--ink); }
.chip code { font-size: 11px; background: #fff; border-radius: 4px; padding: 0 4px; margin-left: 4px; color: #14532d; }
.chip.unknown { border-style: dashed; border-color: var(--date-b); background: #fff7ed; }
.chip.unknown .tag { font-size: 11px; color: #9a3412; margin-left: 4px; }
.period { display: block; font-size: 12px; color: var(--muted); }
.text { border: 1px solid var(--line); border-radius: 8px; padding: 8px 0; font-size: 14px; }
.ln { display: grid; grid-template-columns: 56px 22px 1fr; padding: 0 12px 0 0; }
.ln:target { background: #fffbe6; }
.ln .no { color: var(--info-b); text-align: right; padding-right: 8px; font-size: 12px; text-decoration: none; user-select: none; padding-top: 2px; }
.ln .dm { text-align: center; text-decoration: none; }
.ln.diag-warning { background: var(--warn); }
.ln.unplaced .tx { color: var(--muted); text-decoration: underline dotted var(--info-b); }
.ln.table .tx { padding-left: 14px; border-left: 3px solid var(--bg); }
.hl { border-radius: 3px; padding: 0 1px; text-decoration: none; color: inherit; }
.hl-citation { background: var(--cite); border-bottom: 2px solid var(--cite-b); }
.hl-unit { background: var(--unit); border-bottom: 2px solid var(--unit-b); }
.hl-date { background: var(--date); border-bottom: 2px solid var(--date-b); }
.hl-time { background: var(--time); border-bottom: 2px solid var(--time-b); }
.hl-heading { font-weight: 700; }
.hl-value, .hl-heading { padding: 0; }
.hl-value:target, .hl:target { outline: 3px solid var(--warn-b); }
ol.entities, ul.diags { padding-left: 20px; }
ol.entities li { margin: 0 0 6px; }
ol.entities li:target, ul.diags li:target { background: #fffbe6; }
ul.diags li { margin: 0 0 4px; }
.sev { display: inline-block; min-width: 74px; font-size: 12px; font-weight: 600; border-radius: 4px; padding: 0 6px; margin-right: 6px; text-align: center; }
.sev-warning, .sev-error { background: var(--warn); border: 1px solid var(--warn-b); }
.sev-info { background: var(--bg); border: 1px solid var(--line); }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; }
@media print {
  nav.toc { display: none; }
  header.top { background: none; color: var(--ink); border-bottom: 2px solid var(--ink); padding: 0 0 6px; }
  main { padding: 0; max-width: none; }
  table.tasks thead th { position: static; }
  tr, .ln, .card { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .hl { border-bottom-width: 1px; }
}
`;
