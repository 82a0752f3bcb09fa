//! Whole web pages dumped as text (as `w3m -dump` or a browser's "Save as text" gives them):
//! the binary finds the article among the menus, notices, share rows, lists and footers. Every
//! page here is written for the test.

mod common;

use common::{assert_nothing_lost, run, stderr, stdout};
use serde_json::Value;

/// Menus, a search box and a cookie notice above; related links, comments and a footer below.
const NAV_AND_COOKIES: &str = "The Daily Example
Subscribe Sign in

  * News
  * Sports
  * Weather
  * Opinion

[                    ] Search

We use cookies to improve your experience. By continuing to browse you consent to our cookie policy and privacy policy, which explain how third parties use your personal data.
[Accept]

  * Home
  * News
  * Local

Council votes to close the old river bridge

By Jane Doe and John Roe, Staff Writers
Published 3:46 PM EST, Thu April 25, 2019

  * Share
  * Tweet
  * Email

The town council voted on Monday evening to close the old river bridge after engineers found deep cracks in two of its stone piers.

Drivers will have to take a detour of about six miles until a new bridge opens, which officials said could take two years.

\"We had no choice but to act before someone got hurt,\" the mayor said after a meeting that ran late into the night.

Residents who live near the bridge said they had long worried about the state of the old structure and its heavy traffic.

Related stories

  * Bridge repairs delayed again
  * Council approves new budget
  * Road works to start in May

12 Comments

jsmith says:
About time they did something about that bridge, it has been falling apart for years.

Privacy Policy | Terms of Use | Contact
© 2019 The Daily Example. All rights reserved.
";

/// A byline with an agency and a job title, a relative date, a photo with its caption and
/// credit, and a "Most read" list.
const AGENCY_AND_CAPTION: &str = "Example News
  * World
  * Business
  * Science
  * Video

World

Floods force thousands from their homes in the north

Heavy rain has swollen rivers across the region for a week

Maria Lopez, Senior Correspondent | Reuters
Updated 2 hours ago

[flood-photo]
Rescue workers carry residents through a flooded street.
Photo: John Smith/Getty Images

Thousands of people were forced from their homes on Tuesday as rivers burst their banks after a week of heavy rain across the north of the country.

Emergency services said more than forty villages had been cut off by the water, and the army was sent to help with evacuations.

Forecasters warned that more rain was expected later in the week, raising fears that the floods could spread further south.

Most read

  * Markets fall on rate fears
  * Storm warning for the coast
  * New species found in the forest

Follow us
  * Facebook
  * Twitter
Copyright 2023 Example News
";

/// The comet article that `COMMENTS_BELOW`, `APPEAL_BELOW` and `GALLERY_BELOW` end in
/// different ways: its page header, headline, byline and first two paragraphs ...
macro_rules! comet_start {
    () => {
        "Example News

  * Home
  * Science
  * Weather

Comet to pass close to Earth next week

By Ann Smith
Dec. 17, 2023

A comet discovered by amateur astronomers last spring will pass closer to Earth next week than any other comet in the last fifty years, scientists at the national observatory said on Friday.

The comet should be bright enough to see without a telescope for several nights after sunset, low in the western sky, as long as the weather stays clear and the moon has not yet risen.

"
    };
}

/// ... and its next two paragraphs.
macro_rules! comet_more {
    () => {
        "Observers in the southern half of the country will have the best view, the scientists said, because the comet will sit higher above the horizon there than it will farther north.

The observatory plans to open its doors to the public on the night of the closest approach and will stream pictures from its largest telescope to anyone who cannot travel to see it.

"
    };
}

