//! Saved web pages: small pages written for these tests, through the library and the binary.

mod common;

/// Without the `html` feature, asking for HTML is an error; found by content, a page is read
/// as text.
#[cfg(not(feature = "html"))]
#[test]
fn html_needs_the_feature() {
    let page = b"<!DOCTYPE html><title>T</title><p>Body text.</p>";
    let o = common::run(&["--from", "html"], page);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        common::stderr(&o).contains("html"),
        "{}",
        common::stderr(&o)
    );
    assert!(common::run(&[], page).status.success());
}

#[cfg(feature = "html")]
mod pages {
    use super::common::{TempDir, run, stderr, stdout};

    use newsparse::{Article, parse_html};
    use serde_json::Value;

    /// A page around `body` with a site menu, a sidebar and a footer.
    fn page(head: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html><html><head><meta charset=utf-8>{head}</head><body>\
             <nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav>\
             <main>{body}</main>\
             <aside class=sidebar><h3>Most read</h3><p>By Other Writer: a story about something \
             else entirely, with enough words to look like a paragraph of prose.</p></aside>\
             <footer><p>Copyright 2024 The Daily Planet. All rights reserved.</p></footer>\
             </body></html>"
        )
    }

    const PARAS: &str = "<p>The harbour council voted on Monday to close the old pier, ending a \
        dispute that had run for more than a decade.</p>\
        <p>“We have waited long enough,” said Maria Lopez, the council chair, after the vote.</p>\
        <p>Work to take down the pier will begin in the spring, officials said.</p>";

    fn authors<'a>(a: &'a Article) -> Vec<&'a str> {
        a.byline
            .iter()
            .flat_map(|b| b.authors.iter().map(String::as_str))
            .collect()
    }

    /// Each paragraph's words before its first `:` or `?` ("Part one: …" → "Part one").
    fn leads<'a>(a: &'a Article) -> Vec<&'a str> {
        a.paragraphs
            .iter()
            .filter_map(|p| p.split([':', '?']).next())
            .collect()
    }

    #[test]
    fn reads_pages() {
        // (what, page, title, authors, date, paragraphs, captions)
        type Row = (
            &'static str,
            String,
            &'static str,
            &'static [&'static str],
            &'static str,
            usize,
            usize,
        );
        let json_ld = r#"<script type="application/ld+json">{"@context":"https://schema.org",
            "@type":"NewsArticle","headline":"Council votes to close the old pier",
            "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bob Ray"}],
            "datePublished":"2024-03-05T09:30:00-05:00",
            "publisher":{"@type":"Organization","name":"The Daily Planet"}}</script>"#;
        let rows: Vec<Row> = vec![
            (
                "JSON-LD metadata",
                page(
                    &format!("<title>Pier vote | The Daily Planet</title>{json_ld}"),
                    &format!("<article>{PARAS}</article>"),
                ),
                "Council votes to close the old pier",
                &["Ann Lee", "Bob Ray"],
                "2024-03-05",
                3,
                0,
            ),
            (
                "meta tags and h1 confirmed by og:title",
                page(
                    r#"<title>Council votes to close the old pier - The Daily Planet</title>
                    <meta property="og:title" content="Council votes to close the old pier">
                    <meta name="author" content="Ann Lee">
                    <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">"#,
                    &format!(
                        "<article><h1>Council votes to close the old pier</h1>{PARAS}</article>"
                    ),
                ),
                "Council votes to close the old pier",
                &["Ann Lee"],
                "2024-03-05",
                3,
                0,
            ),
            (
                "a visible byline that disagrees with the metadata",
                page(
                    r#"<title>Pier vote</title><meta name="author" content="Web Desk Editor">"#,
                    &format!(
                        "<article><h1>Pier vote</h1><p class=byline>By JANE DOE and John Roe, \
                         Associated Press</p>{PARAS}</article>"
                    ),
                ),
                "Pier vote",
                &["Jane Doe", "John Roe"],
                "",
                3,
                0,
            ),
            (
                "the visible spelling of a name the metadata confirms",
                page(
                    r#"<title>Pier vote</title><meta name="author" content="Jose Nunez">"#,
                    &format!(
                        "<article><h1>Pier vote</h1><div class=author-info>\
                         <a rel=author href=/a/jn>José Núñez</a><span>Staff Writer</span></div>\
                         <time datetime=2024-03-05>March 5, 2024</time>{PARAS}</article>"
                    ),
                ),
                "Pier vote",
                &["José Núñez"],
                "2024-03-05",
                3,
                0,
            ),
            (
                "figure captions, share row and related links left out of the body",
                page(
                    "<title>Pier vote</title>",
                    &format!(
                        "<article><h1>Pier vote</h1>\
                         <figure><img src=p.jpg><figcaption>The old pier at dawn. \
                         (Photo: Sam Poe)</figcaption></figure>{PARAS}\
                         <div class=share-tools><p>Share this story on your favourite network \
                         today</p></div>\
                         <ul class=related><li><a href=/a>Another story about the harbour</a></li>\
                         <li><a href=/b>Yet another story about the council</a></li></ul>\
                         <form><p>Sign up for our newsletter and get the news every morning</p>\
                         </form></article>"
                    ),
                ),
                "Pier vote",
                &[],
                "",
                3,
                1,
            ),
            (
                "a date in the page's address when nothing else dates it",
                page(
                    r#"<title>Pier vote</title>
                    <link rel="canonical" href="https://example.com/news/2024/3/5/pier-vote/">"#,
                    &format!("<article><h1>Pier vote</h1>{PARAS}</article>"),
                ),
                "Pier vote",
                &[],
                "2024-03-05",
                3,
                0,
            ),
            (
                "an update date shown before the publication date",
                page(
                    "<title>Pier vote</title>",
                    &format!(
                        "<header><h1>Pier vote</h1><time>Last updated: March 9, 2024</time>\
                         <time>First published: March 5, 2024</time></header>\
                         <article>{PARAS}</article>"
                    ),
                ),
                "Pier vote",
                &[],
                "2024-03-05",
                3,
                0,
            ),
            (
                "a dated byline box naming no one, for another story",
                page(
                    r#"<title>Pier vote</title>
                    <meta property="article:published_time" content="2024-03-05T09:30:00-05:00">"#,
                    &format!(
                        "<div class=card><a href=/other>Another story</a>\
                         <span class=card-byline>by the newsroom</span>\
                         <div class=card-date>03/16/24 11:52 AM</div></div>\
                         <article><h1>Pier vote</h1>{PARAS}</article>"
                    ),
                ),
                "Pier vote",
                &[],
                "2024-03-05",
                3,
                0,
            ),
            (
                "JSON-LD datePublished, not dateModified on a later day",
                page(
                    r#"<title>Pier vote</title><script type="application/ld+json">
                    {"@type":"NewsArticle","headline":"Pier vote",
                    "datePublished":"2024-03-05T21:00:00-05:00",
                    "dateModified":"2024-03-09T08:00:00-05:00"}</script>"#,
                    &format!("<article><h1>Pier vote</h1>{PARAS}</article>"),
                ),
                "Pier vote",
                &[],
                "2024-03-05",
                3,
                0,
            ),
            (
                "a date in the publisher's time zone before one in UTC on the next day",
                page(
                    r#"<title>Pier vote</title>
                    <meta property="article:published_time" content="2024-03-06T02:00:00Z">
                    <script type="application/ld+json">{"@type":"NewsArticle",
                    "datePublished":"2024-03-05T21:00:00-05:00"}</script>"#,
                    &format!(
                        "<article><h1>Pier vote</h1><time datetime=2024-03-06T02:00:00Z>\
                         </time>{PARAS}</article>"
                    ),
                ),
                "Pier vote",
                &[],
                "2024-03-05",
                3,
                0,
            ),
            (
                "malformed HTML: unclosed paragraphs, stray end tags, no <html>",
                "<title>Pier vote</title><div class=story><p>The harbour council voted on Monday \
                 to close the old pier, ending a long dispute.<p>Work will begin in the spring, \
                 officials said, and last a year.</span></b><p>“We have waited long enough,” said \
                 Maria Lopez, the chair.</div></div></div>"
                    .to_string(),
                "Pier vote",
                &[],
                "",
                3,
                0,
            ),
        ];
        for (what, html, title, want_authors, date, paragraphs, captions) in rows {
            let a = parse_html(html.as_bytes());
            assert_eq!(a.title.as_deref(), Some(title), "title: {what}\n{a:#?}");
            assert_eq!(authors(&a), want_authors, "authors: {what}\n{a:#?}");
            assert_eq!(
                a.date.as_deref().unwrap_or("").get(..10).unwrap_or(""),
                date,
                "date: {what}"
            );
            assert_eq!(a.paragraphs.len(), paragraphs, "paragraphs: {what}\n{a:#?}");
            assert_eq!(a.captions.len(), captions, "captions: {what}\n{a:#?}");
            assert!(
                a.paragraphs
                    .iter()
                    .all(|p| !p.contains("Copyright") && !p.contains("Other Writer")),
                "furniture: {what}"
            );
            assert!(
                a.quotes
                    .iter()
                    .any(|q| q.speaker.as_deref() == Some("Maria Lopez")),
                "quote: {what}\n{:#?}",
                a.quotes
            );
        }
    }

    /// A long paragraph with commas: it scores as article text wherever it stands.
    fn long_para(what: &str) -> String {
        format!(
            "<p>{what}, which we write here at length, with clauses, commas, asides and more \
             clauses, so that it weighs as much as a paragraph of an article would, and more, \
             because it runs on, and on, past the length of the article's own paragraphs.</p>"
        )
    }

    /// Boxes around or inside the article that must not be taken for it, or kept in it.
    #[test]
    fn leaves_out_boxes_that_are_not_the_article() {
        // (what, body, a phrase that must not be in the paragraphs)
        let cookie_policy = (1..=6)
            .map(|i| long_para(&format!("Cookie policy {i}")))
            .collect::<String>();
        let comments = (1..=4)
            .map(|i| {
                format!(
                    "<div class=comment><div class=username>reader{i}</div>\
                     <div class=content>{}</div></div>",
                    long_para(&format!("Reader comment {i}"))
                )
            })
            .collect::<String>();
        let rows: Vec<(&str, String, &str)> = vec![
            (
                "a cookie-consent dialog longer than the article",
                format!(
                    "<article><h1>Pier vote</h1>{PARAS}</article>\
                     <div class=privacy-modal><div class=privacy-content-box>{cookie_policy}\
                     </div></div>"
                ),
                "Cookie policy",
            ),
            (
                "readers' comments longer than the article",
                format!(
                    "<div class=main><div class=story-text>{PARAS}</div>\
                     <div id=comments><h2>Top comments</h2>{comments}</div></div>"
                ),
                "Reader comment",
            ),
            (
                "an element hidden by its class, a print-only note, a closed box",
                format!(
                    "<article><h1>Pier vote</h1>{PARAS}\
                     <div class=\"d-none d-print-block\"><p>This document is subject to \
                     copyright and may not be reproduced.</p></div>\
                     <div class=hidden><p>Subscribe to the weekly letter of the harbour.</p></div>\
                     <div style=\"display: none\"><p>Thanks for signing up to the letter.</p>\
                     </div></article>"
                ),
                "copyright",
            ),
            (
                "an embedded post and a callout box inside the article",
                format!(
                    "<article><h1>Pier vote</h1>{PARAS}\
                     <div class=embed-container><p>Posted by a reader: what a day for the pier, \
                     and for all of us who fish from it every morning.</p></div>\
                     <div class=callout><p>Key points: the pier closes, work begins in the \
                     spring, and the lights go out.</p></div></article>"
                ),
                "Posted by a reader",
            ),
        ];
        for (what, body, unwanted) in rows {
            let a = parse_html(page("<title>Pier vote</title>", &body).as_bytes());
            assert_eq!(a.paragraphs.len(), 3, "{what}\n{:#?}", a.paragraphs);
            assert!(
                a.paragraphs.iter().all(|p| !p.contains(unwanted)),
                "{what}\n{:#?}",
                a.paragraphs
            );
            assert!(
                a.paragraphs.iter().all(|p| !p.contains("Key points")),
                "{what}\n{:#?}",
                a.paragraphs
            );
        }
    }

    /// An article whose every paragraph stands in a box of its own, the boxes side by side in
    /// a story element, with a sign-up box and links to other stories after them: the boxes
    /// are joined, the rest is left out.
    #[test]
    fn joins_sibling_boxes_of_one_article() {
        let boxes: String = ["one", "two", "three", "four", "five"]
            .iter()
            .map(|n| {
                format!(
                    "<div class=article-text><p>Part {n}: the council met again on the pier \
                     question.</p></div>"
                )
            })
            .collect();
        let html = page(
            "<title>Pier vote</title>",
            &format!(
                "<article class=story><h1>Pier vote</h1><div id=article-body>{boxes}</div>\
                 <div class=signup><h2>Be the first to know</h2>\
                 <p>Get local news delivered to your inbox every morning.</p></div>\
                 <div class=more-stories><h3>More stories</h3>\
                 <p><a href=/next>A long teaser of another story about the harbour, the boats, \
                 the fish and the fishermen, to read next.</a></p></div></article>"
            ),
        );
        let a = parse_html(html.as_bytes());
        assert_eq!(
            leads(&a),
            [
                "Part one",
                "Part two",
                "Part three",
                "Part four",
                "Part five"
            ],
            "{a:#?}"
        );
    }

    /// Paragraph boxes that each stand in a wrapper made alike, headings between them, the
    /// boxes scoring unevenly (short and long paragraphs): all the wrappers, headings and all,
    /// make the article.
    #[test]
    fn joins_wrapped_parts_with_their_headings() {
        let filler = "the harbour council met again on the question of the old pier and its \
                      future, and the long debate went on late into the evening hours";
        let part = |n: &str, commas: usize| {
            format!(
                "<div class=row><section class=part><h3>Question {n}?</h3>\
                 <div class=txt><p>Answer {n}: {filler}{}.</p></div></section>\
                 <aside class=rail></aside></div>",
                ", and more".repeat(commas)
            )
        };
        let html = page(
            "<title>Pier vote</title>",
            &[("one", 8), ("two", 6), ("three", 4), ("four", 3)]
                .iter()
                .map(|&(n, commas)| part(n, commas))
                .collect::<String>(),
        );
        let a = parse_html(html.as_bytes());
        assert_eq!(
            leads(&a),
            [
                "Question one",
                "Answer one",
                "Question two",
                "Answer two",
                "Question three",
                "Answer three",
                "Question four",
                "Answer four"
            ],
            "{a:#?}"
        );
    }

    /// A note about the author at the end of the article goes to the boilerplate.
    #[test]
    fn sets_aside_author_notes() {
        let rows = [
            "Ann Lee is a senior reporter covering the harbour.",
            "Contact reporter Ann Lee at ann@example.com.",
            "Ann writes about boats, piers and the people who keep them.",
        ];
        for note in rows {
            let html = page(
                "<title>Pier vote</title>",
                &format!(
                    "<article><h1>Pier vote</h1><p class=byline>By Ann Lee</p>{PARAS}\
                     <p>{note}</p></article>"
                ),
            );
            let a = parse_html(html.as_bytes());
            assert_eq!(authors(&a), ["Ann Lee"], "{note}");
            assert_eq!(a.paragraphs.len(), 3, "{note}\n{:#?}", a.paragraphs);
            assert!(a.boilerplate.iter().any(|b| b == note), "{note}\n{a:#?}");
        }
    }

    /// An article cut in two by a picture, its parts in boxes of the same class at different
    /// depths, beside a sidebar of teasers.
    #[test]
    fn joins_article_parts() {
        let para = |n: &str| {
            format!(
                "<p>Part {n}: the harbour council, after months of hearings, votes, appeals and \
                 letters from residents, fishermen, shop owners and visitors, agreed on a plan \
                 for the old pier, its lights, its benches and its moorings.</p>"
            )
        };
        let html = page(
            "<title>Pier vote</title>",
            &format!(
                "<div class=layout><div class=story-part>{}{}{}</div>\
                 <figure><img src=p.jpg><figcaption>The pier.</figcaption></figure>\
                 <div class=wide><div class=inner><div class=story-part>{}{}{}</div></div></div>\
                 </div>",
                para("one"),
                para("two"),
                para("three"),
                para("four"),
                para("five"),
                para("six")
            ),
        );
        let a = parse_html(html.as_bytes());
        assert_eq!(
            leads(&a),
            [
                "Part one",
                "Part two",
                "Part three",
                "Part four",
                "Part five",
                "Part six"
            ],
            "{a:#?}"
        );
    }

    #[test]
    fn decodes_legacy_charsets() {
        let text = "<html><head><meta charset=\"CHARSET\"><title>TITLE</title></head><body><article>\
            <p>PARA one, long enough to be taken for the article's first paragraph of text.</p>\
            <p>PARA two, and the second paragraph of the article follows the first one here.</p>\
            </article></body></html>";
        let rows: &[(&'static encoding_rs::Encoding, &str, &str)] = &[
            (
                encoding_rs::WINDOWS_1252,
                "Café “talks” resume",
                "Señor Peña’s café",
            ),
            (
                encoding_rs::SHIFT_JIS,
                "首脳会談が始まる",
                "東京で首脳が会った",
            ),
            (encoding_rs::GB18030, "峰会开幕", "领导人在北京会面"),
        ];
        for &(enc, title, para) in rows {
            let html = text
                .replace("CHARSET", enc.name())
                .replace("TITLE", title)
                .replace("PARA", para);
            let (bytes, _, bad) = enc.encode(&html);
            assert!(!bad, "{} encodes the test page", enc.name());
            let a = parse_html(&bytes);
            assert_eq!(a.title.as_deref(), Some(title), "{}", enc.name());
            assert!(
                a.paragraphs[0].starts_with(para),
                "{}: {:?}",
                enc.name(),
                a.paragraphs
            );
        }
    }

    #[test]
    fn deeply_nested_page_does_not_overflow() {
        let n = 100_000;
        let html = format!(
            "<html><head><title>Deep</title></head><body>{}<p>The text at the bottom of a very \
             deep page is still found and kept as a paragraph.</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        // A thread with a small stack: nothing may recurse per level of nesting.
        let a = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || parse_html(html.as_bytes()))
            .expect("thread")
            .join()
            .expect("no stack overflow");
        assert_eq!(a.title.as_deref(), Some("Deep"));
        assert!(
            a.paragraphs[0].starts_with("The text at the bottom"),
            "{:?}",
            a.paragraphs
        );
    }

    #[test]
    fn nothing_panics_on_odd_pages() {
        let rows: &[&[u8]] = &[
            b"",
            b"<html>",
            b"<!DOCTYPE html><title></title>",
            b"<p>",
            b"<script type=application/ld+json>{not json</script><p>x",
            b"<script type=application/ld+json>[[[[[]]]]]</script>",
            b"<meta charset=\"utf-16\"><p>caf\xc3\xa9</p>",
            b"<svg><title>x</title><p>y</svg><math><mi><table><td>z",
            b"<table><tr><td><table><tr><td>cell</table></table><frameset>",
            b"<html><body><p>\xff\xfe\xfd</p>",
        ];
        for &input in rows {
            let _ = parse_html(input);
        }
    }

    fn json(o: &std::process::Output) -> Value {
        serde_json::from_str(&stdout(o)).expect("JSON output")
    }

    #[test]
    fn binary_reads_html_files_and_stdin() {
        let html = page(
            "<title>Council votes to close the old pier</title>",
            &format!("<article>{PARAS}</article>"),
        );
        let dir = TempDir::new("html");
        let file = dir.file("pier.html", html.as_bytes());
        // By content, from a file or standard input, whatever the name.
        let renamed = dir.file("pier.txt", html.as_bytes());
        for (args, stdin) in [
            (vec![file.as_str()], &b""[..]),
            (vec![renamed.as_str()], &b""[..]),
            (vec![], html.as_bytes()),
            (vec!["--from", "html", "-"], html.as_bytes()),
        ] {
            let o = run(&args, stdin);
            assert!(o.status.success(), "{args:?}: {}", stderr(&o));
            let v = json(&o);
            assert_eq!(
                v["title"], "Council votes to close the old pier",
                "{args:?}"
            );
            assert_eq!(
                v["paragraphs"].as_array().map(Vec::len),
                Some(3),
                "{args:?}"
            );
            assert_eq!(v["quotes"][0]["speaker"], "Maria Lopez", "{args:?}");
        }
        // --from text reads the markup as text.
        let o = run(&["--from", "text", &file], b"");
        assert!(o.status.success());
        assert!(json(&o)["title"].as_str().is_some_and(|t| t.contains('<')));
    }
}
