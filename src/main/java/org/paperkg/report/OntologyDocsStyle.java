package org.paperkg.report;

/** The page's only style sheet, inline so the page works from a file or any static host. */
final class OntologyDocsStyle {
    static final String CSS = """
            body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
                   max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; color: #1f2328; background: #fff; }
            h1 { font-size: 1.9rem; margin: 1rem 0 .2rem; }
            h2 { font-size: 1.45rem; margin-top: 2.5rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
            h3 { font-size: 1.2rem; }
            code { font: .88em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            a { color: #0a58ca; text-decoration: none; }
            a:hover { text-decoration: underline; }
            .subtitle { color: #57606a; margin: 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid #d8dee4; }
            th { width: 13rem; font-weight: 600; }
            table.alignments th, table.alignments td { width: 33%; }
            td p { margin: 0 0 .5rem; }
            td, .iri { overflow-wrap: anywhere; }
            nav ol { padding-left: 1.4rem; }
            .count { color: #57606a; }
            ul.index { columns: 13rem; list-style: none; padding: 0; margin: .5rem 0 1.5rem; }
            .term { border-top: 1px solid #d8dee4; padding: .3rem 0 .8rem; }
            .term h3, .term h4 { margin: .7rem 0 .1rem; font-size: 1.15rem; }
            .term .kind { font-size: .8rem; font-weight: normal; color: #57606a; margin-left: .4rem; }
            .self { color: #8c959f; font-weight: normal; margin-left: .3rem; }
            .iri { color: #57606a; font-size: .9rem; margin: 0 0 .4rem; }
            .comment { margin: .3rem 0; }
            dl.facts { display: grid; grid-template-columns: 11rem 1fr; gap: .2rem 1rem; margin: .5rem 0 0; }
            dl.facts dt { font-weight: 600; color: #424a53; }
            dl.facts dd { margin: 0; }
            ul.inline { list-style: none; margin: 0; padding: 0; }
            ul.inline li { display: inline; }
            ul.inline li:not(:last-child)::after { content: ", "; }
            ul.block { margin: 0; padding-left: 1.1rem; }
            figure { margin: 1rem 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #d8dee4; }
            figcaption { color: #57606a; font-size: .9rem; margin-top: .4rem; }
            .top { font-size: .85rem; }
            :target { background: #fff8c5; }
            @media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } th { width: auto; } }
            """;

    private OntologyDocsStyle() {}
}