/// Reader comments under their own heading, each a sentence long, after the article.
const COMMENTS_BELOW: &str = concat!(comet_start!(), comet_more!(), "Tags: space, comets
[ 3 comments ]

Top Rated Comments

stargazer
2 days ago
I saw the last bright comet as a child and I still remember standing in the garden with my father while he pointed out its tail above the trees.
Rating: 12 Votes
nightowl
2 days ago
We drove two hours to a dark field for the last one and it was worth every minute of the trip, even though it was freezing cold that night.
Rating: 9 Votes
skywatcher
1 day ago
I hope the clouds stay away this time, because the last two comets were hidden behind them every single night they were supposed to be visible.
Rating: 4 Votes
");

/// An appeal for the reader's money under its own heading, after the article.
const APPEAL_BELOW: &str = concat!(comet_start!(), "Support Example News

Why we need you

We believe that good reporting should reach everyone, whatever they can afford, and that nobody should have to pay to read about the world they live in.

Would you join us to keep our stories free for all? Your contribution of as little as $2 will go a long way.

Our reporters will keep covering the stories that matter to you, and we thank you for your support.

  * About us
  * Contact
");

/// A photo gallery the reader is sent on to after the article, its captions full sentences.
const GALLERY_BELOW: &str = concat!(comet_start!(), comet_more!(), "Astronomers expect the comet to fade quickly after that night and to return only in several thousand years, so most of them plan to watch it for as long as it can be seen.

Scroll through the gallery below to see the best pictures of the comet so far!

The comet glows green over a lake in the north of the country on a clear night last week.

An amateur astronomer points her telescope at the comet from the roof of her house in the city.

  * About us
  * Contact
");

fn parse_page(page: &str) -> Value {
    let o = run(&[], page.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_str(stdout(&o).trim()).expect("JSON")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A deck that reads as a sentence, then a long date line that also gives the update time; a
/// dated notice in the footer.
const LONG_DATE_LINE: &str = "Example News
  * World
  * Business
  * Science

Floods force thousands from their homes in the north

Heavy rain has swollen rivers across the region for a whole week, officials said.

Dec. 22, 2023, 5:24 AM UTC / Updated Dec. 22, 2023, 2:01 PM UTC / Source: Example News

By Maria Lopez

Thousands of people were forced from their homes on Friday as rivers burst their banks across the north of the country.

Rescue teams used boats to reach villages cut off by the water, and more rain is forecast for the weekend.

  * Terms of Service (Updated July 7, 2023)
  * Privacy Policy
";

#[test]
fn finds_the_article_in_a_page() {
    // (page, title, authors, organization, date, first words of the body, paragraphs)
    type Row<'a> = (
        &'a str,
        &'a str,
        &'a [&'a str],
        Option<&'a str>,
        Option<&'a str>,
        &'a str,
        usize,
    );
    let rows: &[Row] = &[
        (
            NAV_AND_COOKIES,
            "Council votes to close the old river bridge",
            &["Jane Doe", "John Roe"],
            None,
            Some("2019-04-25T15:46"),
            "The town council voted",
            4,
        ),
        (
            AGENCY_AND_CAPTION,
            "Floods force thousands from their homes in the north",
            &["Maria Lopez"],
            Some("Reuters"),
            None,
            "Thousands of people were forced",
            3,
        ),
        (
            LONG_DATE_LINE,
            "Floods force thousands from their homes in the north",
            &["Maria Lopez"],
            None,
            Some("2023-12-22T05:24"),
            "Heavy rain has swollen",
            3,
        ),
        (
            COMMENTS_BELOW,
            "Comet to pass close to Earth next week",
            &["Ann Smith"],
            None,
            Some("2023-12-17"),
            "A comet discovered",
            4,
        ),
        (
            APPEAL_BELOW,
            "Comet to pass close to Earth next week",
            &["Ann Smith"],
            None,
            Some("2023-12-17"),
            "A comet discovered",
            2,
        ),
        (
            GALLERY_BELOW,
            "Comet to pass close to Earth next week",
            &["Ann Smith"],
            None,
            Some("2023-12-17"),
            "A comet discovered",
            5,
        ),
    ];
    for &(page, title, authors, organization, date, first, count) in rows {
        let v = parse_page(page);
        assert_eq!(v["title"], title, "title in {v:#}");
        assert_eq!(
            strings(&v["byline"]["authors"]),
            authors,
            "authors in {v:#}"
        );
        assert_eq!(
            v["byline"]["organization"].as_str(),
            organization,
            "organization in {v:#}"
        );
        assert_eq!(v["date"].as_str(), date, "date in {v:#}");
        let paragraphs = strings(&v["paragraphs"]);
        assert!(paragraphs[0].starts_with(first), "first paragraph in {v:#}");
        assert_eq!(paragraphs.len(), count, "paragraphs in {v:#}");
        assert_nothing_lost(page);
    }
}

#[test]
fn page_furniture_goes_to_boilerplate() {
    for page in [NAV_AND_COOKIES, AGENCY_AND_CAPTION] {
        let v = parse_page(page);
        let body = strings(&v["paragraphs"]).join("\n");
        for furniture in [
            "cookie",
            "Sports",
            "Related",
            "Most read",
            "Comments",
            "says:",
            "falling apart",
            "Copyright",
            "©",
            "Facebook",
            "Search",
        ] {
            assert!(
                !body.contains(furniture),
                "{furniture:?} in the body: {body}"
            );
        }
        let boilerplate = strings(&v["boilerplate"]).join("\n");
        assert!(boilerplate.contains("Privacy") || boilerplate.contains("Follow us"));
    }
}

#[test]
fn caption_is_not_the_headline_or_body() {
    let v = parse_page(AGENCY_AND_CAPTION);
    let captions = strings(&v["captions"]).join("\n");
    assert!(captions.contains("Getty Images"), "captions: {captions}");
    let body = strings(&v["paragraphs"]).join("\n");
    assert!(
        !body.contains("Rescue workers"),
        "caption in the body: {body}"
    );
}

#[test]
fn clean_article_is_parsed_as_before() {
    // No menus, forms or lists: the plain pipeline, headline on the first line.
    let article = "Council votes to close the old river bridge\n\nBy Jane Doe\n\n\
        The town council voted on Monday to close the bridge.\n\nRelated\n\nDrivers face a detour.\n";
    let v = parse_page(article);
    assert_eq!(v["title"], "Council votes to close the old river bridge");
    assert_eq!(
        strings(&v["paragraphs"]).len(),
        3,
        "a lone \"Related\" stays in place"
    );
}

/// Pages made of odd pieces (menus, forms, bylines, dates, non-ASCII names, CJK, bare "By")
/// never panic and lose nothing.
#[test]
fn odd_pages_lose_nothing() {
    const PIECES: &[&str] = &[
        "  * News",
        "  + Sports",
        "[          ]Search",
        "[logo]",
        "By",
        "By Émile Zola",
        "Review by Ådne Øvrebø Contributor",
        "Émile Zola   Le Petit Journal",
        "Published 3:46 PM EST, Thu April 25, 2019",
        "Dec 22, 2023 / Ana Lía",
        "12 Comments",
        "jane_doe says:",
        "Related stories",
        "The council voted on Monday to close the old bridge after engineers found cracks.",
        "東京で会議が開かれ、多くの人が参加しました。議論は長く続きました。",
        "“We had no choice,” the mayor said.",
        "Council votes to close the bridge",
        "Photo: Jane Doe/Getty Images",
        "Senior Correspondent",
        "İstanbul’da Kelvin K büyük",
        "",
    ];
    let mut seed: u64 = 7;
    for _ in 0..300 {
        let mut page = String::new();
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            page.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            page.push('\n');
        }
        assert_nothing_lost(&page);
    }
}

/// The page dumps in the shared corpus, when present: every page parses, and most get a
/// headline and a body.
#[test]
fn shared_page_dumps_parse() {
    let Some(corpus) = common::shared() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(corpus.join("pages/dev/text")) else {
        eprintln!("skipped: no pages/dev/text in the shared corpus");
        return;
    };
    let (mut pages, mut titled) = (0, 0);
    for e in entries.flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap();
        let a = newsparse::parse(&text);
        pages += 1;
        titled += usize::from(a.title.is_some() && !a.paragraphs.is_empty());
    }
    assert!(titled * 10 >= pages * 9, "{titled} of {pages} pages found");
}
