//! Hostile page shapes: pages built to stall, crash or blind a scanner.
//!
//! Each shape is a pattern, not a real page: nesting of every kind the
//! HTML parser keeps (elements, tables, framesets, shadow-root templates,
//! misnested formatting elements), text that makes a naive search
//! quadratic, and sheer numbers (controls in one label, emails in one
//! paragraph, account forms). Every page also carries one stranger-filled
//! field *before* the hostile part, so a test can check that what came
//! before the trouble is still judged.
//!
//! Shared by `tests/hostile.rs` (no crash, the finding survives, the cut is
//! noted) and `benches/hostile.rs` (how long each takes; BENCHMARKS.md).
//! Sizes are the issue's: tens of thousands of levels, megabytes of text.

/// The stranger-filled field every shape starts with.
pub const LEAD: &str = "<form><label for=lead>E-Mail</label>\
    <input id=lead name=email value=jonas.brenner@gmx.de></form>";

/// A shape: its name and its page.
pub struct Shape {
    pub name: &'static str,
    pub page: String,
}

fn page(body: &str) -> String {
    format!("<!doctype html><html><head><title>t</title></head><body>{LEAD}{body}</body></html>")
}

fn nested(open: &str, close: &str, n: usize, inner: &str) -> String {
    let mut s = String::with_capacity((open.len() + close.len()) * n + inner.len());
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..n {
        s.push_str(close);
    }
    s
}

/// Every shape, at full size.
pub fn all() -> Vec<Shape> {
    let deep_field = "<input name=vorname value=Miriam>";
    vec![
        Shape {
            name: "deep-div",
            page: page(&nested("<div>", "</div>", 100_000, deep_field)),
        },
        Shape {
            name: "deep-div-unclosed",
            page: page(&format!("{}{deep_field}", "<div>".repeat(100_000))),
        },
        Shape {
            name: "misnested-b-i",
            page: page(&"<b><i>x</b></i>".repeat(50_000)),
        },
        Shape {
            name: "deep-table",
            page: page(&nested("<table><tr><td>", "</td></tr></table>", 20_000, deep_field)),
        },
        Shape {
            name: "deep-frameset",
            page: format!(
                "<!doctype html><html><head><title>t</title></head>{}</html>",
                nested("<frameset>", "</frameset>", 20_000, "<frame>")
            ),
        },
        Shape {
            name: "deep-shadow-templates",
            page: page(&nested(
                "<div><template shadowrootmode=open>",
                "</template></div>",
                20_000,
                deep_field,
            )),
        },
        Shape {
            name: "deep-templates-in-script-path",
            // data_blocks walks every element, templates' hosts included.
            page: page(&nested("<section>", "</section>", 50_000, "<script>window.__STATE__={\"customer\":{\"email\":\"a.b@c.de\"}}</script>")),
        },
        Shape {
            name: "deep-list",
            page: page(&nested("<ul><li>", "</li></ul>", 30_000, deep_field)),
        },
        Shape {
            name: "deep-svg",
            page: page(&nested("<svg><g>", "</g></svg>", 30_000, "<text>x</text>")),
        },
        Shape {
            name: "quadratic-script",
            page: page(&format!("<script>{}</script>", "x={".repeat(340_000))),
        },
        Shape {
            name: "quadratic-json-script",
            page: page(&format!(
                "<script type=application/json>{}</script>",
                "[".repeat(1_000_000)
            )),
        },
        Shape {
            name: "label-60k-inputs",
            page: page(&format!(
                "<form><label>E-Mail {}</label></form>",
                "<input>".repeat(60_000)
            )),
        },
        Shape {
            name: "unclosed-label-60k-textareas",
            page: page(&format!(
                "<form><label>E-Mail{}",
                "<textarea></textarea>".repeat(60_000)
            )),
        },
        Shape {
            name: "huge-attributes",
            page: page(&format!(
                "<form><input name=\"{n}\" id=\"{n}\" class=\"{c}\" value=\"{v}\"></form>",
                n = "n".repeat(2_000_000),
                c = "c ".repeat(2_000_000),
                v = "Miriam Anna ".repeat(500_000)
            )),
        },
        Shape {
            name: "200k-emails-in-a-paragraph",
            page: page(&format!(
                "<p>Kontakt: {}</p>",
                (0..200_000)
                    .map(|i| format!("p{i}@example.org "))
                    .collect::<String>()
            )),
        },
        Shape {
            name: "50k-account-forms",
            page: page(&format!(
                "<h1>Mein Konto</h1><p>Hallo Miriam Brenner</p>{}",
                (0..50_000)
                    .map(|i| format!(
                        "<form><label for=n{i}>Name</label><input id=n{i} name=name value=\"Anna Lindner\"></form>"
                    ))
                    .collect::<String>()
            )),
        },
        Shape {
            name: "100k-greetings",
            page: page(&"<p>Hallo Anna Lindner</p>".repeat(100_000)),
        },
        Shape {
            name: "50k-labelled-values",
            page: page(&format!(
                "<h1>Mein Konto</h1><dl>{}</dl>",
                (0..50_000)
                    .map(|i| format!("<dt>E-Mail</dt><dd>kunde{i}@example.org</dd><dt>Name</dt><dd>Anna Lindner</dd>"))
                    .collect::<String>()
            )),
        },
        Shape {
            name: "formatting-flood",
            // Distinct formatting elements never merge in the list of
            // active formatting elements; every paragraph rebuilds them.
            page: page(&format!(
                "<p>{}</p>{}",
                (0..5_000).map(|i| format!("<b class=c{i}>")).collect::<String>(),
                "<p>x</p>".repeat(2_000)
            )),
        },
        Shape {
            name: "nested-srcdoc",
            page: page(&{
                let mut inner = String::from("<input name=email value=x.y@z.de>");
                for _ in 0..12 {
                    inner = format!("<iframe srcdoc=\"{}\"></iframe>", inner.replace('&', "&amp;").replace('"', "&quot;"));
                }
                inner
            }),
        },
    ]
}
